//! Word documents (.docx, Office Open XML) read into the plain text the document
//! reader reads from pasted text, with a map from each line of that text back to its
//! Word paragraph, so that a finding names the paragraph and quotes it.
//!
//! - `zip.rs`: the container's directory, its parts found and inflated within limits;
//! - `xml.rs`: XML events (its own reader, checked against quick-xml), no DTD, no entities
//!   but the predefined ones;
//! - `names.rs`: the elements the walkers of the parts act on, told apart by their names;
//! - `ids.rs`: what a part defines (styles, lists, counters), kept by id;
//! - `numbering.rs`: automatic numbering rebuilt from `word/numbering.xml`;
//! - `document.rs`: the body as paragraphs and tables (tracked changes accepted,
//!   fields as shown, comments and footnotes out);
//! - `layout.rs`: paragraphs and tables as lines: a layout table (the header's issuer
//!   and motto, the recipients and the signature) cell after cell as blocks, a table of
//!   figures row by row with its cells separated by tabs.
//!
//! The text depends on nothing above it: the rules see a text, as if pasted.

mod document;
mod ids;
mod layout;
mod names;
mod numbering;
mod xml;
mod zip;

use crate::finding::{Finding, Text};
use crate::messages;

/// The most bytes the parts read may inflate to, all together: the CLI's limit on a
/// file read.
pub const MAX_INFLATED: usize = crate::limits::MAX_FILE_BYTES as usize;

/// The largest ratio of inflated to compressed size accepted for a part over
/// 1 MB: Word's XML compresses 5–20 times, a zip bomb a thousand.
pub const MAX_RATIO: usize = 200;
const RATIO_FROM: usize = 1 << 20;

/// The longest excerpt of a paragraph put in a finding, in characters.
const EXCERPT: usize = 120;

/// Why a file could not be read as a Word document.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DocxError {
    /// Not a zip archive at all (a .doc, a renamed text, an image).
    NotZip,
    /// A zip archive without `word/document.xml`.
    NoDocument,
    /// Cut off, or its directory points outside the file.
    Truncated,
    /// Inflates past [`MAX_INFLATED`], or with a ratio past [`MAX_RATIO`].
    TooLarge,
    /// Protected with a password.
    Encrypted,
    /// Something no Word writer produces (ZIP64, another compression method).
    Unsupported(&'static str),
    /// A part that is not well-formed XML.
    BadXml(&'static str),
    /// XML with a document type declaration or an entity other than the predefined.
    Dtd,
    /// The old binary Word format (.doc).
    OldWord,
}

impl DocxError {
    /// The reason, in Vietnamese (for people) and English.
    pub fn text(&self) -> (String, String) {
        let t = match self {
            DocxError::NotZip => messages::docx_not_zip(),
            DocxError::NoDocument => messages::docx_no_document(),
            DocxError::Truncated => messages::docx_truncated(),
            DocxError::TooLarge => {
                use crate::limits::grouped;
                let limit = Text::new(grouped(MAX_INFLATED, '.'), grouped(MAX_INFLATED, ','));
                messages::docx_too_large(limit, MAX_RATIO)
            }
            DocxError::Encrypted => messages::docx_encrypted(),
            DocxError::Unsupported(what) => messages::docx_unsupported(*what),
            DocxError::BadXml(part) => messages::docx_bad_xml(*part),
            DocxError::Dtd => messages::docx_dtd(),
            DocxError::OldWord => messages::docx_old_word(),
        };
        (t.vi, t.en)
    }
}

impl std::fmt::Display for DocxError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.text().1)
    }
}

impl std::error::Error for DocxError {}

/// What a line of the text came from.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
struct LineSource {
    /// The Word paragraph (1-based); 0 for a line that separates paragraphs.
    paragraph: u32,
    /// Whether Word letters the paragraph itself (a, b, c … with no đ).
    auto_letter: bool,
}

/// A Word document as text, and where each line came from.
#[derive(Clone, Debug, Default)]
pub struct Extracted {
    /// The text the reader reads, one paragraph per line.
    pub text: String,
    lines: Vec<LineSource>,
}

impl Extracted {
    /// The Word paragraph (1-based) of a line of the text (1-based).
    pub fn paragraph(&self, line: usize) -> Option<usize> {
        let p = self.lines.get(line.checked_sub(1)?)?.paragraph;
        (p > 0).then_some(p as usize)
    }

    /// Gives each finding on a line its paragraph and an excerpt of it; a lettering
    /// finding on a list Word letters itself gets a hint to letter it by hand.
    pub fn locate(&self, findings: &mut [Finding], lang: crate::Lang) {
        let lines: Vec<&str> = self.text.split('\n').collect();
        for f in findings {
            let Some(at) = self.location(&lines, f.line, f.code, lang) else {
                continue;
            };
            f.paragraph = Some(at.paragraph);
            f.excerpt = Some(at.excerpt);
            if let Some(hint) = at.hint {
                f.hint = Some(hint);
            }
        }
    }

    /// Where a finding of `code` on `line` (1-based) is in the Word document: its
    /// paragraph, an excerpt, and the hint that replaces the rule's own, if any. `lines`
    /// is the text split at `\n`. What [`Extracted::locate`] gives each finding, for the
    /// second wasm (`wasm_docx.rs`), which gets its findings as JS objects.
    pub fn location(
        &self,
        lines: &[&str],
        line: usize,
        code: &str,
        lang: crate::Lang,
    ) -> Option<Location> {
        let paragraph = self.paragraph(line)?;
        let text = lines.get(line - 1).copied().unwrap_or("");
        let hint = (code == "S004" && self.lines[line - 1].auto_letter)
            .then(|| messages::docx_auto_letter_hint().get(lang).to_owned());
        Some(Location {
            paragraph,
            excerpt: excerpt(text),
            hint,
        })
    }
}

/// Where a finding is in a Word document ([`Extracted::location`]).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Location {
    /// The Word paragraph, 1-based.
    pub paragraph: usize,
    /// The text of the finding's line, cut to 120 characters.
    pub excerpt: String,
    /// The hint that replaces the rule's own.
    pub hint: Option<String>,
}

/// A line of text cut to [`EXCERPT`] characters, tabs as spaces.
fn excerpt(line: &str) -> String {
    let line = line.trim();
    let mut out: String = line
        .chars()
        .take(EXCERPT)
        .map(|c| if c == '\t' { ' ' } else { c })
        .collect();
    if line.chars().nth(EXCERPT).is_some() {
        out.push('…');
    }
    out
}

/// The parts of a Word document the reader reads, the document's text first.
const PARTS: [&str; 3] = ["word/document.xml", "word/numbering.xml", "word/styles.xml"];

/// Reads a .docx into text. Refuses, with the reason, what is not a Word document or
/// goes past the limits; never panics, in time linear in the input.
pub fn extract(bytes: &[u8]) -> Result<Extracted, DocxError> {
    extract_with(bytes, |_: &str, raw: &[u8], limit| inflate(raw, limit))
}

/// As [`extract`], each deflated part inflated by `inflate` (the page's: the file
/// checker of the browser has no inflater of its own, see [`deflated_parts`]).
pub fn extract_with(bytes: &[u8], mut inflate: impl zip::Inflate) -> Result<Extracted, DocxError> {
    let archive = open(bytes)?;
    let mut budget = MAX_INFLATED;
    let mut part = |name: &str| -> Result<Option<Vec<u8>>, DocxError> {
        let Some(entry) = archive.find(name) else {
            return Ok(None);
        };
        let data = archive.read(entry, budget, &mut inflate)?;
        budget -= data.len();
        Ok(Some(data))
    };
    let [document, numbering, styles] = PARTS;
    let document = part(document)?.ok_or(DocxError::NoDocument)?;
    let mut numbering = match part(numbering)? {
        Some(xml) => numbering::Numbering::read(&xml)?,
        None => numbering::Numbering::default(),
    };
    let styles = match part(styles)? {
        Some(xml) => document::StyleNumbering::read(&xml)?,
        None => document::StyleNumbering::default(),
    };
    let blocks = document::read(&document, &mut numbering, &styles)?;
    Ok(layout::lay_out(&blocks))
}

/// A deflated part that [`extract_with`] will ask for: its name, where its raw deflate
/// stream lies in the file, and the most bytes it may inflate to (one byte more is
/// refused as a zip bomb, so an inflater may stop there).
#[derive(Debug, PartialEq, Eq)]
pub struct DeflatedPart {
    pub name: &'static str,
    pub raw: std::ops::Range<usize>,
    pub most: usize,
}

/// The deflated parts of a Word document that [`extract_with`] reads, for an inflater
/// outside the crate (the browser's `DecompressionStream`); the same errors as
/// [`extract`] for a file that is not a zip archive or whose directory is damaged.
pub fn deflated_parts(bytes: &[u8]) -> Result<Vec<DeflatedPart>, DocxError> {
    let archive = open(bytes)?;
    let mut out = Vec::new();
    for name in PARTS {
        let Some(entry) = archive.find(name) else {
            continue;
        };
        if !zip::Archive::deflated(entry)? {
            continue;
        }
        let raw = archive.raw_range(entry)?;
        // The most that passes check_ratio: n / len ≤ MAX_RATIO, or n ≤ RATIO_FROM.
        let most = (raw.len().saturating_mul(MAX_RATIO + 1).saturating_sub(1)).max(RATIO_FROM);
        out.push(DeflatedPart {
            name,
            raw,
            most: most.min(MAX_INFLATED),
        });
    }
    Ok(out)
}

/// The file's zip archive; an old binary Word file is named as such, not "not a zip".
fn open(bytes: &[u8]) -> Result<zip::Archive<'_>, DocxError> {
    if bytes.starts_with(&[0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]) {
        // An OLE compound file: Word 97–2003 (or a .docx encrypted by Office).
        return Err(DocxError::OldWord);
    }
    zip::Archive::open(bytes)
}

/// Raw deflate within `limit` bytes of output: past it, a zip bomb.
#[cfg(feature = "inflate")]
pub(crate) fn inflate(raw: &[u8], limit: usize) -> Result<Vec<u8>, DocxError> {
    use miniz_oxide::inflate::{decompress_to_vec_with_limit, TINFLStatus};
    decompress_to_vec_with_limit(raw, limit).map_err(|e| match e.status {
        TINFLStatus::HasMoreOutput => DocxError::TooLarge,
        _ => DocxError::Truncated,
    })
}

/// Without the Rust inflater (the file checker, whose page inflates with the browser's
/// `DecompressionStream`: [`extract_with`]): only stored parts are read.
#[cfg(not(feature = "inflate"))]
pub(crate) fn inflate(_raw: &[u8], _limit: usize) -> Result<Vec<u8>, DocxError> {
    Err(DocxError::Unsupported("deflate"))
}

/// Refuses a part that inflated past [`MAX_RATIO`] times its compressed size.
pub(crate) fn check_ratio(compressed: usize, inflated: usize) -> Result<(), DocxError> {
    if inflated > RATIO_FROM && inflated / compressed.max(1) > MAX_RATIO {
        return Err(DocxError::TooLarge);
    }
    Ok(())
}

#[cfg(test)]
mod tests;
