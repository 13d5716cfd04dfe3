//! P rules: dates that do not exist, periods that run backwards, and a plan's
//! reporting regime, deadlines and campaigns against its data windows, its year or
//! programme period, and its date of issue.
pub mod p001_impossible_date;
pub mod p002_period_reversed;
pub mod p005_deadline_before_window_end;
pub mod p006_date_outside_plan;
pub mod p007_programme_period_mismatch;

use crate::period::Analysis;
use crate::rules::Context;

/// The dates and regime of the document under check, read once per check.
pub(crate) fn analyse<'c>(ctx: &'c Context) -> &'c Analysis {
    ctx.dates()
}

/// Text as written, its white space (a hard-wrapped line) collapsed.
pub(crate) fn written(text: &str, span: &std::ops::Range<usize>) -> String {
    text.get(span.clone())
        .unwrap_or("")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}
