use super::sequence::{breaks, label_of, missing_labels, Break};
use crate::finding::Text;
use crate::reader::Style;
use crate::rules::{declare_rule, Context};

declare_rule! {
    /// ## Lỗi gì
    /// Các điểm đánh theo chữ cái bị nhảy, lặp, hoặc dùng chữ không có trong bảng chữ cái
    /// tiếng Việt. Thứ tự đúng: a, b, c, d, đ, e, g, h, i, k, l, m, n, o, p, q, r, s, t,
    /// u, v, x, y — không có f, j, w, z.
    ///
    /// ## Vì sao
    /// Điểm bị nhảy chữ (a, b, d) thường là nội dung bị mất khi soạn thảo; dùng f, j, w,
    /// z là theo bảng chữ cái tiếng Anh, sai thể thức.
    ///
    /// ## Ví dụ sai
    /// ```text
    /// a) Quán triệt …
    /// b) Nắm tình hình …
    /// d) Thực hiện …
    /// ```
    ///
    /// ## Ví dụ đúng
    /// ```text
    /// a) Quán triệt …
    /// b) Nắm tình hình …
    /// c) Thực hiện …
    /// ```
    /// ---
    /// ## What it finds
    /// Lettered items that skip or repeat, or use a letter outside the Vietnamese
    /// sequence a, b, c, d, đ, e, g, h, i, k, l, m, n, o, p, q, r, s, t, u, v, x, y
    /// (no f, j, w, z).
    ///
    /// ## Why it matters
    /// A skipped letter (a, b, d) is usually lost content; f, j, w and z follow the
    /// English alphabet, which the Vietnamese layout rules do not use.
    ///
    /// ## Wrong
    /// ```text
    /// a) Quán triệt …
    /// b) Nắm tình hình …
    /// d) Thực hiện …
    /// ```
    ///
    /// ## Right
    /// ```text
    /// a) Quán triệt …
    /// b) Nắm tình hình …
    /// c) Thực hiện …
    /// ```
    pub static RULE = Rule {
        code: "S004",
        name: "lettering-gap",
        area: Structure,
        severity: Error,
        title: ("Điểm đánh chữ cái bị nhảy, lặp hoặc sai chữ", "Lettered items skip, repeat or leave the Vietnamese sequence"),
        check: check,
    };
}

fn lettered(style: Style) -> bool {
    matches!(style, Style::Letter { .. })
}

const SEQUENCE: &str = "a, b, c, d, đ, e, g, h, i, k, …";

fn check(ctx: &Context, out: &mut Vec<crate::finding::Diagnostic>) {
    let doc = ctx.doc;
    for b in breaks(doc, lettered) {
        let (node, message) = match b {
            Break::Gap {
                prev,
                node,
                missing,
            } => {
                let style = doc.marker_of(node).map_or(Style::Bullet('-'), |m| m.style);
                let missing = missing_labels(style, &[0], &missing);
                let (p, n) = (label_of(doc, prev), label_of(doc, node));
                (node, Text::new(
                    format!("Sau điểm {p} là điểm {n}: thiếu điểm {missing} (thứ tự chữ cái: {SEQUENCE})."),
                    format!("Item {p} is followed by item {n}: item {missing} is missing (Vietnamese order: {SEQUENCE})."),
                ))
            }
            Break::BadStart { node, missing } => {
                let style = doc.marker_of(node).map_or(Style::Bullet('-'), |m| m.style);
                let missing = missing_labels(style, &[0], &missing);
                let n = label_of(doc, node);
                (
                    node,
                    Text::new(
                        format!("Điểm đầu tiên là điểm {n}: thiếu điểm {missing}."),
                        format!("The first lettered item is {n}: item {missing} is missing."),
                    ),
                )
            }
            Break::Repeat { node, .. } => {
                let n = label_of(doc, node);
                (
                    node,
                    Text::new(
                        format!("Điểm {n} bị lặp lại."),
                        format!("Item {n} is repeated."),
                    ),
                )
            }
            Break::Backwards { prev, node } => {
                let (p, n) = (label_of(doc, prev), label_of(doc, node));
                (
                    node,
                    Text::new(
                        format!("Sau điểm {p} lại là điểm {n}: thứ tự chữ cái bị đảo."),
                        format!("Item {p} is followed by item {n}: the letters go back."),
                    ),
                )
            }
            Break::OutOfAlphabet { prev, node } => {
                let n = label_of(doc, node);
                let should = prev
                    .and_then(|p| doc.marker_of(p))
                    .map(|m| m.ordinal() + 1)
                    .filter(|&v| v > 1)
                    .map(|v| {
                        super::sequence::label(
                            doc.marker_of(node).map_or(Style::Bullet('-'), |m| m.style),
                            &[v],
                        )
                    });
                let tail_vi = should
                    .as_ref()
                    .map_or(String::new(), |s| format!(" Điểm này phải là {s}."));
                let tail_en = should
                    .as_ref()
                    .map_or(String::new(), |s| format!(" This item should be {s}."));
                (node, Text::new(
                    format!("Chữ {n} không có trong thứ tự chữ cái tiếng Việt ({SEQUENCE}; không dùng f, j, w, z).{tail_vi}"),
                    format!("{n} is not in the Vietnamese letter sequence ({SEQUENCE}; no f, j, w, z).{tail_en}"),
                ))
            }
            Break::WrongPrefix { .. } => continue,
        };
        out.push(
            RULE.report(doc.heading_span(node), message)
                .with_hint(Text::new(
                    "Đánh lại các điểm theo thứ tự a, b, c, d, đ, e, g, h…",
                    "Re-letter the items in the order a, b, c, d, đ, e, g, h…",
                )),
        );
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::*;

    #[test]
    fn table() {
        let letters = |ls: &[&str]| {
            let items: String = ls
                .iter()
                .map(|l| format!("{l}) Nội dung {l}.\n\n"))
                .collect();
            plan_with(
                "a) Tuyên truyền trên báo chí.\n\nb) Tuyên truyền tại cơ sở.\n\n",
                &items,
            )
        };
        let pass = vec![
            plan(BODY),
            letters(&["a", "b", "c", "d", "đ", "e", "g", "h"]),
            // a new list under the next item starts at a) again
            plan_with("- Công an tỉnh chủ trì thực hiện.", "a) Một.\n\nb) Hai."),
        ];
        let fail = vec![
            (
                letters(&["a", "b", "d"]),
                "d) Nội dung",
                "Sau điểm b) là điểm d): thiếu điểm c)",
            ),
            (
                letters(&["a", "b", "c", "d", "e"]),
                "e) Nội dung",
                "thiếu điểm đ)",
            ),
            (letters(&["a", "b", "b"]), "b) Nội dung b.\n\nb)", "bị lặp"),
            (
                letters(&["a", "b", "c", "d", "đ", "e", "f"]),
                "f) Nội dung",
                "không dùng f",
            ),
            (letters(&["b", "c"]), "b) Nội dung", "thiếu điểm a)"),
        ];
        assert_table("S004", &pass, &fail);
    }
}
