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

    /// The words in `lang`; in a checker whose English is loaded apart
    /// (`src/messages/english.rs`), in Vietnamese until it is.
    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::En if cfg!(not(feature = "english-apart")) || !self.en.is_empty() => &self.en,
            _ => &self.vi,
        }
    }
}

/// Where a finding stands: a span of the normalised text, or a form field.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Location {
    /// Byte offsets into [`Source::text`].
    Span(Range<usize>),
    /// A JSON Pointer to a field of a report form: `/periodTo`, `/tasks/0/lead`.
    Path(String),
}

impl Location {
    /// Whether this location is the field at `pointer`, a field inside it, or (for the
    /// empty pointer, the whole form) anything.
    pub fn within(&self, pointer: &str) -> bool {
        match self {
            Location::Path(path) => {
                path == pointer
                    || pointer.is_empty()
                    || (path.starts_with(pointer) && path[pointer.len()..].starts_with('/'))
            }
            Location::Span(_) => false,
        }
    }
}

impl From<Range<usize>> for Location {
    fn from(span: Range<usize>) -> Self {
        Location::Span(span)
    }
}

impl From<String> for Location {
    fn from(path: String) -> Self {
        Location::Path(path)
    }
}

impl From<&str> for Location {
    fn from(path: &str) -> Self {
        Location::Path(path.to_owned())
    }
}

/// Words in both languages, for plain-object output.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Bilingual {
    pub vi: String,
    pub en: String,
}

impl From<Text> for Bilingual {
    fn from(t: Text) -> Self {
        Bilingual { vi: t.vi, en: t.en }
    }
}

/// What a rule reports, on a text or on a form: where, and its words.
#[derive(Clone, Debug, PartialEq)]
pub struct Diagnostic {
    pub code: &'static str,
    pub severity: Severity,
    pub message: Text,
    pub at: Location,
    /// Other places the finding depends on (`/periodFrom` for a reversed period), so
    /// that a change to any of them brings it back.
    pub related: Vec<Location>,
    pub hint: Option<Text>,
    pub suggestion: Option<String>,
}

impl Diagnostic {
    // Out of line: some forty rules add a hint, and the finding moved in and out is
    // written once.
    #[inline(never)]
    pub fn with_hint(mut self, hint: Text) -> Self {
        self.hint = Some(hint);
        self
    }

    pub fn with_suggestion(self, suggestion: impl Into<String>) -> Self {
        self.suggested(suggestion.into())
    }

    // The finding moved in and out written once, as in `with_hint`.
    #[inline(never)]
    fn suggested(mut self, suggestion: String) -> Self {
        self.suggestion = Some(suggestion);
        self
    }

    /// Also concerns `at`.
    pub fn relating(self, at: impl Into<Location>) -> Self {
        self.related_to(at.into())
    }

    #[inline(never)]
    fn related_to(mut self, at: Location) -> Self {
        self.related.push(at);
        self
    }

    /// Also concerns each of `places`.
    pub fn relating_all(mut self, places: impl IntoIterator<Item = Location>) -> Self {
        self.related.extend(places);
        self
    }

    /// The span in the text, for a finding on a text.
    pub fn span(&self) -> Option<Range<usize>> {
        match &self.at {
            Location::Span(s) => Some(s.clone()),
            Location::Path(_) => None,
        }
    }

    /// The field, for a finding on a form.
    pub fn path(&self) -> Option<&str> {
        match &self.at {
            Location::Path(p) => Some(p),
            Location::Span(_) => None,
        }
    }

    /// Whether the finding concerns the form field at `pointer`: it is on that field,
    /// on a field inside it, or depends on it.
    pub fn concerns(&self, pointer: &str) -> bool {
        self.at.within(pointer) || self.related.iter().any(|r| r.within(pointer))
    }

    /// Places the diagnostic: in the original input for a span of `source`, on its
    /// field for a form.
    pub fn resolve(&self, source: &Source, lang: Lang) -> Finding {
        let (line, column, start, end, path) = match &self.at {
            Location::Span(span) => {
                let (line, column) = source.line_column(span.start);
                let start = source.utf16_offset(span.start);
                let end = source.utf16_offset(span.end).max(start);
                (line, column, start, end, None)
            }
            Location::Path(p) => (0, 0, 0, 0, Some(p.clone())),
        };
        Finding {
            code: self.code,
            severity: self.severity,
            message: self.message.get(lang).to_owned(),
            message_en: self.message.en.clone(),
            line,
            column,
            start,
            end,
            path,
            hint: self.hint.as_ref().map(|h| h.get(lang).to_owned()),
            suggestion: self.suggestion.clone(),
            paragraph: None,
            excerpt: None,
        }
    }
}

/// A finding as the page and the CLI receive it (DESIGN §4.2).
#[derive(Clone, Debug, PartialEq, Eq)]
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
    /// For a Word document: the 1-based paragraph (in document order, table cells
    /// included) the finding is in; `None` for texts and forms.
    pub paragraph: Option<usize>,
    /// For a Word document: the text of the finding's line, to find it in Word.
    pub excerpt: Option<String>,
}

impl Finding {
    /// Appends the finding as a JSON object with the keys of DESIGN §4.2: the one
    /// serializer of findings, for the page (`Finding` in the TypeScript types) and
    /// for the CLI's JSON output.
    pub fn write_json(&self, out: &mut String) {
        crate::json_text::Object::new(out)
            .str("code", self.code)
            .str("severity", self.severity.as_str())
            .str("message", &self.message)
            .str("messageEn", &self.message_en)
            .num("line", self.line)
            .num("column", self.column)
            .num("start", self.start)
            .num("end", self.end)
            .opt("path", self.path.as_deref())
            .opt("hint", self.hint.as_deref())
            .opt("suggestion", self.suggestion.as_deref())
            .located(self.paragraph, self.excerpt.as_deref())
            .end();
    }
}
