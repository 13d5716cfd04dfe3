//! R rules: a report against the plan it reports on — the tasks the plan assigned,
//! carried in a profile derived from the plan (`baocao profile --from-plan`).

pub mod r001_task_not_reported;
