#![cfg(not(target_arch = "wasm32"))]
//! The command line, through the real binary: exit codes, output formats, reading
//! files, folders and stdin in the encodings real documents come in.

mod common;

use std::path::{Path, PathBuf};

use serde_json::Value;

const TODAY: &str = "2026-11-23";

/// The rule codes fixed in DESIGN §3 (the catalogue extends them; none is ever removed).
const CODES: [&str; 30] = [
    "S001", "S002", "S003", "S004", "S005", "F001", "F002", "F003", "F004", "F005", "A001", "A002",
    "A003", "A004", "A005", "P001", "P002", "P003", "P004", "P005", "P006", "P007", "T001", "T002",
    "T003", "T004", "T005", "T006", "R001", "L001",
];

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/cli")
}

fn fixture_text(name: &str) -> String {
    std::fs::read_to_string(fixtures().join(name)).unwrap()
}

fn scratch(test: &str) -> PathBuf {
    common::scratch("cli", test)
}

/// Runs the binary in the fixtures folder, with `stdin` piped in when given.
fn run(args: &[&str], stdin: Option<&[u8]>) -> Run {
    run_in(&fixtures(), args, stdin)
}

use common::{run_in, Run};

fn check_json(paths: &[&str]) -> Run {
    let mut args = vec!["check", "--format", "json", "--today", TODAY];
    args.extend_from_slice(paths);
    run(&args, None)
}

/// (code, line) of every finding of the only file in a JSON output.
fn codes_lines(v: &Value) -> Vec<(String, u64)> {
    v["files"][0]["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            (
                f["code"].as_str().unwrap().to_owned(),
                f["line"].as_u64().unwrap(),
            )
        })
        .collect()
}

fn utf16_offset(text: &str, needle: &str) -> u64 {
    let byte = text.find(needle).unwrap();
    text[..byte].encode_utf16().count() as u64
}

// ---------------------------------------------------------------- exit codes

#[test]
fn a_clean_plan_exits_0() {
    let r = run(&["check", "--today", TODAY, "plan-clean.txt"], None);
    assert_eq!(r.code, 0, "{}{}", r.stdout, r.stderr);
    assert_eq!(r.stdout, "0 lỗi, 0 cảnh báo trong 1 tệp\n");
    assert_eq!(r.stderr, "");
    let r = check_json(&["plan-clean.txt"]);
    assert_eq!(r.code, 0);
    assert_eq!(r.json()["files"][0]["findings"], serde_json::json!([]));
}

#[test]
fn a_skipped_part_exits_1_and_points_at_it() {
    let r = run(&["check", "--today", TODAY, "plan-gap.txt"], None);
    assert_eq!(r.code, 1, "{}{}", r.stdout, r.stderr);
    assert!(
        r.stdout.contains("plan-gap.txt:30:1: lỗi[S003] "),
        "{}",
        r.stdout
    );
    assert!(r.stdout.contains("30 | IV. TỔ CHỨC THỰC HIỆN\n"));
    assert!(r.stdout.ends_with("1 lỗi, 0 cảnh báo trong 1 tệp\n"));
}

#[test]
fn warnings_alone_exit_0() {
    // The clean plan as a draft: the number left blank is a warning, not an error.
    let draft = fixture_text("plan-clean.txt").replace("Số: 42/KH-UBND", "Số:    /KH-UBND");
    let r = run(
        &["check", "--format", "json", "--today", TODAY, "-"],
        Some(draft.as_bytes()),
    );
    assert_eq!(r.code, 0, "{}{}", r.stdout, r.stderr);
    let findings = r.json()["files"][0]["findings"].clone();
    assert!(
        findings
            .as_array()
            .unwrap()
            .iter()
            .any(|f| f["code"] == "F002" && f["severity"] == "warning" && f["line"] == 4),
        "{findings}"
    );
}

#[test]
fn io_errors_win_over_findings_and_other_files_are_still_checked() {
    let r = check_json(&["plan-gap.txt", "khong-co.txt"]);
    assert_eq!(r.code, 2);
    assert!(
        r.stderr.contains("lỗi: không đọc được tệp khong-co.txt (")
            && r.stderr.contains("/ error: cannot read khong-co.txt"),
        "{}",
        r.stderr
    );
    let v = r.json();
    assert_eq!(v["files"].as_array().unwrap().len(), 1);
    assert_eq!(v["files"][0]["path"], "plan-gap.txt");
}

#[test]
fn a_missing_file_alone_exits_2() {
    let r = run(&["check", "khong-co.txt"], None);
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("khong-co.txt"), "{}", r.stderr);
}

#[test]
fn usage_errors_exit_2() {
    for args in [
        &["check"][..],
        &["check", "--format", "xml", "plan-clean.txt"],
        &["check", "--lang", "fr", "plan-clean.txt"],
        &["check", "--kind", "memo", "plan-clean.txt"],
        &["check", "--no-such-flag", "plan-clean.txt"],
        &["lint", "plan-clean.txt"],
        &["rules", "--format", "yaml"],
        &[],
    ] {
        let r = run(args, None);
        assert_eq!(r.code, 2, "{args:?}: {}{}", r.stdout, r.stderr);
        assert!(!r.stderr.is_empty(), "{args:?}");
    }
}

#[test]
fn help_and_version_exit_0() {
    let r = run(&["--version"], None);
    assert_eq!(r.code, 0);
    assert_eq!(
        r.stdout.trim(),
        format!("baocao {}", env!("CARGO_PKG_VERSION"))
    );
    for args in [&["--help"][..], &["check", "--help"], &["rules", "--help"]] {
        let r = run(args, None);
        assert_eq!(r.code, 0, "{args:?}");
        assert!(r.stdout.contains("Usage"), "{args:?}: {}", r.stdout);
    }
    assert!(run(&["check", "--help"], None).stdout.contains("--today"));
}

// ---------------------------------------------------------------- options

#[test]
fn a_bad_today_exits_2() {
    for bad in ["2026-02-30", "23/11/2026", "hôm nay", ""] {
        let r = run(&["check", "--today", bad, "plan-clean.txt"], None);
        assert_eq!(r.code, 2, "{bad}");
        assert!(
            r.stderr.contains("--today") && r.stderr.contains("YYYY-MM-DD"),
            "{bad}: {}",
            r.stderr
        );
        assert_eq!(r.stdout, "", "{bad}: nothing is checked");
    }
}

#[test]
fn profiles() {
    let r = run(&["check", "--profile", "national", "plan-clean.txt"], None);
    assert_eq!(r.code, 0, "{}", r.stderr);

    let r = run(&["check", "--profile", "ha-noi", "plan-clean.txt"], None);
    assert_eq!(r.code, 2);
    assert!(
        r.stderr.contains("\"ha-noi\"") && r.stderr.contains("national"),
        "{}",
        r.stderr
    );
    assert_eq!(r.stdout, "");

    // A file that is not a JSON profile: said so, not "unknown" (tests/profile.rs
    // covers profile files).
    let r = run(
        &["check", "--profile", "plan-clean.txt", "plan-clean.txt"],
        None,
    );
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("invalid profile"), "{}", r.stderr);
}

#[test]
fn english_messages() {
    let r = run(
        &["check", "--lang", "en", "--today", TODAY, "plan-gap.txt"],
        None,
    );
    assert_eq!(r.code, 1);
    assert!(
        r.stdout.contains(
            "plan-gap.txt:30:1: error[S003] Item II is followed by item IV: item III is missing."
        ),
        "{}",
        r.stdout
    );
    assert!(r.stdout.contains("= hint: "), "{}", r.stdout);
    assert!(r.stdout.ends_with("1 error, 0 warnings in 1 file\n"));
    let v = run(
        &["check", "--lang", "en", "--format", "json", "plan-gap.txt"],
        None,
    )
    .json();
    let f = &v["files"][0]["findings"][0];
    assert_eq!(f["message"], f["messageEn"]);
}

#[test]
fn kind_option_applies_when_the_document_does_not_say() {
    let body = "I. TÌNH HÌNH\n\nNội dung.\n";
    let r = run(
        &["check", "--format", "json", "--kind", "report", "-"],
        Some(body.as_bytes()),
    );
    assert_eq!(r.json()["files"][0]["kind"], "report");
    let r = run(&["check", "--format", "json", "-"], Some(body.as_bytes()));
    assert_eq!(r.json()["files"][0]["kind"], "plan");
}

// ---------------------------------------------------------------- JSON and SARIF

#[test]
fn json_shape() {
    let r = check_json(&["plan-gap.txt", "plan-clean.txt"]);
    assert_eq!(r.code, 1);
    let v = r.json();
    assert_eq!(v.as_object().unwrap().keys().collect::<Vec<_>>(), ["files"]);
    let files = v["files"].as_array().unwrap();
    assert_eq!(files.len(), 2);
    for file in files {
        let mut keys: Vec<_> = file.as_object().unwrap().keys().cloned().collect();
        keys.sort();
        assert_eq!(keys, ["findings", "kind", "path"]);
        assert_eq!(file["kind"], "plan");
    }
    assert_eq!(files[0]["path"], "plan-gap.txt");
    assert_eq!(files[1]["path"], "plan-clean.txt");

    let f = &files[0]["findings"][0];
    let mut keys: Vec<_> = f.as_object().unwrap().keys().cloned().collect();
    keys.sort();
    assert_eq!(
        keys,
        [
            "code",
            "column",
            "end",
            "hint",
            "line",
            "message",
            "messageEn",
            "path",
            "severity",
            "start",
            "suggestion"
        ]
    );
    assert_eq!(f["code"], "S003");
    assert_eq!(f["severity"], "error");
    assert_eq!(f["line"], 30);
    assert_eq!(f["column"], 1);
    assert!(f["path"].is_null() && f["suggestion"].is_null());
    assert!(f["hint"].is_string());
    let text = fixture_text("plan-gap.txt");
    assert_eq!(f["start"], utf16_offset(&text, "IV. TỔ CHỨC"));
    assert_eq!(codes_lines(&v), [("S003".to_owned(), 30)]);
}

#[test]
fn sarif_is_a_valid_log() {
    let r = run(
        &[
            "check",
            "--format",
            "sarif",
            "--today",
            TODAY,
            "plan-gap.txt",
        ],
        None,
    );
    assert_eq!(r.code, 1);
    let v = r.json();
    assert_eq!(v["version"], "2.1.0");
    assert!(v["$schema"].as_str().unwrap().contains("sarif-2.1.0"));
    let run0 = &v["runs"][0];
    let driver = &run0["tool"]["driver"];
    assert_eq!(driver["name"], "baocao");
    assert_eq!(driver["version"], env!("CARGO_PKG_VERSION"));
    let rules = driver["rules"].as_array().unwrap();
    assert_eq!(rules.len(), baocao::RULES.len());
    for rule in rules {
        for key in ["id", "name", "shortDescription", "fullDescription", "help"] {
            assert!(!rule[key].is_null(), "{} lacks {key}", rule["id"]);
        }
        assert!(rule["help"]["markdown"].is_string());
    }
    let results = run0["results"].as_array().unwrap();
    assert_eq!(results.len(), 1);
    let r0 = &results[0];
    assert_eq!(r0["ruleId"], "S003");
    assert_eq!(r0["level"], "error");
    assert!(r0["message"]["text"].as_str().unwrap().contains("IV"));
    assert_eq!(
        rules[r0["ruleIndex"].as_u64().unwrap() as usize]["id"],
        "S003"
    );
    let loc = &r0["locations"][0]["physicalLocation"];
    assert_eq!(loc["artifactLocation"]["uri"], "plan-gap.txt");
    assert_eq!(loc["region"]["startLine"], 30);
    assert_eq!(loc["region"]["startColumn"], 1);
}

/// Issue 18: files that could not be read are in the log (the invocation's
/// notifications, with their location), and the invocation is then not successful.
#[test]
fn sarif_lists_the_files_it_could_not_check() {
    let dir = scratch("sarif-failures");
    std::fs::write(dir.join("good.txt"), fixture_text("plan-gap.txt")).unwrap();
    std::fs::write(dir.join("bad.txt"), b"ok\n\xff\n").unwrap();
    let r = run_in(
        &dir,
        &[
            "check",
            "--format",
            "sarif",
            "--lang",
            "en",
            "good.txt",
            "bad.txt",
            "missing.txt",
        ],
        None,
    );
    assert_eq!(r.code, 2, "{}", r.stderr);
    let v = r.json();
    let invocations = v["runs"][0]["invocations"].as_array().unwrap();
    assert_eq!(invocations.len(), 1);
    assert_eq!(invocations[0]["executionSuccessful"], false);
    let notes = invocations[0]["toolExecutionNotifications"]
        .as_array()
        .unwrap();
    let uris: Vec<&str> = notes
        .iter()
        .map(|n| {
            assert_eq!(n["level"], "error");
            assert!(!n["message"]["text"].as_str().unwrap().is_empty());
            n["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
                .as_str()
                .unwrap()
        })
        .collect();
    assert_eq!(uris, ["missing.txt", "bad.txt"]);
    assert!(notes[1]["message"]["text"]
        .as_str()
        .unwrap()
        .contains("UTF-8"));
    // The readable file's results are still there.
    assert_eq!(v["runs"][0]["results"].as_array().unwrap().len(), 1);

    let ok = run_in(&dir, &["check", "--format", "sarif", "good.txt"], None);
    let v = ok.json();
    assert_eq!(v["runs"][0]["invocations"][0]["executionSuccessful"], true);
    assert_eq!(
        v["runs"][0]["invocations"][0]["toolExecutionNotifications"],
        serde_json::json!([])
    );
}

// ---------------------------------------------------------------- text output

#[test]
fn text_output_snapshot() {
    let r = run(&["check", "--today", TODAY, "plan-gap.txt"], None);
    insta::with_settings!({ snapshot_path => fixtures().join("snapshots") }, {
        insta::assert_snapshot!("plan-gap-text", r.stdout);
    });
}

// ---------------------------------------------------------------- reading input

#[test]
fn stdin_with_a_dash() {
    let text = fixture_text("plan-gap.txt");
    let r = run(
        &["check", "--format", "json", "--today", TODAY, "-"],
        Some(text.as_bytes()),
    );
    assert_eq!(r.code, 1, "{}", r.stderr);
    let v = r.json();
    assert_eq!(v["files"][0]["path"], "<stdin>");
    assert_eq!(codes_lines(&v), [("S003".to_owned(), 30)]);

    let r = run(&["check", "-"], Some(text.as_bytes()));
    assert!(r.stdout.contains("<stdin>:30:1: lỗi[S003]"), "{}", r.stdout);
}

#[test]
fn utf16_le_with_bom_reads_like_utf8() {
    let r = check_json(&["plan-gap-utf16le.txt"]);
    assert_eq!(r.code, 1, "{}", r.stderr);
    let v = r.json();
    assert_eq!(
        codes_lines(&v),
        codes_lines(&check_json(&["plan-gap.txt"]).json())
    );
    // Offsets are UTF-16 units of the decoded text (CRLF line ends, no BOM).
    let text = fixture_text("plan-gap.txt").replace('\n', "\r\n");
    assert_eq!(
        v["files"][0]["findings"][0]["start"],
        utf16_offset(&text, "IV. TỔ CHỨC")
    );
    let r = run(&["check", "plan-gap-utf16le.txt"], None);
    assert!(
        r.stdout.contains("30 | IV. TỔ CHỨC THỰC HIỆN\n"),
        "{}",
        r.stdout
    );
}

#[test]
fn utf16_be_and_utf8_bom() {
    let text = fixture_text("plan-gap.txt");
    let expected = codes_lines(&check_json(&["plan-gap.txt"]).json());

    let mut be = vec![0xfe, 0xff];
    be.extend(text.encode_utf16().flat_map(u16::to_be_bytes));
    let mut bom = vec![0xef, 0xbb, 0xbf];
    bom.extend_from_slice(text.as_bytes());
    for bytes in [be, bom] {
        let r = run(
            &["check", "--format", "json", "--today", TODAY, "-"],
            Some(&bytes),
        );
        assert_eq!(r.code, 1, "{}", r.stderr);
        let v = r.json();
        assert_eq!(codes_lines(&v), expected);
        assert_eq!(
            v["files"][0]["findings"][0]["start"],
            utf16_offset(&text, "IV. TỔ CHỨC")
        );
    }
}

#[test]
fn invalid_utf8_is_an_error_naming_the_file_and_byte() {
    let dir = scratch("invalid-utf8");
    // "Số" in a legacy code page (ó as 0xF3): the second byte of line 3 is not UTF-8.
    std::fs::write(dir.join("cp1258.txt"), b"KE HOACH\n\nS\xf3: 12/KH-UBND\n").unwrap();
    std::fs::write(dir.join("good.txt"), fixture_text("plan-clean.txt")).unwrap();
    let r = run_in(
        &dir,
        &["check", "--format", "json", "cp1258.txt", "good.txt"],
        None,
    );
    assert_eq!(r.code, 2);
    assert!(
        r.stderr.contains("cp1258.txt")
            && r.stderr.contains("UTF-8")
            && r.stderr.contains("byte offset 11"),
        "{}",
        r.stderr
    );
    // The good file is still checked, and the bad one is not half-read.
    let v = r.json();
    assert_eq!(v["files"].as_array().unwrap().len(), 1);
    assert_eq!(v["files"][0]["path"], "good.txt");

    // A broken UTF-16 file (odd length, lone surrogate) is an error too.
    for bytes in [&b"\xff\xfeK\x00H"[..], &b"\xff\xfeK\x00\x00\xd8K\x00"[..]] {
        let r = run(&["check", "-"], Some(bytes));
        assert_eq!(r.code, 2, "{bytes:?}");
        assert!(r.stderr.contains("UTF-16"), "{}", r.stderr);
    }
}

#[test]
fn a_folder_checks_its_files_in_sorted_order() {
    let dir = scratch("folder");
    let gap = fixture_text("plan-gap.txt");
    let clean = fixture_text("plan-clean.txt");
    std::fs::create_dir_all(dir.join("ho-so/xa")).unwrap();
    std::fs::write(dir.join("ho-so/b.txt"), &gap).unwrap();
    std::fs::write(dir.join("ho-so/a.txt"), &clean).unwrap();
    std::fs::write(dir.join("ho-so/c.md"), &clean).unwrap();
    std::fs::write(dir.join("ho-so/xa/d.txt"), &gap).unwrap();
    // Not an extension the folder is searched for (a .doc is: tests/docx.rs).
    std::fs::write(dir.join("ho-so/ghi-chu.odt"), "not a plan").unwrap();
    std::fs::write(dir.join("ho-so/.an.txt"), "hidden").unwrap();
    let r = run_in(
        &dir,
        &["check", "--format", "json", "--today", TODAY, "ho-so"],
        None,
    );
    assert_eq!(r.code, 1, "{}", r.stderr);
    let v = r.json();
    let paths: Vec<&str> = v["files"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["path"].as_str().unwrap())
        .collect();
    let sep = std::path::MAIN_SEPARATOR;
    assert_eq!(
        paths,
        [
            format!("ho-so{sep}a.txt"),
            format!("ho-so{sep}b.txt"),
            format!("ho-so{sep}c.md"),
            format!("ho-so{sep}xa{sep}d.txt"),
        ]
    );
    let errors: Vec<usize> = v["files"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["findings"].as_array().unwrap().len())
        .collect();
    assert_eq!(errors, [0, 1, 0, 1]);

    let r = run_in(&dir, &["check", "ho-so"], None);
    assert!(
        r.stdout.ends_with("2 lỗi, 0 cảnh báo trong 4 tệp\n"),
        "{}",
        r.stdout
    );
}

#[test]
fn a_folder_mixes_forms_and_documents() {
    let dir = scratch("form");
    std::fs::write(dir.join("bao-cao.json"), r#"{"kind":"report"}"#).unwrap();
    std::fs::write(dir.join("ke-hoach.txt"), fixture_text("plan-clean.txt")).unwrap();
    let r = run_in(&dir, &["check", "--format", "json", "."], None);
    assert_eq!(r.code, 1, "{}", r.stderr);
    let files = r.json()["files"].as_array().unwrap().clone();
    assert_eq!(files.len(), 2);
    let form = files
        .iter()
        .find(|f| f["path"].as_str().unwrap().ends_with("bao-cao.json"))
        .unwrap();
    assert_eq!(form["kind"], "report");
    assert!(form["findings"][0]["path"].is_string());
}

#[test]
fn odd_input_never_panics() {
    for bytes in [
        &b""[..],
        b"\n\n\n",
        b"\xef\xbb\xbf",
        b"\xff\xfe",
        b"I.\r\nII.\rIV.\n\x00\x1b[2J",
        "Số:\u{a0}/KH-\u{202e}UBND\t\u{301}".as_bytes(),
    ] {
        for format in ["text", "json", "sarif"] {
            let r = run(&["check", "--format", format, "-"], Some(bytes));
            assert!(
                r.code == 0 || r.code == 1,
                "{bytes:?} {format}: {}",
                r.stderr
            );
            if format == "text" {
                assert!(!r.stdout.contains('\u{1b}'), "escape reached the terminal");
            } else {
                r.json();
            }
        }
    }
}

// ---------------------------------------------------------------- rules

#[test]
fn rules_json_lists_every_code_with_status() {
    let r = run(&["rules", "--format", "json"], None);
    assert_eq!(r.code, 0);
    let v = r.json();
    let rules = v.as_array().unwrap();
    let codes: Vec<&str> = rules.iter().map(|r| r["code"].as_str().unwrap()).collect();
    for code in CODES {
        assert!(codes.contains(&code), "{code} is missing");
    }
    // Written out, not read from the registry under test: a rule that changes its
    // severity or stops being implemented changes what agencies see, so it changes
    // this table on purpose.
    const EXPECTED: [(&str, &str); 33] = [
        ("S001", "error"),
        ("S002", "error"),
        ("S003", "error"),
        ("S004", "error"),
        ("S005", "error"),
        ("F001", "error"),
        ("F002", "warning"),
        ("F003", "error"),
        ("F004", "error"),
        ("F005", "error"),
        ("F006", "error"),
        ("A001", "error"),
        ("A002", "warning"),
        ("A003", "error"),
        ("A004", "error"),
        ("A005", "error"),
        ("P001", "error"),
        ("P002", "error"),
        ("P003", "error"),
        ("P004", "warning"),
        ("P005", "error"),
        ("P006", "warning"),
        ("P007", "error"),
        ("T001", "error"),
        ("T002", "error"),
        ("T003", "error"),
        ("T004", "warning"),
        ("T005", "warning"),
        ("T006", "warning"),
        ("T007", "error"),
        ("R001", "warning"),
        ("L001", "error"),
        ("X001", "info"),
    ];
    let got: Vec<(&str, &str, &str)> = rules
        .iter()
        .map(|r| {
            assert!(r["title"]["vi"].is_string() && r["title"]["en"].is_string());
            (
                r["code"].as_str().unwrap(),
                r["severity"].as_str().unwrap(),
                r["status"].as_str().unwrap(),
            )
        })
        .collect();
    let want: Vec<(&str, &str, &str)> = EXPECTED
        .iter()
        .map(|&(code, severity)| (code, severity, "implemented"))
        .collect();
    assert_eq!(got, want);
}

#[test]
fn rules_text_and_markdown() {
    let r = run(&["rules"], None);
    assert_eq!(r.code, 0);
    assert_eq!(r.stdout.lines().count(), baocao::RULES.len());
    assert!(r
        .stdout
        .starts_with("S001  error    implemented  Thiếu phần bắt buộc\n"));
    let r = run(&["rules", "--lang", "en"], None);
    assert!(r
        .stdout
        .contains("S003  error    implemented  A number skips or repeats\n"));
    let r = run(&["rules", "--format", "markdown"], None);
    assert_eq!(r.code, 0);
    assert_eq!(r.stdout, baocao::render::rules::markdown());
}

#[test]
fn many_files_checked_in_parallel_keep_their_sorted_order() {
    let dir = scratch("parallel");
    let gap = fixture_text("plan-gap.txt");
    let clean = fixture_text("plan-clean.txt");
    // Sizes differ, so that the workers finish out of order.
    for i in 0..120 {
        let text = if i % 3 == 0 {
            gap.clone()
        } else {
            clean.repeat(1 + i % 7)
        };
        std::fs::write(dir.join(format!("{i:03}.txt")), text).unwrap();
    }
    let r = run_in(
        &dir,
        &["check", "--format", "json", "--today", TODAY, "."],
        None,
    );
    assert_eq!(r.code, 1, "{}", r.stderr);
    let v = r.json();
    let files = v["files"].as_array().unwrap();
    let sep = std::path::MAIN_SEPARATOR;
    let paths: Vec<&str> = files.iter().map(|f| f["path"].as_str().unwrap()).collect();
    let expected: Vec<String> = (0..120).map(|i| format!(".{sep}{i:03}.txt")).collect();
    assert_eq!(paths, expected);
    for (i, f) in files.iter().enumerate() {
        let n = f["findings"].as_array().unwrap().len();
        assert_eq!(n > 0, i % 3 == 0, "{}", paths[i]);
    }
    // Not a terminal: no progress bar on stderr.
    assert!(r.stderr.is_empty(), "{}", r.stderr);
}

// ---------------------------------------------------------------- report forms

fn forms() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/forms")
}

/// (code, path) of every finding of the only file in a JSON output.
fn codes_paths(v: &Value) -> Vec<(String, String)> {
    v["files"][0]["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            (
                f["code"].as_str().unwrap().to_owned(),
                f["path"].as_str().unwrap_or("").to_owned(),
            )
        })
        .collect()
}

#[test]
fn a_json_file_is_checked_as_a_report_form() {
    let args = [
        "check",
        "--format",
        "json",
        "--today",
        "2026-06-20",
        "report-good.json",
    ];
    let r = run_in(&forms(), &args, None);
    assert_eq!(r.code, 0, "{}", r.stdout);
    let v = r.json();
    assert_eq!(v["files"][0]["kind"], "report");
    assert_eq!(v["files"][0]["findings"], serde_json::json!([]));
}

#[test]
fn a_messy_form_gets_findings_on_its_fields() {
    let args = [
        "check",
        "--format",
        "json",
        "--today",
        "2026-06-20",
        "report-messy.json",
    ];
    let r = run_in(&forms(), &args, None);
    assert_eq!(r.code, 1, "{}", r.stderr);
    let found = codes_paths(&r.json());
    for (code, path) in [
        ("F001", "/number"),
        ("F003", "/place"),
        ("P001", "/periodFrom"),
        ("F006", "/periodTo"),
        ("S001", "/sections/assessment"),
        ("S001", "/sections/nextSteps"),
        ("A003", "/agency"),
        ("A001", "/tasks/0/lead"),
        ("A002", "/tasks/0/partners"),
        ("F006", "/tasks/1"),
        ("F004", "/signer/title"),
        ("F005", "/recipients"),
    ] {
        assert!(
            found.iter().any(|(c, p)| c == code && p == path),
            "no {code} at {path} in {found:?}"
        );
    }
    // every finding points at a field, in the order of the form
    let paths: Vec<&str> = found.iter().map(|(_, p)| p.as_str()).collect();
    assert!(paths.iter().all(|p| p.starts_with('/')), "{paths:?}");
    let at = |p: &str| paths.iter().position(|x| *x == p).unwrap();
    assert!(at("/number") < at("/periodFrom") && at("/periodFrom") < at("/signer/title"));
}

#[test]
fn form_findings_in_text_and_sarif_name_the_field() {
    let r = run_in(&forms(), &["check", "report-messy.json"], None);
    assert!(
        r.stdout
            .contains("report-messy.json#/periodFrom: lỗi[P001]"),
        "{}",
        r.stdout
    );
    let r = run_in(
        &forms(),
        &["check", "--format", "sarif", "report-messy.json"],
        None,
    );
    let v = r.json();
    let results = v["runs"][0]["results"].as_array().unwrap();
    assert!(results.iter().any(|res| {
        res["locations"][0]["logicalLocations"][0]["fullyQualifiedName"] == "/periodFrom"
    }));
}

#[test]
fn a_form_on_stdin_is_read_as_json() {
    let form = std::fs::read(forms().join("report-good.json")).unwrap();
    let r = run(
        &["check", "--format", "json", "--today", "2026-06-20", "-"],
        Some(&form),
    );
    assert_eq!(r.code, 0, "{}", r.stdout);
    assert_eq!(r.json()["files"][0]["kind"], "report");
}

#[test]
fn bad_json_forms_are_clear_errors() {
    let dir = scratch("bad_json_forms");
    std::fs::write(dir.join("broken.json"), "{\"reportType\": \"half_year\",").unwrap();
    let deep = "[".repeat(100_000) + &"]".repeat(100_000);
    std::fs::write(dir.join("deep.json"), deep).unwrap();
    let deep_object = "{\"a\":".repeat(40) + "1" + &"}".repeat(40);
    std::fs::write(dir.join("deep-object.json"), deep_object).unwrap();
    std::fs::write(dir.join("list.json"), "[1, 2]").unwrap();
    std::fs::write(
        dir.join("numbers.json"),
        "{\"year\": 1e309, \"quarter\": -0, \"indicators\": {\"tipsReceived\": \"NaN\"}}",
    )
    .unwrap();

    let r = run_in(&dir, &["check", "broken.json"], None);
    assert_eq!(r.code, 2);
    assert!(
        r.stderr.contains("không phải JSON hợp lệ") && r.stderr.contains("dòng 1"),
        "{}",
        r.stderr
    );
    let r = run_in(&dir, &["check", "deep.json"], None);
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("quá sâu"), "{}", r.stderr);
    let r = run_in(&dir, &["check", "deep-object.json"], None);
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("quá sâu"), "{}", r.stderr);
    // the wrong shape is a finding, not an error
    let r = run_in(&dir, &["check", "--format", "json", "list.json"], None);
    assert_eq!(r.code, 1);
    assert_eq!(
        codes_paths(&r.json())[0],
        ("F006".to_owned(), String::new())
    );
    // numbers no one types: 1e309 is Infinity, as JSON.parse makes it in a page
    // (issue 18: the same verdict), a finding on its field
    let r = run_in(&dir, &["check", "--format", "json", "numbers.json"], None);
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert!(
        codes_paths(&r.json()).contains(&("F006".to_owned(), "/year".to_owned())),
        "{}",
        r.stdout
    );
    // -0 as a year and "NaN" as a count are findings on their fields
    std::fs::write(
        dir.join("zeros.json"),
        r#"{"year": -0, "indicators": {"tipsReceived": "NaN"}}"#,
    )
    .unwrap();
    let r = run_in(&dir, &["check", "--format", "json", "zeros.json"], None);
    assert_eq!(r.code, 1, "{}", r.stderr);
    let found = codes_paths(&r.json());
    for (code, path) in [("F006", "/year"), ("T007", "/indicators/tipsReceived")] {
        assert!(
            found.iter().any(|(c, p)| c == code && p == path),
            "no {code} at {path} in {found:?}"
        );
    }
}

/// Issue 18: `1e400` in a JSON form is what it is in a page once parsed, `Infinity`,
/// and gets the same finding with the same words (tests/web.rs,
/// `infinity_gets_the_verdict_the_cli_gives_1e400`) — not "not valid JSON".
#[test]
fn a_number_too_large_for_a_float_is_infinity_as_in_the_browser() {
    let dir = scratch("1e400");
    let form =
        fixture_text("../forms/report-good.json").replacen("\"year\": 2026", "\"year\": 1e400", 1);
    assert!(
        form.contains("1e400"),
        "the fixture's year is not where it was"
    );
    std::fs::write(dir.join("form.json"), &form).unwrap();
    let r = run_in(
        &dir,
        &[
            "check",
            "--format",
            "json",
            "--lang",
            "en",
            "--today",
            TODAY,
            "form.json",
        ],
        None,
    );
    assert_ne!(r.code, 2, "{}", r.stderr);
    let v = r.json();
    let year: Vec<&Value> = v["files"][0]["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["path"] == "/year")
        .collect();
    assert_eq!(year.len(), 1, "{v}");
    assert_eq!(year[0]["code"], "F006");
    assert_eq!(
        year[0]["message"],
        "Reporting year must be a number: “Infinity” cannot be read."
    );
}

/// Issue 18: a count too large to be exact is quoted as JavaScript writes it (the
/// same in the browser: tests/web.rs), never with digits nobody typed.
#[test]
fn a_huge_count_is_quoted_as_written() {
    let dir = scratch("huge-count");
    std::fs::write(
        dir.join("form.json"),
        r#"{"reportType":"half_year","year":2026,"indicators":{"tipsReceived":99999999999999999999999,"tipsResolved":1,"tipsResolvedRate":"50%"}}"#,
    )
    .unwrap();
    let r = run_in(&dir, &["check", "--lang", "en", "form.json"], None);
    assert!(!r.stdout.contains("611,392"), "{}", r.stdout);
    assert!(
        r.stdout.contains("“1e+23” cannot be read as a number"),
        "{}",
        r.stdout
    );
}

/// Issue 18: a UTF-16 file with no byte-order mark gets a hint, not only "not valid
/// UTF-8".
#[test]
fn utf16_without_a_byte_order_mark_gets_a_hint() {
    let dir = scratch("utf16-no-bom");
    let bytes: Vec<u8> = fixture_text("plan-gap.txt")
        .encode_utf16()
        .flat_map(u16::to_le_bytes)
        .collect();
    std::fs::write(dir.join("plan.txt"), bytes).unwrap();
    let r = run_in(&dir, &["check", "plan.txt"], None);
    assert_eq!(r.code, 2);
    assert!(
        r.stderr
            .contains("looks like UTF-16 (little-endian) without a byte-order mark"),
        "{}",
        r.stderr
    );
    assert!(r.stderr.contains("save it as UTF-8"), "{}", r.stderr);
}
