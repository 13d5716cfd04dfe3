//! The tokenizer as it was before the byte-wise rewrite, kept for the tests: the new
//! one must split and spell every text exactly as this one did. What the rewrite did
//! not change (separators, case) it shares with the tokenizer.

use super::tokens::{is_word_start, separator, Case};
use crate::text::chars::char_at;
use crate::text::vietnamese::{classify, combining_mark, Class, Mark, Modifier};

/// A word as the old tokenizer gave it: range, folded, marked, case, letters only,
/// separators, joiner.
pub(super) type Word = (usize, usize, String, String, Case, bool, u16, bool);

pub(super) struct RawWords {
    pub list: Vec<Word>,
    folded: String,
    marked: String,
}

/// The word being read: where its spellings start in the buffers.
struct Builder {
    start: usize,
    end: usize,
    folded: usize,
    marked: usize,
    tone: u8,
    has_lower: bool,
    first_upper: bool,
    first_digit: bool,
    letters_only: bool,
    sep: u16,
    joiner: bool,
}

impl Builder {
    fn push(&mut self, out: &mut RawWords, c: char, class: Class) {
        if out.folded.len() == self.folded {
            self.first_upper = class.upper;
            self.first_digit = class.digit;
        }
        out.folded.push(class.plain);
        if class.digit {
            self.letters_only = false;
        }
        if class.lower {
            self.has_lower = true;
        }
        match (c, class.letter) {
            ('đ' | 'Đ', _) => out.marked.push_str("dd"),
            (_, Some(l)) => {
                out.marked.push(l.base);
                self.modifier(out, l.modifier);
                if l.tone != 0 {
                    self.tone = l.tone;
                }
            }
            (_, None) => out.marked.push(class.plain),
        }
    }

    /// A combining mark after a letter (NFD input).
    fn mark(&mut self, out: &mut RawWords, mark: Mark) {
        match mark {
            Mark::Tone(t) => self.tone = t,
            Mark::Modifier(m) => self.modifier(out, m),
        }
    }

    fn modifier(&mut self, out: &mut RawWords, m: Modifier) {
        match m {
            Modifier::None => {}
            Modifier::Circumflex => {
                let own = out.marked.get(self.marked..).unwrap_or_default();
                if let Some(last) = own.chars().last() {
                    out.marked.push(last);
                }
            }
            Modifier::Breve | Modifier::Horn => out.marked.push('w'),
        }
    }

    fn finish(self, out: &mut RawWords) {
        if self.tone != 0 {
            out.marked.push(char::from(b'0' + self.tone));
        }
        let case = Case::of(self.first_digit, self.has_lower, self.first_upper);
        out.list.push((
            self.start,
            self.end,
            out.folded[self.folded..].to_owned(),
            out.marked[self.marked..].to_owned(),
            case,
            self.letters_only,
            self.sep,
            self.joiner,
        ));
    }
}

/// The words of `text` as written, with their separators.
pub(super) fn raw_words(text: &str) -> RawWords {
    let mut out = RawWords {
        list: Vec::new(),
        folded: String::new(),
        marked: String::new(),
    };
    let mut cur: Option<Builder> = None;
    let mut sep = 0u16;
    let mut sep_chars = 0usize;
    let mut lone_joiner = false;
    let mut at = 0;
    while let Some(original) = char_at(text, at) {
        let i = at;
        let end = i + original.len_utf8();
        at = end;
        // The Icelandic eth often stands in for đ in legacy text.
        let c = match original {
            'Ð' => 'Đ',
            'ð' => 'đ',
            _ => original,
        };
        let class = classify(c);
        if !class.word {
            if let Some(mark) = combining_mark(c) {
                if let Some(b) = cur.as_mut() {
                    b.mark(&mut out, mark);
                    b.end = end;
                }
                continue;
            }
        }
        if class.word {
            let b = cur.get_or_insert(Builder {
                start: i,
                end,
                folded: out.folded.len(),
                marked: out.marked.len(),
                tone: 0,
                has_lower: false,
                first_upper: false,
                first_digit: false,
                letters_only: true,
                sep,
                joiner: sep_chars == 1 && lone_joiner,
            });
            b.push(&mut out, c, class);
            b.end = end;
            sep = 0;
            sep_chars = 0;
            continue;
        }
        let next = char_at(text, end);
        // An apostrophe between letters belongs to the word (Ea H'Leo).
        if matches!(c, '\'' | '’') && cur.is_some() && next.is_some_and(is_word_start) {
            continue;
        }
        if let Some(b) = cur.take() {
            b.finish(&mut out);
        }
        sep |= separator(c, next);
        sep_chars += 1;
        lone_joiner = matches!(c, '-' | '&');
    }
    if let Some(b) = cur.take() {
        b.finish(&mut out);
    }
    out
}
