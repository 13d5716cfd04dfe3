//! The reader of Word documents on small documents built here (the fixtures made by
//! pandoc are checked end to end in tests/docx.rs).

use super::zip::tests::stored;
use super::*;

const W: &str = r#"xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main""#;

fn doc(body: &str) -> String {
    format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document {W}><w:body>{body}</w:body></w:document>"#
    )
}

fn p(text: &str) -> String {
    format!("<w:p><w:r><w:t xml:space=\"preserve\">{text}</w:t></w:r></w:p>")
}

/// A table cell of these paragraphs.
fn cell(ps: &[&str]) -> String {
    format!(
        "<w:tc>{}</w:tc>",
        ps.iter().map(|t| p(t)).collect::<String>()
    )
}

/// A table row of these cells.
fn row(cells: &[&[&str]]) -> String {
    format!(
        "<w:tr>{}</w:tr>",
        cells.iter().map(|c| cell(c)).collect::<String>()
    )
}

/// The row of column titles of a table of tasks.
fn task_titles() -> String {
    row(&[
        &["STT"],
        &["Nội dung"],
        &["Cơ quan chủ trì"],
        &["Cơ quan phối hợp"],
    ])
}

fn numbered(num: u32, lvl: u32, text: &str) -> String {
    format!(
        r#"<w:p><w:pPr><w:numPr><w:ilvl w:val="{lvl}"/><w:numId w:val="{num}"/></w:numPr></w:pPr><w:r><w:t>{text}</w:t></w:r></w:p>"#
    )
}

const NUMBERING: &str = r#"<w:numbering xmlns:w="w">
  <w:abstractNum w:abstractNumId="0">
    <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1."/></w:lvl>
  </w:abstractNum>
  <w:abstractNum w:abstractNumId="1">
    <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%1)"/></w:lvl>
  </w:abstractNum>
  <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
  <w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>
</w:numbering>"#;

fn extract_body(body: &str) -> Extracted {
    let d = doc(body);
    let zip = stored(&[
        ("word/numbering.xml", NUMBERING.as_bytes()),
        ("word/document.xml", d.as_bytes()),
    ]);
    extract(&zip).unwrap()
}

#[test]
fn paragraphs_labels_and_their_lines() {
    let body = [
        p("KẾ HOẠCH"),
        numbered(1, 0, "MỤC TIÊU"),
        numbered(2, 0, "Một"),
        "<w:p/>".to_owned(),
        numbered(2, 0, "Hai"),
        numbered(1, 0, "NHIỆM VỤ"),
    ]
    .concat();
    let e = extract_body(&body);
    assert_eq!(
        e.text,
        "KẾ HOẠCH\nI. MỤC TIÊU\na) Một\nb) Hai\nII. NHIỆM VỤ"
    );
    assert_eq!(e.paragraph(1), Some(1));
    assert_eq!(e.paragraph(3), Some(3));
    assert_eq!(e.paragraph(4), Some(5)); // the empty paragraph 4 counts
    assert_eq!(e.paragraph(5), Some(6));
    assert_eq!(e.paragraph(6), None);
}

#[test]
fn tracked_changes_fields_comments() {
    let body = r#"<w:p><w:r><w:t>Số: </w:t></w:r><w:ins w:id="1"><w:r><w:t>57</w:t></w:r></w:ins><w:del w:id="2"><w:r><w:delText>56</w:delText></w:r></w:del><w:r><w:t>/KH-UBND</w:t></w:r><w:commentRangeStart w:id="3"/><w:r><w:commentReference w:id="3"/></w:r><w:r><w:footnoteReference w:id="1"/></w:r></w:p>
<w:p><w:r><w:t xml:space="preserve">Trang </w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>3</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r><w:fldSimple w:instr=" DATE "><w:r><w:t> hôm nay</w:t></w:r></w:fldSimple></w:p>"#;
    let e = extract_body(body);
    assert_eq!(e.text, "Số: 57/KH-UBND\nTrang 3 hôm nay");
}

#[test]
fn layout_tables_are_blocks_and_figure_tables_rows() {
    let header = format!(
        "<w:tbl><w:tr>{}{}</w:tr><w:tr>{}{}</w:tr></w:tbl>",
        cell(&["ỦY BAN NHÂN DÂN", "TỈNH LẠNG SƠN"]),
        cell(&[
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "Độc lập - Tự do - Hạnh phúc"
        ]),
        cell(&["Số: 57/KH-UBND"]),
        cell(&["Lạng Sơn, ngày 02 tháng 4 năm 2026"]),
    );
    let figures = format!(
        "<w:tbl><w:tr>{}{}</w:tr><w:tr>{}{}</w:tr></w:tbl>",
        cell(&["Chỉ tiêu"]),
        cell(&["Số liệu"]),
        cell(&["Số vụ án đã khởi tố"]),
        cell(&["12"]),
    );
    let e = extract_body(&format!("{header}{}{figures}", p("KẾ HOẠCH")));
    assert_eq!(
        e.text,
        "ỦY BAN NHÂN DÂN\nTỈNH LẠNG SƠN\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n\
         Số: 57/KH-UBND\n\nLạng Sơn, ngày 02 tháng 4 năm 2026\n\nKẾ HOẠCH\n\nChỉ tiêu\tSố liệu\nSố vụ án đã khởi tố\t12\n"
    );
    assert_eq!(e.paragraph(2), Some(2));
    assert_eq!(e.paragraph(4), Some(3));
    assert_eq!(e.paragraph(14), Some(10));
}

/// A table of tasks under a row of column titles is read as rows even where a cell holds
/// several paragraphs (two partners, one a paragraph); a two-column table of such cells
/// is still the page's layout.
#[test]
fn titled_tables_are_rows_though_a_cell_has_paragraphs() {
    let tasks = format!(
        "<w:tbl>{}{}</w:tbl>",
        task_titles(),
        row(&[
            &["1"],
            &["Tuyên truyền"],
            &["Công an tỉnh"],
            &["Sở Y tế;", "Sở Tư pháp"]
        ]),
    );
    let e = extract_body(&tasks);
    assert_eq!(
        e.text,
        "STT\tNội dung\tCơ quan chủ trì\tCơ quan phối hợp\n1\tTuyên truyền\tCông an tỉnh\tSở Y tế; Sở Tư pháp\n"
    );
    // without titles over it (the first row's cell in two paragraphs), a layout
    let untitled = format!(
        "<w:tbl>{}{}</w:tbl>",
        row(&[
            &["Nơi nhận:", "- Như trên;"],
            &["TM. ỦY BAN NHÂN DÂN"],
            &["CHỦ TỊCH"]
        ]),
        row(&[&[""], &[""], &["Nguyễn Văn An"]]),
    );
    let e = extract_body(&untitled);
    assert!(
        e.text.starts_with("Nơi nhận:\n- Như trên;\n\n"),
        "{:?}",
        e.text
    );
}

/// A Word plan whose tasks are a table: the row with an empty lead cell is A001, at its
/// paragraph, though another row's partners are two paragraphs.
#[test]
fn a_word_table_of_tasks_is_judged_row_by_row() {
    let table = format!(
        "<w:tbl>{}{}{}</w:tbl>",
        task_titles(),
        row(&[
            &["1"],
            &["Tuyên truyền tại cơ sở"],
            &["Công an tỉnh"],
            &["Sở Y tế;", "Sở Tư pháp"]
        ]),
        row(&[&["2"], &["Hỗ trợ nạn nhân trở về"], &[""], &["Sở Y tế"]]),
    );
    let text = crate::rules::testing::plan_with("- Công an tỉnh chủ trì thực hiện.", "TABLE");
    let body: String = text
        .lines()
        .filter(|l| !l.is_empty())
        .map(|l| if l == "TABLE" { table.clone() } else { p(l) })
        .collect();
    let d = doc(&body);
    let zip = stored(&[("word/document.xml", d.as_bytes())]);
    let checked = crate::check_docx(&zip, &crate::Options::default()).unwrap();
    let a001: Vec<_> = checked
        .checked
        .findings
        .iter()
        .filter(|f| f.code == "A001")
        .collect();
    assert_eq!(a001.len(), 1, "{:#?}", checked.checked.findings);
    assert!(
        a001[0].message.contains("Nhiệm vụ 2 chưa giao"),
        "{}",
        a001[0].message
    );
    let f = a001[0];
    let marked: String = checked
        .text
        .chars()
        .skip(f.start)
        .take(f.end - f.start)
        .collect();
    assert_eq!(marked, "Hỗ trợ nạn nhân trở về");
    // the row's paragraph: its first cell's
    assert_eq!(
        f.excerpt.as_deref(),
        Some("2 Hỗ trợ nạn nhân trở về  Sở Y tế")
    );
    assert!(f.paragraph.is_some());
}

#[test]
fn word_letters_have_no_dd_and_the_finding_says_so() {
    let mut items = String::new();
    for t in ["Một", "Hai", "Ba", "Bốn", "Năm"] {
        items.push_str(&numbered(2, 0, t));
    }
    let body = format!(
        "{}{}{items}{}",
        p("KẾ HOẠCH"),
        numbered(1, 0, "MỤC TIÊU"),
        numbered(1, 0, "NHIỆM VỤ")
    );
    let d = doc(&body);
    let zip = stored(&[
        ("word/numbering.xml", NUMBERING.as_bytes()),
        ("word/document.xml", d.as_bytes()),
    ]);
    let checked = crate::check_docx(&zip, &crate::Options::default()).unwrap();
    assert!(checked.text.contains("d) Bốn\ne) Năm"), "{}", checked.text);
    let s004: Vec<_> = checked
        .checked
        .findings
        .iter()
        .filter(|f| f.code == "S004")
        .collect();
    assert_eq!(s004.len(), 1, "{:#?}", checked.checked.findings);
    assert_eq!(s004[0].paragraph, Some(7));
    assert_eq!(s004[0].excerpt.as_deref(), Some("e) Năm"));
    assert!(s004[0]
        .hint
        .as_deref()
        .unwrap()
        .contains("gõ chữ cái bằng tay"));
    let mut json = String::new();
    s004[0].write_json(&mut json);
    assert!(
        json.ends_with(r#","paragraph":7,"excerpt":"e) Năm"}"#),
        "{json}"
    );
}

#[test]
fn hostile_files_are_refused() {
    assert_eq!(
        extract(b"plain text, not a zip").unwrap_err(),
        DocxError::NotZip
    );
    assert_eq!(
        extract(&[0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]).unwrap_err(),
        DocxError::OldWord
    );
    let other = stored(&[("content.xml", b"<a/>")]);
    assert_eq!(extract(&other).unwrap_err(), DocxError::NoDocument);
    let d = doc(&p("KẾ HOẠCH"));
    let good = stored(&[("word/document.xml", d.as_bytes())]);
    assert!(extract(&good).is_ok());
    for cut in [4, 40, good.len() - 30, good.len() - 1] {
        assert_eq!(
            extract(&good[..cut]).unwrap_err(),
            DocxError::Truncated,
            "{cut}"
        );
    }
    let dtd = r#"<?xml version="1.0"?><!DOCTYPE w [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]><w:document><w:body><w:p><w:r><w:t>&b;</w:t></w:r></w:p></w:body></w:document>"#;
    let entity = stored(&[("word/document.xml", dtd.as_bytes())]);
    assert_eq!(extract(&entity).unwrap_err(), DocxError::Dtd);
    let broken = stored(&[("word/document.xml", b"<w:document><w:body><w:p>")]);
    assert!(extract(&broken).is_ok()); // cut-off XML: what was read is kept
    let garbage = stored(&[("word/document.xml", b"<w:document></w:body>\xff<")]);
    assert!(extract(&garbage).is_err());
}

#[cfg(feature = "inflate")]
#[test]
fn zip_bombs_are_refused() {
    // 60 MB of zeros deflate to some 60 KB: over the size limit.
    let zeros = vec![b'0'; 60_000_000];
    let compress = |b: &[u8]| miniz_oxide::deflate::compress_to_vec(b, 6);
    let bomb = super::zip::tests::build(&[("word/document.xml", &zeros)], 8, compress);
    assert_eq!(extract(&bomb).unwrap_err(), DocxError::TooLarge);
    // 5 MB of zeros: under the size limit, over the ratio.
    let ratio =
        super::zip::tests::build(&[("word/document.xml", &zeros[..5_000_000])], 8, compress);
    assert_eq!(extract(&ratio).unwrap_err(), DocxError::TooLarge);
}

#[cfg(feature = "inflate")]
#[test]
fn deflated_parts_are_read() {
    let d = doc(&p("KẾ HOẠCH"));
    let compress = |b: &[u8]| miniz_oxide::deflate::compress_to_vec(b, 6);
    let zip = super::zip::tests::build(&[("word/document.xml", d.as_bytes())], 8, compress);
    assert_eq!(extract(&zip).unwrap().text, "KẾ HOẠCH");
    // Cut inside the deflated stream, the directory kept: damaged, not a panic.
    let raw_at = 30 + "word/document.xml".len();
    let mut cut = zip.clone();
    for b in &mut cut[raw_at + 5..raw_at + 20] {
        *b = 0xff;
    }
    assert!(extract(&cut).is_err());
}

/// An inflater outside the crate, as the page's (`DecompressionStream`): it inflates
/// the parts [`deflated_parts`] lists, each stopped one byte past its `most`.
#[cfg(feature = "inflate")]
fn as_the_page_would(bytes: &[u8]) -> Result<Extracted, DocxError> {
    let parts = deflated_parts(bytes)?;
    let given: Vec<(&str, Option<Vec<u8>>)> = parts
        .iter()
        .map(|p| {
            let mut out = inflate(&bytes[p.raw.clone()], usize::MAX).ok();
            if let Some(out) = &mut out {
                out.truncate(p.most + 1);
            }
            (p.name, out)
        })
        .collect();
    extract_with(bytes, |name: &str, _: &[u8], most| {
        match given.iter().find(|(n, _)| *n == name) {
            Some((_, Some(data))) if data.len() > most => Err(DocxError::TooLarge),
            Some((_, Some(data))) => Ok(data.clone()),
            Some((_, None)) => Err(DocxError::Truncated),
            None => Err(DocxError::Unsupported("deflate")),
        }
    })
}

#[cfg(feature = "inflate")]
#[test]
fn parts_inflated_outside_read_as_inflated_inside() {
    let compress = |b: &[u8]| miniz_oxide::deflate::compress_to_vec(b, 6);
    let d = doc(&(p("KẾ HOẠCH") + &numbered(1, 0, "Mục tiêu")));
    let zip = super::zip::tests::build(
        &[
            ("word/document.xml", d.as_bytes()),
            ("word/styles.xml", b"<w:styles/>"),
        ],
        8,
        compress,
    );
    let parts = deflated_parts(&zip).unwrap();
    assert_eq!(
        parts.iter().map(|p| p.name).collect::<Vec<_>>(),
        ["word/document.xml", "word/styles.xml"]
    );
    assert!(parts.iter().all(|p| p.most == 1 << 20), "{parts:?}");
    assert_eq!(
        as_the_page_would(&zip).unwrap().text,
        extract(&zip).unwrap().text
    );
    // Stored parts are not listed: the reader takes them as they are.
    let plain = stored(&[("word/document.xml", d.as_bytes())]);
    assert_eq!(deflated_parts(&plain).unwrap(), vec![]);
    assert_eq!(
        as_the_page_would(&plain).unwrap().text,
        extract(&plain).unwrap().text
    );
    // A part the page could not inflate (null in the page) is a damaged file.
    let refused = extract_with(&zip, |_: &str, _: &[u8], _| Err(DocxError::Truncated));
    assert_eq!(refused.unwrap_err(), DocxError::Truncated);
    // Not a zip: the same error before anything is inflated.
    assert_eq!(
        deflated_parts(b"KE HOACH").unwrap_err(),
        extract(b"KE HOACH").unwrap_err()
    );
}

#[cfg(feature = "inflate")]
#[test]
fn a_zip_bomb_stopped_one_byte_past_its_most_is_refused() {
    let zeros = vec![b'0'; 60_000_000];
    let compress = |b: &[u8]| miniz_oxide::deflate::compress_to_vec(b, 6);
    for size in [60_000_000, 5_000_000] {
        let bomb = super::zip::tests::build(&[("word/document.xml", &zeros[..size])], 8, compress);
        let most = deflated_parts(&bomb).unwrap()[0].most;
        assert!(most < size, "{most} ≥ {size}");
        assert_eq!(
            as_the_page_would(&bomb).unwrap_err(),
            DocxError::TooLarge,
            "{size}"
        );
    }
    // Just under the ratio: read.
    let under = super::zip::tests::build(&[("word/document.xml", &zeros[..1 << 20])], 8, compress);
    let part = &deflated_parts(&under).unwrap()[0];
    assert!(part.most >= 1 << 20);
}

#[test]
fn a_style_with_a_list_numbers_its_paragraphs() {
    // Word's "List Number" style: the list is in styles.xml, not in the paragraph.
    let styles = r#"<w:styles xmlns:w="w">
      <w:style w:type="paragraph" w:styleId="Muc"><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>
      <w:style w:type="paragraph" w:styleId="MucCon"><w:basedOn w:val="Muc"/></w:style>
    </w:styles>"#;
    let para = |style: &str, text: &str| {
        format!(
            r#"<w:p><w:pPr><w:pStyle w:val="{style}"/></w:pPr><w:r><w:t>{text}</w:t></w:r></w:p>"#
        )
    };
    let body = [
        para("Muc", "MỤC TIÊU"),
        para("MucCon", "NHIỆM VỤ"),
        para("Normal", "Nội dung"),
    ]
    .concat();
    let d = doc(&body);
    let zip = stored(&[
        ("word/numbering.xml", NUMBERING.as_bytes()),
        ("word/styles.xml", styles.as_bytes()),
        ("word/document.xml", d.as_bytes()),
    ]);
    assert_eq!(
        extract(&zip).unwrap().text,
        "I. MỤC TIÊU\nII. NHIỆM VỤ\nNội dung"
    );
}

#[test]
fn many_unclosed_fields_stay_linear() {
    // Field beginnings and runs of text in one paragraph: each run is not held up by a
    // scan of the open fields. Four times the fields take about four times as long (a
    // scan per run would take sixteen): a ratio of the fastest of three runs each, so
    // that a loaded machine slows both sizes alike, never a time limit.
    let begin = r#"<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:t>x</w:t></w:r>"#;
    let fastest = |fields: usize| {
        let body = format!("<w:p>{}</w:p>{}", begin.repeat(fields), p("KẾ HOẠCH"));
        (0..3)
            .map(|_| {
                let started = std::time::Instant::now();
                assert_eq!(extract_body(&body).text, "KẾ HOẠCH");
                started.elapsed()
            })
            .min()
            .unwrap_or_default()
    };
    let small = fastest(10_000);
    let large = fastest(40_000);
    assert!(
        large < small * 8,
        "10,000 fields: {small:?}; 40,000: {large:?}"
    );
}
