//! Text handling shared by the reader and the rules.
pub mod case;
pub mod chars;
pub mod source;
pub mod vietnamese;
pub mod words;

pub use source::Source;
pub use vietnamese::{contains_words, fold};
