//! Citations found from their numbers: a document's number and symbol (`193/QĐ-TTg`,
//! `09/2019/NĐ-CP`), the kind of document before it and the date after it; the
//! numbers are found eight bytes at a time.

use super::*;
use crate::legal::symbol::{skip_spaces, symbol_at};

pub(super) fn find_numbers(text: &str, out: &mut Vec<Citation>) {
    let b = text.as_bytes();
    let mut i = 0;
    while let Some(at) = next_digit(b, i) {
        i = at;
        let run_end = i + b[i..].iter().take_while(|c| c.is_ascii_digit()).count();
        let prev = text[..i].chars().next_back();
        let starts_word = !prev.is_some_and(|c| is_alphanumeric(c) || "/.,-".contains(c));
        let Some(end) = starts_word.then(|| symbol_at(text, i)).flatten() else {
            i = run_end;
            continue;
        };
        let (kind, kind_start) = match kind_before(text, i) {
            Some((k, at)) => (Some(k), Some(at)),
            None => (code_kind(&text[i..end]), None),
        };
        let date = date_after(text, end);
        let span_end = date.as_ref().map_or(end, |d| d.span.end);
        out.push(Citation {
            span: kind_start.unwrap_or(i)..span_end,
            kind,
            kind_written: kind_start.is_some(),
            reference: Reference::Number {
                text: text[i..end].to_owned(),
                span: i..end,
            },
            date,
        });
        i = end;
    }
}

/// The first ASCII digit at or after byte `from`. Most of a text is not digits: it is
/// passed over eight bytes at a time.
pub(super) fn next_digit(b: &[u8], from: usize) -> Option<usize> {
    next_byte(b, from, may_hold_digit, u8::is_ascii_digit)
}

/// The first `l` or `L` at or after byte `from` (the bytes whose lower case, `| 0x20`,
/// is `l`), looked for eight bytes at a time.
pub(super) fn next_l(b: &[u8], from: usize) -> Option<usize> {
    next_byte(b, from, may_hold_l, |c| c | 0x20 == b'l')
}

/// The first byte at or after `from` that `is`, passing over eight bytes at a time
/// those that `may_hold` says hold none.
fn next_byte(
    b: &[u8],
    mut from: usize,
    may_hold: fn(u64) -> bool,
    is: fn(&u8) -> bool,
) -> Option<usize> {
    while let Some(chunk) = b.get(from..from + 8) {
        let word = u64::from_le_bytes(<[u8; 8]>::try_from(chunk).ok()?);
        if may_hold(word) {
            if let Some(p) = chunk.iter().position(is) {
                return Some(from + p);
            }
        }
        from += 8;
    }
    let p = b.get(from..)?.iter().position(is)?;
    Some(from + p)
}

/// Whether any byte of `word` is `l` or `L`: a zero byte where the lower-cased byte
/// is `l` (the classic test for a zero byte, exact in telling whether there is one).
fn may_hold_l(word: u64) -> bool {
    const ONES: u64 = 0x0101_0101_0101_0101;
    let x = (word | (ONES * 0x20)) ^ (ONES * u64::from(b'l'));
    x.wrapping_sub(ONES) & !x & (ONES * 0x80) != 0
}

/// Whether any byte of `word` is an ASCII digit (0x30–0x39), all lanes at once: a
/// byte `v` below 0x80 has 185 - v ≥ 0x80 when v ≤ 0x39 and v + 80 ≥ 0x80 when
/// v ≥ 0x30, neither carrying into the next byte; bytes from 0x80 are masked off.
pub(super) fn may_hold_digit(word: u64) -> bool {
    const ONES: u64 = 0x0101_0101_0101_0101;
    let low = word & (ONES * 0x7f);
    ((ONES * 185 - low) & !word & (low + ONES * 80) & (ONES * 0x80)) != 0
}

/// The kind a symbol's type code implies: `193/QĐ-TTg` → Quyết định.
fn code_kind(symbol: &str) -> Option<Kind> {
    let compact: String = symbol.chars().filter(|c| !c.is_whitespace()).collect();
    let (_, rest) = compact.split_once('/')?;
    let rest = match rest.split_once('/') {
        Some((y, r)) if y.len() == 4 && y.bytes().all(|b| b.is_ascii_digit()) => r,
        _ => rest,
    };
    Kind::of_code(rest.split(&['-', '/'][..]).next()?)
}

/// Spaces and the markdown emphasis that may sit inside a citation.
pub(super) fn skip_soft(b: &[u8], mut i: usize) -> usize {
    while b
        .get(i)
        .is_some_and(|&c| matches!(c, b' ' | b'\t' | b'*' | b'_'))
    {
        i += 1;
    }
    i
}

/// The kind written before a number: `Quyết định số 193/…`, `Nghị định 09/…`,
/// `QUYẾT ĐỊNH SỐ: 33/…`; with its start.
fn kind_before(text: &str, at: usize) -> Option<(Kind, usize)> {
    // Up to three words back, over spaces, line ends, `:` and emphasis only, within
    // sixty characters.
    let mut words: Vec<Range<usize>> = Vec::new();
    let mut word: Option<Range<usize>> = None;
    let mut chars = text[..at].char_indices().rev();
    for _ in 0..=60 {
        let next = chars.next();
        if let Some((i, c)) = next.filter(|(_, c)| is_alphanumeric(*c)) {
            let end = word.as_ref().map_or(i + c.len_utf8(), |w| w.end);
            word = Some(i..end);
            continue;
        }
        if let Some(w) = word.take() {
            words.push(w);
            if words.len() == 3 {
                break;
            }
        }
        match next {
            Some((_, ' ' | '\t' | '\n' | ':' | '*' | '_')) => {}
            _ => break,
        }
    }
    let folded: Vec<String> = words.iter().map(|w| fold(&text[w.clone()])).collect();
    let skip = usize::from(folded.first().is_some_and(|w| w == "so"));
    for n in [2, 1] {
        let Some(phrase) = folded.get(skip..skip + n) else {
            continue;
        };
        let phrase: Vec<&str> = phrase.iter().rev().map(String::as_str).collect();
        let phrase = phrase.join(" ");
        if let Some(kind) = Kind::ALL.into_iter().find(|k| k.key() == phrase) {
            return Some((kind, words[skip + n - 1].start));
        }
    }
    None
}

/// A word (letters and digits) at `at`, folded; `None` when there is none or it is long.
pub(super) fn word_at(text: &str, at: usize) -> Option<(String, usize)> {
    let rest = text.get(at..)?;
    let len: usize = rest
        .chars()
        .take_while(|&c| is_alphanumeric(c))
        .take(12)
        .map(char::len_utf8)
        .sum();
    if len == 0 || rest[len..].chars().next().is_some_and(is_alphanumeric) {
        return None;
    }
    Some((fold(&rest[..len]), at + len))
}

/// `ngày 09/02/2021` (or `, ngày`, `ký ngày`, `ban hành ngày`) right after a citation.
fn date_after(text: &str, at: usize) -> Option<CitedDate> {
    let b = text.as_bytes();
    let mut i = skip_soft(b, at);
    if b.get(i) == Some(&b',') {
        i = skip_soft(b, i + 1);
    }
    let (mut word, mut end) = word_at(text, i)?;
    if word == "ky" {
        (word, end) = word_at(text, skip_soft(b, end))?;
    } else if word == "ban" {
        let (w, e) = word_at(text, skip_soft(b, end))?;
        if w != "hanh" {
            return None;
        }
        (word, end) = word_at(text, skip_soft(b, e))?;
    }
    if word != "ngay" {
        return None;
    }
    date_at(text, skip_soft(b, end))
}

/// `09/02/2021`, `9-2-2021`, `09.02.2021` or `7 tháng 1 năm 2026` at `at`.
pub(crate) fn date_at(text: &str, at: usize) -> Option<CitedDate> {
    let b = text.as_bytes();
    // A number of `min..=max` digits, not followed by another digit.
    let number = |i: usize, min: usize, max: usize| -> Option<(u32, usize)> {
        let n = b
            .get(i..)?
            .iter()
            .take_while(|c| c.is_ascii_digit())
            .count();
        if n < min || n > max {
            return None;
        }
        Some((text[i..i + n].parse().ok()?, i + n))
    };
    let (day, i) = number(at, 1, 2)?;
    let (month, year, end) = match b.get(i) {
        Some(&sep @ (b'/' | b'-' | b'.')) => {
            let (month, j) = number(i + 1, 1, 2)?;
            if b.get(j) != Some(&sep) {
                return None;
            }
            let (year, end) = number(j + 1, 4, 4)?;
            (month, year, end)
        }
        _ => {
            let (w, e) = word_at(text, skip_spaces(b, i))?;
            if w != "thang" {
                return None;
            }
            let (month, j) = number(skip_spaces(b, e), 1, 2)?;
            let (w, e) = word_at(text, skip_spaces(b, j))?;
            if w != "nam" {
                return None;
            }
            let (year, end) = number(skip_spaces(b, e), 4, 4)?;
            (month, year, end)
        }
    };
    Some(CitedDate {
        day,
        month,
        year: year as i32,
        span: at..end,
    })
}
