//! The parts each kind of document must have, as data: names, the words a heading
//! uses for them, whether required, and their order. Profiles may replace it.

use super::closing::starts_with_words;
use super::{DocKind, Document};
use crate::text::{contains_words, fold};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Required {
    Always,
    /// Only in multi-year programme plans (`giai đoạn 2026 - 2030`).
    ProgrammePlan,
    No,
}

pub struct PartSpec {
    pub vi: &'static str,
    pub en: &'static str,
    /// Folded words any of which marks a heading as this part.
    pub keywords: &'static [&'static str],
    /// Folded words that mark a heading as this part when it begins with them: a
    /// report's “NHIỆM VỤ QUÝ IV NĂM 2026” (elsewhere in a heading “nhiệm vụ” is the
    /// results' too: “Kết quả thực hiện nhiệm vụ”).
    pub openings: &'static [&'static str],
    pub required: Required,
    /// Parts whose headings name no known part count as this one: plans and reports
    /// often give each task area a part of its own ("II. CÔNG TÁC TUYÊN TRUYỀN").
    pub covers_unnamed: bool,
    /// The key of the part in the report form's `sections` (DESIGN §4.4).
    pub form_key: Option<&'static str>,
    /// Whether a body that opens an item here is given the task (a plan's parts, a
    /// report's next steps), not said to have done it (a report's situation, results
    /// and assessment: a report tells what its bodies did, as its form does).
    pub assigns: bool,
}

pub static PLAN_PARTS: &[PartSpec] = &[
    PartSpec {
        vi: "Mục tiêu, yêu cầu",
        en: "Objectives and requirements",
        keywords: &["muc tieu", "muc dich", "yeu cau"],
        openings: &[],
        required: Required::Always,
        covers_unnamed: false,
        form_key: None,
        assigns: true,
    },
    PartSpec {
        vi: "Nhiệm vụ, giải pháp",
        en: "Tasks and solutions",
        keywords: &["nhiem vu", "giai phap", "noi dung", "phan cong"],
        openings: &[],
        required: Required::Always,
        covers_unnamed: true,
        form_key: None,
        assigns: true,
    },
    PartSpec {
        vi: "Kinh phí",
        en: "Funding",
        keywords: &["kinh phi"],
        openings: &[],
        required: Required::ProgrammePlan,
        covers_unnamed: false,
        form_key: None,
        assigns: true,
    },
    PartSpec {
        vi: "Tổ chức thực hiện",
        en: "Organisation of implementation",
        keywords: &[
            "to chuc thuc hien",
            "trach nhiem thuc hien",
            "to chuc trien khai",
            "trach nhiem cua",
        ],
        openings: &[],
        required: Required::Always,
        covers_unnamed: false,
        form_key: None,
        assigns: true,
    },
];

pub static REPORT_PARTS: &[PartSpec] = &[
    PartSpec {
        vi: "Tình hình",
        en: "Situation",
        keywords: &["tinh hinh", "khai quat", "dac diem"],
        openings: &[],
        required: Required::No,
        covers_unnamed: false,
        form_key: Some("situation"),
        assigns: false,
    },
    PartSpec {
        vi: "Kết quả thực hiện",
        en: "Results",
        keywords: &["ket qua"],
        openings: &[],
        required: Required::Always,
        covers_unnamed: true,
        form_key: Some("results"),
        assigns: false,
    },
    PartSpec {
        vi: "Đánh giá",
        en: "Assessment",
        keywords: &[
            "danh gia",
            "nhan xet",
            "uu diem",
            "han che",
            "ton tai",
            "kho khan",
            "vuong mac",
            "bai hoc kinh nghiem",
        ],
        openings: &[],
        required: Required::Always,
        covers_unnamed: false,
        form_key: Some("assessment"),
        assigns: false,
    },
    PartSpec {
        vi: "Phương hướng, nhiệm vụ",
        en: "Direction for the next period",
        keywords: &[
            "phuong huong",
            "nhiem vu trong tam",
            "nhiem vu thoi gian toi",
            "nhiem vu giai phap",
        ],
        openings: &[
            "nhiem vu",
            "cac nhiem vu",
            "mot so nhiem vu",
            "nhung nhiem vu",
            "ke hoach",
        ],
        required: Required::Always,
        covers_unnamed: false,
        form_key: Some("nextSteps"),
        assigns: true,
    },
    PartSpec {
        vi: "Đề xuất, kiến nghị",
        en: "Proposals",
        keywords: &["de xuat", "kien nghi"],
        openings: &[],
        required: Required::No,
        covers_unnamed: false,
        form_key: Some("proposals"),
        assigns: true,
    },
];

impl PartSpec {
    /// Whether a heading's title, folded, names this part.
    fn named_in(&self, folded: &str) -> bool {
        self.keywords.iter().any(|k| contains_words(folded, k))
            || self.openings.iter().any(|o| starts_with_words(folded, o))
    }
}

pub fn parts_for(kind: DocKind) -> &'static [PartSpec] {
    match kind {
        DocKind::Plan => PLAN_PARTS,
        DocKind::Report => REPORT_PARTS,
    }
}

/// Index in `parts_for(kind)` of the first part a heading names, if any.
pub fn role_of(kind: DocKind, title: &str) -> Option<usize> {
    let f = fold(title);
    parts_for(kind).iter().position(|p| p.named_in(&f))
}

/// Whether a heading names part `index`, alone or among others.
pub fn names_part(kind: DocKind, title: &str, index: usize) -> bool {
    let f = fold(title);
    parts_for(kind)[index].named_in(&f)
}

/// The parts of `kind` that `title` names, one bit each (bit `i` for
/// `parts_for(kind)[i]`).
pub fn parts_named(kind: DocKind, title: &str) -> u32 {
    let f = fold(title);
    parts_for(kind)
        .iter()
        .take(32)
        .enumerate()
        .filter(|(_, p)| p.named_in(&f))
        .fold(0, |bits, (i, _)| bits | 1 << i)
}

/// Whether the part that holds outline node `node` gives tasks ([`PartSpec::assigns`]).
/// A part whose heading names no known part counts as the one that covers such parts;
/// one that names several gives tasks if any of them does.
pub fn assigns_in(doc: &Document, node: usize) -> bool {
    let mut root = node;
    while let Some(p) = doc.outline.nodes[root].parent {
        root = p;
    }
    let parts = parts_for(doc.kind);
    let named = parts_named(doc.kind, doc.block_of(root).title());
    if named == 0 {
        return parts
            .iter()
            .find(|p| p.covers_unnamed)
            .is_none_or(|p| p.assigns);
    }
    parts
        .iter()
        .enumerate()
        .any(|(i, p)| named & (1 << i) != 0 && p.assigns)
}

/// A multi-year programme plan names a period of years in its abstract or title.
pub fn is_programme_plan(doc: &Document) -> bool {
    let texts = [&doc.header.abstract_, &doc.header.type_name];
    texts
        .iter()
        .filter_map(|t| t.as_ref())
        .any(|t| has_year_range(&fold(&t.text)))
}

/// `giai doan 2026 2030` (folded): two different years after "giai đoạn".
fn has_year_range(folded: &str) -> bool {
    let Some(at) = folded.find("giai doan") else {
        return false;
    };
    let years: Vec<u32> = folded[at..]
        .split(' ')
        .skip(2)
        .take(3)
        .filter(|w| w.len() == 4)
        .filter_map(|w| w.parse().ok())
        .collect();
    years.len() >= 2 && years[0] != years[1]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headings_name_their_parts() {
        assert_eq!(role_of(DocKind::Plan, "MỤC TIÊU, YÊU CẦU"), Some(0));
        assert_eq!(
            role_of(DocKind::Plan, "NHIỆM VỤ VÀ PHÂN CÔNG THỰC HIỆN"),
            Some(1)
        );
        assert_eq!(
            role_of(DocKind::Plan, "KINH PHÍ THỰC HIỆN CHƯƠNG TRÌNH"),
            Some(2)
        );
        assert_eq!(role_of(DocKind::Plan, "TỔ CHỨC THỰC HIỆN"), Some(3));
        assert_eq!(role_of(DocKind::Plan, "Công tác khác"), None);
        assert_eq!(role_of(DocKind::Report, "KẾT QUẢ THỰC HIỆN"), Some(1));
        // a report's next period, named by the heading's first words
        for next in [
            "NHIỆM VỤ QUÝ IV NĂM 2026",
            "Nhiệm vụ 6 tháng cuối năm",
            "KẾ HOẠCH CÔNG TÁC NĂM 2027",
            "CÁC NHIỆM VỤ CẦN TẬP TRUNG",
            "PHƯƠNG HƯỚNG NĂM 2027",
        ] {
            assert_eq!(role_of(DocKind::Report, next), Some(3), "{next}");
            assert_eq!(parts_named(DocKind::Report, next), 1 << 3, "{next}");
        }
        assert_eq!(role_of(DocKind::Report, "KHÓ KHĂN, VƯỚNG MẮC"), Some(2));
        // … and only by them: the results of the tasks are the results
        for results in ["KẾT QUẢ THỰC HIỆN NHIỆM VỤ", "KẾT QUẢ THỰC HIỆN KẾ HOẠCH"]
        {
            assert_eq!(parts_named(DocKind::Report, results), 1 << 1, "{results}");
        }
        assert_eq!(role_of(DocKind::Report, "NHIỆM VỤ"), Some(3));
        assert_eq!(role_of(DocKind::Report, "NHIỆM VỤ CHUNG"), Some(3));
        assert_eq!(role_of(DocKind::Report, "NHIEMVU"), None);
        assert!(has_year_range(
            "thuc hien chuong trinh giai doan 2026 2030 va dinh huong"
        ));
        assert!(!has_year_range("nam 2025"));
    }
}
