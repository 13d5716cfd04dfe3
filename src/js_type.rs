//! What both wasm boundaries (`wasm.rs`, `wasm_docx.rs`) say of a wrong argument.

use js_sys::Array;
use wasm_bindgen::JsValue;

/// A JS value's type, as a person would name it in an error message.
pub(crate) fn describe(value: &JsValue) -> String {
    if value.is_undefined() {
        "undefined".into()
    } else if value.is_null() {
        "null".into()
    } else if Array::is_array(value) {
        "array".into()
    } else {
        value.js_typeof().as_string().unwrap_or_else(|| "?".into())
    }
}
