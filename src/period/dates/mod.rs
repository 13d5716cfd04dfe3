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

mod read;
mod tokens;

pub use read::scan;
pub(crate) use read::year_spans;
pub(crate) use tokens::is_exactly;
pub(crate) use tokens::{tokenize, Cursor, Kind, Tok};

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

impl DateValue {
    /// Whether the date exists. A missing year is taken from `context_year` (the
    /// plan's year) when there is one; a relative year, or a missing one without
    /// context, recurs every year, so a leap year decides (29/02 exists).
    pub fn validity(self, context_year: Option<i32>) -> Validity {
        let leap = 2024;
        match self {
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

    /// Whether the date exists ([`DateValue::validity`]).
    pub fn validity(&self, context_year: Option<i32>) -> Validity {
        self.value.validity(context_year)
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

/// The dates of a text, with the tokens they were read from.
#[derive(Clone, Debug, Default)]
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
    use super::tokens::word_token;
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
