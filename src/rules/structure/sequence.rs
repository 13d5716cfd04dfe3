//! Walks sibling items of one marker style and reports where their count breaks:
//! the shared mechanism of S003 (numbers) and S004 (letters).

use crate::model::Outline;
use crate::reader::Style;

pub enum Break {
    /// The first item of a list is not the first number (or letter).
    BadStart {
        node: usize,
        missing: Vec<u32>,
    },
    /// Items between `prev` and `node` are missing.
    Gap {
        prev: usize,
        node: usize,
        missing: Vec<u32>,
    },
    Repeat {
        node: usize,
    },
    Backwards {
        prev: usize,
        node: usize,
    },
    /// A letter outside the Vietnamese list sequence (f, j, w, z).
    OutOfAlphabet {
        prev: Option<usize>,
        node: usize,
    },
    /// `2.1` under item `3.`, or `3.1` right after `2.3`.
    WrongPrefix {
        node: usize,
        expected: Vec<u32>,
    },
}

/// What a message about a break names: the item, the one before it, and the ones
/// missing (or, for a wrong prefix, the prefix expected; for a letter outside the
/// alphabet, the letter it should be, if known).
pub struct Labels {
    pub node: usize,
    pub this: String,
    pub prev: String,
    pub missing: String,
}

impl Break {
    pub fn labels(&self, outline: &Outline) -> Labels {
        let style_value = |n: usize| {
            outline
                .marker_of(n)
                .map_or((Style::Roman, &[][..]), |m| (m.style, m.value.as_slice()))
        };
        let (node, prev, missing) = match self {
            Break::Gap {
                prev,
                node,
                missing,
            } => {
                let (style, value) = style_value(*node);
                (*node, Some(*prev), missing_labels(style, value, missing))
            }
            Break::BadStart { node, missing } => {
                let (style, value) = style_value(*node);
                (*node, None, missing_labels(style, value, missing))
            }
            Break::Repeat { node } => (*node, None, String::new()),
            Break::Backwards { prev, node } => (*node, Some(*prev), String::new()),
            Break::OutOfAlphabet { prev, node } => {
                let should = prev
                    .and_then(|p| outline.marker_of(p))
                    .map(|m| m.ordinal() + 1)
                    .filter(|&v| v > 1)
                    .map_or(String::new(), |v| label(style_value(*node).0, &[v]));
                (*node, *prev, should)
            }
            Break::WrongPrefix { node, expected } => (*node, None, dotted(expected)),
        };
        Labels {
            node,
            this: label_of(outline, node),
            prev: prev.map_or(String::new(), |p| label_of(outline, p)),
            missing,
        }
    }
}

/// Every break among siblings whose style `wanted` accepts.
pub fn breaks(outline: &Outline, wanted: fn(Style) -> bool) -> Vec<Break> {
    let mut out = Vec::new();
    let parents = std::iter::once(None).chain(outline.walk().map(Some));
    for parent in parents {
        let children = outline.children(parent);
        let mut styles: Vec<Style> = Vec::new();
        for &c in children {
            if let Some(m) = outline.marker_of(c) {
                if wanted(m.style) && !styles.contains(&m.style) {
                    styles.push(m.style);
                }
            }
        }
        for style in styles {
            let siblings: Vec<usize> = children
                .iter()
                .copied()
                .filter(|&c| outline.marker_of(c).is_some_and(|m| m.style == style))
                .collect();
            walk(outline, parent, &siblings, &mut out);
        }
    }
    out
}

fn value(outline: &Outline, node: usize) -> &[u32] {
    outline.marker_of(node).map_or(&[], |m| m.value.as_slice())
}

fn walk(outline: &Outline, parent: Option<usize>, siblings: &[usize], out: &mut Vec<Break>) {
    let mut prev: Option<usize> = None;
    let mut unknown_prev = false; // after a letter outside the alphabet, the count is lost
    for &node in siblings {
        let v = value(outline, node);
        let n = v.last().copied().unwrap_or(0);
        if n == 0 {
            out.push(Break::OutOfAlphabet { prev, node });
            unknown_prev = true;
            prev = Some(node);
            continue;
        }
        if let Some(expected) = prefix_expected(outline, parent, prev, v) {
            out.push(Break::WrongPrefix { node, expected });
        }
        match prev {
            _ if unknown_prev => unknown_prev = false,
            None => {
                let start = continued_from(outline, parent, node).map_or(1, |last| last + 1);
                if n > start {
                    out.push(Break::BadStart {
                        node,
                        missing: (start..n).collect(),
                    });
                }
            }
            Some(p) => {
                let pn = value(outline, p).last().copied().unwrap_or(0);
                if n == pn + 1 {
                } else if n == pn {
                    out.push(Break::Repeat { node });
                } else if n > pn {
                    out.push(Break::Gap {
                        prev: p,
                        node,
                        missing: (pn + 1..n).collect(),
                    });
                } else {
                    out.push(Break::Backwards { prev: p, node });
                }
            }
        }
        prev = Some(node);
    }
}

/// For decimal items (`2.1`): the prefix they should carry, when they carry another.
fn prefix_expected(
    outline: &Outline,
    parent: Option<usize>,
    prev: Option<usize>,
    v: &[u32],
) -> Option<Vec<u32>> {
    if v.len() < 2 {
        return None;
    }
    let prefix = &v[..v.len() - 1];
    if let Some(p) = prev {
        let pv = value(outline, p);
        if pv.len() == v.len() && &pv[..pv.len() - 1] != prefix {
            return Some(pv[..pv.len() - 1].to_vec());
        }
        return None;
    }
    let parent_marker = outline.marker_of(parent?)?;
    match parent_marker.style {
        Style::Arabic { .. }
            if parent_marker.value.len() == prefix.len() && parent_marker.value != prefix =>
        {
            Some(parent_marker.value.clone())
        }
        _ => None,
    }
}

/// When items are numbered on from the previous part (I: 1–3, II: 4–5), the last
/// number of the same style under the parent's previous sibling.
fn continued_from(outline: &Outline, parent: Option<usize>, node: usize) -> Option<u32> {
    let parent = parent?;
    let style = outline.marker_of(node)?.style;
    let p = &outline.items[parent];
    let uncle = *outline.children(p.parent).get(p.index.checked_sub(1)?)?;
    let cousin = outline.items[uncle]
        .children
        .iter()
        .rev()
        .find(|&&c| outline.marker_of(c).is_some_and(|m| m.style == style))?;
    value(outline, *cousin).last().copied()
}

/// How an item is named in a message: `III`, `2.1`, `(3)`, `c)`.
pub fn label(style: Style, value: &[u32]) -> String {
    let n = value.last().copied().unwrap_or(0);
    match style {
        Style::Part | Style::Roman => crate::reader::marker::to_roman(n),
        Style::Arabic { paren: true, .. } => format!("{n})"),
        Style::Arabic { .. } => dotted(value),
        Style::ParenNumber => format!("({n})"),
        Style::Letter { upper, .. } => {
            let c = crate::text::vietnamese::LIST_LETTERS
                .get((n as usize).wrapping_sub(1))
                .copied()
                .unwrap_or('?');
            let c = if upper {
                crate::text::case::upper(c)
            } else {
                c
            };
            format!("{c})")
        }
        Style::Bullet(c) => c.to_string(),
    }
}

/// Numbers joined by dots: `2.1.3`.
fn dotted(value: &[u32]) -> String {
    let numbers: Vec<String> = value.iter().map(u32::to_string).collect();
    crate::text::join(&numbers, ".")
}

/// The label of an existing item, as written.
pub fn label_of(outline: &Outline, node: usize) -> String {
    outline
        .marker_of(node)
        .map_or(String::new(), |m| match m.style {
            Style::Letter { .. } => format!("{})", m.label),
            style if m.value.iter().all(|&v| v > 0) => label(style, &m.value),
            _ => m.label.clone(),
        })
}

/// Labels of missing items `numbers` of `style`, in the list of `like` (same prefix).
pub fn missing_labels(style: Style, like: &[u32], numbers: &[u32]) -> String {
    let prefix = &like[..like.len().saturating_sub(1)];
    let shown: Vec<String> = numbers
        .iter()
        .take(3)
        .map(|&n| {
            let mut v = prefix.to_vec();
            v.push(n);
            label(style, &v)
        })
        .collect();
    let more = if numbers.len() > 3 { ", …" } else { "" };
    format!("{}{more}", crate::text::join(&shown, ", "))
}
