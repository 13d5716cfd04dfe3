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
pub mod titles;
// The reader of data/titles.txt: build.rs uses it; the tests check its errors.
#[cfg(test)]
mod titles_data;

use std::ops::Range;

pub use blocks::Block;
pub use closing::{Closing, Recipients};
pub use header::{DatePart, Header, NumberSymbol, PlaceDate, Spanned};
pub use line::Line;
pub use marker::{Marker, Style};
pub use outline::{Node, Outline};

use crate::text::chars::fold_starts_with;
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

#[cfg(test)]
mod kind_tests {
    use super::*;

    fn kind_of(text: &str) -> DocKind {
        read(&Source::new(text), None).kind
    }

    #[test]
    fn a_report_without_its_type_name_or_number_is_a_report() {
        let body = "Thực hiện Kế hoạch số 61/KH-UBND, Sở Y tế báo cáo kết quả như sau:\n\n\
                    I. KẾT QUẢ THỰC HIỆN\n\n1. Công tác tuyên truyền\n\nTổ chức 12 buổi.\n\n\
                    II. TỒN TẠI, HẠN CHẾ\n\nKinh phí còn ít.\n\n\
                    III. PHƯƠNG HƯỚNG, NHIỆM VỤ\n\nTiếp tục tuyên truyền.";
        assert_eq!(kind_of(body), DocKind::Report);
        // the headings alone say it
        assert_eq!(kind_of(&body[body.find("I. ").unwrap()..]), DocKind::Report);
        // a plan without its type name is still a plan
        let plan = "I. MỤC TIÊU, YÊU CẦU\n\n1. Mục tiêu\n\nNâng cao nhận thức.\n\n\
                    II. NHIỆM VỤ, GIẢI PHÁP\n\n1. Tuyên truyền\n\nSở Y tế chủ trì.\n\n\
                    III. TỔ CHỨC THỰC HIỆN\n\nCác sở triển khai.";
        assert_eq!(kind_of(plan), DocKind::Plan);
        // nothing to go on: a plan, as before
        assert_eq!(kind_of("1. Một việc\n\n2. Việc khác"), DocKind::Plan);
        // what the text says wins over its headings
        assert_eq!(
            kind_of(&format!("KẾ HOẠCH\n\nNăm 2026\n\n{body}")),
            DocKind::Plan
        );
        // and the caller's kind over inference
        let as_plan = read(&Source::new(body), Some(DocKind::Plan)).kind;
        assert_eq!(as_plan, DocKind::Plan);
    }

    #[test]
    fn an_appendix_starts_after_the_closing_with_its_heading() {
        let appendix_of = |text: &str| {
            let doc = read(&Source::new(text), None);
            doc.blocks[doc.appendix.clone()]
                .first()
                .map(|b| b.text.clone())
        };
        let body = "I. KẾT QUẢ THỰC HIỆN\n\nTổ chức 12 buổi.\n\n";
        let closing =
            "Nơi nhận:\n- Bộ Công an;\n- Biểu số 1;\n- Lưu: VT.\n\nGIÁM ĐỐC\n\nTrần Văn B\n";
        assert_eq!(appendix_of(&format!("{body}{closing}")), None);
        for heading in ["PHỤ LỤC", "Phụ lục I", "BIỂU SỐ LIỆU", "Biểu số 01"] {
            let text = format!("{body}{closing}\n{heading}\n\nSố vụ phát hiện\t8\n");
            assert_eq!(appendix_of(&text).as_deref(), Some(heading), "{heading}");
        }
        // in the body it is the body's
        let text = format!("{body}PHỤ LỤC\n\nSố vụ\t8\n\n{closing}");
        assert_eq!(appendix_of(&text), None);
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
    /// Blocks of an appendix after the closing (`PHỤ LỤC`, `Biểu số 01`): where a
    /// report's figures often are. Empty when there is none.
    pub appendix: Range<usize>,
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

    let appendix = closing_start
        .and_then(|c| {
            blocks[c..]
                .iter()
                .position(|b| {
                    b.marker.is_none()
                        && (fold_starts_with(&b.text, "phu luc")
                            || fold_starts_with(&b.text, "bieu"))
                })
                .map(|p| c + p)
        })
        .map_or(blocks.len()..blocks.len(), |a| a..blocks.len());
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
    let kind = declared_kind
        .or(kind)
        .or_else(|| inferred_kind(&blocks, &outline, after_title.min(body_start)..body_end))
        .unwrap_or(DocKind::Plan);
    Document {
        declared_kind,
        kind,
        legal_basis: after_title.min(body_start)..body_start,
        body: body_start..body_end,
        lines,
        blocks,
        header,
        outline,
        closing,
        closing_line,
        appendix,
        header_lines,
    }
}

/// Words of headings that only a report's parts use (`Kết quả thực hiện`, `Tồn tại,
/// hạn chế`, `Phương hướng …`) and only a plan's (`Mục tiêu, yêu cầu`, `Kinh phí`,
/// `Tổ chức thực hiện`), folded.
const REPORT_HEADINGS: &[&str] = &[
    "ket qua",
    "ton tai",
    "han che",
    "phuong huong",
    "danh gia",
    "nguyen nhan",
    "de xuat",
    "kien nghi",
];
const PLAN_HEADINGS: &[&str] = &[
    "muc tieu",
    "muc dich",
    "yeu cau",
    "giai phap",
    "kinh phi",
    "to chuc thuc hien",
    "phan cong",
];
/// Words of the opening paragraphs that say what the document does.
const REPORT_OPENINGS: &[&str] = &[
    "bao cao nhu sau",
    "bao cao ket qua",
    "chot so lieu",
    "ky bao cao",
];
const PLAN_OPENINGS: &[&str] = &["ban hanh ke hoach", "xay dung ke hoach", "ke hoach nhu sau"];

/// What a document that does not say what it is reads as, from the whole of it: the
/// headings of its parts and items, and what its opening paragraphs say it does. A
/// report pasted without its `BÁO CÁO` line and number is a report.
fn inferred_kind(blocks: &[Block], outline: &Outline, zone: Range<usize>) -> Option<DocKind> {
    let (mut report, mut plan) = (0usize, 0usize);
    let mut score = |folded: &str, reports: &[&str], plans: &[&str], weight: usize| {
        let r = reports
            .iter()
            .any(|w| crate::text::contains_words(folded, w));
        let p = plans.iter().any(|w| crate::text::contains_words(folded, w));
        if r && !p {
            report += weight;
        } else if p && !r {
            plan += weight;
        }
    };
    for node in outline.walk().take(200) {
        let block = &blocks[outline.nodes[node].block];
        if block.text.len() <= 160 {
            let weight = if outline.nodes[node].parent.is_none() {
                2
            } else {
                1
            };
            score(&fold(block.title()), REPORT_HEADINGS, PLAN_HEADINGS, weight);
        }
    }
    for b in blocks.get(zone).unwrap_or(&[]).iter().take(3) {
        score(&fold(&b.text), REPORT_OPENINGS, PLAN_OPENINGS, 2);
    }
    match report.cmp(&plan) {
        std::cmp::Ordering::Greater if report >= 2 => Some(DocKind::Report),
        std::cmp::Ordering::Less if plan >= 2 => Some(DocKind::Plan),
        _ => None,
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
