//! Targets through the real JS boundary, in headless Chromium (`bash
//! scripts/test-web.sh`): report forms whose indicators are typed as strings, left
//! empty or of the wrong type; profiles with targets and tasks passed as plain
//! objects; T006 on a plan's text with offsets into the text as typed.
// (The form and text checkers, features forms-wasm and text-wasm, each have some of these
// functions: tests/npm.sh compares them with the whole wasm.)
#![cfg(all(
    target_arch = "wasm32",
    not(feature = "docx-wasm"),
    not(feature = "forms-wasm"),
    not(feature = "text-wasm")
))]

use baocao::wasm::{check_document, validate_field, validate_form};
use js_sys::{Array, Reflect, JSON};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn json(s: &str) -> JsValue {
    JSON::parse(s).expect("valid JSON in the test")
}

fn get(value: &JsValue, key: &str) -> JsValue {
    Reflect::get(value, &JsValue::from_str(key)).expect("readable property")
}

fn get_str(value: &JsValue, key: &str) -> String {
    get(value, key).as_string().unwrap_or_default()
}

fn error_message(e: &JsValue) -> String {
    e.dyn_ref::<js_sys::Error>()
        .map(|e| String::from(e.message()))
        .unwrap_or_else(|| format!("{e:?}"))
}

/// A report form with `indicators` (JSON) and an assessment.
fn form(indicators: &str) -> JsValue {
    json(&format!(
        r#"{{ "kind": "report", "reportType": "half_year", "year": "2026",
             "agency": "Sở Y tế", "level": "province",
             "periodFrom": "15/12/2025", "periodTo": "14/06/2026",
             "sections": {{ "assessment": "Cơ bản hoàn thành." }},
             "tasks": [],
             "indicators": {indicators} }}"#
    ))
}

/// `(code, path, message)` of the T and R findings of `validateForm`.
fn validate(form: JsValue, options: Option<JsValue>) -> Vec<(String, String, String)> {
    let result = validate_form(form, options)
        .unwrap_or_else(|e| panic!("validateForm threw: {}", error_message(&e)));
    assert!(Array::is_array(&result));
    result
        .unchecked_into::<Array>()
        .to_vec()
        .iter()
        .map(|f| {
            (
                get_str(f, "code"),
                get_str(f, "path"),
                get_str(f, "message"),
            )
        })
        .filter(|(c, _, _)| c.starts_with('T') || c.starts_with('R'))
        .collect()
}

fn has(found: &[(String, String, String)], code: &str, path: &str, words: &str) -> bool {
    found
        .iter()
        .any(|(c, p, m)| c == code && p == path && m.contains(words))
}

#[wasm_bindgen_test]
fn string_numbers_are_read_and_rates_compared() {
    let found = validate(
        form(r#"{ "tipsReceived": "20", "tipsResolved": "17", "tipsResolvedRate": "90%" }"#),
        None,
    );
    assert!(
        has(
            &found,
            "T002",
            "/indicators/tipsResolvedRate",
            "17/20 = 85%, không phải 90%"
        ),
        "{found:?}"
    );
    assert!(has(
        &found,
        "T004",
        "/indicators/tipsResolvedRate",
        "chưa đạt chỉ tiêu trên 90%"
    ));
    assert!(has(
        &found,
        "T005",
        "/sections/assessment",
        "chưa giải trình"
    ));
    // Thousands dots and decimal commas, all met: nothing.
    let found = validate(
        form(
            r#"{ "tipsReceived": "1.250", "tipsResolved": "1.200", "tipsResolvedRate": "96,0%" }"#,
        ),
        None,
    );
    assert!(found.is_empty(), "{found:?}");
}

#[wasm_bindgen_test]
fn empty_fields_and_wrong_types_are_findings_not_exceptions() {
    let found = validate(
        form(r#"{ "tipsReceived": "", "tipsResolved": null, "tipsResolvedRate": "  " }"#),
        None,
    );
    assert!(found.is_empty(), "{found:?}");
    let found = validate(
        form(
            r#"{ "casesInitiated": [4], "casesTried": true, "victimsIdentified": {},
                 "victimsSupported": "mười", "casesProsecuted": -2, "casesCleared": "2,5",
                 "tipsResolvedRate": "105%", "casesTriedRate": false }"#,
        ),
        None,
    );
    for (code, path) in [
        ("T007", "/indicators/casesInitiated"),
        ("T007", "/indicators/casesTried"),
        ("T007", "/indicators/victimsIdentified"),
        ("T007", "/indicators/victimsSupported"),
        ("T007", "/indicators/casesProsecuted"),
        ("T007", "/indicators/casesCleared"),
        ("T001", "/indicators/tipsResolvedRate"),
        ("T001", "/indicators/casesTriedRate"),
    ] {
        assert!(has(&found, code, path, ""), "{code} {path}: {found:?}");
    }
    // A number JavaScript has and JSON has not.
    let f = form("{}");
    let indicators = get(&f, "indicators");
    Reflect::set(
        &indicators,
        &"tipsReceived".into(),
        &JsValue::from_f64(f64::NAN),
    )
    .unwrap();
    Reflect::set(
        &indicators,
        &"tipsResolvedRate".into(),
        &JsValue::from_f64(f64::INFINITY),
    )
    .unwrap();
    let found = validate(f, None);
    assert!(
        has(&found, "T007", "/indicators/tipsReceived", ""),
        "{found:?}"
    );
    assert!(
        has(&found, "T001", "/indicators/tipsResolvedRate", ""),
        "{found:?}"
    );
    // `/indicators` itself of the wrong type: no T finding, no exception.
    for v in ["[1, 2]", "true", "\"95%\"", "null"] {
        assert!(validate(form(v), None).is_empty(), "{v}");
    }
}

#[wasm_bindgen_test]
fn a_profile_object_with_targets_and_tasks() {
    let options = json(
        r#"{ "profile": { "name": "ls",
              "targets": [
                { "indicator": "casesProsecutedRate", "comparator": ">", "value": 95, "importance": "high" },
                { "indicator": "victimsSupportedRate", "value": 100, "comparator": null } ],
              "tasks": [
                { "ref": "II.2", "title": "Công tác hỗ trợ nạn nhân", "lead": "Sở Y tế", "partners": ["Công an tỉnh"] },
                { "ref": "II.3", "title": "Rà soát văn bản", "lead": "Sở Tư pháp" } ] } }"#,
    );
    let found = validate(
        form(
            r#"{ "casesInitiated": 20, "casesProsecuted": "19", "victimsIdentified": "6", "victimsSupported": "6" }"#,
        ),
        Some(options.clone()),
    );
    assert!(
        has(
            &found,
            "T004",
            "/indicators/casesProsecuted",
            "95% (19/20), chưa đạt chỉ tiêu trên 95%"
        ),
        "{found:?}"
    );
    assert!(has(&found, "R001", "/tasks", "II.2"), "{found:?}");
    assert!(!has(&found, "R001", "/tasks", "II.3"));
    // validateField on the agency brings the cross-field finding back.
    let f = form("{}");
    let result = validate_field(f, "/agency".into(), Some(options)).unwrap();
    let codes: Vec<String> = result
        .unchecked_into::<Array>()
        .to_vec()
        .iter()
        .map(|f| get_str(f, "code"))
        .collect();
    assert!(codes.contains(&"R001".to_owned()), "{codes:?}");
}

#[wasm_bindgen_test]
fn a_profile_that_contradicts_itself_throws_a_clear_error() {
    let options = json(
        r#"{ "profile": { "name": "bad", "targets": [
              { "indicator": "tipsResolvedRate", "comparator": ">", "value": 90 },
              { "indicator": "tipsResolvedRate", "comparator": "<", "value": 80 } ] } }"#,
    );
    let err = validate_form(form("{}"), Some(options)).expect_err("a bad profile throws");
    let message = error_message(&err);
    assert!(message.contains("targets[1]"), "{message}");
    let options = json(
        r#"{ "profile": { "name": "bad", "targets": [ { "indicator": "noSuchRate", "value": 90 } ] } }"#,
    );
    let err = validate_form(form("{}"), Some(options)).expect_err("a bad profile throws");
    assert!(error_message(&err).contains("noSuchRate"));
    // The module keeps working.
    assert!(validate(form("{}"), None).is_empty());
}

#[wasm_bindgen_test]
fn t006_points_at_the_target_in_the_text_as_typed() {
    let text = "ỦY BAN NHÂN DÂN\r\nTỈNH LẠNG SƠN\r\n\r\nSố: 12/KH-UBND\r\n\r\n\
                Lạng Sơn, ngày 05 tháng 02 năm 2026\r\n\r\nKẾ HOẠCH\r\n\r\n\
                Phòng, chống mua bán người năm 2026\r\n\r\nI. MỤC TIÊU, YÊU CẦU\r\n\r\n\
                1. Mục tiêu\r\n\r\n🙂 Tỷ lệ giải quyết tố giác, tin báo đạt **80%**.\r\n\r\n\
                II. NHIỆM VỤ, GIẢI PHÁP\r\n\r\n1. Công an tỉnh chủ trì đấu tranh.\r\n\r\n\
                III. TỔ CHỨC THỰC HIỆN\r\n\r\n1. Các sở triển khai./.\r\n";
    let result = check_document(text.into(), None).unwrap();
    let t006: Vec<JsValue> = result
        .unchecked_into::<Array>()
        .to_vec()
        .into_iter()
        .filter(|f| get_str(f, "code") == "T006")
        .collect();
    assert_eq!(t006.len(), 1);
    let f = &t006[0];
    let (start, end) = (
        get(f, "start").as_f64().unwrap() as u32,
        get(f, "end").as_f64().unwrap() as u32,
    );
    let selected = js_sys::JsString::from(text).substring(start, end);
    assert_eq!(
        String::from(selected),
        "Tỷ lệ giải quyết tố giác, tin báo đạt **80%"
    );
    assert!(get_str(f, "message").contains("thấp hơn chỉ tiêu quốc gia (trên 90%)"));
}
