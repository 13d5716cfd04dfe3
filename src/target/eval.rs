//! The evaluation engine for a report form's `/indicators`: each value read
//! tolerantly (numbers, or text as people type it: `"1.250"`, `"95%"`, `"90,5"`),
//! rates computed from their counts, declared rates compared with them within
//! rounding, and results compared with targets. The T rules only report what this
//! finds.

use super::figures::Figure;
use super::Target;
use super::{catalogue, number_text, percent, Comparator, Indicator};
use crate::finding::Location;
use crate::finding::Text;
use crate::form::value::Kind;
use crate::form::Value;
use crate::messages;

/// How far a declared rate may be from the computed one, in percentage points: a rate
/// rounded to a whole percent is within half a point.
pub const TOLERANCE: f64 = 0.5;

/// Why a value of `/indicators` cannot be used.
#[derive(Clone, Debug, PartialEq)]
pub enum Problem {
    /// Not a number nor text: what it is (a list, `true`).
    WrongType(Kind),
    /// Text that is not a number: `"mười"`.
    Unreadable(String),
    /// A count written as a percentage: `"95%"`.
    Percent(String),
    /// A count below zero.
    Negative(f64),
    /// A count with a fraction: `2,5`.
    NotWhole(f64),
    /// A rate outside 0–100.
    OutOfRange(f64),
}

/// One indicator's field as read.
#[derive(Clone, Debug, PartialEq)]
pub enum Reading {
    /// Missing, `null` or blank: the form does not report it.
    Absent,
    Bad(Problem),
    Value(f64),
}

impl Reading {
    pub fn value(&self) -> Option<f64> {
        match self {
            Reading::Value(v) => Some(*v),
            _ => None,
        }
    }
}

/// A number as given: a JSON number, or text read as people type it.
fn number(v: &Value) -> Result<Option<(f64, bool)>, Problem> {
    match v {
        Value::Null => Ok(None),
        // As typed text, at most 15 digits are read (crate::number): beyond them a
        // number is not what was written (1e23 is 99,999,999,999,999,991,611,392 as
        // a float), so it is unreadable either way.
        Value::Number(n) if n.is_finite() && n.abs() < 1e15 => Ok(Some((*n, false))),
        Value::Number(n) => Err(Problem::Unreadable(crate::number::shown(*n))),
        Value::String(s) => match crate::number::parse(s) {
            Ok(n) => Ok(Some((n.value, n.percent))),
            Err(crate::number::NumberError::Empty) => Ok(None),
            Err(crate::number::NumberError::Unreadable) => {
                Err(Problem::Unreadable(s.trim().to_owned()))
            }
        },
        other => Err(Problem::WrongType(other.kind())),
    }
}

/// Reads a count: a whole number of at least 0.
pub fn read_count(v: Option<&Value>) -> Reading {
    let Some(v) = v else {
        return Reading::Absent;
    };
    match number(v) {
        Ok(None) => Reading::Absent,
        Err(p) => Reading::Bad(p),
        Ok(Some((_, true))) => Reading::Bad(Problem::Percent(match v {
            Value::String(s) => s.trim().to_owned(),
            _ => String::new(),
        })),
        Ok(Some((n, false))) if n < 0.0 => Reading::Bad(Problem::Negative(n)),
        Ok(Some((n, false))) if n.fract() != 0.0 => Reading::Bad(Problem::NotWhole(n)),
        Ok(Some((n, false))) => Reading::Value(n),
    }
}

/// Reads a rate in percent, with or without `%`: 0–100.
pub fn read_rate(v: Option<&Value>) -> Reading {
    let Some(v) = v else {
        return Reading::Absent;
    };
    match number(v) {
        Ok(None) => Reading::Absent,
        Err(p) => Reading::Bad(p),
        Ok(Some((n, _))) if !(0.0..=100.0).contains(&n) => Reading::Bad(Problem::OutOfRange(n)),
        Ok(Some((n, _))) => Reading::Value(n),
    }
}

/// A rate computed from its counts.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Computed {
    pub part: f64,
    pub whole: f64,
    pub rate: f64,
}

impl Computed {
    /// `17/20 = 85%`.
    pub fn text(&self) -> Text {
        messages::target_computed(self.counts(), percent(self.rate))
    }

    /// `17/20`: the counts the rate comes from.
    pub fn counts(&self) -> Text {
        messages::target_counts(number_text(self.part, 0), number_text(self.whole, 0))
    }
}

/// A result to compare with a target: where it stands, and its value.
#[derive(Clone, Debug, PartialEq)]
pub struct Outcome {
    /// Where the finding goes: the rate when it is stated, else its part (or the
    /// count itself).
    pub at: Location,
    /// Other places the value comes from.
    pub related: Vec<Location>,
    pub value: f64,
    /// Computed from counts.
    pub computed: Option<Computed>,
}

/// The figures stated together (one group of [`Figure`]s), or the report's first
/// statement of each: what the T rules compare.
pub struct Indicators<'a> {
    /// At most one figure an indicator: the first.
    figures: Vec<&'a Figure>,
}

impl<'a> Indicators<'a> {
    /// The first figure of each indicator among `figures`.
    pub fn first_of_each(figures: impl IntoIterator<Item = &'a Figure>) -> Indicators<'a> {
        let mut out: Vec<&'a Figure> = Vec::new();
        for f in figures {
            if !out.iter().any(|o| std::ptr::eq(o.indicator, f.indicator)) {
                out.push(f);
            }
        }
        Indicators { figures: out }
    }

    /// Each group of `figures` on its own, in the order they come. Both readers give a
    /// group's figures together (a paragraph, a table, a form), so a group is a run.
    pub fn groups(figures: &'a [Figure]) -> Vec<Indicators<'a>> {
        figures
            .chunk_by(|a, b| a.group == b.group)
            .map(Indicators::first_of_each)
            .collect()
    }

    fn get(&self, id: &str) -> Option<&'a Figure> {
        self.figures.iter().copied().find(|f| f.indicator.id == id)
    }

    /// Where the figure of `id` stands.
    pub fn at(&self, id: &str) -> Option<Location> {
        self.get(id).map(|f| f.at.clone())
    }

    /// The figures, in the order they were stated.
    pub fn iter(&self) -> impl Iterator<Item = &'a Figure> + '_ {
        self.figures.iter().copied()
    }

    pub fn count(&self, id: &str) -> Reading {
        self.get(id).map_or(Reading::Absent, |f| f.reading.clone())
    }

    pub fn declared(&self, rate: &Indicator) -> Reading {
        self.count(rate.id)
    }

    /// The rate from its counts: both readable, a whole above 0, a part at most the
    /// whole (else T003 speaks).
    pub fn computed(&self, rate: &Indicator) -> Option<Computed> {
        let (part, whole) = rate.sides()?;
        let (part, whole) = (self.count(part).value()?, self.count(whole).value()?);
        (whole > 0.0 && part <= whole).then(|| Computed {
            part,
            whole,
            rate: part / whole * 100.0,
        })
    }

    /// The result of an indicator: for a rate, computed from its counts when they
    /// give one, else as declared; for a count, its value.
    pub fn outcome(&self, indicator: &Indicator) -> Option<Outcome> {
        match indicator.sides() {
            None => Some(Outcome {
                at: self.at(indicator.id)?,
                related: Vec::new(),
                value: self.count(indicator.id).value()?,
                computed: None,
            }),
            Some((part, whole)) => {
                let stated = self.get(indicator.id).map(|f| f.at.clone());
                let computed = self.computed(indicator);
                let value = match computed {
                    Some(c) => c.rate,
                    None => self.declared(indicator).value()?,
                };
                let sides = [self.at(part), self.at(whole)];
                let (at, related) = match stated {
                    Some(at) => (
                        at,
                        match computed {
                            Some(_) => sides.into_iter().flatten().collect(),
                            None => Vec::new(),
                        },
                    ),
                    None => {
                        let [part, whole] = sides;
                        (part?, whole.into_iter().collect())
                    }
                };
                Some(Outcome {
                    at,
                    related,
                    value,
                    computed,
                })
            }
        }
    }
}

/// Whether a declared rate agrees with the computed one within rounding.
pub fn agrees(declared: f64, computed: f64) -> bool {
    (declared - computed).abs() <= TOLERANCE + 1e-9
}

/// Whether `value` misses `target`.
pub fn misses(target: &Target, value: f64) -> bool {
    !target.comparator.holds(value, target.value)
}

/// The targets of `targets` whose indicators the form reports and misses, with the
/// result, in the profile's order.
pub fn missed<'t>(
    indicators: &Indicators,
    targets: &'t [Target],
) -> Vec<(&'t Target, &'static Indicator, Outcome)> {
    targets
        .iter()
        .filter_map(|t| {
            let indicator = catalogue().get(&t.indicator)?;
            let outcome = indicators.outcome(indicator)?;
            misses(t, outcome.value).then_some((t, indicator, outcome))
        })
        .collect()
}

/// The comparator's sense for a message: `chưa đạt` for a lower bound, `vượt` for an
/// upper one.
pub fn miss_words(comparator: Comparator) -> Text {
    if comparator.is_lower() {
        messages::target_short_of()
    } else {
        messages::target_over()
    }
}

/// The name of `indicator` with its first letter in upper case, in both languages.
pub fn capitalised_name(indicator: &Indicator) -> Text {
    let mut name = indicator.name();
    name.vi = capitalise(&name.vi);
    name.en = capitalise(&name.en);
    name
}

/// The first letter in upper case.
pub fn capitalise(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(c) => std::iter::once(crate::text::case::upper(c))
            .chain(chars)
            .collect(),
        None => String::new(),
    }
}

impl Problem {
    /// What is wrong, for the field of `indicator`.
    pub fn message(&self, indicator: &Indicator) -> Text {
        let name = capitalised_name(indicator);
        let what = if indicator.is_rate() {
            messages::target_a_percentage()
        } else {
            messages::target_a_number()
        };
        match self {
            Problem::WrongType(kind) => messages::target_wrong_type(name, what, kind.name()),
            Problem::Unreadable(s) => messages::target_unreadable(name, s, what),
            Problem::Percent(s) => messages::target_count_as_percent(name, s),
            Problem::Negative(n) => messages::target_negative(name, number_text(*n, 2)),
            Problem::NotWhole(n) => messages::target_not_whole(name, number_text(*n, 4)),
            Problem::OutOfRange(n) => messages::target_out_of_range(name, percent(*n)),
        }
    }

    pub fn hint(&self, indicator: &Indicator) -> Text {
        if indicator.is_rate() {
            messages::target_rate_hint()
        } else {
            messages::target_count_hint()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s(v: &str) -> Value {
        Value::String(v.into())
    }

    #[test]
    fn counts_as_typed() {
        assert_eq!(read_count(Some(&s("1.250"))), Reading::Value(1250.0));
        assert_eq!(read_count(Some(&Value::Number(4.0))), Reading::Value(4.0));
        assert_eq!(read_count(Some(&s(" "))), Reading::Absent);
        assert_eq!(read_count(Some(&Value::Null)), Reading::Absent);
        assert_eq!(read_count(None), Reading::Absent);
        assert_eq!(
            read_count(Some(&s("mười"))),
            Reading::Bad(Problem::Unreadable("mười".into()))
        );
        assert_eq!(
            read_count(Some(&Value::Number(-2.0))),
            Reading::Bad(Problem::Negative(-2.0))
        );
        assert_eq!(
            read_count(Some(&s("2,5"))),
            Reading::Bad(Problem::NotWhole(2.5))
        );
        assert_eq!(
            read_count(Some(&s("95%"))),
            Reading::Bad(Problem::Percent("95%".into()))
        );
        assert!(matches!(
            read_count(Some(&Value::Array(vec![]))),
            Reading::Bad(Problem::WrongType(Kind::List))
        ));
        assert!(matches!(
            read_count(Some(&Value::Bool(true))),
            Reading::Bad(Problem::WrongType(Kind::Boolean))
        ));
    }

    #[test]
    fn rates_as_typed() {
        assert_eq!(read_rate(Some(&s("95%"))), Reading::Value(95.0));
        assert_eq!(read_rate(Some(&s("90,5"))), Reading::Value(90.5));
        assert_eq!(read_rate(Some(&Value::Number(85.0))), Reading::Value(85.0));
        assert_eq!(
            read_rate(Some(&s("105%"))),
            Reading::Bad(Problem::OutOfRange(105.0))
        );
        assert_eq!(
            read_rate(Some(&Value::Number(-1.0))),
            Reading::Bad(Problem::OutOfRange(-1.0))
        );
    }

    #[test]
    fn computed_rates_and_rounding() {
        let figure = |id: &str, v: f64| Figure {
            indicator: catalogue().get(id).unwrap(),
            reading: Reading::Value(v),
            at: Location::Path(format!("/indicators/{id}")),
            group: 0,
        };
        let figures = [
            figure("tipsReceived", 20.0),
            figure("tipsResolved", 17.0),
            figure("tipsResolvedRate", 90.0),
        ];
        let ind = Indicators::first_of_each(&figures);
        let rate = catalogue().get("tipsResolvedRate").unwrap();
        let c = ind.computed(rate).unwrap();
        assert_eq!(c.rate, 85.0);
        assert_eq!(c.text().vi, "17/20 = 85%");
        assert!(!agrees(90.0, c.rate));
        assert!(agrees(94.0, 17.0 / 18.0 * 100.0));
        assert!(agrees(66.5, 2.0 / 3.0 * 100.0));
        let o = ind.outcome(rate).unwrap();
        assert_eq!(o.at, Location::Path("/indicators/tipsResolvedRate".into()));
        assert_eq!(o.value, 85.0);
        // no whole, no rate
        let zero = [figure("tipsReceived", 0.0), figure("tipsResolved", 0.0)];
        assert_eq!(Indicators::first_of_each(&zero).outcome(rate), None);
        // the first statement of each counts; groups keep their own
        let mut again = figure("tipsReceived", 19.0);
        again.group = 1;
        let two = [figures[0].clone(), again];
        assert_eq!(
            Indicators::first_of_each(&two).count("tipsReceived"),
            Reading::Value(20.0)
        );
        let groups = Indicators::groups(&two);
        assert_eq!(groups.len(), 2);
        assert_eq!(groups[1].count("tipsReceived"), Reading::Value(19.0));
    }
}
