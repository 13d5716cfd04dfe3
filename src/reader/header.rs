//! The header of an administrative document (Nghị định 30/2020/NĐ-CP): issuing body,
//! number and symbol, place and date, type name and abstract. Incoming-document stamps
//! (`ĐẾN Số: 111 Ngày: 01/4/24`) sit among them and are told apart.

use std::ops::Range;

use super::line::{Cell, Line};
use crate::text::fold;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Spanned {
    pub text: String,
    pub span: Range<usize>,
    /// 1-based line number.
    pub line: usize,
}

/// `Số: 61/KH-UBND` as written.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NumberSymbol {
    /// What follows `Số:`, words joined by single spaces: `61/KH-UBND`, `/KH-UBND`, `61 / KH-UBND`.
    pub symbol: String,
    /// From `Số` to the end of the symbol.
    pub span: Range<usize>,
    pub line: usize,
}

/// One of day, month, year in `ngày 27 tháng 3 năm 2024`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DatePart {
    Number(u32),
    /// Left for later: nothing, dots, an ellipsis or underscores.
    Blank,
    Other(String),
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PlaceDate {
    /// The place before `, ngày`, if any.
    pub place: Option<String>,
    /// Whether the place is followed by a comma, as Nghị định 30 writes it.
    pub comma: bool,
    pub day: DatePart,
    pub month: DatePart,
    pub year: DatePart,
    pub span: Range<usize>,
    pub line: usize,
}

#[derive(Clone, Debug, Default)]
pub struct Header {
    /// Lines before the number that name the issuing body (the national motto excluded).
    pub issuer: Vec<Spanned>,
    pub number: Option<NumberSymbol>,
    pub place_date: Option<PlaceDate>,
    /// `KẾ HOẠCH` or `BÁO CÁO`.
    pub type_name: Option<Spanned>,
    pub abstract_: Option<Spanned>,
    /// Incoming-document stamps found in the header.
    pub stamps: Vec<Spanned>,
}

/// Reads number, place-date, issuer and stamps from the header lines.
pub fn read(lines: &[Line], text: &str) -> Header {
    let mut header = Header::default();
    let mut candidates: Vec<NumberSymbol> = Vec::new();
    let mut stamp_until = 0; // a stamp's own lines (Số, Ngày, Chuyển) follow it
    for (i, line) in lines.iter().enumerate() {
        // Number and date are read from the whole line: drafts pad their blanks with
        // runs of spaces (`Số:      /KH-UBND`) that would split it into cells.
        let whole = Cell {
            span: line.content.clone(),
            clean: line.clean.clone(),
        };
        let mut line_is_stamp = false;
        for cell in &line.cells {
            let folded = fold(&cell.clean);
            let is_stamp = folded == "den"
                || folded.starts_with("den so")
                || folded.starts_with("cong van den")
                || folded.contains(" so den")
                || folded.starts_with("so den");
            if is_stamp {
                stamp_until = i + 3;
                line_is_stamp = true;
                header.stamps.push(spanned(cell, line.number));
            }
            if header.number.is_none()
                && candidates.is_empty()
                && header.place_date.is_none()
                && is_issuer(&cell.clean, &folded)
            {
                header.issuer.push(spanned(cell, line.number));
            }
        }
        if let Some(number) = number_symbol(&whole, line.number, text) {
            if line_is_stamp || i <= stamp_until && !number.symbol.contains('/') {
                if !line_is_stamp {
                    header.stamps.push(spanned(&whole, line.number));
                }
            } else {
                candidates.push(number);
            }
        }
        if header.place_date.is_none() && !line_is_stamp {
            header.place_date = place_date(&whole, line.number, text);
        }
    }
    // The document's own number has a `/`; take the first that does, else the first.
    let pick = candidates
        .iter()
        .position(|n| n.symbol.contains('/'))
        .or((!candidates.is_empty()).then_some(0));
    header.number = pick.map(|i| candidates.swap_remove(i));
    header
}

fn spanned(cell: &Cell, line: usize) -> Spanned {
    Spanned {
        text: cell.clean.clone(),
        span: cell.span.clone(),
        line,
    }
}

fn is_issuer(clean: &str, folded: &str) -> bool {
    let motto = folded.starts_with("cong hoa xa hoi") || folded.starts_with("doc lap tu do");
    !motto && clean.chars().any(char::is_alphabetic) && !clean.chars().any(char::is_lowercase)
}

/// Characters a number and symbol is written with, correct or not.
fn symbol_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || matches!(c, 'Đ' | 'đ' | '/' | '-' | '.' | '_' | '…')
}

/// `Số: 61/KH-UBND` anywhere in a cell.
fn number_symbol(cell: &Cell, line: usize, text: &str) -> Option<NumberSymbol> {
    let clean = &cell.clean;
    let at = find_word(clean, |w| {
        w == "Số" || w == "SỐ" || w == "Số:" || w == "SỐ:"
    })?;
    let after = &clean[at + "Số".len()..];
    let after = after.trim_start();
    let after = after.strip_prefix(':').unwrap_or(after).trim_start();
    let mut words = Vec::new();
    for word in after.split(' ') {
        let title_case = word.chars().next().is_some_and(char::is_uppercase)
            && word.chars().any(char::is_lowercase);
        if word.is_empty() || title_case || !word.chars().all(symbol_char) || words.len() == 4 {
            break;
        }
        words.push(word);
        if word.ends_with(',') {
            break;
        }
    }
    let symbol = crate::text::chars::trim_end_in(&words.join(" "), b".,").to_owned();
    // The span runs from `Số` in the raw text to the end of the symbol's last word.
    let raw = &text[cell.span.clone()];
    let start = raw
        .find("Số")
        .or_else(|| raw.find("SỐ"))
        .map_or(cell.span.start, |i| cell.span.start + i);
    let end = match words.last() {
        Some(last) => raw[start - cell.span.start..]
            .find(last)
            .map_or(cell.span.end, |i| start + i + last.len()),
        None => (start + "Số".len() + 1).min(cell.span.end),
    };
    Some(NumberSymbol {
        symbol,
        span: start..end.max(start),
        line,
    })
}

/// Byte offset of the first whitespace-separated word of `s` that satisfies `pred`.
fn find_word(s: &str, pred: impl Fn(&str) -> bool) -> Option<usize> {
    let mut offset = 0;
    for word in s.split(' ') {
        let bare = word.split(':').next().unwrap_or(word);
        if pred(word) || pred(bare) {
            return Some(offset);
        }
        offset += word.len() + 1;
    }
    None
}

/// `Tuyên Quang, ngày 27 tháng 3 năm 2024` anywhere in a cell.
fn place_date(cell: &Cell, line: usize, text: &str) -> Option<PlaceDate> {
    let words: Vec<(usize, &str)> = {
        let mut offset = 0;
        cell.clean
            .split(' ')
            .map(|w| {
                let at = offset;
                offset += w.len() + 1;
                (at, w)
            })
            .collect()
    };
    let folded: Vec<String> = words.iter().map(|(_, w)| fold(w)).collect();
    let ngay = folded.iter().position(|w| w == "ngay")?;
    let thang = ngay
        + 1
        + folded[ngay + 1..]
            .iter()
            .take(4)
            .position(|w| w == "thang")?;
    let nam = thang
        + 1
        + folded[thang + 1..]
            .iter()
            .take(4)
            .position(|w| w == "nam")?;
    let part = |from: usize, to: usize| -> DatePart {
        let s: String = words[from..to]
            .iter()
            .map(|(_, w)| *w)
            .collect::<Vec<_>>()
            .join(" ");
        date_part(&s)
    };
    let year_word = words.get(nam + 1).map_or("", |(_, w)| w);
    let year_word = crate::text::chars::trim_end_in(year_word, b".,;");
    let year = date_part(year_word);

    // The place: what stands before `ngày`, after any number and symbol in the same cell.
    let before = cell.clean[..words[ngay].0].trim_end();
    // In a table line the number and symbol stands before the place: skip it.
    let before = match find_word(before, |w| w == "Số" || w == "SỐ") {
        Some(at) => {
            let mut words = before[at..].split(' ');
            let mut skipped = words.next().map_or(0, |w| w.len() + 1);
            for w in words {
                let symbol_like = w.chars().all(symbol_char)
                    && w.contains(|c: char| c == '/' || c == '-' || c.is_ascii_digit());
                if !symbol_like {
                    break;
                }
                skipped += w.len() + 1;
            }
            before[at..].get(skipped..).unwrap_or("").trim()
        }
        None => before,
    };
    let comma = before.ends_with(',');
    let place = crate::text::chars::trim_end_in(before, b",").trim();
    let place = (!place.is_empty()).then(|| place.to_owned());

    let raw = &text[cell.span.clone()];
    let start = match &place {
        Some(p) => raw
            .find(p.as_str())
            .map_or(cell.span.start, |i| cell.span.start + i),
        None => raw
            .find("ngày")
            .or_else(|| raw.find("NGÀY"))
            .map_or(cell.span.start, |i| cell.span.start + i),
    };
    let end = match year_word {
        "" => cell.span.end,
        w => raw
            .match_indices(w)
            .last()
            .map_or(cell.span.end, |(i, _)| cell.span.start + i + w.len()),
    };
    Some(PlaceDate {
        place,
        comma,
        day: part(ngay + 1, thang),
        month: part(thang + 1, nam),
        year,
        span: start..end.max(start),
        line,
    })
}

fn date_part(s: &str) -> DatePart {
    let s = s.trim();
    if s.chars()
        .all(|c| matches!(c, '.' | '…' | '_' | ' ' | '-' | '/' | 'x' | 'X'))
    {
        return DatePart::Blank;
    }
    if s.bytes().all(|b| b.is_ascii_digit()) && s.len() <= 4 {
        return s.parse().map_or(DatePart::Blank, DatePart::Number);
    }
    // `20..`, `202…`: a year being typed.
    if s.chars()
        .all(|c| c.is_ascii_digit() || matches!(c, '.' | '…' | '_'))
    {
        return DatePart::Blank;
    }
    DatePart::Other(s.to_owned())
}

#[cfg(test)]
mod tests {
    use super::super::line::split_lines;
    use super::*;

    fn header(text: &str) -> Header {
        read(&split_lines(text), text)
    }

    #[test]
    fn reads_number_and_place_date_on_one_table_line() {
        let text = "ỦY BAN NHÂN DÂN      CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỈNH TUYÊN QUANG\nSố: 61/KH-UBND          Tuyên Quang, ngày 27 tháng 3 năm 2024\n";
        let h = header(text);
        assert_eq!(h.number.as_ref().unwrap().symbol, "61/KH-UBND");
        assert_eq!(&text[h.number.unwrap().span], "Số: 61/KH-UBND");
        let pd = h.place_date.unwrap();
        assert_eq!(pd.place.as_deref(), Some("Tuyên Quang"));
        assert_eq!(
            (pd.day, pd.month, pd.year),
            (
                DatePart::Number(27),
                DatePart::Number(3),
                DatePart::Number(2024)
            )
        );
        assert_eq!(&text[pd.span], "Tuyên Quang, ngày 27 tháng 3 năm 2024");
        assert_eq!(h.issuer.len(), 2);
    }

    #[test]
    fn an_upper_case_place_after_the_symbol() {
        let h = header("Số: 61/KH-UBND HÀ NỘI, ngày 05 tháng 01 năm 2025\n");
        assert_eq!(h.place_date.unwrap().place.as_deref(), Some("HÀ NỘI"));
    }

    #[test]
    fn drafts_leave_blanks() {
        let h = header("Số: /KH-UBND\n\nHưng Yên, ngày tháng 02 năm 2026\n");
        assert_eq!(h.number.unwrap().symbol, "/KH-UBND");
        let pd = h.place_date.unwrap();
        assert_eq!(pd.day, DatePart::Blank);
        assert_eq!(pd.month, DatePart::Number(2));
    }

    #[test]
    fn incoming_stamps_are_not_the_number() {
        let h = header(
            "ĐẾN Số: 111  Ngày: 01/4/24\nSố: 45/BC-SYT\nHà Nội, ngày 05 tháng 01 năm 2025\n",
        );
        assert_eq!(h.number.unwrap().symbol, "45/BC-SYT");
        assert_eq!(h.stamps.len(), 1);
        let h = header("CÔNG VĂN ĐẾN\nSố: 111\nNgày: 01/4/24\n");
        assert!(h.number.is_none());
    }
}
