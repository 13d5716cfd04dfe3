//! The report-form reader and every form rule (`validate_form`, `validate_field`) on
//! any JSON, and on bytes that are not JSON (the CLI's path: parse, then check).
#![no_main]

use baocao::form::Value;
use baocao::{validate_field, validate_form as validate};
use baocao::Options;
use libfuzzer_sys::fuzz_target;

/// The pointers a page asks about, and some it should not.
const POINTERS: [&str; 4] = [
    "/periodTo",
    "/tasks/0/lead",
    "/nope/~1/~0",
    "/tasks/99999999999999999999",
];

fuzz_target!(|data: &[u8]| {
    let Ok(json) = serde_json::from_slice::<serde_json::Value>(data) else {
        return;
    };
    let Ok(form) = Value::from_json(&json) else {
        return;
    };
    let options = Options {
        today: baocao::parse_iso_date("2026-06-20").ok(),
        ..Options::default()
    };
    let all = validate(&form, &options);
    for f in &all {
        assert!(f.path.as_deref().is_some_and(|p| p.is_empty() || p.starts_with('/')), "{f:?}");
        assert!(!f.message.is_empty() && !f.message_en.is_empty());
    }
    for pointer in POINTERS {
        let some = validate_field(&form, pointer, &options);
        assert!(some.len() <= all.len());
    }
    assert_eq!(validate_field(&form, "", &options), all);
});
