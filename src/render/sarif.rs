//! Findings as SARIF 2.1.0, for code-scanning tools and dashboards (native only).
//!
//! One run; the tool's rules are the whole registry (planned rules included, with
//! `properties.status`); each finding is a result pointing at its file and region.
//! Columns and character offsets are in UTF-16 code units, SARIF's default.

use serde_json::{json, Value};

use super::{CheckedFile, SourceLines};
use crate::rules::{Rule, Status};
use crate::{Finding, Lang, Severity, RULES, VERSION};

pub const SCHEMA: &str = "https://json.schemastore.org/sarif-2.1.0.json";

/// A file that could not be checked (unreadable, not text, over a limit), or another
/// error of the run: a tool execution notification of the log's invocation.
#[derive(Clone, Debug)]
pub struct Failure {
    /// The file, when the error is about one.
    pub path: Option<String>,
    pub message: String,
}

/// The checked files as a SARIF 2.1.0 log, pretty-printed, with a final newline.
/// `failures` are the files that could not be checked: the invocation lists them
/// (so the log says what it does not cover) and is then not successful.
pub fn render(files: &[CheckedFile], failures: &[Failure], lang: Lang) -> String {
    let rules: Vec<Value> = RULES.iter().map(|r| rule(r, lang)).collect();
    let artifacts: Vec<Value> = files
        .iter()
        .map(|f| {
            json!({
                "location": { "uri": to_uri(&f.path) },
                "sourceLanguage": "plaintext",
                "properties": { "kind": f.kind.as_str() },
            })
        })
        .collect();
    let mut results = Vec::new();
    for (index, file) in files.iter().enumerate() {
        let lines = SourceLines::new(&file.source);
        for finding in &file.findings {
            results.push(result(file, index, &lines, finding));
        }
    }
    let log = json!({
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [{
            "tool": {
                "driver": {
                    "name": "baocao",
                    "version": VERSION,
                    "semanticVersion": VERSION,
                    "language": match lang { Lang::Vi => "vi", Lang::En => "en" },
                    "rules": rules,
                }
            },
            "invocations": [invocation(failures)],
            "columnKind": "utf16CodeUnits",
            "artifacts": artifacts,
            "results": results,
        }]
    });
    // Serialising a tree of strings and numbers cannot fail; should it ever, say so in
    // JSON rather than panic.
    let mut s = serde_json::to_string_pretty(&log).unwrap_or_else(|e| {
        json!({ "error": format!("cannot serialise the output: {e}") }).to_string()
    });
    s.push('\n');
    s
}

fn invocation(failures: &[Failure]) -> Value {
    let notifications: Vec<Value> = failures
        .iter()
        .map(|f| {
            let mut n = json!({
                "level": "error",
                "message": { "text": f.message },
                "descriptor": { "id": "file-not-checked" },
            });
            if let Some(path) = &f.path {
                n["locations"] = json!([{
                    "physicalLocation": { "artifactLocation": { "uri": to_uri(path) } }
                }]);
            }
            n
        })
        .collect();
    json!({
        "executionSuccessful": failures.is_empty(),
        "toolExecutionNotifications": notifications,
    })
}

fn level(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "note",
    }
}

fn rule(rule: &Rule, lang: Lang) -> Value {
    let docs = rule.docs();
    let title = rule.title();
    let (status, help) = match rule.status {
        Status::Implemented => ("implemented", docs.get(lang).to_owned()),
        Status::Planned => (
            "planned",
            match lang {
                Lang::Vi => "Quy tắc dự kiến: chưa được kiểm tra.".to_owned(),
                Lang::En => "Planned rule: not checked yet.".to_owned(),
            },
        ),
    };
    let full = first_section(&help).unwrap_or_else(|| title.get(lang).to_owned());
    json!({
        "id": rule.code,
        "name": rule.name,
        "shortDescription": { "text": title.get(lang) },
        "fullDescription": { "text": full },
        "help": { "text": help, "markdown": help },
        "defaultConfiguration": { "level": level(rule.severity) },
        "properties": {
            "status": status,
            "area": rule.area.letter().to_string(),
            "titleVi": rule.title_vi,
            "titleEn": rule.title_en,
        },
    })
}

/// The text of the first `##` section of a rule's docs (what it finds), on one line.
fn first_section(docs: &str) -> Option<String> {
    let mut lines = docs.lines().skip_while(|l| !l.starts_with("## ")).skip(1);
    let text: Vec<&str> = lines
        .by_ref()
        .take_while(|l| !l.starts_with("## ") && !l.starts_with("```"))
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect();
    (!text.is_empty()).then(|| text.join(" "))
}

fn result(file: &CheckedFile, index: usize, lines: &SourceLines, f: &Finding) -> Value {
    let rule_index = RULES.iter().position(|r| r.code == f.code);
    let mut region = json!({
        "startLine": f.line,
        "startColumn": f.column,
        "charOffset": f.start,
        "charLength": f.end.saturating_sub(f.start),
    });
    // Columns from the original text, in UTF-16 code units.
    if let Some(start) = lines.locate(f.start) {
        region["startLine"] = json!(start.line);
        region["startColumn"] = json!(start.column16);
        if let Some(end) = lines.locate(f.end.max(f.start)) {
            region["endLine"] = json!(end.line);
            region["endColumn"] = json!(end.column16);
        }
    }
    // A form's finding is on a field (a JSON Pointer), not a line.
    let location = match &f.path {
        Some(pointer) => json!({
            "physicalLocation": {
                "artifactLocation": { "uri": to_uri(&file.path), "index": index },
            },
            "logicalLocations": [{ "fullyQualifiedName": pointer, "kind": "member" }],
        }),
        None => json!({
            "physicalLocation": {
                "artifactLocation": { "uri": to_uri(&file.path), "index": index },
                "region": region,
            }
        }),
    };
    let mut value = json!({
        "ruleId": f.code,
        "level": level(f.severity),
        "message": { "text": f.message },
        "locations": [location],
        "properties": {
            "messageEn": f.message_en,
            "hint": f.hint,
            "suggestion": f.suggestion,
        },
    });
    if let Some(i) = rule_index {
        value["ruleIndex"] = json!(i);
    }
    // A Word document's finding: its paragraph and excerpt (the region is in the text
    // read from it).
    if let Some(p) = f.paragraph {
        value["properties"]["paragraph"] = json!(p);
    }
    if let Some(e) = &f.excerpt {
        value["properties"]["excerpt"] = json!(e);
    }
    value
}

/// A path as a URI reference: relative paths stay relative, absolute ones become
/// `file://` URIs; anything outside the unreserved characters is percent-encoded.
pub fn to_uri(path: &str) -> String {
    let path = path.replace('\\', "/");
    let bytes = path.as_bytes();
    let drive =
        bytes.len() >= 3 && bytes[0].is_ascii_alphabetic() && bytes[1] == b':' && bytes[2] == b'/';
    let (prefix, rest) = if drive {
        (format!("file:///{}:", bytes[0] as char), &path[2..])
    } else if path.starts_with('/') {
        ("file://".to_owned(), &path[..])
    } else {
        (String::new(), &path[..])
    };
    let mut out = prefix;
    for b in rest.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~' | b'/') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::DocKind;

    #[test]
    fn uris() {
        assert_eq!(
            to_uri("docs/kế hoạch.txt"),
            "docs/k%E1%BA%BF%20ho%E1%BA%A1ch.txt"
        );
        assert_eq!(to_uri("/srv/a b.txt"), "file:///srv/a%20b.txt");
        assert_eq!(
            to_uri(r"C:\Hồ sơ\a.txt"),
            "file:///C:/H%E1%BB%93%20s%C6%A1/a.txt"
        );
        assert_eq!(to_uri("<stdin>"), "%3Cstdin%3E");
    }

    #[test]
    fn a_log_with_rules_and_results() {
        let text = "I. A\nIV. B\n";
        let finding = Finding {
            code: "S003",
            severity: Severity::Error,
            message: "thiếu mục".into(),
            message_en: "missing".into(),
            line: 2,
            column: 1,
            start: 5,
            end: 8,
            path: None,
            hint: None,
            suggestion: None,
            paragraph: None,
            excerpt: None,
        };
        let out = render(
            &[CheckedFile {
                path: "a.txt".into(),
                kind: DocKind::Plan,
                findings: vec![finding],
                source: text.into(),
            }],
            &[],
            Lang::En,
        );
        let v: Value = serde_json::from_str(&out).unwrap();
        assert_eq!(v["version"], "2.1.0");
        let run = &v["runs"][0];
        assert_eq!(run["tool"]["driver"]["name"], "baocao");
        assert_eq!(
            run["tool"]["driver"]["rules"].as_array().unwrap().len(),
            RULES.len()
        );
        let s003 = &run["tool"]["driver"]["rules"][2];
        assert_eq!(s003["id"], "S003");
        assert!(s003["fullDescription"]["text"]
            .as_str()
            .unwrap()
            .starts_with("A number"));
        let r = &run["results"][0];
        assert_eq!(r["ruleId"], "S003");
        assert_eq!(r["ruleIndex"], 2);
        assert_eq!(r["level"], "error");
        let region = &r["locations"][0]["physicalLocation"]["region"];
        assert_eq!(region["startLine"], 2);
        assert_eq!(region["startColumn"], 1);
        assert_eq!(region["endColumn"], 4);
        assert_eq!(region["charLength"], 3);
    }
}
