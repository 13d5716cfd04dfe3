//! baocao checks the plans (Kế hoạch) and periodic reports (Báo cáo) that Vietnamese
//! agencies file for the anti-human-trafficking programme.
//!
//! The core knows nothing of JavaScript: [`check_document`] takes text and options and
//! returns [`Finding`]s. `wasm/` (wasm32 only) and the CLI (`main.rs`) are thin layers
//! over it.

/// A file of `data/` as the crate embeds it: its comment lines emptied (`build.rs`).
macro_rules! data_file {
    ($name:literal) => {
        include_str!(concat!(env!("OUT_DIR"), "/data/", $name))
    };
}

pub mod agency;
pub mod assign;
#[cfg(not(target_arch = "wasm32"))]
pub mod batch;
mod derive;
pub mod docx;
pub mod finding;
pub mod form;
// JSON text written by hand: findings and results for the page and the CLI.
mod json_text;
pub mod legal;
pub mod limits;
// The words of findings and errors, from data/messages/ (build.rs).
mod messages;
pub mod model;
pub mod number;
mod options;
#[cfg(all(feature = "pdf", not(target_arch = "wasm32")))]
pub mod pdf;
pub mod period;
pub mod profile;
pub mod reader;
pub mod render;
pub mod rules;
pub mod target;
#[cfg(test)]
mod testing;
pub mod text;

// The main wasm's JS API; the second wasm (feature `docx-wasm`) is the .docx reader
// alone, which checks the text it reads with the main wasm's `checkDocument`. Feature
// `docx-api` puts the reader's `checkDocxWith` beside the API (the file checker).
#[cfg(target_arch = "wasm32")]
mod js_type;
#[cfg(all(target_arch = "wasm32", not(feature = "docx-wasm")))]
pub mod wasm;
#[cfg(all(
    target_arch = "wasm32",
    any(feature = "docx-wasm", feature = "docx-api")
))]
pub mod wasm_docx;

// Talc in place of std's dlmalloc in every wasm: smaller and as fast (benches/size-steps.md,
// row 44). It grows the wasm's memory as dlmalloc did; a failed growth is the same abort.
#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

pub use finding::{Finding, Lang, Severity, Text};
pub use options::{parse_iso_date, OptionError, Options, ProfileRef, PROFILES};
pub use reader::DocKind;
pub use rules::{Rule, RULES};

pub const VERSION: &str = env!("CARGO_PKG_VERSION");

/// The result of checking one text.
#[derive(Clone, Debug)]
pub struct Checked {
    pub kind: DocKind,
    pub findings: Vec<Finding>,
}

/// Checks a plan or report given as text, refusing one longer than
/// [`limits::MAX_TEXT`]: what the CLI and the browser call.
pub fn try_check_text(text: &str, options: &Options) -> Result<Checked, limits::Exceeded> {
    limits::check_text_length(text)?;
    Ok(check_text(text, options))
}

/// Checks a plan or report given as text. Findings are sorted by position, then code;
/// past [`limits::MAX_FINDINGS`] the rest are counted in one info finding. The text's
/// length is not limited here: [`try_check_text`] refuses a text too long.
pub fn check_text(text: &str, options: &Options) -> Checked {
    let source = text::Source::new(text);
    let doc = reader::read(&source, options.kind);
    let mut findings: Vec<Finding> = rules::check_document(&source, &doc, options)
        .iter()
        .map(|d| d.resolve(&source, options.lang))
        .collect();
    findings.sort_by(|a, b| (a.start, a.end, a.code).cmp(&(b.start, b.end, b.code)));
    findings.dedup();
    limits::cap_findings(&mut findings, options.lang);
    Checked {
        kind: doc.kind,
        findings,
    }
}

/// A Word document checked: its text (what the reader read, which the findings' lines
/// and offsets point into) and the result, each finding with its Word paragraph.
#[derive(Clone, Debug)]
pub struct CheckedDocx {
    pub text: String,
    pub checked: Checked,
}

/// Checks a plan or report given as a Word document (.docx): read into text as if
/// pasted (automatic numbering rebuilt, tables laid out, tracked changes accepted),
/// checked, and each finding given its `paragraph` and `excerpt`. A file that is not a
/// Word document, or goes past the limits, is an error saying why.
pub fn check_docx(bytes: &[u8], options: &Options) -> Result<CheckedDocx, DocxFailure> {
    let extracted = docx::extract(bytes).map_err(DocxFailure::Docx)?;
    let mut checked = try_check_text(&extracted.text, options).map_err(DocxFailure::Limit)?;
    extracted.locate(&mut checked.findings, options.lang);
    Ok(CheckedDocx {
        text: extracted.text,
        checked,
    })
}

/// Why [`check_docx`] could not check a file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DocxFailure {
    Docx(docx::DocxError),
    Limit(limits::Exceeded),
}

impl DocxFailure {
    /// The reason in Vietnamese and English.
    pub fn text(&self) -> (String, String) {
        match self {
            DocxFailure::Docx(e) => e.text(),
            DocxFailure::Limit(e) => (e.vi.clone(), e.en.clone()),
        }
    }
}

/// Checks a plan or report given as text.
pub fn check_document(text: &str, options: &Options) -> Vec<Finding> {
    check_text(text, options).findings
}

/// Checks a report form (DESIGN §4.4). Findings are in the order of the form's fields.
pub fn validate_form(form: &form::Value, options: &Options) -> Vec<Finding> {
    rules::form::validate(form, options)
}

/// The findings of [`validate_form`] that concern the field at `pointer` (a JSON
/// Pointer; `""` is the whole form), cross-field ones included.
pub fn validate_field(form: &form::Value, pointer: &str, options: &Options) -> Vec<Finding> {
    rules::form::validate_field(form, pointer, options)
}
