//! The kinds of legal documents as citations name them, and the keys their numbers are
//! compared by. Used by the checker and by `build.rs`, which reads `data/legal.txt`
//! with them (so they may use only std and `crate::text`).

use crate::text::fold;
use crate::text::vietnamese::plain_lower;

/// The kind of a legal document, as its citations name it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Kind {
    Luat,
    BoLuat,
    NghiDinh,
    NghiQuyet,
    QuyetDinh,
    ChiThi,
    ThongTu,
    KeHoach,
    ChuongTrinh,
    KetLuan,
    ThongBao,
    CongVan,
    HuongDan,
}

impl Kind {
    pub const ALL: [Kind; 13] = [
        Kind::Luat,
        Kind::BoLuat,
        Kind::NghiDinh,
        Kind::NghiQuyet,
        Kind::QuyetDinh,
        Kind::ChiThi,
        Kind::ThongTu,
        Kind::KeHoach,
        Kind::ChuongTrinh,
        Kind::KetLuan,
        Kind::ThongBao,
        Kind::CongVan,
        Kind::HuongDan,
    ];

    /// The Vietnamese name, as written before a number: `Quyết định`.
    pub fn name(self) -> &'static str {
        match self {
            Kind::Luat => "Luật",
            Kind::BoLuat => "Bộ luật",
            Kind::NghiDinh => "Nghị định",
            Kind::NghiQuyet => "Nghị quyết",
            Kind::QuyetDinh => "Quyết định",
            Kind::ChiThi => "Chỉ thị",
            Kind::ThongTu => "Thông tư",
            Kind::KeHoach => "Kế hoạch",
            Kind::ChuongTrinh => "Chương trình",
            Kind::KetLuan => "Kết luận",
            Kind::ThongBao => "Thông báo",
            Kind::CongVan => "Công văn",
            Kind::HuongDan => "Hướng dẫn",
        }
    }

    /// The English name: `Decision`.
    pub fn name_en(self) -> &'static str {
        match self {
            Kind::Luat => "Law",
            Kind::BoLuat => "Code",
            Kind::NghiDinh => "Decree",
            Kind::NghiQuyet => "Resolution",
            Kind::QuyetDinh => "Decision",
            Kind::ChiThi => "Directive",
            Kind::ThongTu => "Circular",
            Kind::KeHoach => "Plan",
            Kind::ChuongTrinh => "Programme",
            Kind::KetLuan => "Conclusion",
            Kind::ThongBao => "Notice",
            Kind::CongVan => "Official letter",
            Kind::HuongDan => "Guidance",
        }
    }

    /// The folded name: `quyet dinh`.
    pub(crate) fn key(self) -> &'static str {
        match self {
            Kind::Luat => "luat",
            Kind::BoLuat => "bo luat",
            Kind::NghiDinh => "nghi dinh",
            Kind::NghiQuyet => "nghi quyet",
            Kind::QuyetDinh => "quyet dinh",
            Kind::ChiThi => "chi thi",
            Kind::ThongTu => "thong tu",
            Kind::KeHoach => "ke hoach",
            Kind::ChuongTrinh => "chuong trinh",
            Kind::KetLuan => "ket luan",
            Kind::ThongBao => "thong bao",
            Kind::CongVan => "cong van",
            Kind::HuongDan => "huong dan",
        }
    }

    /// A kind from its name in any case, with or without marks.
    pub fn parse(name: &str) -> Option<Kind> {
        let f = fold(name);
        Kind::ALL.into_iter().find(|k| k.key() == f)
    }

    /// The kind a symbol's type code implies: `QĐ` → Quyết định, `QH15` → Luật.
    pub fn of_code(code: &str) -> Option<Kind> {
        let c: String = code.chars().map(plain_lower).collect();
        Some(match c.as_str() {
            "qd" => Kind::QuyetDinh,
            "nd" => Kind::NghiDinh,
            "nq" | "nqlt" => Kind::NghiQuyet,
            "kh" => Kind::KeHoach,
            "ct" => Kind::ChiThi,
            "tt" | "ttlt" => Kind::ThongTu,
            "ctr" => Kind::ChuongTrinh,
            "kl" => Kind::KetLuan,
            "tb" => Kind::ThongBao,
            "hd" => Kind::HuongDan,
            _ if c.len() > 2
                && c.starts_with("qh")
                && c[2..].bytes().all(|b| b.is_ascii_digit()) =>
            {
                Kind::Luat
            }
            _ => return None,
        })
    }

    /// Laws are passed by the National Assembly; everything else is signed.
    pub fn is_law(self) -> bool {
        matches!(self, Kind::Luat | Kind::BoLuat)
    }
}

/// The year a symbol carries, if it carries one: `09/2019/NĐ-CP` → 2019.
pub fn symbol_year(symbol: &str) -> Option<i32> {
    let mut parts = symbol.split('/');
    parts.next()?;
    let year = parts.next()?.trim();
    parts.next()?;
    (year.len() == 4 && year.bytes().all(|b| b.is_ascii_digit()))
        .then(|| year.parse().ok())
        .flatten()
}

/// The key numbers are compared by: no spaces, lowercase, no marks, no leading zeros:
/// `09/2019/NĐ-CP` and `9/2019/nd-cp` → `9/2019/nd-cp`.
pub fn number_key(number: &str) -> String {
    let mut out = String::with_capacity(number.len());
    let mut leading = true;
    let chars: Vec<char> = number.chars().filter(|c| !c.is_whitespace()).collect();
    for (i, &c) in chars.iter().enumerate() {
        if leading && c == '0' && chars.get(i + 1).is_some_and(|n| n.is_ascii_digit()) {
            continue;
        }
        leading = false;
        out.push(plain_lower(c));
    }
    out
}

/// The key of what follows the number: `193/QĐ-TTg` → `qd-ttg`, `09/2019/NĐ-CP` →
/// `2019/nd-cp`.
pub fn suffix_key(number: &str) -> String {
    let key = number_key(number);
    match key.split_once('/') {
        Some((_, rest)) => rest.to_owned(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_ignore_case_marks_spaces_and_leading_zeros() {
        assert_eq!(number_key("09/2019/NĐ-CP"), "9/2019/nd-cp");
        assert_eq!(number_key(" 193 / QĐ-TTg"), "193/qd-ttg");
        assert_eq!(number_key("0/KH"), "0/kh");
        assert_eq!(suffix_key("139/QĐ-TTg"), "qd-ttg");
        assert_eq!(suffix_key("09/2019/NĐ-CP"), "2019/nd-cp");
        assert_eq!(symbol_year("09/2019/NĐ-CP"), Some(2019));
        assert_eq!(symbol_year("193/QĐ-TTg"), None);
        assert_eq!(symbol_year("19/KH-BCĐ138/CP"), None);
    }

    #[test]
    fn kinds_from_names_and_codes() {
        assert_eq!(Kind::parse("QUYẾT ĐỊNH"), Some(Kind::QuyetDinh));
        assert_eq!(Kind::parse("Bộ luật"), Some(Kind::BoLuat));
        assert_eq!(Kind::parse("Quyết"), None);
        assert_eq!(Kind::of_code("QĐ"), Some(Kind::QuyetDinh));
        assert_eq!(Kind::of_code("NĐ"), Some(Kind::NghiDinh));
        assert_eq!(Kind::of_code("QH15"), Some(Kind::Luat));
        assert_eq!(Kind::of_code("UBND"), None);
        assert_eq!(Kind::of_code("QH"), None);
    }
}
