//! Text handling shared by the reader and the rules.
pub mod case;
pub mod chars;
pub mod source;
pub mod vietnamese;
pub mod words;

pub use source::Source;
pub use vietnamese::{contains_words, fold};

/// Owned texts joined by `separator`, through the join of borrowed ones: the standard
/// `join` is a copy of its code for each kind of item, and the wasm needs only one.
pub fn join(items: &[String], separator: &str) -> String {
    items
        .iter()
        .map(String::as_str)
        .collect::<Vec<_>>()
        .join(separator)
}
