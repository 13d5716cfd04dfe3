#![cfg(not(target_arch = "wasm32"))]
//! Word documents and PDFs through the real binary (issue 17): each fixture of
//! tests/fixtures/docx/ was made from its text by real writers (make.sh there: pandoc
//! for the .docx, Chromium's print for the .pdf), and gives the codes of its text;
//! a .docx's findings name their paragraph. Hostile files exit 2 with a message.

mod common;

use std::path::{Path, PathBuf};

use serde_json::Value;

const TODAY: &str = "2026-11-23";

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/docx")
}

/// Runs the binary in the fixtures folder.
fn run(args: &[&str], stdin: Option<&[u8]>) -> Run {
    common::run_in(&fixtures(), args, stdin)
}

use common::Run;

fn json(path: &str) -> Value {
    let r = run(&["check", "--format", "json", "--today", TODAY, path], None);
    assert!(r.code <= 1, "{path}: exit {}\n{}", r.code, r.stderr);
    serde_json::from_str(&r.stdout).unwrap()
}

fn findings(v: &Value) -> &Vec<Value> {
    v["files"][0]["findings"].as_array().unwrap()
}

fn codes(v: &Value) -> Vec<String> {
    let mut c: Vec<String> = findings(v)
        .iter()
        .map(|f| f["code"].as_str().unwrap().to_owned())
        .collect();
    c.sort();
    c
}

/// The fixtures' names (each `NAME.md` is what pandoc reads); the test fails when there
/// are none, or when one has no .docx or .pdf made from it.
fn texts() -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(fixtures())
        .unwrap()
        .filter_map(|e| {
            let name = e.unwrap().file_name().into_string().unwrap();
            name.strip_suffix(".md").map(str::to_owned)
        })
        .collect();
    names.sort();
    assert!(names.len() >= 3, "{names:?}");
    for n in &names {
        for ext in ["docx", "pdf"] {
            assert!(
                fixtures().join(format!("{n}.{ext}")).is_file(),
                "{n}.{ext} is missing: run bash tests/fixtures/docx/make.sh"
            );
        }
    }
    names
}

/// The text a fixture's codes are compared with: `NAME.txt` when the document is
/// written with grid tables for pandoc (the header and closing side by side), which as
/// text would read as tables; else `NAME.md` itself.
fn text_of(name: &str) -> String {
    if fixtures().join(format!("{name}.txt")).is_file() {
        format!("{name}.txt")
    } else {
        format!("{name}.md")
    }
}

#[test]
fn each_docx_gives_the_codes_of_its_text_and_names_paragraphs() {
    let mut seen = Vec::new();
    for name in texts() {
        let text = json(&text_of(&name));
        let docx = json(&format!("{name}.docx"));
        assert_eq!(codes(&docx), codes(&text), "{name}.docx");
        for f in findings(&docx) {
            let p = f["paragraph"].as_u64();
            assert!(p.is_some_and(|p| p >= 1), "{name}.docx: {f}");
            let excerpt = f["excerpt"].as_str().unwrap();
            assert!(!excerpt.is_empty(), "{name}.docx: {f}");
            seen.push(f["code"].as_str().unwrap().to_owned());
        }
        // A text's findings have neither key.
        for f in findings(&text) {
            assert!(
                f.get("paragraph").is_none() && f.get("excerpt").is_none(),
                "{f}"
            );
        }
    }
    // What the fixtures are there for: Word's numbering rebuilt (a skipped part, the
    // letters without đ) and a table of figures read as a table.
    for code in ["S003", "S004", "T002"] {
        assert!(seen.iter().any(|c| c == code), "{code} not found: {seen:?}");
    }
}

#[test]
fn word_lettering_points_at_its_paragraph_with_the_hand_numbering_hint() {
    let v = json("plan-letters.docx");
    let s004 = findings(&v)
        .iter()
        .find(|f| f["code"] == "S004")
        .expect("S004");
    assert_eq!(s004["paragraph"], 18);
    assert!(
        s004["excerpt"]
            .as_str()
            .unwrap()
            .starts_with("e) Báo Lạng Sơn"),
        "{s004}"
    );
    assert!(s004["hint"]
        .as_str()
        .unwrap()
        .contains("gõ chữ cái bằng tay"));
    // The same list typed by hand has the usual hint.
    let v = json("plan-letters.md");
    let s004 = findings(&v).iter().find(|f| f["code"] == "S004").unwrap();
    assert!(!s004["hint"].as_str().unwrap().contains("Word"));
    // The text output names the paragraph too.
    let r = run(&["check", "--today", TODAY, "plan-letters.docx"], None);
    assert!(r.stdout.contains("plan-letters.docx:"), "{}", r.stdout);
    assert!(r.stdout.contains("(đoạn 18): lỗi[S004]"), "{}", r.stdout);
    let r = run(
        &[
            "check",
            "--lang",
            "en",
            "--today",
            TODAY,
            "plan-letters.docx",
        ],
        None,
    );
    assert!(
        r.stdout.contains("(paragraph 18): error[S004]"),
        "{}",
        r.stdout
    );
}

#[test]
fn header_and_closing_tables_read_as_blocks() {
    // plan-clean.docx has the header (issuer | motto, number | place and date) and the
    // closing (recipients | signature) as two-column Word tables: nothing to find, as in
    // its text with the columns side by side.
    let v = json("plan-clean.docx");
    assert_eq!(codes(&v), Vec::<String>::new(), "{v}");
    assert_eq!(codes(&json("plan-clean.txt")), Vec::<String>::new());
    // And a closing table that leaves out the "Lưu" line is found, in the cell's
    // paragraph.
    let bytes = std::fs::read(fixtures().join("plan-clean.docx")).unwrap();
    // (The dash is Word's bullet, not in the text.)
    let cut = replace(&bytes, "word/document.xml", ">Lưu: VT.<", ">Sở Y tế.<");
    let dir = common::scratch("docx", "closing");
    std::fs::write(dir.join("x.docx"), cut).unwrap();
    let v = json(dir.join("x.docx").to_str().unwrap());
    let f005 = findings(&v)
        .iter()
        .find(|f| f["code"] == "F005")
        .expect("F005");
    assert!(f005["paragraph"].as_u64().unwrap() > 20, "{f005}");
}

/// A stored copy of a .docx with `from` replaced by `to` in one part (the other parts as
/// they were, deflated again).
fn replace(docx: &[u8], part: &str, from: &str, to: &str) -> Vec<u8> {
    let entries = unzip(docx);
    let mut out: Vec<(String, Vec<u8>)> = Vec::new();
    for (name, data) in entries {
        let data = if name == part {
            String::from_utf8(data)
                .unwrap()
                .replace(from, to)
                .into_bytes()
        } else {
            data
        };
        out.push((name, data));
    }
    let refs: Vec<(&str, &[u8], bool)> = out
        .iter()
        .map(|(n, d)| (n.as_str(), d.as_slice(), true))
        .collect();
    zip(&refs)
}

/// The entries of a zip that pandoc wrote (deflated or stored, sizes in the directory).
fn unzip(bytes: &[u8]) -> Vec<(String, Vec<u8>)> {
    let u16_at = |i: usize| u16::from_le_bytes([bytes[i], bytes[i + 1]]) as usize;
    let u32_at = |i: usize| u32::from_le_bytes(bytes[i..i + 4].try_into().unwrap()) as usize;
    let end = (0..bytes.len() - 21)
        .rev()
        .find(|&i| u32_at(i) == 0x0605_4b50)
        .unwrap();
    let (count, mut at) = (u16_at(end + 10), u32_at(end + 16));
    let mut out = Vec::new();
    for _ in 0..count {
        let (method, size) = (u16_at(at + 10), u32_at(at + 20));
        let (name_len, extra, comment) = (u16_at(at + 28), u16_at(at + 30), u16_at(at + 32));
        let local = u32_at(at + 42);
        let name = String::from_utf8(bytes[at + 46..at + 46 + name_len].to_vec()).unwrap();
        let data_at = local + 30 + u16_at(local + 26) + u16_at(local + 28);
        let raw = &bytes[data_at..data_at + size];
        let data = if method == 8 {
            miniz_oxide::inflate::decompress_to_vec(raw).unwrap()
        } else {
            raw.to_vec()
        };
        out.push((name, data));
        at += 46 + name_len + extra + comment;
    }
    out
}

#[test]
fn each_pdf_gives_the_codes_of_its_text() {
    for name in texts() {
        let text = json(&text_of(&name));
        let pdf = json(&format!("{name}.pdf"));
        assert_eq!(codes(&pdf), codes(&text), "{name}.pdf");
    }
}

#[test]
fn a_folder_checks_docx_and_pdf_beside_texts_and_stdin_takes_a_docx() {
    let r = run(&["check", "--format", "json", "--today", TODAY, "."], None);
    let v: Value = serde_json::from_str(&r.stdout).unwrap();
    let paths: Vec<&str> = v["files"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["path"].as_str().unwrap())
        .collect();
    let names = texts();
    let with_txt = names
        .iter()
        .filter(|n| text_of(n).ends_with(".txt"))
        .count();
    assert_eq!(paths.len(), names.len() * 3 + with_txt, "{paths:?}");
    for n in &names {
        for ext in ["docx", "md", "pdf"] {
            assert!(
                paths.contains(&format!("./{n}.{ext}").as_str()),
                "{n}.{ext}: {paths:?}"
            );
        }
    }
    let bytes = std::fs::read(fixtures().join("plan-gap.docx")).unwrap();
    let r = run(
        &["check", "--format", "json", "--today", TODAY, "-"],
        Some(&bytes),
    );
    assert_eq!(r.code, 1, "{}", r.stderr);
    let v: Value = serde_json::from_str(&r.stdout).unwrap();
    assert_eq!(codes(&v), codes(&json("plan-gap.md")));
}

// ------------------------------------------------------------------ hostile files

/// A zip of `(name, data, deflate)` entries, as a test writes one.
fn zip(entries: &[(&str, &[u8], bool)]) -> Vec<u8> {
    let mut out = Vec::new();
    let mut central = Vec::new();
    for (name, data, deflate) in entries {
        let body = if *deflate {
            miniz_oxide::deflate::compress_to_vec(data, 6)
        } else {
            data.to_vec()
        };
        let method: u16 = if *deflate { 8 } else { 0 };
        let offset = out.len() as u32;
        let sizes = [
            (body.len() as u32).to_le_bytes(),
            (data.len() as u32).to_le_bytes(),
        ]
        .concat();
        out.extend_from_slice(b"PK\x03\x04\x14\x00\x00\x00");
        out.extend_from_slice(&method.to_le_bytes());
        out.extend_from_slice(&[0; 8]);
        out.extend_from_slice(&sizes);
        out.extend_from_slice(&(name.len() as u16).to_le_bytes());
        out.extend_from_slice(&[0, 0]);
        out.extend_from_slice(name.as_bytes());
        out.extend_from_slice(&body);
        central.extend_from_slice(b"PK\x01\x02\x14\x00\x14\x00\x00\x00");
        central.extend_from_slice(&method.to_le_bytes());
        central.extend_from_slice(&[0; 8]);
        central.extend_from_slice(&sizes);
        central.extend_from_slice(&(name.len() as u16).to_le_bytes());
        central.extend_from_slice(&[0; 12]);
        central.extend_from_slice(&offset.to_le_bytes());
        central.extend_from_slice(name.as_bytes());
    }
    let at = out.len() as u32;
    let n = (entries.len() as u16).to_le_bytes();
    out.extend_from_slice(&central);
    out.extend_from_slice(b"PK\x05\x06\x00\x00\x00\x00");
    out.extend_from_slice(&[n, n].concat());
    out.extend_from_slice(&(central.len() as u32).to_le_bytes());
    out.extend_from_slice(&at.to_le_bytes());
    out.extend_from_slice(&[0, 0]);
    out
}

/// The hostile files, each with a word its English message must hold.
pub fn hostile() -> Vec<(&'static str, Vec<u8>, &'static str)> {
    let real = std::fs::read(fixtures().join("plan-gap.docx")).unwrap();
    let renamed = {
        // The fixture with its document part renamed: a zip without word/document.xml.
        let mut b = real.clone();
        let from = b"word/document.xml";
        let mut k = 0;
        while k + from.len() <= b.len() {
            if &b[k..k + from.len()] == from {
                b[k..k + from.len()].copy_from_slice(b"word/documenx.xml");
            }
            k += 1;
        }
        b
    };
    let laughs = br#"<?xml version="1.0"?><!DOCTYPE w [<!ENTITY a "ha"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]><w:document xmlns:w="w"><w:body><w:p><w:r><w:t>&c;</w:t></w:r></w:p></w:body></w:document>"#;
    let external = br#"<?xml version="1.0"?><!DOCTYPE w [<!ENTITY x SYSTEM "file:///etc/passwd">]><w:document xmlns:w="w"><w:body><w:p><w:r><w:t>&x;</w:t></w:r></w:p></w:body></w:document>"#;
    let zeros = vec![b' '; 60_000_000];
    vec![
        (
            "not-a-zip.docx",
            "KẾ HOẠCH\nSố: 1/KH-UBND\n".as_bytes().to_vec(),
            "not a zip",
        ),
        ("no-document.docx", renamed, "without word/document.xml"),
        (
            "truncated.docx",
            real[..real.len() / 2].to_vec(),
            "truncated",
        ),
        (
            "truncated-end.docx",
            real[..real.len() - 10].to_vec(),
            "truncated",
        ),
        (
            "bomb.docx",
            zip(&[("word/document.xml", &zeros, true)]),
            "zip bomb",
        ),
        (
            "ratio.docx",
            zip(&[("word/document.xml", &zeros[..20_000_000], true)]),
            "zip bomb",
        ),
        (
            "laughs.docx",
            zip(&[("word/document.xml", laughs, false)]),
            "DTD",
        ),
        (
            "external.docx",
            zip(&[("word/document.xml", external, false)]),
            "DTD",
        ),
        (
            "old.doc",
            [
                &[0xd0u8, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1][..],
                &[0; 512],
            ]
            .concat(),
            "Save As > Word Document (.docx)",
        ),
    ]
}

#[test]
fn hostile_files_exit_2_with_a_message_and_the_rest_is_checked() {
    let dir = common::scratch("docx", "hostile");
    let cases = hostile();
    for (name, bytes, words) in &cases {
        let path = dir.join(name);
        std::fs::write(&path, bytes).unwrap();
        let started = std::time::Instant::now();
        let r = run(&["check", "--lang", "en", path.to_str().unwrap()], None);
        assert_eq!(r.code, 2, "{name}: {}{}", r.stdout, r.stderr);
        assert!(
            r.stderr.contains(name) && r.stderr.contains(words),
            "{name}: {}",
            r.stderr
        );
        assert!(
            r.stderr.starts_with("lỗi: "),
            "{name}: Vietnamese first: {}",
            r.stderr
        );
        assert!(
            started.elapsed().as_secs() < 10,
            "{name}: {:?}",
            started.elapsed()
        );
    }
    // In a folder, beside a good document: each hostile file is named, the good one is
    // checked, and the exit is 2.
    std::fs::copy(fixtures().join("plan-gap.docx"), dir.join("good.docx")).unwrap();
    let r = run(&["check", "--format", "json", dir.to_str().unwrap()], None);
    assert_eq!(r.code, 2);
    let v: Value = serde_json::from_str(&r.stdout).unwrap();
    assert_eq!(v["files"].as_array().unwrap().len(), 1, "{v}");
    assert_eq!(r.stderr.lines().count(), cases.len(), "{}", r.stderr);
}

#[test]
fn a_pdf_with_no_text_layer_says_so() {
    let r = run(&["check", "--lang", "en", "scanned.pdf"], None);
    assert_eq!(r.code, 2, "{}{}", r.stdout, r.stderr);
    assert!(r.stderr.contains("no text layer"), "{}", r.stderr);
    let dir = common::scratch("docx", "pdf");
    let path = dir.join("broken.pdf");
    std::fs::write(&path, b"%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n").unwrap();
    let r = run(&["check", "--lang", "en", path.to_str().unwrap()], None);
    assert_eq!(r.code, 2, "{}{}", r.stdout, r.stderr);
    assert!(r.stderr.contains("the PDF cannot be read"), "{}", r.stderr);
}
