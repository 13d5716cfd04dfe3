//! The second wasm (feature `docx-wasm`, wasm32 only): the .docx reader alone, so that
//! the main wasm, which every visitor of a portal downloads, does not carry it. It reads
//! a Word document into text and has the main wasm's `checkDocument` (passed in as a
//! function) check that text, then gives each finding its Word paragraph and excerpt.
//!
//! With feature `docx-api` the same function is an export of the main API instead, and
//! `check` is that module's own `checkDocument`: the file checker, the text checker and
//! the reader in one wasm (see Cargo.toml).
//!
//! ```js
//! import init, { checkDocument } from "./pkg/baocao.js";
//! import initDocx, { checkDocx } from "./pkg/baocao_docx.js";
//! await Promise.all([init(), initDocx()]);
//! const findings = checkDocx(new Uint8Array(await file.arrayBuffer()), { lang: "vi" });
//! ```
//!
//! `checkDocx` is a few lines that scripts/build.sh appends to this module's glue:
//! `checkDocxWith(bytes, options, checkDocument)`.

use js_sys::{Array, Function, JsString, RangeError, Reflect, TypeError};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::js_type::describe;
use crate::Lang;

/// The name errors are given, as before the reader moved out of the main wasm.
const FN: &str = "checkDocx";

/// Checks a plan or report given as a Word document (.docx: the bytes of the file, as
/// `new Uint8Array(await file.arrayBuffer())`), read in the page: nothing is sent
/// anywhere. `check` is the main module's `checkDocument`, which checks the text read
/// and the options. Each finding has `paragraph` and `excerpt`; `line`, `start` and
/// `end` point into the text read from the document.
///
/// Throws a `TypeError` when `bytes` is not a `Uint8Array` (or `ArrayBuffer`), a
/// `RangeError` past 50,000,000 bytes, and an `Error` for a file that is not a .docx or
/// is damaged, a zip bomb or XML with a DTD; its `message` is English, its `messageVi`
/// Vietnamese. `check`'s errors (bad options) are thrown as they are, named `checkDocx`.
///
/// `inflated`, when given, holds the deflated parts that `docxParts` listed, inflated
/// by the page (`[name, Uint8Array]`, or `[name, null]` for a stream that would not
/// inflate): the file checker and the reader's wasm for pages that inflate
/// (`baocao_docx_lite_bg.wasm`) have no inflater of their own.
#[wasm_bindgen(js_name = checkDocxWith, skip_typescript)]
pub fn check_docx_with(
    bytes: JsValue,
    options: JsValue,
    check: &Function,
    inflated: JsValue,
) -> Result<JsValue, JsValue> {
    let bytes = file_bytes(&bytes)?.to_vec();
    let extracted = read(&bytes, &inflated).map_err(read_error)?;
    crate::limits::check_text_length(&extracted.text).map_err(|e| file_error(&e.vi, &e.en))?;
    let findings = check
        .call2(
            &JsValue::NULL,
            &JsString::from(extracted.text.as_str()),
            &options,
        )
        .map_err(renamed)?;
    let lang = get(&options, "lang")
        .ok()
        .and_then(|l| l.as_string())
        .and_then(|l| Lang::parse(&l))
        .unwrap_or_default();
    let lines: Vec<&str> = extracted.text.split('\n').collect();
    let findings: Array = findings.dyn_into()?;
    for f in findings.iter() {
        let line = get(&f, "line")?.as_f64().unwrap_or(0.0) as usize;
        let code = get(&f, "code")?.as_string().unwrap_or_default();
        let Some(at) = extracted.location(&lines, line, &code, lang) else {
            continue;
        };
        if let Some(hint) = at.hint {
            set(&f, "hint", &JsString::from(hint.as_str()))?;
        }
        set(&f, "paragraph", &js_number(at.paragraph as u32))?;
        set(&f, "excerpt", &JsString::from(at.excerpt.as_str()))?;
    }
    Ok(findings.into())
}

/// The document's text, read by a build without the inflater (the file checker, the
/// reader's wasm for pages that inflate): its deflated parts taken as the page gave them
/// (`inflated`). Without `inflated`, none are given: a deflated part is then one this
/// wasm cannot read (`Unsupported`).
#[cfg(not(feature = "inflate"))]
fn read(
    bytes: &[u8],
    inflated: &JsValue,
) -> Result<crate::docx::Extracted, crate::docx::DocxError> {
    use crate::docx::DocxError;
    let given: Vec<Array> = Array::is_array(inflated)
        .then(|| inflated.unchecked_ref::<Array>().iter())
        .into_iter()
        .flatten()
        .filter(Array::is_array)
        .map(JsCast::unchecked_into)
        .collect();
    crate::docx::extract_with(bytes, |name: &str, _: &[u8], most| {
        let part = given
            .iter()
            .find(|p| p.get(0).as_string().as_deref() == Some(name));
        match part.map(|p| p.get(1)) {
            Some(data) => match data.dyn_ref::<js_sys::Uint8Array>() {
                Some(data) if data.length() as usize > most => Err(DocxError::TooLarge),
                Some(data) => Ok(data.to_vec()),
                None => Err(DocxError::Truncated),
            },
            None => Err(DocxError::Unsupported("deflate")),
        }
    })
}

/// The reader's own wasm with its inflater inflates every part itself.
#[cfg(feature = "inflate")]
fn read(bytes: &[u8], _: &JsValue) -> Result<crate::docx::Extracted, crate::docx::DocxError> {
    crate::docx::extract(bytes)
}

/// The deflated parts of a Word document that `checkDocxWith` will want inflated, each
/// `[name, start, end, most, mostTogether]`: its raw deflate stream is
/// `bytes.subarray(start, end)`, and an inflater may stop one byte past `most`, or past
/// `mostTogether` with the parts before it (more is refused as a zip bomb). The
/// page inflates them with `DecompressionStream("deflate-raw")` for the builds without an
/// inflater. Throws as `checkDocxWith` does for bytes that are not a readable zip archive.
#[cfg(not(feature = "inflate"))]
#[wasm_bindgen(js_name = docxParts, skip_typescript)]
pub fn docx_parts(bytes: JsValue) -> Result<Array, JsValue> {
    let bytes = file_bytes(&bytes)?.to_vec();
    let parts = crate::docx::deflated_parts(&bytes).map_err(read_error)?;
    let out = Array::new();
    for p in parts {
        let part = Array::new();
        part.push(&JsString::from(p.name));
        for n in [p.raw.start, p.raw.end, p.most, crate::docx::MAX_INFLATED] {
            part.push(&js_number(n as u32));
        }
        out.push(&part);
    }
    Ok(out)
}

/// `object[key]`, out of line: one copy of the key's conversion for all the reads.
#[inline(never)]
fn get(object: &JsValue, key: &str) -> Result<JsValue, JsValue> {
    Reflect::get(object, &JsString::from(key))
}

/// `object[key] = value`, out of line as [`get`].
#[inline(never)]
fn set(object: &JsValue, key: &str, value: &JsValue) -> Result<bool, JsValue> {
    Reflect::set(object, &JsString::from(key), value)
}

/// `bytes` as a `Uint8Array` (or `ArrayBuffer`) within the limit on a file.
fn file_bytes(bytes: &JsValue) -> Result<js_sys::Uint8Array, JsValue> {
    let array = if let Some(a) = bytes.dyn_ref::<js_sys::Uint8Array>() {
        a.clone()
    } else if let Some(b) = bytes.dyn_ref::<js_sys::ArrayBuffer>() {
        js_sys::Uint8Array::new(b)
    } else {
        return Err(not_bytes(bytes));
    };
    let len = array.length() as u64;
    if len > crate::limits::MAX_FILE_BYTES {
        return Err(too_long(len));
    }
    Ok(array)
}

// The errors of `file_bytes` are built out of line: it is inlined into both exports.
#[cold]
#[inline(never)]
fn not_bytes(bytes: &JsValue) -> JsValue {
    TypeError::new(&format!(
        "{FN}: bytes must be a Uint8Array, got {}",
        describe(bytes)
    ))
    .into()
}

#[cold]
#[inline(never)]
fn too_long(len: u64) -> JsValue {
    RangeError::new(&format!(
        "{FN}: bytes: the file is {len} bytes, over the limit of {} bytes",
        crate::limits::MAX_FILE_BYTES
    ))
    .into()
}

#[wasm_bindgen]
extern "C" {
    /// `Number(n)`: a paragraph's number as a JS number, by a named import. A cast
    /// (`JsValue::from(f64)`) would be a generic intrinsic, numbered by the casts each wasm
    /// has, and the file checker shares its glue with checkers that have no such cast.
    #[wasm_bindgen(js_name = Number)]
    fn js_number(n: u32) -> JsValue;
}

/// A Word file the reader refused, as [`file_error`] says it.
fn read_error(e: crate::docx::DocxError) -> JsValue {
    let (vi, en) = e.text();
    file_error(&vi, &en)
}

/// A file that cannot be read: an `Error` in English, its `messageVi` in Vietnamese.
fn file_error(vi: &str, en: &str) -> JsValue {
    let e = js_sys::Error::new(&[FN, ": ", en].concat());
    let _ = set(&e, "messageVi", &JsString::from(vi));
    e.into()
}

/// An error of `checkDocument` (bad options), named as the function called.
fn renamed(error: JsValue) -> JsValue {
    if let Some(e) = error.dyn_ref::<js_sys::Error>() {
        let message: String = e.message().into();
        if let Some(rest) = message.strip_prefix("checkDocument: ") {
            e.set_message(&[FN, ": ", rest].concat());
        }
    }
    error
}
