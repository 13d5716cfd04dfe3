use super::unreadable;
use crate::finding::Diagnostic;
use crate::form::LIST;
use crate::messages;
use crate::model::{Fact, Medium};
use crate::rules::{declare_rule, ModelContext};
use crate::text::fold;

declare_rule! {
    /// ## Lỗi gì
    /// Thiếu phần “Nơi nhận”, hoặc danh sách nơi nhận không kết thúc bằng dòng lưu văn
    /// bản `- Lưu: VT, …`.
    ///
    /// ## Vì sao
    /// Nơi nhận cho biết văn bản gửi ai để thực hiện, để biết; dòng “Lưu” cho biết bản
    /// gốc lưu ở đâu. Cả hai là thành phần bắt buộc theo Nghị định 30/2020/NĐ-CP.
    ///
    /// ## Ví dụ sai
    /// ```text
    /// Nơi nhận:
    /// - Lưu: VT.
    /// - Công an tỉnh;
    /// ```
    ///
    /// ## Ví dụ đúng
    /// ```text
    /// Nơi nhận:
    /// - Công an tỉnh;
    /// - Lưu: VT, NC.
    /// ```
    /// ---
    /// ## What it finds
    /// The recipients (“Nơi nhận”) are missing, or their list does not end with the
    /// filing line `- Lưu: VT, …`.
    ///
    /// ## Why it matters
    /// Recipients say who acts on the document and who is informed; the “Lưu” line says
    /// where the original is kept. Decree 30/2020 requires both.
    ///
    /// ## Wrong
    /// ```text
    /// Nơi nhận:
    /// - Lưu: VT.
    /// - Công an tỉnh;
    /// ```
    ///
    /// ## Right
    /// ```text
    /// Nơi nhận:
    /// - Công an tỉnh;
    /// - Lưu: VT, NC.
    /// ```
    pub static RULE = Rule {
        code: "F005",
        name: "recipients",
        area: Layout,
        severity: Error,
        title: ("Nơi nhận thiếu hoặc không kết thúc bằng “Lưu”", "Recipients missing or not ending with “Lưu”"),
        check: check,
    };
}

fn check(ctx: &ModelContext, out: &mut Vec<Diagnostic>) {
    let text_medium = ctx.model.medium == Medium::Text;
    let recipients = match &ctx.model.recipients {
        Fact::Stated(r, _) => r,
        Fact::Missing(at) => {
            let hint = if text_medium {
                messages::f005_missing_hint_text()
            } else {
                messages::f005_missing_hint_form()
            };
            out.push(
                RULE.report_at(at.clone(), messages::f005_missing())
                    .with_hint(hint),
            );
            return;
        }
        Fact::Unreadable(at, invalid) => {
            out.push(unreadable(&RULE, at, invalid, LIST));
            return;
        }
        Fact::Unknown => return,
    };
    let is_filing = |text: &str| fold(text).starts_with("luu");
    match recipients.items.last() {
        None => out.push(RULE.report_at(recipients.at.clone(), messages::f005_empty())),
        Some(last) if is_filing(&last.text) => {}
        Some(last) => {
            let at = recipients.end_at.clone();
            let diagnostic = match recipients.items.iter().find(|i| is_filing(&i.text)) {
                Some(_) => RULE.report_at(at, messages::f005_filing_not_last()),
                None => {
                    let d = RULE.report_at(at, messages::f005_no_filing());
                    // The suggestion replaces a text's last recipient: keep it, add the
                    // filing line.
                    if text_medium {
                        d.with_suggestion(format!("- {}\n- Lưu: VT.", last.text))
                    } else {
                        d
                    }
                }
            };
            out.push(diagnostic);
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::*;

    #[test]
    fn table() {
        let pass = vec![
            plan(BODY),
            plan_with("Nơi nhận:", "***Nơi nhận:***"),
            plan_with("- Lưu: VT, NC.", "\\- Lưu: VT, CVNC^{Tường}."),
            // as PDF extraction lays them out (issue 15, item 5): the heading indented,
            // blank lines between entries, an entry wrapped over two lines, the filing
            // line with its initials, the signature after
            plan_with(
                "Nơi nhận:\n- Công an tỉnh;\n- Lưu: VT, NC.\n\nTM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nNguyễn Văn An\n",
                "      Nơi nhận:\n\n      - Ban Chỉ đạo 138/CP;\n\n      - Các sở, ban, ngành,\n\n      cơ quan TW trên địa bàn tỉnh;\n\n      - UBND các huyện, thành phố;\n\n      - Lưu: VT, NC (LTHT).\n\n\n                                   TM. ỦY BAN NHÂN DÂN\n\n                                   KT. CHỦ TỊCH\n\n                                   PHÓ CHỦ TỊCH\n\n\n                                   Nguyễn Văn An\n",
            ),
            // the wrapped entry's second piece starts with a capital (a proper noun)
            plan_with(
                "- Công an tỉnh;\n- Lưu: VT, NC.",
                "- Công an tỉnh;\n\n- Văn phòng Ban Chỉ đạo 138\n\nTỉnh ủy;\n\n- Lưu: VT, NC (LTHT).",
            ),
            // the signature block beside the recipients, on the same lines
            plan_with(
                "Nơi nhận:\n- Công an tỉnh;\n- Lưu: VT, NC.\n\nTM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n",
                "Nơi nhận:                              TM. ỦY BAN NHÂN DÂN\n- Công an tỉnh;                        KT. CHỦ TỊCH\n\n- Các sở, ban, ngành,\n\ncơ quan TW trên địa bàn tỉnh;           PHÓ CHỦ TỊCH\n\n- Lưu: VT, NC (LTHT).\n",
            ),
        ];
        let fail = vec![
            (
                plan_with("Nơi nhận:\n- Công an tỉnh;\n- Lưu: VT, NC.\n", ""),
                "TM. ỦY BAN",
                "Thiếu phần “Nơi nhận”",
            ),
            (
                plan_with("- Lưu: VT, NC.", "- Sở Y tế."),
                "- Sở Y tế.",
                "phải kết thúc bằng",
            ),
            (
                plan_with(
                    "- Công an tỉnh;\n- Lưu: VT, NC.",
                    "- Lưu: VT, NC.\n- Công an tỉnh;",
                ),
                "- Công an tỉnh;",
                "dòng cuối",
            ),
            // laid out as a PDF lays it out, still without its filing line
            (
                plan_with(
                    "- Công an tỉnh;\n- Lưu: VT, NC.",
                    "\n      - Công an tỉnh;\n\n      - Các sở, ban, ngành,\n\n      cơ quan TW trên địa bàn tỉnh;",
                ),
                "- Các sở, ban, ngành,",
                "phải kết thúc bằng",
            ),
        ];
        assert_table("F005", &pass, &fail);
    }

    #[test]
    fn form_table() {
        use serde_json::json;
        let pass = [
            report_form(),
            // one line each, as typed in a text area
            form_with(&[(
                "/recipients",
                Some(json!("- Công an tỉnh;\n- Lưu: VT, NC.")),
            )]),
        ];
        let fail = [
            (
                form_with(&[("/recipients", None)]),
                "/recipients",
                "Thiếu phần “Nơi nhận”",
            ),
            (
                form_with(&[("/recipients", Some(json!(["Công an tỉnh"])))]),
                "/recipients",
                "kết thúc bằng",
            ),
            (
                form_with(&[("/recipients", Some(json!(["Lưu: VT", "Công an tỉnh"])))]),
                "/recipients",
                "phải là dòng cuối",
            ),
            (
                form_with(&[("/recipients", Some(json!({"a": "Công an tỉnh"})))]),
                "/recipients",
                "phải là danh sách",
            ),
        ];
        assert_form_table("F005", &pass, &fail);
    }
}
