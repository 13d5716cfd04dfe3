//! A finding is data: code, severity, message in two languages, where. Rendering it as
//! text, JSON or SARIF happens elsewhere.

use std::ops::Range;

use serde::Serialize;

use crate::text::Source;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
    Info,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Info => "info",
        }
    }
}

/// The language findings are written in.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Lang {
    #[default]
    Vi,
    En,
}

impl Lang {
    pub fn parse(s: &str) -> Option<Lang> {
        match s {
            "vi" => Some(Lang::Vi),
            "en" => Some(Lang::En),
            _ => None,
        }
    }
}

/// The same words in Vietnamese and English.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Text {
    pub vi: String,
    pub en: String,
}

impl Text {
    pub fn new(vi: impl Into<String>, en: impl Into<String>) -> Text {
        Text {
            vi: vi.into(),
            en: en.into(),
        }
    }

    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::Vi => &self.vi,
            Lang::En => &self.en,
        }
    }
}

/// What a rule reports: a span of the normalised text and its words.
#[derive(Clone, Debug)]
pub struct Diagnostic {
    pub code: &'static str,
    pub severity: Severity,
    pub message: Text,
    pub span: Range<usize>,
    pub hint: Option<Text>,
    pub suggestion: Option<String>,
}

impl Diagnostic {
    pub fn with_hint(mut self, hint: Text) -> Self {
        self.hint = Some(hint);
        self
    }

    pub fn with_suggestion(mut self, suggestion: impl Into<String>) -> Self {
        self.suggestion = Some(suggestion.into());
        self
    }

    /// Places the diagnostic in the original input.
    pub fn resolve(&self, source: &Source, lang: Lang) -> Finding {
        let (line, column) = source.line_column(self.span.start);
        let start = source.utf16_offset(self.span.start);
        let end = source.utf16_offset(self.span.end).max(start);
        Finding {
            code: self.code,
            severity: self.severity,
            message: self.message.get(lang).to_owned(),
            message_en: self.message.en.clone(),
            line,
            column,
            start,
            end,
            path: None,
            hint: self.hint.as_ref().map(|h| h.get(lang).to_owned()),
            suggestion: self.suggestion.clone(),
        }
    }
}

/// A finding as the page and the CLI receive it (DESIGN §4.2).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Finding {
    pub code: &'static str,
    pub severity: Severity,
    /// In the language asked for (Vietnamese by default).
    pub message: String,
    pub message_en: String,
    /// 1-based line of the original input.
    pub line: usize,
    /// 1-based column, in characters as displayed.
    pub column: usize,
    /// Offsets in UTF-16 code units of the original input.
    pub start: usize,
    pub end: usize,
    /// JSON Pointer to a form field; `None` for documents.
    pub path: Option<String>,
    pub hint: Option<String>,
    pub suggestion: Option<String>,
}
