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
use crate::messages;

/// What each field of the form is called on the page, for messages; `None` for a
/// field with no name of its own.
fn field_name(pointer: &str) -> Option<Text> {
    Some(match pointer {
        "" => messages::form_label_form(),
        "/kind" => messages::form_label_kind(),
        "/reportType" => messages::form_label_report_type(),
        "/year" => messages::form_label_year(),
        "/quarter" => messages::form_label_quarter(),
        "/agency" => messages::form_label_agency(),
        "/level" => messages::form_label_level(),
        "/number" => messages::form_label_number(),
        "/place" => messages::form_label_place(),
        "/issuedOn" => messages::form_label_issued_on(),
        "/periodFrom" => messages::form_label_period_from(),
        "/periodTo" => messages::form_label_period_to(),
        "/sections" => messages::form_label_sections(),
        "/sections/situation" => messages::form_label_situation(),
        "/sections/results" => messages::form_label_results(),
        "/sections/assessment" => messages::form_label_assessment(),
        "/sections/nextSteps" => messages::form_label_next_steps(),
        "/sections/proposals" => messages::form_label_proposals(),
        "/indicators" => messages::form_label_indicators(),
        "/tasks" => messages::form_label_tasks(),
        "/signer" => messages::form_label_signer(),
        "/signer/authority" => messages::form_label_signer_authority(),
        "/signer/title" => messages::form_label_signer_title(),
        "/signer/name" => messages::form_label_signer_name(),
        "/recipients" => messages::form_label_recipients(),
        _ => return None,
    })
}

/// What the field at `pointer` is called: `Ngày ban hành` / `Date of issue`.
pub fn label(pointer: &str) -> Text {
    match field_name(pointer) {
        Some(name) => name,
        None => match pointer_segments(pointer).as_deref() {
            Some([tasks, n, rest @ ..]) if tasks == "tasks" => {
                let row = n.parse::<usize>().map_or(0, |n| n + 1);
                let part = match rest.first().map(String::as_str) {
                    Some("ref") => messages::form_task_ref(),
                    Some("lead") => messages::form_task_lead(),
                    Some("partners") => messages::form_task_partners(),
                    Some("result") => messages::form_task_result(),
                    // The task itself, or a field with no name of its own.
                    _ => return messages::form_label_task(row, ""),
                };
                messages::form_label_task(row, part)
            }
            _ => messages::form_label_field(pointer),
        },
    }
}

/// What a field should hold, for messages.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Expected {
    Text,
    Number,
    Date,
    Object,
    List,
}
pub const TEXT: Expected = Expected::Text;
pub const NUMBER: Expected = Expected::Number;
pub const DATE: Expected = Expected::Date;
pub const OBJECT: Expected = Expected::Object;
pub const LIST: Expected = Expected::List;

impl Expected {
    /// `chuỗi ký tự` / `text`.
    pub fn text(self) -> Text {
        match self {
            Expected::Text => messages::form_expected_text(),
            Expected::Number => messages::form_expected_number(),
            Expected::Date => messages::form_expected_date(),
            Expected::Object => messages::form_expected_object(),
            Expected::List => messages::form_expected_list(),
        }
    }
}

/// `Năm báo cáo phải là số, không phải chuỗi (“mười”).`
pub fn invalid_message(pointer: &str, invalid: &Invalid, expected: Expected) -> Text {
    let name = label(pointer);
    match invalid {
        Invalid::WrongType(kind) => messages::form_wrong_type(name, expected.text(), kind.name()),
        Invalid::Unreadable(found) | Invalid::ImpossibleDate(found) => {
            messages::form_unreadable(name, expected.text(), found)
        }
    }
}

/// `Chưa nhập Ngày ban hành.`
pub fn missing_message(pointer: &str) -> Text {
    let mut name = label(pointer);
    name.vi = lower_first(&name.vi);
    messages::form_missing(name)
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
