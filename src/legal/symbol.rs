//! A document's number and symbol as written (`193/QĐ-TTg`, `09/2019/NĐ-CP`, `138/CP`):
//! where one ends. Read by the citation finder and by the catalogue's data alike.

use crate::text::chars::is_alphanumeric;

/// The end of a number and symbol starting at `start` (a digit): digits, `/`, an
/// optional year and `/`, then a code of letters and digits joined by `-` or `/`
/// whose first letter is a capital. Spaces around `/` and `-` are tolerated where the
/// code that follows is plainly one (two capitals or more). Dates (`09/02/2021`) and
/// ratios (`19/20`) are not symbols.
pub fn symbol_at(text: &str, start: usize) -> Option<usize> {
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

pub(crate) fn skip_spaces(b: &[u8], mut i: usize) -> usize {
    while b.get(i).is_some_and(|&c| c == b' ' || c == b'\t') {
        i += 1;
    }
    i
}
