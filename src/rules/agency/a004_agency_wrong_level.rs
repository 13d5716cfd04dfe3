use super::{Named, Problem, Verdict};
use crate::agency::Level;
use crate::finding::{Diagnostic, Text};
use crate::messages;
use crate::rules::{declare_rule, ModelContext};

declare_rule! {
    /// ## Lỗi gì
    /// Văn bản giao nhiệm vụ cho cơ quan cấp trên của cơ quan ban hành: kế hoạch của
    /// Ủy ban nhân dân xã giao cho Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh, Công an tỉnh;
    /// kế hoạch của tỉnh giao cho một Bộ. Cấp của cơ quan ban hành đọc từ tiêu đề hoặc
    /// câu “… ban hành Kế hoạch”. Trong báo cáo, chỉ phần phương hướng, nhiệm vụ kỳ tới
    /// giao việc; phần kết quả kể việc đã làm cùng cơ quan cấp trên thì không sai.
    ///
    /// ## Vì sao
    /// Cơ quan ban hành chỉ giao việc được cho cơ quan cùng cấp hoặc cấp dưới; thường là
    /// lỗi sao chép từ kế hoạch của cấp trên mà quên đổi cấp.
    ///
    /// ## Ví dụ sai
    /// ```text
    /// - Phân công trách nhiệm: Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh …   (kế hoạch của xã)
    /// ```
    ///
    /// ## Ví dụ đúng
    /// ```text
    /// - Phân công trách nhiệm: đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam xã …
    /// ```
    /// ---
    /// ## What it finds
    /// A task given to a body above the issuer's level: a commune's plan assigning the
    /// provincial Fatherland Front or provincial police; a province's plan assigning a
    /// ministry. The issuer's level is read from the header or from the sentence that
    /// issues the plan. In a report only the next period's tasks assign; results that
    /// tell what was done with a higher body are not wrong.
    ///
    /// ## Why it matters
    /// An issuer assigns only bodies of its own level or below; this is usually a plan
    /// copied from the level above with the level words left unchanged.
    ///
    /// ## Wrong
    /// ```text
    /// - Phân công trách nhiệm: Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh …   (a commune plan)
    /// ```
    ///
    /// ## Right
    /// ```text
    /// - Phân công trách nhiệm: đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam xã …
    /// ```
    pub static RULE = Rule {
        code: "A004",
        name: "agency-wrong-level",
        area: Agency,
        severity: Error,
        title: ("Cơ quan không đúng cấp của cơ quan ban hành", "An agency of the wrong level for the issuing body"),
        check: check,
    };
}

fn level_words(level: Level) -> Text {
    use crate::agency::Level::*;
    match level {
        Central => messages::a004_level_central(),
        Province => messages::a004_level_province(),
        District => messages::a004_level_district(),
        Commune => messages::a004_level_commune(),
    }
}

/// A body of a level above the issuer's, given a task rather than requested.
pub(crate) const VERDICT: Verdict = Verdict {
    rule: &RULE,
    applies: |n: &Named| {
        n.tasked
            && n.specific().is_some_and(|a| {
                matches!((a.level, n.issuer), (Some(l), Some(i)) if l < i) && !n.requested
            })
    },
    problem: |_, n| Some(problem(n.name, n.specific()?.level?, n.issuer?)),
};

pub(crate) fn problem(name: &str, level: Level, issuer: Level) -> Problem {
    Problem {
        message: messages::a004_wrong_level(level_words(issuer), level_words(level), name),
        hint: messages::a004_hint(level_words(issuer)),
        suggestion: None,
    }
}

fn check(ctx: &ModelContext, out: &mut Vec<Diagnostic>) {
    for a in super::assigned_breaking(&ctx.model.agencies, &RULE) {
        let level = a.matched.as_ref().and_then(|m| m.agency.level);
        let (Some(level), Some(issuer)) = (level, a.issuer) else {
            continue;
        };
        let mut d = problem(&a.name, level, issuer).report(&RULE, &a.at);
        // A body whose level was chosen apart (a form's own agency and its Level field).
        if let Some(level_at) = &a.level_at {
            d.message = messages::a004_not_of_chosen_level(&a.name);
            d = d.relating(level_at.clone());
        }
        out.push(d);
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::*;

    fn commune(body: &str) -> String {
        plan(body)
            .replace("TỈNH LẠNG SƠN", "XÃ ĐIỀM HE")
            .replace(
                "Ủy ban nhân dân tỉnh ban hành",
                "Ủy ban nhân dân xã ban hành",
            )
            .replace(
                "Sở Văn hóa, Thể thao và Du lịch chủ trì, phối hợp các sở, ngành",
                "Phòng Văn hóa - Xã hội chủ trì, phối hợp các ban, ngành",
            )
    }

    #[test]
    fn table() {
        let pass = vec![
            plan(BODY),
            commune(&BODY.replace("Công an tỉnh chủ trì", "Công an xã chủ trì")),
            // a province assigning communes
            plan_with("Công an tỉnh chủ trì", "Ủy ban nhân dân các xã chủ trì"),
            // a report's results tell what a ministry did with the department
            report(
                "1. Bộ Y tế tổ chức tập huấn cho 50 cán bộ.\n\n\
                 2. Phối hợp với Bộ Công an tiếp nhận 2 nạn nhân.",
                PLAIN_ASSESSMENT,
            ),
        ];
        let fail = vec![
            (
                commune(BODY),
                "Công an tỉnh chủ trì",
                "cấp xã giao nhiệm vụ cho cơ quan cấp tỉnh",
            ),
            (
                plan_with("Công an tỉnh chủ trì", "Bộ Công an chủ trì"),
                "Bộ Công an chủ trì",
                "cấp trung ương",
            ),
            // a report's next period's tasks assign
            (
                report("Tổ chức 5 buổi tuyên truyền.", PLAIN_ASSESSMENT).replace(
                    "Tiếp tục tuyên truyền tại cơ sở.",
                    "1. Bộ Y tế chủ trì tập huấn cho cán bộ y tế cơ sở.",
                ),
                "1. Bộ Y tế chủ trì",
                "cấp tỉnh giao nhiệm vụ cho cơ quan cấp trung ương",
            ),
        ];
        assert_table("A004", &pass, &fail);
    }

    #[test]
    fn form_table() {
        use crate::rules::testing::{assert_form_table, form_with, report_form};
        use serde_json::json;
        let commune = |changes: &[(&str, Option<serde_json::Value>)]| {
            let mut all = vec![
                ("/level", Some(json!("commune"))),
                ("/agency", Some(json!("Ủy ban nhân dân xã Tiên Lữ"))),
            ];
            all.extend_from_slice(changes);
            form_with(&all)
        };
        let pass = [
            report_form(),
            commune(&[
                ("/tasks/0/lead", Some(json!("Công an xã"))),
                ("/tasks/0/partners", Some(json!(["Trạm Y tế xã"]))),
            ]),
        ];
        let fail = [(
            commune(&[
                ("/tasks/0/lead", Some(json!("Sở Y tế"))),
                ("/tasks/0/partners", Some(json!(["Công an xã"]))),
            ]),
            "/tasks/0/lead",
            "cơ quan cấp",
        )];
        assert_form_table("A004", &pass, &fail);
        // A provincial body as a commune's own agency, and the provincial bodies its
        // task names: one finding each.
        crate::rules::testing::assert_form_findings(
            "A004",
            &commune(&[("/agency", Some(json!("Công an tỉnh")))]),
            None,
            &[
                ("/agency", "cấp đã chọn"),
                ("/tasks/0/lead", "“Sở Y tế”"),
                ("/tasks/0/partners/0", "“Công an tỉnh”"),
            ],
        );
    }
}
