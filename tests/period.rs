#![cfg(not(target_arch = "wasm32"))]
//! Dates, periods and reporting regimes on whole documents written for these tests:
//! what the P rules find, where, and the regime read from a plan.

use baocao::period::{self, ReportKind, YearRef};
use baocao::{check_text, parse_iso_date, Finding, Options};

fn options() -> Options {
    Options {
        today: parse_iso_date("2026-11-23").ok(),
        ..Options::default()
    }
}

/// The P findings of a text, as `(code, line)`.
fn p_findings(text: &str) -> Vec<(&'static str, usize)> {
    p_full(text).iter().map(|f| (f.code, f.line)).collect()
}

fn p_full(text: &str) -> Vec<Finding> {
    check_text(text, &options())
        .findings
        .into_iter()
        .filter(|f| f.code.starts_with('P'))
        .collect()
}

fn line_of(text: &str, needle: &str) -> usize {
    let at = text.find(needle).unwrap_or_else(|| panic!("no {needle:?}"));
    text[..at].matches('\n').count() + 1
}

/// A commune plan for one year whose own regime is consistent.
const GOOD_ONE_YEAR: &str = "\
ỦY BAN NHÂN DÂN
XÃ NA SẦM

Số: 15/KH-UBND

Na Sầm, ngày 20 tháng 01 năm 2026

KẾ HOẠCH
Công tác phòng, chống mua bán người năm 2026

Căn cứ Kế hoạch số 8/KH-UBND ngày 10/01/2026 của Ủy ban nhân dân tỉnh về phòng, chống mua bán người năm 2026, Ủy ban nhân dân xã ban hành Kế hoạch như sau:

I. MỤC ĐÍCH, YÊU CẦU

Nâng cao nhận thức của Nhân dân về phòng, chống mua bán người.

II. NHIỆM VỤ, GIẢI PHÁP

1. Truyền thông tại các thôn, hưởng ứng Ngày toàn dân phòng, chống mua bán người 30/7 (Công an xã chủ trì).

2. Tổ chức đợt cao điểm từ ngày 01/6/2026 đến hết ngày 31/8/2026 (Công an xã chủ trì).

3. Hỗ trợ 03/03 nạn nhân trở về địa phương theo Nghị định số 20/2021/NĐ-CP (Trạm Y tế chủ trì).

III. TỔ CHỨC THỰC HIỆN

1. Các thôn xây dựng kế hoạch, gửi về Công an xã trước ngày 15/02/2026.

2. Chế độ báo cáo:

- Báo cáo quý I: số liệu từ ngày 15/12 năm trước đến ngày 14/3, gửi trước ngày 18/3.

- Báo cáo 6 tháng: tính từ ngày 15/12 năm trước đến ngày 14/6 của năm làm báo cáo, gửi chậm nhất ngày 16/6.

- Báo cáo 9 tháng gửi trước ngày 17/9; báo cáo năm gửi trước ngày 10/01 năm sau.

- Báo cáo đột xuất theo yêu cầu./.

Nơi nhận:
- Công an tỉnh;
- Lưu: VT.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH

Hoàng Văn Minh
";

/// A province plan for 2025 carrying every kind of date mistake.
const BAD_ONE_YEAR: &str = "\
ỦY BAN NHÂN DÂN
TỈNH BẮC KẠN

Số: 21/KH-UBND

Bắc Kạn, ngày 14 tháng 02 năm 2025

KẾ HOẠCH
Thực hiện công tác phòng, chống mua bán người năm 2025

Thực hiện Kế hoạch số 53/KH-BCĐ ngày 05/02/2024 của Ban Chỉ đạo 138/CP, Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:

I. MỤC TIÊU

Kéo giảm tội phạm mua bán người.

II. NHIỆM VỤ

1. Mở cao điểm tấn công tội phạm từ ngày 01/10/2025 đến hết ngày 30/9/2025 (Công an tỉnh chủ trì).

2. Tổ chức tập huấn từ ngày 01/6/2024 đến ngày 30/6/2024 (Sở Tư pháp chủ trì).

3. Sơ kết công tác vào ngày 31/4/2025 (Công an tỉnh chủ trì).

III. TỔ CHỨC THỰC HIỆN

1. Các sở, ngành xây dựng kế hoạch, gửi về Công an tỉnh trước ngày 01/02/2025.

2. Định kỳ hàng quý (trước ngày 10/3 và 10/9), 06 tháng (trước ngày 16/6) và năm (trước ngày 10/12), các sở, ngành báo cáo kết quả về Công an tỉnh./.

Nơi nhận:
- Bộ Công an;
- Lưu: VT, NC.

TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH

Nguyễn Văn Hải
";

/// A programme plan whose abstract and legal basis disagree.
const PROGRAMME: &str = "\
ỦY BAN NHÂN DÂN
TỈNH HÀ GIANG

Số: 3/KH-UBND

Hà Giang, ngày 09 tháng 3 năm 2026

KẾ HOẠCH
Thực hiện Chương trình phòng, chống mua bán người giai đoạn 2026 - 2030

Căn cứ Quyết định số 10/QĐ-TTg ngày 05/01/2026 của Thủ tướng Chính phủ phê duyệt Chương trình phòng, chống mua bán người giai đoạn 2025 – 2030; Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:

I. MỤC TIÊU, YÊU CẦU

Phòng ngừa, đấu tranh có hiệu quả với tội phạm mua bán người.

II. NHIỆM VỤ, GIẢI PHÁP

1. Công an tỉnh chủ trì tổ chức sơ kết giữa kỳ trước ngày 15/12/2028 và tổng kết Chương trình trước ngày 30/11/2031.

III. KINH PHÍ

Ngân sách nhà nước bảo đảm.

IV. TỔ CHỨC THỰC HIỆN

Định kỳ 06 tháng, hằng năm và đột xuất khi có yêu cầu, các sở, ngành báo cáo kết quả về Công an tỉnh./.

Nơi nhận:
- Lưu: VT.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH

Lò Văn Páo
";

/// A report: its dates are checked, a plan's regime is not asked of it.
const REPORT: &str = "\
CÔNG AN TỈNH LẠNG SƠN

Số: 45/BC-CAT

Lạng Sơn, ngày 15 tháng 6 năm 2026

BÁO CÁO
Kết quả công tác phòng, chống mua bán người 6 tháng đầu năm 2026

I. TÌNH HÌNH

Từ ngày 15/12/2025 đến ngày 14/6/2026, trên địa bàn tỉnh phát hiện 02 vụ mua bán người; đã giải cứu 05/05 nạn nhân.

II. KẾT QUẢ THỰC HIỆN

Tổ chức đợt cao điểm từ ngày 01/3/2026 đến ngày 31/02/2026; các đơn vị báo cáo trước ngày 12/6.

III. PHƯƠNG HƯỚNG, NHIỆM VỤ

Tiếp tục triển khai Kế hoạch số 21/KH-UBND ngày 14/02/2025.

IV. ĐỀ XUẤT, KIẾN NGHỊ

Không.

Nơi nhận:
- Lưu: VT.

KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC

Trần Văn Long
";

#[test]
fn a_consistent_plan_has_no_period_findings() {
    assert_eq!(p_full(GOOD_ONE_YEAR), []);
}

#[test]
fn the_regime_of_a_consistent_plan() {
    let src = baocao::text::Source::new(GOOD_ONE_YEAR);
    let doc = baocao::reader::read(&src, None);
    let regime = period::analyse(&doc, src.text()).regime;
    assert_eq!(regime.plan_year, Some(2026));
    let kinds: Vec<(ReportKind, Option<u8>, bool, usize)> = regime
        .reports
        .iter()
        .map(|r| (r.kind, r.quarter, r.window.is_some(), r.deadlines.len()))
        .collect();
    assert_eq!(
        kinds,
        [
            (ReportKind::Quarter, Some(1), true, 1),
            (ReportKind::HalfYear, None, true, 1),
            (ReportKind::NineMonth, None, false, 1),
            (ReportKind::Annual, None, false, 1),
            (ReportKind::AdHoc, None, false, 0),
        ]
    );
    let annual = &regime.reports[3].deadlines[0];
    assert_eq!(annual.date.year, YearRef::Next);
    assert_eq!(regime.plan_deadlines.len(), 1);
    assert_eq!(regime.campaigns.len(), 1);
    // Plain data a profile can carry.
    let json = serde_json::to_value(&regime).unwrap();
    assert_eq!(json["reports"][1]["kind"], "half_year");
    assert_eq!(json["reports"][1]["window"]["from"]["year"], "previous");
    assert_eq!(json["reports"][1]["deadlines"][0]["inclusive"], true);
    assert_eq!(json["planDeadlines"][0]["date"]["year"]["stated"], 2026);
}

#[test]
fn every_mistake_of_a_bad_plan_is_found_where_it_is() {
    let t = BAD_ONE_YEAR;
    let mut got = p_findings(t);
    got.sort();
    let mut want = vec![
        ("P001", line_of(t, "31/4/2025")),
        ("P002", line_of(t, "01/10/2025")),
        ("P005", line_of(t, "10/3 và 10/9")),
        ("P005", line_of(t, "10/3 và 10/9")),
        ("P005", line_of(t, "10/3 và 10/9")),
        ("P006", line_of(t, "01/6/2024")),
        ("P006", line_of(t, "01/02/2025")),
    ];
    want.sort();
    assert_eq!(got, want, "{:#?}", p_full(t));
    let messages: Vec<String> = p_full(t).into_iter().map(|f| f.message).collect();
    for words in [
        "Ngày “31/4/2025” không tồn tại: tháng 4 chỉ có 30 ngày.",
        "Hạn gửi báo cáo quý I (trước ngày 10/3) sớm hơn ngày chốt số liệu của kỳ (14/3).",
        "Hạn gửi báo cáo quý III (trước ngày 10/9) sớm hơn ngày chốt số liệu của kỳ (14/9).",
        "Hạn gửi báo cáo năm (trước ngày 10/12) sớm hơn ngày chốt số liệu của kỳ (14/12).",
        "Hạn “trước ngày 01/02/2025” đã qua trước ngày ban hành kế hoạch (14/02/2025).",
        "Thời gian từ 01/6/2024 đến ngày 30/6/2024 đã kết thúc trước ngày ban hành kế hoạch (14/02/2025).",
    ] {
        assert!(messages.iter().any(|m| m == words), "{words}\n{messages:#?}");
    }
    // `trước ngày 16/6` is 15/6 at the latest: after the 6-month window ends on 14/6.
    assert!(
        !messages.iter().any(|m| m.contains("16/6")),
        "{messages:#?}"
    );
}

#[test]
fn programme_period_and_deadlines_beyond_it() {
    let t = PROGRAMME;
    let found = p_full(t);
    let got: Vec<(&str, usize)> = found.iter().map(|f| (f.code, f.line)).collect();
    assert_eq!(
        got,
        [
            ("P007", line_of(t, "2025 – 2030")),
            ("P006", line_of(t, "30/11/2031")),
        ]
    );
    assert!(found[0].message.contains("giai đoạn 2025 - 2030"));
    assert!(found[1]
        .message
        .contains("giai đoạn của kế hoạch (2026 - 2030)"));
    // The finding selects the cited period in the original text (UTF-16 offsets).
    let units: Vec<u16> = t.encode_utf16().collect();
    let selected = String::from_utf16_lossy(&units[found[0].start..found[0].end]);
    assert_eq!(selected, "2025 – 2030");
}

#[test]
fn a_report_gets_its_dates_checked_not_a_regime() {
    let t = REPORT;
    assert_eq!(
        p_findings(t),
        [("P001", line_of(t, "31/02/2026"))],
        "{:#?}",
        p_full(t)
    );
}

/// Decomposed letters and Windows line ends change nothing but the offsets.
#[test]
fn the_same_findings_in_any_dress() {
    for text in [BAD_ONE_YEAR, PROGRAMME, REPORT] {
        let base: Vec<(&str, usize, usize)> = p_full(text)
            .iter()
            .map(|f| (f.code, f.line, f.column))
            .collect();
        let crlf = text.replace('\n', "\r\n");
        let nfd = text
            .replace('ạ', "a\u{323}")
            .replace('ế', "e\u{302}\u{301}")
            .replace('ờ', "o\u{31b}\u{300}");
        for variant in [crlf, nfd] {
            let got: Vec<(&str, usize, usize)> = p_full(&variant)
                .iter()
                .map(|f| (f.code, f.line, f.column))
                .collect();
            assert_eq!(got, base);
            let units: Vec<u16> = variant.encode_utf16().collect();
            for f in p_full(&variant) {
                let selected = String::from_utf16_lossy(&units[f.start..f.end]);
                assert!(selected.chars().any(|c| c.is_ascii_digit()), "{selected:?}");
            }
        }
    }
}
