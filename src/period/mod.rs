//! Dates, periods and the reporting regime: what the P rules read.
//!
//! [`dates`] reads every date of a text with its span; [`regime`] reads a plan's
//! reporting regime (report kinds, data windows, deadlines), its other deadlines and
//! campaigns, its year or programme period and its date of issue; [`windows`] holds
//! the national default data windows as data. The structures are plain data and
//! serialise, so that a profile can be derived from a plan.

pub mod dates;
pub mod regime;
pub mod report;
pub mod windows;

use serde::{Deserialize, Serialize};

use crate::finding::Text;
use crate::messages;
use crate::reader::Document;

pub use dates::{
    scan, CalendarDate, DateMention, DateValue, DayMonth, Form, Lead, Period, Scan, Validity,
    YearRef, YearSpan,
};
pub use regime::{Campaign, Deadline, Issued, Regime, ReportRule, Window};
pub use windows::{DefaultWindow, NATIONAL_WINDOWS};

/// The kinds of periodic report (DESIGN §4.4 `reportType`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ReportKind {
    Quarter,
    HalfYear,
    NineMonth,
    Annual,
    AdHoc,
}

const ROMAN: [&str; 4] = ["I", "II", "III", "IV"];

impl ReportKind {
    /// The names of the kinds in JSON (a form's `reportType`, a profile's `kind`).
    pub const NAMES: [(&'static str, ReportKind); 5] = [
        ("quarter", ReportKind::Quarter),
        ("half_year", ReportKind::HalfYear),
        ("nine_month", ReportKind::NineMonth),
        ("annual", ReportKind::Annual),
        ("ad_hoc", ReportKind::AdHoc),
    ];

    /// The kind named `name` in JSON: `half_year`.
    pub fn parse(name: &str) -> Option<ReportKind> {
        ReportKind::NAMES
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, kind)| *kind)
    }

    /// What the report is called: `quý I`, `6 tháng`, `năm`.
    pub fn name(self, quarter: Option<u8>) -> Text {
        let q = quarter
            .and_then(|q| ROMAN.get(usize::from(q).wrapping_sub(1)))
            .copied();
        match (self, q) {
            (ReportKind::Quarter, Some(q)) => messages::period_quarter(q),
            (ReportKind::Quarter, None) => messages::period_quarterly(),
            (ReportKind::HalfYear, _) => messages::period_half_year(),
            (ReportKind::NineMonth, _) => messages::period_nine_month(),
            (ReportKind::Annual, _) => messages::period_annual(),
            (ReportKind::AdHoc, _) => messages::period_ad_hoc(),
        }
    }
}

/// The dates of a document and the regime of the plan it is.
#[derive(Clone, Debug)]
pub struct Analysis {
    pub scan: Scan,
    pub regime: Regime,
    /// A report's kind, period and date as its text states them (reports only).
    pub report: Option<report::ReportText>,
}

/// Reads the dates and the regime of a document (`text` is the normalised text).
pub fn analyse(doc: &Document, text: &str) -> Analysis {
    let scan = scan(text);
    let regime = regime::read(doc, text, &scan);
    let report = match doc.kind {
        crate::reader::DocKind::Report => report::read(doc, text, &scan, &regime),
        crate::reader::DocKind::Plan => None,
    };
    Analysis {
        scan,
        regime,
        report,
    }
}
