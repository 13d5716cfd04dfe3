//! Findings and rules as JSON for machines (native only: uses `serde_json`).
//!
//! Checked files: `{"files":[{"path":…,"kind":"plan"|"report","findings":[Finding…]}]}`
//! with the finding keys of DESIGN §4.2; absent values are `null`.

use serde::Serialize;

use super::CheckedFile;
use crate::{DocKind, Finding, RULES};

#[derive(Serialize)]
struct Output<'a> {
    files: Vec<FileOutput<'a>>,
}

#[derive(Serialize)]
struct FileOutput<'a> {
    path: &'a str,
    kind: DocKind,
    findings: &'a [Finding],
}

/// The checked files as one JSON object, pretty-printed, with a final newline.
pub fn render(files: &[CheckedFile]) -> String {
    let output = Output {
        files: files
            .iter()
            .map(|f| FileOutput {
                path: &f.path,
                kind: f.kind,
                findings: &f.findings,
            })
            .collect(),
    };
    finish(serde_json::to_string_pretty(&output))
}

/// Every rule of the registry as a JSON array of [`crate::rules::RuleInfo`].
pub fn rules() -> String {
    let infos: Vec<_> = RULES.iter().map(|r| r.info()).collect();
    finish(serde_json::to_string_pretty(&infos))
}

pub(crate) fn finish(json: Result<String, serde_json::Error>) -> String {
    // Serialising plain structs of strings and numbers cannot fail; should it ever,
    // say so in JSON rather than panic.
    let mut s = json.unwrap_or_else(|e| {
        serde_json::json!({ "error": format!("cannot serialise the output: {e}") }).to_string()
    });
    s.push('\n');
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Severity;

    #[test]
    fn shape_and_nulls() {
        let f = Finding {
            code: "F002",
            severity: Severity::Warning,
            message: "m".into(),
            message_en: "m".into(),
            line: 3,
            column: 1,
            start: 10,
            end: 12,
            path: None,
            hint: None,
            suggestion: None,
        };
        let out = render(&[CheckedFile {
            path: "a.txt".into(),
            kind: DocKind::Report,
            findings: vec![f],
            source: String::new(),
        }]);
        let v: serde_json::Value = serde_json::from_str(&out).unwrap();
        let file = &v["files"][0];
        assert_eq!(file["path"], "a.txt");
        assert_eq!(file["kind"], "report");
        let f = &file["findings"][0];
        assert_eq!(f["code"], "F002");
        assert_eq!(f["severity"], "warning");
        assert_eq!(f["messageEn"], "m");
        for key in ["path", "hint", "suggestion"] {
            assert!(f.get(key).is_some_and(|v| v.is_null()), "{key}");
        }
        assert_eq!(file.as_object().unwrap().len(), 3);
    }

    #[test]
    fn rules_list_every_code() {
        let v: serde_json::Value = serde_json::from_str(&rules()).unwrap();
        assert_eq!(v.as_array().unwrap().len(), RULES.len());
        assert_eq!(v[0]["code"], "S001");
        assert_eq!(v[0]["status"], "implemented");
    }
}
