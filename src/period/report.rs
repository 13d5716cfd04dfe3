//! A report's period and date against the profile's windows and deadlines (P002,
//! P003, P004), on a typed model the report form (DESIGN §4.4: `reportType`, `year`,
//! `quarter`, `periodFrom`, `periodTo`, `issuedOn`) will fill, and read from a
//! report document: its kind and year from the abstract (`6 tháng đầu năm 2026`),
//! its period from the body (`tính từ ngày 15/12/2025 đến ngày 14/6/2026`), its date
//! from the place-and-date line.

use std::ops::Range;

use chrono::{Datelike, NaiveDate};

use super::dates::{DateValue, Scan, YearRef};
use super::regime::Regime;
use super::ReportKind;
use crate::profile::{Profile, ReportWindow};
use crate::reader::Document;
use crate::text::fold;

/// The period fields of a report (DESIGN §4.4).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ReportPeriod {
    pub report_type: ReportKind,
    /// The reporting year; else the year `period_to` ends in.
    pub year: Option<i32>,
    /// 1–4 for a quarterly report.
    pub quarter: Option<u8>,
    pub period_from: Option<NaiveDate>,
    pub period_to: Option<NaiveDate>,
    pub issued_on: Option<NaiveDate>,
}

/// What is wrong with a report's period or date.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PeriodIssue {
    /// P002: the period starts after it ends; nothing else is checked.
    Reversed { from: NaiveDate, to: NaiveDate },
    /// P003: the period is not the window of its kind; `from`–`to` is the window.
    OffWindow {
        quarter: Option<u8>,
        from: NaiveDate,
        to: NaiveDate,
    },
    /// P004: sent (or, with no date, still not sent `today`) after the last day in
    /// time.
    Late {
        quarter: Option<u8>,
        last_day: NaiveDate,
        submitted: NaiveDate,
        /// Whether `submitted` is `today` (the report has no date).
        by_today: bool,
    },
}

impl ReportPeriod {
    /// The reporting year: the stated one, else the year the period ends in.
    pub fn reporting_year(&self) -> Option<i32> {
        self.year.or(self.period_to.map(|d| d.year()))
    }
}

/// Checks a report's period against the windows of `profile` (P003) and its date, or
/// `today` when it has none, against the deadline (P004). An ad hoc report has no
/// window.
pub fn check(
    period: &ReportPeriod,
    profile: &Profile,
    today: Option<NaiveDate>,
) -> Vec<PeriodIssue> {
    let mut out = Vec::new();
    if let (Some(from), Some(to)) = (period.period_from, period.period_to) {
        if from > to {
            out.push(PeriodIssue::Reversed { from, to });
            return out;
        }
    }
    if period.report_type == ReportKind::AdHoc {
        return out;
    }
    let Some(year) = period.reporting_year() else {
        return out;
    };
    let windows = profile.windows(period.report_type, period.quarter);
    let dated: Vec<(ReportWindow, NaiveDate, NaiveDate)> = windows
        .iter()
        .filter_map(|w| w.dates(year).map(|(a, b)| (*w, a, b)))
        .collect();
    let window = match (period.period_from, period.period_to) {
        (Some(from), Some(to)) => {
            if let Some(hit) = dated.iter().find(|(_, a, b)| *a == from && *b == to) {
                Some(hit.0)
            } else {
                // The window meant: the one whose end is nearest the period's.
                let near = dated
                    .iter()
                    .min_by_key(|(_, _, b)| (*b - to).num_days().abs());
                if let Some((w, a, b)) = near {
                    out.push(PeriodIssue::OffWindow {
                        quarter: w.quarter,
                        from: *a,
                        to: *b,
                    });
                }
                near.map(|n| n.0)
            }
        }
        _ if dated.len() == 1 => Some(dated[0].0),
        _ => None,
    };
    if let Some(w) = window {
        let (submitted, by_today) = match (period.issued_on, today) {
            (Some(d), _) => (Some(d), false),
            (None, Some(t)) => (Some(t), true),
            (None, None) => (None, false),
        };
        if let (Some(last_day), Some(submitted)) = (w.last_day(year), submitted) {
            if submitted > last_day {
                out.push(PeriodIssue::Late {
                    quarter: w.quarter,
                    last_day,
                    submitted,
                    by_today,
                });
            }
        }
    }
    out
}

/// A report document's period, with where its parts are written.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReportText {
    pub period: ReportPeriod,
    /// Where the kind is named (the abstract).
    pub kind_span: Range<usize>,
    /// The stated period (`từ ngày … đến ngày …`), when there is one.
    pub period_span: Option<Range<usize>>,
    /// The place-and-date line, when the report is dated.
    pub date_span: Option<Range<usize>>,
}

/// Reads the kind, year and period of a report document; `None` when its abstract
/// names no kind of periodic report.
pub fn read(doc: &Document, text: &str, scan: &Scan, regime: &Regime) -> Option<ReportText> {
    let abstract_ = doc.header.abstract_.as_ref()?;
    let (report_type, quarter) = kind_of(&abstract_.text)?;
    let year = abstract_year(&abstract_.text);
    // The period: the first full `từ … đến …` of the abstract, or of the body on a
    // line about the data (`tính từ`, `số liệu`, `kỳ báo cáo`).
    let mut period_from = None;
    let mut period_to = None;
    let mut period_span = None;
    for p in &scan.periods {
        let (Some(a), Some(b)) = (scan.mentions.get(p.from), scan.mentions.get(p.to)) else {
            continue;
        };
        let (Some(from), Some(to)) = (full_date(&a.value), full_date(&b.value)) else {
            continue;
        };
        let line_start = text[..a.span.start].rfind('\n').map_or(0, |i| i + 1);
        let before = fold(&text[line_start..a.span.start]);
        let in_abstract = abstract_.span.contains(&a.span.start);
        if in_abstract
            || before.contains("tinh tu")
            || before.contains("so lieu")
            || before.contains("ky bao cao")
        {
            period_from = Some(from);
            period_to = Some(to);
            period_span = Some(a.span.start..b.span.end);
            break;
        }
    }
    let issued_on = regime
        .issued
        .filter(|i| i.exact)
        .and_then(|i| i.date.date());
    Some(ReportText {
        period: ReportPeriod {
            report_type,
            year,
            quarter,
            period_from,
            period_to,
            issued_on,
        },
        kind_span: abstract_.span.clone(),
        period_span,
        date_span: doc.header.place_date.as_ref().map(|p| p.span.clone()),
    })
}

/// A calendar date with its year written.
fn full_date(v: &DateValue) -> Option<NaiveDate> {
    match *v {
        DateValue::Day {
            day,
            month,
            year: YearRef::Stated(y),
        } => NaiveDate::from_ymd_opt(y, month, day),
        _ => None,
    }
}

/// The kind of report an abstract names: `quý II`, `6 tháng`, `9 tháng`, `đột xuất`,
/// else (a report of a year: `… năm 2026`) annual.
pub fn kind_of(abstract_: &str) -> Option<(ReportKind, Option<u8>)> {
    let f = format!(" {} ", fold(abstract_));
    for (words, q) in [
        (" quy iv ", 4),
        (" quy iii ", 3),
        (" quy ii ", 2),
        (" quy i ", 1),
        (" quy 4 ", 4),
        (" quy 3 ", 3),
        (" quy 2 ", 2),
        (" quy 1 ", 1),
    ] {
        if f.contains(words) {
            return Some((ReportKind::Quarter, Some(q)));
        }
    }
    if f.contains(" dot xuat ") {
        return Some((ReportKind::AdHoc, None));
    }
    if f.contains(" 6 thang ") || f.contains(" 06 thang ") || f.contains(" sau thang ") {
        return Some((ReportKind::HalfYear, None));
    }
    if f.contains(" 9 thang ") || f.contains(" 09 thang ") || f.contains(" chin thang ") {
        return Some((ReportKind::NineMonth, None));
    }
    if abstract_year(abstract_).is_some() && !f.contains(" giai doan ") {
        return Some((ReportKind::Annual, None));
    }
    None
}

/// The year of `năm 2026` in an abstract (the last one).
fn abstract_year(abstract_: &str) -> Option<i32> {
    let f = fold(abstract_);
    let words: Vec<&str> = f.split(' ').collect();
    words
        .windows(2)
        .filter(|w| w[0] == "nam" && w[1].len() == 4)
        .filter_map(|w| w[1].parse::<i32>().ok())
        .rfind(|y| super::dates::YEARS.contains(y))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::profile::national;

    fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    fn half(from: NaiveDate, to: NaiveDate) -> ReportPeriod {
        ReportPeriod {
            report_type: ReportKind::HalfYear,
            year: Some(2026),
            quarter: None,
            period_from: Some(from),
            period_to: Some(to),
            issued_on: None,
        }
    }

    #[test]
    fn a_calendar_half_year_is_off_window() {
        let p = half(ymd(2026, 1, 1), ymd(2026, 6, 30));
        assert_eq!(
            check(&p, national(), None),
            vec![PeriodIssue::OffWindow {
                quarter: None,
                from: ymd(2025, 12, 15),
                to: ymd(2026, 6, 14)
            }]
        );
        assert!(check(&half(ymd(2025, 12, 15), ymd(2026, 6, 14)), national(), None).is_empty());
    }

    #[test]
    fn a_period_that_ends_before_it_starts_is_only_that() {
        let p = half(ymd(2026, 6, 14), ymd(2025, 12, 15));
        assert_eq!(
            check(&p, national(), None),
            vec![PeriodIssue::Reversed {
                from: ymd(2026, 6, 14),
                to: ymd(2025, 12, 15)
            }]
        );
    }

    #[test]
    fn quarter_one_starts_in_the_previous_year_and_leap_years_count() {
        let q = |year, from, to| ReportPeriod {
            report_type: ReportKind::Quarter,
            year: Some(year),
            quarter: None,
            period_from: Some(from),
            period_to: Some(to),
            issued_on: None,
        };
        // Any quarter matches when none is stated.
        assert!(check(
            &q(2026, ymd(2025, 12, 15), ymd(2026, 3, 14)),
            national(),
            None
        )
        .is_empty());
        assert!(check(
            &q(2024, ymd(2023, 12, 15), ymd(2024, 3, 14)),
            national(),
            None
        )
        .is_empty());
        assert!(check(
            &q(2026, ymd(2026, 9, 15), ymd(2026, 12, 14)),
            national(),
            None
        )
        .is_empty());
        // Quarter I of the reporting year's own December is wrong.
        let wrong = check(
            &q(2026, ymd(2026, 12, 15), ymd(2027, 3, 14)),
            national(),
            None,
        );
        assert!(
            matches!(wrong[..], [PeriodIssue::OffWindow { .. }]),
            "{wrong:?}"
        );
        // A calendar quarter I (01/01–31/03) is off, also in a leap year.
        for y in [2024, 2026] {
            let off = check(&q(y, ymd(y, 1, 1), ymd(y, 3, 31)), national(), None);
            assert_eq!(
                off,
                vec![PeriodIssue::OffWindow {
                    quarter: Some(1),
                    from: ymd(y - 1, 12, 15),
                    to: ymd(y, 3, 14)
                }]
            );
        }
        // The year, when not stated, is the one the period ends in.
        let mut p = q(2026, ymd(2025, 12, 15), ymd(2026, 3, 14));
        p.year = None;
        assert!(check(&p, national(), None).is_empty());
    }

    #[test]
    fn late_by_the_issue_date_or_today() {
        let json_free = Profile {
            reports: vec![ReportWindow {
                kind: ReportKind::HalfYear,
                quarter: None,
                from: crate::period::DayMonth::new(15, 12, YearRef::Previous),
                to: crate::period::DayMonth::new(14, 6, YearRef::Current),
                deadline: Some(crate::period::DayMonth::new(17, 6, YearRef::Current)),
                deadline_inclusive: false,
            }],
            ..national().clone()
        };
        let mut p = half(ymd(2025, 12, 15), ymd(2026, 6, 14));
        p.issued_on = Some(ymd(2026, 6, 16));
        assert!(check(&p, &json_free, None).is_empty());
        p.issued_on = Some(ymd(2026, 6, 17));
        assert_eq!(
            check(&p, &json_free, Some(ymd(2026, 1, 1))),
            vec![PeriodIssue::Late {
                quarter: None,
                last_day: ymd(2026, 6, 16),
                submitted: ymd(2026, 6, 17),
                by_today: false
            }]
        );
        p.issued_on = None;
        assert!(check(&p, &json_free, Some(ymd(2026, 6, 16))).is_empty());
        assert!(matches!(
            check(&p, &json_free, Some(ymd(2026, 7, 1)))[..],
            [PeriodIssue::Late { by_today: true, .. }]
        ));
        // National has no deadlines.
        assert!(check(&p, national(), Some(ymd(2027, 1, 1))).is_empty());
    }

    #[test]
    fn kinds_of_abstracts() {
        assert_eq!(
            kind_of("Kết quả công tác phòng, chống mua bán người 6 tháng đầu năm 2026"),
            Some((ReportKind::HalfYear, None))
        );
        assert_eq!(
            kind_of("Kết quả thực hiện quý II năm 2026"),
            Some((ReportKind::Quarter, Some(2)))
        );
        assert_eq!(
            kind_of("Kết quả 9 tháng năm 2026"),
            Some((ReportKind::NineMonth, None))
        );
        assert_eq!(
            kind_of("Tổng kết công tác phòng, chống mua bán người năm 2026"),
            Some((ReportKind::Annual, None))
        );
        assert_eq!(kind_of("Sơ kết giai đoạn 2021 - 2025"), None);
        assert_eq!(abstract_year("6 tháng đầu năm 2026"), Some(2026));
    }
}
