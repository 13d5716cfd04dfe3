use crate::finding::{Diagnostic, Location};
use chrono::NaiveDate;

use super::Problem;
use crate::agency::Agency;
use crate::finding::Text;
use crate::messages;
use crate::rules::{declare_rule, ModelContext};
use crate::text::fold;

declare_rule! {
    /// ## Lỗi gì
    /// Văn bản nêu một cơ quan không còn tồn tại (hoặc chưa có) vào ngày ban hành, và
    /// chỉ ra cơ quan tiếp nhận nhiệm vụ: từ 01/03/2025 Sở Lao động – Thương binh và Xã
    /// hội không còn (hỗ trợ nạn nhân nay thuộc Sở Y tế, lao động ngoài nước thuộc Sở
    /// Nội vụ); từ 01/07/2025 không còn cấp huyện. Ngày ban hành để trống thì dùng tháng
    /// hoặc năm của văn bản. Tên ghi kèm “(nay là …)” là viện dẫn lịch sử, không phải lỗi.
    /// Cơ quan được gợi ý là cơ quan có vào ngày ban hành (lần theo các lần chuyển giao:
    /// Phòng Lao động – Thương binh và Xã hội huyện → Phòng Nội vụ huyện → Phòng Văn hóa
    /// – Xã hội của xã), chọn theo công việc mà câu văn nêu. Cơ quan ban hành ở phần
    /// đầu văn bản cũng được kiểm tra (mẫu năm trước dùng lại vẫn ghi cơ quan cũ).
    ///
    /// ## Vì sao
    /// Giao việc cho cơ quan đã giải thể thì nhiệm vụ không có người làm; đây là lỗi
    /// thường gặp nhất khi sao chép kế hoạch các năm trước.
    ///
    /// ## Ví dụ sai
    /// ```text
    /// Sở Lao động - Thương binh và Xã hội chủ trì hỗ trợ nạn nhân …   (kế hoạch năm 2026)
    /// ```
    ///
    /// ## Ví dụ đúng
    /// ```text
    /// Sở Y tế chủ trì hỗ trợ nạn nhân …
    /// ```
    /// ---
    /// ## What it finds
    /// A body that did not exist on the document's date, with where its work went: from
    /// 01/03/2025 the provincial Department of Labour, Invalids and Social Affairs is
    /// gone (victim support is now the Department of Health's, overseas labour the
    /// Department of Home Affairs'); from 01/07/2025 there is no district level. With the
    /// day left blank, the document's month or year is used. A name written with its
    /// successor, “(nay là …)”, is a historical reference, not a defect. The body
    /// suggested is one that exists on the document's date (successions followed: the
    /// district labour office → the district home-affairs office → the commune's
    /// culture and social affairs office), chosen by the work the sentence names. The
    /// issuing body in the header is checked too (last year's template reused still
    /// names the old body).
    ///
    /// ## Why it matters
    /// A task given to a dissolved body is done by nobody; this is the commonest defect
    /// of plans copied from earlier years.
    ///
    /// ## Wrong
    /// ```text
    /// Sở Lao động - Thương binh và Xã hội chủ trì hỗ trợ nạn nhân …   (a 2026 plan)
    /// ```
    ///
    /// ## Right
    /// ```text
    /// Sở Y tế chủ trì hỗ trợ nạn nhân …
    /// ```
    pub static RULE = Rule {
        code: "A003",
        name: "agency-not-existing",
        area: Agency,
        severity: Error,
        title: ("Cơ quan không còn tồn tại vào ngày ban hành văn bản", "An agency that did not exist on the document's date"),
        check: check,
    };
}

/// At most this many words of each successor's note: the message stays readable.
const NOTE_ITEMS: usize = 3;

/// A body named as it is today that did not exist when the document was issued.
pub(crate) const VERDICT: super::Verdict = super::Verdict {
    rule: &RULE,
    applies: |n: &super::Named| {
        n.known()
            .is_some_and(|m| !n.historical && !super::exists_in(m.agency, n.window))
    },
    problem: |reg, n| Some(problem(reg, n.known()?.agency, n.window, "")),
};

/// The day a document's bodies are judged on: its date of issue, else the last day
/// of the time it may have been issued in.
fn judged_on(window: Option<(NaiveDate, NaiveDate)>) -> Option<NaiveDate> {
    let (from, to) = window?;
    [to, from]
        .into_iter()
        .find(|d| *d != NaiveDate::MAX && *d != NaiveDate::MIN)
}

/// How much of the work a succession names the sentence names too: its items of two
/// words or more (`hỗ trợ nạn nhân`, `lao động`) that stand in `context` (folded).
fn work_named(path: &[&crate::agency::Successor], context: &str) -> usize {
    path.iter()
        .flat_map(|s| crate::agency::Successor::items(&s.note_vi))
        .map(fold)
        .filter(|item| item.contains(' ') && crate::text::contains_words(context, item))
        .count()
}

/// What A003 says of `agency`, which did not exist in `window`: where its work went,
/// followed to the bodies that exist on the document's date, and as the suggestion
/// the one that took the work `context` (the words around the name) names.
pub(crate) fn problem(
    reg: &crate::agency::Registry,
    agency: &Agency,
    window: Option<(NaiveDate, NaiveDate)>,
    context: &str,
) -> Problem {
    let on_date = judged_on(window)
        .map(|d| reg.successors_on_noted(agency, d))
        .unwrap_or_default();
    let successors: Vec<(&Agency, &crate::agency::Successor)> = if on_date.is_empty() {
        reg.successors(agency)
    } else {
        on_date
            .iter()
            .filter_map(|(a, path)| Some((*a, *path.last()?)))
            .collect()
    };
    let context = fold(context);
    let chosen = if on_date.is_empty() {
        successors.first().map(|(s, _)| *s)
    } else {
        on_date
            .iter()
            .enumerate()
            .max_by_key(|(i, (_, path))| (work_named(path, &context), std::cmp::Reverse(*i)))
            .map(|(_, (s, _))| *s)
    };
    let shorten = |note: &str| crate::agency::Successor::shown(note, NOTE_ITEMS);
    // One successor took everything: "nay là X"; several split the work.
    // The registry's notes, in each language, pass through.
    let note =
        |n: &crate::agency::Successor| Text::new(shorten(&n.note_vi), shorten(n.note_en.get()));
    let parts: Vec<Text> = match successors.as_slice() {
        [(s, n)] => vec![messages::a003_now_is(&s.name, note(n))],
        _ => successors
            .iter()
            .map(|(s, n)| messages::a003_now_with(note(n), &s.name))
            .collect(),
    };
    let when = match (agency.valid_to, agency.valid_from) {
        (Some(end), _) if window.is_some_and(|(from, _)| end < from) => {
            let d = crate::period::dates::format_date(end.succ_opt().unwrap_or(end));
            messages::a003_gone_from(d, &agency.name)
        }
        (_, Some(start)) => {
            messages::a003_only_from(&agency.name, crate::period::dates::format_date(start))
        }
        _ => messages::a003_not_on_date_of_issue(&agency.name),
    };
    let message = if parts.is_empty() {
        messages::a003_no_successor(when)
    } else {
        // The parts, each rendered, joined in each language.
        let joined = |get: fn(&Text) -> &str| parts.iter().map(get).collect::<Vec<_>>().join("; ");
        let successors = Text::new(joined(|t| &t.vi), joined(|t| &t.en));
        messages::a003_successors(when, successors)
    };
    Problem {
        message,
        hint: messages::a003_hint(),
        suggestion: chosen.map(|s| s.name.clone()),
    }
}

fn check(ctx: &ModelContext, out: &mut Vec<Diagnostic>) {
    let agencies = &ctx.model.agencies;
    let mut said: rustc_hash::FxHashMap<(*const Agency, String), Problem> = Default::default();
    for m in agencies
        .named
        .iter()
        .filter(|m| !m.historical && !super::exists_in(m.matched.agency, agencies.window))
    {
        // the work named, not the name itself (`Sở Lao động …` names labour)
        let context = match &m.at {
            Location::Span(span) => {
                let (before, after) = around(&ctx.model.text, span);
                format!("{before} . {after}")
            }
            Location::Path(_) => String::new(),
        };
        // A form names the same bodies task after task: where each one's work went is
        // followed once for the same words around it.
        let key = (std::ptr::from_ref(m.matched.agency), context);
        let p = said.entry(key).or_insert_with_key(|(_, context)| {
            problem(
                agencies.registry,
                m.matched.agency,
                agencies.window,
                context,
            )
        });
        out.push(p.clone().report(&RULE, &m.at));
    }
}

/// The words before and after a name, on its line, at most 200 bytes either side (a
/// bound, so that many names on one long line cost no more than the line).
fn around<'t>(text: &'t str, span: &std::ops::Range<usize>) -> (&'t str, &'t str) {
    let mut from = span.start.saturating_sub(200);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let mut to = (span.end + 200).min(text.len());
    while !text.is_char_boundary(to) {
        to -= 1;
    }
    let (Some(before), Some(after)) = (text.get(from..span.start), text.get(span.end..to)) else {
        return ("", "");
    };
    let before = crate::text::chars::after_last(before, b'\n');
    let after = after.find('\n').map_or(after, |i| &after[..i]);
    (before, after)
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::*;

    #[test]
    fn table() {
        let labour = "Sở Lao động - Thương binh và Xã hội chủ trì";
        let pass = vec![
            plan(BODY),
            // no date of issue, citing only documents from before the change
            plan_with("Công an tỉnh chủ trì", labour).replace("Lạng Sơn, ngày 05 tháng 02 năm 2026\n", ""),
            // a 2024 plan may name the department
            plan_with("Công an tỉnh chủ trì", labour).replace("năm 2026", "năm 2024"),
            // a historical mention
            plan_with("- Công an tỉnh chủ trì thực hiện.", "- Tiếp nhận hồ sơ của Sở Lao động - Thương binh và Xã hội (nay là Sở Y tế); Công an tỉnh chủ trì thực hiện."),
        ];
        let fail = vec![
            (
                plan_with("Công an tỉnh chủ trì", labour),
                labour,
                "nay thuộc Sở Y tế",
            ),
            (
                plan_with("Công an tỉnh chủ trì", "Ủy ban nhân dân huyện chủ trì"),
                "Ủy ban nhân dân huyện chủ trì",
                "Từ 01/07/2025",
            ),
            (
                plan_with("- Công an tỉnh;", "- UBND các huyện;"),
                "- UBND các huyện;",
                "không còn",
            ),
            // no date of issue: the latest cited date bounds it from below
            (
                plan_with("Công an tỉnh chủ trì", labour)
                    .replace("Lạng Sơn, ngày 05 tháng 02 năm 2026\n", "")
                    .replace("ngày 05/02/2025", "ngày 07/01/2026"),
                labour,
                "nay thuộc Sở Y tế",
            ),
        ];
        assert_table("A003", &pass, &fail);
    }

    /// The issuing body in the header is a body too (issue 15, item 8): a 2026 report
    /// on last year's template is issued by a department that no longer exists.
    #[test]
    fn the_issuer_is_judged_like_a_body_in_the_text() {
        let labour =
            |r: String| r.replace("\nSỞ Y TẾ\n", "\nSỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI\n");
        let plain = report(
            "1. Công tác truyền thông được triển khai.",
            PLAIN_ASSESSMENT,
        );
        let pass = vec![
            plain.clone(),
            // in 2024 the department existed
            labour(plain.clone()).replace("ngày 15 tháng 6 năm 2026", "ngày 15 tháng 6 năm 2024"),
            // the superior body above the issuer: a place of today
            plain.replace("UBND TỈNH HƯNG YÊN", "ỦY BAN NHÂN DÂN TỈNH HƯNG YÊN"),
        ];
        let fail = vec![
            (
                labour(plain.clone()),
                "SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI",
                "Từ 01/03/2025 Sở Lao động - Thương binh và Xã hội không còn",
            ),
            // the issuer's name wrapped over two lines
            (
                plain.replace("\nSỞ Y TẾ\n", "\nSỞ LAO ĐỘNG - THƯƠNG BINH\nVÀ XÃ HỘI\n"),
                "SỞ LAO ĐỘNG - THƯƠNG BINH",
                "Sở Lao động - Thương binh và Xã hội không còn",
            ),
        ];
        assert_table("A003", &pass, &fail);
    }

    /// The suggestion follows the successors to a body that exists on the document's
    /// date, and picks among them by the work the sentence names (issue 15, item 9).
    #[test]
    fn successors_on_the_date_by_the_work_named() {
        let suggestion = |text: &str| -> Vec<(String, Option<String>)> {
            findings("A003", text)
                .into_iter()
                .map(|f| (f.message, f.suggestion))
                .collect()
        };
        let labour = |task: &str| plan_with("- Công an tỉnh chủ trì thực hiện.", task);
        let victims = suggestion(&labour(
            "- Sở Lao động - Thương binh và Xã hội chủ trì tiếp nhận, hỗ trợ nạn nhân bị mua bán.",
        ));
        assert_eq!(victims.len(), 1, "{victims:?}");
        assert_eq!(victims[0].1.as_deref(), Some("Sở Y tế"), "{victims:?}");
        let workers = suggestion(&labour(
            "- Sở Lao động - Thương binh và Xã hội chủ trì quản lý việc đưa người lao động đi làm việc ở nước ngoài.",
        ));
        assert_eq!(workers[0].1.as_deref(), Some("Sở Nội vụ"), "{workers:?}");
        // a district office ended 01/03/2025, its successor 01/07/2025: in 2026 the
        // chain leads to the commune's office, which exists then
        let district = suggestion(&labour(
            "- Phòng Lao động - Thương binh và Xã hội chủ trì rà soát người lao động, người có công.",
        ));
        assert_eq!(district.len(), 1, "{district:?}");
        assert_eq!(
            district[0].1.as_deref(),
            Some("Phòng Văn hóa - Xã hội"),
            "{district:?}"
        );
        assert!(!district[0].0.contains("Phòng Nội vụ"), "{district:?}");
        // before 01/07/2025 the district's Phòng Nội vụ existed
        let early = suggestion(
            &labour("- Phòng Lao động - Thương binh và Xã hội chủ trì rà soát người lao động, người có công.")
                .replace("năm 2026", "năm 2025")
                .replace("ngày 05 tháng 02 năm 2025", "ngày 15 tháng 4 năm 2025"),
        );
        assert_eq!(early[0].1.as_deref(), Some("Phòng Nội vụ"), "{early:?}");
    }

    #[test]
    fn form_table() {
        use crate::rules::testing::{assert_form_table, form_with, report_form};
        use serde_json::json;
        let old = "Sở Lao động - Thương binh và Xã hội";
        let pass = [
            report_form(),
            // before the restructuring it existed
            form_with(&[
                ("/agency", Some(json!(old))),
                ("/issuedOn", Some(json!("15/06/2024"))),
                ("/periodFrom", Some(json!("15/12/2023"))),
                ("/periodTo", Some(json!("14/06/2024"))),
                ("/year", Some(json!(2024))),
            ]),
        ];
        let fail = [
            (
                form_with(&[("/agency", Some(json!(old)))]),
                "/agency",
                "Sở Y tế",
            ),
            (
                form_with(&[("/tasks/0/partners", Some(json!([old])))]),
                "/tasks/0/partners/0",
                "Sở Nội vụ",
            ),
        ];
        assert_form_table("A003", &pass, &fail);
    }
}
