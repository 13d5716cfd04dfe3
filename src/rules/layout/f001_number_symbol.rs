use super::{number_is_blank, unreadable};
use crate::finding::{Diagnostic, Text};
use crate::form::TEXT;
use crate::messages;
use crate::model::{Fact, Medium};
use crate::reader::DocKind;
use crate::rules::{declare_rule, ModelContext};

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
        check: check,
    };
}

/// What is wrong with a symbol as written, if anything.
pub fn problem(symbol: &str, kind: Option<DocKind>) -> Option<(Text, Option<String>)> {
    let compact: String = symbol.chars().filter(|c| !c.is_whitespace()).collect();
    let Some((number, rest)) = compact.split_once('/') else {
        return Some((messages::f001_no_slash(symbol), None));
    };
    // Some symbols carry the year: `05/2024/KH-UBND`.
    let rest = match rest.split_once('/') {
        Some((year, tail)) if year.len() == 4 && year.bytes().all(|b| b.is_ascii_digit()) => tail,
        _ => rest,
    };
    if !number_is_blank(&compact) && !number.bytes().all(|b| b.is_ascii_digit()) {
        return Some((messages::f001_number_not_digits(number), None));
    }
    let Some((ty, issuer)) = rest
        .split_once('-')
        .filter(|(t, i)| !t.is_empty() && !i.is_empty())
    else {
        return Some((messages::f001_no_dash(rest), None));
    };
    let upper = crate::text::case::upper_str(&compact);
    if let Some(kind) = kind {
        if !ty.eq_ignore_ascii_case(kind.symbol()) {
            let name = match kind {
                DocKind::Plan => messages::f001_plan(),
                DocKind::Report => messages::f001_report(),
            };
            let fixed = format!(
                "{number}/{}-{}",
                kind.symbol(),
                crate::text::case::upper_str(issuer)
            );
            return Some((
                messages::f001_wrong_type(name, ty, kind.symbol()),
                Some(fixed),
            ));
        }
    }
    if compact != upper {
        return Some((messages::f001_not_capitals(symbol), Some(upper)));
    }
    if compact != symbol {
        return Some((messages::f001_spaces(symbol), Some(compact)));
    }
    None
}

/// The example of a number of `kind`.
fn example(kind: DocKind) -> &'static str {
    match kind {
        DocKind::Plan => "61/KH-UBND",
        DocKind::Report => "45/BC-SYT",
    }
}

fn check(ctx: &ModelContext, out: &mut Vec<Diagnostic>) {
    let model = ctx.model;
    let example = example(model.kind);
    match &model.header.number {
        Fact::Missing(at) => {
            // A text writes `Số:` before it; a form's field holds the symbol alone.
            let label = match model.medium {
                Medium::Text => "Số: ",
                Medium::Form => "",
            };
            let mut d = RULE.report_at(at.clone(), messages::f001_missing(label, example));
            if model.medium == Medium::Text {
                let draft = format!("Số: /{}-UBND", model.kind.symbol());
                d = d.with_hint(messages::f001_missing_hint(draft));
            }
            out.push(d);
        }
        Fact::Stated(n, at) => {
            if let Some((message, suggestion)) = problem(&n.symbol, model.header.stated_kind) {
                let prefix = n.prefix;
                let mut d = RULE
                    .report_at(at.clone(), message)
                    .with_hint(messages::f001_hint(prefix, example, model.kind.symbol()));
                if let Some(s) = suggestion {
                    d = d.with_suggestion(format!("{prefix}{s}"));
                }
                out.push(d);
            }
        }
        Fact::Unreadable(at, invalid) => out.push(unreadable(&RULE, at, invalid, TEXT)),
        Fact::Unknown => {}
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
            (
                form_with(&[("/number", None)]),
                "/number",
                "Thiếu số, ký hiệu văn bản (ví dụ: “45/BC-SYT”)",
            ),
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
