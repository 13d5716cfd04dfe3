#![cfg(not(target_arch = "wasm32"))]
//! Hostile input (issue 8): whatever people paste into a portal. Each case must finish
//! without a panic and give well-formed findings (or, for bytes that are not text, a
//! clear error from the CLI). Time is `tests/linear.rs`'s: ten times each shape must
//! take about ten times as long.

use std::io::Write;
use std::path::Path;
use std::process::{Command, Stdio};

use baocao::{check_document, Finding, Options};

fn fixture(name: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/documents")
        .join(name);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn options() -> Options {
    Options {
        today: baocao::parse_iso_date("2026-11-23").ok(),
        ..Options::default()
    }
}

/// Checks `text`, asserting what every result must be: inside the input, on UTF-16
/// boundaries, sorted, lines and columns from 1.
fn check(what: &str, text: &str) -> Vec<Finding> {
    let findings = check_document(text, &options());
    let units: Vec<u16> = text.encode_utf16().collect();
    let low = |i: usize| i < units.len() && (0xDC00..=0xDFFF).contains(&units[i]);
    for f in &findings {
        assert!(f.start <= f.end && f.end <= units.len(), "{what}: {f:?}");
        assert!(!low(f.start) && !low(f.end), "{what}: splits a pair: {f:?}");
        assert!(f.line >= 1 && f.column >= 1, "{what}: {f:?}");
    }
    for w in findings.windows(2) {
        assert!(
            (w[0].start, w[0].end, w[0].code) <= (w[1].start, w[1].end, w[1].code),
            "{what}: not sorted"
        );
    }
    findings
}

/// A document of at least `bytes` bytes: a plan whose body repeats.
fn big_document(bytes: usize) -> String {
    let plan = fixture("plan-clean.txt");
    let (head, rest) = plan.split_at(plan.find("I. MỤC ĐÍCH").unwrap());
    let (body, tail) = rest.split_at(rest.find("III. TỔ CHỨC").unwrap());
    let mut out = String::with_capacity(bytes + plan.len());
    out.push_str(head);
    while out.len() < bytes {
        out.push_str(body);
    }
    out.push_str(tail);
    out
}

#[test]
fn ten_megabyte_document() {
    let text = big_document(10 << 20);
    let findings = check("10 MB", &text);
    // The repeated parts are reported, and the report stays bounded by the input.
    assert!(!findings.is_empty());
    assert!(findings.len() < text.len() / 20, "{}", findings.len());
}

#[test]
fn two_megabyte_single_line() {
    let sentence =
        "Công an tỉnh chủ trì, phối hợp Sở Y tế, Ủy ban nhân dân các xã trước ngày 15/4/2026; ";
    let line = sentence.repeat((2 << 20) / sentence.len() + 1);
    check("2 MB line", &line);
    // The same line inside a plan, and NFD with no line end at all.
    let plan = fixture("plan-clean.txt").replacen("\n\n", &format!("\n\n{line}\n\n"), 3);
    check("2 MB line in a plan", &plan);
    let nfd = "Mu\u{323}c tie\u{302}u ".repeat((2 << 20) / 16);
    let f = check("2 MB NFD line", &nfd);
    assert!(f.iter().all(|f| f.line == 1));
}

#[test]
fn ten_thousand_repeated_headings() {
    let plan = fixture("plan-clean.txt");
    for heading in [
        "I. MỤC ĐÍCH, YÊU CẦU\n\n",
        "II. NHIỆM VỤ, GIẢI PHÁP\n\n1. Công tác truyền thông\n\n",
        "KẾ HOẠCH\n",
        "Nơi nhận:\n",
        "Số: 88/KH-UBND\n",
        "#### **1.1.**\n",
    ] {
        let at = plan.find("III. TỔ CHỨC").unwrap();
        let mut text = plan.clone();
        text.insert_str(at, &heading.repeat(10_000));
        let findings = check(heading, &text);
        assert!(findings.len() <= 40_000, "{heading:?}: {}", findings.len());
    }
}

#[test]
fn a_hundred_thousand_blank_lines() {
    let plan = fixture("plan-clean.txt");
    for blank in ["\n", "\r\n", "   \n", "\u{a0}\n", "\r"] {
        let lines = blank.repeat(100_000);
        check("blank lines alone", &lines);
        let text = plan.replacen("\n\n", &format!("\n{lines}\n"), 2);
        let findings = check("blank lines in a plan", &text);
        for f in &findings {
            assert!(f.line <= 200_100, "{f:?}");
        }
    }
}

#[test]
fn deeply_nested_markers() {
    let n = 5_000;
    let cases = [
        // 1.1.1.1. … as one heading, and as a staircase of headings.
        format!("{}Công tác\n", "1.".repeat(n)),
        (1..=n)
            .map(|d| format!("{} Việc\n\n", vec!["1"; d % 64 + 1].join(".") + "."))
            .collect(),
        "(".repeat(n) + "Sở Y tế" + &")".repeat(n),
        "#".repeat(n) + " " + &"*".repeat(n) + "I. MỤC ĐÍCH" + &"*".repeat(n),
        "- ".repeat(n) + "a) b) c) " + &"+ ".repeat(n),
        "> ".repeat(n) + "1. Công tác\n",
        "a) ".repeat(n) + "\n" + &"đ) ".repeat(n),
        "I. ".repeat(n) + "\n" + &"IV. II. ".repeat(n),
        (0..n)
            .map(|i| format!("{}- Việc {i}\n", "  ".repeat(i % 200)))
            .collect(),
    ];
    for (i, body) in cases.iter().enumerate() {
        check(&format!("nested {i}"), body);
        let plan = fixture("plan-clean.txt");
        let at = plan.find("III. TỔ CHỨC").unwrap();
        let mut text = plan.clone();
        text.insert_str(at, body);
        check(&format!("nested {i} in a plan"), &text);
    }
}

/// Every control character, every format (Cf) character, the noncharacters and the
/// specials, by themselves and everywhere in a plan.
fn control_and_format_chars() -> Vec<char> {
    let ranges: &[(u32, u32)] = &[
        (0x00, 0x1F),
        (0x7F, 0x9F),
        (0xAD, 0xAD),
        (0x600, 0x605),
        (0x61C, 0x61C),
        (0x6DD, 0x6DD),
        (0x70F, 0x70F),
        (0x890, 0x891),
        (0x8E2, 0x8E2),
        (0x180E, 0x180E),
        (0x200B, 0x200F),
        (0x2028, 0x202E),
        (0x2060, 0x2064),
        (0x2066, 0x206F),
        (0xFDD0, 0xFDEF),
        (0xFEFF, 0xFEFF),
        (0xFFF9, 0xFFFF),
        (0x110BD, 0x110BD),
        (0x110CD, 0x110CD),
        (0x13430, 0x1343F),
        (0x1BCA0, 0x1BCA3),
        (0x1D173, 0x1D17A),
        (0xE0001, 0xE0001),
        (0xE0020, 0xE007F),
        (0x10FFFE, 0x10FFFF),
    ];
    ranges
        .iter()
        .flat_map(|&(a, b)| (a..=b).filter_map(char::from_u32))
        .collect()
}

#[test]
fn every_control_and_format_character() {
    let chars = control_and_format_chars();
    let plan = fixture("plan-markdown.md");
    let all: String = chars.iter().collect();
    check("all together", &all);
    check("all, three times", &all.repeat(3));
    for (k, &c) in chars.iter().enumerate() {
        let alone: String = [c, 'a', c, '\n', c].iter().collect();
        check(&format!("U+{:04X} alone", c as u32), &alone);
        // In a plan: before every line (or every `step`th character) in turn.
        let step = 17 + k % 13;
        let text: String = plan
            .chars()
            .enumerate()
            .flat_map(|(i, x)| {
                let put = i % step == 0 || x == '\n';
                [put.then_some(c), Some(x)]
            })
            .flatten()
            .collect();
        check(&format!("U+{:04X} in a plan", c as u32), &text);
    }
}

#[test]
fn lone_combining_marks() {
    let marks: Vec<char> = (0x300..=0x36F)
        .chain([0x1AB0, 0x1DC0, 0x20D0, 0xFE20])
        .filter_map(char::from_u32)
        .collect();
    let plan = fixture("plan-clean.txt");
    for &m in &marks {
        let cases = [
            m.to_string(),
            m.to_string().repeat(1000),
            format!("{m}I. MỤC ĐÍCH\n{m}\n\n{m}{m}{m}Số:{m} 1/KH-UBND{m}"),
            plan.replace('\n', &format!("\n{m}")),
            plan.replace(' ', &format!(" {m}")),
            format!("a{m}{m}{m}\u{323}\u{302}\u{301}"),
        ];
        for (i, text) in cases.iter().enumerate() {
            check(&format!("U+{:04X} case {i}", m as u32), text);
        }
    }
}

#[test]
fn dates_in_year_zero_and_99999() {
    let plan = fixture("plan-clean.txt");
    let years = [
        "0",
        "00",
        "0000",
        "99999",
        "999999999",
        "4294967296",
        "-1",
        "+2026",
    ];
    for y in years {
        let cases = [
            plan.replace("ngày 28 tháng 3 năm 2026", &format!("ngày 28 tháng 3 năm {y}")),
            plan.replace("15/01/2026", &format!("15/01/{y}")),
            plan.replace("15/4/2026", &format!("15/4/{y}")),
            plan.replace("năm 2026", &format!("năm {y}")),
            format!("Cao Bằng, ngày 01 tháng 01 năm {y}\n\nTừ 31/12/{y} đến 01/01/{y}, quý I năm {y}, 6 tháng đầu năm {y}.\n"),
            format!("Trước ngày 29/02/{y}; tháng 13/{y}; ngày 99 tháng 99 năm {y}; {y}-{y}-{y}\n"),
        ];
        for (i, text) in cases.iter().enumerate() {
            check(&format!("year {y} case {i}"), text);
        }
    }
    // The place-and-date line with year 0 or 99999 is a finding (F003), not a panic.
    for y in ["0", "99999"] {
        let text = plan.replace(
            "ngày 28 tháng 3 năm 2026",
            &format!("ngày 28 tháng 3 năm {y}"),
        );
        let f = check(y, &text);
        let line = text[..text.find(&format!("năm {y}")).unwrap()]
            .matches('\n')
            .count()
            + 1;
        assert!(
            f.iter().any(|f| f.line == line),
            "year {y}: nothing on line {line}: {f:#?}"
        );
    }
    // Dates that are not ISO dates, for the option reader.
    for s in [
        "99999-01-01",
        "+2026-01-01",
        "2026-02-30",
        "٢٠٢٦-٠١-٠١",
        "-001-01-01",
    ] {
        assert!(baocao::parse_iso_date(s).is_err(), "{s}");
    }
    // The day of the check at the ends of what it reads (year 0 is a proleptic date).
    for today in ["0000-01-01", "0000-12-31", "9999-12-31"] {
        let o = Options {
            today: Some(baocao::parse_iso_date(today).unwrap()),
            ..Options::default()
        };
        for name in ["plan-clean.txt", "plan-draft.txt", "report-half-year.txt"] {
            check_document(&fixture(name), &o);
        }
        check_document(&plan.replace("2026", "9999"), &o);
        check_document(&plan.replace("2026", "0000"), &o);
    }
}

/// Runs the CLI on `stdin`; exit code and stderr.
fn cli(args: &[&str], stdin: &[u8]) -> (i32, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_baocao"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the CLI runs");
    let mut input = child.stdin.take().unwrap();
    let bytes = stdin.to_vec();
    let writer = std::thread::spawn(move || {
        let _ = input.write_all(&bytes);
    });
    let out = child.wait_with_output().unwrap();
    writer.join().unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn invalid_utf8_through_the_cli() {
    let plan = fixture("plan-clean.txt").into_bytes();
    let mut cases: Vec<(&str, Vec<u8>)> = vec![
        ("a lone 0xFF", b"\xff".to_vec()),
        ("a lone continuation byte", b"KE HOACH\n\x80\n".to_vec()),
        ("an overlong slash", b"S\xc0\xaf: 1/KH\n".to_vec()),
        ("an encoded surrogate", b"\xed\xa0\x80 x".to_vec()),
        ("beyond U+10FFFF", b"\xf4\x90\x80\x80".to_vec()),
        ("a character cut at the end", "Số".as_bytes()[..2].to_vec()),
        ("garbage", (0..=255u8).rev().cycle().take(10_000).collect()),
    ];
    let mut late = plan.clone();
    late.extend_from_slice(b"\n\xe1\xba");
    cases.push(("a plan cut mid-character", late));
    let mut big = plan.repeat(4000); // about 10 MB
    big.push(0xfe);
    cases.push(("10 MB then a bad byte", big));
    for (what, bytes) in &cases {
        let (code, stderr) = cli(&["check", "-"], bytes);
        assert_eq!(code, 2, "{what}: {stderr}");
        assert!(
            stderr.contains("UTF-8") || stderr.contains("UTF-16") || stderr.contains("UTF-32"),
            "{what}: {stderr}"
        );
        assert!(!stderr.contains("panicked"), "{what}: {stderr}");
    }
}
