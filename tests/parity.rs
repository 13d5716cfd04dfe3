#![cfg(not(target_arch = "wasm32"))]
//! Parity (issue 8): the findings each document fixture gets natively, stored as JSON
//! in tests/fixtures/parity/. tests/web.rs checks the same fixtures in headless
//! Chromium through the JS API and compares field by field, so the browser and the
//! server reach the same verdict. This test keeps the stored findings fresh.
//!
//! After a change to the rules or messages: `BAOCAO_UPDATE_PARITY=1 cargo test --test
//! parity`, review the diff, and run the browser tests (`bash scripts/test-web.sh`).

use std::path::Path;

use baocao::{check_document, Options};

/// The report forms compared (tests/fixtures/forms), stored as `forms-NAME.json`.
const FORMS: &[&str] = &[
    "report-good.json",
    "report-messy.json",
    "report-targets.json",
];

/// The fixtures compared, and the day of the check the browser test passes too.
const FIXTURES: &[&str] = &[
    "plan-clean.txt",
    "plan-draft.txt",
    "plan-markdown.md",
    "report-half-year.txt",
    "report-pdf-layout.txt",
];
const TODAY: &str = "2026-11-23";

#[test]
fn stored_native_findings_are_fresh() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let update = std::env::var_os("BAOCAO_UPDATE_PARITY").is_some();
    let options = Options {
        today: baocao::parse_iso_date(TODAY).ok(),
        ..Options::default()
    };
    let mut stale = Vec::new();
    let documents = FIXTURES.iter().map(|name| {
        let text = std::fs::read_to_string(root.join("documents").join(name)).unwrap();
        (format!("{name}.json"), check_document(&text, &options))
    });
    let forms = FORMS.iter().map(|name| {
        let json = std::fs::read_to_string(root.join("forms").join(name)).unwrap();
        let value: serde_json::Value = serde_json::from_str(&json).unwrap();
        let form = baocao::form::Value::from_json(&value).unwrap();
        (
            format!("forms-{name}"),
            baocao::validate_form(&form, &options),
        )
    });
    for (stored_as, findings) in documents.chain(forms) {
        let json = serde_json::to_string_pretty(&stored_form(&findings)).unwrap() + "\n";
        let path = root.join("parity").join(stored_as);
        let stored = std::fs::read_to_string(&path)
            .unwrap_or_default()
            .replace("\r\n", "\n");
        if stored != json {
            if update {
                std::fs::write(&path, json).unwrap();
            } else {
                stale.push(path.display().to_string());
            }
        }
    }
    assert!(
        stale.is_empty(),
        "stored native findings are out of date: {stale:?}\nRegenerate them with\n\n    \
         BAOCAO_UPDATE_PARITY=1 cargo test --test parity\n\nreview the diff, then run \
         bash scripts/test-web.sh"
    );
}

/// A finding with the keys of DESIGN §4.2 in their order, for a readable, stable file.
#[derive(serde::Serialize)]
#[serde(rename_all = "camelCase")]
struct Stored<'a> {
    code: &'a str,
    severity: &'a str,
    message: &'a str,
    message_en: &'a str,
    line: usize,
    column: usize,
    start: usize,
    end: usize,
    path: Option<&'a str>,
    hint: Option<&'a str>,
    suggestion: Option<&'a str>,
}

fn stored_form(findings: &[baocao::Finding]) -> Vec<Stored<'_>> {
    findings
        .iter()
        .map(|f| Stored {
            code: f.code,
            severity: f.severity.as_str(),
            message: &f.message,
            message_en: &f.message_en,
            line: f.line,
            column: f.column,
            start: f.start,
            end: f.end,
            path: f.path.as_deref(),
            hint: f.hint.as_deref(),
            suggestion: f.suggestion.as_deref(),
        })
        .collect()
}

#[test]
fn every_document_fixture_is_compared() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/documents");
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(
        names, FIXTURES,
        "add the new fixture to FIXTURES here and in tests/web.rs"
    );
}
