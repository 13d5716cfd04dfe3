use crate::finding::Text;
use crate::messages;
use crate::reader::parts::parts_for;
use crate::rules::{declare_rule, ModelContext};

declare_rule! {
    /// ## Lỗi gì
    /// Các phần của văn bản không theo thứ tự quy định: trong kế hoạch, Mục tiêu, yêu cầu
    /// → Nhiệm vụ, giải pháp → Kinh phí → Tổ chức thực hiện (luôn ở cuối); trong báo cáo,
    /// Tình hình → Kết quả → Đánh giá → Phương hướng → Đề xuất, kiến nghị.
    ///
    /// ## Vì sao
    /// Người đọc và cơ quan tổng hợp tìm từng phần ở vị trí quen thuộc; phần Tổ chức thực
    /// hiện đặt giữa văn bản dễ bị bỏ sót.
    ///
    /// ## Ví dụ sai
    /// ```text
    /// I. NHIỆM VỤ, GIẢI PHÁP
    /// II. MỤC TIÊU, YÊU CẦU
    /// ```
    ///
    /// ## Ví dụ đúng
    /// ```text
    /// I. MỤC TIÊU, YÊU CẦU
    /// II. NHIỆM VỤ, GIẢI PHÁP
    /// ```
    /// ---
    /// ## What it finds
    /// Parts out of the required order: for a plan, objectives → tasks → funding →
    /// organisation of implementation (always last); for a report, situation → results →
    /// assessment → direction → proposals.
    ///
    /// ## Why it matters
    /// Readers and the compiling office look for each part where it usually stands; an
    /// organisation part in the middle of the plan is easily missed.
    ///
    /// ## Wrong
    /// ```text
    /// I. NHIỆM VỤ, GIẢI PHÁP
    /// II. MỤC TIÊU, YÊU CẦU
    /// ```
    ///
    /// ## Right
    /// ```text
    /// I. MỤC TIÊU, YÊU CẦU
    /// II. NHIỆM VỤ, GIẢI PHÁP
    /// ```
    pub static RULE = Rule {
        code: "S002",
        name: "part-order",
        area: Structure,
        severity: Error,
        title: ("Các phần không đúng thứ tự", "Parts out of the required order"),
        check: check,
    };
}

fn check(ctx: &ModelContext, out: &mut Vec<crate::finding::Diagnostic>) {
    let Some(outline) = &ctx.model.outline else {
        return;
    };
    let parts = parts_for(ctx.model.kind);
    // The latest part seen so far, by its place in the required order.
    let mut latest: Option<(usize, usize)> = None; // (role, node)
    for &root in &outline.roots {
        let Some(role) = outline.items[root].role() else {
            continue;
        };
        match latest {
            Some((seen, seen_node)) if role < seen => {
                // The parts' names, from data, in each language.
                let name = |p: usize| Text::new(parts[p].vi, parts[p].en);
                let label = |n: usize| {
                    outline
                        .marker_of(n)
                        .map_or(String::new(), |m| m.label.clone())
                };
                out.push(RULE.report_at(
                    outline.items[root].at.clone(),
                    messages::s002_order(name(role), label(root), name(seen), label(seen_node)),
                ));
            }
            _ => latest = Some((role, root)),
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::*;

    #[test]
    fn table() {
        let swapped = plan_with("I. MỤC TIÊU, YÊU CẦU\n\n1. Mục tiêu\n\nNâng cao nhận thức của Nhân dân.\n\nII. NHIỆM VỤ, GIẢI PHÁP", "I. NHIỆM VỤ, GIẢI PHÁP")
            .replace("III. TỔ CHỨC THỰC HIỆN", "II. MỤC TIÊU, YÊU CẦU\n\nNâng cao nhận thức.\n\nIII. TỔ CHỨC THỰC HIỆN");
        let organisation_first = plan_with(
            "I. MỤC TIÊU, YÊU CẦU",
            "I. TỔ CHỨC THỰC HIỆN\n\nCác sở thực hiện.\n\nII. MỤC TIÊU, YÊU CẦU",
        )
        .replace("II. NHIỆM VỤ", "III. NHIỆM VỤ")
        .replace(
            "III. TỔ CHỨC THỰC HIỆN\n\n1. Các sở",
            "IV. KHÁC\n\n1. Các sở",
        );
        let pass = vec![
            plan(BODY),
            // an unrecognised part between known ones does not count
            plan_with(
                "III. TỔ CHỨC",
                "III. CÔNG TÁC KHÁC\n\nNội dung khác.\n\nIV. TỔ CHỨC",
            ),
        ];
        let fail = vec![(swapped, "II. MỤC TIÊU", "phải đứng trước")];
        assert_table("S002", &pass, &fail);
        // The organisation part first: both parts after it are out of order.
        assert_findings(
            "S002",
            &organisation_first,
            &[
                (
                    "II. MỤC TIÊU",
                    "“Mục tiêu, yêu cầu” (mục II) phải đứng trước phần “Tổ chức thực hiện”",
                ),
                (
                    "III. NHIỆM VỤ",
                    "“Nhiệm vụ, giải pháp” (mục III) phải đứng trước phần “Tổ chức thực hiện”",
                ),
            ],
            "organisation first",
        );
    }
}
