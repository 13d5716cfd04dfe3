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

use std::sync::Arc;

use js_sys::{Array, JsString, Object, RangeError, Reflect, TypeError};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::finding::Finding;
use crate::js_type::describe;
use crate::json_text::quoted_short as quoted;
use crate::{json_text, parse_iso_date, DocKind, Lang, Options, VERSION};

// The checkers: the whole wasm has every function; the form checker (feature
// `forms-wasm`) has no `checkDocument`, and so no text reader; the text checker (feature
// `text-wasm`) no form or registry functions. The drop-in fetches the one a page needs
// (benches/size-steps.md, rows 40 and 42).
#[cfg(all(feature = "forms-wasm", feature = "text-wasm"))]
compile_error!(
    "features forms-wasm and text-wasm each leave out what the other keeps: build one at a time"
);
#[cfg(not(feature = "text-wasm"))]
mod agencies;
#[cfg(not(feature = "forms-wasm"))]
mod document;
#[cfg(not(feature = "text-wasm"))]
mod forms;
#[cfg(not(feature = "text-wasm"))]
pub use agencies::{find_agency, suggest_agencies};
#[cfg(not(feature = "forms-wasm"))]
pub use document::check_document;
#[cfg(not(feature = "text-wasm"))]
pub use forms::{validate_field, validate_form};

#[wasm_bindgen(typescript_custom_section)]
const TYPES: &'static str = r#"
/** How serious a finding is: `error` (must be fixed), `warning` (should be checked), `info`. */
export type Severity = "error" | "warning" | "info";

/** One problem found in a document (DESIGN §4.2). */
export interface Finding {
  /** Stable rule code, e.g. `"S003"`. Codes are never reused or renumbered. `"X001"` (info) counts the findings past the limit of 5,000. */
  code: string;
  severity: Severity;
  /** The message in the language asked for (Vietnamese by default). */
  message: string;
  /** The message in English, whatever the language asked for. */
  messageEn: string;
  /** 1-based line of the original text; 0 for a form's finding. */
  line: number;
  /** 1-based column, in characters as displayed; 0 for a form's finding. */
  column: number;
  /** Start offset in UTF-16 code units of the original text: `textarea.setSelectionRange(start, end)`; 0 for a form's finding. */
  start: number;
  /** End offset (exclusive) in UTF-16 code units of the original text; 0 for a form's finding. */
  end: number;
  /** JSON Pointer to a form field (`"/periodTo"`, `""` for the whole form); `null` for documents. */
  path: string | null;
  /** How to fix it, in the language asked for; `null` when there is no hint. */
  hint: string | null;
  /** A suggested replacement for the text between `start` and `end`; `null` when none. */
  suggestion: string | null;
  /** `checkDocx` only: the Word paragraph the finding is in, 1-based, counting every paragraph in document order (table cells included); absent for texts and forms. */
  paragraph?: number;
  /** `checkDocx` only: the text of the finding's line (at most 120 characters), to find it in Word; absent for texts and forms. `line`, `start` and `end` point into the text read from the document. */
  excerpt?: string;
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
  /** The targets reports are checked against (T004, T005); `national` has those of DESIGN §2.6. */
  targets?: Target[];
  /** The tasks a plan assigns, for R001 (a report that leaves out its agency's task). */
  tasks?: PlanTask[];
}

/** A target (DESIGN §2.6), a validation rule as in DHIS2: indicator (left side), comparator (operator), value (right side), importance. */
export interface Target {
  /** An id of data/indicators.txt: a count (tipsReceived, tipsHandled, tipsResolved, casesInitiated, casesCleared, casesProsecuted, casesTried, victimsIdentified, victimsSupported) or a rate (tipsHandledRate, tipsResolvedRate, casesClearedRate, casesProsecutedRate, casesTriedRate, victimsSupportedRate). */
  indicator: string;
  /** `>` strictly above (trên), `>=` at least (đạt; the default), `<` strictly below (dưới), `<=` at most (không quá). */
  comparator?: ">" | ">=" | "<" | "<=" | null;
  /** A rate in percent (90, 90.5), within 0–100; or a count, at least 0. */
  value: number;
  /** Default `medium`. */
  importance?: "high" | "medium" | "low" | null;
  /** The words of the plan the target was read from. */
  wording?: string | null;
}

/** A task a plan assigns (R001). */
export interface PlanTask {
  /** The plan's item: `II.5.2`; a bullet counts among its siblings (`II.1-2`). */
  ref: string;
  title?: string | null;
  /** The body that leads (chủ trì) or carries out the task. */
  lead: string;
  partners?: string[] | null;
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
  /** The area's letter: S, F, A, P, T, R, L; X for what the check itself says (findings past its limit). */
  area: "S" | "F" | "A" | "P" | "T" | "R" | "L" | "X";
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
  /** Where its work went when it ended (`work.en` empty until `loadEnglish`, in a checker without English). */
  successors: { name: string; work: Bilingual }[];
  /** The place written after the name (`"Hưng Yên"`), or `null`. */
  place: string | null;
  /** `false` when the name was typed without its marks (`"Cong an tinh"`). */
  marksOk: boolean;
}

/** A value as typed in a form input: numbers and dates may come as strings (`"1.250"`, `"90,5%"`, `"15/06/2026"`). */
export type Typed<T> = T | string | null;

/** The report form (DESIGN §4.4; `schemas/report-form.schema.json`). Every field may be missing or empty; unknown keys are kept and ignored. */
export interface ReportForm {
  kind?: "report";
  reportType?: "quarter" | "half_year" | "nine_month" | "annual" | "ad_hoc" | null;
  year?: Typed<number>;
  /** 1–4, for a quarterly report. */
  quarter?: Typed<number>;
  /** The reporting agency: `"Sở Y tế"`. */
  agency?: string | null;
  level?: "central" | "province" | "commune" | null;
  /** `"45/BC-SYT"`. */
  number?: string | null;
  place?: string | null;
  /** `dd/mm/yyyy` or ISO `yyyy-mm-dd` (a `Date` is taken as its local day). */
  issuedOn?: string | Date | null;
  periodFrom?: string | Date | null;
  periodTo?: string | Date | null;
  sections?: {
    situation?: string | null;
    results?: string | null;
    assessment?: string | null;
    nextSteps?: string | null;
    proposals?: string | null;
  } | null;
  /** Counts and rates: `tipsReceived`, `tipsResolved`, `tipsResolvedRate` (`"95%"`), `casesInitiated`, … */
  indicators?: Record<string, Typed<number>> | null;
  tasks?: {
    /** The item of the plan: `"II.5.2"`. */
    ref?: string | null;
    lead?: string | null;
    /** A list, or one text with a name per line. */
    partners?: string[] | string | null;
    result?: string | null;
  }[] | null;
  signer?: {
    /** `"KT. GIÁM ĐỐC"`; empty when the head signs. */
    authority?: string | null;
    title?: string | null;
    name?: string | null;
  } | null;
  /** A list, or one text with a recipient per line; the last is `"Lưu: VT, …"`. */
  recipients?: string[] | string | null;
  [unknown: string]: unknown;
}

/** Options of `validateForm` and `validateField`. Unknown keys are ignored. */
export interface FormOptions {
  /** Language of `message` and `hint`: `"vi"` (default) or `"en"`. */
  lang?: "vi" | "en";
  /** The day of the check, `YYYY-MM-DD`: a report with no date is late when today is past its deadline. */
  today?: string;
  /** A built-in profile's name (see `profiles()`), or a profile object; default `"national"`. */
  profile?: string | Profile;
}

/** Options of `findAgency`. */
export interface AgencyOptions {
  /** The level a name without a level word is read at (`"Viện kiểm sát nhân dân"`). */
  level?: Level;
}

/** Options of `suggestAgencies`. */
export interface SuggestOptions {
  /** A day, `YYYY-MM-DD`: only bodies that existed on it are suggested. */
  on?: string;
}
"#;

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

/// Gives the checker the English of its messages: the text of `baocao.en.txt` of the same
/// build. The form and text checkers (`baocao_forms_bg.wasm`, `baocao_text_bg.wasm`)
/// carry only the Vietnamese; until given it, a finding's `messageEn` is empty, a
/// finding asked for in English comes in Vietnamese, and so does the English of the
/// register (`findAgency`'s `work.en` is empty). The whole checker has its English
/// built in: there it only checks the text. Throws a `RangeError` for a text of another
/// build.
#[wasm_bindgen(js_name = loadEnglish)]
pub fn load_english(
    #[wasm_bindgen(unchecked_param_type = "string")] text: JsValue,
) -> Result<(), JsValue> {
    let text = string_argument("text", &text).map_err(|e| e.into_js("loadEnglish"))?;
    crate::messages::english::load(text).map_err(|_| {
        ApiError::Value("the text is not baocao.en.txt of the build this checker is".into())
            .into_js("loadEnglish")
    })
}

/// What can go wrong at the boundary. Turned into a JS error in one place:
/// [`ApiError::into_js`].
enum ApiError {
    /// An argument of the wrong JS type.
    Type(String),
    /// An argument of the right type with a value that is not allowed.
    Value(String),
}

impl ApiError {
    fn into_js(self, function: &str) -> JsValue {
        match self {
            ApiError::Type(m) => TypeError::new(&format!("{function}: {m}")).into(),
            ApiError::Value(m) => RangeError::new(&format!("{function}: {m}")).into(),
        }
    }
}

// ── Results as plain objects ──
//
// Written as JSON text in the order of the Rust structs (which the native JSON
// follows too), camelCase, absent values as `null`, and handed to the engine's
// `JSON.parse`: one string crosses the boundary, not one per key and value.

/// The value that `write` writes as JSON text.
fn parsed(write: impl FnOnce(&mut String)) -> Result<JsValue, ApiError> {
    let mut json = String::new();
    write(&mut json);
    js_sys::JSON::parse(&json).map_err(|e| {
        ApiError::Type(format!(
            "could not convert the result: {}",
            error_message(&e)
        ))
    })
}

fn findings_js(findings: &[Finding]) -> Result<JsValue, ApiError> {
    parsed(|out| json_text::array(out, findings, |out, f| f.write_json(out)))
}

/// A string argument, or a `TypeError` naming it; a `RangeError` when it is longer
/// than [`crate::limits::MAX_TEXT`], told before it is copied into the wasm's memory.
fn string_argument(name: &str, value: &JsValue) -> Result<String, ApiError> {
    let Some(s) = value.dyn_ref::<JsString>() else {
        return Err(ApiError::Type(format!(
            "{name} must be a string, got {}",
            describe(value)
        )));
    };
    let units = s.length() as usize;
    if units > crate::limits::MAX_TEXT {
        return Err(ApiError::Value(format!(
            "{name}: {}",
            crate::limits::text_too_long(units).en
        )));
    }
    Ok(String::from(s))
}

#[wasm_bindgen(module = "/js/form-tape.js")]
extern "C" {
    /// `[tape, text]`, `[null, "deep"]`, `[null, "read", key, error]`, or past a limit
    /// `[null, "items", count]`, `[null, "values"]`, `[null, "text", units]`.
    #[wasm_bindgen(js_name = formTape, catch)]
    fn form_tape(
        value: &JsValue,
        max_depth: u32,
        max_items: u32,
        max_values: u32,
        max_text: u32,
    ) -> Result<Array, JsValue>;
}

/// A JS value as a plain value, walked in JavaScript and carried over as one tape
/// (`src/form/tape.rs`): at most [`crate::form::MAX_DEPTH`] levels, so that a deep or
/// cyclic object is an error, not a stack overflow. A `Date` is its local day
/// (`yyyy-mm-dd`); functions, symbols and big integers are taken as `null`. `what`
/// names the argument in errors (`form`, `options.profile`).
fn js_value(value: &JsValue, what: &str) -> Result<crate::form::Value, ApiError> {
    use crate::form::tape::{self, TapeError};
    let max = crate::form::MAX_DEPTH;
    let deep = || {
        ApiError::Type(format!(
            "{what} nests deeper than {max} levels (or refers to itself)"
        ))
    };
    let unreadable = |detail: String| ApiError::Type(format!("{what} could not be read{detail}"));
    use crate::limits;
    let over = |e: limits::Exceeded| ApiError::Value(format!("{what}: {}", e.en));
    let parts = form_tape(
        value,
        max as u32,
        limits::MAX_ITEMS as u32,
        limits::MAX_VALUES as u32,
        limits::MAX_TEXT as u32,
    )
    .map_err(|e| unreadable(format!(": {}", error_message(&e))))?;
    if let Some(numbers) = parts.get(0).dyn_ref::<js_sys::Float64Array>() {
        let text = parts.get(1).as_string().unwrap_or_default();
        return tape::read(&numbers.to_vec(), &text).map_err(|e| match e {
            TapeError::TooDeep => deep(),
            TapeError::Malformed => unreadable(String::new()),
        });
    }
    let count = || parts.get(2).as_f64().unwrap_or(0.0) as usize;
    match parts.get(1).as_string().as_deref() {
        Some("items") => Err(over(limits::too_many_items(count()))),
        Some("values") => Err(over(limits::too_many_values())),
        Some("text") => Err(over(limits::text_too_long(count()))),
        Some("read") => {
            let key = parts.get(2).as_string().unwrap_or_default();
            Err(ApiError::Type(format!(
                "{what}.{key} could not be read: {}",
                error_message(&parts.get(3))
            )))
        }
        _ => Err(deep()),
    }
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
    if value.is_string() {
        let name = string_argument("options.profile", &value)?;
        return Ok(Some(crate::ProfileRef::Name(name)));
    }
    if !value.is_object() || Array::is_array(&value) || value.is_function() {
        return Err(ApiError::Type(format!(
            "options.profile must be a profile name or an object, got {}",
            describe(&value)
        )));
    }
    let value = js_value(&value, "options.profile")?;
    if let Some(kept) = last_profile_if_read_from(&value) {
        return Ok(Some(crate::ProfileRef::Loaded(kept)));
    }
    let profile = crate::profile::Profile::from_value(&value).map_err(|e| {
        let at = if e.path.is_empty() {
            String::new()
        } else {
            format!(".{}", e.path)
        };
        ApiError::Type(format!("options.profile{at}: {}", e.what.en))
    })?;
    Ok(Some(crate::ProfileRef::Loaded(keep_profile(
        value, profile,
    ))))
}

thread_local! {
    /// The profile of the last call, with the object it was read from and its agency
    /// registry built: a page passes the same profile object at every keystroke, which
    /// is read, and its extra bodies built into a registry, once, not per call. The
    /// objects are compared, not the profiles read from them (no equality of profiles
    /// in the wasm: benches/size-steps.md, row 58). One profile is kept, so the module
    /// does not grow.
    static LAST_PROFILE: std::cell::RefCell<Option<(crate::form::Value, Arc<crate::profile::Profile>)>> =
        const { std::cell::RefCell::new(None) };
}

/// The last call's profile, if it was read from an object equal to `value`.
fn last_profile_if_read_from(value: &crate::form::Value) -> Option<Arc<crate::profile::Profile>> {
    LAST_PROFILE.with(|last| {
        let last = last.borrow();
        let (read_from, profile) = last.as_ref()?;
        (read_from == value).then(|| Arc::clone(profile))
    })
}

fn keep_profile(
    value: crate::form::Value,
    profile: crate::profile::Profile,
) -> Arc<crate::profile::Profile> {
    let profile = Arc::new(profile);
    LAST_PROFILE.with(|last| *last.borrow_mut() = Some((value, Arc::clone(&profile))));
    profile
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
    string_argument(&format!("options.{key}"), &value).map(Some)
}

/// The message of a thrown JS value (a getter that throws, a revoked proxy).
fn error_message(e: &JsValue) -> String {
    e.dyn_ref::<js_sys::Error>()
        .map(|e| String::from(e.message()))
        .or_else(|| e.as_string())
        .unwrap_or_else(|| describe(e))
}
