//! The form tape (`form::tape::read`), the format forms and profiles cross the JS
//! boundary in: any tape and text, never a panic; what reads back is a value no deeper
//! than the limit, and a tape written from it reads back the same.
#![no_main]

use baocao::form::tape;
use baocao::form::{Value, MAX_DEPTH};
use libfuzzer_sys::fuzz_target;

fn depth(v: &Value) -> usize {
    match v {
        Value::Array(items) => 1 + items.iter().map(depth).max().unwrap_or(0),
        Value::Object(members) => 1 + members.iter().map(|(_, m)| depth(m)).max().unwrap_or(0),
        _ => 0,
    }
}

fuzz_target!(|data: &[u8]| {
    // The first byte says how many small numbers make the tape; the rest is the text.
    let Some((&n, rest)) = data.split_first() else {
        return;
    };
    let n = usize::from(n).min(rest.len());
    let numbers: Vec<f64> = rest[..n].iter().map(|&b| f64::from(b % 9) - 1.0).collect();
    let Ok(text) = std::str::from_utf8(&rest[n..]) else {
        return;
    };
    if let Ok(value) = tape::read(&numbers, text) {
        assert!(depth(&value) <= MAX_DEPTH + 1);
        let (mut again, mut again_text) = (Vec::new(), String::new());
        tape::write(&value, &mut again, &mut again_text);
        assert_eq!(tape::read(&again, &again_text), Ok(value));
    }
});
