//! The bodies of the model: who is given each task, every body a document names
//! where it must exist on the document's date, and the tasks given to no one. A text's
//! are read from its sentences ([`crate::assign`]); a form's from `/agency` and each
//! task's lead and partners.

use std::ops::Range;

use chrono::NaiveDate;

use crate::agency::{Kind, Level, Match, Registry};
use crate::assign::table::TableTask;
use crate::assign::{
    extract, historical_after, label_of, Assignee, Assignments, BlockMentions, Role,
};
use crate::finding::Location;
use crate::legal::find_citations;
use crate::reader::parts::{assigns_in, parts_for, role_of};
use crate::reader::{DatePart, DocKind, Document, Marker};
use crate::text::fold;

/// The bodies a document names, as the agency rules judge them.
#[derive(Clone, Debug)]
pub struct Agencies<'r> {
    /// The registry the names were matched in: the built-in one with the profile's
    /// extra bodies.
    pub registry: &'r Registry,
    /// Bodies given a task, as lead or partner (a form's are partners: a report assigns
    /// nothing), and a report's bodies named where it tells what they did
    /// ([`Assigned::tasked`] false).
    pub assigned: Vec<Assigned<'r>>,
    /// Every body named where it must exist on the document's date: the body, the
    /// recipients and the issuer of a text (not its legal basis, which cites bodies
    /// as they were); every body a form names.
    pub named: Vec<NamedBody<'r>>,
    /// Tasks given to no one.
    pub unassigned: Vec<Unassigned>,
    /// When the document was issued: a day, or the time it may have been issued in.
    pub window: Option<(NaiveDate, NaiveDate)>,
}

/// A body given a task.
#[derive(Clone, Debug)]
pub struct Assigned<'r> {
    /// As written.
    pub name: String,
    /// The registry's body; `None` for a name it does not know.
    pub matched: Option<Match<'r>>,
    pub role: Role,
    /// Named after `Đề nghị`: requested, not assigned.
    pub requested: bool,
    /// Given the task here: false where a report tells what the body did (its
    /// situation, results and assessment), where only its name and existence are judged.
    pub tasked: bool,
    /// Written with its successor, `(nay là …)`: a correct historical reference.
    pub historical: bool,
    /// The level of the body that gives the task, when known.
    pub issuer: Option<Level>,
    pub at: Location,
    /// Where that level was chosen, when it was chosen apart (a form's `/level` for
    /// its own agency).
    pub level_at: Option<Location>,
}

/// A body named.
#[derive(Clone, Debug)]
pub struct NamedBody<'r> {
    pub name: String,
    pub matched: Match<'r>,
    pub historical: bool,
    pub at: Location,
}

/// A task given to no one.
#[derive(Clone, Debug)]
pub struct Unassigned {
    pub task: TaskName,
    pub at: Location,
    /// A row of a table of tasks, whose lead cell is empty.
    pub in_table: bool,
}

/// How a document names a task.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TaskName {
    /// By its number or letter: `2.3`, `b)`.
    Label(String),
    /// By its words (a bullet, or an item with no label).
    Words(String),
    /// A form's row, counted from 1, with the plan's item it names.
    Row {
        number: usize,
        reference: Option<String>,
    },
}

/// A text's bodies, read with the bodies of `reg`.
pub fn from_text<'r>(doc: &Document, source: &str, reg: &'r Registry) -> Agencies<'r> {
    let issuer = issuer_level(doc, reg);
    let mut found = BlockMentions::new(doc, reg, issuer);
    let mut assign = extract(doc, source, &mut found);
    let unassigned = match doc.kind {
        DocKind::Plan => {
            let rows = crate::assign::table::read(doc, source, reg, issuer, &mut assign);
            let mut unassigned: Vec<Unassigned> = tasks(doc)
                .filter(|&n| !assign.has_lead(doc, n))
                .map(|n| Unassigned {
                    task: task_name(doc.marker_of(n), doc.block_of(n).title()),
                    at: Location::Span(doc.heading_span(n)),
                    in_table: false,
                })
                .collect();
            unassigned.extend(rows.into_iter().filter(|t| !t.led).map(|t| Unassigned {
                task: t.number.map_or(TaskName::Words(t.task), TaskName::Label),
                at: Location::Span(t.at),
                in_table: true,
            }));
            unassigned
        }
        DocKind::Report => Vec::new(),
    };
    let named = mentions(doc, source, issuer, reg, &mut found)
        .into_iter()
        .map(|m| NamedBody {
            name: m.name,
            matched: m.matched,
            historical: m.historical,
            at: Location::Span(m.span),
        })
        .collect();
    Agencies {
        registry: reg,
        assigned: assign
            .assignees
            .into_iter()
            .map(|a| Assigned {
                tasked: a.covers.is_none_or(|node| assigns_in(doc, node)),
                name: a.name,
                matched: a.matched,
                role: a.role,
                requested: a.requested,
                historical: a.historical,
                issuer,
                at: Location::Span(a.span),
                level_at: None,
            })
            .collect(),
        named,
        unassigned,
        window: window(doc),
    }
}

/// A form's bodies: `/agency` and each task's lead and partners, each judged as a
/// partner's (a report assigns nothing), against the level chosen in `/level`, else
/// the level of the form's own agency; on the form's date, or `today` when undated.
pub fn from_form<'r>(
    form: &crate::form::ReportForm,
    reg: &'r Registry,
    today: Option<NaiveDate>,
) -> Agencies<'r> {
    use crate::form::Field;
    let mut names: Vec<(String, &str)> = Vec::new();
    if let Field::Ok(agency) = &form.agency {
        names.push(("/agency".to_owned(), agency));
    }
    let mut unassigned = Vec::new();
    if let Field::Ok(rows) = &form.tasks {
        for (n, row) in rows.iter().enumerate() {
            if let Field::Ok(lead) = &row.lead {
                names.push((format!("/tasks/{n}/lead"), lead));
            } else if row.is_object && row.lead.is_absent() {
                unassigned.push(Unassigned {
                    task: TaskName::Row {
                        number: n + 1,
                        reference: row.reference.ok().cloned(),
                    },
                    at: Location::Path(format!("/tasks/{n}/lead")),
                    in_table: false,
                });
            }
            for (i, partner) in row.partners.ok().into_iter().flatten() {
                let at = i.map_or(String::new(), |i| format!("/{i}"));
                names.push((format!("/tasks/{n}/partners{at}"), partner));
            }
        }
    }
    let declared = form.level.ok().copied();
    let own_level = form
        .agency
        .ok()
        .and_then(|a| reg.lookup_in(a, declared))
        .and_then(|m| m.agency.level);
    // The same bodies recur in a form's tasks, and a portal re-reads the form on
    // each keystroke: each name is looked up once.
    let mut seen: rustc_hash::FxHashMap<(&str, Option<Level>), Option<Match<'r>>> =
        Default::default();
    let mut assigned = Vec::new();
    let mut named = Vec::new();
    for (path, name) in names {
        let own = path == "/agency";
        let issuer = if own {
            declared
        } else {
            declared.or(own_level)
        };
        let matched = seen
            .entry((name, issuer))
            .or_insert_with(|| reg.lookup_in(name, issuer))
            .clone();
        let at = Location::Path(path);
        // A name misspelt is A002's, not also A003's.
        if let Some(m) = matched.as_ref().filter(|m| m.marks_ok) {
            named.push(NamedBody {
                name: name.to_owned(),
                matched: m.clone(),
                historical: false,
                at: at.clone(),
            });
        }
        assigned.push(Assigned {
            name: name.to_owned(),
            matched,
            role: Role::Partner,
            requested: false,
            tasked: true,
            historical: false,
            issuer,
            at,
            level_at: own.then(|| Location::Path("/level".into())),
        });
    }
    let on = form.issued_on.ok().copied().or(today);
    Agencies {
        registry: reg,
        assigned,
        named,
        unassigned,
        window: on.map(|d| (d, d)),
    }
}

/// Who a plan gives each task, for a profile derived from it.
pub struct PlanAssignees<'r> {
    /// The bodies its sentences assign.
    pub sentences: Vec<Assignee<'r>>,
    /// The rows of its tables of tasks, and the bodies their cells name.
    pub rows: Vec<TableTask>,
    pub in_rows: Vec<Assignee<'r>>,
}

/// Who a plan gives each task, for a profile derived from it.
pub fn plan_assignees<'r>(doc: &Document, source: &str, reg: &'r Registry) -> PlanAssignees<'r> {
    let issuer = issuer_level(doc, reg);
    let mut found = BlockMentions::new(doc, reg, issuer);
    let sentences = extract(doc, source, &mut found).assignees;
    let mut in_rows = Assignments {
        assignees: Vec::new(),
        own_lead: vec![false; doc.outline.nodes.len()],
    };
    let rows = crate::assign::table::read(doc, source, reg, issuer, &mut in_rows);
    PlanAssignees {
        sentences,
        rows,
        in_rows: in_rows.assignees,
    }
}

/// A task named by its label, or, for a bullet or an item with none, by its words.
fn task_name(marker: Option<&Marker>, title: &str) -> TaskName {
    match marker {
        Some(m) if !matches!(m.style, crate::reader::Style::Bullet(_)) => {
            TaskName::Label(m.label.clone())
        }
        _ => TaskName::Words(title.to_owned()),
    }
}

/// A body named in the body or the recipients, where it stands in the source.
struct Mention<'r> {
    span: Range<usize>,
    name: String,
    matched: Match<'r>,
    historical: bool,
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
            crate::text::chars::after_last(piece, b' ')
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
