//! The Vietnamese letters with their marks, as data: composing NFD input, folding
//! names and keywords to plain ASCII, and old versus new tone placement all read it.

/// Each row is one base letter (with its vowel modifier) under the six tones:
/// level, grave (huyền), acute (sắc), hook (hỏi), tilde (ngã), dot below (nặng).
pub(crate) const ROWS_LOWER: [&str; 12] = [
    "aàáảãạ",
    "ăằắẳẵặ",
    "âầấẩẫậ",
    "eèéẻẽẹ",
    "êềếểễệ",
    "iìíỉĩị",
    "oòóỏõọ",
    "ôồốổỗộ",
    "ơờớởỡợ",
    "uùúủũụ",
    "ưừứửữự",
    "yỳýỷỹỵ",
];
pub(crate) const ROWS_UPPER: [&str; 12] = [
    "AÀÁẢÃẠ",
    "ĂẰẮẲẴẶ",
    "ÂẦẤẨẪẬ",
    "EÈÉẺẼẸ",
    "ÊỀẾỂỄỆ",
    "IÌÍỈĨỊ",
    "OÒÓỎÕỌ",
    "ÔỒỐỔỖỘ",
    "ƠỜỚỞỠỢ",
    "UÙÚỦŨỤ",
    "ƯỪỨỬỮỰ",
    "YỲÝỶỸỴ",
];
/// For each row: its plain letter and vowel modifier.
const ROW_BASE: [(char, Modifier); 12] = [
    ('a', Modifier::None),
    ('a', Modifier::Breve),
    ('a', Modifier::Circumflex),
    ('e', Modifier::None),
    ('e', Modifier::Circumflex),
    ('i', Modifier::None),
    ('o', Modifier::None),
    ('o', Modifier::Circumflex),
    ('o', Modifier::Horn),
    ('u', Modifier::None),
    ('u', Modifier::Horn),
    ('y', Modifier::None),
];

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Modifier {
    None,
    Breve,
    Circumflex,
    Horn,
}

/// A combining mark that may follow a base letter in decomposed (NFD) text.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Mark {
    Tone(u8),
    Modifier(Modifier),
}

pub fn combining_mark(c: char) -> Option<Mark> {
    Some(match c {
        '\u{0300}' | '\u{0340}' => Mark::Tone(1),
        '\u{0301}' | '\u{0341}' => Mark::Tone(2),
        '\u{0309}' => Mark::Tone(3),
        '\u{0303}' => Mark::Tone(4),
        '\u{0323}' => Mark::Tone(5),
        '\u{0306}' => Mark::Modifier(Modifier::Breve),
        '\u{0302}' => Mark::Modifier(Modifier::Circumflex),
        '\u{031B}' => Mark::Modifier(Modifier::Horn),
        _ => return None,
    })
}

#[derive(Clone, Copy, Debug)]
struct Entry {
    row: u8,
    tone: u8,
    upper: bool,
}

/// The blocks every letter of the table falls in: ASCII letters, Latin-1 to Latin
/// Extended-B (`À` … `ư`) and Latin Extended Additional (`Ạ` … `ỹ`).
const ASCII: (u32, u32) = (0x41, 0x7A);
const LATIN: (u32, u32) = (0xC0, 0x1B0);
const EXTENDED: (u32, u32) = (0x1EA0, 0x1EF9);
const LETTERS: usize = 2 * 12 * 6;

/// The letters of the rows, indexed directly by code point within each block: this
/// look-up runs for every non-ASCII letter of every document. Built by the compiler.
struct Table {
    entries: [Entry; LETTERS],
    /// Per code point of each block: 1 + index in `entries`, or 0.
    ascii: [u8; (ASCII.1 - ASCII.0 + 1) as usize],
    latin: [u8; (LATIN.1 - LATIN.0 + 1) as usize],
    extended: [u8; (EXTENDED.1 - EXTENDED.0 + 1) as usize],
}

static TABLE: Table = build_table();

const fn build_table() -> Table {
    let mut t = Table {
        entries: [Entry {
            row: 0,
            tone: 0,
            upper: false,
        }; LETTERS],
        ascii: [0; (ASCII.1 - ASCII.0 + 1) as usize],
        latin: [0; (LATIN.1 - LATIN.0 + 1) as usize],
        extended: [0; (EXTENDED.1 - EXTENDED.0 + 1) as usize],
    };
    let mut n = 0;
    let mut upper = 0;
    while upper < 2 {
        let rows = if upper == 0 { &ROWS_LOWER } else { &ROWS_UPPER };
        let mut row = 0;
        while row < rows.len() {
            let bytes = rows[row].as_bytes();
            let (mut i, mut tone) = (0, 0);
            while i < bytes.len() {
                // The rows hold one- to three-byte UTF-8 letters.
                let (c, len) = match bytes[i] {
                    b if b < 0x80 => (b as u32, 1),
                    b if b < 0xE0 => (((b as u32 & 0x1F) << 6) | (bytes[i + 1] as u32 & 0x3F), 2),
                    b => (
                        ((b as u32 & 0x0F) << 12)
                            | ((bytes[i + 1] as u32 & 0x3F) << 6)
                            | (bytes[i + 2] as u32 & 0x3F),
                        3,
                    ),
                };
                t.entries[n] = Entry {
                    row: row as u8,
                    tone,
                    upper: upper == 1,
                };
                n += 1;
                if c >= EXTENDED.0 && c <= EXTENDED.1 {
                    t.extended[(c - EXTENDED.0) as usize] = n as u8;
                } else if c >= LATIN.0 && c <= LATIN.1 {
                    t.latin[(c - LATIN.0) as usize] = n as u8;
                } else if c >= ASCII.0 && c <= ASCII.1 {
                    t.ascii[(c - ASCII.0) as usize] = n as u8;
                } else {
                    panic!("a letter of the rows outside the blocks");
                }
                i += len;
                tone += 1;
            }
            row += 1;
        }
        upper += 1;
    }
    t
}

#[inline]
fn lookup(c: char) -> Option<Entry> {
    entry_index(c).and_then(|i| TABLE.entries.get(i)).copied()
}

/// The index in the table's entries of a letter of the rows.
#[inline]
fn entry_index(c: char) -> Option<usize> {
    let c = u32::from(c);
    let slot = if (ASCII.0..=ASCII.1).contains(&c) {
        TABLE.ascii.get((c - ASCII.0) as usize)
    } else if (LATIN.0..=LATIN.1).contains(&c) {
        TABLE.latin.get((c - LATIN.0) as usize)
    } else if (EXTENDED.0..=EXTENDED.1).contains(&c) {
        TABLE.extended.get((c - EXTENDED.0) as usize)
    } else {
        None
    };
    usize::from(*slot?).checked_sub(1)
}

/// A letter taken apart: plain base, vowel modifier, tone (0 = level).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Letter {
    pub base: char,
    pub modifier: Modifier,
    pub tone: u8,
    pub upper: bool,
}

#[inline]
pub fn decompose(c: char) -> Option<Letter> {
    let e = lookup(c)?;
    let (base, modifier) = ROW_BASE[e.row as usize];
    Some(Letter {
        base,
        modifier,
        tone: e.tone,
        upper: e.upper,
    })
}

pub fn compose(l: Letter) -> Option<char> {
    let row = ROW_BASE
        .iter()
        .position(|&(b, m)| b == l.base && m == l.modifier)?;
    let rows = if l.upper { &ROWS_UPPER } else { &ROWS_LOWER };
    rows[row].chars().nth(l.tone as usize)
}

/// Applies combining marks to a base character, if the result is a Vietnamese letter.
pub fn apply_marks(base: char, marks: &[Mark]) -> Option<char> {
    let mut letter = decompose(base)?;
    for mark in marks {
        match *mark {
            Mark::Tone(t) if letter.tone == 0 => letter.tone = t,
            Mark::Modifier(m) if letter.modifier == Modifier::None => letter.modifier = m,
            _ => return None,
        }
    }
    compose(letter)
}

/// The plain lowercase ASCII letter under any Vietnamese letter (`Ưỡ` → `u`, `Đ` → `d`).
pub fn plain_lower(c: char) -> char {
    classify(c).plain
}

/// A character as the word splitters see it, worked out in one look-up: ASCII and
/// Vietnamese letters never reach Unicode's general tables.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Class {
    /// [`plain_lower`] of the character.
    pub plain: char,
    /// A letter or digit: part of a word.
    pub word: bool,
    pub upper: bool,
    pub lower: bool,
    pub digit: bool,
    /// The Vietnamese letter, taken apart (not for `đ`).
    pub letter: Option<Letter>,
}

/// ASCII inline, where most characters are; the rest out of line.
#[inline(always)]
pub fn classify(c: char) -> Class {
    if c.is_ascii() {
        return Class {
            plain: c.to_ascii_lowercase(),
            word: c.is_ascii_alphanumeric(),
            upper: c.is_ascii_uppercase(),
            lower: c.is_ascii_lowercase(),
            digit: c.is_ascii_digit(),
            letter: None,
        };
    }
    classify_beyond_ascii(c)
}

/// The [`Class`] of each letter of the rows, in the order of the table's entries.
static ENTRY_CLASSES: [Class; LETTERS] = {
    let blank = Class {
        plain: 'a',
        word: true,
        upper: false,
        lower: true,
        digit: false,
        letter: None,
    };
    let mut classes = [blank; LETTERS];
    let mut i = 0;
    while i < LETTERS {
        let e = TABLE.entries[i];
        let (base, modifier) = ROW_BASE[e.row as usize];
        classes[i] = Class {
            plain: base,
            word: true,
            upper: e.upper,
            lower: !e.upper,
            digit: false,
            letter: Some(Letter {
                base,
                modifier,
                tone: e.tone,
                upper: e.upper,
            }),
        };
        i += 1;
    }
    classes
};

#[inline(never)]
fn classify_beyond_ascii(c: char) -> Class {
    // The Vietnamese letters, most of what comes here, from a table.
    if let Some(class) = entry_index(c).and_then(|i| ENTRY_CLASSES.get(i)) {
        return *class;
    }
    let mut class = Class {
        plain: c,
        word: false,
        upper: false,
        lower: false,
        digit: false,
        letter: None,
    };
    match c {
        'đ' | 'Đ' => {
            class.plain = 'd';
            class.word = true;
            class.upper = c == 'Đ';
            class.lower = c == 'đ';
        }
        // General punctuation (spaces, dashes, quotes, ellipsis): no letters there.
        '\u{2000}'..='\u{206F}' => {}
        // Not a letter of the rows (those came from the table above).
        _ => {
            class.plain = super::case::lower(c);
            class.word = class.plain.is_alphanumeric();
            class.upper = c.is_uppercase();
            class.lower = c.is_lowercase();
            class.digit = c.is_numeric();
        }
    }
    class
}

/// A key for comparing words regardless of case, marks, tone placement and
/// punctuation: `“Tổ chức THỰC HIỆN”` → `to chuc thuc hien`.
pub fn fold(s: &str) -> String {
    // Bytes, not a `String`: the folded text is almost all ASCII, pushed a byte at a
    // time (the wasm build, optimised for size, does not inline `String::push`).
    let mut out = Vec::with_capacity(s.len());
    let mut pending_space = false;
    let bytes = s.as_bytes();
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        // ASCII from a table: a letter or digit in lower case, or 0 for the rest (none
        // of which is a combining mark).
        if b.is_ascii() {
            match FOLD_ASCII[usize::from(b)] {
                0 => pending_space = true,
                plain => {
                    if pending_space && !out.is_empty() {
                        out.push(b' ');
                    }
                    pending_space = false;
                    out.push(plain);
                }
            }
            i += 1;
            continue;
        }
        let Some(c) = super::chars::char_at(s, i) else {
            break;
        };
        i += c.len_utf8();
        let class = classify_beyond_ascii(c);
        if class.word {
            if pending_space && !out.is_empty() {
                out.push(b' ');
            }
            pending_space = false;
            match u8::try_from(class.plain) {
                Ok(b) if b.is_ascii() => out.push(b),
                _ => out.extend_from_slice(class.plain.encode_utf8(&mut [0; 4]).as_bytes()),
            }
        } else if combining_mark(c).is_none() {
            pending_space = true;
        }
    }
    String::from_utf8(out).unwrap_or_default()
}

/// [`fold`] of each ASCII character: the letter or digit in lower case, else 0.
const FOLD_ASCII: [u8; 128] = {
    let mut table = [0; 128];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        if c.is_ascii_alphanumeric() {
            table[b] = c.to_ascii_lowercase();
        }
        b += 1;
    }
    table
};

/// Whether `key` (a folded phrase) stands in `folded` as whole words.
pub fn contains_words(folded: &str, key: &str) -> bool {
    let mut from = 0;
    while let Some(i) = folded[from..].find(key) {
        let at = from + i;
        let end = at + key.len();
        let before_ok = at == 0 || folded.as_bytes()[at - 1] == b' ';
        let after_ok = end == folded.len() || folded.as_bytes()[end] == b' ';
        if before_ok && after_ok {
            return true;
        }
        from = at + 1;
        while !folded.is_char_boundary(from) {
            from += 1;
        }
    }
    false
}

/// The letters of Vietnamese item lists, in order (no f, j, w, z).
pub const LIST_LETTERS: [char; 23] = [
    'a', 'b', 'c', 'd', 'đ', 'e', 'g', 'h', 'i', 'k', 'l', 'm', 'n', 'o', 'p', 'q', 'r', 's', 't',
    'u', 'v', 'x', 'y',
];

/// Position of a list letter in [`LIST_LETTERS`], case-insensitive.
pub fn list_letter_index(c: char) -> Option<usize> {
    let lower = match c {
        'Đ' => 'đ',
        _ => c.to_ascii_lowercase(),
    };
    LIST_LETTERS.iter().position(|&l| l == lower)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn composes_nfd_marks_in_either_order() {
        assert_eq!(
            apply_marks('o', &[Mark::Tone(5), Mark::Modifier(Modifier::Circumflex)]),
            Some('ộ')
        );
        assert_eq!(
            apply_marks('o', &[Mark::Modifier(Modifier::Horn), Mark::Tone(5)]),
            Some('ợ')
        );
        assert_eq!(apply_marks('â', &[Mark::Tone(2)]), Some('ấ'));
        assert_eq!(
            apply_marks('U', &[Mark::Modifier(Modifier::Horn), Mark::Tone(1)]),
            Some('Ừ')
        );
        assert_eq!(apply_marks('x', &[Mark::Tone(1)]), None);
        assert_eq!(apply_marks('á', &[Mark::Tone(1)]), None);
    }

    #[test]
    fn folds_case_marks_and_punctuation() {
        assert_eq!(fold("“Tổ chức THỰC HIỆN”"), "to chuc thuc hien");
        assert_eq!(fold("Uỷ ban"), fold("Ủy ban"));
        assert_eq!(fold("  Đề nghị: Sở Y tế. "), "de nghi so y te");
        assert!(contains_words(" to chuc thuc hien", "thuc hien"));
        assert!(!contains_words("thuc hienx", "thuc hien"));
    }

    /// [`fold`] as first written, every character through [`classify`]: the reference.
    fn fold_by_classify(s: &str) -> String {
        let mut out = String::new();
        let mut pending_space = false;
        for c in s.chars() {
            let class = classify(c);
            if class.word {
                if pending_space && !out.is_empty() {
                    out.push(' ');
                }
                pending_space = false;
                out.push(class.plain);
            } else if combining_mark(c).is_none() {
                pending_space = true;
            }
        }
        out
    }

    #[test]
    fn fold_agrees_with_the_reference() {
        for c in (0..=0x10ffff_u32).filter_map(char::from_u32) {
            for s in [
                format!("{c}"),
                format!("a{c}"),
                format!("{c} b"),
                format!("x{c}Đ"),
            ] {
                assert_eq!(fold(&s), fold_by_classify(&s), "{s:?}");
            }
        }
        for s in [
            "",
            " ",
            "“Tổ chức THỰC HIỆN”",
            "  Đề nghị: Sở Y tế. ",
            "a\u{301}b",
        ] {
            assert_eq!(fold(s), fold_by_classify(s), "{s:?}");
        }
    }

    #[test]
    fn classify_agrees_with_unicode_everywhere() {
        for c in (0..=0x2FFFF).filter_map(char::from_u32) {
            let class = classify(c);
            let plain = match decompose(c) {
                Some(l) => l.base,
                None if matches!(c, 'đ' | 'Đ') => 'd',
                None => super::super::case::lower(c),
            };
            assert_eq!(class.plain, plain, "{c:?}");
            assert_eq!(class.word, plain.is_alphanumeric(), "{c:?}");
            assert_eq!(class.upper, c.is_uppercase(), "{c:?}");
            assert_eq!(class.lower, c.is_lowercase(), "{c:?}");
            assert_eq!(class.digit, c.is_numeric(), "{c:?}");
            // (ASCII letters are not taken apart.)
            let letter = if c.is_ascii() { None } else { decompose(c) };
            assert_eq!(class.letter, letter, "{c:?}");
        }
    }

    #[test]
    fn list_letters_skip_f_j_w_z() {
        assert_eq!(list_letter_index('đ'), Some(4));
        assert_eq!(list_letter_index('E'), Some(5));
        assert_eq!(list_letter_index('f'), None);
        assert_eq!(list_letter_index('y'), Some(22));
    }
}
