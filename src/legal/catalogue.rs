//! The catalogue of legal documents: `data/legal.txt` (its format is in the file's
//! header), read by `build.rs` (with `src/legal/catalogue_data.rs`) into the static
//! tables below, so that the wasm carries the data and not its parser.

use chrono::NaiveDate;

pub use super::kind::Kind;
use super::kind::{number_key, symbol_year};
use crate::text::fold;

/// One document of the catalogue.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entry {
    pub kind: Kind,
    /// As the document is numbered: `193/QĐ-TTg`.
    pub number: &'static str,
    /// The day it was signed (a law: passed).
    pub date: NaiveDate,
    pub issuer: &'static str,
    /// Short title, in Vietnamese.
    pub title: &'static str,
    /// The programme period it approves: `(2021, 2025)`.
    pub period: Option<(i32, i32)>,
    /// The year the programme's orientation reaches (`định hướng đến năm 2030`).
    pub toward: Option<i32>,
    /// For a law: its name as cited `Luật <name> năm <year>`, folded.
    pub law: Option<&'static str>,
    /// Years it was amended.
    pub amended: &'static [i32],
    /// Other ways its number is written.
    pub aka: &'static [&'static str],
    /// Folded phrases that name its subject.
    pub about: &'static [&'static str],
    /// Whether its number and date were checked against a public source; an
    /// unverified entry is never used to report.
    pub verified: bool,
    /// 1-based line in the data file.
    pub line: usize,
}

impl Entry {
    /// Whether the number carries its year (`09/2019/NĐ-CP`) and so names one document
    /// for ever; `193/QĐ-TTg` is numbered again every year.
    pub fn number_has_year(&self) -> bool {
        symbol_year(self.number).is_some()
    }

    /// `Quyết định số 193/QĐ-TTg`.
    pub fn citation(&self) -> String {
        format!("{} số {}", self.kind.name(), self.number)
    }

    /// Whether one of the `about` phrases stands, as whole words, in `text`.
    pub fn is_about(&self, text: &str) -> bool {
        if self.about.is_empty() {
            return false;
        }
        let f = fold(text);
        self.about
            .iter()
            .any(|a| crate::text::contains_words(&f, a))
    }
}

/// The catalogue, with an index from number keys (numbers and their `aka`) to entries.
#[derive(Debug)]
pub struct Catalogue {
    entries: &'static [Entry],
    /// Sorted by key.
    index: &'static [(&'static str, usize)],
}

/// A date of the data, checked by build.rs when it wrote the tables.
const fn date(year: i32, month: u32, day: u32) -> NaiveDate {
    match NaiveDate::from_ymd_opt(year, month, day) {
        Some(d) => d,
        None => panic!("a date of data/legal.txt"),
    }
}

include!(concat!(env!("OUT_DIR"), "/legal.rs"));

static CATALOGUE: Catalogue = Catalogue {
    entries: ENTRIES,
    index: INDEX,
};

/// The catalogue built in (`data/legal.txt`).
pub fn catalogue() -> &'static Catalogue {
    &CATALOGUE
}

impl Catalogue {
    pub fn entries(&self) -> &'static [Entry] {
        self.entries
    }

    /// The entry numbered `number`, written in any case, with or without marks, spaces
    /// or leading zeros.
    pub fn by_number(&self, number: &str) -> Option<&'static Entry> {
        let key = number_key(number);
        self.index
            .binary_search_by(|(k, _)| (*k).cmp(key.as_str()))
            .ok()
            .map(|i| &self.entries[self.index[i].1])
    }

    /// The folded law names (`phong chong mua ban nguoi`), each once.
    pub fn law_names(&self) -> Vec<&'static str> {
        let mut names: Vec<&str> = self.entries.iter().filter_map(|e| e.law).collect();
        names.sort_unstable();
        names.dedup();
        names
    }

    /// The laws of a folded name, oldest first.
    pub fn laws_named<'c>(&'c self, name: &'c str) -> impl Iterator<Item = &'static Entry> + 'c {
        self.entries.iter().filter(move |e| e.law == Some(name))
    }
}

#[cfg(test)]
mod tests {
    use super::super::catalogue_data;
    use super::*;
    use chrono::Datelike;

    const DATA: &str = include_str!("../../data/legal.txt");

    #[test]
    fn the_data_file_parses() {
        let read = catalogue_data::parse(DATA).unwrap_or_else(|e| panic!("{e}"));
        let cat = catalogue();
        assert!(cat.entries().len() >= 10);
        // The tables build.rs wrote are what the reader reads from the data.
        assert_eq!(read.entries.len(), cat.entries().len());
        for (r, e) in read.entries.iter().zip(cat.entries()) {
            let read_as = (
                r.kind,
                r.number.as_str(),
                r.date,
                r.issuer.as_str(),
                r.title.as_str(),
                r.period,
                r.toward,
                r.law.as_deref(),
            );
            let table = (
                e.kind, e.number, e.date, e.issuer, e.title, e.period, e.toward, e.law,
            );
            assert_eq!(read_as, table);
            assert!(r.amended == e.amended && r.aka == e.aka && r.about == e.about);
            assert_eq!((r.verified, r.line), (e.verified, e.line));
        }
        let index: Vec<(&str, usize)> = read.index.iter().map(|(k, i)| (k.as_str(), *i)).collect();
        assert_eq!(index, cat.index);
        for e in cat.entries() {
            assert!(std::ptr::eq(
                cat.by_number(e.number).unwrap(),
                cat.entries().iter().find(|x| x.number == e.number).unwrap()
            ));
        }
    }

    #[test]
    fn no_number_is_listed_twice() {
        let cat = catalogue();
        let mut keys: Vec<String> = cat
            .entries()
            .iter()
            .flat_map(|e| {
                std::iter::once(&e.number)
                    .chain(e.aka)
                    .map(|n| number_key(n))
            })
            .collect();
        let total = keys.len();
        keys.sort();
        keys.dedup();
        assert_eq!(keys.len(), total);
        let dup = "Quyết định | 1/QĐ-TTg | 01/01/2020 | Thủ tướng | A\n\
                   Quyết định | 01/qđ-ttg | 02/01/2020 | Thủ tướng | B\n";
        let Err(e) = catalogue_data::parse(dup) else {
            panic!("a number listed twice was read");
        };
        assert_eq!(e.line, 2);
    }

    #[test]
    fn the_programme_decisions_are_there() {
        let cat = catalogue();
        let q193 = cat.by_number("193/QĐ-TTg").unwrap();
        assert_eq!(q193.date, NaiveDate::from_ymd_opt(2021, 2, 9).unwrap());
        assert_eq!((q193.period, q193.toward), (Some((2021, 2025)), Some(2030)));
        let q33 = cat.by_number("33 / qd-ttg").unwrap();
        assert_eq!(q33.date, NaiveDate::from_ymd_opt(2026, 1, 7).unwrap());
        assert_eq!((q33.period, q33.toward), (Some((2026, 2030)), Some(2035)));
        assert!(cat.by_number("9/2019/ND-CP").is_some());
        assert!(cat.by_number("19/KH-BCĐ").is_some());
        assert!(!cat.by_number("53/KH-BCĐ").unwrap().verified);
        let laws: Vec<i32> = cat
            .laws_named("phong chong mua ban nguoi")
            .map(|e| e.date.year())
            .collect();
        assert_eq!(laws, [2011, 2024]);
        assert_eq!(cat.law_names(), ["phong chong mua ban nguoi"]);
    }

    #[test]
    fn bad_lines_are_reported_with_their_line() {
        let cases = [
            (
                "Quyết định | 1/QĐ-TTg | 01/01/2020 | Thủ tướng",
                "at least 5 fields",
            ),
            (
                "Sắc lệnh | 1/QĐ-TTg | 01/01/2020 | Thủ tướng | A",
                "unknown kind",
            ),
            ("Quyết định | QĐ-TTg | 01/01/2020 | Thủ tướng | A", "number"),
            (
                "Quyết định | 1/QĐ-TTg | 31/02/2020 | Thủ tướng | A",
                "not a date",
            ),
            (
                "Quyết định | 1/QĐ-TTg | 1/2/2020 | Thủ tướng | A",
                "not a date",
            ),
            (
                "Nghị định | 1/2019/NĐ-CP | 01/01/2020 | Chính phủ | A",
                "carries the year",
            ),
            ("Quyết định | 1/QĐ-TTg | 01/01/2020 | | A", "empty issuer"),
            (
                "Quyết định | 1/QĐ-TTg | 01/01/2020 | Thủ tướng | A | period=2025-2021",
                "ends before",
            ),
            (
                "Quyết định | 1/QĐ-TTg | 01/01/2020 | Thủ tướng | A | toward=năm",
                "not a year",
            ),
            (
                "Quyết định | 1/QĐ-TTg | 01/01/2020 | Thủ tướng | A | law=X",
                "not a law",
            ),
            (
                "Quyết định | 1/QĐ-TTg | 01/01/2020 | Thủ tướng | A | colour=red",
                "unknown key",
            ),
            (
                "Quyết định | 1/QĐ-TTg | 01/01/2020 | Thủ tướng | A | verified",
                "key=value",
            ),
            (
                "Quyết định | 1/QĐ-TTg | 01/01/2020 | Thủ tướng | A | verified=maybe",
                "yes or no",
            ),
        ];
        for (line, words) in cases {
            let text = format!("# comment\n\n{line}\n");
            let Err(e) = catalogue_data::parse(&text) else {
                panic!("{line} was read");
            };
            assert_eq!(e.line, 3, "{line}");
            assert!(e.to_string().contains(words), "{line}: {e}");
        }
    }
}
