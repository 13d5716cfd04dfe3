use chrono::{Datelike, NaiveDate};

use super::written;
use crate::finding::{Diagnostic, Text};
use crate::messages;
use crate::period::dates::format_date;
use crate::period::{Regime, YearRef};
use crate::reader::DocKind;
use crate::rules::{declare_rule, ModelContext};

declare_rule! {
    /// ## Lỗi gì
    /// Trong kế hoạch, một hạn có ghi năm (`trước ngày 01/3/2024`) hoặc một đợt cao
    /// điểm, chiến dịch (`từ ngày 01/7/2024 đến hết 30/9/2024`) nằm ngoài năm của kế
    /// hoạch (kế hoạch một năm: năm ghi ở trích yếu, ví dụ “năm 2025”) hoặc ngoài giai
    /// đoạn của chương trình (kế hoạch nhiều năm: “giai đoạn 2026 - 2030”), hoặc đã qua
    /// trước ngày ban hành kế hoạch (theo dòng địa danh, ngày tháng năm; bản dự thảo
    /// chưa ghi ngày thì tính từ đầu tháng ban hành). Hạn báo cáo định kỳ không ghi năm
    /// (`định kỳ hằng quý, trước ngày 17/3, 17/6 …`) rơi lần đầu vào năm đầu của kế
    /// hoạch: hạn nào đã qua trước ngày ban hành cũng bị nêu. Vẫn hợp lệ: hạn gửi báo cáo năm
    /// vào tháng 01 năm sau, và mốc nằm giữa ngày ban hành và đầu năm của kế hoạch (kế
    /// hoạch ban hành từ cuối năm trước). Ngày trong phần căn cứ là ngày của văn bản
    /// được viện dẫn, không bị kiểm tra.
    ///
    /// ## Vì sao
    /// Mốc thời gian lệch năm thường do sao chép kế hoạch năm trước mà quên sửa năm; một
    /// hạn đã qua khi kế hoạch ban hành thì không cơ quan nào thực hiện được.
    ///
    /// ## Ví dụ sai
    /// ```text
    /// Phòng, chống mua bán người năm 2025
    /// …
    /// Các sở xây dựng kế hoạch, gửi về Công an tỉnh trước ngày 01/3/2024.
    /// ```
    ///
    /// ## Ví dụ đúng
    /// ```text
    /// Phòng, chống mua bán người năm 2025
    /// …
    /// Các sở xây dựng kế hoạch, gửi về Công an tỉnh trước ngày 01/3/2025.
    /// ```
    /// ---
    /// ## What it finds
    /// In a plan, a deadline with a year (`trước ngày 01/3/2024`) or a campaign (`từ
    /// ngày 01/7/2024 đến hết 30/9/2024`) outside the plan's year (one-year plan: the
    /// year in its abstract, e.g. “năm 2025”) or its programme period (multi-year plan:
    /// “giai đoạn 2026 - 2030”), or already past when the plan was issued (the date on
    /// the place-and-date line; for a draft with the day left blank, the first of the
    /// month). A recurring report deadline written without a year (`định kỳ hằng quý,
    /// trước ngày 17/3, 17/6 …`) falls first in the plan's first year: one already past
    /// on the day of issue is found too. Fine are an annual report due in January of the
    /// next year, and a date
    /// between the date of issue and the start of the plan's years (a plan issued late
    /// in the year before). Dates in the legal basis are the dates of cited documents
    /// and are not checked.
    ///
    /// ## Why it matters
    /// A date in the wrong year usually comes from last year's plan copied without
    /// updating it; a deadline already past on the day of issue cannot be met.
    ///
    /// ## Wrong
    /// ```text
    /// Phòng, chống mua bán người năm 2025
    /// …
    /// Các sở xây dựng kế hoạch, gửi về Công an tỉnh trước ngày 01/3/2024.
    /// ```
    ///
    /// ## Right
    /// ```text
    /// Phòng, chống mua bán người năm 2025
    /// …
    /// Các sở xây dựng kế hoạch, gửi về Công an tỉnh trước ngày 01/3/2025.
    /// ```
    pub static RULE = Rule {
        code: "P006",
        name: "date-outside-plan",
        area: Period,
        severity: Warning,
        title: ("Mốc thời gian ngoài năm hoặc giai đoạn của kế hoạch", "A dated deadline or campaign outside the plan's year or period"),
        check: check,
    };
}

fn hint() -> Text {
    messages::p006_hint()
}

/// `năm của kế hoạch (2025)`, `giai đoạn của kế hoạch (2026 - 2030)`.
fn scope_words(regime: &Regime, (a, b): (i32, i32)) -> Text {
    if regime.programme.is_some() {
        messages::p006_plan_period(a, b)
    } else {
        messages::p006_plan_year(a)
    }
}

/// `ngày ban hành kế hoạch (05/02/2026)`, or its month for a draft.
fn issue_words(date: NaiveDate, exact: bool) -> Text {
    if exact {
        messages::p006_issue_date(format_date(date))
    } else {
        let m = format!("{:02}/{}", date.month(), date.year());
        messages::p006_issue_month(m)
    }
}

fn check(ctx: &ModelContext, out: &mut Vec<Diagnostic>) {
    let (DocKind::Plan, Some(analysis)) = (ctx.model.kind, &ctx.model.dates) else {
        return;
    };
    let text = ctx.model.text.as_str();
    let regime = &analysis.regime;
    let scope = regime.scope();
    let issued = regime
        .issued
        .and_then(|i| i.date.date().map(|d| (d, i.exact)));

    for d in regime.deadlines() {
        let YearRef::Stated(y) = d.date.year else {
            continue;
        };
        let (Some(date), Some(last)) = (d.date.date_in(y), d.last_day(y)) else {
            continue; // a date that does not exist is P001's
        };
        let phrase = d.phrase();
        if let Some((issue, exact)) = issued.filter(|(issue, _)| last < *issue) {
            let when = issue_words(issue, exact);
            out.push(
                RULE.report(d.span.clone(), messages::p006_deadline_passed(phrase, when))
                    .with_hint(hint()),
            );
            continue;
        }
        if let Some((a, b)) = scope {
            // An annual report of the last year may be due in January after it.
            let grace = d.about_report && y == b + 1 && date.month() == 1;
            // A plan issued the year before may set dates between its issue and its year.
            let early = y < a && issued.is_some();
            if (y < a || y > b) && !grace && !early {
                let s = scope_words(regime, (a, b));
                out.push(
                    RULE.report(d.span.clone(), messages::p006_deadline_outside(phrase, s))
                        .with_hint(hint()),
                );
            }
        }
    }

    // Recurring report deadlines (`định kỳ hằng quý, trước ngày 17/3 …`) fall first in
    // the plan's first year: one that has passed when the plan is issued asks for a
    // report that cannot be sent in time.
    if let (Some((first, _)), Some((issue, true))) = (scope, issued) {
        for rule in &regime.reports {
            for d in &rule.deadlines {
                let year = match d.date.year {
                    YearRef::Missing | YearRef::Current => {
                        crate::profile::deadline_year(rule, d.date)
                    }
                    _ => None,
                };
                if year != Some(YearRef::Current) || issue.year() != first {
                    continue;
                }
                let Some(last) = d.last_day(first) else {
                    continue;
                };
                if last < issue {
                    let phrase = d.phrase();
                    let when = issue_words(issue, true);
                    out.push(
                        RULE.report(
                            d.span.clone(),
                            messages::p006_recurring_passed(phrase, first, when),
                        )
                        .with_hint(messages::p006_recurring_hint()),
                    );
                }
            }
        }
    }

    for c in &regime.campaigns {
        let (fy, ty) = match (c.from.year, c.to.year) {
            (YearRef::Stated(a), YearRef::Stated(b)) => (a, b),
            (YearRef::Stated(a), YearRef::Missing) => (a, a),
            (YearRef::Missing, YearRef::Stated(b)) => (b, b),
            _ => continue,
        };
        let (Some(_), Some(to)) = (c.from.date_in(fy), c.to.date_in(ty)) else {
            continue;
        };
        let shown = written(text, &c.span);
        if let Some((issue, exact)) = issued.filter(|(issue, _)| to < *issue) {
            let when = issue_words(issue, exact);
            out.push(
                RULE.report(c.span.clone(), messages::p006_campaign_ended(&shown, when))
                    .with_hint(hint()),
            );
            continue;
        }
        if let Some((a, b)) = scope {
            if (fy < a && issued.is_none()) || ty > b {
                let s = scope_words(regime, (a, b));
                out.push(
                    RULE.report(c.span.clone(), messages::p006_campaign_outside(&shown, s))
                        .with_hint(hint()),
                );
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::*;

    fn multi_year(line: &str) -> String {
        with_item(line).replacen(
            "Phòng, chống mua bán người năm 2026",
            "Thực hiện Chương trình phòng, chống mua bán người giai đoạn 2026 - 2030",
            1,
        )
    }

    #[test]
    fn table() {
        let pass = vec![
            plan(BODY),
            with_item("Các sở xây dựng kế hoạch, gửi về Công an tỉnh trước ngày 01/3/2026."),
            with_item("Mở cao điểm tấn công tội phạm từ ngày 01/7/2026 đến hết 30/9/2026."),
            with_item("Báo cáo năm gửi trước ngày 15/01/2027."),
            // year-less dates recur; the legal basis cites 05/02/2025
            with_item("Báo cáo 6 tháng gửi trước ngày 17/6, báo cáo năm trước ngày 17/12."),
            multi_year("Tổng kết Chương trình trước ngày 15/12/2030."),
            with_item("Các sở xây dựng kế hoạch, gửi về Công an tỉnh trước ngày 01/3/2026.")
                .replace("ngày 05 tháng 02", "ngày tháng 02"),
            // issued in December for the next year: its preparations fall in December
            with_item("Các sở xây dựng kế hoạch, gửi về Công an tỉnh trước ngày 31/12/2025.")
                .replace("ngày 05 tháng 02 năm 2026", "ngày 15 tháng 12 năm 2025"),
            // recurring deadlines, all after the plan's issue
            with_item("Chế độ báo cáo: định kỳ hằng quý (trước ngày 17/3, 17/6, 17/9 và 17/12)."),
            // issued in December for the next year: every deadline is ahead
            with_item("Chế độ báo cáo: định kỳ hằng quý (trước ngày 17/3, 17/6, 17/9 và 17/12).")
                .replace("ngày 05 tháng 02 năm 2026", "ngày 15 tháng 12 năm 2025"),
            // the annual report's January deadline falls in the next year
            with_item("Báo cáo năm gửi trước ngày 15/01 năm sau.")
                .replace("ngày 05 tháng 02 năm 2026", "ngày 27 tháng 3 năm 2026"),
            with_item("Chế độ báo cáo: báo cáo năm trước ngày 15/01.")
                .replace("ngày 05 tháng 02 năm 2026", "ngày 27 tháng 3 năm 2026"),
        ];
        let fail = vec![
            // a plan issued late in its year: the first recurring deadline has passed
            (
                with_item("Chế độ báo cáo: định kỳ hằng quý (trước ngày 17/3, 17/6, 17/9 và 17/12).")
                    .replace("ngày 05 tháng 02 năm 2026", "ngày 27 tháng 3 năm 2026"),
                "17/3",
                "Hạn báo cáo định kỳ “trước ngày 17/3” của năm 2026 đã qua trước ngày ban hành kế hoạch (27/03/2026)",
            ),
            (
                multi_year("Báo cáo 6 tháng gửi trước ngày 17/6, báo cáo năm trước ngày 17/12.")
                    .replace("ngày 05 tháng 02 năm 2026", "ngày 20 tháng 6 năm 2026"),
                "17/6",
                "“trước ngày 17/6” của năm 2026 đã qua",
            ),
            (
                with_item("Các sở xây dựng kế hoạch, gửi về Công an tỉnh trước ngày 01/3/2025."),
                "01/3/2025",
                "Hạn “trước ngày 01/3/2025” đã qua trước ngày ban hành kế hoạch (05/02/2026).",
            ),
            (
                with_item("Các sở xây dựng kế hoạch, gửi về Công an tỉnh trước ngày 01/3/2027."),
                "01/3/2027",
                "nằm ngoài năm của kế hoạch (2026)",
            ),
            (
                with_item("Mở cao điểm tấn công tội phạm từ ngày 01/7/2027 đến hết 30/9/2027."),
                "01/7/2027",
                "Thời gian từ 01/7/2027 đến hết 30/9/2027 nằm ngoài năm của kế hoạch (2026).",
            ),
            (
                with_item("Mở cao điểm tấn công tội phạm từ ngày 01/7/2025 đến hết 30/9/2025."),
                "01/7/2025",
                "đã kết thúc trước ngày ban hành kế hoạch (05/02/2026)",
            ),
            (
                with_item("Các sở xây dựng kế hoạch trước ngày 31/12/2025.")
                    .replace("Lạng Sơn, ngày 05 tháng 02 năm 2026\n", ""),
                "31/12/2025",
                "nằm ngoài năm của kế hoạch (2026)",
            ),
            (
                multi_year("Tổng kết Chương trình trước ngày 15/12/2031."),
                "15/12/2031",
                "nằm ngoài giai đoạn của kế hoạch (2026 - 2030)",
            ),
            (
                with_item("Các sở gửi kế hoạch chậm nhất ngày 20/01/2026.")
                    .replace("ngày 05 tháng 02", "ngày tháng 02"),
                "20/01/2026",
                "trước tháng ban hành kế hoạch (02/2026)",
            ),
        ];
        assert_table("P006", &pass, &fail);
    }
}
