//! The lexicon's map of folded words: every word of every block of a document is
//! looked up in it, and a general hash map spends a hundred instructions a look-up.
//! A word of up to 16 bytes (nearly all) is packed into two numbers and its length,
//! which are its key: no hashing of bytes, no `memcmp`, and a collision can only
//! cost a probe, never a wrong answer. Longer words go to an ordinary map.

use rustc_hash::FxHashMap;

/// Words longer than this go to the ordinary map.
const PACKED: usize = 16;

#[derive(Clone, Copy, Debug)]
struct Slot<V> {
    a: u64,
    b: u64,
    /// 0 for an empty slot (an empty key goes to the ordinary map).
    len: u8,
    value: V,
}

#[derive(Debug)]
pub(crate) struct WordMap<V> {
    /// A power of two long, at most half full: a probe always ends.
    slots: Vec<Slot<V>>,
    used: usize,
    long: FxHashMap<Box<[u8]>, V>,
}

impl<V: Copy + Default> Default for WordMap<V> {
    fn default() -> Self {
        WordMap {
            slots: vec![Slot::empty(); 16],
            used: 0,
            long: FxHashMap::default(),
        }
    }
}

impl<V: Copy + Default> Slot<V> {
    fn empty() -> Self {
        Slot {
            a: 0,
            b: 0,
            len: 0,
            value: V::default(),
        }
    }
}

/// Bytes as a little-endian number.
fn number(bytes: &[u8]) -> u64 {
    bytes.iter().rev().fold(0, |n, &x| (n << 8) | u64::from(x))
}

/// The packed key of a word of 1 to [`PACKED`] bytes.
fn pack(key: &[u8]) -> Option<(u64, u64, u8)> {
    if key.is_empty() || key.len() > PACKED {
        return None;
    }
    let (a, b) = key.split_at(key.len().min(8));
    Some((number(a), number(b), key.len() as u8))
}

fn start(a: u64, b: u64, mask: usize) -> usize {
    let h = (a ^ b.rotate_left(29)).wrapping_mul(0xf135_7aea_2e62_a9c5);
    (h >> 40) as usize & mask
}

impl<V: Copy + Default> WordMap<V> {
    /// The number of keys.
    pub fn len(&self) -> usize {
        self.used + self.long.len()
    }

    /// The slot of a packed key, or the empty slot where it would go.
    fn slot(&self, (a, b, len): (u64, u64, u8)) -> usize {
        let mask = self.slots.len() - 1;
        let mut i = start(a, b, mask);
        while let Some(s) = self.slots.get(i) {
            if s.len == 0 || (s.a == a && s.b == b && s.len == len) {
                break;
            }
            i = (i + 1) & mask;
        }
        i
    }

    #[inline]
    pub fn get(&self, key: &[u8]) -> Option<V> {
        let Some(packed) = pack(key) else {
            return self.get_long(key);
        };
        let s = self.slots.get(self.slot(packed))?;
        (s.len != 0).then_some(s.value)
    }

    /// Out of line, so that the look-up of a short word sets up no frame for it.
    #[cold]
    #[inline(never)]
    fn get_long(&self, key: &[u8]) -> Option<V> {
        self.long.get(key).copied()
    }

    /// The value of `key`, inserting `value` first if the key is new.
    pub fn get_or_insert(&mut self, key: &[u8], value: V) -> &mut V {
        let Some(packed) = pack(key) else {
            return self.long.entry(key.into()).or_insert(value);
        };
        if 2 * (self.used + 1) > self.slots.len() {
            self.grow();
        }
        let i = self.slot(packed);
        let slots_len = self.slots.len();
        let used = &mut self.used;
        let s = &mut self.slots[i % slots_len];
        if s.len == 0 {
            let (a, b, len) = packed;
            *s = Slot { a, b, len, value };
            *used += 1;
        }
        &mut s.value
    }

    fn grow(&mut self) {
        let size = self.slots.len() * 2;
        let old = std::mem::replace(&mut self.slots, vec![Slot::empty(); size]);
        for s in old.into_iter().filter(|s| s.len != 0) {
            let i = self.slot((s.a, s.b, s.len));
            if let Some(slot) = self.slots.get_mut(i) {
                *slot = s;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_what_it_holds_and_nothing_else() {
        let mut m = WordMap::default();
        let long = "ngh".repeat(7);
        let words: Vec<String> = (0..5000)
            .map(|i| match i % 4 {
                0 => format!("w{i}"),
                1 => format!("{long}{i}"),
                2 => format!("{i}\0"),
                _ => format!("{i}nghieng"),
            })
            .collect();
        for (i, w) in words.iter().enumerate() {
            assert_eq!(*m.get_or_insert(w.as_bytes(), i), i);
            assert_eq!(*m.get_or_insert(w.as_bytes(), 0), i);
        }
        for (i, w) in words.iter().enumerate() {
            assert_eq!(m.get(w.as_bytes()), Some(i));
        }
        for absent in [
            "", "w", "w5000", "x1", "w01", "2", "2\0\0", &long, "1nghieng",
        ] {
            assert_eq!(m.get(absent.as_bytes()), None, "{absent:?}");
        }
        *m.get_or_insert(b"", 7) += 1;
        assert_eq!(m.get(b""), Some(8));
        assert_eq!(m.len(), words.len() + 1);
        assert_eq!(WordMap::<u32>::default().get(b"a"), None);
    }
}
