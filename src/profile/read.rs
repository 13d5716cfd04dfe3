//! Reading a profile from a plain value tree: JSON natively ([`Profile::from_json`]),
//! a plain JavaScript object in the browser (`options.profile`), both through
//! [`crate::form::Value`]. No serde here: the browser build carries no deserializer.
//!
//! The shape is that of `schemas/profile.schema.json`: unknown keys are an error (a
//! typo is caught), and a wrong value is named by its path (`reports[1].to.day`) and
//! described in Vietnamese and English words a person who wrote the JSON understands
//! (`must be a whole number from 0 to 255, not 300`; no Rust type names). What a value
//! means (days that exist, windows that run forward) is [`Profile::validate`]'s job,
//! not this reader's.

use crate::finding::Text;
use crate::form::Value;
use crate::json_text::quoted_short as quoted;
use crate::limits::native_vi;
use crate::messages;
use crate::period::{DayMonth, ReportKind, YearRef};
use crate::target::{Comparator, Importance};

use super::{PlanTask, Profile, Programme, ReportWindow, Target};

/// Why a value is not a profile: where (`reports[1].to.day`, `""` for the whole
/// profile) and what, in both languages.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ShapeError {
    pub path: String,
    pub what: Text,
}

/// What a value must be, in both languages: `một số` / `a number`.
type Expected = fn() -> Text;

const AN_OBJECT: Expected = messages::profile_an_object;
const A_STRING: Expected = messages::profile_a_text;
const A_LIST: Expected = messages::profile_a_list;
const A_BOOLEAN: Expected = messages::profile_true_or_false;
const A_NUMBER: Expected = messages::profile_a_number;
const A_WHOLE_NUMBER: Expected = messages::profile_a_whole_number;
const NULL_ONLY: Expected = messages::profile_null;

/// Where a value is in the profile, built on the stack as the reader descends and
/// written out only for an error.
#[derive(Clone, Copy)]
enum At<'a> {
    Root,
    Key(&'a At<'a>, &'a str),
    Index(&'a At<'a>, usize),
}

impl At<'_> {
    fn path(&self) -> String {
        match self {
            At::Root => String::new(),
            At::Key(parent, key) => {
                let mut p = parent.path();
                if !p.is_empty() {
                    p.push('.');
                }
                p.push_str(key);
                p
            }
            At::Index(parent, i) => format!("{}[{i}]", parent.path()),
        }
    }

    // The errors are built out of line (cold, never inlined): `object` and `list` are
    // generic, and a message formatted inline is copied into every instance (kilobytes
    // of wasm).
    #[cold]
    #[inline(never)]
    fn error(&self, what: Text) -> ShapeError {
        ShapeError {
            path: self.path(),
            // The browser shows the English alone (src/wasm/): the Vietnamese is the CLI's.
            what: Text {
                vi: native_vi!(what.vi),
                en: what.en,
            },
        }
    }

    /// `must be a text, not null`.
    #[cold]
    #[inline(never)]
    fn invalid_type(&self, value: &Value, expected: Expected) -> ShapeError {
        self.error(messages::profile_must_be(expected(), found(value)))
    }
}

type Read<T> = Result<T, ShapeError>;

/// What a wrong value is, in both languages: `the number 5`, `the text "1"`.
fn found(value: &Value) -> Text {
    match value {
        Value::Null => messages::profile_null(),
        Value::Bool(b) => messages::profile_found_value(b.to_string()),
        Value::Number(n) => messages::profile_found_number(crate::number::shown(*n)),
        Value::String(s) => messages::profile_found_text(quoted(s)),
        Value::Array(_) => messages::profile_found_list(),
        Value::Object(_) => messages::profile_found_object(),
    }
}

/// A number that is a whole number an `i64` holds exactly.
fn integer(n: f64) -> Option<i64> {
    const EXACT: f64 = 9_007_199_254_740_992.0; // 2^53
    (n.fract() == 0.0 && n.abs() <= EXACT).then_some(n as i64)
}

/// Names as a list to choose from: `"a", "b", "c"`.
fn names(names: &[&str]) -> String {
    let quoted: Vec<String> = names.iter().map(|n| format!("\"{n}\"")).collect();
    crate::text::join(&quoted, ", ")
}

/// The members of an object, each known. Calls `member` for each in order; then
/// `required` must all have been seen. Not generic: the walk is written once, not
/// once per kind of object.
fn object(
    value: &Value,
    at: &At,
    fields: &[&str],
    required: &[&str],
    member: &mut dyn FnMut(&str, &Value, &At) -> Read<()>,
) -> Read<()> {
    let Value::Object(members) = value else {
        return Err(at.invalid_type(value, AN_OBJECT));
    };
    for (i, (key, v)) in members.iter().enumerate() {
        let here = At::Key(at, key);
        if !fields.contains(&key.as_str()) {
            return Err(unknown_key(&here, key, fields));
        }
        // Only JSON can say a key twice.
        if members[..i].iter().any(|(k, _)| k == key) {
            return Err(key_error(at, key, KeyError::Twice));
        }
        member(key, v, &here)?;
    }
    if let Some(missing) = required
        .iter()
        .find(|r| !members.iter().any(|(k, _)| k == *r))
    {
        return Err(key_error(at, missing, KeyError::Missing));
    }
    Ok(())
}

#[cold]
#[inline(never)]
fn unknown_key(at: &At, key: &str, fields: &[&str]) -> ShapeError {
    at.error(messages::profile_unknown_key(quoted(key), names(fields)))
}

enum KeyError {
    Twice,
    Missing,
}

#[cold]
#[inline(never)]
fn key_error(at: &At, key: &str, error: KeyError) -> ShapeError {
    at.error(match error {
        KeyError::Twice => messages::profile_key_twice(key),
        KeyError::Missing => messages::profile_key_missing(key),
    })
}

fn string(value: &Value, at: &At) -> Read<String> {
    match value {
        Value::String(s) => Ok(s.clone()),
        _ => Err(at.invalid_type(value, A_STRING)),
    }
}

/// `null` as `None`, as serde reads an `Option`.
fn optional<T>(value: &Value, read: impl FnOnce(&Value) -> Read<T>) -> Read<Option<T>> {
    match value {
        Value::Null => Ok(None),
        v => read(v).map(Some),
    }
}

fn boolean(value: &Value, at: &At) -> Read<bool> {
    match value {
        Value::Bool(b) => Ok(*b),
        _ => Err(at.invalid_type(value, A_BOOLEAN)),
    }
}

fn float(value: &Value, at: &At) -> Read<f64> {
    match value {
        Value::Number(n) => Ok(*n),
        _ => Err(at.invalid_type(value, A_NUMBER)),
    }
}

/// A whole number in `low..=high`.
fn whole(value: &Value, at: &At, low: i64, high: i64) -> Read<i64> {
    match value {
        Value::Number(n) => match integer(*n) {
            Some(i) if (low..=high).contains(&i) => Ok(i),
            _ => Err(out_of_range(at, *n, low, high)),
        },
        _ => Err(at.invalid_type(value, A_WHOLE_NUMBER)),
    }
}

#[cold]
#[inline(never)]
fn out_of_range(at: &At, n: f64, low: i64, high: i64) -> ShapeError {
    at.error(messages::profile_not_in_range(
        low,
        high,
        crate::number::shown(n),
    ))
}

fn list<T>(value: &Value, at: &At, mut item: impl FnMut(&Value, &At) -> Read<T>) -> Read<Vec<T>> {
    let mut out = Vec::new();
    each(value, at, &mut |v, at| {
        out.push(item(v, at)?);
        Ok(())
    })?;
    Ok(out)
}

/// The walk of [`list`], written once for every kind of item (not once per kind).
fn each(value: &Value, at: &At, item: &mut dyn FnMut(&Value, &At) -> Read<()>) -> Read<()> {
    let Value::Array(items) = value else {
        return Err(at.invalid_type(value, A_LIST));
    };
    for (i, v) in items.iter().enumerate() {
        item(v, &At::Index(at, i))?;
    }
    Ok(())
}

/// One of a few names: `"half_year"`.
fn variant<T: Copy>(value: &Value, at: &At, variants: &[(&str, T)]) -> Read<T> {
    if let Value::String(s) = value {
        if let Some((_, v)) = variants.iter().find(|(n, _)| n == s) {
            return Ok(*v);
        }
    }
    let all: Vec<&str> = variants.iter().map(|(n, _)| *n).collect();
    Err(not_one_of(at, value, &all, None))
}

/// `must be one of "a", "b", not "c"`; `more` adds to the list (` or {"stated": year}`).
#[cold]
#[inline(never)]
fn not_one_of(at: &At, value: &Value, all: &[&str], more: Option<Text>) -> ShapeError {
    let given: messages::Arg = match value {
        Value::String(s) => quoted(s).into(),
        v => found(v).into(),
    };
    let more: messages::Arg = match more {
        Some(more) => more.into(),
        None => "".into(),
    };
    at.error(messages::profile_not_one_of(names(all), more, given))
}

const PROFILE_FIELDS: &[&str] = &[
    "name",
    "description",
    "reports",
    "programme",
    "receivingOffice",
    "extraAgencies",
    "targets",
    "tasks",
];

impl Profile {
    /// Reads a profile from a plain value (not validated: see [`Profile::validate`]).
    pub fn from_value(value: &Value) -> Result<Profile, ShapeError> {
        let mut p = Profile::named("");
        object(
            value,
            &At::Root,
            PROFILE_FIELDS,
            &["name"],
            &mut |key, v, at| {
                match key {
                    "name" => p.name = string(v, at)?,
                    "description" => p.description = string(v, at)?,
                    "reports" => p.reports = list(v, at, report_window)?,
                    "programme" => p.programme = optional(v, |v| programme(v, at))?,
                    "receivingOffice" => p.receiving_office = optional(v, |v| string(v, at))?,
                    "extraAgencies" => p.extra_agencies = optional(v, |v| string(v, at))?,
                    "targets" => p.targets = list(v, at, target)?,
                    _ => p.tasks = list(v, at, plan_task)?,
                }
                Ok(())
            },
        )?;
        Ok(p)
    }
}

fn report_window(value: &Value, at: &At) -> Read<ReportWindow> {
    let unset = DayMonth::new(0, 0, YearRef::Current);
    let mut w = ReportWindow {
        kind: ReportKind::AdHoc,
        quarter: None,
        from: unset,
        to: unset,
        deadline: None,
        deadline_inclusive: false,
    };
    object(
        value,
        at,
        &[
            "kind",
            "quarter",
            "from",
            "to",
            "deadline",
            "deadlineInclusive",
        ],
        &["kind", "from", "to"],
        &mut |key, v, at| {
            match key {
                "kind" => w.kind = variant(v, at, &ReportKind::NAMES)?,
                "quarter" => w.quarter = optional(v, |v| whole(v, at, 0, 255).map(|q| q as u8))?,
                "from" => w.from = day_month(v, at)?,
                "to" => w.to = day_month(v, at)?,
                "deadline" => w.deadline = optional(v, |v| day_month(v, at))?,
                _ => w.deadline_inclusive = boolean(v, at)?,
            }
            Ok(())
        },
    )?;
    Ok(w)
}

fn day_month(value: &Value, at: &At) -> Read<DayMonth> {
    let mut d = DayMonth::new(0, 0, YearRef::Current);
    object(
        value,
        at,
        &["day", "month", "year"],
        &["day", "month"],
        &mut |key, v, at| {
            let u32_max = i64::from(u32::MAX);
            match key {
                "day" => d.day = whole(v, at, 0, u32_max)? as u32,
                "month" => d.month = whole(v, at, 0, u32_max)? as u32,
                _ => d.year = year_ref(v, at)?,
            }
            Ok(())
        },
    )?;
    Ok(d)
}

/// The year of a profile's day and month: `"previous"`, `"current"`, `"next"` (the
/// other years a plan's text can state, `"missing"` and `{ "stated": 2026 }`, are
/// read too, and refused by [`Profile::validate`]).
fn year_ref(value: &Value, at: &At) -> Read<YearRef> {
    const UNIT: &[(&str, Option<YearRef>)] = &[
        ("stated", None),
        ("previous", Some(YearRef::Previous)),
        ("current", Some(YearRef::Current)),
        ("next", Some(YearRef::Next)),
        ("missing", Some(YearRef::Missing)),
    ];
    let (name, inner) = match value {
        Value::Object(members) if members.len() == 1 => (&members[0].0, Some(&members[0].1)),
        Value::String(s) => (s, None),
        _ => {
            let all: Vec<&str> = UNIT.iter().skip(1).map(|(n, _)| *n).collect();
            return Err(not_one_of(
                at,
                value,
                &all,
                Some(messages::profile_or_stated()),
            ));
        }
    };
    let unit = variant(&Value::String(name.clone()), at, UNIT)?;
    let here = At::Key(at, name);
    match (unit, inner) {
        (Some(y), None) => Ok(y),
        (Some(y), Some(v)) => match v {
            Value::Null => Ok(y),
            _ => Err(here.invalid_type(v, NULL_ONLY)),
        },
        (None, Some(v)) => Ok(YearRef::Stated(
            whole(v, &here, i32::MIN.into(), i32::MAX.into())? as i32,
        )),
        (None, None) => Err(here.error(messages::profile_year_needed())),
    }
}

fn programme(value: &Value, at: &At) -> Read<Programme> {
    let mut p = Programme { from: 0, to: 0 };
    object(
        value,
        at,
        &["from", "to"],
        &["from", "to"],
        &mut |key, v, at| {
            let year = whole(v, at, i32::MIN.into(), i32::MAX.into())? as i32;
            match key {
                "from" => p.from = year,
                _ => p.to = year,
            }
            Ok(())
        },
    )?;
    Ok(p)
}

const COMPARATORS: &[(&str, Comparator)] = &[
    (">", Comparator::Above),
    (">=", Comparator::AtLeast),
    ("<", Comparator::Below),
    ("<=", Comparator::AtMost),
];

const IMPORTANCES: &[(&str, Importance)] = &[
    ("high", Importance::High),
    ("medium", Importance::Medium),
    ("low", Importance::Low),
];

fn target(value: &Value, at: &At) -> Read<Target> {
    let mut t = Target {
        indicator: String::new(),
        comparator: Comparator::default(),
        value: 0.0,
        importance: Importance::default(),
        wording: None,
    };
    object(
        value,
        at,
        &["indicator", "comparator", "value", "importance", "wording"],
        &["indicator", "value"],
        &mut |key, v, at| {
            match key {
                "indicator" => t.indicator = string(v, at)?,
                "comparator" => {
                    t.comparator = optional(v, |v| variant(v, at, COMPARATORS))?.unwrap_or_default()
                }
                "value" => t.value = float(v, at)?,
                "importance" => {
                    t.importance = optional(v, |v| variant(v, at, IMPORTANCES))?.unwrap_or_default()
                }
                _ => t.wording = optional(v, |v| string(v, at))?,
            }
            Ok(())
        },
    )?;
    Ok(t)
}

fn plan_task(value: &Value, at: &At) -> Read<PlanTask> {
    let mut t = PlanTask {
        reference: String::new(),
        title: String::new(),
        lead: String::new(),
        partners: Vec::new(),
    };
    object(
        value,
        at,
        &["ref", "title", "lead", "partners"],
        &["ref", "lead"],
        &mut |key, v, at| {
            match key {
                "ref" => t.reference = string(v, at)?,
                "title" => t.title = optional(v, |v| string(v, at))?.unwrap_or_default(),
                "lead" => t.lead = string(v, at)?,
                _ => t.partners = optional(v, |v| list(v, at, string))?.unwrap_or_default(),
            }
            Ok(())
        },
    )?;
    Ok(t)
}
