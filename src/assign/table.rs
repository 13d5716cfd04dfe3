//! Tasks set out as a table (a plan's `Phân công nhiệm vụ`): a header row with a column
//! for the lead (`Cơ quan chủ trì`) and perhaps one for partners (`Cơ quan phối hợp`),
//! then a task a row. The row's lead cell gives the lead; an empty one, no lead.

use std::ops::Range;

use super::{historical_after, Assignee, Assignments, Role};
use crate::agency::{Level, Registry};
use crate::reader::line::{row_cells, whole};
use crate::reader::Document;
use crate::text::{contains_words, fold};

/// A row of a table of tasks.
pub struct TableTask {
    /// The row's number (`3`, `3.1`), when its first cell holds one.
    pub number: Option<String>,
    /// The task's words.
    pub task: String,
    /// Where the task's cell stands in the source.
    pub at: Range<usize>,
    /// Whether the lead cell holds anything.
    pub has_lead: bool,
}

/// The columns of a table of tasks, from its header row.
struct Columns {
    task: usize,
    lead: usize,
    partners: Option<usize>,
}

fn columns(source: &str, cells: &[Range<usize>]) -> Option<Columns> {
    let find = |words: &[&str]| {
        cells.iter().position(|c| {
            let f = fold(&source[c.clone()]);
            words.iter().any(|w| contains_words(&f, w))
        })
    };
    let lead = find(&["chu tri"])?;
    let task = find(&["noi dung", "nhiem vu", "hoat dong", "cong viec"]).filter(|&t| t < lead)?;
    let partners = find(&["phoi hop"]).filter(|&p| p != lead);
    Some(Columns {
        task,
        lead,
        partners,
    })
}

/// The tasks of the tables in the paragraphs of the outline's items, and the bodies
/// their rows name (added to `assign`). An item that holds such a table assigns its
/// tasks itself: it counts as led.
pub fn read<'r>(
    doc: &Document,
    source: &str,
    reg: &'r Registry,
    issuer: Option<Level>,
    assign: &mut Assignments<'r>,
) -> Vec<TableTask> {
    let mut out = Vec::new();
    for node in doc.outline.walk() {
        let before = out.len();
        let mut header: Option<Columns> = None;
        for &p in &doc.outline.nodes[node].paragraphs {
            let lines = doc.blocks[p].lines.clone();
            rows(
                doc,
                source,
                reg,
                issuer,
                (node, lines),
                &mut header,
                assign,
                &mut out,
            );
        }
        if out.len() > before {
            assign.own_lead[node] = true;
        }
    }
    out
}

/// The rows of a table in the lines of a paragraph of item `node`.
#[allow(clippy::too_many_arguments)]
fn rows<'r>(
    doc: &Document,
    source: &str,
    reg: &'r Registry,
    issuer: Option<Level>,
    (node, lines): (usize, Range<usize>),
    header: &mut Option<Columns>,
    assign: &mut Assignments<'r>,
    out: &mut Vec<TableTask>,
) {
    for line in &doc.lines[lines] {
        let range = whole(source, line);
        let Some(cells) = row_cells(source, range.clone()) else {
            // a line that is not a row ends the table (blank lines between rows do not,
            // nor a row with one cell: a group's title)
            let text = &source[range];
            if !line.is_blank() && !text.contains('\t') && text.matches('|').count() < 2 {
                *header = None;
            }
            continue;
        };
        // a markdown table's rule under its header
        let rule = |c: &Range<usize>| source[c.clone()].trim_matches([' ', '-', ':']).is_empty();
        if cells.iter().all(rule) {
            continue;
        }
        let Some(cols) = &*header else {
            *header = columns(source, &cells);
            continue;
        };
        let cell = |i: usize| {
            cells
                .get(i)
                .map_or("", |c| source[c.clone()].trim_matches([' ', '*']))
        };
        let task = cell(cols.task);
        // a row of its own for a group of tasks (`II | CÔNG TÁC TUYÊN TRUYỀN`) has
        // nothing beside its words
        let beside = (cols.task + 1..cells.len()).any(|i| !cell(i).is_empty());
        if task.is_empty() || !beside {
            continue;
        }
        for (i, role) in [
            (Some(cols.lead), Role::Lead),
            (cols.partners, Role::Partner),
        ] {
            let Some(range) = i.and_then(|i| cells.get(i)) else {
                continue;
            };
            let text = &source[range.clone()];
            let requested = fold(text).starts_with("de nghi");
            for (found, matched) in reg.mentions_in(text, issuer) {
                assign.assignees.push(Assignee {
                    span: range.start + found.start..range.start + found.end,
                    name: text[found.clone()].to_owned(),
                    historical: historical_after(text, found.end),
                    matched: Some(matched),
                    role,
                    requested,
                    covers: Some(node),
                });
            }
        }
        let first = cell(0);
        let number = (cols.task > 0 && first.starts_with(|c: char| c.is_ascii_digit()))
            .then(|| first.trim_end_matches('.').to_owned());
        let task_cell = &cells[cols.task];
        let lead_start = source[task_cell.clone()].find(task).unwrap_or(0);
        out.push(TableTask {
            number,
            task: task.to_owned(),
            at: task_cell.start + lead_start..task_cell.start + lead_start + task.len(),
            has_lead: !cell(cols.lead).is_empty(),
        });
    }
}
