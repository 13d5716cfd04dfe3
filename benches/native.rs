//! Native benchmarks (criterion): `cargo bench --bench native`.
//!
//! - `check_document/plan-33k`: one ~33 KB plan, every rule;
//! - `validate_form/<form>`: the report forms of `benches/forms/`, every rule;
//! - `batch/folder`: [`baocao::batch::check_files`] over a folder of plan-sized
//!   documents written to a temporary folder (throughput in documents per second).
//!
//! The plan is `../shared/corpus/plan-province-hung-yen-2026.txt` when that corpus is
//! present (it is read, never copied into the repository); otherwise the fixtures of
//! `tests/fixtures/documents/` repeated to the same size.

use std::path::{Path, PathBuf};
use std::time::Duration;

use baocao::{parse_iso_date, Options};
use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};

const PLAN_BYTES: usize = 33_000;

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn options() -> Options {
    Options {
        today: Some(parse_iso_date("2026-11-23").unwrap()),
        ..Options::default()
    }
}

/// The real plans of `../shared/corpus`, if present.
fn corpus_plans() -> Vec<String> {
    let dir = root().join("../shared/corpus");
    let mut names: Vec<PathBuf> = std::fs::read_dir(&dir)
        .map(|entries| {
            entries
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.extension().is_some_and(|e| e == "txt"))
                .collect()
        })
        .unwrap_or_default();
    names.sort();
    names
        .iter()
        .filter_map(|p| std::fs::read_to_string(p).ok())
        .collect()
}

/// A plan of about 33 KB: the corpus's largest plan, or the fixtures repeated.
fn plan() -> String {
    if let Some(p) = corpus_plans().into_iter().max_by_key(String::len) {
        return p;
    }
    let fixture =
        std::fs::read_to_string(root().join("tests/fixtures/documents/plan-clean.txt")).unwrap();
    let mut text = String::new();
    while text.len() < PLAN_BYTES {
        text.push_str(&fixture);
        text.push('\n');
    }
    text
}

fn check_document(c: &mut Criterion) {
    let text = plan();
    let options = options();
    let mut g = c.benchmark_group("check_document");
    g.throughput(Throughput::Bytes(text.len() as u64));
    g.bench_function("plan-33k", |b| {
        b.iter(|| baocao::check_document(std::hint::black_box(&text), &options))
    });
    g.finish();
}

fn forms() -> Vec<(String, serde_json::Value)> {
    let dir = root().join("benches/forms");
    let mut paths: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap()
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    paths.sort();
    paths
        .iter()
        .map(|p| {
            let name = p.file_stem().unwrap().to_string_lossy().into_owned();
            let json = serde_json::from_str(&std::fs::read_to_string(p).unwrap()).unwrap();
            (name, json)
        })
        .collect()
}

fn validate_form(c: &mut Criterion) {
    let options = options();
    let mut g = c.benchmark_group("validate_form");
    for (name, json) in forms() {
        // From JSON text, as a server receives it: parse, read, every rule.
        let text = json.to_string();
        g.bench_with_input(BenchmarkId::from_parameter(&name), &text, |b, text| {
            b.iter(|| {
                let json: serde_json::Value = serde_json::from_str(text).unwrap();
                let form = baocao::form::Value::from_json(&json).unwrap();
                baocao::validate_form(&form, &options)
            })
        });
    }
    g.finish();
}

/// A folder of `n` plan-sized documents (the corpus plans, or the 33 KB fixture plan,
/// in turn) under the system's temporary folder.
fn folder(n: usize) -> (PathBuf, Vec<PathBuf>) {
    let mut texts = corpus_plans();
    if texts.is_empty() {
        texts.push(plan());
    }
    let dir = std::env::temp_dir().join(format!("baocao-bench-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let paths: Vec<PathBuf> = (0..n)
        .map(|i| {
            let p = dir.join(format!("{i:05}.txt"));
            std::fs::write(&p, &texts[i % texts.len()]).unwrap();
            p
        })
        .collect();
    (dir, paths)
}

fn batch(c: &mut Criterion) {
    const FILES: usize = 200;
    let (dir, paths) = folder(FILES);
    let options = options();
    let mut g = c.benchmark_group("batch");
    g.sample_size(10);
    g.throughput(Throughput::Elements(FILES as u64));
    g.bench_function("folder", |b| {
        b.iter(|| baocao::batch::check_files(&paths, &options, || {}))
    });
    g.finish();
    let _ = std::fs::remove_dir_all(dir);
}

criterion_group! {
    name = benches;
    config = Criterion::default()
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(3));
    targets = check_document, validate_form, batch
}
criterion_main!(benches);
