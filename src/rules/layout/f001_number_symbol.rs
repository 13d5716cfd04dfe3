use super::number_is_blank;
use crate::finding::Diagnostic;
use crate::finding::Text;
use crate::form::{invalid_message, Field, TEXT};
use crate::reader::{DocKind, Document};
use crate::rules::form::FormContext;
use crate::rules::{declare_rule, Context};

declare_rule! {
    /// ## Lỗi gì
    /// Thiếu số, ký hiệu văn bản, hoặc viết sai: số và ký hiệu viết liền, không có khoảng
    /// trắng (`Số: 61/KH-UBND`); ký hiệu loại văn bản phải khớp với văn bản — `KH` cho kế
    /// hoạch, `BC` cho báo cáo — rồi đến dấu `-` và chữ viết tắt tên cơ quan ban hành,
    /// viết hoa.
    ///
    /// ## Vì sao
    /// Số, ký hiệu là thành phần bắt buộc theo Nghị định 30/2020/NĐ-CP; văn thư và cơ
    /// quan nhận dùng nó để vào sổ và viện dẫn. Ký hiệu sai loại làm văn bản bị xếp nhầm.
    ///
    /// ## Ví dụ sai
    /// ```text
    /// Số: 61 / BC - UBND        (trong một kế hoạch)
    /// ```
    ///
    /// ## Ví dụ đúng
    /// ```text
    /// Số: 61/KH-UBND
    /// ```
    /// ---
    /// ## What it finds
    /// The number and symbol is missing or malformed: written without spaces
    /// (`Số: 61/KH-UBND`), with the type symbol matching the document — `KH` for a plan,
    /// `BC` for a report — then `-` and the issuer's abbreviation, in capitals.
    ///
    /// ## Why it matters
    /// Decree 30/2020 makes the number and symbol mandatory; registries file and cite
    /// documents by it, and a wrong type symbol files the document in the wrong place.
    ///
    /// ## Wrong
    /// ```text
    /// Số: 61 / BC - UBND        (in a plan)
    /// ```
    ///
    /// ## Right
    /// ```text
    /// Số: 61/KH-UBND
    /// ```
    pub static RULE = Rule {
        code: "F001",
        name: "number-symbol",
        area: Layout,
        severity: Error,
        title: ("Số, ký hiệu văn bản thiếu hoặc sai", "Number and symbol missing or malformed"),
        check_text: check,
        check_form: check_form,
    };
}

/// What is wrong with a symbol as written, if anything.
pub fn problem(symbol: &str, kind: Option<DocKind>) -> Option<(Text, Option<String>)> {
    let compact: String = symbol.chars().filter(|c| !c.is_whitespace()).collect();
    let Some((number, rest)) = compact.split_once('/') else {
        return Some((
            Text::new(
                format!("Số, ký hiệu “{symbol}” thiếu dấu “/” giữa số và ký hiệu."),
                format!(
                    "The number and symbol “{symbol}” lacks the “/” between number and symbol."
                ),
            ),
            None,
        ));
    };
    // Some symbols carry the year: `05/2024/KH-UBND`.
    let rest = match rest.split_once('/') {
        Some((year, tail)) if year.len() == 4 && year.bytes().all(|b| b.is_ascii_digit()) => tail,
        _ => rest,
    };
    if !number_is_blank(&compact) && !number.bytes().all(|b| b.is_ascii_digit()) {
        return Some((
            Text::new(
                format!("Số văn bản “{number}” phải là chữ số."),
                format!("The number “{number}” must be digits."),
            ),
            None,
        ));
    }
    let Some((ty, issuer)) = rest
        .split_once('-')
        .filter(|(t, i)| !t.is_empty() && !i.is_empty())
    else {
        return Some((
            Text::new(
                format!("Ký hiệu “{rest}” phải gồm loại văn bản và cơ quan ban hành, nối bằng dấu “-” (ví dụ: KH-UBND)."),
                format!("The symbol “{rest}” must be the type and the issuer joined by “-” (e.g. KH-UBND)."),
            ),
            None,
        ));
    };
    let upper = crate::text::case::upper_str(&compact);
    if let Some(kind) = kind {
        if !ty.eq_ignore_ascii_case(kind.symbol()) {
            let (vi, en) = match kind {
                DocKind::Plan => ("kế hoạch", "a plan"),
                DocKind::Report => ("báo cáo", "a report"),
            };
            let fixed = format!(
                "{number}/{}-{}",
                kind.symbol(),
                crate::text::case::upper_str(issuer)
            );
            return Some((
                Text::new(
                    format!(
                        "Văn bản là {vi} nhưng ký hiệu loại văn bản là “{ty}” (phải là “{}”).",
                        kind.symbol()
                    ),
                    format!(
                        "The document is {en} but its type symbol is “{ty}” (it must be “{}”).",
                        kind.symbol()
                    ),
                ),
                Some(fixed),
            ));
        }
    }
    if compact != upper {
        return Some((
            Text::new(
                format!("Ký hiệu văn bản “{symbol}” phải viết hoa."),
                format!("The symbol “{symbol}” must be in capitals."),
            ),
            Some(upper),
        ));
    }
    if compact != symbol {
        return Some((
            Text::new(
                format!("Số, ký hiệu “{symbol}” không được có khoảng trắng."),
                format!("The number and symbol “{symbol}” must not contain spaces."),
            ),
            Some(compact),
        ));
    }
    None
}

fn missing_span(doc: &Document) -> std::ops::Range<usize> {
    let h = &doc.header;
    h.place_date
        .as_ref()
        .map(|p| p.span.clone())
        .or_else(|| h.type_name.as_ref().map(|t| t.span.clone()))
        .unwrap_or_else(|| doc.first_line_span())
}

fn check(ctx: &Context, out: &mut Vec<crate::finding::Diagnostic>) {
    let doc = ctx.doc;
    let declared = doc.header.type_name.as_ref().and(doc.declared_kind);
    match &doc.header.number {
        None => out.push(
            RULE.report(
                missing_span(doc),
                Text::new(
                    "Thiếu số, ký hiệu văn bản (ví dụ: “Số: 61/KH-UBND”).",
                    "The number and symbol is missing (e.g. “Số: 61/KH-UBND”).",
                ),
            )
            .with_hint(Text::new(
                "Ghi số, ký hiệu dưới tên cơ quan ban hành; bản dự thảo để trống số: “Số: /KH-UBND”.",
                "Write it under the issuer's name; a draft leaves the number blank: “Số: /KH-UBND”.",
            )),
        ),
        Some(n) => {
            if let Some((message, suggestion)) = problem(&n.symbol, declared) {
                let mut d = RULE.report(n.span.clone(), message).with_hint(Text::new(
                    "Viết theo mẫu “Số: 61/KH-UBND”: số, dấu “/”, KH hoặc BC, dấu “-”, chữ viết tắt tên cơ quan.",
                    "Follow “Số: 61/KH-UBND”: number, “/”, KH or BC, “-”, the issuer's abbreviation.",
                ));
                if let Some(s) = suggestion {
                    d = d.with_suggestion(format!("Số: {s}"));
                }
                out.push(d);
            }
        }
    }
}

fn check_form(ctx: &FormContext, out: &mut Vec<Diagnostic>) {
    const AT: &str = "/number";
    match &ctx.form.number {
        Field::Ok(written) => {
            let symbol = written.strip_prefix("Số:").unwrap_or(written).trim();
            // A blank number is a draft: F002's.
            if number_is_blank(symbol) {
                return;
            }
            if let Some((message, suggestion)) = problem(symbol, Some(DocKind::Report)) {
                let mut d = RULE.report_field(AT, message).with_hint(Text::new(
                    "Viết theo mẫu “45/BC-SYT”: số, dấu “/”, BC, dấu “-”, chữ viết tắt tên cơ quan.",
                    "Follow “45/BC-SYT”: number, “/”, BC, “-”, the issuer's abbreviation.",
                ));
                if let Some(s) = suggestion {
                    d = d.with_suggestion(s);
                }
                out.push(d);
            }
        }
        Field::Invalid(i) => out.push(RULE.report_field(AT, invalid_message(AT, i, TEXT))),
        Field::Missing | Field::Empty if ctx.form.is_object => out.push(RULE.report_field(
            AT,
            Text::new(
                "Chưa nhập số, ký hiệu báo cáo (ví dụ: “45/BC-SYT”).",
                "The number and symbol is missing (e.g. “45/BC-SYT”).",
            ),
        )),
        Field::Missing | Field::Empty => {}
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::*;

    #[test]
    fn table() {
        let pass = vec![
            plan(BODY),
            plan_with("Số: 12/KH-UBND", "Số: /KH-UBND"),
            plan_with("Số: 12/KH-UBND", "Số: 12/KH-BCĐ138"),
            plan_with("Số: 12/KH-UBND", "Số: 05/2026/KH-UBND"),
            plan_with("Số: 12/KH-UBND", "Số:        /KH-UBND"),
            plan_with(
                "Số: 12/KH-UBND\n\nLạng Sơn,",
                "Số: 12/KH-UBND       Lạng Sơn,",
            ),
            plan_with(
                "Số: 12/KH-UBND",
                "ĐẾN Số: 111  Ngày: 01/4/24\n\nSố: 12/KH-UBND",
            ),
        ];
        let fail = vec![
            (
                plan_with("Số: 12/KH-UBND\n", ""),
                "Lạng Sơn, ngày",
                "Thiếu số, ký hiệu",
            ),
            (
                plan_with("Số: 12/KH-UBND", "Số: 12/BC-UBND"),
                "Số: 12/BC-UBND",
                "phải là “KH”",
            ),
            (
                plan_with("Số: 12/KH-UBND", "Số: 12 / KH-UBND"),
                "Số: 12 / KH-UBND",
                "khoảng trắng",
            ),
            (
                plan_with("Số: 12/KH-UBND", "Số: 12/kh-ubnd"),
                "Số: 12/kh-ubnd",
                "viết hoa",
            ),
            (
                plan_with("Số: 12/KH-UBND", "Số: 12/KH"),
                "Số: 12/KH",
                "dấu “-”",
            ),
            (
                plan_with("Số: 12/KH-UBND", "Số: 12 KH-UBND"),
                "Số: 12 KH-UBND",
                "dấu “/”",
            ),
        ];
        assert_table("F001", &pass, &fail);
    }

    #[test]
    fn form_table() {
        use serde_json::json;
        let pass = [
            report_form(),
            form_with(&[("/number", Some(json!("Số: 45/BC-SYT")))]),
            form_with(&[("/number", Some(json!("05/2026/BC-UBND")))]),
            // a draft's blank number is F002's
            form_with(&[("/number", Some(json!("/BC-SYT")))]),
        ];
        let fail = [
            (form_with(&[("/number", None)]), "/number", "Chưa nhập số"),
            (
                form_with(&[("/number", Some(json!("45/KH-SYT")))]),
                "/number",
                "“BC”",
            ),
            (
                form_with(&[("/number", Some(json!("45/bc-syt")))]),
                "/number",
                "viết hoa",
            ),
            (
                form_with(&[("/number", Some(json!("45BC-SYT")))]),
                "/number",
                "“/”",
            ),
            (
                form_with(&[("/number", Some(json!(45)))]),
                "/number",
                "không phải số",
            ),
        ];
        assert_form_table("F001", &pass, &fail);
    }
}
