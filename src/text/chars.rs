//! Character classes with fast paths for the characters Vietnamese text is made of.
//!
//! `char::is_alphanumeric` answers every letter outside Latin-1 by searching core's
//! Unicode tables (hundreds of instructions for `ệ`); the scanners ask it for every
//! character of a document. The Vietnamese letters all sit in a few Latin blocks
//! that are letters throughout, so those are answered by range; everything else
//! falls back to the standard library. A test checks every `char` against it.
//!
//! Beside it, comparisons of a word with the [`fold`] of a keyword that do not build
//! the fold, for scanners that ask them of every word.
//!
//! [`fold`]: super::fold

use super::vietnamese::{combining_mark, plain_lower};

/// The same answer as [`char::is_alphanumeric`], quickly for Vietnamese text.
#[inline]
pub fn is_alphanumeric(c: char) -> bool {
    match c as u32 {
        0..=0x7f => c.is_ascii_alphanumeric(),
        // Latin-1 letters (but `×` and `÷`), Latin Extended-A and B: `Đ`, `ư`, `ơ`.
        0xc0..=0x24f => c != '×' && c != '÷',
        // Latin Extended Additional: the letters with tone marks (`ệ`, `Ở`).
        0x1e00..=0x1eff => true,
        // General Punctuation: quotes, dashes, ellipsis.
        0x2000..=0x206f => false,
        _ => c.is_alphanumeric(),
    }
}

/// Where the last `byte` (an ASCII character) stands in `s`: `str::rfind` for one
/// character, without the reverse searcher it brings into the wasm.
pub fn rfind_ascii(s: &str, byte: u8) -> Option<usize> {
    debug_assert!(byte.is_ascii());
    let mut i = s.len();
    while i > 0 {
        i -= 1;
        if s.as_bytes()[i] == byte {
            return Some(i);
        }
    }
    None
}

/// `s` without the ASCII characters of `set` at its end: `str::trim_end_matches` with
/// an array of characters, without a searcher for each size of array in the wasm. (An
/// ASCII byte is never part of another character, so the cut is on a boundary.)
pub fn trim_end_in<'a>(s: &'a str, set: &[u8]) -> &'a str {
    let mut end = s.len();
    while end > 0 && set.contains(&s.as_bytes()[end - 1]) {
        end -= 1;
    }
    &s[..end]
}

/// `s` without the ASCII characters of `set` at its start (see [`trim_end_in`]).
pub fn trim_start_in<'a>(s: &'a str, set: &[u8]) -> &'a str {
    let start = s.bytes().take_while(|b| set.contains(b)).count();
    &s[start..]
}

/// `s` without the ASCII characters of `set` at either end (see [`trim_end_in`]).
pub fn trim_in<'a>(s: &'a str, set: &[u8]) -> &'a str {
    trim_start_in(trim_end_in(s, set), set)
}

/// What follows the last `byte` (an ASCII character) of `s`; all of `s` without one:
/// `s.rsplit(byte as char).next()`.
pub fn after_last(s: &str, byte: u8) -> &str {
    rfind_ascii(s, byte).map_or(s, |i| &s[i + 1..])
}

/// The character at byte `i` of `text`, if one starts there; ASCII without decoding.
#[inline]
pub fn char_at(text: &str, i: usize) -> Option<char> {
    match *text.as_bytes().get(i)? {
        b if b.is_ascii() => Some(char::from(b)),
        _ => text.get(i..)?.chars().next(),
    }
}

/// The length in bytes of the character at byte `i` of `text` if it is a letter or
/// digit ([`is_alphanumeric`]), else 0 (also past the end or inside a character).
/// Told from its bytes for ASCII and the Vietnamese letters (U+00C0–U+023F and
/// U+1E00–U+1EFF), which scanners meet at every other byte; a test checks every
/// `char` against [`is_alphanumeric`].
#[inline(always)]
pub fn alphanumeric_len(text: &str, i: usize) -> usize {
    let bytes = text.as_bytes();
    match bytes.get(i) {
        Some(b) if b.is_ascii() => usize::from(b.is_ascii_alphanumeric()),
        // U+00C0–U+00FF: letters, but `×` (C3 97) and `÷` (C3 B7).
        Some(0xc3) => match bytes.get(i + 1) {
            Some(0x97 | 0xb7) => 0,
            _ => 2,
        },
        // U+0100–U+023F: Latin Extended-A and most of B, letters throughout.
        Some(0xc4..=0xc8) => 2,
        // U+1E00–U+1EFF: Latin Extended Additional (`ệ`, `Ở`).
        Some(0xe1) if matches!(bytes.get(i + 1), Some(0xb8..=0xbb)) => 3,
        _ => char_at(text, i)
            .filter(|&c| is_alphanumeric(c))
            .map_or(0, char::len_utf8),
    }
}

/// The end of the run of letters and digits that starts at byte `i` of `text`.
pub fn alphanumeric_run_end(text: &str, mut i: usize) -> usize {
    loop {
        match alphanumeric_len(text, i) {
            0 => return i,
            len => i += len,
        }
    }
}

/// Whether [`fold`](super::vietnamese::fold) of `s` is `key`, without building the fold: for testing every
/// word of a text against a keyword.
#[inline]
pub fn fold_eq(s: &str, key: &str) -> bool {
    !first_letter_differs(s, key) && fold_matches(s, key, false)
}

/// Whether [`fold`](super::vietnamese::fold) of `s` starts with `key`; reads `s` only as far as `key` goes,
/// so a long paragraph costs no more than its first words.
#[inline]
pub fn fold_starts_with(s: &str, key: &str) -> bool {
    !first_letter_differs(s, key) && fold_matches(s, key, true)
}

/// Whether [`fold`](super::vietnamese::fold) of `s` contains `key`, without building the fold. When the key
/// starts with a consonant other than `d` (`SELF_FOLDING`), that letter of the fold
/// comes from it in either case and nothing else (a test checks): a match can start
/// only where one of those two bytes stands, and from there the fold of the rest of
/// `s` is the rest of the fold. Other keys are looked for in the fold.
pub fn fold_contains(s: &str, key: &str) -> bool {
    let Some(&first) = key.as_bytes().first().filter(|b| SELF_FOLDING.contains(b)) else {
        return super::fold(s).contains(key);
    };
    let bytes = s.as_bytes();
    bytes.iter().enumerate().any(|(i, &b)| {
        b | 0x20 == first && s.get(i..).is_some_and(|rest| fold_starts_with(rest, key))
    })
}

/// Lower-case letters that fold from themselves and their capitals only.
const SELF_FOLDING: &[u8] = b"bcghklmnpqrstvx";

/// Whether the fold of `s` and a non-empty `key` differ in their first letter, told
/// from the first byte when it is an ASCII letter or digit: how most words fail. (An
/// ASCII letter or digit folds, and lower-cases, to itself in lower case.)
#[inline]
pub(crate) fn first_letter_differs(s: &str, key: &str) -> bool {
    match (s.as_bytes().first(), key.as_bytes().first()) {
        (Some(first), Some(want)) => {
            first.is_ascii_alphanumeric() && first.to_ascii_lowercase() != *want
        }
        _ => false,
    }
}

/// Produces the fold of `s` character by character, as [`fold`] does, and compares
/// it with `key` as it goes.
fn fold_matches(s: &str, key: &str, prefix: bool) -> bool {
    let mut want = key.chars().peekable();
    let mut pending_space = false;
    let mut started = false;
    for c in s.chars() {
        if prefix && want.peek().is_none() {
            return true;
        }
        let p = plain_lower(c);
        if is_alphanumeric(p) {
            if pending_space && started {
                if want.next() != Some(' ') {
                    return false;
                }
                if prefix && want.peek().is_none() {
                    return true;
                }
            }
            pending_space = false;
            started = true;
            if want.next() != Some(p) {
                return false;
            }
        } else if combining_mark(c).is_none() {
            pending_space = true;
        }
    }
    want.next().is_none()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn trimming_a_set_agrees_with_the_standard_library() {
        let texts = [
            "",
            ".",
            "Điều 3.",
            " - Sở Y tế; ",
            "**Đậm**",
            "ệ.,;",
            ".,ệ",
            "::",
        ];
        let sets: [&[u8]; 3] = [b".,", b" *", b" -:;"];
        for s in texts {
            for set in sets {
                let chars: Vec<char> = set.iter().map(|&b| char::from(b)).collect();
                let case = format!("{s:?} {set:?}");
                assert_eq!(
                    trim_end_in(s, set),
                    s.trim_end_matches(&chars[..]),
                    "{case}"
                );
                assert_eq!(
                    trim_start_in(s, set),
                    s.trim_start_matches(&chars[..]),
                    "{case}"
                );
                assert_eq!(trim_in(s, set), s.trim_matches(&chars[..]), "{case}");
            }
        }
    }

    #[test]
    fn rfind_ascii_agrees_with_the_standard_library() {
        let texts = [
            "",
            " ",
            "Sở Tư pháp",
            "a\nb\nc",
            "ệ ệ.",
            "1.250,5",
            "Điều 3.",
            "đ",
        ];
        for s in texts {
            for b in [b' ', b'\n', b'.', b','] {
                assert_eq!(rfind_ascii(s, b), s.rfind(char::from(b)), "{s:?} {b}");
                let after = s.rsplit(char::from(b)).next().unwrap_or("");
                assert_eq!(after_last(s, b), after, "{s:?} {b}");
            }
        }
    }

    #[test]
    fn agrees_with_the_standard_library_on_every_char() {
        for c in (0..=0x10ffff_u32).filter_map(char::from_u32) {
            assert_eq!(is_alphanumeric(c), c.is_alphanumeric(), "{c:?}");
        }
    }

    #[test]
    fn alphanumeric_len_agrees_with_is_alphanumeric_on_every_char() {
        for c in (0..=0x10ffff_u32).filter_map(char::from_u32) {
            let text = format!("{c}x");
            let want = if c.is_alphanumeric() { c.len_utf8() } else { 0 };
            assert_eq!(alphanumeric_len(&text, 0), want, "{c:?}");
            // Inside a character, or past the end: nothing.
            for i in 1..c.len_utf8() {
                assert_eq!(alphanumeric_len(&text, i), 0, "{c:?} at {i}");
            }
        }
        assert_eq!(alphanumeric_len("", 0), 0);
        assert_eq!(alphanumeric_run_end("Nghệ An, 2026", 0), "Nghệ".len());
    }

    #[test]
    fn self_folding_letters_fold_from_themselves_only() {
        for c in (0..=0x10ffff_u32).filter_map(char::from_u32) {
            let plain = plain_lower(c);
            if plain.is_ascii() && SELF_FOLDING.contains(&(plain as u8)) {
                assert_eq!(c.to_ascii_lowercase(), plain, "{c:?}");
            }
        }
    }

    #[test]
    fn fold_contains_is_fold_then_contains() {
        let alphabet = [
            "b", "B", "ao", "ẢO", " ", ":", "c", "C", "ậ", "\u{301}", "t", "Đ", "ư", "hiện", "-",
        ];
        let keys = [
            "bao cao",
            "bao",
            "to chuc thuc hien",
            "ke hoach",
            "c",
            "dao",
            "u",
        ];
        let mut random = crate::testing::Lcg(9);
        for _ in 0..4000 {
            let s = random.text(&alphabet, 4);
            let folded = super::super::fold(&s);
            for key in keys {
                assert_eq!(
                    fold_contains(&s, key),
                    folded.contains(key),
                    "{s:?} {key:?}"
                );
            }
        }
        assert!(fold_contains("Về BÁO CÁO định kỳ", "bao cao"));
        assert!(!fold_contains("Về báo, cáo", "bao  cao"));
    }

    #[test]
    fn fold_eq_and_fold_starts_with_are_fold_then_compare() {
        let texts = [
            "",
            "luật",
            "LUẬT",
            "Luật",
            "Lu\u{323}a\u{302}t",
            "luat ",
            " luat",
            "lu at",
            "lu-at",
            "lu\u{301}at",
            "“Luật”",
            "bộ",
            "Bộ",
            "Đề nghị:",
            "de nghi",
            "Số 5",
            "so5",
            "ǅ",
            "x²",
            "Nơi nhận:",
            "NƠI NHẬN",
            "Nơi  nhận",
            "Lưu: VT",
            "- Lưu",
            "de",
            "d e",
        ];
        let keys = [
            "luat", "bo", "de nghi", "so 5", "", "x2", "dz", "l", "de", "de ", "noi nhan",
        ];
        for s in texts {
            let folded = super::super::fold(s);
            for key in keys {
                assert_eq!(fold_eq(s, key), folded == key, "{s:?} {key:?}");
                let starts = fold_starts_with(s, key);
                assert_eq!(starts, folded.starts_with(key), "{s:?} {key:?}");
            }
        }
        // Random mixes, against every prefix of their own fold and its near misses.
        let alphabet = [
            "a", "Đ", "ề", " ", ":", "-", "\u{301}", "n", "ơ", "I", "ậ", "²", "ǅ", "*", "“",
        ];
        let mut random = crate::testing::Lcg(3);
        for _ in 0..3000 {
            let s = random.text(&alphabet, 4);
            let folded = super::super::fold(&s);
            for end in (0..=folded.len()).filter(|&e| folded.is_char_boundary(e)) {
                for key in [
                    &folded[..end],
                    &format!("{} ", &folded[..end]),
                    &format!("{}x", &folded[..end]),
                ] {
                    assert_eq!(fold_eq(&s, key), folded == *key, "{s:?} {key:?}");
                    let starts = fold_starts_with(&s, key);
                    assert_eq!(starts, folded.starts_with(key), "{s:?} {key:?}");
                }
            }
        }
    }
}
