//! Signers' titles (`data/titles.txt`): each head's title and the titles of the deputies
//! who sign for that head (`KT. BỘ TRƯỞNG` / `THỨ TRƯỞNG`), as Nghị định 30/2020/NĐ-CP
//! (Phụ lục I) writes a signature block: the signing authority, then the signer's
//! title. A deputy's title is not always "Phó" + the head's: the deputy of a Bộ trưởng
//! is a Thứ trưởng ("PHÓ BỘ TRƯỞNG" does not exist).
//!
//! The data has one head a line, `<head's title> | <deputy's title>; <another> …`, the
//! first deputy's title the one suggested. Titles match regardless of case, marks and
//! spacing, as whole words at the start of a line (`PHÓ GIÁM ĐỐC SỞ`); the longest title
//! wins (`Tổng cục trưởng` before `Cục trưởng`). `Thủ trưởng` (the head of an agency) is
//! left out: without its marks it is `Thứ trưởng`. `build.rs` reads the data (with
//! `src/reader/titles_data.rs`) into the static table below, the titles folded, so that
//! the wasm carries the data and not its parser.

use super::closing::starts_with_words;
use crate::text::case::upper_str;

/// A head's title and its deputies', as written in the data and folded.
#[derive(Debug)]
pub struct Title {
    pub head: &'static str,
    head_key: &'static str,
    /// The deputies' titles, the suggested one first.
    pub deputies: &'static [&'static str],
    deputy_keys: &'static [&'static str],
}

impl Title {
    /// Whether folded `line` starts with one of the deputies' titles.
    pub fn is_deputy(&self, line: &str) -> bool {
        self.deputy_keys.iter().any(|k| starts_with_words(line, k))
    }
}

include!(concat!(env!("OUT_DIR"), "/titles.rs"));

/// The titles of `data/titles.txt`.
pub fn titles() -> &'static [Title] {
    TITLES
}

/// The title whose head's title starts folded `line` (the longest).
pub fn by_head(line: &str) -> Option<&'static Title> {
    titles()
        .iter()
        .filter(|t| starts_with_words(line, t.head_key))
        .max_by_key(|t| t.head_key.len())
}

/// The title one of whose deputies' titles starts folded `line` (the longest).
pub fn by_deputy(line: &str) -> Option<&'static Title> {
    titles()
        .iter()
        .filter_map(|t| {
            let len = t
                .deputy_keys
                .iter()
                .filter(|k| starts_with_words(line, k))
                .map(|k| k.len())
                .max()?;
            Some((t, len))
        })
        .max_by_key(|(_, len)| *len)
        .map(|(t, _)| t)
}

/// Whether folded `line` starts with a head's or a deputy's title.
pub fn is_title(line: &str) -> bool {
    by_head(line).is_some() || by_deputy(line).is_some()
}

/// `title` in the case of `like`: upper case when `like` has no lower-case letter.
pub fn in_case_of(title: &str, like: &str) -> String {
    if like.chars().any(char::is_lowercase) {
        title.to_owned()
    } else {
        upper_str(title)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::reader::titles_data::parse;
    use crate::text::fold;

    #[test]
    fn the_table_is_the_data_read_and_folded() {
        let read = parse(include_str!("../../data/titles.txt")).unwrap();
        assert!(read.len() >= 20);
        assert_eq!(read.len(), titles().len());
        for (r, t) in read.iter().zip(titles()) {
            assert_eq!(r.head, t.head);
            assert_eq!(r.deputies, t.deputies);
            assert_eq!(fold(&r.head), t.head_key);
            let keys: Vec<String> = r.deputies.iter().map(|d| fold(d)).collect();
            assert_eq!(keys, t.deputy_keys);
        }
    }

    #[test]
    fn every_title_is_told_apart_by_its_words() {
        for t in titles() {
            assert_eq!(by_head(t.head_key).map(|b| b.head), Some(t.head));
            for d in t.deputy_keys {
                assert_eq!(by_deputy(d).map(|b| b.head), Some(t.head), "{d}");
            }
        }
    }

    #[test]
    fn a_title_without_its_deputies_is_a_mistake_named_by_its_line() {
        let err = parse("# a comment\nChủ tịch |\n").err().unwrap();
        assert!(err.contains("titles.txt:2"), "{err}");
        assert!(parse("Chủ tịch\n").is_err());
        assert!(parse(" | Phó Chủ tịch\n").is_err());
    }

    #[test]
    fn deputies_by_head() {
        let minister = by_head(&fold("BỘ TRƯỞNG")).unwrap();
        assert!(minister.is_deputy(&fold("THỨ TRƯỞNG")));
        assert!(!minister.is_deputy(&fold("PHÓ BỘ TRƯỞNG")));
        assert_eq!(
            by_head(&fold("TỔNG CỤC TRƯỞNG")).unwrap().head,
            "Tổng cục trưởng"
        );
        assert_eq!(by_head(&fold("CỤC TRƯỞNG")).unwrap().head, "Cục trưởng");
        assert_eq!(
            by_deputy(&fold("PHÓ CHỦ TỊCH THƯỜNG TRỰC")).unwrap().head,
            "Chủ tịch"
        );
        assert_eq!(in_case_of("Thứ trưởng", "KT. BỘ TRƯỞNG"), "THỨ TRƯỞNG");
        assert_eq!(in_case_of("Thứ trưởng", "KT. Bộ trưởng"), "Thứ trưởng");
    }
}
