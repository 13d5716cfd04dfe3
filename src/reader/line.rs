//! Physical lines, with the decorations of Word, PDF and markdown exports taken off.

use std::ops::Range;

/// A run of a line that a table layout set apart from its neighbours (header and
/// signature tables extracted from PDF put two columns on one line).
#[derive(Clone, Debug)]
pub struct Cell {
    pub span: Range<usize>,
    pub clean: String,
}

#[derive(Clone, Debug)]
pub struct Line {
    /// 1-based line number in the input.
    pub number: usize,
    /// The text inside its decorations, as a span of the normalised text.
    pub content: Range<usize>,
    /// Decorations removed, white space collapsed: `### ***2.3. Công tác***` → `2.3. Công tác`.
    pub clean: String,
    pub cells: Vec<Cell>,
    /// Dressed as a heading in markdown: `## …`, or bold from end to end (`**…**`).
    pub heading_dress: bool,
}

impl Line {
    pub fn is_blank(&self) -> bool {
        self.clean.is_empty()
    }
}

pub fn split_lines(text: &str) -> Vec<Line> {
    let mut starts = vec![0];
    starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
    split_lines_at(text, &starts)
}

/// [`split_lines`] with the lines' starts known ([`crate::text::Source::line_starts`]):
/// 0, and one past every `\n` of `text`.
pub fn split_lines_at(text: &str, starts: &[usize]) -> Vec<Line> {
    let mut lines = Vec::with_capacity(starts.len());
    for (number, &start) in starts.iter().enumerate() {
        let end = starts
            .get(number + 1)
            .map_or(text.len(), |next| next.saturating_sub(1));
        let Some(raw) = text.get(start..end) else {
            continue;
        };
        let span = start..end;
        let content = content_span(raw, span.start);
        let cells = split_cells(text, content.clone());
        let clean = match cells.len() {
            1 => cells[0].clean.clone(),
            _ => cells
                .iter()
                .map(|c| c.clean.as_str())
                .collect::<Vec<_>>()
                .join(" "),
        };
        lines.push(Line {
            number: number + 1,
            content,
            clean,
            cells,
            heading_dress: dressed_as_heading(raw),
        });
    }
    lines
}

/// `## **3 Công tác …**`, `### 3 Công tác`, `**3 Công tác**`.
fn dressed_as_heading(raw: &str) -> bool {
    let s = raw.trim();
    if s.starts_with('#') {
        return true;
    }
    let s = crate::text::chars::trim_start_in(s, b">").trim_start();
    s.len() > 4
        && (s.starts_with("**") && s.ends_with("**") || s.starts_with("__") && s.ends_with("__"))
}

fn is_edge_decoration(c: char) -> bool {
    c.is_whitespace() || matches!(c, '*' | '#' | '>' | '\\' | '_' | '|')
}

/// The span of `raw` without white space and markdown decoration at either end.
fn content_span(raw: &str, offset: usize) -> Range<usize> {
    // Keep a leading markdown bullet (`* item`) as content: it is the item's marker.
    let mut s = raw.trim_start_matches(|c: char| c.is_whitespace() || c == '#' || c == '>');
    if !(s.starts_with("* ") || s.starts_with("*\t")) {
        s = s.trim_start_matches(is_edge_decoration);
    }
    let lead = raw.len() - s.len();
    let s = s.trim_end_matches(is_edge_decoration);
    offset + lead..offset + lead + s.len()
}

/// The cells of a table row: `| 1 | Số tin báo | 20 |` split at its bars, else at
/// tabs; `None` for a line that is not a row of two cells or more.
pub fn row_cells(source: &str, line: Range<usize>) -> Option<Vec<Range<usize>>> {
    let text = source.get(line.clone())?;
    let bar = if text.matches('|').count() >= 2 {
        '|'
    } else if text.contains('\t') {
        '\t'
    } else {
        return None;
    };
    let mut cells = Vec::new();
    let mut from = 0;
    for (k, _) in text
        .match_indices(bar)
        .chain(std::iter::once((text.len(), "")))
    {
        cells.push(line.start + from..line.start + k);
        from = k + 1;
    }
    // A markdown row's outer bars (a tab row's outer tabs) leave empty cells at its ends;
    // an empty cell inside is kept, so that each cell stays under its column's header
    // (`| Số tin báo đã giải quyết | 19 | | 95 |` under `… | Ghi chú | Tỷ lệ |`).
    let blank = |c: &Range<usize>| source[c.clone()].trim().is_empty();
    while cells.last().is_some_and(blank) {
        cells.pop();
    }
    // A markdown row has one outer bar before its first cell, which may be empty itself
    // (`| | CÔNG TÁC KHÁC | |`); a tab row (Word's copy of a table) has none: a tab that
    // leads it follows an empty first cell (`⇥Tập huấn⇥Công an tỉnh`, no number).
    if bar == '|' && cells.first().is_some_and(blank) {
        cells.remove(0);
    }
    (cells.len() >= 2).then_some(cells)
}

/// The most lines one row of a table copied from Word is read over (its cells'
/// paragraphs).
pub const ROW_LINES: usize = 32;

/// What a line is to a table, as [`table_lines`] reads it.
#[derive(Debug, PartialEq)]
pub enum TableLine {
    /// The first line of a row, with the row's cells (a row pasted from Word may span
    /// several lines).
    Row(Vec<Range<usize>>),
    /// A line of the row above, past its first.
    Within,
    /// A row of a table set out with spaces (a PDF's text copied with its layout), with
    /// its cells by the columns that its run of such lines shares: a cell left empty is
    /// an empty span there. Only figures read these: in a table of tasks a cell's words
    /// wrap onto lines of their own, which spaces do not tell apart from rows.
    Spaced(Vec<Range<usize>>),
    /// A line that is no row.
    Other,
}

/// What each of `lines` is to a table. Word copies a table as one line a row, its cells
/// apart by tabs, but a cell of several paragraphs breaks its row over several lines
/// (`1⇥Tuyên truyền` / `Tổ chức hội nghị⇥Công an tỉnh⇥Sở Y tế`). So a row with fewer
/// tabs than the rows above it takes in the lines below while their tabs make up the
/// difference exactly; a row of one cell filled (a group's title) takes in nothing.
/// Lines without a tab between two rows go on the last cell of the row above (`Sở Y
/// tế;` / `Sở Tư pháp`); elsewhere such a line ends the run. A row is looked for over
/// at most [`ROW_LINES`] lines, which keeps the reading linear.
pub fn table_lines(source: &str, lines: &[Line]) -> Vec<TableLine> {
    let tabs = |r: &Range<usize>| source[r.clone()].bytes().filter(|&b| b == b'\t').count();
    let mut out: Vec<TableLine> = Vec::with_capacity(lines.len());
    let mut width = 0;
    let mut last_row = None;
    let mut i = 0;
    while i < lines.len() {
        let mut range = whole(source, &lines[i]);
        let start = i;
        i += 1;
        let Some(mut cells) = row_cells(source, range.clone()) else {
            // (this line is no row of tabs or bars: spaced when it has cells)
            if width == 0 && lines[start].cells.len() >= 2 {
                let mut end = i;
                while end < lines.len() && is_spaced(source, &lines[end]) {
                    end += 1;
                }
                match spaced_rows(source, &lines[start..end]) {
                    Some(rows) => out.extend(rows.into_iter().map(TableLine::Spaced)),
                    None => out.resize_with(end, || TableLine::Other),
                }
                i = end;
                continue;
            }
            if width > 0 && tabs(&range) == 0 && !lines[start].is_blank() {
                let mut end = i;
                while end < lines.len().min(i + ROW_LINES)
                    && !lines[end].is_blank()
                    && tabs(&whole(source, &lines[end])) == 0
                {
                    end += 1;
                }
                let resumes = lines
                    .get(end)
                    .is_some_and(|l| row_cells(source, whole(source, l)).is_some());
                if let (true, Some(TableLine::Row(row))) = (resumes, last_row.map(|r| &mut out[r]))
                {
                    if let Some(last) = row.last_mut() {
                        last.end = whole(source, &lines[end - 1]).end;
                        out.resize_with(end, || TableLine::Within);
                        i = end;
                        continue;
                    }
                }
                width = 0;
            }
            out.push(TableLine::Other);
            continue;
        };
        let have = tabs(&range);
        let filled = cells
            .iter()
            .filter(|c| !source[(*c).clone()].trim().is_empty())
            .count();
        if have < width && filled > 1 {
            let (mut total, mut end) = (have, i);
            while total < width && end < lines.len().min(i + ROW_LINES) && !lines[end].is_blank() {
                let next = whole(source, &lines[end]);
                total += tabs(&next);
                end += 1;
                range.end = next.end;
            }
            if total == width {
                i = end;
                cells = row_cells(source, range).unwrap_or(cells);
            }
        }
        width = width.max(have);
        last_row = Some(start);
        out.push(TableLine::Row(cells));
        out.resize_with(i, || TableLine::Within);
    }
    out
}

/// Whether a line without tabs or bars has cells apart by three spaces or more.
fn is_spaced(source: &str, line: &Line) -> bool {
    line.cells.len() >= 2 && row_cells(source, whole(source, line)).is_none()
}

/// The rows of a run of spaced lines, each cell put under the column it stands in: the
/// columns are where the cells of all the lines overlap or meet, counted in characters
/// from each line's start (numbers are set right, under a title set left). None when
/// the run is no table: one line (a gap in a sentence), or a cell that reaches over two
/// cells of another line, as the words of a paragraph spaced out to its margins do.
fn spaced_rows(source: &str, lines: &[Line]) -> Option<Vec<Vec<Range<usize>>>> {
    if lines.len() < 2 {
        return None;
    }
    // Each cell's span and its first column and the one past its last, line after line;
    // and which columns some cell covers (a plain loop and a map of columns: no sort).
    let mut placed: Vec<(Range<usize>, usize, usize)> = Vec::new();
    let mut covered: Vec<bool> = Vec::new();
    for line in lines {
        let mut at = whole(source, line).start;
        let mut column = 0;
        for cell in &line.cells {
            column += source[at..cell.span.start].chars().count();
            let first = column;
            column += source[cell.span.clone()].chars().count();
            at = cell.span.end;
            if covered.len() < column {
                covered.resize(column, false);
            }
            covered[first..column].fill(true);
            placed.push((cell.span.clone(), first, column));
        }
    }
    // The table's columns, each a run of covered columns, by where it ends.
    let ends: Vec<usize> = (1..=covered.len())
        .filter(|&k| covered[k - 1] && covered.get(k) != Some(&true))
        .collect();
    if ends.len() < 2 {
        return None;
    }
    let mut rows = Vec::with_capacity(lines.len());
    let mut from = 0;
    for line in lines {
        let cells = &placed[from..from + line.cells.len()];
        from += line.cells.len();
        let mut row: Vec<Range<usize>> = Vec::with_capacity(ends.len());
        let mut k = 0;
        let mut empty_at = cells.first().map_or(0, |c| c.0.start);
        for &end in &ends {
            match cells.get(k) {
                Some(cell) if cell.2 <= end => {
                    if cells.get(k + 1).is_some_and(|next| next.2 <= end) {
                        return None;
                    }
                    empty_at = cell.0.end;
                    row.push(cell.0.clone());
                    k += 1;
                }
                _ => row.push(empty_at..empty_at),
            }
        }
        rows.push(row);
    }
    Some(rows)
}

/// The whole of a line in the source, outer bars and white space included (to the reader
/// a markdown row's outer bars are decoration, and with an empty last cell (`| 20 | |`)
/// one bar is all that is left inside them).
pub fn whole(source: &str, line: &Line) -> Range<usize> {
    let start =
        crate::text::chars::rfind_ascii(&source[..line.content.start], b'\n').map_or(0, |i| i + 1);
    let end = source[line.content.end..]
        .find('\n')
        .map_or(source.len(), |i| line.content.end + i);
    start..end
}

/// Splits at tabs and at runs of three or more spaces.
fn split_cells(text: &str, content: Range<usize>) -> Vec<Cell> {
    let s = &text[content.clone()];
    let mut cells = Vec::with_capacity(1);
    // Most lines are one cell: say so without looking at every byte.
    if !s.contains('\t') && !has_three_spaces(s.as_bytes()) {
        push_cell(&mut cells, text, content.clone());
        if cells.is_empty() {
            cells.push(Cell {
                span: content,
                clean: String::new(),
            });
        }
        return cells;
    }
    let mut cell_start = 0;
    let mut i = 0;
    let bytes = s.as_bytes();
    while i < bytes.len() {
        let gap_end = if bytes[i] == b'\t' {
            let mut j = i;
            while j < bytes.len() && (bytes[j] == b'\t' || bytes[j] == b' ') {
                j += 1;
            }
            Some(j)
        } else if bytes[i] == b' ' {
            let mut j = i;
            while j < bytes.len() && bytes[j] == b' ' {
                j += 1;
            }
            (j - i >= 3).then_some(j)
        } else {
            None
        };
        match gap_end {
            Some(j) => {
                push_cell(
                    &mut cells,
                    text,
                    content.start + cell_start..content.start + i,
                );
                cell_start = j;
                i = j;
            }
            None => i += 1,
        }
    }
    push_cell(&mut cells, text, content.start + cell_start..content.end);
    if cells.is_empty() {
        cells.push(Cell {
            span: content.clone(),
            clean: String::new(),
        });
    }
    cells
}

/// Whether three spaces stand in a row. Any three bytes in a row hold one whose index
/// is a multiple of three, so only those are looked at until a space turns up.
fn has_three_spaces(bytes: &[u8]) -> bool {
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b' ' {
            let before = bytes[..i].iter().rev().take_while(|&&b| b == b' ').count();
            let after = bytes[i..].iter().take_while(|&&b| b == b' ').count();
            if before + after >= 3 {
                return true;
            }
            // A longer run lies wholly after this one, and holds a multiple of three.
            i = (i + after + 1).next_multiple_of(3);
        } else {
            i += 3;
        }
    }
    false
}

fn push_cell(cells: &mut Vec<Cell>, text: &str, span: Range<usize>) {
    let inner = content_span(&text[span.clone()], span.start);
    let clean = clean(&text[inner.clone()]);
    if !clean.is_empty() {
        cells.push(Cell { span: inner, clean });
    }
}

/// Removes emphasis stars and markdown escapes, and collapses white space.
pub fn clean(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    if let Some(r) = s.strip_prefix("* ").or_else(|| s.strip_prefix("*\t")) {
        out.push_str("- ");
        rest = r;
    }
    let mut space = false;
    // Characters that stay are copied a run at a time, up to the next one that does not.
    let bytes = rest.as_bytes();
    let mut run = 0;
    let mut i = 0;
    loop {
        // Most bytes stay: pass over them in a tight loop.
        while bytes
            .get(i)
            .is_some_and(|&b| CLEAN_CLASS[usize::from(b)] == KEEP)
        {
            i += 1;
        }
        if i >= bytes.len() {
            break;
        }
        let (dropped, white, len) = match CLEAN_CLASS[usize::from(bytes[i])] {
            // A single space inside a run stays as it is: what collapsing would give.
            SPACE if bytes[i] == b' ' && i > run && keeps_at(bytes, i + 1) => (false, false, 1),
            STAR => (true, false, 1),
            ESCAPE => (
                bytes.get(i + 1).is_some_and(u8::is_ascii_punctuation),
                false,
                1,
            ),
            SPACE => (true, true, 1),
            _ if !maybe_white_space(bytes, i) => (false, false, 1),
            _ => match rest[i..].chars().next() {
                Some(c) if c.is_whitespace() => (true, true, c.len_utf8()),
                _ => (false, false, 1),
            },
        };
        if dropped {
            push_run(&mut out, &rest[run..i], &mut space);
            space |= white;
            run = i + len;
        }
        i += len;
    }
    push_run(&mut out, &rest[run..], &mut space);
    out.truncate(out.trim_end().len());
    out
}

/// What [`clean`] does with a byte: keeps it, drops it (`*`), drops it when
/// punctuation follows (`\\`), takes it for white space, or decodes the character
/// it starts to tell (a lead byte of white space outside ASCII).
const KEEP: u8 = 0;
const STAR: u8 = 1;
const ESCAPE: u8 = 2;
const SPACE: u8 = 3;
const MAYBE_SPACE: u8 = 4;
const CLEAN_CLASS: [u8; 256] = {
    let mut class = [KEEP; 256];
    class[b'*' as usize] = STAR;
    class[b'\\' as usize] = ESCAPE;
    let spaces = [b'\t', b'\n', 0x0b, 0x0c, b'\r', b' '];
    let mut k = 0;
    while k < spaces.len() {
        class[spaces[k] as usize] = SPACE;
        k += 1;
    }
    class[0xc2] = MAYBE_SPACE;
    class[0xe1] = MAYBE_SPACE;
    class[0xe2] = MAYBE_SPACE;
    class[0xe3] = MAYBE_SPACE;
    class
};

/// Whether [`clean`] keeps the character at byte `i` as it is.
fn keeps_at(bytes: &[u8], i: usize) -> bool {
    bytes.get(i).is_some_and(|&b| {
        CLEAN_CLASS[usize::from(b)] == KEEP
            || CLEAN_CLASS[usize::from(b)] == MAYBE_SPACE && !maybe_white_space(bytes, i)
    })
}

/// Whether the character at byte `i`, which starts with a lead byte of the white space
/// outside ASCII (U+0085 … U+3000), may be white space: after 0xE1 only U+1680 is,
/// and the Vietnamese letters (U+1E00 …) are not.
fn maybe_white_space(bytes: &[u8], i: usize) -> bool {
    bytes[i] != 0xe1 || bytes.get(i + 1) == Some(&0x9a)
}

/// Appends kept characters, after a single space when white space came before them.
fn push_run(out: &mut String, run: &str, space: &mut bool) {
    if run.is_empty() {
        return;
    }
    if *space && !out.is_empty() && !out.ends_with(' ') {
        out.push(' ');
    }
    *space = false;
    out.push_str(run);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn takes_off_markdown_decoration() {
        let text = "### ***2.3. Công tác***\n**6.1.** Tổ chức  \n* mục\n\\- Lưu: VT\n";
        let lines = split_lines(text);
        assert_eq!(lines[0].clean, "2.3. Công tác");
        assert_eq!(&text[lines[0].content.clone()], "2.3. Công tác");
        assert_eq!(lines[1].clean, "6.1. Tổ chức");
        assert_eq!(lines[2].clean, "- mục");
        assert_eq!(lines[3].clean, "- Lưu: VT");
        assert!(lines[4].is_blank());
    }

    #[test]
    fn clean_drops_stars_and_escapes_and_collapses_spaces() {
        for (raw, clean_text) in [
            ("a  *b*   c", "a b c"),
            ("\\*Đậm\\* chữ\\", "Đậm chữ\\"),
            ("* ", "-"),
            ("*\t  x", "- x"),
            (" \u{1680}ấ", "ấ"),
            ("a \u{3000}b\t", "a b"),
            ("x*  *y", "x y"),
            ("**", ""),
            ("\\a\\-", "\\a-"),
        ] {
            assert_eq!(clean(raw), clean_text, "{raw:?}");
        }
        for c in (0..=0x10ffff_u32).filter_map(char::from_u32) {
            let expected = match c {
                '*' => "ab".to_owned(),
                c if c.is_whitespace() => "a b".to_owned(),
                c => format!("a{c}b"),
            };
            assert_eq!(clean(&format!("a{c}b")), expected, "{c:?}");
        }
    }

    /// `clean` as it was written first, a character at a time: the meaning to keep.
    fn clean_by_chars(s: &str) -> String {
        let mut out = String::new();
        let mut chars = s.chars().peekable();
        let mut space = false;
        if let Some(rest) = s.strip_prefix("* ").or_else(|| s.strip_prefix("*\t")) {
            out.push_str("- ");
            chars = rest.chars().peekable();
        }
        while let Some(c) = chars.next() {
            match c {
                '*' => {}
                '\\' if chars.peek().is_some_and(|n| n.is_ascii_punctuation()) => {}
                c if c.is_whitespace() => space = true,
                c => {
                    if space && !out.is_empty() && !out.ends_with(' ') {
                        out.push(' ');
                    }
                    space = false;
                    out.push(c);
                }
            }
        }
        out.trim_end().to_owned()
    }

    #[test]
    fn clean_agrees_with_cleaning_a_character_at_a_time() {
        let alphabet = [
            " ", " ", "a", "ệ", "\t", "*", "\\", "-", "Đ", "\u{1680}", "\u{a0}", "\u{2003}",
            "\u{3000}", "“", "\n", "ǅ",
        ];
        let mut random = crate::testing::Lcg(5);
        for _ in 0..20_000 {
            let s = random.text(&alphabet, 4);
            assert_eq!(clean(&s), clean_by_chars(&s), "{s:?}");
        }
    }

    #[test]
    fn three_spaces_are_found_wherever_they_are() {
        let mut random = crate::testing::Lcg(9);
        for _ in 0..20_000 {
            let s = random.text(&[" ", "x"], 5);
            assert_eq!(has_three_spaces(s.as_bytes()), s.contains("   "), "{s:?}");
        }
    }

    /// Each line as [`table_lines`] reads it: a row's cells (a spaced row's after
    /// "spaced"), or "other: …".
    fn read_table(text: &str) -> Vec<Vec<String>> {
        let lines = split_lines(text);
        let cells = |cells: Vec<Range<usize>>| -> Vec<String> {
            cells
                .into_iter()
                .map(|c| text[c].trim().replace('\n', " / "))
                .collect()
        };
        table_lines(text, &lines)
            .into_iter()
            .zip(&lines)
            .filter_map(|(l, line)| match l {
                TableLine::Row(c) => Some(cells(c)),
                TableLine::Spaced(c) => Some([vec!["spaced".to_owned()], cells(c)].concat()),
                TableLine::Within => None,
                TableLine::Other => Some(vec![format!("other: {}", line.clean)]),
            })
            .collect()
    }

    fn row(cells: &[&str]) -> Vec<String> {
        cells.iter().map(|c| c.to_string()).collect()
    }

    #[test]
    fn table_lines_put_spaced_cells_under_their_columns() {
        // a PDF's table copied with its layout: indented, numbers set right under
        // titles set left, a cell left empty
        let text = "   STT   Chỉ tiêu                      Số lượng    Tỷ lệ\n\
                    \x20  1     Số tin báo đã tiếp nhận             40\n\
                    \x20  2     Số tin báo đã giải quyết            36     95%\n\
                    Sau bảng là một câu.";
        assert_eq!(
            read_table(text),
            vec![
                row(&["spaced", "STT", "Chỉ tiêu", "Số lượng", "Tỷ lệ"]),
                row(&["spaced", "1", "Số tin báo đã tiếp nhận", "40", ""]),
                row(&["spaced", "2", "Số tin báo đã giải quyết", "36", "95%"]),
                row(&["other: Sau bảng là một câu."]),
            ]
        );
        // a paragraph spaced out to its margins: its gaps line up with nothing
        let text = "Trong kỳ đã tổ chức   nhiều hoạt động tuyên truyền cho nhân dân\n\
                    tại các thôn, tổ dân phố,   thu hút đông đảo người tham gia.";
        assert_eq!(
            read_table(text),
            vec![
                row(&["other: Trong kỳ đã tổ chức nhiều hoạt động tuyên truyền cho nhân dân"]),
                row(&["other: tại các thôn, tổ dân phố, thu hút đông đảo người tham gia."]),
            ]
        );
        // one line is no table
        let text = "Số tin báo đã giải quyết      36      95%\nSau đó.";
        assert_eq!(
            read_table(text),
            vec![
                row(&["other: Số tin báo đã giải quyết 36 95%"]),
                row(&["other: Sau đó."]),
            ]
        );
    }

    /// A table copied from Word: a cell of two paragraphs breaks its row over two lines,
    /// which make one row; a group's title and a line after the table stay apart.
    #[test]
    fn table_lines_join_a_row_word_broke() {
        let text = "STT\tNội dung\tChủ trì\tPhối hợp\n\
                    1\tTuyên truyền\n\
                    Tổ chức hội nghị\tCông an tỉnh\tSở Y tế\n\
                    \tCÔNG TÁC KHÁC\n\
                    2\tHỗ trợ\tSở Y tế\tSở Tư pháp;\n\
                    Công an tỉnh\n\
                    3\tRà soát\n\
                    4\tTập huấn\tSở Tư pháp\tCông an tỉnh\n\
                    Nơi nhận:";
        assert_eq!(
            read_table(text),
            vec![
                row(&["STT", "Nội dung", "Chủ trì", "Phối hợp"]),
                row(&[
                    "1",
                    "Tuyên truyền / Tổ chức hội nghị",
                    "Công an tỉnh",
                    "Sở Y tế"
                ]),
                // a group's title, which takes in nothing
                row(&["", "CÔNG TÁC KHÁC"]),
                // a last cell of two paragraphs, a row as wide below
                row(&["2", "Hỗ trợ", "Sở Y tế", "Sở Tư pháp; / Công an tỉnh"]),
                // a short row whose lines below do not make it up stays as it is
                row(&["3", "Rà soát"]),
                row(&["4", "Tập huấn", "Sở Tư pháp", "Công an tỉnh"]),
                // after the last row, a line without tabs is no cell's
                row(&["other: Nơi nhận:"]),
            ]
        );
    }

    #[test]
    fn row_cells_keep_each_cell_under_its_column() {
        let cells = |row: &str| -> Option<Vec<String>> {
            row_cells(row, 0..row.len())
                .map(|cs| cs.into_iter().map(|c| row[c].trim().to_owned()).collect())
        };
        // a markdown row: its outer bars, not its empty first cell, are left out
        assert_eq!(
            cells("| | CÔNG TÁC KHÁC | | |"),
            Some(vec!["".into(), "CÔNG TÁC KHÁC".into()])
        );
        assert_eq!(
            cells("| 2 | Hỗ trợ | | Sở Y tế |"),
            Some(vec![
                "2".into(),
                "Hỗ trợ".into(),
                "".into(),
                "Sở Y tế".into()
            ])
        );
        // a tab row: a tab that leads it follows an empty first cell
        assert_eq!(
            cells("\tSố vụ\t8"),
            Some(vec!["".into(), "Số vụ".into(), "8".into()])
        );
        assert_eq!(cells("| một ô |"), None);
        assert_eq!(cells("không phải hàng"), None);
    }

    #[test]
    fn splits_table_columns_into_cells() {
        let text = "Số: 61/KH-UBND        Tuyên Quang, ngày 27 tháng 3 năm 2024";
        let line = &split_lines(text)[0];
        assert_eq!(line.cells.len(), 2);
        assert_eq!(line.cells[1].clean, "Tuyên Quang, ngày 27 tháng 3 năm 2024");
        assert_eq!(
            &text[line.cells[1].span.clone()],
            "Tuyên Quang, ngày 27 tháng 3 năm 2024"
        );
    }

    #[test]
    fn lines_from_the_source_starts_are_the_split_lines() {
        for text in [
            "",
            "\n",
            "\n\n",
            "a",
            "a\n",
            "\na",
            "  ** Mục I **  \n\nb\tc   d\n",
            "x\ny\n\nz",
        ] {
            let source = crate::text::Source::new(text);
            let lines = split_lines_at(text, source.line_starts());
            assert_eq!(lines.len(), text.split('\n').count(), "{text:?}");
            let mut start = 0;
            for (line, raw) in lines.iter().zip(text.split('\n')) {
                let reference = content_span(raw, start);
                assert_eq!(line.content, reference, "{text:?}");
                assert_eq!(line.clean, clean(&text[reference]), "{text:?}");
                start += raw.len() + 1;
            }
        }
    }
}
