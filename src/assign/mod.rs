//! Who is responsible: the lead (*chủ trì*, or the body that *thực hiện*) and partners
//! (*phối hợp*) of every task of a plan, in the four forms of DESIGN §2.4 —
//! 1. a heading or item that opens with the body (`2.2. Sở Y tế chủ trì, phối hợp …`,
//!    `3.1. Công an tỉnh`, a paragraph `Các sở, ngành, địa phương:`);
//! 2. a parenthesis for the items above it or at the end of an item
//!    (`(Công an thành phố chủ trì, phối hợp các sở, ngành thực hiện)`);
//! 3. labelled lines (`- Cơ quan thực hiện: …`, `- Cơ quan phối hợp: …`,
//!    `- Phân công trách nhiệm: …`, which covers its whole section even when it
//!    comes after the items);
//! 4. `Đề nghị <body> …`, a request rather than an assignment.
//!
//! Tasks inherit the lead of the items that contain them. Tasks set out as a table, a
//! row each with its lead's column, are read by [`table`].

pub mod table;

use std::ops::Range;

use crate::agency::{Level, Match, Mention, Registry};
use crate::reader::{Block, Document, Style};
use crate::text::chars::{fold_eq, fold_starts_with};
use crate::text::fold;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Role {
    Lead,
    Partner,
}

/// A body named as responsible for a task.
#[derive(Clone, Debug)]
pub struct Assignee<'r> {
    /// Where the name stands in the normalised source.
    pub span: Range<usize>,
    /// The name as written.
    pub name: String,
    /// The registry's body; `None` for a name the registry does not know.
    pub matched: Option<Match<'r>>,
    pub role: Role,
    /// Named after `Đề nghị`: requested, not assigned.
    pub requested: bool,
    /// Written with its successor, `(nay là …)`: a correct historical reference.
    pub historical: bool,
    /// The outline node whose task the name is responsible for, when known.
    pub covers: Option<usize>,
}

#[derive(Debug, Default)]
pub struct Assignments<'r> {
    /// Everyone named, in document order.
    pub assignees: Vec<Assignee<'r>>,
    /// Per outline node: whether it names a lead itself (any form).
    pub own_lead: Vec<bool>,
}

impl Assignments<'_> {
    /// Whether `node` has a lead of its own or from an item that contains it.
    pub fn has_lead(&self, doc: &Document, node: usize) -> bool {
        let mut at = Some(node);
        while let Some(n) = at {
            if self.own_lead.get(n).copied().unwrap_or(false) {
                return true;
            }
            at = doc.outline.nodes[n].parent;
        }
        false
    }
}

/// Words that open a body's name: a phrase starting with one of these in a lead's
/// place, and not in the registry, is an unknown agency.
const HEAD_WORDS: &[&str] = &[
    "so",
    "phong",
    "ban",
    "cong an",
    "uy ban",
    "trung tam",
    "hoi",
    "doan",
    "cuc",
    "chi cuc",
    "bo",
    "vien",
    "toa an",
    "tram",
    "van phong",
    "dai",
    "bao",
    "lien doan",
    "thanh tra",
    "truong",
    "benh vien",
];

/// Labels of form 3, folded, and the role they give.
const LABELS: &[(&str, Option<Role>)] = &[
    ("co quan thuc hien", Some(Role::Lead)),
    ("don vi thuc hien", Some(Role::Lead)),
    ("co quan chu tri", Some(Role::Lead)),
    ("don vi chu tri", Some(Role::Lead)),
    ("co quan phoi hop", Some(Role::Partner)),
    ("don vi phoi hop", Some(Role::Partner)),
    // A sentence: who leads is read from it.
    ("phan cong trach nhiem", None),
    ("phan cong thuc hien", None),
    ("phan cong", None),
    ("trach nhiem thuc hien", None),
];

/// A word of a text: its byte range. Compared folded, without building the fold (a
/// clause's first words are read for every task of a document).
struct Word {
    range: Range<usize>,
}

impl Word {
    /// Whether the word of `text`, folded, is `key`.
    fn is(&self, text: &str, key: &str) -> bool {
        text.get(self.range.clone())
            .is_some_and(|w| fold_eq(w, key))
    }
}

/// Words that join names in a gap: `và`, `các`, `cùng`, `với`, `nhưng`, `là`.
const CONNECTORS: [&str; 6] = ["va", "cac", "cung", "voi", "nhung", "la"];

/// The words of `text`, read as they are needed: a clause is mostly decided by its
/// first few words.
fn words(text: &str) -> impl Iterator<Item = Word> + '_ {
    let mut chars = text
        .char_indices()
        .chain(std::iter::once((text.len(), ' ')));
    let mut start = None;
    std::iter::from_fn(move || {
        for (i, c) in chars.by_ref() {
            let part_of_word = crate::text::chars::is_alphanumeric(c)
                || crate::text::vietnamese::combining_mark(c).is_some();
            match (start, part_of_word) {
                (None, true) => start = Some(i),
                (Some(s), false) => {
                    start = None;
                    return Some(Word { range: s..i });
                }
                _ => {}
            }
        }
        None
    })
}

/// The bodies named in each block, found in one scan per block: a block's title, its
/// labelled value and its parentheses are all read from it, and so are the mentions
/// the A rules judge. Names never run across a clause break (`:`, `(`, `)`, `.`), so
/// the names of a part of a block are the block's names inside that part.
pub struct BlockMentions<'r> {
    registry: &'r Registry,
    level: Option<Level>,
    found: Vec<Option<Vec<Mention<'r>>>>,
}

impl<'r> BlockMentions<'r> {
    /// Names without a level ("Viện kiểm sát nhân dân") are taken at `level`.
    pub fn new(doc: &Document, registry: &'r Registry, level: Option<Level>) -> Self {
        BlockMentions {
            registry,
            level,
            found: vec![None; doc.blocks.len()],
        }
    }

    /// The bodies named in block `b`, with ranges in its text.
    pub fn of(&mut self, doc: &Document, b: usize) -> &[Mention<'r>] {
        let (registry, level) = (self.registry, self.level);
        match self.found.get_mut(b) {
            Some(slot) => slot.get_or_insert_with(|| {
                doc.blocks
                    .get(b)
                    .map_or_else(Vec::new, |block| registry.mentions_in(&block.text, level))
            }),
            None => &[],
        }
    }

    /// The bodies named inside `part` of block `b`'s text, with ranges in the part.
    fn within(&mut self, doc: &Document, b: usize, part: Range<usize>) -> Vec<Mention<'r>> {
        self.of(doc, b)
            .iter()
            .filter(|(r, _)| part.start <= r.start && r.end <= part.end)
            .map(|(r, m)| (r.start - part.start..r.end - part.start, m.clone()))
            .collect()
    }
}

/// Reads one clause of assignment: who leads (the names it opens with, before
/// `chủ trì` or the verb) and who partners (the names after `phối hợp`). In a
/// labelled list (`Cơ quan thực hiện: A, B, các thôn.`) every name counts.
struct Clause<'r> {
    /// (range in the clause's text, the registry's body if known, role, named after
    /// `đề nghị`)
    names: Vec<(Range<usize>, Option<Match<'r>>, Role, bool)>,
}

/// What stands between two names.
enum Gap {
    /// Only connectors (`,`, `và`, `các`, `chủ trì`, `phối hợp với`, `đề nghị`).
    Connectors { partner: bool, request: bool },
    /// Anything else: the clause's names end here — unless the gap opens with a name
    /// the registry does not know (its range in the gap).
    Words {
        partner: bool,
        request: bool,
        unknown: Option<Range<usize>>,
    },
}

fn read_gap(gap: &str, labelled: bool) -> Gap {
    let mut unread = words(gap);
    let mut ws = Vec::new();
    let mut partner = false;
    // `… và đề nghị Viện kiểm sát …`: the names after it are requested.
    let mut request = false;
    let mut k = 0;
    loop {
        // Two words ahead are all a step needs.
        while ws.len() < k + 2 {
            match unread.next() {
                Some(w) => ws.push(w),
                None => break,
            }
        }
        if k >= ws.len() {
            break;
        }
        let (word, next) = (&ws[k], ws.get(k + 1));
        let next_is = |key| next.is_some_and(|w| w.is(gap, key));
        if CONNECTORS.iter().any(|c| word.is(gap, c)) {
            k += 1;
        } else if word.is(gap, "chu") && next_is("tri") {
            k += 2;
        } else if word.is(gap, "phoi") && next_is("hop") {
            partner = true;
            k += 2;
        } else if word.is(gap, "de") && next_is("nghi") {
            request = true;
            k += 2;
        } else {
            let unknown = unknown_name(gap, &ws[k..], labelled);
            return Gap::Words {
                partner,
                request,
                unknown,
            };
        }
    }
    Gap::Connectors { partner, request }
}

/// A body's name the registry does not know: a head word (`Sở`, `Phòng`, `Trung tâm`)
/// with a capitalised name after single-word heads, standing where a name stands —
/// in a labelled list, or before `chủ trì`, `phối hợp`, `thực hiện`.
fn unknown_name(gap: &str, ws: &[Word], labelled: bool) -> Option<Range<usize>> {
    let first = ws.first()?;
    let second = ws.get(1);
    let multi = HEAD_WORDS
        .iter()
        .filter_map(|h| h.split_once(' '))
        .any(|(a, b)| first.is(gap, a) && second.is_some_and(|w| w.is(gap, b)));
    let single = HEAD_WORDS.iter().any(|h| first.is(gap, h))
        && ws
            .get(1)
            .is_some_and(|w| gap[w.range.clone()].starts_with(char::is_uppercase));
    if !(multi || single) || !gap[first.range.clone()].starts_with(char::is_uppercase) {
        return None;
    }
    let end = unknown_end(gap, first.range.start);
    let before_verb = ["chu tri", "phoi hop", "thuc hien"]
        .iter()
        .any(|v| fold_starts_with(&gap[end..], v));
    (labelled || before_verb).then_some(first.range.start..end)
}

/// Reads a clause: `text`, with `mentions` the bodies named in it.
fn read_clause<'r>(mentions: Vec<Mention<'r>>, text: &str, labelled: bool) -> Clause<'r> {
    let mut ws = words(text);
    let (first, second) = (ws.next(), ws.next());
    let mut start = 0;
    let mut requested = false;
    // `Đề nghị` or `Giao` before the names.
    match (&first, &second) {
        (Some(w0), Some(w1)) if w0.is(text, "de") && w1.is(text, "nghi") => {
            requested = true;
            start = w1.range.end;
        }
        (Some(w0), _) if w0.is(text, "giao") => start = w0.range.end,
        _ => {}
    }
    let mut mentions = mentions
        .into_iter()
        .filter(|(r, _)| r.start >= start)
        .peekable();
    let mut names = Vec::new();
    let mut role = Role::Lead;
    let mut at = start;
    loop {
        let gap_end = mentions.peek().map_or(text.len(), |(r, _)| r.start);
        match read_gap(&text[at..gap_end], labelled) {
            Gap::Connectors { partner, request } => {
                role = if partner { Role::Partner } else { role };
                requested |= request;
            }
            Gap::Words {
                partner,
                request,
                unknown,
            } => {
                role = if partner { Role::Partner } else { role };
                requested |= request;
                if let Some(u) = unknown {
                    names.push((at + u.start..at + u.end, None, role, requested));
                }
                if !labelled {
                    break;
                }
            }
        }
        match mentions.next() {
            Some((r, m)) => {
                at = r.end;
                names.push((r, Some(m), role, requested));
            }
            None => break,
        }
    }
    Clause { names }
}

/// Where an unknown name ends: at a comma, a semicolon, a parenthesis, or before
/// `chủ trì` / `phối hợp` / `thực hiện`.
fn unknown_end(text: &str, from: usize) -> usize {
    let rest = &text[from..];
    let mut end = rest
        .find(&[',', ';', '(', ')', ':', '.'][..])
        .unwrap_or(rest.len());
    for stop in [
        " chủ trì",
        " phối hợp",
        " thực hiện",
        " triển khai",
        " tổ chức",
        " và ",
    ] {
        if let Some(i) = rest[..end].find(stop) {
            end = i;
        }
    }
    from + rest[..end].trim_end().len()
}

/// Whether text after a name says it is written with its successor: `(nay là …)`.
pub(crate) fn historical_after(text: &str, end: usize) -> bool {
    let rest = text.get(end..).unwrap_or("").trim_start();
    // Only the first few words count: at most 40 bytes, cut where a character starts
    // (so the cost per name is bounded, whatever follows it).
    let mut cut = rest.len().min(40);
    while !rest.is_char_boundary(cut) {
        cut -= 1;
    }
    fold_starts_with(&rest[..cut], "nay la")
}

/// Who is responsible for each task, from the names `found` in the blocks.
pub fn extract<'r>(doc: &Document, source: &str, found: &mut BlockMentions<'r>) -> Assignments<'r> {
    let mut out = Assignments {
        assignees: Vec::new(),
        own_lead: vec![false; doc.outline.nodes.len()],
    };
    for node in doc.outline.walk() {
        let b = doc.outline.nodes[node].block;
        let block = doc.block_of(node);
        let title = block.title();
        let offset = block.text.len() - title.len();

        // Form 3: a labelled line gives its parent (or, for `Phân công`, its section) a lead.
        if let Some((label_len, role)) = label_of(title) {
            let target = match role {
                // Under an assignment item (`b) Phân công`), for the items beside it.
                Some(_) => {
                    doc.outline.nodes[node]
                        .parent
                        .map(|p| match doc.outline.nodes[p].parent {
                            Some(section) if is_assignment_item(doc, p) => section,
                            _ => p,
                        })
                }
                None => section_of(doc, node),
            };
            let value = &title[label_len..];
            let at = offset + label_len;
            let named = found.within(doc, b, at..at + value.len());
            let clause = read_clause(named, value, role.is_some());
            let found = push(
                &mut out,
                doc,
                source,
                block,
                offset + label_len,
                value,
                clause,
                role,
                target,
            );
            if found {
                if let Some(t) = target {
                    out.own_lead[t] = true;
                }
            }
            continue;
        }

        // Forms 1 and 4: the item opens with the body.
        let named = found.within(doc, b, offset..block.text.len());
        let clause = read_clause(named, title, false);
        if push(
            &mut out,
            doc,
            source,
            block,
            offset,
            title,
            clause,
            None,
            Some(node),
        ) {
            out.own_lead[node] = true;
        }
        // Form 2 inside the item: `(… chủ trì …)`, `(… thực hiện)`.
        for (range, inner) in parentheticals(title) {
            let named = found.within(doc, b, offset + range.start..offset + range.end);
            let clause = read_clause(named, inner, false);
            if push(
                &mut out,
                doc,
                source,
                block,
                offset + range.start,
                inner,
                clause,
                None,
                Some(node),
            ) {
                out.own_lead[node] = true;
            }
        }
        // Paragraphs under the item: a parenthesis for the items above, or a
        // paragraph that opens with the bodies (`Các sở, ngành, đoàn thể tỉnh:`).
        for &p in &doc.outline.nodes[node].paragraphs {
            let para = &doc.blocks[p];
            let text = para.text.as_str();
            let (start, inner) = match text.strip_prefix('(') {
                Some(t) => (1, t.strip_suffix(").").or(t.strip_suffix(')')).unwrap_or(t)),
                None => (0, text),
            };
            // A parenthesis after the last item of a list covers the whole list.
            let n = &doc.outline.nodes[node];
            let last_of_list =
                n.parent.is_some() && doc.outline.children(n.parent).last() == Some(&node);
            let target = match (start, last_of_list) {
                (1, true) => n.parent.unwrap_or(node),
                _ => node,
            };
            let named = found.within(doc, p, start..start + inner.len());
            let clause = read_clause(named, inner, false);
            if push(
                &mut out,
                doc,
                source,
                para,
                start,
                inner,
                clause,
                None,
                Some(target),
            ) {
                out.own_lead[target] = true;
            }
            // A task written as a plain paragraph under its heading, assigned by the
            // parenthesis it ends with: `Tăng cường … (Công an tỉnh chủ trì, phối hợp …).`
            if start == 0 {
                for (range, inner) in parentheticals(text) {
                    let named = found.within(doc, p, range.clone());
                    let clause = read_clause(named, inner, false);
                    if push(
                        &mut out,
                        doc,
                        source,
                        para,
                        range.start,
                        inner,
                        clause,
                        None,
                        Some(node),
                    ) {
                        out.own_lead[node] = true;
                    }
                }
            }
        }
    }
    out
}

/// Records a clause's names; true when it named a lead.
#[allow(clippy::too_many_arguments)]
fn push<'r>(
    out: &mut Assignments<'r>,
    doc: &Document,
    source: &str,
    block: &Block,
    offset: usize,
    text: &str,
    clause: Clause<'r>,
    label_role: Option<Role>,
    covers: Option<usize>,
) -> bool {
    let mut lead = false;
    for (range, matched, role, requested) in clause.names {
        let role = label_role.unwrap_or(role);
        lead |= role == Role::Lead;
        let in_block = offset + range.start..offset + range.end;
        out.assignees.push(Assignee {
            span: block.source_span(&doc.lines, source, in_block),
            name: text[range.clone()].to_owned(),
            historical: historical_after(text, range.end),
            matched,
            role,
            requested,
            covers,
        });
    }
    lead
}

/// `Cơ quan thực hiện: …` → (length of the label and colon, its role).
pub(crate) fn label_of(title: &str) -> Option<(usize, Option<Role>)> {
    let colon = title.find(':')?;
    let label = fold(&title[..colon]);
    let (_, role) = LABELS.iter().find(|(l, _)| label == *l)?;
    Some((colon + 1, *role))
}

/// Titles of an item that assigns the items beside it (`a) <task>`, then `b) Phân
/// công` with `- Cơ quan thực hiện: …` under it), folded.
const ASSIGNMENT_ITEMS: &[&str] = &[
    "phan cong",
    "phan cong thuc hien",
    "phan cong trach nhiem",
    "to chuc thuc hien",
    "trach nhiem thuc hien",
];

/// Whether `node` is an item inside a section whose title only says that it assigns.
fn is_assignment_item(doc: &Document, node: usize) -> bool {
    let title = doc.block_of(node).title();
    // the title alone: a long one is a task that happens to start so
    title.len() <= 40 && ASSIGNMENT_ITEMS.contains(&fold(title).as_str())
}

/// The section a `Phân công` line covers: the nearest item above it that is not a
/// bullet or a lettered item.
fn section_of(doc: &Document, node: usize) -> Option<usize> {
    let mut at = doc.outline.nodes[node].parent;
    while let Some(n) = at {
        match doc.marker_of(n).map(|m| m.style) {
            Some(Style::Bullet(_) | Style::Letter { .. }) => at = doc.outline.nodes[n].parent,
            _ => return Some(n),
        }
    }
    None
}

/// The parentheses of a text that assign: they hold `chủ trì`, `thực hiện` or `phối hợp`.
fn parentheticals(text: &str) -> Vec<(Range<usize>, &str)> {
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(open) = text[from..].find('(').map(|i| from + i) {
        let Some(close) = text[open..].find(')').map(|i| open + i) else {
            break;
        };
        let inner = &text[open + 1..close];
        let f = fold(inner);
        if ["chu tri", "thuc hien", "phoi hop", "trien khai"]
            .iter()
            .any(|k| crate::text::contains_words(&f, k))
        {
            out.push((open + 1..close, inner));
        }
        from = close + 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn historical_after_reads_the_first_words_only() {
        let after = |text: &str, name: &str| historical_after(text, name.len());
        assert!(after(
            "Sở Lao động (nay là Sở Nội vụ) thực hiện",
            "Sở Lao động"
        ));
        assert!(after("Sở Lao động, NAY LÀ Sở Nội vụ", "Sở Lao động"));
        assert!(!after("Sở Lao động chủ trì (nay là …)", "Sở Lao động"));
        assert!(!after("Sở Lao động", "Sở Lao động"));
        // Past 40 bytes nothing counts, and a character across the cut is no problem.
        let far = format!("X ({} nay là Sở Nội vụ)", "·".repeat(20));
        assert!(!after(&far, "X"));
        let across = format!("X {}ề nay là", "(".repeat(39));
        assert!(!after(&across, "X"));
    }

    #[test]
    fn gaps_of_connectors_and_unknown_heads() {
        assert!(matches!(
            read_gap(" chủ trì, phối hợp với các ", false),
            Gap::Connectors {
                partner: true,
                request: false
            }
        ));
        assert!(matches!(
            read_gap(" và ", false),
            Gap::Connectors {
                partner: false,
                request: false
            }
        ));
        assert!(matches!(
            read_gap(" và đề nghị ", true),
            Gap::Connectors {
                partner: false,
                request: true
            }
        ));
        match read_gap(", Sở Ngoại vụ chủ trì ", false) {
            Gap::Words {
                unknown: Some(r), ..
            } => {
                assert_eq!(&", Sở Ngoại vụ chủ trì "[r], "Sở Ngoại vụ")
            }
            _ => panic!("an unknown head word before chủ trì is a name"),
        }
        assert!(matches!(
            read_gap(" tổ chức tuyên truyền ", false),
            Gap::Words { unknown: None, .. }
        ));
    }
}
