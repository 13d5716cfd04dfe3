//! The header of the model: the number and symbol, the place and date of issue. A text
//! gives them on its header lines, a form in its fields; either may leave one out or
//! give one that cannot be read.

use crate::finding::Location;
use crate::form::Invalid;
use crate::reader::{DatePart, DocKind};

/// One fact of a document as given.
#[derive(Clone, Debug)]
pub enum Fact<T> {
    Stated(T, Location),
    /// Not given; the location is where it belongs.
    Missing(Location),
    /// Given, but not readable as what it should be (a form field of the wrong type).
    Unreadable(Location, Invalid),
    /// Nothing to go on (a form that is not an object).
    Unknown,
}

/// How the document came: laid out as text, or typed into the fields of a form. Only
/// advice depends on it (where to write what is missing); every judgement is the same.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Medium {
    Text,
    Form,
}

#[derive(Clone, Debug)]
pub struct Header {
    pub number: Fact<Symbol>,
    /// The kind its type name states (`KẾ HOẠCH`), which the symbol must agree with.
    pub stated_kind: Option<DocKind>,
    pub place: Fact<Place>,
    pub date: Fact<IssueDate>,
    /// With neither place nor date of issue in words: a date written with slashes
    /// (`Lạng Sơn, 05/02/2026`) where they belong.
    pub numeric_date: Option<Location>,
    /// Where the place and date of issue are written or stand in, in order: the
    /// place-and-date line, else the header's cells with a place and a comma. Their
    /// dates are F003's.
    pub issued_at: Vec<Location>,
}

/// The number and symbol: `61/KH-UBND`, `/KH-UBND` (a draft's).
#[derive(Clone, Debug)]
pub struct Symbol {
    /// Words joined by single spaces, without the `Số:` before them.
    pub symbol: String,
    /// What the location holds before the symbol (`Số: ` in a text), which a
    /// suggestion keeps.
    pub prefix: &'static str,
}

/// The place of issue.
#[derive(Clone, Debug)]
pub struct Place {
    pub name: String,
    /// Followed by a comma, as Nghị định 30 writes it (`Lạng Sơn, ngày …`).
    pub comma: bool,
}

/// The date of issue, part by part.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct IssueDate {
    pub day: DatePart,
    pub month: DatePart,
    pub year: DatePart,
}
