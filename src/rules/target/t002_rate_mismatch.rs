use crate::finding::Diagnostic;
use crate::messages;
use crate::rules::{declare_rule, ModelContext};
use crate::target::eval::{agrees, capitalised_name, Indicators, TOLERANCE};
use crate::target::{catalogue, number_text, percent};

declare_rule! {
    /// ## Lỗi gì
    /// Trong báo cáo — ở `/indicators` của biểu mẫu, hoặc trong văn bản (“tiếp nhận 20
    /// tin báo, đã giải quyết 17 tin, đạt 90%”, “giải quyết 17/20 tin (90%)”, bảng số
    /// liệu “Nội dung | Số lượng | Tỷ lệ”) — tỷ lệ khai khác tỷ lệ tính từ chính các
    /// số liệu nêu cùng đoạn (cùng bảng) quá mức làm tròn (quá 0,5 điểm phần trăm): tỷ lệ giải quyết là số
    /// đã giải quyết chia số đã tiếp nhận; tỷ lệ điều tra, khám phá, truy tố, xét xử
    /// chia cho số vụ đã khởi tố; tỷ lệ nạn nhân được hỗ trợ chia cho số nạn nhân được
    /// xác định. Chỉ so khi có đủ hai số và tổng số lớn hơn 0.
    ///
    /// ## Vì sao
    /// Tỷ lệ và số liệu mâu thuẫn nhau thì nơi nhận không biết tin số nào; thường là
    /// tỷ lệ chép từ kỳ trước hoặc từ kế hoạch.
    ///
    /// ## Ví dụ sai
    /// ```json
    /// { "tipsReceived": 20, "tipsResolved": 17, "tipsResolvedRate": "90%" }
    /// ```
    ///
    /// ## Ví dụ đúng
    /// ```json
    /// { "tipsReceived": 20, "tipsResolved": 17, "tipsResolvedRate": "85%" }
    /// ```
    /// ---
    /// ## What it finds
    /// In a report — in a form's `/indicators`, or in its text ("tiếp nhận 20 tin báo,
    /// đã giải quyết 17 tin, đạt 90%", "giải quyết 17/20 tin (90%)", a statistics table
    /// "Nội dung | Số lượng | Tỷ lệ") — a declared rate that differs from the rate
    /// computed from the counts stated with it (same paragraph or table) by more than
    /// rounding (more than half a percentage
    /// point): the resolution rate is resolved over received; the clearance,
    /// prosecution and trial rates are over the cases initiated; the support rate is
    /// victims supported over victims identified. Compared only when both counts are
    /// given and the whole is above 0.
    ///
    /// ## Why it matters
    /// When a rate and its figures disagree, the receiving office cannot tell which to
    /// trust; the rate is often copied from the last period or from the plan.
    ///
    /// ## Wrong
    /// ```json
    /// { "tipsReceived": 20, "tipsResolved": 17, "tipsResolvedRate": "90%" }
    /// ```
    ///
    /// ## Right
    /// ```json
    /// { "tipsReceived": 20, "tipsResolved": 17, "tipsResolvedRate": "85%" }
    /// ```
    pub static RULE = Rule {
        code: "T002",
        name: "rate-mismatch",
        area: Target,
        severity: Error,
        title: ("Tỷ lệ khai báo khác tỷ lệ tính từ số liệu", "A declared rate that differs from the computed rate"),
        check: check,
    };
}

fn check(ctx: &ModelContext, out: &mut Vec<Diagnostic>) {
    for indicators in Indicators::groups(&ctx.model.figures) {
        check_group(&indicators, out);
    }
}

/// A rate and its counts are compared where they are stated together.
fn check_group(indicators: &Indicators, out: &mut Vec<Diagnostic>) {
    for rate in catalogue().rates() {
        let (Some(declared), Some(computed), Some(at), Some((part, whole))) = (
            indicators.declared(rate).value(),
            indicators.computed(rate),
            indicators.at(rate.id),
            rate.sides(),
        ) else {
            continue;
        };
        if agrees(declared, computed.rate) {
            continue;
        }
        let (said, is) = (percent(declared), computed.text());
        let right = percent(computed.rate);
        out.push(
            RULE.report_at(
                at,
                messages::t002_mismatch(capitalised_name(rate), is, said),
            )
            .relating_all(
                [indicators.at(part), indicators.at(whole)]
                    .into_iter()
                    .flatten(),
            )
            .with_hint(
                if declared <= 1.0 && agrees(declared * 100.0, computed.rate) {
                    // `0,85` for 85%: a fraction, not a percentage.
                    messages::t002_hint_fraction(&right, number_text(declared, 4))
                } else {
                    messages::t002_hint(&right, number_text(TOLERANCE, 1))
                },
            )
            .with_suggestion(right.vi),
        );
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::target::testing::*;
    use serde_json::json;

    #[test]
    fn form_table() {
        let pass = vec![
            indicators_form(
                json!({ "tipsReceived": 20, "tipsResolved": 17, "tipsResolvedRate": "85%" }),
            ),
            // rounding: 17/18 = 94,4%
            indicators_form(
                json!({ "tipsReceived": "18", "tipsResolved": "17", "tipsResolvedRate": "94" }),
            ),
            indicators_form(
                json!({ "tipsReceived": 3, "tipsResolved": 2, "tipsResolvedRate": "66,7%" }),
            ),
            indicators_form(
                json!({ "tipsReceived": "1.250", "tipsResolved": "1.000", "tipsResolvedRate": 80 }),
            ),
            // nothing to compare with: no whole, a whole of 0, an empty or unreadable count
            indicators_form(json!({ "tipsResolved": 17, "tipsResolvedRate": "90%" })),
            indicators_form(
                json!({ "tipsReceived": 0, "tipsResolved": 0, "tipsResolvedRate": "100%" }),
            ),
            indicators_form(
                json!({ "tipsReceived": "", "tipsResolved": 17, "tipsResolvedRate": "90%" }),
            ),
            indicators_form(
                json!({ "tipsReceived": [20], "tipsResolved": 17, "tipsResolvedRate": "90%" }),
            ),
            indicators_form(
                json!({ "tipsReceived": 20, "tipsResolved": 17, "tipsResolvedRate": null }),
            ),
            // a part above its whole is T003's
            indicators_form(
                json!({ "casesInitiated": 4, "casesTried": 5, "casesTriedRate": "50%" }),
            ),
        ];
        let fail = vec![
            (
                indicators_form(
                    json!({ "tipsReceived": 20, "tipsResolved": 17, "tipsResolvedRate": "90%" }),
                ),
                "/indicators/tipsResolvedRate",
                "17/20 = 85%, không phải 90%",
            ),
            (
                indicators_form(
                    json!({ "casesInitiated": "8", "casesTried": "6", "casesTriedRate": 80 }),
                ),
                "/indicators/casesTriedRate",
                "6/8 = 75%, không phải 80%",
            ),
            (
                indicators_form(
                    json!({ "victimsIdentified": 3, "victimsSupported": 2, "victimsSupportedRate": "90,5%" }),
                ),
                "/indicators/victimsSupportedRate",
                "2/3 = 66,7%, không phải 90,5%",
            ),
            (
                indicators_form(
                    json!({ "tipsReceived": "1.250", "tipsResolved": "1.000", "tipsResolvedRate": "0,8" }),
                ),
                "/indicators/tipsResolvedRate",
                "1.000/1.250 = 80%",
            ),
        ];
        assert_profile_table("T002", None, &pass, &fail);
    }

    #[test]
    fn text_table() {
        use crate::rules::testing::{assert_spans, report, PLAIN_ASSESSMENT};
        let r = |results: &str| report(results, PLAIN_ASSESSMENT);
        let pass = vec![
            r("Tiếp nhận 20 tin báo, đã giải quyết 19 tin, đạt 95%."),
            r("Giải quyết 19/20 tin (95%)."),
            r("Tiếp nhận 3 tin báo, giải quyết 2 tin, đạt 66,7%."),
            // a rate is compared with the counts of its own paragraph only
            r("Tiếp nhận 20 tin báo, giải quyết 19 tin.\n\nRiêng quý II, tỷ lệ giải quyết tin báo đạt 90%."),
            // a table with its rate column
            r("| Stt | Nội dung | Số lượng | Tỷ lệ |\n|---|---|---|---|\n| 1 | Số tin báo đã tiếp nhận | 20 | |\n| 2 | Số tin báo đã giải quyết | 19 | 95% |"),
            // a PDF's table copied with its layout: cells apart by spaces
            r(concat!(
                "   STT   Nội dung                     Số lượng   Tỷ lệ\n",
                "   1     Số tin báo đã tiếp nhận            20\n",
                "   2     Số tin báo đã giải quyết           19     95%",
            )),
        ];
        let fail: Vec<(String, &[(&str, &str)])> = vec![
            (
                r("Tiếp nhận 20 tin báo, đã giải quyết 17 tin, đạt 90%."),
                &[("90%", "17/20 = 85%, không phải 90%")],
            ),
            (
                r("Giải quyết 17/20 tin (90%)."),
                &[("90%", "17/20 = 85%, không phải 90%")],
            ),
            (
                r("Trong kỳ, tiếp nhận 14 nạn nhân, đã hỗ trợ 12 nạn nhân, đạt 90,5%."),
                &[("90,5%", "12/14 = 85,7%, không phải 90,5%")],
            ),
            (
                r("| Stt | Nội dung | Số lượng | Tỷ lệ |\n|---|---|---|---|\n| 1 | Số vụ án đã khởi tố | 8 | |\n| 2 | Số vụ án đã xét xử | 6 | 80% |"),
                &[("80%", "6/8 = 75%, không phải 80%")],
            ),
            // a row whose last cell is empty (`| 8 | |`: one bar inside the outer ones)
            (
                r("| Nội dung | Số lượng | Tỷ lệ |\n|---|---|---|\n| Số vụ án đã khởi tố | 8 | |\n| Số vụ án đã xét xử | 6 | 80% |"),
                &[("80%", "6/8 = 75%, không phải 80%")],
            ),
            // an empty cell inside a row: the rate stays under its column's header
            (
                r("| Nội dung | Số lượng | Ghi chú | Tỷ lệ |\n|---|---|---|---|\n| Số vụ án đã khởi tố | 8 | | |\n| Số vụ án đã xét xử | 6 | | 80 |"),
                &[("80", "6/8 = 75%, không phải 80%")],
            ),
            (
                r("Nội dung\tSố lượng\tGhi chú\tTỷ lệ\nSố vụ án đã khởi tố\t8\t\t\nSố vụ án đã xét xử\t6\t\t80"),
                &[("80", "6/8 = 75%, không phải 80%")],
            ),
            // copied from Word: rows without a number in the first column (a tab leads
            // them), and a group's title between the header and the rows
            (
                r("STT\tNội dung\tSố lượng\tTỷ lệ\n\tCÔNG TÁC ĐIỀU TRA, XÉT XỬ\n\
                   \tSố vụ án đã khởi tố\t8\t\n\tSố vụ án đã xét xử\t6\t80"),
                &[("80", "6/8 = 75%, không phải 80%")],
            ),
            // a row Word broke over two lines (its label two paragraphs), each line a
            // block of its own to the reader (they open with a number)
            (
                r("STT\tChỉ tiêu\tSố lượng\tTỷ lệ\n1\tSố tin báo đã tiếp nhận\t20\t\n\
                   2\tSố tin báo đã giải quyết\nđến hết kỳ báo cáo\t17\t90%"),
                &[("90%", "17/20 = 85%, không phải 90%")],
            ),
            // a PDF's table copied with its layout: indented, numbers set right
            (
                r(concat!(
                    "   STT   Nội dung                     Số lượng   Tỷ lệ\n",
                    "   1     Số vụ án đã khởi tố                 8\n",
                    "   2     Số vụ án đã xét xử                  6     80%",
                )),
                &[("80%", "6/8 = 75%, không phải 80%")],
            ),
            // … with a column left empty: the rate is in the column it stands under
            (
                r(concat!(
                    "Nội dung                  Số lượng   Ghi chú   Tỷ lệ\n",
                    "Số vụ án đã khởi tố              8\n",
                    "Số vụ án đã xét xử               6              80",
                )),
                &[("80", "6/8 = 75%, không phải 80%")],
            ),
            // the rate in a parenthesis wrapped onto the next line
            (
                r("Tiếp nhận 20 tin báo, đã giải quyết 17 tin\n(đạt 90%)."),
                &[("90%", "17/20 = 85%, không phải 90%")],
            ),
            // the figures in an appendix after the signature, a row per figure
            (
                r("Số liệu chi tiết tại Phụ lục kèm theo.")
                    + "\nPHỤ LỤC\nSỐ LIỆU 6 THÁNG ĐẦU NĂM 2026\n\
                       STT\tNội dung\tĐơn vị tính\tSố lượng\n\
                       1\tSố tố giác, tin báo tiếp nhận\tTin\t20\n\
                       2\tSố tố giác, tin báo đã giải quyết\tTin\t19\n\
                       3\tTỷ lệ giải quyết\t%\t90\n",
                &[("90", "19/20 = 95%, không phải 90%")],
            ),
        ];
        assert_spans("T002", &crate::Options::default(), &pass, &fail);
    }

    #[test]
    fn relates_the_counts() {
        let found = profile_findings(
            "T002",
            &indicators_form(
                json!({ "tipsReceived": 20, "tipsResolved": 17, "tipsResolvedRate": "90%" }),
            ),
            None,
        );
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].suggestion.as_deref(), Some("85%"));
        let fraction = profile_findings(
            "T002",
            &indicators_form(
                json!({ "tipsReceived": 20, "tipsResolved": 17, "tipsResolvedRate": 0.85 }),
            ),
            None,
        );
        assert_eq!(
            fraction[0].hint.as_deref(),
            Some("Tỷ lệ ghi theo phần trăm: 85%, không phải 0,85.")
        );
        let form = crate::form::Value::from_json(&indicators_form(
            json!({ "tipsReceived": 20, "tipsResolved": 17, "tipsResolvedRate": "90%" }),
        ))
        .unwrap();
        let at = |p: &str| {
            crate::validate_field(&form, p, &crate::Options::default())
                .iter()
                .any(|f| f.code == "T002")
        };
        assert!(at("/indicators/tipsReceived") && at("/indicators/tipsResolved"));
    }
}
