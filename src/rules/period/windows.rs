//! A report's period and date against the profile's windows and deadlines: what P002,
//! P003 and P004 report, judged once for the three of them, for texts and forms alike.

use chrono::NaiveDate;

use crate::period::report::ReportPeriod;
use crate::period::ReportKind;
use crate::profile::{Profile, ReportWindow};

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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::period::YearRef;
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
}
