//! "Did you mean": bounded edit distance between the folded name typed and every
//! folded name of the registry.

use super::tokens::{raw_words, Tok, Word};
use super::{Agency, Registry};

/// Longer input is cut: nobody types a 200-letter agency name.
const MAX_QUERY: usize = 96;
/// Bodies only some provinces have rank after national ones this many edits away.
const LOCAL_PENALTY: usize = 2;

impl Registry {
    pub(super) fn suggest_names(
        &self,
        name: &str,
        n: usize,
        keep: &dyn Fn(&Agency) -> bool,
    ) -> Vec<&Agency> {
        if n == 0 {
            return Vec::new();
        }
        let mut best: Vec<Option<usize>> = vec![None; self.agencies.len()];
        let mut rows = Rows::default();
        for query in self.queries(name) {
            let q = query.as_bytes();
            let bound = (q.len() / 4).clamp(2, 8);
            for (cand, a) in &self.index.suggest {
                let Some((full, prefix)) = rows.distances(q, cand.as_bytes(), bound) else {
                    continue;
                };
                let d = full.min(prefix + 1);
                if d > bound {
                    continue;
                }
                let agency = &self.agencies[*a as usize];
                if !keep(agency) {
                    continue;
                }
                let score = d + if agency.local { LOCAL_PENALTY } else { 0 };
                let slot = &mut best[*a as usize];
                if slot.is_none_or(|s| score < s) {
                    *slot = Some(score);
                }
            }
        }
        // The n best, lowest score first, then data order: n is small, so n passes
        // over the scores (no sort code in the wasm).
        let mut out = Vec::new();
        while out.len() < n {
            let Some(i) = (0..best.len())
                .filter(|&i| best[i].is_some())
                .min_by_key(|&i| (best[i], i))
            else {
                break;
            };
            best[i] = None;
            out.push(&self.agencies[i]);
        }
        out
    }

    /// The folded words of `name`, abbreviations expanded, without lead-in words
    /// ("Đề nghị", "các") or a province at the end; when it ends with a level word
    /// ("Sở Tư phap tỉnh"), also without that word. Empty queries are left out.
    fn queries(&self, name: &str) -> Vec<String> {
        let raws = raw_words(name);
        let toks = self.index.lex.stream(&raws);
        let mut start = 0;
        while let Some(e) = self
            .index
            .leadins
            .iter()
            .filter_map(|p| starts_with(&toks[start..], p).then_some(start + p.len()))
            .max()
        {
            if e >= toks.len() {
                break;
            }
            start = e;
        }
        let mut end = toks.len();
        for s in (start + 1).max(toks.len().saturating_sub(6))..toks.len() {
            if self.place_ends_at(&toks, s) {
                end = s;
                break;
            }
        }
        // After a level word, an unknown place ("xã Điềm He") or nothing: try the
        // name through the level word, and without it.
        let mut cuts = vec![end];
        for s in (start + 1).max(end.saturating_sub(8))..end {
            for l in &self.index.levels {
                let e = s + l.words.len();
                if e <= end && starts_with(&toks[s..e], &l.words) {
                    for cut in [e, s] {
                        if !cuts.contains(&cut) {
                            cuts.push(cut);
                        }
                    }
                }
            }
        }
        cuts.into_iter()
            .map(|end| {
                let mut out = String::new();
                for t in &toks[start..end] {
                    let w = self
                        .index
                        .lex
                        .word(t.id)
                        .or_else(|| raws.get(t.raw as usize).map(|r| raws.folded(r)))
                        .unwrap_or_default();
                    if out.len() + w.len() + 1 > MAX_QUERY {
                        break;
                    }
                    if !out.is_empty() {
                        out.push(' ');
                    }
                    out.push_str(w);
                }
                out
            })
            .filter(|q| !q.is_empty())
            .collect()
    }

    /// Whether the words from `at` to the end name a province or city.
    fn place_ends_at(&self, toks: &[Tok], at: usize) -> bool {
        let mut node = 0;
        for t in &toks[at..] {
            match self.index.places.child(node, t) {
                Some((c, _)) => node = c,
                None => return false,
            }
        }
        self.index.places.nodes[node as usize].is_some()
    }
}

fn starts_with(toks: &[Tok], phrase: &[Word]) -> bool {
    !phrase.is_empty()
        && toks.len() >= phrase.len()
        && toks.iter().zip(phrase).all(|(t, &w)| t.is(w))
}

/// Reused rows of the edit-distance table.
#[derive(Default)]
struct Rows {
    prev: Vec<usize>,
    cur: Vec<usize>,
}

impl Rows {
    /// Edit distance from `q` to all of `c`, and to the best prefix of `c`; `None`
    /// once every cell of a row exceeds `bound`.
    fn distances(&mut self, q: &[u8], c: &[u8], bound: usize) -> Option<(usize, usize)> {
        let w = c.len();
        if w + bound < q.len() {
            return None; // even the whole of c is too short
        }
        self.prev.clear();
        self.prev.extend(0..=w);
        self.cur.clear();
        self.cur.resize(w + 1, 0);
        for (i, &qc) in q.iter().enumerate() {
            self.cur[0] = i + 1;
            let mut row_min = self.cur[0];
            for j in 1..=w {
                let cost = usize::from(c[j - 1] != qc);
                let v = (self.prev[j] + 1)
                    .min(self.cur[j - 1] + 1)
                    .min(self.prev[j - 1] + cost);
                self.cur[j] = v;
                row_min = row_min.min(v);
            }
            if row_min > bound {
                return None;
            }
            std::mem::swap(&mut self.prev, &mut self.cur);
        }
        let full = self.prev[w];
        let prefix = self.prev.iter().copied().min().unwrap_or(full);
        Some((full, prefix))
    }
}

#[cfg(test)]
mod tests {
    use super::Rows;

    #[test]
    fn distances_full_and_prefix() {
        let mut r = Rows::default();
        assert_eq!(r.distances(b"so y te", b"so y te", 2), Some((0, 0)));
        assert_eq!(r.distances(b"so y tee", b"so y te", 2), Some((1, 1)));
        assert_eq!(r.distances(b"so van", b"so van hoa", 2), Some((4, 0)));
        assert_eq!(r.distances(b"bo quoc phong", b"so y te", 2), None);
        assert_eq!(r.distances(b"abcdefgh", b"ab", 2), None);
    }
}
