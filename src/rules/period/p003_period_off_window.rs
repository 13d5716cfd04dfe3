use chrono::NaiveDate;

use super::windows::{self as report, PeriodIssue};
use crate::finding::{Diagnostic, Text};
use crate::messages;
use crate::period::dates::format_date;
use crate::rules::{declare_rule, ModelContext};

declare_rule! {
    /// ## Lỗi gì
    /// Kỳ báo cáo (`từ ngày … đến ngày …`) của một báo cáo định kỳ không trùng thời
    /// gian chốt số liệu của loại báo cáo đó trong hồ sơ (profile) dùng để kiểm tra:
    /// hồ sơ rút ra từ kế hoạch của tỉnh (`baocao profile --from-plan`), nếu không thì
    /// mặc định toàn quốc (Nghị định 09/2019/NĐ-CP): quý I từ 15/12 năm trước đến 14/3,
    /// quý II 15/3 – 14/6, quý III 15/6 – 14/9, quý IV 15/9 – 14/12; 6 tháng 15/12 năm
    /// trước – 14/6; 9 tháng 15/12 năm trước – 14/9; năm 15/12 năm trước – 14/12. Loại
    /// báo cáo và năm đọc từ trích yếu (`6 tháng đầu năm 2026`), kỳ báo cáo từ câu
    /// `Số liệu tính từ ngày … đến ngày …`.
    ///
    /// ## Vì sao
    /// Lỗi hay gặp nhất là lấy nửa năm dương lịch (01/01 – 30/6) thay cho thời gian chốt
    /// số liệu: số liệu không cộng được với báo cáo của các cơ quan khác, và báo cáo bị
    /// trả lại.
    ///
    /// ## Ví dụ sai
    /// ```text
    /// Kết quả công tác phòng, chống mua bán người 6 tháng đầu năm 2026
    /// (Số liệu tính từ ngày 01/01/2026 đến ngày 30/6/2026)
    /// ```
    ///
    /// ## Ví dụ đúng
    /// ```text
    /// Kết quả công tác phòng, chống mua bán người 6 tháng đầu năm 2026
    /// (Số liệu tính từ ngày 15/12/2025 đến ngày 14/6/2026)
    /// ```
    /// ---
    /// ## What it finds
    /// The period of a periodic report (`từ ngày … đến ngày …`) is not the data window of
    /// its kind in the profile it is checked against: the profile derived from the
    /// province's plan (`baocao profile --from-plan`), else the national default (Decree
    /// 09/2019/NĐ-CP): quarter I 15/12 of the previous year to 14/3, quarter II 15/3 –
    /// 14/6, quarter III 15/6 – 14/9, quarter IV 15/9 – 14/12; 6-month 15/12 of the
    /// previous year – 14/6; 9-month to 14/9; annual to 14/12. The kind and year are read
    /// from the abstract (`6 tháng đầu năm 2026`), the period from the sentence `Số liệu
    /// tính từ ngày … đến ngày …`.
    ///
    /// ## Why it matters
    /// The most common mistake is a calendar half-year (01/01 – 30/6) instead of the data
    /// window: the figures no longer add up with the other agencies' reports, and the
    /// report is sent back.
    ///
    /// ## Wrong
    /// ```text
    /// Kết quả công tác phòng, chống mua bán người 6 tháng đầu năm 2026
    /// (Số liệu tính từ ngày 01/01/2026 đến ngày 30/6/2026)
    /// ```
    ///
    /// ## Right
    /// ```text
    /// Kết quả công tác phòng, chống mua bán người 6 tháng đầu năm 2026
    /// (Số liệu tính từ ngày 15/12/2025 đến ngày 14/6/2026)
    /// ```
    pub static RULE = Rule {
        code: "P003",
        name: "period-off-window",
        area: Period,
        severity: Error,
        title: ("Kỳ báo cáo không khớp thời gian chốt số liệu", "A report's period does not match the window of its kind"),
        check: check,
    };
}

/// A report's period against its window: one finding on the phrase that states the
/// period, or, when its first and last day are given apart (a form's fields), one on
/// each that is off, with the window's day as the suggestion.
fn check(ctx: &ModelContext, out: &mut Vec<Diagnostic>) {
    let Some(r) = &ctx.model.report else {
        return;
    };
    let period = &r.period;
    for issue in report::check(period, ctx.profile, ctx.options.today) {
        let PeriodIssue::OffWindow { quarter, from, to } = issue else {
            continue;
        };
        let (Some(given_from), Some(given_to)) = (period.period_from, period.period_to) else {
            continue;
        };
        let name = period.report_type.name(period.quarter);
        let nearest = quarter.filter(|_| period.quarter.is_none());
        let (message, hint) = words(
            &name,
            nearest,
            (given_from, given_to),
            (from, to),
            &ctx.profile.source(),
        );
        if r.from_at == r.to_at {
            out.push(
                RULE.report_at(r.from_at.clone(), message)
                    .with_hint(hint)
                    .relating_all(r.window_at.iter().cloned()),
            );
            continue;
        }
        for (at, other, given, due) in [
            (&r.from_at, &r.to_at, given_from, from),
            (&r.to_at, &r.from_at, given_to, to),
        ] {
            if given == due {
                continue;
            }
            out.push(
                RULE.report_at(at.clone(), message.clone())
                    .with_hint(hint.clone())
                    .with_suggestion(format_date(due))
                    .relating(other.clone())
                    .relating_all(r.window_at.iter().cloned()),
            );
        }
    }
}

/// What the rule says of the period `given` of a report `name` whose window is
/// `window` under the rules `source` (`quy định chung (Nghị định 09/2019/NĐ-CP)`, a
/// plan): the message and the hint. A quarterly report that does not say which quarter
/// is compared with the `nearest` quarter's window, which the message names as such.
fn words(
    name: &Text,
    nearest: Option<u8>,
    given: (NaiveDate, NaiveDate),
    window: (NaiveDate, NaiveDate),
    source: &Text,
) -> (Text, Text) {
    let (gf, gt) = (format_date(given.0), format_date(given.1));
    let (wf, wt) = (format_date(window.0), format_date(window.1));
    let window_words = match nearest {
        Some(q) => {
            let quarter = crate::period::ReportKind::Quarter.name(Some(q));
            messages::p003_nearest_window(quarter, &wf, &wt)
        }
        None => messages::p003_window(&wf, &wt),
    };
    (
        messages::p003_off_window(name, gf, gt, source, window_words),
        messages::p003_hint(wf, wt),
    )
}

#[cfg(test)]
mod tests {
    use super::super::report_doc;
    use crate::rules::testing::*;

    const HALF: &str = "Kết quả công tác phòng, chống mua bán người 6 tháng đầu năm 2026";

    #[test]
    fn table() {
        let pass = vec![
            report_doc(
                HALF,
                "(Số liệu tính từ ngày 15/12/2025 đến ngày 14/6/2026)",
                "15",
            ),
            // no stated period: nothing to compare
            report_doc(HALF, "Tình hình chung ổn định.", "15"),
            // quarter I of a leap year, starting in the previous year
            report_doc(
                "Kết quả công tác phòng, chống mua bán người quý I năm 2024",
                "Số liệu tính từ ngày 15/12/2023 đến ngày 14/3/2024.",
                "15",
            ),
            report_doc(
                "Kết quả công tác phòng, chống mua bán người năm 2026",
                "Kỳ báo cáo: từ ngày 15/12/2025 đến ngày 14/12/2026.",
                "15",
            ),
            // an ad hoc report has no window
            report_doc(
                "Báo cáo đột xuất về vụ việc mua bán người năm 2026",
                "Số liệu tính từ ngày 01/01/2026 đến ngày 30/6/2026.",
                "15",
            ),
        ];
        let fail = vec![
            // the period stated in the abstract
            (
                report_doc(
                    "Kết quả công tác phòng, chống mua bán người 6 tháng đầu năm 2026 (từ ngày 01/01/2026 đến ngày 30/6/2026)",
                    "Tình hình chung ổn định.",
                    "15",
                ),
                "01/01/2026",
                "từ 15/12/2025 đến 14/06/2026",
            ),
            (
                report_doc(HALF, "(Số liệu tính từ ngày 01/01/2026 đến ngày 30/6/2026)", "15"),
                "01/01/2026",
                // the rule named as an official names it, not by an internal id
                "Kỳ báo cáo 6 tháng từ 01/01/2026 đến 30/06/2026 không khớp thời gian chốt số liệu theo quy định chung (Nghị định 09/2019/NĐ-CP): từ 15/12/2025 đến 14/06/2026.",
            ),
            (
                report_doc(
                    "Kết quả công tác phòng, chống mua bán người quý I năm 2026",
                    "Số liệu tính từ ngày 01/01/2026 đến ngày 31/3/2026.",
                    "15",
                ),
                "01/01/2026",
                "Kỳ báo cáo quý I từ 01/01/2026 đến 31/03/2026 không khớp thời gian chốt số liệu theo quy định chung (Nghị định 09/2019/NĐ-CP): từ 15/12/2025 đến 14/03/2026.",
            ),
            (
                report_doc(
                    "Kết quả công tác phòng, chống mua bán người năm 2026",
                    "Số liệu tính từ ngày 01/01/2026 đến ngày 31/12/2026.",
                    "15",
                ),
                "01/01/2026",
                "báo cáo năm",
            ),
        ];
        assert_table("P003", &pass, &fail);
    }

    #[test]
    fn form_table() {
        use crate::rules::testing::{assert_form_table, form_with, report_form};
        use serde_json::json;
        let pass = [
            report_form(),
            form_with(&[
                ("/reportType", Some(json!("quarter"))),
                ("/quarter", Some(json!(2))),
                ("/periodFrom", Some(json!("15/03/2026"))),
            ]),
            form_with(&[
                ("/reportType", Some(json!("ad_hoc"))),
                ("/periodFrom", Some(json!("01/05/2026"))),
            ]),
            // the year is read from the period's end
            form_with(&[("/year", None)]),
        ];
        let fail = [
            (
                form_with(&[("/periodFrom", Some(json!("01/01/2026")))]),
                "/periodFrom",
                "từ 15/12/2025 đến 14/06/2026",
            ),
            (
                form_with(&[("/periodTo", Some(json!("30/06/2026")))]),
                "/periodTo",
                "không khớp",
            ),
            (
                form_with(&[("/reportType", Some(json!("nine_month")))]),
                "/periodTo",
                "14/09/2026",
            ),
            (
                form_with(&[
                    ("/reportType", Some(json!("quarter"))),
                    ("/quarter", Some(json!(2))),
                    ("/periodFrom", Some(json!("15/03/2026"))),
                    ("/periodTo", Some(json!("20/06/2026"))),
                ]),
                "/periodTo",
                "Kỳ báo cáo quý II từ 15/03/2026 đến 20/06/2026 không khớp thời gian chốt số liệu theo quy định chung (Nghị định 09/2019/NĐ-CP): từ 15/03/2026 đến 14/06/2026.",
            ),
            // the quarter not given: not named as if it had been
            (
                form_with(&[
                    ("/reportType", Some(json!("quarter"))),
                    ("/periodFrom", Some(json!("15/03/2026"))),
                    ("/periodTo", Some(json!("20/06/2026"))),
                ]),
                "/periodTo",
                "Kỳ báo cáo quý từ 15/03/2026 đến 20/06/2026 không khớp thời gian chốt số liệu theo quy định chung (Nghị định 09/2019/NĐ-CP): gần nhất là quý II, từ 15/03/2026 đến 14/06/2026.",
            ),
        ];
        assert_form_table("P003", &pass, &fail);
    }
}
