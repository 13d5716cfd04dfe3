//! One model of a plan or report (issue 14): what a document says, filled alike by
//! the text reader ([`from_text`]) and the form reader ([`from_form`]), every fact with
//! where it stands — a span of the text or a field of the form ([`Location`]). A rule
//! written over the model judges a report typed into a form and one pasted as text the
//! same way, and never asks which reader ran.
//!
//! The model holds the header (number and symbol, place and date of issue), the
//! outline of parts and items, the citations, the percentages and a plan's targets,
//! the dates and periods with a plan's reporting regime, a report's stated period,
//! its figures (counts and rates), its assessment, its agency and what it says of the
//! plan's tasks, the bodies it names and the tasks it gives no one, and what a form's
//! shape gets wrong. Every rule reads the model and nothing else.

mod agencies;
mod closing;
mod form;
mod header;
mod outline;
mod shape;
mod text;

pub use agencies::{
    plan_assignees, Agencies, Assigned, NamedBody, PlanAssignees, TaskName, Unassigned,
};
pub use closing::{Recipients, Signature};
pub use form::from_form;
pub use header::{Fact, Header, IssueDate, Medium, Place, Symbol};
pub use outline::{Item, Outline};
pub use shape::{ShapeIssue, ShapeProblem};
pub use text::from_text;

use crate::finding::Location;
use crate::reader::DocKind;
use crate::target::figures::Figure;

/// What a plan or report says.
#[derive(Clone, Debug)]
pub struct Model<'r> {
    pub kind: DocKind,
    /// The text the spans point into, as normalised (empty for a form).
    pub text: String,
    pub medium: Medium,
    /// Number and symbol, place and date of issue.
    pub header: Header,
    /// The signature block.
    pub signature: Fact<Signature>,
    /// The recipients.
    pub recipients: Fact<Recipients>,
    /// The counts and rates it states, in the order it states them.
    pub figures: Vec<Figure>,
    /// The text of its assessment (`Đánh giá`, `Tồn tại, hạn chế`, `Nguyên nhân`), if
    /// it has one; else, for a text with no assessment part, its whole body, where
    /// the explanation may stand.
    pub assessment: Option<String>,
    /// Where a finding about the assessment goes: the form's field, or the heading of
    /// the text's assessment part; `None` puts it at the figure it is about.
    pub assessment_at: Option<Location>,
    /// The reporting agency, as written.
    pub agency: Option<Located>,
    /// The bodies it names: who is given each task, every body that must exist on its
    /// date, the tasks given to no one.
    pub agencies: Agencies<'r>,
    /// What the report says of the plan's tasks; `None` when that cannot be read (a
    /// form's `/tasks` of the wrong type).
    pub tasks: Option<Vec<TaskReport>>,
    /// Where a finding about a task left out goes.
    pub tasks_at: Location,
    /// Its parts and numbered items; `None` when they cannot be read (a form whose
    /// `/sections` is not an object).
    pub outline: Option<Outline>,
    /// A multi-year programme plan (its title names a period of years).
    pub programme: bool,
    /// The decisions and laws it cites, in order (not its own number).
    pub citations: Vec<Cited>,
    /// Every percentage its body writes, in order (a form's rates are figures).
    pub percentages: Vec<Percent>,
    /// A plan's targets (`tỷ lệ giải quyết … đạt trên 90%`), one per indicator.
    pub targets: Vec<TargetStatement>,
    /// Every date and period a text writes, and a plan's reporting regime (a form's
    /// dates are its fields: [`Model::report`]).
    pub dates: Option<crate::period::Analysis>,
    /// A periodic report's kind, period and date, when it says what kind it is.
    pub report: Option<StatedReport>,
    /// The dates a form gives in fields of their own (a text's are in
    /// [`Model::dates`]); the date of issue is the header's.
    pub field_dates: Vec<FieldDate>,
    /// What a form's shape gets wrong: required fields left empty, fields of the
    /// wrong type (none for a text).
    pub shape: Vec<ShapeProblem>,
}

/// A date given in a field of its own.
#[derive(Clone, Debug)]
pub struct FieldDate {
    /// What the field is: `Kỳ báo cáo từ ngày`.
    pub name: crate::finding::Text,
    pub written: String,
    pub value: crate::period::DateValue,
    pub at: Location,
}

/// A report's kind, period and date, and where each is stated.
#[derive(Clone, Debug)]
pub struct StatedReport {
    pub period: crate::period::report::ReportPeriod,
    /// Where the kind is named (the abstract, `/reportType`).
    pub kind_at: Location,
    /// The first and the last day of the period: one place when one phrase states
    /// both (`Số liệu tính từ ngày … đến ngày …`), else each its own; the kind's
    /// place when the period is not stated.
    pub from_at: Location,
    pub to_at: Location,
    /// Where the date of the report stands or belongs.
    pub date_at: Location,
    /// The other places that decide the data window (a form's type, year and
    /// quarter): a finding on the period concerns them too.
    pub window_at: Vec<Location>,
}

/// A percentage as written.
#[derive(Clone, Debug)]
pub struct Percent {
    /// The number and its `%`.
    pub written: String,
    /// `None` when the number cannot be read (`9,0.5%`).
    pub value: Option<f64>,
    /// A share of something, which cannot pass 100% (not a growth or a completion of a
    /// plan: `tăng 150%`, `đạt 105% kế hoạch`).
    pub share: bool,
    pub at: Location,
}

/// A target a plan sets, and where.
#[derive(Clone, Debug)]
pub struct TargetStatement {
    pub target: crate::target::Target,
    pub at: Location,
}

/// A decision or law a document cites, and the words that follow the citation (what
/// the cited document is about, when the text says).
#[derive(Clone, Debug)]
pub struct Cited {
    pub citation: crate::legal::Citation,
    pub about: String,
    pub at: Location,
}

/// What a report says of one task: the item of the plan it names, if any, and its text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TaskReport {
    pub reference: Option<String>,
    pub text: String,
}

/// Words of the document with where they stand.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Located {
    pub text: String,
    pub at: Location,
}
