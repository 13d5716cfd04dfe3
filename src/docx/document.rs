//! `word/document.xml` read into paragraphs and tables, as the official sees them in
//! Word: tracked changes accepted (`w:ins` kept, `w:del` dropped), fields as their shown
//! result (`w:fldSimple`'s runs, a complex field's runs after its `separate`), comment
//! and footnote marks, drawings and text boxes left out; every paragraph counted in
//! document order and given its automatic label.

use super::ids::ById;
use super::names::{self, Name};
use super::numbering::{Label, Numbering};
use super::xml::{self, attr, Item};
use super::DocxError;

/// A Word paragraph.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Para {
    /// 1-based, in document order, counting every paragraph (empty ones and those in
    /// tables too).
    pub index: usize,
    pub label: Option<Label>,
    /// Its text; a line break (`w:br`) is `\n`, a tab `\t`.
    pub text: String,
}

/// A table: rows of cells, each cell holding paragraphs and tables.
pub type Table = Vec<Vec<Vec<Block>>>;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Block {
    Para(Para),
    Table(Table),
}

/// A paragraph style's list (`numId`, `ilvl`) and the style it is based on.
#[derive(Clone, Debug, Default)]
struct StyleList {
    num: Option<String>,
    level: Option<usize>,
    based_on: Option<String>,
}

/// The lists paragraph styles put their paragraphs in (Word's "List Number").
#[derive(Clone, Debug, Default)]
pub struct StyleNumbering {
    styles: ById<StyleList>,
}

impl StyleNumbering {
    /// Reads the paragraph styles' `w:numPr` from `word/styles.xml`.
    pub fn read(xml_bytes: &[u8]) -> Result<StyleNumbering, DocxError> {
        let mut out = StyleNumbering::default();
        let mut current: Option<(String, StyleList)> = None;
        xml::walk(xml_bytes, "word/styles.xml", &mut |item| {
            match item {
                Item::Open(tag) => match names::of(xml::name(&tag)) {
                    Name::Style => {
                        current = attr(&tag, b"styleId").map(|id| (id, Default::default()))
                    }
                    Name::NumId => {
                        if let Some((_, s)) = current.as_mut() {
                            s.num = attr(&tag, b"val");
                        }
                    }
                    Name::Ilvl => {
                        if let Some((_, s)) = current.as_mut() {
                            s.level = attr(&tag, b"val").and_then(|v| v.parse().ok());
                        }
                    }
                    Name::BasedOn => {
                        if let Some((_, s)) = current.as_mut() {
                            s.based_on = attr(&tag, b"val");
                        }
                    }
                    _ => {}
                },
                Item::Close(name) if names::of(name) == Name::Style => {
                    if let Some((id, s)) = current.take() {
                        out.styles.insert(id, s);
                    }
                }
                _ => {}
            }
            Ok(())
        })?;
        Ok(out)
    }

    /// The list a paragraph of `style` is in, following `basedOn` a few steps.
    fn of(&self, style: &str) -> (Option<String>, Option<usize>) {
        let mut at = Some(style.to_owned());
        let (mut num, mut lvl) = (None, None);
        for _ in 0..10 {
            let Some(style) = at.as_deref().and_then(|s| self.styles.get(s)) else {
                break;
            };
            num = num.or_else(|| style.num.clone());
            lvl = lvl.or(style.level);
            at = style.based_on.clone();
        }
        (num, lvl)
    }
}

/// What the walker is in the middle of.
#[derive(Default)]
struct Walker {
    body: Vec<Block>,
    /// Open tables, innermost last.
    tables: Vec<Table>,
    para: Option<Para>,
    num_id: Option<String>,
    ilvl: Option<usize>,
    style: Option<String>,
    /// Depth inside content that is not shown.
    skip: usize,
    /// Open complex fields: whether each is still in its instruction.
    fields: Vec<bool>,
    /// How many of them are (so that a run's text is not held up by a scan of them all:
    /// a paragraph of many unclosed fields stays linear).
    in_instruction: usize,
    count: usize,
    in_ppr: bool,
    /// Inside `w:t`, where the text is.
    in_t: bool,
}

impl Walker {
    fn container(&mut self) -> &mut Vec<Block> {
        match self.tables.last_mut() {
            Some(table) => {
                if table.is_empty() {
                    table.push(Vec::new());
                }
                let row = table.last_mut().expect("a row");
                if row.is_empty() {
                    row.push(Vec::new());
                }
                row.last_mut().expect("a cell")
            }
            None => &mut self.body,
        }
    }

    fn push_text(&mut self, s: &str) {
        if self.skip > 0 || self.in_instruction > 0 {
            return;
        }
        if let Some(p) = self.para.as_mut() {
            p.text.push_str(s);
        }
    }
}

/// The blocks of the document's body.
pub fn read(
    xml_bytes: &[u8],
    numbering: &mut Numbering,
    styles: &StyleNumbering,
) -> Result<Vec<Block>, DocxError> {
    let mut w = Walker::default();
    xml::walk(xml_bytes, "word/document.xml", &mut |item| {
        match item {
            Item::Open(tag) => {
                let name = names::of(xml::name(&tag));
                if w.skip > 0 || name == Name::Hidden {
                    w.skip += 1;
                    return Ok(());
                }
                match name {
                    Name::P => {
                        w.count += 1;
                        w.para = Some(Para {
                            index: w.count,
                            ..Para::default()
                        });
                        (w.num_id, w.ilvl, w.style) = (None, None, None);
                    }
                    Name::PPr => w.in_ppr = true,
                    Name::PStyle if w.in_ppr => w.style = attr(&tag, b"val"),
                    Name::NumId if w.in_ppr => w.num_id = attr(&tag, b"val"),
                    Name::Ilvl if w.in_ppr => {
                        w.ilvl = attr(&tag, b"val").and_then(|v| v.parse().ok())
                    }
                    Name::Tbl => w.tables.push(Vec::new()),
                    Name::Tr => {
                        if let Some(t) = w.tables.last_mut() {
                            t.push(Vec::new());
                        }
                    }
                    Name::Tc => {
                        if let Some(row) = w.tables.last_mut().and_then(|t| t.last_mut()) {
                            row.push(Vec::new());
                        }
                    }
                    Name::T => w.in_t = true,
                    Name::Tab if !w.in_ppr => w.push_text("\t"),
                    Name::Break => w.push_text("\n"),
                    Name::NoBreakHyphen => w.push_text("-"),
                    Name::FldChar => match attr(&tag, b"fldCharType").as_deref() {
                        Some("begin") => {
                            w.fields.push(true);
                            w.in_instruction += 1;
                        }
                        Some("separate") => {
                            if let Some(f) = w.fields.last_mut().filter(|f| **f) {
                                *f = false;
                                w.in_instruction -= 1;
                            }
                        }
                        Some("end") => {
                            w.in_instruction -= usize::from(w.fields.pop() == Some(true));
                        }
                        _ => {}
                    },
                    _ => {}
                }
            }
            Item::Close(name) => {
                if w.skip > 0 {
                    w.skip -= 1;
                    return Ok(());
                }
                match names::of(name) {
                    Name::T => w.in_t = false,
                    Name::PPr => {
                        w.in_ppr = false;
                        let (style_num, style_lvl) =
                            w.style.as_deref().map_or((None, None), |s| styles.of(s));
                        let num = w.num_id.clone().or(style_num);
                        let lvl = w.ilvl.or(style_lvl).unwrap_or(0);
                        if let (Some(num), Some(p)) = (num, w.para.as_mut()) {
                            if num != "0" {
                                p.label = numbering.next(&num, lvl);
                            }
                        }
                    }
                    Name::P => {
                        if let Some(p) = w.para.take() {
                            // A paragraph whose properties came after nothing: no label
                            // was counted for it, which is Word's reading too.
                            w.fields.clear();
                            w.in_instruction = 0;
                            w.container().push(Block::Para(p));
                        }
                    }
                    Name::Tbl => {
                        if let Some(t) = w.tables.pop() {
                            w.container().push(Block::Table(t));
                        }
                    }
                    _ => {}
                }
            }
            Item::Text(t) => {
                // Text outside `w:t` (whitespace between tags) is not shown.
                w.push_text_if_run(&t);
            }
        }
        Ok(())
    })?;
    // Tables left open by a cut-off part: kept, innermost into its parent.
    while let Some(t) = w.tables.pop() {
        w.container().push(Block::Table(t));
    }
    Ok(w.body)
}

impl Walker {
    fn push_text_if_run(&mut self, t: &str) {
        // The XML reader gives the whitespace between elements as text too; Word's text is
        // only in `w:t` (and `w:instrText`, skipped), whose content never holds tags.
        if self.para.is_some() && self.in_t {
            self.push_text(t);
        }
    }
}
