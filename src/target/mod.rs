//! Targets and indicators (DESIGN §2.6): the counts and rates of the report form as
//! data ([`indicators`], `data/indicators.txt`), the comparator a target's wording
//! fixes, the national targets (`data/national-targets.txt`), the reading of a plan's
//! target sentences ([`read`]), the evaluation of a form's indicators against them
//! ([`eval`]) and the tasks a plan assigns ([`tasks`]).
//!
//! The model is a validation rule as in DHIS2: a left side, an operator and a right
//! side, with an importance. A target's left side is an indicator (a rate is its part
//! over its whole), its right side a value; a relation's sides are two counts.

pub mod eval;
pub mod figures;
pub mod indicators;
// The readers of data/indicators.txt and data/national-targets.txt: build.rs uses
// them; the tests check their errors.
#[cfg(test)]
pub(crate) mod indicators_data;
#[cfg(test)]
mod national_data;
pub mod read;
pub mod tasks;

use std::sync::OnceLock;

use serde::{Deserialize, Serialize};

use crate::finding::Text;
use crate::messages;

pub use indicators::{catalogue, Catalogue, Indicator, IndicatorKind, Relation};

/// A target (DESIGN §2.6), a validation rule in the manner of DHIS2: the indicator
/// (left side), the comparator (operator) and the value (right side), with an
/// importance. `{ "indicator": "tipsResolvedRate", "comparator": ">", "value": 90 }`
/// is `tỷ lệ giải quyết đạt trên 90%`.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Target {
    /// An id of `data/indicators.txt`: `tipsResolvedRate`, `casesTried`.
    pub indicator: String,
    /// `>` strictly above (`trên`), `>=` at least (`đạt`, the default), `<` strictly
    /// below (`dưới`), `<=` at most (`không quá`).
    pub comparator: Comparator,
    /// A rate in percent (`90`, `90.5`), or a count.
    pub value: f64,
    /// `high`, `medium` (the default) or `low`.
    pub importance: Importance,
    /// The words the target was read from, when it comes from a plan.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub wording: Option<String>,
}

/// The operator of a target: how the result must stand to the value.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Comparator {
    /// Strictly above: `trên 90%`, `hơn`, `vượt`.
    #[serde(rename = ">")]
    Above,
    /// At least: `đạt 90%`, a bare `90%`, `ít nhất`, `tối thiểu`, `không dưới`.
    #[serde(rename = ">=")]
    #[default]
    AtLeast,
    /// Strictly below: `dưới 5%`.
    #[serde(rename = "<")]
    Below,
    /// At most: `không quá 5%`, `tối đa`.
    #[serde(rename = "<=")]
    AtMost,
}

impl Comparator {
    pub fn symbol(self) -> &'static str {
        match self {
            Comparator::Above => ">",
            Comparator::AtLeast => ">=",
            Comparator::Below => "<",
            Comparator::AtMost => "<=",
        }
    }

    pub fn from_symbol(s: &str) -> Option<Comparator> {
        Some(match s {
            ">" => Comparator::Above,
            ">=" | "≥" => Comparator::AtLeast,
            "<" => Comparator::Below,
            "<=" | "≤" => Comparator::AtMost,
            _ => return None,
        })
    }

    /// Whether `result` meets a target of `value`.
    pub fn holds(self, result: f64, value: f64) -> bool {
        match self {
            Comparator::Above => result > value,
            Comparator::AtLeast => result >= value,
            Comparator::Below => result < value,
            Comparator::AtMost => result <= value,
        }
    }

    /// A lower bound (`>`, `>=`) rather than an upper one.
    pub fn is_lower(self) -> bool {
        matches!(self, Comparator::Above | Comparator::AtLeast)
    }

    /// Excludes the value itself.
    pub fn is_strict(self) -> bool {
        matches!(self, Comparator::Above | Comparator::Below)
    }

    /// The target in words: `trên 90%`, `tối thiểu 95%`, `100%`.
    pub fn phrase(self, value: &str) -> Text {
        self.phrase_of(Text::new(value, value))
    }

    /// The target in words, its value written in each language (`90,5%` / `90.5%`).
    pub fn phrase_of(self, value: Text) -> Text {
        match self {
            Comparator::Above => messages::target_above(value),
            Comparator::AtLeast if value.vi == "100%" && value.en == "100%" => value,
            Comparator::AtLeast => messages::target_at_least(value),
            Comparator::Below => messages::target_below(value),
            Comparator::AtMost => messages::target_at_most(value),
        }
    }
}

/// How much a target matters, as in DHIS2.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Importance {
    High,
    #[default]
    Medium,
    Low,
}

impl Importance {
    pub fn from_name(s: &str) -> Option<Importance> {
        Some(match s {
            "high" => Importance::High,
            "medium" => Importance::Medium,
            "low" => Importance::Low,
            _ => return None,
        })
    }
}

/// The values a target allows, as an interval: what two targets on one indicator
/// share, and whether one implies another.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Interval {
    /// The lower end and whether it is excluded.
    pub low: (f64, bool),
    /// The upper end and whether it is excluded.
    pub high: (f64, bool),
}

impl Interval {
    pub const ALL: Interval = Interval {
        low: (f64::NEG_INFINITY, false),
        high: (f64::INFINITY, false),
    };

    /// What `comparator value` allows.
    pub fn of(comparator: Comparator, value: f64) -> Interval {
        let strict = comparator.is_strict();
        if comparator.is_lower() {
            Interval {
                low: (value, strict),
                high: Interval::ALL.high,
            }
        } else {
            Interval {
                low: Interval::ALL.low,
                high: (value, strict),
            }
        }
    }

    pub fn intersect(self, other: Interval) -> Interval {
        let low = if other.low.0 > self.low.0 || (other.low.0 == self.low.0 && other.low.1) {
            other.low
        } else {
            self.low
        };
        let high = if other.high.0 < self.high.0 || (other.high.0 == self.high.0 && other.high.1) {
            other.high
        } else {
            self.high
        };
        Interval { low, high }
    }

    pub fn is_empty(self) -> bool {
        self.low.0 > self.high.0 || (self.low.0 == self.high.0 && (self.low.1 || self.high.1))
    }

    /// Whether every value of `self` is in `other`.
    pub fn within(self, other: Interval) -> bool {
        self.is_empty() || self.intersect(other) == self
    }
}

/// A number the Vietnamese way: `1.250`, `90,5`; at most `decimals` decimals, trailing
/// zeros dropped.
pub fn vi_number(value: f64, decimals: usize) -> String {
    format_number(value, decimals, '.', ',')
}

/// A number the English way: `1,250`, `90.5`.
pub fn en_number(value: f64, decimals: usize) -> String {
    format_number(value, decimals, ',', '.')
}

fn format_number(value: f64, decimals: usize, group: char, point: char) -> String {
    if !value.is_finite() {
        return crate::number::shown(value);
    }
    let text = crate::number::decimal::fixed(value.abs(), decimals);
    let (whole, fraction) = match text.split_once('.') {
        Some((w, f)) => (
            w.to_owned(),
            crate::text::chars::trim_end_in(f, b"0").to_owned(),
        ),
        None => (text.clone(), String::new()),
    };
    let mut out = String::new();
    if value < 0.0 && (whole.bytes().any(|b| b != b'0') || !fraction.is_empty()) {
        out.push('-');
    }
    let len = whole.len();
    for (i, c) in whole.chars().enumerate() {
        if i > 0 && (len - i) % 3 == 0 {
            out.push(group);
        }
        out.push(c);
    }
    if !fraction.is_empty() {
        out.push(point);
        out.push_str(&fraction);
    }
    out
}

/// A number in both languages: `1.250` / `1,250`.
pub fn number_text(value: f64, decimals: usize) -> Text {
    Text::new(vi_number(value, decimals), en_number(value, decimals))
}

/// A percentage in both languages: `90,5%` / `90.5%`.
pub fn percent(value: f64) -> Text {
    Text::new(
        format!("{}%", vi_number(value, 1)),
        format!("{}%", en_number(value, 1)),
    )
}

/// A target's value as it reads: a percentage for a rate, a number for a count.
pub fn value_text(indicator: Option<&Indicator>, value: f64) -> Text {
    match indicator.map(|i| &i.kind) {
        Some(IndicatorKind::Count) => number_text(value, 2),
        _ => percent(value),
    }
}

/// `trên 90%` / `above 90%` for a target.
pub fn target_phrase(target: &Target) -> Text {
    let indicator = catalogue().get(&target.indicator);
    target
        .comparator
        .phrase_of(value_text(indicator, target.value))
}

/// A national target as `build.rs` writes it from `data/national-targets.txt` (with
/// `src/target/national_data.rs`): no parser ships in the wasm.
struct National {
    indicator: &'static str,
    comparator: Comparator,
    value: f64,
    importance: Importance,
    wording: &'static str,
}

include!(concat!(env!("OUT_DIR"), "/national-targets.rs"));

/// The national targets (`data/national-targets.txt`), as the `national` profile
/// holds them.
pub fn national_targets() -> &'static [Target] {
    static TARGETS: OnceLock<Vec<Target>> = OnceLock::new();
    TARGETS.get_or_init(|| {
        NATIONAL
            .iter()
            .map(|n| Target {
                indicator: n.indicator.to_owned(),
                comparator: n.comparator,
                value: n.value,
                importance: n.importance,
                wording: Some(n.wording.to_owned()).filter(|w| !w.is_empty()),
            })
            .collect()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_the_vietnamese_way() {
        assert_eq!(vi_number(1250.0, 0), "1.250");
        assert_eq!(vi_number(90.5, 1), "90,5");
        assert_eq!(vi_number(85.0, 1), "85");
        assert_eq!(vi_number(94.444, 1), "94,4");
        assert_eq!(vi_number(1_250_000.25, 2), "1.250.000,25");
        assert_eq!(vi_number(-2.0, 0), "-2");
        assert_eq!(vi_number(-0.01, 1), "0");
        assert_eq!(en_number(1250.5, 1), "1,250.5");
        assert_eq!(percent(90.5).vi, "90,5%");
    }

    #[test]
    fn comparators() {
        assert!(Comparator::Above.holds(90.5, 90.0));
        assert!(!Comparator::Above.holds(90.0, 90.0));
        assert!(Comparator::AtLeast.holds(90.0, 90.0));
        assert!(Comparator::Below.holds(4.0, 5.0));
        assert!(!Comparator::AtMost.holds(5.5, 5.0));
        for c in [
            Comparator::Above,
            Comparator::AtLeast,
            Comparator::Below,
            Comparator::AtMost,
        ] {
            assert_eq!(Comparator::from_symbol(c.symbol()), Some(c));
            let json = serde_json::to_string(&c).unwrap();
            assert_eq!(json, format!("\"{}\"", c.symbol()));
        }
        assert_eq!(Comparator::Above.phrase("90%").vi, "trên 90%");
        assert_eq!(Comparator::AtLeast.phrase("100%").vi, "100%");
    }

    #[test]
    fn intervals() {
        let above90 = Interval::of(Comparator::Above, 90.0);
        let atleast90 = Interval::of(Comparator::AtLeast, 90.0);
        assert!(above90.within(atleast90));
        assert!(!atleast90.within(above90));
        assert!(Interval::of(Comparator::AtLeast, 95.0).within(above90));
        assert!(above90
            .intersect(Interval::of(Comparator::Below, 80.0))
            .is_empty());
        assert!(above90
            .intersect(Interval::of(Comparator::AtMost, 90.0))
            .is_empty());
        assert!(!atleast90
            .intersect(Interval::of(Comparator::AtMost, 90.0))
            .is_empty());
    }

    #[test]
    fn the_national_targets_are_the_data_read() {
        let is_indicator = |id: &str| catalogue().get(id).is_some();
        let read = national_data::parse(
            include_str!("../../data/national-targets.txt"),
            &is_indicator,
        )
        .unwrap();
        assert_eq!(read.len(), 6);
        assert_eq!(read.len(), national_targets().len());
        for (r, t) in read.iter().zip(national_targets()) {
            assert_eq!(r.indicator, t.indicator);
            assert_eq!(r.comparator, format!("Comparator::{:?}", t.comparator));
            assert_eq!(r.value, t.value);
            assert_eq!(r.importance, format!("Importance::{:?}", t.importance));
            assert_eq!(Some(r.wording.as_str()), t.wording.as_deref());
        }
        assert!(national_targets()
            .iter()
            .any(|t| t.indicator == "tipsResolvedRate" && t.comparator == Comparator::Above));
    }

    #[test]
    fn a_mistake_in_the_national_targets_is_named_by_its_line() {
        let is_indicator = |id: &str| catalogue().get(id).is_some();
        let err = |text: &str| national_data::parse(text, &is_indicator).err().unwrap();
        assert!(err("# note\nnoSuchRate >= 90 high")
            .contains("national-targets.txt:2: unknown indicator"));
        assert!(err("tipsResolvedRate => 90 high").contains("unknown comparator"));
        assert!(err("tipsResolvedRate >= ninety high").contains("not a number"));
        assert!(err("tipsResolvedRate >= 90. high").contains("not a number"));
        assert!(err("tipsResolvedRate >= 90 urgent").contains("unknown importance"));
        assert!(err("tipsResolvedRate >= 90").contains("expected"));
        let ok = national_data::parse("tipsResolvedRate >= 90.5 low | x", &is_indicator).unwrap();
        assert_eq!((ok[0].value, ok[0].importance), (90.5, "Importance::Low"));
        // The build's reader names the variants the checker's own readers give.
        for symbol in [">", ">=", "≥", "<", "<=", "≤"] {
            let line = format!("tipsResolvedRate {symbol} 90 medium");
            let row = &national_data::parse(&line, &is_indicator).unwrap()[0];
            let own = Comparator::from_symbol(symbol).unwrap();
            assert_eq!(row.comparator, format!("Comparator::{own:?}"), "{symbol}");
        }
        for name in ["high", "medium", "low"] {
            let line = format!("tipsResolvedRate >= 90 {name}");
            let row = &national_data::parse(&line, &is_indicator).unwrap()[0];
            let own = Importance::from_name(name).unwrap();
            assert_eq!(row.importance, format!("Importance::{own:?}"), "{name}");
        }
        for value in ["90", "90.5", "0.25", "100"] {
            let line = format!("tipsResolvedRate >= {value} medium");
            let row = &national_data::parse(&line, &is_indicator).unwrap()[0];
            assert_eq!(Some(row.value), crate::number::plain(value), "{value}");
        }
    }
}
