//! Rendering findings: text for people, JSON and SARIF for machines.
//!
//! A finding is data; rendering is separate (as in codespan-reporting). Every function
//! here is pure: it takes the checked files (or the rule registry) and returns a
//! `String`, and does no I/O. The JSON and SARIF renderers use `serde_json`, which is
//! native-only, so they are not compiled into the WebAssembly build.

#[cfg(not(target_arch = "wasm32"))]
pub mod json;
pub mod rules;
#[cfg(not(target_arch = "wasm32"))]
pub mod sarif;
pub mod text;

use crate::messages;
use crate::{DocKind, Finding, Lang, Severity, Text};

/// One checked file, as the renderers receive it.
#[derive(Clone, Debug)]
pub struct CheckedFile {
    /// The path as shown to people: as given on the command line, or `<stdin>`.
    pub path: String,
    /// What the file was checked as.
    pub kind: DocKind,
    /// The findings, in the order the checker returned them.
    pub findings: Vec<Finding>,
    /// The text that was checked (decoded, without a byte-order mark). The text
    /// renderer shows the lines findings point at; SARIF computes its columns from it.
    pub source: String,
}

/// How many findings of each severity a set of files has.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Tally {
    pub files: usize,
    pub errors: usize,
    pub warnings: usize,
    pub infos: usize,
}

impl Tally {
    pub fn of(files: &[CheckedFile]) -> Tally {
        let mut t = Tally {
            files: files.len(),
            ..Tally::default()
        };
        for f in files.iter().flat_map(|f| &f.findings) {
            match f.severity {
                Severity::Error => t.errors += 1,
                Severity::Warning => t.warnings += 1,
                Severity::Info => t.infos += 1,
            }
        }
        t
    }

    /// The closing line of the text output: `3 lỗi, 1 cảnh báo trong 2 tệp`.
    pub fn summary(&self, lang: Lang) -> String {
        let count = |n: usize, one: fn(usize) -> Text, many: fn(usize) -> Text| {
            if n == 1 {
                one(n)
            } else {
                many(n)
            }
        };
        let notes: messages::Arg = if self.infos > 0 {
            let notes = count(
                self.infos,
                messages::render_one_note,
                messages::render_notes,
            );
            messages::render_summary_notes(notes).into()
        } else {
            "".into()
        };
        let summary = messages::render_summary(
            count(
                self.errors,
                messages::render_one_error,
                messages::render_errors,
            ),
            count(
                self.warnings,
                messages::render_one_warning,
                messages::render_warnings,
            ),
            notes,
            count(
                self.files,
                messages::render_one_file,
                messages::render_files,
            ),
        );
        summary.get(lang).to_owned()
    }
}

/// True when any file has an error-severity finding (the CLI then exits 1).
pub fn has_errors(files: &[CheckedFile]) -> bool {
    files
        .iter()
        .flat_map(|f| &f.findings)
        .any(|f| f.severity == Severity::Error)
}

/// The word for a severity, in a language.
pub fn severity_label(severity: Severity, lang: Lang) -> String {
    let label = match severity {
        Severity::Error => messages::render_severity_error(),
        Severity::Warning => messages::render_severity_warning(),
        Severity::Info => messages::render_severity_info(),
    };
    label.get(lang).to_owned()
}

/// A point of the original text, found from a UTF-16 offset.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Position {
    /// 1-based line.
    pub line: usize,
    /// Byte range of the line's content (without its line end) in the text.
    pub line_start: usize,
    pub line_end: usize,
    /// Byte offset of the point, on a character boundary, clamped to the line's content.
    pub byte: usize,
    /// 1-based column in UTF-16 code units (SARIF's default column kind).
    pub column16: usize,
}

/// The lines of an original text, split as the checker splits them (`\r\n`, `\r` or
/// `\n`), with their starts in bytes and UTF-16 code units.
pub(crate) struct SourceLines<'a> {
    text: &'a str,
    /// (byte start, UTF-16 start, byte end of content) per line.
    lines: Vec<(usize, usize, usize)>,
    len16: usize,
}

impl<'a> SourceLines<'a> {
    pub fn new(text: &'a str) -> SourceLines<'a> {
        let mut lines = Vec::new();
        let (mut start, mut start16, mut at16) = (0usize, 0usize, 0usize);
        let mut chars = text.char_indices().peekable();
        while let Some((i, c)) = chars.next() {
            at16 += c.len_utf16();
            if c == '\r' || c == '\n' {
                let mut next = i + 1;
                if c == '\r' {
                    if let Some(&(j, '\n')) = chars.peek() {
                        chars.next();
                        at16 += 1;
                        next = j + 1;
                    }
                }
                lines.push((start, start16, i));
                start = next;
                start16 = at16;
            }
        }
        lines.push((start, start16, text.len()));
        SourceLines {
            text,
            lines,
            len16: at16,
        }
    }

    /// Where a UTF-16 offset of the original text falls; `None` past its end.
    pub fn locate(&self, offset16: usize) -> Option<Position> {
        if offset16 > self.len16 {
            return None;
        }
        let index = self
            .lines
            .partition_point(|&(_, s16, _)| s16 <= offset16)
            .saturating_sub(1);
        let (line_start, start16, line_end) = *self.lines.get(index)?;
        let mut byte = line_start;
        let mut at16 = start16;
        for (i, c) in self.text.get(line_start..line_end)?.char_indices() {
            if at16 + c.len_utf16() > offset16 {
                byte = line_start + i;
                break;
            }
            at16 += c.len_utf16();
            byte = line_start + i + c.len_utf8();
        }
        Some(Position {
            line: index + 1,
            line_start,
            line_end,
            byte,
            column16: at16 - start16 + 1,
        })
    }

    pub fn text(&self) -> &'a str {
        self.text
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_split_like_the_checker() {
        let text = "a\r\nbé\rc\n\nd";
        let lines = SourceLines::new(text);
        let at = |s: &str| text.find(s).unwrap();
        let u16_at = |s: &str| text[..at(s)].encode_utf16().count();
        let p = lines.locate(u16_at("c")).unwrap();
        assert_eq!((p.line, p.column16, p.byte), (3, 1, at("c")));
        let p = lines.locate(u16_at("d")).unwrap();
        assert_eq!((p.line, p.column16), (5, 1));
        let p = lines.locate(u16_at("é")).unwrap();
        assert_eq!((p.line, p.column16, p.byte), (2, 2, at("é")));
        // The end of line 2, then inside its line end: clamped to the content.
        let p = lines.locate(u16_at("\rc")).unwrap();
        assert_eq!((p.line, p.byte), (2, at("\rc")));
        let p = lines.locate(1).unwrap();
        assert_eq!((p.line, p.byte), (1, 1));
        let p = lines.locate(2).unwrap();
        assert_eq!((p.line, p.byte, p.line_end), (1, 1, 1));
        assert!(lines.locate(text.encode_utf16().count()).is_some());
        assert!(lines.locate(text.encode_utf16().count() + 1).is_none());
    }

    #[test]
    fn surrogate_pairs_count_two_units() {
        let text = "x😀y";
        let lines = SourceLines::new(text);
        let p = lines.locate(3).unwrap();
        assert_eq!((p.byte, p.column16), (text.find('y').unwrap(), 4));
        // Inside the pair: the pair's start.
        let p = lines.locate(2).unwrap();
        assert_eq!((p.byte, p.column16), (1, 2));
    }

    #[test]
    fn summaries() {
        let t = Tally {
            files: 2,
            errors: 3,
            warnings: 1,
            infos: 0,
        };
        assert_eq!(t.summary(Lang::Vi), "3 lỗi, 1 cảnh báo trong 2 tệp");
        assert_eq!(t.summary(Lang::En), "3 errors, 1 warning in 2 files");
        let t = Tally {
            files: 1,
            errors: 1,
            warnings: 0,
            infos: 2,
        };
        assert_eq!(
            t.summary(Lang::Vi),
            "1 lỗi, 0 cảnh báo, 2 thông tin trong 1 tệp"
        );
        assert_eq!(
            t.summary(Lang::En),
            "1 error, 0 warnings, 2 notes in 1 file"
        );
    }
}
