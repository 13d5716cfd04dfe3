use super::windows::{self as report, PeriodIssue};
use crate::finding::{Diagnostic, Text};
use crate::messages;
use crate::period::dates::format_date;
use crate::rules::{declare_rule, ModelContext};

declare_rule! {
    /// ## Lỗi gì
    /// Báo cáo định kỳ đề ngày sau thời hạn gửi của loại báo cáo đó trong hồ sơ
    /// (profile) dùng để kiểm tra, ví dụ hồ sơ rút ra từ kế hoạch có câu `Báo cáo 6
    /// tháng: … gửi trước ngày 17/6` (ngày 16/6 là ngày cuối còn đúng hạn). Báo cáo chưa
    /// ghi ngày thì so thời hạn với ngày kiểm tra (`today`). Hồ sơ `national` không đặt
    /// thời hạn, nên quy tắc chỉ áp dụng khi hồ sơ có thời hạn.
    ///
    /// ## Vì sao
    /// Cơ quan tổng hợp (thường là Công an tỉnh) cần báo cáo của mọi cơ quan trước hạn
    /// để kịp báo cáo lên cấp trên; một báo cáo muộn làm chậm cả báo cáo chung.
    ///
    /// ## Ví dụ sai
    /// ```text
    /// Hưng Yên, ngày 20 tháng 6 năm 2026
    /// BÁO CÁO
    /// Kết quả công tác phòng, chống mua bán người 6 tháng đầu năm 2026
    /// ```
    ///
    /// ## Ví dụ đúng
    /// ```text
    /// Hưng Yên, ngày 15 tháng 6 năm 2026
    /// BÁO CÁO
    /// Kết quả công tác phòng, chống mua bán người 6 tháng đầu năm 2026
    /// ```
    /// ---
    /// ## What it finds
    /// A periodic report dated after the deadline of its kind in the profile it is
    /// checked against, e.g. a profile derived from a plan that says `Báo cáo 6 tháng: …
    /// gửi trước ngày 17/6` (before 17/6: 16/6 is the last day in time). A report with no
    /// date is measured against the day of the check (`today`). The `national` profile
    /// sets no deadlines, so the rule applies only under a profile that does.
    ///
    /// ## Why it matters
    /// The office that compiles the reports (usually the provincial police) needs every
    /// agency's report in time to report upwards; one late report delays the joint one.
    ///
    /// ## Wrong
    /// ```text
    /// Hưng Yên, ngày 20 tháng 6 năm 2026
    /// BÁO CÁO
    /// Kết quả công tác phòng, chống mua bán người 6 tháng đầu năm 2026
    /// ```
    ///
    /// ## Right
    /// ```text
    /// Hưng Yên, ngày 15 tháng 6 năm 2026
    /// BÁO CÁO
    /// Kết quả công tác phòng, chống mua bán người 6 tháng đầu năm 2026
    /// ```
    pub static RULE = Rule {
        code: "P004",
        name: "report-late",
        area: Period,
        severity: Warning,
        title: ("Báo cáo gửi sau thời hạn", "A report submitted after its deadline"),
        check: check,
    };
}

/// A report dated (or, undated, still unsent `today`) after its deadline: on its date,
/// or where the date belongs.
fn check(ctx: &ModelContext, out: &mut Vec<Diagnostic>) {
    let Some(r) = &ctx.model.report else {
        return;
    };
    for issue in report::check(&r.period, ctx.profile, ctx.options.today) {
        let PeriodIssue::Late {
            quarter,
            last_day,
            submitted,
            by_today,
        } = issue
        else {
            continue;
        };
        let name = r.period.report_type.name(r.period.quarter.or(quarter));
        let message = words(&name, last_day, submitted, by_today, &ctx.profile.source());
        out.push(
            RULE.report_at(r.date_at.clone(), message)
                .with_hint(hint())
                .relating(r.to_at.clone())
                .relating_all(r.window_at.iter().cloned()),
        );
    }
}

fn hint() -> Text {
    messages::p004_hint()
}

/// What the rule says of a report `name` sent on `submitted` (or undated and unsent
/// on that day, `by_today`) when the last day in time was `last_day`.
fn words(
    name: &Text,
    last_day: chrono::NaiveDate,
    submitted: chrono::NaiveDate,
    by_today: bool,
    source: &Text,
) -> Text {
    let (last, sent) = (format_date(last_day), format_date(submitted));
    if by_today {
        messages::p004_late_today(name, sent, source, last)
    } else {
        messages::p004_late(name, sent, source, last)
    }
}

#[cfg(test)]
mod tests {
    use super::super::report_doc;
    use crate::profile::Profile;
    use crate::rules::testing::line_of;
    use crate::{check_text, Options, ProfileRef};

    const HALF: &str = "Kết quả công tác phòng, chống mua bán người 6 tháng đầu năm 2026";
    const PERIOD: &str = "(Số liệu tính từ ngày 15/12/2025 đến ngày 14/6/2026)";

    /// The Hưng Yên regime: 6-month due before 17/6, annual before 17/12.
    fn hung_yen() -> Options {
        let plan = "ỦY BAN NHÂN DÂN\nTỈNH HƯNG YÊN\n\nSố: 12/KH-UBND\n\nHưng Yên, ngày 05 tháng 02 năm 2026\n\n\
            KẾ HOẠCH\n\nPhòng, chống mua bán người năm 2026\n\nI. MỤC TIÊU\n\nNâng cao nhận thức.\n\n\
            II. TỔ CHỨC THỰC HIỆN\n\n1. Chế độ báo cáo\n\n\
            - Báo cáo 6 tháng: Tính từ ngày 15/12 năm trước đến ngày 14/6 của năm làm báo cáo, gửi trước ngày 17/6.\n\n\
            - Báo cáo định kỳ hằng năm: Tính từ ngày 15/12 năm trước đến ngày 14/12 của năm làm báo cáo, gửi trước ngày 17/12./.\n";
        Options {
            profile: Some(ProfileRef::from(Profile::from_plan("hy", plan))),
            ..Options::default()
        }
    }

    fn p004(text: &str, options: &Options) -> Vec<crate::Finding> {
        check_text(text, options)
            .findings
            .into_iter()
            .filter(|f| f.code == "P004")
            .collect()
    }

    #[test]
    fn table() {
        let hy = hung_yen();
        let today = |d: &str| Options {
            today: Some(crate::parse_iso_date(d).unwrap()),
            ..hy.clone()
        };
        let june = |day: &str| {
            report_doc(HALF, PERIOD, day).replace("tháng 12 năm 2026", "tháng 6 năm 2026")
        };
        let draft = june("...").replace("ngày ... tháng", "ngày     tháng");
        let pass: Vec<(String, Options)> = vec![
            (june("16"), hy.clone()),
            (june("10"), today("2026-12-31")),
            // `national` sets no deadline
            (june("20"), Options::default()),
            // no date, checked in time
            (draft.clone(), today("2026-06-16")),
            (draft.clone(), hy.clone()),
            (
                report_doc(
                    "Kết quả công tác phòng, chống mua bán người năm 2026",
                    "Số liệu tính từ ngày 15/12/2025 đến ngày 14/12/2026.",
                    "16",
                ),
                hy.clone(),
            ),
        ];
        for (i, (text, o)) in pass.iter().enumerate() {
            let f = p004(text, o);
            assert!(f.is_empty(), "pass {i}: {f:#?}\n{text}");
        }
        let fail: Vec<(String, Options, &str, &str)> = vec![
            (
                june("17"),
                hy.clone(),
                "ngày 17 tháng 6",
                // the plan named as an official names it
                "Báo cáo 6 tháng đề ngày 17/06/2026, sau thời hạn theo Kế hoạch số 12/KH-UBND ngày 05/02/2026 (chậm nhất ngày 16/06/2026).",
            ),
            (
                report_doc(
                    "Kết quả công tác phòng, chống mua bán người năm 2026",
                    "Số liệu tính từ ngày 15/12/2025 đến ngày 14/12/2026.",
                    "20",
                ),
                hy.clone(),
                "ngày 20 tháng 12",
                "Báo cáo năm đề ngày 20/12/2026",
            ),
            // on the date line left blank, where the date belongs
            (
                draft,
                today("2026-07-01"),
                "ngày     tháng 6",
                "chưa ghi ngày; hôm nay (01/07/2026) đã quá thời hạn",
            ),
        ];
        for (i, (text, o, needle, words)) in fail.iter().enumerate() {
            let f = p004(text, o);
            let line = line_of(text, needle);
            assert!(
                f.iter()
                    .any(|f| f.line == line && f.message.contains(words)),
                "fail {i}: expected line {line} {words:?}, got {f:#?}\n{text}"
            );
        }
    }

    #[test]
    fn form_table() {
        use crate::rules::testing::{form_with, report_form};
        use serde_json::json;
        let hy = Options {
            today: crate::parse_iso_date("2026-06-20").ok(),
            ..hung_yen()
        };
        let p004 = |form: &serde_json::Value| {
            let value = crate::form::Value::from_json(form).unwrap();
            crate::validate_form(&value, &hy)
                .into_iter()
                .filter(|f| f.code == "P004")
                .collect::<Vec<_>>()
        };
        // before 17/6 is in time
        assert!(p004(&report_form()).is_empty());
        let late = p004(&form_with(&[("/issuedOn", Some(json!("17/06/2026")))]));
        assert_eq!(late.len(), 1, "{late:#?}");
        assert_eq!(late[0].path.as_deref(), Some("/issuedOn"));
        assert!(
            late[0].message.contains("chậm nhất ngày 16/06/2026"),
            "{late:#?}"
        );
        // undated and still unsent on 20/6: late by today; the date itself is F003's
        let undated = p004(&form_with(&[("/issuedOn", None)]));
        assert!(undated[0].message.contains("chưa ghi ngày"), "{undated:#?}");
        // the national profile sets no deadline
        let national = Options {
            today: hy.today,
            ..Options::default()
        };
        let value =
            crate::form::Value::from_json(&form_with(&[("/issuedOn", Some(json!("30/06/2026")))]))
                .unwrap();
        assert!(crate::validate_form(&value, &national)
            .iter()
            .all(|f| f.code != "P004"));
    }
}
