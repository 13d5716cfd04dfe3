//! Report forms (DESIGN §4.4): a form arrives as a tree of plain [`Value`]s, is read
//! tolerantly into a [`ReportForm`], and every rule with a form check looks at it.
//! Findings carry a JSON Pointer to the field; a missing required field is reported on
//! the field itself.
//!
//! [`validate`] checks a whole form; [`validate_field`] gives the findings that concern
//! one field, cross-field ones included (a changed `periodTo` re-checks the period
//! against `periodFrom` and the window), for a page that checks as the person types.

pub mod model;
pub mod tape;
pub mod value;

pub use model::{Field, Invalid, ReportForm, Signer, TaskRow, SECTION_KEYS};
pub use value::{escape_segment, pointer_segments, Value, MAX_DEPTH};

use crate::finding::{Finding, Severity, Text};
use crate::profile::Profile;
use crate::rules::RULES;
use crate::Options;

/// What a form rule sees.
pub struct FormContext<'a> {
    pub form: &'a ReportForm,
    pub options: &'a Options,
    pub profile: &'a Profile,
    /// The agency rules' findings, judged once for the three of them.
    pub(crate) agency_findings: std::cell::OnceCell<Vec<FormDiagnostic>>,
}

/// What a form rule reports: the field (a JSON Pointer) and its words.
#[derive(Clone, Debug, PartialEq)]
pub struct FormDiagnostic {
    pub code: &'static str,
    pub severity: Severity,
    pub message: Text,
    /// The field the finding is about: `/periodTo`, `/tasks/0/lead`.
    pub path: String,
    /// Other fields the finding depends on (`/periodFrom` for a reversed period), so
    /// that a change to any of them brings it back.
    pub related: Vec<String>,
    pub hint: Option<Text>,
    pub suggestion: Option<String>,
}

impl FormDiagnostic {
    pub fn with_hint(mut self, hint: Text) -> Self {
        self.hint = Some(hint);
        self
    }

    pub fn with_suggestion(mut self, suggestion: impl Into<String>) -> Self {
        self.suggestion = Some(suggestion.into());
        self
    }

    /// Also concerns `path`.
    pub fn relating(mut self, path: impl Into<String>) -> Self {
        self.related.push(path.into());
        self
    }

    /// Whether the finding concerns the field at `pointer`: it is on that field, on a
    /// field inside it, or depends on it.
    pub fn concerns(&self, pointer: &str) -> bool {
        let within = |path: &str| {
            path == pointer
                || pointer.is_empty()
                || (path.starts_with(pointer) && path[pointer.len()..].starts_with('/'))
        };
        within(&self.path) || self.related.iter().any(|p| within(p))
    }

    fn resolve(&self, lang: crate::Lang) -> Finding {
        Finding {
            code: self.code,
            severity: self.severity,
            message: self.message.get(lang).to_owned(),
            message_en: self.message.en.clone(),
            line: 0,
            column: 0,
            start: 0,
            end: 0,
            path: Some(self.path.clone()),
            hint: self.hint.as_ref().map(|h| h.get(lang).to_owned()),
            suggestion: self.suggestion.clone(),
        }
    }
}

/// A form rule's check.
pub type FormCheck = fn(&FormContext, &mut Vec<FormDiagnostic>);

/// The keys of the form in the order a person fills them, so findings come in the
/// order of the page.
const FIELD_ORDER: [&str; 17] = [
    "",
    "kind",
    "reportType",
    "year",
    "quarter",
    "agency",
    "level",
    "number",
    "place",
    "issuedOn",
    "periodFrom",
    "periodTo",
    "sections",
    "indicators",
    "tasks",
    "signer",
    "recipients",
];

fn order_of(path: &str) -> (usize, Vec<(usize, &str)>) {
    let mut segments = path.split('/').skip(1);
    let first = segments.next().unwrap_or("");
    let rank = FIELD_ORDER
        .iter()
        .position(|k| *k == first)
        .unwrap_or(FIELD_ORDER.len());
    // Numbers sort as numbers: /tasks/2 before /tasks/10.
    let rest = segments
        .map(|s| (s.parse::<usize>().unwrap_or(usize::MAX), s))
        .collect();
    (rank, rest)
}

/// Every form rule's diagnostics on `form`.
pub fn diagnose(form: &ReportForm, options: &Options) -> Vec<FormDiagnostic> {
    let ctx = FormContext {
        form,
        options,
        profile: options.profile(),
        agency_findings: std::cell::OnceCell::new(),
    };
    let mut out = Vec::new();
    for rule in RULES {
        if let Some(check) = rule.check_form {
            check(&ctx, &mut out);
        }
    }
    // Each finding's place is worked out once, not at every comparison.
    out.sort_by_cached_key(|d| {
        let (rank, rest) = order_of(&d.path);
        let rest: Vec<(usize, String)> = rest.into_iter().map(|(n, s)| (n, s.to_owned())).collect();
        (rank, rest, d.code)
    });
    out.dedup();
    out
}

/// Checks a report form. Findings are in the order of the form's fields.
pub fn validate(form: &Value, options: &Options) -> Vec<Finding> {
    let form = ReportForm::read(form);
    let mut findings: Vec<Finding> = diagnose(&form, options)
        .iter()
        .map(|d| d.resolve(options.lang))
        .collect();
    crate::limits::cap_findings(&mut findings, options.lang);
    findings
}

/// The findings of [`validate`] that concern the field at `pointer` (a JSON Pointer;
/// `""` is the whole form), cross-field ones included.
pub fn validate_field(form: &Value, pointer: &str, options: &Options) -> Vec<Finding> {
    let form = ReportForm::read(form);
    let mut findings: Vec<Finding> = diagnose(&form, options)
        .iter()
        .filter(|d| d.concerns(pointer))
        .map(|d| d.resolve(options.lang))
        .collect();
    crate::limits::cap_findings(&mut findings, options.lang);
    findings
}

/// What each field of the form is called on the page, for messages.
const LABELS: &[(&str, &str, &str)] = &[
    ("", "Biểu mẫu báo cáo", "The report form"),
    ("/kind", "Loại văn bản", "Document kind"),
    ("/reportType", "Loại báo cáo", "Report type"),
    ("/year", "Năm báo cáo", "Reporting year"),
    ("/quarter", "Quý", "Quarter"),
    ("/agency", "Cơ quan báo cáo", "Reporting agency"),
    ("/level", "Cấp", "Level"),
    ("/number", "Số, ký hiệu", "Number and symbol"),
    ("/place", "Địa danh", "Place"),
    ("/issuedOn", "Ngày ban hành", "Date of issue"),
    ("/periodFrom", "Kỳ báo cáo từ ngày", "Period from"),
    ("/periodTo", "Kỳ báo cáo đến ngày", "Period to"),
    ("/sections", "Nội dung báo cáo", "Report sections"),
    ("/sections/situation", "Tình hình", "Situation"),
    ("/sections/results", "Kết quả thực hiện", "Results"),
    ("/sections/assessment", "Đánh giá", "Assessment"),
    (
        "/sections/nextSteps",
        "Phương hướng, nhiệm vụ",
        "Next steps",
    ),
    ("/sections/proposals", "Đề xuất, kiến nghị", "Proposals"),
    ("/indicators", "Số liệu", "Indicators"),
    ("/tasks", "Nhiệm vụ", "Tasks"),
    ("/signer", "Người ký", "Signer"),
    ("/signer/authority", "Quyền hạn ký", "Signing authority"),
    ("/signer/title", "Chức vụ người ký", "Signer's title"),
    ("/signer/name", "Họ tên người ký", "Signer's name"),
    ("/recipients", "Nơi nhận", "Recipients"),
];

/// What the field at `pointer` is called: `Ngày ban hành` / `Date of issue`.
pub fn label(pointer: &str) -> Text {
    match LABELS.iter().find(|(p, _, _)| *p == pointer) {
        Some((_, vi, en)) => Text::new(*vi, *en),
        None => match pointer_segments(pointer).as_deref() {
            Some([tasks, n, rest @ ..]) if tasks == "tasks" => {
                let row = n.parse::<usize>().map_or(0, |n| n + 1);
                let (vi, en) = match rest.first().map(String::as_str) {
                    None => ("", ""),
                    Some("ref") => (" (mục kế hoạch)", " (plan item)"),
                    Some("lead") => (" (cơ quan chủ trì)", " (lead)"),
                    Some("partners") => (" (cơ quan phối hợp)", " (partners)"),
                    Some("result") => (" (kết quả)", " (result)"),
                    Some(_) => ("", ""),
                };
                Text::new(format!("Nhiệm vụ thứ {row}{vi}"), format!("Task {row}{en}"))
            }
            _ => Text::new(format!("Trường {pointer}"), format!("The field {pointer}")),
        },
    }
}

/// What a field should hold, for messages: `(vi, en)`.
pub type Expected = (&'static str, &'static str);
pub const TEXT: Expected = ("chuỗi ký tự", "text");
pub const NUMBER: Expected = ("số", "a number");
pub const DATE: Expected = ("ngày dạng dd/mm/yyyy", "a date as dd/mm/yyyy");
pub const OBJECT: Expected = ("đối tượng", "an object");
pub const LIST: Expected = ("danh sách", "a list");

/// `Năm báo cáo phải là số, không phải chuỗi (“mười”).`
pub fn invalid_message(pointer: &str, invalid: &Invalid, expected: Expected) -> Text {
    let name = label(pointer);
    match invalid {
        Invalid::WrongType(vi, en) => Text::new(
            format!("{} phải là {}, không phải {vi}.", name.vi, expected.0),
            format!("{} must be {}, not {en}.", name.en, expected.1),
        ),
        Invalid::Unreadable(found) | Invalid::ImpossibleDate(found) => Text::new(
            format!(
                "{} phải là {}: không đọc được “{found}”.",
                name.vi, expected.0
            ),
            format!(
                "{} must be {}: “{found}” cannot be read.",
                name.en, expected.1
            ),
        ),
    }
}

/// `Chưa nhập Ngày ban hành.`
pub fn missing_message(pointer: &str) -> Text {
    let name = label(pointer);
    Text::new(
        format!("Chưa nhập {}.", lower_first(&name.vi)),
        format!("{} is missing.", name.en),
    )
}

fn lower_first(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(c) => std::iter::once(crate::text::case::lower(c))
            .chain(chars)
            .collect(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::testing::{form_with, report_form, FORM_TODAY};
    use serde_json::json;

    fn options() -> Options {
        Options {
            today: crate::parse_iso_date(FORM_TODAY).ok(),
            ..Options::default()
        }
    }

    fn value(form: &serde_json::Value) -> Value {
        Value::from_json(form).unwrap()
    }

    #[test]
    fn a_correct_form_has_no_findings() {
        assert_eq!(validate(&value(&report_form()), &options()), vec![]);
    }

    #[test]
    fn an_empty_form_names_every_required_field_itself() {
        let found = validate(&value(&json!({})), &options());
        let paths: Vec<&str> = found.iter().filter_map(|f| f.path.as_deref()).collect();
        for required in [
            "/reportType",
            "/year",
            "/agency",
            "/number",
            "/place",
            "/issuedOn",
            "/periodFrom",
            "/periodTo",
            "/sections/results",
            "/sections/assessment",
            "/sections/nextSteps",
            "/signer",
            "/recipients",
        ] {
            assert!(paths.contains(&required), "{required} not in {paths:?}");
        }
        // in the order of the form
        let first = |p: &str| paths.iter().position(|x| *x == p).unwrap();
        assert!(first("/reportType") < first("/periodTo"));
        assert!(first("/periodTo") < first("/sections/results"));
        assert!(first("/signer") < first("/recipients"));
    }

    #[test]
    fn a_field_gets_the_cross_field_findings_that_concern_it() {
        // periodTo before periodFrom: the finding sits on /periodTo and concerns both.
        let form = value(&form_with(&[("/periodTo", Some(json!("14/06/2025")))]));
        let on_to = validate_field(&form, "/periodTo", &options());
        let on_from = validate_field(&form, "/periodFrom", &options());
        assert!(on_to.iter().any(|f| f.code == "P002"), "{on_to:#?}");
        assert!(on_from.iter().any(|f| f.code == "P002"), "{on_from:#?}");
        assert!(validate_field(&form, "/agency", &options()).is_empty());
        // a window finding comes back when the report type changes
        let form = value(&form_with(&[("/reportType", Some(json!("nine_month")))]));
        let on_type = validate_field(&form, "/reportType", &options());
        assert!(on_type.iter().any(|f| f.code == "P003"), "{on_type:#?}");
        // a group's pointer gets what is inside it
        let form = value(&form_with(&[("/signer/title", Some(json!("GIÁM ĐỐC")))]));
        assert!(validate_field(&form, "/signer", &options())
            .iter()
            .any(|f| f.path.as_deref() == Some("/signer/title")));
        // the whole form is the empty pointer
        assert_eq!(
            validate_field(&form, "", &options()),
            validate(&form, &options())
        );
    }

    #[test]
    fn findings_carry_the_pointer_and_no_position() {
        let form = value(&form_with(&[("/periodFrom", Some(json!("31/02/2026")))]));
        let found = validate(&form, &options());
        let f = found.iter().find(|f| f.code == "P001").unwrap();
        assert_eq!(f.path.as_deref(), Some("/periodFrom"));
        assert_eq!((f.line, f.column, f.start, f.end), (0, 0, 0, 0));
        let en = validate(
            &form,
            &Options {
                lang: crate::Lang::En,
                ..options()
            },
        );
        assert!(en.iter().any(|f| f.message.contains("does not exist")));
    }
}
