//! The date scanner's tokens: words, numbers and punctuation with their spans, and a
//! cursor over them that compares words folded.

use super::*;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Kind {
    /// ASCII digits only.
    Num,
    Word,
    /// Digits and letters: `1O`, `KH2`.
    Mixed,
    Punct(char),
}

#[derive(Clone, Copy, Debug)]
pub(crate) struct Tok {
    pub start: usize,
    pub end: usize,
    pub kind: Kind,
}

/// Splits the text into words, numbers and punctuation. Markdown emphasis (`*`, `_`,
/// `#`, `` ` ``, `\`) is dropped: it decorates, it does not separate.
pub(crate) fn tokenize(text: &str) -> Vec<Tok> {
    let bytes = text.as_bytes();
    let mut tokens = Vec::with_capacity(text.len() / 4);
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        let class = TOKEN_CLASS[usize::from(b)];
        if class == SKIP {
            i += 1;
            continue;
        }
        if class == PUNCT {
            tokens.push(Tok {
                start: i,
                end: i + 1,
                kind: Kind::Punct(char::from(b)),
            });
            i += 1;
            continue;
        }
        // A run of letters and digits, told from its bytes where it can be.
        let start = i;
        let mut seen = 0;
        while let Some(&b) = bytes.get(i) {
            let class = TOKEN_CLASS[usize::from(b)];
            if class & (DIGIT | LETTER) != 0 {
                seen |= class;
                i += 1;
            } else if class == WIDE {
                match alphanumeric_len(text, i) {
                    0 => break,
                    len => {
                        seen |= LETTER;
                        i += len;
                    }
                }
            } else {
                break;
            }
        }
        if i > start {
            tokens.push(word_token(start, i, seen & DIGIT != 0, seen & LETTER != 0));
            continue;
        }
        // A character beyond ASCII that is no letter or digit.
        let Some(c) = char_at(text, i) else {
            break;
        };
        let at = i;
        i += c.len_utf8();
        if c.is_whitespace() {
            continue;
        }
        // Combining marks left uncomposed belong to the word before them.
        if crate::text::vietnamese::combining_mark(c).is_some() {
            if let Some(last) = tokens.last_mut() {
                if last.end == at && !matches!(last.kind, Kind::Punct(_)) {
                    last.end = i;
                    last.kind = Kind::Word;
                    continue;
                }
            }
        }
        tokens.push(Tok {
            start: at,
            end: i,
            kind: Kind::Punct(c),
        });
    }
    tokens
}

/// What [`tokenize`] makes of a byte: part of a word (a digit, an ASCII letter, or the
/// first byte of a character beyond ASCII, which may be a letter), nothing (white
/// space and markdown emphasis), or a punctuation token.
const DIGIT: u8 = 1;
const LETTER: u8 = 2;
const WIDE: u8 = 4;
const SKIP: u8 = 8;
const PUNCT: u8 = 16;
const TOKEN_CLASS: [u8; 256] = {
    let mut class = [WIDE; 256];
    let mut b = 0;
    while b < 0x80 {
        let c = b as u8;
        class[b] = if c.is_ascii_digit() {
            DIGIT
        } else if c.is_ascii_alphabetic() {
            LETTER
        } else if c.is_ascii_whitespace() || c == 0x0b {
            SKIP
        } else {
            match c {
                b'*' | b'_' | b'#' | b'`' | b'\\' => SKIP,
                _ => PUNCT,
            }
        };
        b += 1;
    }
    class
};

pub(super) fn word_token(start: usize, end: usize, digit: bool, letter: bool) -> Tok {
    let kind = match (digit, letter) {
        (true, false) => Kind::Num,
        (true, true) => Kind::Mixed,
        _ => Kind::Word,
    };
    Tok { start, end, kind }
}

/// Whether a word folds (no marks, lower case) to `key`.
#[inline]
pub(crate) fn folds_to(s: &str, key: &str) -> bool {
    !first_letter_differs(s, key) && plain_lower_eq(s, key)
}

fn plain_lower_eq(s: &str, key: &str) -> bool {
    s.chars().map(plain_lower).eq(key.chars())
}

/// Whether a word is `key` (lower case, with its marks) in any case.
#[inline]
pub(crate) fn is_exactly(s: &str, key: &str) -> bool {
    !lowercase_surely_differs(s, key) && lowercase_eq(s, key)
}

/// Whether `s` in lower case cannot be `key`, told without decoding: lowercasing
/// keeps every character's UTF-8 length (as a test checks), so the lengths must agree;
/// and the ASCII letters they start with must agree in lower case, where no letter
/// outside ASCII lowercases into an ASCII one (as a test checks).
fn lowercase_surely_differs(s: &str, key: &str) -> bool {
    if s.len() != key.len() {
        return true;
    }
    for (a, b) in s.bytes().zip(key.bytes()) {
        match (a.is_ascii(), b.is_ascii()) {
            (true, true) if a.to_ascii_lowercase() == b => continue,
            (true, true) | (false, true) => return true,
            _ => return false,
        }
    }
    false
}

fn lowercase_eq(s: &str, key: &str) -> bool {
    let mut k = key.chars();
    for c in s.chars() {
        let lower = if c.is_ascii() {
            c.to_ascii_lowercase()
        } else {
            crate::text::case::lower(c)
        };
        if k.next() != Some(lower) {
            return false;
        }
    }
    k.next().is_none()
}

/// The scanner's view of the text.
pub(crate) struct Cursor<'a> {
    pub text: &'a str,
    pub tokens: &'a [Tok],
}

impl<'a> Cursor<'a> {
    pub fn str(&self, i: usize) -> &'a str {
        self.tokens
            .get(i)
            .and_then(|t| self.text.get(t.start..t.end))
            .unwrap_or("")
    }

    pub fn kind(&self, i: usize) -> Option<Kind> {
        self.tokens.get(i).map(|t| t.kind)
    }

    pub fn word(&self, i: usize, key: &str) -> bool {
        match self.tokens.get(i) {
            Some(t) if t.kind == Kind::Word => {
                folds_to(self.text.get(t.start..t.end).unwrap_or(""), key)
            }
            _ => false,
        }
    }

    pub fn punct(&self, i: usize, c: char) -> bool {
        self.kind(i) == Some(Kind::Punct(c))
    }

    /// The number a token is, with its count of digits.
    pub fn num(&self, i: usize) -> Option<(u32, usize)> {
        if self.kind(i) != Some(Kind::Num) {
            return None;
        }
        let s = self.str(i);
        let digits = s.len();
        let value = if digits <= 9 {
            s.parse().ok()?
        } else {
            u32::MAX
        };
        Some((value, digits))
    }

    /// Only spaces between tokens `a` and `a + 1`, at most `max` of them.
    pub fn spaces(&self, a: usize, max: usize) -> bool {
        let (Some(x), Some(y)) = (self.tokens.get(a), self.tokens.get(a + 1)) else {
            return false;
        };
        let gap = self.text.get(x.end..y.start).unwrap_or("x");
        gap.len() <= max && gap.bytes().all(|b| b == b' ')
    }

    /// Tokens `a` and `a + 1` touch.
    pub fn adjacent(&self, a: usize) -> bool {
        self.spaces(a, 0)
    }

    /// Only white space between `a` and `a + 1`, line breaks of a hard-wrapped
    /// sentence included.
    pub fn near(&self, a: usize) -> bool {
        let (Some(x), Some(y)) = (self.tokens.get(a), self.tokens.get(a + 1)) else {
            return false;
        };
        let gap = self.text.get(x.end..y.start).unwrap_or("x");
        gap.len() <= 12 && gap.chars().all(char::is_whitespace)
    }
}
