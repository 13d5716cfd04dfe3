//! The reporting regime of a plan and its other dated items, read from its text.
//!
//! - report kinds (quarter, `6 tháng`, `9 tháng`, annual `năm`/`hằng năm`, ad hoc
//!   `đột xuất`), each with the data window the plan states (`Tính từ ngày 15/12 năm
//!   trước đến ngày 14/6 của năm làm báo cáo`) and its deadlines (`gửi trước ngày
//!   17/6`, `trước ngày 12/3 và 12/9`), read in the last part (*Tổ chức thực hiện*);
//! - the deadline for lower-level plans (`xây dựng kế hoạch … trước ngày 01/3/2026`)
//!   and other deadlines of the body;
//! - campaigns (`từ ngày 01/7/2025 đến hết 30/9/2025`);
//! - the plan's year (`… năm 2025` in the abstract), its programme period (`giai đoạn
//!   2026 - 2030` in the abstract or title) and the programme periods its legal basis
//!   cites;
//! - the date of issue, from the place-and-date line.

use std::ops::Range;

use serde::Serialize;

use super::dates::{
    is_exactly, year_spans, CalendarDate, Cursor, DateMention, DayMonth, Kind, Lead, Scan, YearSpan,
};
use super::windows::{self, DefaultWindow};
use super::ReportKind;
use crate::reader::{DatePart, Document};
use crate::text::chars::fold_contains;

/// A data window a plan states.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Window {
    pub from: DayMonth,
    pub to: DayMonth,
    pub line: usize,
    #[serde(skip)]
    pub span: Range<usize>,
}

/// A deadline: `trước ngày 17/6` (the day before is the last) or `chậm nhất ngày 17/6`
/// (that day is the last).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Deadline {
    pub date: DayMonth,
    /// Whether the day itself is still in time (`chậm nhất`, `hạn`), not (`trước`).
    pub inclusive: bool,
    /// The date as written: `12/3`, `01/3/2026`.
    pub written: String,
    /// Whether the paragraph it stands in is about reporting.
    pub about_report: bool,
    pub line: usize,
    #[serde(skip)]
    pub span: Range<usize>,
}

impl Deadline {
    /// `trước ngày 12/3`, `chậm nhất ngày 12/3`.
    pub fn phrase(&self) -> crate::finding::Text {
        if self.inclusive {
            crate::messages::period_no_later_than(&self.written)
        } else {
            crate::messages::period_before(&self.written)
        }
    }

    /// The last day still in time, in the calendar year the date resolves to.
    pub fn last_day(&self, year: i32) -> Option<chrono::NaiveDate> {
        let d = self.date.date_in(year)?;
        if self.inclusive {
            Some(d)
        } else {
            d.pred_opt()
        }
    }
}

/// One kind of periodic report the plan asks for.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ReportRule {
    pub kind: ReportKind,
    /// 1–4 when the plan names the quarter (`quý I`).
    pub quarter: Option<u8>,
    /// The window the plan states; without one the national default applies.
    pub window: Option<Window>,
    pub deadlines: Vec<Deadline>,
    /// Where the kind is first named.
    pub line: usize,
}

impl ReportRule {
    /// The windows a deadline of this report may report on: the stated one, else the
    /// national defaults of the kind (the four quarters for a quarterly report).
    pub fn windows(&self) -> Vec<(Option<u8>, DayMonth, DayMonth)> {
        match &self.window {
            Some(w) => vec![(self.quarter, w.from, w.to)],
            None => windows::national(self.kind, self.quarter)
                .map(|w: &DefaultWindow| (w.quarter, w.from, w.to))
                .collect(),
        }
    }
}

/// A campaign or other dated period of the body: `từ ngày 01/7/2025 đến hết 30/9/2025`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Campaign {
    pub from: DayMonth,
    pub to: DayMonth,
    /// From the first date to the last, as written.
    pub written: String,
    pub line: usize,
    #[serde(skip)]
    pub span: Range<usize>,
}

/// The date of issue.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Issued {
    /// The day, or the first of the month when the day is left blank (a draft).
    pub date: CalendarDate,
    pub exact: bool,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Regime {
    /// The year of a one-year plan: `… năm 2025` in its abstract.
    pub plan_year: Option<i32>,
    /// The programme period in the abstract or title: `giai đoạn 2026 - 2030`.
    pub programme: Option<YearSpan>,
    /// The programme periods the legal basis cites (`Chương trình phòng, chống mua
    /// bán người giai đoạn 2025 - 2030`).
    pub basis_programmes: Vec<YearSpan>,
    pub issued: Option<Issued>,
    pub reports: Vec<ReportRule>,
    /// Deadlines for the plans of lower levels and of the bodies assigned.
    pub plan_deadlines: Vec<Deadline>,
    /// The other deadlines of the body.
    pub other_deadlines: Vec<Deadline>,
    pub campaigns: Vec<Campaign>,
}

impl Regime {
    /// The years the plan covers: its programme period, else its year.
    pub fn scope(&self) -> Option<(i32, i32)> {
        match (&self.programme, self.plan_year) {
            (Some(p), _) => Some((p.from, p.to)),
            (None, Some(y)) => Some((y, y)),
            _ => None,
        }
    }

    /// Every deadline: of reports, of plans, others.
    pub fn deadlines(&self) -> impl Iterator<Item = &Deadline> {
        self.reports
            .iter()
            .flat_map(|r| r.deadlines.iter())
            .chain(&self.plan_deadlines)
            .chain(&self.other_deadlines)
    }
}

/// Reads the regime of a document whose dates are `scan`.
pub fn read(doc: &Document, text: &str, scan: &Scan) -> Regime {
    let cur = Cursor {
        text,
        tokens: &scan.tokens,
    };
    let line_of = |offset: usize| -> usize {
        let i = doc.lines.partition_point(|l| l.content.start <= offset);
        doc.lines.get(i.saturating_sub(1)).map_or(1, |l| l.number)
    };
    let mut regime = Regime {
        issued: issued(doc),
        ..Regime::default()
    };

    // The abstract (and a title that carries its subject): programme period or year.
    let title_spans: Vec<Range<usize>> = [&doc.header.type_name, &doc.header.abstract_]
        .into_iter()
        .flatten()
        .map(|s| s.span.clone())
        .collect();
    for span in &title_spans {
        let toks = scan.tokens_in(span);
        if regime.programme.is_none() {
            regime.programme = year_spans(scan, text, toks.clone(), &line_of)
                .into_iter()
                .next()
                .map(|(_, y)| y);
        }
        if regime.plan_year.is_none() {
            regime.plan_year = abstract_year(&cur, toks);
        }
    }
    if regime.programme.is_some() {
        regime.plan_year = None;
    }

    // The legal basis: programme periods cited with their programme.
    for b in doc.legal_basis.clone() {
        let Some(block) = doc.blocks.get(b) else {
            continue;
        };
        let toks = scan.tokens_in(&block.span);
        let spans = year_spans(scan, text, toks.clone(), &line_of);
        let mut next = spans.into_iter().peekable();
        let (mut programme, mut mbn) = (false, false);
        for t in toks {
            if cur.punct(t, ';') {
                (programme, mbn) = (false, false);
            }
            programme |= cur.word(t, "chuong") && cur.word(t + 1, "trinh");
            mbn |= cur.word(t, "mua") && cur.word(t + 1, "ban") && cur.word(t + 2, "nguoi");
            while let Some((at, span)) = next.next_if(|(at, _)| *at <= t) {
                if at == t && programme && mbn {
                    regime.basis_programmes.push(span);
                }
            }
        }
    }

    // The body: reports in the last part, deadlines and campaigns everywhere.
    if doc.body.start >= doc.body.end || doc.body.end > doc.blocks.len() {
        return regime;
    }
    let regime_from = doc
        .outline
        .roots
        .iter()
        .rev()
        .map(|&n| doc.outline.nodes[n].block)
        .find(|&b| fold_contains(doc.blocks[b].title(), "to chuc thuc hien"))
        .unwrap_or(doc.body.start);

    // Which period each mention opens or closes.
    let mut in_period: Vec<Option<usize>> = vec![None; scan.mentions.len()];
    for (p, period) in scan.periods.iter().enumerate() {
        in_period[period.from] = Some(p);
        in_period[period.to] = Some(p);
    }
    let mut used = vec![false; scan.mentions.len()];

    for b in regime_from..doc.body.end {
        let block = &doc.blocks[b];
        if !fold_contains(&block.text, "bao cao") {
            continue;
        }
        read_reports(
            &cur,
            scan,
            block.span.clone(),
            &in_period,
            &mut used,
            &mut regime,
            &line_of,
        );
    }

    for b in doc.body.clone() {
        let block = &doc.blocks[b];
        let ms = scan.mentions_in(&block.span);
        if ms.is_empty() {
            continue;
        }
        let about_report = fold_contains(&block.text, "bao cao");
        let about_plan = fold_contains(&block.text, "ke hoach");
        for m in ms {
            if used[m] {
                continue;
            }
            let mention = &scan.mentions[m];
            if let Some(p) = in_period[m] {
                let period = scan.periods[p];
                if period.from != m {
                    continue;
                }
                let (from, to) = (&scan.mentions[period.from], &scan.mentions[period.to]);
                if let (Some(a), Some(z)) = (from.day_month(), to.day_month()) {
                    let span = from.span.start..to.span.end;
                    regime.campaigns.push(Campaign {
                        from: a,
                        to: z,
                        written: text.get(span.clone()).unwrap_or("").to_owned(),
                        line: line_of(span.start),
                        span,
                    });
                }
                continue;
            }
            if let Some(mut d) = deadline(text, mention, &line_of) {
                d.about_report = about_report;
                if about_plan {
                    regime.plan_deadlines.push(d);
                } else {
                    regime.other_deadlines.push(d);
                }
            }
        }
    }
    regime
}

/// The date of issue from the place-and-date line; the first of the month when the
/// day is left blank.
fn issued(doc: &Document) -> Option<Issued> {
    let pd = doc.header.place_date.as_ref()?;
    let (DatePart::Number(m), DatePart::Number(y)) = (&pd.month, &pd.year) else {
        return None;
    };
    let (day, exact) = match pd.day {
        DatePart::Number(d) => (d, true),
        DatePart::Blank => (1, false),
        DatePart::Other(_) => return None,
    };
    let y = i32::try_from(*y).ok()?;
    let date = chrono::NaiveDate::from_ymd_opt(y, *m, day)?;
    super::dates::YEARS.contains(&y).then_some(Issued {
        date: CalendarDate::from_date(date),
        exact,
    })
}

/// `năm 2025` in the abstract of a one-year plan; not `định hướng đến năm 2035`, not
/// the year of a law (`Luật … năm 2024`).
fn abstract_year(cur: &Cursor, toks: Range<usize>) -> Option<i32> {
    let mut found = None;
    for t in toks.clone() {
        if !(cur.word(t, "nam") && cur.near(t)) {
            continue;
        }
        let Some((y, 4)) = cur.num(t + 1) else {
            continue;
        };
        let before = |key: &str| (toks.start.max(t.saturating_sub(1))..t).any(|k| cur.word(k, key));
        let law = (toks.start.max(t.saturating_sub(8))..t).any(|k| cur.word(k, "luat"));
        if before("den") || before("toi") || law {
            continue;
        }
        found = Some(y as i32);
    }
    found
}

/// A deadline, if the mention is one.
fn deadline(text: &str, m: &DateMention, line_of: &dyn Fn(usize) -> usize) -> Option<Deadline> {
    let inclusive = match m.lead {
        Lead::Before => false,
        Lead::NoLater => true,
        _ => return None,
    };
    Some(Deadline {
        date: m.day_month()?,
        inclusive,
        written: text.get(m.span.clone()).unwrap_or("").to_owned(),
        about_report: true,
        line: line_of(m.span.start),
        span: m.span.clone(),
    })
}

/// What a paragraph about reporting says, in order.
enum Event {
    Kind(ReportKind, Option<u8>, usize),
    Deadline(Deadline, usize),
    Window(Window, [usize; 2]),
}

fn read_reports(
    cur: &Cursor,
    scan: &Scan,
    span: Range<usize>,
    in_period: &[Option<usize>],
    used: &mut [bool],
    regime: &mut Regime,
    line_of: &dyn Fn(usize) -> usize,
) {
    let toks = scan.tokens_in(&span);
    let mut events = Vec::new();
    let mut t = toks.start;
    while t < toks.end {
        if let Some(m) = scan.mention_at_token(t) {
            let mention = &scan.mentions[m];
            t = mention.tokens.end.max(t + 1);
            match in_period[m].map(|p| scan.periods[p]) {
                Some(p) if p.from == m => {
                    let (a, z) = (&scan.mentions[p.from], &scan.mentions[p.to]);
                    if let (Some(from), Some(to)) = (a.day_month(), z.day_month()) {
                        let span = a.span.start..z.span.end;
                        events.push(Event::Window(
                            Window {
                                from,
                                to,
                                line: line_of(span.start),
                                span,
                            },
                            [p.from, p.to],
                        ));
                    }
                }
                Some(_) => {}
                None => {
                    if let Some(d) = deadline(cur.text, mention, line_of) {
                        events.push(Event::Deadline(d, m));
                    }
                }
            }
            continue;
        }
        match kind_at(cur, t) {
            // `trước ngày 15/6 hằng năm`: every year, not the annual report (but
            // `trước ngày 15/6 và năm trước ngày 15/12` is the annual report).
            Some((ReportKind::Annual, _, len))
                if t >= 2 && cur.word(t - 1, "hang") && scan.mention_at_token(t - 2).is_some() =>
            {
                t += len;
            }
            Some((kind, quarter, len)) => {
                let line = cur.tokens.get(t).map_or(1, |tok| line_of(tok.start));
                events.push(Event::Kind(kind, quarter, line));
                t += len;
            }
            None => t += 1,
        }
    }

    // Kinds first (`hàng quý (trước ngày 12/3)`): a date belongs to the kind before
    // it. Dates first (`trước ngày 15/6 (báo cáo 6 tháng)`): to the kind after it.
    let first_kind = events.iter().position(|e| matches!(e, Event::Kind(..)));
    let first_date = events.iter().position(|e| !matches!(e, Event::Kind(..)));
    let Some(first_kind) = first_kind else {
        return;
    };
    let dates_first = first_date.is_some_and(|d| d < first_kind);
    let mut rules: Vec<ReportRule> = Vec::new();
    let mut pending: Vec<Event> = Vec::new();
    for event in events {
        match event {
            Event::Kind(kind, quarter, line) => {
                rules.push(ReportRule {
                    kind,
                    quarter,
                    window: None,
                    deadlines: Vec::new(),
                    line,
                });
                if dates_first {
                    let rule = rules.last_mut().expect("just pushed");
                    for e in pending.drain(..) {
                        attach(rule, e, used);
                    }
                }
            }
            e if dates_first => pending.push(e),
            e => {
                if let Some(rule) = rules.last_mut() {
                    attach(rule, e, used);
                }
            }
        }
    }
    for rule in rules {
        match regime
            .reports
            .iter_mut()
            .find(|r| r.kind == rule.kind && r.quarter == rule.quarter)
        {
            Some(r) => {
                r.deadlines.extend(rule.deadlines);
                if r.window.is_none() {
                    r.window = rule.window;
                }
            }
            None => regime.reports.push(rule),
        }
    }
}

fn attach(rule: &mut ReportRule, event: Event, used: &mut [bool]) {
    match event {
        Event::Deadline(d, m) => {
            if rule.kind != ReportKind::AdHoc {
                used[m] = true;
                rule.deadlines.push(d);
            }
        }
        Event::Window(w, ms) => {
            if rule.window.is_none() && rule.kind != ReportKind::AdHoc {
                for m in ms {
                    used[m] = true;
                }
                rule.window = Some(w);
            }
        }
        Event::Kind(..) => {}
    }
}

/// A report kind named at token `t`, with the number of tokens it takes.
fn kind_at(cur: &Cursor, t: usize) -> Option<(ReportKind, Option<u8>, usize)> {
    let s = cur.str(t);
    let next_is = |key: &str| cur.near(t) && is_exactly(cur.str(t + 1), key);
    match cur.kind(t)? {
        Kind::Word if is_exactly(s, "quý") || is_exactly(s, "qúy") => {
            let q = if cur.near(t) {
                match (cur.kind(t + 1), cur.str(t + 1)) {
                    (Some(Kind::Word), "I") => Some(1),
                    (Some(Kind::Word), "II") => Some(2),
                    (Some(Kind::Word), "III") => Some(3),
                    (Some(Kind::Word), "IV") => Some(4),
                    (Some(Kind::Num), n) => n.parse::<u8>().ok().filter(|q| (1..=4).contains(q)),
                    _ => None,
                }
            } else {
                None
            };
            Some((ReportKind::Quarter, q, 1 + usize::from(q.is_some())))
        }
        Kind::Num if next_is("tháng") => match cur.num(t)? {
            (6, 1 | 2) => Some((ReportKind::HalfYear, None, 2)),
            (9, 1 | 2) => Some((ReportKind::NineMonth, None, 2)),
            _ => None,
        },
        Kind::Word if is_exactly(s, "sáu") && next_is("tháng") => {
            Some((ReportKind::HalfYear, None, 2))
        }
        Kind::Word if is_exactly(s, "chín") && next_is("tháng") => {
            Some((ReportKind::NineMonth, None, 2))
        }
        Kind::Word if cur.word(t, "dot") && cur.near(t) && cur.word(t + 1, "xuat") => {
            Some((ReportKind::AdHoc, None, 2))
        }
        Kind::Word if cur.word(t, "nam") => {
            let prev = t.checked_sub(1)?;
            // `báo cáo năm trước ngày 15/12`: the annual report's deadline, where
            // `15/12 năm trước` is the year before.
            let due = cur.near(t)
                && (cur.word(t + 1, "gui")
                    || cur.word(t + 1, "truoc") && cur.near(t + 1) && cur.word(t + 2, "ngay"));
            let relative = !due
                && cur.near(t)
                && ["truoc", "sau", "nay", "lam", "ngoai", "tiep", "ke", "hien"]
                    .iter()
                    .any(|w| cur.word(t + 1, w));
            let of_year = cur.word(prev, "cao") || cur.word(prev, "ket");
            if relative || cur.num(t + 1).is_some() && !of_year {
                return None;
            }
            // `hằng năm`, `hàng năm`, `cả năm`, `báo cáo năm`, `tổng kết năm`.
            let named = ["hang", "cao", "ket"].iter().any(|w| cur.word(prev, w))
                || is_exactly(cur.str(prev), "cả");
            // `06 tháng (…) và năm (…)`: a bare `năm` in a list.
            let listed = (cur.word(prev, "va")
                || cur.word(prev, "hoac")
                || cur.punct(prev, ',')
                || cur.punct(prev, ';'))
                && (due
                    || cur.kind(t + 1).is_none()
                    || matches!(
                        cur.kind(t + 1),
                        Some(Kind::Punct('(' | ':' | ',' | ')' | ';' | '.'))
                    )
                    || cur.word(t + 1, "va")
                    || cur.word(t + 1, "hoac"));
            (named || listed).then_some((ReportKind::Annual, None, 1))
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::period::{analyse, YearRef};
    use crate::reader;
    use crate::text::Source;

    fn regime_of(text: &str) -> Regime {
        let src = Source::new(text);
        let doc = reader::read(&src, None);
        analyse(&doc, src.text()).regime
    }

    fn plan(abstract_: &str, basis: &str, last_part: &str) -> String {
        format!(
            "ỦY BAN NHÂN DÂN\nTỈNH CAO BẰNG\n\nSố: 7/KH-UBND\n\nCao Bằng, ngày 10 tháng 3 năm 2026\n\n\
             KẾ HOẠCH\n\n{abstract_}\n\n{basis}\n\nI. MỤC TIÊU\n\nNâng cao nhận thức.\n\n\
             II. NHIỆM VỤ\n\n1. Truyền thông\n\nCông an tỉnh chủ trì.\n\n\
             III. TỔ CHỨC THỰC HIỆN\n\n{last_part}\n\nNơi nhận:\n- Lưu: VT.\n\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n"
        )
    }

    fn dm(day: u32, month: u32, year: YearRef) -> DayMonth {
        DayMonth { day, month, year }
    }

    #[test]
    fn stated_windows_and_deadlines() {
        let r = regime_of(&plan(
            "Phòng, chống mua bán người năm 2026",
            "Căn cứ Luật Phòng, chống mua bán người năm 2024, Ủy ban nhân dân tỉnh ban hành Kế hoạch:",
            "1. Chế độ báo cáo\n\n- Báo cáo 6 tháng: Tính từ ngày 15/12 năm trước đến ngày 14/6 của năm làm báo cáo, gửi trước ngày 17/6.\n\n\
             - Báo cáo định kỳ hằng năm: Tính từ ngày 15/12 năm trước đến ngày 14/12\n\ncủa năm làm báo cáo, gửi trước ngày 17/12.",
        ));
        assert_eq!(r.plan_year, Some(2026));
        assert_eq!(r.scope(), Some((2026, 2026)));
        assert_eq!(
            r.issued,
            Some(Issued {
                date: CalendarDate {
                    year: 2026,
                    month: 3,
                    day: 10
                },
                exact: true
            })
        );
        assert_eq!(r.reports.len(), 2, "{:#?}", r.reports);
        let half = &r.reports[0];
        assert_eq!(half.kind, ReportKind::HalfYear);
        let w = half.window.as_ref().unwrap();
        assert_eq!(
            (w.from, w.to),
            (dm(15, 12, YearRef::Previous), dm(14, 6, YearRef::Current))
        );
        assert_eq!(half.deadlines.len(), 1);
        assert_eq!(half.deadlines[0].date, dm(17, 6, YearRef::Missing));
        assert!(!half.deadlines[0].inclusive);
        let annual = &r.reports[1];
        assert_eq!(annual.kind, ReportKind::Annual);
        assert_eq!(annual.window.as_ref().unwrap().to.day, 14);
        assert_eq!(annual.deadlines[0].written, "17/12");
        assert!(r.campaigns.is_empty() && r.other_deadlines.is_empty());
    }

    #[test]
    fn kinds_with_deadlines_in_brackets_and_without_dates() {
        let r = regime_of(&plan(
            "Phòng, chống mua bán người năm 2025",
            "Thực hiện Kế hoạch số 53/KH-BCĐ ngày 05/02/2025 của Ban Chỉ đạo 138/CP:",
            "1. Định kỳ hàng quý (trước ngày 12/3 và 12/9), 06 tháng (trước ngày 12/6) và năm (trước ngày 12/12), các sở báo cáo kết quả.\n\n\
             2. Định kỳ 06 tháng, hằng năm và đột xuất khi có yêu cầu, báo cáo kết quả về Công an tỉnh.",
        ));
        let kinds: Vec<(ReportKind, usize)> = r
            .reports
            .iter()
            .map(|k| (k.kind, k.deadlines.len()))
            .collect();
        assert_eq!(
            kinds,
            [
                (ReportKind::Quarter, 2),
                (ReportKind::HalfYear, 1),
                (ReportKind::Annual, 1),
                (ReportKind::AdHoc, 0)
            ]
        );
        assert_eq!(r.reports[0].windows().len(), 4);
        assert_eq!(r.reports[0].deadlines[1].written, "12/9");
    }

    #[test]
    fn every_year_after_a_date_is_not_a_kind() {
        let r = regime_of(&plan(
            "Phòng, chống mua bán người năm 2026",
            "Căn cứ Kế hoạch số 1/KH-BCĐ:",
            "1. Báo cáo 6 tháng gửi trước ngày 15/6 hằng năm; báo cáo tổng kết năm 2026 gửi trước ngày 20/12/2026.",
        ));
        let kinds: Vec<(ReportKind, usize)> = r
            .reports
            .iter()
            .map(|k| (k.kind, k.deadlines.len()))
            .collect();
        assert_eq!(kinds, [(ReportKind::HalfYear, 1), (ReportKind::Annual, 1)]);
    }

    #[test]
    fn the_annual_report_before_a_day_is_not_the_year_before() {
        for last_part in [
            "1. Các sở, ngành báo cáo kết quả 6 tháng trước ngày 15/6/2026 và năm trước ngày 15/12/2026.",
            "1. Báo cáo 6 tháng trước ngày 15/6/2026; báo cáo năm trước ngày 15/12/2026.",
            "1. Báo cáo 6 tháng gửi trước ngày 15/6/2026, báo cáo năm gửi trước ngày 15/12/2026.",
        ] {
            let r = regime_of(&plan(
                "Phòng, chống mua bán người năm 2026",
                "Căn cứ Kế hoạch số 1/KH-BCĐ:",
                last_part,
            ));
            let got: Vec<(ReportKind, String)> = r
                .reports
                .iter()
                .flat_map(|k| k.deadlines.iter().map(move |d| (k.kind, d.written.clone())))
                .collect();
            assert_eq!(
                got,
                [
                    (ReportKind::HalfYear, "15/6/2026".into()),
                    (ReportKind::Annual, "15/12/2026".into())
                ],
                "{last_part}"
            );
        }
    }

    #[test]
    fn dates_before_their_kind() {
        let r = regime_of(&plan(
            "Phòng, chống mua bán người năm 2026",
            "Căn cứ Kế hoạch số 1/KH-BCĐ:",
            "1. Các sở gửi báo cáo trước ngày 17/6 (báo cáo 6 tháng) và chậm nhất ngày 17/12 (báo cáo năm).",
        ));
        let got: Vec<(ReportKind, String, bool)> = r
            .reports
            .iter()
            .flat_map(|k| {
                k.deadlines
                    .iter()
                    .map(move |d| (k.kind, d.written.clone(), d.inclusive))
            })
            .collect();
        assert_eq!(
            got,
            [
                (ReportKind::HalfYear, "17/6".into(), false),
                (ReportKind::Annual, "17/12".into(), true)
            ]
        );
    }

    #[test]
    fn plan_deadlines_campaigns_and_quarters() {
        let r = regime_of(&plan(
            "Phòng, chống mua bán người năm 2025",
            "Căn cứ Kế hoạch số 1/KH-BCĐ:",
            "1. Mở cao điểm tấn công tội phạm từ ngày 01/7/2025 đến hết 30/9/2025.\n\n\
             2. Các sở xây dựng kế hoạch, gửi về Công an tỉnh trước ngày 01/3/2025.\n\n\
             3. Báo cáo quý I gửi chậm nhất ngày 17/3; báo cáo quý III trước ngày 17/9.",
        ));
        assert_eq!(r.campaigns.len(), 1);
        assert_eq!(r.campaigns[0].from, dm(1, 7, YearRef::Stated(2025)));
        assert_eq!(r.campaigns[0].written, "01/7/2025 đến hết 30/9/2025");
        assert_eq!(r.plan_deadlines.len(), 1);
        assert_eq!(r.plan_deadlines[0].date, dm(1, 3, YearRef::Stated(2025)));
        let q: Vec<(Option<u8>, usize)> = r
            .reports
            .iter()
            .map(|k| (k.quarter, k.deadlines.len()))
            .collect();
        assert_eq!(q, [(Some(1), 1), (Some(3), 1)]);
        assert_eq!(r.reports[1].windows()[0].2, dm(14, 9, YearRef::Current));
    }

    #[test]
    fn programme_periods_of_abstract_and_legal_basis() {
        let r = regime_of(&plan(
            "Thực hiện Chương trình phòng, chống mua bán người giai đoạn 2026 - 2030 và định hướng đến năm 2035",
            "Thực hiện Quyết định số 33/QĐ-TTg ngày 07/01/2026 của Thủ tướng Chính phủ ban hành Chương trình phòng, chống mua bán người giai đoạn 2025 - 2030; Đề án 06 giai đoạn 2022 - 2025, Ủy ban nhân dân tỉnh ban hành Kế hoạch:",
            "1. Định kỳ 06 tháng báo cáo.",
        ));
        let p = r.programme.as_ref().unwrap();
        assert_eq!((p.from, p.to), (2026, 2030));
        assert_eq!(r.plan_year, None);
        assert_eq!(r.scope(), Some((2026, 2030)));
        let basis: Vec<(i32, i32)> = r.basis_programmes.iter().map(|b| (b.from, b.to)).collect();
        assert_eq!(basis, [(2025, 2030)]);
    }

    #[test]
    fn the_year_of_a_law_is_not_the_plan_year() {
        let r = regime_of(&plan(
            "Triển khai thi hành Luật Phòng, chống mua bán người năm 2024",
            "Căn cứ Kế hoạch số 1/KH-BCĐ:",
            "1. Định kỳ 06 tháng báo cáo.",
        ));
        assert_eq!(r.plan_year, None);
    }

    #[test]
    fn a_draft_is_issued_in_its_month() {
        let text = plan(
            "Phòng, chống mua bán người năm 2026",
            "Căn cứ Kế hoạch:",
            "1. Báo cáo.",
        )
        .replace("ngày 10 tháng 3", "ngày    tháng 3");
        let r = regime_of(&text);
        assert_eq!(
            r.issued,
            Some(Issued {
                date: CalendarDate {
                    year: 2026,
                    month: 3,
                    day: 1
                },
                exact: false
            })
        );
    }
}
