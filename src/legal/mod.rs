//! The legal documents the anti-trafficking programme cites — a catalogue kept as data
//! (`data/legal.txt`) — and the citations of documents in a text.
//!
//! The catalogue is not complete and need not be: what it does not know is never a
//! defect. Rule L001 compares the citations it does know with it.

mod catalogue;
// The reader of data/legal.txt: build.rs uses it; the tests check its errors.
#[cfg(test)]
mod catalogue_data;
mod cite;
mod kind;
mod symbol;

pub use catalogue::{catalogue, Catalogue, Entry};
pub use cite::{
    context_after, find_citations, find_citations_with, Citation, CitedDate, Reference,
};
pub use kind::{number_key, suffix_key, symbol_year, Kind};
