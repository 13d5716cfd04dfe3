//! The little the reader asks of XML, over quick-xml: events of a part, a tag's local
//! name, an attribute by local name. A document type declaration is refused (no DTD,
//! so no entity of any kind can be declared, expanded or fetched); a reference other
//! than the five predefined entities and character references is an error.

use std::borrow::Cow;

use quick_xml::events::{BytesRef, BytesStart, Event};
use quick_xml::Reader;

use super::DocxError;

/// What the walkers of the parts see.
pub enum Item<'a> {
    /// An opening tag (one that closes itself, `<w:tab/>`, is followed by its close).
    Open(BytesStart<'a>),
    Close(Vec<u8>),
    Text(Cow<'a, str>),
}

/// Calls `f` with each item of `xml`, in order. `part` names the part in errors.
/// (`f` is a trait object: one copy of the XML reader in the wasm, not one per part.)
#[inline(never)]
pub fn walk<'a>(
    xml: &'a [u8],
    part: &'static str,
    f: &mut dyn FnMut(Item<'a>) -> Result<(), DocxError>,
) -> Result<(), DocxError> {
    let mut reader = Reader::from_reader(xml);
    reader.config_mut().check_end_names = false;
    let bad = |_| DocxError::BadXml(part);
    loop {
        match reader.read_event().map_err(bad)? {
            Event::Start(tag) => f(Item::Open(tag))?,
            Event::Empty(tag) => {
                let name = tag.local_name().as_ref().to_vec();
                f(Item::Open(tag))?;
                f(Item::Close(name))?;
            }
            Event::End(tag) => f(Item::Close(tag.local_name().as_ref().to_vec()))?,
            Event::Text(t) => f(Item::Text(t.decode().map_err(|_| DocxError::BadXml(part))?))?,
            Event::CData(t) => f(Item::Text(t.decode().map_err(|_| DocxError::BadXml(part))?))?,
            Event::GeneralRef(r) => f(Item::Text(Cow::Owned(reference(&r, part)?.to_string())))?,
            Event::DocType(_) => return Err(DocxError::Dtd),
            Event::Eof => return Ok(()),
            Event::Comment(_) | Event::Decl(_) | Event::PI(_) => {}
        }
    }
}

/// `&amp;` and the other predefined entities, `&#x1EA1;`: anything else is refused.
fn reference(r: &BytesRef<'_>, part: &'static str) -> Result<char, DocxError> {
    if r.is_char_ref() {
        return r
            .resolve_char_ref()
            .ok()
            .flatten()
            .ok_or(DocxError::BadXml(part));
    }
    match r.as_ref() {
        b"amp" => Ok('&'),
        b"lt" => Ok('<'),
        b"gt" => Ok('>'),
        b"quot" => Ok('"'),
        b"apos" => Ok('\''),
        _ => Err(DocxError::Dtd),
    }
}

/// The value of the attribute whose local name is `name` (`w:val` → `val`), unescaped.
pub fn attr(tag: &BytesStart<'_>, name: &[u8]) -> Option<String> {
    tag.attributes().flatten().find_map(|a| {
        if a.key.local_name().as_ref() != name {
            return None;
        }
        let raw = std::str::from_utf8(&a.value).ok()?;
        quick_xml::escape::unescape(raw).ok().map(Cow::into_owned)
    })
}

/// A tag's local name: `w:p` → `p`.
pub fn name<'t>(tag: &'t BytesStart<'_>) -> &'t [u8] {
    let full = tag.name().into_inner();
    match full.iter().position(|&b| b == b':') {
        Some(k) => &full[k + 1..],
        None => full,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(xml: &str) -> Result<String, DocxError> {
        let mut out = String::new();
        walk(xml.as_bytes(), "word/document.xml", &mut |item| {
            if let Item::Text(t) = item {
                out.push_str(&t);
            }
            Ok(())
        })?;
        Ok(out)
    }

    #[test]
    fn entities_are_the_predefined_ones_only() {
        assert_eq!(
            texts("<a>x &amp; y &#x1EA1;&#7841;</a>").unwrap(),
            "x & y ạạ"
        );
        let bomb = r#"<?xml version="1.0"?><!DOCTYPE a [<!ENTITY b "bbbb"><!ENTITY c "&b;&b;">]><a>&c;</a>"#;
        assert!(matches!(texts(bomb), Err(DocxError::Dtd)));
        let external = r#"<!DOCTYPE a [<!ENTITY x SYSTEM "file:///etc/passwd">]><a>&x;</a>"#;
        assert!(matches!(texts(external), Err(DocxError::Dtd)));
        assert!(matches!(texts("<a>&undeclared;</a>"), Err(DocxError::Dtd)));
        assert!(matches!(texts("<a>&#0;</a>"), Err(DocxError::BadXml(_))));
    }
}
