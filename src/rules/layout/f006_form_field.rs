use crate::finding::Diagnostic;
use crate::finding::Text;
use crate::form::{
    invalid_message, missing_message, Field, Invalid, DATE, LIST, NUMBER, OBJECT, TEXT,
};
use crate::period::ReportKind;
use crate::rules::declare_rule;
use crate::rules::form::FormContext;

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
        check_form: check_form,
    };
}

const REPORT_TYPES: &str = "quarter, half_year, nine_month, annual, ad_hoc";
const LEVELS: &str = "central, province, commune";

fn check_form(ctx: &FormContext, out: &mut Vec<Diagnostic>) {
    let form = ctx.form;
    if !form.is_object {
        out.push(RULE.report_field(
            "",
            Text::new(
                "Biểu mẫu báo cáo phải là một đối tượng gồm các trường (reportType, year, periodFrom, …).",
                "The report form must be an object of fields (reportType, year, periodFrom, …).",
            ),
        ));
        return;
    }
    if let Field::Ok(kind) = &form.kind {
        if kind != "report" {
            out.push(RULE.report_field(
                "/kind",
                Text::new(
                    format!("Biểu mẫu này dành cho báo cáo: “kind” phải là “report”, không phải “{kind}”."),
                    format!("This form is for reports: “kind” must be “report”, not “{kind}”."),
                ),
            ).with_suggestion("report"));
        }
    } else if let Field::Invalid(i) = &form.kind {
        out.push(RULE.report_field("/kind", invalid_message("/kind", i, TEXT)));
    }
    choice(out, "/reportType", &form.report_type, REPORT_TYPES);
    let report_type = form.report_type.ok().copied();
    // The year may be left to the period's last day.
    if !(form.year.is_absent() && form.period_to.ok().is_some()) {
        required(out, "/year", &form.year, NUMBER);
    }
    if report_type == Some(ReportKind::Quarter) {
        match &form.quarter {
            Field::Invalid(_) => out.push(
                RULE.report_field(
                    "/quarter",
                    Text::new(
                        "Quý phải là số từ 1 đến 4.",
                        "The quarter must be a number from 1 to 4.",
                    ),
                )
                .relating("/reportType"),
            ),
            f if f.is_absent() => out.push(
                RULE.report_field(
                    "/quarter",
                    Text::new(
                        "Báo cáo quý cần ghi quý (1, 2, 3 hoặc 4).",
                        "A quarterly report needs its quarter (1, 2, 3 or 4).",
                    ),
                )
                .relating("/reportType"),
            ),
            _ => {}
        }
    } else if let Field::Invalid(_) = &form.quarter {
        out.push(RULE.report_field(
            "/quarter",
            Text::new(
                "Quý phải là số từ 1 đến 4.",
                "The quarter must be a number from 1 to 4.",
            ),
        ));
    }
    required(out, "/agency", &form.agency, TEXT);
    if let Field::Invalid(_) = form.level {
        choice(out, "/level", &form.level, LEVELS);
    }
    if report_type != Some(ReportKind::AdHoc) {
        for (pointer, field) in [
            ("/periodFrom", &form.period_from),
            ("/periodTo", &form.period_to),
        ] {
            // An unreadable or impossible date is P001's.
            if !matches!(
                field,
                Field::Invalid(Invalid::Unreadable(_) | Invalid::ImpossibleDate(_))
            ) {
                required(out, pointer, field, DATE);
            }
        }
    }
    for (pointer, invalid, expected) in [
        ("/sections", invalid_of(&form.sections), OBJECT),
        ("/indicators", invalid_of(&form.indicators), OBJECT),
        ("/tasks", invalid_of(&form.tasks), LIST),
    ] {
        if let Some(i) = invalid {
            out.push(RULE.report_field(pointer, invalid_message(pointer, i, expected)));
        }
    }
    if let Field::Ok(rows) = &form.tasks {
        for (n, row) in rows.iter().enumerate() {
            let at = |key: &str| format!("/tasks/{n}{key}");
            match (&row.reference, row.is_object) {
                (Field::Invalid(i), false) => {
                    out.push(RULE.report_field(at(""), invalid_message(&at(""), i, OBJECT)))
                }
                (Field::Invalid(i), true) => {
                    out.push(RULE.report_field(at("/ref"), invalid_message(&at("/ref"), i, TEXT)))
                }
                _ => {}
            }
            for (key, field) in [("/lead", &row.lead), ("/result", &row.result)] {
                if let Field::Invalid(i) = field {
                    out.push(RULE.report_field(at(key), invalid_message(&at(key), i, TEXT)));
                }
            }
            if let Field::Invalid(i) = &row.partners {
                out.push(
                    RULE.report_field(at("/partners"), invalid_message(&at("/partners"), i, LIST)),
                );
            }
        }
    }
}

fn invalid_of<T>(field: &Field<T>) -> Option<&Invalid> {
    match field {
        Field::Invalid(i) => Some(i),
        _ => None,
    }
}

/// A field that must be given, of the kind `expected`.
fn required<T>(
    out: &mut Vec<Diagnostic>,
    pointer: &str,
    field: &Field<T>,
    expected: crate::form::Expected,
) {
    match field {
        Field::Ok(_) => {}
        Field::Invalid(i) => {
            out.push(RULE.report_field(pointer, invalid_message(pointer, i, expected)))
        }
        Field::Missing | Field::Empty => {
            out.push(RULE.report_field(pointer, missing_message(pointer)))
        }
    }
}

/// A field that takes one of a few words.
fn choice<T>(out: &mut Vec<Diagnostic>, pointer: &str, field: &Field<T>, words: &str) {
    let name = crate::form::label(pointer);
    match field {
        Field::Ok(_) => {}
        Field::Invalid(Invalid::Unreadable(found)) => out.push(RULE.report_field(
            pointer,
            Text::new(
                format!(
                    "{} “{found}” không hợp lệ; chọn một trong: {words}.",
                    name.vi
                ),
                format!(
                    "{} “{found}” is not valid; choose one of: {words}.",
                    name.en
                ),
            ),
        )),
        Field::Invalid(i) => {
            out.push(RULE.report_field(pointer, invalid_message(pointer, i, TEXT)))
        }
        Field::Missing | Field::Empty => out.push(
            RULE.report_field(pointer, missing_message(pointer))
                .with_hint(Text::new(
                    format!("Chọn một trong: {words}."),
                    format!("Choose one of: {words}."),
                )),
        ),
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
