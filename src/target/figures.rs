//! The figures of a report: its counts and rates, each with where it stands. The form
//! reader takes them from `/indicators`; this module reads them from a report's text,
//! as reports write them:
//!
//! - in prose: `tiếp nhận 20 tin báo, đã giải quyết 19 tin, đạt 95%`, `giải quyết
//!   19/20 tin (95%)`, `hỗ trợ 12/14 nạn nhân`, `20 tin báo đã được tiếp nhận`;
//! - in statistics tables, markdown or tab-separated: `| 2 | Số tin báo đã giải quyết |
//!   19 | 95% |`, with a header row that may name the rate column (`Tỷ lệ`).
//!
//! What a number counts comes from the data (`subject` and `said:` in
//! `data/indicators.txt`): the noun after it (else before it, else the one before in
//! the sentence) says what is counted, the nearest verb before it (else after the
//! noun) what was done. A percentage after a count is the rate whose part that count
//! is; else the rate its sentence names. Comparisons (`tăng 5 vụ so với cùng kỳ`),
//! targets restated (`chỉ tiêu trên 90%`), dates and numbers of documents are not
//! figures. One pass over the words of each paragraph; no regex.

use std::ops::Range;

use super::eval::Reading;
use super::indicators::{catalogue, Indicator};
use crate::finding::Location;
use crate::text::words::{words, Word};

/// A count or rate as read, with where it stands: a span of the text or a form field.
#[derive(Clone, Debug, PartialEq)]
pub struct Figure {
    pub indicator: &'static Indicator,
    pub reading: Reading,
    pub at: Location,
    /// Figures of one group are stated together (a paragraph, a table, a form) and are
    /// compared with each other; a report restates some in other paragraphs.
    pub group: usize,
}

/// Words before a number that make it something other than a count: a date, a year,
/// a document or an article.
const NOT_A_COUNT_AFTER: &[&str] = &[
    "ngay", "thang", "nam", "quy", "so", "muc", "khoan", "dieu", "diem", "lan", "dot", "doan",
    "giai", "phu", "bieu", "mau", "ky", "tuan", "luc",
];

/// Words that make what follows a comparison with another period, not this one's.
const COMPARISON: &[&[&str]] = &[
    &["tang"],
    &["giam"],
    &["so", "voi"],
    &["cung", "ky"],
    &["ky", "truoc"],
    &["nam", "truoc"],
    &["gap"],
];

/// Words right before a percentage that make it a bound (a target restated), not a
/// result: `trên 90%`, `ít nhất 95%`.
const BOUNDS: &[&[&str]] = &[
    &["tren"],
    &["hon"],
    &["vuot"],
    &["duoi"],
    &["it", "nhat"],
    &["toi", "thieu"],
    &["toi", "da"],
    &["khong", "qua"],
];

/// Words after a percentage that make it a growth or a completion, not a share.
const GROWTH_AFTER: &[&[&str]] = &[
    &["so", "voi"],
    &["ke", "hoach"],
    &["chi", "tieu"],
    &["cung", "ky"],
    &["du", "toan"],
    &["nam", "truoc"],
    &["ky", "truoc"],
];

/// Words in a clause before a percentage that make it a target: `chỉ tiêu đề ra là 90%`.
const TARGET_WORDS: &[&[&str]] = &[
    &["chi", "tieu"],
    &["phan", "dau"],
    &["muc", "tieu"],
    &["ke", "hoach"],
    &["yeu", "cau"],
];

/// How far, in words, a number's clause, verb and rate name are looked for around it:
/// a sentence names what it counts near the number, and a bounded look keeps a
/// sentence of ten thousand numbers linear.
const REACH: usize = 24;

/// Reads the figures of one paragraph, `source[span]`, as group `group`.
pub fn read_prose(source: &str, span: Range<usize>, group: usize, out: &mut Vec<Figure>) {
    let ws = words(source, span.clone());
    if !ws.iter().any(Word::is_number) {
        return;
    }
    let mut start = 0;
    while start < ws.len() {
        let end = (start + 1..ws.len())
            .find(|&k| ends_sentence(between(source, &ws[k - 1], &ws[k])))
            .unwrap_or(ws.len());
        Sentence {
            source,
            words: &ws[start..end],
            group,
        }
        .read(out);
        start = end;
    }
}

/// The text between two words.
fn between<'s>(source: &'s str, a: &Word, b: &Word) -> &'s str {
    source.get(a.range.end..b.range.start).unwrap_or("")
}

fn ends_sentence(gap: &str) -> bool {
    gap.contains(&['.', ';', '!', '?'][..])
}

fn ends_clause(gap: &str) -> bool {
    gap.contains(&['.', ';', '!', '?', ',', '(', ')', ':'][..])
}

/// Whether the words at `at` are `phrase`.
fn phrase_at<S: AsRef<str>>(ws: &[Word], at: usize, phrase: &[S]) -> bool {
    ws.len() >= at + phrase.len()
        && phrase
            .iter()
            .zip(&ws[at..])
            .all(|(p, w)| w.folded == p.as_ref())
}

/// Whether any of `phrases` stands in `ws`.
fn holds_any(ws: &[Word], phrases: &[&[&str]]) -> bool {
    (0..ws.len()).any(|k| phrases.iter().any(|p| phrase_at(ws, k, p)))
}

/// Whether `ws` ends with any of `phrases`.
fn ends_with_any(ws: &[Word], phrases: &[&[&str]]) -> bool {
    phrases
        .iter()
        .any(|p| ws.len() >= p.len() && phrase_at(ws, ws.len() - p.len(), p))
}

/// The longest noun of a subject at `at` (`tin báo` rather than `tin`): the subject
/// and the noun's length in words.
fn noun_at(ws: &[Word], at: usize) -> Option<(usize, usize)> {
    let mut best: Option<(usize, usize)> = None;
    for (s, subject) in catalogue().subjects.iter().enumerate() {
        for noun in subject.nouns {
            if phrase_at(ws, at, noun) && best.is_none_or(|(_, len)| noun.len() > len) {
                best = Some((s, noun.len()));
            }
        }
    }
    best
}

/// The count of `subject` whose verb ends nearest to `before` in `ws[from..before]`.
fn verb_before(
    ws: &[Word],
    from: usize,
    before: usize,
    subject: usize,
) -> Option<&'static Indicator> {
    let mut best: Option<(usize, usize, &'static Indicator)> = None; // (end, length, count)
    for count in catalogue().counts() {
        let Some(said) = count.said.as_ref().filter(|s| s.subject == subject) else {
            continue;
        };
        for verb in said.verbs {
            for k in from..before {
                let end = k + verb.len();
                if end <= before
                    && phrase_at(ws, k, verb)
                    && best.is_none_or(|(e, l, _)| (end, verb.len()) > (e, l))
                {
                    best = Some((end, verb.len(), count));
                }
            }
        }
    }
    best.map(|(_, _, c)| c)
}

/// The count of `subject` whose verb starts first in `ws[from..until]`.
fn verb_after(
    ws: &[Word],
    from: usize,
    until: usize,
    subject: usize,
) -> Option<&'static Indicator> {
    (from..until).find_map(|k| {
        catalogue().counts().find(|count| {
            count.said.as_ref().is_some_and(|said| {
                said.subject == subject && said.verbs.iter().any(|v| phrase_at(ws, k, v))
            })
        })
    })
}

/// A count as written: a whole number of at least 0 (`1.250`).
fn count_value(w: &Word) -> Option<f64> {
    crate::number::parse(&w.folded)
        .ok()
        .filter(|n| !n.percent && n.value >= 0.0 && n.value.fract() == 0.0)
        .map(|n| n.value)
}

struct Sentence<'a> {
    source: &'a str,
    words: &'a [Word],
    group: usize,
}

impl Sentence<'_> {
    fn gap(&self, k: usize) -> &str {
        match (k.checked_sub(1).map(|p| &self.words[p]), self.words.get(k)) {
            (Some(a), Some(b)) => between(self.source, a, b),
            _ => "",
        }
    }

    /// The first word of the clause that holds word `k`, at most [`REACH`] words back.
    fn clause_start(&self, k: usize) -> usize {
        let reach = k.saturating_sub(REACH);
        (reach.max(1)..=k)
            .rev()
            .find(|&j| ends_clause(self.gap(j)))
            .unwrap_or(reach)
    }

    /// What follows word `k` up to the next word (or the rest of the sentence).
    fn after(&self, k: usize) -> &str {
        let from = self.words[k].range.end;
        let to = self
            .words
            .get(k + 1)
            .map_or(self.source.len().min(from + 8), |w| w.range.start);
        self.source.get(from..to).unwrap_or("")
    }

    fn push(
        &self,
        out: &mut Vec<Figure>,
        indicator: &'static Indicator,
        value: f64,
        at: Range<usize>,
    ) {
        out.push(Figure {
            indicator,
            reading: Reading::Value(value),
            at: Location::Span(at),
            group: self.group,
        });
    }

    fn read(&self, out: &mut Vec<Figure>) {
        let ws = self.words;
        // A sentence that opens on a comparison speaks of another period.
        if holds_any(&ws[..ws.len().min(3)], COMPARISON) {
            return;
        }
        let mut last_count: Option<&'static Indicator> = None;
        let mut last_subject: Option<usize> = None;
        let mut floor = 0; // verbs for the next count are looked for from here
        let mut i = 0;
        while i < ws.len() {
            if !ws[i].is_number() {
                i += 1;
                continue;
            }
            let after = crate::text::chars::trim_start_in(self.after(i), b" ");
            let is_percent = after.starts_with('%')
                || phrase_at(ws, i + 1, &["phan", "tram"]) && self.after(i).trim().is_empty();
            if is_percent {
                self.percentage(i, last_count, out);
                floor = i + 1;
                i += 1;
                continue;
            }
            let previous = i.checked_sub(1).map(|p| ws[p].folded.as_str());
            let glued_before = self.gap(i).trim_end().ends_with(&['/', '-', '.'][..]) && i > 0;
            if previous.is_some_and(|p| NOT_A_COUNT_AFTER.contains(&p)) || glued_before {
                i += 1;
                continue;
            }
            // `19/20`: a part over its whole; `15/12/2025` is a date.
            let pair = after.trim_end() == "/"
                && ws.get(i + 1).is_some_and(Word::is_number)
                && !self.after(i + 1).trim_start().starts_with(&['/', '-'][..]);
            let last = if pair { i + 1 } else { i };
            let clause = self.clause_start(i);
            if holds_any(&ws[clause..i], COMPARISON) {
                i = last + 1;
                continue;
            }
            // What is counted: the noun after the number, else (at the end of a
            // clause) the one before, else the noun of the count before.
            let (subject, noun_end) = match noun_at(ws, last + 1) {
                Some((s, len)) => (Some(s), last + 1 + len),
                None => {
                    let before = (clause..i)
                        .rev()
                        .find_map(|k| noun_at(ws, k).map(|(s, _)| s));
                    let ends = ws.get(last + 1).is_none() || ends_clause(self.gap(last + 1));
                    (before.or(last_subject.filter(|_| ends)), last + 1)
                }
            };
            let Some(subject) = subject else {
                i = last + 1;
                continue;
            };
            let reach = ws.len().min(noun_end + REACH);
            let next_number = (noun_end..reach)
                .find(|&k| ws[k].is_number() || ends_clause(self.gap(k)))
                .unwrap_or(reach);
            let count = verb_before(ws, floor.max(i.saturating_sub(REACH)), i, subject)
                .or_else(|| verb_after(ws, noun_end, next_number, subject));
            let (Some(count), Some(value)) = (count, count_value(&ws[i])) else {
                i = last + 1;
                continue;
            };
            self.push(out, count, value, ws[i].range.clone());
            if pair {
                let whole = catalogue()
                    .rate_of_part(count.id)
                    .and_then(|r| r.sides())
                    .and_then(|(_, whole)| catalogue().get(whole));
                if let (Some(whole), Some(value)) = (whole, count_value(&ws[i + 1])) {
                    self.push(out, whole, value, ws[i + 1].range.clone());
                }
            }
            last_count = Some(count);
            last_subject = Some(subject);
            floor = noun_end;
            i = noun_end.max(last + 1);
        }
    }

    /// A percentage at word `i`: the rate of the count before it in the sentence, or
    /// the rate the sentence names.
    fn percentage(&self, i: usize, last_count: Option<&'static Indicator>, out: &mut Vec<Figure>) {
        let ws = self.words;
        let Some(value) = crate::number::parse(&ws[i].folded)
            .ok()
            .map(|n| n.value)
            .filter(|v| (0.0..=100.0).contains(v))
        else {
            return;
        };
        let clause = self.clause_start(i);
        let unit_len = if self.after(i).trim_start().starts_with('%') {
            0
        } else {
            2
        };
        let rest = &ws[(i + 1 + unit_len).min(ws.len())..];
        if ends_with_any(&ws[clause..i], BOUNDS)
            || ends_with_any(&ws[i.saturating_sub(2)..i], COMPARISON)
            || holds_any(&ws[clause..i], TARGET_WORDS)
            || GROWTH_AFTER.iter().any(|g| phrase_at(rest, 0, g))
        {
            return;
        }
        let sentence_before: String = ws[i.saturating_sub(REACH)..i]
            .iter()
            .map(|w| w.folded.as_str())
            .collect::<Vec<_>>()
            .join(" ");
        let Some(rate) = last_count
            .and_then(|c| catalogue().rate_of_part(c.id))
            .or_else(|| catalogue().rate_named_in(&sentence_before))
        else {
            return;
        };
        let end = if unit_len == 0 {
            let from = ws[i].range.end;
            self.source[from..].find('%').map_or(from, |p| from + p + 1)
        } else {
            ws[i + unit_len].range.end
        };
        self.push(out, rate, value, ws[i].range.start..end);
    }
}

/// Reads the rows of one table as group `group`: each row a list of cell spans. A row
/// is labelled by its first cell with letters (`Số tin báo đã giải quyết`); its first
/// number after the label is the count, a percentage (or a number in a column whose
/// header says `Tỷ lệ`) the rate of that count; a label that names a rate takes the
/// first number as the rate.
pub fn read_table(source: &str, rows: &[Vec<Range<usize>>], group: usize, out: &mut Vec<Figure>) {
    let mut rate_columns: Vec<usize> = Vec::new();
    for cells in rows {
        let text = |c: &Range<usize>| source.get(c.clone()).unwrap_or("").trim();
        let numbers: Vec<(usize, crate::number::Number)> = cells
            .iter()
            .enumerate()
            .filter_map(|(k, c)| crate::number::parse(text(c)).ok().map(|n| (k, n)))
            .collect();
        let Some(label_at) = cells.iter().position(|c| {
            text(c)
                .chars()
                .filter(|ch| ch.is_alphabetic())
                .nth(3)
                .is_some()
        }) else {
            continue;
        };
        if numbers.is_empty() {
            // A header row: which columns hold rates; a group's title (one cell filled)
            // leaves them.
            if cells.iter().filter(|c| !text(c).is_empty()).count() > 1 {
                rate_columns = cells
                    .iter()
                    .enumerate()
                    .filter(|(_, c)| crate::text::fold(text(c)).starts_with("ty le"))
                    .map(|(k, _)| k)
                    .collect();
            }
            continue;
        }
        let label = words(source, cells[label_at].clone());
        let values: Vec<&(usize, crate::number::Number)> =
            numbers.iter().filter(|(k, _)| *k > label_at).collect();
        let is_rate =
            |(k, n): &&(usize, crate::number::Number)| n.percent || rate_columns.contains(k);
        let figure =
            |indicator: &'static Indicator, (k, n): &(usize, crate::number::Number)| Figure {
                indicator,
                reading: Reading::Value(n.value),
                at: Location::Span({
                    let c = &cells[*k];
                    let t = source.get(c.clone()).unwrap_or("");
                    let lead = t.len() - t.trim_start().len();
                    c.start + lead..c.start + t.trim_end().len()
                }),
                group,
            };
        let count = (0..label.len()).find_map(|k| {
            let (subject, len) = noun_at(&label, k)?;
            verb_before(&label, 0, label.len(), subject)
                .or_else(|| verb_after(&label, k + len, label.len(), subject))
        });
        match count {
            Some(count) => {
                if let Some(v) = values.iter().find(|v| !is_rate(v)) {
                    if v.1.value >= 0.0 && v.1.value.fract() == 0.0 {
                        out.push(figure(count, v));
                    }
                }
                let rate = catalogue().rate_of_part(count.id);
                if let (Some(rate), Some(v)) = (rate, values.iter().find(|v| is_rate(v))) {
                    if (0.0..=100.0).contains(&v.1.value) {
                        out.push(figure(rate, v));
                    }
                }
            }
            None => {
                let folded = crate::text::fold(source.get(cells[label_at].clone()).unwrap_or(""));
                if let (Some(rate), Some(v)) = (catalogue().rate_named_in(&folded), values.first())
                {
                    if (0.0..=100.0).contains(&v.1.value) {
                        out.push(figure(rate, v));
                    }
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::reader::line::row_cells;

    /// `(indicator, value, the text at its span)` of each figure of a paragraph.
    fn prose(text: &str) -> Vec<(String, f64, String)> {
        let mut out = Vec::new();
        read_prose(text, 0..text.len(), 0, &mut out);
        out.into_iter()
            .map(|f| {
                let Location::Span(s) = &f.at else { panic!() };
                (
                    f.indicator.id.to_owned(),
                    f.reading.value().unwrap(),
                    text[s.clone()].to_owned(),
                )
            })
            .collect()
    }

    fn ids(found: &[(String, f64, String)]) -> Vec<(&str, f64)> {
        found.iter().map(|(i, v, _)| (i.as_str(), *v)).collect()
    }

    #[test]
    fn counts_and_rates_in_prose() {
        let f = prose("Tiếp nhận 20 tin báo, đã giải quyết 19 tin, đạt 95%.");
        assert_eq!(
            ids(&f),
            vec![
                ("tipsReceived", 20.0),
                ("tipsResolved", 19.0),
                ("tipsResolvedRate", 95.0)
            ]
        );
        assert_eq!(f[2].2, "95%");
        assert_eq!(
            ids(&prose("Giải quyết 19/20 tin (95%).")),
            vec![
                ("tipsResolved", 19.0),
                ("tipsReceived", 20.0),
                ("tipsResolvedRate", 95.0)
            ]
        );
        assert_eq!(
            ids(&prose("Đã hỗ trợ 12/14 nạn nhân.")),
            vec![("victimsSupported", 12.0), ("victimsIdentified", 14.0)]
        );
        assert_eq!(
            ids(&prose(
                "Tiếp nhận 14 nạn nhân, đã hỗ trợ 12 nạn nhân, đạt 85,7%"
            )),
            vec![
                ("victimsIdentified", 14.0),
                ("victimsSupported", 12.0),
                ("victimsSupportedRate", 85.7)
            ]
        );
        // passive, the verb after the noun; thousands with a dot
        assert_eq!(
            ids(&prose(
                "Có 1.250 tin báo đã được tiếp nhận; 3 vụ án được đưa ra xét xử."
            )),
            vec![("tipsReceived", 1250.0), ("casesTried", 3.0)]
        );
        // the rate named by its sentence
        assert_eq!(
            ids(&prose("Tỷ lệ điều tra, khám phá đạt 92,5%.")),
            vec![("casesClearedRate", 92.5)]
        );
        // the nearest verb: handled, not received
        assert_eq!(
            ids(&prose("Tiếp nhận, xử lý 20 tố giác.")),
            vec![("tipsHandled", 20.0)]
        );
    }

    #[test]
    fn what_is_not_a_figure() {
        for text in [
            // comparisons with another period
            "So với cùng kỳ năm trước, tiếp nhận 15 tin báo.",
            "Số vụ án giảm 3 vụ so với cùng kỳ.",
            // targets restated
            "Chỉ tiêu giải quyết tin báo đạt trên 90%.",
            "Phấn đấu tỷ lệ giải quyết tin báo đạt 95%.",
            // dates, years, documents, other things counted
            "Từ ngày 15/12/2025 đến ngày 14/6/2026, năm 2026.",
            "Thực hiện Kế hoạch số 12/KH-UBND, tổ chức 12 buổi tuyên truyền cho 300 người.",
            "Tỷ lệ giải quyết tăng 15% so với cùng kỳ.",
        ] {
            assert_eq!(prose(text), vec![], "{text}");
        }
        // the current figure, then a comparison in brackets
        assert_eq!(
            ids(&prose(
                "Tiếp nhận 20 tin báo (tăng 5 tin so với cùng kỳ), đã giải quyết 19 tin."
            )),
            vec![("tipsReceived", 20.0), ("tipsResolved", 19.0)]
        );
    }

    /// The rows of a text, one a line.
    fn rows_of(text: &str) -> Vec<Vec<Range<usize>>> {
        let mut rows = Vec::new();
        let mut at = 0;
        for line in text.split('\n') {
            rows.extend(row_cells(text, at..at + line.len()));
            at += line.len() + 1;
        }
        rows
    }

    #[test]
    fn tables() {
        let text = "| Stt | Nội dung | Số lượng | Tỷ lệ |\n|---|---|---|---|\n\
                    | 1 | Số tin báo đã tiếp nhận | 20 | |\n\
                    | 2 | Số tin báo đã giải quyết | 19 | 95 |\n\
                    | 3 | Số nạn nhân được hỗ trợ | 12 | 85,7% |";
        let mut out = Vec::new();
        read_table(text, &rows_of(text), 3, &mut out);
        let got: Vec<(&str, f64, &str)> = out
            .iter()
            .map(|f| {
                let Location::Span(s) = &f.at else { panic!() };
                (f.indicator.id, f.reading.value().unwrap(), &text[s.clone()])
            })
            .collect();
        assert_eq!(
            got,
            vec![
                ("tipsReceived", 20.0, "20"),
                ("tipsResolved", 19.0, "19"),
                ("tipsResolvedRate", 95.0, "95"),
                ("victimsSupported", 12.0, "12"),
                ("victimsSupportedRate", 85.7, "85,7%"),
            ]
        );
        assert!(out.iter().all(|f| f.group == 3));
        // tab-separated
        let tabbed = "Số vụ án đã khởi tố\t4\nSố vụ án đã xét xử\t3\t75%";
        let rows = rows_of(tabbed);
        assert_eq!(rows.len(), 2, "{rows:?}");
        let mut out = Vec::new();
        read_table(tabbed, &rows, 0, &mut out);
        let got: Vec<(&str, f64)> = out
            .iter()
            .map(|f| (f.indicator.id, f.reading.value().unwrap()))
            .collect();
        assert_eq!(
            got,
            vec![
                ("casesInitiated", 4.0),
                ("casesTried", 3.0),
                ("casesTriedRate", 75.0)
            ]
        );
    }
}
