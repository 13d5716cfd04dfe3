//! Character classes with fast paths for the characters Vietnamese text is made of.
//!
//! `char::is_alphanumeric` answers every letter outside Latin-1 by searching core's
//! Unicode tables (hundreds of instructions for `ệ`); the scanners ask it for every
//! character of a document. The Vietnamese letters all sit in a few Latin blocks
//! that are letters throughout, so those are answered by range; everything else
//! falls back to the standard library. A test checks every `char` against it.

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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn agrees_with_the_standard_library_on_every_char() {
        for c in (0..=0x10ffff_u32).filter_map(char::from_u32) {
            assert_eq!(is_alphanumeric(c), c.is_alphanumeric(), "{c:?}");
        }
    }
}
