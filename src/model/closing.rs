//! The closing of the model: the signature block and the recipients. A text lays them
//! out at its end; a form gives them as `/signer` and `/recipients`.

use super::Located;
use crate::finding::Location;
use crate::form::Invalid;

/// The signature block.
#[derive(Clone, Debug)]
pub struct Signature {
    /// Its authority and title lines, in order (`KT. CHỦ TỊCH`, `PHÓ CHỦ TỊCH`).
    pub lines: Vec<Located>,
    /// Where the authority (`KT. CHỦ TỊCH`) goes when none is given and it has a place
    /// of its own (a form's field); else it goes before the title.
    pub authority_at: Option<Location>,
    /// Parts given but not readable as text (`Some`), or left out (`None`): a form's
    /// authority, title and name.
    pub unread: Vec<(Location, Option<Invalid>)>,
}

/// The recipients (`Nơi nhận`).
#[derive(Clone, Debug)]
pub struct Recipients {
    /// Each recipient, without its dash.
    pub items: Vec<Located>,
    /// Where a finding about the list as a whole goes: its heading, or the field.
    pub at: Location,
    /// Where a finding about its end goes: the last entry of a text, the field of a
    /// form.
    pub end_at: Location,
}
