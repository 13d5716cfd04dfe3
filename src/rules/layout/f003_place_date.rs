use crate::finding::Diagnostic;
use chrono::NaiveDate;

use crate::finding::Text;
use crate::form::{invalid_message, missing_message, Field, Invalid, DATE, TEXT};
use crate::reader::{DatePart, Document};
use crate::rules::form::FormContext;
use crate::rules::{declare_rule, Context};

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
        check_text: check,
        check_form: check_form,
    };
}

const EXAMPLE: &str = "Hưng Yên, ngày 27 tháng 3 năm 2026";

fn check(ctx: &Context, out: &mut Vec<crate::finding::Diagnostic>) {
    let doc = ctx.doc;
    let Some(pd) = &doc.header.place_date else {
        out.push(missing(doc));
        return;
    };
    let mut report = |message: Text| out.push(RULE.report(pd.span.clone(), message));
    if pd.place.is_none() {
        report(Text::new(
            format!("Thiếu địa danh trước ngày tháng năm ban hành (ví dụ: “{EXAMPLE}”)."),
            format!("The place is missing before the date of issue (e.g. “{EXAMPLE}”)."),
        ));
    } else if !pd.comma {
        report(Text::new(
            "Sau địa danh phải có dấu phẩy trước chữ “ngày”.",
            "A comma must follow the place, before “ngày”.",
        ));
    }
    for (part, vi, en) in [
        (&pd.day, "ngày", "day"),
        (&pd.month, "tháng", "month"),
        (&pd.year, "năm", "year"),
    ] {
        if let DatePart::Other(s) = part {
            report(Text::new(
                format!("Không đọc được {vi} “{s}” trong ngày ban hành."),
                format!("The {en} “{s}” of the date of issue cannot be read."),
            ));
        }
    }
    if let (DatePart::Number(d), DatePart::Number(m), DatePart::Number(y)) =
        (&pd.day, &pd.month, &pd.year)
    {
        let exists =
            (1945..=2100).contains(y) && NaiveDate::from_ymd_opt(*y as i32, *m, *d).is_some();
        if !exists {
            report(Text::new(
                format!("Ngày {d:02} tháng {m:02} năm {y} không tồn tại."),
                format!("The date {d:02}/{m:02}/{y} does not exist."),
            ));
        }
    }
}

/// No place-and-date line: say so, and say how when a date stands there in another form.
fn missing(doc: &Document) -> crate::finding::Diagnostic {
    let numeric = doc.lines[..doc.header_lines]
        .iter()
        .flat_map(|l| l.cells.iter())
        .find(|c| c.clean.contains(", ") && c.clean.split(' ').any(looks_like_numeric_date));
    if let Some(cell) = numeric {
        return RULE.report(
            cell.span.clone(),
            Text::new(
                format!("Ngày ban hành phải viết “ngày … tháng … năm …”, ví dụ “{EXAMPLE}”."),
                format!(
                    "The date of issue must be written “ngày … tháng … năm …”, e.g. “{EXAMPLE}”."
                ),
            ),
        );
    }
    let h = &doc.header;
    let span = h
        .number
        .as_ref()
        .map(|n| n.span.clone())
        .or_else(|| h.type_name.as_ref().map(|t| t.span.clone()))
        .unwrap_or_else(|| doc.first_line_span());
    RULE.report(
        span,
        Text::new(
            format!("Thiếu địa danh và ngày tháng năm ban hành (ví dụ: “{EXAMPLE}”)."),
            format!("The place and date of issue are missing (e.g. “{EXAMPLE}”)."),
        ),
    )
    .with_hint(Text::new(
        "Ghi dưới quốc hiệu, bên phải số, ký hiệu văn bản.",
        "Write it under the national motto, to the right of the number and symbol.",
    ))
}

fn looks_like_numeric_date(word: &str) -> bool {
    let parts: Vec<&str> = word.trim_end_matches(['.', ',']).split('/').collect();
    parts.len() == 3
        && parts
            .iter()
            .all(|p| !p.is_empty() && p.len() <= 4 && p.bytes().all(|b| b.is_ascii_digit()))
}

fn check_form(ctx: &FormContext, out: &mut Vec<Diagnostic>) {
    let form = ctx.form;
    if !form.is_object {
        return;
    }
    match &form.place {
        Field::Ok(_) => {}
        Field::Invalid(i) => {
            out.push(RULE.report_field("/place", invalid_message("/place", i, TEXT)))
        }
        Field::Missing | Field::Empty => out.push(
            RULE.report_field("/place", missing_message("/place"))
                .with_hint(Text::new(
                    "Ghi địa danh nơi cơ quan đóng trụ sở, ví dụ “Hưng Yên”.",
                    "Write the place where the agency sits, e.g. “Hưng Yên”.",
                )),
        ),
    }
    const AT: &str = "/issuedOn";
    match &form.issued_on {
        Field::Ok(_) => {}
        Field::Invalid(Invalid::ImpossibleDate(written)) => out.push(
            RULE.report_field(
                AT,
                Text::new(
                    format!("Ngày ban hành “{written}” không có thật."),
                    format!("The date of issue “{written}” does not exist."),
                ),
            )
            .with_hint(Text::new(
                "Kiểm tra lại ngày và tháng.",
                "Check the day and the month.",
            )),
        ),
        Field::Invalid(i) => out.push(RULE.report_field(AT, invalid_message(AT, i, DATE))),
        Field::Missing | Field::Empty => out.push(RULE.report_field(AT, missing_message(AT))),
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
            (
                form_with(&[("/place", None)]),
                "/place",
                "Chưa nhập địa danh",
            ),
            (
                form_with(&[("/issuedOn", Some(json!("")))]),
                "/issuedOn",
                "Chưa nhập ngày ban hành",
            ),
            (
                form_with(&[("/issuedOn", Some(json!("31/06/2026")))]),
                "/issuedOn",
                "không có thật",
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
