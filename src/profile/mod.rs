//! Profiles: what a report is checked against (DESIGN §4.5).
//!
//! A [`Profile`] holds the reporting regime per report type (data windows and
//! deadlines), the programme period, the receiving office, extra agencies and targets.
//! The built-in `national` profile is built from [`crate::period::NATIONAL_WINDOWS`]
//! (no JSON in the browser build); [`Profile::from_regime`] derives a profile from a
//! plan's own regime; [`Profile::from_value`] reads the format of
//! `schemas/profile.schema.json` from a plain value (a JS object in the browser),
//! natively [`Profile::from_json`] from JSON, and [`Profile::validate`] checks it.
//!
//! The JSON format (camelCase; unknown keys are an error, so that a typo is caught):
//!
//! ```json
//! { "name": "hung-yen-2026", "description": "…",
//!   "reports": [
//!     { "kind": "half_year",
//!       "from": { "day": 15, "month": 12, "year": "previous" },
//!       "to": { "day": 14, "month": 6 },
//!       "deadline": { "day": 17, "month": 6 }, "deadlineInclusive": false } ],
//!   "programme": { "from": 2026, "to": 2030 },
//!   "receivingOffice": "Công an tỉnh",
//!   "extraAgencies": null,
//!   "targets": [
//!     { "indicator": "tipsResolvedRate", "comparator": ">", "value": 90,
//!       "importance": "high" } ],
//!   "tasks": [
//!     { "ref": "II.4-2", "title": "…", "lead": "Sở Y tế", "partners": ["Công an tỉnh"] } ] }
//! ```
//!
//! `year` of a day and month is `previous`, `current` (the default) or `next`,
//! counted from the reporting year; a window ends in the reporting year. A
//! deadline `trước ngày 17/6` is `17/6` not inclusive (16/6 is the last day in time).
//!
//! A target's indicator is an id of `data/indicators.txt`; its comparator is `>`
//! (`trên`), `>=` (`đạt`, the default), `<` (`dưới`) or `<=` (`không quá`); its
//! importance `high`, `medium` (the default) or `low`. [`Profile::validate`] refuses a
//! profile that contradicts itself: two targets on one indicator that cannot both hold,
//! a rate's target out of 0–100, an unknown indicator, a deadline before the end of the
//! data window it reports on.

use std::sync::OnceLock;

use chrono::NaiveDate;
use serde::Serialize;

use crate::finding::Text;
use crate::messages;
use crate::period::{windows, DayMonth, Regime, ReportKind, YearRef};
pub use crate::target::tasks::PlanTask;
pub use crate::target::Target;
use crate::target::{catalogue, Interval};

mod read;
pub use read::ShapeError;

/// The names of the built-in profiles.
pub const BUILT_IN: &[&str] = &["national"];

/// What a report is checked against.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Profile {
    pub name: String,
    pub description: String,
    /// The data window and deadline of each kind of periodic report.
    pub reports: Vec<ReportWindow>,
    /// The programme period (or the year of a one-year plan).
    pub programme: Option<Programme>,
    /// The office reports are sent to.
    pub receiving_office: Option<String>,
    /// More bodies, in the agency registry's line format (data/agencies/bodies.txt).
    pub extra_agencies: Option<String>,
    /// Targets: the national ones, or those a plan states.
    pub targets: Vec<Target>,
    /// The tasks a plan assigns, with their leads (empty: no plan, R001 finds nothing).
    pub tasks: Vec<PlanTask>,
    /// The agency registry with `extra_agencies`, built when first asked.
    #[serde(skip)]
    pub registry: crate::agency::ExtraRegistry,
}

impl Profile {
    /// The agency registry this profile's checks use: the built-in one with the
    /// profile's extra bodies.
    pub fn registry(&self) -> &crate::agency::Registry {
        self.registry.get(self.extra_agencies.as_deref())
    }
}

/// The data window of one kind of report, and its deadline.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ReportWindow {
    pub kind: ReportKind,
    /// 1–4 for a quarter; absent otherwise.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub quarter: Option<u8>,
    pub from: DayMonth,
    pub to: DayMonth,
    pub deadline: Option<DayMonth>,
    /// Whether the deadline day itself is in time (`chậm nhất ngày`), or not
    /// (`trước ngày`, the default).
    pub deadline_inclusive: bool,
}

/// A span of years: `giai đoạn 2026 - 2030`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Programme {
    pub from: i32,
    pub to: i32,
}

/// What is wrong with a profile: where (`reports[1].to.day`) and what.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ProfileError {
    pub path: String,
    pub message: Text,
}

impl ProfileError {
    fn new(path: impl Into<String>, message: Text) -> Self {
        ProfileError {
            path: path.into(),
            message,
        }
    }
}

impl std::fmt::Display for ProfileError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let at = if self.path.is_empty() {
            String::new()
        } else {
            format!("{}: ", self.path)
        };
        write!(f, "{at}{} / {at}{}", self.message.vi, self.message.en)
    }
}

impl std::error::Error for ProfileError {}

impl From<ShapeError> for ProfileError {
    fn from(e: ShapeError) -> Self {
        ProfileError::new(e.path, e.what)
    }
}

/// A built-in profile by name.
pub fn built_in(name: &str) -> Option<&'static Profile> {
    match name {
        "national" => Some(national()),
        _ => None,
    }
}

/// The built-in `national` profile: the windows of DESIGN §2.5, no deadlines, the
/// national targets of DESIGN §2.6 (`data/national-targets.txt`).
pub fn national() -> &'static Profile {
    static NATIONAL: OnceLock<Profile> = OnceLock::new();
    NATIONAL.get_or_init(|| Profile {
        name: "national".into(),
        description: both_languages(messages::profile_national_description()),
        reports: windows::NATIONAL_WINDOWS
            .iter()
            .map(|w| ReportWindow {
                kind: w.kind,
                quarter: w.quarter,
                from: w.from,
                to: w.to,
                deadline: None,
                deadline_inclusive: false,
            })
            .collect(),
        programme: None,
        receiving_office: None,
        extra_agencies: None,
        targets: crate::target::national_targets().to_vec(),
        tasks: Vec::new(),
        registry: Default::default(),
    })
}

/// A description in both languages, as a profile holds it: `Vietnamese / English`
/// ([`Profile::source`] splits it).
pub(crate) fn both_languages(description: Text) -> String {
    format!("{} / {}", description.vi, description.en)
}

/// A reference year in which every day and month exists (29/02 too).
const LEAP: i32 = 2028;

impl ReportWindow {
    /// First and last day of the window for the reporting year `year`.
    pub fn dates(&self, year: i32) -> Option<(NaiveDate, NaiveDate)> {
        Some((self.from.date_in(year)?, self.to.date_in(year)?))
    }

    /// Whether the deadline falls before the last day of the window it reports on
    /// (in a leap year, where every day exists).
    pub fn deadline_before_end(&self) -> bool {
        match (self.last_day(LEAP), self.to.date_in(LEAP)) {
            (Some(last), Some(end)) => last < end,
            _ => false,
        }
    }

    /// The last day in time for the report of the reporting year `year`.
    pub fn last_day(&self, year: i32) -> Option<NaiveDate> {
        let d = self.deadline?.date_in(year)?;
        if self.deadline_inclusive {
            Some(d)
        } else {
            d.pred_opt()
        }
    }
}

impl Profile {
    /// A profile with nothing of its own: the national windows apply, no targets, no
    /// tasks (what `{ "name": … }` in JSON gives).
    pub fn named(name: &str) -> Profile {
        Profile {
            name: name.to_owned(),
            description: String::new(),
            reports: Vec::new(),
            programme: None,
            receiving_office: None,
            extra_agencies: None,
            targets: Vec::new(),
            tasks: Vec::new(),
            registry: Default::default(),
        }
    }

    /// What messages call the rules this profile holds, after "theo" / "under": the
    /// general rule for `national`, else the profile's description (a derived
    /// profile's is its plan: `Kế hoạch số 61/KH-UBND ngày 27/03/2026`), else its name.
    /// Never the word "profile", which an official does not use.
    pub fn source(&self) -> Text {
        if std::ptr::eq(self, national()) || self.name == "national" {
            return messages::profile_national_source();
        }
        let description = self.description.trim();
        if description.is_empty() {
            return messages::profile_named_source(&self.name);
        }
        match description.split_once(" / ") {
            Some((vi, en)) => Text::new(vi.trim(), en.trim()),
            None => Text::new(description, description),
        }
    }

    /// The windows a report of `kind` is checked against: the profile's, else (a kind
    /// the profile does not set) the national ones. All four quarters when `quarter`
    /// is `None`.
    pub fn windows(&self, kind: ReportKind, quarter: Option<u8>) -> Vec<ReportWindow> {
        let pick = |p: &Profile| -> Vec<ReportWindow> {
            p.reports
                .iter()
                .filter(|w| w.kind == kind && (quarter.is_none() || w.quarter == quarter))
                .copied()
                .collect()
        };
        let own = pick(self);
        if own.is_empty() && !std::ptr::eq(self, national()) {
            pick(national())
        } else {
            own
        }
    }

    /// The profile a plan's regime implies: its report kinds with their windows (the
    /// national ones where it states none) and deadlines, and its programme period.
    pub fn from_regime(name: &str, regime: &Regime) -> Profile {
        let mut reports: Vec<ReportWindow> = Vec::new();
        for rule in regime
            .reports
            .iter()
            .filter(|r| r.kind != ReportKind::AdHoc)
        {
            let windows = rule.windows();
            // Each deadline belongs to the window whose end is nearest to it.
            let mut due: Vec<Option<(DayMonth, i64, bool)>> = vec![None; windows.len()];
            for d in &rule.deadlines {
                let best = windows
                    .iter()
                    .enumerate()
                    .filter_map(|(i, (_, _, to))| {
                        nearest(d.date, settle(*to)).map(|(dm, gap)| (i, dm, gap))
                    })
                    .min_by_key(|(_, _, gap)| *gap);
                if let Some((i, dm, gap)) = best {
                    if due[i].is_none_or(|(_, g, _)| gap < g) {
                        due[i] = Some((dm, gap, d.inclusive));
                    }
                }
            }
            for ((quarter, from, to), deadline) in windows.into_iter().zip(due) {
                if reports
                    .iter()
                    .any(|w| w.kind == rule.kind && w.quarter == quarter)
                {
                    continue;
                }
                reports.push(ReportWindow {
                    kind: rule.kind,
                    quarter,
                    from: settle(from),
                    to: settle(to),
                    deadline: deadline.map(|(d, _, _)| d),
                    deadline_inclusive: deadline.is_some_and(|(_, _, i)| i),
                });
            }
        }
        Profile {
            name: name.to_owned(),
            description: both_languages(messages::profile_plan_description(name)),
            reports,
            programme: regime.scope().map(|(from, to)| Programme { from, to }),
            receiving_office: None,
            extra_agencies: None,
            targets: Vec::new(),
            tasks: Vec::new(),
            registry: Default::default(),
        }
    }

    /// Checks that the profile is well formed: days and months that exist, windows
    /// that start before they end and end in the reporting year, quarters 1–4, one
    /// window per kind, a programme period that runs forward.
    pub fn validate(&self) -> Result<(), ProfileError> {
        if self.name.trim().is_empty() {
            return Err(ProfileError::new("name", messages::profile_name_empty()));
        }
        for (i, w) in self.reports.iter().enumerate() {
            let at = |f: &str| format!("reports[{i}]{f}");
            match (w.kind, w.quarter) {
                (ReportKind::Quarter, Some(1..=4)) => {}
                (ReportKind::Quarter, q) => {
                    let given = match q {
                        Some(q) => messages::profile_quarter_not(q),
                        None => messages::profile_quarter_missing(),
                    };
                    return Err(ProfileError::new(
                        at(".quarter"),
                        messages::profile_quarter_needed(given),
                    ));
                }
                (ReportKind::AdHoc, _) => {
                    return Err(ProfileError::new(
                        at(".kind"),
                        messages::profile_ad_hoc_window(),
                    ))
                }
                (_, Some(q)) => {
                    return Err(ProfileError::new(
                        at(".quarter"),
                        messages::profile_quarter_not_quarterly(q),
                    ))
                }
                (_, None) => {}
            }
            day_month(&w.from, &at(".from"))?;
            day_month(&w.to, &at(".to"))?;
            if let Some(d) = &w.deadline {
                day_month(d, &at(".deadline"))?;
            }
            if w.deadline_before_end() {
                let d = w.deadline.map(|d| d.short()).unwrap_or_default();
                return Err(ProfileError::new(
                    at(".deadline"),
                    messages::profile_deadline_before_end(d, w.to.short()),
                ));
            }
            if w.to.year != YearRef::Current {
                return Err(ProfileError::new(
                    at(".to.year"),
                    messages::profile_window_year(),
                ));
            }
            if let Some((from, to)) = w.dates(LEAP) {
                if from > to {
                    return Err(ProfileError::new(
                        at(".from"),
                        messages::profile_window_backwards(w.from.short(), w.to.short()),
                    ));
                }
                if (to - from).num_days() > 366 {
                    return Err(ProfileError::new(
                        at(".from"),
                        messages::profile_window_too_long(),
                    ));
                }
            }
            if self.reports[..i]
                .iter()
                .any(|o| o.kind == w.kind && o.quarter == w.quarter)
            {
                return Err(ProfileError::new(
                    at(".kind"),
                    messages::profile_kind_twice(),
                ));
            }
        }
        if let Some(p) = &self.programme {
            let years = crate::period::dates::YEARS;
            if !years.contains(&p.from) || !years.contains(&p.to) {
                return Err(ProfileError::new(
                    "programme",
                    messages::profile_year_outside(*years.start(), *years.end()),
                ));
            }
            if p.from > p.to {
                return Err(ProfileError::new(
                    "programme.from",
                    messages::profile_programme_backwards(p.from, p.to),
                ));
            }
        }
        self.validate_targets()?;
        for (i, t) in self.tasks.iter().enumerate() {
            if t.reference.trim().is_empty() || t.lead.trim().is_empty() {
                let field = if t.reference.trim().is_empty() {
                    "ref"
                } else {
                    "lead"
                };
                return Err(ProfileError::new(
                    format!("tasks[{i}].{field}"),
                    messages::profile_task_incomplete(),
                ));
            }
        }
        if let Some(extra) = &self.extra_agencies {
            if let Err(e) = crate::agency::registry().with_extra(extra) {
                return Err(ProfileError::new(
                    "extraAgencies",
                    messages::profile_bodies_unreadable(e.to_string()),
                ));
            }
        }
        Ok(())
    }

    /// Checks the targets: known indicators, values a rate can take, and no two
    /// targets on one indicator that cannot both hold (`> 90` and `< 80`).
    fn validate_targets(&self) -> Result<(), ProfileError> {
        let cat = catalogue();
        for (i, t) in self.targets.iter().enumerate() {
            let at = |f: &str| format!("targets[{i}]{f}");
            let Some(indicator) = cat.get(&t.indicator) else {
                let known: Vec<&str> = cat.indicators.iter().map(|i| i.id).collect();
                return Err(ProfileError::new(
                    at(".indicator"),
                    messages::profile_unknown_indicator(&t.indicator, known.join(", ")),
                ));
            };
            let shown = crate::target::target_phrase(t);
            if !t.value.is_finite() {
                return Err(ProfileError::new(
                    at(".value"),
                    messages::profile_value_not_number(),
                ));
            }
            let range = if indicator.is_rate() {
                Interval {
                    low: (0.0, false),
                    high: (100.0, false),
                }
            } else {
                Interval {
                    low: (0.0, false),
                    high: Interval::ALL.high,
                }
            };
            let allowed = Interval::of(t.comparator, t.value);
            if allowed.intersect(range).is_empty() {
                let why = if indicator.is_rate() {
                    messages::profile_rate_range()
                } else {
                    messages::profile_count_negative()
                };
                return Err(ProfileError::new(
                    at(".value"),
                    messages::profile_target_impossible(shown, why),
                ));
            }
            if let Some((j, other)) = self.targets[..i]
                .iter()
                .enumerate()
                .filter(|(_, o)| o.indicator == t.indicator)
                .find(|(_, o)| {
                    Interval::of(o.comparator, o.value)
                        .intersect(allowed)
                        .intersect(range)
                        .is_empty()
                })
            {
                let before = crate::target::target_phrase(other);
                return Err(ProfileError::new(
                    at(""),
                    messages::profile_targets_contradict(shown, j, before, &t.indicator),
                ));
            }
        }
        Ok(())
    }

    /// Reads and validates a profile in the JSON format of
    /// `schemas/profile.schema.json`.
    #[cfg(not(target_arch = "wasm32"))]
    pub fn from_json(json: &str) -> Result<Profile, ProfileError> {
        let json = crate::form::value::json_with_infinities(json);
        let mut value: crate::form::Value = serde_json::from_str(&json).map_err(|e| {
            let (line, column) = (e.line(), e.column());
            ProfileError::new("", messages::profile_not_json(line, column))
        })?;
        value.restore_infinities();
        value
            .check_limits()
            .map_err(|e| ProfileError::new("", Text::new(e.vi, e.en)))?;
        let profile = Profile::from_value(&value)?;
        profile.validate()?;
        Ok(profile)
    }

    /// The profile as pretty-printed JSON.
    #[cfg(not(target_arch = "wasm32"))]
    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).unwrap_or_default()
    }
}

/// The office reports are sent to: `… báo cáo … gửi về Công an tỉnh (qua …) để tổng
/// hợp`, on the first line about reports that says where they go.
pub(crate) fn receiving_office(text: &str) -> Option<String> {
    for line in text.lines() {
        let folded = crate::text::fold(line);
        if !folded.contains("bao cao") {
            continue;
        }
        let Some(at) = line.find("gửi về ") else {
            continue;
        };
        let rest = &line[at + "gửi về ".len()..];
        let end = rest
            .find(&['(', ',', ';', '.', ':'][..])
            .unwrap_or(rest.len());
        let rest = &rest[..end];
        let rest = rest.find(" để ").map_or(rest, |i| &rest[..i]);
        let office = crate::text::chars::trim_end_in(rest.trim(), b"*").trim();
        if !office.is_empty() && office.split_whitespace().count() <= 12 {
            return Some(office.to_owned());
        }
    }
    None
}

/// A day and month of a plan's regime in a profile: a year not written is the
/// reporting year.
fn settle(d: DayMonth) -> DayMonth {
    match d.year {
        YearRef::Missing | YearRef::Stated(_) => DayMonth::new(d.day, d.month, YearRef::Current),
        _ => d,
    }
}

/// Which year a deadline of `rule` written without one falls in, relative to the year
/// of the data window it reports on (the window whose end is nearest, as in a profile):
/// `Current`, or `Next` for an annual report due in January. `None` when no window is
/// near enough to tell.
pub(crate) fn deadline_year(
    rule: &crate::period::ReportRule,
    deadline: DayMonth,
) -> Option<YearRef> {
    rule.windows()
        .into_iter()
        .filter_map(|(_, _, to)| nearest(deadline, settle(to)))
        .min_by_key(|(_, gap)| *gap)
        .map(|(d, _)| d.year)
}

/// A deadline placed after the window end `to` it reports on (within 100 days), with
/// its distance from it; `None` when it is too far to belong to that window.
fn nearest(deadline: DayMonth, to: DayMonth) -> Option<(DayMonth, i64)> {
    let end = to.date_in(LEAP - 1)?;
    let candidates: Vec<YearRef> = match deadline.year {
        YearRef::Missing | YearRef::Stated(_) => vec![YearRef::Current, YearRef::Next],
        y => vec![y],
    };
    candidates
        .into_iter()
        .filter_map(|y| {
            let d = DayMonth::new(deadline.day, deadline.month, y);
            let date = d.date_in(LEAP - 1)?;
            let gap = (date - end).num_days();
            (-45..=100).contains(&gap).then_some((d, gap.abs()))
        })
        .min_by_key(|(_, gap)| *gap)
}

/// Checks a day and month of a profile.
fn day_month(d: &DayMonth, at: &str) -> Result<(), ProfileError> {
    if !matches!(d.year, YearRef::Previous | YearRef::Current | YearRef::Next) {
        return Err(ProfileError::new(
            format!("{at}.year"),
            messages::profile_year_word(),
        ));
    }
    if !(1..=12).contains(&d.month) {
        return Err(ProfileError::new(
            format!("{at}.month"),
            messages::profile_no_month(d.month),
        ));
    }
    if NaiveDate::from_ymd_opt(LEAP, d.month, d.day).is_none() {
        return Err(ProfileError::new(
            format!("{at}.day"),
            messages::profile_no_day(d.day, d.month),
        ));
    }
    Ok(())
}

#[cfg(test)]
mod tests;
