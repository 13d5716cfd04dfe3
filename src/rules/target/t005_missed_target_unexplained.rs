use super::t004_target_missed::result_text;
use crate::finding::Diagnostic;
use crate::messages;
use crate::rules::{declare_rule, ModelContext};
use crate::target::eval::{miss_words, missed, Indicators};
use crate::target::read::explains;
use crate::target::target_phrase;

declare_rule! {
    /// ## Lỗi gì
    /// Trong báo cáo (biểu mẫu hoặc văn bản), một chỉ tiêu không đạt (T004) mà phần đánh
    /// giá (văn bản không có phần đánh giá: toàn bộ nội dung)
    /// (`/sections/assessment`) không giải trình: không có câu nào nêu chỉ số đó (`tỷ lệ
    /// giải quyết`, `truy tố`, `nạn nhân … hỗ trợ` …) cùng với lời giải trình (`chưa
    /// đạt`, `không đạt`, `nguyên nhân`, `hạn chế`, `khó khăn` …) trong câu đó hoặc câu
    /// ngay sau.
    ///
    /// ## Vì sao
    /// Báo cáo phải nêu hạn chế và nguyên nhân; chỉ tiêu không đạt mà không giải trình
    /// thì cơ quan thường trực trả lại báo cáo để bổ sung.
    ///
    /// ## Ví dụ sai
    /// ```text
    /// Đánh giá: Cơ bản hoàn thành các nhiệm vụ đề ra.
    /// (tỷ lệ giải quyết tố giác, tin báo 85%, chỉ tiêu trên 90%)
    /// ```
    ///
    /// ## Ví dụ đúng
    /// ```text
    /// Đánh giá: Tỷ lệ giải quyết tố giác, tin báo chỉ đạt 85%, chưa đạt chỉ tiêu.
    /// Nguyên nhân: nhiều vụ việc phức tạp, phải xác minh ở nước ngoài.
    /// ```
    /// ---
    /// ## What it finds
    /// In a report (a form or a text), a missed target (T004) that the assessment (in a
    /// text with no assessment part: anywhere in its body)
    /// (`/sections/assessment`) does not explain: no sentence names the indicator
    /// (`tỷ lệ giải quyết`, `truy tố`, `nạn nhân … hỗ trợ` …) together with words of
    /// explanation (`chưa đạt`, `không đạt`, `nguyên nhân`, `hạn chế`, `khó khăn` …) in
    /// it or in the sentence right after.
    ///
    /// ## Why it matters
    /// A report must state its shortcomings and their causes; a missed target left
    /// unexplained sends the report back for completion.
    ///
    /// ## Wrong
    /// ```text
    /// Đánh giá: Cơ bản hoàn thành các nhiệm vụ đề ra.
    /// (resolution rate 85%, target above 90%)
    /// ```
    ///
    /// ## Right
    /// ```text
    /// Đánh giá: Tỷ lệ giải quyết tố giác, tin báo chỉ đạt 85%, chưa đạt chỉ tiêu.
    /// Nguyên nhân: nhiều vụ việc phức tạp, phải xác minh ở nước ngoài.
    /// ```
    pub static RULE = Rule {
        code: "T005",
        name: "missed-target-unexplained",
        area: Target,
        severity: Warning,
        title: ("Không đạt chỉ tiêu mà không giải trình", "A missed target with no explanation in the assessment"),
        check: check,
    };
}

fn check(ctx: &ModelContext, out: &mut Vec<Diagnostic>) {
    let indicators = Indicators::first_of_each(&ctx.model.figures);
    let assessment = ctx.model.assessment.as_deref().unwrap_or("");
    for (target, indicator, outcome) in missed(&indicators, &ctx.profile.targets) {
        if explains(assessment, indicator) {
            continue;
        }
        let result = result_text(indicator, &outcome);
        let goal = target_phrase(target);
        let miss = miss_words(target.comparator);
        out.push(
            RULE.report_at(
                ctx.model
                    .assessment_at
                    .clone()
                    .unwrap_or_else(|| outcome.at.clone()),
                messages::t005_unexplained(indicator.name(), result, miss, goal),
            )
            .relating(outcome.at.clone())
            .with_hint(messages::t005_hint(indicator.name())),
        );
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::target::testing::*;
    use serde_json::json;

    fn with_assessment(
        indicators: serde_json::Value,
        assessment: serde_json::Value,
    ) -> serde_json::Value {
        let mut f = indicators_form(indicators);
        f["sections"]["assessment"] = assessment;
        f
    }

    #[test]
    fn text_table() {
        use crate::rules::testing::{assert_spans, report, PLAIN_ASSESSMENT};
        let missed = "Trong kỳ, tiếp nhận 14 nạn nhân, đã hỗ trợ 12 nạn nhân, đạt 85,7%.";
        let pass = vec![
            report("Đã hỗ trợ 14/14 nạn nhân.", PLAIN_ASSESSMENT),
            report(missed, "Tỷ lệ nạn nhân được hỗ trợ chỉ đạt 85,7%, chưa đạt chỉ tiêu do hai nạn nhân từ chối nhận hỗ trợ."),
            report(missed, "1. Ưu điểm\n\nPhối hợp chặt chẽ.\n\n2. Tồn tại, hạn chế\n\nViệc hỗ trợ nạn nhân chưa kịp thời; nguyên nhân: thiếu kinh phí."),
        ];
        // without an assessment part, where the figure stands
        let no_assessment = report(missed, PLAIN_ASSESSMENT).replace("III. ĐÁNH GIÁ\n\n", "");
        let fail: Vec<(String, &[(&str, &str)])> = vec![
            (
                report(missed, PLAIN_ASSESSMENT),
                &[("III. ĐÁNH GIÁ", "Phần đánh giá chưa giải trình vì sao tỷ lệ nạn nhân được hỗ trợ là 85,7% (12/14), chưa đạt chỉ tiêu 100%")],
            ),
            (no_assessment, &[("85,7%", "chưa giải trình vì sao tỷ lệ nạn nhân được hỗ trợ")]),
        ];
        assert_spans("T005", &crate::Options::default(), &pass, &fail);
    }

    #[test]
    fn form_table() {
        let missed = json!({ "tipsReceived": 20, "tipsResolved": 17, "tipsResolvedRate": "85%" });
        let pass = vec![
            // met: nothing to explain
            with_assessment(json!({ "tipsReceived": 20, "tipsResolved": 19 }), json!("")),
            with_assessment(missed.clone(), json!("Tỷ lệ giải quyết tố giác, tin báo chỉ đạt 85%, chưa đạt chỉ tiêu do nhiều vụ việc phức tạp.")),
            with_assessment(missed.clone(), json!("Hạn chế: việc giải quyết tin báo còn chậm.\nNguyên nhân: thiếu cán bộ.")),
            with_assessment(missed.clone(), json!("TỶ LỆ GIẢI QUYẾT TIN BÁO THẤP. NGUYÊN NHÂN: ĐỊA BÀN RỘNG.")),
        ];
        let fail = vec![
            (
                with_assessment(missed.clone(), json!("Cơ bản hoàn thành các nhiệm vụ đề ra.")),
                "/sections/assessment",
                "chưa giải trình vì sao tỷ lệ giải quyết tố giác, tin báo về tội phạm, kiến nghị khởi tố là 85% (17/20), chưa đạt chỉ tiêu trên 90%",
            ),
            // named, but not explained
            (
                with_assessment(missed.clone(), json!("Tỷ lệ giải quyết tố giác, tin báo đạt 85%.")),
                "/sections/assessment",
                "chưa giải trình",
            ),
            // explained, but another indicator
            (
                with_assessment(json!({ "casesInitiated": 10, "casesTried": 5 }), json!("Tỷ lệ giải quyết tin báo chưa đạt chỉ tiêu.")),
                "/sections/assessment",
                "tỷ lệ vụ án được xét xử là 50% (5/10)",
            ),
            // no assessment at all
            (
                with_assessment(missed.clone(), serde_json::Value::Null),
                "/sections/assessment",
                "chưa giải trình",
            ),
            (
                with_assessment(missed, json!(["chưa đạt"])),
                "/sections/assessment",
                "chưa giải trình",
            ),
        ];
        assert_profile_table("T005", None, &pass, &fail);
    }
}
