//! Reading the dates of a text: one pass over its tokens, a bounded look around each,
//! each form of DESIGN §2.5 in a function of its own.

use super::*;

/// Reads every date of the text, and the periods they form.
pub fn scan(text: &str) -> Scan {
    let tokens = tokenize(text);
    let mut mentions: Vec<DateMention> = Vec::new();
    {
        let cur = Cursor {
            text,
            tokens: &tokens,
        };
        let mut i = 0;
        while i < tokens.len() {
            if !may_start_date(&cur, i) {
                i += 1;
                continue;
            }
            match read_at(&cur, i, mentions.last()) {
                Some(m) => {
                    i = m.tokens.end.max(i + 1);
                    mentions.push(m);
                }
                None => i += 1,
            }
        }
    }
    let periods = periods(&mentions);
    Scan {
        mentions,
        periods,
        tokens,
    }
}

fn periods(mentions: &[DateMention]) -> Vec<Period> {
    let mut out = Vec::new();
    for to in 1..mentions.len() {
        let from = to - 1;
        let (a, b) = (&mentions[from], &mentions[to]);
        let joined = b.lead_start == a.tokens.end;
        let shaped = (a.lead == Lead::From && !a.listed && b.lead == Lead::Until && !b.listed)
            || (b.lead == Lead::Dash && !b.listed);
        let dated =
            !matches!(a.value, DateValue::Unreadable) && !matches!(b.value, DateValue::Unreadable);
        if joined && shaped && dated {
            out.push(Period { from, to });
        }
    }
    out
}

/// What stands before token `at`: the lead, where it starts, whether `ngày` is among
/// it, and whether the date continues a list.
struct LeadInfo {
    lead: Lead,
    start: usize,
    ngay: bool,
    listed: bool,
}

fn lead_before(cur: &Cursor, at: usize, prev: Option<&DateMention>) -> LeadInfo {
    let mut info = LeadInfo {
        lead: Lead::None,
        start: at,
        ngay: false,
        listed: false,
    };
    let mut het = false;
    let mut k = at;
    for _ in 0..5 {
        if k == 0 {
            break;
        }
        let t = k - 1;
        let s = cur.str(t);
        let is = |key: &str| cur.word(t, key);
        let exact = |key: &str| is_exactly(s, key);
        let follows_prev = prev.is_some_and(|p| p.tokens.end == t);
        let lead = match cur.kind(t) {
            Some(Kind::Word) if is_exactly(s, "ngày") => {
                info.ngay = true;
                k = t;
                info.start = k;
                continue;
            }
            Some(Kind::Word) if is("mung") || is("mong") || is("la") || is("vao") || is("cua") => {
                k = t;
                continue;
            }
            Some(Kind::Word) if is("het") => {
                het = true;
                k = t;
                info.start = k;
                continue;
            }
            Some(Kind::Word) if exact("từ") => Lead::From,
            Some(Kind::Word) if exact("đến") || exact("tới") => Lead::Until,
            Some(Kind::Word) if exact("trước") => Lead::Before,
            Some(Kind::Word) if exact("sau") => Lead::After,
            Some(Kind::Word) if is("nhat") && cur.word(t.wrapping_sub(1), "cham") => {
                info.start = t - 1;
                info.lead = Lead::NoLater;
                return info;
            }
            Some(Kind::Word) if exact("hạn") => Lead::NoLater,
            Some(Kind::Word)
                if (is("chot") || is("cuoi")) && cur.word(t.wrapping_sub(1), "han") =>
            {
                info.start = t - 1;
                info.lead = Lead::NoLater;
                return info;
            }
            Some(Kind::Word) if (exact("và") || exact("hoặc")) && follows_prev => {
                return listed(info, prev, t);
            }
            Some(Kind::Punct(',' | ';')) if follows_prev => return listed(info, prev, t),
            Some(Kind::Punct('-')) if follows_prev => Lead::Dash,
            _ => break,
        };
        info.lead = lead;
        info.start = t;
        return info;
    }
    if het {
        info.lead = Lead::Until;
    } else if info.ngay {
        info.lead = Lead::On;
    }
    info
}

fn listed(mut info: LeadInfo, prev: Option<&DateMention>, t: usize) -> LeadInfo {
    info.listed = true;
    info.start = t;
    info.lead = prev.map_or(Lead::None, |p| p.lead);
    info
}

/// Nouns that follow a ratio, not a date: `06/06 nạn nhân`, `17/20 xã`.
const COUNTED: &[&str] = &[
    "xa", "phuong", "thon", "nguoi", "nan", "vu", "doi", "truong", "ho", "don", "luot", "lop",
    "buoi", "cuoc", "bai", "em", "tre", "phu", "ca", "tieu", "huyen", "nganh", "diem", "so",
];

/// Whether [`read_at`] may find a date at token `i`: `ngày`, `tháng`, or a number of
/// one, two or four digits. Asked of every token, so kept cheap and inlined.
#[inline(always)]
fn may_start_date(cur: &Cursor, i: usize) -> bool {
    let Some(t) = cur.tokens.get(i) else {
        return false;
    };
    match t.kind {
        Kind::Num => matches!(t.end - t.start, 1 | 2 | 4),
        // Lower-casing keeps the length: only words of five or six bytes can match.
        Kind::Word if matches!(t.end - t.start, 5 | 6) => {
            let s = cur.text.get(t.start..t.end).unwrap_or("");
            is_exactly(s, "ngày") || is_exactly(s, "tháng")
        }
        _ => false,
    }
}

/// Tries to read a date starting at token `i`.
fn read_at(cur: &Cursor, i: usize, prev: Option<&DateMention>) -> Option<DateMention> {
    let kind = cur.kind(i)?;
    match kind {
        Kind::Word if is_exactly(cur.str(i), "ngày") => words_form(cur, i, prev),
        Kind::Word if is_exactly(cur.str(i), "tháng") => month_form(cur, i, prev),
        Kind::Num => {
            let (_, digits) = cur.num(i)?;
            match digits {
                4 => iso_form(cur, i, prev),
                1 | 2 => slash_form(cur, i, prev),
                _ => None,
            }
        }
        _ => None,
    }
}

/// `ngày 27 tháng 3 năm 2024`, `ngày mùng 5 tháng 3`; `ngày 1O/3/2026` as unreadable.
fn words_form(cur: &Cursor, i: usize, prev: Option<&DateMention>) -> Option<DateMention> {
    let mut d = i + 1;
    if !cur.near(i) {
        return None;
    }
    if (cur.word(d, "mung") || cur.word(d, "mong")) && cur.near(d) {
        d += 1;
    }
    if cur.kind(d) == Some(Kind::Mixed) && confusable(cur.str(d)) {
        return Some(unreadable(cur, i, d, d, prev));
    }
    let (day, day_digits) = cur.num(d)?;
    if day_digits > 2 || !cur.near(d) || !is_exactly(cur.str(d + 1), "tháng") || !cur.near(d + 1) {
        return None;
    }
    let m = d + 2;
    if cur.kind(m) == Some(Kind::Mixed) && confusable(cur.str(m)) {
        return Some(unreadable(cur, i, i, m, prev));
    }
    let (month, month_digits) = cur.num(m)?;
    if month_digits > 2 {
        return None;
    }
    let mut end = m + 1;
    let mut year = YearRef::Missing;
    if cur.near(m) && cur.word(m + 1, "nam") && cur.near(m + 1) {
        let y = m + 2;
        match cur.kind(y) {
            Some(Kind::Num) => {
                let (v, digits) = cur.num(y)?;
                if digits != 4 {
                    return Some(unreadable(cur, i, i, y, prev));
                }
                year = YearRef::Stated(v as i32);
                end = y + 1;
            }
            Some(Kind::Mixed) if confusable(cur.str(y)) => {
                return Some(unreadable(cur, i, i, y, prev))
            }
            _ => {
                if let Some((r, e)) = relative_year(cur, m + 1) {
                    year = r;
                    end = e;
                }
            }
        }
    } else if let Some((r, e)) = year_after(cur, m) {
        year = r;
        end = e;
    }
    let mut info = lead_before(cur, i, prev);
    if info.lead == Lead::None {
        info.lead = Lead::On;
    }
    info.ngay = true;
    Some(mention(
        cur,
        i..end,
        Form::Words,
        DateValue::Day { day, month, year },
        info,
    ))
}

/// `tháng 6/2026`, `tháng 6 năm 2026`.
fn month_form(cur: &Cursor, i: usize, prev: Option<&DateMention>) -> Option<DateMention> {
    if !cur.near(i) {
        return None;
    }
    let m = i + 1;
    let (month, digits) = cur.num(m)?;
    if digits > 2 {
        return None;
    }
    let slash = cur.spaces(m, 2) && cur.punct(m + 1, '/') && cur.spaces(m + 1, 2);
    let words = cur.near(m) && cur.word(m + 1, "nam") && cur.near(m + 1);
    if !(slash || words) {
        return None;
    }
    let y = m + 2;
    let (year, year_digits) = cur.num(y)?;
    if year_digits != 4 || symbol_follows(cur, y) {
        return None;
    }
    let info = lead_before(cur, i, prev);
    Some(mention(
        cur,
        i..y + 1,
        Form::MonthYear,
        DateValue::Month {
            month,
            year: YearRef::Stated(year as i32),
        },
        info,
    ))
}

/// `2026-06-14`.
fn iso_form(cur: &Cursor, i: usize, prev: Option<&DateMention>) -> Option<DateMention> {
    let parts_ok = cur.adjacent(i)
        && cur.punct(i + 1, '-')
        && cur.adjacent(i + 1)
        && cur.num(i + 2)?.1 == 2
        && cur.adjacent(i + 2)
        && cur.punct(i + 3, '-')
        && cur.adjacent(i + 3)
        && cur.num(i + 4)?.1 == 2;
    if !parts_ok || symbol_before(cur, i) || symbol_follows(cur, i + 4) {
        return None;
    }
    let (year, _) = cur.num(i)?;
    let (month, _) = cur.num(i + 2)?;
    let (day, _) = cur.num(i + 4)?;
    let info = lead_before(cur, i, prev);
    Some(mention(
        cur,
        i..i + 5,
        Form::Iso,
        DateValue::Day {
            day,
            month,
            year: YearRef::Stated(year as i32),
        },
        info,
    ))
}

/// `15/12`, `01/7/2025`, `1/4/24`, `2 /3`, and `6/2026` after `từ`, `đến`, `trước`.
fn slash_form(cur: &Cursor, i: usize, prev: Option<&DateMention>) -> Option<DateMention> {
    let (first, _) = cur.num(i)?;
    if !(cur.spaces(i, 2) && cur.punct(i + 1, '/') && cur.spaces(i + 1, 2)) {
        return None;
    }
    let (second, second_digits) = cur.num(i + 2)?;
    let info = lead_before(cur, i, prev);
    if symbol_before(cur, i) && info.lead != Lead::Dash {
        return None;
    }
    if cur.word(i.wrapping_sub(1), "so") {
        return None; // `số 12/3`: a number and symbol
    }
    let strong = info.ngay;
    let weak = info.lead != Lead::None;
    // `6/2026`: a month and year, where the words say it is a time.
    if second_digits == 4 {
        let timely = weak && !matches!(info.lead, Lead::On | Lead::Dash) || strong;
        if !timely || symbol_follows(cur, i + 2) {
            return None;
        }
        return Some(mention(
            cur,
            i..i + 3,
            Form::Slash,
            DateValue::Month {
                month: first,
                year: YearRef::Stated(second as i32),
            },
            info,
        ));
    }
    if second_digits > 2 {
        return None;
    }
    let (day, month) = (first, second);
    // A year after a second slash.
    let mut end = i + 3;
    let mut year = YearRef::Missing;
    if cur.spaces(i + 2, 1) && cur.punct(i + 3, '/') && cur.spaces(i + 3, 1) {
        match cur.kind(i + 4) {
            Some(Kind::Num) => {
                let (y, digits) = cur.num(i + 4)?;
                year = match digits {
                    4 => YearRef::Stated(y as i32),
                    2 => YearRef::Stated(2000 + y as i32),
                    _ if strong => {
                        return Some(mention(
                            cur,
                            i..i + 5,
                            Form::Slash,
                            DateValue::Unreadable,
                            info,
                        ))
                    }
                    _ => return None,
                };
                end = i + 5;
            }
            Some(Kind::Word | Kind::Mixed) => return None, // `12/3/KH`: a symbol
            _ => {}
        }
    }
    if symbol_follows(cur, end - 1) {
        return None;
    }
    if year == YearRef::Missing {
        let after = year_after(cur, end - 1);
        if let Some((r, e)) = after {
            year = r;
            end = e;
        } else if !strong {
            // A day and month alone is a date only where the words make it one.
            let plausible = (1..=31).contains(&day) && (1..=12).contains(&month);
            let counted = cur.near(end - 1)
                && (COUNTED.iter().any(|w| cur.word(end, w)) || cur.punct(end, '%'));
            if !weak || !plausible || counted {
                return None;
            }
        }
    }
    Some(mention(
        cur,
        i..end,
        Form::Slash,
        DateValue::Day { day, month, year },
        info,
    ))
}

fn mention(
    cur: &Cursor,
    tokens: Range<usize>,
    form: Form,
    value: DateValue,
    info: LeadInfo,
) -> DateMention {
    let start = cur.tokens.get(tokens.start).map_or(0, |t| t.start);
    let end = cur
        .tokens
        .get(tokens.end.saturating_sub(1))
        .map_or(start, |t| t.end);
    DateMention {
        span: start..end.max(start),
        form,
        value,
        lead: info.lead,
        listed: info.listed,
        lead_start: info.start.min(tokens.start),
        tokens,
    }
}

/// A date that cannot be read: from token `from` through the bad token `bad` and what
/// sticks to it (`1O/3/2026`); `ngày` at token `ngay` leads it.
fn unreadable(
    cur: &Cursor,
    ngay: usize,
    from: usize,
    bad: usize,
    prev: Option<&DateMention>,
) -> DateMention {
    let mut end = bad + 1;
    while end < bad + 6
        && cur.adjacent(end - 1)
        && matches!(
            cur.kind(end),
            Some(Kind::Num | Kind::Mixed | Kind::Punct('/'))
        )
    {
        end += 1;
    }
    let mut info = lead_before(cur, ngay, prev);
    if info.lead == Lead::None {
        info.lead = Lead::On;
    }
    mention(cur, from..end, Form::Words, DateValue::Unreadable, info)
}

/// Digits mixed with the letters that look like them: `1O`, `2O26`, `l5`.
fn confusable(s: &str) -> bool {
    s.len() <= 6
        && s.chars().any(|c| c.is_ascii_digit())
        && s.chars()
            .all(|c| c.is_ascii_digit() || matches!(c, 'O' | 'o' | 'l' | 'I'))
}

/// The number at `i` is glued to a symbol before it: `KH/12`, `2019/02`.
fn symbol_before(cur: &Cursor, i: usize) -> bool {
    i > 0
        && cur.adjacent(i - 1)
        && matches!(
            cur.kind(i - 1),
            Some(Kind::Punct('/' | '.' | '-' | ',')) | Some(Kind::Word | Kind::Mixed)
        )
}

/// What follows token `last` makes it part of a symbol or a number: `/NQ-HĐTP`,
/// `-KH`, `,5`, `.250`.
fn symbol_follows(cur: &Cursor, last: usize) -> bool {
    if !cur.adjacent(last) {
        return false;
    }
    let next = last + 1;
    let glued_alnum = |k: usize| {
        cur.adjacent(k) && matches!(cur.kind(k + 1), Some(Kind::Num | Kind::Word | Kind::Mixed))
    };
    match cur.kind(next) {
        Some(Kind::Punct('/')) => glued_alnum(next),
        Some(Kind::Punct('-')) => {
            glued_alnum(next) && matches!(cur.kind(next + 1), Some(Kind::Word | Kind::Mixed))
        }
        Some(Kind::Punct('.' | ',')) => glued_alnum(next) && cur.kind(next + 1) == Some(Kind::Num),
        Some(Kind::Word | Kind::Mixed | Kind::Num) => true,
        _ => false,
    }
}

/// The year words after a day and month ending at token `last`: `năm 2025`,
/// `năm trước`, `của năm làm báo cáo`. Returns the year and the token after them.
fn year_after(cur: &Cursor, last: usize) -> Option<(YearRef, usize)> {
    let mut k = last + 1;
    if !cur.near(last) {
        return None;
    }
    if cur.word(k, "cua") && cur.near(k) {
        k += 1;
    }
    if cur.word(k, "cung") && cur.near(k) && cur.word(k + 1, "nam") {
        return Some((YearRef::Current, k + 2));
    }
    if !(cur.word(k, "nam") && cur.near(k)) {
        return None;
    }
    if let Some((v, 4)) = cur.num(k + 1) {
        if symbol_follows(cur, k + 1) {
            return None;
        }
        return Some((YearRef::Stated(v as i32), k + 2));
    }
    relative_year(cur, k)
}

/// The relative year after the word `năm` at token `nam`.
fn relative_year(cur: &Cursor, nam: usize) -> Option<(YearRef, usize)> {
    const WORDS: &[(&[&str], YearRef)] = &[
        (&["lien", "truoc"], YearRef::Previous),
        (&["truoc"], YearRef::Previous),
        (&["ngoai"], YearRef::Previous),
        (&["tiep", "theo"], YearRef::Next),
        (&["ke", "tiep"], YearRef::Next),
        (&["sau"], YearRef::Next),
        (&["lam", "bao", "cao"], YearRef::Current),
        (&["bao", "cao"], YearRef::Current),
        (&["hien", "tai"], YearRef::Current),
        (&["nay"], YearRef::Current),
    ];
    'words: for (words, year) in WORDS {
        let mut k = nam;
        for w in *words {
            if !cur.near(k) || !cur.word(k + 1, w) {
                continue 'words;
            }
            k += 1;
        }
        return Some((*year, k + 1));
    }
    None
}

/// Every `giai đoạn 2026 - 2030` (also `giai đoạn từ năm 2026 đến năm 2030`) in the
/// tokens `range`.
pub(crate) fn year_spans(
    scan: &Scan,
    text: &str,
    range: Range<usize>,
    line_of: &dyn Fn(usize) -> usize,
) -> Vec<(usize, YearSpan)> {
    let cur = Cursor {
        text,
        tokens: &scan.tokens,
    };
    let mut out = Vec::new();
    let end = range.end.min(scan.tokens.len());
    let mut t = range.start;
    while t + 1 < end {
        // Only a word that starts with `g` or `G` can be `giai` (only those letters
        // fold to `g`, as a test checks): one byte tells most tokens apart.
        let g = scan.tokens[t].start;
        let may_be_giai = matches!(text.as_bytes().get(g), Some(b'g' | b'G'));
        if !(may_be_giai && cur.word(t, "giai") && cur.near(t) && cur.word(t + 1, "doan")) {
            t += 1;
            continue;
        }
        let mut k = t + 2;
        let skip = |k: &mut usize, key: &str| {
            if cur.near(*k - 1) && cur.word(*k, key) {
                *k += 1;
            }
        };
        skip(&mut k, "tu");
        skip(&mut k, "nam");
        let first = match cur.num(k) {
            Some((v, 4)) if cur.near(k - 1) => (v as i32, k),
            _ => {
                t += 2;
                continue;
            }
        };
        k += 1;
        let joined = if cur.spaces(k - 1, 2) && cur.punct(k, '-') {
            k += 1;
            true
        } else if cur.near(k - 1) && (cur.word(k, "den") || cur.word(k, "toi")) {
            k += 1;
            skip(&mut k, "nam");
            true
        } else {
            false
        };
        let second = match cur.num(k) {
            Some((v, 4)) if joined && (cur.spaces(k - 1, 2) || cur.near(k - 1)) => v as i32,
            _ => {
                t = k;
                continue;
            }
        };
        let a = cur.tokens[first.1].start;
        let b = cur.tokens[k].end;
        out.push((
            t,
            YearSpan {
                from: first.0,
                to: second,
                line: line_of(a),
                span: a..b,
            },
        ));
        t = k + 1;
    }
    out
}
