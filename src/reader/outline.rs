//! The outline of the body: parts, numbered and lettered items at every level, bullets
//! and paragraphs. Nesting follows the markers, not the markdown heading depth (exports
//! put `##` and `###` on items of the same level).

use super::blocks::Block;
use super::marker::Style;

#[derive(Clone, Debug, Default)]
pub struct Node {
    /// Index of the block that opens this node (its marker and title).
    pub block: usize,
    pub children: Vec<usize>,
    /// Unmarked blocks under this node.
    pub paragraphs: Vec<usize>,
    pub parent: Option<usize>,
    /// Place among the parent's children (or the roots).
    pub index: usize,
}

#[derive(Clone, Debug, Default)]
pub struct Outline {
    pub nodes: Vec<Node>,
    pub roots: Vec<usize>,
    /// Unmarked blocks before the first marker of the body.
    pub preamble: Vec<usize>,
}

impl Outline {
    pub fn has_content(&self, node: usize) -> bool {
        let n = &self.nodes[node];
        !n.children.is_empty() || !n.paragraphs.is_empty()
    }

    /// The children of `parent` (the roots for `None`).
    pub fn children(&self, parent: Option<usize>) -> &[usize] {
        match parent {
            Some(p) => &self.nodes[p].children,
            None => &self.roots,
        }
    }

    /// Every node, parents before children, in document order.
    pub fn walk(&self) -> impl Iterator<Item = usize> + '_ {
        preorder(&self.roots, |n| &self.nodes[n].children)
    }
}

/// The nodes of a tree of indices, parents before children, in order: from `roots`,
/// each node's children given by `children`.
pub fn preorder<'t>(
    roots: &[usize],
    children: impl Fn(usize) -> &'t [usize] + 't,
) -> impl Iterator<Item = usize> + 't {
    let mut stack: Vec<usize> = roots.iter().rev().copied().collect();
    std::iter::from_fn(move || {
        let n = stack.pop()?;
        stack.extend(children(n).iter().rev());
        Some(n)
    })
}

/// How deep lists restarting at 1 may nest: keeps hostile input (thousands of
/// `1. 2. 1. 2.`) linear.
const MAX_DEPTH: usize = 32;

/// The number a list of this style starts at.
fn is_first(value: &[u32]) -> bool {
    value.last() == Some(&1)
}

pub fn build(blocks: &[Block], body: std::ops::Range<usize>) -> Outline {
    let mut outline = Outline::default();
    let mut stack: Vec<usize> = Vec::new();
    for b in body {
        let Some(marker) = &blocks[b].marker else {
            // A paragraph belongs to the nearest item that is not a bullet.
            match stack
                .iter()
                .rev()
                .find(|&&n| !is_bullet(blocks, &outline, n))
            {
                Some(&n) => outline.nodes[n].paragraphs.push(b),
                None => match stack.last() {
                    Some(&n) => outline.nodes[n].paragraphs.push(b),
                    None => outline.preamble.push(b),
                },
            }
            continue;
        };
        let style = marker.style;
        let same = stack
            .iter()
            .rposition(|&n| style_of(blocks, &outline, n) == style);
        match same {
            Some(k) => {
                let sibling = stack[k];
                let sibling_value = &blocks[outline.nodes[sibling].block]
                    .marker
                    .as_ref()
                    .map(|m| m.value.clone())
                    .unwrap_or_default();
                let restart = !marker.is_bullet()
                    && is_first(&marker.value)
                    && !is_first(sibling_value)
                    && marker.value.len() == sibling_value.len()
                    && stack.len() < MAX_DEPTH;
                if restart {
                    // A new list numbered from 1 again sits inside the item before it.
                    stack.truncate(k + 1);
                } else {
                    stack.truncate(k);
                }
            }
            None => {
                // Bullets hold no numbered items: a number after bullets closes them.
                if !marker.is_bullet() {
                    while stack
                        .last()
                        .is_some_and(|&n| is_bullet(blocks, &outline, n))
                    {
                        stack.pop();
                    }
                }
            }
        }
        let parent = stack.last().copied();
        let id = outline.nodes.len();
        let index = outline.children(parent).len();
        outline.nodes.push(Node {
            block: b,
            children: Vec::new(),
            paragraphs: Vec::new(),
            parent,
            index,
        });
        match parent {
            Some(p) => outline.nodes[p].children.push(id),
            None => outline.roots.push(id),
        }
        stack.push(id);
    }
    outline
}

fn style_of(blocks: &[Block], outline: &Outline, node: usize) -> Style {
    blocks[outline.nodes[node].block]
        .marker
        .as_ref()
        .map_or(Style::Bullet('?'), |m| m.style)
}

fn is_bullet(blocks: &[Block], outline: &Outline, node: usize) -> bool {
    matches!(style_of(blocks, outline, node), Style::Bullet(_))
}

#[cfg(test)]
mod tests {
    use super::super::{blocks::join, line::split_lines};
    use super::*;

    fn shape(text: &str) -> String {
        let blocks = join(&split_lines(text));
        let outline = build(&blocks, 0..blocks.len());
        fn render(o: &Outline, blocks: &[Block], ids: &[usize], out: &mut String) {
            for &id in ids {
                out.push_str(&blocks[o.nodes[id].block].marker.as_ref().unwrap().label);
                if !o.nodes[id].children.is_empty() {
                    out.push('(');
                    render(o, blocks, &o.nodes[id].children, out);
                    out.push(')');
                }
                out.push(' ');
            }
        }
        let mut out = String::new();
        render(&outline, &blocks, &outline.roots, &mut out);
        out.trim_end().replace(" )", ")")
    }

    #[test]
    fn nests_by_marker_style() {
        let text = "I. A\n1. B\n- x\n- y\n2. C\na) p\nb) q\nII. D\n2.1. E\n2.2 F\n";
        assert_eq!(shape(text), "I(1(- -) 2(a b)) II(2.1 2.2)");
    }

    #[test]
    fn a_list_restarting_at_one_nests_in_the_item_before() {
        assert_eq!(shape("1. A\n2. B\n1. x\n2. y\n"), "1 2(1 2)");
        assert_eq!(shape("1. A\n2. B\n2. C\n"), "1 2 2");
    }
}
