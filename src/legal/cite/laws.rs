//! Citations of laws by name (`Luật Phòng, chống mua bán người năm 2024`): found from
//! the word `Luật`, their year or date after the name.

use super::*;

/// `Luật <name>` followed by `năm 2024`, `2024` or `ngày …`, for the names given.
pub(super) fn find_laws(text: &str, names: &[&str], out: &mut Vec<Citation>) {
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
        if !word.ends_with(&['t', 'T'][..])
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
