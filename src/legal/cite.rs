//! Citations of legal documents in a text: `Quyết định số 193/QĐ-TTg ngày 09/02/2021`,
//! `Nghị định 09/2019/NĐ-CP`, `Luật Phòng, chống mua bán người năm 2024`. One pass over
//! the text, a bounded look around each number and each word `Luật`; no regular
//! expressions, no panics.

use std::ops::Range;

use chrono::{Datelike, NaiveDate};

use super::catalogue::{catalogue, Catalogue, Kind};
use crate::text::chars::{alphanumeric_run_end, fold_eq, is_alphanumeric};
use crate::text::fold;
use crate::text::vietnamese::plain_lower;

/// A date written after a citation: `ngày 09/02/2021`, `ngày 7 tháng 1 năm 2026`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CitedDate {
    pub day: u32,
    pub month: u32,
    pub year: i32,
    /// The date itself, without `ngày`.
    pub span: Range<usize>,
}

impl CitedDate {
    /// The date, if it exists.
    pub fn date(&self) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(self.year, self.month, self.day)
    }

    pub fn is(&self, date: NaiveDate) -> bool {
        (self.day, self.month, self.year) == (date.day(), date.month(), date.year())
    }

    /// `09/02/2021`.
    pub fn display(&self) -> String {
        format!("{:02}/{:02}/{}", self.day, self.month, self.year)
    }
}

/// What a citation points at.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Reference {
    /// A number and symbol: `193/QĐ-TTg`, as written (spaces included).
    Number { text: String, span: Range<usize> },
    /// A law by its name: `Luật Phòng, chống mua bán người năm 2024`.
    Law {
        /// The catalogue's folded name: `phong chong mua ban nguoi`.
        name: String,
        /// From `Luật` to the end of the name.
        span: Range<usize>,
        /// The year written after the name, if any.
        year: Option<(i32, Range<usize>)>,
    },
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Citation {
    /// From the kind (or the number, when no kind is written) to the end of the date,
    /// year or number.
    pub span: Range<usize>,
    /// Written before the number, else implied by the symbol's type code.
    pub kind: Option<Kind>,
    /// Whether the span starts with the kind as written.
    pub kind_written: bool,
    pub reference: Reference,
    /// The date written right after it (`ngày …`), if any.
    pub date: Option<CitedDate>,
}

/// The citations in `text`, in order, with the law names of the built-in catalogue.
pub fn find_citations(text: &str) -> Vec<Citation> {
    find_citations_with(text, catalogue())
}

/// The citations in `text`, with the law names of `catalogue`.
pub fn find_citations_with(text: &str, catalogue: &Catalogue) -> Vec<Citation> {
    let mut out = Vec::new();
    find_numbers(text, &mut out);
    find_laws(text, &catalogue.law_names(), &mut out);
    out.sort_by_key(|c| (c.span.start, c.span.end));
    out
}

/// The words after a citation, to the end of its clause: where its subject is named.
pub fn context_after(text: &str, at: usize) -> &str {
    let at = floor(text, at);
    let rest = &text[at..];
    let mut end = floor(rest, rest.len().min(300));
    for (i, c) in rest[..end].char_indices() {
        let stop = match c {
            ';' | '\n' => true,
            '.' => rest[i + 1..].starts_with(' ') || i + 1 == rest.len(),
            _ => false,
        };
        if stop {
            end = i;
            break;
        }
    }
    &rest[..end]
}

fn floor(text: &str, mut i: usize) -> usize {
    i = i.min(text.len());
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

fn find_numbers(text: &str, out: &mut Vec<Citation>) {
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
fn next_digit(b: &[u8], from: usize) -> Option<usize> {
    next_byte(b, from, may_hold_digit, u8::is_ascii_digit)
}

/// The first `l` or `L` at or after byte `from` (the bytes whose lower case, `| 0x20`,
/// is `l`), looked for eight bytes at a time.
fn next_l(b: &[u8], from: usize) -> Option<usize> {
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
fn may_hold_digit(word: u64) -> bool {
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
    Kind::of_code(rest.split(['-', '/']).next()?)
}

/// The end of a number and symbol starting at `start` (a digit): digits, `/`, an
/// optional year and `/`, then a code of letters and digits joined by `-` or `/`
/// whose first letter is a capital. Spaces around `/` and `-` are tolerated where the
/// code that follows is plainly one (two capitals or more). Dates (`09/02/2021`) and
/// ratios (`19/20`) are not symbols.
pub(crate) fn symbol_at(text: &str, start: usize) -> Option<usize> {
    let b = text.as_bytes();
    let digits = b
        .get(start..)?
        .iter()
        .take_while(|c| c.is_ascii_digit())
        .count();
    if digits == 0 || digits > 5 {
        return None;
    }
    let i = start + digits;
    let j = skip_spaces(b, i);
    if b.get(j) != Some(&b'/') {
        return None;
    }
    let mut k = skip_spaces(b, j + 1);
    let mut spaced = j > i || k > j + 1;
    let year = b
        .get(k..k + 4)
        .is_some_and(|y| y.iter().all(u8::is_ascii_digit))
        && b.get(k + 4) == Some(&b'/');
    if year {
        let after = k + 5;
        spaced |= skip_spaces(b, after) > after;
        k = skip_spaces(b, after);
    }
    let first = segment(text, k)?;
    if !first.starts_upper || spaced && first.uppers < 2 {
        return None;
    }
    let mut end = first.end;
    let mut dashed = false;
    loop {
        let s = skip_spaces(b, end);
        match b.get(s) {
            Some(b'-') => {
                let t = skip_spaces(b, s + 1);
                let spaced = s > end || t > s + 1;
                match segment(text, t) {
                    Some(seg)
                        if !spaced || seg.starts_upper && seg.uppers >= 2 && seg.chars <= 10 =>
                    {
                        end = seg.end;
                        dashed = true;
                    }
                    _ => break,
                }
            }
            Some(b'/') if s == end => match segment(text, s + 1) {
                Some(seg) if seg.starts_upper => end = seg.end,
                _ => break,
            },
            _ => break,
        }
    }
    // Without a year the code is type and issuer (`QĐ-TTg`); `138/CP` is a name.
    (year || dashed).then_some(end)
}

struct Segment {
    end: usize,
    starts_upper: bool,
    uppers: usize,
    chars: usize,
}

/// A run of letters and digits at `at`.
fn segment(text: &str, at: usize) -> Option<Segment> {
    let rest = text.get(at..)?;
    let mut seg = Segment {
        end: at,
        starts_upper: false,
        uppers: 0,
        chars: 0,
    };
    for c in rest.chars() {
        if !is_alphanumeric(c) {
            break;
        }
        if seg.chars == 0 {
            seg.starts_upper = c.is_uppercase();
        }
        seg.uppers += usize::from(c.is_uppercase());
        seg.chars += 1;
        seg.end += c.len_utf8();
    }
    (seg.chars > 0).then_some(seg)
}

fn skip_spaces(b: &[u8], mut i: usize) -> usize {
    while b.get(i).is_some_and(|&c| c == b' ' || c == b'\t') {
        i += 1;
    }
    i
}

/// Spaces and the markdown emphasis that may sit inside a citation.
fn skip_soft(b: &[u8], mut i: usize) -> usize {
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
fn word_at(text: &str, at: usize) -> Option<(String, usize)> {
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

/// `Luật <name>` followed by `năm 2024`, `2024` or `ngày …`, for the names given.
fn find_laws(text: &str, names: &[&str], out: &mut Vec<Citation>) {
    if names.is_empty() {
        return;
    }
    let b = text.as_bytes();
    // Only short words can be `luật` or `bộ`.
    let is = |word: &str, key: &str| word.len() <= 8 && fold_eq(word, key);
    // A word that folds to `luat` starts with `l` or `L`: every letter or digit folds
    // to a letter or digit, and none outside ASCII to `l` (a test checks both). Those
    // two bytes are found eight bytes at a time.
    let mut from = 0;
    while let Some(start) = next_l(b, from) {
        from = start + 1;
        let after_word = text[..start]
            .chars()
            .next_back()
            .is_some_and(is_alphanumeric);
        if after_word {
            continue;
        }
        let end = alphanumeric_run_end(text, start);
        // A word that folds to `luat` ends in `t` or `T`, the only letters that fold
        // to `t` (as a test checks): most words starting with `l` are let go here.
        let word = &text[start..end];
        if !word.ends_with(['t', 'T'])
            || !is(word, "luat")
            || word_before(text, start).is_some_and(|w| is(w, "bo"))
        {
            continue;
        }
        for name in names {
            if let Some(name_end) = match_words(text, end, name) {
                if let Some(c) = law_citation(text, b, start, name_end, name) {
                    out.push(c);
                    break;
                }
            }
        }
    }
}

/// The word (run of letters and digits) nearest before byte `at`, if any.
fn word_before(text: &str, at: usize) -> Option<&str> {
    let before = text.get(..at)?;
    let end = before.trim_end_matches(|c| !is_alphanumeric(c)).len();
    let start = before[..end].trim_end_matches(is_alphanumeric).len();
    (start < end).then(|| &before[start..end])
}

fn law_citation(
    text: &str,
    b: &[u8],
    start: usize,
    name_end: usize,
    name: &str,
) -> Option<Citation> {
    let at = skip_soft(b, name_end);
    let (mut year, mut date) = (None, None);
    let end;
    if let Some((w, e)) = word_at(text, at) {
        if w == "nam" {
            let (y, ye) = year_at(text, skip_soft(b, e))?;
            year = Some((y, ye - 4..ye));
            end = ye;
        } else if w == "ngay" {
            let d = date_at(text, skip_soft(b, e))?;
            end = d.span.end;
            date = Some(d);
        } else {
            let (y, ye) = year_at(text, at)?;
            year = Some((y, at..ye));
            end = ye;
        }
    } else {
        return None;
    }
    Some(Citation {
        span: start..end,
        kind: Some(Kind::Luat),
        kind_written: true,
        reference: Reference::Law {
            name: name.to_owned(),
            span: start..name_end,
            year,
        },
        date,
    })
}

/// A year of four digits standing alone (not a date or a number that goes on).
fn year_at(text: &str, at: usize) -> Option<(i32, usize)> {
    let b = text.as_bytes();
    let digits = b
        .get(at..)?
        .iter()
        .take_while(|c| c.is_ascii_digit())
        .count();
    if digits != 4 {
        return None;
    }
    let end = at + 4;
    if matches!(b.get(end), Some(b'/' | b'-')) && b.get(end + 1).is_some_and(u8::is_ascii_digit) {
        return None;
    }
    let y: i32 = text[at..end].parse().ok()?;
    (1945..=2100).contains(&y).then_some((y, end))
}

/// The end of the words of `key` (folded, single spaces) read from `at`, over light
/// punctuation between them (`Phòng, chống`, `Phòng - chống`).
fn match_words(text: &str, at: usize, key: &str) -> Option<usize> {
    let mut i = at;
    for kw in key.split(' ') {
        let mut skipped = 0;
        loop {
            let c = text.get(i..)?.chars().next()?;
            if is_alphanumeric(c) {
                break;
            }
            if skipped >= 4 || !matches!(c, ' ' | '\t' | '\n' | ',' | '-' | '*' | '_') {
                return None;
            }
            skipped += 1;
            i += c.len_utf8();
        }
        let mut want = kw.chars();
        for c in text[i..].chars() {
            if !is_alphanumeric(c) {
                break;
            }
            if want.next() != Some(plain_lower(c)) {
                return None;
            }
            i += c.len_utf8();
        }
        if want.next().is_some() {
            return None;
        }
    }
    Some(i)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn next_l_is_the_first_l() {
        for v in 0..=255u8 {
            for lane in 0..8 {
                let mut word = [b'k', b'm', 0xcc, 0xec, b'K', b'M', b' ', 0x6c ^ 0x80];
                word[lane] = v;
                let want = matches!(v, b'l' | b'L').then_some(lane);
                assert_eq!(next_l(&word, 0), want, "{v:#x} in lane {lane}");
            }
        }
        let text = "Luật Phòng, chống mua bán người; lực lượng LLL và l".repeat(5);
        let b = text.as_bytes();
        for from in 0..=b.len() + 1 {
            let want = b
                .get(from..)
                .and_then(|rest| rest.iter().position(|&c| c == b'l' || c == b'L'))
                .map(|p| from + p);
            assert_eq!(next_l(b, from), want, "from {from}");
        }
    }

    #[test]
    fn next_digit_is_the_first_digit() {
        // Every byte value in every lane, among bytes that are nearly digits.
        for v in 0..=255u8 {
            for lane in 0..8 {
                let mut word = [b'/', b':', 0xb0, 0xb9, b'a', 0x30 | 0x80, b' ', b'/'];
                word[lane] = v;
                let want = v.is_ascii_digit().then_some(lane);
                assert_eq!(next_digit(&word, 0), want, "{v:#x} in lane {lane}");
                assert_eq!(may_hold_digit(u64::from_le_bytes(word)), want.is_some());
            }
        }
        let mut random = crate::testing::Lcg(11);
        let mut bytes = Vec::new();
        for _ in 0..2000 {
            let seed = random.next();
            bytes.push(match (seed >> 16) % 5 {
                0 => b'0' + (seed >> 8) as u8 % 10,
                _ => (seed >> 20) as u8,
            });
        }
        for from in 0..=bytes.len() + 1 {
            let want = bytes
                .get(from..)
                .and_then(|rest| rest.iter().position(u8::is_ascii_digit))
                .map(|p| from + p);
            assert_eq!(next_digit(&bytes, from), want, "from {from}");
        }
    }

    fn one(text: &str) -> Citation {
        let found = find_citations(text);
        assert_eq!(found.len(), 1, "{text}: {found:#?}");
        found.into_iter().next().unwrap()
    }

    fn number(c: &Citation) -> &str {
        match &c.reference {
            Reference::Number { text, .. } => text,
            Reference::Law { .. } => panic!("a law: {c:?}"),
        }
    }

    #[test]
    fn the_forms_of_a_citation() {
        let cases = [
            (
                "Quyết định số 33/QĐ-TTg ngày 07/01/2026",
                "Quyết định số 33/QĐ-TTg ngày 07/01/2026",
                Kind::QuyetDinh,
                "33/QĐ-TTg",
                Some("07/01/2026"),
            ),
            (
                "Thực hiện Quyết định số 193/QĐ-TTg, ngày 09/02/2021 của Thủ tướng",
                "Quyết định số 193/QĐ-TTg, ngày 09/02/2021",
                Kind::QuyetDinh,
                "193/QĐ-TTg",
                Some("09/02/2021"),
            ),
            (
                "sửa đổi Nghị quyết số 02/2019/NQ-HĐTP ngày 11/01/2019 của Hội đồng",
                "Nghị quyết số 02/2019/NQ-HĐTP ngày 11/01/2019",
                Kind::NghiQuyet,
                "02/2019/NQ-HĐTP",
                Some("11/01/2019"),
            ),
            (
                "Thực hiện Kế hoạch số 53/KH-BCĐ ngày 05/02/2025 của Ban",
                "Kế hoạch số 53/KH-BCĐ ngày 05/02/2025",
                Kind::KeHoach,
                "53/KH-BCĐ",
                Some("05/02/2025"),
            ),
            (
                "theo Nghị định 09/2019/NĐ-CP.",
                "Nghị định 09/2019/NĐ-CP",
                Kind::NghiDinh,
                "09/2019/NĐ-CP",
                None,
            ),
            (
                "Quyết định 793/QĐ-TTg ngày 10/5/2016",
                "Quyết định 793/QĐ-TTg ngày 10/5/2016",
                Kind::QuyetDinh,
                "793/QĐ-TTg",
                Some("10/05/2016"),
            ),
            (
                "Quyết định số 33/QĐ-TTg ngày 07 tháng 01 năm 2026 của",
                "Quyết định số 33/QĐ-TTg ngày 07 tháng 01 năm 2026",
                Kind::QuyetDinh,
                "33/QĐ-TTg",
                Some("07/01/2026"),
            ),
            (
                "Quyết định số 33/QĐ-TTg ngày 7 tháng 1 năm 2026",
                "Quyết định số 33/QĐ-TTg ngày 7 tháng 1 năm 2026",
                Kind::QuyetDinh,
                "33/QĐ-TTg",
                Some("07/01/2026"),
            ),
            (
                "QUYẾT ĐỊNH SỐ: 33/QĐ-TTg NGÀY 07/01/2026",
                "QUYẾT ĐỊNH SỐ: 33/QĐ-TTg NGÀY 07/01/2026",
                Kind::QuyetDinh,
                "33/QĐ-TTg",
                Some("07/01/2026"),
            ),
            (
                "Quyết định số 193 / QĐ-TTg ngày 09-02-2021",
                "Quyết định số 193 / QĐ-TTg ngày 09-02-2021",
                Kind::QuyetDinh,
                "193 / QĐ-TTg",
                Some("09/02/2021"),
            ),
            (
                "Quyết định số 193/QĐ - TTg ký ngày 09.02.2021",
                "Quyết định số 193/QĐ - TTg ký ngày 09.02.2021",
                Kind::QuyetDinh,
                "193/QĐ - TTg",
                Some("09/02/2021"),
            ),
            (
                "Quyết định số 193/QĐ-TTg ban hành ngày 09/02/2021",
                "Quyết định số 193/QĐ-TTg ban hành ngày 09/02/2021",
                Kind::QuyetDinh,
                "193/QĐ-TTg",
                Some("09/02/2021"),
            ),
            (
                "Kế hoạch số 19/KH-BCĐ138/CP ngày 15/01/2024",
                "Kế hoạch số 19/KH-BCĐ138/CP ngày 15/01/2024",
                Kind::KeHoach,
                "19/KH-BCĐ138/CP",
                Some("15/01/2024"),
            ),
            (
                "Quyết định\nsố 33/QĐ-TTg **ngày 07/01/2026**",
                "Quyết định\nsố 33/QĐ-TTg **ngày 07/01/2026",
                Kind::QuyetDinh,
                "33/QĐ-TTg",
                Some("07/01/2026"),
            ),
            (
                "Luật số 53/2024/QH15 ngày 28/11/2024",
                "Luật số 53/2024/QH15 ngày 28/11/2024",
                Kind::Luat,
                "53/2024/QH15",
                Some("28/11/2024"),
            ),
            (
                "Bộ luật Hình sự số 100/2015/QH13",
                "100/2015/QH13",
                Kind::Luat,
                "100/2015/QH13",
                None,
            ),
            (
                "Bộ luật số 100/2015/QH13",
                "Bộ luật số 100/2015/QH13",
                Kind::BoLuat,
                "100/2015/QH13",
                None,
            ),
        ];
        for (text, span, kind, num, date) in cases {
            let c = one(text);
            assert_eq!(&text[c.span.clone()], span, "{text}");
            assert_eq!(c.kind, Some(kind), "{text}");
            assert_eq!(number(&c), num, "{text}");
            assert_eq!(
                c.date.as_ref().map(CitedDate::display).as_deref(),
                date,
                "{text}"
            );
            if let Reference::Number { span, .. } = &c.reference {
                assert_eq!(&text[span.clone()], num);
            }
        }
    }

    #[test]
    fn the_kind_comes_from_the_code_when_not_written() {
        let c = one("căn cứ văn bản 193/QĐ-TTg ngày 09/02/2021");
        assert_eq!((c.kind, c.kind_written), (Some(Kind::QuyetDinh), false));
        assert_eq!(c.span.start, "căn cứ văn bản ".len());
        let c = one("theo 12/KH-UBND");
        assert_eq!(c.kind, Some(Kind::KeHoach));
        assert_eq!(one("số 5/XYZ-ABC").kind, None);
    }

    #[test]
    fn symbols_inside_longer_text() {
        let text = "Thực hiện Quyết định số 193/QĐ-TTg, ngày 09/02/2021 của Thủ tướng Chính phủ phê \
                    duyệt Chương trình; Kế hoạch số 53/KH-BCĐ ngày 05/02/2025 của Ban Chỉ đạo 138/CP \
                    và Nghị quyết số 02/2019/NQ-HĐTP của Hội đồng Thẩm phán (xem 45/2025/NĐ-CP).";
        let found: Vec<String> = find_citations(text)
            .iter()
            .map(|c| number(c).to_owned())
            .collect();
        assert_eq!(
            found,
            [
                "193/QĐ-TTg",
                "53/KH-BCĐ",
                "02/2019/NQ-HĐTP",
                "45/2025/NĐ-CP"
            ]
        );
    }

    #[test]
    fn no_false_matches_on_dates_ratios_or_words() {
        for text in [
            "từ ngày 15/12/2025 đến ngày 14/6/2026",
            "ĐẾN Số: 111  Ngày: 01/4/24",
            "đạt 19/20 vụ (95%), 1/2 số nạn nhân",
            "ngày 30/7 hằng năm",
            "giai đoạn 2021/2025",
            "Ban Chỉ đạo 138/CP",
            "tỷ lệ 3 / 4 vụ",
            "2026-06-14 và 14.6.2026",
            "mã A193/QĐ-TTg và x/QĐ",
            "12/ban hành",
            "123456/QĐ-TTg",
            "Bộ luật Hình sự năm 2015",
            "Luật Phòng, chống mua bán người và Trợ giúp pháp lý",
            "Luật Ngân sách nhà nước năm 2015",
        ] {
            let found = find_citations(text);
            assert!(found.is_empty(), "{text}: {found:#?}");
        }
        // `138/CP` alone is the steering committee's name, not a symbol with a kind.
        assert!(find_citations("Ban Chỉ đạo 138/CP").is_empty());
    }

    #[test]
    fn dates_that_do_not_follow_are_not_taken() {
        for text in [
            "Quyết định số 193/QĐ-TTg của Thủ tướng, ngày 09/02/2021",
            "Quyết định số 193/QĐ-TTg; ngày 09/02/2021",
            "Quyết định số 193/QĐ-TTg\nngày 09/02/2021",
            "Quyết định số 193/QĐ-TTg ngày 09/02/21",
            "Quyết định số 193/QĐ-TTg ngày 09/02/20210",
            "Quyết định số 193/QĐ-TTg ngày mai",
            "Quyết định số 193/QĐ-TTg ngày 9 tháng hai năm 2021",
        ] {
            let c = one(text);
            assert_eq!(c.date, None, "{text}");
            assert_eq!(&text[c.span.clone()], "Quyết định số 193/QĐ-TTg", "{text}");
        }
        let c = one("Quyết định số 193/QĐ-TTg ngày 31/02/2021");
        let d = c.date.unwrap();
        assert_eq!((d.display().as_str(), d.date()), ("31/02/2021", None));
    }

    #[test]
    fn laws_by_name_and_year() {
        let cases = [
            (
                "triển khai Luật Phòng, chống mua bán người năm 2024; tổ chức",
                "Luật Phòng, chống mua bán người năm 2024",
                Some(2024),
                None,
            ),
            (
                "Luật Phòng chống mua bán người 2011 và",
                "Luật Phòng chống mua bán người 2011",
                Some(2011),
                None,
            ),
            (
                "LUẬT PHÒNG, CHỐNG MUA BÁN NGƯỜI NĂM 2023",
                "LUẬT PHÒNG, CHỐNG MUA BÁN NGƯỜI NĂM 2023",
                Some(2023),
                None,
            ),
            (
                "Luật Phòng, chống mua bán người năm 2024, sửa đổi, bổ sung năm 2025",
                "Luật Phòng, chống mua bán người năm 2024",
                Some(2024),
                None,
            ),
            (
                "Luật Phòng, chống mua bán người ngày 28 tháng 11 năm 2024;",
                "Luật Phòng, chống mua bán người ngày 28 tháng 11 năm 2024",
                None,
                Some("28/11/2024"),
            ),
            (
                "Luật Phòng - chống mua bán người năm 2024",
                "Luật Phòng - chống mua bán người năm 2024",
                Some(2024),
                None,
            ),
        ];
        for (text, span, year, date) in cases {
            let c = one(text);
            assert_eq!(&text[c.span.clone()], span, "{text}");
            let Reference::Law { name, year: y, .. } = &c.reference else {
                panic!("{text}: {c:?}");
            };
            assert_eq!(name, "phong chong mua ban nguoi");
            assert_eq!(y.as_ref().map(|y| y.0), year, "{text}");
            assert_eq!(
                c.date.as_ref().map(CitedDate::display).as_deref(),
                date,
                "{text}"
            );
        }
        for text in [
            "Luật Phòng, chống mua bán người và các quy định",
            "Luật Phòng, chống mua bán người (sửa đổi) năm 2024",
            "Luật Phòng, chống mua bán người số 53/2024/QH15",
            "Luật Phòng, chống mua bán người năm nay",
            "Luật Phòng, chống mua bán người năm 1800",
            "Luật Phòng, chống mua bán người 2024/2025",
            "Bộ Luật Phòng, chống mua bán người năm 2024",
            "Luật Phòng, chống mua bán ngườii năm 2024",
        ] {
            let laws: Vec<_> = find_citations(text)
                .into_iter()
                .filter(|c| matches!(c.reference, Reference::Law { .. }))
                .collect();
            assert!(laws.is_empty(), "{text}: {laws:#?}");
        }
    }

    #[test]
    fn only_l_folds_to_l_and_letters_fold_to_letters() {
        // What find_laws relies on to look only at `l` and `L`.
        for c in (0..=0x10ffff_u32).filter_map(char::from_u32) {
            let plain = plain_lower(c);
            assert!(!is_alphanumeric(c) || is_alphanumeric(plain), "{c:?}");
            assert!(plain != 'l' || matches!(c, 'l' | 'L'), "{c:?}");
            assert!(plain != 't' || matches!(c, 't' | 'T'), "{c:?}");
        }
    }

    #[test]
    fn context_ends_with_the_clause() {
        let text =
            "193/QĐ-TTg ngày 09/02/2021 của Thủ tướng phê duyệt Chương trình 2021 - 2025; Kế hoạch";
        let end = text.find(" của").unwrap();
        assert_eq!(
            context_after(text, end),
            " của Thủ tướng phê duyệt Chương trình 2021 - 2025"
        );
        assert_eq!(context_after("a. b", 0), "a");
        assert_eq!(context_after("v.v. xong", 0), "v.v");
        assert_eq!(context_after("Ủy", 1), "Ủy");
    }

    #[test]
    fn never_panics_on_odd_input() {
        let samples = [
            "",
            "1",
            "1/",
            "1/Đ",
            "Luật",
            "Luật ",
            "số 1/Q-",
            "1 /",
            "1/ Q",
            "ngày",
            "Quyết định số",
            "1/2026/",
            "1/2026/Q",
            "193/QĐ-TTg ngày 1",
            "193/QĐ-TTg ngày 1 tháng",
            "193/QĐ-TTg ngày 1/2/",
            "Luật Phòng, chống mua bán người năm",
            "Luật Phòng, chống mua bán người ngày 1/1/",
            "ợ1/Ợ-Ợ ngàỵ 1/1/2020",
            "\u{301}1/QĐ",
            "1/QĐ-\u{301}",
            "Luật Phòng,,,,, chống",
        ];
        for s in samples {
            let _ = find_citations(s);
            for i in 0..=s.len() {
                let _ = context_after(s, i);
                if s.is_char_boundary(i) {
                    let _ = symbol_at(s, i);
                    let _ = date_at(s, i);
                }
            }
        }
    }
}
