#![cfg(not(target_arch = "wasm32"))]
//! Whole documents, written for these tests, in the dresses real input comes in:
//! snapshots of every finding, and the same findings whatever the encoding mess.

mod common;
use common::to_nfd;

use std::path::Path;

use baocao::{check_document, check_text, Finding, Options};

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

/// One line per finding: where, what, and the text it selects in the original.
fn render(text: &str, findings: &[Finding]) -> String {
    let units: Vec<u16> = text.encode_utf16().collect();
    findings
        .iter()
        .map(|f| {
            let selected = String::from_utf16_lossy(&units[f.start..f.end]);
            format!(
                "{}:{} {} {} {}\n    selects: {selected:?}\n",
                f.line,
                f.column,
                f.severity.as_str(),
                f.code,
                f.message
            )
        })
        .collect()
}

fn snapshot(name: &str) {
    let text = fixture(name);
    let findings = check_document(&text, &options());
    insta::assert_snapshot!(name, render(&text, &findings));
}

#[test]
fn clean_plan_with_table_layout_and_stamp() {
    let text = fixture("plan-clean.txt");
    let findings = check_document(&text, &options());
    assert!(findings.is_empty(), "{}", render(&text, &findings));
}

#[test]
fn markdown_export_with_hard_wraps() {
    snapshot("plan-markdown.md");
}

#[test]
fn draft_with_blank_number_and_day() {
    snapshot("plan-draft.txt");
}

#[test]
fn report_with_wrong_symbol_date_and_signature() {
    snapshot("report-half-year.txt");
    assert_eq!(
        check_text(&fixture("report-half-year.txt"), &options()).kind,
        baocao::DocKind::Report
    );
}

/// A PDF's text copied with its layout (pdftotext -layout): the header's two columns,
/// a table of figures with its cells apart by spaces, the signature in the right column.
#[test]
fn report_copied_from_a_pdf_with_its_layout() {
    snapshot("report-pdf-layout.txt");
}

/// What a finding selects, as the reader sees it (NFC, LF, plain spaces and hyphens).
fn selections(text: &str, findings: &[Finding]) -> Vec<String> {
    let units: Vec<u16> = text.encode_utf16().collect();
    findings
        .iter()
        .map(|f| {
            let s = String::from_utf16_lossy(&units[f.start..f.end]);
            baocao::text::Source::new(&s).text().to_owned()
        })
        .collect()
}

#[test]
fn encoding_mess_changes_nothing_but_offsets() {
    type Variant = (&'static str, fn(&str) -> String);
    let variants: [Variant; 5] = [
        ("NFD", to_nfd),
        ("CRLF", |s| s.replace('\n', "\r\n")),
        ("NBSP", |s| {
            s.replace("Số: ", "Số:\u{a0}")
                .replace(", ngày", ",\u{a0}ngày")
                .replace("I. ", "I.\u{a0}")
        }),
        ("dashes", |s| {
            s.replace("\n- ", "\n\u{2013} ")
                .replace("KH-", "KH\u{2013}")
        }),
        ("zero-width", |s| {
            s.replace("KẾ HOẠCH", "\u{feff}KẾ\u{200b} HOẠCH")
        }),
    ];
    for name in [
        "plan-clean.txt",
        "plan-markdown.md",
        "plan-draft.txt",
        "report-half-year.txt",
    ] {
        let base = fixture(name);
        let expected = check_document(&base, &options());
        let where_ = |f: &[Finding]| {
            f.iter()
                .map(|f| (f.code, f.line, f.column))
                .collect::<Vec<_>>()
        };
        for (variant, apply) in variants {
            let text = apply(&base);
            let found = check_document(&text, &options());
            assert_eq!(where_(&found), where_(&expected), "{name} as {variant}");
            assert_eq!(
                selections(&text, &found),
                selections(&base, &expected),
                "{name} as {variant}: selections"
            );
        }
    }
}

#[test]
fn no_panic_on_cut_documents() {
    // Every prefix of a document, cut at any character, as a person types it.
    let text = fixture("plan-markdown.md");
    for (i, _) in text.char_indices().step_by(7) {
        let _ = check_document(&text[..i], &options());
    }
    for s in [
        "",
        "\n",
        "Số:",
        "I.",
        "KẾ HOẠCH",
        "Nơi nhận:",
        "KT.",
        "a)",
        "ngày tháng năm",
        "\u{301}\u{301}",
        "Số: /",
    ] {
        let _ = check_document(s, &options());
    }
}

#[test]
fn mutated_documents_never_panic_and_offsets_stay_inside() {
    // A small deterministic generator: the same mutations on every run.
    let mut seed: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut next = move |n: usize| {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        (seed % n as u64) as usize
    };
    let palette = [
        "\r",
        "\n",
        "\n\n",
        "*",
        "**",
        "#",
        " ",
        "\u{a0}",
        "\t",
        "   ",
        "\u{301}",
        "\u{323}\u{302}",
        "I.",
        "IV.",
        "2.1.",
        "a)",
        "đ)",
        "f)",
        "(3)",
        "- ",
        "Số:",
        "/KH-",
        "ngày",
        "tháng",
        "năm",
        ",",
        "Nơi nhận:",
        "TM.",
        "KT. CHỦ TỊCH",
        "PHÓ",
        "Lưu",
        "😀",
        "\u{feff}",
        "–",
    ];
    for name in ["plan-clean.txt", "plan-markdown.md", "report-half-year.txt"] {
        let base = fixture(name);
        for round in 0..60 {
            let mut text = base.clone();
            for _ in 0..=round % 12 {
                let mut at = next(text.len() + 1);
                while !text.is_char_boundary(at) {
                    at -= 1;
                }
                if next(3) == 0 {
                    let mut end = (at + next(40)).min(text.len());
                    while !text.is_char_boundary(end) {
                        end -= 1;
                    }
                    text.replace_range(at..end, "");
                } else {
                    text.insert_str(at, palette[next(palette.len())]);
                }
            }
            let units = text.encode_utf16().count();
            for f in check_document(&text, &options()) {
                assert!(
                    f.start <= f.end && f.end <= units,
                    "{name} round {round}: {f:?}"
                );
                assert!(f.line >= 1 && f.column >= 1);
            }
        }
    }
}

/// A plan whose tasks part holds `tasks`.
fn plan_with_tasks(tasks: &str) -> String {
    format!(
        "ỦY BAN NHÂN DÂN\nTỈNH LẠNG SƠN\n\nSố: 12/KH-UBND\n\nLạng Sơn, ngày 05 tháng 02 năm 2026\n\n\
         KẾ HOẠCH\n\nPhòng, chống mua bán người năm 2026\n\n\
         I. MỤC TIÊU, YÊU CẦU\n\nNâng cao nhận thức của Nhân dân.\n\n\
         II. NHIỆM VỤ, GIẢI PHÁP\n\n{tasks}\n\n\
         III. TỔ CHỨC THỰC HIỆN\n\nCác sở, ngành triển khai thực hiện Kế hoạch này./.\n\n\
         Nơi nhận:\n- Công an tỉnh;\n- Lưu: VT, NC.\n\n\
         TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nNguyễn Văn An\n"
    )
}

/// `(line, message)` of each finding of `code`.
fn found(code: &str, text: &str) -> Vec<(usize, String)> {
    check_document(text, &options())
        .into_iter()
        .filter(|f| f.code == code)
        .map(|f| (f.line, f.message))
        .collect()
}

fn line_of(text: &str, needle: &str) -> usize {
    text.lines()
        .position(|l| l.contains(needle))
        .map_or(0, |i| i + 1)
}

/// Headings in markdown dress with a bare number and no dot (`## **3 Công tác …**`) are
/// headings (issue 15, item 6); a bare number that starts a sentence is not.
#[test]
fn a_decorated_bare_number_is_a_heading() {
    let tasks = |third: &str, fourth: &str| {
        plan_with_tasks(&format!(
            "## **1. Công tác lãnh đạo**\n\n- Công an tỉnh chủ trì thực hiện.\n\n\
             ## **2 Công tác truyền thông**\n\n- Sở Văn hóa, Thể thao và Du lịch chủ trì thực hiện.\n\n\
             {third}\n\n- Sở Y tế chủ trì thực hiện.{fourth}"
        ))
    };
    let fourth = "\n\n4. Công tác phối hợp\n\n- Sở Tư pháp chủ trì thực hiện.";
    for ok in [
        "## **3 Công tác hỗ trợ nạn nhân**",
        "**3 Công tác hỗ trợ nạn nhân**",
        "### 3 Công tác hỗ trợ nạn nhân",
    ] {
        let text = tasks(ok, fourth);
        assert_eq!(found("S003", &text), [], "{ok}");
        assert_eq!(found("S005", &text), [], "{ok}");
    }
    // the number skips: S003 on the heading, which is read as one
    let text = tasks("## **4 Công tác hỗ trợ nạn nhân**", "");
    let s003 = found("S003", &text);
    assert_eq!(s003.len(), 1, "{s003:?}");
    assert_eq!(s003[0].0, line_of(&text, "4 Công tác hỗ trợ"));
    assert!(s003[0].1.contains("thiếu mục 3"), "{s003:?}");
    // a sentence that starts with a number, bold or not, is no heading
    for sentence in [
        "3 đối tượng đã bị khởi tố.",
        "**3 vụ việc được phát hiện**",
        "2026 Công tác",
    ] {
        let text = plan_with_tasks(&format!(
            "1. Công tác lãnh đạo\n\n- Công an tỉnh chủ trì thực hiện.\n\n{sentence}\n\n\
             2. Công tác truyền thông\n\n- Sở Y tế chủ trì thực hiện."
        ));
        assert_eq!(found("S003", &text), [], "{sentence}");
    }
}

/// A commune's plan assigns the commune's own actors, as data at commune level (issue
/// 15, item 10): its civil servants, police, steering committee, village heads; the
/// Front and its member organisations are requested, not assigned.
#[test]
fn a_commune_plan_assigns_its_own_actors() {
    let commune = |tasks: &str| {
        plan_with_tasks(tasks)
            .replace(
                "ỦY BAN NHÂN DÂN\nTỈNH LẠNG SƠN",
                "ỦY BAN NHÂN DÂN\nXÃ TÂN LẬP",
            )
            .replace("Lạng Sơn, ngày", "Tân Lập, ngày")
    };
    let agency_findings = |text: &str| -> Vec<(String, usize, String)> {
        check_document(text, &options())
            .into_iter()
            .filter(|f| f.code.starts_with('A'))
            .map(|f| (f.code.to_owned(), f.line, f.message))
            .collect()
    };
    let good = commune(
        "1. Công tác tuyên truyền\n\n\
         - Tuyên truyền trên hệ thống loa truyền thanh (Văn hóa - Xã hội xã chủ trì thực hiện).\n\n\
         - Tổ chức tuyên truyền tại các thôn, bản (Trưởng thôn, bản, tổ dân phố thực hiện).\n\n\
         2. Công tác phòng ngừa\n\n\
         - Cơ quan thực hiện: Công an xã, Ban Chỉ đạo phòng, chống tội phạm xã, công chức Văn hóa - Xã hội.\n\n\
         - Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam xã, Hội Liên hiệp Phụ nữ xã, Đoàn Thanh niên xã, Hội Nông dân xã, Hội Cựu chiến binh xã phối hợp tuyên truyền.",
    );
    assert_eq!(agency_findings(&good), [], "{good}");
    // the Front assigned rather than requested
    let text = commune(
        "1. Công tác tuyên truyền\n\n- Tuyên truyền tại khu dân cư (Mặt trận Tổ quốc xã chủ trì thực hiện).",
    );
    let found = agency_findings(&text);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].0, "A005", "{found:?}");
    assert_eq!(found[0].1, line_of(&text, "Tuyên truyền tại khu dân cư"));
}
