//! The counts of the report form, the rates built on them, and the part ≤ whole
//! relations: `data/indicators.txt` (format in the file's header), read by `build.rs`
//! (with `src/target/indicators_data.rs`) into the static tables below, so that the wasm
//! carries the data and not its parser.

use crate::finding::Text;
use crate::messages::english::English;
use crate::text::contains_words;

/// What an indicator measures.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum IndicatorKind {
    /// How many: a whole number of at least 0.
    Count,
    /// A percentage: `part / whole × 100`.
    Rate {
        part: &'static str,
        whole: &'static str,
    },
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Indicator {
    /// The form's key: `tipsResolvedRate`.
    pub id: &'static str,
    pub kind: IndicatorKind,
    pub vi: &'static str,
    /// Apart where the messages' English is (`build.rs`).
    pub en: English,
    /// How a sentence names it: alternatives, each a set of folded phrases that must
    /// all stand in the words.
    pub words: &'static [&'static [&'static str]],
    /// For a count, how a report states it: what is counted and what was done to it.
    pub said: Option<Said>,
}

/// How a report states a count: `tiếp nhận 20 tin báo` is the subject `tips` (its
/// noun `tin báo`) with the verb `tiếp nhận`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Said {
    /// Index into [`Catalogue::subjects`].
    pub subject: usize,
    /// Folded verb phrases, each as its words.
    pub verbs: &'static [&'static [&'static str]],
}

/// A thing that is counted, by the nouns that name it: `tin báo`, `tố giác`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Subject {
    pub name: &'static str,
    /// Folded nouns, each as its words.
    pub nouns: &'static [&'static [&'static str]],
}

impl Indicator {
    pub fn is_rate(&self) -> bool {
        matches!(self.kind, IndicatorKind::Rate { .. })
    }

    /// The part and whole of a rate.
    pub fn sides(&self) -> Option<(&'static str, &'static str)> {
        match self.kind {
            IndicatorKind::Rate { part, whole } => Some((part, whole)),
            IndicatorKind::Count => None,
        }
    }

    pub fn name(&self) -> Text {
        Text::new(self.vi, self.en.get())
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
    pub part: &'static str,
    pub whole: &'static str,
}

#[derive(Debug, PartialEq, Eq)]
pub struct Catalogue {
    /// In the order of the data: the most specific rate first.
    pub indicators: &'static [Indicator],
    /// Every part ≤ whole: each rate's, then the data's own relations.
    pub relations: &'static [Relation],
    /// What reports count, by their nouns.
    pub subjects: &'static [Subject],
}

impl Catalogue {
    pub fn get(&self, id: &str) -> Option<&'static Indicator> {
        self.indicators.iter().find(|i| i.id == id)
    }

    pub fn rates(&self) -> impl Iterator<Item = &'static Indicator> {
        self.indicators.iter().filter(|i| i.is_rate())
    }

    pub fn counts(&self) -> impl Iterator<Item = &'static Indicator> {
        self.indicators.iter().filter(|i| !i.is_rate())
    }

    /// The first rate that folded words name.
    pub fn rate_named_in(&self, folded: &str) -> Option<&'static Indicator> {
        self.rates().find(|i| i.named_in(folded))
    }

    /// The rate whose part or whole is `count`, with `count` as its part first.
    pub fn rate_of_part(&self, count: &str) -> Option<&'static Indicator> {
        self.rates()
            .find(|i| i.sides().is_some_and(|(part, _)| part == count))
    }
}

include!(concat!(env!("OUT_DIR"), "/indicators.rs"));

/// The built-in catalogue (`data/indicators.txt`).
pub fn catalogue() -> &'static Catalogue {
    &CATALOGUE
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::target::indicators_data;
    use crate::text::fold;

    /// A message names a part and its whole (T003: "số tố giác … đã giải quyết (25) lớn
    /// hơn số tố giác … đã tiếp nhận (20)"): counts of one subject name it alike, in
    /// both languages, so one message never calls one thing by two names.
    #[test]
    fn counts_of_one_subject_name_it_alike() {
        let c = catalogue();
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
            let (vi, id) = (noun_vi(count.vi), count.id);
            match seen.get(&subject) {
                Some((first_vi, first_en, first_id)) => {
                    assert_eq!(
                        &vi, first_vi,
                        "{id} and {first_id} name their subject differently"
                    );
                    assert_eq!(
                        noun_en(count.en.get()),
                        noun_en(first_en),
                        "{id} and {first_id} name their subject differently in English"
                    );
                }
                None => {
                    seen.insert(subject, (vi, count.en.get().to_owned(), id.to_owned()));
                }
            }
        }
    }

    /// The names' English is in `baocao.en.txt` after the registry's, in the order of the
    /// data; where it is apart, each indicator names its line.
    #[test]
    fn the_names_english_is_in_the_english_file() {
        let built = include_str!(concat!(env!("OUT_DIR"), "/messages.en"));
        let read = indicators_data::parse(include_str!("../../data/indicators.txt")).unwrap();
        let written: Vec<&str> = read.indicators.iter().map(|i| i.en.as_str()).collect();
        let lines: Vec<&str> = built.lines().collect();
        assert_eq!(&lines[lines.len() - written.len()..], written.as_slice());
        for (i, en) in catalogue().indicators.iter().zip(&written) {
            match &i.en {
                English::Apart(place) => {
                    assert_eq!(lines[1 + crate::messages::english::DATA_AT + place], *en)
                }
                English::Written(built_in) => assert_eq!(built_in, en),
            }
        }
    }

    #[test]
    fn the_data_parses() {
        let c = catalogue();
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
        // The tables build.rs wrote are what the reader reads from the data.
        let read = indicators_data::parse(include_str!("../../data/indicators.txt")).unwrap();
        assert_eq!(read.indicators.len(), c.indicators.len());
        for (r, i) in read.indicators.iter().zip(c.indicators) {
            // (the English: the_names_english_is_in_the_english_file)
            assert_eq!((r.id.as_str(), r.vi.as_str()), (i.id, i.vi));
            let sides = r.sides.as_ref().map(|(p, w)| (p.as_str(), w.as_str()));
            assert_eq!(sides, i.sides());
            assert!(r.words == i.words, "{}", i.id);
            match (&r.said, &i.said) {
                (None, None) => {}
                (Some((subject, verbs)), Some(said)) => {
                    assert!(*subject == said.subject && *verbs == said.verbs, "{}", i.id)
                }
                _ => panic!("{}: said differs", i.id),
            }
        }
        let relations: Vec<(&str, &str)> = read
            .relations
            .iter()
            .map(|(p, w)| (p.as_str(), w.as_str()))
            .collect();
        let tables: Vec<(&str, &str)> = c.relations.iter().map(|r| (r.part, r.whole)).collect();
        assert_eq!(relations, tables);
        assert_eq!(read.subjects.len(), c.subjects.len());
        for (r, s) in read.subjects.iter().zip(c.subjects) {
            assert!(r.name == s.name && r.nouns == s.nouns, "{}", s.name);
        }
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
        let mut ids: Vec<&str> = catalogue().indicators.iter().map(|i| i.id).collect();
        let mut listed_sorted = listed.clone();
        ids.sort_unstable();
        listed_sorted.sort_unstable();
        assert_eq!(listed_sorted, ids);
    }

    #[test]
    fn rates_are_named_by_their_words() {
        let c = catalogue();
        let named = |s: &str| c.rate_named_in(&fold(s)).map(|i| i.id);
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
            let Err(e) = indicators_data::parse(text) else {
                panic!("{text:?} was read");
            };
            assert!(e.contains(words), "{text:?}: {e}");
        }
    }
}
