//! X: what the checker says about a check itself rather than about the document — the
//! findings past its limit. Reported by the check ([`crate::limits::cap_findings`]), not
//! by a rule's own check.

pub mod x001_more_findings;
