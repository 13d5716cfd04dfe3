//! The form reader's half of the model: a report form (DESIGN §4.4), read tolerantly
//! into [`ReportForm`], gives its facts with the JSON Pointer of each field.

use super::{
    Fact, FieldDate, Header, IssueDate, Item, Located, Medium, Model, Outline, Place, Recipients,
    Signature, StatedReport, Symbol, TaskReport,
};
use crate::finding::Location;
use crate::form::{escape_segment, Field, Invalid, ReportForm};
use crate::reader::parts::parts_for;
use crate::reader::{DatePart, DocKind};
use crate::target::eval::{read_count, read_rate, Reading};
use crate::target::figures::Figure;
use crate::target::indicators::catalogue;

/// The model of a report form.
pub fn from_form<'r>(
    form: &ReportForm,
    registry: &'r crate::agency::Registry,
    today: Option<chrono::NaiveDate>,
) -> Model<'r> {
    let figures = form
        .indicators
        .ok()
        .into_iter()
        .flatten()
        .filter_map(|(key, value)| {
            let indicator = catalogue().get(key)?;
            let reading = if indicator.is_rate() {
                read_rate(Some(value))
            } else {
                read_count(Some(value))
            };
            (reading != Reading::Absent).then(|| Figure {
                indicator,
                reading,
                at: Location::Path(format!("/indicators/{}", escape_segment(key))),
                group: 0,
            })
        })
        .collect();
    let tasks = match &form.tasks {
        Field::Invalid(_) => None,
        tasks => Some(
            tasks
                .ok()
                .map_or(&[][..], Vec::as_slice)
                .iter()
                .map(|row| TaskReport {
                    reference: row.reference.ok().cloned(),
                    text: row.result.ok().cloned().unwrap_or_default(),
                })
                .collect(),
        ),
    };
    Model {
        kind: DocKind::Report,
        text: String::new(),
        medium: Medium::Form,
        header: header(form),
        signature: signature(form),
        recipients: recipients(form),
        figures,
        assessment: form.section("assessment").map(str::to_owned),
        assessment_at: Some(Location::Path("/sections/assessment".into())),
        agencies: super::agencies::from_form(form, registry, today),
        agency: form.agency.ok().map(|a| Located {
            text: a.clone(),
            at: Location::Path("/agency".into()),
        }),
        tasks,
        tasks_at: Location::Path("/tasks".into()),
        outline: outline(form),
        programme: false,
        citations: Vec::new(),
        percentages: Vec::new(),
        targets: Vec::new(),
        dates: None,
        report: report(form),
        field_dates: field_dates(form),
        shape: super::shape::shape(form),
    }
}

/// One item per section the form gives, in the order of the regime's parts.
fn outline(form: &ReportForm) -> Option<Outline> {
    if !form.is_object || matches!(form.sections, Field::Invalid(_)) {
        return None;
    }
    let mut items = Vec::new();
    for (part, spec) in parts_for(DocKind::Report).iter().enumerate() {
        let Some(key) = spec.form_key else {
            continue;
        };
        let problem = match form.section_field(key) {
            Some(Field::Ok(_)) => None,
            Some(Field::Invalid(i)) => Some(i.clone()),
            _ => continue,
        };
        items.push(Item {
            marker: None,
            title: spec.vi.to_owned(),
            parts: 1 << part,
            at: Location::Path(format!("/sections/{key}")),
            parent: None,
            children: Vec::new(),
            index: items.len(),
            has_content: true,
            problem,
        });
    }
    Some(Outline {
        roots: (0..items.len()).collect(),
        items,
        numbered: false,
        fallback: Location::Path("/sections".into()),
    })
}

/// The number, place and date fields.
fn header(form: &ReportForm) -> Header {
    fn fact<T, U>(
        form: &ReportForm,
        field: &Field<T>,
        pointer: &str,
        stated: impl Fn(&T) -> Option<U>,
    ) -> Fact<U> {
        let at = Location::Path(pointer.into());
        match field {
            _ if !form.is_object => Fact::Unknown,
            Field::Ok(v) => match stated(v) {
                Some(u) => Fact::Stated(u, at),
                None => Fact::Missing(at),
            },
            Field::Missing | Field::Empty => Fact::Missing(at),
            Field::Invalid(i) => Fact::Unreadable(at, i.clone()),
        }
    }
    let parts = |d: &chrono::NaiveDate| {
        use chrono::Datelike;
        Some(IssueDate {
            day: DatePart::Number(d.day()),
            month: DatePart::Number(d.month()),
            year: DatePart::Number(d.year().unsigned_abs()),
        })
    };
    let date = match &form.issued_on {
        // A date written right that does not exist: its parts, for the rule to judge.
        Field::Invalid(Invalid::ImpossibleDate(written)) if form.is_object => {
            let at = Location::Path("/issuedOn".into());
            match crate::form::date_numbers(written) {
                Some((day, month, year)) => Fact::Stated(
                    IssueDate {
                        day: DatePart::Number(day),
                        month: DatePart::Number(month),
                        year: DatePart::Number(year),
                    },
                    at,
                ),
                None => Fact::Unreadable(at, Invalid::ImpossibleDate(written.clone())),
            }
        }
        field => fact(form, field, "/issuedOn", parts),
    };
    Header {
        number: fact(form, &form.number, "/number", |written: &String| {
            let symbol = written.strip_prefix("Số:").unwrap_or(written).trim();
            Some(Symbol {
                symbol: symbol.to_owned(),
                prefix: "",
            })
        }),
        stated_kind: Some(DocKind::Report),
        place: fact(form, &form.place, "/place", |name: &String| {
            Some(Place {
                name: name.clone(),
                comma: true,
            })
        }),
        date,
        numeric_date: None,
        issued_at: vec![Location::Path("/issuedOn".into())],
    }
}

/// The period fields, when the report's type is known.
fn report(form: &ReportForm) -> Option<StatedReport> {
    let period = crate::period::report::ReportPeriod {
        report_type: *form.report_type.ok()?,
        year: form.year.ok().copied(),
        quarter: form.quarter.ok().copied(),
        period_from: form.period_from.ok().copied(),
        period_to: form.period_to.ok().copied(),
        issued_on: form.issued_on.ok().copied(),
    };
    let at = |p: &str| Location::Path(p.into());
    Some(StatedReport {
        period,
        kind_at: at("/reportType"),
        from_at: at("/periodFrom"),
        to_at: at("/periodTo"),
        date_at: at("/issuedOn"),
        window_at: ["/reportType", "/year", "/quarter"].map(at).to_vec(),
    })
}

/// The period's first and last day as given, whether or not they exist (a field of
/// the wrong type is F006's).
fn field_dates(form: &ReportForm) -> Vec<FieldDate> {
    use crate::period::{DateValue, YearRef};
    [
        ("/periodFrom", &form.period_from),
        ("/periodTo", &form.period_to),
    ]
    .into_iter()
    .filter_map(|(pointer, field)| {
        let (written, value) = match field {
            Field::Ok(d) => {
                use chrono::Datelike;
                let value = DateValue::Day {
                    day: d.day(),
                    month: d.month(),
                    year: YearRef::Stated(d.year()),
                };
                (crate::period::dates::format_date(*d), value)
            }
            Field::Invalid(Invalid::ImpossibleDate(w) | Invalid::Unreadable(w)) => {
                let value = match crate::form::date_numbers(w) {
                    Some((day, month, year)) => DateValue::Day {
                        day,
                        month,
                        year: YearRef::Stated(i32::try_from(year).unwrap_or(i32::MAX)),
                    },
                    None => DateValue::Unreadable,
                };
                (w.clone(), value)
            }
            _ => return None,
        };
        Some(FieldDate {
            name: crate::form::label(pointer),
            written,
            value,
            at: Location::Path(pointer.into()),
        })
    })
    .collect()
}

/// `/signer`: its authority and title as lines, the parts left out or unreadable.
fn signature(form: &ReportForm) -> Fact<Signature> {
    let at = |p: &str| Location::Path(p.into());
    let signer = match &form.signer {
        _ if !form.is_object => return Fact::Unknown,
        Field::Ok(s) => s,
        Field::Invalid(i) => return Fact::Unreadable(at("/signer"), i.clone()),
        Field::Missing | Field::Empty => return Fact::Missing(at("/signer")),
    };
    let mut lines = Vec::new();
    let mut unread = Vec::new();
    for (pointer, field) in [
        ("/signer/authority", &signer.authority),
        ("/signer/title", &signer.title),
        ("/signer/name", &signer.name),
    ] {
        match field {
            Field::Ok(text) if pointer != "/signer/name" => lines.push(Located {
                text: text.clone(),
                at: at(pointer),
            }),
            Field::Ok(_) => {}
            Field::Invalid(i) => unread.push((at(pointer), Some(i.clone()))),
            // The head signs with no authority line.
            Field::Missing | Field::Empty if pointer != "/signer/authority" => {
                unread.push((at(pointer), None))
            }
            Field::Missing | Field::Empty => {}
        }
    }
    let authority_at = signer
        .authority
        .ok()
        .is_none()
        .then(|| at("/signer/authority"));
    Fact::Stated(
        Signature {
            lines,
            authority_at,
            unread,
        },
        at("/signer"),
    )
}

/// `/recipients`, each without its dash.
fn recipients(form: &ReportForm) -> Fact<Recipients> {
    let at = Location::Path("/recipients".into());
    match &form.recipients {
        _ if !form.is_object => Fact::Unknown,
        Field::Ok(items) => Fact::Stated(
            Recipients {
                items: items
                    .iter()
                    .map(|(n, text)| Located {
                        text: crate::text::chars::trim_start_in(text, b"- ").to_owned(),
                        at: n.map_or(at.clone(), |n| Location::Path(format!("/recipients/{n}"))),
                    })
                    .collect(),
                at: at.clone(),
                end_at: at.clone(),
            },
            at,
        ),
        Field::Invalid(i) => Fact::Unreadable(at, i.clone()),
        Field::Missing | Field::Empty => Fact::Missing(at),
    }
}
