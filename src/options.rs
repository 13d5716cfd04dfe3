//! What a check is asked for: the language, the day, the profile and the kind of
//! document; read by the rules, set by the CLI and the page.

use std::sync::Arc;

use chrono::NaiveDate;

use crate::finding::Lang;
use crate::profile;
use crate::reader::DocKind;

/// The profiles built in. A profile decides required parts, windows and targets.
pub const PROFILES: &[&str] = profile::BUILT_IN;

/// The profile a check is made against: a built-in one by name, or one loaded by the
/// caller (a JSON file, a JavaScript object, or derived from a plan), shared: the
/// browser keeps the last one with its registry built, and checks with it again.
#[derive(Clone, Debug, PartialEq)]
pub enum ProfileRef {
    Name(String),
    Loaded(Arc<profile::Profile>),
}

impl From<&str> for ProfileRef {
    fn from(name: &str) -> Self {
        ProfileRef::Name(name.to_owned())
    }
}

impl From<String> for ProfileRef {
    fn from(name: String) -> Self {
        ProfileRef::Name(name)
    }
}

impl From<profile::Profile> for ProfileRef {
    fn from(p: profile::Profile) -> Self {
        ProfileRef::Loaded(Arc::new(p))
    }
}

#[derive(Clone, Debug, Default)]
pub struct Options {
    pub lang: Lang,
    /// The day the check is made; injected so that results are reproducible.
    pub today: Option<NaiveDate>,
    /// A built-in profile by name, or a loaded one; `None` is `national`.
    pub profile: Option<ProfileRef>,
    /// What to check the text as when it does not say (no type name, no symbol).
    pub kind: Option<DocKind>,
}

/// What a bad option is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OptionError(pub String);

impl std::fmt::Display for OptionError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for OptionError {}

impl Options {
    /// Checks what a caller passed: a known profile, or a well-formed loaded one.
    pub fn validate(&self) -> Result<(), OptionError> {
        match &self.profile {
            None => Ok(()),
            Some(ProfileRef::Name(p)) if PROFILES.contains(&p.as_str()) => Ok(()),
            Some(ProfileRef::Name(p)) => Err(OptionError(format!(
                "unknown profile \"{p}\" (known: {})",
                PROFILES.join(", ")
            ))),
            Some(ProfileRef::Loaded(p)) => p.validate().map_err(|e| OptionError(e.to_string())),
        }
    }

    /// The profile to check against: the loaded one, the named built-in one, else
    /// `national` (also for an unknown name, which [`Options::validate`] rejects).
    pub fn profile(&self) -> &profile::Profile {
        match &self.profile {
            Some(ProfileRef::Loaded(p)) => p,
            Some(ProfileRef::Name(n)) => profile::built_in(n).unwrap_or_else(profile::national),
            None => profile::national(),
        }
    }
}

/// Reads an ISO date (`2026-11-23`).
pub fn parse_iso_date(s: &str) -> Result<NaiveDate, OptionError> {
    let bad = || OptionError(format!("\"{s}\" is not a date in the form YYYY-MM-DD"));
    let mut parts = s.trim().splitn(3, '-');
    let mut next = |len: usize| -> Result<u32, OptionError> {
        let p = parts.next().ok_or_else(bad)?;
        if p.len() != len || !p.bytes().all(|b| b.is_ascii_digit()) {
            return Err(bad());
        }
        p.parse().map_err(|_| bad())
    };
    let (y, m, d) = (next(4)?, next(2)?, next(2)?);
    NaiveDate::from_ymd_opt(y as i32, m, d).ok_or_else(bad)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn iso_dates() {
        assert_eq!(
            parse_iso_date("2024-02-29").unwrap(),
            NaiveDate::from_ymd_opt(2024, 2, 29).unwrap()
        );
        for bad in ["2023-02-29", "2026-1-01", "hôm nay", "", "2026-01-01-01"] {
            assert!(parse_iso_date(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn unknown_profile_is_an_error() {
        let o = Options {
            profile: Some("hanoi".into()),
            ..Options::default()
        };
        assert!(o.validate().unwrap_err().0.contains("national"));
    }
}
