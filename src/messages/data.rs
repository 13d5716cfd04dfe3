//! Reading `data/messages/*.txt` (format in each file's header and in
//! [`super`]). Not part of the checker: `build.rs` includes this file to turn the data
//! into one Rust function per message, so that no parser ships in the wasm, and the
//! crate's tests include it to check its errors. It may use only std.

/// One message as written in the data.
#[derive(Debug, PartialEq, Eq)]
pub struct Message {
    /// Its name, a Rust identifier in snake case: `s003_gap`.
    pub id: String,
    /// Where it is written: `structure.txt:12`.
    pub at: String,
    pub vi: String,
    pub en: String,
    /// Its placeholders, in the order they first appear in the Vietnamese, then those
    /// said only in English (`…_en`).
    pub args: Vec<String>,
}

/// Reads the messages of one file, `name` (for errors) holding `data`.
///
/// ```text
/// # a comment
/// s003_gap
///   vi: Sau mục {prev} là mục {this}: thiếu mục {missing}.
///   en: Item {prev} is followed by item {this}: item {missing} is missing.
/// ```
pub fn parse(name: &str, data: &str) -> Result<Vec<Message>, String> {
    let mut out: Vec<Message> = Vec::new();
    // The message being read, with the line its id is on.
    let mut open: Option<(usize, String, Option<String>, Option<String>)> = None;
    for (n, line) in data.lines().enumerate() {
        let at = |what: &str| format!("{name}:{}: {what}", n + 1);
        let trimmed = line.trim_start();
        if trimmed.trim_end().is_empty() || trimmed.starts_with('#') {
            continue;
        }
        if !line.starts_with([' ', '\t']) {
            if let Some(done) = open.take() {
                out.push(finish(name, done)?);
            }
            let trimmed = trimmed.trim_end();
            if !is_identifier(trimmed) {
                return Err(at(&format!(
                    "`{trimmed}` is not a message name (lower-case letters, digits and `_`, starting with a letter)"
                )));
            }
            open = Some((n + 1, trimmed.to_owned(), None, None));
            continue;
        }
        let Some((_, _, vi, en)) = open.as_mut() else {
            return Err(at("an indented line before any message name"));
        };
        let (slot, text) = if let Some(text) = trimmed.strip_prefix("vi:") {
            (vi, text)
        } else if let Some(text) = trimmed.strip_prefix("en:") {
            (en, text)
        } else {
            return Err(at("an indented line must start with `vi:` or `en:`"));
        };
        if slot.is_some() {
            return Err(at("this language is already given for this message"));
        }
        // One space after `vi:` is the format's; any other is the message's own (a
        // fragment spliced after other words may start with one).
        let text = text.strip_prefix(' ').unwrap_or(text);
        if text.trim().is_empty() {
            return Err(at("the message is empty"));
        }
        if text.ends_with(char::is_whitespace) {
            return Err(at("a space at the end of the line (unseen: not allowed)"));
        }
        if text.chars().any(char::is_control) {
            return Err(at("a control character in the message"));
        }
        *slot = Some(text.to_owned());
    }
    if let Some(done) = open.take() {
        out.push(finish(name, done)?);
    }
    Ok(out)
}

fn finish(
    name: &str,
    (line, id, vi, en): (usize, String, Option<String>, Option<String>),
) -> Result<Message, String> {
    let at = format!("{name}:{line}");
    let (Some(vi), Some(en)) = (vi, en) else {
        return Err(format!("{at}: `{id}` needs both a `vi:` and an `en:` line"));
    };
    let vi_args = placeholders(&vi).map_err(|e| format!("{at}: `{id}`, vi: {e}"))?;
    let en_args = placeholders(&en).map_err(|e| format!("{at}: `{id}`, en: {e}"))?;
    // A placeholder is said in both languages, but for one named `…_vi` or `…_en`, which
    // is said only in its own (a law's year in Vietnamese, a part's English name).
    for (args, other, lang, own, other_lang) in [
        (&vi_args, &en_args, "Vietnamese", "_vi", "English"),
        (&en_args, &vi_args, "English", "_en", "Vietnamese"),
    ] {
        for a in args.iter() {
            let only_here = a.ends_with(own);
            let there = other.contains(a);
            if only_here && there {
                return Err(format!("{at}: `{id}`: {{{a}}} is said only in {lang} (its name ends in `{own}`), but {other_lang} has it too"));
            }
            if !only_here && !there {
                return Err(format!(
                    "{at}: `{id}`: {{{a}}} is in {lang} but not in {other_lang} (a placeholder said in one language only ends in `_vi` or `_en`)"
                ));
            }
        }
    }
    let mut args = vi_args;
    args.extend(en_args.into_iter().filter(|a| a.ends_with("_en")));
    if args.len() > 10 {
        return Err(format!("{at}: `{id}` has more than 10 placeholders"));
    }
    Ok(Message {
        id,
        at,
        vi,
        en,
        args,
    })
}

fn is_identifier(s: &str) -> bool {
    s.starts_with(|c: char| c.is_ascii_lowercase())
        && s.chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
}

/// The template's placeholders, each once, in order of first appearance; `{{` and `}}`
/// are literal braces.
fn placeholders(template: &str) -> Result<Vec<String>, String> {
    let mut out: Vec<String> = Vec::new();
    each_piece(template, |piece| {
        if let Piece::Arg(name) = piece {
            if !out.iter().any(|a| a == name) {
                out.push(name.to_owned());
            }
        }
    })?;
    Ok(out)
}

enum Piece<'a> {
    Literal(&'a str),
    Arg(&'a str),
}

fn each_piece<'a>(template: &'a str, mut f: impl FnMut(Piece<'a>)) -> Result<(), String> {
    let mut rest = template;
    while let Some(i) = rest.find(['{', '}']) {
        f(Piece::Literal(&rest[..i]));
        let brace = &rest[i..i + 1];
        if rest[i + 1..].starts_with(brace) {
            f(Piece::Literal(brace));
            rest = &rest[i + 2..];
            continue;
        }
        if brace == "}" {
            return Err("a lone `}` (write `}}` for a brace)".into());
        }
        let Some(end) = rest[i..].find('}') else {
            return Err("a `{` without its `}` (write `{{` for a brace)".into());
        };
        let name = &rest[i + 1..i + end];
        if !is_identifier(name) {
            return Err(format!(
                "`{{{name}}}` is not a placeholder (lower-case letters, digits and `_`)"
            ));
        }
        f(Piece::Arg(name));
        rest = &rest[i + end + 1..];
    }
    f(Piece::Literal(rest));
    Ok(())
}

/// A template as the renderer reads it: each placeholder `\u{1}` and the digit of its
/// argument, braces plain.
pub fn encode(template: &str, args: &[String]) -> String {
    let mut out = String::new();
    // `parse` has checked the template.
    let _ = each_piece(template, |piece| match piece {
        Piece::Literal(s) => out.push_str(s),
        Piece::Arg(name) => {
            let index = args.iter().position(|a| a == name).unwrap_or(0);
            out.push('\u{1}');
            out.push(char::from(b'0' + index as u8));
        }
    });
    out
}

/// The messages as Rust: one function per message, which renders it. With
/// `english_apart`, each function names its English by its place in [`english`]'s text
/// instead of carrying it (the drop-in's checkers: `src/messages/english.rs`).
#[allow(dead_code)] // build.rs's; the crate's tests read the data with `parse`
pub fn to_rust(messages: &[Message], english_apart: bool) -> Result<String, String> {
    let mut seen = std::collections::HashMap::new();
    for m in messages {
        if let Some(first) = seen.insert(m.id.as_str(), m.at.as_str()) {
            return Err(format!(
                "{}: `{}` is already the name of the message at {first}",
                m.at, m.id
            ));
        }
    }
    let mut out =
        String::from("// Generated by build.rs from data/messages/ (src/messages/data.rs).\n");
    for (place, m) in messages.iter().enumerate() {
        out += &format!(
            "\n/// {}\n///\n/// {}\n",
            m.vi.replace('[', "\\["),
            m.en.replace('[', "\\[")
        );
        let params: Vec<String> = m
            .args
            .iter()
            .map(|a| format!("r#{a}: impl Into<Arg<'a>>"))
            .collect();
        let values: Vec<String> = m.args.iter().map(|a| format!("r#{a}.into()")).collect();
        let lifetime = if m.args.is_empty() { "" } else { "<'a>" };
        let en = if english_apart {
            format!("{place}")
        } else {
            format!("{:?}", encode(&m.en, &m.args))
        };
        out += &format!(
            "pub fn {}{lifetime}({}) -> Text {{\n    render({:?}, {en}, [{}])\n}}\n",
            m.id,
            params.join(", "),
            encode(&m.vi, &m.args),
            values.join(", ")
        );
    }
    Ok(out)
}

/// The English of every message, for a build whose English is apart
/// (`src/messages/english.rs`): a first line that names this set of messages (its hash),
/// then one template per line, in the order of the generated functions, then the lines
/// of `data` (the registry's English, `build.rs`). A template has no line break: `parse`
/// refuses control characters.
#[allow(dead_code)] // build.rs's
pub fn english(messages: &[Message], data: &[String]) -> String {
    let body: String = messages
        .iter()
        .map(|m| encode(&m.en, &m.args))
        .chain(data.iter().cloned())
        .map(|line| line + "\n")
        .collect();
    // FNV-1a: a different set of messages, or another order, has another first line.
    let hash = body.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    });
    format!(
        "{}{hash:016x} {}\n{body}",
        ENGLISH_HEAD,
        messages.len() + data.len()
    )
}

/// How the text of [`english`] starts.
pub const ENGLISH_HEAD: &str = "baocao messages en ";
