//! S rules: the parts a document must have, their order, and the numbering of items.

pub mod s001_missing_part;
pub mod s002_part_order;
pub mod s003_numbering;
pub mod s004_lettering;
pub mod s005_empty_heading;
mod sequence;
