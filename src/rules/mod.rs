//! The rules: one file per rule, grouped by area; [`RULES`] is the one table from
//! code to rule. A code, once given, is never reused or renumbered.

pub mod agency;
pub mod form;
pub mod layout;
pub mod legal;
pub mod limits;
pub mod period;
mod planned;
pub mod report;
pub mod structure;
pub mod target;
#[cfg(test)]
pub(crate) mod testing;

use crate::finding::{Bilingual, Diagnostic, Severity, Text};
use crate::messages;
use crate::reader::Document;
use crate::text::Source;
use crate::Options;

/// The family a rule belongs to; its letter starts the rule's code.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Area {
    Structure,
    Layout,
    Agency,
    Period,
    Target,
    Report,
    Legal,
    /// About the check itself (X): what its limits left out.
    Limits,
}

impl Area {
    pub fn letter(self) -> char {
        match self {
            Area::Structure => 'S',
            Area::Layout => 'F',
            Area::Agency => 'A',
            Area::Period => 'P',
            Area::Target => 'T',
            Area::Report => 'R',
            Area::Legal => 'L',
            Area::Limits => 'X',
        }
    }

    pub fn title(self) -> Text {
        match self {
            Area::Structure => messages::area_structure(),
            Area::Layout => messages::area_layout(),
            Area::Agency => messages::area_agency(),
            Area::Period => messages::area_period(),
            Area::Target => messages::area_target(),
            Area::Report => messages::area_report(),
            Area::Legal => messages::area_legal(),
            Area::Limits => messages::area_limits(),
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Status {
    Implemented,
    /// The code is fixed; the check comes with a later issue.
    Planned,
}

/// What a rule written over the model sees: the same for a text and a form.
pub struct ModelContext<'a> {
    pub model: &'a crate::model::Model<'a>,
    pub options: &'a Options,
    pub profile: &'a crate::profile::Profile,
}

/// A rule's check over the model.
pub type ModelCheck = fn(&ModelContext, &mut Vec<Diagnostic>);

pub struct Rule {
    pub code: &'static str,
    /// kebab-case, for people and URLs.
    pub name: &'static str,
    pub area: Area,
    pub severity: Severity,
    pub status: Status,
    pub title_vi: &'static str,
    pub title_en: &'static str,
    /// The rule's doc comment: Vietnamese, a `---` line, then English. Empty in the
    /// wasm, whose `rules()` reads them from `docs/rules.json`, as are `name` and the
    /// titles.
    pub docs: &'static str,
    /// The check over the model ([`crate::model`]), for texts and forms alike; `None`
    /// for a planned rule and for the check's own (X) rules.
    pub check: Option<ModelCheck>,
}

impl Rule {
    pub fn title(&self) -> Text {
        Text::new(self.title_vi, self.title_en)
    }

    /// The doc comment split into its Vietnamese and English halves.
    pub fn docs(&self) -> Text {
        let mut vi = String::new();
        let mut en = String::new();
        let mut english = false;
        for line in self.docs.lines() {
            let line = line.strip_prefix(' ').unwrap_or(line);
            if line.trim() == "---" && !english {
                english = true;
                continue;
            }
            let half = if english { &mut en } else { &mut vi };
            half.push_str(line);
            half.push('\n');
        }
        Text::new(vi.trim().to_owned(), en.trim().to_owned())
    }

    /// A form diagnostic of this rule on the field at `path` (a JSON Pointer).
    pub fn report_field(&self, path: impl Into<String>, message: Text) -> Diagnostic {
        self.report_at(crate::finding::Location::Path(path.into()), message)
    }

    /// A diagnostic of this rule at `span`.
    pub fn report(&self, span: std::ops::Range<usize>, message: Text) -> Diagnostic {
        self.report_at(crate::finding::Location::Span(span), message)
    }

    /// A diagnostic of this rule at a span of the text or a field of the form. Out of
    /// line: the rules make findings at some fifty places.
    #[inline(never)]
    pub fn report_at(&self, at: crate::finding::Location, message: Text) -> Diagnostic {
        Diagnostic {
            code: self.code,
            severity: self.severity,
            message,
            at,
            related: Vec::new(),
            hint: None,
            suggestion: None,
        }
    }
}

/// Declares a rule from its doc comment and metadata, so the docs are written once.
/// `check` is the check over the model, for texts and forms alike.
macro_rules! declare_rule {
    (
        $(#[doc = $doc:literal])+
        pub static $id:ident = Rule {
            code: $code:literal,
            name: $name:literal,
            area: $area:ident,
            severity: $severity:ident,
            title: ($vi:literal, $en:literal),
            $(check: $model:expr,)?
        };
    ) => {
        $(#[doc = $doc])+
        pub static $id: $crate::rules::Rule = $crate::rules::Rule {
            code: $code,
            area: $crate::rules::Area::$area,
            severity: $crate::finding::Severity::$severity,
            status: $crate::rules::Status::Implemented,
            // The browser gets the names, titles and docs from pkg/baocao.rules.json
            // (docs/rules.json), when it asks: not in the wasm that every visitor
            // downloads, whose findings carry only the code.
            #[cfg(not(target_arch = "wasm32"))]
            name: $name,
            #[cfg(not(target_arch = "wasm32"))]
            title_vi: $vi,
            #[cfg(not(target_arch = "wasm32"))]
            title_en: $en,
            #[cfg(not(target_arch = "wasm32"))]
            docs: concat!($($doc, "\n"),+),
            #[cfg(target_arch = "wasm32")]
            name: "",
            #[cfg(target_arch = "wasm32")]
            title_vi: "",
            #[cfg(target_arch = "wasm32")]
            title_en: "",
            #[cfg(target_arch = "wasm32")]
            docs: "",
            check: $crate::rules::declare_rule!(@some $($model)?),
        };
    };
    (@some) => { None };
    (@some $check:expr) => { Some($check) };
}
pub(crate) use declare_rule;

/// Every rule, implemented or planned, in catalogue order.
pub static RULES: &[&Rule] = &[
    &structure::s001_missing_part::RULE,
    &structure::s002_part_order::RULE,
    &structure::s003_numbering::RULE,
    &structure::s004_lettering::RULE,
    &structure::s005_empty_heading::RULE,
    &layout::f001_number_symbol::RULE,
    &layout::f002_draft_placeholder::RULE,
    &layout::f003_place_date::RULE,
    &layout::f004_signature::RULE,
    &layout::f005_recipients::RULE,
    &layout::f006_form_field::RULE,
    &agency::a001_task_without_lead::RULE,
    &agency::a002_unknown_agency::RULE,
    &agency::a003_agency_not_existing::RULE,
    &agency::a004_agency_wrong_level::RULE,
    &agency::a005_assigned_outside_authority::RULE,
    &period::p001_impossible_date::RULE,
    &period::p002_period_reversed::RULE,
    &period::p003_period_off_window::RULE,
    &period::p004_report_late::RULE,
    &period::p005_deadline_before_window_end::RULE,
    &period::p006_date_outside_plan::RULE,
    &period::p007_programme_period_mismatch::RULE,
    &target::t001_percentage_out_of_range::RULE,
    &target::t002_rate_mismatch::RULE,
    &target::t003_part_exceeds_whole::RULE,
    &target::t004_target_missed::RULE,
    &target::t005_missed_target_unexplained::RULE,
    &target::t006_target_weaker_than_national::RULE,
    &target::t007_invalid_count::RULE,
    &report::r001_task_not_reported::RULE,
    &legal::l001_legal_reference::RULE,
    &limits::x001_more_findings::RULE,
];

/// A rule as `rules()` in JavaScript and `baocao rules --format json` describe it.
#[derive(Clone, Debug)]
pub struct RuleInfo {
    pub code: &'static str,
    pub name: &'static str,
    /// The area's letter: S, F, A, P, T, R, L, X.
    pub area: String,
    pub area_title: Bilingual,
    pub severity: Severity,
    /// `implemented` or `planned`.
    pub status: &'static str,
    pub title: Bilingual,
    /// Markdown; empty for planned rules.
    pub docs: Bilingual,
}

impl RuleInfo {
    /// Appends the rule as a JSON object, as `RuleInfo` in the TypeScript types.
    pub fn write_json(&self, out: &mut String) {
        crate::json_text::Object::new(out)
            .str("code", self.code)
            .str("name", self.name)
            .str("area", &self.area)
            .bilingual("areaTitle", &self.area_title.vi, &self.area_title.en)
            .str("severity", self.severity.as_str())
            .str("status", self.status)
            .bilingual("title", &self.title.vi, &self.title.en)
            .bilingual("docs", &self.docs.vi, &self.docs.en)
            .end();
    }
}

impl Rule {
    pub fn info(&self) -> RuleInfo {
        RuleInfo {
            code: self.code,
            name: self.name,
            area: self.area.letter().to_string(),
            area_title: self.area.title().into(),
            severity: self.severity,
            status: match self.status {
                Status::Implemented => "implemented",
                Status::Planned => "planned",
            },
            title: self.title().into(),
            docs: self.docs().into(),
        }
    }
}

pub fn find(code: &str) -> Option<&'static Rule> {
    RULES
        .iter()
        .copied()
        .find(|r| r.code.eq_ignore_ascii_case(code))
}

/// Runs every rule on a text: the model the text reader fills, judged.
pub fn check_document(source: &Source, doc: &Document, options: &Options) -> Vec<Diagnostic> {
    let registry = options.profile().registry();
    check_model(&crate::model::from_text(doc, source, registry), options)
}

/// Runs every rule's check over the model.
pub fn check_model(model: &crate::model::Model, options: &Options) -> Vec<Diagnostic> {
    let ctx = ModelContext {
        model,
        options,
        profile: options.profile(),
    };
    let mut out = Vec::new();
    for rule in RULES {
        if let Some(check) = rule.check {
            check(&ctx, &mut out);
        }
    }
    out
}

#[cfg(test)]
mod registry_tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn codes_are_unique_and_name_their_area() {
        let mut seen = HashSet::new();
        for rule in RULES {
            assert!(seen.insert(rule.code), "duplicate code {}", rule.code);
            assert!(
                rule.code.starts_with(rule.area.letter()),
                "{} in wrong area",
                rule.code
            );
            assert_eq!(rule.code.len(), 4, "{}", rule.code);
            assert!(find(rule.code).is_some_and(|r| std::ptr::eq(r, *rule)));
        }
    }

    #[test]
    fn every_catalogue_code_is_registered() {
        let catalogue = [
            "S001", "S002", "S003", "S004", "S005", "F001", "F002", "F003", "F004", "F005", "A001",
            "A002", "A003", "A004", "A005", "P001", "P002", "P003", "P004", "P005", "P006", "P007",
            "T001", "T002", "T003", "T004", "T005", "T006", "T007", "R001", "L001", "X001",
        ];
        // The code the check gives the findings past its limit is registered.
        assert_eq!(
            find(crate::limits::MORE).map(|r| r.severity),
            Some(Severity::Info)
        );
        for code in catalogue {
            assert!(find(code).is_some(), "{code} is not registered");
        }
    }

    #[test]
    fn implemented_rules_have_docs_in_both_languages() {
        let vi_headings = ["## Lỗi gì", "## Vì sao", "## Ví dụ sai", "## Ví dụ đúng"];
        let en_headings = [
            "## What it finds",
            "## Why it matters",
            "## Wrong",
            "## Right",
        ];
        for rule in RULES.iter().filter(|r| r.status == Status::Implemented) {
            let docs = rule.docs();
            for h in vi_headings {
                assert!(
                    docs.vi.contains(h),
                    "{}: Vietnamese docs lack {h}",
                    rule.code
                );
            }
            for h in en_headings {
                assert!(docs.en.contains(h), "{}: English docs lack {h}", rule.code);
            }
            // X rules are reported by the check itself (crate::limits), not a rule's.
            assert!(
                rule.check.is_some() || rule.area == Area::Limits,
                "{} has no check",
                rule.code
            );
        }
        for rule in RULES.iter().filter(|r| r.status == Status::Planned) {
            assert!(rule.check.is_none());
            assert!(!rule.title_vi.is_empty() && !rule.title_en.is_empty());
        }
    }

    #[test]
    fn names_are_kebab_case_and_unique() {
        let mut seen = HashSet::new();
        for rule in RULES {
            assert!(seen.insert(rule.name), "duplicate name {}", rule.name);
            assert!(rule
                .name
                .chars()
                .all(|c| c.is_ascii_lowercase() || c == '-' || c.is_ascii_digit()));
        }
    }
}
