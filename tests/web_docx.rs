//! The .docx reader's wasm (feature `docx-wasm`, `pkg/baocao_docx_bg.wasm`) through the
//! real JS boundary, in headless Chromium (`bash scripts/test-web.sh`). The text it reads
//! is checked by a function passed in (the main module's `checkDocument` in the page;
//! here a stand-in that records what it was given), so these tests are of the reader's
//! side: arguments, errors, and the paragraph, excerpt and hint each finding gets. The
//! whole of it, with the real checker, is in tests/e2e/docx.test.js and tests/npm.sh.
#![cfg(all(target_arch = "wasm32", feature = "docx-wasm"))]

use baocao::wasm_docx::check_docx_with;
use js_sys::{Array, Function, Reflect, Uint8Array, JSON};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// A plan whose list Word letters a, b, c, d, e (no đ): S004 on "e) Báo Lạng Sơn…".
const LETTERS: &[u8] = include_bytes!("fixtures/docx/plan-letters.docx");

/// A stand-in for `checkDocument`: an S004 on the line of "e) Báo Lạng Sơn" and a
/// finding on no line; it keeps the text and options it was called with.
fn stand_in() -> Function {
    Function::new_with_args(
        "text, options",
        "globalThis.__calls = (globalThis.__calls || 0) + 1; globalThis.__text = text; globalThis.__options = options;\n\
         const line = text.split('\\n').findIndex((l) => l.includes('e) Báo Lạng Sơn')) + 1;\n\
         return [{ code: 'S004', line, hint: 'the rule hint', path: null }, { code: 'F001', line: 0, hint: null }];",
    )
}

fn get(v: &JsValue, key: &str) -> JsValue {
    Reflect::get(v, &JsValue::from_str(key)).unwrap()
}

fn global(key: &str) -> JsValue {
    get(&js_sys::global(), key)
}

fn bytes(b: &[u8]) -> JsValue {
    Uint8Array::from(b).into()
}

#[wasm_bindgen_test]
fn findings_get_their_paragraph_excerpt_and_the_word_lettering_hint() {
    let options = JSON::parse(r#"{"today":"2026-11-23"}"#).unwrap();
    let found = check_docx_with(
        bytes(LETTERS),
        options.clone(),
        &stand_in(),
        JsValue::UNDEFINED,
    )
    .unwrap();
    let found: Array = found.dyn_into().unwrap();
    assert_eq!(found.length(), 2);
    // The checker got the text read and the options as given.
    let text = global("__text").as_string().unwrap();
    assert!(text.contains("e) Báo Lạng Sơn"), "{text}");
    assert!(get(&global("__options"), "today") == "2026-11-23");
    let s004 = found.get(0);
    assert_eq!(get(&s004, "paragraph").as_f64(), Some(18.0));
    let excerpt = get(&s004, "excerpt").as_string().unwrap();
    assert!(excerpt.starts_with("e) Báo Lạng Sơn"), "{excerpt}");
    assert!(excerpt.chars().count() <= 121, "{excerpt}");
    let hint = get(&s004, "hint").as_string().unwrap();
    assert!(hint.contains("gõ chữ cái bằng tay"), "{hint}");
    // A finding on no line of the document is left as it was.
    let other = found.get(1);
    assert!(get(&other, "paragraph").is_undefined());
    assert!(get(&other, "excerpt").is_undefined());
    assert!(get(&other, "hint").is_null());

    // In English on request.
    let options = JSON::parse(r#"{"lang":"en"}"#).unwrap();
    let found: Array = check_docx_with(bytes(LETTERS), options, &stand_in(), JsValue::UNDEFINED)
        .unwrap()
        .dyn_into()
        .unwrap();
    let hint = get(&found.get(0), "hint").as_string().unwrap();
    assert!(hint.contains("type the letters by hand"), "{hint}");
}

#[wasm_bindgen_test]
fn bad_files_and_arguments_throw_named_errors_before_the_checker_runs() {
    let before = global("__calls").as_f64().unwrap_or(0.0);
    let e = check_docx_with(
        JsValue::from_str("text"),
        JsValue::UNDEFINED,
        &stand_in(),
        JsValue::UNDEFINED,
    )
    .unwrap_err();
    assert!(e.is_instance_of::<js_sys::TypeError>());
    assert_eq!(
        get(&e, "message").as_string().unwrap(),
        "checkDocx: bytes must be a Uint8Array, got string"
    );
    let e = check_docx_with(
        bytes(&[1, 2, 3]),
        JsValue::UNDEFINED,
        &stand_in(),
        JsValue::UNDEFINED,
    )
    .unwrap_err();
    assert!(!e.is_instance_of::<js_sys::TypeError>() && !e.is_instance_of::<js_sys::RangeError>());
    assert_eq!(
        get(&e, "message").as_string().unwrap(),
        "checkDocx: not a Word .docx file (not a zip archive)"
    );
    assert!(get(&e, "messageVi")
        .as_string()
        .unwrap()
        .contains("không phải tệp Word"));
    assert_eq!(
        global("__calls").as_f64().unwrap_or(0.0),
        before,
        "the checker never ran"
    );

    // The checker's own errors (bad options) are thrown as they are, named checkDocx.
    let throwing = Function::new_with_args(
        "text, options",
        "throw new RangeError('checkDocument: options.lang must be \"vi\" or \"en\", got \"fr\"');",
    );
    let e = check_docx_with(
        bytes(LETTERS),
        JsValue::UNDEFINED,
        &throwing,
        JsValue::UNDEFINED,
    )
    .unwrap_err();
    assert!(e.is_instance_of::<js_sys::RangeError>());
    assert_eq!(
        get(&e, "message").as_string().unwrap(),
        "checkDocx: options.lang must be \"vi\" or \"en\", got \"fr\""
    );
}
