use super::sequence::{breaks, Break, Labels};
use crate::messages;
use crate::reader::Style;
use crate::rules::{declare_rule, ModelContext};

declare_rule! {
    /// ## Lỗi gì
    /// Số thứ tự của các phần, mục bị nhảy cóc, lặp lại hoặc đánh lùi, ở bất kỳ cấp nào:
    /// I, II, IV; 1, 2, 4; 2.1, 2.3; hoặc mục 2.1 nằm trong mục 3.
    ///
    /// ## Vì sao
    /// Một mục bị nhảy số thường là dấu vết của nội dung bị xóa hoặc dán thiếu khi soạn
    /// thảo; các văn bản khác và báo cáo viện dẫn kế hoạch theo số mục.
    ///
    /// ## Ví dụ sai
    /// ```text
    /// II. NHIỆM VỤ, GIẢI PHÁP
    /// IV. KINH PHÍ
    /// ```
    ///
    /// ## Ví dụ đúng
    /// ```text
    /// II. NHIỆM VỤ, GIẢI PHÁP
    /// III. KINH PHÍ
    /// ```
    /// ---
    /// ## What it finds
    /// A number at any level that skips, repeats or goes back: I, II, IV; 1, 2, 4;
    /// 2.1, 2.3; or item 2.1 inside item 3.
    ///
    /// ## Why it matters
    /// A skipped number is usually the trace of content deleted or lost in pasting, and
    /// reports and other documents cite a plan by its item numbers.
    ///
    /// ## Wrong
    /// ```text
    /// II. NHIỆM VỤ, GIẢI PHÁP
    /// IV. KINH PHÍ
    /// ```
    ///
    /// ## Right
    /// ```text
    /// II. NHIỆM VỤ, GIẢI PHÁP
    /// III. KINH PHÍ
    /// ```
    pub static RULE = Rule {
        code: "S003",
        name: "numbering-gap",
        area: Structure,
        severity: Error,
        title: ("Số thứ tự mục bị nhảy hoặc lặp", "A number skips or repeats"),
        check: check,
    };
}

fn numbered(style: Style) -> bool {
    matches!(
        style,
        Style::Part | Style::Roman | Style::Arabic { .. } | Style::ParenNumber
    )
}

fn check(ctx: &ModelContext, out: &mut Vec<crate::finding::Diagnostic>) {
    let Some(outline) = &ctx.model.outline else {
        return;
    };
    for b in breaks(outline, numbered) {
        let Labels {
            node,
            this,
            prev,
            missing,
        } = b.labels(outline);
        let message = match b {
            Break::Gap { .. } => messages::s003_gap(&prev, &this, &missing),
            Break::BadStart { .. } => messages::s003_bad_start(&this, &missing),
            Break::Repeat { .. } => messages::s003_repeat(&this),
            Break::Backwards { .. } => messages::s003_backwards(&prev, &this),
            Break::WrongPrefix { .. } => messages::s003_wrong_prefix(&this, &missing),
            Break::OutOfAlphabet { .. } => continue,
        };
        out.push(
            RULE.report_at(outline.items[node].at.clone(), message)
                .with_hint(messages::s003_hint()),
        );
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::*;

    #[test]
    fn table() {
        let pass = vec![
            plan(BODY),
            // numbers carried on from the previous part
            plan_with("III. TỔ CHỨC THỰC HIỆN\n\n1. Các sở", "III. TỔ CHỨC THỰC HIỆN\n\n3. Các sở"),
            // decimal items under their parent, with and without the final dot
            plan_with("2. Công tác phòng ngừa", "2. Công tác phòng ngừa\n\n2.1. Phòng ngừa xã hội:\n\n- Nội dung.\n\n## 2.2 Phòng ngừa nghiệp vụ\n\nNội dung."),
        ];
        let fail = vec![
            (
                plan_with("III. TỔ CHỨC", "IV. TỔ CHỨC"),
                "IV. TỔ CHỨC",
                "Sau mục II là mục IV: thiếu mục III.",
            ),
            (
                plan_with("2. Công tác phòng ngừa", "4. Công tác phòng ngừa"),
                "4. Công tác phòng ngừa",
                "thiếu mục 2, 3",
            ),
            (
                plan_with("2. Công tác phòng ngừa", "1. Công tác phòng ngừa"),
                "1. Công tác phòng ngừa",
                "bị lặp",
            ),
            (
                plan_with(
                    "2. Công tác phòng ngừa",
                    "2. Công tác phòng ngừa\n\n2.1. Một.\n\n2.3. Ba.",
                ),
                "2.3. Ba",
                "thiếu mục 2.2",
            ),
            (
                plan_with(
                    "2. Công tác phòng ngừa",
                    "2. Công tác phòng ngừa\n\n3.1. Một.",
                ),
                "3.1. Một",
                "mục 2",
            ),
        ];
        assert_table("S003", &pass, &fail);
        // I renumbered II: part I is missing, and II is then repeated.
        assert_findings(
            "S003",
            &plan_with("I. MỤC TIÊU", "II. MỤC TIÊU"),
            &[
                ("II. MỤC TIÊU", "thiếu mục I"),
                ("II. NHIỆM VỤ", "Số mục II bị lặp lại"),
            ],
            "I renumbered II",
        );
    }
}
