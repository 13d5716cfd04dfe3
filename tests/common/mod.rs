//! Helpers shared by the native integration tests.
#![allow(dead_code)] // each test file uses some of them

use baocao::text::vietnamese::{decompose, Modifier};

/// Decomposes Vietnamese letters into base + combining marks (NFD).
pub fn to_nfd(s: &str) -> String {
    let mut out = String::new();
    for c in s.chars() {
        match decompose(c) {
            Some(l) if l.tone != 0 || l.modifier != Modifier::None => {
                out.push(if l.upper {
                    l.base.to_ascii_uppercase()
                } else {
                    l.base
                });
                match l.modifier {
                    Modifier::None => {}
                    Modifier::Breve => out.push('\u{306}'),
                    Modifier::Circumflex => out.push('\u{302}'),
                    Modifier::Horn => out.push('\u{31b}'),
                }
                if let Some(m) = ['\u{300}', '\u{301}', '\u{309}', '\u{303}', '\u{323}']
                    .get((l.tone as usize).wrapping_sub(1))
                {
                    out.push(*m);
                }
            }
            _ => out.push(c),
        }
    }
    out
}
