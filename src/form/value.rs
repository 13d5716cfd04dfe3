//! A form as it arrives: a tree of plain values, from JSON natively or a JavaScript
//! object in the browser. Nothing is refused here; the reader decides what each field
//! means, so a wrong type becomes a finding on that field rather than an error for the
//! whole form.

/// How deep a form may nest. The report form is three levels deep; anything deeper is
/// refused before it is walked, so that hostile input cannot exhaust the stack.
pub const MAX_DEPTH: usize = 32;

#[cfg(not(target_arch = "wasm32"))]
use crate::limits::{self, Exceeded, MAX_ITEMS, MAX_TEXT, MAX_VALUES};

/// A plain value: what JSON and JavaScript objects have in common.
#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    Null,
    Bool(bool),
    Number(f64),
    String(String),
    Array(Vec<Value>),
    /// Keys in their order; unknown keys are kept and ignored.
    Object(Vec<(String, Value)>),
}

/// The kinds of JSON value, as messages name them: `chuỗi`/`a string`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Null,
    Boolean,
    Number,
    Text,
    List,
    Object,
}

impl Kind {
    pub fn name(self) -> crate::finding::Text {
        use crate::messages;
        match self {
            Kind::Null => messages::value_null(),
            Kind::Boolean => messages::value_boolean(),
            Kind::Number => messages::value_number(),
            Kind::Text => messages::value_text(),
            Kind::List => messages::value_list(),
            Kind::Object => messages::value_object(),
        }
    }
}

impl Value {
    /// The member `key` of an object.
    pub fn get(&self, key: &str) -> Option<&Value> {
        match self {
            Value::Object(members) => members.iter().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }

    /// What kind of value this is, for messages.
    pub fn kind(&self) -> Kind {
        match self {
            Value::Null => Kind::Null,
            Value::Bool(_) => Kind::Boolean,
            Value::Number(_) => Kind::Number,
            Value::String(_) => Kind::Text,
            Value::Array(_) => Kind::List,
            Value::Object(_) => Kind::Object,
        }
    }

    /// Whether the value is nothing a person typed: null or blank text.
    pub fn is_blank(&self) -> bool {
        match self {
            Value::Null => true,
            Value::String(s) => s.trim().is_empty(),
            _ => false,
        }
    }
}

/// A JSON Pointer (RFC 6901) segment: `~` and `/` escaped.
pub fn escape_segment(segment: &str) -> String {
    segment.replace('~', "~0").replace('/', "~1")
}

/// The segments of a JSON Pointer, unescaped; `None` when it is not one.
pub fn pointer_segments(pointer: &str) -> Option<Vec<String>> {
    if pointer.is_empty() {
        return Some(Vec::new());
    }
    let rest = pointer.strip_prefix('/')?;
    Some(
        rest.split('/')
            .map(|s| s.replace("~1", "/").replace("~0", "~"))
            .collect(),
    )
}

#[cfg(not(target_arch = "wasm32"))]
impl Value {
    /// Refuses a value past the limits of a form or profile: a list or object of more
    /// than [`MAX_ITEMS`] items, more than [`MAX_VALUES`] values in all, or texts
    /// longer than [`MAX_TEXT`] together. Native only: in the browser
    /// `js/form-tape.js` refuses the same, with the same limits passed in from
    /// [`crate::limits`], before the value crosses into the wasm; natively a JSON file
    /// is read whole first (its size capped by the CLI), then checked here.
    pub fn check_limits(&self) -> Result<(), Exceeded> {
        fn walk(v: &Value, values: &mut usize, units: &mut usize) -> Result<(), Exceeded> {
            *values += 1;
            if *values > MAX_VALUES {
                return Err(limits::too_many_values());
            }
            fn text(s: &str, units: &mut usize) -> Result<(), Exceeded> {
                *units += s.encode_utf16().count();
                if *units > MAX_TEXT {
                    return Err(limits::text_too_long(*units));
                }
                Ok(())
            }
            match v {
                Value::String(s) => text(s, units)?,
                Value::Array(items) if items.len() > MAX_ITEMS => {
                    return Err(limits::too_many_items(items.len()))
                }
                Value::Object(members) if members.len() > MAX_ITEMS => {
                    return Err(limits::too_many_items(members.len()))
                }
                Value::Array(items) => {
                    for item in items {
                        walk(item, values, units)?;
                    }
                }
                Value::Object(members) => {
                    for (key, member) in members {
                        text(key, units)?;
                        walk(member, values, units)?;
                    }
                }
                Value::Null | Value::Bool(_) | Value::Number(_) => {}
            }
            Ok(())
        }
        walk(self, &mut 0, &mut 0)
    }
}

/// Why a form could not be read at all.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TooDeep;

#[cfg(any(not(target_arch = "wasm32"), test))]
impl Value {
    /// The value of a parsed JSON document; `TooDeep` past [`MAX_DEPTH`].
    pub fn from_json(json: &serde_json::Value) -> Result<Value, TooDeep> {
        fn walk(v: &serde_json::Value, depth: usize) -> Result<Value, TooDeep> {
            if depth > MAX_DEPTH {
                return Err(TooDeep);
            }
            Ok(match v {
                serde_json::Value::Null => Value::Null,
                serde_json::Value::Bool(b) => Value::Bool(*b),
                serde_json::Value::Number(n) => Value::Number(n.as_f64().unwrap_or(f64::NAN)),
                serde_json::Value::String(s) => Value::String(s.clone()),
                serde_json::Value::Array(items) => Value::Array(
                    items
                        .iter()
                        .map(|i| walk(i, depth + 1))
                        .collect::<Result<_, _>>()?,
                ),
                serde_json::Value::Object(members) => Value::Object(
                    members
                        .iter()
                        .map(|(k, v)| Ok((k.clone(), walk(v, depth + 1)?)))
                        .collect::<Result<_, _>>()?,
                ),
            })
        }
        walk(json, 0)
    }
}

/// JSON text in which every number too large for a float (`1e400`, which serde_json
/// refuses) is written as the largest float instead, with its sign; after reading,
/// [`Value::restore_infinities`] turns those back into infinities. So a form or
/// profile with `1e400` gets the verdict it gets in the browser, where `JSON.parse`
/// makes it `Infinity`: a finding on that field (F006), not "not valid JSON".
/// One pass; the text is borrowed unchanged when it has no such number.
#[cfg(not(target_arch = "wasm32"))]
pub fn json_with_infinities(json: &str) -> std::borrow::Cow<'_, str> {
    let bytes = json.as_bytes();
    let mut out: Option<String> = None;
    let (mut i, mut copied) = (0, 0);
    while i < bytes.len() {
        match bytes[i] {
            b'"' => {
                // Skip the string, escapes included.
                i += 1;
                while i < bytes.len() && bytes[i] != b'"' {
                    i += if bytes[i] == b'\\' { 2 } else { 1 };
                }
                i += 1;
            }
            b'-' | b'0'..=b'9' => {
                let start = i;
                while i < bytes.len()
                    && matches!(bytes[i], b'-' | b'+' | b'.' | b'e' | b'E' | b'0'..=b'9')
                {
                    i += 1;
                }
                let token = &json[start..i];
                if token.parse::<f64>().is_ok_and(f64::is_infinite) {
                    let out = out.get_or_insert_with(|| String::with_capacity(json.len()));
                    out.push_str(&json[copied..start]);
                    out.push_str(if token.starts_with('-') {
                        "-1.7976931348623157e308"
                    } else {
                        "1.7976931348623157e308"
                    });
                    copied = i;
                }
            }
            _ => i += 1,
        }
    }
    match out {
        None => std::borrow::Cow::Borrowed(json),
        Some(mut out) => {
            out.push_str(&json[copied.min(json.len())..]);
            std::borrow::Cow::Owned(out)
        }
    }
}

#[cfg(not(target_arch = "wasm32"))]
impl Value {
    /// The largest floats back to infinities: see [`json_with_infinities`].
    pub fn restore_infinities(&mut self) {
        match self {
            Value::Number(n) if n.abs() == f64::MAX => *n = n.signum() * f64::INFINITY,
            Value::Array(items) => items.iter_mut().for_each(Value::restore_infinities),
            Value::Object(members) => members.iter_mut().for_each(|(_, v)| v.restore_infinities()),
            _ => {}
        }
    }
}

/// JSON read straight into a value (natively): members in their order, a key given
/// twice kept twice (a profile refuses it), numbers as `f64`. serde_json's own
/// recursion limit keeps deep input from exhausting the stack.
#[cfg(not(target_arch = "wasm32"))]
impl<'de> serde::Deserialize<'de> for Value {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Value, D::Error> {
        use serde::de::{MapAccess, SeqAccess, Visitor};
        struct Plain;
        impl<'de> Visitor<'de> for Plain {
            type Value = Value;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a JSON value")
            }
            fn visit_unit<E>(self) -> Result<Value, E> {
                Ok(Value::Null)
            }
            fn visit_none<E>(self) -> Result<Value, E> {
                Ok(Value::Null)
            }
            fn visit_some<D: serde::Deserializer<'de>>(self, d: D) -> Result<Value, D::Error> {
                <Value as serde::Deserialize>::deserialize(d)
            }
            fn visit_bool<E>(self, b: bool) -> Result<Value, E> {
                Ok(Value::Bool(b))
            }
            fn visit_i64<E>(self, n: i64) -> Result<Value, E> {
                Ok(Value::Number(n as f64))
            }
            fn visit_u64<E>(self, n: u64) -> Result<Value, E> {
                Ok(Value::Number(n as f64))
            }
            fn visit_f64<E>(self, n: f64) -> Result<Value, E> {
                Ok(Value::Number(n))
            }
            fn visit_str<E>(self, s: &str) -> Result<Value, E> {
                Ok(Value::String(s.to_owned()))
            }
            fn visit_string<E>(self, s: String) -> Result<Value, E> {
                Ok(Value::String(s))
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Value, A::Error> {
                let mut items = Vec::new();
                while let Some(item) = seq.next_element()? {
                    items.push(item);
                }
                Ok(Value::Array(items))
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Value, A::Error> {
                let mut members = Vec::new();
                while let Some(member) = map.next_entry()? {
                    members.push(member);
                }
                Ok(Value::Object(members))
            }
        }
        d.deserialize_any(Plain)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pointers_round_trip() {
        assert_eq!(
            pointer_segments("/indicators/a~1b~0c"),
            Some(vec!["indicators".into(), "a/b~c".into()])
        );
        assert_eq!(pointer_segments(""), Some(vec![]));
        assert_eq!(pointer_segments("periodTo"), None);
        assert_eq!(escape_segment("a/b~c"), "a~1b~0c");
    }

    #[cfg(not(target_arch = "wasm32"))]
    #[test]
    fn numbers_too_large_for_a_float_are_infinities() {
        let read = |json: &str| {
            let mut v: Value = serde_json::from_str(&json_with_infinities(json)).unwrap();
            v.restore_infinities();
            v
        };
        assert_eq!(
            read(r#"{"a":1e400,"b":[-1E+999, 2.5e3],"c":"1e400 \"x\" 1e999","d":-0}"#),
            Value::Object(vec![
                ("a".into(), Value::Number(f64::INFINITY)),
                (
                    "b".into(),
                    Value::Array(vec![
                        Value::Number(f64::NEG_INFINITY),
                        Value::Number(2500.0)
                    ])
                ),
                ("c".into(), Value::String("1e400 \"x\" 1e999".into())),
                ("d".into(), Value::Number(-0.0)),
            ])
        );
        assert!(matches!(
            json_with_infinities("[1, 2e5]"),
            std::borrow::Cow::Borrowed(_)
        ));
        // Odd text stays odd (serde_json says why), never a panic.
        for odd in ["\"", "\"\\", "-", "1e", "[1e400", "\"é\\"] {
            let _ = json_with_infinities(odd);
        }
    }

    #[cfg(not(target_arch = "wasm32"))]
    #[test]
    fn limits_are_enforced() {
        let list = |n: usize| Value::Array(vec![Value::Null; n]);
        assert!(list(MAX_ITEMS).check_limits().is_ok());
        let e = list(MAX_ITEMS + 1).check_limits().unwrap_err();
        assert!(
            e.en.contains("10,001 items") && e.en.contains("10,000"),
            "{e}"
        );
        let members = (0..=MAX_ITEMS)
            .map(|i| (i.to_string(), Value::Null))
            .collect();
        assert!(Value::Object(members).check_limits().is_err());
        // Many values in lists each under the limit.
        let wide = Value::Array(vec![list(MAX_ITEMS); MAX_VALUES / MAX_ITEMS + 1]);
        assert_eq!(wide.check_limits().unwrap_err(), limits::too_many_values());
        let long = Value::Array(vec![Value::String("a".repeat(MAX_TEXT / 2 + 1)); 2]);
        assert!(long.check_limits().unwrap_err().en.contains("characters"));
    }

    #[test]
    fn blank_values() {
        assert!(Value::Null.is_blank());
        assert!(Value::String("  ".into()).is_blank());
        assert!(!Value::Number(0.0).is_blank());
    }
}
