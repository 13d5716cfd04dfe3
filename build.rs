//! The data files (`data/`) as the crate embeds them: each comment line emptied, so the
//! notes written for the people who keep the data do not ship in every visitor's wasm
//! (about 15 KB of them). Emptied, not removed: a parse error still names the line of
//! the file in `data/`.
//!
//! And the catalogues (`data/indicators.txt`, `data/legal.txt`, `data/titles.txt`,
//! `data/national-targets.txt`) as static tables (`OUT_DIR/NAME.rs`, included by
//! `src/target/indicators.rs`, `src/legal/catalogue.rs`, `src/reader/titles.rs` and
//! `src/target/mod.rs`): read here, with the crate's own readers and folding, so that
//! the wasm carries the data and not the parsers. A mistake in the data stops the
//! build, naming its line.

use std::path::Path;
use std::{env, fs};

/// The crate's Vietnamese folding, which the reader of the data needs (these files use
/// nothing else of the crate).
#[allow(dead_code)]
#[path = "src/text"]
mod text {
    pub mod case;
    pub mod chars;
    pub mod vietnamese;
    pub use vietnamese::fold;
}

#[path = "src/target/indicators_data.rs"]
mod indicators_data;

#[path = "src/target/national_data.rs"]
mod national_data;

#[path = "src/reader/titles_data.rs"]
mod titles_data;

#[path = "src/messages/data.rs"]
mod messages_data;

/// The legal module's kinds, number keys and symbols, which the reader of
/// `data/legal.txt` needs.
#[allow(dead_code)]
#[path = "src/legal"]
mod legal {
    pub mod catalogue_data;
    pub mod kind;
    pub mod symbol;
}

fn main() {
    println!("cargo:rerun-if-changed=data");
    for source in [
        "src/text",
        "src/target/indicators_data.rs",
        "src/target/national_data.rs",
        "src/reader/titles_data.rs",
        "src/messages/data.rs",
        "src/legal/catalogue_data.rs",
        "src/legal/kind.rs",
        "src/legal/symbol.rs",
    ] {
        println!("cargo:rerun-if-changed={source}");
    }
    let out_dir = env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    let out = Path::new(&out_dir).join("data");
    copy_without_comments(Path::new("data"), &out);
    // The registry's English (successors' work): in `messages.en` after the messages,
    // and out of the embedded data where the English is apart, with the bodies' notes.
    let bodies = out.join("agencies/bodies.txt");
    let (without, mut data_english) = registry_english(&read(&bodies.to_string_lossy()));
    let english_apart = env::var_os("CARGO_FEATURE_ENGLISH_APART").is_some();
    if english_apart {
        fs::write(&bodies, without).expect("write bodies.txt to OUT_DIR");
    }

    // The indicators' names in English after the registry's, apart with them.
    tables(&out_dir, "indicators", |data| {
        let parsed = indicators_data::parse(data)?;
        let at = data_english.len();
        data_english.extend(parsed.indicators.iter().map(|i| i.en.clone()));
        Ok(indicators_data::to_rust(
            &parsed,
            english_apart.then_some(at),
        ))
    });
    tables(&out_dir, "national-targets", |data| {
        let indicators = indicators_data::parse(&read("data/indicators.txt"))?;
        let is_indicator = |id: &str| indicators.indicators.iter().any(|i| i.id == id);
        national_data::parse(data, &is_indicator).map(|t| national_data::to_rust(&t))
    });
    tables(&out_dir, "titles", |data| {
        titles_data::parse(data).map(|t| titles_data::to_rust(&t))
    });
    messages(&out_dir, &data_english, english_apart);
    tables(&out_dir, "legal", |data| {
        legal::catalogue_data::parse(data)
            .map(|p| legal::catalogue_data::to_rust(&p))
            .map_err(|e| e.to_string())
    });
}

/// `data/NAME.txt` turned by `to_rust` into `OUT_DIR/NAME.rs`; a mistake in the data
/// (its message names the file and line) stops the build.
fn tables(out_dir: &str, name: &str, to_rust: impl FnOnce(&str) -> Result<String, String>) {
    let data = read(&format!("data/{name}.txt"));
    let rust = to_rust(&data).unwrap_or_else(|e| panic!("data/{e}"));
    fs::write(Path::new(out_dir).join(format!("{name}.rs")), rust)
        .unwrap_or_else(|e| panic!("write {name}.rs to OUT_DIR: {e}"));
}

/// `data/messages/*.txt`, in the order of their names, as `OUT_DIR/messages.rs`: one
/// function per message; their English and then `data_english` as `OUT_DIR/messages.en`.
fn messages(out_dir: &str, data_english: &[String], english_apart: bool) {
    let mut files: Vec<_> = fs::read_dir("data/messages")
        .expect("read data/messages")
        .map(|e| e.expect("list data/messages").path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    files.sort();
    let mut all = Vec::new();
    for path in files {
        let name = path
            .file_name()
            .expect("a file name")
            .to_string_lossy()
            .into_owned();
        let data = read(&path.to_string_lossy());
        all.extend(
            messages_data::parse(&name, &data).unwrap_or_else(|e| panic!("data/messages/{e}")),
        );
    }
    // The drop-in's checkers (forms-wasm, text-wasm) take their English from apart.
    let rust =
        messages_data::to_rust(&all, english_apart).unwrap_or_else(|e| panic!("data/messages/{e}"));
    fs::write(Path::new(out_dir).join("messages.rs"), rust)
        .unwrap_or_else(|e| panic!("write messages.rs to OUT_DIR: {e}"));
    // Written by every build (scripts/build.sh ships it as pkg/baocao.en.txt); its first
    // line and count are what src/messages/english.rs accepts.
    let english = messages_data::english(&all, data_english);
    let first = english.lines().next().unwrap_or_default();
    fs::write(Path::new(out_dir).join("messages.en"), &english)
        .unwrap_or_else(|e| panic!("write messages.en to OUT_DIR: {e}"));
    fs::write(
        Path::new(out_dir).join("messages_en.rs"),
        format!(
            "/// The first line of the English this build was made with.\npub const FIRST_LINE: &str = {first:?};\n/// How many lines it has: the messages, then the data's English.\npub const COUNT: usize = {};\n/// The place of the data's first line.\npub const DATA_AT: usize = {};\n",
            all.len() + data_english.len(),
            all.len()
        ),
    )
    .unwrap_or_else(|e| panic!("write messages_en.rs to OUT_DIR: {e}"));
}

/// The English of the registry's bodies (the last field of each `>` line, a successor's
/// work, in the order of the lines), and the bodies without it: the field left empty,
/// which `src/agency/data.rs` reads as the next place apart. A body's note (a `!` line)
/// is left out of those bodies, in both languages: no function of the checkers that
/// take them (the drop-in's) shows a note (benches/size-steps.md, row 61).
fn registry_english(bodies: &str) -> (String, Vec<String>) {
    let mut english = Vec::new();
    let without = bodies
        .split_inclusive('\n')
        .map(|line| {
            let trimmed = line.trim_start();
            if trimmed.starts_with('!') {
                // The line stays, empty: a data error still names its line.
                return "\n".to_owned();
            }
            match line.rsplit_once('|') {
                Some((head, words)) if trimmed.starts_with('>') => {
                    english.push(words.trim().to_owned());
                    format!("{head}|\n")
                }
                _ => line.to_owned(),
            }
        })
        .collect();
    (without, english)
}

fn read(path: &str) -> String {
    fs::read_to_string(path).unwrap_or_else(|e| panic!("read {path}: {e}"))
}

fn copy_without_comments(from: &Path, to: &Path) {
    fs::create_dir_all(to).expect("create the data folder in OUT_DIR");
    for entry in fs::read_dir(from).expect("read data/") {
        let path = entry.expect("list data/").path();
        let target = to.join(path.file_name().expect("a file name"));
        if path.is_dir() {
            copy_without_comments(&path, &target);
            continue;
        }
        let text = fs::read_to_string(&path).expect("data files are UTF-8");
        let kept: String = text
            .split_inclusive('\n')
            .map(|line| {
                if line.trim_start().starts_with('#') {
                    if line.ends_with('\n') {
                        "\n"
                    } else {
                        ""
                    }
                } else {
                    line
                }
            })
            .collect();
        fs::write(&target, kept).expect("write the data file to OUT_DIR");
    }
}
