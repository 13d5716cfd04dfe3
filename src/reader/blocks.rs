//! Logical blocks: a heading, an item or a paragraph, with the pieces that PDF
//! extraction hard-wrapped mid-sentence (often with blank lines between) put back.

use std::ops::Range;

use super::line::Line;
use super::marker::{self, Marker};
use crate::text::chars::is_alphanumeric;
use crate::text::fold;

#[derive(Clone, Debug)]
pub struct Block {
    /// Indices into the document's lines.
    pub lines: Range<usize>,
    /// 1-based line number of the first line.
    pub line: usize,
    /// From the start of the first line's content to the end of the last line's.
    pub span: Range<usize>,
    /// The clean text of its lines joined by single spaces.
    pub text: String,
    pub marker: Option<Marker>,
    /// Where each joined line starts in `text`, with the line's index.
    pub pieces: Vec<(usize, usize)>,
}

impl Block {
    /// The text after the marker.
    pub fn title(&self) -> &str {
        let len = self.marker.as_ref().map_or(0, |m| m.len);
        self.text.get(len..).unwrap_or("").trim_start()
    }

    /// The span of the first line only: where a heading's finding points.
    pub fn first_line_span(&self, lines: &[Line]) -> Range<usize> {
        lines[self.lines.start].content.clone()
    }

    /// The span in the normalised source of `range`, a range of [`Self::text`]: found
    /// in the line it starts on (the joined text lost the decorations and line ends),
    /// else that whole line.
    pub fn source_span(&self, lines: &[Line], source: &str, range: Range<usize>) -> Range<usize> {
        let piece = self
            .pieces
            .partition_point(|&(at, _)| at <= range.start)
            .saturating_sub(1);
        let (piece_start, line) = self
            .pieces
            .get(piece)
            .copied()
            .unwrap_or((0, self.lines.start));
        let content = lines.get(line).map_or(0..0, |l| l.content.clone());
        let piece_end = self
            .pieces
            .get(piece + 1)
            .map_or(self.text.len(), |&(at, _)| at.saturating_sub(1));
        let needle = self
            .text
            .get(range.start..range.end.min(piece_end))
            .unwrap_or("");
        let raw = source.get(content.clone()).unwrap_or("");
        // Prefer the occurrence nearest to where the range sits in the clean line.
        let expected = range.start.saturating_sub(piece_start);
        // Usually the line has nothing the clean text lost before the range, and the
        // needle is right there: no search then.
        let in_place = raw
            .get(expected..)
            .is_some_and(|rest| rest.starts_with(needle));
        let found = if in_place {
            Some(expected)
        } else {
            raw.match_indices(needle)
                .map(|(i, _)| i)
                .min_by_key(|&i| i.abs_diff(expected))
        };
        match found {
            Some(i) if !needle.is_empty() => content.start + i..content.start + i + needle.len(),
            _ => content,
        }
    }
}

/// Words that do not end a sentence: a line ending in one was cut by the extraction.
const CONNECTORS: &[&str] = &[
    "và", "của", "với", "cho", "các", "những", "là", "tại", "theo", "về", "từ", "đến", "trong",
    "để", "hoặc", "được", "bị", "như", "có", "thuộc", "giữa", "qua", "do", "vào", "trên", "dưới",
    "cùng", "nhằm", "gồm", "đối", "sự", "việc", "ngày", "tháng", "năm", "số",
];

pub fn join(lines: &[Line]) -> Vec<Block> {
    let mut blocks: Vec<Block> = Vec::new();
    let mut open = false; // whether the last block may take a continuation
    for (i, line) in lines.iter().enumerate() {
        if line.is_blank() {
            continue;
        }
        let marker = marker::parse(&line.clean).or_else(|| {
            line.heading_dress
                .then(|| marker::bare_number(&line.clean))
                .flatten()
        });
        if let (true, None, Some(last)) = (open, &marker, blocks.last_mut()) {
            // A number alone on its line (`II.`) takes the heading after it.
            let bare_marker = last.marker.is_some() && last.title().is_empty();
            let list = matches!(
                last.marker.as_ref().map(|m| &m.style),
                None | Some(marker::Style::Bullet(_))
            );
            if bare_marker
                || continues(&last.text, &line.clean)
                // its last piece only: a block's text grows with every line it takes
                || list && cut_in_a_name(last_piece(last), &line.clean)
            {
                last.text.push(' ');
                last.pieces.push((last.text.len(), i));
                last.text.push_str(&line.clean);
                last.lines.end = i + 1;
                last.span.end = line.content.end;
                continue;
            }
        }
        open = line.cells.len() == 1;
        blocks.push(Block {
            lines: i..i + 1,
            line: line.number,
            span: line.content.clone(),
            text: line.clean.clone(),
            marker,
            pieces: vec![(0, i)],
        });
    }
    blocks
}

/// Whether `next` carries on the sentence `prev` was cut in.
fn continues(prev: &str, next: &str) -> bool {
    let Some(first) = next.chars().next() else {
        return false;
    };
    if first.is_lowercase() {
        return true;
    }
    let Some(last) = prev.chars().last() else {
        return false;
    };
    if matches!(last, ',' | '-' | '(' | '“' | '"') {
        return true;
    }
    if is_alphanumeric(last) {
        if first.is_ascii_digit() {
            return true;
        }
        let last_word = crate::text::chars::after_last(prev, b' ');
        return CONNECTORS.contains(&last_word);
    }
    false
}

/// The text of the last line a block took.
fn last_piece(block: &Block) -> &str {
    let from = block.pieces.last().map_or(0, |p| p.0);
    block.text.get(from..).unwrap_or("")
}

/// Words a body's name ends with when it is whole (`Công an tỉnh`, `UBND xã`, `Ủy ban
/// Mặt trận Tổ quốc Việt Nam thành phố`, `Ban Chỉ đạo Trung ương`), folded.
const NAME_ENDS: &[&str] = &[
    "tinh", "huyen", "xa", "phuong", "tran", "pho", "quan", "khu", "uong",
];

/// Whether `prev`, a list of bodies without its closing punctuation (`Cơ quan thực
/// hiện: Sở Y tế, Công an tỉnh, Bộ Chỉ huy`), was cut inside the name it ends with and
/// `next` holds the rest of that name, capitalised because it is a proper noun
/// (`Quân sự tỉnh, Sở Tư pháp.`): the name's words so far start with a capital and do
/// not end as a whole name does, and `next` starts with a few words up to a comma or
/// the list's end.
fn cut_in_a_name(prev: &str, next: &str) -> bool {
    if !next.starts_with(char::is_uppercase) || !prev.chars().any(char::is_lowercase) {
        return false;
    }
    // the last `, ` (found forwards: a search backwards for a string would bring a
    // second searcher into the wasm for this one line)
    let Some((comma, _)) = prev.match_indices(", ").last() else {
        return false;
    };
    let name = prev[comma + 2..].trim();
    let last_word = fold(crate::text::chars::after_last(name, b' '));
    let words = name.split(' ').count();
    if !name.starts_with(char::is_uppercase)
        || words > 8
        || !name.ends_with(|c: char| c.is_alphabetic())
        || NAME_ENDS.contains(&last_word.as_str())
    {
        return false;
    }
    let rest = next.find(&[',', ';', '.'][..]).map(|at| &next[..at]);
    rest.is_some_and(|rest| (1..=8).contains(&rest.split(' ').count()))
}

#[cfg(test)]
mod tests {
    use super::super::line::split_lines;
    use super::*;

    fn texts(input: &str) -> Vec<String> {
        join(&split_lines(input))
            .into_iter()
            .map(|b| b.text)
            .collect()
    }

    #[test]
    fn puts_hard_wrapped_sentences_back() {
        let input =
            "- Tăng cường biện pháp và\n\ntinh thần cho Nhân dân.\n\n- Phối hợp với\nSở Tư pháp.\n";
        assert_eq!(
            texts(input),
            [
                "- Tăng cường biện pháp và tinh thần cho Nhân dân.",
                "- Phối hợp với Sở Tư pháp."
            ]
        );
    }

    #[test]
    fn keeps_headings_and_paragraphs_apart() {
        let input = "1. Công tác lãnh đạo\n\nCác sở, ngành:\n\na) Nội dung\nIV. KINH PHÍ\nKinh phí do ngân sách bảo đảm.";
        assert_eq!(texts(input).len(), 5);
    }

    #[test]
    fn a_number_alone_takes_its_heading() {
        assert_eq!(
            texts("II.\n\nNHIỆM VỤ, GIẢI PHÁP\n\n1. Một"),
            ["II. NHIỆM VỤ, GIẢI PHÁP", "1. Một"]
        );
    }

    /// PDF extraction wraps a list of bodies inside a name, with a blank line between,
    /// and the next piece starts with a capital because it is a proper noun.
    #[test]
    fn a_list_cut_inside_a_name_joins() {
        let input = "- Cơ quan thực hiện: Sở Y tế, Công an tỉnh, Bộ Chỉ huy\n\nQuân sự tỉnh, Sở Tư pháp, Tòa án nhân dân tỉnh.\n";
        assert_eq!(
            texts(input),
            ["- Cơ quan thực hiện: Sở Y tế, Công an tỉnh, Bộ Chỉ huy Quân sự tỉnh, Sở Tư pháp, Tòa án nhân dân tỉnh."]
        );
        // cut after a conjunction, before a capital
        assert_eq!(
            texts(
                "Công an tỉnh chủ trì, phối hợp Sở Tư pháp và\n\nỦy ban nhân dân cấp xã thực hiện."
            )
            .len(),
            1
        );
        let input = "Cơ quan phối hợp: Sở Y tế, Ủy ban\nMặt trận Tổ quốc Việt Nam tỉnh.";
        assert_eq!(texts(input).len(), 1);
    }

    /// What ends a sentence or a heading stays apart from a capitalised line after it.
    #[test]
    fn a_finished_line_keeps_the_capital_after_it_apart() {
        for input in [
            "- Cơ quan thực hiện: Sở Y tế, Công an tỉnh.\n\nSở Tư pháp hướng dẫn thực hiện.",
            "II. NHIỆM VỤ, GIẢI PHÁP\n\nCác sở, ngành triển khai.",
            "1. Công tác tuyên truyền, giáo dục\n\nSở Văn hóa chủ trì thực hiện.",
            "a) Phân công\n\nCông an tỉnh chủ trì.",
            "- Cơ quan thực hiện: Sở Y tế, Công an tỉnh\n- Thời gian: Năm 2026.",
            "Kính gửi: Ủy ban nhân dân tỉnh\n\nThực hiện Kế hoạch số 12/KH-UBND.",
        ] {
            assert_eq!(texts(input).len(), 2, "{input:?}");
        }
    }

    #[test]
    fn wrapped_date_joins() {
        let input = "Tính từ ngày 15/12 năm trước đến ngày 14/12\n\ncủa năm làm báo cáo, gửi trước ngày\n17/12.";
        assert_eq!(texts(input), ["Tính từ ngày 15/12 năm trước đến ngày 14/12 của năm làm báo cáo, gửi trước ngày 17/12."]);
    }
}
