//! The Vietnamese letters with their marks, as data: composing NFD input, folding
//! names and keywords to plain ASCII, and old versus new tone placement all read it.

use std::sync::OnceLock;

/// Each row is one base letter (with its vowel modifier) under the six tones:
/// level, grave (huyền), acute (sắc), hook (hỏi), tilde (ngã), dot below (nặng).
const ROWS_LOWER: [&str; 12] = [
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
const ROWS_UPPER: [&str; 12] = [
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
    ch: char,
    row: u8,
    tone: u8,
    upper: bool,
}

fn table() -> &'static [Entry] {
    static TABLE: OnceLock<Vec<Entry>> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut entries = Vec::with_capacity(144);
        for (rows, upper) in [(&ROWS_LOWER, false), (&ROWS_UPPER, true)] {
            for (row, letters) in rows.iter().enumerate() {
                for (tone, ch) in letters.chars().enumerate() {
                    entries.push(Entry {
                        ch,
                        row: row as u8,
                        tone: tone as u8,
                        upper,
                    });
                }
            }
        }
        entries.sort_by_key(|e| e.ch);
        entries
    })
}

fn lookup(c: char) -> Option<Entry> {
    let t = table();
    t.binary_search_by_key(&c, |e| e.ch).ok().map(|i| t[i])
}

/// A letter taken apart: plain base, vowel modifier, tone (0 = level).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Letter {
    pub base: char,
    pub modifier: Modifier,
    pub tone: u8,
    pub upper: bool,
}

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
    if c.is_ascii() {
        return c.to_ascii_lowercase();
    }
    match c {
        'đ' | 'Đ' => 'd',
        _ => match decompose(c) {
            Some(l) => l.base,
            None => c.to_lowercase().next().unwrap_or(c),
        },
    }
}

/// A key for comparing words regardless of case, marks, tone placement and
/// punctuation: `“Tổ chức THỰC HIỆN”` → `to chuc thuc hien`.
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut pending_space = false;
    for c in s.chars() {
        let p = plain_lower(c);
        if p.is_alphanumeric() {
            if pending_space && !out.is_empty() {
                out.push(' ');
            }
            pending_space = false;
            out.push(p);
        } else if combining_mark(c).is_none() {
            pending_space = true;
        }
    }
    out
}

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

    #[test]
    fn list_letters_skip_f_j_w_z() {
        assert_eq!(list_letter_index('đ'), Some(4));
        assert_eq!(list_letter_index('E'), Some(5));
        assert_eq!(list_letter_index('f'), None);
        assert_eq!(list_letter_index('y'), Some(22));
    }
}
