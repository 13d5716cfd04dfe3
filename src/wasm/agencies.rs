//! `findAgency` and `suggestAgencies`: the registry of bodies, for the fields that name
//! one. Not in the text checker's wasm (feature `text-wasm`).

use js_sys::{Array, Object};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use super::{parsed, quoted, string_argument, string_option, ApiError};
use crate::agency::{registry, AgencyInfo, Level};
use crate::js_type::describe;
use crate::{json_text, parse_iso_date};

/// The registry's body for a name — `"UBND tỉnh Hưng Yên"`, `"Uỷ ban MTTQ VN xã"`,
/// `"Cong an tinh"` — or `null` when it knows none.
#[wasm_bindgen(js_name = findAgency, unchecked_return_type = "AgencyInfo | null")]
pub fn find_agency(
    #[wasm_bindgen(unchecked_param_type = "string")] name: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "AgencyOptions")] options: Option<JsValue>,
) -> Result<JsValue, JsValue> {
    const FN: &str = "findAgency";
    let run = || -> Result<JsValue, ApiError> {
        let name = string_argument("name", &name)?;
        let level = match options_object(options.as_ref())? {
            Some(o) => string_option(o, "level")?
                .map(|l| {
                    Level::parse(&l).ok_or_else(|| {
                        ApiError::Value(format!(
                            "options.level must be one of central, province, district, commune, got {}",
                            quoted(&l)
                        ))
                    })
                })
                .transpose()?,
            None => None,
        };
        match registry().lookup_in(&name, level) {
            Some(m) => parsed(|out| AgencyInfo::of_match(&m).write_json(out)),
            None => Ok(JsValue::NULL),
        }
    };
    run().map_err(|e| e.into_js(FN))
}

/// Up to `limit` bodies (default 5, at most 20) whose names are nearest to `name`,
/// best first: "did you mean", fast enough for every keystroke. With `options.on`
/// (`YYYY-MM-DD`), only bodies that existed on that day.
#[wasm_bindgen(js_name = suggestAgencies, unchecked_return_type = "AgencyInfo[]")]
pub fn suggest_agencies(
    #[wasm_bindgen(unchecked_param_type = "string")] name: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "number")] limit: Option<JsValue>,
    #[wasm_bindgen(unchecked_optional_param_type = "SuggestOptions")] options: Option<JsValue>,
) -> Result<JsValue, JsValue> {
    const FN: &str = "suggestAgencies";
    let run = || -> Result<JsValue, ApiError> {
        let name = string_argument("name", &name)?;
        let limit = match limit.as_ref().filter(|l| !l.is_undefined() && !l.is_null()) {
            None => 5,
            Some(l) => match l.as_f64() {
                Some(n) if n.fract() == 0.0 && (1.0..=20.0).contains(&n) => n as usize,
                Some(n) => {
                    return Err(ApiError::Value(format!(
                        "limit must be a whole number from 1 to 20, got {}",
                        crate::number::shown(n)
                    )))
                }
                None => {
                    return Err(ApiError::Type(format!(
                        "limit must be a number, got {}",
                        describe(l)
                    )))
                }
            },
        };
        let on = match options_object(options.as_ref())? {
            Some(o) => string_option(o, "on")?
                .map(|d| {
                    parse_iso_date(&d).map_err(|e| ApiError::Value(format!("options.on: {e}")))
                })
                .transpose()?,
            None => None,
        };
        let found = registry().suggest_on(&name, limit, on);
        parsed(|out| json_text::array(out, found, |out, a| AgencyInfo::of(a).write_json(out)))
    };
    run().map_err(|e| e.into_js(FN))
}

/// An optional options argument: `None` when left out (`undefined`, `null`), else a
/// plain object.
fn options_object(options: Option<&JsValue>) -> Result<Option<&Object>, ApiError> {
    match options.filter(|o| !o.is_undefined() && !o.is_null()) {
        Some(o) if o.is_object() && !Array::is_array(o) => Ok(Some(o.unchecked_ref())),
        Some(o) => Err(ApiError::Type(format!(
            "options must be an object, got {}",
            describe(o)
        ))),
        None => Ok(None),
    }
}
