//! Paragraphs and tables laid out as the text the reader reads from pasted text.
//!
//! - A paragraph is one line (a line break in it starts another line of the same
//!   paragraph), its automatic label first: `II. NHIỆM VỤ`, `a) Tuyên truyền`, `- …`,
//!   one after the other with no blank line, as Word's text is pasted. (With a blank
//!   line between paragraphs, a list of recipients typed one per paragraph would read
//!   as a list of one: measured on the corpus made into .docx, where one line per
//!   paragraph gives the codes of the text and blank lines add F005.)
//! - A layout table — one whose cells hold several paragraphs, like the header (issuer
//!   left, national motto right; number left, place and date right) and the closing
//!   (recipients left, signature right) — is read cell after cell, each cell a block of
//!   lines, which is how the header and closing readers expect them.
//! - Any other table is a table of data (figures, or tasks and their leads): one line
//!   per row, cells separated by tabs, a cell's paragraphs joined by spaces, which the
//!   readers of figures and of tasks read as a table (`reader::line::row_cells`). So is
//!   a table of three columns or more under a row of one-paragraph column titles, even
//!   where cells below hold several paragraphs.

use super::document::{Block, Para, Table};
use super::{Extracted, LineSource};

/// Writes the lines and records where each came from.
#[derive(Default)]
struct Out {
    text: String,
    lines: Vec<LineSource>,
    /// Whether the last line written is blank (or nothing is written yet).
    blank: bool,
}

impl Out {
    fn line(&mut self, s: &str, source: LineSource) {
        if !self.lines.is_empty() {
            self.text.push('\n');
        }
        self.text.push_str(s);
        self.lines.push(source);
        self.blank = s.trim().is_empty();
    }

    fn separate(&mut self) {
        if !self.blank && !self.lines.is_empty() {
            self.line("", LineSource::default());
        }
    }

    /// A paragraph's lines, with no blank line after.
    fn para(&mut self, p: &Para) {
        let source = LineSource {
            paragraph: p.index as u32,
            auto_letter: p.label.as_ref().is_some_and(|l| l.format.is_letter()),
        };
        let label = p.label.as_ref().map_or("", |l| l.text.as_str());
        for (k, piece) in p.text.split('\n').enumerate() {
            let piece = piece.trim_end();
            if k == 0 && !label.is_empty() {
                let mut labelled = String::from(label);
                labelled.push(' ');
                labelled.push_str(piece.trim_start());
                self.line(&labelled, source);
            } else if !piece.trim().is_empty() {
                self.line(piece, source);
            }
        }
    }
}

/// The text of the blocks, and the map of its lines.
pub fn lay_out(blocks: &[Block]) -> Extracted {
    let mut out = Out {
        blank: true,
        ..Out::default()
    };
    blocks_out(blocks, &mut out);
    Extracted {
        text: out.text,
        lines: out.lines,
    }
}

fn is_empty(p: &Para) -> bool {
    p.label.as_ref().is_none_or(|l| l.text.is_empty()) && p.text.trim().is_empty()
}

fn blocks_out(blocks: &[Block], out: &mut Out) {
    for block in blocks {
        match block {
            Block::Para(p) if is_empty(p) => {}
            Block::Para(p) => out.para(p),
            Block::Table(t) => {
                out.separate();
                table(t, out);
                out.separate();
            }
        }
    }
}

/// The paragraphs of a cell, and whether it holds a table.
fn cell_paragraphs(cell: &[Block]) -> (usize, bool) {
    let mut count = 0;
    let mut nested = false;
    for b in cell {
        match b {
            Block::Para(p) if !is_empty(p) => count += 1,
            Block::Para(_) => {}
            Block::Table(_) => nested = true,
        }
    }
    (count, nested)
}

fn table(t: &Table, out: &mut Out) {
    let cells = t.iter().flatten();
    let widest = t.iter().map(Vec::len).max().unwrap_or(0);
    // A row of column titles over rows, three columns or more (`STT | Nội dung | Cơ
    // quan chủ trì | …`): a table of data even where a cell below holds several
    // paragraphs (two partners, a task in two sentences). The header and the closing
    // are two columns, their first cells several paragraphs.
    let titled =
        t.len() >= 2 && widest >= 3 && t[0].iter().all(|c| cell_paragraphs(c) <= (1, false));
    let layout = widest < 2
        || cells.clone().any(|c| {
            let (count, nested) = cell_paragraphs(c);
            (count > 1 && !titled) || nested
        });
    if layout {
        for cell in t.iter().flatten() {
            out.separate();
            blocks_out(cell, out);
        }
        return;
    }
    for row in t {
        let mut line = String::new();
        let mut first = None;
        for (k, cell) in row.iter().enumerate() {
            if k > 0 {
                line.push('\t');
            }
            for b in cell {
                if let Block::Para(p) = b {
                    if is_empty(p) {
                        continue;
                    }
                    first.get_or_insert(p.index);
                    if !line.is_empty() && !line.ends_with('\t') {
                        line.push(' ');
                    }
                    if let Some(l) = p.label.as_ref().filter(|l| !l.text.is_empty()) {
                        line.push_str(&l.text);
                        line.push(' ');
                    }
                    line.extend(p.text.chars().map(|c| match c {
                        '\n' | '\t' => ' ',
                        c => c,
                    }));
                }
            }
        }
        if let Some(paragraph) = first {
            out.line(
                line.trim_end(),
                LineSource {
                    paragraph: paragraph as u32,
                    auto_letter: false,
                },
            );
        }
    }
}
