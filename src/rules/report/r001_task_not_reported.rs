use crate::finding::Diagnostic;
use crate::messages;
use crate::model::TaskReport;
use crate::profile::PlanTask;
use crate::reader::DocKind;
use crate::rules::{declare_rule, ModelContext};
use crate::target::tasks::{normal_ref, same_body};
use crate::text::fold;

declare_rule! {
    /// ## Lỗi gì
    /// Báo cáo của một cơ quan (`/agency` của biểu mẫu, hoặc cơ quan ban hành ở đầu văn
    /// bản) không nói đến một nhiệm vụ mà kế hoạch giao cơ quan đó chủ trì: biểu mẫu
    /// không có dòng nào cho nó trong danh sách nhiệm vụ (`/tasks`), văn bản không nêu
    /// tên nó. Các
    /// nhiệm vụ lấy từ hồ sơ rút ra từ kế hoạch (`baocao profile --from-plan`), mỗi
    /// nhiệm vụ có số mục (`II.4-2`; mỗi dòng của bảng phân công nhiệm vụ là một nhiệm
    /// vụ: `II.2-3`, hoặc `PL-3` ở phụ lục), tên, cơ quan chủ trì và phối hợp. Một dòng báo cáo
    /// nhiệm vụ đó khi có `ref` trùng số mục (`II.4-2`, hoặc `4-2` bỏ số La Mã), là mục
    /// chứa nó (`II.4`), hoặc nêu tên nhiệm vụ. Tên cơ quan so khớp không phân biệt hoa thường, dấu, viết tắt
    /// (`Sở Y tế`, `SỞ Y TẾ`). Hồ sơ `national` không có nhiệm vụ nên không có lỗi này.
    ///
    /// ## Vì sao
    /// Cơ quan thường trực tổng hợp kết quả theo từng nhiệm vụ của kế hoạch; nhiệm vụ
    /// được giao mà không báo cáo thì bị coi là chưa thực hiện.
    ///
    /// ## Ví dụ sai
    /// ```json
    /// { "agency": "Sở Y tế", "tasks": [ { "ref": "II.4-1", "result": "…" } ] }
    /// ```
    /// (kế hoạch giao Sở Y tế chủ trì cả II.4-1 và II.4-2)
    ///
    /// ## Ví dụ đúng
    /// ```json
    /// { "agency": "Sở Y tế", "tasks": [ { "ref": "II.4-1", "result": "…" },
    ///                                   { "ref": "II.4-2", "result": "…" } ] }
    /// ```
    /// ---
    /// ## What it finds
    /// A report of an agency (a form's `/agency`, or the issuing body in a text's
    /// header) that says nothing of a task the plan assigned that agency to lead: a
    /// form with no row for it in its list of tasks (`/tasks`), a text that does not
    /// name it. The tasks come from
    /// the profile derived from the plan (`baocao profile --from-plan`), each with its
    /// item (`II.4-2`; each row of a table of tasks is a task: `II.2-3`, or `PL-3` in the
    /// appendix), title, lead and partners. A row reports a task when its `ref` is
    /// the item (`II.4-2`, or `4-2` without the Roman part), an item that contains it
    /// (`II.4`), or it names the task's title. Agency names match regardless of case, marks and abbreviations (`Sở Y
    /// tế`, `SỞ Y TẾ`). The `national` profile has no tasks, so it never finds this.
    ///
    /// ## Why it matters
    /// The standing office compiles results task by task; a task assigned and not
    /// reported on counts as not done.
    ///
    /// ## Wrong
    /// ```json
    /// { "agency": "Sở Y tế", "tasks": [ { "ref": "II.4-1", "result": "…" } ] }
    /// ```
    /// (the plan has Sở Y tế lead both II.4-1 and II.4-2)
    ///
    /// ## Right
    /// ```json
    /// { "agency": "Sở Y tế", "tasks": [ { "ref": "II.4-1", "result": "…" },
    ///                                   { "ref": "II.4-2", "result": "…" } ] }
    /// ```
    pub static RULE = Rule {
        code: "R001",
        name: "task-not-reported",
        area: Report,
        severity: Warning,
        title: ("Báo cáo bỏ sót nhiệm vụ kế hoạch giao", "A report that leaves out a task the plan assigned"),
        check: check,
    };
}

/// Whether a row's reference `r` (normalised) stands for the task `wanted`: the same
/// item, an item that contains it (`II.4` for `II.4-2`), or either without the part's
/// Roman number (`4-2`, `5.2`). A bare number (`II`, `4`) is too vague to count.
fn ref_covers(r: &str, wanted: &str) -> bool {
    let within = |w: &str| {
        w == r
            || w.strip_prefix(r)
                .is_some_and(|rest| rest.starts_with(&['.', '-'][..]))
    };
    let precise = r.contains(&['.', '-'][..]);
    let without_part = wanted.split_once('.').map(|(_, rest)| rest);
    !r.is_empty()
        && (r == wanted || precise && within(wanted) || precise && without_part.is_some_and(within))
}

/// Whether what a report says of a task (a row of `/tasks`, or a report's body)
/// reports on `task`.
fn covers(row: &TaskReport, task: &PlanTask) -> bool {
    let wanted = normal_ref(&task.reference);
    if row
        .reference
        .as_deref()
        .is_some_and(|r| ref_covers(&normal_ref(r), &wanted))
    {
        return true;
    }
    // The row names the task: the first words of its title.
    let mut title = task.title.as_str();
    while let Some(cut) = title.strip_suffix('…') {
        title = cut;
    }
    let title: Vec<&str> = title.split_whitespace().collect();
    if title.len() < 3 {
        return false;
    }
    let head = fold(&title[..title.len().min(8)].join(" "));
    [row.reference.as_deref(), Some(row.text.as_str())]
        .into_iter()
        .flatten()
        .any(|t| fold(t).contains(&head))
}

fn check(ctx: &ModelContext, out: &mut Vec<Diagnostic>) {
    let (Some(agency), Some(rows)) = (&ctx.model.agency, &ctx.model.tasks) else {
        return;
    };
    if ctx.profile.tasks.is_empty() || ctx.model.kind != DocKind::Report {
        return;
    }
    let mut reported: Vec<&str> = Vec::new();
    // The profile's own bodies are known by all their names.
    let reg = ctx.profile.registry();
    for task in &ctx.profile.tasks {
        if reported.contains(&task.reference.as_str())
            || !same_body(reg, &task.lead, &agency.text)
            || rows.iter().any(|r| covers(r, task))
        {
            continue;
        }
        reported.push(&task.reference);
        out.push(
            RULE.report_at(
                ctx.model.tasks_at.clone(),
                messages::r001_not_reported(&task.reference, &task.lead, &task.title),
            )
            .relating(agency.at.clone())
            .with_hint(messages::r001_hint(&task.reference)),
        );
    }
}

#[cfg(test)]
mod tests {
    use crate::profile::{PlanTask, Profile};
    use crate::rules::target::testing::*;
    use serde_json::json;

    fn plan_profile() -> Profile {
        let mut p = Profile::named("plan");
        let task = |r: &str, title: &str, lead: &str| PlanTask {
            reference: r.into(),
            title: title.into(),
            lead: lead.into(),
            partners: vec!["Công an tỉnh".into()],
        };
        p.tasks = vec![
            task(
                "II.4-1",
                "Tiếp nhận, xác minh, bảo vệ và hỗ trợ nạn nhân bị mua bán",
                "Sở Y tế",
            ),
            task(
                "II.4-2",
                "Tổ chức kiểm tra liên ngành việc thực hiện chính sách hỗ trợ nạn nhân",
                "Sở Y tế",
            ),
            task("II.5-1", "Rà soát văn bản quy phạm pháp luật", "Sở Tư pháp"),
        ];
        p
    }

    fn report(agency: &str, tasks: serde_json::Value) -> serde_json::Value {
        json!({ "kind": "report", "agency": agency, "tasks": tasks })
    }

    #[test]
    fn text_table() {
        use crate::rules::testing::{assert_spans, report, PLAIN_ASSESSMENT};
        let options = crate::Options {
            profile: Some(plan_profile().into()),
            ..crate::Options::default()
        };
        let support = "1. Tiếp nhận, xác minh, bảo vệ và hỗ trợ nạn nhân bị mua bán\n\nĐã hỗ trợ 6/6 nạn nhân.";
        let inspection =
            "2. Tổ chức kiểm tra liên ngành việc thực hiện chính sách hỗ trợ nạn nhân tại 3 huyện.";
        let pass = vec![
            report(&format!("{support}\n\n{inspection}"), PLAIN_ASSESSMENT),
            // another body's report: its tasks are not ours
            report(support, PLAIN_ASSESSMENT)
                .replace("SỞ Y TẾ", "SỞ TƯ PHÁP")
                .replace("45/BC-SYT", "45/BC-STP")
                .replace("Sở Y tế báo cáo", "Sở Tư pháp báo cáo")
                .replace(
                    support,
                    "Đã rà soát văn bản quy phạm pháp luật về phòng, chống mua bán người.",
                ),
        ];
        let fail: Vec<(String, &[(&str, &str)])> = vec![(
            report(support, PLAIN_ASSESSMENT),
            &[(
                "II. KẾT QUẢ THỰC HIỆN",
                "Báo cáo chưa có nhiệm vụ II.4-2 mà kế hoạch giao Sở Y tế chủ trì",
            )],
        )];
        assert_spans("R001", &options, &pass, &fail);
    }

    #[test]
    fn form_table() {
        let both = json!([{ "ref": "II.4-1", "result": "Đã hỗ trợ 6 nạn nhân." }, { "ref": "II.4-2", "result": "Đã kiểm tra 3 cơ sở." }]);
        let pass = vec![
            report("Sở Y tế", both.clone()),
            report("SỞ Y TẾ", both),
            // refs as people type them, or the task named
            report("Sở Y tế", json!([{ "ref": "ii.4-1." }, { "ref": "4-2" }])),
            // one row for the item that holds both tasks
            report("Sở Y tế", json!([{ "ref": "II.4" }])),
            report(
                "Sở Y tế",
                json!([{ "ref": "II.4-1" }, { "result": "Tổ chức kiểm tra liên ngành việc thực hiện chính sách hỗ trợ nạn nhân: 3 cuộc." }]),
            ),
            // another agency's tasks are not this report's
            report("Sở Tư pháp", json!([{ "ref": "II.5-1" }])),
            report("Công an tỉnh", json!([])),
            // no agency, or tasks of the wrong type (another rule's)
            json!({ "kind": "report", "tasks": [] }),
            report("Sở Y tế", json!("II.4-1")),
        ];
        let fail = vec![
            (
                report("Sở Y tế", json!([{ "ref": "II.4-1", "result": "Đã hỗ trợ 6 nạn nhân." }])),
                "/tasks",
                "Báo cáo chưa có nhiệm vụ II.4-2 mà kế hoạch giao Sở Y tế chủ trì: “Tổ chức kiểm tra liên ngành",
            ),
            (report("Sở Tư pháp", json!(null)), "/tasks", "II.5-1"),
            (report("Sở Tư pháp", json!([{ "ref": "II" }, { "ref": "5" }, { "ref": "1" }, { "ref": "II.5-10" }, 7])), "/tasks", "II.5-1"),
        ];
        assert_profile_table("R001", Some(&plan_profile()), &pass, &fail);
        // No row at all: each of the agency's tasks is left out.
        crate::rules::testing::assert_form_findings(
            "R001",
            &report("Sở Y tế", json!([])),
            Some(&plan_profile()),
            &[("/tasks", "II.4-1"), ("/tasks", "II.4-2")],
        );
        crate::rules::testing::assert_form_findings(
            "R001",
            &json!({ "kind": "report", "agency": "sở y tế" }),
            Some(&plan_profile()),
            &[("/tasks", "II.4-1"), ("/tasks", "II.4-2")],
        );
    }

    /// A province's own body (the profile's `extraAgencies`) is known by its other
    /// names: the plan's short name and the form's full one are the same agency.
    #[test]
    fn the_profiles_own_bodies_are_known_by_all_their_names() {
        let mut p = Profile::named("plan");
        p.tasks = vec![PlanTask {
            reference: "II.6".into(),
            title: "Tuyên truyền tại các khu du lịch".into(),
            lead: "BQL Khu du lịch Hồ Tây".into(),
            partners: Vec::new(),
        }];
        let form = report("Ban Quản lý Khu du lịch Hồ Tây", json!([]));
        // Unknown to the built-in registry, the two names are different bodies.
        assert_profile_table("R001", Some(&p), std::slice::from_ref(&form), &[]);
        p.extra_agencies = Some(
            "ban-ql-ho-tay | Ban Quản lý Khu du lịch Hồ Tây | province | department | yes | -\n  = BQL Khu du lịch Hồ Tây\n"
                .into(),
        );
        p.validate().expect("a valid profile");
        assert_profile_table("R001", Some(&p), &[], &[(form, "/tasks", "II.6")]);
    }

    #[test]
    fn references() {
        use super::ref_covers;
        assert!(ref_covers("II.5.2", "II.5.2"));
        assert!(ref_covers("II.5", "II.5.2"));
        assert!(ref_covers("5.2", "II.5.2"));
        assert!(ref_covers("4-2", "II.4-2"));
        assert!(!ref_covers("II", "II.5.2"));
        assert!(!ref_covers("5", "II.5.2"));
        assert!(!ref_covers("II.5.2", "II.5.21"));
        assert!(!ref_covers("II.5.2", "II.5"));
        assert!(!ref_covers("", "II.5"));
    }

    #[test]
    fn the_national_profile_has_no_tasks() {
        let f = report("Sở Y tế", json!([]));
        assert!(profile_findings("R001", &f, None).is_empty());
    }
}
