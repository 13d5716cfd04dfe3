use chrono::NaiveDate;

use super::written;
use crate::finding::{Diagnostic, Location, Text};
use crate::messages::{self, Arg};
use crate::period::dates::YEARS;
use crate::period::{Analysis, DateValue, Validity, YearRef};
use crate::rules::{declare_rule, ModelContext};

declare_rule! {
    /// ## Lỗi gì
    /// Một ngày trong văn bản không có thật (`31/02/2026`, `29/02/2025`, `31/4`, tháng
    /// 13) hoặc không đọc được (`1O/3/2026` viết chữ O thay số 0, năm thiếu chữ số
    /// `15/3/202`). Ngày không ghi năm được hiểu theo năm của kế hoạch (`29/02` trong
    /// kế hoạch năm 2026 không tồn tại). Ngày ban hành ở dòng địa danh do quy tắc F003
    /// kiểm tra, không báo lại ở đây.
    ///
    /// ## Vì sao
    /// Một hạn gửi báo cáo, một mốc chiến dịch hay ngày của văn bản được viện dẫn mà
    /// không có thật thì không ai thực hiện được, và thường là dấu hiệu gõ nhầm ngày
    /// hoặc tháng.
    ///
    /// ## Ví dụ sai
    /// ```text
    /// Các sở gửi kế hoạch về Công an tỉnh trước ngày 31/02/2026.
    /// ```
    ///
    /// ## Ví dụ đúng
    /// ```text
    /// Các sở gửi kế hoạch về Công an tỉnh trước ngày 28/02/2026.
    /// ```
    /// ---
    /// ## What it finds
    /// A date in the document that does not exist (`31/02/2026`, `29/02/2025`, `31/4`,
    /// month 13) or cannot be read (`1O/3/2026` with a letter O for a zero, a year short
    /// of digits `15/3/202`). A date with no year is taken in the plan's year (`29/02`
    /// in a plan for 2026 does not exist). The date of issue on the place-and-date line
    /// is F003's; it is not reported again here.
    ///
    /// ## Why it matters
    /// A reporting deadline, a campaign date or the date of a cited document that does
    /// not exist cannot be acted on, and usually means a day or month was mistyped.
    ///
    /// ## Wrong
    /// ```text
    /// Các sở gửi kế hoạch về Công an tỉnh trước ngày 31/02/2026.
    /// ```
    ///
    /// ## Right
    /// ```text
    /// Các sở gửi kế hoạch về Công an tỉnh trước ngày 28/02/2026.
    /// ```
    pub static RULE = Rule {
        code: "P001",
        name: "impossible-date",
        area: Period,
        severity: Error,
        title: ("Ngày không tồn tại hoặc không đọc được", "A date that does not exist or cannot be read"),
        check: check,
    };
}

/// The dates written that cannot be read or do not exist: a text's, and a form's
/// period fields.
fn check(ctx: &ModelContext, out: &mut Vec<Diagnostic>) {
    if let Some(analysis) = &ctx.model.dates {
        check_text_dates(ctx, analysis, out);
    }
    for date in &ctx.model.field_dates {
        let at = date.at.clone();
        if let Some(d) = judge(&date.written, date.value, None, Some(&date.name), at) {
            out.push(d);
        }
    }
}

/// The dates of a text, but for the date of issue.
fn check_text_dates(ctx: &ModelContext, analysis: &Analysis, out: &mut Vec<Diagnostic>) {
    let text = ctx.model.text.as_str();
    // The place-and-date line is F003's, and so is a numeric date standing in for it.
    let skip: Vec<std::ops::Range<usize>> = ctx
        .model
        .header
        .issued_at
        .iter()
        .filter_map(|at| match at {
            Location::Span(s) => Some(s.clone()),
            Location::Path(_) => None,
        })
        .collect();
    // Lines and their cells come in order and do not overlap, so the list is sorted:
    // each date looks its cell up by bisection (a scan of the whole list per date was
    // quadratic when the header ran long).
    debug_assert!(skip.windows(2).all(|w| w[0].end <= w[1].start));
    let context_year = analysis.regime.plan_year;
    for m in &analysis.scan.mentions {
        let i = skip.partition_point(|s| s.end <= m.span.start);
        if skip
            .get(i)
            .is_some_and(|s| s.start < m.span.end && m.span.start < s.end)
        {
            continue;
        }
        let shown = written(text, &m.span);
        if let Some(d) = judge(
            &shown,
            m.value,
            context_year,
            None,
            Location::Span(m.span.clone()),
        ) {
            out.push(d);
        }
    }
}

/// What is wrong with the date `shown` (of the field `name`, if it is a field's), if
/// anything: it cannot be read, or it does not exist (in `context_year`, the plan's
/// year, when it gives no year).
fn judge(
    shown: &str,
    value: DateValue,
    context_year: Option<i32>,
    name: Option<&Text>,
    at: Location,
) -> Option<Diagnostic> {
    let (message, hint) = match value.validity(context_year) {
        Validity::Exists => return None,
        Validity::Unreadable => {
            let reason = if shown.chars().any(|c| c.is_alphabetic()) {
                messages::p001_not_in_digits()
            } else {
                messages::p001_short_year()
            };
            (
                messages::p001_unreadable(shown, reason),
                messages::p001_unreadable_hint(),
            )
        }
        Validity::Impossible { checked_in } => {
            let reason = reason(value, checked_in);
            let message = match checked_in {
                Some(y) => messages::p001_not_in_plan_year(shown, y, reason),
                None => messages::p001_no_such_day(shown, reason),
            };
            (message, messages::p001_no_such_day_hint())
        }
    };
    let message = match name {
        // The same words, their first letter lowered after the field's name.
        Some(name) => messages::p001_of_field(
            name,
            Text::new(lower_first(&message.vi), lower_first(&message.en)),
        ),
        None => message,
    };
    Some(RULE.report_at(at, message).with_hint(hint))
}

fn lower_first(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(c) => crate::text::case::lower(c).to_string() + chars.as_str(),
        None => String::new(),
    }
}

/// Why a date does not exist.
fn reason(value: DateValue, checked_in: Option<i32>) -> Arg<'static> {
    let (month, year) = match value {
        DateValue::Day { month, year, .. } | DateValue::Month { month, year } => (month, year),
        DateValue::Unreadable => return "".into(),
    };
    if !(1..=12).contains(&month) {
        return messages::p001_no_such_month(month).into();
    }
    let y = match (year, checked_in) {
        (YearRef::Stated(y), _) if !YEARS.contains(&y) => {
            return messages::p001_year_out_of_range(y, *YEARS.start(), *YEARS.end()).into();
        }
        (YearRef::Stated(y), _) | (_, Some(y)) => Some(y),
        _ => None,
    };
    let days = days_in(y.unwrap_or(2024), month);
    match y {
        Some(y) if month == 2 => messages::p001_february_days(y, days),
        _ => messages::p001_month_days(month, days),
    }
    .into()
}

fn days_in(year: i32, month: u32) -> u32 {
    let next = if month == 12 {
        NaiveDate::from_ymd_opt(year + 1, 1, 1)
    } else {
        NaiveDate::from_ymd_opt(year, month + 1, 1)
    };
    next.and_then(|d| d.pred_opt())
        .map_or(31, |d| chrono::Datelike::day(&d))
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::*;

    #[test]
    fn table() {
        let pass = vec![
            plan(BODY),
            with_item("Các sở gửi kế hoạch trước ngày 28/02/2026 và báo cáo trước ngày 15/12."),
            with_item("Hưởng ứng Ngày toàn dân phòng, chống mua bán người 30/7; trực 24/7."),
            with_item("Đã hỗ trợ 06/06 nạn nhân, đạt 17/20 chỉ tiêu theo Quyết định số 33/QĐ-TTg và Nghị quyết số 02/2019/NQ-HĐTP."),
            with_item("Tổng kết vào ngày 29/02/2028, báo cáo trước 2026-06-14."),
            // the date of issue is F003's
            plan_with("ngày 05 tháng 02 năm 2026", "ngày 30 tháng 02 năm 2026"),
            plan_with("Lạng Sơn, ngày 05 tháng 02 năm 2026", "Lạng Sơn, 31/02/2026"),
        ];
        let fail = vec![
            (
                with_item("Các sở gửi kế hoạch trước ngày 31/02/2026."),
                "31/02/2026",
                "tháng 2 năm 2026 chỉ có 28 ngày",
            ),
            (
                with_item("Các sở gửi kế hoạch trước ngày 29/02."),
                "29/02",
                "không có trong năm 2026",
            ),
            (
                with_item("Báo cáo gửi chậm nhất ngày 31/4."),
                "31/4",
                "tháng 4 chỉ có 30 ngày",
            ),
            (
                with_item("Tổ chức hội nghị ngày 15/13/2026."),
                "15/13/2026",
                "không có tháng 13",
            ),
            (
                with_item("Tổ chức hội nghị ngày 32 tháng 3 năm 2026."),
                "ngày 32",
                "tháng 3 chỉ có 31 ngày",
            ),
            (
                with_item("Các sở gửi kế hoạch trước ngày 1O/3/2026."),
                "1O/3/2026",
                "chữ số",
            ),
            (
                plan_with("ngày 05/02/2025", "ngày 29/02/2025"),
                "29/02/2025",
                "không tồn tại",
            ),
        ];
        assert_table("P001", &pass, &fail);
    }

    #[test]
    fn form_table() {
        use crate::rules::testing::{assert_form_table, form_with, report_form};
        use serde_json::json;
        let pass = [
            report_form(),
            form_with(&[("/periodTo", Some(json!("2026-06-14")))]),
        ];
        let fail = [
            (
                form_with(&[("/periodFrom", Some(json!("31/02/2026")))]),
                "/periodFrom",
                "Kỳ báo cáo từ ngày: ngày “31/02/2026” không tồn tại: tháng 2 năm 2026 chỉ có 28 ngày",
            ),
            (
                form_with(&[("/periodTo", Some(json!("29/02/2026")))]),
                "/periodTo",
                "không tồn tại",
            ),
            (
                form_with(&[("/periodTo", Some(json!("14/6")))]),
                "/periodTo",
                "không đọc được ngày “14/6”: năm phải viết đủ 4 chữ số",
            ),
        ];
        assert_form_table("P001", &pass, &fail);
    }
}
