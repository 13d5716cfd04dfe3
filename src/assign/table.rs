//! Tasks set out as a table (a plan's `Phân công nhiệm vụ`): a header row with a column
//! for the lead (`Cơ quan chủ trì`) and perhaps one for partners (`Cơ quan phối hợp`),
//! then a task a row. The row's lead cell gives the lead; an empty one, no lead.

use std::ops::Range;

use super::{historical_after, Assignee, Assignments, Role};
use crate::agency::{Level, Registry};
use crate::reader::line::{table_lines, whole, TableLine};
use crate::reader::Document;
use crate::text::chars::{trim_in, trim_start_in};
use crate::text::{contains_words, fold};

/// A row of a table of tasks.
pub struct TableTask {
    /// The row's number (`3`, `3.1`), when its first cell holds one.
    pub number: Option<String>,
    /// The task's words.
    pub task: String,
    /// Where the task's words stand in the source.
    pub at: Range<usize>,
    /// The bodies its cells name: their place in the list of assignees it was read
    /// with.
    pub named: Range<usize>,
    /// The item whose paragraphs hold the table; `None` in the appendix.
    pub covers: Option<usize>,
    /// Whether the lead cell holds anything.
    pub led: bool,
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
    // `Cơ quan chủ trì`; else the body that carries it out (`Đơn vị thực hiện`, not
    // `Thời gian thực hiện`) or answers for it (`Trách nhiệm`)
    let lead = find(&["chu tri"]).or_else(|| {
        find(&[
            "co quan thuc hien",
            "don vi thuc hien",
            "trach nhiem",
            "phu trach",
        ])
    })?;
    let task = find(&["noi dung", "nhiem vu", "hoat dong", "cong viec"]).filter(|&t| t < lead)?;
    let partners = find(&["phoi hop"]).filter(|&p| p != lead);
    Some(Columns {
        task,
        lead,
        partners,
    })
}

/// The tasks of the tables in the paragraphs of the outline's items and in the
/// appendix (`PHỤ LỤC: PHÂN CÔNG NHIỆM VỤ` after the signature), and the bodies their
/// rows name (added to `assign`). An item that holds such a table assigns its tasks
/// itself: it counts as led; a table in the appendix assigns the plan's tasks, so then
/// every item counts as led (the plan says so: `phân công cụ thể tại Phụ lục`).
pub fn read<'r>(
    doc: &Document,
    source: &str,
    reg: &'r Registry,
    issuer: Option<Level>,
    assign: &mut Assignments<'r>,
) -> Vec<TableTask> {
    let mut out = Vec::new();
    let mut table = Table {
        doc,
        source,
        reg,
        issuer,
        header: None,
    };
    for node in doc.outline.walk() {
        table.header = None;
        if table.blocks(
            &doc.outline.nodes[node].paragraphs,
            Some(node),
            assign,
            &mut out,
        ) > 0
        {
            assign.own_lead[node] = true;
        }
    }
    table.header = None;
    let appendix: Vec<usize> = doc.appendix.clone().collect();
    if table.blocks(&appendix, None, assign, &mut out) > 0 {
        assign.own_lead.iter_mut().for_each(|led| *led = true);
    }
    out
}

/// A table being read: what its rows are read with, and its header once met.
struct Table<'a, 'r> {
    doc: &'a Document,
    source: &'a str,
    reg: &'r Registry,
    issuer: Option<Level>,
    header: Option<Columns>,
}

impl<'r> Table<'_, 'r> {
    /// The rows of the tables in `blocks`, added to `out`; how many. Blocks that follow
    /// one another are read as one run of lines: the reader may part a row that Word
    /// broke over lines.
    fn blocks(
        &mut self,
        blocks: &[usize],
        covers: Option<usize>,
        assign: &mut Assignments<'r>,
        out: &mut Vec<TableTask>,
    ) -> usize {
        let before = out.len();
        let mut k = 0;
        while k < blocks.len() {
            let first = blocks[k];
            while blocks.get(k + 1) == Some(&(blocks[k] + 1)) {
                k += 1;
            }
            let lines = self.doc.blocks[first].lines.start..self.doc.blocks[blocks[k]].lines.end;
            self.rows(lines, covers, assign, out);
            k += 1;
        }
        out.len() - before
    }

    /// The rows of a table in `lines`, a paragraph of item `covers` (`None`: the
    /// appendix): their bodies added to `assign`, the rows to `out`.
    fn rows(
        &mut self,
        lines: Range<usize>,
        covers: Option<usize>,
        assign: &mut Assignments<'r>,
        out: &mut Vec<TableTask>,
    ) {
        let (doc, source, reg, issuer) = (self.doc, self.source, self.reg, self.issuer);
        let header = &mut self.header;
        let lines = &doc.lines[lines];
        for (role, line) in table_lines(source, lines).into_iter().zip(lines) {
            let cells = match role {
                TableLine::Row(cells) => cells,
                TableLine::Within => continue,
                // a line that is not a row ends the table (blank lines between rows do
                // not, nor a row with one cell: a group's title); nor is a row set out
                // with spaces, whose cells' words wrap onto lines that look like rows
                TableLine::Other | TableLine::Spaced(_) => {
                    let text = &source[whole(source, line)];
                    if !line.is_blank() && !text.contains('\t') && text.matches('|').count() < 2 {
                        *header = None;
                    }
                    continue;
                }
            };
            // a markdown table's rule under its header
            let rule = |c: &Range<usize>| trim_in(&source[c.clone()], b" -:").is_empty();
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
                    .map_or("", |c| trim_in(&source[c.clone()], b" *"))
            };
            let task = cell(cols.task);
            // a row of its own for a group of tasks (`II | CÔNG TÁC TUYÊN TRUYỀN`) has
            // nothing beside its words
            let beside = (cols.task + 1..cells.len()).any(|i| !cell(i).is_empty());
            if task.is_empty() || !beside {
                continue;
            }
            let named_from = assign.assignees.len();
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
                        covers,
                    });
                }
            }
            let first = cell(0);
            let number = (cols.task > 0 && first.starts_with(|c: char| c.is_ascii_digit()))
                .then(|| crate::text::chars::trim_end_in(first, b".").to_owned());
            // the words within their cell: past the spaces and bold marks that open it
            let cell_at = &cells[cols.task];
            let raw = &source[cell_at.clone()];
            let start = cell_at.start + raw.len() - trim_start_in(raw, b" *").len();
            out.push(TableTask {
                number,
                task: task.to_owned(),
                at: start..start + task.len(),
                named: named_from..assign.assignees.len(),
                covers,
                led: !cell(cols.lead).is_empty(),
            });
        }
    }
}
