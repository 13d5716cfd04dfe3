//! The report form of DESIGN §4.4 as typed fields, read tolerantly: numbers and dates
//! as people type them, empty and missing fields told apart, a wrong type kept as what
//! it was so that a rule can say so on that field.

use chrono::NaiveDate;

use super::value::{Kind, Value};
use crate::agency::Level;
use crate::period::ReportKind;

/// One field as read: absent, left empty, not what it should be, or a value.
#[derive(Clone, Debug, PartialEq)]
pub enum Field<T> {
    /// The key is not in the form.
    Missing,
    /// Present but null or blank.
    Empty,
    /// Present but not readable as what the field holds.
    Invalid(Invalid),
    Ok(T),
}

/// Why a field's value could not be read.
#[derive(Clone, Debug, PartialEq)]
pub enum Invalid {
    /// A value of the wrong kind: a list where text was due.
    WrongType(Kind),
    /// Text that is not a value of the field: `"mười"` for a year, `"6 tháng"` for
    /// `reportType`.
    Unreadable(String),
    /// A date written correctly that does not exist: `31/02/2026`.
    ImpossibleDate(String),
}

impl<T> Field<T> {
    pub fn ok(&self) -> Option<&T> {
        match self {
            Field::Ok(v) => Some(v),
            _ => None,
        }
    }

    /// Missing or empty: nothing was given.
    pub fn is_absent(&self) -> bool {
        matches!(self, Field::Missing | Field::Empty)
    }
}

/// The parts of a report's body (DESIGN §2.3), by their form keys.
pub const SECTION_KEYS: [&str; 5] = [
    "situation",
    "results",
    "assessment",
    "nextSteps",
    "proposals",
];

/// A row of `/tasks`: a task of the plan and what was done about it.
#[derive(Clone, Debug, PartialEq)]
pub struct TaskRow {
    /// Whether the row is an object at all.
    pub is_object: bool,
    /// The item of the plan (`II.5.2`).
    pub reference: Field<String>,
    pub lead: Field<String>,
    /// Each partner with its index in the list `/tasks/N/partners`, or `None` when
    /// the partners came as one text.
    pub partners: Field<Vec<(Option<usize>, String)>>,
    pub result: Field<String>,
}

/// `/signer`.
#[derive(Clone, Debug, PartialEq)]
pub struct Signer {
    /// `KT. GIÁM ĐỐC`, `TM. ỦY BAN NHÂN DÂN`; may be absent when the head signs.
    pub authority: Field<String>,
    pub title: Field<String>,
    pub name: Field<String>,
}

/// The report form, read.
#[derive(Clone, Debug, PartialEq)]
pub struct ReportForm {
    /// Whether the form is an object at all.
    pub is_object: bool,
    pub kind: Field<String>,
    pub report_type: Field<ReportKind>,
    pub year: Field<i32>,
    pub quarter: Field<u8>,
    pub agency: Field<String>,
    pub level: Field<Level>,
    pub number: Field<String>,
    pub place: Field<String>,
    pub issued_on: Field<NaiveDate>,
    pub period_from: Field<NaiveDate>,
    pub period_to: Field<NaiveDate>,
    /// `/sections` itself (an object), then each of [`SECTION_KEYS`].
    pub sections: Field<()>,
    pub section: [Field<String>; 5],
    /// `/indicators` itself; its members are read by the target rules, as typed.
    pub indicators: Field<Vec<(String, Value)>>,
    pub tasks: Field<Vec<TaskRow>>,
    pub signer: Field<Signer>,
    /// Each recipient with its index in the list, or `None` when the recipients came
    /// as one text (split into lines).
    pub recipients: Field<Vec<(Option<usize>, String)>>,
}

impl ReportForm {
    pub fn read(raw: &Value) -> ReportForm {
        let is_object = matches!(raw, Value::Object(_));
        let at = |key: &str| raw.get(key);
        let sections = object(at("sections"));
        let section = SECTION_KEYS.map(|k| text(at("sections").and_then(|s| s.get(k))));
        ReportForm {
            is_object,
            kind: text(at("kind")),
            report_type: read_with(at("reportType"), report_kind),
            year: read_with(at("year"), |v| whole(v, 1..=99_999).map(|y| y as i32)),
            quarter: read_with(at("quarter"), |v| whole(v, 1..=4).map(|q| q as u8)),
            agency: text(at("agency")),
            level: read_with(at("level"), level),
            number: text(at("number")),
            place: text(at("place")),
            issued_on: date(at("issuedOn")),
            period_from: date(at("periodFrom")),
            period_to: date(at("periodTo")),
            sections: sections.map(|_| ()),
            section,
            indicators: object(at("indicators")),
            tasks: list(at("tasks")).map(|items| items.iter().map(task).collect()),
            signer: match at("signer") {
                None => Field::Missing,
                Some(v) if v.is_blank() => Field::Empty,
                Some(v @ Value::Object(_)) => Field::Ok(Signer {
                    authority: text(v.get("authority")),
                    title: text(v.get("title")),
                    name: text(v.get("name")),
                }),
                Some(v) => wrong_type(v),
            },
            recipients: strings(at("recipients")),
        }
    }

    /// The field of the section `key` (one of [`SECTION_KEYS`]).
    pub fn section_field(&self, key: &str) -> Option<&Field<String>> {
        let i = SECTION_KEYS.iter().position(|k| *k == key)?;
        self.section.get(i)
    }

    /// The text of the section `key` (one of [`SECTION_KEYS`]).
    pub fn section(&self, key: &str) -> Option<&str> {
        self.section_field(key)?.ok().map(String::as_str)
    }
}

impl<T> Field<T> {
    fn map<U>(self, f: impl FnOnce(T) -> U) -> Field<U> {
        match self {
            Field::Missing => Field::Missing,
            Field::Empty => Field::Empty,
            Field::Invalid(i) => Field::Invalid(i),
            Field::Ok(v) => Field::Ok(f(v)),
        }
    }
}

fn wrong_type<T>(v: &Value) -> Field<T> {
    Field::Invalid(Invalid::WrongType(v.kind()))
}

/// Reads a present, non-blank value with `read`.
fn read_with<T>(v: Option<&Value>, read: impl FnOnce(&Value) -> Field<T>) -> Field<T> {
    match v {
        None => Field::Missing,
        Some(v) if v.is_blank() => Field::Empty,
        Some(v) => read(v),
    }
}

/// Text, trimmed.
fn text(v: Option<&Value>) -> Field<String> {
    read_with(v, |v| match v {
        Value::String(s) => Field::Ok(s.trim().to_owned()),
        other => wrong_type(other),
    })
}

fn object(v: Option<&Value>) -> Field<Vec<(String, Value)>> {
    read_with(v, |v| match v {
        Value::Object(members) => Field::Ok(members.clone()),
        other => wrong_type(other),
    })
}

fn list(v: Option<&Value>) -> Field<&[Value]> {
    match v {
        None => Field::Missing,
        Some(Value::Null) => Field::Empty,
        Some(Value::Array(items)) => Field::Ok(items.as_slice()),
        Some(other) => wrong_type(other),
    }
}

/// A list of texts, or one text of several lines (a textarea); blank items dropped.
fn strings(v: Option<&Value>) -> Field<Vec<(Option<usize>, String)>> {
    let items: Vec<(Option<usize>, String)> = match v {
        None => return Field::Missing,
        Some(Value::Null) => return Field::Empty,
        Some(Value::String(s)) => s.lines().map(|l| (None, l.trim().to_owned())).collect(),
        Some(Value::Array(items)) => {
            let mut out = Vec::new();
            for (i, item) in items.iter().enumerate() {
                match item {
                    Value::String(s) => out.push((Some(i), s.trim().to_owned())),
                    Value::Null => {}
                    other => return wrong_type(other),
                }
            }
            out
        }
        Some(other) => return wrong_type(other),
    };
    let items: Vec<_> = items.into_iter().filter(|(_, s)| !s.is_empty()).collect();
    if items.is_empty() {
        Field::Empty
    } else {
        Field::Ok(items)
    }
}

fn task(v: &Value) -> TaskRow {
    if !matches!(v, Value::Object(_)) {
        let bad = || Field::Invalid(Invalid::WrongType(v.kind()));
        return TaskRow {
            is_object: false,
            reference: bad(),
            lead: Field::Missing,
            partners: Field::Missing,
            result: Field::Missing,
        };
    }
    TaskRow {
        is_object: true,
        reference: text(v.get("ref")),
        lead: text(v.get("lead")),
        partners: strings(v.get("partners")),
        result: text(v.get("result")),
    }
}

/// A whole number in `range`, given as a number or as digits.
fn whole(v: &Value, range: std::ops::RangeInclusive<i64>) -> Field<i64> {
    let n = match v {
        Value::Number(n) => *n,
        Value::String(s) => match crate::number::parse(s) {
            Ok(n) if !n.percent => n.value,
            _ => return Field::Invalid(Invalid::Unreadable(s.trim().to_owned())),
        },
        other => return wrong_type(other),
    };
    if n.is_finite() && n.fract() == 0.0 && range.contains(&(n as i64)) {
        Field::Ok(n as i64)
    } else {
        Field::Invalid(Invalid::Unreadable(display_number(n)))
    }
}

/// A number as a person would read it back.
pub fn display_number(n: f64) -> String {
    if n.is_finite() && n.fract() == 0.0 && n.abs() < 1e15 {
        format!("{}", n as i64)
    } else {
        crate::number::shown(n)
    }
}

fn report_kind(v: &Value) -> Field<ReportKind> {
    choice(v, ReportKind::parse)
}

fn level(v: &Value) -> Field<Level> {
    choice(v, Level::parse)
}

/// One of a field's words (`half_year`, `province`), trimmed.
fn choice<T>(v: &Value, parse: fn(&str) -> Option<T>) -> Field<T> {
    let Value::String(s) = v else {
        return wrong_type(v);
    };
    let s = s.trim();
    match parse(s) {
        Some(t) => Field::Ok(t),
        None => Field::Invalid(Invalid::Unreadable(s.to_owned())),
    }
}

fn date(v: Option<&Value>) -> Field<NaiveDate> {
    read_with(v, |v| match v {
        Value::String(s) => read_date(s.trim()),
        other => wrong_type(other),
    })
}

/// `dd/mm/yyyy` (also with `-` or `.`, and one-digit days and months) or ISO
/// `yyyy-mm-dd`; a year of four digits.
pub fn read_date(s: &str) -> Field<NaiveDate> {
    let Some((day, month, year)) = date_numbers(s) else {
        return Field::Invalid(Invalid::Unreadable(s.to_owned()));
    };
    let year = year as i32;
    if !crate::period::dates::YEARS.contains(&year) || !(1..=12).contains(&month) || day == 0 {
        return Field::Invalid(Invalid::ImpossibleDate(s.to_owned()));
    }
    match NaiveDate::from_ymd_opt(year, month, day) {
        Some(d) => Field::Ok(d),
        None => Field::Invalid(Invalid::ImpossibleDate(s.to_owned())),
    }
}

/// The day, month and year a date of [`read_date`]'s forms writes, whether or not
/// the day exists.
pub fn date_numbers(s: &str) -> Option<(u32, u32, u32)> {
    let parts: Vec<&str> = s.split(&['/', '-', '.'][..]).collect();
    let [a, b, c] = parts.as_slice() else {
        return None;
    };
    let digits = |p: &str, lens: std::ops::RangeInclusive<usize>| {
        (lens.contains(&p.len()) && p.bytes().all(|b| b.is_ascii_digit()))
            .then(|| p.parse::<u32>().ok())
            .flatten()
    };
    let (year, month, day) = if a.len() == 4 && s.contains('-') {
        (digits(a, 4..=4), digits(b, 1..=2), digits(c, 1..=2))
    } else {
        (digits(c, 4..=4), digits(b, 1..=2), digits(a, 1..=2))
    };
    Some((day?, month?, year?))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn obj(members: &[(&str, Value)]) -> Value {
        Value::Object(
            members
                .iter()
                .map(|(k, v)| ((*k).to_owned(), v.clone()))
                .collect(),
        )
    }

    fn s(v: &str) -> Value {
        Value::String(v.into())
    }

    #[test]
    fn dates_as_typed() {
        let d = |y, m, d| Field::Ok(NaiveDate::from_ymd_opt(y, m, d).unwrap());
        assert_eq!(read_date("15/06/2026"), d(2026, 6, 15));
        assert_eq!(read_date("1/6/2026"), d(2026, 6, 1));
        assert_eq!(read_date("2026-06-14"), d(2026, 6, 14));
        assert_eq!(read_date("14-06-2026"), d(2026, 6, 14));
        assert_eq!(read_date("29/02/2028"), d(2028, 2, 29));
        for bad in [
            "31/02/2026",
            "29/02/2026",
            "00/01/2026",
            "12/13/2026",
            "1/1/0000",
        ] {
            assert!(
                matches!(read_date(bad), Field::Invalid(Invalid::ImpossibleDate(_))),
                "{bad}"
            );
        }
        for bad in ["15/06", "hôm nay", "15/06/26", "2026/06/15x", "1/1/99999"] {
            assert!(
                matches!(read_date(bad), Field::Invalid(Invalid::Unreadable(_))),
                "{bad}"
            );
        }
    }

    #[test]
    fn fields_missing_empty_wrong_or_read() {
        let form = ReportForm::read(&obj(&[
            ("reportType", s("half_year")),
            ("year", s("2026")),
            ("quarter", Value::Null),
            ("agency", Value::Number(3.0)),
            ("periodFrom", s("")),
            ("periodTo", s("14/06/2026")),
            ("recipients", s("Công an tỉnh\n\nLưu: VT")),
            ("extra", Value::Bool(true)),
        ]));
        assert_eq!(form.report_type, Field::Ok(ReportKind::HalfYear));
        assert_eq!(form.year, Field::Ok(2026));
        assert_eq!(form.quarter, Field::Empty);
        assert!(matches!(
            form.agency,
            Field::Invalid(Invalid::WrongType(Kind::Number))
        ));
        assert_eq!(form.period_from, Field::Empty);
        assert_eq!(form.number, Field::Missing);
        assert_eq!(
            form.recipients,
            Field::Ok(vec![
                (None, "Công an tỉnh".into()),
                (None, "Lưu: VT".into())
            ])
        );
    }

    #[test]
    fn a_form_that_is_not_an_object() {
        let form = ReportForm::read(&Value::Array(vec![]));
        assert!(!form.is_object);
        assert_eq!(form.report_type, Field::Missing);
    }
}
