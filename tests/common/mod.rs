//! Helpers shared by the native integration tests.
#![allow(dead_code)] // each test file uses some of them

use unicode_normalization::UnicodeNormalization;

/// The text in Unicode's canonical decomposition (NFD), marks in canonical order
/// (`ệ` is `e`, dot below, circumflex): from the `unicode-normalization` crate, not the
/// crate's own letter tables, so that a wrong letter in them cannot pass unseen.
pub fn to_nfd(s: &str) -> String {
    s.nfd().collect()
}

/// A fresh scratch folder for one test, under the target folder: `area/test`.
pub fn scratch(area: &str, test: &str) -> std::path::PathBuf {
    let dir = std::path::Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join(area)
        .join(test);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}
