//! A JavaScript value carried into the wasm in two pieces: a *tape* of numbers that
//! gives its shape (and holds its numbers, exactly), and one text holding all its
//! strings and keys end to end. `js/form-tape.js` writes them in one walk of the
//! object; this reads them back into a [`Value`].
//!
//! Why not walk the object from Rust: every property read and every string then
//! crosses the boundary on its own, and each string is re-encoded by a separate
//! `TextEncoder` call; for a form of 24 tasks that was most of `validateForm`'s time.
//! Here a whole form crosses as one `Float64Array` and one string.
//!
//! Tape entries (each an `f64`):
//! - `0` null (also `undefined`, functions, symbols, big integers);
//! - `1` false, `2` true;
//! - `3, n` a number `n` (NaN, infinities and `-0` kept);
//! - `4, len` a string of `len` UTF-16 units, the next piece of the text;
//! - `5, count` an array, then its `count` values;
//! - `6, count` an object, then `count` times: the key's length (UTF-16 units, its
//!   text the next piece) and the member's value.

use super::value::{Value, MAX_DEPTH};

pub const NULL: f64 = 0.0;
pub const FALSE: f64 = 1.0;
pub const TRUE: f64 = 2.0;
pub const NUMBER: f64 = 3.0;
pub const STRING: f64 = 4.0;
pub const ARRAY: f64 = 5.0;
pub const OBJECT: f64 = 6.0;

/// Why a tape could not be read: only a tape not written by `js/form-tape.js`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TapeError {
    /// Deeper than [`MAX_DEPTH`] (the walker refuses those first).
    TooDeep,
    /// Not a tape of the format above.
    Malformed,
}

/// The value a tape and its text describe.
pub fn read(tape: &[f64], text: &str) -> Result<Value, TapeError> {
    let mut reader = Reader {
        tape,
        at: 0,
        text,
        offset: 0,
    };
    let value = reader.value(0)?;
    if reader.at != tape.len() || reader.offset != text.len() {
        return Err(TapeError::Malformed);
    }
    Ok(value)
}

/// The byte length of the first `units` UTF-16 units of `text`, read from the lead
/// bytes alone (no decoding: this runs over every string of a form); `None` when
/// `text` is shorter or the count ends inside a character.
fn utf8_len(text: &str, units: usize) -> Option<usize> {
    let bytes = text.as_bytes();
    let (mut taken, mut at) = (0, 0);
    while taken < units {
        let lead = *bytes.get(at)?;
        // A lead byte gives its character's length; four-byte ones are two units.
        let (len, width) = match lead {
            0..=0x7F => (1, 1),
            0xC0..=0xDF => (2, 1),
            0xE0..=0xEF => (3, 1),
            _ => (4, 2),
        };
        taken += width;
        at += len;
    }
    (taken == units && at <= bytes.len()).then_some(at)
}

struct Reader<'a> {
    tape: &'a [f64],
    at: usize,
    text: &'a str,
    /// Byte offset of the next piece of `text`.
    offset: usize,
}

impl Reader<'_> {
    fn next(&mut self) -> Result<f64, TapeError> {
        let n = *self.tape.get(self.at).ok_or(TapeError::Malformed)?;
        self.at += 1;
        Ok(n)
    }

    /// A count or a length: a whole number no larger than what is left to read (so a
    /// bad tape cannot make us reserve memory for nothing).
    fn count(&mut self, limit: usize) -> Result<usize, TapeError> {
        let n = self.next()?;
        if !(0.0..=limit as f64).contains(&n) || n.fract() != 0.0 {
            return Err(TapeError::Malformed);
        }
        Ok(n as usize)
    }

    /// The next piece of the text: `units` UTF-16 units.
    fn piece(&mut self) -> Result<String, TapeError> {
        let rest = self.text.get(self.offset..).ok_or(TapeError::Malformed)?;
        let units = self.count(rest.len())?;
        let bytes = utf8_len(rest, units).ok_or(TapeError::Malformed)?;
        self.offset += bytes;
        Ok(rest.get(..bytes).ok_or(TapeError::Malformed)?.to_owned())
    }

    fn value(&mut self, depth: usize) -> Result<Value, TapeError> {
        if depth > MAX_DEPTH {
            return Err(TapeError::TooDeep);
        }
        let tag = self.next()?;
        Ok(match tag {
            NULL => Value::Null,
            FALSE => Value::Bool(false),
            TRUE => Value::Bool(true),
            NUMBER => Value::Number(self.next()?),
            STRING => Value::String(self.piece()?),
            ARRAY => {
                let count = self.count(self.tape.len() - self.at)?;
                let mut items = Vec::with_capacity(count);
                for _ in 0..count {
                    items.push(self.value(depth + 1)?);
                }
                Value::Array(items)
            }
            OBJECT => {
                let count = self.count(self.tape.len() - self.at)?;
                let mut members = Vec::with_capacity(count);
                for _ in 0..count {
                    let key = self.piece()?;
                    members.push((key, self.value(depth + 1)?));
                }
                Value::Object(members)
            }
            _ => return Err(TapeError::Malformed),
        })
    }
}

/// Appends the tape of `value` and its texts, as `js/form-tape.js` writes them
/// (lengths in UTF-16 units): for tests and fuzzing, and for any Rust caller that
/// hands a value to code reading tapes.
pub fn write(value: &Value, tape: &mut Vec<f64>, text: &mut String) {
    let piece = |s: &str, tape: &mut Vec<f64>, text: &mut String| {
        tape.push(s.encode_utf16().count() as f64);
        text.push_str(s);
    };
    match value {
        Value::Null => tape.push(NULL),
        Value::Bool(b) => tape.push(if *b { TRUE } else { FALSE }),
        Value::Number(n) => tape.extend([NUMBER, *n]),
        Value::String(s) => {
            tape.push(STRING);
            piece(s, tape, text);
        }
        Value::Array(items) => {
            tape.extend([ARRAY, items.len() as f64]);
            for item in items {
                write(item, tape, text);
            }
        }
        Value::Object(members) => {
            tape.extend([OBJECT, members.len() as f64]);
            for (key, member) in members {
                piece(key, tape, text);
                write(member, tape, text);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn round_trip(value: Value) {
        let (mut tape, mut text) = (Vec::new(), String::new());
        write(&value, &mut tape, &mut text);
        assert_eq!(read(&tape, &text), Ok(value));
    }

    fn s(text: &str) -> Value {
        Value::String(text.to_owned())
    }

    /// `utf8_len` against counting char by char, for every count over a text with
    /// characters of every UTF-8 length (and a count past its end).
    #[test]
    fn lengths_read_from_lead_bytes_agree_with_chars() {
        let text = "aĐ ư\u{7f}\u{80}\u{7ff}\u{800}ề\u{ffff}😀\u{10000}\u{10ffff}z";
        let total: usize = text.chars().map(char::len_utf16).sum();
        for units in 0..=total + 2 {
            let (mut taken, mut bytes) = (0, 0);
            for c in text.chars() {
                if taken >= units {
                    break;
                }
                taken += c.len_utf16();
                bytes += c.len_utf8();
            }
            let expected = (taken == units).then_some(bytes);
            assert_eq!(utf8_len(text, units), expected, "{units} units");
        }
    }

    #[test]
    fn values_come_back_whole() {
        round_trip(Value::Object(vec![
            ("agency".into(), s("Sở Y tế")),
            ("year".into(), Value::Number(2026.0)),
            ("quarter".into(), Value::Null),
            ("ok".into(), Value::Bool(true)),
            (
                "tasks".into(),
                Value::Array(vec![
                    Value::Object(vec![("lead".into(), s("Công an tỉnh 😀"))]),
                    Value::Array(vec![]),
                ]),
            ),
            ("".into(), s("")),
            ("emoji 👍 key".into(), s("a\u{0}b\"\\")),
        ]));
        round_trip(Value::Number(f64::INFINITY));
        round_trip(Value::Number(-0.0));
        let (tape, text) = (vec![NUMBER, f64::NAN], "");
        assert!(matches!(read(&tape, text), Ok(Value::Number(n)) if n.is_nan()));
    }

    #[test]
    fn bad_tapes_are_errors_not_panics() {
        let bad: &[(&[f64], &str)] = &[
            (&[], ""),
            (&[7.0], ""),
            (&[STRING], ""),
            (&[STRING, 5.0], "abc"),
            (&[STRING, 1.5], "ab"),
            (&[STRING, -1.0], ""),
            (&[STRING, 1.0], "😀"), // half a surrogate pair
            (&[ARRAY, 1e300], ""),
            (&[ARRAY, f64::NAN], ""),
            (&[OBJECT, 1.0, 1.0], "k"),
            (&[NULL, NULL], ""),
            (&[NULL], "left over"),
            (&[NUMBER], ""),
        ];
        for (tape, text) in bad {
            assert_eq!(
                read(tape, text),
                Err(TapeError::Malformed),
                "{tape:?} {text:?}"
            );
        }
    }

    #[test]
    fn deep_tapes_are_refused() {
        let mut tape = Vec::new();
        for _ in 0..=MAX_DEPTH {
            tape.extend([ARRAY, 1.0]);
        }
        tape.push(NULL);
        assert_eq!(read(&tape, ""), Err(TapeError::TooDeep));
        let ok = &tape[2..];
        assert!(read(ok, "").is_ok());
        // Far deeper than the stack would bear, were it walked without the limit.
        let mut deep = vec![ARRAY, 1.0];
        deep = deep.repeat(1_000_000);
        deep.push(NULL);
        assert_eq!(read(&deep, ""), Err(TapeError::TooDeep));
    }
}
