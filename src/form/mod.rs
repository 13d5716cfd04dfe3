//! Report forms (DESIGN §4.4): a form arrives as a tree of plain [`Value`]s, is read
//! tolerantly into a [`ReportForm`], and every rule with a form check looks at it.
//! Findings carry a JSON Pointer to the field; a missing required field is reported on
//! the field itself.
//!
//! [`validate`] checks a whole form; [`validate_field`] gives the findings that concern
//! one field, cross-field ones included (a changed `periodTo` re-checks the period
//! against `periodFrom` and the window), for a page that checks as the person types.

pub mod model;
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
    };
    let mut out = Vec::new();
    for rule in RULES {
        if let Some(check) = rule.check_form {
            check(&ctx, &mut out);
        }
    }
    out.sort_by(|a, b| {
        (order_of(&a.path), &a.path, a.code).cmp(&(order_of(&b.path), &b.path, b.code))
    });
    out.dedup();
    out
}

/// Checks a report form. Findings are in the order of the form's fields.
pub fn validate(form: &Value, options: &Options) -> Vec<Finding> {
    let form = ReportForm::read(form);
    diagnose(&form, options)
        .iter()
        .map(|d| d.resolve(options.lang))
        .collect()
}

/// The findings of [`validate`] that concern the field at `pointer` (a JSON Pointer;
/// `""` is the whole form), cross-field ones included.
pub fn validate_field(form: &Value, pointer: &str, options: &Options) -> Vec<Finding> {
    let form = ReportForm::read(form);
    diagnose(&form, options)
        .iter()
        .filter(|d| d.concerns(pointer))
        .map(|d| d.resolve(options.lang))
        .collect()
}
