//! The words of findings, hints and errors, in Vietnamese and English: data, in
//! `data/messages/*.txt`, one file per area. `build.rs` turns each message into a
//! function of this module named as in the data, whose parameters are its placeholders
//! in the order they appear in the Vietnamese:
//!
//! ```text
//! s003_gap
//!   vi: Sau mục {prev} là mục {this}: thiếu mục {missing}.
//!   en: Item {prev} is followed by item {this}: item {missing} is missing.
//! ```
//!
//! becomes `messages::s003_gap(prev, this, missing) -> Text`. A placeholder is said in
//! both languages, but one named `…_vi` or `…_en`, said only in its own language (it comes
//! after the others among the parameters when it is English). A placeholder takes words
//! that read the same in both languages (a `&str`, a `String`, a whole number) or a
//! [`Text`] (a number written `90,5%` / `90.5%`, a phrase of another message). A
//! message with a placeholder in one language and not the other, a name given twice, or
//! a stray brace stops the build, naming the file and line; a message no code uses is
//! dead code, which `cargo clippy -- -D warnings` refuses.

use std::borrow::Cow;

use crate::finding::{Lang, Text};

/// What fills a placeholder: the same words in both languages, or a [`Text`].
#[derive(Clone, Debug)]
pub enum Arg<'a> {
    Same(Cow<'a, str>),
    Both(Cow<'a, Text>),
}

impl Arg<'_> {
    fn get(&self, lang: Lang) -> &str {
        match self {
            Arg::Same(s) => s,
            Arg::Both(t) => t.get(lang),
        }
    }
}

impl<'a> From<&'a str> for Arg<'a> {
    fn from(s: &'a str) -> Self {
        Arg::Same(Cow::Borrowed(s))
    }
}

impl<'a> From<&'a String> for Arg<'a> {
    fn from(s: &'a String) -> Self {
        Arg::Same(Cow::Borrowed(s))
    }
}

impl From<String> for Arg<'_> {
    fn from(s: String) -> Self {
        Arg::Same(Cow::Owned(s))
    }
}

impl<'a> From<&'a Text> for Arg<'a> {
    fn from(t: &'a Text) -> Self {
        Arg::Both(Cow::Borrowed(t))
    }
}

impl From<Text> for Arg<'_> {
    fn from(t: Text) -> Self {
        Arg::Both(Cow::Owned(t))
    }
}

macro_rules! written_plainly {
    ($($t:ty)*) => {$(
        impl From<$t> for Arg<'_> {
            /// Written plainly (`2026`, `12`, `đ`): the same in both languages.
            fn from(n: $t) -> Self {
                Arg::Same(Cow::Owned(n.to_string()))
            }
        }
    )*};
}
written_plainly!(char u8 u16 u32 u64 usize i32 i64);

/// A message's English as the generated functions give it: the template itself, or,
/// in a build whose English is apart (feature `english-apart`), its place in the English
/// loaded at run time ([`english`]).
#[cfg(not(feature = "english-apart"))]
type English<'a> = &'a str;
#[cfg(feature = "english-apart")]
type English<'a> = usize;

/// Fills a template of the generated functions (`\u{1}` and an argument's digit for
/// each placeholder) in both languages. The arguments are taken, and dropped, here: not
/// in each of the hundreds of functions that call it (one copy per count of arguments).
#[inline(never)]
fn render<const N: usize>(vi: &str, en: English<'_>, args: [Arg; N]) -> Text {
    #[cfg(feature = "english-apart")]
    let en = english::template(en);
    Text {
        vi: fill(vi, &args, Lang::Vi),
        en: fill(en, &args, Lang::En),
    }
}

fn fill(template: &str, args: &[Arg], lang: Lang) -> String {
    let mut out = String::with_capacity(template.len() + 16 * args.len());
    let mut rest = template;
    while let Some(i) = rest.find('\u{1}') {
        out.push_str(&rest[..i]);
        let index = rest
            .as_bytes()
            .get(i + 1)
            .map_or(0, |d| d.wrapping_sub(b'0'));
        if let Some(arg) = args.get(usize::from(index)) {
            out.push_str(arg.get(lang));
        }
        rest = rest.get(i + 2..).unwrap_or("");
    }
    out.push_str(rest);
    out
}

// The data's reader is build.rs's; the tests check its errors.
#[cfg(test)]
mod data;

pub mod english;

// Messages only some builds use (the form checker has no text reader) are not dead code.
#[cfg_attr(target_arch = "wasm32", allow(dead_code))]
mod generated {
    use super::{render, Arg};
    use crate::finding::Text;
    include!(concat!(env!("OUT_DIR"), "/messages.rs"));
}
pub use generated::*;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    #[cfg(not(feature = "english-apart"))] // the English is then a place, not a template
    fn a_message_renders_its_placeholders_in_each_language() {
        let t = render(
            "Sau mục \u{1}0 là mục \u{1}1.",
            "Item \u{1}0 then \u{1}1.",
            ["II".into(), Text::new("bốn", "four").into()],
        );
        assert_eq!(t, Text::new("Sau mục II là mục bốn.", "Item II then four."));
    }

    #[test]
    #[cfg(not(feature = "english-apart"))] // the English is then a place, not a template
    fn placeholders_may_come_in_another_order_and_braces_are_written_twice() {
        let m = &data::parse(
            "x.txt",
            "m\n  vi: {a} rồi {b} {{tỉnh}}\n  en: {b} after {a}\n",
        )
        .unwrap()[0];
        assert_eq!(m.args, ["a", "b"]);
        let vi = data::encode(&m.vi, &m.args);
        let en = data::encode(&m.en, &m.args);
        assert_eq!(
            render(&vi, &en, ["1".into(), "2".into()]),
            Text::new("1 rồi 2 {tỉnh}", "2 after 1")
        );
    }

    #[test]
    #[cfg(not(feature = "english-apart"))] // the English is then a place, not a template
    fn a_placeholder_may_be_said_in_one_language_only() {
        let m =
            &data::parse("x.txt", "m\n  vi: {a} năm {year_vi}\n  en: {kind_en} {a}\n").unwrap()[0];
        assert_eq!(m.args, ["a", "year_vi", "kind_en"]);
        let vi = data::encode(&m.vi, &m.args);
        let en = data::encode(&m.en, &m.args);
        assert_eq!(
            render(&vi, &en, ["Luật".into(), "2024".into(), "Law".into()]),
            Text::new("Luật năm 2024", "Law Luật")
        );
    }

    #[test]
    fn one_space_after_the_language_is_the_format_s_any_other_the_message_s() {
        let m = &data::parse("x.txt", "m\n  vi:  (bắt buộc)\n  en:x\n").unwrap()[0];
        assert_eq!((m.vi.as_str(), m.en.as_str()), (" (bắt buộc)", "x"));
    }

    #[test]
    fn mistakes_in_the_data_name_their_file_and_line() {
        for (data, expected) in [
            (
                "m\n  vi: {a}\n  en: no\n",
                "x.txt:1: `m`: {a} is in Vietnamese but not in English",
            ),
            (
                "m\n  vi: no\n  en: {a}\n",
                "x.txt:1: `m`: {a} is in English but not in Vietnamese",
            ),
            (
                "m\n  vi: {a_en}\n  en: {a_en}\n",
                "x.txt:1: `m`: {a_en} is said only in English",
            ),
            (
                "m\n  vi: a\n",
                "x.txt:1: `m` needs both a `vi:` and an `en:` line",
            ),
            ("\n\nM-1\n", "x.txt:3: `M-1` is not a message name"),
            (
                "m\n  vi: a {\n  en: b\n",
                "x.txt:1: `m`, vi: a `{` without its `}`",
            ),
            ("m\n  vi: a }\n  en: b\n", "x.txt:1: `m`, vi: a lone `}`"),
            (
                "m\n  vi: a\n  vi: b\n",
                "x.txt:3: this language is already given",
            ),
            (
                "m\n  de: a\n",
                "x.txt:2: an indented line must start with `vi:` or `en:`",
            ),
            (
                "  vi: a\n",
                "x.txt:1: an indented line before any message name",
            ),
            (
                "m\n  vi: {A}\n  en: {A}\n",
                "x.txt:1: `m`, vi: `{A}` is not a placeholder",
            ),
        ] {
            let e = data::parse("x.txt", data).unwrap_err();
            assert!(e.starts_with(expected), "{data:?}: {e}");
        }
        let twice = data::parse("x.txt", "m\n  vi: a\n  en: a\n\nm\n  vi: b\n  en: b\n").unwrap();
        let e = data::to_rust(&twice, false).unwrap_err();
        assert_eq!(
            e,
            "x.txt:5: `m` is already the name of the message at x.txt:1"
        );
    }
}
