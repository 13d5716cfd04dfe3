use crate::finding::Diagnostic;
use crate::messages;
use crate::rules::{declare_rule, ModelContext};
use crate::target::{catalogue, national_targets, target_phrase, Interval};

declare_rule! {
    /// ## Lỗi gì
    /// Một chỉ tiêu của kế hoạch thấp hơn chỉ tiêu quốc gia cùng chỉ số (Ban Chỉ đạo
    /// 138/CP, Quyết định 193/QĐ-TTg): 100% tố giác, tin báo, kiến nghị khởi tố được
    /// tiếp nhận, xử lý; tỷ lệ giải quyết trên 90%; tỷ lệ điều tra, khám phá trên 90%;
    /// 95% số vụ án được truy tố; 90% số vụ án được xét xử; 100% nạn nhân được tiếp cận
    /// chế độ hỗ trợ. So cả con số và lời: `đạt 90%` thấp hơn `trên 90%`, vì 90% đạt
    /// chỉ tiêu thứ nhất mà không đạt chỉ tiêu thứ hai.
    ///
    /// ## Vì sao
    /// Kế hoạch của địa phương cụ thể hóa kế hoạch cấp trên; đặt chỉ tiêu thấp hơn
    /// chỉ tiêu quốc gia thì kết quả “đạt” của tỉnh vẫn là không đạt ở cấp trên.
    ///
    /// ## Ví dụ sai
    /// ```text
    /// Tỷ lệ giải quyết tố giác, tin báo về tội phạm đạt 80%.
    /// ```
    ///
    /// ## Ví dụ đúng
    /// ```text
    /// Tỷ lệ giải quyết tố giác, tin báo về tội phạm đạt trên 90%.
    /// ```
    /// ---
    /// ## What it finds
    /// A target of a plan weaker than the national target on the same indicator (Ban
    /// Chỉ đạo 138/CP, Decision 193/QĐ-TTg): 100% of tips received and handled;
    /// resolution above 90%; clearance above 90%; 95% of cases prosecuted; 90% of cases
    /// tried; 100% of victims given access to support. Both the number and the wording
    /// count: `đạt 90%` (at least 90%) is weaker than `trên 90%` (above 90%), since 90%
    /// meets the first and not the second.
    ///
    /// ## Why it matters
    /// A local plan implements the plan above it; with a weaker target, a province that
    /// “meets” its own target still misses the national one.
    ///
    /// ## Wrong
    /// ```text
    /// Tỷ lệ giải quyết tố giác, tin báo về tội phạm đạt 80%.
    /// ```
    ///
    /// ## Right
    /// ```text
    /// Tỷ lệ giải quyết tố giác, tin báo về tội phạm đạt trên 90%.
    /// ```
    pub static RULE = Rule {
        code: "T006",
        name: "target-weaker-than-national",
        area: Target,
        severity: Warning,
        title: ("Chỉ tiêu thấp hơn chỉ tiêu quốc gia", "A plan target weaker than the national target"),
        check: check,
    };
}

fn check(ctx: &ModelContext, out: &mut Vec<Diagnostic>) {
    for stated in &ctx.model.targets {
        let t = &stated.target;
        let Some(national) = national_targets()
            .iter()
            .find(|n| n.indicator == t.indicator)
        else {
            continue;
        };
        let own = Interval::of(t.comparator, t.value);
        if own.within(Interval::of(national.comparator, national.value)) {
            continue;
        }
        let Some(indicator) = catalogue().get(&t.indicator) else {
            continue;
        };
        let (mine, floor) = (target_phrase(t), target_phrase(national));
        out.push(
            RULE.report_at(
                stated.at.clone(),
                messages::t006_weaker(indicator.name(), mine, &floor),
            )
            .with_hint(messages::t006_hint(indicator.name(), &floor)),
        );
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::*;

    fn objective(sentence: &str) -> String {
        plan_with(
            "1. Mục tiêu\n\nNâng cao nhận thức của Nhân dân.",
            &format!("1. Mục tiêu\n\n{sentence}"),
        )
    }

    #[test]
    fn table() {
        let pass = vec![
            plan(BODY),
            objective("**100%** tố giác, tin báo về tội phạm được tiếp nhận, xử lý, tỷ lệ giải quyết đạt trên **90%**. Tỷ lệ điều tra, khám phá các vụ án đạt trên 90% tổng số án khởi tố; 95% số vụ án được giải quyết và truy tố; 90% số vụ án được xét xử."),
            objective("Tỷ lệ giải quyết tố giác, tin báo đạt ít nhất 95%; 98% số vụ án được truy tố; trên 90,5% số vụ án được xét xử."),
            // not a target of the national list
            objective("Phấn đấu 80% xã, phường được tuyên truyền về phòng, chống mua bán người."),
        ];
        let fail = vec![
            (
                objective("Tỷ lệ giải quyết tố giác, tin báo về tội phạm đạt 80%."),
                "đạt 80%",
                "Chỉ tiêu tỷ lệ giải quyết tố giác, tin báo về tội phạm, kiến nghị khởi tố “tối thiểu 80%” thấp hơn chỉ tiêu quốc gia (trên 90%)",
            ),
            // the same number with a weaker wording
            (
                objective("Tỷ lệ điều tra, khám phá các\n\nvụ án mua bán người đạt 90%."),
                "Tỷ lệ điều tra",
                "“tối thiểu 90%” thấp hơn chỉ tiêu quốc gia (trên 90%)",
            ),
        ];
        assert_table("T006", &pass, &fail);
        // Two weak targets in one sentence: one finding each.
        assert_findings(
            "T006",
            &objective(
                "Bảo đảm 95% tố giác, tin báo được tiếp nhận, xử lý; 90% số vụ án được truy tố.",
            ),
            &[
                ("95%", "“tối thiểu 95%” thấp hơn chỉ tiêu quốc gia (100%)"),
                (
                    "95%",
                    "“tối thiểu 90%” thấp hơn chỉ tiêu quốc gia (tối thiểu 95%)",
                ),
            ],
            "two weak targets",
        );
    }
}
