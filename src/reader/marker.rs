//! Item markers: `PHẦN I`, `I.`, `1.`, `2.1.`, `a)`, `(1)`, `-`.

use crate::text::chars::fold_eq;
use crate::text::vietnamese::{fold, list_letter_index};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Style {
    /// `PHẦN I`, `Phần thứ hai`.
    Part,
    /// `I.`, `II)`.
    Roman,
    /// `1.`, `2.1.`, `2.1.3`: depth counts the numbers; `1)` differs from `1.`.
    Arabic {
        depth: u8,
        paren: bool,
    },
    /// `(1)`.
    ParenNumber,
    /// `a)`, `đ.`, `A.`.
    Letter {
        upper: bool,
        paren: bool,
    },
    Bullet(char),
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Marker {
    pub style: Style,
    /// The marker as written, without its punctuation: `IV`, `2.1`, `đ`.
    pub label: String,
    /// Numbers of the marker: `[4]` for IV, `[2, 1]` for 2.1, the 1-based place in the
    /// Vietnamese alphabet for a letter (`[0]` for f, j, w, z), empty for bullets.
    pub value: Vec<u32>,
    /// Byte length of the marker and its punctuation in the clean text.
    pub len: usize,
}

impl Marker {
    /// The last number: what sibling items count by.
    pub fn ordinal(&self) -> u32 {
        self.value.last().copied().unwrap_or(0)
    }

    pub fn is_bullet(&self) -> bool {
        matches!(self.style, Style::Bullet(_))
    }
}

/// Reads the marker at the start of a clean line, if it has one.
pub fn parse(clean: &str) -> Option<Marker> {
    part(clean)
        .or_else(|| roman(clean))
        .or_else(|| arabic(clean))
        .or_else(|| paren_number(clean))
        .or_else(|| letter(clean))
        .or_else(|| bullet(clean))
}

/// A bare number with no dot before a title in capitals (`3 Công tác hỗ trợ nạn nhân`):
/// a heading's marker when the line is dressed as a heading (`## **3 Công tác …**`),
/// where extraction or the writer dropped the dot. One or two digits (not a year), then
/// a word with a capital and at least one more word.
pub fn bare_number(clean: &str) -> Option<Marker> {
    let digits = clean.bytes().take_while(u8::is_ascii_digit).count();
    if !(1..=2).contains(&digits) {
        return None;
    }
    let value = clean[..digits].parse::<u32>().ok().filter(|&v| v > 0)?;
    let rest = clean[digits..].strip_prefix(' ')?;
    if !rest.starts_with(char::is_uppercase) || rest.split(' ').count() < 2 {
        return None;
    }
    Some(Marker {
        style: Style::Arabic {
            depth: 1,
            paren: false,
        },
        label: clean[..digits].to_owned(),
        value: vec![value],
        len: digits,
    })
}

/// True when `rest` may follow a marker: nothing, or white space.
fn ends_marker(rest: &str) -> bool {
    rest.is_empty() || rest.starts_with(' ')
}

fn part(clean: &str) -> Option<Marker> {
    let mut words = clean.split(' ');
    let first = words.next()?;
    if !fold_eq(first, "phan") || clean.len() > 200 {
        return None;
    }
    let second = words.next()?;
    let second_clean = crate::text::chars::trim_end_in(second, b".:)");
    let (value, label, used) = if let Some(v) = roman_value(second_clean) {
        (v, second_clean.to_owned(), first.len() + 1 + second.len())
    } else if let Ok(v) = second_clean.parse::<u32>() {
        (v, second_clean.to_owned(), first.len() + 1 + second.len())
    } else if fold(second) == "thu" {
        let third = words.next()?;
        let v = ordinal_word(&fold(third))?;
        (
            v,
            crate::text::chars::trim_end_in(third, b".:").to_owned(),
            first.len() + second.len() + third.len() + 2,
        )
    } else {
        return None;
    };
    Some(Marker {
        style: Style::Part,
        label,
        value: vec![value],
        len: used,
    })
}

fn ordinal_word(w: &str) -> Option<u32> {
    Some(match w {
        "nhat" => 1,
        "hai" => 2,
        "ba" => 3,
        "tu" | "bon" => 4,
        "nam" => 5,
        "sau" => 6,
        "bay" => 7,
        "tam" => 8,
        "chin" => 9,
        "muoi" => 10,
        _ => return None,
    })
}

fn roman_value(s: &str) -> Option<u32> {
    if s.is_empty() || s.len() > 8 || !s.bytes().all(|b| b"IVXL".contains(&b)) {
        return None;
    }
    let digit = |b: u8| match b {
        b'I' => 1,
        b'V' => 5,
        b'X' => 10,
        _ => 50,
    };
    let bytes = s.as_bytes();
    let mut total = 0i32;
    for (i, &b) in bytes.iter().enumerate() {
        let v = digit(b);
        if bytes.get(i + 1).is_some_and(|&n| digit(n) > v) {
            total -= v;
        } else {
            total += v;
        }
    }
    let value = u32::try_from(total)
        .ok()
        .filter(|&v| (1..=50).contains(&v))?;
    (to_roman(value) == s).then_some(value)
}

pub fn to_roman(mut v: u32) -> String {
    let mut out = String::new();
    for (n, s) in [
        (50, "L"),
        (40, "XL"),
        (10, "X"),
        (9, "IX"),
        (5, "V"),
        (4, "IV"),
        (1, "I"),
    ] {
        while v >= n {
            out.push_str(s);
            v -= n;
        }
    }
    out
}

fn roman(clean: &str) -> Option<Marker> {
    let end = clean
        .find(|c: char| !matches!(c, 'I' | 'V' | 'X' | 'L'))
        .unwrap_or(clean.len());
    let label = &clean[..end];
    let value = roman_value(label)?;
    let rest = &clean[end..];
    let punct = if rest.starts_with(&['.', ')', ':', '/'][..]) {
        1
    } else if rest.starts_with(" - ") || rest.starts_with(" : ") {
        2
    } else if is_upper_heading(rest) {
        0 // `II NHIỆM VỤ VÀ GIẢI PHÁP`: the dot lost in extraction
    } else {
        return None;
    };
    ends_marker(&rest[punct..]).then(|| Marker {
        style: Style::Roman,
        label: label.to_owned(),
        value: vec![value],
        len: end + punct,
    })
}

/// ` NHIỆM VỤ VÀ GIẢI PHÁP`: a space, then two or more words in capitals.
fn is_upper_heading(rest: &str) -> bool {
    rest.starts_with(' ')
        && rest.split_whitespace().count() >= 2
        && rest.chars().any(char::is_alphabetic)
        && !rest.chars().any(char::is_lowercase)
}

fn arabic(clean: &str) -> Option<Marker> {
    let bytes = clean.as_bytes();
    let mut value = Vec::new();
    let mut i = 0;
    loop {
        let start = i;
        while i < bytes.len() && bytes[i].is_ascii_digit() {
            i += 1;
        }
        let digits = i - start;
        let limit = if value.is_empty() { 3 } else { 2 };
        if digits == 0 || digits > limit {
            return None;
        }
        value.push(clean[start..i].parse::<u32>().ok().filter(|&v| v > 0)?);
        // Another level follows a dot directly: `2.1`.
        if bytes.get(i) == Some(&b'.') && bytes.get(i + 1).is_some_and(u8::is_ascii_digit) {
            i += 1;
            continue;
        }
        break;
    }
    let label_end = i;
    let paren = bytes.get(i) == Some(&b')');
    if bytes.get(i) == Some(&b'.') || paren {
        i += 1;
    } else if value.len() == 1 {
        return None; // a bare number is a number, not a marker
    }
    let rest = &clean[i..];
    // `1.250 người`, `2.5%`: numbers, not markers.
    if !ends_marker(rest) || rest.trim_start().starts_with(&['%', '/'][..]) {
        return None;
    }
    Some(Marker {
        style: Style::Arabic {
            depth: value.len().min(9) as u8,
            paren: paren && value.len() == 1,
        },
        label: clean[..label_end].to_owned(),
        value,
        len: i,
    })
}

fn paren_number(clean: &str) -> Option<Marker> {
    let inner = clean.strip_prefix('(')?;
    let close = inner.find(')')?;
    let digits = &inner[..close];
    if digits.is_empty() || digits.len() > 3 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let len = close + 2;
    ends_marker(&clean[len..]).then(|| Marker {
        style: Style::ParenNumber,
        label: digits.to_owned(),
        value: vec![digits.parse().unwrap_or(0)],
        len,
    })
}

fn letter(clean: &str) -> Option<Marker> {
    let mut chars = clean.chars();
    let c = chars.next()?;
    let punct = chars.next()?;
    if !matches!(punct, ')' | '.') || !(c.is_ascii_alphabetic() || c == 'đ' || c == 'Đ') {
        return None;
    }
    let len = c.len_utf8() + 1;
    if !ends_marker(&clean[len..]) {
        return None;
    }
    let upper = c.is_uppercase();
    let value = list_letter_index(c).map_or(0, |i| i as u32 + 1);
    Some(Marker {
        style: Style::Letter {
            upper,
            paren: punct == ')',
        },
        label: c.to_string(),
        value: vec![value],
        len,
    })
}

fn bullet(clean: &str) -> Option<Marker> {
    let c = clean.chars().next()?;
    let rest = &clean[c.len_utf8()..];
    let ok = match c {
        '-' => !rest.starts_with(|n: char| n.is_ascii_digit() || n == '-'),
        '+' | '•' | '·' | '●' | '○' | '◦' | '▪' | '■' | '□' | '➢' | '→' | '✓' | '\u{f0b7}'
        | '\u{f0a7}' => rest.is_empty() || rest.starts_with(' '),
        _ => false,
    };
    ok.then(|| Marker {
        style: Style::Bullet(if c == '-' || c == '+' { c } else { '•' }),
        label: c.to_string(),
        value: Vec::new(),
        len: c.len_utf8(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn style(s: &str) -> Option<Style> {
        parse(s).map(|m| m.style)
    }

    #[test]
    fn reads_every_marker_style() {
        assert_eq!(parse("IV. KINH PHÍ").unwrap().value, vec![4]);
        assert_eq!(style("II - NHIỆM VỤ"), Some(Style::Roman));
        assert_eq!(style("II NHIỆM VỤ VÀ GIẢI PHÁP"), Some(Style::Roman));
        assert_eq!(style("II Nhiệm vụ"), None);
        assert_eq!(parse("PHẦN II. PHƯƠNG HƯỚNG").unwrap().value, vec![2]);
        assert_eq!(parse("Phần thứ hai").unwrap().value, vec![2]);
        assert_eq!(parse("2.1. Công tác").unwrap().value, vec![2, 1]);
        assert_eq!(
            style("2.2 Công tác"),
            Some(Style::Arabic {
                depth: 2,
                paren: false
            })
        );
        assert_eq!(
            style("1) Nội dung"),
            Some(Style::Arabic {
                depth: 1,
                paren: true
            })
        );
        assert_eq!(style("(3) Nội dung"), Some(Style::ParenNumber));
        assert_eq!(parse("đ) Phối hợp").unwrap().value, vec![5]);
        assert_eq!(parse("f) Sai").unwrap().value, vec![0]);
        assert_eq!(style("- Lưu: VT"), Some(Style::Bullet('-')));
        assert_eq!(style("+ Chi tiết"), Some(Style::Bullet('+')));
    }

    #[test]
    fn numbers_are_not_markers() {
        for s in [
            "1.250 người",
            "2026 - 2030",
            "15/12 năm trước",
            "100% tố giác",
            "-5 độ",
            "IVa",
            "Ủy ban",
            "III",
            "2.5% dân số",
            "Vì vậy",
        ] {
            assert_eq!(parse(s), None, "{s}");
        }
    }

    #[test]
    fn roman_numerals_must_be_canonical() {
        assert_eq!(roman_value("IIII"), None);
        assert_eq!(roman_value("XIV"), Some(14));
        assert_eq!(to_roman(39), "XXXIX");
    }
}
