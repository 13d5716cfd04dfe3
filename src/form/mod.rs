//! Report forms (DESIGN §4.4): a form arrives as a tree of plain [`Value`]s and is read
//! tolerantly into a [`ReportForm`]; the names and messages of its fields. The model
//! ([`crate::model::from_form`]) and the rules read it; [`crate::validate_form`] checks
//! it.

pub mod model;
pub mod tape;
pub mod value;

pub use model::{date_numbers, Field, Invalid, ReportForm, Signer, TaskRow, SECTION_KEYS};
pub use value::{escape_segment, pointer_segments, Value, MAX_DEPTH};

use crate::finding::Text;

/// What each field of the form is called on the page, for messages.
const LABELS: &[(&str, &str, &str)] = &[
    ("", "Biểu mẫu báo cáo", "The report form"),
    ("/kind", "Loại văn bản", "Document kind"),
    ("/reportType", "Loại báo cáo", "Report type"),
    ("/year", "Năm báo cáo", "Reporting year"),
    ("/quarter", "Quý", "Quarter"),
    ("/agency", "Cơ quan báo cáo", "Reporting agency"),
    ("/level", "Cấp", "Level"),
    ("/number", "Số, ký hiệu", "Number and symbol"),
    ("/place", "Địa danh", "Place"),
    ("/issuedOn", "Ngày ban hành", "Date of issue"),
    ("/periodFrom", "Kỳ báo cáo từ ngày", "Period from"),
    ("/periodTo", "Kỳ báo cáo đến ngày", "Period to"),
    ("/sections", "Nội dung báo cáo", "Report sections"),
    ("/sections/situation", "Tình hình", "Situation"),
    ("/sections/results", "Kết quả thực hiện", "Results"),
    ("/sections/assessment", "Đánh giá", "Assessment"),
    (
        "/sections/nextSteps",
        "Phương hướng, nhiệm vụ",
        "Next steps",
    ),
    ("/sections/proposals", "Đề xuất, kiến nghị", "Proposals"),
    ("/indicators", "Số liệu", "Indicators"),
    ("/tasks", "Nhiệm vụ", "Tasks"),
    ("/signer", "Người ký", "Signer"),
    ("/signer/authority", "Quyền hạn ký", "Signing authority"),
    ("/signer/title", "Chức vụ người ký", "Signer's title"),
    ("/signer/name", "Họ tên người ký", "Signer's name"),
    ("/recipients", "Nơi nhận", "Recipients"),
];

/// What the field at `pointer` is called: `Ngày ban hành` / `Date of issue`.
pub fn label(pointer: &str) -> Text {
    match LABELS.iter().find(|(p, _, _)| *p == pointer) {
        Some((_, vi, en)) => Text::new(*vi, *en),
        None => match pointer_segments(pointer).as_deref() {
            Some([tasks, n, rest @ ..]) if tasks == "tasks" => {
                let row = n.parse::<usize>().map_or(0, |n| n + 1);
                let (vi, en) = match rest.first().map(String::as_str) {
                    None => ("", ""),
                    Some("ref") => (" (mục kế hoạch)", " (plan item)"),
                    Some("lead") => (" (cơ quan chủ trì)", " (lead)"),
                    Some("partners") => (" (cơ quan phối hợp)", " (partners)"),
                    Some("result") => (" (kết quả)", " (result)"),
                    Some(_) => ("", ""),
                };
                Text::new(format!("Nhiệm vụ thứ {row}{vi}"), format!("Task {row}{en}"))
            }
            _ => Text::new(format!("Trường {pointer}"), format!("The field {pointer}")),
        },
    }
}

/// What a field should hold, for messages: `(vi, en)`.
pub type Expected = (&'static str, &'static str);
pub const TEXT: Expected = ("chuỗi ký tự", "text");
pub const NUMBER: Expected = ("số", "a number");
pub const DATE: Expected = ("ngày dạng dd/mm/yyyy", "a date as dd/mm/yyyy");
pub const OBJECT: Expected = ("đối tượng", "an object");
pub const LIST: Expected = ("danh sách", "a list");

/// `Năm báo cáo phải là số, không phải chuỗi (“mười”).`
pub fn invalid_message(pointer: &str, invalid: &Invalid, expected: Expected) -> Text {
    let name = label(pointer);
    match invalid {
        Invalid::WrongType(vi, en) => Text::new(
            format!("{} phải là {}, không phải {vi}.", name.vi, expected.0),
            format!("{} must be {}, not {en}.", name.en, expected.1),
        ),
        Invalid::Unreadable(found) | Invalid::ImpossibleDate(found) => Text::new(
            format!(
                "{} phải là {}: không đọc được “{found}”.",
                name.vi, expected.0
            ),
            format!(
                "{} must be {}: “{found}” cannot be read.",
                name.en, expected.1
            ),
        ),
    }
}

/// `Chưa nhập Ngày ban hành.`
pub fn missing_message(pointer: &str) -> Text {
    let name = label(pointer);
    Text::new(
        format!("Chưa nhập {}.", lower_first(&name.vi)),
        format!("{} is missing.", name.en),
    )
}

fn lower_first(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(c) => std::iter::once(crate::text::case::lower(c))
            .chain(chars)
            .collect(),
        None => String::new(),
    }
}
