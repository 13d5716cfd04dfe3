//! Findings as text for people, in the style of compiler diagnostics:
//!
//! ```text
//! ke-hoach.txt:42:1: lỗi[S003] Sau mục II là mục IV: thiếu mục III.
//!    |
//! 42 | IV. KINH PHÍ
//!    | ^^^^^^^^^^^^
//!    = gợi ý: …
//!
//! 1 lỗi, 0 cảnh báo trong 1 tệp
//! ```

use super::{severity_label, CheckedFile, SourceLines, Tally};
use crate::messages;
use crate::{Finding, Lang};

/// The widest source excerpt shown, in columns; longer lines are cut around the span.
const MAX_WIDTH: usize = 100;
/// How much of a long line is kept before the span, in columns.
const CONTEXT_BEFORE: usize = 30;

/// Every finding of every file, then a summary line.
pub fn render(files: &[CheckedFile], lang: Lang) -> String {
    let mut out = String::new();
    for file in files {
        let lines = SourceLines::new(&file.source);
        for finding in &file.findings {
            render_finding(&mut out, &file.path, &lines, finding, lang);
            out.push('\n');
        }
    }
    out.push_str(&Tally::of(files).summary(lang));
    out.push('\n');
    out
}

/// One finding: the header line, the source line with the span underlined, the hint
/// and the suggested replacement.
fn render_finding(
    out: &mut String,
    path: &str,
    lines: &SourceLines,
    finding: &Finding,
    lang: Lang,
) {
    // A form's finding names its field (`bao-cao.json#/periodTo`), not a line.
    let place = match &finding.path {
        Some(pointer) => format!("{}#{}", clean(path), clean(pointer)),
        None => format!("{}:{}:{}", clean(path), finding.line, finding.column),
    };
    // A Word document's finding also names its paragraph, which Word can find.
    let place = match finding.paragraph {
        Some(p) => messages::render_paragraph(&place, p).get(lang).to_owned(),
        None => place,
    };
    out.push_str(&format!(
        "{place}: {}[{}] {}\n",
        severity_label(finding.severity, lang),
        finding.code,
        clean(&finding.message)
    ));
    let gutter = " ".repeat(finding.line.to_string().len());
    if let Some((number, shown, marks)) = excerpt(lines, finding).filter(|_| finding.path.is_none())
    {
        out.push_str(&format!("{gutter} |\n"));
        out.push_str(&format!(
            "{number:>width$} | {shown}\n",
            width = gutter.len()
        ));
        out.push_str(&format!("{gutter} | {marks}\n"));
    }
    if let Some(h) = &finding.hint {
        let hint = messages::render_hint();
        out.push_str(&format!("{gutter} = {}: {}\n", hint.get(lang), clean(h)));
    }
    if let Some(s) = &finding.suggestion {
        let suggestion = messages::render_suggestion();
        out.push_str(&format!(
            "{gutter} = {}: {}\n",
            suggestion.get(lang),
            clean(s)
        ));
    }
}

/// The line a finding starts on, made safe to print, and the carets under its span.
fn excerpt(lines: &SourceLines, finding: &Finding) -> Option<(usize, String, String)> {
    let start = lines.locate(finding.start)?;
    let end = lines
        .locate(finding.end.max(finding.start))
        .filter(|e| e.line == start.line)
        .map_or(start.line_end, |e| e.byte);
    let content = lines.text().get(start.line_start..start.line_end)?;

    // Each character of the line as it is shown, with its width in columns.
    let mut cells: Vec<(usize, String, usize)> = Vec::new(); // (byte offset, shown, width)
    for (i, c) in content.char_indices() {
        let (shown, width) = display(c);
        cells.push((start.line_start + i, shown, width));
    }
    let first = cells.partition_point(|&(b, _, _)| b < start.byte);
    let last = cells.partition_point(|&(b, _, _)| b < end).max(first);

    // A long line is cut to a window around the start of the span.
    let total: usize = cells.iter().map(|c| c.2).sum();
    let (mut from, mut to) = (0, cells.len());
    if total > MAX_WIDTH {
        let mut before = 0;
        from = first.min(cells.len());
        while from > 0 && before + cells[from - 1].2 <= CONTEXT_BEFORE {
            from -= 1;
            before += cells[from].2;
        }
        let mut width = 0;
        to = from;
        while to < cells.len() && width + cells[to].2 <= MAX_WIDTH {
            width += cells[to].2;
            to += 1;
        }
    }

    let mut shown = String::new();
    let mut marks = String::new();
    if from > 0 {
        shown.push('…');
        marks.push(' ');
    }
    for (index, (_, text, width)) in cells.iter().enumerate().take(to).skip(from) {
        shown.push_str(text);
        if index < first {
            marks.push_str(&" ".repeat(*width));
        } else if index < last {
            marks.push_str(&"^".repeat(*width));
        }
    }
    if to < cells.len() {
        shown.push('…');
    }
    if !marks.contains('^') {
        // An empty span, or one that starts at the end of the line: a single caret.
        marks.push('^');
    }
    Some((
        start.line,
        shown.trim_end().to_owned(),
        marks.trim_end().to_owned(),
    ))
}

/// How a character of the source is shown, and how many columns it takes.
fn display(c: char) -> (String, usize) {
    match c {
        '\t' => ("    ".to_owned(), 4),
        // Zero-width and direction-changing characters: not shown (they could make the
        // line read differently from what it is).
        '\u{200b}'..='\u{200f}'
        | '\u{202a}'..='\u{202e}'
        | '\u{2060}'..='\u{2069}'
        | '\u{feff}'
        | '\u{00ad}' => (String::new(), 0),
        c if c.is_control() => (" ".to_owned(), 1),
        c if is_combining(c) => (c.to_string(), 0),
        c if is_wide(c) => (c.to_string(), 2),
        c => (c.to_string(), 1),
    }
}

/// Combining marks, which are drawn over the letter before them (NFD input).
fn is_combining(c: char) -> bool {
    matches!(c,
        '\u{0300}'..='\u{036f}'
        | '\u{1ab0}'..='\u{1aff}'
        | '\u{1dc0}'..='\u{1dff}'
        | '\u{20d0}'..='\u{20ff}'
        | '\u{fe20}'..='\u{fe2f}')
}

/// East Asian wide characters, which take two columns in a terminal.
fn is_wide(c: char) -> bool {
    matches!(c,
        '\u{1100}'..='\u{115f}'
        | '\u{2e80}'..='\u{303e}'
        | '\u{3041}'..='\u{a4cf}'
        | '\u{ac00}'..='\u{d7a3}'
        | '\u{f900}'..='\u{faff}'
        | '\u{fe30}'..='\u{fe4f}'
        | '\u{ff00}'..='\u{ff60}'
        | '\u{ffe0}'..='\u{ffe6}'
        | '\u{1f300}'..='\u{1f64f}'
        | '\u{1f900}'..='\u{1f9ff}'
        | '\u{20000}'..='\u{3fffd}')
}

/// Text from the input or a message, made safe for a terminal: control characters
/// (escape sequences, line ends) and direction overrides do not reach it.
fn clean(s: &str) -> String {
    s.chars()
        .filter_map(|c| match c {
            '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' => None,
            c if c.is_control() => Some(' '),
            c => Some(c),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{DocKind, Severity};

    fn finding(text: &str, needle: &str, len16: usize) -> Finding {
        let byte = text.find(needle).unwrap();
        let start = text[..byte].encode_utf16().count();
        let line = text[..byte].matches('\n').count() + 1;
        Finding {
            code: "S003",
            severity: Severity::Error,
            message: "Sau mục II là mục IV: thiếu mục III.".into(),
            message_en: "Item II is followed by item IV: item III is missing.".into(),
            line,
            column: 1,
            start,
            end: start + len16,
            path: None,
            hint: Some("Đánh lại số.".into()),
            suggestion: Some("III. KINH PHÍ".into()),
            paragraph: None,
            excerpt: None,
        }
    }

    fn file(text: &str, findings: Vec<Finding>) -> CheckedFile {
        CheckedFile {
            path: "kh.txt".into(),
            kind: DocKind::Plan,
            findings,
            source: text.into(),
        }
    }

    #[test]
    fn underlines_the_span_on_its_line() {
        let text = "I. MỤC TIÊU\r\nNội dung\r\nIV. KINH PHÍ\r\n";
        let f = finding(text, "IV.", 3);
        let out = render(&[file(text, vec![f])], Lang::Vi);
        assert_eq!(
            out,
            "kh.txt:3:1: lỗi[S003] Sau mục II là mục IV: thiếu mục III.\n  |\n3 | IV. KINH PHÍ\n  | ^^^\n  = gợi ý: Đánh lại số.\n  = sửa thành: III. KINH PHÍ\n\n1 lỗi, 0 cảnh báo trong 1 tệp\n"
        );
        let out = render(&[file(text, vec![finding(text, "IV.", 3)])], Lang::En);
        assert!(out.contains("error[S003]"), "{out}");
        assert!(out.contains("= hint: Đánh lại số."), "{out}");
        assert!(out.contains("= suggestion: III. KINH PHÍ"), "{out}");
        assert!(out.ends_with("1 error, 0 warnings in 1 file\n"), "{out}");
    }

    #[test]
    fn nfd_and_tabs_keep_the_carets_in_place() {
        // "PHÍ" in NFD after a tab: the combining accent takes no column.
        let text = "\tKINH PHI\u{301} ĐÂY";
        let f = finding(text, "ĐÂY", 3);
        let out = render(&[file(text, vec![f])], Lang::Vi);
        assert!(
            out.contains("1 |     KINH PHI\u{301} ĐÂY\n  |              ^^^\n"),
            "{out}"
        );
    }

    #[test]
    fn empty_span_at_the_end_and_past_the_text() {
        let text = "abc\n";
        let mut f = finding(text, "\n", 0);
        let out = render(&[file(text, vec![f.clone()])], Lang::Vi);
        assert!(out.contains("1 | abc\n  |    ^\n"), "{out}");
        // Offsets beyond the text (a stale source): no excerpt, no panic.
        f.start = 99;
        f.end = 120;
        let out = render(&[file(text, vec![f])], Lang::Vi);
        assert!(!out.contains(" | "), "{out}");
    }

    #[test]
    fn long_lines_are_cut_around_the_span() {
        let text = format!("{}MỤC IV{}", "x".repeat(300), "y".repeat(300));
        let f = finding(&text, "MỤC", 6);
        let out = render(&[file(&text, vec![f])], Lang::Vi);
        let shown = out.lines().nth(2).unwrap();
        let marks = out.lines().nth(3).unwrap();
        assert!(shown.contains("…") && shown.chars().count() < 120, "{out}");
        assert_eq!(
            shown.chars().position(|c| c == 'M'),
            marks.chars().position(|c| c == '^')
        );
        assert_eq!(marks.matches('^').count(), 6);
    }

    #[test]
    fn control_characters_do_not_reach_the_terminal() {
        let text = "a\u{1b}[31mb\u{202e}c";
        let f = finding(text, "b", 1);
        let out = render(&[file(text, vec![f])], Lang::Vi);
        assert!(
            !out.contains('\u{1b}') && !out.contains('\u{202e}'),
            "{out}"
        );
    }

    #[test]
    fn spans_across_lines_underline_to_the_end_of_the_first() {
        let text = "ab cd\nef";
        let f = finding(text, "cd", 5);
        let out = render(&[file(text, vec![f])], Lang::Vi);
        assert!(out.contains("1 | ab cd\n  |    ^^\n"), "{out}");
    }
}
