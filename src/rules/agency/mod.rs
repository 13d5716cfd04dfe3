//! A rules: who is responsible for each task, and whether those bodies exist, are of
//! the right level, and are the issuer's to assign, judged over the model's bodies
//! ([`crate::model::Agencies`]): each body given a task gets one verdict, the first
//! rule in [`VERDICTS`] that applies.

pub mod a001_task_without_lead;
pub mod a002_unknown_agency;
pub mod a003_agency_not_existing;
pub mod a004_agency_wrong_level;
pub mod a005_assigned_outside_authority;

use chrono::NaiveDate;

use super::Rule;
use crate::agency::{Agency, Kind, Level, Match, Registry};
use crate::assign::Role;
use crate::finding::{Diagnostic, Location, Text};
use crate::model::{Agencies, Assigned};

/// The agency rule a body given a task breaks, the first that applies.
pub fn verdict(agencies: &Agencies, a: &Assigned) -> Option<&'static Rule> {
    judge(&Named {
        name: &a.name,
        matched: a.matched.as_ref(),
        role: a.role,
        requested: a.requested,
        tasked: a.tasked,
        historical: a.historical,
        issuer: a.issuer,
        window: agencies.window,
    })
    .map(|v| v.rule)
}

/// The bodies given a task whose verdict is `rule`'s.
pub fn assigned_breaking<'m>(
    agencies: &'m Agencies<'m>,
    rule: &'static Rule,
) -> impl Iterator<Item = &'m Assigned<'m>> + 'm {
    agencies
        .assigned
        .iter()
        .filter(move |a| verdict(agencies, a).is_some_and(|v| std::ptr::eq(v, rule)))
}

/// Whether a body existed at some time in `window` (always, without one).
pub fn exists_in(agency: &Agency, window: Option<(NaiveDate, NaiveDate)>) -> bool {
    match window {
        Some((from, to)) => {
            agency.valid_to.is_none_or(|end| end >= from)
                && agency.valid_from.is_none_or(|start| start <= to)
        }
        None => true,
    }
}

/// A body named in a document or a form, with what the agency rules judge it by.
pub struct Named<'n> {
    /// As written.
    pub name: &'n str,
    /// The registry's body; `None` for a name it does not know.
    pub matched: Option<&'n Match<'n>>,
    pub role: Role,
    /// Named after `Đề nghị`: requested, not assigned.
    pub requested: bool,
    /// Given a task, not told of in a report's results ([`Assigned::tasked`]).
    pub tasked: bool,
    /// Written with its successor, `(nay là …)`: a correct historical reference.
    pub historical: bool,
    /// The issuing body's level, when known.
    pub issuer: Option<Level>,
    /// When the document was issued.
    pub window: Option<(NaiveDate, NaiveDate)>,
}

impl<'n> Named<'n> {
    /// The registry's body, when the name is known and written with its marks.
    pub fn known(&self) -> Option<&'n Match<'n>> {
        self.matched.filter(|m| m.marks_ok)
    }

    /// A body the registry knows, named as it is today, and not a generic group
    /// (`các sở, ban, ngành`): what the level and authority rules judge.
    pub fn specific(&self) -> Option<&'n Agency> {
        self.known()
            .filter(|m| !self.historical && m.agency.kind != Kind::Generic)
            .map(|m| m.agency)
    }
}

/// One agency rule's verdict: whether it applies to a name, and what it says.
pub struct Verdict {
    pub rule: &'static Rule,
    pub applies: fn(&Named) -> bool,
    /// What it says of a name it applies to.
    pub problem: fn(&Registry, &Named) -> Option<Problem>,
}

/// The agency rules in the order they are tried: a name gets the first whose
/// predicate holds (an unknown name is not also of the wrong level). A new agency rule
/// is a file with its predicate and one line here.
pub static VERDICTS: &[Verdict] = &[
    a002_unknown_agency::VERDICT,
    a003_agency_not_existing::VERDICT,
    a004_agency_wrong_level::VERDICT,
    a005_assigned_outside_authority::VERDICT,
];

/// The verdict on a named body, the first that applies.
pub fn judge(named: &Named) -> Option<&'static Verdict> {
    VERDICTS.iter().find(|v| (v.applies)(named))
}

/// What a rule says about one name: message, hint, suggested replacement.
#[derive(Clone)]
pub struct Problem {
    pub message: Text,
    pub hint: Text,
    pub suggestion: Option<String>,
}

impl Problem {
    fn report(self, rule: &Rule, at: &Location) -> Diagnostic {
        let d = rule
            .report_at(at.clone(), self.message)
            .with_hint(self.hint);
        match self.suggestion {
            Some(s) => d.with_suggestion(s),
            None => d,
        }
    }
}

/// An agency named in a report form (`agency`, `tasks[].lead`, `tasks[].partners`),
/// checked as the same name in a document would be: the rule and what it says.
pub fn check_agency(
    reg: &Registry,
    name: &str,
    role: Role,
    issuer: Option<Level>,
    on: Option<NaiveDate>,
) -> Option<(&'static Rule, Problem)> {
    let matched = reg.lookup_in(name, issuer);
    let named = Named {
        name,
        matched: matched.as_ref(),
        role,
        requested: false,
        tasked: true,
        historical: false,
        issuer,
        window: on.map(|d| (d, d)),
    };
    let verdict = judge(&named)?;
    Some((verdict.rule, (verdict.problem)(reg, &named)?))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_agency_rule_on_names_has_one_verdict_in_code_order() {
        let codes: Vec<&str> = VERDICTS.iter().map(|v| v.rule.code).collect();
        assert_eq!(codes, ["A002", "A003", "A004", "A005"]);
        let names: Vec<&str> = crate::RULES
            .iter()
            .filter(|r| r.area == crate::rules::Area::Agency && r.code != "A001")
            .map(|r| r.code)
            .collect();
        assert_eq!(codes, names, "an agency rule on names without its verdict");
    }
    use crate::agency::registry;

    fn code(name: &str, role: Role, issuer: Level, on: &str) -> Option<&'static str> {
        let on = crate::parse_iso_date(on).ok();
        check_agency(registry(), name, role, Some(issuer), on).map(|(rule, _)| rule.code)
    }

    #[test]
    fn report_form_agencies_get_the_verdicts_of_documents() {
        use Level::{Commune, Province};
        assert_eq!(code("Sở Y tế", Role::Lead, Province, "2026-06-15"), None);
        assert_eq!(
            code(
                "Sở Lao động - Thương binh và Xã hội",
                Role::Lead,
                Province,
                "2026-06-15"
            ),
            Some("A003")
        );
        assert_eq!(
            code(
                "Sở Lao động - Thương binh và Xã hội",
                Role::Lead,
                Province,
                "2024-06-15"
            ),
            None
        );
        assert_eq!(
            code("Công an tỉnh", Role::Lead, Commune, "2026-06-15"),
            Some("A004")
        );
        assert_eq!(
            code("Tòa án nhân dân tỉnh", Role::Lead, Province, "2026-06-15"),
            Some("A005")
        );
        assert_eq!(
            code(
                "Tòa án nhân dân tỉnh",
                Role::Partner,
                Province,
                "2026-06-15"
            ),
            None
        );
        assert_eq!(
            code(
                "Sở Phát triển Cộng đồng",
                Role::Lead,
                Province,
                "2026-06-15"
            ),
            Some("A002")
        );
        let (_, problem) =
            check_agency(registry(), "Sở Y tê", Role::Lead, Some(Province), None).unwrap();
        assert_eq!(problem.suggestion.as_deref(), Some("Sở Y tế"));
    }
}
