//! Word's automatic numbering (`word/numbering.xml`), rebuilt: the labels a list shows
//! ("1.", "a)", "II.", a bullet) computed from its levels' formats, texts and start
//! values, counted in document order as Word counts them, so that a label the reader
//! then judges is the label the official sees in Word.
//!
//! A list instance (`w:num`) points at an abstract definition (`w:abstractNum`) and may
//! override a level's start (`w:lvlOverride/w:startOverride`) or the whole level.
//! Instances of one definition share their counters, as in Word, unless an instance
//! restarts a level, which it does the first time it is used.

use super::ids::ById;
use super::names::{self, Name};
use super::xml::{self, attr, Item};
use super::DocxError;

/// How a level writes its number.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Decimal,
    DecimalZero,
    LowerLetter,
    UpperLetter,
    LowerRoman,
    UpperRoman,
    Bullet,
    None,
}

impl Format {
    fn parse(s: &str) -> Format {
        match s {
            "decimalZero" => Format::DecimalZero,
            "lowerLetter" => Format::LowerLetter,
            "upperLetter" => Format::UpperLetter,
            "lowerRoman" => Format::LowerRoman,
            "upperRoman" => Format::UpperRoman,
            "bullet" => Format::Bullet,
            "none" => Format::None,
            _ => Format::Decimal,
        }
    }

    /// Whether Word letters the level itself (a, b, c … with no đ).
    pub fn is_letter(self) -> bool {
        matches!(self, Format::LowerLetter | Format::UpperLetter)
    }

    fn write(self, n: u32, out: &mut String) {
        match self {
            Format::Decimal => out.push_str(&n.to_string()),
            Format::DecimalZero => out.push_str(&format!("{n:02}")),
            Format::LowerLetter | Format::UpperLetter => {
                // Word: a … z, then aa … zz, then aaa …
                if n == 0 {
                    out.push('0');
                    return;
                }
                let base = if self == Format::LowerLetter {
                    b'a'
                } else {
                    b'A'
                };
                let letter = (base + ((n - 1) % 26) as u8) as char;
                for _ in 0..(n - 1) / 26 + 1 {
                    out.push(letter);
                }
            }
            Format::LowerRoman | Format::UpperRoman => {
                let roman = roman(n);
                if self == Format::LowerRoman {
                    // ASCII: no Unicode case tables in the wasm.
                    out.push_str(&roman.to_ascii_lowercase());
                } else {
                    out.push_str(&roman);
                }
            }
            Format::Bullet | Format::None => {}
        }
    }
}

fn roman(mut n: u32) -> String {
    if n == 0 || n >= 4000 {
        return n.to_string();
    }
    const TABLE: [(u32, &str); 13] = [
        (1000, "M"),
        (900, "CM"),
        (500, "D"),
        (400, "CD"),
        (100, "C"),
        (90, "XC"),
        (50, "L"),
        (40, "XL"),
        (10, "X"),
        (9, "IX"),
        (5, "V"),
        (4, "IV"),
        (1, "I"),
    ];
    let mut out = String::new();
    for (value, digits) in TABLE {
        while n >= value {
            out.push_str(digits);
            n -= value;
        }
    }
    out
}

/// One level of a list.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Level {
    pub start: u32,
    pub format: Format,
    /// `%1.`, `%1.%2.`, `%2)`, or the bullet character.
    pub text: String,
}

impl Default for Level {
    fn default() -> Self {
        Level {
            start: 1,
            format: Format::Decimal,
            text: String::new(),
        }
    }
}

const LEVELS: usize = 9;

#[derive(Clone, Debug, Default)]
struct Instance {
    abstract_id: String,
    /// Level overrides: a new start, and maybe a whole new level.
    starts: [Option<u32>; LEVELS],
    levels: [Option<Level>; LEVELS],
}

/// The lists of a document, and the counters as the document is read.
#[derive(Debug, Default)]
pub struct Numbering {
    abstracts: ById<[Level; LEVELS]>,
    instances: ById<Instance>,
    counters: ById<[Option<u32>; LEVELS]>,
    /// The instances used so far.
    restarted: ById<()>,
}

/// A paragraph's label and how it was made.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Label {
    pub text: String,
    pub format: Format,
}

impl Numbering {
    /// Reads `word/numbering.xml`.
    pub fn read(xml_bytes: &[u8]) -> Result<Numbering, DocxError> {
        let mut out = Numbering::default();
        // What is being read: an abstract definition's id or an instance's, the level.
        let mut abstract_id: Option<String> = None;
        let mut levels: [Level; LEVELS] = Default::default();
        let mut instance: Option<(String, Instance)> = None;
        let mut level: Option<usize> = None;
        let mut override_level: Option<usize> = None;
        let mut override_def: Option<Level> = None;
        xml::walk(xml_bytes, "word/numbering.xml", &mut |item| {
            match item {
                Item::Open(tag) => {
                    let val = || attr(&tag, b"val");
                    let name = names::of(xml::name(&tag));
                    match name {
                        Name::AbstractNum => {
                            abstract_id = attr(&tag, b"abstractNumId");
                            levels = Default::default();
                        }
                        Name::Num => {
                            instance = attr(&tag, b"numId").map(|id| (id, Instance::default()));
                        }
                        Name::AbstractNumId => {
                            if let (Some((_, i)), Some(v)) = (instance.as_mut(), val()) {
                                i.abstract_id = v;
                            }
                        }
                        Name::LvlOverride => {
                            override_level = attr(&tag, b"ilvl")
                                .and_then(|l| l.parse().ok())
                                .filter(|&l: &usize| l < LEVELS);
                        }
                        Name::StartOverride => {
                            if let (Some((_, i)), Some(l), Some(v)) =
                                (instance.as_mut(), override_level, val())
                            {
                                i.starts[l] = v.parse().ok();
                            }
                        }
                        Name::Lvl => {
                            level = attr(&tag, b"ilvl")
                                .and_then(|l| l.parse().ok())
                                .filter(|&l: &usize| l < LEVELS);
                            if instance.is_some() {
                                override_def = Some(Level::default());
                            }
                        }
                        Name::Start | Name::NumFmt | Name::LvlText => {
                            let target = if instance.is_some() {
                                override_def.as_mut()
                            } else if abstract_id.is_some() {
                                level.map(|l| &mut levels[l])
                            } else {
                                None
                            };
                            if let (Some(target), Some(v)) = (target, val()) {
                                match name {
                                    Name::Start => target.start = v.parse().unwrap_or(1),
                                    Name::NumFmt => target.format = Format::parse(&v),
                                    _ => target.text = v,
                                }
                            }
                        }
                        _ => {}
                    }
                }
                Item::Close(name) => match names::of(name) {
                    Name::AbstractNum => {
                        if let Some(id) = abstract_id.take() {
                            out.abstracts.insert(id, std::mem::take(&mut levels));
                        }
                    }
                    Name::Num => {
                        if let Some((id, i)) = instance.take() {
                            out.instances.insert(id, i);
                        }
                    }
                    Name::Lvl => {
                        if let (Some((_, i)), Some(l), Some(def)) = (
                            instance.as_mut(),
                            override_level.or(level),
                            override_def.take(),
                        ) {
                            i.levels[l] = Some(def);
                        }
                        level = None;
                    }
                    Name::LvlOverride => override_level = None,
                    _ => {}
                },
                Item::Text(_) => {}
            }
            Ok(())
        })?;
        Ok(out)
    }

    fn level(&self, num: &str, ilvl: usize) -> Option<Level> {
        let instance = self.instances.get(num)?;
        if let Some(l) = &instance.levels[ilvl] {
            return Some(l.clone());
        }
        self.abstracts
            .get(&instance.abstract_id)
            .map(|ls| ls[ilvl].clone())
    }

    /// The label of the next paragraph of list `num` at level `ilvl`, counted.
    /// `None` for `numId` 0 (numbering removed) or a list the part does not define.
    // Not inlined into the document's walker: smaller apart (measured).
    #[inline(never)]
    pub fn next(&mut self, num: &str, ilvl: usize) -> Option<Label> {
        let ilvl = ilvl.min(LEVELS - 1);
        let instance = self.instances.get(num)?.clone();
        let this = self.level(num, ilvl)?;
        let key = instance.abstract_id.clone();
        let mut counters = self.counters.get(&key).copied().unwrap_or([None; LEVELS]);
        // An instance that restarts a level does so the first time it is used (its id
        // copied then only, not for each of its paragraphs).
        if self.restarted.get(num).is_none() {
            self.restarted.insert(num.to_owned(), ());
            for (l, start) in instance.starts.iter().enumerate() {
                if let Some(s) = start {
                    counters[l] = Some(s.saturating_sub(1));
                    for deeper in &mut counters[l + 1..] {
                        *deeper = None;
                    }
                }
            }
        }
        let levels: Vec<Option<Level>> = (0..LEVELS).map(|l| self.level(num, l)).collect();
        let start = |l: usize| {
            instance.starts[l]
                .or_else(|| levels[l].as_ref().map(|x| x.start))
                .unwrap_or(1)
        };
        counters[ilvl] = Some(match counters[ilvl] {
            Some(n) => n.saturating_add(1),
            None => start(ilvl),
        });
        for deeper in &mut counters[ilvl + 1..] {
            *deeper = None;
        }
        self.counters.insert(key, counters);

        if this.format == Format::Bullet {
            // The bullet is a symbol-font character; written as the dash plans type.
            return Some(Label {
                text: "-".to_owned(),
                format: Format::Bullet,
            });
        }
        let mut text = String::new();
        let mut chars = this.text.chars().peekable();
        while let Some(c) = chars.next() {
            match (c, chars.peek().and_then(|d| d.to_digit(10))) {
                ('%', Some(d)) if (1..=9).contains(&d) => {
                    chars.next();
                    let l = d as usize - 1;
                    let n = counters[l].unwrap_or_else(|| start(l));
                    let format = levels[l].as_ref().map_or(Format::Decimal, |x| x.format);
                    format.write(n, &mut text);
                }
                _ => text.push(c),
            }
        }
        Some(Label {
            text,
            format: this.format,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const XML: &str = r#"<w:numbering xmlns:w="w">
      <w:abstractNum w:abstractNumId="0">
        <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1."/></w:lvl>
        <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%2."/></w:lvl>
        <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%2.%3."/></w:lvl>
      </w:abstractNum>
      <w:abstractNum w:abstractNumId="1">
        <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%1)"/></w:lvl>
      </w:abstractNum>
      <w:abstractNum w:abstractNumId="2">
        <w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="&#61623;"/></w:lvl>
      </w:abstractNum>
      <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
      <w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>
      <w:num w:numId="3"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>
      <w:num w:numId="4"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="4"/></w:lvlOverride></w:num>
      <w:num w:numId="5"><w:abstractNumId w:val="2"/></w:num>
    </w:numbering>"#;

    fn labels(steps: &[(&str, usize)]) -> Vec<String> {
        let mut n = Numbering::read(XML.as_bytes()).unwrap();
        steps
            .iter()
            .map(|(num, l)| n.next(num, *l).map(|l| l.text).unwrap_or_default())
            .collect()
    }

    #[test]
    fn levels_count_and_restart() {
        assert_eq!(
            labels(&[
                ("1", 0),
                ("1", 1),
                ("1", 2),
                ("1", 2),
                ("1", 1),
                ("1", 0),
                ("1", 1)
            ]),
            ["I.", "1.", "1.1.", "1.2.", "2.", "II.", "1."]
        );
        // Word's letters have no đ: a list of five runs a … e.
        assert_eq!(
            labels(&[("2", 0), ("2", 0), ("2", 0), ("2", 0), ("2", 0)]),
            ["a)", "b)", "c)", "d)", "e)"]
        );
        // Another instance of the same list continues it, unless it restarts.
        assert_eq!(
            labels(&[("2", 0), ("2", 0), ("3", 0), ("3", 0)]),
            ["a)", "b)", "a)", "b)"]
        );
        // A start override: the list jumps to IV.
        assert_eq!(
            labels(&[("1", 0), ("1", 0), ("4", 0)]),
            ["I.", "II.", "IV."]
        );
        assert_eq!(labels(&[("5", 0), ("0", 0), ("9", 0)]), ["-", "", ""]);
    }

    #[test]
    fn formats() {
        let mut s = String::new();
        Format::LowerLetter.write(27, &mut s);
        Format::UpperRoman.write(1994, &mut s);
        Format::DecimalZero.write(7, &mut s);
        assert_eq!(s, "aaMCMXCIV07");
    }
}
