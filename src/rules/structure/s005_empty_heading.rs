use crate::messages;
use crate::model::Outline;
use crate::reader::Style;
use crate::rules::{declare_rule, ModelContext};

declare_rule! {
    /// ## Lỗi gì
    /// Một đề mục không có nội dung nào bên dưới: một phần La Mã trống, một mục kết thúc
    /// bằng dấu hai chấm mà không có gì theo sau, hoặc một đề mục ngắn không có nội dung
    /// trong khi các mục cùng cấp đều có.
    ///
    /// ## Vì sao
    /// Đề mục trống thường là nội dung bị mất khi sao chép từ bản khác, hoặc phần chưa
    /// soạn xong.
    ///
    /// ## Ví dụ sai
    /// ```text
    /// 3. Công tác quản lý, kiểm tra:
    ///
    /// 4. Công tác đấu tranh
    /// ```
    ///
    /// ## Ví dụ đúng
    /// ```text
    /// 3. Công tác quản lý, kiểm tra:
    /// - Công an tỉnh chủ trì kiểm tra …
    /// 4. Công tác đấu tranh
    /// ```
    /// ---
    /// ## What it finds
    /// A heading with nothing under it: an empty Roman part, an item ending in a colon
    /// with nothing after it, or a short heading without content while its sibling
    /// headings have some.
    ///
    /// ## Why it matters
    /// An empty heading is usually content lost when copying from another document, or
    /// a part not yet written.
    ///
    /// ## Wrong
    /// ```text
    /// 3. Công tác quản lý, kiểm tra:
    ///
    /// 4. Công tác đấu tranh
    /// ```
    ///
    /// ## Right
    /// ```text
    /// 3. Công tác quản lý, kiểm tra:
    /// - Công an tỉnh chủ trì kiểm tra …
    /// 4. Công tác đấu tranh
    /// ```
    pub static RULE = Rule {
        code: "S005",
        name: "empty-heading",
        area: Structure,
        severity: Error,
        title: ("Đề mục không có nội dung", "A heading with no content under it"),
        check: check,
    };
}

/// Words past which a line is a paragraph that happens to be numbered, not a heading.
const HEADING_WORDS: usize = 20;

/// Whether a node without content is an empty heading. `siblings_with_content` tells
/// whether every other item of its style under the same parent has content.
fn is_empty_heading(outline: &Outline, node: usize, siblings_with_content: bool) -> bool {
    let Some(marker) = outline.marker_of(node) else {
        return false;
    };
    let title = outline.items[node].title.as_str();
    match marker.style {
        Style::Bullet(_) => false,
        Style::Part | Style::Roman => true,
        _ if title.ends_with(':') => true,
        _ if title.ends_with(&['.', ';', '!', '?', '…', ')'][..])
            || title.split(' ').count() > HEADING_WORDS =>
        {
            false
        }
        // A short unpunctuated line is a heading when its siblings are headings with content.
        _ => siblings_with_content,
    }
}

fn check(ctx: &ModelContext, out: &mut Vec<crate::finding::Diagnostic>) {
    let Some(outline) = &ctx.model.outline else {
        return;
    };
    let parents = std::iter::once(None).chain(outline.walk().map(Some));
    for parent in parents {
        let children = outline.children(parent);
        // Per marker style: how many items, and how many of them without content.
        let mut counts: Vec<(Option<Style>, usize, usize)> = Vec::new();
        for &c in children {
            let style = outline.marker_of(c).map(|m| m.style);
            let at = counts.iter().position(|e| e.0 == style).unwrap_or_else(|| {
                counts.push((style, 0, 0));
                counts.len() - 1
            });
            counts[at].1 += 1;
            counts[at].2 += usize::from(!outline.items[c].has_content);
        }
        for &node in children.iter().filter(|&&c| !outline.items[c].has_content) {
            let style = outline.marker_of(node).map(|m| m.style);
            let (_, total, empty) = counts
                .iter()
                .find(|e| e.0 == style)
                .copied()
                .unwrap_or((style, 1, 1));
            // Every other item of the style has content.
            if is_empty_heading(outline, node, total > 1 && empty == 1) {
                report(outline, node, out);
            }
        }
    }
}

fn report(outline: &Outline, node: usize, out: &mut Vec<crate::finding::Diagnostic>) {
    let label = super::sequence::label_of(outline, node);
    let item = &outline.items[node];
    out.push(
        RULE.report_at(
            item.at.clone(),
            messages::s005_empty(&label, short(&item.title)),
        )
        .with_hint(messages::s005_hint()),
    );
}

fn short(title: &str) -> String {
    let t = crate::text::chars::trim_end_in(title, b":");
    match t.char_indices().nth(60) {
        Some((i, _)) => format!("{}…", &t[..i]),
        None => t.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::*;

    #[test]
    fn table() {
        let pass = vec![
            plan(BODY),
            // a self-contained item ending with a full stop needs nothing under it
            plan_with(
                "2. Công tác phòng ngừa\n\n- Công an tỉnh chủ trì thực hiện.",
                "2. Sở Tư pháp chủ trì hướng dẫn trợ giúp pháp lý.",
            ),
            // short items without full stops in a list of plain items
            plan_with(
                "1. Mục tiêu\n\nNâng cao nhận thức của Nhân dân.",
                "1. Nâng cao nhận thức\n\n2. Giảm số vụ phạm tội",
            ),
        ];
        let fail = vec![
            (plan_with("2. Công tác phòng ngừa\n\n- Công an tỉnh chủ trì thực hiện.", "2. Công tác phòng ngừa:"), "2. Công tác phòng ngừa:", "không có nội dung"),
            (plan_with("2. Công tác phòng ngừa\n\n- Công an tỉnh chủ trì thực hiện.", "2. Công tác phòng ngừa"), "2. Công tác phòng ngừa", "không có nội dung"),
            (plan_with("III. TỔ CHỨC THỰC HIỆN\n\n1. Các sở, ngành triển khai thực hiện Kế hoạch này./.", "III. TỔ CHỨC THỰC HIỆN"), "III. TỔ CHỨC", "Mục III"),
        ];
        assert_table("S005", &pass, &fail);
    }
}
