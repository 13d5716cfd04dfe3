//! Reading `data/legal.txt` (its format is in the file's header). Hand-written and
//! small: no serde, no regex.

use std::fmt;
use std::sync::OnceLock;

use chrono::{Datelike, NaiveDate};

use crate::text::fold;
use crate::text::vietnamese::plain_lower;

/// The kind of a legal document, as its citations name it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Kind {
    Luat,
    BoLuat,
    NghiDinh,
    NghiQuyet,
    QuyetDinh,
    ChiThi,
    ThongTu,
    KeHoach,
    ChuongTrinh,
    KetLuan,
    ThongBao,
    CongVan,
    HuongDan,
}

impl Kind {
    pub const ALL: [Kind; 13] = [
        Kind::Luat,
        Kind::BoLuat,
        Kind::NghiDinh,
        Kind::NghiQuyet,
        Kind::QuyetDinh,
        Kind::ChiThi,
        Kind::ThongTu,
        Kind::KeHoach,
        Kind::ChuongTrinh,
        Kind::KetLuan,
        Kind::ThongBao,
        Kind::CongVan,
        Kind::HuongDan,
    ];

    /// The Vietnamese name, as written before a number: `Quyết định`.
    pub fn name(self) -> &'static str {
        match self {
            Kind::Luat => "Luật",
            Kind::BoLuat => "Bộ luật",
            Kind::NghiDinh => "Nghị định",
            Kind::NghiQuyet => "Nghị quyết",
            Kind::QuyetDinh => "Quyết định",
            Kind::ChiThi => "Chỉ thị",
            Kind::ThongTu => "Thông tư",
            Kind::KeHoach => "Kế hoạch",
            Kind::ChuongTrinh => "Chương trình",
            Kind::KetLuan => "Kết luận",
            Kind::ThongBao => "Thông báo",
            Kind::CongVan => "Công văn",
            Kind::HuongDan => "Hướng dẫn",
        }
    }

    /// The English name: `Decision`.
    pub fn name_en(self) -> &'static str {
        match self {
            Kind::Luat => "Law",
            Kind::BoLuat => "Code",
            Kind::NghiDinh => "Decree",
            Kind::NghiQuyet => "Resolution",
            Kind::QuyetDinh => "Decision",
            Kind::ChiThi => "Directive",
            Kind::ThongTu => "Circular",
            Kind::KeHoach => "Plan",
            Kind::ChuongTrinh => "Programme",
            Kind::KetLuan => "Conclusion",
            Kind::ThongBao => "Notice",
            Kind::CongVan => "Official letter",
            Kind::HuongDan => "Guidance",
        }
    }

    /// The folded name: `quyet dinh`.
    pub(crate) fn key(self) -> &'static str {
        match self {
            Kind::Luat => "luat",
            Kind::BoLuat => "bo luat",
            Kind::NghiDinh => "nghi dinh",
            Kind::NghiQuyet => "nghi quyet",
            Kind::QuyetDinh => "quyet dinh",
            Kind::ChiThi => "chi thi",
            Kind::ThongTu => "thong tu",
            Kind::KeHoach => "ke hoach",
            Kind::ChuongTrinh => "chuong trinh",
            Kind::KetLuan => "ket luan",
            Kind::ThongBao => "thong bao",
            Kind::CongVan => "cong van",
            Kind::HuongDan => "huong dan",
        }
    }

    /// A kind from its name in any case, with or without marks.
    pub fn parse(name: &str) -> Option<Kind> {
        let f = fold(name);
        Kind::ALL.into_iter().find(|k| k.key() == f)
    }

    /// The kind a symbol's type code implies: `QĐ` → Quyết định, `QH15` → Luật.
    pub fn of_code(code: &str) -> Option<Kind> {
        let c: String = code.chars().map(plain_lower).collect();
        Some(match c.as_str() {
            "qd" => Kind::QuyetDinh,
            "nd" => Kind::NghiDinh,
            "nq" | "nqlt" => Kind::NghiQuyet,
            "kh" => Kind::KeHoach,
            "ct" => Kind::ChiThi,
            "tt" | "ttlt" => Kind::ThongTu,
            "ctr" => Kind::ChuongTrinh,
            "kl" => Kind::KetLuan,
            "tb" => Kind::ThongBao,
            "hd" => Kind::HuongDan,
            _ if c.len() > 2
                && c.starts_with("qh")
                && c[2..].bytes().all(|b| b.is_ascii_digit()) =>
            {
                Kind::Luat
            }
            _ => return None,
        })
    }

    /// Laws are passed by the National Assembly; everything else is signed.
    pub fn is_law(self) -> bool {
        matches!(self, Kind::Luat | Kind::BoLuat)
    }
}

/// One document of the catalogue.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entry {
    pub kind: Kind,
    /// As the document is numbered: `193/QĐ-TTg`.
    pub number: String,
    /// The day it was signed (a law: passed).
    pub date: NaiveDate,
    pub issuer: String,
    /// Short title, in Vietnamese.
    pub title: String,
    /// The programme period it approves: `(2021, 2025)`.
    pub period: Option<(i32, i32)>,
    /// The year the programme's orientation reaches (`định hướng đến năm 2030`).
    pub toward: Option<i32>,
    /// For a law: its name as cited `Luật <name> năm <year>`, folded.
    pub law: Option<String>,
    /// Years it was amended.
    pub amended: Vec<i32>,
    /// Other ways its number is written.
    pub aka: Vec<String>,
    /// Folded phrases that name its subject.
    pub about: Vec<String>,
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
        symbol_year(&self.number).is_some()
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

/// The year a symbol carries, if it carries one: `09/2019/NĐ-CP` → 2019.
pub fn symbol_year(symbol: &str) -> Option<i32> {
    let mut parts = symbol.split('/');
    parts.next()?;
    let year = parts.next()?.trim();
    parts.next()?;
    (year.len() == 4 && year.bytes().all(|b| b.is_ascii_digit()))
        .then(|| year.parse().ok())
        .flatten()
}

/// The key numbers are compared by: no spaces, lowercase, no marks, no leading zeros:
/// `09/2019/NĐ-CP` and `9/2019/nd-cp` → `9/2019/nd-cp`.
pub fn number_key(number: &str) -> String {
    let mut out = String::with_capacity(number.len());
    let mut leading = true;
    let chars: Vec<char> = number.chars().filter(|c| !c.is_whitespace()).collect();
    for (i, &c) in chars.iter().enumerate() {
        if leading && c == '0' && chars.get(i + 1).is_some_and(|n| n.is_ascii_digit()) {
            continue;
        }
        leading = false;
        out.push(plain_lower(c));
    }
    out
}

/// The key of what follows the number: `193/QĐ-TTg` → `qd-ttg`, `09/2019/NĐ-CP` →
/// `2019/nd-cp`.
pub fn suffix_key(number: &str) -> String {
    let key = number_key(number);
    match key.split_once('/') {
        Some((_, rest)) => rest.to_owned(),
        None => String::new(),
    }
}

/// A mistake in the catalogue data: which line (1-based), what.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DataError {
    pub line: usize,
    pub message: String,
}

impl fmt::Display for DataError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "legal.txt:{}: {}", self.line, self.message)
    }
}

impl std::error::Error for DataError {}

/// The catalogue, with an index from number keys (numbers and their `aka`) to entries.
#[derive(Clone, Debug, Default)]
pub struct Catalogue {
    entries: Vec<Entry>,
    /// Sorted by key.
    index: Vec<(String, usize)>,
}

/// The catalogue built in (`data/legal.txt`), read at first use.
pub fn catalogue() -> &'static Catalogue {
    static CATALOGUE: OnceLock<Catalogue> = OnceLock::new();
    // The data is checked by the tests; should it ever fail to read, the checks that
    // use it find nothing rather than bring the page down.
    CATALOGUE.get_or_init(|| Catalogue::parse(DATA).unwrap_or_default())
}

pub const DATA: &str = data_file!("legal.txt");

impl Catalogue {
    pub fn parse(text: &str) -> Result<Catalogue, DataError> {
        let mut entries = Vec::new();
        for (i, raw) in text.lines().enumerate() {
            let line = raw.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            entries.push(parse_entry(line, i + 1)?);
        }
        let mut index: Vec<(String, usize)> = Vec::new();
        for (i, e) in entries.iter().enumerate() {
            for number in std::iter::once(&e.number).chain(&e.aka) {
                index.push((number_key(number), i));
            }
        }
        index.sort();
        if let Some(w) = index.windows(2).find(|w| w[0].0 == w[1].0) {
            let line = entries[w[1].1].line.max(entries[w[0].1].line);
            return Err(DataError {
                line,
                message: format!("number “{}” is listed twice", w[1].0),
            });
        }
        Ok(Catalogue { entries, index })
    }

    pub fn entries(&self) -> &[Entry] {
        &self.entries
    }

    /// The entry numbered `number`, written in any case, with or without marks, spaces
    /// or leading zeros.
    pub fn by_number(&self, number: &str) -> Option<&Entry> {
        let key = number_key(number);
        self.index
            .binary_search_by(|(k, _)| k.as_str().cmp(&key))
            .ok()
            .map(|i| &self.entries[self.index[i].1])
    }

    /// The folded law names (`phong chong mua ban nguoi`), each once.
    pub fn law_names(&self) -> Vec<&str> {
        let mut names: Vec<&str> = self
            .entries
            .iter()
            .filter_map(|e| e.law.as_deref())
            .collect();
        names.sort_unstable();
        names.dedup();
        names
    }

    /// The laws of a folded name, oldest first.
    pub fn laws_named<'c>(&'c self, name: &'c str) -> impl Iterator<Item = &'c Entry> + 'c {
        self.entries
            .iter()
            .filter(move |e| e.law.as_deref() == Some(name))
    }
}

fn parse_entry(line: &str, n: usize) -> Result<Entry, DataError> {
    let err = |message: String| DataError { line: n, message };
    let fields: Vec<&str> = line.split('|').map(str::trim).collect();
    if fields.len() < 5 {
        return Err(err(format!(
            "expected at least 5 fields (kind | number | date | issuer | title), found {}",
            fields.len()
        )));
    }
    let kind =
        Kind::parse(fields[0]).ok_or_else(|| err(format!("unknown kind “{}”", fields[0])))?;
    let number = fields[1].to_owned();
    check_number(&number).map_err(|m| err(format!("number “{number}”: {m}")))?;
    let date = parse_date(fields[2])
        .ok_or_else(|| err(format!("“{}” is not a date dd/mm/yyyy", fields[2])))?;
    if let Some(year) = symbol_year(&number) {
        if year != date.year() {
            return Err(err(format!(
                "number “{number}” carries the year {year} but the date is {}",
                fields[2]
            )));
        }
    }
    for (i, f) in fields[3..5].iter().enumerate() {
        if f.is_empty() {
            return Err(err(format!(
                "empty {}",
                if i == 0 { "issuer" } else { "title" }
            )));
        }
    }
    let mut entry = Entry {
        kind,
        number,
        date,
        issuer: fields[3].to_owned(),
        title: fields[4].to_owned(),
        period: None,
        toward: None,
        law: None,
        amended: Vec::new(),
        aka: Vec::new(),
        about: Vec::new(),
        verified: true,
        line: n,
    };
    for field in &fields[5..] {
        let Some((key, value)) = field.split_once('=') else {
            return Err(err(format!("“{field}” is not key=value")));
        };
        let value = value.trim();
        let year = |v: &str| -> Result<i32, DataError> {
            v.trim()
                .parse::<i32>()
                .ok()
                .filter(|y| (1945..=2100).contains(y))
                .ok_or_else(|| err(format!("“{v}” is not a year")))
        };
        match key.trim() {
            "period" => {
                let (a, b) = value
                    .split_once('-')
                    .ok_or_else(|| err(format!("period “{value}” is not yyyy-yyyy")))?;
                let (a, b) = (year(a)?, year(b)?);
                if a > b {
                    return Err(err(format!("period “{value}” ends before it starts")));
                }
                entry.period = Some((a, b));
            }
            "toward" => entry.toward = Some(year(value)?),
            "law" => {
                if !kind.is_law() {
                    return Err(err("law= on a document that is not a law".into()));
                }
                let f = fold(value);
                if f.is_empty() {
                    return Err(err("empty law name".into()));
                }
                entry.law = Some(f);
            }
            "amended" => entry.amended.push(year(value)?),
            "aka" => {
                check_number(value).map_err(|m| err(format!("aka “{value}”: {m}")))?;
                entry.aka.push(value.to_owned());
            }
            "about" => {
                for phrase in value.split(';') {
                    let f = fold(phrase);
                    if f.is_empty() {
                        return Err(err("empty about phrase".into()));
                    }
                    entry.about.push(f);
                }
            }
            "verified" => {
                entry.verified = match value {
                    "yes" => true,
                    "no" => false,
                    _ => return Err(err(format!("verified=“{value}” is not yes or no"))),
                }
            }
            other => return Err(err(format!("unknown key “{other}”"))),
        }
    }
    Ok(entry)
}

/// A number must read back as a citation: digits, `/`, a code starting with a letter.
fn check_number(number: &str) -> Result<(), &'static str> {
    match super::symbol::symbol_at(number, 0) {
        Some(end) if end == number.len() => Ok(()),
        _ => Err("not a number and symbol such as 193/QĐ-TTg or 09/2019/NĐ-CP"),
    }
}

/// `09/02/2021`, strictly.
fn parse_date(s: &str) -> Option<NaiveDate> {
    let mut parts = s.split('/');
    let mut next = |len: usize| -> Option<u32> {
        let p = parts.next()?;
        (p.len() == len && p.bytes().all(|b| b.is_ascii_digit()))
            .then(|| p.parse().ok())
            .flatten()
    };
    let (d, m, y) = (next(2)?, next(2)?, next(4)?);
    if parts.next().is_some() {
        return None;
    }
    NaiveDate::from_ymd_opt(y as i32, m, d)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_data_file_parses() {
        let cat = Catalogue::parse(DATA).unwrap_or_else(|e| panic!("{e}"));
        assert!(cat.entries().len() >= 10);
        assert_eq!(catalogue().entries().len(), cat.entries().len());
        for e in cat.entries() {
            assert!(std::ptr::eq(
                cat.by_number(&e.number).unwrap(),
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
                    .chain(&e.aka)
                    .map(|n| number_key(n))
            })
            .collect();
        let total = keys.len();
        keys.sort();
        keys.dedup();
        assert_eq!(keys.len(), total);
        let dup = "Quyết định | 1/QĐ-TTg | 01/01/2020 | Thủ tướng | A\n\
                   Quyết định | 01/qđ-ttg | 02/01/2020 | Thủ tướng | B\n";
        assert_eq!(Catalogue::parse(dup).unwrap_err().line, 2);
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
    fn keys_ignore_case_marks_spaces_and_leading_zeros() {
        assert_eq!(number_key("09/2019/NĐ-CP"), "9/2019/nd-cp");
        assert_eq!(number_key(" 193 / QĐ-TTg"), "193/qd-ttg");
        assert_eq!(number_key("0/KH"), "0/kh");
        assert_eq!(suffix_key("139/QĐ-TTg"), "qd-ttg");
        assert_eq!(suffix_key("09/2019/NĐ-CP"), "2019/nd-cp");
        assert_eq!(symbol_year("09/2019/NĐ-CP"), Some(2019));
        assert_eq!(symbol_year("193/QĐ-TTg"), None);
        assert_eq!(symbol_year("19/KH-BCĐ138/CP"), None);
    }

    #[test]
    fn kinds_from_names_and_codes() {
        assert_eq!(Kind::parse("QUYẾT ĐỊNH"), Some(Kind::QuyetDinh));
        assert_eq!(Kind::parse("Bộ luật"), Some(Kind::BoLuat));
        assert_eq!(Kind::parse("Quyết"), None);
        assert_eq!(Kind::of_code("QĐ"), Some(Kind::QuyetDinh));
        assert_eq!(Kind::of_code("NĐ"), Some(Kind::NghiDinh));
        assert_eq!(Kind::of_code("QH15"), Some(Kind::Luat));
        assert_eq!(Kind::of_code("UBND"), None);
        assert_eq!(Kind::of_code("QH"), None);
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
            let e = Catalogue::parse(&text).unwrap_err();
            assert_eq!(e.line, 3, "{line}");
            assert!(e.to_string().contains(words), "{line}: {e}");
        }
    }
}
