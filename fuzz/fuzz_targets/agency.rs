//! Agency matching: finding names in running text, looking one name up (with each
//! level as context), and "did you mean" suggestions, on any input.
#![no_main]

use baocao::agency::{registry, Level};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let r = registry();
    for (span, _) in r.find_mentions(text) {
        assert!(span.start <= span.end && span.end <= text.len(), "{span:?}");
        assert!(text.is_char_boundary(span.start) && text.is_char_boundary(span.end));
    }
    let _ = r.lookup(text);
    for level in Level::ALL {
        let _ = r.lookup_in(text, Some(level));
        for (span, _) in r.mentions_in(text, Some(level)) {
            assert!(span.start <= span.end && span.end <= text.len(), "{span:?}");
        }
    }
    let n = text.len() % 7;
    assert!(r.suggest(text, n).len() <= n);
});
