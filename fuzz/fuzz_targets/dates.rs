//! Date reading (`period::dates`): the scanner, what it says a date is, and the ISO
//! reader of the `today` option, on any input.
#![no_main]

use baocao::period::dates::{reversed, scan};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(raw) = std::str::from_utf8(data) else {
        return;
    };
    let _ = baocao::parse_iso_date(raw);
    // The scanner reads the normalised text, as the rules give it.
    let source = baocao::text::Source::new(raw);
    let text = source.text();
    let s = scan(text);
    for m in &s.mentions {
        assert!(
            m.span.start <= m.span.end && m.span.end <= text.len(),
            "{m:?}"
        );
        assert!(text.is_char_boundary(m.span.start) && text.is_char_boundary(m.span.end));
        for year in [None, Some(0), Some(2026), Some(-9999), Some(99_999)] {
            let _ = m.validity(year);
        }
        if let Some(dm) = m.day_month() {
            for year in [0, 2026, -9999, 99_999] {
                let _ = dm.date_in(year);
            }
            let _ = dm.short();
        }
    }
    for p in &s.periods {
        let (Some(from), Some(to)) = (s.mentions.get(p.from), s.mentions.get(p.to)) else {
            panic!("a period points outside the mentions: {p:?}");
        };
        let _ = reversed(from, to);
    }
    if let Some(first) = s.mentions.first() {
        let _ = s.mentions_in(&first.span);
    }
});
