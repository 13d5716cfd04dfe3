//! Codes fixed from the first day whose checks come with later issues. When a rule is
//! implemented, it moves to a file of its own under its area and leaves this list.

use super::{Area, Rule, Status};
use crate::finding::Severity;

const fn planned(
    code: &'static str,
    name: &'static str,
    area: Area,
    severity: Severity,
    title_vi: &'static str,
    title_en: &'static str,
) -> Rule {
    Rule {
        code,
        name,
        area,
        severity,
        status: Status::Planned,
        title_vi,
        title_en,
        docs: "",
        check_document: None,
        check_form: None,
    }
}

use Area::{Report, Target};
use Severity::{Error, Warning};

pub static T001: Rule = planned(
    "T001",
    "percentage-out-of-range",
    Target,
    Error,
    "Tỷ lệ phần trăm ngoài 0–100 hoặc không đọc được",
    "A percentage outside 0–100 or unreadable",
);
pub static T002: Rule = planned(
    "T002",
    "rate-mismatch",
    Target,
    Error,
    "Tỷ lệ khai báo khác tỷ lệ tính từ số liệu",
    "A declared rate that differs from the computed rate",
);
pub static T003: Rule = planned(
    "T003",
    "part-exceeds-whole",
    Target,
    Error,
    "Số thành phần lớn hơn tổng số",
    "A part larger than its whole",
);
pub static T004: Rule = planned(
    "T004",
    "target-missed",
    Target,
    Warning,
    "Kết quả thấp hơn chỉ tiêu",
    "A result below its target",
);
pub static T005: Rule = planned(
    "T005",
    "missed-target-unexplained",
    Target,
    Warning,
    "Không đạt chỉ tiêu mà không giải trình",
    "A missed target with no explanation in the assessment",
);
pub static T006: Rule = planned(
    "T006",
    "target-weaker-than-national",
    Target,
    Warning,
    "Chỉ tiêu thấp hơn chỉ tiêu quốc gia",
    "A plan target weaker than the national target",
);
pub static R001: Rule = planned(
    "R001",
    "task-not-reported",
    Report,
    Warning,
    "Báo cáo bỏ sót nhiệm vụ kế hoạch giao",
    "A report that leaves out a task the plan assigned",
);
