//! Reading `data/indicators.txt` (format in the file's header): the counts of the
//! report form, the rates built on them, and the part ≤ whole relations. Hand-written
//! and small: no serde, no regex.

use std::sync::OnceLock;

use crate::finding::Text;
use crate::text::{contains_words, fold};

/// What an indicator measures.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum IndicatorKind {
    /// How many: a whole number of at least 0.
    Count,
    /// A percentage: `part / whole × 100`.
    Rate { part: String, whole: String },
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Indicator {
    /// The form's key: `tipsResolvedRate`.
    pub id: String,
    pub kind: IndicatorKind,
    pub vi: String,
    pub en: String,
    /// How a sentence names it: alternatives, each a set of folded phrases that must
    /// all stand in the words.
    pub words: Vec<Vec<String>>,
    /// For a count, how a report states it: what is counted and what was done to it.
    pub said: Option<Said>,
}

/// How a report states a count: `tiếp nhận 20 tin báo` is the subject `tips` (its
/// noun `tin báo`) with the verb `tiếp nhận`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Said {
    /// Index into [`Catalogue::subjects`].
    pub subject: usize,
    /// Folded verb phrases, each as its words (split once, when the data is read).
    pub verbs: Vec<Vec<String>>,
}

/// A thing that is counted, by the nouns that name it: `tin báo`, `tố giác`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Subject {
    pub name: String,
    /// Folded nouns, each as its words.
    pub nouns: Vec<Vec<String>>,
}

impl Indicator {
    pub fn is_rate(&self) -> bool {
        matches!(self.kind, IndicatorKind::Rate { .. })
    }

    /// The part and whole of a rate.
    pub fn sides(&self) -> Option<(&str, &str)> {
        match &self.kind {
            IndicatorKind::Rate { part, whole } => Some((part, whole)),
            IndicatorKind::Count => None,
        }
    }

    pub fn name(&self) -> Text {
        Text::new(self.vi.clone(), self.en.clone())
    }

    /// Whether folded words name this indicator.
    pub fn named_in(&self, folded: &str) -> bool {
        self.words
            .iter()
            .any(|all| all.iter().all(|p| contains_words(folded, p)))
    }
}

/// One part ≤ whole: a rate's sides, or a relation of the data.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Relation {
    pub part: String,
    pub whole: String,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Catalogue {
    /// In the order of the data: the most specific rate first.
    pub indicators: Vec<Indicator>,
    /// Every part ≤ whole: each rate's, then the data's own relations.
    pub relations: Vec<Relation>,
    /// What reports count, by their nouns.
    pub subjects: Vec<Subject>,
}

impl Catalogue {
    pub fn get(&self, id: &str) -> Option<&Indicator> {
        self.indicators.iter().find(|i| i.id == id)
    }

    pub fn rates(&self) -> impl Iterator<Item = &Indicator> {
        self.indicators.iter().filter(|i| i.is_rate())
    }

    pub fn counts(&self) -> impl Iterator<Item = &Indicator> {
        self.indicators.iter().filter(|i| !i.is_rate())
    }

    /// The first rate that folded words name.
    pub fn rate_named_in(&self, folded: &str) -> Option<&Indicator> {
        self.rates().find(|i| i.named_in(folded))
    }

    /// The rate whose part or whole is `count`, with `count` as its part first.
    pub fn rate_of_part(&self, count: &str) -> Option<&Indicator> {
        self.rates()
            .find(|i| i.sides().is_some_and(|(part, _)| part == count))
    }

    /// Reads the catalogue's line format.
    pub fn parse(text: &str) -> Result<Catalogue, String> {
        let mut out = Catalogue::default();
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
                    .filter(|i| raw.starts_with(' ') && !i.is_rate())
                else {
                    return Err(err("`said:` must be indented under a count"));
                };
                let Some((subject, verbs)) = rest.split_once('|') else {
                    return Err(err("expected `said: subject | verb ; verb`"));
                };
                let Some(subject) = out.subjects.iter().position(|s| s.name == subject.trim())
                else {
                    return Err(err(&format!("unknown subject `{}`", subject.trim())));
                };
                let verbs = phrases(verbs);
                if verbs.is_empty() {
                    return Err(err("a count is said with no verb"));
                }
                last.said = Some(Said { subject, verbs });
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
                    extra.push(Relation {
                        part: id(part.trim()).map_err(|e| err(&e))?,
                        whole: id(whole.trim()).map_err(|e| err(&e))?,
                    });
                }
                "count" | "rate" => {
                    let fields: Vec<&str> = rest.split('|').map(str::trim).collect();
                    let [head, vi, en] = fields.as_slice() else {
                        return Err(err("expected `id | Vietnamese name | English name`"));
                    };
                    if vi.is_empty() || en.is_empty() {
                        return Err(err("a name is empty"));
                    }
                    let (name, kind) = if keyword == "count" {
                        (id(head).map_err(|e| err(&e))?, IndicatorKind::Count)
                    } else {
                        let Some((name, formula)) = head.split_once('=') else {
                            return Err(err("expected `rate id = part / whole`"));
                        };
                        let Some((part, whole)) = formula.split_once('/') else {
                            return Err(err("expected `part / whole`"));
                        };
                        (
                            id(name.trim()).map_err(|e| err(&e))?,
                            IndicatorKind::Rate {
                                part: id(part.trim()).map_err(|e| err(&e))?,
                                whole: id(whole.trim()).map_err(|e| err(&e))?,
                            },
                        )
                    };
                    if out.get(&name).is_some() {
                        return Err(err(&format!("{name} is defined twice")));
                    }
                    out.indicators.push(Indicator {
                        id: name,
                        kind,
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
        let is_count = |c: &Catalogue, id: &str| c.get(id).is_some_and(|i| !i.is_rate());
        let mut relations = Vec::new();
        for i in out.rates() {
            if let Some((part, whole)) = i.sides() {
                for side in [part, whole] {
                    if !is_count(&out, side) {
                        return Err(format!("indicators.txt: {}: {side} is not a count", i.id));
                    }
                }
                if i.words.is_empty() {
                    return Err(format!("indicators.txt: {} has no words", i.id));
                }
                relations.push(Relation {
                    part: part.to_owned(),
                    whole: whole.to_owned(),
                });
            }
        }
        for r in extra {
            if !is_count(&out, &r.part) || !is_count(&out, &r.whole) {
                return Err(format!(
                    "indicators.txt: relation {} <= {}: not counts",
                    r.part, r.whole
                ));
            }
            relations.push(r);
        }
        out.relations = relations;
        Ok(out)
    }
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

/// The built-in catalogue (`data/indicators.txt`).
pub fn catalogue() -> &'static Catalogue {
    static CATALOGUE: OnceLock<Catalogue> = OnceLock::new();
    // The data is checked by the tests; should it fail to parse, an empty catalogue
    // (nothing is checked) is better than a panic that kills the page.
    CATALOGUE.get_or_init(|| Catalogue::parse(data_file!("indicators.txt")).unwrap_or_default())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A message names a part and its whole (T003: "số tố giác … đã giải quyết (25) lớn
    /// hơn số tố giác … đã tiếp nhận (20)"): counts of one subject name it alike, in
    /// both languages, so one message never calls one thing by two names.
    #[test]
    fn counts_of_one_subject_name_it_alike() {
        let c = Catalogue::parse(include_str!("../../data/indicators.txt")).unwrap();
        let noun_vi = |name: &str| {
            let name = name.strip_prefix("số ").unwrap_or(name);
            [" đã ", " được "]
                .iter()
                .filter_map(|v| name.find(v))
                .min()
                .map_or(name.to_owned(), |at| name[..at].to_owned())
        };
        // English names end with what was done: "… received", "… brought to trial".
        let noun_en = |name: &str| {
            name.split(' ')
                .take_while(|w| !w.ends_with("ed") && *w != "brought")
                .collect::<Vec<_>>()
                .join(" ")
        };
        let mut seen: std::collections::HashMap<usize, (String, String, String)> =
            Default::default();
        for count in c.counts() {
            let subject = count.said.as_ref().unwrap().subject;
            let (vi, id) = (noun_vi(&count.vi), count.id.clone());
            match seen.get(&subject) {
                Some((first_vi, first_en, first_id)) => {
                    assert_eq!(
                        &vi, first_vi,
                        "{id} and {first_id} name their subject differently"
                    );
                    assert_eq!(
                        noun_en(&count.en),
                        noun_en(first_en),
                        "{id} and {first_id} name their subject differently in English"
                    );
                }
                None => {
                    seen.insert(subject, (vi, count.en.clone(), id));
                }
            }
        }
    }

    #[test]
    fn the_data_parses() {
        let c = Catalogue::parse(include_str!("../../data/indicators.txt")).unwrap();
        assert_eq!(c.counts().count(), 9);
        assert_eq!(c.rates().count(), 6);
        let resolved = c.get("tipsResolvedRate").unwrap();
        assert_eq!(resolved.sides(), Some(("tipsResolved", "tipsReceived")));
        assert!(c
            .relations
            .iter()
            .any(|r| r.part == "tipsResolved" && r.whole == "tipsHandled"));
        assert_eq!(c.relations.len(), 7);
        // every count is said, with a subject's nouns
        for count in c.counts() {
            let said = count
                .said
                .as_ref()
                .unwrap_or_else(|| panic!("{} is not said", count.id));
            assert!(!c.subjects[said.subject].nouns.is_empty());
        }
        let tips = &c.subjects[c
            .get("tipsReceived")
            .unwrap()
            .said
            .as_ref()
            .unwrap()
            .subject];
        assert!(
            tips.nouns.iter().any(|n| n == &["tin", "bao"])
                && tips.nouns.iter().any(|n| n == &["tin"])
        );
        assert_eq!(catalogue(), &c);
    }

    #[cfg(not(target_arch = "wasm32"))]
    #[test]
    fn the_schema_lists_every_indicator() {
        let schema: serde_json::Value =
            serde_json::from_str(include_str!("../../schemas/profile.schema.json")).unwrap();
        let listed: Vec<&str> = schema["$defs"]["target"]["properties"]["indicator"]["enum"]
            .as_array()
            .unwrap()
            .iter()
            .filter_map(|v| v.as_str())
            .collect();
        let mut ids: Vec<&str> = catalogue()
            .indicators
            .iter()
            .map(|i| i.id.as_str())
            .collect();
        let mut listed_sorted = listed.clone();
        ids.sort_unstable();
        listed_sorted.sort_unstable();
        assert_eq!(listed_sorted, ids);
    }

    #[test]
    fn rates_are_named_by_their_words() {
        let c = catalogue();
        let named = |s: &str| c.rate_named_in(&fold(s)).map(|i| i.id.as_str());
        assert_eq!(named("Tỷ lệ giải quyết đạt trên"), Some("tipsResolvedRate"));
        assert_eq!(
            named("tố giác, tin báo về tội phạm được tiếp nhận, xử lý"),
            Some("tipsHandledRate")
        );
        assert_eq!(
            named("số vụ án hàng năm được giải quyết và truy tố"),
            Some("casesProsecutedRate")
        );
        assert_eq!(
            named("số vụ án được giải quyết, xét xử"),
            Some("casesTriedRate")
        );
        assert_eq!(
            named("Tỷ lệ điều tra, khám phá các vụ án"),
            Some("casesClearedRate")
        );
        assert_eq!(
            named("nạn nhân được tiếp cận với các chế độ hỗ trợ"),
            Some("victimsSupportedRate")
        );
        assert_eq!(named("xã, phường được tuyên truyền"), None);
    }

    #[test]
    fn bad_data_is_refused_with_its_line() {
        for (text, words) in [
            ("count a | x", "expected"),
            ("rate r = a / b | x | y\n  words: a", "is not a count"),
            ("count a | x | y\ncount a | x | y", "twice"),
            ("words: x", "indented"),
            ("count A | x | y", "camelCase"),
            ("metric a | x | y", "unknown line kind"),
            (
                "count a | x | y\ncount b | x | y\nrate r = a / b | x | y",
                "no words",
            ),
            ("count a | x | y\nrelation a <= zz", "not counts"),
        ] {
            let e = Catalogue::parse(text).unwrap_err();
            assert!(e.contains(words), "{text:?}: {e}");
        }
    }
}
