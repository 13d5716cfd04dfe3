use crate::finding::Diagnostic;
use crate::messages;
use crate::rules::{declare_rule, ModelContext};
use crate::target::eval::{Problem, Reading};
use crate::target::percent;

declare_rule! {
    /// ## Lỗi gì
    /// Một tỷ lệ phần trăm lớn hơn 100% hoặc không đọc được. Trong văn bản: một tỷ lệ
    /// (`tỷ lệ giải quyết đạt 105%`, `105% số vụ án`) — không tính mức tăng, giảm hay
    /// mức hoàn thành kế hoạch (`tăng 150% so với cùng kỳ`, `đạt 105% kế hoạch`), vốn
    /// có thể vượt 100%. Trong biểu mẫu báo cáo: một ô tỷ lệ của `/indicators`
    /// (`tipsResolvedRate` …) ngoài khoảng 0–100, không phải số (`"chín mươi"`), hoặc
    /// sai kiểu (danh sách, đúng/sai). Tỷ lệ nhập được như người ta gõ: `95`, `"95%"`,
    /// `"90,5"`.
    ///
    /// ## Vì sao
    /// Phần được tính không thể nhiều hơn tổng số: tỷ lệ trên 100% là lỗi đánh máy
    /// hoặc nhầm số liệu, và làm sai mọi tổng hợp phía sau.
    ///
    /// ## Ví dụ sai
    /// ```text
    /// Tỷ lệ giải quyết tố giác, tin báo về tội phạm đạt 105%.
    /// ```
    ///
    /// ## Ví dụ đúng
    /// ```text
    /// Tỷ lệ giải quyết tố giác, tin báo về tội phạm đạt 95%; số vụ phát hiện tăng 150%
    /// so với cùng kỳ.
    /// ```
    /// ---
    /// ## What it finds
    /// A percentage above 100% or that cannot be read. In a text: a share
    /// (`tỷ lệ giải quyết đạt 105%`, `105% số vụ án`) — not a growth, a fall or the
    /// completion of a plan (`tăng 150% so với cùng kỳ`, `đạt 105% kế hoạch`), which may
    /// exceed 100%. In a report form: a rate field of `/indicators` (`tipsResolvedRate`
    /// …) outside 0–100, not a number (`"chín mươi"`), or of the wrong type (a list, a
    /// boolean). Rates are read as people type them: `95`, `"95%"`, `"90,5"`.
    ///
    /// ## Why it matters
    /// A part cannot be more than its whole: a rate above 100% is a typing slip or a
    /// wrong figure, and spoils every total made from it.
    ///
    /// ## Wrong
    /// ```text
    /// Tỷ lệ giải quyết tố giác, tin báo về tội phạm đạt 105%.
    /// ```
    ///
    /// ## Right
    /// ```text
    /// Tỷ lệ giải quyết tố giác, tin báo về tội phạm đạt 95%; số vụ phát hiện tăng 150%
    /// so với cùng kỳ.
    /// ```
    pub static RULE = Rule {
        code: "T001",
        name: "percentage-out-of-range",
        area: Target,
        severity: Error,
        title: ("Tỷ lệ phần trăm ngoài 0–100 hoặc không đọc được", "A percentage outside 0–100 or unreadable"),
        check: check,
    };
}

/// The percentages a text writes that cannot be read, or shares above 100%.
fn check_written(ctx: &ModelContext, out: &mut Vec<Diagnostic>) {
    for p in &ctx.model.percentages {
        let written = &p.written;
        let message = match p.value {
            None => messages::t001_unreadable(written),
            Some(v) if p.share && v > 100.0 => messages::t001_above_100(percent(v)),
            _ => continue,
        };
        out.push(
            RULE.report_at(p.at.clone(), message)
                .with_hint(messages::t001_hint()),
        );
    }
}

/// The percentages written and the rates given as figures.
fn check(ctx: &ModelContext, out: &mut Vec<Diagnostic>) {
    check_written(ctx, out);
    check_figures(ctx, out);
}

/// Rates as given that cannot be read or lie outside 0–100.
fn check_figures(ctx: &ModelContext, out: &mut Vec<Diagnostic>) {
    for figure in ctx.model.figures.iter().filter(|f| f.indicator.is_rate()) {
        let Reading::Bad(problem) = &figure.reading else {
            continue;
        };
        let indicator = figure.indicator;
        let d = RULE
            .report_at(figure.at.clone(), problem.message(indicator))
            .with_hint(problem.hint(indicator));
        out.push(match problem {
            Problem::OutOfRange(v) if *v > 100.0 => d.with_suggestion("100%"),
            Problem::OutOfRange(_) => d.with_suggestion("0%"),
            _ => d,
        });
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::target::testing::*;
    use crate::rules::testing::*;
    use serde_json::json;

    fn objective(sentence: &str) -> String {
        plan_with(
            "1. Mục tiêu\n\nNâng cao nhận thức của Nhân dân.",
            &format!("1. Mục tiêu\n\n{sentence}"),
        )
    }

    #[test]
    fn table() {
        let pass = vec![
            plan(BODY),
            objective(
                "Tỷ lệ giải quyết tố giác, tin báo đạt trên **90%**; 100% nạn nhân được hỗ trợ.",
            ),
            objective("Số vụ phát hiện tăng 150% so với cùng kỳ; hoàn thành 120% kế hoạch."),
            objective("Phấn đấu giảm 110% số vụ so với năm trước."),
        ];
        let fail = vec![
            (
                objective("Tỷ lệ giải quyết tố giác, tin báo đạt **105%**."),
                "105%",
                "Tỷ lệ 105% lớn hơn 100%",
            ),
            (
                objective("Bảo đảm 100,5% số vụ án được truy tố."),
                "100,5%",
                "100,5%",
            ),
            (
                objective("Tỷ lệ xã được tuyên truyền đạt 9,0.5%."),
                "9,0.5%",
                "Không đọc được tỷ lệ “9,0.5%”",
            ),
        ];
        assert_table("T001", &pass, &fail);
    }

    #[test]
    fn form_table() {
        let pass = vec![
            indicators_form(
                json!({ "tipsResolvedRate": "95%", "casesClearedRate": 100, "casesTriedRate": "90,5" }),
            ),
            indicators_form(
                json!({ "tipsResolvedRate": "", "casesClearedRate": null, "unknownRate": "150%" }),
            ),
            indicators_form(json!({ "tipsResolvedRate": 0 })),
            indicators_form(json!([])),
            json!({ "kind": "report" }),
            json!({ "indicators": "95%" }),
        ];
        let fail = vec![
            (
                indicators_form(json!({ "tipsResolvedRate": "105%" })),
                "/indicators/tipsResolvedRate",
                "105%, ngoài khoảng 0–100%",
            ),
            (
                indicators_form(json!({ "casesTriedRate": -5 })),
                "/indicators/casesTriedRate",
                "-5%",
            ),
            (
                indicators_form(json!({ "casesTriedRate": "chín mươi" })),
                "/indicators/casesTriedRate",
                "không đọc được “chín mươi”",
            ),
            (
                indicators_form(json!({ "casesTriedRate": [90] })),
                "/indicators/casesTriedRate",
                "không phải danh sách",
            ),
            (
                indicators_form(json!({ "casesTriedRate": true })),
                "/indicators/casesTriedRate",
                "không phải giá trị đúng/sai",
            ),
            (
                indicators_form(json!({ "victimsSupportedRate": "100,5%" })),
                "/indicators/victimsSupportedRate",
                "100,5%",
            ),
        ];
        assert_profile_table("T001", None, &pass, &fail);
    }
}
