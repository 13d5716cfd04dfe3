//! Unit tests of the registry and the matcher; the corpus checks are in tests/agency.rs.

use super::*;

fn r() -> &'static Registry {
    registry()
}

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn id(name: &str) -> Option<&'static str> {
    r().lookup(name).map(|m| m.agency.id.as_str())
}

fn mention_ids(text: &str) -> Vec<&'static str> {
    find_mentions(text)
        .into_iter()
        .map(|(_, m)| m.agency.id.as_str())
        .collect()
}

#[test]
fn builtin_data_parses() {
    if let Err(e) = Registry::builtin() {
        panic!("{e}");
    }
    assert!(r().agencies().len() > 100);
}

#[test]
fn levels_and_kinds_round_trip() {
    for l in Level::ALL {
        assert_eq!(Level::parse(l.as_str()), Some(l));
    }
    for (k, name) in KINDS {
        assert_eq!(Kind::parse(name), Some(k));
        assert_eq!(k.as_str(), name);
    }
    assert_eq!(Level::parse("tỉnh"), None);
}

#[test]
fn validity_ends_are_inclusive() {
    let a = r().get("phong-vh-khtt").unwrap();
    assert!(!a.exists_on(day(2025, 2, 28)));
    assert!(a.exists_on(day(2025, 3, 1)));
    assert!(a.exists_on(day(2025, 6, 30)));
    assert!(!a.exists_on(day(2025, 7, 1)));
}

#[test]
fn successors_are_followed_to_the_date() {
    let r = r();
    let ldtbxh = r.get("phong-ldtbxh").unwrap();
    let ids = |d| -> Vec<&str> {
        r.successors_on(ldtbxh, d)
            .iter()
            .map(|a| a.id.as_str())
            .collect()
    };
    assert_eq!(ids(day(2025, 1, 1)), ["phong-ldtbxh"]);
    assert_eq!(
        ids(day(2025, 4, 1)),
        ["phong-noi-vu", "phong-y-te", "phong-gddt"]
    );
    assert_eq!(
        ids(day(2026, 1, 1)),
        ["phong-vh-xh", "so-noi-vu", "so-y-te", "so-gddt"]
    );
    let so = r.get("so-ldtbxh").unwrap();
    let named: Vec<&str> = r
        .successors(so)
        .iter()
        .map(|(a, _)| a.name.as_str())
        .collect();
    assert!(named.starts_with(&["Sở Nội vụ", "Sở Y tế"]), "{named:?}");
}

#[test]
fn places_before_and_after_the_merger() {
    let r = r();
    let count = |d| r.places().iter().filter(|p| p.exists_on(d)).count();
    assert_eq!(count(day(2024, 6, 1)), 63);
    assert_eq!(count(day(2025, 3, 1)), 63);
    assert_eq!(count(day(2025, 7, 1)), 34);
    let cities = |d| {
        r.places()
            .iter()
            .filter(|p| p.exists_on(d) && p.kind == PlaceKind::City)
            .count()
    };
    assert_eq!(cities(day(2024, 12, 31)), 5);
    assert_eq!(cities(day(2025, 7, 1)), 6);

    let thai_binh = r.place("tỉnh Thái Bình").unwrap();
    assert_eq!(
        r.place_on(thai_binh, day(2026, 1, 1)).unwrap().name,
        "Hưng Yên"
    );
    assert_eq!(
        r.place_on(thai_binh, day(2025, 6, 30)).unwrap().name,
        "Thái Bình"
    );
    let tth = r.place("Thừa Thiên - Huế").unwrap();
    assert_eq!(
        r.place_on(tth, day(2026, 1, 1)).unwrap().full_name(),
        "thành phố Huế"
    );
    let hue = r.place("Huế").unwrap();
    assert!(r.place_on(hue, day(2024, 6, 1)).is_none());
    let hung_yen = r.place("Hưng Yên").unwrap();
    let absorbed: Vec<&str> = r
        .absorbed(hung_yen)
        .iter()
        .map(|p| p.name.as_str())
        .collect();
    assert_eq!(absorbed, ["Thái Bình"]);
    let lang_son = r.place("Lạng Sơn").unwrap();
    assert!(r.absorbed(lang_son).is_empty());
    assert!(lang_son.exists_on(day(2020, 1, 1)) && lang_son.exists_on(day(2030, 1, 1)));
    assert_eq!(r.place("TP.HCM").unwrap().name, "Hồ Chí Minh");
    assert_eq!(
        r.place("thành phố Hải Phòng").unwrap().kind,
        PlaceKind::City
    );
    assert!(r.place("Hưng Yên Thái Bình").is_none());
    assert!(r.place("Điềm He").is_none());
}

#[test]
fn context_picks_the_level_of_a_bare_name() {
    let r = r();
    let bare = r.lookup("Viện kiểm sát nhân dân").unwrap();
    assert!(!bare.level_stated);
    assert_eq!(bare.agency.id, "vksnd-tinh");
    let district = r
        .lookup_in("Viện kiểm sát nhân dân", Some(Level::District))
        .unwrap();
    assert_eq!(district.agency.id, "vksnd-huyen");
    assert!(!district.level_stated);
    // No commune procuracy: the default stays, its level still not stated.
    let commune = r
        .lookup_in("Viện kiểm sát nhân dân", Some(Level::Commune))
        .unwrap();
    assert_eq!(commune.agency.id, "vksnd-tinh");
    // A stated level is never overridden.
    let stated = r
        .lookup_in("Tòa án nhân dân tỉnh", Some(Level::Commune))
        .unwrap();
    assert_eq!(stated.agency.id, "tand-tinh");
    assert!(stated.level_stated);
}

#[test]
fn marks_count_when_written() {
    // Wrong marks are a different word; no marks at all match, flagged.
    assert_eq!(id("Sở Y tể"), None);
    let m = r().lookup("So Y te").unwrap();
    assert_eq!(m.agency.id, "so-y-te");
    assert!(!m.marks_ok);
    assert!(r().lookup("Sở Y tế").unwrap().marks_ok);
    // "quán triệt" after a generic group is not "quận".
    let found = find_mentions("Cấp ủy Đảng, chính quyền quán triệt");
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].0, 0.."Cấp ủy Đảng, chính quyền".len());
}

#[test]
fn prose_needs_the_capital_of_a_proper_name() {
    assert!(mention_ids("nâng cao chất lượng cơ sở y tế tuyến xã").is_empty());
    assert_eq!(mention_ids("giao Sở Y tế chủ trì"), ["so-y-te"]);
    assert_eq!(mention_ids("SỞ Y TẾ CHỦ TRÌ"), ["so-y-te"]);
    // Whole names are matched whatever their case.
    assert_eq!(id("sở y tế"), Some("so-y-te"));
}

#[test]
fn a_comma_ends_a_name_the_data_writes_without_one() {
    assert_eq!(
        mention_ids("các sở, ngành, đoàn thể tỉnh, Ủy ban nhân dân xã"),
        ["g-so-nganh", "ubnd-xa"]
    );
    assert_eq!(id("Sở Văn hóa - Thể thao, Du lịch"), Some("so-vhttdl"));
}

#[test]
fn document_symbols_are_not_mentions() {
    assert!(mention_ids("Số: 61/KH-UBND").is_empty());
    assert!(mention_ids("Số: 45/BC-UBND ngày 01/3/2026").is_empty());
    assert_eq!(mention_ids("gửi UBND tỉnh"), ["ubnd-tinh"]);
}

#[test]
fn elided_levels_name_more_bodies() {
    let text = "UBND cấp huyện, cấp xã ban hành văn bản";
    let found = find_mentions(text);
    let got: Vec<(&str, &str)> = found
        .iter()
        .map(|(range, m)| (&text[range.clone()], m.agency.id.as_str()))
        .collect();
    assert_eq!(
        got,
        [("UBND cấp huyện", "ubnd-huyen"), ("cấp xã", "ubnd-xa")]
    );
}

#[test]
fn district_level_cities() {
    let m = r().lookup("Ủy ban nhân dân thành phố Hưng Yên").unwrap();
    assert_eq!(m.agency.id, "ubnd-huyen");
    let m = r().lookup("Ủy ban nhân dân thành phố Hải Phòng").unwrap();
    assert_eq!(m.agency.id, "ubnd-tinh");
    assert_eq!(m.place.unwrap().place.unwrap().kind, PlaceKind::City);
}

#[test]
fn with_extra_adds_and_replaces() {
    let extra = "\
# a city's own bodies
so-du-lich | Sở Du lịch | province | department | yes | -
so-an-toan-tp | Sở An toàn thực phẩm | province | department | yes | 01/01/2025-
  = Sở ATTP
";
    let custom = r().with_extra(extra).unwrap();
    assert!(!custom.get("so-du-lich").unwrap().local);
    assert!(r().get("so-du-lich").unwrap().local);
    assert_eq!(
        custom.lookup("Sở ATTP").unwrap().agency.name,
        "Sở An toàn thực phẩm"
    );
    assert!(r().lookup("Sở An toàn thực phẩm").is_none());
    // Extending an extended registry keeps the first extension.
    let more = custom
        .with_extra("tt-ctxh | Trung tâm Công tác xã hội {tỉnh} | province | unit | yes | -\n")
        .unwrap();
    assert!(more.get("so-an-toan-tp").is_some());
    assert_eq!(
        more.lookup("Trung tâm Công tác xã hội tỉnh")
            .unwrap()
            .agency
            .id,
        "tt-ctxh"
    );
    assert_eq!(more.agencies().len(), r().agencies().len() + 2);
}

#[test]
fn bad_extra_data_is_reported_with_its_line() {
    let cases = [
        ("x | Sở Y tế | province | department | yes | -\n", "already names"),
        ("Bad Id | Sở X | province | department | yes | -\n", "id"),
        ("x | Sở X | tỉnh | department | yes | -\n", "level"),
        ("x | Sở X | province | bureau | yes | -\n", "kind"),
        ("x | Sở X | province | department | maybe | -\n", "under"),
        ("x | Sở X | province | department | yes | 31/02/2025-\n", "date"),
        ("x | Sở X | province | department | yes | 01/03/2025-01/01/2025\n", "after"),
        ("x | Sở X | province | department | yes | -\n  > nowhere | a | b\n", "successor"),
        ("x | Sở X | province | department | yes | -\n  ? what\n", "expected"),
        ("x | Công an {xã} | province | police | no | -\n", "slot"),
        ("x | Công an {làng} | commune | police | no | -\n", "level word"),
        ("x | Sở X | province | department | yes | - | secret\n", "flag"),
        ("  = orphan\n", "before the first body"),
        (
            "x | Sở X | province | department | yes | -\nx | Sở Z | province | department | yes | -\n",
            "duplicate",
        ),
    ];
    for (text, want) in cases {
        let e = r()
            .with_extra(text)
            .err()
            .unwrap_or_else(|| panic!("accepted {text:?}"));
        assert!(e.message.contains(want), "{text:?}: {e}");
        assert_eq!(e.file, "extra #1");
        assert!(e.line >= 1, "{e}");
    }
}

#[test]
fn suggestions_rank_national_bodies_first() {
    let names =
        |q: &str| -> Vec<&str> { r().suggest(q, 3).iter().map(|a| a.name.as_str()).collect() };
    assert_eq!(names("Sở Y tê")[0], "Sở Y tế");
    assert_eq!(names("Cong an tinh")[0], "Công an tỉnh");
    assert_eq!(
        names("Sở Văn hoá Thể thao")[0],
        "Sở Văn hóa, Thể thao và Du lịch"
    );
    assert_eq!(names("Đề nghị Sở Tư phap tỉnh Hưng Yên")[0], "Sở Tư pháp");
    assert!(names("").is_empty());
    assert!(names("xyz qwv").is_empty());
    assert!(r().suggest("Sở Y tế", 0).is_empty());
}

#[test]
fn no_panics_on_odd_input() {
    let odd = [
        "",
        " ",
        "\u{301}\u{302}",
        "Ủy ban nhân dân",
        "UBND",
        "&&&---,,,",
        "xã xã xã xã xã",
        "Công an Công an Công an",
        "các các các",
        "Sở Y tế tỉnh",
        "(((",
        "Ủy ban nhân dân xã Điềm",
        "\u{0}\u{ffff}\u{10ffff}",
        "ỦY BAN NHÂN DÂN XÃ ĐIỀM HE\n\nSố: /KH-UBND",
        "TP.",
        "TP. ",
        "LĐ-TB&XH-",
        "Đ",
    ];
    for s in odd {
        let _ = r().lookup(s);
        let _ = r().suggest(s, 5);
        let _ = r().place(s);
        for (range, _) in find_mentions(s) {
            assert!(s.get(range.clone()).is_some(), "{s:?} {range:?}");
        }
    }
    // Every prefix of a messy text, cut at any char boundary.
    let text = "Đề nghị Ủy ban MTTQ Việt Nam tỉnh, UBND cấp huyện, cấp xã; Công an TP. Hồ Chí Minh";
    for (i, _) in text.char_indices() {
        for (range, _) in find_mentions(&text[..i]) {
            assert!(range.end <= i);
        }
        let _ = r().lookup(&text[i..]);
    }
}

#[test]
fn long_runs_stay_linear() {
    // Inputs that could make a naive matcher quadratic: long runs of level words,
    // of generic words, and of name starts. They must finish (and quickly).
    let inputs = [
        format!("Công an {}", "xã, ".repeat(20_000)),
        format!("các sở, {}", "ban, ngành, ".repeat(20_000)),
        "Ủy ban nhân dân ".repeat(20_000),
        "Sở Y tế tỉnh Hưng Yên, ".repeat(10_000),
        "các ".repeat(40_000),
    ];
    for text in &inputs {
        let found = find_mentions(text);
        assert!(found.len() <= text.len());
        let _ = r().lookup(text);
        let _ = r().suggest(text, 3);
    }
}

/// The actors commune plans assign, at commune level, and the abbreviations people
/// write (issue 15, item 10).
#[test]
fn commune_actors_and_abbreviations() {
    let r = r();
    for (name, want, requested) in [
        ("công chức Văn hóa - Xã hội", "cc-vh-xh-xa", false),
        ("Công chức Văn hóa - Xã hội xã", "cc-vh-xh-xa", false),
        ("Văn hóa - Xã hội xã", "cc-vh-xh-xa", false),
        ("Công an xã", "cong-an-xa", false),
        ("Ban Chỉ đạo 138 xã", "bcd-138-xa", false),
        ("Ban Chỉ đạo phòng, chống tội phạm xã", "bcd-138-xa", false),
        ("Trưởng thôn", "truong-thon", false),
        ("Trưởng thôn, bản, tổ dân phố", "truong-thon", false),
        ("Trưởng các thôn, bản", "truong-thon", false),
        ("Hội Liên hiệp Phụ nữ xã", "hlhpn-xa", true),
        ("Đoàn Thanh niên xã", "doan-xa", true),
        ("Hội Nông dân xã", "hnd-xa", true),
        ("Hội Cựu chiến binh xã", "hccb-xa", true),
        ("Mặt trận Tổ quốc xã", "ubmttq-xa", true),
        ("MTTQ xã", "ubmttq-xa", true),
        ("BCH BĐBP tỉnh", "bdbp-tinh", false),
        ("CA tỉnh", "cong-an-tinh", false),
        ("BCĐ 138 xã", "bcd-138-xa", false),
    ] {
        let m = r
            .lookup(name)
            .unwrap_or_else(|| panic!("{name:?} is not known"));
        assert_eq!(m.agency.id, want, "{name:?}");
        if want.ends_with("-xa") || want == "truong-thon" {
            assert_eq!(m.agency.level, Some(Level::Commune), "{name:?}");
        }
        assert_eq!(m.agency.request_only, requested, "{name:?}");
    }
    // in a commune plan's sentence, as a lead
    let found = mention_ids("(Văn hóa - Xã hội xã chủ trì, phối hợp Công an xã thực hiện)");
    assert_eq!(found, ["cc-vh-xh-xa", "cong-an-xa"]);
}

/// A suggestion is never a body that did not exist on the date given (issue 15, 9).
#[test]
fn suggestions_exist_on_the_date() {
    let r = r();
    let names = |q: &str, on: Option<NaiveDate>| -> Vec<String> {
        r.suggest_on(q, 5, on)
            .iter()
            .map(|a| a.name.clone())
            .collect()
    };
    let q = "Sở Lao động Thương binh Xã hộii";
    let then = names(q, Some(day(2024, 6, 1)));
    assert_eq!(
        then.first().map(String::as_str),
        Some("Sở Lao động - Thương binh và Xã hội"),
        "{then:?}"
    );
    let now = names(q, Some(day(2026, 6, 1)));
    assert!(!now.iter().any(|n| n.contains("Thương binh")), "{now:?}");
    for a in r.suggest_on(q, 20, Some(day(2026, 6, 1))) {
        assert!(a.exists_on(day(2026, 6, 1)), "{}", a.name);
    }
    // no date: every body, as before
    assert_eq!(names(q, None), names(q, None));
    assert!(names(q, None).iter().any(|n| n.contains("Thương binh")));
}

#[test]
fn a_succession_s_work_is_listed_by_its_items_commas_inside_kept() {
    // The data separates items with ";": "phòng, chống tệ nạn xã hội" is one item.
    let r = registry();
    let moh = r
        .successors(r.get("so-ldtbxh").expect("the ended department"))
        .into_iter()
        .find(|(a, _)| a.id == "so-y-te")
        .map(|(_, s)| s.clone())
        .expect("its work that went to Sở Y tế");
    let items: Vec<&str> = Successor::items(&moh.note_vi).collect();
    assert!(items.contains(&"phòng, chống tệ nạn xã hội"), "{items:?}");
    assert_eq!(
        Successor::shown(&moh.note_vi, 3),
        "bảo trợ xã hội, trẻ em, phòng, chống tệ nạn xã hội, …"
    );
    assert_eq!(Successor::shown("giảm nghèo", 3), "giảm nghèo");
}

/// The English of the successors' work in the registry, body by body.
fn english_of(registry: &Registry) -> Vec<(String, String)> {
    registry
        .agencies()
        .iter()
        .flat_map(|a| {
            a.successors
                .iter()
                .map(move |s| (s.id.clone(), s.note_en.get().to_owned()))
        })
        .collect()
}

/// The bodies with a note, and their notes.
fn notes_of(registry: &Registry) -> Vec<(&str, Option<&str>, Option<&str>)> {
    registry
        .agencies()
        .iter()
        .filter(|a| a.note_vi.is_some() || a.note_en.is_some())
        .map(|a| (a.id.as_str(), a.note_vi.as_deref(), a.note_en.as_deref()))
        .collect()
}

/// The built-in registry read from `data/` as written, its English in place.
fn with_english_written() -> Registry {
    let raw = include_str!("../../data/agencies/bodies.txt");
    let built = data::build(raw, false, &[], PLACES, WORDS).unwrap();
    Registry {
        agencies: built.agencies,
        places: built.places,
        index: built.index,
        extra: Vec::new(),
    }
}

/// `build.rs` writes the registry's English after the messages in `baocao.en.txt`:
/// there, it is every English words of the data as the registry reads them.
#[test]
fn the_registry_s_english_is_in_the_english_file() {
    let built = include_str!(concat!(env!("OUT_DIR"), "/messages.en"));
    let at = crate::messages::english::DATA_AT;
    let written = with_english_written();
    let mut expected: Vec<String> = english_of(&written).into_iter().map(|(_, e)| e).collect();
    // The registry's lines come first among the data's (the indicators' follow them).
    let mut in_file: Vec<&str> = built.lines().skip(1 + at).take(expected.len()).collect();
    assert!(expected.len() > 50 && expected.iter().all(|e| !e.is_empty()));
    assert!(expected.contains(&"drug rehabilitation and after-care".to_owned()));
    in_file.sort_unstable();
    expected.sort_unstable();
    assert_eq!(in_file, expected);
}

/// The bodies' notes (`!` lines) are read in the library's checker as written; the
/// drop-in's checkers (English apart) carry none, as none of their functions shows one.
/// (Run both ways by scripts/test.sh.)
#[test]
fn notes_are_kept_only_where_the_english_is_built_in() {
    let written = with_english_written();
    let notes = notes_of(&written);
    assert!(notes.len() > 10, "{notes:?}");
    assert!(notes
        .iter()
        .all(|(_, vi, en)| vi.is_some() && en.is_some_and(|e| !e.is_empty())));
    if cfg!(feature = "english-apart") {
        assert_eq!(notes_of(r()), vec![]);
    } else {
        assert_eq!(notes_of(r()), notes);
    }
}

/// With the feature (English apart): the built-in registry's English, empty until the
/// English is loaded, is then the words of the data, each in its place; extra bodies keep
/// theirs. Called, once the English is loaded, by the one test of this binary that loads
/// it (`messages::english`): loading it is for the whole binary, once.
#[cfg(feature = "english-apart")]
pub(crate) fn the_registry_s_english_apart_is_in_place_once_loaded() {
    let written = with_english_written();
    let extra = "so-thu-nghiem | Sở Thử nghiệm | province | department | yes | -\n  ! riêng tỉnh | this province's own\n";
    let with_extra = r().with_extra(extra).unwrap();
    assert_eq!(english_of(r()), english_of(&written));
    let own = with_extra.get("so-thu-nghiem").unwrap();
    assert_eq!(own.note_en.as_deref(), Some("this province's own"));
    assert_eq!(
        english_of(&with_extra)[..english_of(r()).len()],
        english_of(r())[..]
    );
}

/// Where the English is apart, the built-in data has none: a line of it with English
/// is the build and the reader disagreeing, and an error.
#[test]
fn english_apart_is_read_only_where_it_was_taken_out() {
    let body = "a-b | Ban A | central | unit | no | -\n";
    let other = "a-c | Ban C | central | unit | no | -\n";
    let apart = format!("{body}  > a-c | việc |\n{other}");
    let built = data::build(&apart, true, &[], PLACES, WORDS).unwrap();
    assert_eq!(built.agencies[0].successors[0].note_en, English::Apart(0));
    let written = format!("{body}  > a-c | việc | work\n{other}");
    assert!(data::build(&written, true, &[], PLACES, WORDS).is_err());
    assert!(data::build(&apart, false, &[], PLACES, WORDS).is_err());
    let extra = [written.clone()];
    let built = data::build("", true, &extra, PLACES, WORDS).unwrap();
    assert_eq!(
        built.agencies[0].successors[0].note_en,
        English::Written("work".into())
    );
    // A note is never apart: its English is always written.
    let note = format!("{body}  ! ghi chú |\n");
    assert!(data::build(&note, true, &[], PLACES, WORDS).is_err());
}

/// A successor's or a note's line of a profile's bodies needs every field, the English
/// too; each mistake names the line and the format.
#[test]
fn successor_and_note_lines_need_every_field() {
    let body = "so-thu | Sở Thử | province | department | yes | -\n";
    let work = "expected > id | việc | work";
    let note = "expected ! ghi chú | note";
    for (line, message) in [
        ("  > so-y-te | việc", work),
        ("  > so-y-te | việc |", work),
        ("  > so-y-te |  | work", work),
        ("  > Sở Y tế | việc | work", work),
        ("  > so-y-te | việc | work | more", work),
        ("  ! ghi chú", note),
        ("  ! ghi chú |", note),
        ("  ! | a note", note),
        ("  ! ghi chú | a note | more", note),
    ] {
        let e = r().with_extra(&format!("{body}{line}\n")).unwrap_err();
        assert_eq!((e.line, e.message.as_str()), (2, message), "{line}");
    }
    let both = format!("{body}  > so-y-te | việc | work\n  ! ghi chú | a note\n");
    let with = r().with_extra(&both).unwrap();
    let added = with.get("so-thu").unwrap();
    assert_eq!(added.successors[0].note_en.get(), "work");
    assert_eq!(added.note_en.as_deref(), Some("a note"));
}
