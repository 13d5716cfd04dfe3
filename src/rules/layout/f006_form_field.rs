use crate::finding::Diagnostic;
use crate::form::{invalid_message, missing_message};
use crate::messages;
use crate::model::ShapeIssue;
use crate::rules::{declare_rule, ModelContext};

declare_rule! {
    /// ## Lỗi gì
    /// Một trường của biểu mẫu báo cáo bị bỏ trống hoặc nhập sai kiểu, với những trường
    /// không có quy tắc riêng: loại báo cáo, năm, quý (với báo cáo quý), cơ quan báo cáo,
    /// cấp, kỳ báo cáo từ ngày – đến ngày (trừ báo cáo đột xuất), và các nhóm trường
    /// (nội dung, số liệu, nhiệm vụ). Số, ký hiệu (F001), địa danh và ngày (F003), người
    /// ký (F004), nơi nhận (F005), các phần nội dung (S001), ngày không có thật (P001) và
    /// số liệu (T001, T007) do quy tắc riêng báo.
    ///
    /// ## Vì sao
    /// Thiếu loại báo cáo hay kỳ báo cáo thì không kiểm tra được thời gian chốt số liệu
    /// và thời hạn gửi; cơ quan nhận sẽ trả lại báo cáo.
    ///
    /// ## Ví dụ sai
    /// ```json
    /// { "reportType": "6 tháng", "year": "hai nghìn", "periodTo": "" }
    /// ```
    ///
    /// ## Ví dụ đúng
    /// ```json
    /// { "reportType": "half_year", "year": 2026, "periodTo": "14/06/2026" }
    /// ```
    /// ---
    /// ## What it finds
    /// A field of the report form left empty or of the wrong type, among the fields no
    /// other rule covers: report type, year, quarter (of a quarterly report), reporting
    /// agency, level, the period's first and last day (except for an ad hoc report), and
    /// the groups of fields (sections, indicators, tasks). The number (F001), place and
    /// date (F003), signer (F004), recipients (F005), sections (S001), impossible dates
    /// (P001) and figures (T001, T007) have rules of their own.
    ///
    /// ## Why it matters
    /// Without the report type or the period, the data window and the deadline cannot be
    /// checked; the receiving office sends the report back.
    ///
    /// ## Wrong
    /// ```json
    /// { "reportType": "6 tháng", "year": "hai nghìn", "periodTo": "" }
    /// ```
    ///
    /// ## Right
    /// ```json
    /// { "reportType": "half_year", "year": 2026, "periodTo": "14/06/2026" }
    /// ```
    pub static RULE = Rule {
        code: "F006",
        name: "form-field",
        area: Layout,
        severity: Error,
        title: ("Trường biểu mẫu bỏ trống hoặc sai kiểu", "A form field empty or of the wrong type"),
        check: check,
    };
}

fn check(ctx: &ModelContext, out: &mut Vec<Diagnostic>) {
    for problem in &ctx.model.shape {
        let at = problem.at.as_str();
        let d = match &problem.issue {
            ShapeIssue::NotAnObject => RULE.report_field(at, messages::f006_not_an_object()),
            ShapeIssue::NotAReport { found } => RULE
                .report_field(at, messages::f006_not_a_report(found))
                .with_suggestion("report"),
            ShapeIssue::Missing { choices: None } => RULE.report_field(at, missing_message(at)),
            ShapeIssue::Missing {
                choices: Some(words),
            } => RULE
                .report_field(at, missing_message(at))
                .with_hint(messages::f006_choose_one(*words)),
            ShapeIssue::Invalid { invalid, expected } => {
                RULE.report_field(at, invalid_message(at, invalid, *expected))
            }
            ShapeIssue::NotAChoice { found, choices } => {
                let field = crate::form::label(at);
                RULE.report_field(at, messages::f006_not_a_choice(field, found, *choices))
            }
            ShapeIssue::NoQuarter => RULE.report_field(at, messages::f006_no_quarter()),
            ShapeIssue::BadQuarter => RULE.report_field(at, messages::f006_bad_quarter()),
        };
        out.push(d.relating_all(problem.related.iter().map(|r| r.as_str().into())));
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{assert_form_table, form_with, report_form};
    use serde_json::json;

    #[test]
    fn table() {
        let pass = [
            report_form(),
            // The year may be left to the period's last day; unknown keys are ignored.
            form_with(&[("/year", None), ("/portalId", Some(json!(7)))]),
            form_with(&[
                ("/reportType", Some(json!("quarter"))),
                ("/quarter", Some(json!("2"))),
            ]),
            // An ad hoc report has no period to give.
            form_with(&[
                ("/reportType", Some(json!("ad_hoc"))),
                ("/periodFrom", None),
                ("/periodTo", Some(json!(""))),
            ]),
            // An impossible date is P001's, not this rule's.
            form_with(&[("/periodFrom", Some(json!("31/02/2026")))]),
        ];
        let fail = [
            (json!([]), "", "đối tượng"),
            (
                form_with(&[("/kind", Some(json!("plan")))]),
                "/kind",
                "report",
            ),
            (
                form_with(&[("/reportType", None)]),
                "/reportType",
                "Chưa nhập loại báo cáo",
            ),
            (
                form_with(&[("/reportType", Some(json!("6 tháng")))]),
                "/reportType",
                "“6 tháng” không hợp lệ",
            ),
            (
                form_with(&[("/reportType", Some(json!(6)))]),
                "/reportType",
                "không phải số",
            ),
            (
                form_with(&[("/year", Some(json!("hai nghìn")))]),
                "/year",
                "không đọc được “hai nghìn”",
            ),
            (
                form_with(&[("/year", Some(json!(2026.5)))]),
                "/year",
                "phải là số",
            ),
            (
                form_with(&[("/reportType", Some(json!("quarter")))]),
                "/quarter",
                "cần ghi quý",
            ),
            (
                form_with(&[
                    ("/reportType", Some(json!("quarter"))),
                    ("/quarter", Some(json!(5))),
                ]),
                "/quarter",
                "từ 1 đến 4",
            ),
            (
                form_with(&[("/agency", Some(json!("  ")))]),
                "/agency",
                "Chưa nhập cơ quan báo cáo",
            ),
            (
                form_with(&[("/agency", Some(json!(["Sở Y tế"])))]),
                "/agency",
                "không phải danh sách",
            ),
            (
                form_with(&[("/level", Some(json!("tỉnh")))]),
                "/level",
                "province",
            ),
            (
                form_with(&[("/periodTo", None)]),
                "/periodTo",
                "Chưa nhập kỳ báo cáo đến ngày",
            ),
            (
                form_with(&[("/periodFrom", Some(json!(15122025)))]),
                "/periodFrom",
                "không phải số",
            ),
            (
                form_with(&[("/sections", Some(json!("Kết quả tốt")))]),
                "/sections",
                "phải là đối tượng",
            ),
            (
                form_with(&[("/indicators", Some(json!([20, 19])))]),
                "/indicators",
                "phải là đối tượng",
            ),
            (
                form_with(&[("/tasks", Some(json!({"ref": "II.1"})))]),
                "/tasks",
                "phải là danh sách",
            ),
            (
                form_with(&[("/tasks/0", Some(json!("II.5.2")))]),
                "/tasks/0",
                "phải là đối tượng",
            ),
            (
                form_with(&[("/tasks/0/ref", Some(json!(5)))]),
                "/tasks/0/ref",
                "không phải số",
            ),
            (
                form_with(&[("/tasks/0/partners", Some(json!({"a": 1})))]),
                "/tasks/0/partners",
                "phải là danh sách",
            ),
        ];
        assert_form_table("F006", &pass, &fail);
        // Two fields missing: one finding each.
        crate::rules::testing::assert_form_findings(
            "F006",
            &form_with(&[("/year", None), ("/periodTo", None)]),
            None,
            &[
                ("/year", "Chưa nhập năm"),
                ("/periodTo", "Chưa nhập kỳ báo cáo đến ngày"),
            ],
        );
    }
}
