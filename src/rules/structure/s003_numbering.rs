use super::sequence::{breaks, label_of, missing_labels, Break};
use crate::finding::Text;
use crate::reader::Style;
use crate::rules::{declare_rule, Context};

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

fn check(ctx: &Context, out: &mut Vec<crate::finding::Diagnostic>) {
    let doc = ctx.doc;
    for b in breaks(doc, numbered) {
        let (node, message) = match b {
            Break::Gap {
                prev,
                node,
                missing,
            } => {
                let m = doc.marker_of(node).map_or(&[][..], |m| &m.value);
                let style = doc.marker_of(node).map_or(Style::Roman, |m| m.style);
                let missing = missing_labels(style, m, &missing);
                let (p, n) = (label_of(doc, prev), label_of(doc, node));
                (
                    node,
                    Text::new(
                        format!("Sau mục {p} là mục {n}: thiếu mục {missing}."),
                        format!("Item {p} is followed by item {n}: item {missing} is missing."),
                    ),
                )
            }
            Break::BadStart { node, missing } => {
                let m = doc.marker_of(node).map_or(&[][..], |m| &m.value);
                let style = doc.marker_of(node).map_or(Style::Roman, |m| m.style);
                let missing = missing_labels(style, m, &missing);
                let n = label_of(doc, node);
                (
                    node,
                    Text::new(
                        format!("Mục đầu tiên là mục {n}: thiếu mục {missing}."),
                        format!("The first item is {n}: item {missing} is missing."),
                    ),
                )
            }
            Break::Repeat { node } => {
                let n = label_of(doc, node);
                (
                    node,
                    Text::new(
                        format!("Số mục {n} bị lặp lại."),
                        format!("Item number {n} is repeated."),
                    ),
                )
            }
            Break::Backwards { prev, node } => {
                let (p, n) = (label_of(doc, prev), label_of(doc, node));
                (
                    node,
                    Text::new(
                        format!("Sau mục {p} lại là mục {n}: số thứ tự bị đánh lùi."),
                        format!("Item {p} is followed by item {n}: the numbering goes back."),
                    ),
                )
            }
            Break::WrongPrefix { node, expected } => {
                let n = label_of(doc, node);
                let e = expected
                    .iter()
                    .map(u32::to_string)
                    .collect::<Vec<_>>()
                    .join(".");
                (
                    node,
                    Text::new(
                        format!("Mục {n} nằm trong mục {e}: số mục con phải bắt đầu bằng {e}."),
                        format!(
                            "Item {n} stands under item {e}: its number should start with {e}."
                        ),
                    ),
                )
            }
            Break::OutOfAlphabet { .. } => continue,
        };
        out.push(
            RULE.report(doc.heading_span(node), message)
                .with_hint(Text::new(
                    "Đánh lại số thứ tự liên tục, hoặc bổ sung mục bị thiếu.",
                    "Renumber the items in sequence, or add the missing item.",
                )),
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
            (
                plan_with("I. MỤC TIÊU", "II. MỤC TIÊU"),
                "II. MỤC TIÊU",
                "thiếu mục I",
            ),
        ];
        assert_table("S003", &pass, &fail);
    }
}
