//! Reading `data/agencies/*.txt` (formats in each file's header) and building the
//! matching index. Hand-written and small: no serde, no regex.

use std::fmt;

use chrono::NaiveDate;

use super::matcher::{Index, LevelWords, NameNode};
use super::tokens::{Tok, Word, SEP_AND, SEP_COMMA, SEP_DASH};
use super::{Agency, English, Kind, Level, Place, PlaceKind, Successor};

/// A mistake in registry data: which file, which line (1-based), what.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DataError {
    /// `bodies.txt`, `places.txt`, `words.txt`, or `extra #n` for
    /// [`super::Registry::with_extra`].
    pub file: String,
    pub line: usize,
    pub message: String,
}

impl fmt::Display for DataError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}: {}", self.file, self.line, self.message)
    }
}

impl std::error::Error for DataError {}

pub(super) struct Built {
    pub agencies: Vec<Agency>,
    pub places: Vec<Place>,
    pub index: Index,
}

/// A name of the data: its words before the level slot, and the slot.
struct NameForm {
    head: String,
    slot: Option<Slot>,
}

#[derive(Clone, Copy)]
struct Slot {
    level: Level,
    /// `{tỉnh?}`: the bare head names the body too.
    bare: bool,
}

struct Draft {
    agency: Agency,
    forms: Vec<NameForm>,
    file: String,
    line: usize,
}

/// The sections of `words.txt`.
#[derive(Default)]
struct Words {
    abbrevs: Vec<(String, String, bool)>,
    /// Level phrases, canonical first within each level.
    levels: Vec<(Level, String)>,
    leadins: Vec<String>,
    generic: Vec<String>,
    tails: Vec<String>,
}

/// `english_apart`: `bodies`' English was taken out by `build.rs` (feature
/// `english-apart`); the bodies of `extra` have theirs.
pub(super) fn build(
    bodies: &str,
    english_apart: bool,
    extra: &[String],
    places: &str,
    words: &str,
) -> Result<Built, DataError> {
    let words = parse_words(words)?;
    let mut index = Index::default();
    learn_words(&mut index, &words);

    let mut apart = 0;
    let apart = english_apart.then_some(&mut apart);
    let mut drafts = parse_bodies(bodies, "bodies.txt", &words, apart)?;
    for (n, text) in extra.iter().enumerate() {
        let file = format!("extra #{}", n + 1);
        for d in parse_bodies(text, &file, &words, None)? {
            match drafts.iter_mut().find(|x| x.agency.id == d.agency.id) {
                Some(old) => *old = d,
                None => drafts.push(d),
            }
        }
    }
    for (i, d) in drafts.iter().enumerate() {
        index.ids.insert(d.agency.id.as_str().into(), i as u32);
    }
    for d in &drafts {
        for s in &d.agency.successors {
            if s.id == d.agency.id {
                return Err(err(&d.file, d.line, "a body cannot succeed itself"));
            }
            if !index.ids.contains_key(s.id.as_str()) {
                return Err(err(
                    &d.file,
                    d.line,
                    format!("unknown successor \"{}\"", s.id),
                ));
            }
        }
    }

    let places = parse_places(places)?;
    index_names(&mut index, &drafts, &words)?;
    index_places(&mut index, &places)?;

    Ok(Built {
        agencies: drafts.into_iter().map(|d| d.agency).collect(),
        places,
        index,
    })
}

fn err(file: &str, line: usize, message: impl Into<String>) -> DataError {
    DataError {
        file: file.to_owned(),
        line,
        message: message.into(),
    }
}

/// Lines that are neither blank nor comments, 1-based.
fn content_lines(text: &str) -> impl Iterator<Item = (usize, &str)> {
    text.lines().enumerate().filter_map(|(i, l)| {
        let t = l.trim();
        (!t.is_empty() && !t.starts_with('#')).then_some((i + 1, l.trim_end()))
    })
}

fn fields(line: &str) -> Vec<&str> {
    line.split('|').map(str::trim).collect()
}

fn list(s: &str) -> impl Iterator<Item = &str> {
    s.split(';').map(str::trim).filter(|x| !x.is_empty())
}

fn parse_words(text: &str) -> Result<Words, DataError> {
    const FILE: &str = "words.txt";
    let mut words = Words::default();
    let mut section = "";
    for (n, line) in content_lines(text) {
        let line = line.trim();
        if line.starts_with('[') && line.ends_with(']') {
            section = &line[1..line.len() - 1];
            if !matches!(
                section,
                "abbreviations" | "levels" | "lead-in" | "generic" | "generic-tail"
            ) {
                return Err(err(FILE, n, format!("unknown section [{section}]")));
            }
            continue;
        }
        match section {
            "abbreviations" => {
                let (abbr, full) = line
                    .split_once('=')
                    .ok_or_else(|| err(FILE, n, "expected ABBR = words"))?;
                let abbr = abbr.trim();
                let (abbr, caps) = match abbr.strip_prefix('!') {
                    Some(a) => (a.trim(), true),
                    None => (abbr, false),
                };
                if abbr.is_empty() || full.trim().is_empty() {
                    return Err(err(FILE, n, "expected ABBR = words"));
                }
                words
                    .abbrevs
                    .push((abbr.to_owned(), full.trim().to_owned(), caps));
            }
            "levels" => {
                let (level, phrases) = line
                    .split_once('=')
                    .ok_or_else(|| err(FILE, n, "expected level = words; words"))?;
                let level = Level::parse(level.trim())
                    .ok_or_else(|| err(FILE, n, format!("unknown level \"{}\"", level.trim())))?;
                for p in list(phrases) {
                    words.levels.push((level, p.to_owned()));
                }
            }
            "lead-in" => words.leadins.push(line.to_owned()),
            "generic" => words.generic.push(line.to_owned()),
            "generic-tail" => words.tails.push(line.to_owned()),
            _ => return Err(err(FILE, n, "text before the first [section]")),
        }
    }
    Ok(words)
}

/// Ids of the words of a data phrase, learning them.
fn learn_phrase(index: &mut Index, phrase: &str) -> Vec<Tok> {
    let raws = index.lex.learn(phrase);
    index.lex.stream(&raws)
}

fn ids(toks: &[Tok]) -> Box<[Word]> {
    toks.iter().map(|t| (t.id, t.mid)).collect()
}

fn learn_words(index: &mut Index, words: &Words) {
    for (abbr, full, caps) in &words.abbrevs {
        let raws = super::tokens::raw_words(abbr);
        let key: String = raws.iter().map(|r| raws.folded(r)).collect();
        let expansion = ids(&learn_phrase(index, full));
        index.lex.learn(abbr);
        index.lex.add_abbrev(key, expansion, *caps);
    }
    for (level, phrase) in &words.levels {
        let toks = learn_phrase(index, phrase);
        let folded: Vec<&str> = toks.iter().filter_map(|t| index.lex.word(t.id)).collect();
        let city = folded == ["thanh", "pho"];
        let cap = folded.first() == Some(&"cap");
        let words = ids(&toks);
        index.levels.push(LevelWords {
            words,
            level: *level,
            cap,
            city,
        });
    }
    for l in &words.leadins {
        let w = ids(&learn_phrase(index, l));
        index.leadins.push(w);
    }
    for g in &words.generic {
        let w = ids(&learn_phrase(index, g));
        index.generic.push(w);
    }
    for t in &words.tails {
        let w = ids(&learn_phrase(index, t));
        index.tails.push(w);
    }
    index.cac = learn_phrase(index, "các")
        .first()
        .map_or((super::tokens::NONE, super::tokens::NONE), |t| {
            (t.id, t.mid)
        });
}

pub(super) fn parse_date(s: &str) -> Option<NaiveDate> {
    let mut parts = s.trim().split('/');
    let mut num = |max_len: usize| -> Option<u32> {
        let p = parts.next()?;
        if p.is_empty() || p.len() > max_len || !p.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        p.parse().ok()
    };
    let (d, m, y) = (num(2)?, num(2)?, num(4)?);
    if parts.next().is_some() || y < 1900 {
        return None;
    }
    NaiveDate::from_ymd_opt(y as i32, m, d)
}

type Dates = (Option<NaiveDate>, Option<NaiveDate>);

fn parse_dates(s: &str) -> Result<Dates, String> {
    let s = s.trim();
    if s == "-" {
        return Ok((None, None));
    }
    let (from, to) = s.split_once('-').ok_or_else(|| {
        format!("dates \"{s}\": expected \"-\", \"dd/mm/yyyy-\", \"-dd/mm/yyyy\" or both")
    })?;
    let date = |x: &str| -> Result<Option<NaiveDate>, String> {
        if x.trim().is_empty() {
            Ok(None)
        } else {
            parse_date(x)
                .map(Some)
                .ok_or_else(|| format!("\"{}\" is not a date dd/mm/yyyy", x.trim()))
        }
    };
    let (from, to) = (date(from)?, date(to)?);
    if let (Some(f), Some(t)) = (from, to) {
        if f > t {
            return Err(format!("dates \"{s}\": the start is after the end"));
        }
    }
    Ok((from, to))
}

/// "Công an {tỉnh}" → head "Công an", slot province; rendered "Công an tỉnh".
fn name_form(s: &str, words: &Words) -> Result<(NameForm, String), String> {
    let s = s.trim();
    let Some(open) = s.find('{') else {
        if s.contains('}') {
            return Err(format!("\"{s}\": unmatched }}"));
        }
        return Ok((
            NameForm {
                head: s.to_owned(),
                slot: None,
            },
            s.to_owned(),
        ));
    };
    let inner = s[open + 1..]
        .strip_suffix('}')
        .filter(|i| !i.contains(&['{', '}'][..]))
        .ok_or_else(|| format!("\"{s}\": a level slot {{…}} may only end a name"))?;
    let (word, bare) = match inner.trim().strip_suffix('?') {
        Some(w) => (w.trim(), true),
        None => (inner.trim(), false),
    };
    let folded = crate::text::vietnamese::fold(word);
    let level = words
        .levels
        .iter()
        .find(|(_, p)| crate::text::vietnamese::fold(p) == folded)
        .map(|(l, _)| *l)
        .ok_or_else(|| format!("\"{s}\": \"{word}\" is not a level word"))?;
    let head = s[..open].trim();
    if head.is_empty() {
        return Err(format!("\"{s}\": nothing before the level slot"));
    }
    Ok((
        NameForm {
            head: head.to_owned(),
            slot: Some(Slot { level, bare }),
        },
        format!("{head} {word}"),
    ))
}

fn valid_id(id: &str) -> bool {
    !id.is_empty()
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// `apart`: the English fields are empty, their words in `baocao.en.txt` in the order of
/// the lines, counted from the place given.
fn parse_bodies(
    text: &str,
    file: &str,
    words: &Words,
    mut apart: Option<&mut usize>,
) -> Result<Vec<Draft>, DataError> {
    let mut drafts: Vec<Draft> = Vec::new();
    // The English field of a line: written, or the next place apart.
    let mut english = |written: &str| match apart.as_deref_mut() {
        Some(place) if written.is_empty() => {
            *place += 1;
            Some(English::Apart(*place - 1))
        }
        None if !written.is_empty() => Some(English::Written(written.to_owned().into())),
        _ => None,
    };
    for (n, line) in content_lines(text) {
        let indented = line.starts_with(&[' ', '\t'][..]);
        let line = line.trim();
        if !indented {
            drafts.push(parse_header(line, file, n, words)?);
            if drafts[..drafts.len() - 1]
                .iter()
                .any(|d| d.agency.id == drafts[drafts.len() - 1].agency.id)
            {
                return Err(err(file, n, "duplicate id"));
            }
            continue;
        }
        let Some(d) = drafts.last_mut() else {
            return Err(err(file, n, "indented line before the first body"));
        };
        if let Some(rest) = line.strip_prefix('=') {
            for v in list(rest) {
                let (form, rendered) = name_form(v, words).map_err(|m| err(file, n, m))?;
                d.forms.push(form);
                d.agency.variants.push(rendered);
            }
        } else if let Some(rest) = line.strip_prefix('>') {
            let successor = match fields(rest)[..] {
                [id, vi, en] if valid_id(id) && !vi.is_empty() => english(en).map(|en| Successor {
                    id: id.to_owned(),
                    note_vi: vi.to_owned(),
                    note_en: en,
                }),
                _ => None,
            };
            let Some(successor) = successor else {
                return Err(err(file, n, "expected > id | việc | work"));
            };
            d.agency.successors.push(successor);
        } else if let Some(rest) = line.strip_prefix('!') {
            let note = match fields(rest)[..] {
                // Notes are never apart: build.rs leaves them out where the English is.
                [vi, en] if !vi.is_empty() && !en.is_empty() => {
                    Some((vi.to_owned(), en.to_owned()))
                }
                _ => None,
            };
            let Some((vi, en)) = note else {
                return Err(err(file, n, "expected ! ghi chú | note"));
            };
            d.agency.note_vi = Some(vi);
            d.agency.note_en = Some(en);
        } else {
            return Err(err(file, n, "expected a line starting with =, > or !"));
        }
    }
    Ok(drafts)
}

fn parse_header(line: &str, file: &str, n: usize, words: &Words) -> Result<Draft, DataError> {
    let e = |m: String| err(file, n, m);
    let f = fields(line);
    if !(6..=7).contains(&f.len()) {
        return Err(e(
            "expected id | name | level | kind | under | dates [| local]".into(),
        ));
    }
    if !valid_id(f[0]) {
        return Err(e(format!(
            "id \"{}\": lowercase letters, digits and - only",
            f[0]
        )));
    }
    let (form, name) = name_form(f[1], words).map_err(&e)?;
    let level = match f[2] {
        "any" => None,
        l => Some(Level::parse(l).ok_or_else(|| e(format!("unknown level \"{l}\"")))?),
    };
    if let Some(slot) = form.slot {
        if Some(slot.level) != level {
            return Err(e("the level slot does not match the level".into()));
        }
    }
    let kind = Kind::parse(f[3]).ok_or_else(|| e(format!("unknown kind \"{}\"", f[3])))?;
    let (under_committee, request_only) = match f[4] {
        "yes" => (true, false),
        "no" => (false, false),
        "request" => (false, true),
        u => return Err(e(format!("under \"{u}\": yes, no or request"))),
    };
    let (valid_from, valid_to) = parse_dates(f[5]).map_err(&e)?;
    let local = match f.get(6) {
        None => false,
        Some(&"local") => true,
        Some(x) => return Err(e(format!("unknown flag \"{x}\""))),
    };
    Ok(Draft {
        agency: Agency {
            id: f[0].to_owned(),
            name,
            variants: Vec::new(),
            level,
            kind,
            under_committee,
            request_only,
            valid_from,
            valid_to,
            successors: Vec::new(),
            local,
            note_vi: None,
            note_en: None,
        },
        forms: vec![form],
        file: file.to_owned(),
        line: n,
    })
}

/// Puts every name of every body in the trie; two bodies may not share a name.
fn index_names(index: &mut Index, drafts: &[Draft], words: &Words) -> Result<(), DataError> {
    // Nodes where names end, and whether one of them starts in lower case.
    let mut ends: Vec<(u32, bool)> = Vec::new();
    let mut suggest: Vec<(Box<str>, u32)> = Vec::new();
    for (i, d) in drafts.iter().enumerate() {
        let a = i as u32;
        for form in &d.forms {
            let toks = learn_phrase(index, &form.head);
            if toks.is_empty() {
                return Err(err(&d.file, d.line, "a name without words"));
            }
            let path = ids(&toks);
            // A comma may stand where the data has a comma, a dash or "và".
            let punct: Vec<bool> = toks
                .iter()
                .map(|t| t.sep & (SEP_COMMA | SEP_DASH | SEP_AND) != 0)
                .collect();
            let node = index.names.insert(&path, &punct);
            let starts_lower = toks[0].case == super::tokens::Case::Lower;
            ends.push((node, starts_lower));
            let nn: &mut NameNode = &mut index.names.nodes[node as usize];
            let clash = |other: u32| {
                err(
                    &d.file,
                    d.line,
                    format!(
                        "\"{}\" already names \"{}\"",
                        form.head, drafts[other as usize].agency.id
                    ),
                )
            };
            match form.slot {
                None => {
                    if let Some(o) = nn.plain.filter(|&o| o != a).or(nn.bare.filter(|&o| o != a)) {
                        return Err(clash(o));
                    }
                    nn.plain = Some(a);
                }
                Some(slot) => {
                    let s = &mut nn.slots[slot.level as usize];
                    if let Some(o) = s.filter(|&o| o != a) {
                        return Err(clash(o));
                    }
                    *s = Some(a);
                    if slot.bare {
                        if let Some(o) =
                            nn.bare.filter(|&o| o != a).or(nn.plain.filter(|&o| o != a))
                        {
                            return Err(clash(o));
                        }
                        nn.bare = Some(a);
                    }
                }
            }
            // Suggestions: the name with each word of its level.
            let head = folded_words(index, &toks);
            match form.slot {
                None => suggest.push((head.into(), a)),
                Some(slot) => {
                    for (l, phrase) in &words.levels {
                        if *l == slot.level {
                            let p = folded_words(index, &index.lex.tokens(phrase));
                            suggest.push((format!("{head} {p}").into(), a));
                        }
                    }
                }
            }
        }
    }
    for &(node, _) in &ends {
        index.names.nodes[node as usize].capital = true;
    }
    for (node, lower) in ends {
        if lower {
            index.names.nodes[node as usize].capital = false;
        }
    }
    suggest.dedup();
    index.suggest = suggest;
    Ok(())
}

fn folded_words(index: &Index, toks: &[Tok]) -> String {
    let mut out = String::new();
    for t in toks {
        if let Some(w) = index.lex.word(t.id) {
            if !out.is_empty() {
                out.push(' ');
            }
            out.push_str(w);
        }
    }
    out
}

fn parse_places(text: &str) -> Result<Vec<Place>, DataError> {
    const FILE: &str = "places.txt";
    let mut places: Vec<Place> = Vec::new();
    let mut lines = Vec::new();
    for (n, line) in content_lines(text) {
        let e = |m: String| err(FILE, n, m);
        let f = fields(line);
        if f.len() != 5 || f[0].is_empty() {
            return Err(e("expected name | kind | dates | became | variants".into()));
        }
        let kind = match f[1] {
            "tỉnh" => PlaceKind::Province,
            "thành phố" => PlaceKind::City,
            k => return Err(e(format!("kind \"{k}\": tỉnh or thành phố"))),
        };
        let (valid_from, valid_to) = parse_dates(f[2]).map_err(&e)?;
        let became = (!f[3].is_empty()).then(|| f[3].to_owned());
        if became.is_some() != valid_to.is_some() {
            return Err(e(
                "a place that ended says what it became, and only then".into()
            ));
        }
        if places.iter().any(|p| p.name == f[0]) {
            return Err(e(format!("duplicate place \"{}\"", f[0])));
        }
        places.push(Place {
            name: f[0].to_owned(),
            kind,
            valid_from,
            valid_to,
            became,
            variants: list(f[4]).map(str::to_owned).collect(),
        });
        lines.push(n);
    }
    for (p, &n) in places.iter().zip(&lines) {
        if let Some(b) = &p.became {
            let Some(next) = places.iter().find(|q| &q.name == b) else {
                return Err(err(FILE, n, format!("unknown place \"{b}\"")));
            };
            let continues = match (p.valid_to, next.valid_from, next.valid_to) {
                (Some(end), from, to) => {
                    from.is_none_or(|f| f <= end.succ_opt().unwrap_or(end))
                        && to.is_none_or(|t| t > end)
                }
                _ => false,
            };
            if !continues {
                return Err(err(
                    FILE,
                    n,
                    format!("\"{b}\" does not exist the day after \"{}\" ends", p.name),
                ));
            }
        }
    }
    Ok(places)
}

fn index_places(index: &mut Index, places: &[Place]) -> Result<(), DataError> {
    for (i, p) in places.iter().enumerate() {
        for name in std::iter::once(&p.name).chain(&p.variants) {
            let toks = learn_phrase(index, name);
            let node = index.places.insert(&ids(&toks), &[]);
            let slot = &mut index.places.nodes[node as usize];
            if let Some(o) = slot.filter(|&o| o as usize != i) {
                return Err(err(
                    "places.txt",
                    0,
                    format!(
                        "\"{name}\" names both {} and {}",
                        places[o as usize].name, p.name
                    ),
                ));
            }
            *slot = Some(i as u32);
        }
    }
    Ok(())
}
