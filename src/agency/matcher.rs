//! Finding names in a word stream: a trie of folded names, walked from each word
//! start; level words and places after a name; generic groups.
//!
//! Every walk is bounded by the longest name (a few dozen words), every tail by a
//! small constant, and the scan jumps past what it matched: linear in the input.

use rustc_hash::FxHashMap;

use super::tokens::{
    Case, Lexicon, Tok, Word, ANY_MARKS, NONE, SEP_AND, SEP_COLON, SEP_COMMA, SEP_DASH, SEP_HARD,
    SEP_NEWLINE, SEP_OPEN, SEP_OTHER, SEP_SPACE,
};
use super::{Kind, Level, Match, Mention, PlaceKind, Qualifier, Registry};

const ROOT: u32 = 0;
/// A run of level words longer than this ("xã, phường, thị trấn, …") is cut.
const MAX_LEVEL_WORDS: usize = 16;
/// Words of a place the registry does not know ("xã Điềm He").
const MAX_PLACE_WORDS: usize = 4;

/// A trie over data words. An edge remembers the marks of its word in the data (a
/// word written with other marks does not follow it: "quán" is not "quận") and
/// whether some name has a comma or a dash before it ("Sở Văn hóa, Thể thao …"):
/// elsewhere a comma ends a name, so that "tỉnh, Ủy ban nhân dân" is not "Tỉnh ủy".
#[derive(Debug)]
pub(crate) struct Trie<T> {
    pub nodes: Vec<T>,
    edges: FxHashMap<u64, Edge>,
    /// Bit per word id: some path starts with the word. The matcher tries every word
    /// of a text as a start, and most start nothing: this answers without hashing.
    first: Vec<u64>,
}

#[derive(Clone, Copy, Debug)]
struct Edge {
    child: u32,
    marks: u32,
    punct: bool,
}

impl<T: Default> Default for Trie<T> {
    fn default() -> Self {
        Trie {
            nodes: vec![T::default()],
            edges: FxHashMap::default(),
            first: Vec::new(),
        }
    }
}

impl<T: Default> Trie<T> {
    /// The child along the written word `t`, and whether a comma or dash may come
    /// before it.
    pub fn child(&self, node: u32, t: &Tok) -> Option<(u32, bool)> {
        if t.id == NONE || (node == ROOT && !self.may_start(t)) {
            return None;
        }
        let e = self.edges.get(&key(node, t.id))?;
        t.is((t.id, e.marks)).then_some((e.child, e.punct))
    }

    /// Whether some path starts with the word `t` (whatever its marks).
    pub fn may_start(&self, t: &Tok) -> bool {
        let id = t.id as usize;
        self.first
            .get(id / 64)
            .is_some_and(|bits| bits & (1 << (id % 64)) != 0)
    }

    /// Inserts a path; `punct[k]`: the data has a comma or dash before word `k`.
    pub fn insert(&mut self, words: &[Word], punct: &[bool]) -> u32 {
        if let Some(&(id, _)) = words.first() {
            let id = id as usize;
            if self.first.len() <= id / 64 {
                self.first.resize(id / 64 + 1, 0);
            }
            if let Some(bits) = self.first.get_mut(id / 64) {
                *bits |= 1 << (id % 64);
            }
        }
        let mut node = ROOT;
        for (k, &(id, marks)) in words.iter().enumerate() {
            let punct = punct.get(k).copied().unwrap_or(false);
            node = match self.edges.get_mut(&key(node, id)) {
                Some(e) => {
                    e.punct |= punct;
                    if e.marks != marks {
                        e.marks = ANY_MARKS;
                    }
                    e.child
                }
                None => {
                    let child = self.nodes.len() as u32;
                    self.nodes.push(T::default());
                    self.edges.insert(
                        key(node, id),
                        Edge {
                            child,
                            marks,
                            punct,
                        },
                    );
                    child
                }
            };
        }
        node
    }
}

fn key(node: u32, word: u32) -> u64 {
    (u64::from(node) << 32) | u64::from(word)
}

/// What a sequence of words names.
#[derive(Clone, Debug, Default)]
pub(crate) struct NameNode {
    /// The words are a whole name.
    pub plain: Option<u32>,
    /// The words are a name without its level word ("Viện kiểm sát nhân dân").
    pub bare: Option<u32>,
    /// The words followed by a level word of each level.
    pub slots: [Option<u32>; 4],
    /// Every name ending here starts with a capital in the data ("Sở Y tế"): in prose,
    /// "cơ sở y tế" is not a mention of it.
    pub capital: bool,
}

/// A level phrase: "tỉnh", "thành phố", "cấp xã", "thành phố thuộc tỉnh".
#[derive(Clone, Debug)]
pub(crate) struct LevelWords {
    pub words: Box<[Word]>,
    pub level: Level,
    /// "cấp tỉnh", "cấp xã": a level, not a place.
    pub cap: bool,
    /// "thành phố" alone: a district-level city before the name of a *tỉnh*.
    pub city: bool,
}

#[derive(Debug, Default)]
pub(crate) struct Index {
    pub lex: Lexicon,
    pub names: Trie<NameNode>,
    pub places: Trie<Option<u32>>,
    pub levels: Vec<LevelWords>,
    pub leadins: Vec<Box<[Word]>>,
    /// Words that continue a generic group after a comma: "sở, ban, ngành".
    pub generic: Vec<Box<[Word]>>,
    /// Words that may close a generic group: "có liên quan".
    pub tails: Vec<Box<[Word]>>,
    /// "các"
    pub cac: Word,
    /// Agency ids → index.
    pub ids: FxHashMap<Box<str>, u32>,
    /// Folded names for suggestions, with their agency.
    pub suggest: Vec<(Box<str>, u32)>,
}

impl Index {
    pub fn agency_index(&self, id: &str) -> Option<usize> {
        self.ids.get(id).map(|&i| i as usize)
    }
}

/// Level words after a name.
#[derive(Clone, Copy, Debug)]
struct LevelRun {
    level: Level,
    end: usize,
    /// Several levels, "các", or "cấp": a kind of place, not one place.
    plural: bool,
    city: bool,
    /// Written in capitals ("XÃ"): the place may be in capitals too.
    upper: bool,
}

/// A name found at a word, before it becomes a [`Match`].
#[derive(Clone, Copy, Debug)]
struct Found {
    start: usize,
    end: usize,
    agency: u32,
    level_stated: bool,
    /// Words of the place, and the place when the registry knows it.
    place: Option<(usize, usize, Option<u32>)>,
    node: u32,
    /// The level words chose among the node's slots.
    slotted: bool,
}

impl Registry {
    fn phrase_at(&self, phrases: &[Box<[Word]>], toks: &[Tok], at: usize) -> Option<usize> {
        let mut best = None;
        for p in phrases {
            if let Some(end) = words_at(p, toks, at) {
                if best.is_none_or(|b| end > b) {
                    best = Some(end);
                }
            }
        }
        best
    }

    fn level_at(&self, toks: &[Tok], at: usize) -> Option<(usize, &LevelWords)> {
        let mut best: Option<(usize, &LevelWords)> = None;
        for l in &self.index.levels {
            if let Some(end) = words_at(&l.words, toks, at) {
                if best.is_none_or(|(b, _)| end > b) {
                    best = Some((end, l));
                }
            }
        }
        best
    }

    /// Level words at `at`: "tỉnh", "các xã, phường", "cấp huyện". Right after a name
    /// they may not follow a comma (`after_comma` is for "cấp huyện, cấp xã").
    fn level_run(&self, toks: &[Tok], at: usize, after_comma: bool) -> Option<LevelRun> {
        let cac = self.index.cac;
        let joined = |k: usize| after_comma || toks[k].sep & (SEP_COMMA | SEP_DASH) == 0;
        let mut j = at;
        let mut plural = false;
        if open(toks, j) && toks[j].is(cac) {
            if !joined(j) {
                return None;
            }
            j += 1;
            plural = true;
        }
        if !open(toks, j) || !(joined(j) || plural) {
            return None;
        }
        let (mut end, first) = self.level_at(toks, j)?;
        let mut run = LevelRun {
            level: first.level,
            end,
            plural: plural || first.cap,
            city: first.city,
            upper: toks[j].case == Case::Upper,
        };
        for _ in 1..MAX_LEVEL_WORDS {
            let mut k = end;
            if open(toks, k) && toks[k].is(cac) {
                k += 1;
            }
            if !open(toks, k) {
                break;
            }
            match self.level_at(toks, k) {
                Some((e, l)) if l.level == run.level => {
                    end = e;
                    run.plural = true;
                }
                _ => break,
            }
        }
        run.end = end;
        run.city &= !run.plural;
        Some(run)
    }

    /// A place at `at`: a province or city the registry knows, or after a single
    /// level word, up to [`MAX_PLACE_WORDS`] capitalised words ("xã Điềm He").
    fn place_at(
        &self,
        toks: &[Tok],
        at: usize,
        run: Option<&LevelRun>,
    ) -> Option<(usize, Option<u32>)> {
        let first = toks.get(at)?;
        if first.sep & (SEP_HARD | SEP_COMMA | SEP_DASH | SEP_OTHER | SEP_AND) != 0 {
            return None;
        }
        let mut node = ROOT;
        let mut k = at;
        let mut best = None;
        while k < toks.len() {
            if k > at && toks[k].sep & (SEP_HARD | SEP_COMMA | SEP_OTHER) != 0 {
                break;
            }
            match self.index.places.child(node, &toks[k]) {
                Some((c, _)) => {
                    node = c;
                    k += 1;
                    if let Some(p) = self.index.places.nodes[c as usize] {
                        best = Some((k, Some(p)));
                    }
                }
                None => break,
            }
        }
        if best.is_some() {
            return best;
        }
        let run = run?;
        if run.plural || first.sep & SEP_NEWLINE != 0 || self.begins_name(toks, at) {
            return None;
        }
        let mut k = at;
        while k < toks.len() && k - at < MAX_PLACE_WORDS {
            let t = &toks[k];
            // another body's name ends the place: "UBND HUYỆN ĐÔNG ANH CÔNG AN XÃ …"
            if k > at && (t.sep != SEP_SPACE || self.begins_name(toks, k)) {
                break;
            }
            let capital = match t.case {
                Case::Title | Case::Digit => true,
                Case::Upper => run.upper,
                Case::Lower => false,
            };
            if !capital || t.abbrev {
                break;
            }
            k += 1;
        }
        (k > at).then_some((k, None))
    }

    /// The longest name starting at word `p`, with its level words and place. In
    /// `prose`, a name the data writes with a capital must start with one.
    fn match_at(
        &self,
        toks: &[Tok],
        p: usize,
        context: Option<Level>,
        prose: bool,
    ) -> Option<Found> {
        let names = &self.index.names;
        if prose && toks.get(p).is_some_and(|t| t.glued) {
            return None;
        }
        let capital = toks
            .get(p)
            .is_some_and(|t| matches!(t.case, Case::Title | Case::Upper | Case::Digit));
        let mut node = ROOT;
        let mut i = p;
        let mut best: Option<Found> = None;
        let mut consider = |f: Found| {
            if best.is_none_or(|b| f.end >= b.end) {
                best = Some(f);
            }
        };
        while i < toks.len() {
            let sep = toks[i].sep;
            if i > p && sep & SEP_HARD != 0 {
                break;
            }
            let Some((c, punct_ok)) = names.child(node, &toks[i]) else {
                break;
            };
            if i > p && sep & (SEP_COMMA | SEP_DASH) != 0 && !punct_ok {
                break;
            }
            node = c;
            i += 1;
            let nn = &names.nodes[node as usize];
            if prose && nn.capital && !capital {
                continue;
            }
            if let Some(a) = nn.bare {
                let a = context.and_then(|l| nn.slots[l.index()]).unwrap_or(a);
                consider(Found {
                    start: p,
                    end: i,
                    agency: a,
                    level_stated: false,
                    place: None,
                    node,
                    slotted: false,
                });
            }
            if let Some(a) = nn.plain {
                consider(self.plain_tail(toks, p, i, a, node));
            }
            if nn.slots.iter().any(Option::is_some) {
                if let Some(f) = self.slot_tail(toks, p, i, node) {
                    consider(f);
                }
            }
        }
        best
    }

    /// A whole name, then maybe its own level word ("Sở Y tế tỉnh") and a place.
    fn plain_tail(&self, toks: &[Tok], p: usize, i: usize, agency: u32, node: u32) -> Found {
        let a = &self.agencies[agency as usize];
        let mut end = i;
        let mut run = None;
        if let Some(r) = self.level_run(toks, i, false) {
            let fits = match a.level {
                Some(l) => l == r.level || (l == Level::District && r.city),
                None => false,
            };
            if fits {
                end = r.end;
                run = Some(r);
            }
        }
        let mut place = None;
        if let Some((e, pl)) = self.place_at(toks, end, run.as_ref()) {
            let known_province =
                pl.is_some() && a.level == Some(Level::Province) && a.kind != Kind::Generic;
            if run.is_some() || known_province {
                place = Some((end, e, pl));
                end = e;
            }
        }
        Found {
            start: p,
            end,
            agency,
            level_stated: true,
            place,
            node,
            slotted: false,
        }
    }

    /// A name with a level slot: the level words pick the body.
    fn slot_tail(&self, toks: &[Tok], p: usize, i: usize, node: u32) -> Option<Found> {
        let nn = &self.index.names.nodes[node as usize];
        let run = self.level_run(toks, i, false)?;
        let mut level = run.level;
        let mut end = run.end;
        let mut place = None;
        if let Some((e, pl)) = self.place_at(toks, run.end, Some(&run)) {
            if run.city && pl.is_some_and(|x| self.places[x as usize].kind == PlaceKind::Province) {
                level = Level::District;
            }
            place = Some((run.end, e, pl));
            end = e;
        }
        let agency = nn.slots[level.index()].or(nn.slots[run.level.index()])?;
        Some(Found {
            start: p,
            end,
            agency,
            level_stated: true,
            place,
            node,
            slotted: true,
        })
    }

    /// Whether the words at `at` begin some name (its first two words): "Ủy ban …"
    /// after "tỉnh" is not a place.
    fn begins_name(&self, toks: &[Tok], at: usize) -> bool {
        let names = &self.index.names;
        let Some((c, _)) = toks.get(at).and_then(|t| names.child(ROOT, t)) else {
            return false;
        };
        toks.get(at + 1)
            .is_some_and(|t| names.child(c, t).is_some())
    }

    fn starts_name(&self, toks: &[Tok], at: usize, prose: bool) -> bool {
        self.match_at(toks, at, None, prose).is_some()
    }

    /// A generic group goes on: "các sở, ban, ngành, đoàn thể tỉnh và địa phương có
    /// liên quan". More groups come after a comma or "và"; stops before another name.
    fn absorb(&self, toks: &[Tok], f: &mut Found, prose: bool) {
        if self.agencies[f.agency as usize].kind != Kind::Generic {
            return;
        }
        let mut k = f.end;
        while open(toks, k) {
            if self.starts_name(toks, k, prose) {
                break;
            }
            let listed = toks[k].sep & (SEP_COMMA | SEP_AND) != 0;
            let mut w = k;
            if toks[k].is(self.index.cac) {
                w += 1;
                if !open(toks, w) || self.starts_name(toks, w, prose) {
                    break;
                }
            }
            if listed {
                if let Some(e) = self.phrase_at(&self.index.generic, toks, w) {
                    k = e;
                    continue;
                }
            }
            if let Some(e) = self.phrase_at(&self.index.tails, toks, k) {
                k = e;
                continue;
            }
            if let Some(run) = self.level_run(toks, k, false) {
                k = run.end;
                if let Some((e, pl)) = self.place_at(toks, k, Some(&run)) {
                    f.place = Some((k, e, pl));
                    k = e;
                }
                continue;
            }
            break;
        }
        f.end = k;
    }

    fn to_match(&self, text: &str, toks: &[Tok], f: &Found) -> Match<'_> {
        let name_end = f.place.map_or(f.end, |(s, _, _)| s);
        let place = f.place.map(|(s, e, pl)| Qualifier {
            text: text
                .get(toks[s].start..toks[e - 1].end)
                .unwrap_or_default()
                .to_owned(),
            place: pl.map(|x| &self.places[x as usize]),
        });
        Match {
            agency: &self.agencies[f.agency as usize],
            level_stated: f.level_stated,
            place,
            marks_ok: toks[f.start..name_end].iter().all(|t| t.marks_ok),
        }
    }

    pub(super) fn lookup_tokens(&self, name: &str, context: Option<Level>) -> Option<Match<'_>> {
        let toks = self.index.lex.tokens(name);
        let mut p = 0;
        while p < toks.len() {
            if let Some(mut f) = self.match_at(&toks, p, context, false) {
                self.absorb(&toks, &mut f, false);
                let rest_ok = toks
                    .get(f.end)
                    .is_none_or(|t| t.sep & (SEP_OPEN | SEP_COLON) != 0);
                if rest_ok {
                    return Some(self.to_match(name, &toks, &f));
                }
            }
            p = self.phrase_at(&self.index.leadins, &toks, p)?;
        }
        None
    }

    pub(super) fn scan(&self, text: &str, context: Option<Level>) -> Vec<Mention<'_>> {
        let toks = self.index.lex.tokens(text);
        let mut out = Vec::new();
        let mut p = 0;
        while p < toks.len() {
            // Most words start no name: skip them before setting up a match.
            let starts = self.index.names.may_start(&toks[p]);
            let Some(mut f) = starts
                .then(|| self.match_at(&toks, p, context, true))
                .flatten()
            else {
                p += 1;
                continue;
            };
            self.absorb(&toks, &mut f, true);
            out.push((
                toks[f.start].start..toks[f.end - 1].end,
                self.to_match(text, &toks, &f),
            ));
            p = f.end;
            if f.slotted {
                p = self.elided(text, &toks, &f, &mut out);
            }
        }
        out
    }

    /// Level words after a name with a level, for the same body at other levels:
    /// "UBND cấp huyện, cấp xã", "Công an tỉnh, xã".
    fn elided<'r>(
        &'r self,
        text: &str,
        toks: &[Tok],
        f: &Found,
        out: &mut Vec<Mention<'r>>,
    ) -> usize {
        let nn = &self.index.names.nodes[f.node as usize];
        let mut k = f.end;
        while open(toks, k) && toks[k].sep & SEP_COMMA != 0 {
            let Some(run) = self.level_run(toks, k, true) else {
                break;
            };
            let Some(agency) = nn.slots[run.level.index()] else {
                break;
            };
            let mut g = Found {
                start: k,
                end: run.end,
                agency,
                level_stated: true,
                place: None,
                node: f.node,
                slotted: true,
            };
            if let Some((e, pl)) = self.place_at(toks, run.end, Some(&run)) {
                g.place = Some((run.end, e, pl));
                g.end = e;
            }
            out.push((
                toks[g.start].start..toks[g.end - 1].end,
                self.to_match(text, toks, &g),
            ));
            k = g.end;
        }
        k
    }

    pub(super) fn place_index(&self, name: &str) -> Option<usize> {
        let toks = self.index.lex.tokens(name);
        let mut at = 0;
        if let Some((end, _)) = self.level_at(&toks, 0) {
            at = end;
        }
        let (end, place) = self.place_at(&toks, at, None)?;
        (end == toks.len()).then_some(place? as usize)
    }
}

/// Whether a word may continue what came before it (no clause break before it).
fn open(toks: &[Tok], k: usize) -> bool {
    toks.get(k).is_some_and(|t| t.sep & SEP_HARD == 0)
}

/// The words of `phrase` at `at`, with no clause break inside; the end.
fn words_at(phrase: &[Word], toks: &[Tok], at: usize) -> Option<usize> {
    let end = at + phrase.len();
    if phrase.is_empty() || end > toks.len() {
        return None;
    }
    for (k, &w) in phrase.iter().enumerate() {
        let t = &toks[at + k];
        if !t.is(w) || (k > 0 && t.sep & SEP_HARD != 0) {
            return None;
        }
    }
    Some(end)
}
