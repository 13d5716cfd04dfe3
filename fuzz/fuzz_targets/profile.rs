//! Profile loading (`Profile::from_json`, which validates) on any input; a profile that
//! loads is then used to check a form and a document, which must not panic either.
#![no_main]

use baocao::profile::Profile;
use baocao::{check_document, Options, ProfileRef};
use libfuzzer_sys::fuzz_target;

const FORM: &str = r#"{"reportType":"quarter","quarter":2,"year":2026,"agency":"Sở Y tế",
"periodFrom":"15/03/2026","periodTo":"14/06/2026","issuedOn":"15/06/2026",
"indicators":{"tipsReceived":"20","tipsResolved":"17","tipsResolvedRate":"90%"}}"#;

const REPORT: &str = "ỦY BAN NHÂN DÂN\nTỈNH HƯNG YÊN\n\nSố: 45/BC-UBND\n\n\
Hưng Yên, ngày 20 tháng 6 năm 2026\n\nBÁO CÁO\n\nKết quả công tác quý II năm 2026\n\n\
I. KẾT QUẢ\n\nSố liệu tính từ ngày 15/3/2026 đến ngày 14/6/2026; đạt 85%.\n";

fuzz_target!(|data: &[u8]| {
    let Ok(json) = std::str::from_utf8(data) else {
        return;
    };
    let Ok(profile) = Profile::from_json(json) else {
        return;
    };
    // What loads is valid, and survives a round trip.
    assert!(profile.validate().is_ok());
    let again = Profile::from_json(&profile.to_json()).expect("a loaded profile reloads");
    assert_eq!(again.name, profile.name);
    let options = Options {
        today: baocao::parse_iso_date("2026-06-20").ok(),
        profile: Some(ProfileRef::from(profile)),
        ..Options::default()
    };
    let form: serde_json::Value = serde_json::from_str(FORM).expect("the form is JSON");
    let form = baocao::form::Value::from_json(&form).expect("shallow");
    let _ = baocao::validate_form(&form, &options);
    let _ = check_document(REPORT, &options);
});
