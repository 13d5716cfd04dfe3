use chrono::{Days, NaiveDate};

use crate::finding::Diagnostic;
use crate::messages;
use crate::period::{Deadline, Regime, ReportKind, ReportRule, YearRef};
use crate::reader::DocKind;
use crate::rules::{declare_rule, ModelContext};

declare_rule! {
    /// ## Lỗi gì
    /// Trong chế độ báo cáo của kế hoạch, hạn gửi một loại báo cáo rơi vào trước ngày
    /// cuối của thời gian chốt số liệu mà báo cáo đó phải phản ánh. Thời gian chốt số
    /// liệu là thời gian kế hoạch tự quy định (`Tính từ ngày 15/12 năm trước đến ngày
    /// 14/6 của năm làm báo cáo`), nếu không có thì theo mặc định toàn quốc (Nghị định
    /// 09/2019/NĐ-CP): quý I từ 15/12 năm trước đến 14/3, quý II 15/3 – 14/6, quý III
    /// 15/6 – 14/9, quý IV 15/9 – 14/12; 6 tháng 15/12 năm trước – 14/6; 9 tháng 15/12
    /// năm trước – 14/9; năm 15/12 năm trước – 14/12. Hạn gửi được gắn với kỳ có ngày
    /// chốt số liệu gần nó nhất; `trước ngày 15/3` nghĩa là chậm nhất ngày 14/3.
    ///
    /// ## Vì sao
    /// Cơ quan phải gửi báo cáo khi số liệu của kỳ chưa chốt thì hoặc báo cáo thiếu
    /// những ngày cuối kỳ, hoặc không thể gửi đúng hạn; các báo cáo cấp dưới và cấp trên
    /// lệch kỳ với nhau.
    ///
    /// ## Ví dụ sai
    /// ```text
    /// Định kỳ hàng quý (trước ngày 12/3 và 12/9), 06 tháng (trước ngày 12/6) và năm
    /// (trước ngày 12/12), các sở, ngành báo cáo kết quả thực hiện.
    /// ```
    ///
    /// ## Ví dụ đúng
    /// ```text
    /// Báo cáo 6 tháng: Tính từ ngày 15/12 năm trước đến ngày 14/6 của năm làm báo cáo,
    /// gửi trước ngày 17/6.
    /// ```
    /// ---
    /// ## What it finds
    /// In a plan's reporting regime, the deadline of a kind of report falls before the
    /// last day of the data window the report covers. The window is the one the plan
    /// sets (`Tính từ ngày 15/12 năm trước đến ngày 14/6 của năm làm báo cáo`), else the
    /// national default (Decree 09/2019/NĐ-CP): quarter I 15/12 of the previous year to
    /// 14/3, quarter II 15/3 – 14/6, quarter III 15/6 – 14/9, quarter IV 15/9 – 14/12;
    /// 6-month 15/12 of the previous year – 14/6; 9-month to 14/9; annual to 14/12. A
    /// deadline belongs to the period whose window ends nearest to it; `trước ngày 15/3`
    /// (before 15/3) means 14/3 at the latest.
    ///
    /// ## Why it matters
    /// A report due before its figures close either leaves out the last days of the
    /// period or cannot be sent on time, and reports of lower and upper levels no longer
    /// cover the same period.
    ///
    /// ## Wrong
    /// ```text
    /// Định kỳ hàng quý (trước ngày 12/3 và 12/9), 06 tháng (trước ngày 12/6) và năm
    /// (trước ngày 12/12), các sở, ngành báo cáo kết quả thực hiện.
    /// ```
    ///
    /// ## Right
    /// ```text
    /// Báo cáo 6 tháng: Tính từ ngày 15/12 năm trước đến ngày 14/6 của năm làm báo cáo,
    /// gửi trước ngày 17/6.
    /// ```
    pub static RULE = Rule {
        code: "P005",
        name: "deadline-before-window-end",
        area: Period,
        severity: Error,
        title: ("Hạn gửi báo cáo trước ngày chốt số liệu", "A deadline before the end of the data window it reports on"),
        check: check,
    };
}

fn check(ctx: &ModelContext, out: &mut Vec<Diagnostic>) {
    let (DocKind::Plan, Some(analysis)) = (ctx.model.kind, &ctx.model.dates) else {
        return;
    };
    let regime = &analysis.regime;
    let year = reference_year(regime);
    for rule in regime
        .reports
        .iter()
        .filter(|r| r.kind != ReportKind::AdHoc)
    {
        for deadline in &rule.deadlines {
            let Some(j) = judge(rule, deadline, year) else {
                continue;
            };
            if j.last >= j.end {
                continue;
            }
            let name = rule.kind.name(rule.quarter.or(j.quarter));
            let phrase = deadline.phrase();
            let end = j.window_end.short();
            let suggested = j
                .end
                .checked_add_days(Days::new(3))
                .map_or_else(String::new, |d| {
                    format!(
                        "{}/{}",
                        chrono::Datelike::day(&d),
                        chrono::Datelike::month(&d)
                    )
                });
            out.push(
                RULE.report(
                    deadline.span.clone(),
                    messages::p005_before_window_end(name, phrase, end),
                )
                .with_hint(messages::p005_hint(suggested)),
            );
        }
    }
}

/// The year dates without one are placed around: the plan's year or first year.
fn reference_year(regime: &Regime) -> i32 {
    regime
        .plan_year
        .or(regime.programme.as_ref().map(|p| p.from))
        .or(regime.issued.map(|i| i.date.year))
        .unwrap_or(2026)
}

/// A deadline against the window it reports on.
struct Judged {
    quarter: Option<u8>,
    window_end: crate::period::DayMonth,
    end: NaiveDate,
    last: NaiveDate,
}

/// Finds the window a deadline reports on: of the windows the report may cover, in
/// the years around it, the one whose last day is nearest to the deadline (a deadline
/// on or after it wins a tie).
fn judge(rule: &ReportRule, deadline: &Deadline, year: i32) -> Option<Judged> {
    let years: Vec<i32> = match deadline.date.year {
        YearRef::Stated(y) => vec![y - 1, y, y + 1],
        _ => vec![year],
    };
    let mut best: Option<((i64, bool), Judged)> = None;
    for (quarter, _, to) in rule.windows() {
        for &r in &years {
            let Some(end) = to.date_in(r) else {
                continue;
            };
            let placements: Vec<i32> = match deadline.date.year {
                YearRef::Missing => vec![r - 1, r, r + 1],
                _ => vec![r],
            };
            for p in placements {
                let (Some(date), Some(last)) = (deadline.date.date_in(p), deadline.last_day(p))
                else {
                    continue;
                };
                let distance = (date - end).num_days();
                let key = (distance.abs(), distance < 0);
                if !matches!(&best, Some((k, _)) if *k <= key) {
                    best = Some((
                        key,
                        Judged {
                            quarter,
                            window_end: to,
                            end,
                            last,
                        },
                    ));
                }
            }
        }
    }
    best.map(|(_, j)| j)
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::*;

    #[test]
    fn table() {
        let pass = vec![
            plan(BODY),
            with_item("Báo cáo 6 tháng: Tính từ ngày 15/12 năm trước đến ngày 14/6 của năm làm báo cáo, gửi trước ngày 17/6."),
            with_item("Báo cáo định kỳ hằng năm: Tính từ ngày 15/12 năm trước đến ngày 14/12\n\ncủa năm làm báo cáo, gửi trước ngày 17/12."),
            with_item("Định kỳ hàng quý (trước ngày 17/3, 17/6, 17/9 và 17/12), 06 tháng (trước ngày 17/6) và năm (trước ngày 17/12), các sở báo cáo kết quả."),
            // `trước ngày 15/3`: 14/3 at the latest, the last day of the window
            with_item("Báo cáo quý I gửi trước ngày 15/3; báo cáo năm gửi trước ngày 15/01 năm sau."),
            // a window the plan sets, and the deadline after it
            with_item("Báo cáo 6 tháng: số liệu tính từ ngày 01/12 năm trước đến ngày 31/5, gửi trước ngày 05/6."),
            with_item("Định kỳ 06 tháng, hằng năm và đột xuất khi có yêu cầu, báo cáo kết quả về Công an tỉnh."),
            with_item("Báo cáo đột xuất gửi trước ngày 01/3/2026."),
            // `năm trước ngày 15/12`: the annual report's deadline, not the half year's
            with_item("Các sở, ngành báo cáo kết quả 6 tháng trước ngày 15/6/2026 và năm trước ngày 15/12/2026."),
        ];
        let fail = vec![
            (
                with_item("Báo cáo 9 tháng gửi chậm nhất ngày 10/9."),
                "10/9",
                "(14/9)",
            ),
            (
                with_item("Báo cáo 6 tháng: tính từ ngày 15/12 năm trước đến ngày 20/6, gửi trước ngày 17/6."),
                "17/6",
                "(20/6)",
            ),
        ];
        assert_table("P005", &pass, &fail);
        // Two quarters' deadlines, each before its window's end: one finding each.
        assert_findings(
            "P005",
            &with_item("Định kỳ hàng quý (trước ngày 12/3 và 12/9), các sở báo cáo kết quả."),
            &[
                ("12/3", "Hạn gửi báo cáo quý I (trước ngày 12/3) sớm hơn ngày chốt số liệu của kỳ (14/3)."),
                ("12/3", "Hạn gửi báo cáo quý III (trước ngày 12/9) sớm hơn ngày chốt số liệu của kỳ (14/9)."),
            ],
            "two quarters",
        );
        assert_findings(
            "P005",
            &with_item(
                "Định kỳ 06 tháng (trước ngày 12/6) và năm (trước ngày 12/12), các sở báo cáo.",
            ),
            &[
                (
                    "12/6",
                    "báo cáo 6 tháng (trước ngày 12/6) sớm hơn ngày chốt số liệu của kỳ (14/6)",
                ),
                ("12/6", "báo cáo năm (trước ngày 12/12)"),
            ],
            "half-year and year",
        );
    }
}
