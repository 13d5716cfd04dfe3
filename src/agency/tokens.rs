//! Words of a name or a text, as the matcher compares them: folded (see
//! [`crate::text::vietnamese::fold`]), abbreviations expanded, "và" dropped, each word
//! keeping its byte range in the input, the separators before it, its case, and
//! whether its marks were the registry's.

use super::words::WordMap;

use crate::text::chars::char_at;
use crate::text::vietnamese::{classify, combining_mark, decompose, Class, Letter, Mark, Modifier};

/// A word the lexicon does not know.
pub(crate) const NONE: u32 = u32::MAX;

/// Separators between two words (bit flags).
pub(crate) const SEP_SPACE: u16 = 1;
pub(crate) const SEP_NEWLINE: u16 = 2;
pub(crate) const SEP_COMMA: u16 = 4;
pub(crate) const SEP_DASH: u16 = 8;
/// A dot inside a word run ("TP.HCM").
pub(crate) const SEP_DOT: u16 = 16;
/// Quotes, asterisks, slashes and anything else that does not end a clause.
pub(crate) const SEP_OTHER: u16 = 32;
/// A clause or sentence break: `.` before a space, `;`, `:`, `!`, `?`, brackets.
pub(crate) const SEP_HARD: u16 = 64;
/// `(` or `[` (with [`SEP_HARD`]).
pub(crate) const SEP_OPEN: u16 = 128;
/// `:` (with [`SEP_HARD`]).
pub(crate) const SEP_COLON: u16 = 256;
/// A "và" was dropped before this word.
pub(crate) const SEP_AND: u16 = 512;
/// The clause break is (or includes) a period: softened after an abbreviation ("TP.").
pub(super) const SEP_PERIOD: u16 = 1024;
/// A clause break other than a period.
pub(super) const SEP_STRONG: u16 = 2048;

/// A word of the data: folded id and marked id. A data word whose marked spelling
/// varies between names matches any marks.
pub(crate) type Word = (u32, u32);
/// The marked id of a data word written with different marks in different names.
pub(crate) const ANY_MARKS: u32 = u32::MAX - 1;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Case {
    Lower,
    /// First letter upper, some lower: "Hưng".
    Title,
    /// No lower-case letter: "UBND", "XÃ", "Y".
    Upper,
    /// Starts with a digit: "138", "5".
    Digit,
}

impl Case {
    /// The case of a word from what its letters said.
    pub(super) fn of(first_digit: bool, has_lower: bool, first_upper: bool) -> Case {
        if first_digit {
            Case::Digit
        } else if !has_lower {
            Case::Upper
        } else if first_upper {
            Case::Title
        } else {
            Case::Lower
        }
    }
}

/// A word as written.
#[derive(Clone, Debug)]
pub(crate) struct Raw {
    pub start: usize,
    pub end: usize,
    /// Plain lowercase letters ("tinh"): a range of [`RawWords`]' folded buffer.
    folded: (usize, usize),
    /// Letters with their vowel marks and the tone, whatever its placement: "tinh3",
    /// "uy3" for both "Uỷ" and "Ủy" (a range of the marked buffer).
    marked: (usize, usize),
    pub case: Case,
    pub letters_only: bool,
    /// Separators since the previous word.
    pub sep: u16,
    /// The separator since the previous word is a lone `-` or `&` (KH&CN, LĐ-TB&XH).
    pub joiner: bool,
}

/// The words of a text as written. Their folded and marked spellings share two
/// buffers: no allocation per word, as this runs over every block of a document.
/// Bytes, not `String`s: most of what is pushed is one ASCII byte.
#[derive(Debug, Default)]
pub(crate) struct RawWords {
    list: Vec<Raw>,
    folded: Vec<u8>,
    marked: Vec<u8>,
}

impl RawWords {
    pub fn folded(&self, r: &Raw) -> &str {
        std::str::from_utf8(self.folded_bytes(r)).unwrap_or_default()
    }

    #[cfg(test)]
    pub fn marked(&self, r: &Raw) -> &str {
        std::str::from_utf8(self.marked_bytes(r)).unwrap_or_default()
    }

    fn folded_bytes(&self, r: &Raw) -> &[u8] {
        self.folded.get(r.folded.0..r.folded.1).unwrap_or_default()
    }

    fn marked_bytes(&self, r: &Raw) -> &[u8] {
        self.marked.get(r.marked.0..r.marked.1).unwrap_or_default()
    }
}

impl std::ops::Deref for RawWords {
    type Target = [Raw];

    fn deref(&self) -> &[Raw] {
        &self.list
    }
}

fn push_char(buf: &mut Vec<u8>, c: char) {
    match u8::try_from(c) {
        Ok(b) if b.is_ascii() => buf.push(b),
        _ => buf.extend_from_slice(c.encode_utf8(&mut [0; 4]).as_bytes()),
    }
}

/// A vowel's marked spelling: its base letter, then its modifier as a letter: "ô" is
/// "oo", "ă" and "ơ" are "aw" and "ow".
fn push_vowel(marked: &mut Vec<u8>, base: u8, modifier: Modifier) {
    marked.push(base);
    match modifier {
        Modifier::None => {}
        Modifier::Circumflex => marked.push(base),
        Modifier::Breve | Modifier::Horn => marked.push(b'w'),
    }
}

/// What the characters of a word said about it, gathered while reading it.
struct WordState {
    /// Where the word's marked spelling starts (for a combining circumflex).
    marked: usize,
    tone: u8,
    has_lower: bool,
    has_digit: bool,
    /// Of the first character, when it is not ASCII.
    first_upper: bool,
    first_digit: bool,
}

impl WordState {
    /// A letter or digit beyond ASCII, in both spellings.
    fn push(&mut self, folded: &mut Vec<u8>, marked: &mut Vec<u8>, c: char, class: Class) {
        push_char(folded, class.plain);
        self.has_digit |= class.digit;
        self.has_lower |= class.lower;
        match (c, class.letter) {
            ('đ' | 'Đ', _) => marked.extend_from_slice(b"dd"),
            (_, Some(l)) => {
                // Always: the letters of the rows are ASCII vowels with marks.
                if let Ok(base) = u8::try_from(l.base) {
                    push_vowel(marked, base, l.modifier);
                }
                if l.tone != 0 {
                    self.tone = l.tone;
                }
            }
            (_, None) => push_char(marked, class.plain),
        }
    }

    /// A combining mark after a letter (NFD input).
    fn mark(&mut self, marked: &mut Vec<u8>, mark: Mark) {
        match mark {
            Mark::Tone(t) => self.tone = t,
            Mark::Modifier(Modifier::None) => {}
            Mark::Modifier(Modifier::Circumflex) => {
                let own = marked.get(self.marked..).unwrap_or_default();
                let last = std::str::from_utf8(own).ok().and_then(|s| s.chars().last());
                if let Some(last) = last {
                    push_char(marked, last);
                }
            }
            Mark::Modifier(Modifier::Breve | Modifier::Horn) => marked.push(b'w'),
        }
    }

    /// The character at `at` inside a word, when it is not an ASCII letter or digit:
    /// where the word goes on after it, or `None` if it ends the word.
    #[inline(never)]
    fn other(
        &mut self,
        text: &str,
        at: usize,
        first: bool,
        folded: &mut Vec<u8>,
        marked: &mut Vec<u8>,
    ) -> Option<usize> {
        let (c, next) = char_from(text, at)?;
        let class = classify(c);
        if class.word {
            if first {
                self.first_upper = class.upper;
                self.first_digit = class.digit;
            }
            self.push(folded, marked, c, class);
            return Some(next);
        }
        if let Some(mark) = combining_mark(c) {
            self.mark(marked, mark);
            return Some(next);
        }
        // An apostrophe between letters belongs to the word (Ea H'Leo).
        let inside = matches!(c, '\'' | '’') && char_at(text, next).is_some_and(is_word_start);
        inside.then_some(next)
    }
}

/// The marked Vietnamese letter at `at` (not đ), its plain ASCII base, and the byte
/// after it.
#[inline]
fn vietnamese_letter(text: &str, at: usize) -> Option<(Letter, u8, usize)> {
    let c = char_at(text, at)?;
    let l = decompose(c)?;
    let base = u8::try_from(l.base).ok()?;
    Some((l, base, at + c.len_utf8()))
}

pub(super) fn is_word_start(c: char) -> bool {
    classify(c).word
}

/// The character at `i`, with the Icelandic eth read as đ (legacy text often has it
/// for đ), and the byte after it.
fn char_from(text: &str, i: usize) -> Option<(char, usize)> {
    let c = char_at(text, i)?;
    let end = i + c.len_utf8();
    let c = match c {
        'Ð' => 'Đ',
        'ð' => 'đ',
        _ => c,
    };
    Some((c, end))
}

pub(super) fn separator(c: char, next: Option<char>) -> u16 {
    match c {
        ' ' => SEP_SPACE,
        '\n' | '\r' | '\u{2028}' | '\u{2029}' | '\u{85}' => SEP_SPACE | SEP_NEWLINE,
        ',' | '，' | '、' => SEP_COMMA,
        '-' | '–' | '—' | '‐' | '‑' | '‒' | '−' | '―' => SEP_DASH,
        '.' if next.is_some_and(is_word_start) => SEP_DOT,
        ':' => SEP_HARD | SEP_COLON,
        '.' => SEP_HARD | SEP_PERIOD,
        ';' | '!' | '?' | '…' | ')' | ']' | '}' => SEP_HARD | SEP_STRONG,
        '(' | '[' | '{' => SEP_HARD | SEP_OPEN,
        _ if c.is_whitespace() => SEP_SPACE,
        _ => SEP_OTHER,
    }
}

/// The words of `text` as written, with their separators.
///
/// This reads every block of every document: ASCII letters and digits, most of the
/// bytes, are taken a byte at a time without decoding or classifying a `char`, in a
/// loop that keeps its state in locals; everything else goes out of line.
pub(crate) fn raw_words(text: &str) -> RawWords {
    let bytes = text.as_bytes();
    let mut list = Vec::with_capacity(text.len() / 5);
    let mut folded = Vec::with_capacity(text.len());
    let mut marked = Vec::with_capacity(text.len() + text.len() / 4);
    let mut sep = 0u16;
    let mut sep_chars = 0usize;
    let mut lone_joiner = false;
    let mut at = 0;
    while let Some(&b) = bytes.get(at) {
        if b == b' ' {
            sep |= SEP_SPACE;
            sep_chars += 1;
            lone_joiner = false;
            at += 1;
            continue;
        }
        if !b.is_ascii_alphanumeric() {
            let Some((c, next)) = char_from(text, at) else {
                break;
            };
            if !is_word_start(c) {
                at = next;
                // A mark with no letter before it is dropped.
                if combining_mark(c).is_none() {
                    sep |= separator(c, char_at(text, next));
                    sep_chars += 1;
                    lone_joiner = matches!(c, '-' | '&');
                }
                continue;
            }
        }
        let start = at;
        let (folded_start, marked_start) = (folded.len(), marked.len());
        let mut w = WordState {
            marked: marked_start,
            tone: 0,
            has_lower: false,
            has_digit: false,
            first_upper: false,
            first_digit: false,
        };
        // An apostrophe is taken only before a letter: the word ends where this stops.
        while let Some(&b) = bytes.get(at) {
            if b.is_ascii_alphanumeric() {
                // Lowercase; digits already have the bit.
                folded.push(b | 0x20);
                marked.push(b | 0x20);
                w.has_lower |= b > b'Z';
                w.has_digit |= b <= b'9';
                at += 1;
            } else if b == b' ' {
                break;
            } else if let Some((l, base, next)) = vietnamese_letter(text, at) {
                // The other letters of most words: a table look-up.
                folded.push(base);
                push_vowel(&mut marked, base, l.modifier);
                if l.tone != 0 {
                    w.tone = l.tone;
                }
                w.has_lower |= !l.upper;
                if at == start {
                    w.first_upper = l.upper;
                }
                at = next;
            } else {
                match w.other(text, at, at == start, &mut folded, &mut marked) {
                    Some(next) => at = next,
                    None => break,
                }
            }
        }
        if b.is_ascii() {
            w.first_upper = b.is_ascii_uppercase();
            w.first_digit = b.is_ascii_digit();
        }
        if w.tone != 0 {
            marked.push(b'0' + w.tone);
        }
        let case = Case::of(w.first_digit, w.has_lower, w.first_upper);
        list.push(Raw {
            start,
            end: at,
            folded: (folded_start, folded.len()),
            marked: (marked_start, marked.len()),
            case,
            letters_only: !w.has_digit,
            sep,
            joiner: sep_chars == 1 && lone_joiner,
        });
        sep = 0;
        sep_chars = 0;
    }
    RawWords {
        list,
        folded,
        marked,
    }
}

/// What an abbreviation stands for.
#[derive(Clone, Debug)]
pub(crate) struct Abbrev {
    pub words: Box<[Word]>,
    /// Only when written in capitals ("CA", not "ca").
    pub caps_only: bool,
}

/// A word of the stream the matcher reads.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Tok {
    /// Lexicon id; [`NONE`] for a word the registry does not use.
    pub id: u32,
    /// Id of the marked spelling; [`NONE`] for a spelling the data does not use, and
    /// for any word of an unknown [`Tok::id`] (nothing asks its marks).
    pub mid: u32,
    /// Written without any marks ("Cong an tinh"): matches any marks.
    pub plain: bool,
    /// Glued by `-` or `&` to a word in capitals before it, as in a document symbol
    /// (`/KH-UBND`): not the start of a mention.
    pub glued: bool,
    /// Byte range in the input (an abbreviation's words share its range).
    pub start: usize,
    pub end: usize,
    pub sep: u16,
    pub case: Case,
    pub marks_ok: bool,
    /// One of the words an abbreviation stands for.
    pub abbrev: bool,
    /// Index of the written word in the raw words.
    pub raw: u32,
}

/// The folded words the registry uses, its abbreviations, and the marked spellings
/// of its words.
#[derive(Debug, Default)]
pub(crate) struct Lexicon {
    /// Folded word → its id ([`NONE`] for a key that is only an abbreviation's) and
    /// the index of the abbreviation it is in `expansions` ([`NONE`] if none): one
    /// look-up per word of a text answers both.
    ids: WordMap<(u32, u32)>,
    words: Vec<Box<str>>,
    expansions: Vec<Abbrev>,
    marked: WordMap<u32>,
}

/// Abbreviations longer than this many joined pieces are not tried.
const MAX_JOINED: usize = 5;

impl Lexicon {
    pub fn intern(&mut self, word: &str) -> u32 {
        let next = self.words.len() as u32;
        let (id, _) = self.ids.get_or_insert(word.as_bytes(), (NONE, NONE));
        if *id != NONE {
            return *id;
        }
        *id = next;
        self.words.push(word.into());
        next
    }

    /// The word's id and its abbreviation's index ([`NONE`] for either it lacks).
    #[inline]
    fn entry(&self, word: &[u8]) -> (u32, u32) {
        self.ids.get(word).unwrap_or((NONE, NONE))
    }

    pub fn word(&self, id: u32) -> Option<&str> {
        self.words.get(id as usize).map(|w| &**w)
    }

    pub fn add_abbrev(&mut self, key: String, words: Box<[Word]>, caps_only: bool) {
        let i = self.expansions.len() as u32;
        self.expansions.push(Abbrev { words, caps_only });
        self.ids.get_or_insert(key.as_bytes(), (NONE, NONE)).1 = i;
    }

    fn expansion(&self, key: &[u8]) -> Option<&Abbrev> {
        self.expansions.get(self.entry(key).1 as usize)
    }

    /// Learns the words of a data text: their folded ids and marked spellings. Gives
    /// the words back, to be streamed without reading the text again.
    pub fn learn(&mut self, text: &str) -> RawWords {
        let raws = raw_words(text);
        for r in raws.iter() {
            self.intern(raws.folded(r));
            let next = self.marked.len() as u32;
            self.marked.get_or_insert(raws.marked_bytes(r), next);
        }
        raws
    }

    /// The word stream of `text`.
    pub fn tokens(&self, text: &str) -> Vec<Tok> {
        self.stream(&raw_words(text))
    }

    /// The word stream of already split words.
    pub fn stream(&self, raws: &RawWords) -> Vec<Tok> {
        let mut out = Vec::with_capacity(raws.len() + raws.len() / 4);
        let mut pending = 0u16;
        let mut after_abbrev = false;
        let mut i = 0;
        while i < raws.len() {
            let r = &raws[i];
            let mut sep = pending | r.sep;
            if after_abbrev
                && sep & SEP_PERIOD != 0
                && sep & (SEP_STRONG | SEP_COLON | SEP_OPEN | SEP_NEWLINE) == 0
            {
                // "TP. Hồ Chí Minh": the period ends the abbreviation, not a sentence.
                sep = (sep & !(SEP_HARD | SEP_PERIOD)) | SEP_DOT;
            }
            after_abbrev = false;
            let (folded, marked) = (raws.folded_bytes(r), raws.marked_bytes(r));
            if folded == b"va" && (marked == b"va" || marked == b"va1") {
                pending = sep | SEP_AND;
                i += 1;
                continue;
            }
            pending = 0;
            let glued = r.joiner && i > 0 && raws[i - 1].case == Case::Upper;
            let (id, abbrev) = self.entry(folded);
            if let Some((last, abbrev)) = self.abbreviation(raws, i, abbrev) {
                for (k, &(id, mid)) in abbrev.words.iter().enumerate() {
                    out.push(Tok {
                        id,
                        mid,
                        plain: true,
                        glued,
                        start: r.start,
                        end: raws[last].end,
                        sep: if k == 0 { sep } else { SEP_SPACE },
                        case: r.case,
                        marks_ok: true,
                        abbrev: true,
                        raw: i as u32,
                    });
                }
                i = last + 1;
                after_abbrev = true;
                continue;
            }
            // The marks of a word the registry does not use are never asked.
            let mid = match id {
                NONE => NONE,
                _ => self.marked.get(marked).unwrap_or(NONE),
            };
            out.push(Tok {
                id,
                mid,
                // The marked spelling is the folded one with letters inserted.
                plain: marked.len() == folded.len(),
                glued,
                start: r.start,
                end: r.end,
                sep,
                case: r.case,
                marks_ok: r.case == Case::Digit || mid != NONE,
                abbrev: false,
                raw: i as u32,
            });
            i += 1;
        }
        out
    }

    /// The abbreviation starting at word `i`, and its last word: pieces in capitals
    /// joined by a lone `-` or `&` are tried together first (LĐ-TB&XH). `own`: the
    /// index of the abbreviation word `i` is by itself, or [`NONE`].
    fn abbreviation(&self, raws: &RawWords, i: usize, own: u32) -> Option<(usize, &Abbrev)> {
        let r = &raws[i];
        let caps = r.case == Case::Upper && r.letters_only;
        if caps {
            let mut key = raws.folded_bytes(r).to_vec();
            let mut best = None;
            let mut j = i + 1;
            while j < raws.len()
                && j < i + MAX_JOINED
                && raws[j].joiner
                && raws[j].case == Case::Upper
                && raws[j].letters_only
            {
                key.extend_from_slice(raws.folded_bytes(&raws[j]));
                if let Some(a) = self.expansion(&key) {
                    best = Some((j, a));
                }
                j += 1;
            }
            if best.is_some() {
                return best;
            }
        }
        let a = self.expansions.get(own as usize)?;
        (!a.caps_only || caps).then_some((i, a))
    }
}

impl Tok {
    /// Whether this word is the data word `w`: same letters, and the same marks when
    /// it has any.
    pub fn is(&self, w: Word) -> bool {
        self.id == w.0 && (self.plain || w.1 == ANY_MARKS || self.mid == w.1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The words as the old tokenizer gave them.
    fn as_before(text: &str) -> Vec<super::super::tokens_reference::Word> {
        let w = raw_words(text);
        w.iter()
            .map(|r| {
                let (folded, marked) = (w.folded(r).to_owned(), w.marked(r).to_owned());
                let (start, end, case) = (r.start, r.end, r.case);
                (
                    start,
                    end,
                    folded,
                    marked,
                    case,
                    r.letters_only,
                    r.sep,
                    r.joiner,
                )
            })
            .collect()
    }

    fn same_as_before(text: &str) {
        let old = super::super::tokens_reference::raw_words(text).list;
        assert_eq!(as_before(text), old, "{text:?}");
    }

    #[test]
    fn every_char_splits_as_before() {
        // Each char alone, between letters, after a word and before one.
        for c in (0..0x3000)
            .chain(0xfe00..0x10000)
            .filter_map(char::from_u32)
        {
            for text in [
                format!("{c}"),
                format!("a{c}b"),
                format!("Ô{c}"),
                format!("{c}Đ"),
                format!("X{c}\u{302}y"),
            ] {
                same_as_before(&text);
            }
        }
    }

    #[test]
    fn documents_split_as_before() {
        for text in [
            "Sở KH&CN, UBND xã\nĐiềm He (nay là …) LĐ-TB&XH TP.HCM. Sau",
            "Ủy ban nhân dân U\u{309}y ban To\u{302}\u{309} To\u{309}\u{302} Ðồng ðiềm",
            "xã Ea H'Leo, H’Mông 'quote' x' ' 138/KH-UBND ngày 05/3/2025; Số: 12",
            "\u{302}\u{301}a\u{306}\u{31b}\u{323}đ\u{302}ÐÔ ß Straße ΣΑΣ İstanbul ½ ²",
        ] {
            same_as_before(text);
        }
        let corpus = include_str!("../../data/agencies/bodies.txt");
        same_as_before(corpus);
    }

    /// proptest is a native dev-dependency only (the browser suites do not link it).
    #[cfg(not(target_arch = "wasm32"))]
    mod generated {
        use super::*;
        use proptest::prelude::*;

        proptest! {
            #[test]
            fn any_text_splits_as_before(
                text in "[a-zA-Z0-9 .,:;'’&()\\-–\n\u{300}-\u{323}đĐðÐàáảãạăâêôơưÀÂĂƯỆệỗÔß½²İΣ\u{2028}…]{0,40}"
            ) {
                same_as_before(&text);
                // The stream takes a word as unmarked from the lengths of its spellings.
                let w = raw_words(&text);
                for r in w.iter() {
                    let (folded, marked) = (w.folded(r), w.marked(r));
                    prop_assert_eq!(folded == marked, folded.len() == marked.len());
                }
            }
        }
    }

    #[test]
    fn marked_keys_ignore_tone_placement_and_normal_form() {
        let keys = |s: &str| -> Vec<String> {
            let w = raw_words(s);
            w.iter().map(|r| w.marked(r).to_owned()).collect()
        };
        assert_eq!(keys("Uỷ"), keys("Ủy"));
        assert_eq!(keys("hoà"), keys("hòa"));
        assert_eq!(keys("thuỷ"), keys("thủy"));
        assert_eq!(keys("Ủy ban nhân dân"), keys("U\u{309}y ban nhân dân"));
        assert_eq!(keys("Tổ"), keys("To\u{302}\u{309}"));
        assert_eq!(keys("Tổ"), keys("To\u{309}\u{302}"));
        assert_ne!(keys("tế"), keys("tê"));
        assert_ne!(keys("Công"), keys("Cong"));
        assert_eq!(keys("ĐIỀM"), keys("điềm"));
        assert_eq!(keys("Ðồng"), keys("Đồng"));
    }

    #[test]
    fn words_keep_ranges_separators_and_case() {
        let text = "Sở KH&CN, UBND xã\nĐiềm He (nay là …)";
        let words = raw_words(text);
        let folded: Vec<&str> = words.iter().map(|r| words.folded(r)).collect();
        assert_eq!(
            folded,
            ["so", "kh", "cn", "ubnd", "xa", "diem", "he", "nay", "la"]
        );
        assert!(words[2].joiner);
        assert_eq!(words[3].sep, SEP_COMMA | SEP_SPACE);
        assert_eq!(words[5].sep, SEP_SPACE | SEP_NEWLINE);
        assert_eq!(words[7].sep & SEP_OPEN, SEP_OPEN);
        assert_eq!(&text[words[5].start..words[6].end], "Điềm He");
        assert_eq!(words[3].case, Case::Upper);
        assert_eq!(words[5].case, Case::Title);
        assert_eq!(words[8].case, Case::Lower);
    }

    #[test]
    fn apostrophes_and_dots_inside_names() {
        let words = raw_words("xã Ea H'Leo, TP.HCM. Sau");
        let folded: Vec<&str> = words.iter().map(|r| words.folded(r)).collect();
        assert_eq!(folded, ["xa", "ea", "hleo", "tp", "hcm", "sau"]);
        assert_eq!(words[4].sep, SEP_DOT);
        assert_eq!(words[5].sep & SEP_HARD, SEP_HARD);
        assert_eq!(words[5].sep & SEP_PERIOD, SEP_PERIOD);
    }
}
