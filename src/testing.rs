//! Deterministic "random" inputs for the tests that compare a fast path with its
//! reference: the same texts on every run and machine, no dependency.

/// A linear congruential generator.
pub(crate) struct Lcg(pub u32);

impl Lcg {
    pub fn next(&mut self) -> u32 {
        self.0 = self.0.wrapping_mul(1_103_515_245).wrapping_add(12_345);
        self.0
    }

    /// A text of up to `2^bits - 1` pieces, each drawn from `pieces`.
    pub fn text(&mut self, pieces: &[&str], bits: u32) -> String {
        let count = self.next() >> (32 - bits);
        (0..count)
            .map(|_| pieces[(self.next() >> 16) as usize % pieces.len()])
            .collect()
    }
}
