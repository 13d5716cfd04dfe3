//! Numbers as people type them in Vietnamese (DESIGN §2.6): a dot groups thousands
//! (`1.250`), a comma marks decimals (`90,5`), a trailing `%` makes a rate. Typed the
//! international way (`90.5`, `1,250,000`) they are read too, where it is not
//! ambiguous. No exponents, no `NaN`, no infinities: what a person would not type is
//! unreadable.

pub mod decimal;

use crate::text::chars::rfind_ascii;

/// A number read from text.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Number {
    pub value: f64,
    /// Written with a `%`.
    pub percent: bool,
}

impl Number {
    /// Whether the value is a whole number (a count must be).
    pub fn is_whole(&self) -> bool {
        self.value.fract() == 0.0
    }
}

/// Why a text is not a number.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NumberError {
    /// Nothing but spaces.
    Empty,
    /// Something that is not a number as people write one.
    Unreadable,
}

/// The longest run of digits read: more is not a count or a rate anyone types, and
/// keeps the value exact in an `f64`.
const MAX_DIGITS: usize = 15;

/// Reads `text` as a number: `1.250`, `1 250`, `90,5%`, `-3`, `1.250,5`, `90.5 %`.
pub fn parse(text: &str) -> Result<Number, NumberError> {
    let trimmed = text.trim();
    if trimmed.is_empty() {
        return Err(NumberError::Empty);
    }
    let (body, percent) = match trimmed.strip_suffix('%') {
        Some(rest) => (rest.trim_end(), true),
        None => (trimmed, false),
    };
    let (negative, body) = match body.chars().next() {
        Some('-' | '−') => (
            true,
            body[body.chars().next().map_or(0, char::len_utf8)..].trim_start(),
        ),
        Some('+') => (false, body[1..].trim_start()),
        _ => (false, body),
    };
    let value = unsigned(body).ok_or(NumberError::Unreadable)?;
    let value = if negative { -value } else { value };
    Ok(Number {
        // `-0` is zero.
        value: if value == 0.0 { 0.0 } else { value },
        percent,
    })
}

/// An unsigned number with at most one decimal mark and groups of three digits.
fn unsigned(body: &str) -> Option<f64> {
    if body.is_empty() || !body.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    if !body
        .chars()
        .all(|c| c.is_ascii_digit() || matches!(c, '.' | ',' | ' ' | '\u{a0}' | '\u{202f}'))
    {
        return None;
    }
    let last_dot = rfind_ascii(body, b'.');
    let last_comma = rfind_ascii(body, b',');
    let dots = body.matches('.').count();
    let commas = body.matches(',').count();
    // Which mark, if any, separates the decimals.
    let decimal = match (last_dot, last_comma) {
        (Some(d), Some(c)) => Some(if d > c { '.' } else { ',' }),
        // `90,5`, `0,25`; several commas group thousands (`1,250,000`).
        (None, Some(_)) => (commas == 1 && !grouped_after(body, ',')).then_some(','),
        // `1.250` groups thousands (the Vietnamese way); `90.5` is a decimal.
        (Some(_), None) => (dots == 1 && !grouped_after(body, '.')).then_some('.'),
        (None, None) => None,
    };
    let (whole, fraction) = match decimal {
        Some(mark) => {
            let at = rfind_ascii(body, mark as u8)?;
            (&body[..at], &body[at + 1..])
        }
        None => (body, ""),
    };
    if decimal.is_some() && (fraction.is_empty() || !fraction.bytes().all(|b| b.is_ascii_digit())) {
        return None;
    }
    let digits = grouped_digits(whole, decimal)?;
    digits_value(&digits, fraction)
}

/// A plain decimal, `90` or `90.5` (ASCII digits, at most 15), as `str::parse`
/// reads it.
pub fn plain(text: &str) -> Option<f64> {
    let (whole, fraction) = text.split_once('.').unwrap_or((text, ""));
    if whole.is_empty() || (text.contains('.') && fraction.is_empty()) {
        return None;
    }
    digits_value(whole, fraction)
}

/// The value of the digits `whole` and `fraction` (at most [`MAX_DIGITS`] in all):
/// the nearest `f64`, as `str::parse` gives it, without its tables (about 16 KB of
/// wasm). Exact: the digits as a whole number (below 10^15 < 2^53) and the power of
/// ten are exact in an `f64`, and one division rounds once.
fn digits_value(whole: &str, fraction: &str) -> Option<f64> {
    const TENS: [f64; MAX_DIGITS + 1] = [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
    ];
    if whole.len() + fraction.len() > MAX_DIGITS {
        return None;
    }
    let mut n: u64 = 0;
    for b in whole.bytes().chain(fraction.bytes()) {
        if !b.is_ascii_digit() {
            return None;
        }
        n = n * 10 + u64::from(b - b'0');
    }
    Some(n as f64 / TENS[fraction.len()])
}

/// Whether the only `mark` is followed by exactly three digits (a thousands group).
fn grouped_after(body: &str, mark: char) -> bool {
    rfind_ascii(body, mark as u8)
        .map(|at| &body[at + 1..])
        .is_some_and(|rest| rest.len() == 3 && rest.bytes().all(|b| b.is_ascii_digit()))
}

/// The digits of the whole part, checking that separators (any mark but the decimal
/// one, or spaces) group them in threes: `1.250.000`, `1 250`.
fn grouped_digits(whole: &str, decimal: Option<char>) -> Option<String> {
    let is_separator =
        |c: char| matches!(c, '.' | ',' | ' ' | '\u{a0}' | '\u{202f}') && Some(c) != decimal;
    let groups: Vec<&str> = whole.split(is_separator).collect();
    let first = groups.first()?;
    if first.is_empty() || !first.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    if groups.len() > 1 {
        // Grouped: 1–3 digits, then groups of exactly three, one kind of separator.
        let marks: Vec<char> = whole.chars().filter(|&c| is_separator(c)).collect();
        if first.len() > 3 || marks.windows(2).any(|w| w[0] != w[1]) {
            return None;
        }
        if groups[1..]
            .iter()
            .any(|g| g.len() != 3 || !g.bytes().all(|b| b.is_ascii_digit()))
        {
            return None;
        }
    }
    Some(groups.concat())
}

/// A number as JavaScript writes it, for messages: the shortest digits that read
/// back to it, `1e+23` from 1e21 up, and `Infinity`, `-Infinity`, `NaN` (not Rust's
/// `inf`), so that a value is quoted the same natively and in the browser. (Below
/// 1e-6 JavaScript writes `1e-7` where this writes `0.0000001`: no field takes such
/// numbers.)
pub fn shown(x: f64) -> String {
    match x {
        x if x.is_nan() => "NaN".into(),
        f64::INFINITY => "Infinity".into(),
        f64::NEG_INFINITY => "-Infinity".into(),
        // JavaScript's exponent form from 1e21 up (a whole number there), built from
        // the digits: core's `{:e}` would bring its float formatting into the wasm.
        x if x.abs() >= 1e21 => {
            let digits = decimal::shortest(x.abs());
            let exponent = digits.len() - 1;
            let d = crate::text::chars::trim_end_in(&digits, b"0");
            let point = if d.len() > 1 { "." } else { "" };
            let sign = if x < 0.0 { "-" } else { "" };
            format!("{sign}{}{point}{}e+{exponent}", &d[..1], &d[1..])
        }
        x => decimal::shortest(x),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_shown_as_javascript_writes_them() {
        // What String(x) gives in JavaScript.
        for (x, js) in [
            (1e23, "1e+23"),
            (99999999999999999999999.0, "1e+23"),
            (1e21, "1e+21"),
            (123456789012345680000.0, "123456789012345680000"),
            (-2.5e300, "-2.5e+300"),
            (0.000001, "0.000001"),
            (-2.5, "-2.5"),
            (0.0, "0"),
            (f64::INFINITY, "Infinity"),
            (f64::NEG_INFINITY, "-Infinity"),
            (f64::NAN, "NaN"),
        ] {
            assert_eq!(shown(x), js);
        }
    }

    fn value(s: &str) -> Option<(f64, bool)> {
        parse(s).ok().map(|n| (n.value, n.percent))
    }

    #[test]
    fn reads_vietnamese_and_international_forms() {
        let table: &[(&str, f64, bool)] = &[
            ("20", 20.0, false),
            (" 20 ", 20.0, false),
            ("1.250", 1250.0, false),
            ("1.250.000", 1_250_000.0, false),
            ("1 250", 1250.0, false),
            ("1\u{a0}250", 1250.0, false),
            ("1,250,000", 1_250_000.0, false),
            ("90,5", 90.5, false),
            ("90,5%", 90.5, true),
            ("90,5 %", 90.5, true),
            ("95%", 95.0, true),
            ("90.5", 90.5, false),
            ("1.250,5", 1250.5, false),
            ("1,250.5", 1250.5, false),
            ("0", 0.0, false),
            ("-0", 0.0, false),
            ("-3", -3.0, false),
            ("−3", -3.0, false),
            ("+7", 7.0, false),
            ("105%", 105.0, true),
        ];
        for &(text, v, percent) in table {
            assert_eq!(value(text), Some((v, percent)), "{text:?}");
        }
    }

    /// The digits are read as `str::parse` reads them, to the last bit.
    #[test]
    fn values_are_those_parse_gives() {
        let mut state: u64 = 0x2545_f491_4f6c_dd1d;
        for _ in 0..20_000 {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            let digits = format!("{}", state % 1_000_000_000_000_000);
            let split = (state >> 60) as usize % digits.len();
            let (w, f) = digits.split_at(split.max(1));
            let literal = if f.is_empty() {
                w.to_owned()
            } else {
                format!("{w}.{f}")
            };
            assert_eq!(plain(&literal), literal.parse::<f64>().ok(), "{literal}");
        }
        for text in [
            "90",
            "90.5",
            "0.1",
            "0.3",
            "999999999999999",
            "1.00000000000001",
        ] {
            assert_eq!(plain(text), text.parse::<f64>().ok(), "{text}");
        }
        for text in [
            "",
            ".5",
            "5.",
            "1e3",
            "-1",
            "+1",
            "1.2.3",
            "1234567890123456",
        ] {
            assert_eq!(plain(text), None, "{text}");
        }
    }

    #[test]
    fn refuses_what_people_do_not_type() {
        for text in [
            "abc",
            "NaN",
            "nan",
            "Infinity",
            "-Infinity",
            "1e309",
            "1e3",
            "12abc",
            "1..2",
            "1.2.3",
            "1.25.000",
            "1,2,3",
            "12.34,5.6",
            "%",
            "-",
            "1.",
            ".5",
            ",5",
            "1 25",
            "1.250 000",
            "0x10",
            "9999999999999999",
            "mười",
        ] {
            assert_eq!(parse(text), Err(NumberError::Unreadable), "{text:?}");
        }
        assert_eq!(parse(""), Err(NumberError::Empty));
        assert_eq!(parse("   "), Err(NumberError::Empty));
    }

    #[test]
    fn negative_zero_is_zero() {
        let n = parse("-0").unwrap();
        assert!(n.value == 0.0 && n.value.is_sign_positive());
    }

    #[test]
    fn whole_numbers() {
        assert!(parse("1.250").unwrap().is_whole());
        assert!(!parse("2,5").unwrap().is_whole());
    }
}
