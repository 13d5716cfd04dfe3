//! Numbers and form dates as people type them (`number::parse`, `read_date`): never a
//! panic, and what is read is a finite number, or a date that exists.
#![no_main]

use baocao::form::model::{read_date, Field};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    if let Ok(n) = baocao::number::parse(text) {
        assert!(n.value.is_finite(), "{text:?} read as {}", n.value);
        // Reading is stable under surrounding spaces.
        assert_eq!(baocao::number::parse(&format!("  {text}\t")), Ok(n));
    }
    if let Field::Ok(d) = read_date(text) {
        use chrono::Datelike;
        assert!((1945..=2100).contains(&d.year()), "{text:?} read as {d}");
    }
});
