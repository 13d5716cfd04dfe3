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
//! left out: without its marks it is `Thứ trưởng`. Its comments are few: the file ships
//! in the wasm.

use super::closing::starts_with_words;
use crate::text::case::upper_str;
use crate::text::fold;
use std::sync::OnceLock;

/// A head's title and its deputies', as written in the data and folded.
#[derive(Debug)]
pub struct Title {
    pub head: String,
    head_key: String,
    /// The deputies' titles, the suggested one first.
    pub deputies: Vec<String>,
    deputy_keys: Vec<String>,
}

impl Title {
    /// Whether folded `line` starts with one of the deputies' titles.
    pub fn is_deputy(&self, line: &str) -> bool {
        self.deputy_keys.iter().any(|k| starts_with_words(line, k))
    }
}

/// The titles of `data/titles.txt`.
pub fn titles() -> &'static [Title] {
    static TITLES: OnceLock<Vec<Title>> = OnceLock::new();
    // The data is checked by the tests; should it fail to parse, no titles (the deputy
    // is then "PHÓ" + the head's title) is better than a panic that kills the page.
    TITLES.get_or_init(|| parse(data_file!("titles.txt")).unwrap_or_default())
}

fn parse(data: &str) -> Result<Vec<Title>, String> {
    let mut out = Vec::new();
    for (n, line) in data.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let (head, deputies) = line
            .split_once('|')
            .ok_or_else(|| format!("line {}: no `|` between head and deputies", n + 1))?;
        let deputies: Vec<String> = deputies
            .split(';')
            .map(|d| d.trim().to_owned())
            .filter(|d| !d.is_empty())
            .collect();
        if head.trim().is_empty() || deputies.is_empty() {
            return Err(format!("line {}: a head and a deputy are needed", n + 1));
        }
        out.push(Title {
            head: head.trim().to_owned(),
            head_key: fold(head),
            deputy_keys: deputies.iter().map(|d| fold(d)).collect(),
            deputies,
        });
    }
    Ok(out)
}

/// The title whose head's title starts folded `line` (the longest).
pub fn by_head(line: &str) -> Option<&'static Title> {
    titles()
        .iter()
        .filter(|t| starts_with_words(line, &t.head_key))
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
                .map(String::len)
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

    #[test]
    fn the_data_parses() {
        let titles = parse(include_str!("../../data/titles.txt")).unwrap();
        assert!(titles.len() >= 20);
        // every head and deputy is told apart from the others by its words
        for t in &titles {
            assert_eq!(by_head(&t.head_key).map(|b| &b.head), Some(&t.head));
            for d in &t.deputy_keys {
                assert_eq!(by_deputy(d).map(|b| &b.head), Some(&t.head), "{d}");
            }
        }
        assert!(parse("Chủ tịch |\n").is_err());
        assert!(parse("Chủ tịch\n").is_err());
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
