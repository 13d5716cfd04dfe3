#![cfg(not(target_arch = "wasm32"))]
//! The agency registry and name matching: the bodies the corpus plans name, dates and
//! successors, the ways names are written, suggestions, and the data's integrity.

use baocao::agency::{find_mentions, registry, Kind, Level, Registry};
use chrono::NaiveDate;

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

const C: Option<Level> = Some(Level::Central);
const P: Option<Level> = Some(Level::Province);
const D: Option<Level> = Some(Level::District);
const X: Option<Level> = Some(Level::Commune);
const ANY: Option<Level> = None;

/// (name as a plan writes it, id, level).
fn check(cases: &[(&str, &str, Option<Level>)]) {
    let r = registry();
    let mut failures = Vec::new();
    for &(name, id, level) in cases {
        match r.lookup(name) {
            Some(m) if m.agency.id == id && m.agency.level == level => {}
            Some(m) => failures.push(format!(
                "{name:?}: got {} ({:?}), want {id} ({level:?})",
                m.agency.id, m.agency.level
            )),
            None => failures.push(format!("{name:?}: not found, want {id}")),
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn bodies_of_the_provincial_plan() {
    check(&[
        ("Ủy ban nhân dân tỉnh Hưng Yên", "ubnd-tinh", P),
        ("Thủ tướng Chính phủ", "thu-tuong", C),
        ("Các sở, ngành, đoàn thể tỉnh", "g-so-nganh", P),
        ("Ủy ban nhân dân xã, phường", "ubnd-xa", X),
        ("Ủy ban nhân dân các xã, phường", "ubnd-xa", X),
        ("Sở Văn hóa, Thể thao và Du lịch", "so-vhttdl", P),
        ("Sở Khoa học và Công nghệ", "so-khcn", P),
        ("Sở Giáo dục và Đào tạo", "so-gddt", P),
        ("Công an tỉnh", "cong-an-tinh", P),
        ("Viện Kiểm sát nhân dân", "vksnd-tinh", P),
        ("Viện Kiểm sát nhân dân tỉnh", "vksnd-tinh", P),
        ("Tòa án nhân dân tỉnh", "tand-tinh", P),
        ("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "ubmttq-tinh", P),
        ("các tổ chức thành viên", "g-doan-the", ANY),
        ("Đoàn Thanh niên", "tinh-doan", P),
        ("Hội Liên hiệp phụ nữ tỉnh", "hlhpn-tinh", P),
        ("Sở Tư pháp", "so-tu-phap", P),
        ("Sở Nội vụ", "so-noi-vu", P),
        ("Bộ Chỉ huy Quân sự tỉnh", "bchqs-tinh", P),
        ("Sở Nông nghiệp và Môi trường", "so-nn-mt", P),
        ("Sở Y tế", "so-y-te", P),
        ("Hội đồng Thẩm phán", "hdtp-tandtc", C),
        ("Hội đồng nhân dân", "hdnd-tinh", P),
        ("Phòng Cảnh sát hình sự", "phong-cshs", P),
        ("Tổ chức chính trị - xã hội", "g-doan-the", ANY),
        ("cơ sở hỗ trợ nạn nhân", "co-so-htnn", ANY),
        ("cơ sở trợ giúp xã hội", "co-so-tgxh", ANY),
        ("cơ sở bảo trợ xã hội", "co-so-tgxh", ANY),
        ("các đơn vị có liên quan", "g-co-quan", ANY),
        ("các cơ quan chức năng", "g-co-quan", ANY),
        ("các sở, ngành liên quan", "g-so-nganh", P),
        // Recipients.
        ("Thường trực Tỉnh ủy", "tinh-uy", P),
        ("Chủ tịch, các PCT UBND tỉnh", "ubnd-tinh", P),
        ("Ủy ban MTTQ Việt Nam tỉnh", "ubmttq-tinh", P),
        ("Các sở, ban, ngành, đoàn thể tỉnh", "g-so-nganh", P),
        ("UBND xã, phường", "ubnd-xa", X),
        ("Lãnh đạo VP UBND tỉnh", "vp-ubnd-tinh", P),
    ]);
}

#[test]
fn bodies_of_the_city_plan() {
    // "thành phố" alone is a centrally-run city: province level.
    check(&[
        ("Ban Chỉ đạo 138/CP", "bcd-138-cp", C),
        ("Ủy ban nhân dân thành phố", "ubnd-tinh", P),
        ("Công an thành phố", "cong-an-tinh", P),
        ("Ban Chỉ đạo 138 thành phố", "bcd-138-tinh", P),
        (
            "Đài Phát thanh và Truyền hình thành phố",
            "dai-ptth-tinh",
            P,
        ),
        ("các cơ quan thông tin, báo chí", "g-bao-chi", ANY),
        ("Sở Văn hóa và Thể thao", "so-vhtt", P),
        ("Bộ Chỉ huy Bộ đội Biên phòng thành phố", "bch-bdbp-tinh", P),
        ("Sở Ngoại vụ", "so-ngoai-vu", P),
        ("Sở Du lịch", "so-du-lich", P),
        ("Sở Giáo dục và Đào tạo", "so-gddt", P),
        ("Công an cấp xã", "cong-an-xa", X),
        ("các tổ chức chính trị - xã hội", "g-doan-the", ANY),
        ("lực lượng Cảnh sát Hình sự", "luc-luong-cshs", ANY),
        ("Bộ đội Biên phòng", "bdbp-tinh", P),
        ("Viện kiểm sát nhân dân thành phố", "vksnd-tinh", P),
        ("Tòa án nhân dân thành phố", "tand-tinh", P),
        ("Sở Y tế", "so-y-te", P),
        ("Sở Tư pháp", "so-tu-phap", P),
        ("các trung tâm trợ giúp pháp lý nhà nước", "tt-tgpl", P),
        (
            "Hội đồng Thẩm phán Tòa án nhân dân tối cao",
            "hdtp-tandtc",
            C,
        ),
        ("Trung ương Đảng", "tw-dang", C),
        ("Quốc hội", "quoc-hoi", C),
        ("Chính phủ", "chinh-phu", C),
        ("Thủ tướng Chính phủ", "thu-tuong", C),
        ("UBND cấp huyện", "ubnd-huyen", D),
        ("các sở, ban, ngành, địa phương", "g-so-nganh", P),
        // Recipients.
        ("Ban Chỉ đạo 138/CP (qua Bộ Công an)", "bcd-138-cp", C),
        ("Bộ Công an", "bo-cong-an", C),
        ("Thường trực Thành ủy", "tinh-uy", P),
        ("Thường trực HĐND Thành phố", "hdnd-tinh", P),
        ("CT và các PCT UBND Thành phố", "ubnd-tinh", P),
        ("Các sở, ban, ngành, đoàn thể thành phố", "g-so-nganh", P),
        ("Các cơ quan Trung ương đóng trên địa bàn", "g-bo-nganh", C),
        ("UBND các quận, huyện, thị xã", "ubnd-huyen", D),
        ("UBND các xã, phường, thị trấn", "ubnd-xa", X),
        ("VPUBND Thành phố: CVP, các PCVP", "vp-ubnd-tinh", P),
        (
            "Cơ quan Thường trực Ban Chỉ đạo 138 thành phố",
            "bcd-138-tinh",
            P,
        ),
    ]);
}

#[test]
fn bodies_of_the_commune_plan() {
    check(&[
        ("UBND xã Điềm He", "ubnd-xa", X),
        ("Ủy ban nhân dân tỉnh Lạng Sơn", "ubnd-tinh", P),
        ("Cấp ủy Đảng, chính quyền", "g-cap-uy", ANY),
        ("Các cơ quan, ban, ngành", "g-co-quan", ANY),
        ("các thôn", "g-thon", X),
        // A provincial body in a commune plan: A004 needs its level.
        ("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "ubmttq-tinh", P),
        ("các tổ chức chính trị – xã hội", "g-doan-the", ANY),
        ("Công an xã", "cong-an-xa", X),
        ("Ban Chỉ huy Quân sự xã", "ban-chqs-xa", X),
        ("Phòng Văn hóa – xã hội", "phong-vh-xh", X),
        ("Trung tâm dịch vụ công ích", "tt-dvci-xa", X),
        ("các trường học", "g-truong-hoc", ANY),
        ("Các cơ quan, tổ chức có liên quan", "g-co-quan", ANY),
        ("Trạm Y tế xã", "tram-y-te", X),
        ("Trạm Y tế", "tram-y-te", X),
        ("Công an tỉnh", "cong-an-tinh", P),
        ("UBND xã", "ubnd-xa", X),
        // Recipients.
        ("Thường trực Đảng ủy", "dang-uy-xa", X),
        ("HĐND xã", "hdnd-xa", X),
        ("CT, Các PCT UBND xã", "ubnd-xa", X),
        ("UBMTTQ VN xã", "ubmttq-xa", X),
        ("các tổ chức CT-XH", "g-doan-the", ANY),
        ("Các phòng, cơ quan thuộc xã", "g-phong-xa", ANY),
        ("Các trường học", "g-truong-hoc", ANY),
        ("Các thôn", "g-thon", X),
    ]);
}

#[test]
fn labour_department_ended_on_1_march_2025() {
    let r = registry();
    let m = r.lookup("Sở Lao động - Thương binh và Xã hội").unwrap();
    let a = m.agency;
    assert_eq!(a.level, P);
    assert!(a.exists_on(day(2024, 6, 1)));
    assert!(a.exists_on(day(2025, 2, 28)));
    assert!(!a.exists_on(day(2025, 3, 1)));
    assert!(!a.exists_on(day(2026, 2, 1)));
    let successors: Vec<&str> = r.successors(a).iter().map(|(s, _)| s.id.as_str()).collect();
    assert!(successors.contains(&"so-noi-vu"), "{successors:?}");
    assert!(successors.contains(&"so-y-te"), "{successors:?}");
    assert!(successors.contains(&"so-gddt"), "{successors:?}");
    let (_, to_health) = r
        .successors(a)
        .into_iter()
        .find(|(s, _)| s.id == "so-y-te")
        .unwrap();
    assert!(to_health.note_vi.contains("nạn nhân"));
    assert!(to_health.note_en.get().contains("victims"));
    for s in r.successors_on(a, day(2026, 2, 1)) {
        assert!(s.exists_on(day(2026, 2, 1)), "{}", s.id);
    }

    let ministry = r.lookup("Bộ LĐTBXH").unwrap().agency;
    assert_eq!(ministry.id, "bo-ldtbxh");
    assert!(!ministry.exists_on(day(2025, 3, 1)));
    let ids: Vec<&str> = ministry.successors.iter().map(|s| s.id.as_str()).collect();
    for want in ["bo-noi-vu", "bo-y-te", "bo-gddt"] {
        assert!(ids.contains(&want), "{ids:?}");
    }
}

#[test]
fn departments_merged_on_1_march_2025() {
    let r = registry();
    let before = day(2025, 2, 28);
    let after = day(2025, 3, 1);
    for (old, new) in [
        ("Sở Thông tin và Truyền thông", "so-khcn"),
        ("Sở Kế hoạch và Đầu tư", "so-tai-chinh"),
        ("Sở Tài nguyên và Môi trường", "so-nn-mt"),
        ("Sở Nông nghiệp và Phát triển nông thôn", "so-nn-mt"),
        ("Sở Giao thông vận tải", "so-xay-dung"),
        ("Ban Dân tộc tỉnh", "so-dt-tg"),
        ("Bộ Thông tin và Truyền thông", "bo-khcn"),
        ("Bộ Kế hoạch và Đầu tư", "bo-tai-chinh"),
        ("Bộ Giao thông vận tải", "bo-xay-dung"),
        ("Ủy ban Dân tộc", "bo-dt-tg"),
        ("Phòng Lao động - Thương binh và Xã hội", "phong-noi-vu"),
        ("Công an huyện", "cong-an-tinh"),
    ] {
        let a = r.lookup(old).unwrap_or_else(|| panic!("{old}")).agency;
        assert!(a.exists_on(before) && !a.exists_on(after), "{old}");
        let next = r.get(new).unwrap();
        assert!(next.exists_on(after), "{new}");
        assert!(a.successors.iter().any(|s| s.id == new), "{old} → {new}");
    }
    for current in [
        "Sở Nội vụ",
        "Sở Tài chính",
        "Sở Tư pháp",
        "Sở Y tế",
        "Sở Giáo dục và Đào tạo",
        "Sở Văn hóa, Thể thao và Du lịch",
        "Sở Khoa học và Công nghệ",
        "Sở Nông nghiệp và Môi trường",
        "Sở Xây dựng",
        "Sở Công Thương",
        "Sở Dân tộc và Tôn giáo",
        "Thanh tra tỉnh",
        "Văn phòng UBND tỉnh",
    ] {
        let a = r
            .lookup(current)
            .unwrap_or_else(|| panic!("{current}"))
            .agency;
        assert!(a.exists_on(day(2026, 1, 1)), "{current}");
        assert_eq!(a.level, P, "{current}");
    }
}

#[test]
fn district_level_ended_on_1_july_2025() {
    let r = registry();
    let a = r.lookup("Ủy ban nhân dân huyện").unwrap().agency;
    assert_eq!(a.level, D);
    assert!(a.exists_on(day(2025, 6, 30)));
    assert!(!a.exists_on(day(2025, 7, 1)));
    let ids: Vec<&str> = a.successors.iter().map(|s| s.id.as_str()).collect();
    assert_eq!(ids, ["ubnd-xa", "ubnd-tinh"]);
    for name in [
        "UBND quận",
        "UBND thị xã",
        "Ủy ban nhân dân cấp huyện",
        "Ủy ban nhân dân thành phố thuộc tỉnh",
    ] {
        assert_eq!(r.lookup(name).unwrap().agency.id, "ubnd-huyen", "{name}");
    }
    // Communes, wards and special zones name the same body.
    for name in [
        "UBND xã",
        "UBND phường",
        "UBND đặc khu",
        "UBND thị trấn",
        "UBND cấp xã",
    ] {
        assert_eq!(r.lookup(name).unwrap().agency.id, "ubnd-xa", "{name}");
    }
    let commune_office = r.lookup("Phòng Văn hóa - Xã hội").unwrap().agency;
    assert!(!commune_office.exists_on(day(2025, 6, 30)));
    assert!(commune_office.exists_on(day(2025, 7, 1)));
    let court = r.lookup("Tòa án nhân dân huyện").unwrap().agency;
    assert_eq!(court.successors[0].id, "tand-khu-vuc");
}

#[test]
fn names_match_however_they_are_written() {
    let r = registry();
    let same = |written: &str, id: &str| {
        let m = r
            .lookup(written)
            .unwrap_or_else(|| panic!("{written:?} not found"));
        assert_eq!(m.agency.id, id, "{written:?}");
    };
    // Case, spacing, line wraps, dash styles.
    same("SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH", "so-vhttdl");
    same("sở văn hóa, thể thao và du lịch", "so-vhttdl");
    same("Sở  Văn hóa,   Thể thao\nvà Du lịch", "so-vhttdl");
    same("Ủy ban nhân dân\n\nxã", "ubnd-xa");
    same("Sở Lao động – Thương binh và Xã hội", "so-ldtbxh");
    same("Sở Lao động — Thương binh và Xã hội", "so-ldtbxh");
    same("Sở Lao động-Thương binh và Xã hội", "so-ldtbxh");
    same("Sở Lao động, Thương binh và Xã hội", "so-ldtbxh");
    // Old and new tone placement, NFD.
    same("Uỷ ban nhân dân tỉnh", "ubnd-tinh");
    same("Sở Văn hoá, Thể thao và Du lịch", "so-vhttdl");
    same("Toà án nhân dân tỉnh", "tand-tinh");
    let nfd = "U\u{309}y ban Ma\u{306}\u{323}t tra\u{323}\u{302}n To\u{302}\u{309} quo\u{302}\u{301}c Vie\u{323}\u{302}t Nam xa\u{303}";
    same(nfd, "ubmttq-xa");
    assert!(r.lookup(nfd).unwrap().marks_ok);
    // Province and city, commune, ward and special zone.
    same("Công an thành phố", "cong-an-tinh");
    same("Công an tỉnh", "cong-an-tinh");
    same("Công an phường", "cong-an-xa");
    same("Công an đặc khu", "cong-an-xa");
    // Abbreviations.
    for (written, id) in [
        ("UBND tỉnh", "ubnd-tinh"),
        ("HĐND xã", "hdnd-xa"),
        ("UBMTTQ tỉnh", "ubmttq-tinh"),
        ("Ủy ban MTTQ xã", "ubmttq-xa"),
        ("MTTQ tỉnh", "ubmttq-tinh"),
        ("VKSND tỉnh", "vksnd-tinh"),
        ("TAND tỉnh", "tand-tinh"),
        ("CA xã", "cong-an-xa"),
        ("CAT", "cong-an-tinh"),
        ("BĐBP tỉnh", "bdbp-tinh"),
        ("BCH QS xã", "ban-chqs-xa"),
        ("BCHQS xã", "ban-chqs-xa"),
        ("BCHQS tỉnh", "bchqs-tinh"),
        ("Sở LĐTBXH", "so-ldtbxh"),
        ("Sở LĐ-TB&XH", "so-ldtbxh"),
        ("Bộ VHTTDL", "bo-vhttdl"),
        ("Sở KH&CN", "so-khcn"),
        ("Sở GD&ĐT", "so-gddt"),
        ("Sở TT&TT", "so-tttt"),
        ("Sở NN&MT", "so-nn-mt"),
        ("PCT UBND tỉnh", "ubnd-tinh"),
        ("BCĐ 138 tỉnh", "bcd-138-tinh"),
        ("BCĐ 138/CP", "bcd-138-cp"),
        ("Đài PT-TH tỉnh", "dai-ptth-tinh"),
        ("Hội LHPN xã", "hlhpn-xa"),
        ("Công an TP. Hồ Chí Minh", "cong-an-tinh"),
    ] {
        same(written, id);
    }
    // Places after the name, and leading words.
    let m = r.lookup("Sở Y tế tỉnh Hưng Yên").unwrap();
    assert_eq!(m.agency.id, "so-y-te");
    let q = m.place.unwrap();
    assert_eq!(q.text, "Hưng Yên");
    assert_eq!(q.place.unwrap().name, "Hưng Yên");
    let m = r.lookup("Đề nghị Ủy ban nhân dân xã Điềm He").unwrap();
    assert_eq!(m.agency.id, "ubnd-xa");
    assert_eq!(m.place.unwrap().text, "Điềm He");
    let m = r.lookup("Công an thành phố Hải Phòng").unwrap();
    assert_eq!(
        m.place.unwrap().place.unwrap().full_name(),
        "thành phố Hải Phòng"
    );
    // Unmarked input matches, flagged.
    let m = r.lookup("Cong an tinh").unwrap();
    assert_eq!(m.agency.id, "cong-an-tinh");
    assert!(!m.marks_ok);
    // A successor in parentheses is a correct historical reference.
    same(
        "Bộ Lao động – Thương binh và Xã hội (nay là Bộ Y tế)",
        "bo-ldtbxh",
    );
    // Not names.
    for not in [
        "Sở Y tế xã",
        "mua bán người",
        "Công an",
        "Đảng ủy, HĐND xã",
        "",
    ] {
        assert!(r.lookup(not).is_none(), "{not:?}");
    }
}

#[test]
fn suggestions_for_near_misses() {
    let r = registry();
    let first = |q: &str| r.suggest(q, 5).first().map(|a| a.id.as_str());
    assert_eq!(first("Sở Y tê"), Some("so-y-te"));
    assert_eq!(first("Cong an tinh"), Some("cong-an-tinh"));
    assert_eq!(first("Sở Văn hoá Thể thao"), Some("so-vhttdl"));
    assert_eq!(first("Sở Tư phap"), Some("so-tu-phap"));
    assert_eq!(first("Uỷ ban nhân dân xa Điềm He"), Some("ubnd-xa"));
    assert_eq!(
        first("Ủy ban Mặt trận Tổ quốc Việt nam tỉh"),
        Some("ubmttq-tinh")
    );
    assert_eq!(first("Viện kiểm soát nhân dân tỉnh"), Some("vksnd-tinh"));
    let five = r.suggest("Sở Y tê", 5);
    assert!(five.len() <= 5);
    assert_eq!(
        r.suggest("hoàn toàn không phải tên cơ quan nào", 5).len(),
        0
    );
}

#[test]
fn mentions_in_sentences() {
    let show = |text: &str| -> Vec<(String, String, bool)> {
        find_mentions(text)
            .into_iter()
            .map(|(range, m)| (text[range].to_owned(), m.agency.id.clone(), m.level_stated))
            .collect()
    };
    let s = |a: &str, b: &str, c: bool| (a.to_owned(), b.to_owned(), c);
    assert_eq!(
        show("Công an tỉnh chủ trì, phối hợp với Viện Kiểm sát nhân dân, Tòa án nhân dân tỉnh thực hiện"),
        [
            s("Công an tỉnh", "cong-an-tinh", true),
            s("Viện Kiểm sát nhân dân", "vksnd-tinh", false),
            s("Tòa án nhân dân tỉnh", "tand-tinh", true),
        ]
    );
    assert_eq!(
        show(
            "(***Công an thành phố chủ trì, phối hợp các sở, ban, ngành, địa phương thực hiện***)"
        ),
        [
            s("Công an thành phố", "cong-an-tinh", true),
            s("các sở, ban, ngành, địa phương", "g-so-nganh", true),
        ]
    );
    assert_eq!(
        show("- Cơ quan thực hiện: Công an xã, Ban Chỉ huy Quân sự xã, Phòng Văn hóa – xã hội, các thôn."),
        [
            s("Công an xã", "cong-an-xa", true),
            s("Ban Chỉ huy Quân sự xã", "ban-chqs-xa", true),
            s("Phòng Văn hóa – xã hội", "phong-vh-xh", true),
            s("các thôn", "g-thon", true),
        ]
    );
    assert_eq!(
        show("3.5. Bộ Chỉ huy Quân sự tỉnh phối hợp với Sở Nông nghiệp và Môi trường, Ủy ban nhân dân các xã ven biển"),
        [
            s("Bộ Chỉ huy Quân sự tỉnh", "bchqs-tinh", true),
            s("Sở Nông nghiệp và Môi trường", "so-nn-mt", true),
            s("Ủy ban nhân dân các xã", "ubnd-xa", true),
        ]
    );
    assert_eq!(
        show("gửi về Ủy ban nhân dân tỉnh (*qua Công an tỉnh - Phòng Cảnh sát hình sự*)"),
        [
            s("Ủy ban nhân dân tỉnh", "ubnd-tinh", true),
            s("Công an tỉnh", "cong-an-tinh", true),
            s("Phòng Cảnh sát hình sự", "phong-cshs", true),
        ]
    );
    assert_eq!(
        show("Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức thành viên:"),
        [
            s("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "ubmttq-tinh", true),
            s("các tổ chức thành viên", "g-doan-the", true),
        ]
    );
    // A place the data does not know ends where another body's name begins: a header's
    // two issuer lines read as one ("UBND HUYỆN ĐÔNG ANH" / "CÔNG AN XÃ VIỆT HÙNG").
    assert_eq!(
        show("UBND HUYỆN ĐÔNG ANH CÔNG AN XÃ VIỆT HÙNG"),
        [
            s("UBND HUYỆN ĐÔNG ANH", "ubnd-huyen", true),
            s("CÔNG AN XÃ VIỆT HÙNG", "cong-an-xa", true),
        ]
    );
    // Ranges are byte offsets into the text, NFD or not.
    let nfd = "giao Co\u{302}ng an xa\u{303} thực hiện";
    let found = find_mentions(nfd);
    assert_eq!(found.len(), 1);
    assert_eq!(&nfd[found[0].0.clone()], "Co\u{302}ng an xa\u{303}");
    // Generic groups are kind generic.
    let (_, m) = &find_mentions("phối hợp các cơ quan, tổ chức có liên quan")[0];
    assert_eq!(m.agency.kind, Kind::Generic);
}

#[test]
fn registry_data_is_consistent() {
    let r = Registry::builtin().unwrap_or_else(|e| panic!("{e}"));
    let agencies = r.agencies();
    let mut failures = Vec::new();
    for (i, a) in agencies.iter().enumerate() {
        if agencies[..i].iter().any(|b| b.id == a.id) {
            failures.push(format!("duplicate id {}", a.id));
        }
        if let (Some(f), Some(t)) = (a.valid_from, a.valid_to) {
            if f > t {
                failures.push(format!("{}: starts after it ends", a.id));
            }
        }
        if a.valid_to.is_some() && a.successors.is_empty() {
            failures.push(format!("{}: ended with no successor", a.id));
        }
        if a.valid_to.is_none() && !a.successors.is_empty() {
            failures.push(format!("{}: successors but no end", a.id));
        }
        for s in &a.successors {
            match r.get(&s.id) {
                None => failures.push(format!("{}: unknown successor {}", a.id, s.id)),
                Some(next) => {
                    let end = a.valid_to.and_then(|t| t.succ_opt());
                    if end.is_some_and(|d| !next.exists_on(d)) {
                        failures.push(format!("{}: {} does not exist the next day", a.id, s.id));
                    }
                }
            }
            if s.note_vi.is_empty() || s.note_en.get().is_empty() {
                failures.push(format!("{} → {}: a note in both languages", a.id, s.id));
            }
        }
        if a.request_only && a.under_committee {
            failures.push(format!(
                "{}: both under the committee and request-only",
                a.id
            ));
        }
        // Every name and variant finds its own body (no name names two bodies).
        for name in std::iter::once(&a.name).chain(&a.variants) {
            match r.lookup(name) {
                Some(m) if m.agency.id == a.id => {}
                Some(m) => failures.push(format!("{name:?} finds {} not {}", m.agency.id, a.id)),
                None => failures.push(format!("{name:?} finds nothing, want {}", a.id)),
            }
        }
    }
    let places = r.places();
    for p in places {
        for name in std::iter::once(&p.name).chain(&p.variants) {
            if r.place(name).map(|q| &q.name) != Some(&p.name) {
                failures.push(format!("place {name:?} does not find {}", p.name));
            }
        }
        if let Some(b) = &p.became {
            if r.place(b).is_none() {
                failures.push(format!("{} became unknown {b}", p.name));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    // Kinds and levels as DESIGN §2.4 has them.
    for (id, under, request) in [
        ("so-y-te", true, false),
        ("cong-an-tinh", false, false),
        ("bchqs-tinh", false, false),
        ("tand-tinh", false, true),
        ("vksnd-tinh", false, true),
        ("ubmttq-tinh", false, true),
        ("hlhpn-tinh", false, true),
        ("tinh-uy", false, true),
    ] {
        let a = r.get(id).unwrap();
        assert_eq!(
            (a.under_committee, a.request_only),
            (under, request),
            "{id}"
        );
    }
}

#[test]
fn the_34_provinces() {
    let r = registry();
    let on = day(2025, 7, 1);
    let now: Vec<&str> = r
        .places()
        .iter()
        .filter(|p| p.exists_on(on))
        .map(|p| p.name.as_str())
        .collect();
    assert_eq!(now.len(), 34);
    for merged in [
        "Hà Giang",
        "Thái Bình",
        "Hải Dương",
        "Quảng Nam",
        "Bình Dương",
        "Kiên Giang",
    ] {
        let p = r.place(merged).unwrap();
        assert!(
            p.exists_on(day(2025, 6, 30)) && !p.exists_on(on),
            "{merged}"
        );
        assert!(r
            .place_on(p, on)
            .is_some_and(|q| now.contains(&q.name.as_str())));
    }
    assert_eq!(
        r.place("Hà Giang").unwrap().became.as_deref(),
        Some("Tuyên Quang")
    );
    assert_eq!(
        r.place("Thái Bình").unwrap().became.as_deref(),
        Some("Hưng Yên")
    );
    assert!(r.place("Lạng Sơn").unwrap().became.is_none());
}
