//! The text reader's half of the model: a report's figures from its paragraphs and
//! statistics tables, its assessment part, its issuing body, and its body as what it
//! says of the plan's tasks; each fact with its span in the normalised text.

use std::ops::Range;

use std::borrow::Cow;

use super::{
    Cited, Fact, Header, IssueDate, Item, Located, Medium, Model, Outline, Percent, Place,
    Recipients, Signature, StatedReport, Symbol, TargetStatement, TaskReport,
};
use crate::agency::Registry;
use crate::finding::Location;
use crate::legal::{context_after, find_citations};
use crate::reader::line::{table_lines, TableLine};
use crate::reader::parts::{is_programme_plan, parts_for, parts_named, role_of};
use crate::reader::{DocKind, Document};
use crate::target::figures::{read_prose, read_table, Figure};
use crate::target::read::{plan_targets_with, Locator, Percentage};
use crate::text::Source;

/// The model of a document read from text.
pub fn from_text<'r>(doc: &Document, source: &Source, registry: &'r Registry) -> Model<'r> {
    let text = source.text();
    let dates = crate::period::analyse(doc, text);
    let percentages = block_percentages(doc);
    let report = doc.kind == DocKind::Report;
    // A plan's figures are targets, which the plan's own rules read; a report's are
    // results.
    let figures = if report {
        figures(doc, text)
    } else {
        Vec::new()
    };
    let (assessment, assessment_at) = if report {
        assessment(doc)
    } else {
        (None, None)
    };
    // What a report says of the plan's tasks is its body (and, with no assessment
    // part, where an explanation may stand); a plan reports on none.
    let body = report.then(|| {
        doc.blocks[doc.body.clone()]
            .iter()
            .map(|b| b.text.as_str())
            .collect::<Vec<_>>()
            .join("\n")
    });
    Model {
        kind: doc.kind,
        text: text.to_owned(),
        medium: Medium::Text,
        header: header(doc),
        signature: signature(doc),
        recipients: recipients(doc),
        figures,
        assessment: assessment.or_else(|| body.clone()),
        assessment_at,
        agency: if report { agency(doc, text) } else { None },
        agencies: super::agencies::from_text(doc, text, registry),
        tasks: body.map(|text| {
            vec![TaskReport {
                reference: None,
                text,
            }]
        }),
        tasks_at: Location::Span(results_heading(doc)),
        outline: Some(outline(doc)),
        programme: is_programme_plan(doc),
        citations: citations(doc, text),
        percentages: percents(doc, text, &percentages),
        targets: if report {
            Vec::new()
        } else {
            plan_targets_with(doc, text, &|b| {
                Cow::Borrowed(percentages.get(b).map_or(&[][..], Vec::as_slice))
            })
            .into_iter()
            .map(|found| TargetStatement {
                target: found.target,
                at: Location::Span(found.span),
            })
            .collect()
        },
        report: dates.report.as_ref().map(|r| {
            let kind_at = Location::Span(r.kind_span.clone());
            let period_at = r
                .period_span
                .clone()
                .map_or(kind_at.clone(), Location::Span);
            StatedReport {
                period: r.period,
                from_at: period_at.clone(),
                to_at: period_at,
                date_at: r.date_span.clone().map_or(kind_at.clone(), Location::Span),
                kind_at,
                window_at: Vec::new(),
            }
        }),
        dates: Some(dates),
        field_dates: Vec::new(),
        shape: Vec::new(),
    }
}

/// The percentages of each block of the body (none for the others), read once for
/// the percentages and the targets.
fn block_percentages(doc: &Document) -> Vec<Vec<Percentage>> {
    doc.blocks
        .iter()
        .enumerate()
        .map(|(b, block)| {
            if doc.body.contains(&b) {
                crate::target::read::percentages(&block.text)
            } else {
                Vec::new()
            }
        })
        .collect()
}

fn percents(doc: &Document, text: &str, percentages: &[Vec<Percentage>]) -> Vec<Percent> {
    let mut out = Vec::new();
    for (block, found) in doc.blocks.iter().zip(percentages) {
        // Most blocks hold no percentage: no locator for them.
        let mut locator = None;
        for p in found {
            let span = locator
                .get_or_insert_with(|| Locator::new(doc, block, text))
                .span(p.range.clone());
            out.push(Percent {
                written: block.text.get(p.range.clone()).unwrap_or("").to_owned(),
                value: p.value,
                share: p.share,
                at: Location::Span(span),
            });
        }
    }
    out
}

/// The citations of the text, but for its own number.
fn citations(doc: &Document, text: &str) -> Vec<Cited> {
    let own = doc.header.number.as_ref().map(|n| n.span.clone());
    find_citations(text)
        .into_iter()
        .filter(|c| {
            !own.as_ref()
                .is_some_and(|o| o.start < c.span.end && c.span.start < o.end)
        })
        .map(|citation| Cited {
            about: context_after(text, citation.span.end).to_owned(),
            at: Location::Span(citation.span.clone()),
            citation,
        })
        .collect()
}

/// Every heading of the body, with the parts of the regime it names.
fn outline(doc: &Document) -> Outline {
    let items = doc
        .outline
        .nodes
        .iter()
        .enumerate()
        .map(|(n, node)| {
            let title = doc.block_of(n).title();
            // Parts are named by the top two levels (a report may fold its assessment
            // into its results); deeper items are tasks and paragraphs.
            let top = node
                .parent
                .is_none_or(|p| doc.outline.nodes[p].parent.is_none());
            Item {
                marker: doc.marker_of(n).cloned(),
                title: title.to_owned(),
                parts: if top { parts_named(doc.kind, title) } else { 0 },
                at: Location::Span(doc.heading_span(n)),
                parent: node.parent,
                children: node.children.clone(),
                index: node.index,
                has_content: doc.outline.has_content(n),
                problem: None,
            }
        })
        .collect();
    let fallback = doc
        .header
        .type_name
        .as_ref()
        .map_or(0..0, |t| t.span.clone());
    Outline {
        items,
        roots: doc.outline.roots.clone(),
        numbered: true,
        fallback: Location::Span(fallback),
    }
}

/// The figures of the text from the preamble to the closing: each paragraph a group,
/// each table (consecutive rows) one group.
fn figures(doc: &Document, text: &str) -> Vec<Figure> {
    let mut out = Vec::new();
    let zone = doc.legal_basis.start.min(doc.body.start)..doc.body.end;
    let mut group = 0;
    let mut rows: Vec<Vec<Range<usize>>> = Vec::new();
    // A report's appendix too (its tables of figures), apart: a table there does not go
    // on from one that ends the body. A plan's appendix lists tasks, not results.
    let blocks = &doc.blocks[zone];
    let appendix = match doc.kind {
        DocKind::Report => &doc.blocks[doc.appendix.clone()],
        DocKind::Plan => &[],
    };
    // What each line is to a table, read over all the lines of each: the reader may part
    // a row that Word broke over lines into blocks.
    let mut roles: Vec<TableLine> = Vec::new();
    roles.resize_with(doc.lines.len(), || TableLine::Other);
    for part in [blocks, appendix] {
        if let (Some(first), Some(last)) = (part.first(), part.last()) {
            let lines = first.lines.start..last.lines.end;
            for (k, role) in table_lines(text, &doc.lines[lines.clone()])
                .into_iter()
                .enumerate()
            {
                roles[lines.start + k] = role;
            }
        }
    }
    let blocks = blocks.iter().map(Some);
    let appendix = appendix.iter().map(Some);
    // A paragraph of prose not read yet, and the line after it: a parenthesis on that
    // line is the paragraph's (the reader keeps it apart for the bodies it may name):
    // `… giải quyết 02/03 tin báo` / `(đạt 100%).`
    let mut pending: Option<(Range<usize>, usize)> = None;
    let read_pending =
        |pending: &mut Option<(Range<usize>, usize)>, group: &mut usize, out: &mut Vec<Figure>| {
            if let Some((span, _)) = pending.take() {
                read_prose(text, span, *group, out);
                *group += 1;
            }
        };
    for block in blocks.chain([None]).chain(appendix) {
        let Some(block) = block else {
            read_pending(&mut pending, &mut group, &mut out);
            flush_table(text, &mut rows, &mut group, &mut out);
            continue;
        };
        let goes_on = block.text.starts_with('(')
            && pending
                .as_ref()
                .is_some_and(|(_, after)| *after == block.lines.start);
        if !goes_on {
            read_pending(&mut pending, &mut group, &mut out);
        }
        let mut prose = false;
        for l in block.lines.clone() {
            match std::mem::replace(&mut roles[l], TableLine::Within) {
                TableLine::Row(cells) | TableLine::Spaced(cells) => rows.push(cells),
                TableLine::Within => {}
                TableLine::Other => prose |= !doc.lines[l].is_blank(),
            }
        }
        if prose || block.lines.is_empty() {
            flush_table(text, &mut rows, &mut group, &mut out);
            pending = match pending.take() {
                Some((span, _)) if goes_on => Some((span.start..block.span.end, block.lines.end)),
                _ => Some((block.span.clone(), block.lines.end)),
            };
        } else {
            read_pending(&mut pending, &mut group, &mut out);
        }
    }
    read_pending(&mut pending, &mut group, &mut out);
    flush_table(text, &mut rows, &mut group, &mut out);
    out
}

fn flush_table(
    text: &str,
    rows: &mut Vec<Vec<Range<usize>>>,
    group: &mut usize,
    out: &mut Vec<Figure>,
) {
    if !rows.is_empty() {
        read_table(text, rows, *group, out);
        *group += 1;
        rows.clear();
    }
}

/// The text of every part and item whose heading names the assessment, and the span of
/// the first such heading.
fn assessment(doc: &Document) -> (Option<String>, Option<Location>) {
    let Some(index) = parts_for(DocKind::Report)
        .iter()
        .position(|p| p.form_key == Some("assessment"))
    else {
        return (None, None);
    };
    let outline = &doc.outline;
    let mut text = String::new();
    let mut at = None;
    let mut inside: Vec<usize> = Vec::new(); // the assessment nodes taken so far
    for node in outline.walk() {
        let under = std::iter::successors(outline.nodes[node].parent, |&p| outline.nodes[p].parent)
            .any(|p| inside.contains(&p));
        let names = role_of(DocKind::Report, doc.block_of(node).title()) == Some(index);
        if !(under || names) {
            continue;
        }
        if names && !under {
            inside.push(node);
            at.get_or_insert_with(|| Location::Span(doc.heading_span(node)));
        }
        let n = &outline.nodes[node];
        for b in std::iter::once(n.block).chain(n.paragraphs.iter().copied()) {
            text.push_str(&doc.blocks[b].text);
            text.push('\n');
        }
    }
    (at.is_some().then_some(text), at)
}

/// The issuing body from the header: its last line (`SỞ Y TẾ` under `UBND TỈNH …`), or
/// the last two joined when the last only names the place (`ỦY BAN NHÂN DÂN` / `TỈNH
/// LẠNG SƠN`); with no header, the body that reports in the opening paragraph.
fn agency(doc: &Document, source: &str) -> Option<Located> {
    let lines = &doc.header.issuer;
    let reg = crate::agency::registry();
    let Some(last) = lines.last() else {
        return reporting_body(doc, source);
    };
    let known = |s: &str| reg.lookup(s).is_some();
    // The last two lines joined, written once for the lookup and the result.
    let both =
        |before: &crate::reader::header::Spanned| [before.text.as_str(), " ", &last.text].concat();
    let (text, span) = match lines.len().checked_sub(2).map(|k| &lines[k]) {
        Some(before) if !known(&last.text) && known(&both(before)) => {
            (both(before), before.span.start..last.span.end)
        }
        _ => (last.text.clone(), last.span.clone()),
    };
    Some(Located {
        text,
        at: Location::Span(span),
    })
}

/// Without a header, the body that reports in the opening paragraph: `…, Sở Y tế báo
/// cáo kết quả như sau`.
fn reporting_body(doc: &Document, source: &str) -> Option<Located> {
    let reg = crate::agency::registry();
    doc.blocks[doc.legal_basis.clone()].iter().find_map(|b| {
        let says = crate::text::fold(&b.text);
        if !crate::text::contains_words(&says, "bao cao") {
            return None;
        }
        let (range, _) = reg.mentions_in(&b.text, None).into_iter().last()?;
        Some(Located {
            text: b.text[range.clone()].to_owned(),
            at: Location::Span(b.source_span(&doc.lines, source, range)),
        })
    })
}

/// Where a task left out belongs: the heading of the results part, else the type name,
/// else the first line.
fn results_heading(doc: &Document) -> Range<usize> {
    let results = parts_for(DocKind::Report)
        .iter()
        .position(|p| p.form_key == Some("results"));
    doc.outline
        .roots
        .iter()
        .find(|&&r| {
            results.is_some() && role_of(DocKind::Report, doc.block_of(r).title()) == results
        })
        .map(|&r| doc.heading_span(r))
        .or_else(|| doc.header.type_name.as_ref().map(|t| t.span.clone()))
        .unwrap_or_else(|| doc.first_line_span())
}

/// The number, place and date from the header lines.
fn header(doc: &Document) -> Header {
    let h = &doc.header;
    let first = || doc.first_line_span();
    let type_name = h.type_name.as_ref().map(|t| t.span.clone());
    let number = match &h.number {
        Some(n) => Fact::Stated(
            Symbol {
                symbol: n.symbol.clone(),
                prefix: "Số: ",
            },
            Location::Span(n.span.clone()),
        ),
        // Where it belongs: beside the place and date, else above the type name.
        None => Fact::Missing(Location::Span(
            h.place_date
                .as_ref()
                .map(|p| p.span.clone())
                .or_else(|| type_name.clone())
                .unwrap_or_else(first),
        )),
    };
    let (place, date, numeric_date) = match &h.place_date {
        Some(pd) => {
            let at = Location::Span(pd.span.clone());
            let place = match &pd.place {
                Some(name) => Fact::Stated(
                    Place {
                        name: name.clone(),
                        comma: pd.comma,
                    },
                    at.clone(),
                ),
                None => Fact::Missing(at.clone()),
            };
            let date = IssueDate {
                day: pd.day.clone(),
                month: pd.month.clone(),
                year: pd.year.clone(),
            };
            (place, Fact::Stated(date, at), None)
        }
        None => {
            // Under the number, else above the type name.
            let at = Location::Span(
                h.number
                    .as_ref()
                    .map(|n| n.span.clone())
                    .or(type_name)
                    .unwrap_or_else(first),
            );
            (
                Fact::Missing(at.clone()),
                Fact::Missing(at),
                numeric_date(doc),
            )
        }
    };
    let issued_at = match &h.place_date {
        Some(pd) => vec![Location::Span(pd.span.clone())],
        None => doc.lines[..doc.header_lines.min(doc.lines.len())]
            .iter()
            .flat_map(|l| l.cells.iter())
            .filter(|c| c.clean.contains(", "))
            .map(|c| Location::Span(c.span.clone()))
            .collect(),
    };
    Header {
        number,
        stated_kind: h.type_name.as_ref().and(doc.declared_kind),
        place,
        date,
        numeric_date,
        issued_at,
    }
}

/// A header cell with a place and a date written with slashes (`Lạng Sơn, 05/02/2026`).
fn numeric_date(doc: &Document) -> Option<Location> {
    let looks_like_date = |word: &str| {
        let parts: Vec<&str> = crate::text::chars::trim_end_in(word, b".,")
            .split('/')
            .collect();
        parts.len() == 3
            && parts
                .iter()
                .all(|p| !p.is_empty() && p.len() <= 4 && p.bytes().all(|b| b.is_ascii_digit()))
    };
    doc.lines[..doc.header_lines.min(doc.lines.len())]
        .iter()
        .flat_map(|l| l.cells.iter())
        .find(|c| c.clean.contains(", ") && c.clean.split(' ').any(looks_like_date))
        .map(|c| Location::Span(c.span.clone()))
}

/// The authority and title lines at the end; missing, at the last line.
fn signature(doc: &Document) -> Fact<Signature> {
    let lines = &doc.closing.signature;
    let Some(first) = lines.first() else {
        return Fact::Missing(Location::Span(doc.last_line_span()));
    };
    Fact::Stated(
        Signature {
            lines: lines
                .iter()
                .map(|l| Located {
                    text: l.text.clone(),
                    at: Location::Span(l.span.clone()),
                })
                .collect(),
            authority_at: None,
            unread: Vec::new(),
        },
        Location::Span(first.span.clone()),
    )
}

/// The `Nơi nhận:` list; missing, before the signature (else at the last line).
fn recipients(doc: &Document) -> Fact<Recipients> {
    let Some(r) = &doc.closing.recipients else {
        let at = doc
            .closing
            .signature
            .first()
            .map_or_else(|| doc.last_line_span(), |s| s.span.clone());
        return Fact::Missing(Location::Span(at));
    };
    let at = Location::Span(r.heading.span.clone());
    Fact::Stated(
        Recipients {
            items: r
                .items
                .iter()
                .map(|i| Located {
                    text: i.text.clone(),
                    at: Location::Span(i.span.clone()),
                })
                .collect(),
            end_at: r
                .items
                .last()
                .map_or(at.clone(), |i| Location::Span(i.span.clone())),
            at: at.clone(),
        },
        at,
    )
}
