//! P rules: dates that do not exist, periods that run backwards, and a plan's
//! reporting regime, deadlines and campaigns against its data windows, its year or
//! programme period, and its date of issue.
pub mod p001_impossible_date;
pub mod p002_period_reversed;
pub mod p003_period_off_window;
pub mod p004_report_late;
pub mod p005_deadline_before_window_end;
pub mod p006_date_outside_plan;
pub mod p007_programme_period_mismatch;
mod windows;

/// Text as written, its white space (a hard-wrapped line) collapsed.
pub(crate) fn written(text: &str, span: &std::ops::Range<usize>) -> String {
    text.get(span.clone())
        .unwrap_or("")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// A report dated `day`/12/2026 whose abstract is `abstract_` and whose first part
/// holds `line`.
#[cfg(test)]
pub(crate) fn report_doc(abstract_: &str, line: &str, day: &str) -> String {
    format!(
        "ỦY BAN NHÂN DÂN\nTỈNH HƯNG YÊN\n\nSố: 45/BC-UBND\n\nHưng Yên, ngày {day} tháng 12 năm 2026\n\n\
         BÁO CÁO\n\n{abstract_}\n\n\
         I. TÌNH HÌNH CHUNG\n\n{line}\n\nTình hình tội phạm mua bán người được kiểm soát.\n\n\
         II. KẾT QUẢ THỰC HIỆN\n\n1. Công tác truyền thông được triển khai.\n\n\
         III. PHƯƠNG HƯỚNG, NHIỆM VỤ\n\n1. Tiếp tục triển khai Kế hoạch./.\n\n\
         Nơi nhận:\n- Công an tỉnh;\n- Lưu: VT, NC.\n\n\
         TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nNguyễn Văn An\n"
    )
}
