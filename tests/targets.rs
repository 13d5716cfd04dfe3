#![cfg(not(target_arch = "wasm32"))]
//! Targets end to end: a plan's target sentences read into a profile (varied
//! wordings, markdown emphasis, several per sentence, NFD, CRLF), `baocao profile
//! --from-plan` through the binary, T006 on plans, and report forms checked against
//! the profile derived from a plan (T001–T007, R001) — with numbers as strings, empty
//! fields and wrong types.

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

use baocao::form::Value;
use baocao::profile::Profile;
use baocao::target::Comparator;
use baocao::{check_text, Finding, Options, ProfileRef};
use baocao::{validate_field, validate_form as validate};
use serde_json::json;

fn fixture(name: &str) -> String {
    std::fs::read_to_string(fixture_path(name)).unwrap()
}

fn fixture_path(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/targets")
        .join(name)
}

fn targets(p: &Profile) -> Vec<(String, Comparator, f64)> {
    p.targets
        .iter()
        .map(|t| (t.indicator.clone(), t.comparator, t.value))
        .collect()
}

fn expected_targets() -> Vec<(String, Comparator, f64)> {
    use Comparator::*;
    [
        ("tipsHandledRate", AtLeast, 100.0),
        ("tipsResolvedRate", AtLeast, 92.0),
        ("casesClearedRate", Above, 90.5),
        ("casesProsecutedRate", AtLeast, 96.0),
        ("casesTriedRate", AtLeast, 92.0),
        ("victimsSupportedRate", AtLeast, 100.0),
    ]
    .into_iter()
    .map(|(i, c, v)| (i.to_owned(), c, v))
    .collect()
}

#[test]
fn a_plan_s_targets_in_every_dress() {
    let plan = fixture("plan-targets.txt");
    let p = Profile::from_plan("ls", &plan);
    assert_eq!(targets(&p), expected_targets());
    assert_eq!(p.validate(), Ok(()));
    // NFD, CRLF, no-break spaces: the same targets.
    let nfd = common::to_nfd(&plan);
    assert_ne!(nfd, plan);
    assert_eq!(targets(&Profile::from_plan("ls", &nfd)), expected_targets());
    let crlf = plan.replace('\n', "\r\n").replace(" 92%", "\u{a0}92%");
    assert_eq!(
        targets(&Profile::from_plan("ls", &crlf)),
        expected_targets()
    );
    // Without the emphasis, the same.
    let plain = plan.replace('*', "");
    assert_eq!(
        targets(&Profile::from_plan("ls", &plain)),
        expected_targets()
    );
}

#[test]
fn wordings_fix_the_comparator() {
    use Comparator::*;
    let cases = [
        (
            "tỷ lệ giải quyết tố giác, tin báo đạt trên 90%",
            Above,
            90.0,
        ),
        ("tỷ lệ giải quyết tố giác, tin báo hơn 90%", Above, 90.0),
        ("tỷ lệ giải quyết tố giác, tin báo vượt 90%", Above, 90.0),
        ("tỷ lệ giải quyết tố giác, tin báo đạt 90%", AtLeast, 90.0),
        ("tỷ lệ giải quyết tố giác, tin báo 90%", AtLeast, 90.0),
        (
            "tỷ lệ giải quyết tố giác, tin báo đạt ít nhất 90,5%",
            AtLeast,
            90.5,
        ),
        (
            "tỷ lệ giải quyết tố giác, tin báo tối thiểu 90%",
            AtLeast,
            90.0,
        ),
        (
            "tỷ lệ giải quyết tố giác, tin báo không dưới 90%",
            AtLeast,
            90.0,
        ),
        (
            "tỷ lệ giải quyết tố giác, tin báo từ 90% trở lên",
            AtLeast,
            90.0,
        ),
        ("tỷ lệ giải quyết tố giác, tin báo dưới 90%", Below, 90.0),
        (
            "tỷ lệ giải quyết tố giác, tin báo không quá 90%",
            AtMost,
            90.0,
        ),
        ("tỷ lệ giải quyết tố giác, tin báo tối đa 90%", AtMost, 90.0),
        (
            "Phấn đấu giải quyết trên 90% tố giác, tin báo về tội phạm",
            Above,
            90.0,
        ),
    ];
    for (sentence, comparator, value) in cases {
        let plan = fixture("plan-targets.txt").replace(
            "Huy động sức mạnh của cả hệ thống chính trị trong phòng ngừa, đấu tranh với tội phạm mua bán người.",
            sentence,
        );
        let p = Profile::from_plan("ls", &plan);
        let t = p
            .targets
            .iter()
            .find(|t| t.indicator == "tipsResolvedRate")
            .unwrap_or_else(|| panic!("{sentence}: {:?}", p.targets));
        assert_eq!((t.comparator, t.value), (comparator, value), "{sentence}");
    }
}

/// The text of the original input between two UTF-16 offsets.
fn utf16_slice(text: &str, f: &Finding) -> String {
    let units: Vec<u16> = text.encode_utf16().collect();
    String::from_utf16(&units[f.start..f.end]).unwrap()
}

#[test]
fn t006_on_weak_plan_targets_with_their_spans() {
    let plain = Options::default();
    assert!(check_text(&fixture("plan-targets.txt"), &plain)
        .findings
        .iter()
        .all(|f| !f.code.starts_with('T')));
    let weak = fixture("plan-weak.txt");
    for text in [
        weak.clone(),
        common::to_nfd(&weak),
        weak.replace('\n', "\r\n"),
    ] {
        let found: Vec<Finding> = check_text(&text, &plain)
            .findings
            .into_iter()
            .filter(|f| f.code == "T006")
            .collect();
        let spans: Vec<String> = found
            .iter()
            .map(|f| {
                baocao::text::Source::new(&utf16_slice(&text, f))
                    .text()
                    .to_owned()
            })
            .collect();
        assert_eq!(
            spans,
            vec![
                "tỷ lệ giải quyết tố giác, tin báo đạt **80%",
                "Tỷ lệ điều tra, khám phá các vụ án mua bán người đạt 90%",
                "90% số vụ án được truy tố đúng thời hạn",
            ],
            "{found:#?}"
        );
        assert!(found[0]
            .message
            .contains("“tối thiểu 80%” thấp hơn chỉ tiêu quốc gia (trên 90%)"));
        assert_eq!(found[0].line, 22);
    }
}

struct Run {
    code: i32,
    stdout: String,
    stderr: String,
}

fn run(args: &[&str]) -> Run {
    let out = Command::new(env!("CARGO_BIN_EXE_baocao"))
        .args(args)
        .output()
        .expect("the binary runs");
    Run {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8(out.stdout).unwrap(),
        stderr: String::from_utf8(out.stderr).unwrap(),
    }
}

fn scratch(test: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join("targets")
        .join(test);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// `(indicator, comparator)` of each target of a profile as JSON.
fn listed(json: &serde_json::Value) -> Vec<(String, String, f64)> {
    json["targets"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| {
            (
                t["indicator"].as_str().unwrap().to_owned(),
                t["comparator"].as_str().unwrap().to_owned(),
                t["value"].as_f64().unwrap(),
            )
        })
        .collect()
}

#[test]
fn profile_from_plan_through_the_binary() {
    let plan = fixture_path("plan-targets.txt");
    let r = run(&["profile", "--from-plan", plan.to_str().unwrap()]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let json: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
    let expected: Vec<(String, String, f64)> = expected_targets()
        .into_iter()
        .map(|(i, c, v)| (i, c.symbol().to_owned(), v))
        .collect();
    assert_eq!(listed(&json), expected);
    assert_eq!(json["tasks"][1]["ref"], "II.2");
    assert_eq!(json["tasks"][1]["lead"], "Sở Y tế");
    // What it prints, `check --profile` reads back.
    let dir = scratch("from_plan");
    let file = dir.join("ls.json");
    std::fs::write(&file, &r.stdout).unwrap();
    let r = run(&[
        "check",
        "--profile",
        file.to_str().unwrap(),
        plan.to_str().unwrap(),
    ]);
    assert!(r.code == 0 || r.code == 1, "{}", r.stderr);
    // The national profile lists the national targets.
    let r = run(&["profile", "--show", "national"]);
    let json: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
    let national = listed(&json);
    assert_eq!(national.len(), 6);
    assert!(national.contains(&("tipsResolvedRate".into(), ">".into(), 90.0)));
    assert!(national.contains(&("casesProsecutedRate".into(), ">=".into(), 95.0)));
}

#[test]
fn a_contradictory_profile_is_refused_with_its_field() {
    let dir = scratch("contradictory");
    let file = dir.join("bad.json");
    std::fs::write(
        &file,
        r#"{ "name": "bad", "targets": [
            { "indicator": "tipsResolvedRate", "comparator": ">", "value": 90 },
            { "indicator": "tipsResolvedRate", "comparator": "<", "value": 80 } ] }"#,
    )
    .unwrap();
    let plan = fixture_path("plan-targets.txt");
    let r = run(&[
        "check",
        "--profile",
        file.to_str().unwrap(),
        plan.to_str().unwrap(),
    ]);
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("targets[1]"), "{}", r.stderr);
}

/// A city's plan that restates the six national targets, one sentence wrapped: its
/// six targets.
#[test]
fn a_plan_with_the_six_national_targets() {
    let plan =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/targets/plan-six-targets.txt");
    let r = run(&["profile", "--from-plan", plan.to_str().unwrap()]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let json: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
    let got = listed(&json);
    let want: Vec<(String, String, f64)> = [
        ("tipsHandledRate", ">=", 100.0),
        ("tipsResolvedRate", ">", 90.0),
        ("casesClearedRate", ">", 90.0),
        ("casesProsecutedRate", ">=", 95.0),
        ("casesTriedRate", ">=", 90.0),
        ("victimsSupportedRate", ">=", 100.0),
    ]
    .into_iter()
    .map(|(i, c, v)| (i.to_owned(), c.to_owned(), v))
    .collect();
    assert_eq!(got, want);
    let text = std::fs::read_to_string(&plan).unwrap();
    let found = check_text(&text, &Options::default()).findings;
    assert!(!found.iter().any(|f| f.code == "T006"), "{found:#?}");
    // The profile holds together and loads back.
    let p = Profile::from_json(&r.stdout).unwrap();
    assert_eq!(p.validate(), Ok(()));
}

// ---------------------------------------------------------------- forms

fn plan_options() -> Options {
    Options {
        profile: Some(ProfileRef::from(Profile::from_plan(
            "ls",
            &fixture("plan-targets.txt"),
        ))),
        ..Options::default()
    }
}

fn form_findings(form: &serde_json::Value, options: &Options) -> Vec<Finding> {
    validate(&Value::from_json(form).unwrap(), options)
        .into_iter()
        .filter(|f| f.code.starts_with('T') || f.code.starts_with('R'))
        .collect()
}

fn summary(found: &[Finding]) -> Vec<(String, String)> {
    found
        .iter()
        .map(|f| (f.code.to_owned(), f.path.clone().unwrap_or_default()))
        .collect()
}

#[test]
fn a_report_form_against_the_plan_s_profile() {
    let form: serde_json::Value = serde_json::from_str(&fixture("report-form.json")).unwrap();
    let found = form_findings(&form, &plan_options());
    let s = |c: &str, p: &str| (c.to_owned(), p.to_owned());
    assert_eq!(
        summary(&found),
        vec![
            s("T005", "/sections/assessment"),
            s("T005", "/sections/assessment"),
            s("T002", "/indicators/casesProsecutedRate"),
            s("T004", "/indicators/casesProsecutedRate"),
            s("T004", "/indicators/victimsSupported"),
            s("R001", "/tasks"),
        ],
        "{found:#?}"
    );
    let text = |code: &str, path: &str| {
        found
            .iter()
            .find(|f| f.code == code && f.path.as_deref() == Some(path))
            .map(|f| f.message.clone())
            .unwrap()
    };
    assert!(text("T002", "/indicators/casesProsecutedRate").contains("17/20 = 85%, không phải 90%"));
    assert!(
        text("T004", "/indicators/casesProsecutedRate").contains("chưa đạt chỉ tiêu tối thiểu 96%")
    );
    assert!(text("T004", "/indicators/victimsSupported")
        .contains("83,3% (5/6), chưa đạt chỉ tiêu 100%"));
    assert!(text("R001", "/tasks").contains("II.2") && text("R001", "/tasks").contains("Sở Y tế"));

    // Against `national`: its targets (95% for prosecution), no tasks.
    let national = summary(&form_findings(&form, &Options::default()));
    assert!(national.contains(&s("T004", "/indicators/casesProsecutedRate")));
    assert!(!national.iter().any(|(c, _)| c == "R001"));

    // A field's findings include the cross-field ones.
    let value = Value::from_json(&form).unwrap();
    let at = |p: &str| -> Vec<String> {
        validate_field(&value, p, &plan_options())
            .into_iter()
            .map(|f| f.code.to_owned())
            .collect()
    };
    assert!(at("/indicators/casesInitiated").contains(&"T002".to_owned()));
    assert!(at("/indicators/victimsIdentified").contains(&"T004".to_owned()));
    assert!(at("/agency").contains(&"R001".to_owned()));

    // Explained and reported: only the wrong rate is left.
    let mut fixed = form.clone();
    fixed["sections"]["assessment"] = json!(
        "Tỷ lệ truy tố chỉ đạt 85%, chưa đạt chỉ tiêu do 3 vụ phải trả hồ sơ điều tra bổ sung. \
         Còn 1 nạn nhân chưa được hỗ trợ vì chưa có nơi cư trú; nguyên nhân là thủ tục chậm."
    );
    fixed["tasks"]
        .as_array_mut()
        .unwrap()
        .push(json!({ "ref": "II.2", "result": "Đã hỗ trợ 5 nạn nhân." }));
    let left = summary(&form_findings(&fixed, &plan_options()));
    assert_eq!(
        left,
        vec![
            s("T002", "/indicators/casesProsecutedRate"),
            s("T004", "/indicators/casesProsecutedRate"),
            s("T004", "/indicators/victimsSupported"),
        ]
    );
}

#[test]
fn strings_empty_fields_and_wrong_types_never_panic() {
    let odd = [
        json!(null),
        json!(true),
        json!(0),
        json!(-0.0),
        json!(1e308),
        json!(-1e308),
        json!(""),
        json!("   "),
        json!("%"),
        json!("1e309"),
        json!("NaN"),
        json!("-Infinity"),
        json!("9999999999999999999999"),
        json!("1.250"),
        json!("90,5%"),
        json!("mười"),
        json!([]),
        json!([1, 2]),
        json!({}),
        json!({ "value": 3 }),
        json!("１２"),
        json!("12\u{0301}"),
    ];
    let keys = [
        "tipsReceived",
        "tipsResolved",
        "tipsResolvedRate",
        "casesInitiated",
        "casesProsecuted",
        "casesProsecutedRate",
        "victimsIdentified",
        "victimsSupported",
        "victimsSupportedRate",
        "unknownKey",
    ];
    let options = [Options::default(), plan_options()];
    for a in &odd {
        for b in &odd {
            let mut indicators = serde_json::Map::new();
            for (i, k) in keys.iter().enumerate() {
                indicators.insert(
                    (*k).to_owned(),
                    if i % 2 == 0 { a.clone() } else { b.clone() },
                );
            }
            let form = json!({ "agency": a, "tasks": b, "sections": { "assessment": a },
                               "indicators": indicators });
            for o in &options {
                let found = form_findings(&form, o);
                for f in &found {
                    assert!(
                        f.path.as_deref().is_some_and(|p| p.starts_with('/')),
                        "{f:?}"
                    );
                    assert!(!f.message.is_empty() && !f.message_en.is_empty());
                }
            }
        }
    }
    // The indicators themselves of the wrong type: nothing from the T rules.
    for v in &odd {
        let form = json!({ "indicators": v, "tasks": v, "agency": "Sở Y tế" });
        assert!(form_findings(&form, &Options::default()).is_empty(), "{v}");
    }
}

#[test]
fn counts_and_rates_as_people_type_them() {
    let o = Options::default();
    let codes = |indicators: serde_json::Value| -> Vec<(String, String)> {
        let mut found = summary(&form_findings(&json!({ "indicators": indicators }), &o));
        found.sort();
        found
    };
    let s = |c: &str, p: &str| (c.to_owned(), p.to_owned());
    // Strings, thousands dots, decimal commas, empty fields: all read, all met.
    assert!(codes(json!({
        "tipsReceived": "1.250", "tipsHandled": 1250, "tipsResolved": "1.200",
        "tipsResolvedRate": "96%", "tipsHandledRate": "100",
        "casesInitiated": "20", "casesCleared": 19, "casesClearedRate": "95,0%",
        "casesProsecuted": "", "casesTried": null, "victimsIdentified": " "
    }))
    .is_empty());
    assert_eq!(
        codes(
            json!({ "casesInitiated": "mười", "casesCleared": [3], "casesTried": true,
                      "victimsIdentified": -2, "victimsSupported": "2,5",
                      "tipsResolvedRate": "105%", "casesTriedRate": null })
        ),
        vec![
            s("T001", "/indicators/tipsResolvedRate"),
            s("T007", "/indicators/casesCleared"),
            s("T007", "/indicators/casesInitiated"),
            s("T007", "/indicators/casesTried"),
            s("T007", "/indicators/victimsIdentified"),
            s("T007", "/indicators/victimsSupported"),
        ]
    );
    // A whole of 0 makes no rate, and no target is missed.
    assert!(
        codes(json!({ "casesInitiated": 0, "casesTried": 0, "casesProsecuted": "0" })).is_empty()
    );
    // A part above its whole: T003, not T002 or T004 on the same rate.
    assert_eq!(
        codes(json!({ "casesInitiated": 4, "casesTried": 5, "casesTriedRate": "100%" })),
        vec![s("T003", "/indicators/casesTried")]
    );
}

/// Token soup: target words, numbers, marks, emphasis, emoji and combining marks in
/// random order, as plans and as forms. Nothing panics; spans stay in the text.
#[test]
fn token_soup_never_panics() {
    const TOKENS: &[&str] = &[
        "tỷ lệ",
        "giải quyết",
        "tố giác",
        "tin báo",
        "xử lý",
        "truy tố",
        "xét xử",
        "nạn nhân",
        "hỗ trợ",
        "đạt",
        "trên",
        "dưới",
        "không",
        "quá",
        "ít nhất",
        "tối thiểu",
        "trở lên",
        "tăng",
        "so với",
        "kế hoạch",
        "số",
        "90",
        "100",
        "105",
        "90,5",
        "1.250",
        "9,0.5",
        "0",
        "%",
        " %",
        "phần trăm",
        "**",
        "*",
        ",",
        ";",
        ".",
        ":",
        " ",
        " ",
        " ",
        "\n",
        "\n\n",
        "\r\n",
        "🙂",
        "\u{301}",
        "\u{323}",
        "(",
        ")",
        "I. MỤC TIÊU",
        "II. NHIỆM VỤ",
        "1.",
        "a)",
        "- ",
        "Sở Y tế chủ trì",
        "Công an tỉnh",
        "\u{a0}",
        "\u{200b}",
    ];
    let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
    let mut next = || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    for _ in 0..400 {
        let len = (next() % 120) as usize;
        let mut body = String::new();
        for _ in 0..len {
            body.push_str(TOKENS[(next() % TOKENS.len() as u64) as usize]);
        }
        let text = format!(
            "ỦY BAN NHÂN DÂN\nTỈNH LẠNG SƠN\n\nSố: 12/KH-UBND\n\nKẾ HOẠCH\n\nI. MỤC TIÊU\n\n{body}\n"
        );
        let units = text.encode_utf16().count();
        for f in check_text(&text, &Options::default()).findings {
            assert!(f.start <= f.end && f.end <= units, "{f:?}\n{text:?}");
        }
        let p = Profile::from_plan("soup", &text);
        assert_eq!(p.validate(), Ok(()), "{text:?}");
        let form = json!({ "agency": body, "sections": { "assessment": body },
                           "indicators": { "tipsReceived": body, "tipsResolvedRate": body } });
        let _ = form_findings(&form, &Options::default());
    }
}
