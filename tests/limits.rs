#![cfg(not(target_arch = "wasm32"))]
//! The limits of src/limits.rs (issue 18), natively: each refused with a clear error
//! naming it (exit 2 in the CLI), never by running out of memory or waiting forever.
//! The browser's side is in tests/web.rs.

mod common;

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use baocao::limits::{MAX_FILE_BYTES, MAX_FINDINGS, MAX_ITEMS, MAX_TEXT};
use baocao::{check_document, try_check_text, Options};

// The limits as the README and the guide state them: changing one is a decision, not a
// side effect.
#[test]
fn the_limits_are_those_documented() {
    assert_eq!(MAX_TEXT, 20_000_000);
    assert_eq!(MAX_ITEMS, 10_000);
    assert_eq!(baocao::limits::MAX_VALUES, 100_000);
    assert_eq!(baocao::form::MAX_DEPTH, 32);
    assert_eq!(MAX_FINDINGS, 5_000);
    assert_eq!(MAX_FILE_BYTES, 50_000_000);
    let readme =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md")).unwrap();
    for stated in [
        "20,000,000",
        "10,000",
        "100,000",
        "32",
        "5,000",
        "50,000,000",
    ] {
        assert!(readme.contains(stated), "README does not state {stated}");
    }
}

fn scratch(test: &str) -> PathBuf {
    common::scratch("limits", test)
}

struct Run {
    code: i32,
    stdout: String,
    stderr: String,
    took: Duration,
}

/// Runs the CLI; a run that has not ended after 60 s is killed and fails the test
/// (what a FIFO did: it waited forever).
fn cli(args: &[&str], stdin: Option<Vec<u8>>) -> Run {
    let started = Instant::now();
    let mut child = Command::new(env!("CARGO_BIN_EXE_baocao"))
        .args(args)
        .stdin(if stdin.is_some() {
            Stdio::piped()
        } else {
            Stdio::null()
        })
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let writer = stdin.map(|bytes| {
        let mut input = child.stdin.take().unwrap();
        std::thread::spawn(move || {
            let _ = input.write_all(&bytes);
        })
    });
    let id = child.id();
    let watchdog = std::thread::spawn(move || {
        std::thread::sleep(Duration::from_secs(60));
        // Only our own child, by its id.
        let _ = Command::new("kill").arg("-9").arg(id.to_string()).status();
    });
    let out = child.wait_with_output().unwrap();
    drop(watchdog);
    if let Some(w) = writer {
        let _ = w.join();
    }
    let took = started.elapsed();
    assert!(took < Duration::from_secs(60), "the CLI hung: {args:?}");
    Run {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
        took,
    }
}

const PLAN: &str = "ỦY BAN NHÂN DÂN\nTỈNH HƯNG YÊN\nSố: 12/KH-UBND\n\
    Hưng Yên, ngày 10 tháng 01 năm 2026\n\nKẾ HOẠCH\nPhòng, chống mua bán người năm 2026\n\n\
    I. MỤC ĐÍCH, YÊU CẦU\n\nNâng cao hiệu quả.\n";

fn mkfifo(path: &Path) {
    let status = Command::new("mkfifo").arg(path).status().unwrap();
    assert!(status.success());
}

#[test]
fn a_fifo_named_on_the_command_line_is_refused_at_once() {
    let dir = scratch("fifo-arg");
    let fifo = dir.join("pipe.txt");
    mkfifo(&fifo);
    std::fs::write(dir.join("plan.txt"), PLAN).unwrap();
    let run = cli(
        &[
            "check",
            "--format",
            "json",
            fifo.to_str().unwrap(),
            dir.join("plan.txt").to_str().unwrap(),
        ],
        None,
    );
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(run.stderr.contains("not a regular file"), "{}", run.stderr);
    assert!(run.stderr.contains("pipe.txt"), "{}", run.stderr);
    // The readable file is still checked and reported.
    assert!(run.stdout.contains("plan.txt"), "{}", run.stdout);
    assert!(run.took < Duration::from_secs(30), "{:?}", run.took);
}

#[test]
fn a_fifo_in_a_folder_is_skipped() {
    let dir = scratch("fifo-folder");
    mkfifo(&dir.join("pipe.txt"));
    std::fs::write(dir.join("plan.txt"), PLAN).unwrap();
    let run = cli(&["check", "--format", "json", dir.to_str().unwrap()], None);
    let v: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    let paths: Vec<&str> = v["files"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["path"].as_str().unwrap())
        .collect();
    assert_eq!(paths.len(), 1, "{paths:?}");
    assert!(paths[0].ends_with("plan.txt"));
    assert_ne!(run.code, 2, "{}", run.stderr);
}

#[test]
fn a_device_is_refused_not_read() {
    for device in ["/dev/zero", "/dev/null"] {
        let run = cli(&["check", device], None);
        assert_eq!(run.code, 2, "{device}: {}", run.stderr);
        assert!(run.stderr.contains("not a regular file"), "{}", run.stderr);
    }
}

#[test]
fn a_file_over_the_size_limit_is_refused_unread() {
    let dir = scratch("big-file");
    let big = dir.join("big.txt");
    // Sparse: no disk used, and refused from its size before a byte is read.
    let f = std::fs::File::create(&big).unwrap();
    f.set_len(MAX_FILE_BYTES + 1).unwrap();
    let run = cli(&["check", big.to_str().unwrap()], None);
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(run.stderr.contains("50,000,000 bytes"), "{}", run.stderr);
    let run = cli(&["profile", "--from-plan", big.to_str().unwrap()], None);
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(run.stderr.contains("50,000,000 bytes"), "{}", run.stderr);
}

#[test]
fn stdin_over_the_size_limit_is_refused() {
    let bytes = vec![b'a'; MAX_FILE_BYTES as usize + 10];
    let run = cli(&["check", "-"], Some(bytes));
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(run.stderr.contains("50,000,000 bytes"), "{}", run.stderr);
}

#[test]
fn a_text_over_the_length_limit_is_refused() {
    let long = "a".repeat(MAX_TEXT + 1);
    let e = try_check_text(&long, &Options::default()).unwrap_err();
    assert!(
        e.en.contains("20,000,001") && e.en.contains("20,000,000"),
        "{e}"
    );
    assert!(e.vi.contains("20.000.000"), "{}", e.vi);
    let run = cli(&["check", "-"], Some(long.into_bytes()));
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(
        run.stderr
            .contains("over the limit of 20,000,000 characters"),
        "{}",
        run.stderr
    );
    // At the limit: checked.
    assert!(try_check_text(&"a".repeat(1000), &Options::default()).is_ok());
    // A plan a profile is derived from, likewise.
    let dir = scratch("long-plan");
    let plan = dir.join("plan.txt");
    std::fs::write(&plan, "a".repeat(MAX_TEXT + 1)).unwrap();
    let run = cli(&["profile", "--from-plan", plan.to_str().unwrap()], None);
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(
        run.stderr
            .contains("over the limit of 20,000,000 characters"),
        "{}",
        run.stderr
    );
}

#[test]
fn a_form_with_too_many_items_is_refused() {
    let dir = scratch("many-items");
    let tasks = vec![serde_json::json!({"lead": "Sở Y tế"}); MAX_ITEMS + 1];
    let form = serde_json::json!({"reportType": "half_year", "tasks": tasks});
    let path = dir.join("bao-cao.json");
    std::fs::write(&path, form.to_string()).unwrap();
    let run = cli(&["check", path.to_str().unwrap()], None);
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(
        run.stderr
            .contains("10,001 items, over the limit of 10,000"),
        "{}",
        run.stderr
    );
    // A profile likewise.
    let profile = serde_json::json!({"name": "x", "tasks": vec![serde_json::json!({"ref": "1", "lead": "Sở Y tế"}); MAX_ITEMS + 1]});
    let p = dir.join("p.json");
    std::fs::write(&p, profile.to_string()).unwrap();
    std::fs::write(dir.join("plan.txt"), PLAN).unwrap();
    let run = cli(
        &[
            "check",
            "--profile",
            p.to_str().unwrap(),
            dir.join("plan.txt").to_str().unwrap(),
        ],
        None,
    );
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(
        run.stderr.contains("over the limit of 10,000"),
        "{}",
        run.stderr
    );
}

/// More findings than the limit: the first 5,000, then one info finding saying how
/// many more there are, in order.
#[test]
fn findings_past_the_limit_are_counted_in_one() {
    let text = |dates: usize| {
        let mut text = String::from(PLAN);
        for i in 0..dates {
            text.push_str(&format!("- Hạn {i}: 31/02/2026.\n"));
        }
        text
    };
    // The findings other than the dates' (a missing signature …), counted where
    // there are few.
    let others = check_document(&text(3), &Options::default())
        .iter()
        .filter(|f| f.code != "P001")
        .count();
    let extra = 1234;
    let text = text(MAX_FINDINGS + extra);
    let options = Options {
        lang: baocao::Lang::En,
        ..Options::default()
    };
    let findings = check_document(&text, &options);
    assert_eq!(findings.len(), MAX_FINDINGS + 1);
    let last = findings.last().unwrap();
    assert_eq!(last.code, "X001");
    assert_eq!(last.severity, baocao::Severity::Info);
    // Every impossible date is a finding: all of them and the others, less those shown.
    let more = extra + others;
    assert!(
        last.message
            .contains(&format!("And {} more", grouped(more))),
        "{} (expected {more})",
        last.message
    );
    assert!(last.message_en.contains("5,000"));
    let vi = check_document(&text, &Options::default());
    assert!(
        vi.last().unwrap().message.starts_with("Và "),
        "{:?}",
        vi.last()
    );
}

fn grouped(n: usize) -> String {
    baocao::limits::grouped(n, ',')
}

#[test]
fn file_names_are_shown_without_control_characters() {
    let dir = scratch("names");
    let name = "x\u{1b}[2J\u{1b}]0;owned\u{7}\u{202e}.txt";
    let run = cli(&["check", dir.join(name).to_str().unwrap()], None);
    assert_eq!(run.code, 2);
    assert!(!run.stderr.contains('\u{1b}'), "{:?}", run.stderr);
    assert!(!run.stderr.contains('\u{7}'), "{:?}", run.stderr);
    assert!(!run.stderr.contains('\u{202e}'), "{:?}", run.stderr);
    assert!(
        run.stderr.contains(r"x\x1b[2J\x1b]0;owned\x07\u{202e}.txt"),
        "{:?}",
        run.stderr
    );
    // A file that exists, with an invalid byte: the decoding error names it escaped.
    std::fs::write(dir.join(name), b"\xff\xfe\xff").unwrap();
    let bad = "y\u{1b}[31m.txt";
    std::fs::write(dir.join(bad), b"ok\n\xff").unwrap();
    let run = cli(&["check", dir.to_str().unwrap()], None);
    assert!(!run.stderr.contains('\u{1b}'), "{:?}", run.stderr);
    assert!(run.stderr.contains(r"y\x1b[31m.txt"), "{:?}", run.stderr);
}
