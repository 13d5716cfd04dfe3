//! Helpers shared by the native integration tests.
#![allow(dead_code)] // each test file uses some of them

use unicode_normalization::UnicodeNormalization;

/// The text in Unicode's canonical decomposition (NFD), marks in canonical order
/// (`ệ` is `e`, dot below, circumflex): from the `unicode-normalization` crate, not the
/// crate's own letter tables, so that a wrong letter in them cannot pass unseen.
pub fn to_nfd(s: &str) -> String {
    s.nfd().collect()
}
