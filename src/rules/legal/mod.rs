//! L rules: the legal documents a plan or report cites, against the catalogue of
//! `data/legal.txt`.
pub mod l001_legal_reference;
