//! Reading a profile from a plain value tree: JSON natively ([`Profile::from_json`]),
//! a plain JavaScript object in the browser (`options.profile`), both through
//! [`crate::form::Value`]. No serde here: the browser build carries no deserializer.
//!
//! The shape is that of `schemas/profile.schema.json`: unknown keys are an error (a
//! typo is caught), and a wrong value is named by its path (`reports[1].to.day`) and
//! described in the words serde uses (`unknown variant `semester`, expected one of …`,
//! `invalid type: string "1", expected u8`, `missing field `name``), so that messages
//! read the same as when the profile was read by serde. What a value means (days that
//! exist, windows that run forward) is [`Profile::validate`]'s job, not this reader's.

use crate::form::Value;
use crate::period::{DayMonth, ReportKind, YearRef};
use crate::target::{Comparator, Importance};

use super::{PlanTask, Profile, Programme, ReportWindow, Target};

/// Why a value is not a profile: where (`reports[1].to.day`, `""` for the whole
/// profile) and what, in serde's words.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ShapeError {
    pub path: String,
    pub what: String,
}

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

    fn error(&self, what: String) -> ShapeError {
        ShapeError {
            path: self.path(),
            what,
        }
    }

    /// `invalid type: null, expected a string`.
    fn invalid_type(&self, value: &Value, expected: &str) -> ShapeError {
        self.error(format!(
            "invalid type: {}, expected {expected}",
            unexpected(value)
        ))
    }
}

type Read<T> = Result<T, ShapeError>;

/// What serde calls a value in `invalid type: …`.
fn unexpected(value: &Value) -> String {
    match value {
        Value::Null => "null".into(),
        Value::Bool(b) => format!("boolean `{b}`"),
        Value::Number(n) => match integer(*n) {
            Some(i) => format!("integer `{i}`"),
            None => format!("floating point `{}`", float_text(*n)),
        },
        Value::String(s) => format!("string {s:?}"),
        Value::Array(_) => "sequence".into(),
        Value::Object(_) => "map".into(),
    }
}

/// A float as serde shows it: `1.5`, `1e300` as `1000…0.0`.
fn float_text(n: f64) -> String {
    let s = crate::number::decimal::shortest(n);
    if n.is_finite() && !s.contains('.') {
        s + ".0"
    } else {
        s
    }
}

/// A number that is a whole number an `i64` holds exactly.
fn integer(n: f64) -> Option<i64> {
    const EXACT: f64 = 9_007_199_254_740_992.0; // 2^53
    (n.fract() == 0.0 && n.abs() <= EXACT).then_some(n as i64)
}

/// `expected one of `a`, `b`, `c``, `expected `a` or `b``, as serde lists names.
fn one_of(names: &[&str]) -> String {
    let quoted: Vec<String> = names.iter().map(|n| format!("`{n}`")).collect();
    match quoted.as_slice() {
        [] => "there are none".into(),
        [one] => format!("expected {one}"),
        [a, b] => format!("expected {a} or {b}"),
        _ => format!("expected one of {}", quoted.join(", ")),
    }
}

/// The members of a struct-like object, each known; `expected` is serde's name for
/// it (`struct Profile`). Calls `member` for each in order; then `required` must all
/// have been seen.
fn object(
    value: &Value,
    at: &At,
    expected: &str,
    fields: &[&str],
    required: &[&str],
    mut member: impl FnMut(&str, &Value, &At) -> Read<()>,
) -> Read<()> {
    let Value::Object(members) = value else {
        return Err(at.invalid_type(value, expected));
    };
    for (i, (key, v)) in members.iter().enumerate() {
        let here = At::Key(at, key);
        if !fields.contains(&key.as_str()) {
            return Err(here.error(format!("unknown field `{key}`, {}", one_of(fields))));
        }
        // Only JSON can say a key twice.
        if members[..i].iter().any(|(k, _)| k == key) {
            return Err(at.error(format!("duplicate field `{key}`")));
        }
        member(key, v, &here)?;
    }
    if let Some(missing) = required
        .iter()
        .find(|r| !members.iter().any(|(k, _)| k == *r))
    {
        return Err(at.error(format!("missing field `{missing}`")));
    }
    Ok(())
}

fn string(value: &Value, at: &At) -> Read<String> {
    match value {
        Value::String(s) => Ok(s.clone()),
        _ => Err(at.invalid_type(value, "a string")),
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
        _ => Err(at.invalid_type(value, "a boolean")),
    }
}

fn float(value: &Value, at: &At) -> Read<f64> {
    match value {
        Value::Number(n) => Ok(*n),
        _ => Err(at.invalid_type(value, "f64")),
    }
}

/// A whole number in `low..=high`; `name` is the Rust type serde names (`u8`).
fn whole(value: &Value, at: &At, name: &str, low: i64, high: i64) -> Read<i64> {
    match value {
        Value::Number(n) => match integer(*n) {
            Some(i) if (low..=high).contains(&i) => Ok(i),
            Some(i) => Err(at.error(format!("invalid value: integer `{i}`, expected {name}"))),
            None => Err(at.invalid_type(value, name)),
        },
        _ => Err(at.invalid_type(value, name)),
    }
}

fn list<T>(value: &Value, at: &At, mut item: impl FnMut(&Value, &At) -> Read<T>) -> Read<Vec<T>> {
    let Value::Array(items) = value else {
        return Err(at.invalid_type(value, "a sequence"));
    };
    items
        .iter()
        .enumerate()
        .map(|(i, v)| item(v, &At::Index(at, i)))
        .collect()
}

/// A unit-only enum written as its name: `"half_year"`.
fn variant<T: Copy>(value: &Value, at: &At, name: &str, variants: &[(&str, T)]) -> Read<T> {
    let Value::String(s) = value else {
        return Err(at.invalid_type(value, name));
    };
    variants
        .iter()
        .find(|(n, _)| n == s)
        .map(|(_, v)| *v)
        .ok_or_else(|| {
            let names: Vec<&str> = variants.iter().map(|(n, _)| *n).collect();
            at.error(format!("unknown variant `{s}`, {}", one_of(&names)))
        })
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
            "struct Profile",
            PROFILE_FIELDS,
            &["name"],
            |key, v, at| {
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

const REPORT_KINDS: &[(&str, ReportKind)] = &[
    ("quarter", ReportKind::Quarter),
    ("half_year", ReportKind::HalfYear),
    ("nine_month", ReportKind::NineMonth),
    ("annual", ReportKind::Annual),
    ("ad_hoc", ReportKind::AdHoc),
];

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
        "struct ReportWindow",
        &[
            "kind",
            "quarter",
            "from",
            "to",
            "deadline",
            "deadlineInclusive",
        ],
        &["kind", "from", "to"],
        |key, v, at| {
            match key {
                "kind" => w.kind = variant(v, at, "enum ReportKind", REPORT_KINDS)?,
                "quarter" => {
                    w.quarter = optional(v, |v| whole(v, at, "u8", 0, 255).map(|q| q as u8))?
                }
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
        "struct DayMonth",
        &["day", "month", "year"],
        &["day", "month"],
        |key, v, at| {
            let u32_max = i64::from(u32::MAX);
            match key {
                "day" => d.day = whole(v, at, "u32", 0, u32_max)? as u32,
                "month" => d.month = whole(v, at, "u32", 0, u32_max)? as u32,
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
        _ => return Err(at.invalid_type(value, "enum YearRef")),
    };
    let unit = variant(&Value::String(name.clone()), at, "enum YearRef", UNIT)?;
    let here = At::Key(at, name);
    match (unit, inner) {
        (Some(y), None) => Ok(y),
        (Some(y), Some(v)) => match v {
            Value::Null => Ok(y),
            _ => Err(here.invalid_type(v, "unit")),
        },
        (None, Some(v)) => {
            Ok(YearRef::Stated(
                whole(v, &here, "i32", i32::MIN.into(), i32::MAX.into())? as i32,
            ))
        }
        (None, None) => {
            Err(here.error("invalid type: unit variant, expected newtype variant".into()))
        }
    }
}

fn programme(value: &Value, at: &At) -> Read<Programme> {
    let mut p = Programme { from: 0, to: 0 };
    object(
        value,
        at,
        "struct Programme",
        &["from", "to"],
        &["from", "to"],
        |key, v, at| {
            let year = whole(v, at, "i32", i32::MIN.into(), i32::MAX.into())? as i32;
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
        "struct Target",
        &["indicator", "comparator", "value", "importance", "wording"],
        &["indicator", "value"],
        |key, v, at| {
            match key {
                "indicator" => t.indicator = string(v, at)?,
                "comparator" => {
                    t.comparator = optional(v, |v| variant(v, at, "enum Comparator", COMPARATORS))?
                        .unwrap_or_default()
                }
                "value" => t.value = float(v, at)?,
                "importance" => {
                    t.importance = optional(v, |v| variant(v, at, "enum Importance", IMPORTANCES))?
                        .unwrap_or_default()
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
        "struct PlanTask",
        &["ref", "title", "lead", "partners"],
        &["ref", "lead"],
        |key, v, at| {
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
