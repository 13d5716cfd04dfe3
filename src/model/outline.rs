//! The outline of the model: the parts and numbered items of a document, each with its
//! marker, its title, the parts of the regime it names and where it stands. The text
//! reader gives every heading of the body; the form reader one item per section field.

use crate::finding::Location;
use crate::form::Invalid;
use crate::reader::parts::parts_for;
use crate::reader::{DocKind, Marker};

/// The parts and items of a document, as a tree.
#[derive(Clone, Debug)]
pub struct Outline {
    pub items: Vec<Item>,
    pub roots: Vec<usize>,
    /// Whether the parts are numbered headings a person types (`I. MỤC TIÊU`), rather
    /// than the fields of a form.
    pub numbered: bool,
    /// Where a missing part goes when no part follows it: the type name, else the
    /// first line.
    pub fallback: Location,
}

/// One part or item.
#[derive(Clone, Debug)]
pub struct Item {
    pub marker: Option<Marker>,
    /// The words after the marker.
    pub title: String,
    /// Which of the regime's parts ([`parts_for`]) the title names, one bit each; for
    /// the parts and their items (the top two levels), none below.
    pub parts: u32,
    pub at: Location,
    pub parent: Option<usize>,
    pub children: Vec<usize>,
    /// Place among the parent's children (or the roots).
    pub index: usize,
    /// Whether anything stands under it.
    pub has_content: bool,
    /// A part given but not readable as text (a form section of the wrong type).
    pub problem: Option<Invalid>,
}

impl Item {
    /// The first of the regime's parts its title names.
    pub fn role(&self) -> Option<usize> {
        (self.parts != 0).then(|| self.parts.trailing_zeros() as usize)
    }

    pub fn names(&self, part: usize) -> bool {
        part < 32 && self.parts & (1 << part) != 0
    }
}

impl Outline {
    pub fn marker_of(&self, item: usize) -> Option<&Marker> {
        self.items[item].marker.as_ref()
    }

    /// The children of `parent` (the roots for `None`).
    pub fn children(&self, parent: Option<usize>) -> &[usize] {
        match parent {
            Some(p) => &self.items[p].children,
            None => &self.roots,
        }
    }

    /// Every item, parents before children, in document order.
    pub fn walk(&self) -> impl Iterator<Item = usize> + '_ {
        crate::reader::outline::preorder(&self.roots, |n| &self.items[n].children)
    }

    /// Where the finding about missing part `part` of `kind` goes: the form's field of
    /// that part; in a text, the part that stands where it belongs (the first later
    /// part), else the last part, else the fallback. `None` when a form has no field
    /// for it.
    pub fn missing_at(&self, kind: DocKind, part: usize) -> Option<Location> {
        if !self.numbered {
            let key = parts_for(kind).get(part)?.form_key?;
            return Some(Location::Path(format!("/sections/{key}")));
        }
        let after = self
            .roots
            .iter()
            .find(|&&r| self.items[r].role().is_some_and(|i| i > part));
        Some(match after.or(self.roots.last()) {
            Some(&r) => self.items[r].at.clone(),
            None => self.fallback.clone(),
        })
    }
}
