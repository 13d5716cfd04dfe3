//! Reading percentages and target sentences (DESIGN §2.6) from a document's text.
//!
//! A block's clean text (markdown emphasis off: `**100%**` is `100%`) is cut into
//! clauses at `;`, `:` and the ends of sentences. In a clause, each percentage is
//! described by the words before it when they name a rate (`tỷ lệ giải quyết đạt trên
//! 90%`), else by the words after it (`100% tố giác, tin báo … được tiếp nhận, xử lý`);
//! the words of one percentage stop at the next one, and at a `tỷ lệ` that begins the
//! next. The words right before the number fix the comparator: `trên 90%` is strictly
//! above, `đạt 90%`, `90%`, `ít nhất`, `tối thiểu`, `không dưới` at least, `dưới`
//! strictly below, `không quá`, `tối đa` at most. One pass over the text, no regex.

use std::borrow::Cow;
use std::ops::Range;

use super::Target;
use super::{catalogue, Comparator, Importance, Indicator, Interval};
use crate::reader::parts::role_of;
use crate::reader::{Block, DocKind, Document};
use crate::text::words::{words, Word};
use crate::text::{contains_words, fold};

/// A percentage in a text.
#[derive(Clone, Debug, PartialEq)]
pub struct Percentage {
    /// The number and its `%`, in the text read.
    pub range: Range<usize>,
    /// The value; `None` when the number cannot be read (`9,0.5%`).
    pub value: Option<f64>,
    pub comparator: Comparator,
    /// Where the comparator's words start (the number's start when there are none).
    pub comparator_start: usize,
    /// The words that say what the percentage is of.
    pub description: Range<usize>,
    /// The rate it states, when its words name one.
    pub indicator: Option<&'static Indicator>,
    /// Stated as a share of something (a rate), not as a growth or a completion of a
    /// plan (`tăng 150%`, `đạt 105% kế hoạch`): a share cannot exceed 100%.
    pub share: bool,
}

impl Percentage {
    /// From the first word of the target to the end of the number.
    pub fn span(&self) -> Range<usize> {
        let start = self
            .description
            .start
            .min(self.comparator_start)
            .min(self.range.start);
        let end = self.description.end.max(self.range.end);
        start..end
    }
}

/// Words that say a percentage is a change or a comparison, not a share, right before
/// it (`tăng 150%`) ...
const GROWTH_BEFORE: &[&str] = &["tang", "giam", "gap", "so voi"];
/// ... or right after it (`105% kế hoạch`, `120% so với cùng kỳ`).
const GROWTH_AFTER: &[&str] = &[
    "ke hoach",
    "chi tieu",
    "du toan",
    "so voi",
    "cung ky",
    "nam truoc",
    "ky truoc",
];
/// Words after a percentage that make it a share of a population: `95% số vụ án`.
const SHARE_AFTER: &[&str] = &["so", "cac", "tong so", "nhung", "toan bo"];

/// The comparator's words, folded, longest first.
const COMPARATORS: &[(&str, Comparator)] = &[
    ("khong vuot qua", Comparator::AtMost),
    ("khong cao hon", Comparator::AtMost),
    ("khong qua", Comparator::AtMost),
    ("toi da", Comparator::AtMost),
    ("khong duoi", Comparator::AtLeast),
    ("khong thap hon", Comparator::AtLeast),
    ("khong it hon", Comparator::AtLeast),
    ("it nhat", Comparator::AtLeast),
    ("toi thieu", Comparator::AtLeast),
    ("cao hon", Comparator::Above),
    ("lon hon", Comparator::Above),
    ("nhieu hon", Comparator::Above),
    ("vuot qua", Comparator::Above),
    ("thap hon", Comparator::Below),
    ("it hon", Comparator::Below),
    ("tren", Comparator::Above),
    ("hon", Comparator::Above),
    ("vuot", Comparator::Above),
    ("duoi", Comparator::Below),
    ("dat", Comparator::AtLeast),
];

/// Every percentage of `text` (one block's clean text).
pub fn percentages(text: &str) -> Vec<Percentage> {
    let mut out = Vec::new();
    // Most texts and clauses hold no percentage: skip them before reading their words.
    // (`trăm` and `Trăm` both hold `răm`: two searches where most texts hold none.)
    let may_hold = |s: &str| {
        s.contains('%')
            || s.contains("răm") && (s.contains("trăm") || s.contains("Trăm"))
            || s.contains("TRĂM")
    };
    if !may_hold(text) {
        return out;
    }
    for clause in clauses(text) {
        let c = &text[clause.clone()];
        if !may_hold(c) {
            continue;
        }
        let words = words(text, clause.clone());
        // The percentages of the clause: a number, then `%` or `phần trăm`.
        let mut found: Vec<(usize, usize, Range<usize>)> = Vec::new(); // (first word, last word, range)
        let mut i = 0;
        while i < words.len() {
            let w = &words[i];
            if w.folded.starts_with(|c: char| c.is_ascii_digit()) {
                let after = &text[w.range.end..clause.end];
                let spaces = after.len() - crate::text::chars::trim_start_in(after, b" ").len();
                if after[spaces..].starts_with('%') {
                    found.push((i, i, w.range.start..w.range.end + spaces + 1));
                } else if words.get(i + 1).is_some_and(|n| n.folded == "phan")
                    && words.get(i + 2).is_some_and(|n| n.folded == "tram")
                {
                    found.push((i, i + 2, w.range.start..words[i + 2].range.end));
                    i += 2;
                }
            }
            i += 1;
        }
        for (k, (first, last, range)) in found.iter().enumerate() {
            let prev = if k == 0 { 0 } else { found[k - 1].1 + 1 };
            let next = found.get(k + 1).map_or(words.len(), |f| f.0);
            out.push(describe(
                text,
                &words,
                prev,
                *first,
                *last,
                next,
                range.clone(),
            ));
        }
    }
    out
}

/// A percentage between the words `prev..first` before it and `last+1..next` after it.
fn describe(
    text: &str,
    words: &[Word],
    prev: usize,
    first: usize,
    last: usize,
    next: usize,
    range: Range<usize>,
) -> Percentage {
    let number = &text[words[first].range.clone()];
    let value = crate::number::parse(&format!("{number}%"))
        .ok()
        .map(|n| n.value);
    let before = &words[prev..first];
    let mut after = &words[(last + 1).min(next)..next];
    // `tỷ lệ` after the number starts the words of the next percentage.
    if let Some(cut) = find_phrase(after, "ty le") {
        after = &after[..cut];
    }
    let rate_at = rfind_phrase(before, "ty le");
    let before_folded = joined(before);
    let after_folded = joined(after);

    // The comparator: the words right before the number, or `trở lên`/`trở xuống`.
    let mut comparator = Comparator::AtLeast;
    let mut comparator_start = range.start;
    for (phrase, c) in COMPARATORS {
        let n = phrase.split(' ').count();
        let first_word = before.len().checked_sub(n).and_then(|i| before.get(i));
        if let (true, Some(w)) = (ends_with_words(&before_folded, phrase), first_word) {
            comparator = *c;
            comparator_start = w.range.start;
            break;
        }
    }
    if starts_with_words(&after_folded, "tro len") {
        comparator = Comparator::AtLeast;
    } else if starts_with_words(&after_folded, "tro xuong") {
        comparator = Comparator::AtMost;
    }

    // What it is a percentage of.
    let own = |ws: &[Word]| {
        ws.first()
            .zip(ws.last())
            .map_or(range.start..range.start, |(a, b)| {
                a.range.start..b.range.end
            })
    };
    let (description, folded) = match rate_at {
        Some(at) => (own(&before[at..]), joined(&before[at..])),
        None if after.iter().any(is_letter_word) => (own(after), after_folded.clone()),
        None => (own(before), before_folded.clone()),
    };
    let cat = catalogue();
    let indicator = cat
        .rate_named_in(&folded)
        .or_else(|| cat.rate_named_in(&format!("{before_folded} {after_folded}")));
    let near = last_words(before, 3);
    let growth = GROWTH_BEFORE.iter().any(|g| contains_words(&near, g))
        || GROWTH_AFTER
            .iter()
            .any(|g| starts_with_words(&after_folded, g));
    let share = !growth
        && (indicator.is_some()
            || rate_at.is_some()
            || SHARE_AFTER
                .iter()
                .any(|s| starts_with_words(&after_folded, s)));
    Percentage {
        range,
        value,
        comparator,
        comparator_start,
        description,
        indicator,
        share,
    }
}

fn is_letter_word(w: &Word) -> bool {
    w.folded.starts_with(|c: char| c.is_alphabetic())
}

fn joined(words: &[Word]) -> String {
    let mut out = String::new();
    for w in words {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(&w.folded);
    }
    out
}

fn last_words(words: &[Word], n: usize) -> String {
    joined(&words[words.len().saturating_sub(n)..])
}

fn ends_with_words(folded: &str, phrase: &str) -> bool {
    folded == phrase || folded.ends_with(&format!(" {phrase}"))
}

fn starts_with_words(folded: &str, phrase: &str) -> bool {
    folded == phrase || folded.starts_with(&format!("{phrase} "))
}

/// The index of the first word where `phrase` (folded words) starts.
fn find_phrase(words: &[Word], phrase: &str) -> Option<usize> {
    let parts: Vec<&str> = phrase.split(' ').collect();
    (0..words.len()).find(|&i| {
        parts.len() <= words.len() - i && parts.iter().zip(&words[i..]).all(|(p, w)| w.folded == *p)
    })
}

/// The index of the last word where `phrase` starts.
fn rfind_phrase(words: &[Word], phrase: &str) -> Option<usize> {
    let parts: Vec<&str> = phrase.split(' ').collect();
    (0..words.len()).rev().find(|&i| {
        parts.len() <= words.len() - i && parts.iter().zip(&words[i..]).all(|(p, w)| w.folded == *p)
    })
}

/// The clauses of a text: cut at `;`, `:`, `!`, `?` and at a `.` that ends a sentence
/// (not one inside a number).
fn clauses(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    let bytes = text.as_bytes();
    // The cuts are ASCII, which never occurs inside a longer UTF-8 character.
    for (i, &c) in bytes.iter().enumerate() {
        let cut = match c {
            b';' | b':' | b'!' | b'?' => true,
            b'.' => {
                !(i > 0
                    && bytes[i - 1].is_ascii_digit()
                    && bytes.get(i + 1).is_some_and(u8::is_ascii_digit))
            }
            _ => false,
        };
        if cut {
            if i > start {
                out.push(start..i);
            }
            start = i + 1;
        }
    }
    if start < text.len() {
        out.push(start..text.len());
    }
    out
}

/// A target read from a plan, with the span of its words in the normalised source.
#[derive(Clone, Debug, PartialEq)]
pub struct FoundTarget {
    pub target: Target,
    pub span: Range<usize>,
}

/// The blocks of the plan's objectives part (`Mục tiêu, yêu cầu`), in order.
fn objectives_blocks(doc: &Document) -> Vec<usize> {
    let Some(&root) = doc
        .outline
        .roots
        .iter()
        .find(|&&r| role_of(DocKind::Plan, doc.block_of(r).title()) == Some(0))
    else {
        return Vec::new();
    };
    let mut out = Vec::new();
    let mut stack = vec![root];
    while let Some(n) = stack.pop() {
        let node = &doc.outline.nodes[n];
        out.push(node.block);
        out.extend(&node.paragraphs);
        stack.extend(node.children.iter().rev());
    }
    out.sort_unstable();
    out
}

/// The targets a plan states: in its objectives part, else anywhere in its body. One
/// per indicator, the first stated.
pub fn plan_targets(doc: &Document, source: &str) -> Vec<FoundTarget> {
    plan_targets_with(doc, source, &|b| {
        Cow::Owned(
            doc.blocks
                .get(b)
                .map_or(Vec::new(), |block| percentages(&block.text)),
        )
    })
}

/// [`plan_targets`], with the [`percentages`] of each block (by index) from the caller,
/// who may have read them already.
pub fn plan_targets_with<'p>(
    doc: &Document,
    source: &str,
    percentages_of: &dyn Fn(usize) -> Cow<'p, [Percentage]>,
) -> Vec<FoundTarget> {
    let read = |blocks: &mut dyn Iterator<Item = usize>| {
        let mut out: Vec<FoundTarget> = Vec::new();
        for b in blocks {
            let Some(block) = doc.blocks.get(b) else {
                continue;
            };
            let found = percentages_of(b);
            // Most blocks hold no percentage: no locator for them.
            let mut locator = None;
            for p in found.iter() {
                let (Some(indicator), Some(value)) = (p.indicator, p.value) else {
                    continue;
                };
                // One per indicator; a rate no result can meet (`trên 100%`) is T001's.
                let reachable = !Interval::of(p.comparator, value)
                    .intersect(Interval {
                        low: (0.0, false),
                        high: (100.0, false),
                    })
                    .is_empty();
                if !reachable || out.iter().any(|f| f.target.indicator == indicator.id) {
                    continue;
                }
                let span = p.span();
                out.push(FoundTarget {
                    target: Target {
                        indicator: indicator.id.to_owned(),
                        comparator: p.comparator,
                        value,
                        importance: Importance::Medium,
                        wording: Some(wording(&block.text, p)),
                    },
                    span: locator
                        .get_or_insert_with(|| Locator::new(doc, block, source))
                        .span(span),
                });
            }
        }
        out
    };
    let objectives = objectives_blocks(doc);
    let found = read(&mut objectives.iter().copied());
    if !found.is_empty() {
        return found;
    }
    read(&mut doc.body.clone())
}

/// The words of a target as the plan has them, trimmed of punctuation.
fn wording(text: &str, p: &Percentage) -> String {
    let span = p.span();
    text.get(span)
        .unwrap_or("")
        .trim_matches(|c: char| c.is_whitespace() || matches!(c, ',' | ';' | '.'))
        .to_owned()
}

/// Maps ranges of one block's clean text back to the normalised source, in document
/// order: each piece (line) remembers how far its raw text has run ahead of the clean
/// text (emphasis stars, escapes, doubled spaces), and each lookup searches only a
/// short window from there — linear in the block however many ranges it maps.
pub struct Locator<'a> {
    doc: &'a Document,
    block: &'a Block,
    source: &'a str,
    drift: Vec<usize>,
}

/// How far past the expected place a word is looked for.
const SLACK: usize = 64;

impl<'a> Locator<'a> {
    pub fn new(doc: &'a Document, block: &'a Block, source: &'a str) -> Locator<'a> {
        Locator {
            doc,
            block,
            source,
            drift: vec![0; block.pieces.len().max(1)],
        }
    }

    /// The source span of `range` of the block's text: its first and last words each
    /// found in the line they stand on.
    pub fn span(&mut self, range: Range<usize>) -> Range<usize> {
        let text = self.block.text.get(range.clone()).unwrap_or("");
        let first_end = text.find(' ').map_or(range.end, |i| range.start + i);
        let last_start = crate::text::chars::rfind_ascii(text, b' ')
            .map_or(range.start, |i| range.start + i + 1);
        let a = self.word(range.start..first_end);
        if last_start <= range.start {
            return a;
        }
        let b = self.word(last_start..range.end);
        if a.start <= b.end {
            a.start..b.end
        } else {
            a
        }
    }

    /// One word (no spaces) of the block's text.
    fn word(&mut self, range: Range<usize>) -> Range<usize> {
        let pieces = &self.block.pieces;
        let piece = pieces
            .partition_point(|&(at, _)| at <= range.start)
            .saturating_sub(1);
        let (piece_start, line) = pieces
            .get(piece)
            .copied()
            .unwrap_or((0, self.block.lines.start));
        let content = self.doc.lines.get(line).map_or(0..0, |l| l.content.clone());
        let needle = self.block.text.get(range.clone()).unwrap_or("");
        let rel = range.start.saturating_sub(piece_start);
        let drift = self.drift.get(piece).copied().unwrap_or(0);
        let from = floor(self.source, (content.start + rel + drift).min(content.end));
        let to = floor(self.source, (from + needle.len() + SLACK).min(content.end));
        let window = self.source.get(from..to).unwrap_or("");
        match window.find(needle) {
            Some(i) if !needle.is_empty() => {
                let start = from + i;
                if let Some(d) = self.drift.get_mut(piece) {
                    *d = start.saturating_sub(content.start + rel);
                }
                start..start + needle.len()
            }
            _ => from..floor(self.source, (from + needle.len()).min(content.end)).max(from),
        }
    }
}

/// The nearest char boundary at or before `i`.
fn floor(s: &str, mut i: usize) -> usize {
    i = i.min(s.len());
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// Whether the folded `text` mentions `indicator` with words that say it was missed
/// or why, in one sentence or the next: the explanation T005 looks for.
pub fn explains(text: &str, indicator: &Indicator) -> bool {
    const WHY: &[&str] = &[
        "chua dat",
        "khong dat",
        "nguyen nhan",
        "han che",
        "ton tai",
        "kho khan",
        "thap hon",
        "chua hoan thanh",
        "khong hoan thanh",
        "chua dam bao",
        "giai trinh",
    ];
    let sentences: Vec<String> = text
        .split(&['.', ';', '!', '?', '\n'][..])
        .map(fold)
        .filter(|s| !s.is_empty())
        .collect();
    let name = fold(indicator.vi);
    sentences.iter().enumerate().any(|(i, s)| {
        let names = indicator.named_in(s) || contains_words(s, &name);
        names
            && sentences[i..(i + 2).min(sentences.len())]
                .iter()
                .any(|t| WHY.iter().any(|w| contains_words(t, w)))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(text: &str) -> Vec<(Option<&str>, Comparator, Option<f64>, bool)> {
        percentages(text)
            .into_iter()
            .map(|p| (p.indicator.map(|i| i.id), p.comparator, p.value, p.share))
            .collect()
    }

    #[test]
    fn several_targets_in_one_sentence() {
        let text = "Phấn đấu kiềm chế số vụ phạm tội; 100% tố giác, tin báo về tội phạm, kiến nghị khởi tố được tiếp nhận, xử lý, tỷ lệ giải quyết đạt trên 90%. Tỷ lệ điều tra, khám phá các vụ án đạt trên 90% tổng số án khởi tố; 95% số vụ án hàng năm được giải quyết và truy tố; 90% số vụ án được giải quyết, xét xử.";
        use Comparator::*;
        assert_eq!(
            read(text),
            vec![
                (Some("tipsHandledRate"), AtLeast, Some(100.0), true),
                (Some("tipsResolvedRate"), Above, Some(90.0), true),
                (Some("casesClearedRate"), Above, Some(90.0), true),
                (Some("casesProsecutedRate"), AtLeast, Some(95.0), true),
                (Some("casesTriedRate"), AtLeast, Some(90.0), true),
            ]
        );
        let p = &percentages(text)[1];
        assert_eq!(&text[p.span()], "tỷ lệ giải quyết đạt trên 90%");
        assert_eq!(&text[p.comparator_start..p.range.end], "trên 90%");
    }

    #[test]
    fn comparators_from_the_words_before() {
        use Comparator::*;
        let cases = [
            ("tỷ lệ giải quyết tố giác đạt 90%", AtLeast),
            ("tỷ lệ giải quyết tố giác ít nhất 90%", AtLeast),
            ("tỷ lệ giải quyết tố giác tối thiểu 90%", AtLeast),
            ("tỷ lệ giải quyết tố giác không dưới 90%", AtLeast),
            ("tỷ lệ giải quyết tố giác 90%", AtLeast),
            ("tỷ lệ giải quyết tố giác từ 90% trở lên", AtLeast),
            ("tỷ lệ giải quyết tố giác trên 90%", Above),
            ("tỷ lệ giải quyết tố giác cao hơn 90%", Above),
            ("tỷ lệ giải quyết tố giác vượt 90%", Above),
            ("tỷ lệ giải quyết tố giác dưới 90%", Below),
            ("tỷ lệ giải quyết tố giác không quá 90%", AtMost),
            ("tỷ lệ giải quyết tố giác tối đa 90%", AtMost),
            ("tỷ lệ giải quyết tố giác không vượt quá 90%", AtMost),
            ("tỷ lệ giải quyết tố giác đạt trên 90 phần trăm", Above),
            ("TỶ LỆ GIẢI QUYẾT TỐ GIÁC ĐẠT TRÊN 90 %", Above),
        ];
        for (text, c) in cases {
            let got = read(text);
            assert_eq!(
                got,
                vec![(Some("tipsResolvedRate"), c, Some(90.0), true)],
                "{text}"
            );
        }
    }

    #[test]
    fn decimal_commas_and_shares() {
        assert_eq!(read("tỷ lệ giải quyết đạt trên 90,5%")[0].2, Some(90.5));
        // growth and completion are not shares
        assert!(!read("số vụ phát hiện tăng 150% so với cùng kỳ")[0].3);
        assert!(!read("hoàn thành 105% kế hoạch")[0].3);
        assert!(read("có 105% số xã được tuyên truyền")[0].3);
        assert!(read("tỷ lệ xã được tuyên truyền đạt 105%")[0].3);
        assert!(!read("tỷ lệ này tăng 150%")[0].3);
        // dates and item numbers are not percentages
        assert!(read("Ngày 15/12/2025, mục 2.1. Số 90 người").is_empty());
        assert_eq!(read("tỷ lệ 9,0.5%")[0].2, None);
    }

    #[test]
    fn targets_no_result_can_meet_are_left_out() {
        let text =
            "I. MỤC TIÊU\n\nTỷ lệ giải quyết tố giác đạt trên 100%; 95% số vụ án được truy tố.\n";
        let source = crate::text::Source::new(text);
        let doc = crate::reader::read(&source, Some(DocKind::Plan));
        let found = plan_targets(&doc, source.text());
        let ids: Vec<&str> = found.iter().map(|f| f.target.indicator.as_str()).collect();
        assert_eq!(ids, ["casesProsecutedRate"]);
    }

    #[test]
    fn explanations() {
        let rate = catalogue().get("tipsResolvedRate").unwrap();
        assert!(explains(
            "Tỷ lệ giải quyết tố giác, tin báo đạt 85%, chưa đạt chỉ tiêu do thiếu cán bộ.",
            rate
        ));
        assert!(explains(
            "Tỷ lệ giải quyết tin báo chỉ đạt 85%. Nguyên nhân: nhiều vụ phức tạp.",
            rate
        ));
        assert!(!explains("Công tác tuyên truyền còn hạn chế.", rate));
        assert!(!explains("Tỷ lệ giải quyết tin báo đạt 85%.", rate));
    }
}
