//! Findings and rules as JSON for machines, written by the same code that writes
//! them for the page.
//!
//! Checked files: `{"files":[{"path":…,"kind":"plan"|"report","findings":[Finding…]}]}`
//! with the finding keys of DESIGN §4.2; absent values are `null`.

use super::CheckedFile;
use crate::json_text::{array, Object};
use crate::RULES;

/// The checked files as one JSON object, with a final newline; each finding written by
/// [`crate::Finding::write_json`], as the page receives it.
pub fn render(files: &[CheckedFile]) -> String {
    let mut out = String::new();
    Object::new(&mut out)
        .with("files", |out| {
            array(out, files, |out, f| {
                Object::new(out)
                    .str("path", &f.path)
                    .str("kind", f.kind.as_str())
                    .with("findings", |out| {
                        array(out, &f.findings, |out, finding| finding.write_json(out))
                    })
                    .end();
            })
        })
        .end();
    out.push('\n');
    out
}

/// Every rule of the registry as a JSON array of [`crate::rules::RuleInfo`].
pub fn rules() -> String {
    let mut out = String::new();
    array(&mut out, RULES.iter().map(|r| r.info()), |out, r| {
        r.write_json(out)
    });
    out.push('\n');
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{DocKind, Finding, Severity};

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
            paragraph: None,
            excerpt: None,
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
