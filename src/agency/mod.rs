//! The registry of agencies (bodies that plans and reports assign tasks to) and the
//! matching of their names as people write them.
//!
//! # Data
//! The registry is data, embedded from `data/agencies/` and parsed at first use:
//! - `bodies.txt` — one block per body: `id | name | level | kind | under | dates [| local]`,
//!   then indented `= variants`, `> successor | việc | work` and `! ghi chú | note` lines.
//!   Names are generic per level ("Sở Y tế" is the provincial department of any
//!   province); a level word in braces stands for every word of that level
//!   (`Công an {tỉnh}` is also "Công an thành phố", "Công an cấp tỉnh"), and `{tỉnh?}`
//!   lets the bare name ("Viện kiểm sát nhân dân") mean the body too, its level then
//!   not stated. The file's header documents every field.
//! - `places.txt` — the provinces and centrally-run cities, before and after
//!   01/07/2025, with what each merged into: `name | kind | dates | became | variants`.
//! - `words.txt` — abbreviations (`UBND`, `VKSND`, `LĐ-TB&XH` …), the level words,
//!   the lead-in words lookup skips ("các", "Đề nghị", roles) and the words of
//!   generic groups.
//!
//! A portal adds its own bodies (a province that keeps its *Sở Ngoại vụ*, a city with a
//! *Sở Du lịch*) with [`Registry::with_extra`], in the format of `bodies.txt`.
//!
//! # Matching
//! Names are compared word by word on a folded form: case, tone marks and their
//! placement (`Uỷ`/`Ủy`, `hoà`/`hòa`), NFC/NFD, `đ`/`d`, punctuation, dash style,
//! spacing and line wraps do not matter, and "và" is ignored. Abbreviations are
//! expanded first. After a generic name, the level words (`tỉnh`, `thành phố`, `xã`,
//! `phường`, `đặc khu`, `cấp huyện`, "các xã, phường" …) pick the body of that level,
//! and a place after them is recognised and reported in [`Match::place`] (checked
//! against `places.txt` for provinces). "thành phố" alone is a centrally-run city
//! (province level); "thành phố" before the name of a *tỉnh* is a district-level city.
//! Whether the marks were right is reported separately ([`Match::marks_ok`]): "Cong an
//! tinh" and "Sở Y tê" match, with `marks_ok == false`.
//!
//! Matching scans word starts against a trie of folded names: linear in the input,
//! no backtracking, no panics on any input. Offsets in [`find_mentions`] are byte
//! offsets into the text given.

mod data;
mod info;
pub use info::{AgencyInfo, SuccessorInfo};
mod matcher;
mod suggest;
mod tokens;
#[cfg(test)]
mod tokens_reference;
mod words;

use std::fmt;
use std::ops::Range;
use std::sync::OnceLock;

use chrono::NaiveDate;

pub use data::DataError;

const BODIES: &str = data_file!("agencies/bodies.txt");
const PLACES: &str = data_file!("agencies/places.txt");
const WORDS: &str = data_file!("agencies/words.txt");

/// A level of government.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Level {
    /// Ministries, the Government, the central bodies (*Trung ương*).
    Central,
    /// Provinces and centrally-run cities (*tỉnh*, *thành phố*).
    Province,
    /// Between province and commune: the districts (*huyện*, *quận*, *thị xã*,
    /// *thành phố thuộc tỉnh*) until 30/06/2025, and the regional courts,
    /// procuracies and defence commands (*khu vực*) after them.
    District,
    /// Communes, wards and special zones (*xã*, *phường*, *đặc khu*; *thị trấn* until
    /// 30/06/2025).
    Commune,
}

impl Level {
    pub const ALL: [Level; 4] = [
        Level::Central,
        Level::Province,
        Level::District,
        Level::Commune,
    ];

    /// The name used in the data file and in JSON: `central`, `province`, `district`,
    /// `commune`.
    pub fn as_str(self) -> &'static str {
        match self {
            Level::Central => "central",
            Level::Province => "province",
            Level::District => "district",
            Level::Commune => "commune",
        }
    }

    pub fn parse(s: &str) -> Option<Level> {
        Level::ALL.into_iter().find(|l| l.as_str() == s)
    }

    fn index(self) -> usize {
        self as usize
    }
}

/// What sort of body an agency is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Kind {
    /// A department or ministry (*Sở*, *Bộ*, *Phòng*, *Văn phòng*).
    Department,
    Police,
    Military,
    BorderGuard,
    Court,
    Procuracy,
    Inspectorate,
    /// The Fatherland Front (*Mặt trận Tổ quốc*).
    Front,
    /// A member organisation of the Front (women's union, youth union, farmers',
    /// veterans', trade unions).
    FrontMember,
    PeopleCommittee,
    PeopleCouncil,
    Party,
    SteeringCommittee,
    /// A unit under another body (a centre, a station, a broadcaster).
    Unit,
    /// The Government and the Prime Minister.
    Government,
    /// The National Assembly.
    Assembly,
    /// A group: "các sở, ban, ngành", "các cơ quan, tổ chức có liên quan", "các thôn".
    Generic,
}

const KINDS: [(Kind, &str); 17] = [
    (Kind::Department, "department"),
    (Kind::Police, "police"),
    (Kind::Military, "military"),
    (Kind::BorderGuard, "border-guard"),
    (Kind::Court, "court"),
    (Kind::Procuracy, "procuracy"),
    (Kind::Inspectorate, "inspectorate"),
    (Kind::Front, "front"),
    (Kind::FrontMember, "front-member"),
    (Kind::PeopleCommittee, "people-committee"),
    (Kind::PeopleCouncil, "people-council"),
    (Kind::Party, "party"),
    (Kind::SteeringCommittee, "steering-committee"),
    (Kind::Unit, "unit"),
    (Kind::Government, "government"),
    (Kind::Assembly, "assembly"),
    (Kind::Generic, "generic"),
];

impl Kind {
    /// The name used in the data file: `department`, `border-guard`, …
    pub fn as_str(self) -> &'static str {
        KINDS
            .iter()
            .find(|(k, _)| *k == self)
            .map_or("generic", |(_, s)| s)
    }

    pub fn parse(s: &str) -> Option<Kind> {
        KINDS.iter().find(|(_, n)| *n == s).map(|(k, _)| *k)
    }
}

/// Where some of an ended body's work went.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Successor {
    /// The id of the body that took the work over.
    pub id: String,
    /// Which work, in Vietnamese: items separated by `;` (an item may hold a comma:
    /// `phòng, chống tệ nạn xã hội`).
    pub note_vi: String,
    /// Which work, in English, the same way.
    pub note_en: English,
}

pub use crate::messages::english::English;

impl Successor {
    /// The items of a note (`note_vi` or `note_en`).
    pub fn items(note: &str) -> impl Iterator<Item = &str> {
        note.split(';').map(str::trim).filter(|i| !i.is_empty())
    }

    /// A note as a sentence lists it: its items, at most `max`, joined by commas, `…`
    /// for the rest.
    pub fn shown(note: &str, max: usize) -> String {
        let items: Vec<&str> = Successor::items(note).collect();
        let more = if items.len() > max { ", …" } else { "" };
        format!("{}{more}", items[..items.len().min(max)].join(", "))
    }
}

/// A body of the registry.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Agency {
    /// Stable id (`so-y-te`, `cong-an-tinh`): successors and profiles cite it.
    pub id: String,
    /// The canonical generic name: "Sở Y tế", "Công an tỉnh", "Ủy ban nhân dân xã".
    pub name: String,
    /// Other names, as written in the data (level words filled in).
    pub variants: Vec<String>,
    /// `None` for bodies and groups of any level ("các cơ quan có liên quan").
    pub level: Option<Level>,
    pub kind: Kind,
    /// Under the People's Committee of its level, which assigns it tasks.
    pub under_committee: bool,
    /// Not under the People's Committee, which requests (`Đề nghị`) rather than
    /// assigns: courts, procuracies, the Front and its members, party bodies, councils.
    /// Police, military and border guard are neither: not under the committee, but
    /// they take its tasks.
    pub request_only: bool,
    /// First day the body existed, when known to matter.
    pub valid_from: Option<NaiveDate>,
    /// Last day the body existed (inclusive).
    pub valid_to: Option<NaiveDate>,
    /// Where its work went when it ended.
    pub successors: Vec<Successor>,
    /// Exists only in some provinces (special departments of NĐ 45/2025/NĐ-CP).
    pub local: bool,
    pub note_vi: Option<String>,
    pub note_en: Option<String>,
}

impl Agency {
    /// Whether the body existed on `date` (both validity ends inclusive).
    pub fn exists_on(&self, date: NaiveDate) -> bool {
        self.valid_from.is_none_or(|f| f <= date) && self.valid_to.is_none_or(|t| date <= t)
    }

    pub fn is_generic(&self) -> bool {
        self.kind == Kind::Generic
    }
}

/// Whether a province-level place is a province or a centrally-run city.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PlaceKind {
    /// *tỉnh*
    Province,
    /// *thành phố trực thuộc Trung ương*
    City,
}

/// A province or centrally-run city, past or present.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Place {
    /// "Hưng Yên", "Hồ Chí Minh" (without "tỉnh"/"thành phố").
    pub name: String,
    pub kind: PlaceKind,
    pub valid_from: Option<NaiveDate>,
    pub valid_to: Option<NaiveDate>,
    /// The place it merged into or was renamed to when it ended.
    pub became: Option<String>,
    pub variants: Vec<String>,
}

impl Place {
    pub fn exists_on(&self, date: NaiveDate) -> bool {
        self.valid_from.is_none_or(|f| f <= date) && self.valid_to.is_none_or(|t| date <= t)
    }

    /// "tỉnh Hưng Yên", "thành phố Hải Phòng".
    pub fn full_name(&self) -> String {
        match self.kind {
            PlaceKind::Province => format!("tỉnh {}", self.name),
            PlaceKind::City => format!("thành phố {}", self.name),
        }
    }
}

/// The place written after a generic name.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Qualifier<'r> {
    /// As written ("Hưng Yên", "Điềm He").
    pub text: String,
    /// The province or city, when the words name one; `None` for communes and for
    /// names the registry does not know.
    pub place: Option<&'r Place>,
}

/// A name found in the registry.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Match<'r> {
    pub agency: &'r Agency,
    /// The name said its level (a level word, or a body of one level only). `false`
    /// for a bare "Viện kiểm sát nhân dân", "Ủy ban nhân dân": the level is the
    /// caller's context ([`Registry::lookup_in`]) or, without one, the registry's
    /// default for that name.
    pub level_stated: bool,
    /// The place after the name: "Sở Y tế tỉnh Hưng Yên" → "Hưng Yên".
    pub place: Option<Qualifier<'r>>,
    /// Every word of the name carried the marks of the registry's spelling (tone
    /// placement aside). `false` for "Cong an tinh", "Sở Y tê".
    pub marks_ok: bool,
}

/// A mention of a body in a text: byte range in the text, and the body.
pub type Mention<'r> = (Range<usize>, Match<'r>);

/// The agencies, places and matching index.
pub struct Registry {
    agencies: Vec<Agency>,
    places: Vec<Place>,
    index: matcher::Index,
    /// Bodies added with [`Registry::with_extra`], in order, to rebuild from.
    extra: Vec<String>,
}

impl fmt::Debug for Registry {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Registry")
            .field("agencies", &self.agencies.len())
            .field("places", &self.places.len())
            .field("extra", &self.extra.len())
            .finish()
    }
}

/// The built-in registry, parsed at first use.
pub fn registry() -> &'static Registry {
    static REGISTRY: OnceLock<Registry> = OnceLock::new();
    // The built-in data is checked by the tests; should it ever fail to parse, an
    // empty registry (nothing matches) is better than a panic that kills the page.
    REGISTRY.get_or_init(|| Registry::builtin().unwrap_or_else(|_| Registry::empty()))
}

/// The built-in registry with a profile's extra bodies (`extraAgencies`, in the format
/// of `bodies.txt`), built when first asked and kept with the profile it belongs to —
/// not for the life of the program, so that a server that loads a profile for each
/// request does not grow. A list that does not read (profiles are validated before
/// use, so only a caller that skips validation) leaves the built-in registry.
#[derive(Clone, Default)]
pub struct ExtraRegistry(OnceLock<Option<std::sync::Arc<Registry>>>);

impl ExtraRegistry {
    /// The registry for `extra`, the list of the profile that holds this.
    pub fn get(&self, extra: Option<&str>) -> &Registry {
        let Some(extra) = extra.filter(|e| !e.trim().is_empty()) else {
            return registry();
        };
        self.0
            .get_or_init(|| registry().with_extra(extra).ok().map(std::sync::Arc::new))
            .as_deref()
            .unwrap_or_else(|| registry())
    }
}

/// Two profiles that differ only in whether their registry was built yet are equal.
impl PartialEq for ExtraRegistry {
    fn eq(&self, _: &Self) -> bool {
        true
    }
}

impl std::fmt::Debug for ExtraRegistry {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("ExtraRegistry")
    }
}

/// The bodies named in `text`, in order, with their byte ranges (built-in registry).
pub fn find_mentions(text: &str) -> Vec<Mention<'static>> {
    registry().find_mentions(text)
}

impl Registry {
    /// Parses the built-in data, reporting the first error.
    pub fn builtin() -> Result<Registry, DataError> {
        Registry::build(&[])
    }

    fn empty() -> Registry {
        Registry {
            agencies: Vec::new(),
            places: Vec::new(),
            index: matcher::Index::default(),
            extra: Vec::new(),
        }
    }

    fn build(extra: &[String]) -> Result<Registry, DataError> {
        let english_apart = cfg!(feature = "english-apart");
        let built = data::build(BODIES, english_apart, extra, PLACES, WORDS)?;
        Ok(Registry {
            agencies: built.agencies,
            places: built.places,
            index: built.index,
            extra: extra.to_vec(),
        })
    }

    /// This registry with more bodies, given in the format of `bodies.txt`. A block
    /// whose id is already known replaces that body (a profile may clear `local`, or
    /// rename); new ids are added. Names may not collide with another body's.
    pub fn with_extra(&self, bodies: &str) -> Result<Registry, DataError> {
        let mut extra = self.extra.clone();
        extra.push(bodies.to_owned());
        Registry::build(&extra)
    }

    pub fn agencies(&self) -> &[Agency] {
        &self.agencies
    }

    pub fn places(&self) -> &[Place] {
        &self.places
    }

    /// The body with this id.
    pub fn get(&self, id: &str) -> Option<&Agency> {
        self.index.agency_index(id).map(|i| &self.agencies[i])
    }

    /// The bodies that took over `agency`'s work, with what each took.
    pub fn successors<'r>(&'r self, agency: &'r Agency) -> Vec<(&'r Agency, &'r Successor)> {
        agency
            .successors
            .iter()
            .filter_map(|s| self.get(&s.id).map(|a| (a, s)))
            .collect()
    }

    /// The bodies that held `agency`'s work on `date`: `agency` itself if it existed
    /// then, else its successors, followed as far as needed (Phòng Lao động – Thương
    /// binh và Xã hội → Phòng Nội vụ → Phòng Văn hóa – Xã hội). In data order, without
    /// repeats.
    pub fn successors_on<'r>(&'r self, agency: &'r Agency, date: NaiveDate) -> Vec<&'r Agency> {
        if agency.exists_on(date) {
            return vec![agency];
        }
        self.successors_on_noted(agency, date)
            .into_iter()
            .map(|(a, _)| a)
            .collect()
    }

    /// As [`Registry::successors_on`], with the successions that led to each body (the
    /// first from `agency`, the last into the body): what work went there.
    pub fn successors_on_noted<'r>(
        &'r self,
        agency: &'r Agency,
        date: NaiveDate,
    ) -> Vec<(&'r Agency, Vec<&'r Successor>)> {
        let mut out: Vec<(&Agency, Vec<&Successor>)> = Vec::new();
        let mut seen: Vec<&str> = vec![agency.id.as_str()];
        let mut queue: Vec<(&Agency, Vec<&Successor>)> = vec![(agency, Vec::new())];
        let mut next = 0;
        while let Some((a, path)) = queue.get(next).cloned() {
            next += 1;
            if a.exists_on(date) && !path.is_empty() {
                if !out.iter().any(|(o, _)| o.id == a.id) {
                    out.push((a, path));
                }
                continue;
            }
            for (s, how) in self.successors(a) {
                if !seen.contains(&s.id.as_str()) {
                    seen.push(&s.id);
                    let mut longer = path.clone();
                    longer.push(how);
                    queue.push((s, longer));
                }
            }
        }
        out
    }

    /// The province or city with this name ("Hưng Yên", "tỉnh Hưng Yên",
    /// "TP. Hồ Chí Minh", "Thừa Thiên - Huế"), whatever its dates.
    pub fn place(&self, name: &str) -> Option<&Place> {
        self.place_index(name).map(|i| &self.places[i])
    }

    /// What `place` was on `date`: itself while it existed, then what it became
    /// (Thái Bình on 2026-01-01 → Hưng Yên). `None` before it existed.
    pub fn place_on<'r>(&'r self, place: &'r Place, date: NaiveDate) -> Option<&'r Place> {
        let mut p = place;
        for _ in 0..self.places.len() + 1 {
            if p.exists_on(date) {
                return Some(p);
            }
            if p.valid_to.is_none_or(|t| date <= t) {
                return None; // before it existed
            }
            p = self.place(p.became.as_deref()?)?;
        }
        None
    }

    /// The places merged into `place` (Hưng Yên ← Thái Bình).
    pub fn absorbed<'r>(&'r self, place: &'r Place) -> Vec<&'r Place> {
        self.places
            .iter()
            .filter(|p| {
                p.became
                    .as_deref()
                    .and_then(|b| self.place(b))
                    .is_some_and(|b| b.name == place.name)
            })
            .collect()
    }

    /// Finds the body a whole name stands for: "Sở Y tế tỉnh Hưng Yên", "UBND xã
    /// Điềm He", "Uỷ ban MTTQ Việt Nam tỉnh", "Chủ tịch, các PCT UBND tỉnh". Leading
    /// roles and words like "các", "Đề nghị" are skipped; anything after the name other
    /// than a parenthesis or a colon ("(nay là …)", ": CVP, các PCVP") makes it not a
    /// name. Two bodies ("Đảng ủy, HĐND xã") are not one name: use
    /// [`Registry::find_mentions`].
    pub fn lookup(&self, name: &str) -> Option<Match<'_>> {
        self.lookup_in(name, None)
    }

    /// As [`Registry::lookup`]; a name that does not state its level ("Viện kiểm sát
    /// nhân dân") is taken at `context`'s level when the registry has one there.
    pub fn lookup_in(&self, name: &str, context: Option<Level>) -> Option<Match<'_>> {
        self.lookup_tokens(name, context)
    }

    /// The bodies named in `text`, in order, with their byte ranges in `text`:
    /// "Công an tỉnh chủ trì, phối hợp với Viện Kiểm sát nhân dân, Tòa án nhân dân tỉnh"
    /// gives Công an tỉnh, Viện kiểm sát nhân dân (level not stated), Tòa án nhân dân
    /// tỉnh. "UBND cấp huyện, cấp xã" gives both bodies.
    pub fn find_mentions(&self, text: &str) -> Vec<Mention<'_>> {
        self.mentions_in(text, None)
    }

    /// As [`Registry::find_mentions`], taking names without a level at `context`.
    pub fn mentions_in(&self, text: &str, context: Option<Level>) -> Vec<Mention<'_>> {
        self.scan(text, context)
    }

    /// "Did you mean": up to `n` bodies whose names are nearest to `name` (edit
    /// distance over folded names, bounded; a name `name` begins counts as one edit,
    /// so suggestions work while typing; bodies only some provinces have come after
    /// national ones at the same distance). Best first.
    pub fn suggest(&self, name: &str, n: usize) -> Vec<&Agency> {
        self.suggest_names(name, n, &|_| true)
    }

    /// As [`Registry::suggest`], among the bodies that existed on `on` (all of them
    /// when `None`): a suggestion is never a body that did not exist then.
    pub fn suggest_on(&self, name: &str, n: usize, on: Option<NaiveDate>) -> Vec<&Agency> {
        match on {
            Some(day) => self.suggest_names(name, n, &|a| a.exists_on(day)),
            None => self.suggest(name, n),
        }
    }

    /// As [`Registry::suggest`], among the bodies for which `keep` holds.
    pub fn suggest_where(
        &self,
        name: &str,
        n: usize,
        keep: &dyn Fn(&Agency) -> bool,
    ) -> Vec<&Agency> {
        self.suggest_names(name, n, keep)
    }
}

#[cfg(test)]
pub(crate) mod tests;
