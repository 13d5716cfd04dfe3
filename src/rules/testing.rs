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

/// A complete, correct half-year report of a provincial department, sent on
/// 15/06/2026, with `results` as the body of its results part and `assessment` as its
/// assessment part.
pub fn report(results: &str, assessment: &str) -> String {
    format!(
        "UBND TỈNH HƯNG YÊN\nSỞ Y TẾ\n\nSố: 45/BC-SYT\n\nHưng Yên, ngày 15 tháng 6 năm 2026\n\n\
         BÁO CÁO\n\nKết quả công tác phòng, chống mua bán người 6 tháng đầu năm 2026\n\n\
         Thực hiện Kế hoạch số 61/KH-UBND ngày 27/3/2026 của Ủy ban nhân dân tỉnh, Sở Y tế báo cáo kết quả từ ngày 15/12/2025 đến ngày 14/6/2026 như sau:\n\n\
         I. TÌNH HÌNH\n\nTình hình tội phạm mua bán người trên địa bàn cơ bản được kiểm soát.\n\n\
         II. KẾT QUẢ THỰC HIỆN\n\n{results}\n\n\
         III. ĐÁNH GIÁ\n\n{assessment}\n\n\
         IV. PHƯƠNG HƯỚNG, NHIỆM VỤ 6 THÁNG CUỐI NĂM\n\nTiếp tục tuyên truyền tại cơ sở.\n\n\
         Nơi nhận:\n- Công an tỉnh;\n- Lưu: VT.\n\n\
         KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\nTrần Thị Bình\n"
    )
}

/// An assessment that explains nothing.
pub const PLAIN_ASSESSMENT: &str = "Các đơn vị phối hợp chặt chẽ, hoàn thành các nhiệm vụ đề ra.";

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
        assert_findings(code, text, &[(needle, words)], &format!("fail case {i}"));
    }
}

/// Asserts that `text` gets exactly the findings of `code` listed, in order: each on the
/// line of its needle, its span within that line, its message holding the words.
pub fn assert_findings(code: &str, text: &str, expected: &[(&str, &str)], case: &str) {
    let found = findings(code, text);
    let matches = |f: &Finding, (needle, words): &(&str, &str)| {
        let line = line_of(text, needle);
        let line_text = text.lines().nth(line - 1).unwrap_or("");
        let span = selected(text, f);
        f.line == line
            && f.message.contains(words)
            && !span.is_empty()
            && line_text.contains(span.lines().next().unwrap_or(""))
    };
    assert!(
        found.len() == expected.len() && found.iter().zip(expected).all(|(f, e)| matches(f, e)),
        "{code} {case}: expected exactly {expected:?} (each on its needle's line, its span on that line), got {found:#?}\n---\n{text}"
    );
}

/// The text a finding's span selects (its UTF-16 offsets, as a page uses them).
pub fn selected(text: &str, f: &Finding) -> String {
    let units: Vec<u16> = text.encode_utf16().collect();
    String::from_utf16_lossy(&units[f.start.min(units.len())..f.end.min(units.len())])
}

/// Asserts a rule's table on texts strictly: no finding on each `pass`; on each
/// `fail`, exactly the findings listed, each as the text its span selects and words of
/// its message, in order.
pub fn assert_spans(
    code: &str,
    options: &Options,
    pass: &[String],
    fail: &[(String, &[(&str, &str)])],
) {
    let of_rule = |text: &str| -> Vec<Finding> {
        check_text(text, options)
            .findings
            .into_iter()
            .filter(|f| f.code == code)
            .collect()
    };
    for (i, text) in pass.iter().enumerate() {
        let found = of_rule(text);
        assert!(
            found.is_empty(),
            "{code} pass case {i} got findings: {found:#?}\n---\n{text}"
        );
    }
    for (i, (text, expected)) in fail.iter().enumerate() {
        let found = of_rule(text);
        let got: Vec<(String, &str)> = found
            .iter()
            .map(|f| (selected(text, f), f.message.as_str()))
            .collect();
        assert!(
            got.len() == expected.len()
                && got
                    .iter()
                    .zip(expected.iter())
                    .all(|((span, message), (want_span, words))| span == want_span
                        && message.contains(words)),
            "{code} fail case {i}: expected {expected:?}, got {got:#?}\n---\n{text}"
        );
    }
}

/// A complete, correct half-year report form (DESIGN §4.4) from a provincial
/// department, checked on [`FORM_TODAY`].
pub fn report_form() -> serde_json::Value {
    serde_json::json!({
        "kind": "report", "reportType": "half_year", "year": 2026, "quarter": null,
        "agency": "Sở Y tế", "level": "province", "number": "45/BC-SYT",
        "place": "Hưng Yên", "issuedOn": "15/06/2026",
        "periodFrom": "15/12/2025", "periodTo": "14/06/2026",
        "sections": {
            "situation": "Tình hình tội phạm mua bán người trên địa bàn cơ bản được kiểm soát.",
            "results": "Tổ chức 12 buổi tuyên truyền; tiếp nhận, hỗ trợ 6 nạn nhân.",
            "assessment": "Ưu điểm: phối hợp chặt chẽ. Hạn chế: kinh phí còn ít.",
            "nextSteps": "Tiếp tục tuyên truyền tại cơ sở.",
            "proposals": "Đề nghị bổ sung kinh phí hỗ trợ nạn nhân."
        },
        "indicators": {
            "tipsReceived": 20, "tipsResolved": 19, "tipsResolvedRate": "95%",
            "casesInitiated": 4, "casesCleared": 4, "casesProsecuted": 4,
            "casesTried": 4, "victimsIdentified": 6, "victimsSupported": 6
        },
        "tasks": [
            { "ref": "II.5.2", "lead": "Sở Y tế", "partners": ["Công an tỉnh"],
              "result": "Đã tiếp nhận, hỗ trợ 6 nạn nhân." }
        ],
        "signer": { "authority": "KT. GIÁM ĐỐC", "title": "PHÓ GIÁM ĐỐC", "name": "Trần Thị Bình" },
        "recipients": ["Công an tỉnh", "Lưu: VT"]
    })
}

/// The day form tables are checked on: after the half-year report was sent.
pub const FORM_TODAY: &str = "2026-06-20";

/// [`report_form`] with each field at a JSON Pointer set to a value, or removed
/// (`None`).
pub fn form_with(changes: &[(&str, Option<serde_json::Value>)]) -> serde_json::Value {
    let mut form = report_form();
    for (pointer, value) in changes {
        let (parent, key) = pointer.rsplit_once('/').expect("a JSON Pointer");
        let parent = form
            .pointer_mut(parent)
            .unwrap_or_else(|| panic!("the test form has no {parent:?}"));
        match (parent, value) {
            (serde_json::Value::Object(m), Some(v)) => {
                m.insert(key.to_owned(), v.clone());
            }
            (serde_json::Value::Object(m), None) => {
                m.remove(key);
            }
            (serde_json::Value::Array(a), Some(v)) => a[key.parse::<usize>().unwrap()] = v.clone(),
            (serde_json::Value::Array(a), None) => {
                a.remove(key.parse::<usize>().unwrap());
            }
            (other, _) => panic!("{pointer:?}: the parent is {other}"),
        }
    }
    form
}

/// The findings of one rule on a form, checked on [`FORM_TODAY`].
pub fn form_findings(code: &str, form: &serde_json::Value) -> Vec<Finding> {
    let options = Options {
        today: crate::parse_iso_date(FORM_TODAY).ok(),
        ..Options::default()
    };
    let value = crate::form::Value::from_json(form).expect("a test form is shallow");
    crate::validate_form(&value, &options)
        .into_iter()
        .filter(|f| f.code == code)
        .collect()
}

/// Asserts the form table of a rule: no finding on each `pass`, and on each `fail` a
/// finding at the JSON Pointer given whose message contains the given words.
pub fn assert_form_table(
    code: &str,
    pass: &[serde_json::Value],
    fail: &[(serde_json::Value, &str, &str)],
) {
    for (i, form) in pass.iter().enumerate() {
        let found = form_findings(code, form);
        assert!(
            found.is_empty(),
            "{code} form pass case {i} got findings: {found:#?}\n---\n{form:#}"
        );
    }
    for (i, (form, path, words)) in fail.iter().enumerate() {
        let found = form_findings(code, form);
        assert!(
            found.len() == 1
                && found
                    .iter()
                    .all(|f| f.path.as_deref() == Some(*path) && f.message.contains(words)),
            "{code} form fail case {i}: expected one finding, at {path} saying {words:?}, got {found:#?}\n---\n{form:#}"
        );
    }
}

/// Asserts that a form gets exactly the findings of `code` listed, in the form's order:
/// each at its field, its message holding the words; against `profile` (`national`
/// when `None`), checked on [`FORM_TODAY`].
pub fn assert_form_findings(
    code: &str,
    form: &serde_json::Value,
    profile: Option<&crate::profile::Profile>,
    expected: &[(&str, &str)],
) {
    let options = Options {
        today: crate::parse_iso_date(FORM_TODAY).ok(),
        profile: profile.map(|p| crate::ProfileRef::from(p.clone())),
        ..Options::default()
    };
    let value = crate::form::Value::from_json(form).expect("a test form is shallow");
    let found: Vec<Finding> = crate::validate_form(&value, &options)
        .into_iter()
        .filter(|f| f.code == code)
        .collect();
    assert!(
        found.len() == expected.len()
            && found
                .iter()
                .zip(expected)
                .all(|(f, (path, words))| f.path.as_deref() == Some(*path)
                    && f.message.contains(words)),
        "{code}: expected exactly {expected:?}, got {found:#?}\n---\n{form:#}"
    );
}
