#![cfg(not(target_arch = "wasm32"))]
//! The generated documents of the rule registry must not drift from it:
//! docs/RULES.md (for people) and docs/rules.json (what the browser's `rules()` fetches,
//! as pkg/baocao.rules.json: the docs are not in the wasm).

use std::path::Path;

fn assert_current(file: &str, generated: &str, command: &str) {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(file);
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    // Compare without caring how git checked the line ends out.
    let committed = committed.replace("\r\n", "\n");
    if committed != generated {
        let line = committed
            .lines()
            .zip(generated.lines())
            .position(|(a, b)| a != b)
            .map_or_else(
                || committed.lines().count().min(generated.lines().count()) + 1,
                |i| i + 1,
            );
        panic!(
            "{file} is out of date with the rule registry (first difference at line {line}).\n\
             Regenerate it with:\n\n    {command}\n"
        );
    }
}

#[test]
fn rules_md_is_up_to_date() {
    assert_current(
        "docs/RULES.md",
        &baocao::render::rules::markdown(),
        "cargo run -q -- rules --format markdown > docs/RULES.md",
    );
}

#[test]
fn rules_json_is_up_to_date() {
    assert_current(
        "docs/rules.json",
        &baocao::render::json::rules(),
        "cargo run -q -- rules --format json > docs/rules.json",
    );
}

/// The catalogue as `rules()` gives it in the browser: every rule, implemented or
/// planned, with its titles and docs in both languages (the `RuleInfo` of the types).
#[test]
fn rules_json_lists_the_whole_catalogue_with_docs() {
    let text =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/rules.json"))
            .expect("docs/rules.json");
    let list: Vec<serde_json::Value> = serde_json::from_str(&text).expect("a JSON array");
    let str_of = |v: &serde_json::Value, key: &str| v[key].as_str().unwrap_or_default().to_owned();
    let mut codes = Vec::new();
    for r in &list {
        let code = str_of(r, "code");
        let status = str_of(r, "status");
        assert!(
            status == "implemented" || status == "planned",
            "{code}: {status}"
        );
        assert!(code.starts_with(&str_of(r, "area")), "{code}");
        assert!(["error", "warning", "info"].contains(&str_of(r, "severity").as_str()));
        assert!(!str_of(r, "name").is_empty());
        for key in ["title", "areaTitle", "docs"] {
            assert!(
                r[key]["vi"].is_string() && r[key]["en"].is_string(),
                "{code}.{key}"
            );
        }
        assert!(!str_of(&r["title"], "vi").is_empty() && !str_of(&r["title"], "en").is_empty());
        if status == "implemented" {
            assert!(!str_of(&r["docs"], "vi").is_empty(), "{code}");
            assert!(!str_of(&r["docs"], "en").is_empty(), "{code}");
        }
        codes.push(code);
    }
    let series = [
        ('S', 5),
        ('F', 5),
        ('A', 5),
        ('P', 7),
        ('T', 6),
        ('R', 1),
        ('L', 1),
    ];
    for (letter, count) in series {
        for n in 1..=count {
            let code = format!("{letter}{n:03}");
            assert!(codes.contains(&code), "rules() lacks {code}");
        }
    }
}
