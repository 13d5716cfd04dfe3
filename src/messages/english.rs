//! The English of the messages, apart from the checker (feature `english-apart`): the
//! drop-in's checkers carry only the Vietnamese, about 3 KB brotli less for every visitor
//! of a Vietnamese page. `build.rs` writes the English as
//! `OUT_DIR/messages.en`, which `scripts/build.sh` ships as `pkg/baocao.en.txt`; the page
//! hands it to [`load`] (the wasm's `loadEnglish`) when it asks for English, or once idle
//! after its first check. Until then a message's English is empty, and a finding asked for
//! in English is given in Vietnamese ([`crate::finding::Text::get`]).

// Used by the wasm's loadEnglish (`template` by the messages where the English is apart);
// natively, by the tests.
#![cfg_attr(
    not(all(target_arch = "wasm32", feature = "english-apart")),
    allow(dead_code)
)]

use std::borrow::Cow;
use std::sync::OnceLock;

include!(concat!(env!("OUT_DIR"), "/messages_en.rs"));

/// The templates loaded, in the order of the generated functions.
static TEMPLATES: OnceLock<Vec<&'static str>> = OnceLock::new();

/// Why a text was not taken as the English of this build's messages.
#[derive(Debug, PartialEq, Eq)]
pub struct NotThisBuild;

/// Takes `text` (`baocao.en.txt` of the same build) as the messages' English (in a build
/// with its English built in, only checks it). Loading it again is harmless; a text of
/// another build, or not one at all, is refused.
pub fn load(text: String) -> Result<(), NotThisBuild> {
    // Built in, or loaded already: the text is only checked, by its first line.
    if cfg!(not(feature = "english-apart")) || TEMPLATES.get().is_some() {
        return split(&text).map(drop);
    }
    // Kept for the rest of the program's life, as the built-in English would be.
    let templates = parse(Box::leak(text.into_boxed_str()))?;
    let _ = TEMPLATES.set(templates);
    Ok(())
}

/// The text after its first line, if that line names this build's messages.
fn split(text: &str) -> Result<&str, NotThisBuild> {
    match text.split_once('\n') {
        Some((first, body)) if first == FIRST_LINE => Ok(body),
        _ => Err(NotThisBuild),
    }
}

/// The templates of `text`, if it is this build's English.
fn parse(text: &str) -> Result<Vec<&str>, NotThisBuild> {
    let body = split(text)?;
    let templates: Vec<&str> = body
        .strip_suffix('\n')
        .unwrap_or(body)
        .split('\n')
        .collect();
    if templates.len() != COUNT {
        return Err(NotThisBuild);
    }
    Ok(templates)
}

/// The data's English line at `place` (the registry's, then the indicators': `build.rs`): empty until [`load`].
pub fn data(place: usize) -> &'static str {
    template(DATA_AT + place)
}

/// Words of the data in English (a successor's work in the registry, an indicator's
/// name): as written, or, in the built-in data of a checker whose English is apart
/// (feature `english-apart`), their place among the data's lines of `baocao.en.txt`
/// (`build.rs` takes them out): empty until it is loaded, as a message's English is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum English {
    Written(Cow<'static, str>),
    Apart(usize),
}

impl English {
    pub fn get(&self) -> &str {
        match self {
            English::Written(words) => words,
            // Only the built-in data of a checker whose English is apart has places.
            English::Apart(place) if cfg!(feature = "english-apart") => data(*place),
            English::Apart(_) => "",
        }
    }
}

/// The English template of the message at `place`: empty until [`load`].
pub fn template(place: usize) -> &'static str {
    TEMPLATES
        .get()
        .and_then(|t| t.get(place).copied())
        .unwrap_or("")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::messages::data;

    const BUILT: &str = include_str!(concat!(env!("OUT_DIR"), "/messages.en"));

    /// The messages as written in `data/messages/`, read by the data's own reader.
    fn written() -> Vec<data::Message> {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/data/messages");
        let mut files: Vec<_> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|e| e == "txt"))
            .collect();
        files.sort();
        files
            .iter()
            .flat_map(|p| {
                let name = p.file_name().unwrap().to_string_lossy().into_owned();
                data::parse(&name, &std::fs::read_to_string(p).unwrap()).unwrap()
            })
            .collect()
    }

    #[test]
    fn the_english_built_is_every_message_in_order() {
        let templates = parse(BUILT).unwrap();
        let written = written();
        assert_eq!(DATA_AT, written.len());
        for (template, m) in templates.iter().zip(&written) {
            assert_eq!(*template, data::encode(&m.en, &m.args), "{}", m.id);
        }
        assert!(
            templates.contains(&"Item \u{1}0 is followed by item \u{1}1: item \u{1}2 is missing.")
        );
    }

    /// Run by scripts/test.sh with the feature (`cargo test --lib --features
    /// english-apart english`): the one test of this binary that loads the English.
    #[test]
    #[cfg(feature = "english-apart")]
    fn a_message_has_its_english_once_loaded_and_its_vietnamese_before() {
        use crate::finding::{Lang, Text};
        let before = crate::messages::s003_gap("II", "IV", "III");
        let rate = crate::target::indicators::catalogue()
            .get("tipsResolvedRate")
            .unwrap();
        assert_eq!(rate.name().en, "");
        let vi = "Sau mục II là mục IV: thiếu mục III.";
        assert_eq!(before, Text::new(vi, ""));
        assert_eq!(before.get(Lang::En), vi);
        assert_eq!(load("not the English\n".into()), Err(NotThisBuild));
        assert_eq!(load(BUILT.to_owned()), Ok(()));
        assert_eq!(
            load(BUILT.to_owned()),
            Ok(()),
            "loading it twice is harmless"
        );
        assert_eq!(
            load("baocao messages en 0 1\nX\n".into()),
            Err(NotThisBuild)
        );
        let after = crate::messages::s003_gap("II", "IV", "III");
        let en = "Item II is followed by item IV: item III is missing.";
        assert_eq!(after, Text::new(vi, en));
        assert_eq!(after.get(Lang::En), en);
        // An indicator's name, as the data writes it.
        let data = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/data/indicators.txt"));
        let written = crate::target::indicators_data::parse(data).unwrap();
        let of_rate = written.indicators.iter().find(|i| i.id == rate.id).unwrap();
        assert_eq!(rate.name().en, of_rate.en);
        // The registry's English, in the same file, in place too.
        crate::agency::tests::the_registry_s_english_apart_is_in_place_once_loaded();
    }

    #[test]
    fn english_of_another_build_or_a_changed_one_is_refused() {
        let other_first_line = BUILT.replacen(data::ENGLISH_HEAD, "baocao messages en 0", 1);
        assert_eq!(parse(&other_first_line), Err(NotThisBuild));
        let one_missing = BUILT.rsplitn(3, '\n').nth(2).unwrap().to_owned() + "\n";
        assert_eq!(parse(&one_missing), Err(NotThisBuild));
        let one_more = BUILT.to_owned() + "More\n";
        assert_eq!(parse(&one_more), Err(NotThisBuild));
        assert_eq!(parse(""), Err(NotThisBuild));
        assert_eq!(
            parse("<!doctype html>\n<p>Not found</p>\n"),
            Err(NotThisBuild)
        );
    }
}
