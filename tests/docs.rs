#![cfg(not(target_arch = "wasm32"))]
//! docs/RULES.md is generated from the rule registry; it must not drift from it.

use std::path::Path;

#[test]
fn rules_md_is_up_to_date() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/RULES.md");
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    let generated = baocao::render::rules::markdown();
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
            "docs/RULES.md is out of date with the rule registry (first difference at \
             line {line}).\nRegenerate it with:\n\n    \
             cargo run -q -- rules --format markdown > docs/RULES.md\n"
        );
    }
}
