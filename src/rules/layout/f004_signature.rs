use super::unreadable;
use crate::finding::{Diagnostic, Location};
use crate::form::{missing_message, OBJECT, TEXT};
use crate::messages;
use crate::model::{Fact, Medium};
use crate::reader::closing::authority_of;
use crate::reader::titles;
use crate::rules::{declare_rule, ModelContext};
use crate::text::fold;

declare_rule! {
    /// ## Lỗi gì
    /// Thiếu phần ký (quyền hạn, chức vụ, họ tên người ký), hoặc ghi không nhất quán:
    /// cấp phó ký thay phải ghi `KT. CHỦ TỊCH` rồi `PHÓ CHỦ TỊCH`; sau `KT. GIÁM ĐỐC` phải
    /// là `PHÓ GIÁM ĐỐC`; cấp phó của Bộ trưởng là Thứ trưởng (`KT. BỘ TRƯỞNG` rồi
    /// `THỨ TRƯỞNG`, không có “Phó Bộ trưởng”). Ký thay mặt tập thể ghi `TM.` trước tên
    /// tập thể.
    ///
    /// ## Vì sao
    /// Thẩm quyền ký quyết định giá trị pháp lý của văn bản (Nghị định 30/2020/NĐ-CP);
    /// ghi sai quyền hạn ký là lỗi thể thức thường bị trả lại.
    ///
    /// ## Ví dụ sai
    /// ```text
    /// TM. ỦY BAN NHÂN DÂN
    /// PHÓ CHỦ TỊCH
    /// ```
    ///
    /// ## Ví dụ đúng
    /// ```text
    /// TM. ỦY BAN NHÂN DÂN
    /// KT. CHỦ TỊCH
    /// PHÓ CHỦ TỊCH
    /// ```
    /// ---
    /// ## What it finds
    /// The signature block (authority, title, name) is missing or inconsistent: a deputy
    /// signing for the head writes `KT. CHỦ TỊCH` then `PHÓ CHỦ TỊCH`; `KT. GIÁM ĐỐC` must
    /// be followed by `PHÓ GIÁM ĐỐC`; a minister's deputy is a Thứ trưởng (`KT. BỘ
    /// TRƯỞNG` then `THỨ TRƯỞNG`: there is no “Phó Bộ trưởng”); signing on behalf of a
    /// collective puts `TM.` before the collective's name.
    ///
    /// ## Why it matters
    /// The signing authority gives the document its legal force (Decree 30/2020); a wrong
    /// authority line is a common reason for sending a document back.
    ///
    /// ## Wrong
    /// ```text
    /// TM. ỦY BAN NHÂN DÂN
    /// PHÓ CHỦ TỊCH
    /// ```
    ///
    /// ## Right
    /// ```text
    /// TM. ỦY BAN NHÂN DÂN
    /// KT. CHỦ TỊCH
    /// PHÓ CHỦ TỊCH
    /// ```
    pub static RULE = Rule {
        code: "F004",
        name: "signature-block",
        area: Layout,
        severity: Error,
        title: ("Phần ký thiếu hoặc không nhất quán", "Signature block missing or inconsistent"),
        check: check,
    };
}

fn check(ctx: &ModelContext, out: &mut Vec<Diagnostic>) {
    let sig = match &ctx.model.signature {
        Fact::Stated(sig, _) => sig,
        Fact::Missing(at) => {
            let d = RULE.report_at(at.clone(), messages::f004_missing());
            out.push(match ctx.model.medium {
                Medium::Text => d.with_hint(messages::f004_missing_hint()),
                Medium::Form => d,
            });
            return;
        }
        Fact::Unreadable(at, invalid) => {
            out.push(unreadable(&RULE, at, invalid, OBJECT));
            return;
        }
        Fact::Unknown => return,
    };
    for (at, invalid) in &sig.unread {
        out.push(match (invalid, at) {
            (Some(i), at) => unreadable(&RULE, at, i, TEXT),
            (None, Location::Path(p)) => RULE.report_at(at.clone(), missing_message(p)),
            (None, at) => RULE.report_at(at.clone(), messages::f004_part_missing()),
        });
    }
    let lines = &sig.lines;
    // Party documents (`T/M BAN THƯỜNG VỤ`) follow the Party's own signing rules.
    if lines.iter().any(|l| l.text.starts_with("T/M")) {
        return;
    }
    for (i, line) in lines.iter().enumerate() {
        let next = lines.get(i + 1);
        if authority_of(&line.text) == Some("KT.") {
            let head = line.text["KT.".len()..].trim();
            // With no title after it, the title is what is missing (said above, for a
            // form's field); a text's block says which title is due.
            let title_missing = next.is_none() && !sig.unread.is_empty();
            if !title_missing && !next.is_some_and(|n| is_deputy_of(head, &n.text)) {
                let expected = deputy_of(head);
                let not: messages::Arg = match next {
                    Some(n) => messages::f004_not(&n.text).into(),
                    None => "".into(),
                };
                out.push(
                    RULE.report_at(
                        next.map_or(&line.at, |n| &n.at).clone(),
                        messages::f004_deputy_title(&line.text, &expected, not),
                    )
                    .relating(line.at.clone())
                    .with_suggestion(expected),
                );
            }
        }
        if is_deputy(&line.text) && authority_of(&line.text).is_none() {
            let prev = i.checked_sub(1).map(|p| &lines[p]);
            let signed_for = prev
                .and_then(|p| authority_of(&p.text))
                .is_some_and(|a| a == "KT.");
            if !signed_for {
                let head = head_of(&line.text);
                let message = messages::f004_signs_for(&head, &line.text);
                // On the authority's own place when it has one, else on the title,
                // which the authority is to precede.
                out.push(match &sig.authority_at {
                    Some(at) => RULE
                        .report_at(at.clone(), message)
                        .relating(line.at.clone())
                        .with_suggestion(format!("KT. {head}")),
                    None => RULE
                        .report_at(line.at.clone(), message)
                        .with_suggestion(format!("KT. {head}\n{}", line.text)),
                });
            }
        }
    }
}

/// Whether `title` is a deputy's title (`PHÓ CHỦ TỊCH THƯỜNG TRỰC`, `THỨ TRƯỞNG`).
fn is_deputy(title: &str) -> bool {
    let folded = fold(title);
    folded.starts_with("pho ") || titles::by_deputy(&folded).is_some()
}

/// Whether `title` is the title of a deputy of `head` (`KT. {head}`): the data's deputies
/// of a known head (`BỘ TRƯỞNG` → `THỨ TRƯỞNG`), else `PHÓ {head}`.
fn is_deputy_of(head: &str, title: &str) -> bool {
    let folded = fold(title);
    match titles::by_head(&fold(head)) {
        Some(known) => known.is_deputy(&folded),
        None => folded.starts_with(&format!("pho {}", fold(head))),
    }
}

/// The deputy's title to suggest after `KT. {head}`, in the case `head` is written in.
fn deputy_of(head: &str) -> String {
    match titles::by_head(&fold(head)) {
        Some(known) => known
            .deputies
            .first()
            .map_or_else(|| format!("PHÓ {head}"), |d| titles::in_case_of(d, head)),
        None => format!("PHÓ {head}"),
    }
}

/// The head's title in a deputy's, in the deputy's case: `PHÓ CHỦ TỊCH THƯỜNG TRỰC` →
/// `CHỦ TỊCH`, `THỨ TRƯỞNG` → `BỘ TRƯỞNG`.
fn head_of(deputy: &str) -> String {
    match titles::by_deputy(&fold(deputy)) {
        Some(known) => titles::in_case_of(known.head, deputy),
        None => deputy
            .split_once(' ')
            .map_or("", |(_, h)| h)
            .trim()
            .to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::*;

    #[test]
    fn table() {
        let pass = vec![
            plan(BODY),
            plan_with(
                "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH",
                "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH",
            ),
            plan_with("PHÓ CHỦ TỊCH\n", "PHÓ CHỦ TỊCH THƯỜNG TRỰC\n"),
            plan_with(
                "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH",
                "**TM. ỦY BAN NHÂN DÂN**  \n**KT. CHỦ TỊCH**  \n**PHÓ CHỦ TỊCH**",
            ),
            plan_with(
                "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH",
                "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC",
            ),
            // the deputy's title is the data's, not always "PHÓ" + the head's
            plan_with(
                "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH",
                "KT. BỘ TRƯỞNG\nTHỨ TRƯỞNG",
            ),
            plan_with(
                "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH",
                "KT. VIỆN TRƯỞNG\nPHÓ VIỆN TRƯỞNG",
            ),
            plan_with(
                "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH",
                "KT. TỔNG CỤC TRƯỞNG\nPHÓ TỔNG CỤC TRƯỞNG",
            ),
            plan_with(
                "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH",
                "TM. BAN CHỈ ĐẠO\nKT. TRƯỞNG BAN\nPHÓ TRƯỞNG BAN THƯỜNG TRỰC",
            ),
            // a head signs with no authority line
            plan_with(
                "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH",
                "BỘ TRƯỞNG",
            ),
            // a bare title before the recipients
            plan_with(
                "Nơi nhận:\n- Công an tỉnh;\n- Lưu: VT, NC.\n\nTM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH",
                "GIÁM ĐỐC\n\nNơi nhận:\n- Công an tỉnh;\n- Lưu: VT, NC.",
            ),
        ];
        let fail = vec![
            (
                plan_with(
                    "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nNguyễn Văn An\n",
                    "",
                ),
                "- Lưu: VT, NC.",
                "Thiếu phần ký",
            ),
            (
                plan_with("KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "PHÓ CHỦ TỊCH"),
                "PHÓ CHỦ TỊCH",
                "KT. CHỦ TỊCH",
            ),
            (
                plan_with("KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "PHÓ CHỦ TỊCH THƯỜNG TRỰC"),
                "PHÓ CHỦ TỊCH THƯỜNG TRỰC",
                "“KT. CHỦ TỊCH” trước",
            ),
            (
                plan_with("PHÓ CHỦ TỊCH", "GIÁM ĐỐC"),
                "GIÁM ĐỐC",
                "PHÓ CHỦ TỊCH",
            ),
            // there is no "PHÓ BỘ TRƯỞNG": the minister's deputy is a Thứ trưởng
            (
                plan_with("KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "KT. BỘ TRƯỞNG\nPHÓ BỘ TRƯỞNG"),
                "PHÓ BỘ TRƯỞNG",
                "“THỨ TRƯỞNG”, không phải “PHÓ BỘ TRƯỞNG”",
            ),
            (
                plan_with(
                    "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH",
                    "KT. CHÁNH ÁN\nPHÓ VIỆN TRƯỞNG",
                ),
                "PHÓ VIỆN TRƯỞNG",
                "“PHÓ CHÁNH ÁN”, không phải",
            ),
            (
                plan_with("KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "THỨ TRƯỞNG"),
                "THỨ TRƯỞNG",
                "“KT. BỘ TRƯỞNG” trước “THỨ TRƯỞNG”",
            ),
        ];
        assert_table("F004", &pass, &fail);
    }

    #[test]
    fn form_table() {
        use serde_json::json;
        let pass = [
            report_form(),
            // the head signs with no authority line
            form_with(&[(
                "/signer",
                Some(json!({"title": "GIÁM ĐỐC", "name": "Lê Văn Cường"})),
            )]),
            form_with(&[("/signer/title", Some(json!("Phó Giám đốc")))]),
            form_with(&[(
                "/signer",
                Some(
                    json!({"authority": "KT. Bộ trưởng", "title": "Thứ trưởng", "name": "Lê Văn Cường"}),
                ),
            )]),
        ];
        let fail = [
            (form_with(&[("/signer", None)]), "/signer", "Thiếu phần ký"),
            (
                form_with(&[("/signer", Some(json!("Trần Thị Bình")))]),
                "/signer",
                "phải là đối tượng",
            ),
            (
                form_with(&[("/signer/title", Some(json!("GIÁM ĐỐC")))]),
                "/signer/title",
                "“PHÓ GIÁM ĐỐC”",
            ),
            (
                form_with(&[("/signer/authority", None)]),
                "/signer/authority",
                "“KT. GIÁM ĐỐC”",
            ),
            (
                form_with(&[("/signer/name", Some(json!("")))]),
                "/signer/name",
                "Chưa nhập họ tên người ký",
            ),
            (
                form_with(&[(
                    "/signer",
                    Some(
                        json!({"authority": "KT. Bộ trưởng", "title": "Phó Bộ trưởng", "name": "Lê Văn Cường"}),
                    ),
                )]),
                "/signer/title",
                "“Thứ trưởng”, không phải “Phó Bộ trưởng”",
            ),
        ];
        assert_form_table("F004", &pass, &fail);
    }
}
