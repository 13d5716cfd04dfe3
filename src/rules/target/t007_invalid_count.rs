use crate::finding::Diagnostic;
use crate::rules::{declare_rule, ModelContext};
use crate::target::eval::Reading;

declare_rule! {
    /// ## Lỗi gì
    /// Trong biểu mẫu báo cáo, một số liệu đếm của `/indicators` (số tố giác, tin báo
    /// đã tiếp nhận, số vụ đã khởi tố, số nạn nhân …) không đọc được là số (`"mười"`),
    /// âm (`-2`), có phần lẻ (`2,5`), ghi như tỷ lệ (`"95%"`) hoặc sai kiểu (danh sách,
    /// đúng/sai). Số nhập được như người ta gõ: `12`, `"12"`, `"1.250"`. Ô để trống
    /// không phải lỗi: biểu mẫu có thể không báo cáo chỉ số đó.
    ///
    /// ## Vì sao
    /// Số đếm sai thì không tính được tỷ lệ, không so được với chỉ tiêu, và không cộng
    /// được vào số liệu tổng hợp của tỉnh.
    ///
    /// ## Ví dụ sai
    /// ```json
    /// { "casesInitiated": "mười", "victimsSupported": 2.5 }
    /// ```
    ///
    /// ## Ví dụ đúng
    /// ```json
    /// { "casesInitiated": 10, "victimsSupported": "1.250" }
    /// ```
    /// ---
    /// ## What it finds
    /// In a report form, a count of `/indicators` (tips received, cases initiated,
    /// victims …) that cannot be read as a number (`"mười"`), is negative (`-2`), has a
    /// fraction (`2,5`), is written as a rate (`"95%"`) or has the wrong type (a list, a
    /// boolean). Counts are read as people type them: `12`, `"12"`, `"1.250"`. An empty
    /// field is not a defect: the form may not report that indicator.
    ///
    /// ## Why it matters
    /// A wrong count gives no rate, cannot be compared with a target, and cannot be
    /// added into the province's totals.
    ///
    /// ## Wrong
    /// ```json
    /// { "casesInitiated": "mười", "victimsSupported": 2.5 }
    /// ```
    ///
    /// ## Right
    /// ```json
    /// { "casesInitiated": 10, "victimsSupported": "1.250" }
    /// ```
    pub static RULE = Rule {
        code: "T007",
        name: "invalid-count",
        area: Target,
        severity: Error,
        title: ("Số liệu đếm không hợp lệ", "A count that is not a whole number of at least 0"),
        check: check,
    };
}

fn check(ctx: &ModelContext, out: &mut Vec<Diagnostic>) {
    for figure in ctx.model.figures.iter().filter(|f| !f.indicator.is_rate()) {
        if let Reading::Bad(problem) = &figure.reading {
            out.push(
                RULE.report_at(figure.at.clone(), problem.message(figure.indicator))
                    .with_hint(problem.hint(figure.indicator)),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::target::testing::*;
    use serde_json::json;

    #[test]
    fn form_table() {
        let pass = vec![
            indicators_form(
                json!({ "tipsReceived": 20, "casesInitiated": "4", "victimsIdentified": "1.250" }),
            ),
            indicators_form(
                json!({ "tipsReceived": "", "casesInitiated": null, "victimsIdentified": 0 }),
            ),
            indicators_form(json!({ "tipsResolvedRate": "95%", "unknownCount": "mười" })),
            indicators_form(json!({})),
        ];
        let fail = vec![
            (
                indicators_form(json!({ "casesInitiated": "mười" })),
                "/indicators/casesInitiated",
                "không đọc được “mười” là một số",
            ),
            (
                indicators_form(json!({ "casesInitiated": -2 })),
                "/indicators/casesInitiated",
                "không thể âm (-2)",
            ),
            (
                indicators_form(json!({ "victimsSupported": "2,5" })),
                "/indicators/victimsSupported",
                "phải là số nguyên (2,5)",
            ),
            (
                indicators_form(json!({ "victimsSupported": 2.5 })),
                "/indicators/victimsSupported",
                "phải là số nguyên (2,5)",
            ),
            (
                indicators_form(json!({ "tipsReceived": "95%" })),
                "/indicators/tipsReceived",
                "không phải tỷ lệ phần trăm",
            ),
            (
                indicators_form(json!({ "tipsReceived": [20] })),
                "/indicators/tipsReceived",
                "không phải danh sách",
            ),
            (
                indicators_form(json!({ "tipsReceived": { "n": 20 } })),
                "/indicators/tipsReceived",
                "không phải đối tượng",
            ),
            (
                indicators_form(json!({ "tipsReceived": false })),
                "/indicators/tipsReceived",
                "không phải giá trị đúng/sai",
            ),
        ];
        assert_profile_table("T007", None, &pass, &fail);
    }
}
