//! T rules: percentages, counts, rates and targets — in a plan's text, and in a
//! report form's `/indicators` against the profile's targets. The reading and the
//! evaluation are in [`crate::target`]; each rule reports one verdict.

pub mod t001_percentage_out_of_range;
pub mod t002_rate_mismatch;
pub mod t003_part_exceeds_whole;
pub mod t004_target_missed;
pub mod t005_missed_target_unexplained;
pub mod t006_target_weaker_than_national;
pub mod t007_invalid_count;

#[cfg(test)]
pub(crate) mod testing {
    //! Pass/fail tables for form rules: forms written as JSON.

    use crate::form::Value;
    use crate::profile::Profile;
    use crate::validate_form as validate;
    use crate::{Finding, Options, ProfileRef};

    /// The findings of one rule on a form (JSON), against `profile` (`national` when
    /// `None`).
    pub fn profile_findings(
        code: &str,
        form: &serde_json::Value,
        profile: Option<&Profile>,
    ) -> Vec<Finding> {
        let options = Options {
            profile: profile.map(|p| ProfileRef::from(p.clone())),
            ..Options::default()
        };
        let value = Value::from_json(form).expect("a form of sane depth");
        validate(&value, &options)
            .into_iter()
            .filter(|f| f.code == code)
            .collect()
    }

    /// Asserts a form rule's table: no finding on each `pass`; on each `fail` a
    /// finding at the given path whose message contains the given words.
    pub fn assert_profile_table(
        code: &str,
        profile: Option<&Profile>,
        pass: &[serde_json::Value],
        fail: &[(serde_json::Value, &str, &str)],
    ) {
        for (i, form) in pass.iter().enumerate() {
            let found = profile_findings(code, form, profile);
            assert!(
                found.is_empty(),
                "{code} pass case {i} got findings: {found:#?}\n---\n{form}"
            );
        }
        for (i, (form, path, words)) in fail.iter().enumerate() {
            let found = profile_findings(code, form, profile);
            assert!(
                found.len() == 1
                    && found
                        .iter()
                        .all(|f| f.path.as_deref() == Some(*path) && f.message.contains(words)),
                "{code} fail case {i}: expected one finding, at {path} saying {words:?}, got {found:#?}\n---\n{form}"
            );
        }
    }

    /// A report form with `indicators` and an assessment.
    pub fn indicators_form(indicators: serde_json::Value) -> serde_json::Value {
        serde_json::json!({
            "kind": "report", "reportType": "half_year", "year": 2026,
            "agency": "Công an tỉnh", "level": "province",
            "periodFrom": "15/12/2025", "periodTo": "14/06/2026",
            "sections": { "assessment": "Cơ bản hoàn thành các chỉ tiêu." },
            "indicators": indicators
        })
    }
}
