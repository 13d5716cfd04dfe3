//! Character classes with fast paths for the characters Vietnamese text is made of.
//!
//! `char::is_alphanumeric` answers every letter outside Latin-1 by searching core's
//! Unicode tables (hundreds of instructions for `ệ`); the scanners ask it for every
//! character of a document. The Vietnamese letters all sit in a few Latin blocks
//! that are letters throughout, so those are answered by range; everything else
//! falls back to the standard library. A test checks every `char` against it.
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

/// Whether [`fold`] of `s` is `key`, without building the fold: for testing every
/// word of a text against a keyword.
pub fn fold_eq(s: &str, key: &str) -> bool {
    let mut want = key.chars();
    let mut pending_space = false;
    let mut started = false;
    for c in s.chars() {
        let p = plain_lower(c);
        if is_alphanumeric(p) {
            if pending_space && started && want.next() != Some(' ') {
                return false;
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
    fn agrees_with_the_standard_library_on_every_char() {
        for c in (0..=0x10ffff_u32).filter_map(char::from_u32) {
            assert_eq!(is_alphanumeric(c), c.is_alphanumeric(), "{c:?}");
        }
    }

    #[test]
    fn fold_eq_is_fold_then_compare() {
        let words = [
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
        ];
        for s in words {
            for key in ["luat", "bo", "de nghi", "so 5", "", "x2", "dz"] {
                assert_eq!(
                    fold_eq(s, key),
                    super::super::fold(s) == key,
                    "{s:?} {key:?}"
                );
            }
        }
    }
}
