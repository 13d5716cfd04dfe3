use super::{Named, Problem, Verdict};
use crate::messages;
use crate::rules::{declare_rule, ModelContext};

declare_rule! {
    /// ## Lỗi gì
    /// Văn bản của Ủy ban nhân dân giao nhiệm vụ (chủ trì hoặc thực hiện) cho cơ quan
    /// không thuộc quyền quản lý của mình mà không dùng “Đề nghị”: Tòa án nhân dân, Viện
    /// kiểm sát nhân dân, Ủy ban Mặt trận Tổ quốc Việt Nam và các tổ chức thành viên, cơ
    /// quan Đảng, Hội đồng nhân dân. Cơ quan chủ trì chỉ “phối hợp với” các cơ quan này
    /// thì không phải là giao việc. Trong báo cáo, chỉ phần phương hướng, nhiệm vụ kỳ tới
    /// giao việc; phần tình hình, kết quả, đánh giá kể việc các cơ quan đã làm.
    ///
    /// ## Vì sao
    /// Tòa án, Viện kiểm sát và Mặt trận độc lập với Ủy ban nhân dân; kế hoạch chỉ có thể
    /// đề nghị họ tham gia. Giao việc trực tiếp là sai thẩm quyền.
    ///
    /// ## Ví dụ sai
    /// ```text
    /// (Tòa án nhân dân tỉnh chủ trì, thực hiện)
    /// ```
    ///
    /// ## Ví dụ đúng
    /// ```text
    /// Đề nghị Tòa án nhân dân tỉnh kịp thời xét xử các vụ án mua bán người.
    /// ```
    /// ---
    /// ## What it finds
    /// A People's Committee document that gives a task (as lead or implementer) to a body
    /// outside its authority without “Đề nghị”: the people's courts and procuracies, the
    /// Fatherland Front and its member organisations, party bodies, people's councils. A
    /// lead that merely coordinates *with* them (“phối hợp với”) does not assign them.
    /// In a report only the next period's tasks assign; its situation, results and
    /// assessment tell what bodies did.
    ///
    /// ## Why it matters
    /// Courts, procuracies and the Front are independent of the People's Committee; a
    /// plan can only request their part. Assigning them is beyond its authority.
    ///
    /// ## Wrong
    /// ```text
    /// (Tòa án nhân dân tỉnh chủ trì, thực hiện)
    /// ```
    ///
    /// ## Right
    /// ```text
    /// Đề nghị Tòa án nhân dân tỉnh kịp thời xét xử các vụ án mua bán người.
    /// ```
    pub static RULE = Rule {
        code: "A005",
        name: "assigned-outside-authority",
        area: Agency,
        severity: Error,
        title: ("Giao nhiệm vụ cho cơ quan ngoài thẩm quyền mà không dùng “Đề nghị”", "A body outside the issuer's authority given a task without “Đề nghị”"),
        check: check,
    };
}

/// A body outside the People's Committee's authority (courts, procuracies, the Front)
/// given a task as lead, without `Đề nghị`.
pub(crate) const VERDICT: Verdict = Verdict {
    rule: &RULE,
    applies: |n: &Named| {
        n.tasked
            && n.specific().is_some_and(|a| a.request_only)
            && n.role == crate::assign::Role::Lead
            && !n.requested
    },
    problem: |_, n| Some(problem(n.name)),
};

pub(crate) fn problem(name: &str) -> Problem {
    Problem {
        message: messages::a005_outside_authority(name),
        hint: messages::a005_hint(),
        suggestion: Some(format!("Đề nghị {name}")),
    }
}

fn check(ctx: &ModelContext, out: &mut Vec<crate::finding::Diagnostic>) {
    for a in super::assigned_breaking(&ctx.model.agencies, &RULE) {
        out.push(problem(&a.name).report(&RULE, &a.at));
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
                "- Công an tỉnh chủ trì thực hiện.",
                "- Đề nghị Viện kiểm sát nhân dân tỉnh thực hành quyền công tố.",
            ),
            plan_with(
                "- Công an tỉnh chủ trì thực hiện.",
                "- Công an tỉnh phối hợp với Tòa án nhân dân tỉnh xét xử nghiêm minh.",
            ),
            // "đề nghị" inside a labelled list requests every body after it (issue 15, 3)
            plan_with(
                "- Công an tỉnh chủ trì thực hiện.",
                "- Cơ quan thực hiện: Công an tỉnh, Sở Tư pháp và đề nghị Viện kiểm sát nhân dân tỉnh, Tòa án nhân dân tỉnh, Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh.",
            ),
            plan_with(
                "- Công an tỉnh chủ trì thực hiện.",
                "- Công an tỉnh chủ trì, phối hợp Sở Tư pháp, đề nghị Tòa án nhân dân tỉnh thực hiện.",
            ),
            // a table's lead cell that requests
            plan_with(
                "- Công an tỉnh chủ trì thực hiện.",
                "| Nội dung | Cơ quan chủ trì |\n|---|---|\n| Xét xử các vụ án | Đề nghị Tòa án nhân dân tỉnh |",
            ),
            // a report's results tell what the court did: nothing is assigned there
            report(
                "1. Tòa án nhân dân tỉnh xét xử sơ thẩm 9 vụ, 18 bị cáo.\n\n\
                 2. Viện kiểm sát nhân dân tỉnh chủ trì kiểm sát 12 vụ án.",
                PLAIN_ASSESSMENT,
            ),
            // nor in a part whose heading names no part (it counts as the results)
            report("Tòa án nhân dân tỉnh xét xử sơ thẩm 9 vụ.", PLAIN_ASSESSMENT)
                .replace("II. KẾT QUẢ THỰC HIỆN", "II. CÔNG TÁC ĐẤU TRANH, XỬ LÝ TỘI PHẠM"),
        ];
        let fail = vec![
            // a plain paragraph's trailing parenthesis assigns (issue 15, item 4)
            (
                plan_with(
                    "- Công an tỉnh chủ trì thực hiện.",
                    "Xét xử nghiêm minh các vụ án mua bán người (Tòa án nhân dân tỉnh chủ trì, phối hợp Công an tỉnh thực hiện).",
                ),
                "Xét xử nghiêm minh",
                "“Tòa án nhân dân tỉnh” không thuộc quyền quản lý",
            ),
            // the bodies before "đề nghị" are assigned
            (
                plan_with(
                    "- Công an tỉnh chủ trì thực hiện.",
                    "- Cơ quan thực hiện: Công an tỉnh, Tòa án nhân dân tỉnh và đề nghị Viện kiểm sát nhân dân tỉnh.",
                ),
                "Cơ quan thực hiện",
                "Tòa án nhân dân tỉnh",
            ),
            (
                plan_with(
                    "- Công an tỉnh chủ trì thực hiện.",
                    "- Xét xử nghiêm minh (Tòa án nhân dân tỉnh chủ trì, thực hiện).",
                ),
                "Xét xử nghiêm minh",
                "phải “Đề nghị”",
            ),
            (
                plan_with(
                    "- Công an tỉnh chủ trì thực hiện.",
                    "- Viện kiểm sát nhân dân tỉnh chủ trì kiểm sát điều tra.",
                ),
                "Viện kiểm sát",
                "Đề nghị",
            ),
            // a table's lead cell assigns
            (
                plan_with(
                    "- Công an tỉnh chủ trì thực hiện.",
                    "| Nội dung | Cơ quan chủ trì |\n|---|---|\n| Xét xử các vụ án | Tòa án nhân dân tỉnh |",
                ),
                "| Xét xử các vụ án |",
                "phải “Đề nghị”",
            ),
            // a report's next period's tasks assign, as a plan does
            (
                report("Tổ chức 5 buổi tuyên truyền.", PLAIN_ASSESSMENT).replace(
                    "Tiếp tục tuyên truyền tại cơ sở.",
                    "1. Tòa án nhân dân tỉnh chủ trì xét xử kịp thời các vụ án.",
                ),
                "1. Tòa án nhân dân tỉnh chủ trì",
                "phải “Đề nghị”",
            ),
        ];
        assert_table("A005", &pass, &fail);
    }
}
