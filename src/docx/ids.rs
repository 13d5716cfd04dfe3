//! What a part defines for each id (`w:styleId`, `w:abstractNumId`, `w:numId`).

use rustc_hash::FxHashMap as HashMap;

/// Definitions by id, a later definition of an id replacing the earlier one. One hash
/// map of ids to positions serves every kind of definition: one copy of the map's code
/// in the wasm, not one per kind.
#[derive(Clone, Debug)]
pub struct ById<T> {
    index: HashMap<String, usize>,
    items: Vec<T>,
}

impl<T> Default for ById<T> {
    fn default() -> Self {
        ById {
            index: HashMap::default(),
            items: Vec::new(),
        }
    }
}

impl<T> ById<T> {
    /// Sets what `id` defines.
    pub fn insert(&mut self, id: String, item: T) {
        let next = self.items.len();
        let at = *self.index.entry(id).or_insert(next);
        if at == next {
            self.items.push(item);
        } else {
            self.items[at] = item;
        }
    }

    pub fn get(&self, id: &str) -> Option<&T> {
        self.index.get(id).map(|&at| &self.items[at])
    }
}
