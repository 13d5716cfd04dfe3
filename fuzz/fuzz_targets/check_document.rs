//! The document reader and every rule: `check_text` on any UTF-8 input, with each
//! kind and language, must not panic and must give findings inside the input, on UTF-16
//! boundaries, sorted, and the same on a second run.
#![no_main]

use baocao::{check_text, DocKind, Lang, Options};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    // The length picks the options, so the fixtures serve as seeds as they are.
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let pick = data.len() % 6;
    let options = Options {
        lang: if pick & 1 == 0 { Lang::Vi } else { Lang::En },
        today: baocao::parse_iso_date("2026-11-23").ok(),
        kind: match (pick >> 1) % 3 {
            0 => None,
            1 => Some(DocKind::Plan),
            _ => Some(DocKind::Report),
        },
        ..Options::default()
    };
    let checked = check_text(text, &options);
    let units: Vec<u16> = text.encode_utf16().collect();
    let low = |i: usize| i < units.len() && (0xDC00..=0xDFFF).contains(&units[i]);
    for f in &checked.findings {
        assert!(f.start <= f.end && f.end <= units.len(), "{f:?}");
        assert!(
            !low(f.start) && !low(f.end),
            "splits a surrogate pair: {f:?}"
        );
        assert!(f.line >= 1 && f.column >= 1, "{f:?}");
    }
    for w in checked.findings.windows(2) {
        assert!((w[0].start, w[0].end, w[0].code) <= (w[1].start, w[1].end, w[1].code));
    }
    assert_eq!(checked.findings, check_text(text, &options).findings);
});
