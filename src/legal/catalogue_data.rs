//! Reading `data/legal.txt` (its format is in the file's header). Not part of the
//! checker: `build.rs` includes this file to turn the data into the static tables of
//! [`super::catalogue`], so that no parser ships in the wasm (benches/size-steps.md, row
//! 53), and the crate's tests include it to check its errors. It may use only std,
//! chrono, `crate::text` and the legal module's `kind` and `symbol`.

use std::fmt;

use chrono::{Datelike, NaiveDate};

use super::kind::{number_key, symbol_year, Kind};
use crate::text::fold;

/// One document of the catalogue, as read.
pub struct Entry {
    pub kind: Kind,
    pub number: String,
    pub date: NaiveDate,
    pub issuer: String,
    pub title: String,
    pub period: Option<(i32, i32)>,
    pub toward: Option<i32>,
    pub law: Option<String>,
    pub amended: Vec<i32>,
    pub aka: Vec<String>,
    pub about: Vec<String>,
    pub verified: bool,
    pub line: usize,
}

/// The catalogue as read: its entries, and the index from number keys (numbers and
/// their `aka`) to entries, sorted by key.
pub struct Parsed {
    pub entries: Vec<Entry>,
    pub index: Vec<(String, usize)>,
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

pub fn parse(text: &str) -> Result<Parsed, DataError> {
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
    Ok(Parsed { entries, index })
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

/// The static tables of [`super::catalogue`] as Rust source: `ENTRIES` and `INDEX`.
#[allow(dead_code)] // build.rs's; the crate's tests read the data with `parse`
pub fn to_rust(p: &Parsed) -> String {
    let mut out = String::from(
        "// Generated by build.rs from data/legal.txt (src/legal/catalogue_data.rs).\n\
         static ENTRIES: &[Entry] = &[\n",
    );
    for e in &p.entries {
        out += &format!(
            "    Entry {{ kind: Kind::{:?}, number: {:?}, date: date({}, {}, {}), issuer: {:?}, \
             title: {:?}, period: {:?}, toward: {:?}, law: {:?}, amended: &{:?}, aka: &{:?}, \
             about: &{:?}, verified: {}, line: {} }},\n",
            e.kind,
            e.number,
            e.date.year(),
            e.date.month(),
            e.date.day(),
            e.issuer,
            e.title,
            e.period,
            e.toward,
            e.law,
            e.amended,
            e.aka,
            e.about,
            e.verified,
            e.line
        );
    }
    out += "];\nstatic INDEX: &[(&str, usize)] = &[\n";
    for (key, i) in &p.index {
        out += &format!("    ({key:?}, {i}),\n");
    }
    out += "];\n";
    out
}
