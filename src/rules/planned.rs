//! Codes fixed from the first day whose checks come with later issues. When a rule is
//! implemented, it moves to a file of its own under its area and leaves this list.
//! Every code of the catalogue is implemented at the moment; the list is empty.

use super::{Area, Rule, Status};
use crate::finding::Severity;

#[allow(dead_code)]
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
        check: None,
    }
}
