use crate::finding::Diagnostic;
use crate::messages;
use crate::rules::{declare_rule, ModelContext};
use crate::target::eval::{capitalised_name, Indicators};
use crate::target::{catalogue, number_text};

declare_rule! {
    /// ## Lỗi gì
    /// Trong báo cáo (biểu mẫu, hoặc văn bản: cùng đoạn, cùng bảng), một số thành phần
    /// lớn hơn tổng số của nó: số tố giác,
    /// tin báo đã giải quyết (hoặc đã xử lý) nhiều hơn số đã tiếp nhận; số vụ đã điều
    /// tra, khám phá, truy tố hoặc xét xử nhiều hơn số vụ đã khởi tố; số nạn nhân được
    /// hỗ trợ nhiều hơn số nạn nhân được xác định; số đã giải quyết nhiều hơn số đã xử
    /// lý. Các cặp này là dữ liệu (`data/indicators.txt`).
    ///
    /// ## Vì sao
    /// Phần không thể lớn hơn tổng: một trong hai số bị nhập nhầm, và mọi tỷ lệ tính
    /// từ chúng vượt 100%.
    ///
    /// ## Ví dụ sai
    /// ```json
    /// { "casesInitiated": 4, "casesProsecuted": 5 }
    /// ```
    ///
    /// ## Ví dụ đúng
    /// ```json
    /// { "casesInitiated": 5, "casesProsecuted": 5 }
    /// ```
    /// ---
    /// ## What it finds
    /// In a report (a form, or its text: the same paragraph or table), a part larger
    /// than its whole: tips resolved (or handled) above
    /// tips received; cases cleared, prosecuted or tried above cases initiated; victims
    /// supported above victims identified; tips resolved above tips handled. The pairs
    /// are data (`data/indicators.txt`).
    ///
    /// ## Why it matters
    /// A part cannot exceed its whole: one of the two figures is mistyped, and every
    /// rate computed from them is above 100%.
    ///
    /// ## Wrong
    /// ```json
    /// { "casesInitiated": 4, "casesProsecuted": 5 }
    /// ```
    ///
    /// ## Right
    /// ```json
    /// { "casesInitiated": 5, "casesProsecuted": 5 }
    /// ```
    pub static RULE = Rule {
        code: "T003",
        name: "part-exceeds-whole",
        area: Target,
        severity: Error,
        title: ("Số thành phần lớn hơn tổng số", "A part larger than its whole"),
        check: check,
    };
}

fn check(ctx: &ModelContext, out: &mut Vec<Diagnostic>) {
    for indicators in Indicators::groups(&ctx.model.figures) {
        check_group(&indicators, out);
    }
}

/// A part and its whole are compared where they are stated together.
fn check_group(indicators: &Indicators, out: &mut Vec<Diagnostic>) {
    let cat = catalogue();
    for relation in cat.relations {
        let (Some(part), Some(whole)) = (
            indicators.count(relation.part).value(),
            indicators.count(relation.whole).value(),
        ) else {
            continue;
        };
        let (Some(p), Some(w), Some(at)) = (
            cat.get(relation.part),
            cat.get(relation.whole),
            indicators.at(relation.part),
        ) else {
            continue;
        };
        if part <= whole {
            continue;
        }
        out.push(
            RULE.report_at(
                at,
                messages::t003_part_exceeds_whole(
                    capitalised_name(p),
                    number_text(part, 0),
                    w.name(),
                    number_text(whole, 0),
                ),
            )
            .relating_all(indicators.at(relation.whole))
            .with_hint(messages::t003_hint(w.name())),
        );
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::target::testing::*;
    use serde_json::json;

    #[test]
    fn text_table() {
        use crate::rules::testing::{assert_spans, report, PLAIN_ASSESSMENT};
        let r = |results: &str| report(results, PLAIN_ASSESSMENT);
        let pass = vec![
            r("Tiếp nhận 20 tin báo, đã giải quyết 19 tin."),
            r("Khởi tố 5 vụ án; đã truy tố 5 vụ, đưa ra xét xử 3 vụ."),
            // another paragraph, another statement
            r("Tiếp nhận 20 tin báo.\n\nLũy kế từ đầu năm đã giải quyết 25 tin báo."),
        ];
        let fail: Vec<(String, &[(&str, &str)])> = vec![
            (
                r("Tiếp nhận 20 tin báo, đã giải quyết 22 tin."),
                &[("22", "đã giải quyết (22) lớn hơn số tố giác, tin báo về tội phạm, kiến nghị khởi tố đã tiếp nhận (20)")],
            ),
            (
                r("Đã hỗ trợ 15/14 nạn nhân."),
                &[("15", "(15) lớn hơn số nạn nhân được xác định (14)")],
            ),
        ];
        assert_spans("T003", &crate::Options::default(), &pass, &fail);
    }

    #[test]
    fn form_table() {
        let pass = vec![
            indicators_form(
                json!({ "casesInitiated": 5, "casesProsecuted": 5, "casesTried": "3" }),
            ),
            indicators_form(
                json!({ "tipsReceived": "1.250", "tipsResolved": "1.249", "tipsHandled": 1250 }),
            ),
            // one side missing, empty or unreadable: nothing to compare
            indicators_form(json!({ "casesProsecuted": 5 })),
            indicators_form(json!({ "casesInitiated": "", "casesProsecuted": 5 })),
            indicators_form(json!({ "casesInitiated": "bốn", "casesProsecuted": 5 })),
            indicators_form(json!({ "casesInitiated": true, "casesProsecuted": 5 })),
        ];
        let fail = vec![
            (
                indicators_form(json!({ "casesInitiated": 4, "casesProsecuted": 5 })),
                "/indicators/casesProsecuted",
                "Số vụ án đã truy tố (5) lớn hơn số vụ án đã khởi tố (4)",
            ),
            (
                indicators_form(json!({ "tipsReceived": "1.250", "tipsResolved": "1.300" })),
                "/indicators/tipsResolved",
                // the same subject is named the same way on both sides
                "Số tố giác, tin báo về tội phạm, kiến nghị khởi tố đã giải quyết (1.300) lớn hơn số tố giác, tin báo về tội phạm, kiến nghị khởi tố đã tiếp nhận (1.250).",
            ),
            (
                indicators_form(json!({ "victimsIdentified": "6", "victimsSupported": 7 })),
                "/indicators/victimsSupported",
                "số nạn nhân được xác định (6)",
            ),
            (
                indicators_form(
                    json!({ "tipsHandled": 10, "tipsResolved": 12, "tipsReceived": 20 }),
                ),
                "/indicators/tipsResolved",
                "lớn hơn số tố giác, tin báo về tội phạm, kiến nghị khởi tố đã xử lý (10)",
            ),
        ];
        assert_profile_table("T003", None, &pass, &fail);
    }
}
