//! A rules: who is responsible for each task, and whether those bodies exist, are of
//! the right level, and are the issuer's to assign. The reading is shared:
//! [`Responsibility`] is computed once per check and each rule reports one verdict.

pub mod a001_task_without_lead;
pub mod a002_unknown_agency;
pub mod a003_agency_not_existing;
pub mod a004_agency_wrong_level;
pub mod a005_assigned_outside_authority;

use std::ops::Range;

use chrono::NaiveDate;

use super::{Context, Rule};
use crate::agency::{Agency, Kind, Level, Match, Registry};
use crate::assign::{extract, historical_after, label_of, Assignee, BlockMentions, Role};
use crate::finding::{Diagnostic, Text};
use crate::form::Field;
use crate::legal::find_citations;
use crate::reader::parts::{parts_for, role_of};
use crate::reader::{DatePart, DocKind, Document};
use crate::rules::form::FormContext;
use crate::text::fold;

/// A body named anywhere in the body or the recipients.
pub struct Mention<'r> {
    pub span: Range<usize>,
    pub name: String,
    pub matched: Match<'r>,
    pub historical: bool,
}

pub struct Responsibility<'r> {
    pub assignees: Vec<Assignee<'r>>,
    /// Tasks (items of the tasks part with nothing under them) without a lead.
    pub unassigned: Vec<usize>,
    pub mentions: Vec<Mention<'r>>,
    /// The level of the issuing body, when the document says.
    pub issuer: Option<Level>,
    /// When the document was issued: a day, or the month or year it names.
    pub window: Option<(NaiveDate, NaiveDate)>,
    /// The registry names were matched in: the built-in one with the profile's extra
    /// bodies.
    pub registry: &'r Registry,
}

impl<'r> Responsibility<'r> {
    pub fn read(ctx: &Context<'r>) -> Self {
        let doc = ctx.doc;
        let reg = ctx.registry();
        let source = ctx.source.text();
        let issuer = issuer_level(doc, reg);
        let mut found = BlockMentions::new(doc, reg, issuer);
        let assign = extract(doc, source, &mut found);
        let unassigned = match doc.kind {
            DocKind::Plan => tasks(doc).filter(|&n| !assign.has_lead(doc, n)).collect(),
            DocKind::Report => Vec::new(),
        };
        Responsibility {
            mentions: mentions(doc, source, issuer, reg, &mut found),
            registry: reg,
            assignees: assign.assignees,
            unassigned,
            issuer,
            window: window(doc),
        }
    }

    pub fn exists(&self, agency: &Agency) -> bool {
        exists_in(agency, self.window)
    }

    /// The agency rule an assignee breaks, the first that applies.
    pub fn verdict(&self, a: &Assignee) -> Option<&'static Rule> {
        judge(&Named {
            name: &a.name,
            matched: a.matched.as_ref(),
            role: a.role,
            requested: a.requested,
            historical: a.historical,
            issuer: self.issuer,
            window: self.window,
        })
        .map(|v| v.rule)
    }
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
pub struct Problem {
    pub message: Text,
    pub hint: Text,
    pub suggestion: Option<String>,
}

impl Problem {
    fn report(self, rule: &Rule, span: Range<usize>) -> Diagnostic {
        let d = rule.report(span, self.message).with_hint(self.hint);
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
        historical: false,
        issuer,
        window: on.map(|d| (d, d)),
    };
    let verdict = judge(&named)?;
    Some((verdict.rule, (verdict.problem)(reg, &named)?))
}

/// The names of a report form — `/agency`, each task's lead and partners — judged as
/// the same names in a document, keeping what `rule` says.
pub(crate) fn form_problems(ctx: &FormContext, rule: &Rule, out: &mut Vec<Diagnostic>) {
    let all = ctx.agency_findings.get_or_init(|| judge_form_names(ctx));
    out.extend(all.iter().filter(|d| d.code == rule.code).cloned());
}

/// Every agency finding of a form (A002, A003, A004), each name judged once: a
/// portal re-checks the form on each keystroke, and the same bodies recur in its
/// tasks.
fn judge_form_names(ctx: &FormContext) -> Vec<Diagnostic> {
    let form = ctx.form;
    let mut names: Vec<(String, &str)> = Vec::new();
    if let Field::Ok(agency) = &form.agency {
        names.push(("/agency".to_owned(), agency));
    }
    if let Field::Ok(rows) = &form.tasks {
        for (n, row) in rows.iter().enumerate() {
            if let Field::Ok(lead) = &row.lead {
                names.push((format!("/tasks/{n}/lead"), lead));
            }
            for (i, partner) in row.partners.ok().into_iter().flatten() {
                let at = i.map_or(String::new(), |i| format!("/{i}"));
                names.push((format!("/tasks/{n}/partners{at}"), partner));
            }
        }
    }
    let declared = form.level.ok().copied();
    let reg = ctx.profile.registry();
    let own_level = form
        .agency
        .ok()
        .and_then(|a| reg.lookup_in(a, declared))
        .and_then(|m| m.agency.level);
    let on = form.issued_on.ok().copied().or(ctx.options.today);
    let mut judged: std::collections::HashMap<(&str, Option<Level>), Option<Diagnostic>> =
        std::collections::HashMap::new();
    let mut out = Vec::new();
    for (path, name) in names {
        let own = path == "/agency";
        let issuer = if own {
            declared
        } else {
            declared.or(own_level)
        };
        let verdict = judged.entry((name, issuer)).or_insert_with(|| {
            // A report assigns nothing: every name is judged as a partner's (no A005).
            let (rule, problem) = check_agency(reg, name, Role::Partner, issuer, on)?;
            let d = rule
                .report_field(String::new(), problem.message)
                .with_hint(problem.hint);
            Some(match problem.suggestion {
                Some(s) => d.with_suggestion(s),
                None => d,
            })
        });
        let Some(mut d) = verdict.clone() else {
            continue;
        };
        d.at = crate::finding::Location::Path(path);
        if own && d.code == "A004" {
            d.message = Text::new(
                format!("“{name}” không phải cơ quan của cấp đã chọn ở trường Cấp."),
                format!("“{name}” is not a body of the level chosen in the Level field."),
            );
            d = d.relating("/level");
        }
        out.push(d);
    }
    out
}

/// The items of the tasks part that have nothing under them.
fn tasks(doc: &Document) -> impl Iterator<Item = usize> + '_ {
    let tasks_part = parts_for(DocKind::Plan)
        .iter()
        .position(|p| p.covers_unnamed)
        .unwrap_or(1);
    let roots: Vec<usize> = doc
        .outline
        .roots
        .iter()
        .copied()
        .filter(|&r| {
            role_of(DocKind::Plan, doc.block_of(r).title()).is_none_or(|role| role == tasks_part)
        })
        .collect();
    doc.outline.walk().filter(move |&n| {
        let node = &doc.outline.nodes[n];
        let mut root = n;
        while let Some(p) = doc.outline.nodes[root].parent {
            root = p;
        }
        roots.contains(&root)
            && node.children.is_empty()
            && n != root
            && label_of(doc.block_of(n).title()).is_none()
    })
}

/// Every body named in the body and the recipients, and the issuing body of the
/// header (not the legal basis, which cites bodies as they were).
fn mentions<'r>(
    doc: &Document,
    source: &str,
    issuer: Option<Level>,
    reg: &'r Registry,
    found: &mut BlockMentions<'r>,
) -> Vec<Mention<'r>> {
    let mut out = issuer_mentions(doc, source, reg);
    for b in doc.body.clone() {
        let Some(block) = doc.blocks.get(b) else {
            continue;
        };
        for (range, matched) in found.of(doc, b) {
            out.push(Mention {
                span: block.source_span(&doc.lines, source, range.clone()),
                name: block.text[range.clone()].to_owned(),
                historical: historical_after(&block.text, range.end),
                matched: matched.clone(),
            });
        }
    }
    for item in doc.closing.recipients.iter().flat_map(|r| &r.items) {
        for (range, matched) in reg.mentions_in(&item.text, issuer) {
            let name = &item.text[range.clone()];
            let raw = source.get(item.span.clone()).unwrap_or("");
            let span = raw.find(name).map_or(item.span.clone(), |i| {
                item.span.start + i..item.span.start + i + name.len()
            });
            out.push(Mention {
                span,
                name: name.to_owned(),
                historical: historical_after(&item.text, range.end),
                matched,
            });
        }
    }
    out
}

/// The bodies of the header's issuer lines (`UBND TỈNH HƯNG YÊN` / `SỞ Y TẾ`), read as
/// one text, since a long name wraps (`SỞ LAO ĐỘNG - THƯƠNG BINH` / `VÀ XÃ HỘI`): the
/// issuing body is a body too, and a template reused after it ended names it.
fn issuer_mentions<'r>(doc: &Document, source: &str, reg: &'r Registry) -> Vec<Mention<'r>> {
    let lines = &doc.header.issuer;
    let mut joined = String::new();
    let mut starts = Vec::with_capacity(lines.len());
    for l in lines {
        if !joined.is_empty() {
            joined.push(' ');
        }
        starts.push(joined.len());
        joined.push_str(&l.text);
    }
    // The line a byte of `joined` stands in, and where in the source it starts.
    let at = |offset: usize, end: bool| -> Option<usize> {
        let i = starts.partition_point(|&s| s <= offset).checked_sub(1)?;
        let line = lines.get(i)?;
        let into = offset - starts[i];
        let raw = source.get(line.span.clone()).unwrap_or("");
        // the clean text is the raw one without its decorations: find the piece in it
        let piece = if end {
            line.text.get(..into).unwrap_or("")
        } else {
            line.text.get(into..).unwrap_or("")
        };
        let word = if end {
            piece.rsplit(' ').next().unwrap_or("")
        } else {
            piece.split(' ').next().unwrap_or("")
        };
        Some(match (raw.find(word), end) {
            (Some(p), false) => line.span.start + p,
            (Some(p), true) => line.span.start + p + word.len(),
            (None, false) => line.span.start,
            (None, true) => line.span.end,
        })
    };
    let mut out = Vec::new();
    for (range, matched) in reg.mentions_in(&joined, None) {
        let (Some(start), Some(end)) = (at(range.start, false), at(range.end, true)) else {
            continue;
        };
        out.push(Mention {
            span: start..end.max(start),
            name: joined[range.clone()].to_owned(),
            historical: false,
            matched,
        });
    }
    out
}

/// The issuing body's level: from the header, else from the body that `ban hành` the
/// plan in the legal basis paragraph.
fn issuer_level(doc: &Document, reg: &Registry) -> Option<Level> {
    let header: Vec<&str> = doc.header.issuer.iter().map(|s| s.text.as_str()).collect();
    let stated = |m: &Match| m.level_stated.then_some(m.agency.level).flatten();
    if let Some(level) = reg
        .mentions_in(&header.join(" "), None)
        .iter()
        .rev()
        .find_map(|(_, m)| stated(m))
    {
        return Some(level);
    }
    doc.blocks[doc.legal_basis.clone()]
        .iter()
        .rev()
        .find_map(|b| {
            reg.mentions_in(&b.text, None)
                .iter()
                .rev()
                .filter(|(_, m)| {
                    matches!(
                        m.agency.kind,
                        Kind::PeopleCommittee
                            | Kind::SteeringCommittee
                            | Kind::Police
                            | Kind::Department
                    )
                })
                .find_map(|(_, m)| stated(m))
        })
}

/// When the document was issued: its date; with the day left blank, its month; with
/// no date at all, from the latest date it cites to the end of its plan year (the year
/// in its abstract: `năm 2025`, or the first of `giai đoạn 2026 - 2030`).
fn window(doc: &Document) -> Option<(NaiveDate, NaiveDate)> {
    let year_end = |y: i32| NaiveDate::from_ymd_opt(y, 12, 31);
    if let Some(pd) = &doc.header.place_date {
        if let DatePart::Number(y) = pd.year {
            let y = y as i32;
            if let DatePart::Number(m) = pd.month {
                if let DatePart::Number(d) = pd.day {
                    if let Some(date) = NaiveDate::from_ymd_opt(y, m, d) {
                        return Some((date, date));
                    }
                }
                let first = NaiveDate::from_ymd_opt(y, m, 1)?;
                let next = if m == 12 {
                    NaiveDate::from_ymd_opt(y + 1, 1, 1)?
                } else {
                    NaiveDate::from_ymd_opt(y, m + 1, 1)?
                };
                return Some((first, next.pred_opt()?));
            }
            return Some((NaiveDate::from_ymd_opt(y, 1, 1)?, year_end(y)?));
        }
    }
    let cited = doc.blocks[doc.legal_basis.clone()]
        .iter()
        .flat_map(|b| find_citations(&b.text))
        .filter_map(|c| {
            c.date
                .and_then(|d| NaiveDate::from_ymd_opt(d.year, d.month, d.day))
        })
        .max();
    let plan_year = doc
        .header
        .abstract_
        .as_ref()
        .and_then(|a| plan_year(&fold(&a.text)));
    match (cited, plan_year.and_then(year_end)) {
        (None, None) => None,
        (from, to) => Some((from.unwrap_or(NaiveDate::MIN), to.unwrap_or(NaiveDate::MAX))),
    }
}

/// `... nam 2025` or `... giai doan 2026 2030` (folded) → the plan's year.
fn plan_year(folded: &str) -> Option<i32> {
    let words: Vec<&str> = folded.split(' ').collect();
    let year_after = |i: usize| {
        words
            .get(i)
            .filter(|w| w.len() == 4)
            .and_then(|w| w.parse::<i32>().ok())
    };
    words
        .iter()
        .enumerate()
        .find_map(|(i, w)| match *w {
            "nam" => year_after(i + 1),
            "doan" if i > 0 && words[i - 1] == "giai" => year_after(i + 1),
            _ => None,
        })
        .filter(|y| (1945..=2100).contains(y))
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
