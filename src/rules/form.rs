//! The rules on a report form (DESIGN §4.4): every rule's check over the model the form
//! reader fills, with the findings in the order of the form's fields.
//!
//! [`validate`] checks a whole form; [`validate_field`] gives the findings that concern
//! one field, cross-field ones included (a changed `periodTo` re-checks the period
//! against `periodFrom` and the window), for a page that checks as the person types.

use crate::finding::{Diagnostic, Finding};
use crate::form::{ReportForm, Value};
use crate::Options;

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
pub fn diagnose(form: &ReportForm, options: &Options) -> Vec<Diagnostic> {
    let model = crate::model::from_form(form, options.profile().registry(), options.today);
    let mut out = crate::rules::check_model(&model, options);
    // Each finding's place is worked out once, not at every comparison.
    out.sort_by_cached_key(|d| {
        let (rank, rest) = order_of(d.path().unwrap_or(""));
        let rest: Vec<(usize, String)> = rest.into_iter().map(|(n, s)| (n, s.to_owned())).collect();
        (rank, rest, d.code)
    });
    out.dedup();
    out
}

/// Checks a report form. Findings are in the order of the form's fields.
pub fn validate(form: &Value, options: &Options) -> Vec<Finding> {
    let form = ReportForm::read(form);
    let nowhere = crate::text::Source::new("");
    let mut findings: Vec<Finding> = diagnose(&form, options)
        .iter()
        .map(|d| d.resolve(&nowhere, options.lang))
        .collect();
    crate::limits::cap_findings(&mut findings, options.lang);
    findings
}

/// The findings of [`validate`] that concern the field at `pointer` (a JSON Pointer;
/// `""` is the whole form), cross-field ones included.
pub fn validate_field(form: &Value, pointer: &str, options: &Options) -> Vec<Finding> {
    let form = ReportForm::read(form);
    let nowhere = crate::text::Source::new("");
    let mut findings: Vec<Finding> = diagnose(&form, options)
        .iter()
        .filter(|d| d.concerns(pointer))
        .map(|d| d.resolve(&nowhere, options.lang))
        .collect();
    crate::limits::cap_findings(&mut findings, options.lang);
    findings
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
