//! Word documents: `check_docx` on any bytes, and on any bytes put in a zip as the
//! document and numbering parts (so that the XML reader, the numbering and the layout
//! see them, not only the zip reader), must not panic, and must give findings inside
//! the text it read. Bounded: the limits of `src/docx` hold whatever the input. The
//! parts listed for the page to inflate (`deflated_parts`, the file checker) lie inside
//! the bytes, each with a most of at least what the ratio rule always accepts.
#![no_main]

use baocao::{check_docx, Options};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let options = Options {
        today: baocao::parse_iso_date("2026-11-23").ok(),
        ..Options::default()
    };
    check(data, &options);
    if let Ok(parts) = baocao::docx::deflated_parts(data) {
        for p in parts {
            assert!(p.raw.start <= p.raw.end && p.raw.end <= data.len(), "{p:?}");
            assert!(p.most >= 1 << 20 && p.most <= baocao::docx::MAX_INFLATED, "{p:?}");
        }
    }
    if let Some((&split, rest)) = data.split_first() {
        // The first byte says where the numbering part ends and the document begins.
        let (numbering, document) = rest.split_at(split as usize * rest.len() / 256);
        let zip = stored(&[
            ("word/numbering.xml", numbering),
            ("word/document.xml", document),
        ]);
        check(&zip, &options);
    }
});

fn check(bytes: &[u8], options: &Options) {
    let Ok(checked) = check_docx(bytes, options) else {
        return;
    };
    let units = checked.text.encode_utf16().count();
    // Lines as the checker counts them: a line feed, a carriage return and the pair
    // each end one.
    let lines = 1 + checked.text.matches('\n').count() + checked.text.matches('\r').count()
        - checked.text.matches("\r\n").count();
    for f in &checked.checked.findings {
        assert!(f.start <= f.end && f.end <= units, "{f:?}");
        assert!(f.line >= 1 && f.line <= lines, "{f:?}");
        assert!(f.paragraph.is_none_or(|p| p >= 1), "{f:?}");
    }
}

/// A zip of stored entries.
fn stored(entries: &[(&str, &[u8])]) -> Vec<u8> {
    let mut out = Vec::new();
    let mut central = Vec::new();
    for (name, data) in entries {
        let offset = out.len() as u32;
        let sizes = [(data.len() as u32).to_le_bytes(); 2].concat();
        out.extend_from_slice(b"PK\x03\x04\x14\x00\x00\x00\x00\x00");
        out.extend_from_slice(&[0; 8]);
        out.extend_from_slice(&sizes);
        out.extend_from_slice(&(name.len() as u16).to_le_bytes());
        out.extend_from_slice(&[0, 0]);
        out.extend_from_slice(name.as_bytes());
        out.extend_from_slice(data);
        central.extend_from_slice(b"PK\x01\x02\x14\x00\x14\x00\x00\x00\x00\x00");
        central.extend_from_slice(&[0; 8]);
        central.extend_from_slice(&sizes);
        central.extend_from_slice(&(name.len() as u16).to_le_bytes());
        central.extend_from_slice(&[0; 12]);
        central.extend_from_slice(&offset.to_le_bytes());
        central.extend_from_slice(name.as_bytes());
    }
    let at = out.len() as u32;
    let n = (entries.len() as u16).to_le_bytes();
    out.extend_from_slice(&central);
    out.extend_from_slice(b"PK\x05\x06\x00\x00\x00\x00");
    out.extend_from_slice(&[n, n].concat());
    out.extend_from_slice(&(central.len() as u32).to_le_bytes());
    out.extend_from_slice(&at.to_le_bytes());
    out.extend_from_slice(&[0, 0]);
    out
}
