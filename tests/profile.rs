#![cfg(not(target_arch = "wasm32"))]
//! Profiles through the real binary: `baocao profile --from-plan`, `--show`, and
//! `check --profile FILE` using the windows and deadlines of a profile file.

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

use serde_json::Value;

fn scratch(test: &str) -> PathBuf {
    common::scratch("profile", test)
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

/// A provincial plan with the regime of DESIGN §2.5: 6-month before 17/6, annual
/// before 17/12.
const PLAN: &str = "ỦY BAN NHÂN DÂN\nTỈNH HƯNG YÊN\n\nSố: 12/KH-UBND\n\n\
Hưng Yên, ngày 05 tháng 02 năm 2026\n\nKẾ HOẠCH\n\n\
Phòng, chống mua bán người giai đoạn 2026 - 2030\n\n\
I. MỤC TIÊU\n\nNâng cao nhận thức.\n\nII. TỔ CHỨC THỰC HIỆN\n\n1. Chế độ báo cáo\n\n\
- Báo cáo 6 tháng: Tính từ ngày 15/12 năm trước đến ngày 14/6 của năm làm báo cáo, gửi trước ngày 17/6.\n\n\
- Báo cáo định kỳ hằng năm: Tính từ ngày 15/12 năm trước đến ngày 14/12\n\n\
của năm làm báo cáo, gửi trước ngày 17/12./.\n";

/// A 6-month report of 2026 dated `day`/6/2026 over `from`–`to`.
fn report(day: u32, from: &str, to: &str) -> String {
    format!(
        "ỦY BAN NHÂN DÂN\nTỈNH HƯNG YÊN\n\nSố: 45/BC-UBND\n\nHưng Yên, ngày {day} tháng 6 năm 2026\n\n\
         BÁO CÁO\n\nKết quả công tác phòng, chống mua bán người 6 tháng đầu năm 2026\n\n\
         I. TÌNH HÌNH CHUNG\n\n(Số liệu tính từ ngày {from} đến ngày {to})\n\n\
         Tình hình được kiểm soát.\n\nII. KẾT QUẢ THỰC HIỆN\n\n1. Công tác truyền thông.\n\n\
         III. PHƯƠNG HƯỚNG\n\n1. Tiếp tục triển khai./.\n\nNơi nhận:\n- Công an tỉnh;\n- Lưu: VT.\n\n\
         TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nNguyễn Văn An\n"
    )
}

/// `(kind, from, to, deadline)` of each window, as `d/m` with `-1` for the previous year.
fn windows(profile: &Value) -> Vec<(String, String, String, String)> {
    let dm = |v: &Value| {
        if v.is_null() {
            return "-".to_owned();
        }
        let prev = if v["year"] == "previous" { "-1" } else { "" };
        format!("{}/{}{prev}", v["day"], v["month"])
    };
    profile["reports"]
        .as_array()
        .unwrap()
        .iter()
        .map(|w| {
            (
                w["kind"].as_str().unwrap().to_owned(),
                dm(&w["from"]),
                dm(&w["to"]),
                dm(&w["deadline"]),
            )
        })
        .collect()
}

fn codes(out: &str) -> Vec<String> {
    let v: Value = serde_json::from_str(out).unwrap();
    v["files"][0]["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["code"].as_str().unwrap().to_owned())
        .collect()
}

fn hung_yen_windows() -> Vec<(String, String, String, String)> {
    vec![
        (
            "half_year".into(),
            "15/12-1".into(),
            "14/6".into(),
            "17/6".into(),
        ),
        (
            "annual".into(),
            "15/12-1".into(),
            "14/12".into(),
            "17/12".into(),
        ),
    ]
}

#[test]
fn from_plan_and_check_with_it() {
    let dir = scratch("from_plan");
    let plan = dir.join("plan.txt");
    std::fs::write(&plan, PLAN).unwrap();
    let r = run(&["profile", "--from-plan", plan.to_str().unwrap()]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let profile: Value = serde_json::from_str(&r.stdout).unwrap();
    assert_eq!(profile["name"], "plan");
    assert_eq!(windows(&profile), hung_yen_windows());
    assert_eq!(profile["programme"]["from"], 2026);
    let file = dir.join("hy.json");
    std::fs::write(&file, &r.stdout).unwrap();
    let file = file.to_str().unwrap();

    let check = |text: &str, profile: &str| {
        let path = dir.join("report.txt");
        std::fs::write(&path, text).unwrap();
        let r = run(&[
            "check",
            "--format",
            "json",
            "--profile",
            profile,
            path.to_str().unwrap(),
        ]);
        assert!(r.code == 0 || r.code == 1, "{}", r.stderr);
        codes(&r.stdout)
    };
    // A calendar half-year: P003 under the plan's profile and under `national`.
    let calendar = report(15, "01/01/2026", "30/6/2026");
    assert!(check(&calendar, file).contains(&"P003".to_owned()));
    assert!(check(&calendar, "national").contains(&"P003".to_owned()));
    // The window, in time: neither.
    let good = check(&report(16, "15/12/2025", "14/6/2026"), file);
    assert!(!good.iter().any(|c| c == "P003" || c == "P004"), "{good:?}");
    // Dated on the deadline day (before 17/6): late under the plan's profile only.
    let late = report(17, "15/12/2025", "14/6/2026");
    assert!(check(&late, file).contains(&"P004".to_owned()));
    assert!(!check(&late, "national").contains(&"P004".to_owned()));
}

/// What the rule says, the message says, in an official's words (issue 15, item 12):
/// the national rule and a plan named as officials name them, never a profile's id
/// (`"national"`, the plan file's name) or the word "profile" / "hồ sơ".
#[test]
fn messages_name_the_rule_not_the_profile() {
    let dir = scratch("messages");
    let plan = dir.join("ke-hoach-hy.txt");
    std::fs::write(&plan, PLAN).unwrap();
    let r = run(&["profile", "--from-plan", plan.to_str().unwrap()]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let derived: Value = serde_json::from_str(&r.stdout).unwrap();
    assert_eq!(
        derived["description"],
        "Kế hoạch số 12/KH-UBND ngày 05/02/2026 / Plan No. 12/KH-UBND of 05/02/2026"
    );
    let file = dir.join("hy.json");
    std::fs::write(&file, &r.stdout).unwrap();
    let messages = |text: &str, profile: &str, code: &str| -> Vec<(String, String, String)> {
        let path = dir.join("report.txt");
        std::fs::write(&path, text).unwrap();
        let mut all = Vec::new();
        for lang in ["vi", "en"] {
            let r = run(&[
                "check",
                "--format",
                "json",
                "--lang",
                lang,
                "--profile",
                profile,
                path.to_str().unwrap(),
            ]);
            assert!(r.code == 0 || r.code == 1, "{}", r.stderr);
            let v: Value = serde_json::from_str(&r.stdout).unwrap();
            for f in v["files"][0]["findings"].as_array().unwrap() {
                let text = |k: &str| f[k].as_str().unwrap_or("").to_owned();
                for said in [text("message"), text("hint")] {
                    for jargon in ["hồ sơ", "profile", "\"national\"", "ke-hoach-hy"] {
                        assert!(!said.contains(jargon), "{said:?} says {jargon:?}");
                    }
                }
                if f["code"] == code {
                    all.push((lang.to_owned(), text("message"), text("hint")));
                }
            }
        }
        all
    };
    let file = file.to_str().unwrap();
    let calendar = report(15, "01/01/2026", "30/6/2026");
    let national = messages(&calendar, "national", "P003");
    assert!(
        national[0]
            .1
            .contains("theo quy định chung (Nghị định 09/2019/NĐ-CP)"),
        "{national:?}"
    );
    assert!(
        national[1]
            .1
            .contains("under the general rule (Decree 09/2019/NĐ-CP)"),
        "{national:?}"
    );
    let late = messages(&report(17, "15/12/2025", "14/6/2026"), file, "P004");
    assert_eq!(
        late[0].1,
        "Báo cáo 6 tháng đề ngày 17/06/2026, sau thời hạn theo Kế hoạch số 12/KH-UBND ngày 05/02/2026 (chậm nhất ngày 16/06/2026)."
    );
    assert!(
        late[1]
            .1
            .contains("after the deadline under Plan No. 12/KH-UBND of 05/02/2026"),
        "{late:?}"
    );
    // an unknown body's hint: no "profile"
    let unknown = report(16, "15/12/2025", "14/6/2026").replace(
        "1. Công tác truyền thông.",
        "1. Sở Phát triển Cộng đồng chủ trì công tác truyền thông.",
    );
    let a002 = messages(&unknown, "national", "A002");
    assert!(a002[0].2.contains("đơn vị quản trị cổng"), "{a002:?}");
}

/// A regime as PDF extraction leaves it: each report's sentence hard-wrapped, with a
/// blank line inside one of them.
#[test]
fn a_hard_wrapped_regime() {
    let plan = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/profile/plan-wrapped-regime.txt");
    let r = run(&["profile", "--from-plan", plan.to_str().unwrap()]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let profile: Value = serde_json::from_str(&r.stdout).unwrap();
    assert_eq!(windows(&profile), hung_yen_windows());
}

#[test]
fn show_a_built_in_profile() {
    let r = run(&["profile", "--show", "national"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let profile: Value = serde_json::from_str(&r.stdout).unwrap();
    assert_eq!(profile["name"], "national");
    let w = windows(&profile);
    assert_eq!(w.len(), 7);
    assert_eq!(
        w[0],
        (
            "quarter".into(),
            "15/12-1".into(),
            "14/3".into(),
            "-".into()
        )
    );
    // What `--show` prints, `check --profile` reads back.
    let dir = scratch("show");
    let file = dir.join("national.json");
    std::fs::write(&file, &r.stdout).unwrap();
    let plan = dir.join("plan.txt");
    std::fs::write(&plan, PLAN).unwrap();
    let r = run(&[
        "check",
        "--profile",
        file.to_str().unwrap(),
        plan.to_str().unwrap(),
    ]);
    assert!(r.code == 0 || r.code == 1, "{}", r.stderr);

    let r = run(&["profile", "--show", "ha-noi"]);
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("\"ha-noi\"") && r.stderr.contains("national"));
    assert_eq!(r.stdout, "");
    // One of --from-plan and --show.
    assert_eq!(run(&["profile"]).code, 2);
    assert_eq!(
        run(&["profile", "--show", "national", "--from-plan", "x.txt"]).code,
        2
    );
}

#[test]
fn a_bad_profile_file_names_the_field() {
    let dir = scratch("bad");
    let plan = dir.join("plan.txt");
    std::fs::write(&plan, PLAN).unwrap();
    let cases = [
        (
            r#"{"name":"x","reports":[{"kind":"half_year","from":{"day":15,"month":12,"year":"previous"},"to":{"day":31,"month":6}}]}"#,
            "reports[0].to.day",
            "không có ngày 31/6",
        ),
        (
            r#"{"name":"x","reports":[{"kind":"semester","from":{"day":1,"month":1},"to":{"day":30,"month":6}}]}"#,
            "reports[0].kind",
            r#"phải là một trong "quarter", "half_year", "nine_month", "annual", "ad_hoc", không phải "semester""#,
        ),
        (
            r#"{"name":"x","reprots":[]}"#,
            "reprots",
            r#"không có khóa "reprots"; các khóa được dùng: "name""#,
        ),
        (
            r#"{"name":"x","reports":[{"kind":"annual","from":{"day":15,"month":12},"to":{"day":14,"month":12}}]}"#,
            "reports[0].from",
            "ngày bắt đầu 15/12 sau ngày kết thúc 14/12",
        ),
        (r#"{"name":"#, "", "không phải JSON hợp lệ"),
    ];
    for (json, path, words) in cases {
        let file = dir.join("bad.json");
        std::fs::write(&file, json).unwrap();
        let r = run(&[
            "check",
            "--profile",
            file.to_str().unwrap(),
            plan.to_str().unwrap(),
        ]);
        assert_eq!(r.code, 2, "{json}: {}", r.stderr);
        assert_eq!(r.stdout, "");
        assert!(
            r.stderr.contains(path) && r.stderr.contains(words),
            "{json}: {}",
            r.stderr
        );
        // Vietnamese first, English after.
        let (vi, en) = r.stderr.split_once(" / error: ").expect("both languages");
        assert!(vi.starts_with("lỗi: hồ sơ"), "{vi}");
        assert!(en.starts_with("invalid profile"), "{en}");
    }
}

/// A province's own body, added by its profile (`extraAgencies`), is known to the
/// agency rules on documents and forms; without the profile it is not.
#[test]
fn extra_agencies_of_a_profile_reach_the_agency_rules() {
    use baocao::{check_document, Options, ProfileRef};
    let mut profile = baocao::profile::national().clone();
    profile.name = "ha-noi".into();
    profile.extra_agencies = Some(
        "ban-ql-ho-tay | Ban Quản lý Khu du lịch Hồ Tây | province | department | yes | -\n".into(),
    );
    profile.validate().expect("a valid profile");
    let with = Options {
        profile: Some(ProfileRef::from(profile)),
        today: baocao::parse_iso_date("2026-06-20").ok(),
        ..Options::default()
    };
    let without = Options {
        today: with.today,
        ..Options::default()
    };
    let plan = "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HÀ NỘI\n\nSố: 12/KH-UBND\n\nHà Nội, ngày 05 tháng 02 năm 2026\n\n\
        KẾ HOẠCH\n\nPhòng, chống mua bán người năm 2026\n\nI. MỤC TIÊU, YÊU CẦU\n\nNâng cao nhận thức.\n\n\
        II. NHIỆM VỤ, GIẢI PHÁP\n\n1. Tuyên truyền tại các khu du lịch\n\n- Ban Quản lý Khu du lịch Hồ Tây chủ trì thực hiện.\n\n\
        III. TỔ CHỨC THỰC HIỆN\n\n1. Các sở, ngành triển khai thực hiện./.\n\n\
        Nơi nhận:\n- Công an thành phố;\n- Lưu: VT.\n\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nNguyễn Văn An\n";
    let a002 = |o: &Options| {
        check_document(plan, o)
            .iter()
            .filter(|f| f.code == "A002")
            .count()
    };
    assert!(
        a002(&without) > 0,
        "the body is unknown without the profile"
    );
    assert_eq!(a002(&with), 0, "{:#?}", check_document(plan, &with));

    let form: serde_json::Value = serde_json::json!({
        "reportType": "half_year", "agency": "Ban Quản lý Khu du lịch Hồ Tây", "level": "province",
        "periodFrom": "15/12/2025", "periodTo": "14/06/2026", "issuedOn": "15/06/2026"
    });
    let form = baocao::form::Value::from_json(&form).unwrap();
    let a002 = |o: &Options| {
        baocao::validate_form(&form, o)
            .iter()
            .filter(|f| f.code == "A002")
            .count()
    };
    assert_eq!(a002(&without), 1);
    assert_eq!(a002(&with), 0);
}

/// A profile's registry (the built-in one with its extra bodies) is built once for the
/// profile and shared by its clones; profiles loaded one after another each have their
/// own, held by the profile rather than by a program-wide cache.
#[test]
fn a_profile_keeps_its_own_registry() {
    let with = |name: &str| {
        let mut p = baocao::profile::Profile::named("p");
        p.extra_agencies = Some(format!(
            "ban-{} | Ban Quản lý {name} | province | department | yes | -\n",
            name.len()
        ));
        p
    };
    let a = with("Khu du lịch Hồ Tây");
    let b = with("Khu di tích Cổ Loa");
    assert!(a
        .registry()
        .lookup("Ban Quản lý Khu du lịch Hồ Tây")
        .is_some());
    assert!(a
        .registry()
        .lookup("Ban Quản lý Khu di tích Cổ Loa")
        .is_none());
    assert!(b
        .registry()
        .lookup("Ban Quản lý Khu di tích Cổ Loa")
        .is_some());
    // built once: the same registry at every call, and in a clone made after
    assert!(std::ptr::eq(a.registry(), a.registry()));
    assert!(std::ptr::eq(a.clone().registry(), a.registry()));
    // no extra bodies: the built-in registry itself
    let plain = baocao::profile::Profile::named("plain");
    assert!(std::ptr::eq(plain.registry(), baocao::agency::registry()));
}
