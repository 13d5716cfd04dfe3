//! Words of a text as the target and figure readers see them: runs of letters, folded,
//! and numbers with their `.` and `,` (`90,5`, `1.250`), each with its byte range.

use std::ops::Range;

use super::chars::is_alphanumeric;
use super::fold;

/// A word of a text: its byte range and folded form; numbers are words too.
#[derive(Clone, Debug)]
pub struct Word {
    pub range: Range<usize>,
    pub folded: String,
}

impl Word {
    pub fn is_number(&self) -> bool {
        self.folded.starts_with(|c: char| c.is_ascii_digit())
    }
}

/// The words of `text[range]`: runs of letters, and numbers with their `.` and `,`
/// (`90,5`, `1.250`).
pub fn words(text: &str, range: Range<usize>) -> Vec<Word> {
    let mut out = Vec::new();
    let slice = &text[range.clone()];
    let mut chars = slice.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if c.is_ascii_digit() {
            let mut end = i + c.len_utf8();
            while let Some(&(j, d)) = chars.peek() {
                let digit_follows = || {
                    slice[j + d.len_utf8()..]
                        .chars()
                        .next()
                        .is_some_and(|n| n.is_ascii_digit())
                };
                if d.is_ascii_digit() || (matches!(d, '.' | ',') && digit_follows()) {
                    end = j + d.len_utf8();
                    chars.next();
                } else {
                    break;
                }
            }
            out.push(Word {
                range: range.start + i..range.start + end,
                folded: slice[i..end].to_owned(),
            });
        } else if is_alphanumeric(c) {
            let mut end = i + c.len_utf8();
            while let Some(&(j, d)) = chars.peek() {
                if is_alphanumeric(d) && !d.is_ascii_digit()
                    || crate::text::vietnamese::combining_mark(d).is_some()
                {
                    end = j + d.len_utf8();
                    chars.next();
                } else {
                    break;
                }
            }
            out.push(Word {
                range: range.start + i..range.start + end,
                folded: fold(&slice[i..end]),
            });
        }
    }
    out
}
