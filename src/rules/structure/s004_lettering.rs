use super::sequence::{breaks, Break, Labels};
use crate::messages;
use crate::reader::Style;
use crate::rules::{declare_rule, ModelContext};

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

fn check(ctx: &ModelContext, out: &mut Vec<crate::finding::Diagnostic>) {
    let Some(outline) = &ctx.model.outline else {
        return;
    };
    for b in breaks(outline, lettered) {
        let Labels {
            node,
            this,
            prev,
            missing,
        } = b.labels(outline);
        let message = match b {
            Break::Gap { .. } => messages::s004_gap(&prev, &this, &missing),
            Break::BadStart { .. } => messages::s004_bad_start(&this, &missing),
            Break::Repeat { .. } => messages::s004_repeat(&this),
            Break::Backwards { .. } => messages::s004_backwards(&prev, &this),
            Break::OutOfAlphabet { .. } => {
                let should_be: messages::Arg = match missing.as_str() {
                    "" => "".into(),
                    should => messages::s004_should_be(should).into(),
                };
                messages::s004_out_of_alphabet(&this, should_be)
            }
            Break::WrongPrefix { .. } => continue,
        };
        out.push(
            RULE.report_at(outline.items[node].at.clone(), message)
                .with_hint(messages::s004_hint()),
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
