//! Reading `data/indicators.txt` (format in the file's header). Not part of the checker:
//! `build.rs` includes this file to turn the data into the static tables of
//! [`super::indicators`], so that no parser ships in the wasm (benches/size-steps.md,
//! row 52), and the crate's tests include it to check its errors. It may use only std
//! and `crate::text::fold`, which both have.

use crate::text::fold;

pub struct Parsed {
    pub indicators: Vec<Indicator>,
    /// Every part ≤ whole: each rate's, then the data's own relations.
    pub relations: Vec<(String, String)>,
    pub subjects: Vec<Subject>,
}

pub struct Indicator {
    pub id: String,
    /// A rate's part and whole; `None` for a count.
    pub sides: Option<(String, String)>,
    pub vi: String,
    pub en: String,
    pub words: Vec<Vec<String>>,
    /// A count's subject (an index into `subjects`) and verbs.
    pub said: Option<(usize, Vec<Vec<String>>)>,
}

pub struct Subject {
    pub name: String,
    pub nouns: Vec<Vec<String>>,
}

impl Parsed {
    fn get(&self, id: &str) -> Option<&Indicator> {
        self.indicators.iter().find(|i| i.id == id)
    }

    fn is_count(&self, id: &str) -> bool {
        self.get(id).is_some_and(|i| i.sides.is_none())
    }
}

/// Reads the catalogue's line format.
pub fn parse(text: &str) -> Result<Parsed, String> {
    let mut out = Parsed {
        indicators: Vec::new(),
        relations: Vec::new(),
        subjects: Vec::new(),
    };
    let mut extra = Vec::new();
    for (n, raw) in text.lines().enumerate() {
        let err = |what: &str| format!("indicators.txt:{}: {what}", n + 1);
        let line = raw.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        if let Some(rest) = line.strip_prefix("words:") {
            let Some(last) = out.indicators.last_mut().filter(|_| raw.starts_with(' ')) else {
                return Err(err("`words:` must be indented under a rate"));
            };
            for alternative in rest.split(';') {
                let phrases: Vec<String> = alternative
                    .split('+')
                    .map(fold)
                    .filter(|p| !p.is_empty())
                    .collect();
                if phrases.is_empty() {
                    return Err(err("an empty alternative of words"));
                }
                last.words.push(phrases);
            }
            continue;
        }
        if let Some(rest) = line.strip_prefix("said:") {
            let Some(last) = out
                .indicators
                .last_mut()
                .filter(|i| raw.starts_with(' ') && i.sides.is_none())
            else {
                return Err(err("`said:` must be indented under a count"));
            };
            let Some((subject, verbs)) = rest.split_once('|') else {
                return Err(err("expected `said: subject | verb ; verb`"));
            };
            let Some(subject) = out.subjects.iter().position(|s| s.name == subject.trim()) else {
                return Err(err(&format!("unknown subject `{}`", subject.trim())));
            };
            let verbs = phrases(verbs);
            if verbs.is_empty() {
                return Err(err("a count is said with no verb"));
            }
            last.said = Some((subject, verbs));
            continue;
        }
        if let Some(rest) = line.strip_prefix("subject ") {
            let Some((name, nouns)) = rest.split_once(':') else {
                return Err(err("expected `subject name: noun ; noun`"));
            };
            let nouns = phrases(nouns);
            if nouns.is_empty() {
                return Err(err("a subject with no noun"));
            }
            out.subjects.push(Subject {
                name: id(name.trim()).map_err(|e| err(&e))?,
                nouns,
            });
            continue;
        }
        let (keyword, rest) = line.split_once(' ').unwrap_or((line, ""));
        match keyword {
            "relation" => {
                let Some((part, whole)) = rest.split_once("<=") else {
                    return Err(err("expected `relation part <= whole`"));
                };
                extra.push((
                    id(part.trim()).map_err(|e| err(&e))?,
                    id(whole.trim()).map_err(|e| err(&e))?,
                ));
            }
            "count" | "rate" => {
                let fields: Vec<&str> = rest.split('|').map(str::trim).collect();
                let [head, vi, en] = fields.as_slice() else {
                    return Err(err("expected `id | Vietnamese name | English name`"));
                };
                if vi.is_empty() || en.is_empty() {
                    return Err(err("a name is empty"));
                }
                let (name, sides) = if keyword == "count" {
                    (id(head).map_err(|e| err(&e))?, None)
                } else {
                    let Some((name, formula)) = head.split_once('=') else {
                        return Err(err("expected `rate id = part / whole`"));
                    };
                    let Some((part, whole)) = formula.split_once('/') else {
                        return Err(err("expected `part / whole`"));
                    };
                    (
                        id(name.trim()).map_err(|e| err(&e))?,
                        Some((
                            id(part.trim()).map_err(|e| err(&e))?,
                            id(whole.trim()).map_err(|e| err(&e))?,
                        )),
                    )
                };
                if out.get(&name).is_some() {
                    return Err(err(&format!("{name} is defined twice")));
                }
                out.indicators.push(Indicator {
                    id: name,
                    sides,
                    vi: (*vi).to_owned(),
                    en: (*en).to_owned(),
                    words: Vec::new(),
                    said: None,
                });
            }
            other => return Err(err(&format!("unknown line kind `{other}`"))),
        }
    }
    // Every side names a count.
    let mut relations = Vec::new();
    for i in &out.indicators {
        if let Some((part, whole)) = &i.sides {
            for side in [part, whole] {
                if !out.is_count(side) {
                    return Err(format!("indicators.txt: {}: {side} is not a count", i.id));
                }
            }
            if i.words.is_empty() {
                return Err(format!("indicators.txt: {} has no words", i.id));
            }
            relations.push((part.clone(), whole.clone()));
        }
    }
    for (part, whole) in extra {
        if !out.is_count(&part) || !out.is_count(&whole) {
            return Err(format!(
                "indicators.txt: relation {part} <= {whole}: not counts"
            ));
        }
        relations.push((part, whole));
    }
    out.relations = relations;
    Ok(out)
}

/// Folded phrases separated by `;`, each as its words.
fn phrases(list: &str) -> Vec<Vec<String>> {
    list.split(';')
        .map(|p| {
            fold(p)
                .split_whitespace()
                .map(str::to_owned)
                .collect::<Vec<_>>()
        })
        .filter(|p| !p.is_empty())
        .collect()
}

/// A camelCase id.
fn id(s: &str) -> Result<String, String> {
    if !s.is_empty()
        && s.starts_with(|c: char| c.is_ascii_lowercase())
        && s.chars().all(|c| c.is_ascii_alphanumeric())
    {
        Ok(s.to_owned())
    } else {
        Err(format!("`{s}` is not a camelCase id"))
    }
}

/// The static tables of [`super::indicators`] as Rust source: `CATALOGUE`. With
/// `english_at`, the names' English is apart, the indicators' in order from that place of
/// the data's English (`build.rs` puts it there).
#[allow(dead_code)] // build.rs's; the crate's tests read the data with `parse`
pub fn to_rust(p: &Parsed, english_at: Option<usize>) -> String {
    let phrase_lists = |lists: &[Vec<String>]| {
        let inner: Vec<String> = lists.iter().map(|l| format!("&{l:?}")).collect();
        format!("&[{}]", inner.join(", "))
    };
    let mut out = String::from(
        "// Generated by build.rs from data/indicators.txt (src/target/indicators_data.rs).\n\
         pub static CATALOGUE: Catalogue = Catalogue {\n    indicators: &[\n",
    );
    for (n, i) in p.indicators.iter().enumerate() {
        let en = match english_at {
            Some(at) => format!("English::Apart({})", at + n),
            None => format!("English::Written(std::borrow::Cow::Borrowed({:?}))", i.en),
        };
        let kind = match &i.sides {
            None => "IndicatorKind::Count".to_owned(),
            Some((part, whole)) => {
                format!("IndicatorKind::Rate {{ part: {part:?}, whole: {whole:?} }}")
            }
        };
        let said = match &i.said {
            None => "None".to_owned(),
            Some((subject, verbs)) => format!(
                "Some(Said {{ subject: {subject}, verbs: {} }})",
                phrase_lists(verbs)
            ),
        };
        out += &format!(
            "        Indicator {{ id: {:?}, kind: {kind}, vi: {:?}, en: {en}, words: {}, said: {said} }},\n",
            i.id,
            i.vi,
            phrase_lists(&i.words)
        );
    }
    out += "    ],\n    relations: &[\n";
    for (part, whole) in &p.relations {
        out += &format!("        Relation {{ part: {part:?}, whole: {whole:?} }},\n");
    }
    out += "    ],\n    subjects: &[\n";
    for s in &p.subjects {
        out += &format!(
            "        Subject {{ name: {:?}, nouns: {} }},\n",
            s.name,
            phrase_lists(&s.nouns)
        );
    }
    out += "    ],\n};\n";
    out
}
