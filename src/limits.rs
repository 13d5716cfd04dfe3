//! The limits on what one check takes and gives, the same natively and in the browser.
//! Each is checked before the work it bounds, so that hostile or mistaken input gives a
//! clear error instead of exhausting memory (in the browser a wasm memory trap kills
//! the checker for the whole page). Real documents are far below them: a provincial
//! plan is 20–60 KB of text with a few dozen tasks and findings.

use crate::finding::{Finding, Lang, Severity, Text};
use crate::messages;

/// The Vietnamese words of an error that only the CLI shows (the browser's errors are
/// English, src/wasm/): built natively, an empty string in the wasm, which then
/// carries neither the words nor the code that formats them.
macro_rules! native_vi {
    ($words:expr) => {{
        #[cfg(not(target_arch = "wasm32"))]
        let words: String = $words;
        #[cfg(target_arch = "wasm32")]
        let words = String::new();
        words
    }};
}
pub(crate) use native_vi;

/// The longest text checked, in UTF-16 code units (characters as JavaScript counts
/// them, and the unit of findings' offsets): about 10,000 pages, some 300 times the
/// longest real plan; checking it takes a few seconds and well under 1 GB.
pub const MAX_TEXT: usize = 20_000_000;

/// The most items in one list, or members in one object, of a report form or profile
/// (a report has a few dozen tasks).
pub const MAX_ITEMS: usize = 10_000;

/// The most values (of any kind, at any depth) in one form or profile: 10,000 tasks of
/// about ten values each.
pub const MAX_VALUES: usize = 100_000;

/// The most findings one check returns; past it one info finding ([`MORE`]) says how
/// many more there are. Thousands of findings already mean the text is not a plan.
pub const MAX_FINDINGS: usize = 5_000;

/// The code of the finding that stands for the findings past [`MAX_FINDINGS`].
pub const MORE: &str = "X001";

/// The largest file the CLI reads (bytes): a UTF-16 text of [`MAX_TEXT`] units is
/// 40 MB.
pub const MAX_FILE_BYTES: u64 = 50_000_000;

/// Why an input is refused, in both languages, naming the limit.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Exceeded {
    pub vi: String,
    pub en: String,
}

impl std::fmt::Display for Exceeded {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.en)
    }
}

impl std::error::Error for Exceeded {}

/// A whole number with thousands separators, as people read it: `20.000.000` in
/// Vietnamese, `20,000,000` in English.
pub fn grouped(n: usize, separator: char) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, d) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(separator);
        }
        out.push(d);
    }
    out
}

/// The text's length in UTF-16 units when it is over [`MAX_TEXT`]; cheap for every
/// text under the limit in bytes (a UTF-16 unit takes at least one byte of UTF-8).
fn units_over(text: &str) -> Option<usize> {
    if text.len() <= MAX_TEXT {
        return None;
    }
    let units = text.encode_utf16().count();
    (units > MAX_TEXT).then_some(units)
}

/// Refuses a text longer than [`MAX_TEXT`].
pub fn check_text_length(text: &str) -> Result<(), Exceeded> {
    match units_over(text) {
        None => Ok(()),
        Some(units) => Err(text_too_long(units)),
    }
}

/// A whole number grouped as each language reads it: `20.000.000` / `20,000,000`.
fn grouped_text(n: usize) -> Text {
    Text::new(grouped(n, '.'), grouped(n, ','))
}

/// The error a message says: its Vietnamese kept natively only ([`native_vi`]); the
/// words themselves are data, in every build, as all messages are.
fn exceeded(message: Text) -> Exceeded {
    Exceeded {
        vi: native_vi!(message.vi),
        en: message.en,
    }
}

/// The error for a text of `units` UTF-16 units, over [`MAX_TEXT`].
pub fn text_too_long(units: usize) -> Exceeded {
    exceeded(messages::limits_text_too_long(
        grouped_text(units),
        grouped_text(MAX_TEXT),
    ))
}

/// The error for a list or object of `count` items, over [`MAX_ITEMS`].
pub fn too_many_items(count: usize) -> Exceeded {
    exceeded(messages::limits_too_many_items(
        grouped_text(count),
        grouped_text(MAX_ITEMS),
    ))
}

/// The error for a form or profile of more than [`MAX_VALUES`] values.
pub fn too_many_values() -> Exceeded {
    exceeded(messages::limits_too_many_values(grouped_text(MAX_VALUES)))
}

/// Keeps the first [`MAX_FINDINGS`] findings and replaces the rest by one info
/// finding, placed where the first left out was (so the order by position and code
/// holds: `X` sorts after every area letter), that says how many there are.
pub fn cap_findings(findings: &mut Vec<Finding>, lang: Lang) {
    if findings.len() <= MAX_FINDINGS {
        return;
    }
    let more = findings.len() - MAX_FINDINGS;
    let first = &findings[MAX_FINDINGS];
    let message = messages::x001_more_findings(grouped_text(more), grouped_text(MAX_FINDINGS));
    let hint = messages::x001_hint();
    let note = Finding {
        code: MORE,
        severity: Severity::Info,
        message: message.get(lang).to_owned(),
        message_en: message.en,
        line: first.line,
        column: first.column,
        start: first.start,
        end: first.end,
        path: first.path.clone(),
        hint: Some(hint.get(lang).to_owned()),
        suggestion: None,
        paragraph: first.paragraph,
        excerpt: first.excerpt.clone(),
    };
    findings.truncate(MAX_FINDINGS);
    findings.push(note);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_grouped() {
        assert_eq!(grouped(0, ','), "0");
        assert_eq!(grouped(999, ','), "999");
        assert_eq!(grouped(1000, '.'), "1.000");
        assert_eq!(grouped(20_000_000, ','), "20,000,000");
    }

    #[test]
    fn text_length_counts_utf16_units() {
        // Under the limit in bytes: accepted without counting.
        assert!(check_text_length("Kế hoạch").is_ok());
        // Over it in bytes but not in units (three bytes, one unit each).
        let wide = "ạ".repeat(MAX_TEXT / 2);
        assert!(wide.len() > MAX_TEXT);
        assert!(check_text_length(&wide).is_ok());
        let long = "a".repeat(MAX_TEXT + 1);
        let e = check_text_length(&long).unwrap_err();
        assert!(
            e.en.contains("20,000,001") && e.en.contains("20,000,000"),
            "{e}"
        );
        assert!(e.vi.contains("20.000.000"), "{}", e.vi);
    }
}
