//! A profile derived from a plan (DESIGN §4.5): the plan a province issued is the
//! rulebook its agencies report against. The plan is read as the rules read it — its
//! regime, its targets, and who is assigned each task — so it lives above them.

use crate::profile::{receiving_office, Profile};

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
        let options = crate::Options::default();
        let ctx = crate::rules::Context::new(&source, &doc, &options);
        profile.tasks = crate::target::tasks::plan_tasks(&doc, &ctx.responsibility().assignees);
        profile
    }
}
