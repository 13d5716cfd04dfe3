//! The JavaScript boundary (wasm32 only). Thin: converts arguments, calls the core,
//! converts results to plain objects, turns errors into JS errors in one place.
//!
//! ```js
//! import init, { checkDocument, rules, version } from "./pkg/baocao.js";
//! await init();
//! const findings = checkDocument(text, { lang: "vi", today: "2026-06-15" });
//! ```
//!
//! Every argument is taken as a `JsValue` and checked here, so a wrong type gives a
//! `TypeError` naming the argument (`checkDocument: text must be a string, got number`)
//! instead of a panic, which would kill the module for the whole page.

use js_sys::{Array, JsString, Object, RangeError, Reflect, TypeError};
use serde::Serialize;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::agency::{registry, AgencyInfo, Level};
use crate::{check_text, parse_iso_date, DocKind, Lang, Options, RULES, VERSION};

#[wasm_bindgen(typescript_custom_section)]
const TYPES: &'static str = r#"
/** How serious a finding is: `error` (must be fixed), `warning` (should be checked), `info`. */
export type Severity = "error" | "warning" | "info";

/** One problem found in a document (DESIGN §4.2). */
export interface Finding {
  /** Stable rule code, e.g. `"S003"`. Codes are never reused or renumbered. */
  code: string;
  severity: Severity;
  /** The message in the language asked for (Vietnamese by default). */
  message: string;
  /** The message in English, whatever the language asked for. */
  messageEn: string;
  /** 1-based line of the original text. */
  line: number;
  /** 1-based column, in characters as displayed. */
  column: number;
  /** Start offset in UTF-16 code units of the original text: `textarea.setSelectionRange(start, end)`. */
  start: number;
  /** End offset (exclusive) in UTF-16 code units of the original text. */
  end: number;
  /** JSON Pointer to a form field; `null` for documents. */
  path: string | null;
  /** How to fix it, in the language asked for; `null` when there is no hint. */
  hint: string | null;
  /** A suggested replacement for the text between `start` and `end`; `null` when none. */
  suggestion: string | null;
}

/** Options of `checkDocument`. Unknown keys are ignored. */
export interface CheckOptions {
  /** Language of `message` and `hint`: `"vi"` (default) or `"en"`. */
  lang?: "vi" | "en";
  /** The day of the check, `YYYY-MM-DD`; injected so that results are reproducible. */
  today?: string;
  /** A built-in profile's name (see `profiles()`), or a profile object; default `"national"`. */
  profile?: string | Profile;
  /** What to check the text as when it does not say (no type name, no symbol). */
  kind?: "plan" | "report";
}

/** A day and month, its year counted from the reporting year. */
export interface DayMonth {
  day: number;
  month: number;
  /** Default `"current"`; a window ends in the reporting year. */
  year?: "previous" | "current" | "next";
}

/** The data window and deadline of one kind of report. */
export interface ReportWindow {
  kind: "quarter" | "half_year" | "nine_month" | "annual";
  /** 1–4, for `quarter` only. */
  quarter?: number;
  from: DayMonth;
  to: DayMonth;
  deadline?: DayMonth | null;
  /** Whether the deadline day is still in time (`chậm nhất ngày`); default `false` (`trước ngày`). */
  deadlineInclusive?: boolean;
}

/** A profile (schemas/profile.schema.json): what a report is checked against. Unknown keys are an error. */
export interface Profile {
  name: string;
  description?: string;
  reports?: ReportWindow[];
  programme?: { from: number; to: number } | null;
  receivingOffice?: string | null;
  /** More bodies, in the agency registry's line format. */
  extraAgencies?: string | null;
  targets?: { indicator: string; comparator?: string | null; value?: number | null; importance?: string | null }[];
}

/** The same words in Vietnamese and English. */
export interface Bilingual {
  vi: string;
  en: string;
}

/** A rule of the catalogue. */
export interface RuleInfo {
  code: string;
  /** kebab-case name, for people and URLs. */
  name: string;
  /** The area's letter: S, F, A, P, T, R, L. */
  area: "S" | "F" | "A" | "P" | "T" | "R" | "L";
  areaTitle: Bilingual;
  severity: Severity;
  /** `planned` rules have a fixed code but no check yet. */
  status: "implemented" | "planned";
  title: Bilingual;
  /** Markdown; empty for planned rules. */
  docs: Bilingual;
}

/** A level of government. */
export type Level = "central" | "province" | "district" | "commune";

/** A body of the agency registry. */
export interface AgencyInfo {
  /** Stable id: `"so-y-te"`, `"cong-an-tinh"`. */
  id: string;
  /** The registry's name: `"Sở Y tế"`, `"Công an tỉnh"`. */
  name: string;
  /** `null` for bodies and groups of any level. */
  level: Level | null;
  /** `department`, `police`, `court`, `procuracy`, `front`, `people-committee`, `generic`, … */
  kind: string;
  /** Under the People's Committee, which assigns it tasks. */
  underCommittee: boolean;
  /** Requested (`Đề nghị`), never assigned: courts, procuracies, the Fatherland Front. */
  requestOnly: boolean;
  /** `dd/mm/yyyy` or `null`. */
  validFrom: string | null;
  /** `dd/mm/yyyy` or `null`: the last day the body existed. */
  validTo: string | null;
  /** Where its work went when it ended. */
  successors: { name: string; work: Bilingual }[];
  /** The place written after the name (`"Hưng Yên"`), or `null`. */
  place: string | null;
  /** `false` when the name was typed without its marks (`"Cong an tinh"`). */
  marksOk: boolean;
}

/** Options of `findAgency`. */
export interface AgencyOptions {
  /** The level a name without a level word is read at (`"Viện kiểm sát nhân dân"`). */
  level?: Level;
}
"#;

/// Checks a plan or report given as text and returns its findings, sorted by position.
///
/// Throws a `TypeError` when `text` is not a string or `options` not an object, and a
/// `RangeError` for a bad option value (`lang: "fr"`, `today: "31/12/2026"`, an unknown
/// profile).
#[wasm_bindgen(js_name = checkDocument, unchecked_return_type = "Finding[]")]
pub fn check_document(
    #[wasm_bindgen(unchecked_param_type = "string")] text: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "CheckOptions")] options: Option<JsValue>,
) -> Result<JsValue, JsValue> {
    const FN: &str = "checkDocument";
    let run = || {
        let text = string_argument("text", &text)?;
        let options = read_options(options.as_ref())?;
        to_js(&check_text(&text, &options).findings)
    };
    run().map_err(|e| e.into_js(FN))
}

/// Every rule of the catalogue, implemented or planned, in catalogue order.
#[wasm_bindgen(unchecked_return_type = "RuleInfo[]")]
pub fn rules() -> Result<JsValue, JsValue> {
    let infos: Vec<_> = RULES.iter().map(|r| r.info()).collect();
    to_js(&infos).map_err(|e| e.into_js("rules"))
}

/// The registry's body for a name — `"UBND tỉnh Hưng Yên"`, `"Uỷ ban MTTQ VN xã"`,
/// `"Cong an tinh"` — or `null` when it knows none.
#[wasm_bindgen(js_name = findAgency, unchecked_return_type = "AgencyInfo | null")]
pub fn find_agency(
    #[wasm_bindgen(unchecked_param_type = "string")] name: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "AgencyOptions")] options: Option<JsValue>,
) -> Result<JsValue, JsValue> {
    const FN: &str = "findAgency";
    let run = || {
        let name = string_argument("name", &name)?;
        let level = match options
            .as_ref()
            .filter(|o| !o.is_undefined() && !o.is_null())
        {
            Some(o) if o.is_object() && !Array::is_array(o) => {
                string_option(o.unchecked_ref(), "level")?
                    .map(|l| {
                        Level::parse(&l).ok_or_else(|| {
                            ApiError::Value(format!(
                        "options.level must be one of central, province, district, commune, got {}",
                        quoted(&l)
                    ))
                        })
                    })
                    .transpose()?
            }
            Some(o) => {
                return Err(ApiError::Type(format!(
                    "options must be an object, got {}",
                    describe(o)
                )))
            }
            None => None,
        };
        match registry().lookup_in(&name, level) {
            Some(m) => to_js(&AgencyInfo::of_match(&m)),
            None => Ok(JsValue::NULL),
        }
    };
    run().map_err(|e| e.into_js(FN))
}

/// Up to `limit` bodies (default 5, at most 20) whose names are nearest to `name`,
/// best first: "did you mean", fast enough for every keystroke.
#[wasm_bindgen(js_name = suggestAgencies, unchecked_return_type = "AgencyInfo[]")]
pub fn suggest_agencies(
    #[wasm_bindgen(unchecked_param_type = "string")] name: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "number")] limit: Option<JsValue>,
) -> Result<JsValue, JsValue> {
    const FN: &str = "suggestAgencies";
    let run = || {
        let name = string_argument("name", &name)?;
        let limit = match limit.as_ref().filter(|l| !l.is_undefined() && !l.is_null()) {
            None => 5,
            Some(l) => match l.as_f64() {
                Some(n) if n.fract() == 0.0 && (1.0..=20.0).contains(&n) => n as usize,
                Some(n) => {
                    return Err(ApiError::Value(format!(
                        "limit must be a whole number from 1 to 20, got {n}"
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
        let found: Vec<AgencyInfo> = registry()
            .suggest(&name, limit)
            .into_iter()
            .map(AgencyInfo::of)
            .collect();
        to_js(&found)
    };
    run().map_err(|e| e.into_js(FN))
}

/// The names of the built-in profiles.
#[wasm_bindgen(unchecked_return_type = "string[]")]
pub fn profiles() -> Array {
    crate::PROFILES
        .iter()
        .map(|p| JsValue::from_str(p))
        .collect()
}

/// The version of baocao (the crate's version).
#[wasm_bindgen]
pub fn version() -> String {
    VERSION.to_owned()
}

/// What can go wrong at the boundary. Turned into a JS error in one place:
/// [`ApiError::into_js`].
enum ApiError {
    /// An argument of the wrong JS type.
    Type(String),
    /// An argument of the right type with a value that is not allowed.
    Value(String),
    /// A result that could not be converted (not expected to happen).
    Convert(String),
}

impl ApiError {
    fn into_js(self, function: &str) -> JsValue {
        match self {
            ApiError::Type(m) => TypeError::new(&format!("{function}: {m}")).into(),
            ApiError::Value(m) => RangeError::new(&format!("{function}: {m}")).into(),
            ApiError::Convert(m) => {
                js_sys::Error::new(&format!("{function}: could not convert the result: {m}")).into()
            }
        }
    }
}

/// Plain objects and arrays; absent values (`hint`, `suggestion`, `path`) as `null`.
fn to_js<T: Serialize + ?Sized>(value: &T) -> Result<JsValue, ApiError> {
    let serializer = serde_wasm_bindgen::Serializer::new()
        .serialize_maps_as_objects(true)
        .serialize_missing_as_null(true);
    value
        .serialize(&serializer)
        .map_err(|e| ApiError::Convert(e.to_string()))
}

/// A string argument, or a `TypeError` naming it.
fn string_argument(name: &str, value: &JsValue) -> Result<String, ApiError> {
    value
        .as_string()
        .ok_or_else(|| ApiError::Type(format!("{name} must be a string, got {}", describe(value))))
}

/// A JS value's type, as a person would name it in an error message.
fn describe(value: &JsValue) -> String {
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

/// A string as JSON would quote it, for error messages (short, whatever its length).
fn quoted(s: &str) -> String {
    const MAX: usize = 40;
    let mut out: String = s.chars().take(MAX).collect();
    if s.chars().nth(MAX).is_some() {
        out.push('…');
    }
    format!("{out:?}")
}

/// Reads `options`: `undefined`/`null` or an object; unknown keys are ignored.
fn read_options(options: Option<&JsValue>) -> Result<Options, ApiError> {
    let mut out = Options::default();
    let Some(options) = options.filter(|o| !o.is_undefined() && !o.is_null()) else {
        return Ok(out);
    };
    if !options.is_object() || Array::is_array(options) || options.is_function() {
        return Err(ApiError::Type(format!(
            "options must be an object, got {}",
            describe(options)
        )));
    }
    let options: &Object = options.unchecked_ref();
    if let Some(lang) = string_option(options, "lang")? {
        out.lang = Lang::parse(&lang).ok_or_else(|| {
            ApiError::Value(format!(
                "options.lang must be \"vi\" or \"en\", got {}",
                quoted(&lang)
            ))
        })?;
    }
    if let Some(today) = string_option(options, "today")? {
        out.today = Some(
            parse_iso_date(&today).map_err(|e| ApiError::Value(format!("options.today: {e}")))?,
        );
    }
    if let Some(kind) = string_option(options, "kind")? {
        out.kind = Some(match kind.as_str() {
            "plan" => DocKind::Plan,
            "report" => DocKind::Report,
            _ => {
                return Err(ApiError::Value(format!(
                    "options.kind must be \"plan\" or \"report\", got {}",
                    quoted(&kind)
                )))
            }
        });
    }
    out.profile = profile_option(options)?;
    out.validate()
        .map_err(|e| ApiError::Value(format!("options.profile: {e}")))?;
    Ok(out)
}

/// `options.profile`: a built-in profile's name, or a profile as a plain object
/// (the JSON format of `schemas/profile.schema.json`).
fn profile_option(options: &Object) -> Result<Option<crate::ProfileRef>, ApiError> {
    let value = Reflect::get(options, &JsString::from("profile")).map_err(|e| {
        ApiError::Type(format!(
            "options.profile could not be read: {}",
            error_message(&e)
        ))
    })?;
    if value.is_undefined() || value.is_null() {
        return Ok(None);
    }
    if let Some(name) = value.as_string() {
        return Ok(Some(crate::ProfileRef::Name(name)));
    }
    if !value.is_object() || Array::is_array(&value) || value.is_function() {
        return Err(ApiError::Type(format!(
            "options.profile must be a profile name or an object, got {}",
            describe(&value)
        )));
    }
    let de = serde_wasm_bindgen::Deserializer::from(value);
    let profile: crate::profile::Profile = serde_path_to_error::deserialize(de).map_err(|e| {
        let path = e.path().to_string();
        let at = if path == "." {
            String::new()
        } else {
            format!(".{path}")
        };
        ApiError::Type(format!("options.profile{at}: {}", e.into_inner()))
    })?;
    Ok(Some(profile.into()))
}

/// `options[key]` as a string; `None` when absent, `undefined` or `null`.
fn string_option(options: &Object, key: &str) -> Result<Option<String>, ApiError> {
    let value = Reflect::get(options, &JsString::from(key)).map_err(|e| {
        ApiError::Type(format!(
            "options.{key} could not be read: {}",
            error_message(&e)
        ))
    })?;
    if value.is_undefined() || value.is_null() {
        return Ok(None);
    }
    value.as_string().map(Some).ok_or_else(|| {
        ApiError::Type(format!(
            "options.{key} must be a string, got {}",
            describe(&value)
        ))
    })
}

/// The message of a thrown JS value (a getter that throws, a revoked proxy).
fn error_message(e: &JsValue) -> String {
    e.dyn_ref::<js_sys::Error>()
        .map(|e| String::from(e.message()))
        .or_else(|| e.as_string())
        .unwrap_or_else(|| describe(e))
}
