//! JSON text written by hand, for results that cross into JavaScript: one string,
//! parsed there by the engine's own `JSON.parse`, costs one crossing where an object
//! built property by property costs one for every key and every string. No serde: the
//! wasm carries no serializer.

use std::fmt::Write;

/// Appends `s` as a JSON string: quoted, with `"`, `\` and control characters escaped.
pub fn quote(out: &mut String, s: &str) {
    out.push('"');
    let mut from = 0;
    for (i, b) in s.bytes().enumerate() {
        let escape = match b {
            b'"' => "\\\"",
            b'\\' => "\\\\",
            b'\n' => "\\n",
            b'\r' => "\\r",
            b'\t' => "\\t",
            0..=0x1F => "",
            _ => continue,
        };
        out.push_str(&s[from..i]);
        if escape.is_empty() {
            let _ = write!(out, "\\u{b:04x}");
        } else {
            out.push_str(escape);
        }
        from = i + 1;
    }
    out.push_str(&s[from..]);
    out.push('"');
}

/// `s` quoted for an error message: as JSON writes it, cut after 40 characters with "…"
/// so that the message stays one line. (Not `{:?}`: the browser build formats no Debug.)
pub fn quoted_short(s: &str) -> String {
    const MAX: usize = 40;
    let mut cut: String = s.chars().take(MAX).collect();
    if s.chars().nth(MAX).is_some() {
        cut.push('…');
    }
    let mut out = String::with_capacity(cut.len() + 2);
    quote(&mut out, &cut);
    out
}

/// A JSON object being written, its keys in the order they are given.
pub struct Object<'a> {
    out: &'a mut String,
    empty: bool,
}

impl<'a> Object<'a> {
    pub fn new(out: &'a mut String) -> Object<'a> {
        out.push('{');
        Object { out, empty: true }
    }

    fn key(&mut self, key: &str) {
        if !self.empty {
            self.out.push(',');
        }
        self.empty = false;
        quote(self.out, key);
        self.out.push(':');
    }

    pub fn str(mut self, key: &str, value: &str) -> Self {
        self.key(key);
        quote(self.out, value);
        self
    }

    /// A string, or `null`.
    pub fn opt(mut self, key: &str, value: Option<&str>) -> Self {
        self.key(key);
        match value {
            Some(v) => quote(self.out, v),
            None => self.out.push_str("null"),
        }
        self
    }

    pub fn num(mut self, key: &str, value: usize) -> Self {
        self.key(key);
        let _ = write!(self.out, "{value}");
        self
    }

    /// A number and a string, both only when present (keys a text's findings do not
    /// have: a Word document's paragraph and excerpt).
    pub fn located(mut self, paragraph: Option<usize>, excerpt: Option<&str>) -> Self {
        if let Some(p) = paragraph {
            self = self.num("paragraph", p);
        }
        if let Some(e) = excerpt {
            self = self.str("excerpt", e);
        }
        self
    }

    pub fn bool(mut self, key: &str, value: bool) -> Self {
        self.key(key);
        self.out.push_str(if value { "true" } else { "false" });
        self
    }

    /// A value written by `write` (an object, an array).
    pub fn with(mut self, key: &str, write: impl FnOnce(&mut String)) -> Self {
        self.key(key);
        write(self.out);
        self
    }

    /// `{ "vi": …, "en": … }`.
    pub fn bilingual(self, key: &str, vi: &str, en: &str) -> Self {
        self.with(key, |out| {
            Object::new(out).str("vi", vi).str("en", en).end();
        })
    }

    pub fn end(self) {
        self.out.push('}');
    }
}

/// Appends a JSON array of `items`, each written by `write`.
pub fn array<T>(
    out: &mut String,
    items: impl IntoIterator<Item = T>,
    mut write: impl FnMut(&mut String, T),
) {
    out.push('[');
    for (i, item) in items.into_iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        write(out, item);
    }
    out.push(']');
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strings_survive_any_character() {
        let hard = "Sở \"Y tế\" \\ \n\r\t\u{0}\u{1f}\u{7f}\u{2028} 😀 </script>";
        let mut out = String::new();
        quote(&mut out, hard);
        let back: String = serde_json::from_str(&out).unwrap();
        assert_eq!(back, hard);
    }

    #[test]
    fn objects_and_arrays_are_json() {
        let mut out = String::new();
        array(&mut out, [1usize, 2], |out, n| {
            Object::new(out)
                .str("code", "A002")
                .opt("hint", None)
                .opt("path", Some("/tasks/0/lead"))
                .num("line", n)
                .bool("ok", n == 1)
                .bilingual("title", "Tiêu đề", "Title")
                .with("empty", |out| Object::new(out).end())
                .end();
        });
        let v: serde_json::Value = serde_json::from_str(&out).unwrap();
        assert_eq!(v[1]["line"], 2);
        assert_eq!(v[0]["hint"], serde_json::Value::Null);
        assert_eq!(v[0]["path"], "/tasks/0/lead");
        assert_eq!(v[0]["ok"], true);
        assert_eq!(v[0]["title"]["vi"], "Tiêu đề");
        assert_eq!(v[0]["empty"], serde_json::json!({}));
        let keys: Vec<&String> = v[0].as_object().unwrap().keys().collect();
        assert_eq!(keys.len(), 7);
    }
}
