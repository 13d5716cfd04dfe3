//! The document reader: plan or report text → a tree of header, legal basis, body
//! outline, recipients and signature. Single passes over the lines, no regular
//! expressions, no panics.

pub mod blocks;
pub mod closing;
pub mod header;
pub mod line;
pub mod marker;
pub mod outline;
pub mod parts;

use std::ops::Range;

pub use blocks::Block;
pub use closing::{Closing, Recipients};
pub use header::{DatePart, Header, NumberSymbol, PlaceDate, Spanned};
pub use line::Line;
pub use marker::{Marker, Style};
pub use outline::{Node, Outline};

use crate::text::{fold, Source};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum DocKind {
    Plan,
    Report,
}

impl DocKind {
    pub fn as_str(self) -> &'static str {
        match self {
            DocKind::Plan => "plan",
            DocKind::Report => "report",
        }
    }

    /// The type symbol in the number: `KH` for a plan, `BC` for a report.
    pub fn symbol(self) -> &'static str {
        match self {
            DocKind::Plan => "KH",
            DocKind::Report => "BC",
        }
    }
}

#[derive(Debug)]
pub struct Document {
    /// What the document says it is (type name, else number symbol); `None` when it does not say.
    pub declared_kind: Option<DocKind>,
    /// What it is checked as: the declared kind, else the caller's, else a plan.
    pub kind: DocKind,
    pub lines: Vec<Line>,
    pub blocks: Vec<Block>,
    pub header: Header,
    /// Blocks between the abstract and the first part (`Căn cứ …`, `Thực hiện …`).
    pub legal_basis: Range<usize>,
    /// Blocks of the body, from the first part to the closing.
    pub body: Range<usize>,
    pub outline: Outline,
    pub closing: Closing,
    /// Index of the first line of the closing (recipients or signature), if found.
    pub closing_line: Option<usize>,
    /// Number of lines of the header proper (before the type name).
    pub header_lines: usize,
}

impl Document {
    pub fn block_of(&self, node: usize) -> &Block {
        &self.blocks[self.outline.nodes[node].block]
    }

    pub fn marker_of(&self, node: usize) -> Option<&Marker> {
        self.block_of(node).marker.as_ref()
    }

    /// The span of the first line of a node's block: where findings about it point.
    pub fn heading_span(&self, node: usize) -> Range<usize> {
        self.block_of(node).first_line_span(&self.lines)
    }

    /// The last line with text: where findings about something missing at the end point.
    pub fn last_line_span(&self) -> Range<usize> {
        self.lines
            .iter()
            .rev()
            .find(|l| !l.is_blank())
            .map_or(0..0, |l| l.content.clone())
    }

    /// The first line with text.
    pub fn first_line_span(&self) -> Range<usize> {
        self.lines
            .iter()
            .find(|l| !l.is_blank())
            .map_or(0..0, |l| l.content.clone())
    }
}

/// Reads a document. `kind` is used when the text does not say what it is.
pub fn read(source: &Source, kind: Option<DocKind>) -> Document {
    let text = source.text();
    let lines = line::split_lines_at(text, source.line_starts());
    let blocks = blocks::join(&lines);

    let type_at = blocks
        .iter()
        .take(60)
        .position(|b| type_name_kind(&b.text).is_some());
    let header_end = type_at.map_or(0, |t| t + 1); // blocks of the header zone
    let abstract_at = type_at
        .map(|t| t + 1)
        .filter(|&a| a < blocks.len() && blocks[a].marker.is_none());
    let after_title = abstract_at.map_or(header_end, |a| a + 1);

    let is_part = |b: &Block| {
        matches!(
            b.marker.as_ref().map(|m| m.style),
            Some(Style::Roman | Style::Part)
        )
    };
    let body_start = blocks[after_title..]
        .iter()
        .position(is_part)
        .or_else(|| {
            blocks[after_title..]
                .iter()
                .position(|b| b.marker.as_ref().is_some_and(|m| !m.is_bullet()))
        })
        .map_or(blocks.len(), |p| after_title + p);
    let closing_start = blocks[body_start..]
        .iter()
        .position(|b| {
            closing::is_recipients_heading(&b.text)
                || b.marker.is_none() && closing::is_signature_line(&b.text)
        })
        .map(|p| body_start + p);
    let body_end = closing_start.unwrap_or(blocks.len());

    // The header proper: lines before the type name; without one, lines before the
    // legal basis or the body.
    let header_lines = match type_at {
        Some(t) => blocks[t].lines.start,
        None => blocks[..body_start]
            .iter()
            .find(|b| is_legal_basis(&b.text))
            .or(blocks.get(body_start))
            .map_or(lines.len(), |b| b.lines.start),
    };
    let header_lines = header_lines.min(lines.len());
    let mut header = header::read(&lines[..header_lines], text);
    let spanned = |b: &Block| Spanned {
        text: b.text.clone(),
        span: b.span.clone(),
        line: b.line,
    };
    header.type_name = type_at.map(|t| spanned(&blocks[t]));
    header.abstract_ = abstract_at.map(|a| spanned(&blocks[a]));

    let closing_line = closing_start.map(|c| blocks[c].lines.start);
    let closing = closing::read(&lines[closing_line.unwrap_or(lines.len())..]);
    let outline = outline::build(&blocks, body_start..body_end);

    let declared_kind = type_at
        .and_then(|t| type_name_kind(&blocks[t].text))
        .or_else(|| {
            header
                .number
                .as_ref()
                .and_then(|n| kind_of_symbol(&n.symbol))
        });
    Document {
        declared_kind,
        kind: declared_kind.or(kind).unwrap_or(DocKind::Plan),
        legal_basis: after_title.min(body_start)..body_start,
        body: body_start..body_end,
        lines,
        blocks,
        header,
        outline,
        closing,
        closing_line,
        header_lines,
    }
}

/// A paragraph that cites what the document implements.
fn is_legal_basis(text: &str) -> bool {
    let f = fold(text);
    ["can cu", "thuc hien", "trien khai", "theo"]
        .iter()
        .any(|w| f.starts_with(w))
}

/// `KẾ HOẠCH` or `BÁO CÁO` standing alone as the type name.
fn type_name_kind(text: &str) -> Option<DocKind> {
    let f = fold(text);
    let alone = f == "ke hoach" || f == "bao cao";
    if !alone && text.chars().any(char::is_lowercase) || text.len() > 60 {
        return None;
    }
    if f == "ke hoach" || f.starts_with("ke hoach ") && f.split(' ').count() <= 4 {
        Some(DocKind::Plan)
    } else if f == "bao cao" || f.starts_with("bao cao ") && f.split(' ').count() <= 4 {
        Some(DocKind::Report)
    } else {
        None
    }
}

/// `61/KH-UBND` → plan, `45/BC-SYT` → report.
pub fn kind_of_symbol(symbol: &str) -> Option<DocKind> {
    let after = symbol.split('/').nth(1)?;
    let ty = crate::text::case::upper_str(after.split('-').next()?.trim());
    match ty.as_str() {
        "KH" => Some(DocKind::Plan),
        "BC" => Some(DocKind::Report),
        _ => None,
    }
}
