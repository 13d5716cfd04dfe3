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

impl ReportPeriod {
    /// The reporting year: the stated one, else the year the period ends in.
    pub fn reporting_year(&self) -> Option<i32> {
        self.year.or(self.period_to.map(|d| d.year()))
    }
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
    // The period: the first full `từ … đến …` of the abstract, or on a line about the
    // data or the reporting period (`tính từ`, `số liệu`, `kỳ báo cáo`), or in the
    // opening paragraphs, before the first part, on a line where the agency reports (`…
    // báo cáo kết quả từ ngày … đến ngày …`): in the body such a line is about something
    // else (`báo cáo kết quả đợt cao điểm từ ngày …`).
    let opening_end = doc
        .blocks
        .get(doc.body.start)
        .map_or(text.len(), |b| b.span.start);
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
        let line_start =
            crate::text::chars::rfind_ascii(&text[..a.span.start], b'\n').map_or(0, |i| i + 1);
        let before = fold(&text[line_start..a.span.start]);
        let in_abstract = abstract_.span.contains(&a.span.start);
        if in_abstract
            || before.contains("tinh tu")
            || before.contains("so lieu")
            || before.contains("ky bao cao")
            || before.contains("bao cao") && a.span.start < opening_end
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
/// else (a report of a year: `… năm 2026`) annual. The kind named first is the report's:
/// `kết quả quý I, phương hướng quý II năm 2026` is a report of the first quarter, and
/// `6 tháng đầu năm …, nhiệm vụ quý III` of a half year. A quarter left blank, as in a
/// draft's `quý … năm 2026`, is a quarter with no number (not a year).
pub fn kind_of(abstract_: &str) -> Option<(ReportKind, Option<u8>)> {
    // Words and single spaces: `quý I/2026` is `quy i 2026`, `quý … năm` is `quy nam`.
    let folded = fold(abstract_);
    let words: Vec<&str> = folded.split(' ').collect();
    for pair in words.windows(2) {
        let kind = match pair {
            ["quy", n] => match *n {
                "i" | "1" => Some((ReportKind::Quarter, Some(1))),
                "ii" | "2" => Some((ReportKind::Quarter, Some(2))),
                "iii" | "3" => Some((ReportKind::Quarter, Some(3))),
                "iv" | "4" => Some((ReportKind::Quarter, Some(4))),
                // `quý … năm 2026` (its dots fold away), `quý năm 2026`; not the place
                // names that fold to `quy` (`Quỳ Hợp`), which a year never follows.
                "nam" => Some((ReportKind::Quarter, None)),
                _ => None,
            },
            ["dot", "xuat"] => Some((ReportKind::AdHoc, None)),
            ["6" | "06" | "sau", "thang"] => Some((ReportKind::HalfYear, None)),
            ["9" | "09" | "chin", "thang"] => Some((ReportKind::NineMonth, None)),
            _ => None,
        };
        if kind.is_some() {
            return kind;
        }
    }
    let stage = words.windows(2).any(|w| w == ["giai", "doan"]); // a multi-year stage
    if abstract_year(abstract_).is_some() && !stage {
        return Some((ReportKind::Annual, None));
    }
    None
}

/// The year of `năm 2026` in an abstract (the last one), else of a quarter written
/// `quý IV/2026`.
fn abstract_year(abstract_: &str) -> Option<i32> {
    let f = fold(abstract_); // words and single spaces: `quy iv 2026`
    let words: Vec<&str> = f.split(' ').collect();
    let year = |w: &str| {
        w.parse::<i32>()
            .ok()
            .filter(|y| w.len() == 4 && super::dates::YEARS.contains(y))
    };
    let numeral = |w: &str| ["i", "ii", "iii", "iv", "1", "2", "3", "4"].contains(&w);
    words
        .windows(2)
        .filter(|w| w[0] == "nam")
        .filter_map(|w| year(w[1]))
        .next_back()
        .or_else(|| {
            words
                .windows(3)
                .filter(|w| w[0] == "quy" && numeral(w[1]))
                .find_map(|w| year(w[2]))
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_of_abstracts() {
        use ReportKind::*;
        for (abstract_, kind) in [
            (
                "Kết quả công tác phòng, chống mua bán người 6 tháng đầu năm 2026",
                Some((HalfYear, None)),
            ),
            (
                "Kết quả thực hiện quý II năm 2026",
                Some((Quarter, Some(2))),
            ),
            ("Kết quả 9 tháng năm 2026", Some((NineMonth, None))),
            (
                "Tổng kết công tác phòng, chống mua bán người năm 2026",
                Some((Annual, None)),
            ),
            ("Sơ kết giai đoạn 2021 - 2025", None),
            // the kind named first, whatever is planned next
            (
                "Kết quả thực hiện quý I, phương hướng nhiệm vụ quý II năm 2026",
                Some((Quarter, Some(1))),
            ),
            (
                "Kết quả 6 tháng đầu năm 2026 và nhiệm vụ trọng tâm quý III",
                Some((HalfYear, None)),
            ),
            ("Kết quả công tác quý IV/2026", Some((Quarter, Some(4)))),
            // a quarter left blank in a draft is a quarter, not a year
            ("Kết quả công tác quý … năm 2026", Some((Quarter, None))),
            // a place whose name folds to `quy` is not a quarter
            (
                "Kết quả công tác của huyện Quỳ Hợp năm 2026",
                Some((Annual, None)),
            ),
        ] {
            assert_eq!(kind_of(abstract_), kind, "{abstract_}");
        }
        assert_eq!(abstract_year("6 tháng đầu năm 2026"), Some(2026));
        assert_eq!(abstract_year("Kết quả công tác quý IV/2026"), Some(2026));
        assert_eq!(abstract_year("Kết quả công tác quý IV"), None);
    }

    /// The period read from a half-year report whose opening paragraph is `opening` and
    /// whose first part says `part`.
    fn period_in(opening: &str, part: &str) -> Option<(NaiveDate, NaiveDate)> {
        let text = format!(
            "SỞ Y TẾ\n\nSố: 45/BC-SYT\n\nHưng Yên, ngày 15 tháng 6 năm 2026\n\nBÁO CÁO\n\n\
             Kết quả 6 tháng đầu năm 2026\n\n{opening}\n\nI. KẾT QUẢ\n\n{part}\n\nII. PHƯƠNG HƯỚNG\n\nTiếp tục."
        );
        let source = crate::text::Source::new(&text);
        let doc = crate::reader::read(&source, None);
        let p = super::super::analyse(&doc, source.text()).report?.period;
        Some((p.period_from?, p.period_to?))
    }

    fn period_of(opening: &str) -> Option<(NaiveDate, NaiveDate)> {
        period_in(opening, "Đã làm.")
    }

    #[test]
    fn the_period_is_read_where_the_report_states_it() {
        let day = |d, m, y| NaiveDate::from_ymd_opt(y, m, d).unwrap();
        let half = Some((day(15, 12, 2025), day(14, 6, 2026)));
        for body in [
            "(Số liệu tính từ ngày 15/12/2025 đến ngày 14/6/2026)",
            "Kỳ báo cáo: từ ngày 15/12/2025 đến ngày 14/6/2026.",
            // the opening paragraph: the body reports on its period
            "Thực hiện Kế hoạch số 61/KH-UBND, Sở Y tế báo cáo kết quả từ ngày 15/12/2025 đến ngày 14/6/2026 như sau:",
        ] {
            assert_eq!(period_of(body), half, "{body}");
        }
        // a span of days about something else is not the period
        assert_eq!(
            period_of("Tổ chức đợt cao điểm từ ngày 01/3/2026 đến ngày 31/3/2026."),
            None
        );
    }

    #[test]
    fn in_the_body_only_a_line_about_the_data_or_the_period_states_it() {
        let day = |d, m, y| NaiveDate::from_ymd_opt(y, m, d).unwrap();
        let opening = "Thực hiện Kế hoạch số 61/KH-UBND, Sở Y tế báo cáo như sau:";
        // a campaign the body reports on is not the reporting period
        let campaign = "Sở đã báo cáo kết quả đợt cao điểm từ ngày 01/3/2026 đến ngày 31/3/2026.";
        assert_eq!(period_in(opening, campaign), None);
        // the data's period or the reporting period, stated in a part, still is
        let half = Some((day(15, 12, 2025), day(14, 6, 2026)));
        for part in [
            "Số liệu tính từ ngày 15/12/2025 đến ngày 14/6/2026.",
            "Kỳ báo cáo từ ngày 15/12/2025 đến ngày 14/6/2026.",
        ] {
            assert_eq!(period_in(opening, part), half, "{part}");
        }
        // the opening's statement wins over a campaign in the body
        let stated = "Sở Y tế báo cáo kết quả từ ngày 15/12/2025 đến ngày 14/6/2026 như sau:";
        assert_eq!(period_in(stated, campaign), half);
    }
}
