//! A profile derived from a plan (DESIGN §4.5): the plan a province issued is the
//! rulebook its agencies report against. The plan is read as the rules read it — its
//! regime, its targets, and who is assigned each task — so it lives above them.

use crate::messages;
use crate::profile::{both_languages, receiving_office, Profile};

impl Profile {
    /// The profile the plan in `text` implies, named `name`: its regime, its targets
    /// (read from its objectives) and the tasks it assigns. A deadline the plan sets
    /// before the end of the data window it reports on (P005 reports it) is left out,
    /// so that the profile holds together.
    pub fn from_plan(name: &str, text: &str) -> Profile {
        let source = crate::text::Source::new(text);
        let doc = crate::reader::read(&source, Some(crate::reader::DocKind::Plan));
        let analysis = crate::period::analyse(&doc, source.text());
        let mut profile = Profile::from_regime(name, &analysis.regime);
        if let Some(plan) = plan_reference(&doc, &analysis.regime) {
            profile.description = plan;
        }
        profile.receiving_office = receiving_office(source.text());
        for w in &mut profile.reports {
            if w.deadline_before_end() {
                w.deadline = None;
                w.deadline_inclusive = false;
            }
        }
        profile.targets = crate::target::read::plan_targets(&doc, source.text())
            .into_iter()
            .map(|f| f.target)
            .collect();
        let assignees =
            crate::model::plan_assignees(&doc, source.text(), crate::agency::registry());
        profile.tasks = crate::target::tasks::plan_tasks(&doc, &assignees.sentences);
        profile.tasks.extend(crate::target::tasks::table_tasks(
            &doc,
            &assignees.rows,
            &assignees.in_rows,
        ));
        profile
    }
}

/// How an official names the plan: `Kế hoạch số 61/KH-UBND ngày 27/03/2026 / Plan No.
/// 61/KH-UBND of 27/03/2026`, from its number and date of issue (a draft's blank number
/// names nothing).
fn plan_reference(doc: &crate::reader::Document, regime: &crate::period::Regime) -> Option<String> {
    let symbol = &doc.header.number.as_ref()?.symbol;
    if !symbol.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let date = regime
        .issued
        .as_ref()
        .filter(|i| i.exact)
        .and_then(|i| i.date.date())
        .map(crate::period::dates::format_date);
    Some(both_languages(match date {
        Some(d) => messages::profile_plan_number_dated(symbol, d),
        None => messages::profile_plan_number(symbol),
    }))
}

#[cfg(test)]
mod tests {
    use crate::profile::Profile;
    use crate::rules::testing::{plan, plan_with, BODY};

    /// A task written as a plain paragraph under its numbered heading, assigned by the
    /// parenthesis it ends with, is one of the plan's tasks (issue 15, item 4).
    #[test]
    fn a_paragraph_assigned_by_its_parenthesis_is_a_task() {
        let tasks = |text: &str| -> Vec<(String, String)> {
            Profile::from_plan("p", text)
                .tasks
                .into_iter()
                .map(|t| (t.reference, t.lead))
                .collect()
        };
        let before = tasks(&plan(BODY));
        assert!(
            !before
                .iter()
                .any(|(_, lead)| lead.starts_with("Bộ Chỉ huy")),
            "{before:?}"
        );
        let text = plan_with(
            "- Công an tỉnh chủ trì thực hiện.",
            "Tăng cường kiểm tra các cơ sở kinh doanh lưu trú (Bộ Chỉ huy Bộ đội Biên phòng tỉnh chủ trì, phối hợp Công an tỉnh thực hiện).",
        );
        let after = tasks(&text);
        assert!(
            after.contains(&(
                "II.2".to_owned(),
                "Bộ Chỉ huy Bộ đội Biên phòng tỉnh".to_owned()
            )),
            "{after:?}"
        );
        // a parenthesis that assigns no one makes no task
        let text = plan_with(
            "- Công an tỉnh chủ trì thực hiện.",
            "Tăng cường kiểm tra các cơ sở kinh doanh lưu trú (theo Luật Cư trú).",
        );
        assert!(
            !tasks(&text).iter().any(|(r, _)| r == "II.2"),
            "{:?}",
            tasks(&text)
        );
    }

    /// A table of tasks (a row each, its lead's column) gives the profile a task per
    /// row with a lead: the row's words, its lead and partners, numbered after its item;
    /// a row without a lead, or whose lead is a group of bodies, gives none.
    #[test]
    fn a_table_of_tasks_gives_a_task_per_row() {
        let text = plan_with(
            "2. Công tác phòng ngừa\n\n- Công an tỉnh chủ trì thực hiện.",
            "2. Phân công nhiệm vụ\n\n\
             | STT | Nội dung | Cơ quan chủ trì | Cơ quan phối hợp |\n|---|---|---|---|\n\
             | 1 | Tuyên truyền tại cơ sở | Sở Tư pháp | Công an tỉnh, Sở Y tế |\n\
             | 2 | Hỗ trợ nạn nhân trở về | | Sở Y tế |\n\
             | 3 | Rà soát địa bàn | Các sở, ngành | |",
        );
        let tasks = Profile::from_plan("p", &text).tasks;
        let rows: Vec<_> = tasks
            .iter()
            .filter(|t| t.reference.starts_with("II.2-"))
            .collect();
        assert_eq!(rows.len(), 1, "{tasks:#?}");
        assert_eq!(rows[0].reference, "II.2-1");
        assert_eq!(rows[0].title, "Tuyên truyền tại cơ sở");
        assert_eq!(rows[0].lead, "Sở Tư pháp");
        assert_eq!(rows[0].partners, ["Công an tỉnh", "Sở Y tế"]);
    }
}
