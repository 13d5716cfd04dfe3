#![cfg(not(target_arch = "wasm32"))]
//! Rule L001 on whole documents written for these tests: a plan whose citations are all
//! right, a report whose citations are wrong in the ways people get them wrong, and the
//! same report in the encoding mess real input comes in.

use baocao::legal::{catalogue, find_citations, Reference};
use baocao::{check_document, Finding, Options};

const PLAN: &str = "\
ỦY BAN NHÂN DÂN
TỈNH BẮC NINH

Số: 21/KH-UBND

Bắc Ninh, ngày 20 tháng 01 năm 2026

KẾ HOẠCH

Triển khai Chương trình phòng, chống mua bán người giai đoạn 2026 - 2030

Căn cứ Luật Phòng, chống mua bán người năm 2024 (sửa đổi, bổ sung năm 2025); Nghị định số 162/2025/NĐ-CP ngày 29 tháng 6 năm 2025 của Chính phủ;

Thực hiện Quyết định số 33/QĐ-TTg ngày 07/01/2026 của Thủ tướng Chính phủ ban hành Chương trình phòng, chống mua bán người giai đoạn 2026 - 2030 và định hướng đến năm 2035, Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:

I. MỤC TIÊU, YÊU CẦU

1. Mục tiêu

Tiếp tục thực hiện hiệu quả Luật Phòng, chống mua bán người; tổng kết việc thi hành Luật Phòng, chống mua bán người năm 2011.

II. NHIỆM VỤ, GIẢI PHÁP

1. Công tác truyền thông

a) Hưởng ứng “Ngày toàn dân phòng, chống mua bán người 30/7” theo Quyết định số 793/QĐ-TTg ngày 10/5/2016 của Thủ tướng Chính phủ.

b) Phổ biến Nghị quyết số 02/2019/NQ-HĐTP ngày 11/01/2019 của Hội đồng Thẩm phán Tòa án nhân dân tối cao; Quyết định số 1234/QĐ-UBND ngày 02/01/2026 của Ủy ban nhân dân tỉnh.

2. Công tác phòng ngừa

- Công an tỉnh chủ trì thực hiện.

III. TỔ CHỨC THỰC HIỆN

1. Chế độ báo cáo thực hiện theo Nghị định số 09/2019/NĐ-CP ngày 24/01/2019 của Chính phủ./.

Nơi nhận:
- Công an tỉnh;
- Lưu: VT, NC.

TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH

Trần Văn Bình
";

const REPORT: &str = "\
SỞ Y TẾ TỈNH BẮC NINH

Số: 45/BC-SYT

Bắc Ninh, ngày 15 tháng 6 năm 2026

BÁO CÁO

Kết quả thực hiện công tác phòng, chống mua bán người 6 tháng đầu năm 2026

Thực hiện Quyết định số 33/QĐ-TTg ngày 07/01/2025 của Thủ tướng Chính phủ; Kế hoạch số 21/KH-UBND ngày 20/01/2026 của Ủy ban nhân dân tỉnh, Sở Y tế báo cáo như sau:

I. TÌNH HÌNH

Tình hình mua bán người trên địa bàn diễn biến phức tạp.

II. KẾT QUẢ THỰC HIỆN

1. Công tác truyền thông

Tổ chức 12 buổi tuyên truyền Luật Phòng, chống mua bán người năm 2023 cho 1.250 lượt người.

2. Công tác hỗ trợ nạn nhân

Tiếp nhận 6/6 nạn nhân theo Nghị định 09/2019/NĐ-CP ngày 24/01/2020 và Quyết định số 139/QĐ-TTg ngày 09/02/2021 của Thủ tướng Chính phủ phê duyệt Chương trình phòng, chống mua bán người giai đoạn 2021 - 2025.

III. ĐÁNH GIÁ

Các nhiệm vụ cơ bản hoàn thành.

IV. PHƯƠNG HƯỚNG, NHIỆM VỤ

Tiếp tục triển khai Chương trình.

V. ĐỀ XUẤT, KIẾN NGHỊ

Không có.

Nơi nhận:
- Công an tỉnh;
- Lưu: VT.

KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC

Lê Thị Hoa
";

fn l001(text: &str) -> Vec<Finding> {
    let options = Options {
        today: baocao::parse_iso_date("2026-11-23").ok(),
        ..Options::default()
    };
    check_document(text, &options)
        .into_iter()
        .filter(|f| f.code == "L001")
        .collect()
}

fn line_of(text: &str, needle: &str) -> usize {
    let at = text.find(needle).unwrap_or_else(|| panic!("no {needle:?}"));
    text[..at].matches('\n').count() + 1
}

/// The text a finding selects, from its UTF-16 offsets into `text`.
fn selected(text: &str, f: &Finding) -> String {
    let units: Vec<u16> = text.encode_utf16().collect();
    String::from_utf16_lossy(&units[f.start..f.end])
}

#[test]
fn a_plan_whose_citations_are_right_has_no_l001() {
    assert_eq!(l001(PLAN), []);
    // It does cite what the catalogue knows.
    let known = find_citations(PLAN)
        .iter()
        .filter(|c| match &c.reference {
            Reference::Number { text, .. } => catalogue().by_number(text).is_some(),
            Reference::Law { .. } => true,
        })
        .count();
    assert!(known >= 7, "{known}");
}

#[test]
fn a_report_with_wrong_citations() {
    let found = l001(REPORT);
    let expected = [
        (
            "Quyết định số 33/QĐ-TTg ngày 07/01/2025",
            "Quyết định số 33/QĐ-TTg được ký ngày 07/01/2026, không phải 07/01/2025.",
            "Quyết định số 33/QĐ-TTg ngày 07/01/2026",
        ),
        (
            "Luật Phòng, chống mua bán người năm 2023",
            "không có luật năm 2023",
            "Luật Phòng, chống mua bán người năm 2024",
        ),
        (
            "Nghị định 09/2019/NĐ-CP ngày 24/01/2020",
            "Nghị định số 09/2019/NĐ-CP được ký ngày 24/01/2019, không phải 24/01/2020.",
            "Nghị định số 09/2019/NĐ-CP ngày 24/01/2019",
        ),
        (
            "Quyết định số 139/QĐ-TTg ngày 09/02/2021",
            "có số 193/QĐ-TTg, không phải 139/QĐ-TTg",
            "Quyết định số 193/QĐ-TTg ngày 09/02/2021",
        ),
    ];
    assert_eq!(found.len(), expected.len(), "{found:#?}");
    for (f, (citation, words, suggestion)) in found.iter().zip(expected) {
        assert_eq!(selected(REPORT, f), citation);
        assert_eq!(f.line, line_of(REPORT, citation));
        assert!(f.message.contains(words), "{}", f.message);
        assert_eq!(f.suggestion.as_deref(), Some(suggestion));
        assert_eq!(f.severity.as_str(), "error");
        assert!(f.hint.is_some());
    }
}

#[test]
fn the_same_findings_through_crlf_and_decomposed_letters() {
    // CRLF line ends, NFD letters (ố = o + circumflex + acute), non-breaking spaces and
    // an en dash inside the symbol: offsets still select the citation as typed.
    let messy = REPORT
        .replace('\n', "\r\n")
        .replace("ố", "o\u{302}\u{301}")
        .replace("Quyết định số 139", "Quyết định\u{a0}số 139")
        .replace("09/2019/NĐ-CP", "09/2019/NĐ\u{2013}CP");
    let clean = l001(REPORT);
    let found = l001(&messy);
    assert_eq!(found.len(), clean.len(), "{found:#?}");
    for (f, c) in found.iter().zip(&clean) {
        assert_eq!((f.line, &f.message), (c.line, &c.message));
        let typed = selected(&messy, f);
        let normal: String = typed
            .replace("o\u{302}\u{301}", "ố")
            .replace('\u{a0}', " ")
            .replace('\u{2013}', "-");
        assert_eq!(normal, selected(REPORT, c));
    }
}

#[test]
fn english_messages() {
    let options = Options {
        lang: baocao::Lang::En,
        ..Options::default()
    };
    let found: Vec<Finding> = check_document(REPORT, &options)
        .into_iter()
        .filter(|f| f.code == "L001")
        .collect();
    assert_eq!(
        found[0].message,
        "Decision 33/QĐ-TTg was signed on 07/01/2026, not 07/01/2025."
    );
    assert!(found[1].message.contains("there is none of 2023"));
}
