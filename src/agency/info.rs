//! A body as the page receives it: plain data for `findAgency` and `suggestAgencies`,
//! and for portals that fill agency fields.

use super::{registry, Agency, Match, Successor};
use crate::finding::Bilingual;
use crate::period::dates::format_date as dmy;

#[derive(Clone, Debug)]
pub struct SuccessorInfo {
    pub name: String,
    /// Which work went there.
    pub work: Bilingual,
}

#[derive(Clone, Debug)]
pub struct AgencyInfo {
    pub id: String,
    /// The registry's name: "Sở Y tế", "Công an tỉnh".
    pub name: String,
    /// `central`, `province`, `district`, `commune`; `null` for bodies of any level.
    pub level: Option<&'static str>,
    pub kind: &'static str,
    /// Under the People's Committee, which assigns it tasks.
    pub under_committee: bool,
    /// Requested (`Đề nghị`), not assigned: courts, procuracies, the Front.
    pub request_only: bool,
    /// `dd/mm/yyyy`, when the body began or ended within the registry's memory.
    pub valid_from: Option<String>,
    pub valid_to: Option<String>,
    pub successors: Vec<SuccessorInfo>,
    /// The place written after the name ("Hưng Yên"), for a match.
    pub place: Option<String>,
    /// False when the name was typed without its marks ("Cong an tinh").
    pub marks_ok: bool,
}

impl AgencyInfo {
    pub fn of(agency: &Agency) -> Self {
        AgencyInfo {
            id: agency.id.clone(),
            name: agency.name.clone(),
            level: agency.level.map(|l| l.as_str()),
            kind: agency.kind.as_str(),
            under_committee: agency.under_committee,
            request_only: agency.request_only,
            valid_from: agency.valid_from.map(dmy),
            valid_to: agency.valid_to.map(dmy),
            successors: registry()
                .successors(agency)
                .into_iter()
                .map(|(s, n)| SuccessorInfo {
                    name: s.name.clone(),
                    work: Bilingual {
                        vi: Successor::shown(&n.note_vi, usize::MAX),
                        en: Successor::shown(n.note_en.get(), usize::MAX),
                    },
                })
                .collect(),
            place: None,
            marks_ok: true,
        }
    }

    pub fn of_match(m: &Match) -> Self {
        AgencyInfo {
            place: m.place.as_ref().map(|p| p.text.clone()),
            marks_ok: m.marks_ok,
            ..AgencyInfo::of(m.agency)
        }
    }
}

impl AgencyInfo {
    /// Appends the body as a JSON object, as `AgencyInfo` in the TypeScript types.
    pub fn write_json(&self, out: &mut String) {
        use crate::json_text::{array, Object};
        Object::new(out)
            .str("id", &self.id)
            .str("name", &self.name)
            .opt("level", self.level)
            .str("kind", self.kind)
            .bool("underCommittee", self.under_committee)
            .bool("requestOnly", self.request_only)
            .opt("validFrom", self.valid_from.as_deref())
            .opt("validTo", self.valid_to.as_deref())
            .with("successors", |out| {
                array(out, &self.successors, |out, s| {
                    Object::new(out)
                        .str("name", &s.name)
                        .bilingual("work", &s.work.vi, &s.work.en)
                        .end();
                })
            })
            .opt("place", self.place.as_deref())
            .bool("marksOk", self.marks_ok)
            .end();
    }
}
