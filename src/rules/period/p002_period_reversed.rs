use super::written;
use crate::finding::{Diagnostic, Text};
use crate::messages::{self, Arg};
use crate::period::dates::{reversed, year_spans};
use crate::period::Validity;
use crate::rules::{declare_rule, ModelContext};

declare_rule! {
    /// ## Lỗi gì
    /// Một khoảng thời gian có ngày bắt đầu sau ngày kết thúc: `từ ngày 01/10/2025 đến
    /// ngày 30/9/2025`, `từ tháng 7/2025 đến tháng 6/2025`, `giai đoạn 2030 - 2026`.
    /// Khi một đầu không ghi năm (`từ ngày 15/12 đến ngày 14/3`), khoảng thời gian có
    /// thể vắt qua cuối năm nên không bị báo; năm ghi bằng chữ (`năm trước`, `năm làm
    /// báo cáo`) được so sánh theo thứ tự của chúng.
    ///
    /// ## Vì sao
    /// Kỳ báo cáo, thời gian chốt số liệu hay đợt cao điểm chạy ngược thì không xác định
    /// được số liệu nào thuộc kỳ; thường là nhầm năm hoặc đảo hai ngày.
    ///
    /// ## Ví dụ sai
    /// ```text
    /// Mở cao điểm từ ngày 01/10/2025 đến hết ngày 30/9/2025.
    /// ```
    ///
    /// ## Ví dụ đúng
    /// ```text
    /// Mở cao điểm từ ngày 01/7/2025 đến hết ngày 30/9/2025.
    /// ```
    /// ---
    /// ## What it finds
    /// A stated period that starts after it ends: `từ ngày 01/10/2025 đến ngày
    /// 30/9/2025`, `từ tháng 7/2025 đến tháng 6/2025`, `giai đoạn 2030 - 2026`. When one
    /// end has no year (`từ ngày 15/12 đến ngày 14/3`) the period may cross the year
    /// end and is not reported; years in words (`năm trước`, `năm làm báo cáo`) are
    /// compared in their order.
    ///
    /// ## Why it matters
    /// A reporting period, data window or campaign that runs backwards leaves no way to
    /// tell which figures belong to it; it is usually a wrong year or two dates swapped.
    ///
    /// ## Wrong
    /// ```text
    /// Mở cao điểm từ ngày 01/10/2025 đến hết ngày 30/9/2025.
    /// ```
    ///
    /// ## Right
    /// ```text
    /// Mở cao điểm từ ngày 01/7/2025 đến hết ngày 30/9/2025.
    /// ```
    pub static RULE = Rule {
        code: "P002",
        name: "period-reversed",
        area: Period,
        severity: Error,
        title: ("Khoảng thời gian bắt đầu sau khi kết thúc", "A period that starts after it ends"),
        check: check,
    };
}

fn hint() -> Text {
    messages::p002_hint()
}

/// `ngày 01/10/2025`, `tháng 7/2025`, `ngày 15/12 năm trước`.
fn when(s: &str) -> Arg<'_> {
    let f = crate::text::fold(s);
    if f.starts_with("ngay") || f.starts_with("thang") {
        s.into()
    } else {
        messages::p002_on_day(s).into()
    }
}

/// The periods a text writes that run backwards.
fn check_written(ctx: &ModelContext, out: &mut Vec<Diagnostic>) {
    let Some(analysis) = &ctx.model.dates else {
        return;
    };
    let text = ctx.model.text.as_str();
    let scan = &analysis.scan;
    for p in &scan.periods {
        let (from, to) = (&scan.mentions[p.from], &scan.mentions[p.to]);
        // A date that does not exist is P001's, not a reversed period.
        let exists = |m: &crate::period::DateMention| m.validity(None) == Validity::Exists;
        if !exists(from) || !exists(to) || reversed(from, to) != Some(true) {
            continue;
        }
        let (a, z) = (written(text, &from.span), written(text, &to.span));
        out.push(
            RULE.report(
                from.span.start..to.span.end,
                messages::p002_reversed(when(&a), when(&z)),
            )
            .with_hint(hint()),
        );
    }
    let all = 0..scan.tokens.len();
    for (_, span) in year_spans(scan, text, all, &|_| 0) {
        if span.from > span.to {
            let (a, z) = (span.from, span.to);
            out.push(
                RULE.report(span.span.clone(), messages::p002_years_reversed(a, z))
                    .with_hint(hint()),
            );
        }
    }
}

/// A report's period given as two days apart (a form's fields) that runs backwards; a
/// period stated in one phrase is among the text's periods.
fn check_report_period(ctx: &ModelContext, out: &mut Vec<Diagnostic>) {
    let Some(r) = &ctx.model.report else {
        return;
    };
    let (Some(from), Some(to)) = (r.period.period_from, r.period.period_to) else {
        return;
    };
    if from > to && r.from_at != r.to_at {
        let (a, z) = (
            crate::period::dates::format_date(from),
            crate::period::dates::format_date(to),
        );
        out.push(
            RULE.report_at(r.to_at.clone(), messages::p002_report_reversed(a, z))
                .relating(r.from_at.clone())
                .with_hint(hint()),
        );
    }
}

/// The periods written that run backwards.
fn check(ctx: &ModelContext, out: &mut Vec<Diagnostic>) {
    check_written(ctx, out);
    check_report_period(ctx, out);
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::*;

    #[test]
    fn table() {
        let pass = vec![
            plan(BODY),
            with_item("Mở cao điểm từ ngày 01/7/2026 đến hết 30/9/2026."),
            with_item(
                "Báo cáo 6 tháng: tính từ ngày 15/12 năm trước đến ngày 14/6 của năm làm báo cáo.",
            ),
            // no year: the window may cross the year end
            with_item("Báo cáo quý I: từ ngày 15/12 đến ngày 14/3."),
            with_item("Báo cáo năm: từ ngày 15/12/2025 - 14/12/2026."),
            with_item("Thực hiện Chương trình giai đoạn 2026 - 2030."),
            // an end that does not exist is P001's
            with_item("Mở cao điểm từ ngày 01/3/2026 đến ngày 31/02/2026."),
        ];
        let fail = vec![
            (
                with_item("Mở cao điểm từ ngày 01/10/2026 đến hết ngày\n30/9/2026."),
                "01/10/2026",
                "bắt đầu ngày 01/10/2026 nhưng kết thúc ngày 30/9/2026",
            ),
            (
                with_item("Báo cáo năm: từ ngày 15/12/2026 - 14/12/2025."),
                "15/12/2026",
                "ngày bắt đầu sau ngày kết thúc",
            ),
            (
                with_item("Tính từ ngày 15/6 của năm làm báo cáo đến ngày 14/3 năm làm báo cáo."),
                "15/6",
                "ngày bắt đầu sau ngày kết thúc",
            ),
            (
                with_item("Tổ chức tuyên truyền từ tháng 7/2026 đến tháng 6/2026."),
                "tháng 7/2026",
                "ngày bắt đầu sau",
            ),
            (
                plan_with(
                    "năm 2026\n\nThực hiện",
                    "giai đoạn 2030 - 2026\n\nThực hiện",
                ),
                "2030 - 2026",
                "Giai đoạn 2030 - 2026",
            ),
        ];
        assert_table("P002", &pass, &fail);
    }

    #[test]
    fn form_table() {
        use crate::rules::testing::{assert_form_table, form_with, report_form};
        use serde_json::json;
        let pass = [
            report_form(),
            form_with(&[("/periodFrom", Some(json!("14/06/2026")))]),
        ];
        let fail = [(
            form_with(&[("/periodTo", Some(json!("14/06/2025")))]),
            "/periodTo",
            "bắt đầu sau ngày kết thúc",
        )];
        assert_form_table("P002", &pass, &fail);
    }
}
