//! The little the reader asks of XML: events of a part, a tag's local name, an attribute
//! by local name. Written here rather than taken from quick-xml, which it replaced: the
//! parts of a Word file need no more than this, and it is about 3 KB brotli less in every
//! wasm that reads Word files (benches/size-steps.md, row 57); the tests check it against
//! quick-xml on generated XML. A document type declaration is refused (no DTD, so no
//! entity of any kind can be declared, expanded or fetched); a reference other than the
//! five predefined entities and character references is an error. One pass over the
//! part, each byte looked at a bounded number of times.

use std::borrow::Cow;

use super::DocxError;

/// An opening tag: what stands between `<` and `>` (without a closing `/`).
pub struct Tag<'a> {
    inside: &'a str,
}

/// What the walkers of the parts see.
pub enum Item<'a> {
    /// An opening tag (one that closes itself, `<w:tab/>`, is followed by its close).
    Open(Tag<'a>),
    /// A closing tag's local name.
    Close(&'a [u8]),
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
    let bad = || DocxError::BadXml(part);
    let xml = std::str::from_utf8(xml).map_err(|_| bad())?;
    let mut rest = xml.strip_prefix('\u{feff}').unwrap_or(xml);
    while !rest.is_empty() {
        let lt = rest.find('<').unwrap_or(rest.len());
        if lt > 0 {
            f(Item::Text(unescape(&rest[..lt], part)?))?;
        }
        rest = &rest[lt..];
        if rest.is_empty() {
            break;
        }
        rest = if let Some(r) = rest.strip_prefix("<!--") {
            after(r, "-->").ok_or_else(bad)?
        } else if let Some(r) = rest.strip_prefix("<![CDATA[") {
            let end = r.find("]]>").ok_or_else(bad)?;
            f(Item::Text(Cow::Borrowed(&r[..end])))?;
            &r[end + 3..]
        } else if rest.starts_with("<!DOCTYPE") {
            return Err(DocxError::Dtd);
        } else if rest.starts_with("<!") {
            return Err(bad());
        } else if let Some(r) = rest.strip_prefix("<?") {
            after(r, "?>").ok_or_else(bad)?
        } else if let Some(r) = rest.strip_prefix("</") {
            let end = r.find('>').ok_or_else(bad)?;
            f(Item::Close(local(r[..end].trim_end())))?;
            &r[end + 1..]
        } else {
            let r = &rest[1..];
            let end = tag_end(r).ok_or_else(bad)?;
            let (inside, empty) = match r[..end].strip_suffix('/') {
                Some(inside) => (inside, true),
                None => (&r[..end], false),
            };
            let tag = Tag { inside };
            let name = name(&tag);
            f(Item::Open(tag))?;
            if empty {
                f(Item::Close(name))?;
            }
            &r[end + 1..]
        };
    }
    Ok(())
}

/// What follows the first `end` in `s`.
fn after<'a>(s: &'a str, end: &str) -> Option<&'a str> {
    s.find(end).map(|i| &s[i + end.len()..])
}

/// The `>` that ends a tag: the first outside an attribute's quotes.
fn tag_end(s: &str) -> Option<usize> {
    let mut quote = None;
    for (i, b) in s.bytes().enumerate() {
        match (quote, b) {
            (None, b'>') => return Some(i),
            (None, b'"' | b'\'') => quote = Some(b),
            (Some(q), _) if b == q => quote = None,
            _ => {}
        }
    }
    None
}

/// `w:p` → `p`.
fn local(qname: &str) -> &[u8] {
    let qname = qname.as_bytes();
    match qname.iter().position(|&b| b == b':') {
        Some(k) => &qname[k + 1..],
        None => qname,
    }
}

/// A tag's local name: `w:p` → `p`.
pub fn name<'a>(tag: &Tag<'a>) -> &'a [u8] {
    let inside = tag.inside;
    let end = inside
        .find(|c: char| c.is_ascii_whitespace())
        .unwrap_or(inside.len());
    local(&inside[..end])
}

/// The value of the attribute whose local name is `name` (`w:val` → `val`), unescaped;
/// `None` also for a value with a reference that is not one of XML's own.
pub fn attr(tag: &Tag<'_>, name: &[u8]) -> Option<String> {
    let inside = tag.inside;
    let mut rest = &inside[inside
        .find(|c: char| c.is_ascii_whitespace())
        .unwrap_or(inside.len())..];
    loop {
        rest = rest.trim_start();
        let eq = rest.find('=')?;
        let key = rest[..eq].trim_end();
        let value = rest[eq + 1..].trim_start();
        let quote = value.chars().next().filter(|q| *q == '"' || *q == '\'')?;
        let value = &value[1..];
        let end = value.find(quote)?;
        if local(key) == name {
            return unescape(&value[..end], "").ok().map(Cow::into_owned);
        }
        rest = &value[end + 1..];
    }
}

/// Text with its references resolved: `&amp;` and the other predefined entities,
/// `&#x1EA1;`, `&#7841;`.
fn unescape<'a>(text: &'a str, part: &'static str) -> Result<Cow<'a, str>, DocxError> {
    let Some(first) = text.find('&') else {
        return Ok(Cow::Borrowed(text));
    };
    let mut out = String::with_capacity(text.len());
    out.push_str(&text[..first]);
    let mut rest = &text[first..];
    while let Some(r) = rest.strip_prefix('&') {
        let semi = r.find(';').ok_or(DocxError::BadXml(part))?;
        out.push(reference(&r[..semi], part)?);
        rest = &r[semi + 1..];
        let next = rest.find('&').unwrap_or(rest.len());
        out.push_str(&rest[..next]);
        rest = &rest[next..];
    }
    Ok(Cow::Owned(out))
}

/// `amp` and the other predefined entities, `#x1EA1`: anything else is refused.
fn reference(name: &str, part: &'static str) -> Result<char, DocxError> {
    let code = if let Some(hex) = name.strip_prefix("#x") {
        u32::from_str_radix(hex, 16).ok()
    } else if let Some(decimal) = name.strip_prefix('#') {
        decimal.parse().ok()
    } else {
        return match name {
            "amp" => Ok('&'),
            "lt" => Ok('<'),
            "gt" => Ok('>'),
            "quot" => Ok('"'),
            "apos" => Ok('\''),
            _ => Err(DocxError::Dtd),
        };
    };
    code.filter(|&c| c != 0)
        .and_then(char::from_u32)
        .ok_or(DocxError::BadXml(part))
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
        assert!(matches!(texts("<a>&amp</a>"), Err(DocxError::BadXml(_))));
        assert!(matches!(
            texts("<a>&#xD800;</a>"),
            Err(DocxError::BadXml(_))
        ));
    }

    #[test]
    fn what_is_cut_off_or_not_utf8_is_bad_xml() {
        for xml in [
            &b"<a"[..],
            b"<a b='>",
            b"<!-- x",
            b"<![CDATA[x",
            b"<?pi",
            b"</a",
            b"<!ELEMENT a>",
            b"<a>\xff</a>",
        ] {
            let mut seen = 0;
            let r = walk(xml, "word/document.xml", &mut |_| {
                seen += 1;
                Ok(())
            });
            assert!(
                matches!(r, Err(DocxError::BadXml("word/document.xml"))),
                "{xml:?}"
            );
        }
    }

    #[test]
    fn a_quoted_greater_than_does_not_end_a_tag() {
        let mut got = Vec::new();
        walk(br#"<w:x w:a="1>2" b='it&apos;s'/>"#, "p", &mut |item| {
            if let Item::Open(tag) = &item {
                got.push(attr(tag, b"a"));
                got.push(attr(tag, b"b"));
                got.push(attr(tag, b"c"));
            }
            Ok(())
        })
        .unwrap();
        assert_eq!(got, [Some("1>2".to_owned()), Some("it's".to_owned()), None]);
    }

    /// The reference: quick-xml, which this replaced, reads generated parts to the same
    /// items (text joined between tags: quick-xml gives references apart). Native only,
    /// as the crate's other property tests.
    #[cfg(not(target_arch = "wasm32"))]
    mod reference {
        use super::*;
        use proptest::prelude::*;
        use quick_xml::events::Event;

        #[derive(Debug, PartialEq)]
        enum Seen {
            Open(String, Vec<Option<String>>),
            Close(String),
            Text(String),
        }

        const KEYS: [&[u8]; 3] = [b"val", b"id", b"type"];

        fn push_text(out: &mut Vec<Seen>, t: &str) {
            if let Some(Seen::Text(last)) = out.last_mut() {
                last.push_str(t);
            } else {
                out.push(Seen::Text(t.to_owned()));
            }
        }

        fn ours(xml: &str) -> Option<Vec<Seen>> {
            let mut out = Vec::new();
            walk(xml.as_bytes(), "p", &mut |item| {
                match item {
                    Item::Open(tag) => out.push(Seen::Open(
                        String::from_utf8_lossy(name(&tag)).into_owned(),
                        KEYS.iter().map(|k| attr(&tag, k)).collect(),
                    )),
                    Item::Close(n) => {
                        out.push(Seen::Close(String::from_utf8_lossy(n).into_owned()))
                    }
                    Item::Text(t) => push_text(&mut out, &t),
                }
                Ok(())
            })
            .ok()?;
            Some(out)
        }

        fn quick(xml: &str) -> Option<Vec<Seen>> {
            let mut reader = quick_xml::Reader::from_str(xml);
            reader.config_mut().check_end_names = false;
            let mut out = Vec::new();
            let open = |tag: &quick_xml::events::BytesStart<'_>| {
                let attrs = KEYS
                    .iter()
                    .map(|k| {
                        tag.attributes().flatten().find_map(|a| {
                            (a.key.local_name().as_ref() == *k).then(|| {
                                let raw = std::str::from_utf8(&a.value).ok()?;
                                quick_xml::escape::unescape(raw)
                                    .ok()
                                    .map(|v| v.into_owned())
                            })?
                        })
                    })
                    .collect();
                Seen::Open(
                    String::from_utf8_lossy(tag.local_name().as_ref()).into_owned(),
                    attrs,
                )
            };
            loop {
                match reader.read_event().ok()? {
                    Event::Start(t) => out.push(open(&t)),
                    Event::Empty(t) => {
                        out.push(open(&t));
                        out.push(Seen::Close(
                            String::from_utf8_lossy(t.local_name().as_ref()).into_owned(),
                        ));
                    }
                    Event::End(t) => out.push(Seen::Close(
                        String::from_utf8_lossy(t.local_name().as_ref()).into_owned(),
                    )),
                    Event::Text(t) => push_text(&mut out, &t.decode().ok()?),
                    Event::CData(t) => push_text(&mut out, &t.decode().ok()?),
                    Event::GeneralRef(r) => {
                        let c = if r.is_char_ref() {
                            r.resolve_char_ref().ok()??
                        } else {
                            match r.as_ref() {
                                b"amp" => '&',
                                b"lt" => '<',
                                b"gt" => '>',
                                b"quot" => '"',
                                b"apos" => '\'',
                                _ => return None,
                            }
                        };
                        push_text(&mut out, &c.to_string());
                    }
                    Event::DocType(_) => return None,
                    Event::Eof => return Some(out),
                    Event::Comment(_) | Event::Decl(_) | Event::PI(_) => {}
                }
            }
        }

        /// A well-formed piece of a part: elements with prefixes and attributes (values
        /// with references, quotes, `>`), text with references and Vietnamese, comments,
        /// CDATA, processing instructions.
        fn part() -> impl Strategy<Value = String> {
            let text = prop::collection::vec(
                prop_oneof![
                    Just("Kế hoạch ".to_owned()),
                    Just("a".to_owned()),
                    Just(" ".to_owned()),
                    Just("\n".to_owned()),
                    Just("&amp;".to_owned()),
                    Just("&lt;&gt;".to_owned()),
                    Just("&#x1EA1;".to_owned()),
                    Just("&#7841;".to_owned()),
                    Just("&quot;&apos;".to_owned()),
                    Just("<!-- chú thích -->".to_owned()),
                    Just("<![CDATA[ <b>&amp; ]]>".to_owned()),
                    Just("<?pi x?>".to_owned()),
                ],
                0..4,
            )
            .prop_map(|v| v.concat());
            let name = prop_oneof![Just("w:p"), Just("p"), Just("w:val"), Just("w14:t")];
            let value = prop_oneof![
                Just("1"),
                Just("a&amp;b"),
                Just("x>y"),
                Just("&#x41;"),
                Just("it&apos;s"),
                Just(""),
            ];
            let attribute = (
                prop_oneof![
                    Just("w:val"),
                    Just("val"),
                    Just("w:id"),
                    Just("type"),
                    Just("xmlns:w")
                ],
                value,
                any::<bool>(),
            )
                .prop_map(|(k, v, single)| {
                    if single {
                        format!(" {k}='{}'", v.replace('\'', "&apos;"))
                    } else {
                        format!(" {k} = \"{v}\"")
                    }
                });
            let leaf = text.clone();
            leaf.prop_recursive(4, 40, 4, move |inner| {
                (
                    name.clone(),
                    prop::collection::vec(attribute.clone(), 0..3),
                    prop::collection::vec(inner, 0..4),
                    any::<bool>(),
                )
                    .prop_map(|(n, attrs, children, empty)| {
                        let attrs = attrs.concat();
                        if empty && children.is_empty() {
                            format!("<{n}{attrs}/>")
                        } else {
                            format!("<{n}{attrs}>{}</{n}>", children.concat())
                        }
                    })
            })
        }

        proptest! {
            #![proptest_config(ProptestConfig::with_cases(400))]
            #[test]
            fn reads_as_quick_xml_does(body in part()) {
                let xml = format!("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<w:document>{body}</w:document>");
                let read = ours(&xml);
                prop_assert!(read.as_ref().is_some_and(|r| r.len() >= 2), "well-formed, read: {:?}", read);
                prop_assert_eq!(read, quick(&xml));
            }
        }
    }
}
