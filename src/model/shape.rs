//! What a form's shape gets wrong (DESIGN §4.4): a field it requires left empty, a
//! field of the wrong type, a word that is not one of the field's choices. These are
//! the form reader's to find, as a parser finds syntax errors; a text has no fields.
//! Fields whose value other rules judge are not here: the number (F001), place and
//! date (F003), sections (S001), impossible period dates (P001), figures (T001, T007).

use crate::form::{Expected, Field, Invalid, ReportForm, DATE, LIST, NUMBER, OBJECT, TEXT};
use crate::period::ReportKind;

/// One field the form gets wrong.
#[derive(Clone, Debug, PartialEq)]
pub struct ShapeProblem {
    /// The field's JSON Pointer (`""` for the whole form).
    pub at: String,
    pub issue: ShapeIssue,
    /// Fields that decide what this one must be (`/reportType` for `/quarter`).
    pub related: Vec<String>,
}

#[derive(Clone, Debug, PartialEq)]
pub enum ShapeIssue {
    /// The form is not an object of fields.
    NotAnObject,
    /// `kind` says another kind of document than a report.
    NotAReport { found: String },
    /// A required field left out or empty; `choices` when it takes one of a few words.
    Missing { choices: Option<&'static str> },
    /// A value of the wrong kind.
    Invalid {
        invalid: Invalid,
        expected: Expected,
    },
    /// A word not among the field's choices.
    NotAChoice {
        found: String,
        choices: &'static str,
    },
    /// A quarterly report without its quarter.
    NoQuarter,
    /// A quarter that is not 1–4.
    BadQuarter,
}

const REPORT_TYPES: &str = "quarter, half_year, nine_month, annual, ad_hoc";
const LEVELS: &str = "central, province, commune";

/// The fields of `form` its shape gets wrong, in the order of the form.
pub fn shape(form: &ReportForm) -> Vec<ShapeProblem> {
    let mut out = Shape(Vec::new());
    if !form.is_object {
        out.push("", ShapeIssue::NotAnObject);
        return out.0;
    }
    match &form.kind {
        Field::Ok(kind) if kind != "report" => out.push(
            "/kind",
            ShapeIssue::NotAReport {
                found: kind.clone(),
            },
        ),
        Field::Invalid(i) => out.invalid("/kind", i, TEXT),
        _ => {}
    }
    out.choice("/reportType", &form.report_type, REPORT_TYPES);
    let report_type = form.report_type.ok().copied();
    // The year may be left to the period's last day.
    if !(form.year.is_absent() && form.period_to.ok().is_some()) {
        out.required("/year", &form.year, NUMBER);
    }
    let quarterly = report_type == Some(ReportKind::Quarter);
    let quarter = match &form.quarter {
        Field::Invalid(_) => Some(ShapeIssue::BadQuarter),
        f if quarterly && f.is_absent() => Some(ShapeIssue::NoQuarter),
        _ => None,
    };
    if let Some(issue) = quarter {
        let related = if quarterly {
            vec!["/reportType".to_owned()]
        } else {
            Vec::new()
        };
        out.0.push(ShapeProblem {
            at: "/quarter".into(),
            issue,
            related,
        });
    }
    out.required("/agency", &form.agency, TEXT);
    if let Field::Invalid(_) = form.level {
        out.choice("/level", &form.level, LEVELS);
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
                out.required(pointer, field, DATE);
            }
        }
    }
    for (pointer, invalid, expected) in [
        ("/sections", invalid_of(&form.sections), OBJECT),
        ("/indicators", invalid_of(&form.indicators), OBJECT),
        ("/tasks", invalid_of(&form.tasks), LIST),
    ] {
        if let Some(i) = invalid {
            out.invalid(pointer, i, expected);
        }
    }
    if let Field::Ok(rows) = &form.tasks {
        for (n, row) in rows.iter().enumerate() {
            let at = |key: &str| format!("/tasks/{n}{key}");
            match (&row.reference, row.is_object) {
                (Field::Invalid(i), false) => out.invalid(&at(""), i, OBJECT),
                (Field::Invalid(i), true) => out.invalid(&at("/ref"), i, TEXT),
                _ => {}
            }
            for (key, field) in [("/lead", &row.lead), ("/result", &row.result)] {
                if let Field::Invalid(i) = field {
                    out.invalid(&at(key), i, TEXT);
                }
            }
            if let Field::Invalid(i) = &row.partners {
                out.invalid(&at("/partners"), i, LIST);
            }
        }
    }
    out.0
}

struct Shape(Vec<ShapeProblem>);

impl Shape {
    fn push(&mut self, at: &str, issue: ShapeIssue) {
        self.0.push(ShapeProblem {
            at: at.to_owned(),
            issue,
            related: Vec::new(),
        });
    }

    fn invalid(&mut self, at: &str, invalid: &Invalid, expected: Expected) {
        self.push(
            at,
            ShapeIssue::Invalid {
                invalid: invalid.clone(),
                expected,
            },
        );
    }

    /// A field that must be given, of the kind `expected`.
    fn required<T>(&mut self, at: &str, field: &Field<T>, expected: Expected) {
        match field {
            Field::Ok(_) => {}
            Field::Invalid(i) => self.invalid(at, i, expected),
            Field::Missing | Field::Empty => self.push(at, ShapeIssue::Missing { choices: None }),
        }
    }

    /// A field that takes one of a few words.
    fn choice<T>(&mut self, at: &str, field: &Field<T>, choices: &'static str) {
        match field {
            Field::Ok(_) => {}
            Field::Invalid(Invalid::Unreadable(found)) => self.push(
                at,
                ShapeIssue::NotAChoice {
                    found: found.clone(),
                    choices,
                },
            ),
            Field::Invalid(i) => self.invalid(at, i, TEXT),
            Field::Missing | Field::Empty => self.push(
                at,
                ShapeIssue::Missing {
                    choices: Some(choices),
                },
            ),
        }
    }
}

fn invalid_of<T>(field: &Field<T>) -> Option<&Invalid> {
    match field {
        Field::Invalid(i) => Some(i),
        _ => None,
    }
}
