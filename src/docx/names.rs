//! The local names of the elements the walkers of the parts look at, classified once by
//! one function that all of them share: a table scanned in place of a chain of
//! byte-string comparisons in each walker, which is smaller in the wasm.

/// An element the reader acts on; any other is [`Name::Other`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Name {
    // word/document.xml
    P,
    PPr,
    PStyle,
    NumId,
    Ilvl,
    Tbl,
    Tr,
    Tc,
    T,
    Tab,
    /// `w:br` or `w:cr`: a line break.
    Break,
    NoBreakHyphen,
    FldChar,
    /// An element whose content is not part of the text as shown (deleted text, field
    /// instructions, drawings, properties and their tracked changes).
    Hidden,
    // word/styles.xml
    Style,
    BasedOn,
    // word/numbering.xml
    AbstractNum,
    Num,
    AbstractNumId,
    LvlOverride,
    StartOverride,
    Lvl,
    Start,
    NumFmt,
    LvlText,
    Other,
}

const NAMES: [(&[u8], Name); 47] = [
    (b"p", Name::P),
    (b"pPr", Name::PPr),
    (b"pStyle", Name::PStyle),
    (b"numId", Name::NumId),
    (b"ilvl", Name::Ilvl),
    (b"tbl", Name::Tbl),
    (b"tr", Name::Tr),
    (b"tc", Name::Tc),
    (b"t", Name::T),
    (b"tab", Name::Tab),
    (b"br", Name::Break),
    (b"cr", Name::Break),
    (b"noBreakHyphen", Name::NoBreakHyphen),
    (b"fldChar", Name::FldChar),
    (b"del", Name::Hidden),
    (b"moveFrom", Name::Hidden),
    (b"delText", Name::Hidden),
    (b"instrText", Name::Hidden),
    (b"delInstrText", Name::Hidden),
    (b"drawing", Name::Hidden),
    (b"pict", Name::Hidden),
    (b"object", Name::Hidden),
    (b"AlternateContent", Name::Hidden),
    (b"pPrChange", Name::Hidden),
    (b"rPrChange", Name::Hidden),
    (b"sectPrChange", Name::Hidden),
    (b"tblPrChange", Name::Hidden),
    (b"trPrChange", Name::Hidden),
    (b"tcPrChange", Name::Hidden),
    (b"numberingChange", Name::Hidden),
    (b"rPr", Name::Hidden),
    (b"tblPr", Name::Hidden),
    (b"tcPr", Name::Hidden),
    (b"trPr", Name::Hidden),
    (b"sectPr", Name::Hidden),
    (b"tabs", Name::Hidden),
    (b"style", Name::Style),
    (b"basedOn", Name::BasedOn),
    (b"abstractNum", Name::AbstractNum),
    (b"num", Name::Num),
    (b"abstractNumId", Name::AbstractNumId),
    (b"lvlOverride", Name::LvlOverride),
    (b"startOverride", Name::StartOverride),
    (b"lvl", Name::Lvl),
    (b"start", Name::Start),
    (b"numFmt", Name::NumFmt),
    (b"lvlText", Name::LvlText),
];

/// The element a local name (`p` of `w:p`) names.
#[inline(never)]
pub fn of(local: &[u8]) -> Name {
    NAMES
        .iter()
        .find(|(name, _)| *name == local)
        .map_or(Name::Other, |&(_, n)| n)
}
