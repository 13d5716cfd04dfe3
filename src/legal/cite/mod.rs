//! Citations of legal documents in a text: `Quyết định số 193/QĐ-TTg ngày 09/02/2021`,
//! `Nghị định 09/2019/NĐ-CP`, `Luật Phòng, chống mua bán người năm 2024`. One pass over
//! the text, a bounded look around each number and each word `Luật`; no regular
//! expressions, no panics.

mod laws;
mod numbers;

use laws::find_laws;
pub(crate) use numbers::date_at;
use numbers::{find_numbers, next_l, skip_soft, word_at};

use std::ops::Range;

use chrono::{Datelike, NaiveDate};

use super::catalogue::{catalogue, Catalogue, Kind};
use crate::text::chars::{alphanumeric_run_end, fold_eq, is_alphanumeric};
use crate::text::fold;
use crate::text::vietnamese::plain_lower;

/// A date written after a citation: `ngày 09/02/2021`, `ngày 7 tháng 1 năm 2026`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CitedDate {
    pub day: u32,
    pub month: u32,
    pub year: i32,
    /// The date itself, without `ngày`.
    pub span: Range<usize>,
}

impl CitedDate {
    /// The date, if it exists.
    pub fn date(&self) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(self.year, self.month, self.day)
    }

    pub fn is(&self, date: NaiveDate) -> bool {
        (self.day, self.month, self.year) == (date.day(), date.month(), date.year())
    }

    /// `09/02/2021`.
    pub fn display(&self) -> String {
        format!("{:02}/{:02}/{}", self.day, self.month, self.year)
    }
}

/// What a citation points at.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Reference {
    /// A number and symbol: `193/QĐ-TTg`, as written (spaces included).
    Number { text: String, span: Range<usize> },
    /// A law by its name: `Luật Phòng, chống mua bán người năm 2024`.
    Law {
        /// The catalogue's folded name: `phong chong mua ban nguoi`.
        name: String,
        /// From `Luật` to the end of the name.
        span: Range<usize>,
        /// The year written after the name, if any.
        year: Option<(i32, Range<usize>)>,
    },
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Citation {
    /// From the kind (or the number, when no kind is written) to the end of the date,
    /// year or number.
    pub span: Range<usize>,
    /// Written before the number, else implied by the symbol's type code.
    pub kind: Option<Kind>,
    /// Whether the span starts with the kind as written.
    pub kind_written: bool,
    pub reference: Reference,
    /// The date written right after it (`ngày …`), if any.
    pub date: Option<CitedDate>,
}

/// The citations in `text`, in order, with the law names of the built-in catalogue.
pub fn find_citations(text: &str) -> Vec<Citation> {
    find_citations_with(text, catalogue())
}

/// The citations in `text`, with the law names of `catalogue`.
pub fn find_citations_with(text: &str, catalogue: &Catalogue) -> Vec<Citation> {
    let mut out = Vec::new();
    find_numbers(text, &mut out);
    find_laws(text, &catalogue.law_names(), &mut out);
    out.sort_by_key(|c| (c.span.start, c.span.end));
    out
}

/// The words after a citation, to the end of its clause: where its subject is named.
pub fn context_after(text: &str, at: usize) -> &str {
    let at = floor(text, at);
    let rest = &text[at..];
    let mut end = floor(rest, rest.len().min(300));
    for (i, c) in rest[..end].char_indices() {
        let stop = match c {
            ';' | '\n' => true,
            '.' => rest[i + 1..].starts_with(' ') || i + 1 == rest.len(),
            _ => false,
        };
        if stop {
            end = i;
            break;
        }
    }
    &rest[..end]
}

fn floor(text: &str, mut i: usize) -> usize {
    i = i.min(text.len());
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

#[cfg(test)]
mod tests {
    use super::numbers::{may_hold_digit, next_digit};
    use super::*;
    use crate::legal::symbol::symbol_at;

    #[test]
    fn next_l_is_the_first_l() {
        for v in 0..=255u8 {
            for lane in 0..8 {
                let mut word = [b'k', b'm', 0xcc, 0xec, b'K', b'M', b' ', 0x6c ^ 0x80];
                word[lane] = v;
                let want = matches!(v, b'l' | b'L').then_some(lane);
                assert_eq!(next_l(&word, 0), want, "{v:#x} in lane {lane}");
            }
        }
        let text = "Luật Phòng, chống mua bán người; lực lượng LLL và l".repeat(5);
        let b = text.as_bytes();
        for from in 0..=b.len() + 1 {
            let want = b
                .get(from..)
                .and_then(|rest| rest.iter().position(|&c| c == b'l' || c == b'L'))
                .map(|p| from + p);
            assert_eq!(next_l(b, from), want, "from {from}");
        }
    }

    #[test]
    fn next_digit_is_the_first_digit() {
        // Every byte value in every lane, among bytes that are nearly digits.
        for v in 0..=255u8 {
            for lane in 0..8 {
                let mut word = [b'/', b':', 0xb0, 0xb9, b'a', 0x30 | 0x80, b' ', b'/'];
                word[lane] = v;
                let want = v.is_ascii_digit().then_some(lane);
                assert_eq!(next_digit(&word, 0), want, "{v:#x} in lane {lane}");
                assert_eq!(may_hold_digit(u64::from_le_bytes(word)), want.is_some());
            }
        }
        let mut random = crate::testing::Lcg(11);
        let mut bytes = Vec::new();
        for _ in 0..2000 {
            let seed = random.next();
            bytes.push(match (seed >> 16) % 5 {
                0 => b'0' + (seed >> 8) as u8 % 10,
                _ => (seed >> 20) as u8,
            });
        }
        for from in 0..=bytes.len() + 1 {
            let want = bytes
                .get(from..)
                .and_then(|rest| rest.iter().position(u8::is_ascii_digit))
                .map(|p| from + p);
            assert_eq!(next_digit(&bytes, from), want, "from {from}");
        }
    }

    fn one(text: &str) -> Citation {
        let found = find_citations(text);
        assert_eq!(found.len(), 1, "{text}: {found:#?}");
        found.into_iter().next().unwrap()
    }

    fn number(c: &Citation) -> &str {
        match &c.reference {
            Reference::Number { text, .. } => text,
            Reference::Law { .. } => panic!("a law: {c:?}"),
        }
    }

    #[test]
    fn the_forms_of_a_citation() {
        let cases = [
            (
                "Quyết định số 33/QĐ-TTg ngày 07/01/2026",
                "Quyết định số 33/QĐ-TTg ngày 07/01/2026",
                Kind::QuyetDinh,
                "33/QĐ-TTg",
                Some("07/01/2026"),
            ),
            (
                "Thực hiện Quyết định số 193/QĐ-TTg, ngày 09/02/2021 của Thủ tướng",
                "Quyết định số 193/QĐ-TTg, ngày 09/02/2021",
                Kind::QuyetDinh,
                "193/QĐ-TTg",
                Some("09/02/2021"),
            ),
            (
                "sửa đổi Nghị quyết số 02/2019/NQ-HĐTP ngày 11/01/2019 của Hội đồng",
                "Nghị quyết số 02/2019/NQ-HĐTP ngày 11/01/2019",
                Kind::NghiQuyet,
                "02/2019/NQ-HĐTP",
                Some("11/01/2019"),
            ),
            (
                "Thực hiện Kế hoạch số 53/KH-BCĐ ngày 05/02/2025 của Ban",
                "Kế hoạch số 53/KH-BCĐ ngày 05/02/2025",
                Kind::KeHoach,
                "53/KH-BCĐ",
                Some("05/02/2025"),
            ),
            (
                "theo Nghị định 09/2019/NĐ-CP.",
                "Nghị định 09/2019/NĐ-CP",
                Kind::NghiDinh,
                "09/2019/NĐ-CP",
                None,
            ),
            (
                "Quyết định 793/QĐ-TTg ngày 10/5/2016",
                "Quyết định 793/QĐ-TTg ngày 10/5/2016",
                Kind::QuyetDinh,
                "793/QĐ-TTg",
                Some("10/05/2016"),
            ),
            (
                "Quyết định số 33/QĐ-TTg ngày 07 tháng 01 năm 2026 của",
                "Quyết định số 33/QĐ-TTg ngày 07 tháng 01 năm 2026",
                Kind::QuyetDinh,
                "33/QĐ-TTg",
                Some("07/01/2026"),
            ),
            (
                "Quyết định số 33/QĐ-TTg ngày 7 tháng 1 năm 2026",
                "Quyết định số 33/QĐ-TTg ngày 7 tháng 1 năm 2026",
                Kind::QuyetDinh,
                "33/QĐ-TTg",
                Some("07/01/2026"),
            ),
            (
                "QUYẾT ĐỊNH SỐ: 33/QĐ-TTg NGÀY 07/01/2026",
                "QUYẾT ĐỊNH SỐ: 33/QĐ-TTg NGÀY 07/01/2026",
                Kind::QuyetDinh,
                "33/QĐ-TTg",
                Some("07/01/2026"),
            ),
            (
                "Quyết định số 193 / QĐ-TTg ngày 09-02-2021",
                "Quyết định số 193 / QĐ-TTg ngày 09-02-2021",
                Kind::QuyetDinh,
                "193 / QĐ-TTg",
                Some("09/02/2021"),
            ),
            (
                "Quyết định số 193/QĐ - TTg ký ngày 09.02.2021",
                "Quyết định số 193/QĐ - TTg ký ngày 09.02.2021",
                Kind::QuyetDinh,
                "193/QĐ - TTg",
                Some("09/02/2021"),
            ),
            (
                "Quyết định số 193/QĐ-TTg ban hành ngày 09/02/2021",
                "Quyết định số 193/QĐ-TTg ban hành ngày 09/02/2021",
                Kind::QuyetDinh,
                "193/QĐ-TTg",
                Some("09/02/2021"),
            ),
            (
                "Kế hoạch số 19/KH-BCĐ138/CP ngày 15/01/2024",
                "Kế hoạch số 19/KH-BCĐ138/CP ngày 15/01/2024",
                Kind::KeHoach,
                "19/KH-BCĐ138/CP",
                Some("15/01/2024"),
            ),
            (
                "Quyết định\nsố 33/QĐ-TTg **ngày 07/01/2026**",
                "Quyết định\nsố 33/QĐ-TTg **ngày 07/01/2026",
                Kind::QuyetDinh,
                "33/QĐ-TTg",
                Some("07/01/2026"),
            ),
            (
                "Luật số 53/2024/QH15 ngày 28/11/2024",
                "Luật số 53/2024/QH15 ngày 28/11/2024",
                Kind::Luat,
                "53/2024/QH15",
                Some("28/11/2024"),
            ),
            (
                "Bộ luật Hình sự số 100/2015/QH13",
                "100/2015/QH13",
                Kind::Luat,
                "100/2015/QH13",
                None,
            ),
            (
                "Bộ luật số 100/2015/QH13",
                "Bộ luật số 100/2015/QH13",
                Kind::BoLuat,
                "100/2015/QH13",
                None,
            ),
        ];
        for (text, span, kind, num, date) in cases {
            let c = one(text);
            assert_eq!(&text[c.span.clone()], span, "{text}");
            assert_eq!(c.kind, Some(kind), "{text}");
            assert_eq!(number(&c), num, "{text}");
            assert_eq!(
                c.date.as_ref().map(CitedDate::display).as_deref(),
                date,
                "{text}"
            );
            if let Reference::Number { span, .. } = &c.reference {
                assert_eq!(&text[span.clone()], num);
            }
        }
    }

    #[test]
    fn the_kind_comes_from_the_code_when_not_written() {
        let c = one("căn cứ văn bản 193/QĐ-TTg ngày 09/02/2021");
        assert_eq!((c.kind, c.kind_written), (Some(Kind::QuyetDinh), false));
        assert_eq!(c.span.start, "căn cứ văn bản ".len());
        let c = one("theo 12/KH-UBND");
        assert_eq!(c.kind, Some(Kind::KeHoach));
        assert_eq!(one("số 5/XYZ-ABC").kind, None);
    }

    #[test]
    fn symbols_inside_longer_text() {
        let text = "Thực hiện Quyết định số 193/QĐ-TTg, ngày 09/02/2021 của Thủ tướng Chính phủ phê \
                    duyệt Chương trình; Kế hoạch số 53/KH-BCĐ ngày 05/02/2025 của Ban Chỉ đạo 138/CP \
                    và Nghị quyết số 02/2019/NQ-HĐTP của Hội đồng Thẩm phán (xem 45/2025/NĐ-CP).";
        let found: Vec<String> = find_citations(text)
            .iter()
            .map(|c| number(c).to_owned())
            .collect();
        assert_eq!(
            found,
            [
                "193/QĐ-TTg",
                "53/KH-BCĐ",
                "02/2019/NQ-HĐTP",
                "45/2025/NĐ-CP"
            ]
        );
    }

    #[test]
    fn no_false_matches_on_dates_ratios_or_words() {
        for text in [
            "từ ngày 15/12/2025 đến ngày 14/6/2026",
            "ĐẾN Số: 111  Ngày: 01/4/24",
            "đạt 19/20 vụ (95%), 1/2 số nạn nhân",
            "ngày 30/7 hằng năm",
            "giai đoạn 2021/2025",
            "Ban Chỉ đạo 138/CP",
            "tỷ lệ 3 / 4 vụ",
            "2026-06-14 và 14.6.2026",
            "mã A193/QĐ-TTg và x/QĐ",
            "12/ban hành",
            "123456/QĐ-TTg",
            "Bộ luật Hình sự năm 2015",
            "Luật Phòng, chống mua bán người và Trợ giúp pháp lý",
            "Luật Ngân sách nhà nước năm 2015",
        ] {
            let found = find_citations(text);
            assert!(found.is_empty(), "{text}: {found:#?}");
        }
        // `138/CP` alone is the steering committee's name, not a symbol with a kind.
        assert!(find_citations("Ban Chỉ đạo 138/CP").is_empty());
    }

    #[test]
    fn dates_that_do_not_follow_are_not_taken() {
        for text in [
            "Quyết định số 193/QĐ-TTg của Thủ tướng, ngày 09/02/2021",
            "Quyết định số 193/QĐ-TTg; ngày 09/02/2021",
            "Quyết định số 193/QĐ-TTg\nngày 09/02/2021",
            "Quyết định số 193/QĐ-TTg ngày 09/02/21",
            "Quyết định số 193/QĐ-TTg ngày 09/02/20210",
            "Quyết định số 193/QĐ-TTg ngày mai",
            "Quyết định số 193/QĐ-TTg ngày 9 tháng hai năm 2021",
        ] {
            let c = one(text);
            assert_eq!(c.date, None, "{text}");
            assert_eq!(&text[c.span.clone()], "Quyết định số 193/QĐ-TTg", "{text}");
        }
        let c = one("Quyết định số 193/QĐ-TTg ngày 31/02/2021");
        let d = c.date.unwrap();
        assert_eq!((d.display().as_str(), d.date()), ("31/02/2021", None));
    }

    #[test]
    fn laws_by_name_and_year() {
        let cases = [
            (
                "triển khai Luật Phòng, chống mua bán người năm 2024; tổ chức",
                "Luật Phòng, chống mua bán người năm 2024",
                Some(2024),
                None,
            ),
            (
                "Luật Phòng chống mua bán người 2011 và",
                "Luật Phòng chống mua bán người 2011",
                Some(2011),
                None,
            ),
            (
                "LUẬT PHÒNG, CHỐNG MUA BÁN NGƯỜI NĂM 2023",
                "LUẬT PHÒNG, CHỐNG MUA BÁN NGƯỜI NĂM 2023",
                Some(2023),
                None,
            ),
            (
                "Luật Phòng, chống mua bán người năm 2024, sửa đổi, bổ sung năm 2025",
                "Luật Phòng, chống mua bán người năm 2024",
                Some(2024),
                None,
            ),
            (
                "Luật Phòng, chống mua bán người ngày 28 tháng 11 năm 2024;",
                "Luật Phòng, chống mua bán người ngày 28 tháng 11 năm 2024",
                None,
                Some("28/11/2024"),
            ),
            (
                "Luật Phòng - chống mua bán người năm 2024",
                "Luật Phòng - chống mua bán người năm 2024",
                Some(2024),
                None,
            ),
        ];
        for (text, span, year, date) in cases {
            let c = one(text);
            assert_eq!(&text[c.span.clone()], span, "{text}");
            let Reference::Law { name, year: y, .. } = &c.reference else {
                panic!("{text}: {c:?}");
            };
            assert_eq!(name, "phong chong mua ban nguoi");
            assert_eq!(y.as_ref().map(|y| y.0), year, "{text}");
            assert_eq!(
                c.date.as_ref().map(CitedDate::display).as_deref(),
                date,
                "{text}"
            );
        }
        for text in [
            "Luật Phòng, chống mua bán người và các quy định",
            "Luật Phòng, chống mua bán người (sửa đổi) năm 2024",
            "Luật Phòng, chống mua bán người số 53/2024/QH15",
            "Luật Phòng, chống mua bán người năm nay",
            "Luật Phòng, chống mua bán người năm 1800",
            "Luật Phòng, chống mua bán người 2024/2025",
            "Bộ Luật Phòng, chống mua bán người năm 2024",
            "Luật Phòng, chống mua bán ngườii năm 2024",
        ] {
            let laws: Vec<_> = find_citations(text)
                .into_iter()
                .filter(|c| matches!(c.reference, Reference::Law { .. }))
                .collect();
            assert!(laws.is_empty(), "{text}: {laws:#?}");
        }
    }

    #[test]
    fn only_l_folds_to_l_and_letters_fold_to_letters() {
        // What find_laws relies on to look only at `l` and `L`.
        for c in (0..=0x10ffff_u32).filter_map(char::from_u32) {
            let plain = plain_lower(c);
            assert!(!is_alphanumeric(c) || is_alphanumeric(plain), "{c:?}");
            assert!(plain != 'l' || matches!(c, 'l' | 'L'), "{c:?}");
            assert!(plain != 't' || matches!(c, 't' | 'T'), "{c:?}");
        }
    }

    #[test]
    fn context_ends_with_the_clause() {
        let text =
            "193/QĐ-TTg ngày 09/02/2021 của Thủ tướng phê duyệt Chương trình 2021 - 2025; Kế hoạch";
        let end = text.find(" của").unwrap();
        assert_eq!(
            context_after(text, end),
            " của Thủ tướng phê duyệt Chương trình 2021 - 2025"
        );
        assert_eq!(context_after("a. b", 0), "a");
        assert_eq!(context_after("v.v. xong", 0), "v.v");
        assert_eq!(context_after("Ủy", 1), "Ủy");
    }

    #[test]
    fn never_panics_on_odd_input() {
        let samples = [
            "",
            "1",
            "1/",
            "1/Đ",
            "Luật",
            "Luật ",
            "số 1/Q-",
            "1 /",
            "1/ Q",
            "ngày",
            "Quyết định số",
            "1/2026/",
            "1/2026/Q",
            "193/QĐ-TTg ngày 1",
            "193/QĐ-TTg ngày 1 tháng",
            "193/QĐ-TTg ngày 1/2/",
            "Luật Phòng, chống mua bán người năm",
            "Luật Phòng, chống mua bán người ngày 1/1/",
            "ợ1/Ợ-Ợ ngàỵ 1/1/2020",
            "\u{301}1/QĐ",
            "1/QĐ-\u{301}",
            "Luật Phòng,,,,, chống",
        ];
        for s in samples {
            let _ = find_citations(s);
            for i in 0..=s.len() {
                let _ = context_after(s, i);
                if s.is_char_boundary(i) {
                    let _ = symbol_at(s, i);
                    let _ = date_at(s, i);
                }
            }
        }
    }
}
