#![cfg(not(target_arch = "wasm32"))]
//! One model, two readers (issue 14): the same half-year report, written as text and
//! typed into the report form, checked against the profile derived from its province's
//! plan, gets the same findings of the figure and coverage rules — on the text's lines
//! and on the form's fields.

use std::path::Path;

use baocao::profile::Profile;
use baocao::{check_document, Finding, Options};

fn fixture(name: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/model")
        .join(name);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn options() -> Options {
    Options {
        today: baocao::parse_iso_date("2026-06-20").ok(),
        profile: Some(Profile::from_plan("Kế hoạch 61/KH-UBND", &fixture("plan.txt")).into()),
        ..Options::default()
    }
}

/// The rules that read the model: figures, targets, the plan's tasks.
const MODEL_RULES: &[&str] = &["T001", "T002", "T003", "T004", "T005", "T007", "R001"];

fn of_model_rules(found: Vec<Finding>) -> Vec<Finding> {
    found
        .into_iter()
        .filter(|f| MODEL_RULES.contains(&f.code))
        .collect()
}

/// Where each finding is expected: the line of the text that holds the needle, and the
/// form's field.
const EXPECTED: &[(&str, &str, &str)] = &[
    ("T002", "đạt 90%", "/indicators/tipsResolvedRate"),
    ("T004", "đạt 90%", "/indicators/tipsResolvedRate"),
    ("T005", "III. ĐÁNH GIÁ", "/sections/assessment"),
    ("R001", "II. KẾT QUẢ THỰC HIỆN", "/tasks"),
];

/// Each finding's code and message, sorted.
fn words(found: &[Finding]) -> Vec<(&str, String)> {
    let mut w: Vec<(&str, String)> = found.iter().map(|f| (f.code, f.message.clone())).collect();
    w.sort();
    w
}

fn line_of(text: &str, needle: &str) -> usize {
    let at = text.find(needle).unwrap_or_else(|| panic!("no {needle:?}"));
    text[..at].matches('\n').count() + 1
}

#[test]
fn a_report_as_text_and_as_a_form_gets_the_same_findings() {
    let text = fixture("report.txt");
    let on_text = of_model_rules(check_document(&text, &options()));
    let json: serde_json::Value = serde_json::from_str(&fixture("report.json")).unwrap();
    let form = baocao::form::Value::from_json(&json).unwrap();
    let on_form = of_model_rules(baocao::validate_form(&form, &options()));

    let text_places: Vec<(&str, usize)> = on_text.iter().map(|f| (f.code, f.line)).collect();
    let form_places: Vec<(&str, Option<&str>)> = on_form
        .iter()
        .map(|f| (f.code, f.path.as_deref()))
        .collect();
    let mut want_text: Vec<(&str, usize)> = EXPECTED
        .iter()
        .map(|(code, needle, _)| (*code, line_of(&text, needle)))
        .collect();
    let mut want_form: Vec<(&str, Option<&str>)> = EXPECTED
        .iter()
        .map(|(code, _, path)| (*code, Some(*path)))
        .collect();
    let sorted = |mut v: Vec<(&'static str, usize)>| {
        v.sort();
        v
    };
    want_text.sort();
    want_form.sort();
    assert_eq!(sorted(text_places.clone()), want_text, "{on_text:#?}");
    let mut form_sorted = form_places.clone();
    form_sorted.sort();
    assert_eq!(form_sorted, want_form, "{on_form:#?}");

    // The same words, whichever reader ran.
    assert_eq!(words(&on_text), words(&on_form));
}

#[test]
fn a_report_that_states_no_figures_gets_no_figure_findings() {
    let text = fixture("report.txt").replace(
        "Trong kỳ, phối hợp tiếp nhận 20 tin báo, đã giải quyết 17 tin, đạt 90%.",
        "Trong kỳ, phối hợp tổ chức 12 buổi tuyên truyền.",
    );
    let codes: Vec<&str> = of_model_rules(check_document(&text, &options()))
        .iter()
        .map(|f| f.code)
        .collect();
    assert_eq!(codes, vec!["R001"]);
}

#[test]
fn a_report_pasted_without_its_type_name_is_checked_as_a_report() {
    let text = fixture("report.txt");
    let body = &text[text.find("Thực hiện Kế hoạch").unwrap()..];
    let checked = baocao::check_text(body, &options());
    assert_eq!(checked.kind, baocao::DocKind::Report);
    let codes: Vec<&str> = checked.findings.iter().map(|f| f.code).collect();
    assert!(!codes.contains(&"A001"), "{codes:?}");
    assert!(
        codes.contains(&"T002") && codes.contains(&"R001"),
        "{codes:?}"
    );
}

/// The rules of outline, layout and periods, written once over the model.
const LAYOUT_RULES: &[&str] = &[
    "S001", "S002", "F001", "F002", "F003", "F004", "F005", "P001", "P002", "P003", "P004",
];

#[test]
fn the_same_layout_and_period_defects_get_the_same_findings_from_text_and_form() {
    let text = fixture("report.txt")
        .replace("Số: 45/BC-SYT", "Số: 45/bc-syt")
        .replace("đến ngày 14/6/2026", "đến ngày 31/5/2026")
        .replace(
            "III. ĐÁNH GIÁ\n\nCác đơn vị phối hợp chặt chẽ, hoàn thành các nhiệm vụ đề ra.\n\nIV.",
            "III.",
        )
        .replace("- Lưu: VT.", "- Sở Tư pháp.")
        .replace("KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC", "KT. GIÁM ĐỐC\nGIÁM ĐỐC");
    let mut json: serde_json::Value = serde_json::from_str(&fixture("report.json")).unwrap();
    json["number"] = "45/bc-syt".into();
    json["periodTo"] = "31/05/2026".into();
    json["sections"]
        .as_object_mut()
        .unwrap()
        .remove("assessment");
    json["recipients"] = serde_json::json!(["Công an tỉnh", "Sở Tư pháp"]);
    json["signer"]["title"] = "GIÁM ĐỐC".into();
    let form = baocao::form::Value::from_json(&json).unwrap();

    let only = |found: Vec<Finding>| -> Vec<Finding> {
        found
            .into_iter()
            .filter(|f| LAYOUT_RULES.contains(&f.code))
            .collect()
    };
    let on_text = only(check_document(&text, &options()));
    let on_form = only(baocao::validate_form(&form, &options()));
    let expected: &[(&str, &str, &str)] = &[
        ("F001", "Số: 45/bc-syt", "/number"),
        ("P003", "đến ngày 31/5/2026", "/periodTo"),
        ("S001", "III. PHƯƠNG HƯỚNG", "/sections/assessment"),
        ("F005", "- Sở Tư pháp.", "/recipients"),
        ("F004", "\nGIÁM ĐỐC\n", "/signer/title"),
    ];
    let mut text_places: Vec<(&str, usize)> = on_text.iter().map(|f| (f.code, f.line)).collect();
    let mut want_text: Vec<(&str, usize)> = expected
        .iter()
        .map(|(code, needle, _)| {
            (
                *code,
                line_of(&text, needle) + usize::from(needle.starts_with('\n')),
            )
        })
        .collect();
    text_places.sort();
    want_text.sort();
    assert_eq!(text_places, want_text, "{on_text:#?}");
    let mut form_places: Vec<(&str, &str)> = on_form
        .iter()
        .map(|f| (f.code, f.path.as_deref().unwrap_or("")))
        .collect();
    let mut want_form: Vec<(&str, &str)> = expected.iter().map(|(c, _, p)| (*c, *p)).collect();
    form_places.sort();
    want_form.sort();
    assert_eq!(form_places, want_form, "{on_form:#?}");
    // The same words, whichever reader ran.
    assert_eq!(words(&on_text), words(&on_form));
}
