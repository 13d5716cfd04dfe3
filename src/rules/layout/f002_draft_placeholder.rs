use super::number_is_blank;
use crate::finding::{Diagnostic, Lang, Text};
use crate::messages;
use crate::model::Fact;
use crate::reader::DatePart;
use crate::rules::{declare_rule, ModelContext};

declare_rule! {
    /// ## Lỗi gì
    /// Số văn bản hoặc ngày ban hành còn để trống: `Số: /KH-UBND`, `ngày tháng 02 năm
    /// 2026`. Đây là dấu hiệu của bản dự thảo.
    ///
    /// ## Vì sao
    /// Văn thư cấp số và ghi ngày khi ban hành; bản gửi đi hoặc đăng lên cổng mà còn để
    /// trống là bản chưa hoàn chỉnh. Với bản dự thảo gửi xin ý kiến thì đây chỉ là lưu ý.
    ///
    /// ## Ví dụ sai
    /// ```text
    /// Số: /KH-UBND
    /// Hưng Yên, ngày    tháng 02 năm 2026
    /// ```
    ///
    /// ## Ví dụ đúng
    /// ```text
    /// Số: 61/KH-UBND
    /// Hưng Yên, ngày 27 tháng 02 năm 2026
    /// ```
    /// ---
    /// ## What it finds
    /// The number or the day left blank: `Số: /KH-UBND`, `ngày tháng 02 năm 2026` — the
    /// marks of a draft.
    ///
    /// ## Why it matters
    /// The registry fills in the number and date on issue; a document sent or published
    /// with them blank is not final. For a draft sent for comments it is only a reminder.
    ///
    /// ## Wrong
    /// ```text
    /// Số: /KH-UBND
    /// Hưng Yên, ngày    tháng 02 năm 2026
    /// ```
    ///
    /// ## Right
    /// ```text
    /// Số: 61/KH-UBND
    /// Hưng Yên, ngày 27 tháng 02 năm 2026
    /// ```
    pub static RULE = Rule {
        code: "F002",
        name: "draft-placeholder",
        area: Layout,
        severity: Warning,
        title: ("Số hoặc ngày văn bản còn để trống (dự thảo)", "Number or day left blank (draft)"),
        check: check,
    };
}

fn check(ctx: &ModelContext, out: &mut Vec<Diagnostic>) {
    let header = &ctx.model.header;
    if let Fact::Stated(n, at) = &header.number {
        if number_is_blank(&n.symbol) {
            out.push(
                RULE.report_at(at.clone(), messages::f002_number_blank())
                    .with_hint(messages::f002_number_blank_hint()),
            );
        }
    }
    if let Fact::Stated(date, at) = &header.date {
        let blanks: Vec<Text> = [
            (&date.day, messages::f002_day as fn() -> Text),
            (&date.month, messages::f002_month),
            (&date.year, messages::f002_year),
        ]
        .into_iter()
        .filter(|(p, _)| **p == DatePart::Blank)
        .map(|(_, name)| name())
        .collect();
        if !blanks.is_empty() {
            // The names listed in each language.
            let join = |lang| {
                blanks
                    .iter()
                    .map(|b| b.get(lang))
                    .collect::<Vec<_>>()
                    .join(", ")
            };
            let parts = Text::new(join(Lang::Vi), join(Lang::En));
            out.push(
                RULE.report_at(at.clone(), messages::f002_date_blank(parts))
                    .with_hint(messages::f002_date_blank_hint()),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::*;

    #[test]
    fn table() {
        let pass = vec![plan(BODY), plan_with("Số: 12/KH-UBND", "Số: 120/KH-UBND")];
        let fail = vec![
            (
                plan_with("Số: 12/KH-UBND", "Số: /KH-UBND"),
                "Số: /KH-UBND",
                "Số văn bản còn để trống",
            ),
            (
                plan_with("Số: 12/KH-UBND", "Số: …/KH-UBND"),
                "Số: …/KH-UBND",
                "để trống",
            ),
            (
                plan_with("ngày 05 tháng 02", "ngày    tháng 02"),
                "tháng 02 năm 2026",
                "(ngày)",
            ),
            (
                plan_with("ngày 05 tháng 02 năm 2026", "ngày ... tháng ... năm 2026"),
                "năm 2026",
                "(ngày, tháng)",
            ),
        ];
        assert_table("F002", &pass, &fail);
    }

    #[test]
    fn form_table() {
        use serde_json::json;
        let pass = [report_form(), form_with(&[("/number", None)])];
        let fail = [
            (
                form_with(&[("/number", Some(json!("/BC-SYT")))]),
                "/number",
                "dự thảo",
            ),
            (
                form_with(&[("/number", Some(json!("Số:   /BC-SYT")))]),
                "/number",
                "dự thảo",
            ),
        ];
        assert_form_table("F002", &pass, &fail);
    }
}
