//! A form as it arrives: a tree of plain values, from JSON natively or a JavaScript
//! object in the browser. Nothing is refused here; the reader decides what each field
//! means, so a wrong type becomes a finding on that field rather than an error for the
//! whole form.

/// How deep a form may nest. The report form is three levels deep; anything deeper is
/// refused before it is walked, so that hostile input cannot exhaust the stack.
pub const MAX_DEPTH: usize = 32;

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

impl Value {
    /// The member `key` of an object.
    pub fn get(&self, key: &str) -> Option<&Value> {
        match self {
            Value::Object(members) => members.iter().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }

    /// What kind of value this is, for messages: `chuỗi`/`a string`.
    pub fn kind_name(&self) -> (&'static str, &'static str) {
        match self {
            Value::Null => ("null", "null"),
            Value::Bool(_) => ("giá trị đúng/sai", "a boolean"),
            Value::Number(_) => ("số", "a number"),
            Value::String(_) => ("chuỗi", "a string"),
            Value::Array(_) => ("danh sách", "a list"),
            Value::Object(_) => ("đối tượng", "an object"),
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

    #[test]
    fn blank_values() {
        assert!(Value::Null.is_blank());
        assert!(Value::String("  ".into()).is_blank());
        assert!(!Value::Number(0.0).is_blank());
    }
}
