//! Upper and lower case for the letters these documents are written in: ASCII, Latin-1
//! and every Vietnamese letter with its marks (and đ). Other characters keep their
//! case: core's Unicode case tables, 13 KB of the gzipped wasm, are not worth shipping
//! to every visitor for Greek or Cyrillic in a Vietnamese plan.

use super::vietnamese::{compose, decompose, Letter};

/// `c` in lower case, where it is a letter of these documents; else `c`.
pub fn lower(c: char) -> char {
    convert(c, false)
}

/// `c` in upper case, where it is a letter of these documents; else `c`.
pub fn upper(c: char) -> char {
    convert(c, true)
}

/// `s` in upper case (see [`upper`]).
pub fn upper_str(s: &str) -> String {
    s.chars().map(upper).collect()
}

fn convert(c: char, to_upper: bool) -> char {
    if c.is_ascii() {
        return if to_upper {
            c.to_ascii_uppercase()
        } else {
            c.to_ascii_lowercase()
        };
    }
    match (c, to_upper) {
        ('đ', true) => return 'Đ',
        ('Đ', false) => return 'đ',
        _ => {}
    }
    if let Some(letter) = decompose(c) {
        return compose(Letter {
            upper: to_upper,
            ..letter
        })
        .unwrap_or(c);
    }
    // The rest of Latin-1: À–Þ and à–þ, 32 apart (× and ÷ are not letters).
    let code = u32::from(c);
    let shifted = match (code, to_upper) {
        (0xC0..=0xDE, false) if code != 0xD7 => code + 32,
        (0xE0..=0xFE, true) if code != 0xF7 => code - 32,
        _ => code,
    };
    char::from_u32(shifted).unwrap_or(c)
}

#[cfg(test)]
mod tests {
    use super::super::vietnamese::{ROWS_LOWER, ROWS_UPPER};
    use super::*;

    #[test]
    fn letters_of_these_documents_agree_with_unicode() {
        let vietnamese = ROWS_LOWER
            .iter()
            .chain(ROWS_UPPER.iter())
            .flat_map(|r| r.chars());
        let latin1 = (0xC0..=0xFE).filter_map(char::from_u32);
        for c in vietnamese
            .chain(latin1)
            .chain(['đ', 'Đ'])
            .chain((0..0x80).filter_map(char::from_u32))
        {
            if c == 'ß' || c == 'ÿ' {
                continue; // no single upper-case letter in Latin-1
            }
            assert_eq!(lower(c), c.to_lowercase().next().unwrap(), "{c:?}");
            assert_eq!(upper(c), c.to_uppercase().next().unwrap(), "{c:?}");
        }
        assert_eq!(
            upper_str("kế hoạch ubnd tỉnh Đắk Lắk ưu"),
            "KẾ HOẠCH UBND TỈNH ĐẮK LẮK ƯU"
        );
        // Other scripts keep their case.
        assert_eq!(lower('Ж'), 'Ж');
    }
}
