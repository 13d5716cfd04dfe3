//! The national default data windows (*thời gian chốt số liệu*) of periodic reports,
//! as data: Nghị định 09/2019/NĐ-CP, art. 12, as provinces apply it (DESIGN §2.5).
//! Quarter I, the 6-month, 9-month and annual windows start on 15/12 of the year
//! before the reporting year.

use chrono::NaiveDate;
use serde::Serialize;

use super::dates::{DayMonth, YearRef};
use super::ReportKind;

/// The data window of one kind of report, days and months counted from the
/// reporting year.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct DefaultWindow {
    pub kind: ReportKind,
    /// 1–4 for the quarters, `None` otherwise.
    pub quarter: Option<u8>,
    pub from: DayMonth,
    pub to: DayMonth,
}

const fn window(
    kind: ReportKind,
    quarter: Option<u8>,
    from: (u32, u32, YearRef),
    to: (u32, u32),
) -> DefaultWindow {
    DefaultWindow {
        kind,
        quarter,
        from: DayMonth::new(from.0, from.1, from.2),
        to: DayMonth::new(to.0, to.1, YearRef::Current),
    }
}

use ReportKind::{Annual, HalfYear, NineMonth, Quarter};
use YearRef::{Current, Previous};

/// The national windows, quarter by quarter, then 6-month, 9-month and annual.
pub static NATIONAL_WINDOWS: [DefaultWindow; 7] = [
    window(Quarter, Some(1), (15, 12, Previous), (14, 3)),
    window(Quarter, Some(2), (15, 3, Current), (14, 6)),
    window(Quarter, Some(3), (15, 6, Current), (14, 9)),
    window(Quarter, Some(4), (15, 9, Current), (14, 12)),
    window(HalfYear, None, (15, 12, Previous), (14, 6)),
    window(NineMonth, None, (15, 12, Previous), (14, 9)),
    window(Annual, None, (15, 12, Previous), (14, 12)),
];

/// The national windows a report of `kind` may report on: the four quarters for a
/// quarterly report of no stated quarter, none for an ad hoc report.
pub fn national(
    kind: ReportKind,
    quarter: Option<u8>,
) -> impl Iterator<Item = &'static DefaultWindow> {
    NATIONAL_WINDOWS
        .iter()
        .filter(move |w| w.kind == kind && (quarter.is_none() || w.quarter == quarter))
}

impl DefaultWindow {
    /// First and last day of the window for the reporting year `year`.
    pub fn dates(&self, year: i32) -> Option<(NaiveDate, NaiveDate)> {
        Some((self.from.date_in(year)?, self.to.date_in(year)?))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn quarter_one_starts_in_the_previous_year() {
        let q1 = national(Quarter, Some(1)).next().unwrap();
        assert_eq!(q1.dates(2026), Some((ymd(2025, 12, 15), ymd(2026, 3, 14))));
        let annual = national(Annual, None).next().unwrap();
        assert_eq!(
            annual.dates(2026),
            Some((ymd(2025, 12, 15), ymd(2026, 12, 14)))
        );
        assert_eq!(national(Quarter, None).count(), 4);
        assert_eq!(national(ReportKind::AdHoc, None).count(), 0);
    }

    #[test]
    fn windows_tile_the_year_and_leap_years_count() {
        // The quarters follow each other without a gap, over the year end too.
        let q: Vec<_> = national(Quarter, None).collect();
        for year in [2023, 2024, 2025] {
            for pair in q.windows(2) {
                let (_, end) = pair[0].dates(year).unwrap();
                let (start, _) = pair[1].dates(year).unwrap();
                assert_eq!(end.succ_opt(), Some(start));
            }
            let (_, q4_end) = q[3].dates(year).unwrap();
            let (q1_start, _) = q[0].dates(year + 1).unwrap();
            assert_eq!(q4_end.succ_opt(), Some(q1_start));
        }
        // Quarter I of 2024 holds 29/02; of 2026 it is a day shorter.
        let len = |y| {
            let (a, b) = q[0].dates(y).unwrap();
            (b - a).num_days()
        };
        assert_eq!(len(2024), len(2026) + 1);
        let half = national(HalfYear, None).next().unwrap();
        let nine = national(NineMonth, None).next().unwrap();
        assert_eq!(half.dates(2026).unwrap().1, ymd(2026, 6, 14));
        assert_eq!(nine.dates(2026).unwrap().1, ymd(2026, 9, 14));
    }
}
