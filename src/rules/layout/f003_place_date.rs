use chrono::NaiveDate;

use super::unreadable;
use crate::finding::{Diagnostic, Location, Text};
use crate::form::{DATE, TEXT};
use crate::messages;
use crate::model::{Fact, IssueDate, Medium};
use crate::reader::DatePart;
use crate::rules::{declare_rule, ModelContext};

declare_rule! {
    /// ## Lỗi gì
    /// Thiếu dòng địa danh và ngày tháng năm ban hành, viết sai mẫu, hoặc ghi một ngày
    /// không có thật. Mẫu đúng: `Tuyên Quang, ngày 27 tháng 3 năm 2024` — địa danh, dấu
    /// phẩy, rồi “ngày … tháng … năm …” bằng chữ.
    ///
    /// ## Vì sao
    /// Ngày ban hành là mốc tính hiệu lực, thời hạn báo cáo và việc áp dụng tên cơ quan;
    /// Nghị định 30/2020/NĐ-CP quy định cách ghi.
    ///
    /// ## Ví dụ sai
    /// ```text
    /// Tuyên Quang, 31/02/2024
    /// ```
    ///
    /// ## Ví dụ đúng
    /// ```text
    /// Tuyên Quang, ngày 27 tháng 02 năm 2024
    /// ```
    /// ---
    /// ## What it finds
    /// The place-and-date line is missing, written in another form, or names a date
    /// that does not exist. The form is `Tuyên Quang, ngày 27 tháng 3 năm 2024`: place,
    /// comma, then “ngày … tháng … năm …” in words.
    ///
    /// ## Why it matters
    /// The date of issue decides when the document takes effect, its reporting deadlines
    /// and which agency names apply; Decree 30/2020 sets how it is written.
    ///
    /// ## Wrong
    /// ```text
    /// Tuyên Quang, 31/02/2024
    /// ```
    ///
    /// ## Right
    /// ```text
    /// Tuyên Quang, ngày 27 tháng 02 năm 2024
    /// ```
    pub static RULE = Rule {
        code: "F003",
        name: "place-date",
        area: Layout,
        severity: Error,
        title: ("Địa danh, ngày tháng năm thiếu hoặc sai", "Place and date missing, malformed or impossible"),
        check: check,
    };
}

fn check(ctx: &ModelContext, out: &mut Vec<Diagnostic>) {
    let model = ctx.model;
    let h = &model.header;
    // Neither place nor date where they belong: one finding.
    if let (Fact::Missing(at), Fact::Missing(date_at)) = (&h.place, &h.date) {
        if at == date_at {
            out.push(missing(at, h.numeric_date.as_ref(), model.medium));
            return;
        }
    }
    match &h.place {
        Fact::Missing(at) => out.push(
            RULE.report_at(at.clone(), messages::f003_place_missing())
                .with_hint(messages::f003_place_missing_hint()),
        ),
        Fact::Stated(place, at) if !place.comma => {
            out.push(RULE.report_at(at.clone(), messages::f003_no_comma()))
        }
        Fact::Unreadable(at, invalid) => out.push(unreadable(&RULE, at, invalid, TEXT)),
        Fact::Stated(..) | Fact::Unknown => {}
    }
    match &h.date {
        Fact::Missing(at) => out.push(RULE.report_at(at.clone(), messages::f003_date_missing())),
        Fact::Stated(date, at) => judge_date(date, at, out),
        Fact::Unreadable(at, invalid) => out.push(unreadable(&RULE, at, invalid, DATE)),
        Fact::Unknown => {}
    }
}

/// Parts that cannot be read, and a day that does not exist.
fn judge_date(date: &IssueDate, at: &Location, out: &mut Vec<Diagnostic>) {
    for (part, name) in [
        (&date.day, messages::f003_day as fn() -> Text),
        (&date.month, messages::f003_month),
        (&date.year, messages::f003_year),
    ] {
        if let DatePart::Other(s) = part {
            out.push(RULE.report_at(at.clone(), messages::f003_unreadable(name(), s)));
        }
    }
    if let (DatePart::Number(d), DatePart::Number(m), DatePart::Number(y)) =
        (&date.day, &date.month, &date.year)
    {
        let exists =
            (1945..=2100).contains(y) && NaiveDate::from_ymd_opt(*y as i32, *m, *d).is_some();
        if !exists {
            out.push(
                RULE.report_at(
                    at.clone(),
                    messages::f003_no_such_date(format!("{d:02}"), format!("{m:02}"), *y),
                )
                .with_hint(messages::f003_no_such_date_hint()),
            );
        }
    }
}

/// No place and date: say so, and say how when a date stands there in another form.
fn missing(at: &Location, numeric: Option<&Location>, medium: Medium) -> Diagnostic {
    if let Some(numeric) = numeric {
        return RULE.report_at(numeric.clone(), messages::f003_numeric_date());
    }
    let d = RULE.report_at(at.clone(), messages::f003_missing());
    match medium {
        Medium::Text => d.with_hint(messages::f003_missing_hint()),
        Medium::Form => d,
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::*;

    #[test]
    fn table() {
        let pass = vec![
            plan(BODY),
            plan_with("ngày 05 tháng 02 năm 2026", "ngày 29 tháng 02 năm 2024"),
            plan_with("ngày 05 tháng 02", "ngày tháng 02"), // a draft: F002, not F003
        ];
        let fail = vec![
            (
                plan_with("Lạng Sơn, ngày 05 tháng 02 năm 2026\n", ""),
                "Số: 12/KH-UBND",
                "Thiếu địa danh và ngày",
            ),
            (
                plan_with("ngày 05 tháng 02 năm 2026", "ngày 29 tháng 02 năm 2026"),
                "Lạng Sơn, ngày",
                "không tồn tại",
            ),
            (
                plan_with("ngày 05 tháng 02 năm 2026", "ngày 31 tháng 4 năm 2026"),
                "Lạng Sơn, ngày",
                "không tồn tại",
            ),
            (
                plan_with("Lạng Sơn, ngày", "Lạng Sơn ngày"),
                "Lạng Sơn ngày",
                "dấu phẩy",
            ),
            (
                plan_with(
                    "Lạng Sơn, ngày 05 tháng 02 năm 2026",
                    "Lạng Sơn, 05/02/2026",
                ),
                "Lạng Sơn, 05/02/2026",
                "ngày … tháng … năm",
            ),
            (
                plan_with("Lạng Sơn, ngày", "ngày"),
                "ngày 05 tháng",
                "Thiếu địa danh",
            ),
        ];
        assert_table("F003", &pass, &fail);
    }

    #[test]
    fn form_table() {
        use serde_json::json;
        let pass = [
            report_form(),
            form_with(&[("/issuedOn", Some(json!("2026-06-15")))]),
        ];
        let fail = [
            (form_with(&[("/place", None)]), "/place", "Thiếu địa danh"),
            (
                form_with(&[("/issuedOn", Some(json!("")))]),
                "/issuedOn",
                "Thiếu ngày ban hành",
            ),
            (
                form_with(&[("/issuedOn", Some(json!("31/06/2026")))]),
                "/issuedOn",
                "Ngày 31 tháng 06 năm 2026 không tồn tại",
            ),
            (
                form_with(&[("/issuedOn", Some(json!("ngày 15 tháng 6")))]),
                "/issuedOn",
                "dd/mm/yyyy",
            ),
            (
                form_with(&[("/issuedOn", Some(json!(20260615)))]),
                "/issuedOn",
                "không phải số",
            ),
        ];
        assert_form_table("F003", &pass, &fail);
    }
}
