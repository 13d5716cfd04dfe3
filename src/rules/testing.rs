//! Helpers for the pass/fail tables at the end of every rule file.

use crate::{check_text, Finding, Options};

/// A complete, correct plan around `body`: header, legal basis, recipients, signature.
pub fn plan(body: &str) -> String {
    format!(
        "ỦY BAN NHÂN DÂN\nTỈNH LẠNG SƠN\n\nSố: 12/KH-UBND\n\nLạng Sơn, ngày 05 tháng 02 năm 2026\n\n\
         KẾ HOẠCH\n\nPhòng, chống mua bán người năm 2026\n\n\
         Thực hiện Kế hoạch số 53/KH-BCĐ ngày 05/02/2025 của Ban Chỉ đạo 138/CP, Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:\n\n\
         {body}\n\nNơi nhận:\n- Công an tỉnh;\n- Lưu: VT, NC.\n\n\
         TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nNguyễn Văn An\n"
    )
}

/// A correct body for [`plan`]: every required part, numbered in order.
pub const BODY: &str = "I. MỤC TIÊU, YÊU CẦU\n\n1. Mục tiêu\n\nNâng cao nhận thức của Nhân dân.\n\n\
II. NHIỆM VỤ, GIẢI PHÁP\n\n1. Công tác truyền thông\n\na) Tuyên truyền trên báo chí.\n\nb) Tuyên truyền tại cơ sở.\n\n\
(Sở Văn hóa, Thể thao và Du lịch chủ trì, phối hợp các sở, ngành thực hiện)\n\n\
2. Công tác phòng ngừa\n\n- Công an tỉnh chủ trì thực hiện.\n\n\
III. TỔ CHỨC THỰC HIỆN\n\n1. Các sở, ngành triển khai thực hiện Kế hoạch này./.";

/// A complete plan with `from` in [`plan`]`(`[`BODY`]`)` replaced by `to`.
pub fn plan_with(from: &str, to: &str) -> String {
    let text = plan(BODY);
    assert!(text.contains(from), "the test plan has no {from:?}");
    text.replacen(from, to, 1)
}

/// The last item of [`BODY`]'s organisation part.
const LAST_ITEM: &str = "1. Các sở, ngành triển khai thực hiện Kế hoạch này./.";

/// A complete plan with `item` as item 2 of its organisation part (`Tổ chức thực hiện`),
/// where the reporting regime, deadlines and campaigns of a plan stand.
pub fn with_item(item: &str) -> String {
    plan_with(LAST_ITEM, &format!("{LAST_ITEM}\n\n2. {item}"))
}

/// The findings of one rule on a text.
pub fn findings(code: &str, text: &str) -> Vec<Finding> {
    check_text(text, &Options::default())
        .findings
        .into_iter()
        .filter(|f| f.code == code)
        .collect()
}

/// 1-based line on which the first occurrence of `needle` ends.
pub fn line_of(text: &str, needle: &str) -> usize {
    let at = text
        .find(needle)
        .unwrap_or_else(|| panic!("no {needle:?} in the text"))
        + needle.len();
    text[..at].matches('\n').count() + 1
}

/// Asserts the table of a rule: no finding on each `pass`, and on each `fail` a finding
/// on the line containing its needle, whose message contains the given words.
pub fn assert_table(code: &str, pass: &[String], fail: &[(String, &str, &str)]) {
    for (i, text) in pass.iter().enumerate() {
        let found = findings(code, text);
        assert!(
            found.is_empty(),
            "{code} pass case {i} got findings: {found:#?}\n---\n{text}"
        );
    }
    for (i, (text, needle, words)) in fail.iter().enumerate() {
        let found = findings(code, text);
        let line = line_of(text, needle);
        assert!(
            found.iter().any(|f| f.line == line && f.message.contains(words)),
            "{code} fail case {i}: expected a finding on line {line} ({needle:?}) saying {words:?}, got {found:#?}\n---\n{text}"
        );
    }
}
