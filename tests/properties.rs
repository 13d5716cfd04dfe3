#![cfg(not(target_arch = "wasm32"))]
//! Property tests (issue 8): documents generated from fixture pieces (headers, parts,
//! items, recipients, signatures, in varying order and with random mess) give the same
//! findings whatever dress they come in: NFD or NFC, CRLF or LF, NBSP or space,
//! Unicode dashes or hyphens, zero-width characters, hard-wrapped or not. Every
//! finding lands inside the input on UTF-16 boundaries; findings are sorted and
//! stable; arbitrary strings never panic.
//!
//! Case counts are modest (the whole file runs in seconds); set `PROPTEST_CASES` for a
//! longer run.

mod common;
use common::to_nfd;

use baocao::{check_document, Finding, Options};
use proptest::prelude::*;
use proptest::test_runner::Config;

fn options() -> Options {
    Options {
        today: baocao::parse_iso_date("2026-11-23").ok(),
        ..Options::default()
    }
}

fn config(cases: u32) -> Config {
    Config {
        cases: std::env::var("PROPTEST_CASES")
            .ok()
            .and_then(|s| s.parse().ok())
            .unwrap_or(cases),
        // Failures are reported with their minimal input; nothing is written to disk.
        failure_persistence: None,
        ..Config::default()
    }
}

// ---- the pieces -------------------------------------------------------------------

const HEADERS: &[&str] = &[
    "ỦY BAN NHÂN DÂN                          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\
     TỈNH CAO BẰNG                            Độc lập - Tự do - Hạnh phúc\n",
    "ỦY BAN NHÂN DÂN\nTỈNH CAO BẰNG\n",
    "SỞ Y TẾ TỈNH HƯNG YÊN\n",
    "CÔNG AN TỈNH LẠNG SƠN\n",
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n",
];

const NUMBERS: &[&str] = &[
    "Số: 88/KH-UBND",
    "Số: 45/KH-SYT",
    "Số:      /KH-UBND",
    "Số: 12/BC-CA",
    "Số: 27/KH-UBND                           Cao Bằng, ngày 28 tháng 3 năm 2026",
];

const PLACE_DATES: &[&str] = &[
    "Cao Bằng, ngày 28 tháng 3 năm 2026",
    "Hưng Yên, ngày 31 tháng 6 năm 2026",
    "Lạng Sơn, ngày   tháng 01 năm 2026",
    "Cao Bằng, ngày 14/01/2026",
    "Hà Nội, ngày 29 tháng 02 năm 2025",
];

const TITLES: &[&str] = &[
    "KẾ HOẠCH\nThực hiện công tác phòng, chống mua bán người năm 2026",
    "BÁO CÁO\nKết quả công tác phòng, chống mua bán người 6 tháng đầu năm 2026",
    "**KẾ HOẠCH**\n**Triển khai Chương trình phòng, chống mua bán người giai đoạn 2026 - 2030**",
];

const BASES: &[&str] = &[
    "Căn cứ Luật Phòng, chống mua bán người năm 2024; thực hiện Kế hoạch số 20/KH-BCĐ ngày \
     15/01/2026 của Ban Chỉ đạo 138/CP, Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:",
    "Thực hiện Kế hoạch số 61/KH-UBND của Ủy ban nhân dân tỉnh, Sở Y tế báo cáo như sau:",
];

const PARTS: &[&str] = &[
    "I. MỤC ĐÍCH, YÊU CẦU",
    "II. NHIỆM VỤ, GIẢI PHÁP",
    "III. TỔ CHỨC THỰC HIỆN",
    "IV. KINH PHÍ THỰC HIỆN",
    "I. TÌNH HÌNH CHUNG",
    "II. KẾT QUẢ THỰC HIỆN",
    "III. PHƯƠNG HƯỚNG, NHIỆM VỤ 6 THÁNG CUỐI NĂM",
    "#### **II. NHIỆM VỤ, GIẢI PHÁP**",
];

const ITEMS: &[&str] = &[
    "1. Mục đích",
    "2. Yêu cầu",
    "1. Công tác truyền thông, phòng ngừa",
    "2. Công tác đấu tranh, xử lý vi phạm",
    "2.1. Công an tỉnh chủ trì, phối hợp Ban Chỉ huy Bộ đội Biên phòng tỉnh:",
    "2.2. Đề nghị Viện kiểm sát nhân dân tỉnh, Tòa án nhân dân tỉnh phối hợp đẩy nhanh tiến độ.",
    "a) Tổ chức tuyên truyền tại khu vực biên giới, vùng đồng bào dân tộc thiểu số.",
    "b) Lồng ghép nội dung phòng, chống mua bán người vào sinh hoạt của các đoàn thể.",
    "d) Nắm tình hình số người vắng mặt lâu ngày tại địa phương.",
    "- Tiếp nhận, giải quyết 100% tố giác, tin báo về tội phạm mua bán người.",
    "- Công an tỉnh chủ trì thực hiện.",
    "(Sở Văn hóa, Thể thao và Du lịch chủ trì, phối hợp các sở, ngành, địa phương thực hiện)",
    "### ***1.1. Phòng ngừa xã hội***",
    "**2.** Công tác hỗ trợ nạn nhân:",
];

/// Prose: the paragraphs a hard wrap may split.
const PROSE: &[&str] = &[
    "Nâng cao nhận thức, trách nhiệm của cơ quan, tổ chức và Nhân dân trong phòng, chống mua bán người.",
    "Các sở, ngành, địa phương bám sát nhiệm vụ được giao, bảo đảm thiết thực, hiệu quả.",
    "Sở Y tế chủ trì tiếp nhận, hỗ trợ nạn nhân theo quy định trước ngày 15/4/2026.",
    "Định kỳ 06 tháng, hằng năm báo cáo kết quả thực hiện về Công an tỉnh để tổng hợp./.",
    "Trong kỳ, trên địa bàn tỉnh tiếp nhận 06 nạn nhân trở về và đã hỗ trợ đầy đủ.",
];

const RECIPIENTS: &[&str] = &[
    "Nơi nhận:\n- Ban Chỉ đạo 138/CP;\n- Thường trực Tỉnh ủy;\n- Các sở, ban, ngành,\nđoàn thể tỉnh;\n- Lưu: VT, NC.",
    "Nơi nhận:\n- Công an tỉnh;\n- Lưu: VT, NVY.",
    "Nơi nhận:                                TM. ỦY BAN NHÂN DÂN\n- Ban Chỉ đạo 138/CP;                    KT. CHỦ TỊCH\n- Lưu: VT, NC.                           PHÓ CHỦ TỊCH",
];

const SIGNATURES: &[&str] = &[
    "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nHoàng Văn Thành",
    "TM. SỞ Y TẾ\nPHÓ GIÁM ĐỐC\n\nĐỗ Thị Lan",
    "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\n(đã ký)\n\nLê Văn Minh",
];

/// Mess that is part of the document (all dresses of it share it).
const MESS: &[&str] = &[
    "", "", "", "\n", "\n\n", "  ", "\t", "**", "*", "😀", " 😀 ", "#", "   \n", "/.",
];

/// One piece of a document, with a flag: prose a hard wrap may split.
#[derive(Clone, Debug)]
struct Piece {
    text: String,
    prose: bool,
}

fn pick(list: &'static [&'static str]) -> impl Strategy<Value = String> {
    proptest::sample::select(list).prop_map(str::to_owned)
}

fn messy(list: &'static [&'static str], prose: bool) -> impl Strategy<Value = Piece> {
    (pick(MESS), pick(list), pick(MESS)).prop_map(move |(a, t, b)| Piece {
        // Mess before and after, never inside prose (a wrap splits prose at a space).
        text: if prose { t } else { format!("{a}{t}{b}") },
        prose,
    })
}

fn body_piece() -> impl Strategy<Value = Piece> {
    prop_oneof![
        2 => messy(PARTS, false),
        4 => messy(ITEMS, false),
        3 => messy(PROSE, true),
        1 => messy(BASES, false),
        1 => messy(PLACE_DATES, false),
        1 => messy(RECIPIENTS, false),
        1 => messy(SIGNATURES, false),
    ]
}

/// A document: mostly in the usual order (header, number, place and date, title,
/// basis, body, recipients, signature), sometimes shuffled, with random mess.
fn document() -> impl Strategy<Value = Vec<Piece>> {
    any::<bool>().prop_flat_map(document_in_order)
}

/// A document in the usual order, or (when `may_shuffle`) perhaps shuffled.
fn document_in_order(may_shuffle: bool) -> impl Strategy<Value = Vec<Piece>> {
    (
        messy(HEADERS, false),
        messy(NUMBERS, false),
        messy(PLACE_DATES, false),
        messy(TITLES, false),
        messy(BASES, false),
        proptest::collection::vec(body_piece(), 1..14),
        messy(RECIPIENTS, false),
        messy(SIGNATURES, false),
        any::<bool>(),
    )
        .prop_flat_map(move |(h, n, p, t, b, body, r, s, shuffle)| {
            let mut pieces = vec![h, n, p, t, b];
            pieces.extend(body);
            pieces.push(r);
            pieces.push(s);
            let pieces = Just(pieces);
            if may_shuffle && shuffle {
                pieces.prop_shuffle().boxed()
            } else {
                pieces.boxed()
            }
        })
}

fn join(pieces: &[Piece]) -> String {
    let mut out = String::new();
    for p in pieces {
        out.push_str(&p.text);
        out.push_str("\n\n");
    }
    out
}

// ---- the dresses --------------------------------------------------------------------

/// Which changes of dress to apply, and where (bits pick the spaces, hyphens and
/// characters that change).
#[derive(Clone, Debug)]
struct Dress {
    nfd: bool,
    crlf: bool,
    nbsp: Option<u64>,
    dashes: Option<u64>,
    zero_width: Option<u64>,
}

fn dress() -> impl Strategy<Value = Dress> {
    (
        any::<bool>(),
        any::<bool>(),
        proptest::option::of(any::<u64>()),
        proptest::option::of(any::<u64>()),
        proptest::option::of(any::<u64>()),
    )
        .prop_map(|(nfd, crlf, nbsp, dashes, zero_width)| Dress {
            nfd,
            crlf,
            nbsp,
            dashes,
            zero_width,
        })
}

/// A cheap deterministic stream of choices from a seed.
fn chooser(mut seed: u64) -> impl FnMut(u32) -> bool {
    seed |= 1;
    move |one_in| {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed % one_in as u64 == 0
    }
}

fn wear(text: &str, d: &Dress) -> String {
    let mut s = text.to_owned();
    if let Some(seed) = d.zero_width {
        let mut pick = chooser(seed);
        let zw = [
            '\u{feff}', '\u{200b}', '\u{200c}', '\u{200d}', '\u{2060}', '\u{ad}',
        ];
        let mut out = String::new();
        for (i, c) in s.chars().enumerate() {
            if pick(9) {
                out.push(zw[i % zw.len()]);
            }
            out.push(c);
        }
        s = out;
    }
    if d.nfd {
        s = to_nfd(&s);
    }
    if let Some(seed) = d.nbsp {
        let mut pick = chooser(seed);
        let spaces = ['\u{a0}', '\u{202f}', '\u{2009}', '\u{3000}'];
        s = s
            .chars()
            .enumerate()
            .map(|(i, c)| match c {
                ' ' if pick(2) => spaces[i % spaces.len()],
                c => c,
            })
            .collect();
    }
    if let Some(seed) = d.dashes {
        let mut pick = chooser(seed);
        let dashes = ['\u{2013}', '\u{2014}', '\u{2010}', '\u{2212}'];
        s = s
            .chars()
            .enumerate()
            .map(|(i, c)| match c {
                '-' if pick(2) => dashes[i % dashes.len()],
                c => c,
            })
            .collect();
    }
    if d.crlf {
        s = s.replace('\n', "\r\n");
    }
    s
}

// ---- what is compared -------------------------------------------------------------

/// What a finding selects, as the reader sees it (NFC, LF, plain spaces and hyphens).
fn selections(text: &str, findings: &[Finding]) -> Vec<String> {
    let units: Vec<u16> = text.encode_utf16().collect();
    findings
        .iter()
        .map(|f| {
            let s = String::from_utf16_lossy(&units[f.start..f.end]);
            baocao::text::Source::new(&s).text().to_owned()
        })
        .collect()
}

/// The invariants every result keeps: inside the input, on UTF-16 boundaries (never
/// inside a surrogate pair), sorted by (start, end, code), lines and columns from 1.
fn assert_well_formed(text: &str, findings: &[Finding]) -> Result<(), TestCaseError> {
    let units: Vec<u16> = text.encode_utf16().collect();
    let lines = baocao::text::Source::new(text).line_count();
    let inside_pair = |i: usize| i < units.len() && (0xDC00..=0xDFFF).contains(&units[i]);
    for f in findings {
        prop_assert!(f.start <= f.end && f.end <= units.len(), "{f:?}");
        prop_assert!(!inside_pair(f.start), "start splits a pair: {f:?}");
        prop_assert!(!inside_pair(f.end), "end splits a pair: {f:?}");
        prop_assert!(f.line >= 1 && f.line <= lines, "{f:?}");
        prop_assert!(f.column >= 1, "{f:?}");
    }
    for w in findings.windows(2) {
        prop_assert!(
            (w[0].start, w[0].end, w[0].code) <= (w[1].start, w[1].end, w[1].code),
            "not sorted: {:?} then {:?}",
            w[0],
            w[1]
        );
    }
    Ok(())
}

fn where_(findings: &[Finding]) -> Vec<(&'static str, usize, usize)> {
    findings
        .iter()
        .map(|f| (f.code, f.line, f.column))
        .collect()
}

/// 1-based line of a byte offset.
fn line_at(text: &str, at: usize) -> usize {
    text[..at].matches('\n').count() + 1
}

proptest! {
    #![proptest_config(config(256))]

    /// Any change of dress gives the same findings (code, line, column, severity,
    /// message) selecting the same text; results are well formed and stable.
    #[test]
    fn dress_changes_nothing_but_offsets(pieces in document(), d in dress()) {
        let base = join(&pieces);
        let expected = check_document(&base, &options());
        assert_well_formed(&base, &expected)?;
        let text = wear(&base, &d);
        let found = check_document(&text, &options());
        assert_well_formed(&text, &found)?;
        prop_assert_eq!(&found, &check_document(&text, &options()), "second run differs");
        prop_assert_eq!(where_(&found), where_(&expected), "{:?}", d);
        let msgs = |f: &[Finding]| f.iter().map(|f| (f.severity, f.message.clone())).collect::<Vec<_>>();
        prop_assert_eq!(msgs(&found), msgs(&expected));
        prop_assert_eq!(selections(&text, &found), selections(&base, &expected), "{:?}", d);
    }

    /// A prose paragraph of the body hard-wrapped mid-sentence (a blank line, the next
    /// piece starting lowercase) gives the same findings: same codes in the same order,
    /// lines before the wrap unchanged, lines after it two further down, and the same
    /// selections up to white space.
    ///
    /// Documents are in the usual order here: prose shuffled above the title is read
    /// as the header, where a wrapped line may rightly change which line is taken as
    /// the place-and-date line.
    #[test]
    fn hard_wraps_change_nothing(pieces in document_in_order(false), which in any::<prop::sample::Index>(), at in any::<prop::sample::Index>(), d in dress()) {
        let prose: Vec<usize> = (0..pieces.len()).filter(|&i| pieces[i].prose).collect();
        prop_assume!(!prose.is_empty());
        let i = prose[which.index(prose.len())];
        // Spaces followed by a lowercase letter: where a wrap may fall.
        let p = &pieces[i].text;
        let spaces: Vec<usize> = p
            .match_indices(' ')
            .map(|(j, _)| j)
            .filter(|&j| p[j + 1..].chars().next().is_some_and(char::is_lowercase))
            .collect();
        prop_assume!(!spaces.is_empty());
        let cut = spaces[at.index(spaces.len())];
        let unwrapped = join(&pieces);
        let before: usize = pieces[..i].iter().map(|p| p.text.len() + 2).sum();
        let wrap_line = line_at(&unwrapped, before + cut);
        let mut wrapped_pieces = pieces.clone();
        wrapped_pieces[i].text.replace_range(cut..cut + 1, "\n\n");
        let wrapped = wear(&join(&wrapped_pieces), &d);
        let unwrapped = wear(&unwrapped, &d);

        let expected = check_document(&unwrapped, &options());
        let found = check_document(&wrapped, &options());
        assert_well_formed(&wrapped, &found)?;
        // A line of the wrapped text, as a line of the unwrapped one.
        let unshift = |line: usize| match line {
            l if l <= wrap_line => l,
            l if l <= wrap_line + 2 => wrap_line,
            l => l - 2,
        };
        let lines = |f: &[Finding], shift: bool| {
            f.iter()
                .map(|f| (f.code, if shift { unshift(f.line) } else { f.line }))
                .collect::<Vec<_>>()
        };
        prop_assert_eq!(lines(&found, true), lines(&expected, false), "wrap at line {}", wrap_line);
        let squeeze = |v: Vec<String>| {
            v.into_iter()
                .map(|s| s.split_whitespace().collect::<Vec<_>>().join(" "))
                .collect::<Vec<_>>()
        };
        prop_assert_eq!(
            squeeze(selections(&wrapped, &found)),
            squeeze(selections(&unwrapped, &expected))
        );
    }

    /// Arbitrary strings never panic, and what comes back is well formed.
    #[test]
    fn arbitrary_strings_never_panic(s in any::<String>()) {
        let found = check_document(&s, &options());
        assert_well_formed(&s, &found)?;
    }

    /// Strings made of the characters documents are made of, in any order.
    #[test]
    fn document_alphabet_never_panics(bits in proptest::collection::vec(pick(&[
        "I.", "IV.", "1.", "2.1.", "a)", "đ)", "- ", "Số:", "/KH-", "/BC-", "UBND", "ngày",
        "tháng", "năm", "2026", "29", "02", "31", "0", "99999", " ", "\n", "\n\n", "\r",
        "\r\n", "\t", "\u{a0}", "\u{301}", "\u{323}", "\u{302}", "😀", "\u{feff}", "\u{200d}",
        "KẾ HOẠCH", "BÁO CÁO", "Nơi nhận:", "TM.", "KT.", "Q.", "CHỦ TỊCH", "Công an tỉnh",
        "Sở Y tế", "Ủy ban nhân dân", "*", "#", "(", ")", ",", ";", ":", "/.", "/",
    ]), 0..200)) {
        let s: String = bits.concat();
        let found = check_document(&s, &options());
        assert_well_formed(&s, &found)?;
    }
}
