#![cfg(not(target_arch = "wasm32"))]
//! Dependencies point one way (issue 14): text → reader → model → rules → render, CLI,
//! wasm. No top-level module of the crate reaches, directly or through others, into a
//! module that reaches back into it. Read from the sources' `crate::` paths (tests and
//! comments left out); the crate root's own items count as the module `lib`, and what
//! it re-exports as the module it comes from.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

fn src() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src")
}

/// The crate's top-level modules: the files and folders of `src/` but the roots.
fn modules() -> BTreeSet<String> {
    std::fs::read_dir(src())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter_map(|p| {
            let name = p.file_stem()?.to_str()?.to_owned();
            let is_module = p.is_dir() || p.extension().is_some_and(|e| e == "rs");
            (is_module && name != "lib" && name != "main").then_some(name)
        })
        .collect()
}

fn files(dir: &Path, out: &mut Vec<PathBuf>) {
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() {
            files(&p, out);
        } else if p.extension().is_some_and(|e| e == "rs") {
            out.push(p);
        }
    }
}

/// The code of a file without its comments and without its test modules (from a
/// `#[cfg(test)]` that opens a `mod`), and without test-only helper files.
fn code(path: &Path) -> String {
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
    if matches!(name, "testing.rs" | "tests.rs" | "tokens_reference.rs") {
        return String::new();
    }
    let text = std::fs::read_to_string(path).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    let mut out = String::new();
    let mut i = 0;
    while i < lines.len() {
        let line = lines[i].trim_start();
        if line.starts_with("#[cfg(test)]")
            && lines.get(i + 1).is_some_and(|n| {
                n.trim_start().starts_with("mod ") || n.trim_start().starts_with("pub(crate) mod ")
            })
        {
            // Skip the module: to the line that closes it at its own indentation.
            let indent = lines[i].len() - line.len();
            i += 2;
            while i < lines.len()
                && !(lines[i].len() - lines[i].trim_start().len() == indent
                    && lines[i].trim_start().starts_with('}'))
            {
                i += 1;
            }
        } else if !line.starts_with("//") {
            out.push_str(lines[i]);
            out.push('\n');
        }
        i += 1;
    }
    out
}

/// The first segments of the paths after each `crate::`, groups included
/// (`crate::{a::b, c}` gives `a` and `c`).
fn crate_paths(code: &str) -> Vec<String> {
    let mut out = Vec::new();
    let ident = |s: &str| -> String {
        s.trim_start()
            .chars()
            .take_while(|c| c.is_alphanumeric() || *c == '_')
            .collect()
    };
    for (at, _) in code.match_indices("crate::") {
        let rest = &code[at + "crate::".len()..];
        if let Some(group) = rest.strip_prefix('{') {
            let mut depth = 0;
            let mut start = 0;
            for (k, c) in group.char_indices() {
                match c {
                    '{' => depth += 1,
                    '}' if depth == 0 => {
                        out.push(ident(&group[start..k]));
                        break;
                    }
                    '}' => depth -= 1,
                    ',' if depth == 0 => {
                        out.push(ident(&group[start..k]));
                        start = k + 1;
                    }
                    _ => {}
                }
            }
        } else {
            out.push(ident(rest));
        }
    }
    out.retain(|s| !s.is_empty());
    out
}

/// What the crate root re-exports: name → the module it comes from.
fn re_exports(lib: &str) -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    for line in lib.lines() {
        let Some(rest) = line.trim().strip_prefix("pub use ") else {
            continue;
        };
        let Some((module, items)) = rest.split_once("::") else {
            continue;
        };
        let items = items.trim_end_matches(';');
        let items = items.trim_start_matches('{').trim_end_matches('}');
        for item in items.split(',') {
            let name = item.trim().rsplit("::").next().unwrap_or("").to_owned();
            out.insert(name, module.to_owned());
        }
    }
    out
}

fn graph() -> BTreeMap<String, BTreeSet<String>> {
    let modules = modules();
    let lib = std::fs::read_to_string(src().join("lib.rs")).unwrap();
    let exports = re_exports(&lib);
    let node_of = |name: &str| -> String {
        if modules.contains(name) {
            name.to_owned()
        } else if let Some(m) = exports.get(name) {
            m.clone()
        } else {
            "lib".to_owned()
        }
    };
    let mut graph: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for m in &modules {
        let path = src().join(m);
        let mut fs = Vec::new();
        if path.is_dir() {
            files(&path, &mut fs);
        } else {
            fs.push(src().join(format!("{m}.rs")));
        }
        let deps = graph.entry(m.clone()).or_default();
        for f in fs {
            for name in crate_paths(&code(&f)) {
                let node = node_of(&name);
                if &node != m {
                    deps.insert(node);
                }
            }
        }
    }
    // The root's own code: the modules its functions call (not its `mod` and `pub use`
    // lines, which only declare and re-export).
    let root_code: String = code(&src().join("lib.rs"))
        .lines()
        .filter(|l| {
            let t = l.trim_start();
            !(t.starts_with("pub use ") || t.starts_with("mod ") || t.starts_with("pub mod "))
        })
        .collect::<Vec<_>>()
        .join("\n");
    let root = graph.entry("lib".into()).or_default();
    for m in &modules {
        if root_code.contains(&format!("{m}::")) {
            root.insert(m.clone());
        }
    }
    graph
}

/// A cycle through `start`, if any: the modules in order.
fn cycle_from(graph: &BTreeMap<String, BTreeSet<String>>, start: &str) -> Option<Vec<String>> {
    let mut stack = vec![(start.to_owned(), vec![start.to_owned()])];
    let mut seen = BTreeSet::new();
    while let Some((node, path)) = stack.pop() {
        for next in graph.get(&node).into_iter().flatten() {
            if next == start {
                let mut cycle = path.clone();
                cycle.push(start.to_owned());
                return Some(cycle);
            }
            if seen.insert(next.clone()) {
                let mut p = path.clone();
                p.push(next.clone());
                stack.push((next.clone(), p));
            }
        }
    }
    None
}

#[test]
fn no_import_cycle_between_top_level_modules() {
    let graph = graph();
    let cycles: Vec<String> = graph
        .keys()
        .filter_map(|m| cycle_from(&graph, m))
        .map(|c| c.join(" → "))
        .collect();
    assert!(
        cycles.is_empty(),
        "import cycles:\n{}\n\ngraph: {graph:#?}",
        cycles.join("\n")
    );
}

#[test]
fn the_reader_sees_nothing_above_it() {
    // The layers the issue names, and that the test above cannot tell from a cycle: the
    // text and reader layers reach no module that judges or renders.
    let graph = graph();
    for low in ["text", "number", "reader", "finding"] {
        for high in [
            "model", "rules", "render", "profile", "lib", "wasm", "batch",
        ] {
            assert!(
                !graph.get(low).is_some_and(|d| d.contains(high)),
                "{low} imports {high}: {:?}",
                graph.get(low)
            );
        }
    }
    // The model and what it is read with (profiles, periods, targets, agencies,
    // assignments, citations, forms) never reach the rules that judge it, the
    // renderers or the entry points.
    for low in [
        "model", "profile", "derive", "period", "target", "agency", "assign", "legal", "form",
    ] {
        for high in ["rules", "render", "wasm", "batch"] {
            assert!(
                !graph.get(low).is_some_and(|d| d.contains(high)),
                "{low} imports {high}: {:?}",
                graph.get(low)
            );
        }
    }
    // The parser of the test reads the forms it must.
    assert_eq!(
        crate_paths("use crate::{a::b, c, d::{e, f}};"),
        ["a", "c", "d"]
    );
    assert_eq!(crate_paths("x = crate::rules::RULES;"), ["rules"]);
}
