//! The tasks a plan assigns (for R001): each item of the tasks part with a lead, as
//! the plan's sentences give them ([`crate::assign`], the reading whose bodies A001–A005
//! judge), with its reference (`II.5.2`), title, lead and partners.

use crate::agency::{registry, Kind, Registry};
use crate::assign::Role;
use crate::reader::parts::{parts_for, role_of};
use crate::reader::{DocKind, Document, Style};
use crate::text::fold;
use serde::Serialize;

/// A task a plan assigns (for R001): the item, its title, who leads it and who
/// partners.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct PlanTask {
    /// The item of the plan: `II.5.2`; a row of a table of tasks, `II.2-3` (`PL-3` in
    /// the appendix).
    #[serde(rename = "ref")]
    pub reference: String,
    pub title: String,
    /// The body that leads (`chủ trì`) or carries it out.
    pub lead: String,
    pub partners: Vec<String>,
}

/// How long a task's title may be before it is cut (characters).
const TITLE_CHARS: usize = 100;

/// The tasks of a plan, in document order: one per item and lead.
pub fn plan_tasks(doc: &Document, assignees: &[crate::assign::Assignee]) -> Vec<PlanTask> {
    if doc.kind != DocKind::Plan {
        return Vec::new();
    }
    let tasks_part = parts_for(DocKind::Plan)
        .iter()
        .position(|p| p.covers_unnamed)
        .unwrap_or(1);
    let in_tasks_part = |node: usize| {
        let mut root = node;
        let mut steps = 0;
        while let Some(p) = doc.outline.nodes.get(root).and_then(|n| n.parent) {
            root = p;
            steps += 1;
            if steps > doc.outline.nodes.len() {
                return false;
            }
        }
        doc.outline.roots.contains(&root)
            && root != node
            && role_of(DocKind::Plan, doc.block_of(root).title()).is_none_or(|r| r == tasks_part)
    };
    let mut out: Vec<(usize, PlanTask)> = Vec::new();
    for lead in assignees.iter().filter(|a| a.role == Role::Lead) {
        let Some(node) = lead.covers.filter(|&n| n < doc.outline.nodes.len()) else {
            continue;
        };
        if !in_tasks_part(node)
            || lead
                .matched
                .as_ref()
                .is_some_and(|m| m.agency.kind == Kind::Generic)
        {
            continue;
        }
        let reference = reference(doc, node);
        if out
            .iter()
            .any(|(_, t)| t.reference == reference && same_body(registry(), &t.lead, &lead.name))
        {
            continue;
        }
        let mut partners: Vec<String> = Vec::new();
        for p in assignees
            .iter()
            .filter(|a| a.role == Role::Partner && a.covers == Some(node))
        {
            if !partners.contains(&p.name) {
                partners.push(p.name.clone());
            }
        }
        let block = doc.outline.nodes[node].block;
        out.push((
            block,
            PlanTask {
                reference,
                title: title(doc.block_of(node).title()),
                lead: lead.name.clone(),
                partners,
            },
        ));
    }
    // In the order of the items (a parenthesis names the leads of an item after the
    // items under it).
    out.sort_by_key(|(block, _)| *block);
    out.into_iter().map(|(_, t)| t).collect()
}

/// The tasks of a plan's tables of tasks, in document order: one per row with a lead
/// the registry knows. A row in an item's table is that item's, numbered after it
/// (`II.2-3`: row 3 of item II.2's table); a row of the appendix's table, `PL-3`.
pub fn table_tasks(
    doc: &Document,
    rows: &[crate::assign::table::TableTask],
    in_rows: &[crate::assign::Assignee],
) -> Vec<PlanTask> {
    let mut out = Vec::new();
    // a row with no number: its place among the rows of its table's item (the rows of
    // one item come together)
    let mut place = (None, 0);
    for row in rows {
        place = match place {
            (covers, n) if covers == Some(row.covers) => (covers, n + 1),
            _ => (Some(row.covers), 1),
        };
        let named = in_rows.get(row.named.clone()).unwrap_or_default();
        let mut leads = named.iter().filter(|a| {
            a.role == Role::Lead
                && !a
                    .matched
                    .as_ref()
                    .is_some_and(|m| m.agency.kind == Kind::Generic)
        });
        let Some(lead) = leads.next() else {
            continue;
        };
        let number = row.number.clone().unwrap_or_else(|| place.1.to_string());
        let reference = match row.covers.filter(|&n| n < doc.outline.nodes.len()) {
            Some(node) => format!("{}-{number}", reference(doc, node)),
            None => format!("PL-{number}"),
        };
        let mut partners: Vec<String> = Vec::new();
        for p in named {
            if p.role == Role::Partner && !partners.contains(&p.name) {
                partners.push(p.name.clone());
            }
        }
        out.push(PlanTask {
            reference,
            title: title(&row.task),
            lead: lead.name.clone(),
            partners,
        });
    }
    out
}

/// `II.5.2`: the labels from the part down to the item; a decimal label (`5.2`)
/// replaces the number it extends, a bullet counts among its siblings (`II.1-2`).
pub fn reference(doc: &Document, node: usize) -> String {
    let mut chain = vec![node];
    while let Some(p) = chain
        .last()
        .and_then(|&n| doc.outline.nodes.get(n))
        .and_then(|n| n.parent)
    {
        if chain.len() > doc.outline.nodes.len() {
            break;
        }
        chain.push(p);
    }
    chain.reverse();
    let mut parts: Vec<String> = Vec::new();
    let mut out = String::new();
    for &n in &chain {
        let Some(marker) = doc.marker_of(n) else {
            continue;
        };
        match marker.style {
            Style::Bullet(_) => {
                let index = doc.outline.nodes[n].index + 1;
                out = crate::text::join(&parts, ".");
                out.push_str(&format!("-{index}"));
                parts = vec![out.clone()];
                continue;
            }
            Style::Arabic { .. } if marker.value.len() > 1 => {
                // `5.2` under `5`: replace it.
                let prefix = crate::text::chars::rfind_ascii(&marker.label, b'.')
                    .map(|i| &marker.label[..i]);
                if parts.last().map(String::as_str) == prefix {
                    parts.pop();
                }
                parts.push(marker.label.clone());
            }
            _ => parts.push(marker.label.clone()),
        }
        out = crate::text::join(&parts, ".");
    }
    out
}

/// The title of a task: its words without the assignment in parentheses, cut short.
fn title(text: &str) -> String {
    let text = match text.find(" (") {
        Some(i) if i > 0 => &text[..i],
        _ => text,
    };
    let text = crate::text::chars::trim_end_in(text, b":;., ");
    if text.chars().count() <= TITLE_CHARS {
        return text.to_owned();
    }
    let cut: String = text.chars().take(TITLE_CHARS).collect();
    let cut = match crate::text::chars::rfind_ascii(&cut, b' ') {
        Some(i) if i > 0 => &cut[..i],
        _ => &cut,
    };
    format!("{}…", crate::text::chars::trim_end_in(cut, b",; "))
}

/// Whether two names are the same body in `reg` (the built-in registry, or it with a
/// profile's extra bodies), else the same words.
pub fn same_body(reg: &Registry, a: &str, b: &str) -> bool {
    match (reg.lookup(a), reg.lookup(b)) {
        (Some(x), Some(y)) => x.agency.id == y.agency.id,
        _ => {
            let (fa, fb) = (fold(a), fold(b));
            !fa.is_empty() && fa == fb
        }
    }
}

/// A task reference as compared: no spaces, no final dot, upper case.
pub fn normal_ref(r: &str) -> String {
    let r: String = r.chars().filter(|c| !c.is_whitespace()).collect();
    crate::text::chars::trim_end_in(&r, b".)")
        .chars()
        .map(crate::text::case::upper)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bodies_match_regardless_of_case_and_abbreviation() {
        assert!(same_body(registry(), "Sở Y tế", "SỞ Y TẾ"));
        assert!(same_body(
            registry(),
            "Công an tỉnh",
            "Công an tỉnh Hưng Yên"
        ));
        assert!(!same_body(registry(), "Sở Y tế", "Sở Tư pháp"));
        assert!(same_body(registry(), "Ban Xyz", "ban xyz"));
        assert!(!same_body(registry(), "", ""));
    }

    #[test]
    fn titles_are_cut_short() {
        assert_eq!(
            title("Công tác truyền thông (Sở Văn hóa chủ trì)."),
            "Công tác truyền thông"
        );
        let long = "Tăng cường ".repeat(30);
        let t = title(&long);
        assert!(
            t.ends_with('…') && t.chars().count() <= TITLE_CHARS + 1,
            "{t}"
        );
    }

    #[test]
    fn references() {
        assert_eq!(normal_ref(" ii.5.2. "), "II.5.2");
    }
}
