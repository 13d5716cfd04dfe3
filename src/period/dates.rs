//! Reading dates in document text, with their byte spans in the normalised text.
//!
//! Forms read (DESIGN §2.5): `15/12`, `01/7/2025`, `1/4/24` (two-digit year → 20xx),
//! `2 /3` (stray spaces), `ngày 27 tháng 3 năm 2024`, `tháng 6/2026` and
//! `tháng 6 năm 2026` (month and year), ISO `2026-06-14`, and the year words that may
//! follow a day and month: `năm trước`, `năm làm báo cáo`, `năm sau`, `năm 2025`.
//!
//! What is not a date: document symbols (`33/QĐ-TTg`, `02/2019/NQ-HĐTP`, `138/CP`),
//! ratios (`06/06 nạn nhân`, `17/20`), phone numbers, `24/7`. A day and month with no
//! year is read only where the words around it make it a date (`ngày`, `từ`, `đến`,
//! `trước`, a list after another date, a year word after it).
//!
//! A hand-written scanner: one pass over the tokens, a bounded look around each, no
//! panics on any input. Impossible dates (`31/02/2026`, month 13) are returned as
//! read; deciding that they do not exist is [`DateMention::validity`]'s job.

use std::ops::Range;

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

use crate::text::chars::{alphanumeric_len, char_at, first_letter_differs};
use crate::text::vietnamese::plain_lower;

/// The year of a date, as the text gives it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum YearRef {
    /// Written with the date: `01/7/2025`, `1/4/24` (→ 2024), `15/12 năm 2025`.
    Stated(i32),
    /// `năm trước`: the year before the reporting year.
    Previous,
    /// `năm làm báo cáo`, `năm nay`, `cùng năm`: the reporting year.
    Current,
    /// `năm sau`: the year after the reporting year.
    Next,
    /// Not written: the context decides (the plan's year, or every year).
    Missing,
}

impl YearRef {
    /// The reporting year: what a profile's day and month mean when no year is given.
    pub const fn current() -> YearRef {
        YearRef::Current
    }

    /// The calendar year, counting from the reporting (or plan) year.
    pub fn resolve(self, year: i32) -> i32 {
        match self {
            YearRef::Stated(y) => y,
            YearRef::Previous => year - 1,
            YearRef::Current | YearRef::Missing => year,
            YearRef::Next => year + 1,
        }
    }

    /// Order of the relative years; `None` for a stated or missing year.
    fn relative_rank(self) -> Option<i32> {
        match self {
            YearRef::Previous => Some(-1),
            YearRef::Current => Some(0),
            YearRef::Next => Some(1),
            _ => None,
        }
    }
}

/// A day and month with its year as written: what a reporting regime is made of.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DayMonth {
    pub day: u32,
    pub month: u32,
    /// In a profile: `previous`, `current` (the default) or `next`.
    #[serde(default = "YearRef::current")]
    pub year: YearRef,
}

impl DayMonth {
    pub const fn new(day: u32, month: u32, year: YearRef) -> DayMonth {
        DayMonth { day, month, year }
    }

    /// The calendar date, the year counted from `year` (the reporting year).
    pub fn date_in(&self, year: i32) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(self.year.resolve(year), self.month, self.day)
    }

    /// `14/3`, the way plans write a day and month.
    pub fn short(&self) -> String {
        format!("{}/{}", self.day, self.month)
    }
}

/// A calendar date as plain data (`chrono`'s types are not serialisable here).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct CalendarDate {
    pub year: i32,
    pub month: u32,
    pub day: u32,
}

impl CalendarDate {
    pub fn date(&self) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(self.year, self.month, self.day)
    }

    pub fn from_date(d: NaiveDate) -> CalendarDate {
        CalendarDate {
            year: d.year(),
            month: d.month(),
            day: d.day(),
        }
    }
}

/// `dd/mm/yyyy`.
pub fn format_date(d: NaiveDate) -> String {
    format!("{:02}/{:02}/{}", d.day(), d.month(), d.year())
}

/// How a date was written.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Form {
    /// `15/12`, `01/7/2025`, `1/4/24`.
    Slash,
    /// `ngày 27 tháng 3 năm 2024`.
    Words,
    /// `2026-06-14`.
    Iso,
    /// `tháng 6/2026`, `tháng 6 năm 2026`.
    MonthYear,
}

/// What a date says.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DateValue {
    Day {
        day: u32,
        month: u32,
        year: YearRef,
    },
    Month {
        month: u32,
        year: YearRef,
    },
    /// A date that cannot be read: `ngày 1O/3/2026` (a letter O), `ngày 15/3/202`.
    Unreadable,
}

/// The words that introduce a date.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Lead {
    None,
    /// `ngày 15/3` with nothing more telling before it.
    On,
    /// `từ ngày 15/12`.
    From,
    /// `đến ngày 14/6`, `đến hết 30/9`.
    Until,
    /// `15/12 - 14/3`: the end of a range written with a dash.
    Dash,
    /// `trước ngày 17/6`: the deadline is the day before.
    Before,
    /// `chậm nhất ngày 17/6`, `hạn chót 17/6`: the deadline is that day.
    NoLater,
    /// `sau ngày 15/6`.
    After,
}

/// One date in the text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DateMention {
    /// Bytes of the normalised text: the date and the year words that belong to it
    /// (`15/12 năm trước`); from `ngày` for the spelled-out form.
    pub span: Range<usize>,
    pub form: Form,
    pub value: DateValue,
    pub lead: Lead,
    /// Whether it continues a list of dates (`trước ngày 12/3 và 12/9`): then `lead`
    /// is the list's.
    pub listed: bool,
    /// Tokens of the date.
    pub(crate) tokens: Range<usize>,
    /// First token of the words that introduce it (`tokens.start` when none).
    pub(crate) lead_start: usize,
}

/// Whether a date exists.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Validity {
    Exists,
    /// No such day; with the year it was checked in when the text did not give it.
    Impossible {
        checked_in: Option<i32>,
    },
    Unreadable,
}

/// The years a date may be in: from the nation's founding to the end of the century.
pub const YEARS: std::ops::RangeInclusive<i32> = 1945..=2100;

impl DateMention {
    /// The day and month, if the mention has a day.
    pub fn day_month(&self) -> Option<DayMonth> {
        match self.value {
            DateValue::Day { day, month, year } => Some(DayMonth { day, month, year }),
            _ => None,
        }
    }

    pub fn year(&self) -> Option<YearRef> {
        match self.value {
            DateValue::Day { year, .. } | DateValue::Month { year, .. } => Some(year),
            DateValue::Unreadable => None,
        }
    }

    /// Whether the date exists. A missing year is taken from `context_year` (the
    /// plan's year) when there is one; a relative year, or a missing one without
    /// context, recurs every year, so a leap year decides (29/02 exists).
    pub fn validity(&self, context_year: Option<i32>) -> Validity {
        let leap = 2024;
        match self.value {
            DateValue::Unreadable => Validity::Unreadable,
            DateValue::Month { month, year } => {
                let year_ok = match year {
                    YearRef::Stated(y) => YEARS.contains(&y),
                    _ => true,
                };
                if (1..=12).contains(&month) && year_ok {
                    Validity::Exists
                } else {
                    Validity::Impossible { checked_in: None }
                }
            }
            DateValue::Day { day, month, year } => {
                let (y, checked_in) = match year {
                    YearRef::Stated(y) if !YEARS.contains(&y) => {
                        return Validity::Impossible { checked_in: None }
                    }
                    YearRef::Stated(y) => (y, None),
                    YearRef::Missing => match context_year {
                        Some(c) if YEARS.contains(&c) => (c, Some(c)),
                        _ => (leap, None),
                    },
                    _ => (leap, None),
                };
                if NaiveDate::from_ymd_opt(y, month, day).is_some() {
                    Validity::Exists
                } else if checked_in.is_some()
                    && NaiveDate::from_ymd_opt(leap, month, day).is_some()
                {
                    Validity::Impossible { checked_in }
                } else {
                    Validity::Impossible { checked_in: None }
                }
            }
        }
    }
}

/// A stated period: `từ ngày X đến ngày Y`, `X - Y`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Period {
    /// Indices into [`Scan::mentions`].
    pub from: usize,
    pub to: usize,
}

/// A span of years: `giai đoạn 2026 - 2030`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct YearSpan {
    pub from: i32,
    pub to: i32,
    /// 1-based line.
    pub line: usize,
    /// From the first year to the last.
    #[serde(skip)]
    pub span: Range<usize>,
}

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

/// The dates of a text, with the tokens they were read from.
#[derive(Debug, Default)]
pub struct Scan {
    pub mentions: Vec<DateMention>,
    pub periods: Vec<Period>,
    pub(crate) tokens: Vec<Tok>,
}

impl Scan {
    /// Indices of the mentions that start inside `span`.
    pub fn mentions_in(&self, span: &Range<usize>) -> Range<usize> {
        let a = self.mentions.partition_point(|m| m.span.start < span.start);
        let b = self.mentions.partition_point(|m| m.span.start < span.end);
        a..b.max(a)
    }

    /// Indices of the tokens that start inside `span`.
    pub(crate) fn tokens_in(&self, span: &Range<usize>) -> Range<usize> {
        let a = self.tokens.partition_point(|t| t.start < span.start);
        let b = self.tokens.partition_point(|t| t.start < span.end);
        a..b.max(a)
    }

    /// The mention a token belongs to, if any.
    pub(crate) fn mention_at_token(&self, tok: usize) -> Option<usize> {
        let i = self.mentions.partition_point(|m| m.tokens.end <= tok);
        (i < self.mentions.len() && self.mentions[i].tokens.start <= tok).then_some(i)
    }
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

fn word_token(start: usize, end: usize, digit: bool, letter: bool) -> Tok {
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
    fn spaces(&self, a: usize, max: usize) -> bool {
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

/// Reads every date of the text, and the periods they form.
pub fn scan(text: &str) -> Scan {
    let tokens = tokenize(text);
    let mut mentions: Vec<DateMention> = Vec::new();
    {
        let cur = Cursor {
            text,
            tokens: &tokens,
        };
        let mut i = 0;
        while i < tokens.len() {
            if !may_start_date(&cur, i) {
                i += 1;
                continue;
            }
            match read_at(&cur, i, mentions.last()) {
                Some(m) => {
                    i = m.tokens.end.max(i + 1);
                    mentions.push(m);
                }
                None => i += 1,
            }
        }
    }
    let periods = periods(&mentions);
    Scan {
        mentions,
        periods,
        tokens,
    }
}

fn periods(mentions: &[DateMention]) -> Vec<Period> {
    let mut out = Vec::new();
    for to in 1..mentions.len() {
        let from = to - 1;
        let (a, b) = (&mentions[from], &mentions[to]);
        let joined = b.lead_start == a.tokens.end;
        let shaped = (a.lead == Lead::From && !a.listed && b.lead == Lead::Until && !b.listed)
            || (b.lead == Lead::Dash && !b.listed);
        let dated =
            !matches!(a.value, DateValue::Unreadable) && !matches!(b.value, DateValue::Unreadable);
        if joined && shaped && dated {
            out.push(Period { from, to });
        }
    }
    out
}

/// What stands before token `at`: the lead, where it starts, whether `ngày` is among
/// it, and whether the date continues a list.
struct LeadInfo {
    lead: Lead,
    start: usize,
    ngay: bool,
    listed: bool,
}

fn lead_before(cur: &Cursor, at: usize, prev: Option<&DateMention>) -> LeadInfo {
    let mut info = LeadInfo {
        lead: Lead::None,
        start: at,
        ngay: false,
        listed: false,
    };
    let mut het = false;
    let mut k = at;
    for _ in 0..5 {
        if k == 0 {
            break;
        }
        let t = k - 1;
        let s = cur.str(t);
        let is = |key: &str| cur.word(t, key);
        let exact = |key: &str| is_exactly(s, key);
        let follows_prev = prev.is_some_and(|p| p.tokens.end == t);
        let lead = match cur.kind(t) {
            Some(Kind::Word) if is_exactly(s, "ngày") => {
                info.ngay = true;
                k = t;
                info.start = k;
                continue;
            }
            Some(Kind::Word) if is("mung") || is("mong") || is("la") || is("vao") || is("cua") => {
                k = t;
                continue;
            }
            Some(Kind::Word) if is("het") => {
                het = true;
                k = t;
                info.start = k;
                continue;
            }
            Some(Kind::Word) if exact("từ") => Lead::From,
            Some(Kind::Word) if exact("đến") || exact("tới") => Lead::Until,
            Some(Kind::Word) if exact("trước") => Lead::Before,
            Some(Kind::Word) if exact("sau") => Lead::After,
            Some(Kind::Word) if is("nhat") && cur.word(t.wrapping_sub(1), "cham") => {
                info.start = t - 1;
                info.lead = Lead::NoLater;
                return info;
            }
            Some(Kind::Word) if exact("hạn") => Lead::NoLater,
            Some(Kind::Word)
                if (is("chot") || is("cuoi")) && cur.word(t.wrapping_sub(1), "han") =>
            {
                info.start = t - 1;
                info.lead = Lead::NoLater;
                return info;
            }
            Some(Kind::Word) if (exact("và") || exact("hoặc")) && follows_prev => {
                return listed(info, prev, t);
            }
            Some(Kind::Punct(',' | ';')) if follows_prev => return listed(info, prev, t),
            Some(Kind::Punct('-')) if follows_prev => Lead::Dash,
            _ => break,
        };
        info.lead = lead;
        info.start = t;
        return info;
    }
    if het {
        info.lead = Lead::Until;
    } else if info.ngay {
        info.lead = Lead::On;
    }
    info
}

fn listed(mut info: LeadInfo, prev: Option<&DateMention>, t: usize) -> LeadInfo {
    info.listed = true;
    info.start = t;
    info.lead = prev.map_or(Lead::None, |p| p.lead);
    info
}

/// Nouns that follow a ratio, not a date: `06/06 nạn nhân`, `17/20 xã`.
const COUNTED: &[&str] = &[
    "xa", "phuong", "thon", "nguoi", "nan", "vu", "doi", "truong", "ho", "don", "luot", "lop",
    "buoi", "cuoc", "bai", "em", "tre", "phu", "ca", "tieu", "huyen", "nganh", "diem", "so",
];

/// Whether [`read_at`] may find a date at token `i`: `ngày`, `tháng`, or a number of
/// one, two or four digits. Asked of every token, so kept cheap and inlined.
#[inline(always)]
fn may_start_date(cur: &Cursor, i: usize) -> bool {
    let Some(t) = cur.tokens.get(i) else {
        return false;
    };
    match t.kind {
        Kind::Num => matches!(t.end - t.start, 1 | 2 | 4),
        // Lower-casing keeps the length: only words of five or six bytes can match.
        Kind::Word if matches!(t.end - t.start, 5 | 6) => {
            let s = cur.text.get(t.start..t.end).unwrap_or("");
            is_exactly(s, "ngày") || is_exactly(s, "tháng")
        }
        _ => false,
    }
}

/// Tries to read a date starting at token `i`.
fn read_at(cur: &Cursor, i: usize, prev: Option<&DateMention>) -> Option<DateMention> {
    let kind = cur.kind(i)?;
    match kind {
        Kind::Word if is_exactly(cur.str(i), "ngày") => words_form(cur, i, prev),
        Kind::Word if is_exactly(cur.str(i), "tháng") => month_form(cur, i, prev),
        Kind::Num => {
            let (_, digits) = cur.num(i)?;
            match digits {
                4 => iso_form(cur, i, prev),
                1 | 2 => slash_form(cur, i, prev),
                _ => None,
            }
        }
        _ => None,
    }
}

/// `ngày 27 tháng 3 năm 2024`, `ngày mùng 5 tháng 3`; `ngày 1O/3/2026` as unreadable.
fn words_form(cur: &Cursor, i: usize, prev: Option<&DateMention>) -> Option<DateMention> {
    let mut d = i + 1;
    if !cur.near(i) {
        return None;
    }
    if (cur.word(d, "mung") || cur.word(d, "mong")) && cur.near(d) {
        d += 1;
    }
    if cur.kind(d) == Some(Kind::Mixed) && confusable(cur.str(d)) {
        return Some(unreadable(cur, i, d, d, prev));
    }
    let (day, day_digits) = cur.num(d)?;
    if day_digits > 2 || !cur.near(d) || !is_exactly(cur.str(d + 1), "tháng") || !cur.near(d + 1) {
        return None;
    }
    let m = d + 2;
    if cur.kind(m) == Some(Kind::Mixed) && confusable(cur.str(m)) {
        return Some(unreadable(cur, i, i, m, prev));
    }
    let (month, month_digits) = cur.num(m)?;
    if month_digits > 2 {
        return None;
    }
    let mut end = m + 1;
    let mut year = YearRef::Missing;
    if cur.near(m) && cur.word(m + 1, "nam") && cur.near(m + 1) {
        let y = m + 2;
        match cur.kind(y) {
            Some(Kind::Num) => {
                let (v, digits) = cur.num(y)?;
                if digits != 4 {
                    return Some(unreadable(cur, i, i, y, prev));
                }
                year = YearRef::Stated(v as i32);
                end = y + 1;
            }
            Some(Kind::Mixed) if confusable(cur.str(y)) => {
                return Some(unreadable(cur, i, i, y, prev))
            }
            _ => {
                if let Some((r, e)) = relative_year(cur, m + 1) {
                    year = r;
                    end = e;
                }
            }
        }
    } else if let Some((r, e)) = year_after(cur, m) {
        year = r;
        end = e;
    }
    let mut info = lead_before(cur, i, prev);
    if info.lead == Lead::None {
        info.lead = Lead::On;
    }
    info.ngay = true;
    Some(mention(
        cur,
        i..end,
        Form::Words,
        DateValue::Day { day, month, year },
        info,
    ))
}

/// `tháng 6/2026`, `tháng 6 năm 2026`.
fn month_form(cur: &Cursor, i: usize, prev: Option<&DateMention>) -> Option<DateMention> {
    if !cur.near(i) {
        return None;
    }
    let m = i + 1;
    let (month, digits) = cur.num(m)?;
    if digits > 2 {
        return None;
    }
    let slash = cur.spaces(m, 2) && cur.punct(m + 1, '/') && cur.spaces(m + 1, 2);
    let words = cur.near(m) && cur.word(m + 1, "nam") && cur.near(m + 1);
    if !(slash || words) {
        return None;
    }
    let y = m + 2;
    let (year, year_digits) = cur.num(y)?;
    if year_digits != 4 || symbol_follows(cur, y) {
        return None;
    }
    let info = lead_before(cur, i, prev);
    Some(mention(
        cur,
        i..y + 1,
        Form::MonthYear,
        DateValue::Month {
            month,
            year: YearRef::Stated(year as i32),
        },
        info,
    ))
}

/// `2026-06-14`.
fn iso_form(cur: &Cursor, i: usize, prev: Option<&DateMention>) -> Option<DateMention> {
    let parts_ok = cur.adjacent(i)
        && cur.punct(i + 1, '-')
        && cur.adjacent(i + 1)
        && cur.num(i + 2)?.1 == 2
        && cur.adjacent(i + 2)
        && cur.punct(i + 3, '-')
        && cur.adjacent(i + 3)
        && cur.num(i + 4)?.1 == 2;
    if !parts_ok || symbol_before(cur, i) || symbol_follows(cur, i + 4) {
        return None;
    }
    let (year, _) = cur.num(i)?;
    let (month, _) = cur.num(i + 2)?;
    let (day, _) = cur.num(i + 4)?;
    let info = lead_before(cur, i, prev);
    Some(mention(
        cur,
        i..i + 5,
        Form::Iso,
        DateValue::Day {
            day,
            month,
            year: YearRef::Stated(year as i32),
        },
        info,
    ))
}

/// `15/12`, `01/7/2025`, `1/4/24`, `2 /3`, and `6/2026` after `từ`, `đến`, `trước`.
fn slash_form(cur: &Cursor, i: usize, prev: Option<&DateMention>) -> Option<DateMention> {
    let (first, _) = cur.num(i)?;
    if !(cur.spaces(i, 2) && cur.punct(i + 1, '/') && cur.spaces(i + 1, 2)) {
        return None;
    }
    let (second, second_digits) = cur.num(i + 2)?;
    let info = lead_before(cur, i, prev);
    if symbol_before(cur, i) && info.lead != Lead::Dash {
        return None;
    }
    if cur.word(i.wrapping_sub(1), "so") {
        return None; // `số 12/3`: a number and symbol
    }
    let strong = info.ngay;
    let weak = info.lead != Lead::None;
    // `6/2026`: a month and year, where the words say it is a time.
    if second_digits == 4 {
        let timely = weak && !matches!(info.lead, Lead::On | Lead::Dash) || strong;
        if !timely || symbol_follows(cur, i + 2) {
            return None;
        }
        return Some(mention(
            cur,
            i..i + 3,
            Form::Slash,
            DateValue::Month {
                month: first,
                year: YearRef::Stated(second as i32),
            },
            info,
        ));
    }
    if second_digits > 2 {
        return None;
    }
    let (day, month) = (first, second);
    // A year after a second slash.
    let mut end = i + 3;
    let mut year = YearRef::Missing;
    if cur.spaces(i + 2, 1) && cur.punct(i + 3, '/') && cur.spaces(i + 3, 1) {
        match cur.kind(i + 4) {
            Some(Kind::Num) => {
                let (y, digits) = cur.num(i + 4)?;
                year = match digits {
                    4 => YearRef::Stated(y as i32),
                    2 => YearRef::Stated(2000 + y as i32),
                    _ if strong => {
                        return Some(mention(
                            cur,
                            i..i + 5,
                            Form::Slash,
                            DateValue::Unreadable,
                            info,
                        ))
                    }
                    _ => return None,
                };
                end = i + 5;
            }
            Some(Kind::Word | Kind::Mixed) => return None, // `12/3/KH`: a symbol
            _ => {}
        }
    }
    if symbol_follows(cur, end - 1) {
        return None;
    }
    if year == YearRef::Missing {
        let after = year_after(cur, end - 1);
        if let Some((r, e)) = after {
            year = r;
            end = e;
        } else if !strong {
            // A day and month alone is a date only where the words make it one.
            let plausible = (1..=31).contains(&day) && (1..=12).contains(&month);
            let counted = cur.near(end - 1)
                && (COUNTED.iter().any(|w| cur.word(end, w)) || cur.punct(end, '%'));
            if !weak || !plausible || counted {
                return None;
            }
        }
    }
    Some(mention(
        cur,
        i..end,
        Form::Slash,
        DateValue::Day { day, month, year },
        info,
    ))
}

fn mention(
    cur: &Cursor,
    tokens: Range<usize>,
    form: Form,
    value: DateValue,
    info: LeadInfo,
) -> DateMention {
    let start = cur.tokens.get(tokens.start).map_or(0, |t| t.start);
    let end = cur
        .tokens
        .get(tokens.end.saturating_sub(1))
        .map_or(start, |t| t.end);
    DateMention {
        span: start..end.max(start),
        form,
        value,
        lead: info.lead,
        listed: info.listed,
        lead_start: info.start.min(tokens.start),
        tokens,
    }
}

/// A date that cannot be read: from token `from` through the bad token `bad` and what
/// sticks to it (`1O/3/2026`); `ngày` at token `ngay` leads it.
fn unreadable(
    cur: &Cursor,
    ngay: usize,
    from: usize,
    bad: usize,
    prev: Option<&DateMention>,
) -> DateMention {
    let mut end = bad + 1;
    while end < bad + 6
        && cur.adjacent(end - 1)
        && matches!(
            cur.kind(end),
            Some(Kind::Num | Kind::Mixed | Kind::Punct('/'))
        )
    {
        end += 1;
    }
    let mut info = lead_before(cur, ngay, prev);
    if info.lead == Lead::None {
        info.lead = Lead::On;
    }
    mention(cur, from..end, Form::Words, DateValue::Unreadable, info)
}

/// Digits mixed with the letters that look like them: `1O`, `2O26`, `l5`.
fn confusable(s: &str) -> bool {
    s.len() <= 6
        && s.chars().any(|c| c.is_ascii_digit())
        && s.chars()
            .all(|c| c.is_ascii_digit() || matches!(c, 'O' | 'o' | 'l' | 'I'))
}

/// The number at `i` is glued to a symbol before it: `KH/12`, `2019/02`.
fn symbol_before(cur: &Cursor, i: usize) -> bool {
    i > 0
        && cur.adjacent(i - 1)
        && matches!(
            cur.kind(i - 1),
            Some(Kind::Punct('/' | '.' | '-' | ',')) | Some(Kind::Word | Kind::Mixed)
        )
}

/// What follows token `last` makes it part of a symbol or a number: `/NQ-HĐTP`,
/// `-KH`, `,5`, `.250`.
fn symbol_follows(cur: &Cursor, last: usize) -> bool {
    if !cur.adjacent(last) {
        return false;
    }
    let next = last + 1;
    let glued_alnum = |k: usize| {
        cur.adjacent(k) && matches!(cur.kind(k + 1), Some(Kind::Num | Kind::Word | Kind::Mixed))
    };
    match cur.kind(next) {
        Some(Kind::Punct('/')) => glued_alnum(next),
        Some(Kind::Punct('-')) => {
            glued_alnum(next) && matches!(cur.kind(next + 1), Some(Kind::Word | Kind::Mixed))
        }
        Some(Kind::Punct('.' | ',')) => glued_alnum(next) && cur.kind(next + 1) == Some(Kind::Num),
        Some(Kind::Word | Kind::Mixed | Kind::Num) => true,
        _ => false,
    }
}

/// The year words after a day and month ending at token `last`: `năm 2025`,
/// `năm trước`, `của năm làm báo cáo`. Returns the year and the token after them.
fn year_after(cur: &Cursor, last: usize) -> Option<(YearRef, usize)> {
    let mut k = last + 1;
    if !cur.near(last) {
        return None;
    }
    if cur.word(k, "cua") && cur.near(k) {
        k += 1;
    }
    if cur.word(k, "cung") && cur.near(k) && cur.word(k + 1, "nam") {
        return Some((YearRef::Current, k + 2));
    }
    if !(cur.word(k, "nam") && cur.near(k)) {
        return None;
    }
    if let Some((v, 4)) = cur.num(k + 1) {
        if symbol_follows(cur, k + 1) {
            return None;
        }
        return Some((YearRef::Stated(v as i32), k + 2));
    }
    relative_year(cur, k)
}

/// The relative year after the word `năm` at token `nam`.
fn relative_year(cur: &Cursor, nam: usize) -> Option<(YearRef, usize)> {
    const WORDS: &[(&[&str], YearRef)] = &[
        (&["lien", "truoc"], YearRef::Previous),
        (&["truoc"], YearRef::Previous),
        (&["ngoai"], YearRef::Previous),
        (&["tiep", "theo"], YearRef::Next),
        (&["ke", "tiep"], YearRef::Next),
        (&["sau"], YearRef::Next),
        (&["lam", "bao", "cao"], YearRef::Current),
        (&["bao", "cao"], YearRef::Current),
        (&["hien", "tai"], YearRef::Current),
        (&["nay"], YearRef::Current),
    ];
    'words: for (words, year) in WORDS {
        let mut k = nam;
        for w in *words {
            if !cur.near(k) || !cur.word(k + 1, w) {
                continue 'words;
            }
            k += 1;
        }
        return Some((*year, k + 1));
    }
    None
}

/// Every `giai đoạn 2026 - 2030` (also `giai đoạn từ năm 2026 đến năm 2030`) in the
/// tokens `range`.
pub(crate) fn year_spans(
    scan: &Scan,
    text: &str,
    range: Range<usize>,
    line_of: &dyn Fn(usize) -> usize,
) -> Vec<(usize, YearSpan)> {
    let cur = Cursor {
        text,
        tokens: &scan.tokens,
    };
    let mut out = Vec::new();
    let end = range.end.min(scan.tokens.len());
    let mut t = range.start;
    while t + 1 < end {
        // Only a word that starts with `g` or `G` can be `giai` (only those letters
        // fold to `g`, as a test checks): one byte tells most tokens apart.
        let g = scan.tokens[t].start;
        let may_be_giai = matches!(text.as_bytes().get(g), Some(b'g' | b'G'));
        if !(may_be_giai && cur.word(t, "giai") && cur.near(t) && cur.word(t + 1, "doan")) {
            t += 1;
            continue;
        }
        let mut k = t + 2;
        let skip = |k: &mut usize, key: &str| {
            if cur.near(*k - 1) && cur.word(*k, key) {
                *k += 1;
            }
        };
        skip(&mut k, "tu");
        skip(&mut k, "nam");
        let first = match cur.num(k) {
            Some((v, 4)) if cur.near(k - 1) => (v as i32, k),
            _ => {
                t += 2;
                continue;
            }
        };
        k += 1;
        let joined = if cur.spaces(k - 1, 2) && cur.punct(k, '-') {
            k += 1;
            true
        } else if cur.near(k - 1) && (cur.word(k, "den") || cur.word(k, "toi")) {
            k += 1;
            skip(&mut k, "nam");
            true
        } else {
            false
        };
        let second = match cur.num(k) {
            Some((v, 4)) if joined && (cur.spaces(k - 1, 2) || cur.near(k - 1)) => v as i32,
            _ => {
                t = k;
                continue;
            }
        };
        let a = cur.tokens[first.1].start;
        let b = cur.tokens[k].end;
        out.push((
            t,
            YearSpan {
                from: first.0,
                to: second,
                line: line_of(a),
                span: a..b,
            },
        ));
        t = k + 1;
    }
    out
}

/// Whether a period starts after it ends, where the years are known: both stated, or
/// relative (`năm trước` … `năm làm báo cáo`) with a missing year taking the other
/// end's. `None` when a year is missing beside a stated one, or both are missing: the
/// period may cross the year end (`từ 15/12 đến 14/3`).
pub fn reversed(from: &DateMention, to: &DateMention) -> Option<bool> {
    let (fy, ty) = (from.year()?, to.year()?);
    let (fy, ty) = match (fy, ty) {
        (YearRef::Missing, YearRef::Missing) => return None,
        (YearRef::Stated(a), YearRef::Stated(b)) => (a, b),
        (YearRef::Stated(_), _) | (_, YearRef::Stated(_)) => return None,
        (YearRef::Missing, t) => {
            let r = t.relative_rank()?;
            (r, r)
        }
        (f, YearRef::Missing) => {
            let r = f.relative_rank()?;
            // `từ 15/12 năm trước đến 14/6`: the end is in the reporting year.
            (r, if r < 0 { 0 } else { r })
        }
        (f, t) => (f.relative_rank()?, t.relative_rank()?),
    };
    let key = |v: &DateValue, y: i32, end: bool| -> Option<(i32, u32, u32)> {
        match *v {
            DateValue::Day { day, month, .. } => Some((y, month, day)),
            DateValue::Month { month, .. } => Some((y, month, if end { 31 } else { 1 })),
            DateValue::Unreadable => None,
        }
    };
    Some(key(&from.value, fy, false)? > key(&to.value, ty, true)?)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// [`tokenize`] as it was written first, a character at a time: the reference.
    fn tokenize_by_chars(text: &str) -> Vec<(usize, usize, Kind)> {
        let mut tokens: Vec<(usize, usize, Kind)> = Vec::new();
        let mut run: Option<(usize, bool, bool)> = None;
        for (at, c) in text.char_indices() {
            let i = at + c.len_utf8();
            if c.is_alphanumeric() {
                let digit = c.is_ascii_digit();
                run = Some(match run {
                    Some((s, d, l)) => (s, d || digit, l || !digit),
                    None => (at, digit, !digit),
                });
                continue;
            }
            if let Some((s, d, l)) = run.take() {
                let t = word_token(s, at, d, l);
                tokens.push((t.start, t.end, t.kind));
            }
            if c.is_whitespace() || matches!(c, '*' | '_' | '#' | '`' | '\\') {
                continue;
            }
            if crate::text::vietnamese::combining_mark(c).is_some() {
                if let Some(last) = tokens.last_mut() {
                    if last.1 == at && !matches!(last.2, Kind::Punct(_)) {
                        last.1 = i;
                        last.2 = Kind::Word;
                        continue;
                    }
                }
            }
            tokens.push((at, i, Kind::Punct(c)));
        }
        if let Some((s, d, l)) = run {
            let t = word_token(s, text.len(), d, l);
            tokens.push((t.start, t.end, t.kind));
        }
        tokens
    }

    #[test]
    fn tokenize_agrees_with_the_reference() {
        let pieces = [
            "a", "Z", "7", "ệ", "Đ", "×", "÷", "\u{301}", "\u{323}", " ", "\t", "\n", "\u{b}",
            "\u{c}", "\r", "*", "_", "#", "`", "\\", "/", "-", ".", "%", "\u{0}", "\u{7f}",
            "\u{a0}", "\u{85}", "\u{2003}", "“", "²", "ǅ", "Ω", "中", "😀", "\u{1680}", "ʰ", "˘",
            "\u{1e9b}", "Ỹ", "ɐ", "\u{3000}",
        ];
        let mut random = crate::testing::Lcg(5);
        for _ in 0..3000 {
            let text = random.text(&pieces, 5);
            let got: Vec<_> = tokenize(&text)
                .iter()
                .map(|t| (t.start, t.end, t.kind))
                .collect();
            assert_eq!(got, tokenize_by_chars(&text), "{text:?}");
        }
        // Every character on its own and after a letter.
        for c in (0..=0x10ffff_u32).filter_map(char::from_u32) {
            for text in [format!("{c}"), format!("a{c}1")] {
                let got: Vec<_> = tokenize(&text)
                    .iter()
                    .map(|t| (t.start, t.end, t.kind))
                    .collect();
                assert_eq!(got, tokenize_by_chars(&text), "{text:?}");
            }
        }
    }

    #[test]
    fn only_g_folds_to_g() {
        for c in (0..=0x10ffff_u32).filter_map(char::from_u32) {
            let g = crate::text::vietnamese::plain_lower(c) == 'g';
            assert_eq!(g, matches!(c, 'g' | 'G'), "{c:?}");
        }
    }

    #[test]
    fn lowercasing_keeps_utf8_length_and_ascii_to_itself() {
        for c in (0..=0x10ffff_u32).filter_map(char::from_u32) {
            let lower = crate::text::case::lower(c);
            assert_eq!(lower.len_utf8(), c.len_utf8(), "{c:?}");
            assert_eq!(lower.is_ascii(), c.is_ascii(), "{c:?}");
        }
        assert!(is_exactly("NGÀY", "ngày") && is_exactly("Tháng", "tháng"));
        assert!(!is_exactly("ĐẾN", "ngày") && !is_exactly("ngay", "ngày"));
    }

    fn read(text: &str) -> Vec<(String, DateValue)> {
        scan(text)
            .mentions
            .into_iter()
            .map(|m| (text[m.span.clone()].to_owned(), m.value))
            .collect()
    }

    fn day(day: u32, month: u32, year: YearRef) -> DateValue {
        DateValue::Day { day, month, year }
    }

    fn one(text: &str) -> DateMention {
        let s = scan(text);
        assert_eq!(s.mentions.len(), 1, "{text}: {:?}", s.mentions);
        s.mentions[0].clone()
    }

    #[test]
    fn every_form_with_its_span() {
        use YearRef::*;
        assert_eq!(
            read("trước ngày 15/12"),
            [("15/12".into(), day(15, 12, Missing))]
        );
        assert_eq!(
            read("ngày 01/7/2025"),
            [("01/7/2025".into(), day(1, 7, Stated(2025)))]
        );
        assert_eq!(
            read("Ngày: 1/4/24"),
            [("1/4/24".into(), day(1, 4, Stated(2024)))]
        );
        assert_eq!(read("từ ngày 2 /3"), [("2 /3".into(), day(2, 3, Missing))]);
        assert_eq!(
            read("Tuyên Quang, ngày 27 tháng 3 năm 2024"),
            [("ngày 27 tháng 3 năm 2024".into(), day(27, 3, Stated(2024)))]
        );
        assert_eq!(
            read("vào ngày mùng 5 tháng 3 hằng năm"),
            [("ngày mùng 5 tháng 3".into(), day(5, 3, Missing))]
        );
        assert_eq!(
            read("trong tháng 6/2026 và tháng 7 năm 2026"),
            [
                (
                    "tháng 6/2026".into(),
                    DateValue::Month {
                        month: 6,
                        year: Stated(2026)
                    }
                ),
                (
                    "tháng 7 năm 2026".into(),
                    DateValue::Month {
                        month: 7,
                        year: Stated(2026)
                    }
                )
            ]
        );
        assert_eq!(
            read("hạn 2026-06-14."),
            [("2026-06-14".into(), day(14, 6, Stated(2026)))]
        );
        assert_eq!(one("2026-06-14").form, Form::Iso);
    }

    #[test]
    fn year_words_after_the_date() {
        use YearRef::*;
        assert_eq!(
            read("Tính từ ngày 15/12 năm trước đến ngày 14/6 của năm làm báo cáo, gửi trước ngày 17/6."),
            [
                ("15/12 năm trước".into(), day(15, 12, Previous)),
                ("14/6 của năm làm báo cáo".into(), day(14, 6, Current)),
                ("17/6".into(), day(17, 6, Missing)),
            ]
        );
        assert_eq!(
            read("trước ngày 15/01 năm sau"),
            [("15/01 năm sau".into(), day(15, 1, Next))]
        );
        assert_eq!(
            read("từ 15/12 năm 2025"),
            [("15/12 năm 2025".into(), day(15, 12, Stated(2025)))]
        );
        // A year word alone makes a date of a bare day and month.
        assert_eq!(
            read("15/12 năm trước"),
            [("15/12 năm trước".into(), day(15, 12, Previous))]
        );
    }

    #[test]
    fn leads_lists_and_periods() {
        let s = scan("Định kỳ hàng quý (trước ngày 12/3 và 12/9), 06 tháng (chậm nhất ngày 12/6)");
        let leads: Vec<(Lead, bool)> = s.mentions.iter().map(|m| (m.lead, m.listed)).collect();
        assert_eq!(
            leads,
            [
                (Lead::Before, false),
                (Lead::Before, true),
                (Lead::NoLater, false)
            ]
        );
        let text = "từ ngày 01/7/2025 đến hết 30/9/2025; từ 15/12 - 14/3; ngày 5/3 đến nay";
        let s = scan(text);
        assert_eq!(s.mentions.len(), 5);
        assert_eq!(
            s.periods,
            [Period { from: 0, to: 1 }, Period { from: 2, to: 3 }]
        );
        assert_eq!(s.mentions[1].lead, Lead::Until);
        assert_eq!(s.mentions[3].lead, Lead::Dash);
    }

    #[test]
    fn symbols_ratios_and_numbers_are_not_dates() {
        for text in [
            "Quyết định số 33/QĐ-TTg của Thủ tướng",
            "Nghị quyết số 02/2019/NQ-HĐTP của Hội đồng Thẩm phán",
            "Ban Chỉ đạo 138/CP",
            "đã hỗ trợ 06/06 nạn nhân",
            "đạt 17/20 chỉ tiêu",
            "từ 15/20 xã lên 18/20 xã",
            "số điện thoại 069.414.9315, 0912/345/678",
            "trực 24/7",
            "Số: 12/3",
            "tỷ lệ 1,5/2 và 2.1/3",
            "Kế hoạch 12/3/KH-UBND",
            "Điều 150/151",
            "giai đoạn 2021-2025 và 2026 - 2030",
            "mục 2.1. và 2.2",
            "ngay từ 3/4 số hộ",
        ] {
            assert_eq!(read(text), [], "{text}");
        }
    }

    #[test]
    fn impossible_and_unreadable_dates_are_kept() {
        use YearRef::*;
        assert_eq!(
            read("ngày 31/02/2026"),
            [("31/02/2026".into(), day(31, 2, Stated(2026)))]
        );
        assert_eq!(
            read("31/02/2026"),
            [("31/02/2026".into(), day(31, 2, Stated(2026)))]
        );
        assert_eq!(
            read("ngày 15/13/2026"),
            [("15/13/2026".into(), day(15, 13, Stated(2026)))]
        );
        assert_eq!(
            read("ngày 32 tháng 3 năm 2026"),
            [("ngày 32 tháng 3 năm 2026".into(), day(32, 3, Stated(2026)))]
        );
        let m = one("gửi trước ngày 1O/3/2026.");
        assert_eq!(m.value, DateValue::Unreadable);
        assert_eq!(&"gửi trước ngày 1O/3/2026."[m.span.clone()], "1O/3/2026");
        assert_eq!(one("ngày 15/3/202").value, DateValue::Unreadable);
        assert_eq!(one("ngày 27 tháng 3 năm 2O24").value, DateValue::Unreadable);
    }

    #[test]
    fn validity_and_leap_years() {
        let v = |t: &str, ctx| one(t).validity(ctx);
        assert_eq!(v("ngày 29/02/2024", None), Validity::Exists);
        assert_eq!(
            v("ngày 29/02/2026", None),
            Validity::Impossible { checked_in: None }
        );
        assert_eq!(
            v("ngày 31/4/2026", None),
            Validity::Impossible { checked_in: None }
        );
        assert_eq!(
            v("ngày 15/13/2026", None),
            Validity::Impossible { checked_in: None }
        );
        // A missing year: the plan's year, else any year.
        assert_eq!(v("trước ngày 29/02", None), Validity::Exists);
        assert_eq!(v("trước ngày 29/02", Some(2024)), Validity::Exists);
        assert_eq!(
            v("trước ngày 29/02", Some(2026)),
            Validity::Impossible {
                checked_in: Some(2026)
            }
        );
        assert_eq!(
            v("trước ngày 30/02", Some(2026)),
            Validity::Impossible { checked_in: None }
        );
        // A relative year recurs: 29/02 happens in leap years.
        assert_eq!(v("ngày 29/02 năm trước", Some(2026)), Validity::Exists);
        assert_eq!(
            v("ngày 12/03/1900", None),
            Validity::Impossible { checked_in: None }
        );
        assert_eq!(
            v("tháng 13/2026", None),
            Validity::Impossible { checked_in: None }
        );
        assert_eq!(v("ngày 1O/3/2026", None), Validity::Unreadable);
    }

    #[test]
    fn reversed_periods() {
        let rev = |t: &str| {
            let s = scan(t);
            let p = s.periods[0];
            reversed(&s.mentions[p.from], &s.mentions[p.to])
        };
        assert_eq!(rev("từ ngày 01/10/2025 đến ngày 30/9/2025"), Some(true));
        assert_eq!(rev("từ ngày 01/7/2025 đến hết 30/9/2025"), Some(false));
        assert_eq!(rev("từ ngày 15/12 năm trước đến ngày 14/6"), Some(false));
        assert_eq!(
            rev("từ ngày 15/6 năm làm báo cáo đến ngày 14/3 năm làm báo cáo"),
            Some(true)
        );
        assert_eq!(rev("từ ngày 15/12 đến ngày 14/3"), None);
        assert_eq!(rev("từ tháng 7/2025 đến tháng 6/2025"), Some(true));
        assert_eq!(rev("từ tháng 7/2025 đến tháng 7/2025"), Some(false));
    }

    #[test]
    fn year_spans_of_programmes() {
        for (text, want) in [
            ("giai đoạn 2026 - 2030 và định hướng", (2026, 2030)),
            ("giai đoạn 2026-2030", (2026, 2030)),
            ("giai đoạn từ năm 2021 đến năm 2025", (2021, 2025)),
            ("Giai đoạn 2030 – 2026", (2030, 2026)),
        ] {
            let src = crate::text::Source::new(text);
            let s = scan(src.text());
            let spans = year_spans(&s, src.text(), 0..s.tokens.len(), &|_| 1);
            assert_eq!(spans.len(), 1, "{text}");
            assert_eq!((spans[0].1.from, spans[0].1.to), want, "{text}");
        }
    }

    #[test]
    fn no_panic_on_odd_input() {
        for text in [
            "",
            "/",
            "ngày",
            "ngày 1",
            "ngày 1 tháng",
            "ngày 1 tháng 2 năm",
            "1/",
            "1/2/",
            "tháng 6/",
            "2026-",
            "2026-06-",
            "từ",
            "đến 1/2 -",
            "ngày 99999999999/3",
            "1/1/1/1/1/1",
            "ngày\u{301} 1/2",
            "🙂 12/3 🙂",
            "ngày 1O",
            "giai đoạn 2026 -",
        ] {
            let s = scan(text);
            for m in &s.mentions {
                assert!(text.get(m.span.clone()).is_some(), "{text}");
                let _ = m.validity(Some(2026));
            }
        }
    }
}
