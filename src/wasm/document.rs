//! `checkDocument`: a text. Not in the form checker's wasm (feature `forms-wasm`).

use wasm_bindgen::prelude::*;

use super::{findings_js, read_options, string_argument, ApiError};

/// Checks a plan or report given as text and returns its findings, sorted by position.
///
/// Throws a `TypeError` when `text` is not a string or `options` not an object, and a
/// `RangeError` for a bad option value (`lang: "fr"`, `today: "31/12/2026"`, an unknown
/// profile) or a text past the limit (20,000,000 characters: README, Limits). Past
/// 5,000 findings the rest are counted in one `info` finding, code `X001`.
#[wasm_bindgen(js_name = checkDocument, unchecked_return_type = "Finding[]")]
pub fn check_document(
    #[wasm_bindgen(unchecked_param_type = "string")] text: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "CheckOptions")] options: Option<JsValue>,
) -> Result<JsValue, JsValue> {
    const FN: &str = "checkDocument";
    let run = || -> Result<JsValue, ApiError> {
        let text = string_argument("text", &text)?;
        let options = read_options(options.as_ref())?;
        findings_js(&crate::check_text(&text, &options).findings)
    };
    run().map_err(|e| e.into_js(FN))
}
