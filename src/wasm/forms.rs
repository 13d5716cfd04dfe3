//! `validateForm` and `validateField`: a report form. Not in the text checker's wasm
//! (feature `text-wasm`).

use js_sys::Array;
use wasm_bindgen::prelude::*;

use super::{findings_js, js_value, quoted, read_options, string_argument, ApiError};
use crate::js_type::describe;
use crate::Options;

/// Checks a report form (DESIGN §4.4) and returns its findings in the order of the
/// form's fields; each has `path`, the JSON Pointer of its field.
///
/// Throws a `TypeError` when `form` is not an object or nests deeper than the form
/// can, a `RangeError` past a limit (10,000 items in a list, 100,000 values, 20,000,000
/// characters of text: README, Limits), and for bad options as `checkDocument` does.
/// Fields of the wrong type are findings, not errors.
#[wasm_bindgen(js_name = validateForm, unchecked_return_type = "Finding[]")]
pub fn validate_form(
    #[wasm_bindgen(unchecked_param_type = "ReportForm")] form: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "FormOptions")] options: Option<JsValue>,
) -> Result<JsValue, JsValue> {
    const FN: &str = "validateForm";
    let run = || -> Result<JsValue, ApiError> {
        let form = form_argument(&form)?;
        let options = read_form_options(options.as_ref())?;
        findings_js(&crate::validate_form(&form, &options))
    };
    run().map_err(|e| e.into_js(FN))
}

/// The findings of `validateForm` that concern the field at `pointer` (a JSON Pointer
/// such as `"/periodTo"`; `""` is the whole form), cross-field ones included: call it
/// when one field changes.
#[wasm_bindgen(js_name = validateField, unchecked_return_type = "Finding[]")]
pub fn validate_field(
    #[wasm_bindgen(unchecked_param_type = "ReportForm")] form: JsValue,
    #[wasm_bindgen(unchecked_param_type = "string")] pointer: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "FormOptions")] options: Option<JsValue>,
) -> Result<JsValue, JsValue> {
    const FN: &str = "validateField";
    let run = || -> Result<JsValue, ApiError> {
        let form = form_argument(&form)?;
        let pointer = string_argument("pointer", &pointer)?;
        if crate::form::pointer_segments(&pointer).is_none() {
            return Err(ApiError::Value(format!(
                "pointer must be a JSON Pointer such as \"/periodTo\" (or \"\" for the whole form), got {}",
                quoted(&pointer)
            )));
        }
        let options = read_form_options(options.as_ref())?;
        findings_js(&crate::validate_field(&form, &pointer, &options))
    };
    run().map_err(|e| e.into_js(FN))
}

/// The form argument: a plain object, read into the core's value tree.
fn form_argument(form: &JsValue) -> Result<crate::form::Value, ApiError> {
    if !form.is_object() || Array::is_array(form) || form.is_function() {
        return Err(ApiError::Type(format!(
            "form must be an object, got {}",
            describe(form)
        )));
    }
    js_value(form, "form")
}

/// Options of the form functions: those of `checkDocument` but `kind`.
fn read_form_options(options: Option<&JsValue>) -> Result<Options, ApiError> {
    let mut options = read_options(options)?;
    options.kind = None;
    Ok(options)
}
