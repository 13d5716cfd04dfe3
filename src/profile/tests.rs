use super::*;
use crate::target::{Comparator, Importance};

fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

#[test]
fn national_is_the_table_of_windows() {
    let p = national();
    assert_eq!(p.validate(), Ok(()));
    assert_eq!(p.reports.len(), 7);
    let half = p.windows(ReportKind::HalfYear, None);
    assert_eq!(
        half[0].dates(2026),
        Some((ymd(2025, 12, 15), ymd(2026, 6, 14)))
    );
    assert_eq!(p.windows(ReportKind::Quarter, None).len(), 4);
    assert!(built_in("national").is_some() && built_in("ha-noi").is_none());
}

#[cfg(not(target_arch = "wasm32"))]
mod json {
    use super::*;

    const GOOD: &str = r#"{ "name": "hy", "reports": [
        { "kind": "half_year", "from": { "day": 15, "month": 12, "year": "previous" },
          "to": { "day": 14, "month": 6 }, "deadline": { "day": 17, "month": 6 } },
        { "kind": "quarter", "quarter": 1,
          "from": { "day": 15, "month": 12, "year": "previous" }, "to": { "day": 14, "month": 3 } } ],
        "programme": { "from": 2026, "to": 2030 }, "targets": [] }"#;

    #[test]
    fn round_trip() {
        let p = Profile::from_json(GOOD).unwrap();
        assert_eq!(
            p.reports[0].deadline,
            Some(DayMonth::new(17, 6, YearRef::Current))
        );
        assert_eq!(p.reports[0].last_day(2026), Some(ymd(2026, 6, 16)));
        assert_eq!(Profile::from_json(&p.to_json()).unwrap(), p);
        let n = national();
        assert_eq!(&Profile::from_json(&n.to_json()).unwrap(), n);
    }

    fn error(json: &str) -> ProfileError {
        Profile::from_json(json).unwrap_err()
    }

    #[test]
    fn errors_name_the_field() {
        let cases = [
            (
                GOOD.replace("\"month\": 6 },", "\"month\": 13 },"),
                "reports[0].to.month",
            ),
            (
                GOOD.replace("\"day\": 14, \"month\": 3", "\"day\": 30, \"month\": 2"),
                "reports[1].to.day",
            ),
            (
                GOOD.replace("\"quarter\": 1", "\"quarter\": 5"),
                "reports[1].quarter",
            ),
            (
                GOOD.replace("\"half_year\"", "\"halfyear\""),
                "reports[0].kind",
            ),
            (
                GOOD.replace("\"previous\"", "\"last\""),
                "reports[0].from.year",
            ),
            (GOOD.replace("\"targets\"", "\"target\""), "target"),
            (
                GOOD.replace("2026, \"to\": 2030", "2030, \"to\": 2026"),
                "programme.from",
            ),
            (GOOD.replace("\"hy\"", "\"\""), "name"),
            // the window runs backwards: 15/12 of the reporting year to 14/6
            (
                GOOD.replacen(", \"year\": \"previous\"", "", 1),
                "reports[0].from",
            ),
            (
                GOOD.replace(
                    "\"to\": { \"day\": 14, \"month\": 3 }",
                    "\"to\": { \"day\": 14, \"month\": 3, \"year\": \"next\" }",
                ),
                "reports[1].to.year",
            ),
        ];
        for (json, path) in cases {
            let e = error(&json);
            assert_eq!(e.path, path, "{e}");
            let shown = e.to_string();
            assert!(shown.starts_with(&format!("{path}: ")), "{shown}");
            assert!(shown.contains(" / "), "{shown}");
        }
        let e = error("{ \"name\": ");
        assert!(e.to_string().contains("không phải JSON hợp lệ"), "{e}");
        // 29/02 exists in a profile (it is in leap years).
        let leap = GOOD.replace("\"day\": 14, \"month\": 3", "\"day\": 29, \"month\": 2");
        assert!(Profile::from_json(&leap).is_ok());
    }
}

#[test]
fn the_receiving_office_of_a_plan() {
    assert_eq!(
        receiving_office(
            "Kết quả báo cáo của các cơ quan gửi về Công an tỉnh (qua Phòng Cảnh sát hình sự) để tổng hợp."
        ),
        Some("Công an tỉnh".into())
    );
    assert_eq!(
        receiving_office("Định kỳ báo cáo kết quả gửi về Sở Tư pháp để tổng hợp, báo cáo."),
        Some("Sở Tư pháp".into())
    );
    // Plans sent somewhere are not reports.
    assert_eq!(
        receiving_office(
            "Các sở xây dựng kế hoạch và gửi về Ủy ban nhân dân tỉnh trước ngày 01/3/2026."
        ),
        None
    );
}

fn plan_with_regime(line: &str) -> String {
    format!(
        "ỦY BAN NHÂN DÂN\nTỈNH LẠNG SƠN\n\nSố: 12/KH-UBND\n\nLạng Sơn, ngày 05 tháng 02 năm 2026\n\n\
         KẾ HOẠCH\n\nPhòng, chống mua bán người năm 2026\n\nI. MỤC TIÊU\n\nNâng cao nhận thức.\n\n\
         II. TỔ CHỨC THỰC HIỆN\n\n1. Các sở triển khai.\n\n2. {line}\n"
    )
}

#[test]
fn from_a_plan_each_deadline_goes_to_its_window() {
    let p = Profile::from_plan(
        "ls",
        &plan_with_regime(
            "Định kỳ hàng quý (trước ngày 17/3 và 17/9), 06 tháng (trước ngày 17/6) và năm (trước ngày 15/01 năm sau), các sở báo cáo.",
        ),
    );
    assert_eq!(p.validate(), Ok(()));
    let due = |kind, q| {
        p.windows(kind, q)
            .first()
            .and_then(|w| w.deadline)
            .map(|d| (d.day, d.month, d.year))
    };
    use YearRef::{Current, Next};
    assert_eq!(due(ReportKind::Quarter, Some(1)), Some((17, 3, Current)));
    assert_eq!(due(ReportKind::Quarter, Some(2)), None);
    assert_eq!(due(ReportKind::Quarter, Some(3)), Some((17, 9, Current)));
    assert_eq!(due(ReportKind::HalfYear, None), Some((17, 6, Current)));
    assert_eq!(due(ReportKind::Annual, None), Some((15, 1, Next)));
    // The annual report of 2026 is due by 14/01/2027: a year boundary.
    let annual = p.windows(ReportKind::Annual, None)[0];
    assert_eq!(annual.last_day(2026), Some(ymd(2027, 1, 14)));
    assert_eq!(
        p.programme,
        Some(Programme {
            from: 2026,
            to: 2026
        })
    );
    // A plan with no dates: the national windows of the kinds it names.
    let p = Profile::from_plan(
        "ls",
        &plan_with_regime(
            "Định kỳ 06 tháng, hằng năm và đột xuất khi có yêu cầu, các sở báo cáo kết quả.",
        ),
    );
    assert_eq!(p.reports.len(), 2);
    assert!(p.reports.iter().all(|w| w.deadline.is_none()));
}

#[test]
fn the_national_targets() {
    let p = national();
    assert_eq!(p.targets.len(), 6);
    let resolved = p
        .targets
        .iter()
        .find(|t| t.indicator == "tipsResolvedRate")
        .unwrap();
    assert_eq!(resolved.comparator, Comparator::Above);
    assert_eq!(resolved.value, 90.0);
    assert_eq!(resolved.importance, Importance::High);
    assert!(p.tasks.is_empty());
}

#[cfg(not(target_arch = "wasm32"))]
mod contradictions {
    use super::*;

    fn with(targets: &str) -> String {
        format!(r#"{{ "name": "p", "targets": [ {targets} ] }}"#)
    }

    fn error(json: &str) -> ProfileError {
        Profile::from_json(json).unwrap_err()
    }

    #[test]
    fn targets_read_with_their_comparators() {
        let p = Profile::from_json(&with(
            r#"{ "indicator": "tipsResolvedRate", "comparator": ">", "value": 90, "importance": "high" },
               { "indicator": "casesTriedRate", "value": 90.5, "comparator": null, "importance": null },
               { "indicator": "casesInitiated", "comparator": "<=", "value": 10, "importance": "low" }"#,
        ))
        .unwrap();
        assert_eq!(p.targets[0].comparator, Comparator::Above);
        assert_eq!(p.targets[1].comparator, Comparator::AtLeast);
        assert_eq!(p.targets[1].importance, Importance::Medium);
        assert_eq!(p.targets[2].comparator, Comparator::AtMost);
        let json = p.to_json();
        assert!(json.contains(r#""comparator": ">""#), "{json}");
        assert!(json.contains(r#""importance": "low""#), "{json}");
        assert_eq!(Profile::from_json(&json).unwrap(), p);
        // A lower and an upper bound that leave room are fine.
        assert!(Profile::from_json(&with(
            r#"{ "indicator": "tipsResolvedRate", "comparator": ">=", "value": 90 },
               { "indicator": "tipsResolvedRate", "comparator": "<=", "value": 90 }"#
        ))
        .is_ok());
    }

    #[test]
    fn a_profile_that_contradicts_itself() {
        let cases = [
            // two targets on one indicator that cannot both hold
            (
                with(
                    r#"{ "indicator": "tipsResolvedRate", "comparator": ">", "value": 90 },
                       { "indicator": "tipsResolvedRate", "comparator": "<", "value": 80 }"#,
                ),
                "targets[1]",
                "mâu thuẫn với targets[0]",
            ),
            (
                with(
                    r#"{ "indicator": "casesTriedRate", "comparator": ">", "value": 90 },
                       { "indicator": "casesClearedRate", "value": 50 },
                       { "indicator": "casesTriedRate", "comparator": "<=", "value": 90 }"#,
                ),
                "targets[2]",
                "không thể cùng đạt",
            ),
            // rates outside 0–100
            (
                with(r#"{ "indicator": "tipsResolvedRate", "value": 105 }"#),
                "targets[0].value",
                "không thể đạt: một tỷ lệ chỉ từ 0 đến 100%",
            ),
            (
                with(r#"{ "indicator": "tipsResolvedRate", "comparator": ">", "value": 100 }"#),
                "targets[0].value",
                "trên 100%",
            ),
            (
                with(r#"{ "indicator": "tipsResolvedRate", "comparator": "<", "value": -1 }"#),
                "targets[0].value",
                "dưới -1%",
            ),
            (
                with(r#"{ "indicator": "casesInitiated", "comparator": "<", "value": 0 }"#),
                "targets[0].value",
                "không âm",
            ),
            // unknown indicator names
            (
                with(r#"{ "indicator": "tipsResolved Rate", "value": 90 }"#),
                "targets[0].indicator",
                "không có chỉ số \"tipsResolved Rate\"",
            ),
            // wrong comparators and importances, unknown keys
            (
                with(r#"{ "indicator": "tipsResolvedRate", "comparator": "=>", "value": 90 }"#),
                "targets[0].comparator",
                "",
            ),
            (
                with(r#"{ "indicator": "tipsResolvedRate", "value": 90, "importance": "urgent" }"#),
                "targets[0].importance",
                "",
            ),
            (
                with(r#"{ "indicator": "tipsResolvedRate", "value": "90%" }"#),
                "targets[0].value",
                "",
            ),
            (
                with(r#"{ "indicator": "tipsResolvedRate", "value": 90, "weight": 2 }"#),
                "targets[0].weight",
                "",
            ),
            // a deadline before the end of the data window it reports on
            (
                r#"{ "name": "p", "reports": [ { "kind": "half_year",
                    "from": { "day": 15, "month": 12, "year": "previous" },
                    "to": { "day": 14, "month": 6 }, "deadline": { "day": 12, "month": 6 } } ] }"#
                    .to_owned(),
                "reports[0].deadline",
                "hạn gửi 12/6 rơi vào trước ngày cuối của thời gian chốt số liệu (14/6)",
            ),
            // tasks need their item and lead
            (
                r#"{ "name": "p", "tasks": [ { "ref": "II.1", "lead": " " } ] }"#.to_owned(),
                "tasks[0].lead",
                "",
            ),
        ];
        for (json, path, words) in cases {
            let e = error(&json);
            assert_eq!(e.path, path, "{e}\n{json}");
            assert!(e.message.vi.contains(words), "{e}");
            assert!(e.to_string().starts_with(&format!("{path}: ")), "{e}");
        }
        // The deadline day itself in time, on the window's last day: fine.
        let inclusive = r#"{ "name": "p", "reports": [ { "kind": "half_year",
            "from": { "day": 15, "month": 12, "year": "previous" },
            "to": { "day": 14, "month": 6 }, "deadline": { "day": 14, "month": 6 },
            "deadlineInclusive": true } ] }"#;
        assert!(Profile::from_json(inclusive).is_ok());
        let annual = r#"{ "name": "p", "reports": [ { "kind": "annual",
            "from": { "day": 15, "month": 12, "year": "previous" },
            "to": { "day": 14, "month": 12 }, "deadline": { "day": 15, "month": 1, "year": "next" } } ] }"#;
        assert!(Profile::from_json(annual).is_ok());
    }
}

#[test]
fn from_a_plan_targets_and_tasks() {
    let p = Profile::from_plan(
        "ls",
        "ỦY BAN NHÂN DÂN\nTỈNH LẠNG SƠN\n\nSố: 12/KH-UBND\n\nLạng Sơn, ngày 05 tháng 02 năm 2026\n\n\
         KẾ HOẠCH\n\nPhòng, chống mua bán người năm 2026\n\nI. MỤC TIÊU\n\n\
         Tỷ lệ giải quyết tố giác, tin báo đạt ít nhất 92%; trên 95% số vụ án được truy tố.\n\n\
         II. NHIỆM VỤ, GIẢI PHÁP\n\n1. Công tác hỗ trợ nạn nhân\n\n- Tiếp nhận, hỗ trợ nạn nhân.\n\n\
         (Sở Y tế chủ trì, phối hợp Công an tỉnh thực hiện)\n\n2. Sở Tư pháp rà soát văn bản pháp luật.\n\n\
         III. TỔ CHỨC THỰC HIỆN\n\n1. Các sở triển khai.\n\n\
         2. Định kỳ 06 tháng (trước ngày 12/6), các sở báo cáo kết quả.\n",
    );
    assert_eq!(p.validate(), Ok(()));
    let targets: Vec<(&str, Comparator, f64)> = p
        .targets
        .iter()
        .map(|t| (t.indicator.as_str(), t.comparator, t.value))
        .collect();
    assert_eq!(
        targets,
        vec![
            ("tipsResolvedRate", Comparator::AtLeast, 92.0),
            ("casesProsecutedRate", Comparator::Above, 95.0),
        ]
    );
    let tasks: Vec<(&str, &str, &str)> = p
        .tasks
        .iter()
        .map(|t| (t.reference.as_str(), t.lead.as_str(), t.title.as_str()))
        .collect();
    assert_eq!(
        tasks,
        vec![
            ("II.1", "Sở Y tế", "Công tác hỗ trợ nạn nhân"),
            ("II.2", "Sở Tư pháp", "Sở Tư pháp rà soát văn bản pháp luật"),
        ]
    );
    assert_eq!(p.tasks[0].partners, vec!["Công an tỉnh".to_owned()]);
    // The deadline before the end of its window (P005 reports it) is left out.
    let half = p.windows(ReportKind::HalfYear, None);
    assert_eq!(half[0].deadline, None);
}

/// The reader of plain values (JSON natively, JS objects in the browser) names the
/// field and says what is wrong in serde's words.
#[cfg(not(target_arch = "wasm32"))]
mod shape {
    use super::*;

    fn shape(json: &str) -> (String, String) {
        let value: crate::form::Value = serde_json::from_str(json).unwrap();
        let e = Profile::from_value(&value).unwrap_err();
        // Nothing of Rust in either language: no type names, no Option.
        for words in [&e.what.vi, &e.what.en] {
            for internal in [
                "Some(", "None", "struct", "enum", "variant", "u8", "u32", "i32", "f64",
                "sequence", "map", "`",
            ] {
                assert!(!words.contains(internal), "{json}: {words}");
            }
        }
        (e.path, e.what.en)
    }

    #[test]
    fn wrong_values_are_named_and_described() {
        let window = |w: &str| format!(r#"{{"name":"x","reports":[{w}]}}"#);
        let cases = [
            (
                r#"{"name":"x","reprots":[]}"#.to_owned(),
                "reprots",
                r#"there is no key "reprots"; the keys are: "name", "description", "reports", "programme", "receivingOffice", "extraAgencies", "targets", "tasks""#,
            ),
            ("{}".into(), "", r#"the key "name" is missing"#),
            ("[]".into(), "", "must be an object {…}, not a list"),
            ("null".into(), "", "must be an object {…}, not null"),
            (r#"{"name":null}"#.into(), "name", "must be a text, not null"),
            (r#"{"name":true}"#.into(), "name", "must be a text, not the value true"),
            (r#"{"name":5}"#.into(), "name", "must be a text, not the number 5"),
            (r#"{"name":-2.5}"#.into(), "name", "must be a text, not the number -2.5"),
            (r#"{"name":{}}"#.into(), "name", "must be a text, not an object"),
            (r#"{"name":"x","name":"y"}"#.into(), "", r#"the key "name" is given twice"#),
            (r#"{"name":"x","reports":null}"#.into(), "reports", "must be a list […], not null"),
            (
                window(r#"{"kind":"semester"}"#),
                "reports[0].kind",
                r#"must be one of "quarter", "half_year", "nine_month", "annual", "ad_hoc", not "semester""#,
            ),
            (window(r#"{"kind":5}"#), "reports[0].kind", r#"must be one of "quarter", "half_year", "nine_month", "annual", "ad_hoc", not the number 5"#),
            (window(r#"{"kind":"annual"}"#), "reports[0]", r#"the key "from" is missing"#),
            (
                window(r#"{"kind":"quarter","quarter":300}"#),
                "reports[0].quarter",
                "must be a whole number from 0 to 255, not 300",
            ),
            (
                window(r#"{"kind":"quarter","quarter":1.5}"#),
                "reports[0].quarter",
                "must be a whole number from 0 to 255, not 1.5",
            ),
            (
                window(r#"{"kind":"quarter","quarter":"1"}"#),
                "reports[0].quarter",
                r#"must be a whole number, not the text "1""#,
            ),
            (
                window(r#"{"kind":"annual","from":{"day":1,"month":1,"x":1}}"#),
                "reports[0].from.x",
                r#"there is no key "x"; the keys are: "day", "month", "year""#,
            ),
            (
                window(r#"{"kind":"annual","from":{"day":-1,"month":1}}"#),
                "reports[0].from.day",
                "must be a whole number from 0 to 4294967295, not -1",
            ),
            (
                window(r#"{"kind":"annual","from":{"day":1,"month":1,"year":"last"}}"#),
                "reports[0].from.year",
                r#"must be one of "stated", "previous", "current", "next", "missing", not "last""#,
            ),
            (
                window(r#"{"kind":"annual","from":{"day":1,"month":1,"year":"stated"}}"#),
                "reports[0].from.year.stated",
                r#"needs its year: {"stated": 2026}"#,
            ),
            (
                window(r#"{"kind":"annual","deadlineInclusive":1}"#),
                "reports[0].deadlineInclusive",
                "must be true or false, not the number 1",
            ),
            (
                r#"{"name":"x","programme":{"from":2026,"till":2030}}"#.into(),
                "programme.till",
                r#"there is no key "till"; the keys are: "from", "to""#,
            ),
            (
                r#"{"name":"x","programme":{"from":2026,"to":3000000000}}"#.into(),
                "programme.to",
                "must be a whole number from -2147483648 to 2147483647, not 3000000000",
            ),
            (
                r#"{"name":"x","targets":[{"indicator":"tipsResolvedRate","value":"90"}]}"#.into(),
                "targets[0].value",
                r#"must be a number, not the text "90""#,
            ),
            (
                r#"{"name":"x","targets":[{"indicator":"tipsResolvedRate","value":9,"comparator":"=="}]}"#.into(),
                "targets[0].comparator",
                r#"must be one of ">", ">=", "<", "<=", not "==""#,
            ),
            (
                r#"{"name":"x","tasks":[{"ref":"I.1","lead":"A","partners":[1]}]}"#.into(),
                "tasks[0].partners[0]",
                "must be a text, not the number 1",
            ),
            (r#"{"name":"x","tasks":[{"lead":"A"}]}"#.into(), "tasks[0]", r#"the key "ref" is missing"#),
        ];
        for (json, path, what) in cases {
            assert_eq!(shape(&json), (path.to_owned(), what.to_owned()), "{json}");
        }
    }

    #[test]
    fn nulls_and_absent_keys_take_their_defaults() {
        let json = r#"{"name":"x","programme":null,"receivingOffice":null,"extraAgencies":null,
            "reports":[{"kind":"quarter","quarter":1.0,"from":{"day":15,"month":12,"year":"previous"},
                        "to":{"day":14,"month":3},"deadline":null}],
            "targets":[{"indicator":"tipsResolvedRate","value":90,"comparator":null,"importance":null,"wording":null}],
            "tasks":[{"ref":"I.1","lead":"A","title":null,"partners":null}]}"#;
        let value: crate::form::Value = serde_json::from_str(json).unwrap();
        let p = Profile::from_value(&value).unwrap();
        assert_eq!(p.reports[0].quarter, Some(1));
        assert_eq!(p.reports[0].to.year, YearRef::Current);
        assert_eq!(p.targets[0].comparator, Comparator::AtLeast);
        assert_eq!(p.targets[0].importance, Importance::Medium);
        assert_eq!(p.tasks[0].title, "");
        assert!(p.tasks[0].partners.is_empty());
        assert_eq!(p.programme, None);
        assert_eq!(p.validate(), Ok(()));
        // A year a plan's text states, read and then refused by validation.
        let stated = json.replacen(r#""year":"previous""#, r#""year":{"stated":2025}"#, 1);
        let value: crate::form::Value = serde_json::from_str(&stated).unwrap();
        let p = Profile::from_value(&value).unwrap();
        assert_eq!(p.reports[0].from.year, YearRef::Stated(2025));
        assert_eq!(p.validate().unwrap_err().path, "reports[0].from.year");
    }
}

/// Issue 18: what is wrong with a profile is said without Rust's words ("got None",
/// "got Some(5)", "expected struct Profile"), in both languages.
#[cfg(not(target_arch = "wasm32"))]
#[test]
fn messages_have_no_rust_internals() {
    let window = |w: &str| format!(r#"{{"name":"x","reports":[{w}]}}"#);
    let cases = [
        (
            window(r#"{"kind":"quarter","from":{"day":15,"month":12},"to":{"day":14,"month":3}}"#),
            "a quarterly report needs a quarter from 1 to 4, but none is given",
        ),
        (
            window(
                r#"{"kind":"quarter","quarter":5,"from":{"day":15,"month":12},"to":{"day":14,"month":3}}"#,
            ),
            "a quarterly report needs a quarter from 1 to 4, not 5",
        ),
        (
            window(
                r#"{"kind":"annual","quarter":2,"from":{"day":15,"month":12},"to":{"day":14,"month":12}}"#,
            ),
            "only a quarterly report has a quarter (here quarter 2)",
        ),
        ("[]".to_owned(), "must be an object {…}, not a list"),
        ("{\"name\":".to_owned(), "not valid JSON (line 1, column 8)"),
    ];
    for (json, expected) in cases {
        let e = Profile::from_json(&json).unwrap_err();
        assert!(e.message.en.contains(expected), "{json}: {}", e.message.en);
        for words in [&e.message.vi, &e.message.en] {
            for internal in ["Some(", "None", "struct", "expected", "EOF", "`"] {
                assert!(!words.contains(internal), "{json}: {words}");
            }
        }
    }
    // 1e400 reads as it does in the browser (Infinity), and is then refused for what
    // it is, not as broken JSON.
    let e = Profile::from_json(
        r#"{"name":"x","targets":[{"indicator":"tipsResolvedRate","value":1e400}]}"#,
    )
    .unwrap_err();
    assert!(!e.message.en.contains("JSON"), "{}", e.message.en);
}
