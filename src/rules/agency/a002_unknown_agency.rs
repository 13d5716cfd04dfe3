use super::{Named, Problem, Verdict};
use crate::finding::Diagnostic;
use crate::messages::{self, Arg};
use crate::rules::{declare_rule, ModelContext};

declare_rule! {
    /// ## Lỗi gì
    /// Tên cơ quan được giao nhiệm vụ không có trong danh mục cơ quan (hoặc viết thiếu
    /// dấu), kèm gợi ý tên gần nhất. Danh mục theo cấp và theo thời gian; cổng thông tin
    /// của tỉnh có thể bổ sung cơ quan riêng (Sở Ngoại vụ, Sở Du lịch…).
    ///
    /// ## Vì sao
    /// Tên sai làm nhiệm vụ không đến được đúng cơ quan, và cơ quan tổng hợp không ghép
    /// được báo cáo với nhiệm vụ.
    ///
    /// ## Ví dụ sai
    /// ```text
    /// 2.3. Sở Thông tin Truyền thông chủ trì tuyên truyền …
    /// ```
    ///
    /// ## Ví dụ đúng
    /// ```text
    /// 2.3. Sở Khoa học và Công nghệ chủ trì tuyên truyền …
    /// ```
    /// ---
    /// ## What it finds
    /// A body given a task whose name is not in the registry (or is written without its
    /// marks), with the nearest known name. The registry is by level and by date; a
    /// province's portal can add its own bodies.
    ///
    /// ## Why it matters
    /// A wrong name sends the task nowhere, and the compiling office cannot match
    /// reports to tasks.
    ///
    /// ## Wrong
    /// ```text
    /// 2.3. Sở Thông tin Truyền thông chủ trì tuyên truyền …
    /// ```
    ///
    /// ## Right
    /// ```text
    /// 2.3. Sở Khoa học và Công nghệ chủ trì tuyên truyền …
    /// ```
    pub static RULE = Rule {
        code: "A002",
        name: "unknown-agency",
        area: Agency,
        severity: Warning,
        title: ("Tên cơ quan không có trong danh mục", "An agency name not in the registry"),
        check: check,
    };
}

/// A name the registry does not know, or knows only without its marks.
pub(crate) const VERDICT: Verdict = Verdict {
    rule: &RULE,
    applies: |n: &Named| n.known().is_none(),
    problem: |reg, n| Some(problem(reg, n.name, n.window)),
};

/// What A002 says of `name`: the nearest known body that existed when the document
/// was issued (`window`), never one that did not.
pub(crate) fn problem(
    reg: &crate::agency::Registry,
    name: &str,
    window: Option<(chrono::NaiveDate, chrono::NaiveDate)>,
) -> Problem {
    let nearest = reg
        .suggest_where(name, 1, &|a| super::exists_in(a, window))
        .first()
        .map(|ag| ag.name.clone());
    let did_you_mean: Arg = match &nearest {
        Some(n) => messages::a002_did_you_mean(n).into(),
        None => "".into(),
    };
    Problem {
        message: messages::a002_unknown(name, did_you_mean),
        hint: messages::a002_hint(),
        suggestion: nearest,
    }
}

fn check(ctx: &ModelContext, out: &mut Vec<Diagnostic>) {
    let agencies = &ctx.model.agencies;
    // A form names the same bodies task after task: each name's nearest body is
    // looked for once.
    let mut said: rustc_hash::FxHashMap<&str, Problem> = Default::default();
    for a in super::assigned_breaking(agencies, &RULE) {
        let p = said
            .entry(a.name.as_str())
            .or_insert_with(|| problem(agencies.registry, &a.name, agencies.window));
        out.push(p.clone().report(&RULE, &a.at));
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
                "Công an tỉnh chủ trì",
                "Bộ Chỉ huy Bộ đội Biên phòng tỉnh chủ trì",
            ),
            // a capitalised word that is not a body's name
            plan_with(
                "- Công an tỉnh chủ trì thực hiện.",
                "- Phòng ngừa tội phạm; Công an tỉnh chủ trì thực hiện.",
            ),
            // a list hard-wrapped inside a name, the rest on the next piece (issue 15, 1)
            plan_with(
                "- Công an tỉnh chủ trì thực hiện.",
                "- Cơ quan thực hiện: Công an tỉnh, Sở Y tế, Bộ Chỉ huy\n\nQuân sự tỉnh, Sở Tư pháp.",
            ),
        ];
        let fail = vec![
            (
                plan_with(
                    "- Công an tỉnh chủ trì thực hiện.",
                    "- Cơ quan thực hiện: Công an tỉnh, Sở Y tế, Bộ Chỉ huy\n\nQuân sự tỉnh, Sở Phát triển Cộng đồng.",
                ),
                "Sở Phát triển Cộng đồng",
                "Không tìm thấy “Sở Phát triển Cộng đồng”",
            ),
            (
                plan_with("Công an tỉnh chủ trì", "Sở Phát triển Cộng đồng chủ trì"),
                "Sở Phát triển Cộng đồng chủ trì",
                "Không tìm thấy",
            ),
            // "Có phải …?" names a body that exists on the document's date (issue 15, 9)
            (
                plan_with("Công an tỉnh chủ trì", "Sở Lao động Thương binh Xã hộii chủ trì"),
                "Sở Lao động Thương binh Xã hộii chủ trì",
                "Không tìm thấy “Sở Lao động Thương binh Xã hộii” trong danh mục cơ quan",
            ),
            (
                plan_with("Công an tỉnh chủ trì", "Sở Lao động Thương binh Xã hộii chủ trì")
                    .replace("năm 2026", "năm 2024"),
                "Sở Lao động Thương binh Xã hộii chủ trì",
                "Có phải “Sở Lao động - Thương binh và Xã hội”?",
            ),
            (
                plan_with("Công an tỉnh chủ trì", "Cong an tinh chủ trì"),
                "Cong an tinh chủ trì",
                "Công an tỉnh",
            ),
        ];
        assert_table("A002", &pass, &fail);
        let now = findings(
            "A002",
            &plan_with(
                "Công an tỉnh chủ trì",
                "Sở Lao động Thương binh Xã hộii chủ trì",
            ),
        );
        assert!(!now[0].message.contains("Thương binh và"), "{now:?}");
        assert_ne!(
            now[0].suggestion.as_deref(),
            Some("Sở Lao động - Thương binh và Xã hội")
        );
    }

    #[test]
    fn form_table() {
        use crate::rules::testing::{assert_form_table, form_with, report_form};
        use serde_json::json;
        let pass = [
            report_form(),
            form_with(&[
                ("/agency", Some(json!("SỞ Y TẾ"))),
                ("/tasks/0/partners", Some(json!("Công an tỉnh\nSở Tư pháp"))),
            ]),
        ];
        let fail = [
            (
                form_with(&[("/agency", Some(json!("Sở Phát triển Cộng đồng")))]),
                "/agency",
                "Không tìm thấy",
            ),
            (
                form_with(&[("/tasks/0/lead", Some(json!("Sở Y tê")))]),
                "/tasks/0/lead",
                "“Sở Y tế”",
            ),
            (
                form_with(&[(
                    "/tasks/0/partners",
                    Some(json!(["Công an tỉnh", "Sở Du hành vũ trụ"])),
                )]),
                "/tasks/0/partners/1",
                "Không tìm thấy",
            ),
            (
                form_with(&[("/tasks/0/partners", Some(json!("Sở Du hành vũ trụ")))]),
                "/tasks/0/partners",
                "Không tìm thấy",
            ),
        ];
        assert_form_table("A002", &pass, &fail);
    }
}
