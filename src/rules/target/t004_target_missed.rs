use crate::finding::{Diagnostic, Text};
use crate::messages;
use crate::rules::{declare_rule, ModelContext};
use crate::target::eval::{capitalised_name, miss_words, missed, Indicators, Outcome};
use crate::target::{target_phrase, value_text};

declare_rule! {
    /// ## Lỗi gì
    /// Trong báo cáo (biểu mẫu, hoặc số liệu nêu trong văn bản — lần nêu đầu tiên của
    /// mỗi chỉ số), kết quả của một chỉ số không đạt chỉ tiêu:
    /// hồ sơ `national` (100% tố giác, tin báo được tiếp nhận, xử lý; tỷ lệ giải quyết
    /// trên 90%; điều tra, khám phá trên 90%; truy tố 95%; xét xử 90%; 100% nạn nhân
    /// được hỗ trợ), hoặc hồ sơ rút ra từ kế hoạch của tỉnh. Chỉ tiêu so theo đúng lời
    /// của nó: `trên 90%` thì 90% là chưa đạt, `đạt 90%` thì 90% là đạt. Tỷ lệ được tính
    /// từ số liệu khi có đủ (tổng số lớn hơn 0), nếu không thì lấy tỷ lệ khai.
    ///
    /// ## Vì sao
    /// Nơi nhận tổng hợp các chỉ tiêu không đạt để chỉ đạo; người lập báo cáo nên thấy
    /// trước và giải trình (T005).
    ///
    /// ## Ví dụ sai
    /// ```json
    /// { "tipsReceived": 20, "tipsResolved": 17, "tipsResolvedRate": "85%" }
    /// ```
    ///
    /// ## Ví dụ đúng
    /// ```json
    /// { "tipsReceived": 20, "tipsResolved": 19, "tipsResolvedRate": "95%" }
    /// ```
    /// ---
    /// ## What it finds
    /// In a report (a form, or the figures its text states — the first statement of
    /// each), an indicator whose result misses its target: the
    /// `national` profile (100% of tips received and handled; resolution above 90%;
    /// clearance above 90%; prosecution 95%; trial 90%; 100% of victims supported), or
    /// the profile derived from the province's plan. The target is compared as worded:
    /// with `trên 90%` (above 90%) a result of 90% misses, with `đạt 90%` (at least) it
    /// meets it. A rate is computed from its counts when both are given (the whole above
    /// 0), else the declared rate is taken.
    ///
    /// ## Why it matters
    /// The receiving office lists missed targets to act on them; whoever writes the
    /// report should see them first and explain them (T005).
    ///
    /// ## Wrong
    /// ```json
    /// { "tipsReceived": 20, "tipsResolved": 17, "tipsResolvedRate": "85%" }
    /// ```
    ///
    /// ## Right
    /// ```json
    /// { "tipsReceived": 20, "tipsResolved": 19, "tipsResolvedRate": "95%" }
    /// ```
    pub static RULE = Rule {
        code: "T004",
        name: "target-missed",
        area: Target,
        severity: Warning,
        title: ("Kết quả thấp hơn chỉ tiêu", "A result below its target"),
        check: check,
    };
}

/// `85% (17/20)`: the result and, for a computed rate, where it comes from.
pub fn result_text(indicator: &crate::target::Indicator, outcome: &Outcome) -> Text {
    let value = value_text(Some(indicator), outcome.value);
    match &outcome.computed {
        Some(c) => messages::t004_result_from(value, c.counts()),
        None => value,
    }
}

fn check(ctx: &ModelContext, out: &mut Vec<Diagnostic>) {
    let indicators = Indicators::first_of_each(&ctx.model.figures);
    for (target, indicator, outcome) in missed(&indicators, &ctx.profile.targets) {
        let result = result_text(indicator, &outcome);
        let goal = target_phrase(target);
        let miss = miss_words(target.comparator);
        let mut d = RULE
            .report_at(
                outcome.at.clone(),
                messages::t004_missed(capitalised_name(indicator), result, miss, goal),
            )
            .with_hint(messages::t004_hint());
        for r in &outcome.related {
            d = d.relating(r.clone());
        }
        out.push(d);
    }
}

#[cfg(test)]
mod tests {
    use crate::profile::{national, Profile, Target};
    use crate::rules::target::testing::*;
    use crate::target::{Comparator, Importance};
    use serde_json::json;

    #[test]
    fn text_table() {
        use crate::rules::testing::{assert_spans, report, PLAIN_ASSESSMENT};
        let r = |results: &str| report(results, PLAIN_ASSESSMENT);
        let pass = vec![
            r("Giải quyết 19/20 tin (95%); đã hỗ trợ 14/14 nạn nhân."),
            // a target restated is not a result
            r("Chỉ tiêu giải quyết tin báo trên 90%; đã giải quyết 19/20 tin."),
            // a comparison with another period is not this one's result
            r("So với cùng kỳ năm trước, tỷ lệ giải quyết tin báo đạt 80%."),
        ];
        let fail: Vec<(String, &[(&str, &str)])> = vec![
            (
                r("Giải quyết 18/20 tin báo (90%)."),
                &[("90%", "Tỷ lệ giải quyết tố giác, tin báo về tội phạm, kiến nghị khởi tố là 90% (18/20), chưa đạt chỉ tiêu trên 90%")],
            ),
            // no rate stated: the finding goes on the part
            (
                r("Trong kỳ, tiếp nhận 14 nạn nhân, đã hỗ trợ 12 nạn nhân."),
                &[("12", "Tỷ lệ nạn nhân được hỗ trợ là 85,7% (12/14), chưa đạt chỉ tiêu 100%")],
            ),
        ];
        assert_spans("T004", &crate::Options::default(), &pass, &fail);
    }

    #[test]
    fn form_table() {
        let pass = vec![
            indicators_form(
                json!({ "tipsReceived": 20, "tipsResolved": 19, "tipsResolvedRate": "95%" }),
            ),
            // `đạt 95%`: 95% meets it; `90%` of trials meets `90%`
            indicators_form(
                json!({ "casesInitiated": 20, "casesProsecuted": 19, "casesTried": 18 }),
            ),
            indicators_form(json!({ "tipsResolvedRate": "90,5%" })),
            // a whole of 0 makes no rate; unreadable and empty give nothing
            indicators_form(json!({ "tipsReceived": 0, "tipsResolved": 0 })),
            indicators_form(
                json!({ "tipsResolvedRate": "", "casesTriedRate": "abc", "casesClearedRate": [80] }),
            ),
            indicators_form(json!({})),
        ];
        let fail = vec![
            (
                indicators_form(
                    json!({ "tipsReceived": 20, "tipsResolved": 17, "tipsResolvedRate": "85%" }),
                ),
                "/indicators/tipsResolvedRate",
                "là 85% (17/20), chưa đạt chỉ tiêu trên 90%",
            ),
            // `trên 90%`: exactly 90% misses
            (
                indicators_form(json!({ "tipsResolvedRate": "90%" })),
                "/indicators/tipsResolvedRate",
                "chưa đạt chỉ tiêu trên 90%",
            ),
            // computed only: at the part, relating the whole
            (
                indicators_form(json!({ "casesInitiated": "20", "casesProsecuted": "18" })),
                "/indicators/casesProsecuted",
                "90% (18/20), chưa đạt chỉ tiêu tối thiểu 95%",
            ),
            (
                indicators_form(json!({ "victimsIdentified": 6, "victimsSupported": 5 })),
                "/indicators/victimsSupported",
                "chưa đạt chỉ tiêu 100%",
            ),
        ];
        assert_table_national(&pass, &fail);
    }

    fn assert_table_national(pass: &[serde_json::Value], fail: &[(serde_json::Value, &str, &str)]) {
        assert_profile_table("T004", None, pass, fail);
        assert_profile_table("T004", Some(national()), pass, fail);
    }

    #[test]
    fn against_a_plan_profile() {
        let mut p = Profile::named("plan");
        p.targets = vec![
            Target {
                indicator: "tipsResolvedRate".into(),
                comparator: Comparator::AtLeast,
                value: 80.0,
                importance: Importance::High,
                wording: None,
            },
            Target {
                indicator: "casesInitiated".into(),
                comparator: Comparator::AtMost,
                value: 10.0,
                importance: Importance::Low,
                wording: None,
            },
        ];
        let pass = vec![indicators_form(
            json!({ "tipsReceived": 20, "tipsResolved": 17, "casesInitiated": 10 }),
        )];
        let fail = vec![
            (
                indicators_form(json!({ "tipsReceived": 20, "tipsResolved": 15 })),
                "/indicators/tipsResolved",
                "75% (15/20), chưa đạt chỉ tiêu tối thiểu 80%",
            ),
            (
                indicators_form(json!({ "casesInitiated": "12" })),
                "/indicators/casesInitiated",
                "là 12, vượt chỉ tiêu không quá 10",
            ),
        ];
        assert_profile_table("T004", Some(&p), &pass, &fail);
        // no targets, no findings
        let bare = Profile::named("bare");
        assert!(profile_findings("T004", &fail[0].0, Some(&bare)).is_empty());
    }
}
