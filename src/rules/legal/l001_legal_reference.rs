use chrono::Datelike;

use crate::finding::{Diagnostic, Location, Text};
use crate::legal::{catalogue, suffix_key, Catalogue, Citation, CitedDate, Entry, Reference};
use crate::messages;
use crate::model::Cited;
use crate::rules::{declare_rule, ModelContext};

declare_rule! {
    /// ## Lỗi gì
    /// Văn bản được viện dẫn (trong phần căn cứ hay trong nội dung) có số, ký hiệu và
    /// ngày không khớp với danh mục văn bản của Chương trình phòng, chống mua bán người:
    /// số đúng nhưng ngày sai; ngày đúng nhưng số của văn bản khác (khi phần trích yếu
    /// theo sau cho thấy rõ là văn bản nào); hoặc Luật Phòng, chống mua bán người ghi
    /// sai năm (chỉ có Luật năm 2011 và Luật năm 2024). Văn bản không có trong danh mục
    /// thì không bị báo lỗi — danh mục không đầy đủ.
    ///
    /// ## Vì sao
    /// Căn cứ ghi sai thì văn bản mất cơ sở pháp lý và cơ quan nhận phải trả lại để sửa;
    /// người đọc tra theo số, ngày ghi sai sẽ không tìm được văn bản gốc, hoặc tìm ra
    /// một văn bản khác cùng số của năm khác.
    ///
    /// ## Ví dụ sai
    /// ```text
    /// Thực hiện Quyết định số 193/QĐ-TTg ngày 09/02/2022 của Thủ tướng Chính phủ …
    /// … triển khai Luật Phòng, chống mua bán người năm 2023 …
    /// ```
    ///
    /// ## Ví dụ đúng
    /// ```text
    /// Thực hiện Quyết định số 193/QĐ-TTg ngày 09/02/2021 của Thủ tướng Chính phủ …
    /// … triển khai Luật Phòng, chống mua bán người năm 2024 …
    /// ```
    /// ---
    /// ## What it finds
    /// A cited document (in the legal basis or anywhere in the body) whose number and
    /// date disagree with the catalogue of the anti-trafficking programme's documents:
    /// a known number with another date; a known date with the number of another
    /// document (when the subject that follows makes plain which one is meant); the Law
    /// on Prevention and Combat of Human Trafficking cited with a year it was not passed
    /// in (there are the laws of 2011 and 2024). Documents the catalogue does not know
    /// are never reported: it is not complete.
    ///
    /// ## Why it matters
    /// A wrong legal basis leaves the document without its footing, and the receiving
    /// office sends it back; a reader who looks the citation up finds nothing, or a
    /// different document of the same number from another year.
    ///
    /// ## Wrong
    /// ```text
    /// Thực hiện Quyết định số 193/QĐ-TTg ngày 09/02/2022 của Thủ tướng Chính phủ …
    /// … triển khai Luật Phòng, chống mua bán người năm 2023 …
    /// ```
    ///
    /// ## Right
    /// ```text
    /// Thực hiện Quyết định số 193/QĐ-TTg ngày 09/02/2021 của Thủ tướng Chính phủ …
    /// … triển khai Luật Phòng, chống mua bán người năm 2024 …
    /// ```
    pub static RULE = Rule {
        code: "L001",
        name: "legal-reference-mismatch",
        area: Legal,
        severity: Error,
        title: (
            "Số hiệu và ngày của văn bản được viện dẫn không khớp",
            "A cited decision whose number and date disagree with the catalogue"
        ),
        check: check,
    };
}

fn check(ctx: &ModelContext, out: &mut Vec<Diagnostic>) {
    out.extend(
        ctx.model
            .citations
            .iter()
            .filter_map(|c| judge(catalogue(), c)),
    );
}

/// What is wrong with one citation, if the catalogue can tell.
fn judge(cat: &Catalogue, cited: &Cited) -> Option<Diagnostic> {
    let (c, at, context) = (&cited.citation, &cited.at, cited.about.as_str());
    match &c.reference {
        Reference::Number { text: number, .. } => {
            let date = c.date.as_ref()?;
            match cat.by_number(number) {
                Some(e) if e.verified && !date.is(e.date) => {
                    // `193/QĐ-TTg` is numbered again every year: another year's date may
                    // be another decision, unless it is plainly this one.
                    let this_one = e.number_has_year()
                        || date.year == e.date.year()
                        || (date.day, date.month) == (e.date.day(), e.date.month())
                        || e.is_about(context);
                    this_one.then(|| wrong_date(c, at, e, date))
                }
                Some(_) => None,
                None => {
                    // A known day with an unknown number of the same series: another
                    // decision of that day, unless the subject says it is the known one.
                    let suffix = suffix_key(number);
                    let mut same_day = cat.entries().iter().filter(|e| {
                        e.verified
                            && date.is(e.date)
                            && std::iter::once(&e.number)
                                .chain(e.aka)
                                .any(|n| suffix_key(n) == suffix)
                    });
                    let e = same_day.next()?;
                    if same_day.next().is_some() || !e.is_about(context) {
                        return None;
                    }
                    Some(wrong_number(c, at, e, number, date))
                }
            }
        }
        Reference::Law { name, year, .. } => {
            let laws: Vec<&Entry> = cat.laws_named(name).filter(|e| e.verified).collect();
            if laws.is_empty() {
                return None;
            }
            let passed_or_amended = |y: i32| {
                laws.iter()
                    .any(|e| e.date.year() == y || e.amended.contains(&y))
            };
            if let Some((y, _)) = year {
                return (!passed_or_amended(*y)).then(|| wrong_year(c, at, &laws, *y));
            }
            let date = c.date.as_ref()?;
            if laws.iter().any(|e| date.is(e.date)) {
                return None;
            }
            if let Some(e) = laws.iter().find(|e| e.date.year() == date.year) {
                return Some(wrong_date(c, at, e, date));
            }
            (!passed_or_amended(date.year)).then(|| wrong_year(c, at, &laws, date.year))
        }
    }
}

/// What a corrected citation starts with: the kind and `số` when the citation wrote a
/// kind before the number.
fn prefix(c: &Citation, e: &Entry) -> String {
    if c.kind_written {
        format!("{} số ", e.kind.name())
    } else {
        String::new()
    }
}

/// The document's kind, named in each language.
fn kind(e: &Entry) -> Text {
    Text::new(e.kind.name(), e.kind.name_en())
}

/// The document's date, `date`, with its verb: a law is passed, anything else signed.
fn dated(e: &Entry, date: &str) -> Text {
    if e.kind.is_law() {
        messages::l001_passed_on(date)
    } else {
        messages::l001_signed_on(date)
    }
}

fn wrong_date(c: &Citation, at: &Location, e: &Entry, cited: &CitedDate) -> Diagnostic {
    let right = crate::period::dates::format_date(e.date);
    let (subject, suggestion) = match &c.reference {
        Reference::Law { .. } => (
            // The year is said only in Vietnamese, the kind only in English.
            messages::l001_law(e.title, e.date.year(), e.number, e.kind.name_en()),
            format!("{} ngày {right}", e.title),
        ),
        Reference::Number { .. } => (
            messages::l001_numbered(kind(e), e.number),
            format!("{}{} ngày {right}", prefix(c, e), e.number),
        ),
    };
    RULE.report_at(
        at.clone(),
        messages::l001_wrong_date(subject, dated(e, &right), cited.display()),
    )
    .with_hint(messages::l001_hint())
    .with_suggestion(suggestion)
}

fn wrong_number(
    c: &Citation,
    at: &Location,
    e: &Entry,
    cited: &str,
    date: &CitedDate,
) -> Diagnostic {
    let day = crate::period::dates::format_date(e.date);
    RULE.report_at(
        at.clone(),
        messages::l001_wrong_number(kind(e), dated(e, &day), e.title, e.number, cited),
    )
    .with_hint(messages::l001_hint())
    .with_suggestion(format!(
        "{}{} ngày {}",
        prefix(c, e),
        e.number,
        date.display()
    ))
}

fn wrong_year(c: &Citation, at: &Location, laws: &[&Entry], year: i32) -> Diagnostic {
    // Each law's year and number, listed: `2011 (số 66/2011/QH12) và năm 2024 (số …)`.
    let items: Vec<Text> = laws
        .iter()
        .map(|e| messages::l001_year(e.date.year(), e.number))
        .collect();
    let years: messages::Arg = match items.split_last() {
        Some((last, [first, between @ ..])) => {
            let head = between.iter().fold(first.clone(), |years, next| {
                messages::l001_years_next(years, next)
            });
            messages::l001_years_last(head, last).into()
        }
        Some((only, [])) => only.clone().into(),
        None => "".into(),
    };
    let title = laws.first().map_or("", |e| e.title);
    // The law nearest the year written; the later one on a tie.
    let nearest = laws
        .iter()
        .min_by_key(|e| ((e.date.year() - year).abs(), -e.date.year()));
    let suggestion = nearest.map(|e| match c.date {
        Some(_) => format!(
            "{} ngày {}",
            e.title,
            crate::period::dates::format_date(e.date)
        ),
        None => format!("{} năm {}", e.title, e.date.year()),
    });
    let mut d = RULE
        .report_at(at.clone(), messages::l001_wrong_year(title, years, year))
        .with_hint(messages::l001_hint());
    if let Some(s) = suggestion {
        d = d.with_suggestion(s);
    }
    d
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::*;

    const BASIS: &str = "Kế hoạch số 53/KH-BCĐ ngày 05/02/2025";
    const PROGRAMME: &str = "của Thủ tướng Chính phủ phê duyệt Chương trình phòng, chống mua bán người giai đoạn 2021 - 2025 và định hướng đến năm 2030";

    fn in_body(sentence: &str) -> String {
        plan(&BODY.replace("Tuyên truyền trên báo chí.", sentence))
    }

    #[test]
    fn table() {
        let pass = vec![
            plan(BODY),
            plan_with(BASIS, "Quyết định số 193/QĐ-TTg, ngày 09/02/2021"),
            plan_with(BASIS, "Quyết định số 33/QĐ-TTg ngày 07 tháng 01 năm 2026"),
            plan_with(BASIS, "Nghị quyết số 02/2019/NQ-HĐTP ngày 11/01/2019"),
            plan_with(BASIS, "Nghị định 09/2019/NĐ-CP"),
            // Unknown to the catalogue: not a defect.
            plan_with(BASIS, "Quyết định số 12/QĐ-TTg ngày 01/01/2020"),
            plan_with(BASIS, "Kế hoạch số 66/KH-UBND, ngày 01/3/2026"),
            // Another year's decision of the same number, on another subject.
            plan_with(BASIS, "Quyết định số 193/QĐ-TTg ngày 15/3/2019 của Thủ tướng Chính phủ về công tác khác"),
            // Another decision of the same day, on another subject.
            plan_with(BASIS, "Quyết định số 139/QĐ-TTg ngày 09/02/2021 của Thủ tướng Chính phủ về công tác khác"),
            // An entry whose date could not be verified is never used to report.
            plan_with(BASIS, "Kế hoạch số 53/KH-BCĐ ngày 06/02/2025"),
            in_body("Triển khai Luật Phòng, chống mua bán người năm 2024 (sửa đổi, bổ sung năm 2025)."),
            in_body("Rà soát văn bản liên quan đến Luật Phòng, chống mua bán người năm 2011."),
            in_body("Thực hiện Luật Phòng, chống mua bán người ngày 28 tháng 11 năm 2024."),
            in_body("Tuyên truyền Luật Phòng, chống mua bán người và Bộ luật Hình sự năm 2015."),
            in_body("Hưởng ứng Ngày toàn dân phòng, chống mua bán người 30/7 theo Quyết định số 793/QĐ-TTg ngày 10/5/2016."),
        ];
        let fail = vec![
            (
                plan_with(BASIS, "Quyết định số 193/QĐ-TTg ngày 09/02/2022"),
                "193/QĐ-TTg ngày 09/02/2022",
                "Quyết định số 193/QĐ-TTg được ký ngày 09/02/2021, không phải 09/02/2022.",
            ),
            (
                plan_with(BASIS, "Quyết định số 33/QĐ-TTg ngày 17/01/2026"),
                "33/QĐ-TTg ngày 17/01/2026",
                "được ký ngày 07/01/2026, không phải 17/01/2026",
            ),
            (
                plan_with(BASIS, "Quyết định số 33/QĐ-TTg ngày 07 tháng 01 năm 2025"),
                "33/QĐ-TTg ngày 07",
                "không phải 07/01/2025",
            ),
            (
                plan_with(BASIS, "Nghị định số 09/2019/NĐ-CP ngày 24/01/2020"),
                "09/2019/NĐ-CP",
                "Nghị định số 09/2019/NĐ-CP được ký ngày 24/01/2019",
            ),
            (
                plan_with(BASIS, &format!("Quyết định số 193/QĐ-TTg ngày 15/3/2019 {PROGRAMME}")),
                "193/QĐ-TTg ngày 15/3/2019",
                "được ký ngày 09/02/2021, không phải 15/03/2019",
            ),
            (
                plan_with(BASIS, &format!("Quyết định số 139/QĐ-TTg ngày 09/02/2021 {PROGRAMME}")),
                "139/QĐ-TTg",
                "có số 193/QĐ-TTg, không phải 139/QĐ-TTg",
            ),
            (
                in_body("Tuyên truyền Quyết định số 793/QĐ-TTg ngày 10/5/2017 về Ngày toàn dân phòng, chống mua bán người."),
                "793/QĐ-TTg ngày 10/5/2017",
                "được ký ngày 10/05/2016",
            ),
            (
                in_body("Triển khai Luật Phòng, chống mua bán người năm 2023 trên địa bàn."),
                "mua bán người năm 2023",
                "không có luật năm 2023",
            ),
            (
                in_body("Triển khai Luật Phòng, chống mua bán người ngày 27/11/2024."),
                "mua bán người ngày 27/11/2024",
                "được thông qua ngày 28/11/2024, không phải 27/11/2024",
            ),
            (
                in_body("Triển khai Luật số 53/2024/QH15 ngày 29/11/2024."),
                "53/2024/QH15",
                "Luật số 53/2024/QH15 được thông qua ngày 28/11/2024",
            ),
        ];
        assert_table("L001", &pass, &fail);
    }

    #[test]
    fn suggestions_replace_the_citation() {
        let text = plan_with(BASIS, "Quyết định số 193/QĐ-TTg ngày 09/02/2022");
        let f = &findings("L001", &text)[0];
        assert_eq!(
            f.suggestion.as_deref(),
            Some("Quyết định số 193/QĐ-TTg ngày 09/02/2021")
        );
        assert_eq!(
            f.message_en,
            "Decision 193/QĐ-TTg was signed on 09/02/2021, not 09/02/2022."
        );
        let start = text.find("Quyết định số 193").unwrap();
        let utf16 = |i: usize| text[..i].encode_utf16().count();
        assert_eq!(f.start, utf16(start));
        assert_eq!(
            f.end,
            utf16(start + "Quyết định số 193/QĐ-TTg ngày 09/02/2022".len())
        );

        let text = in_body("Triển khai Luật Phòng, chống mua bán người năm 2023.");
        let f = &findings("L001", &text)[0];
        assert_eq!(
            f.suggestion.as_deref(),
            Some("Luật Phòng, chống mua bán người năm 2024")
        );
        assert_eq!(
            f.message,
            "Luật Phòng, chống mua bán người được thông qua năm 2011 (số 66/2011/QH12) và năm 2024 (số 53/2024/QH15), không có luật năm 2023."
        );
        let text = in_body("Triển khai Luật Phòng, chống mua bán người năm 2012.");
        let f = &findings("L001", &text)[0];
        assert_eq!(
            f.suggestion.as_deref(),
            Some("Luật Phòng, chống mua bán người năm 2011")
        );

        let text = plan_with(
            BASIS,
            &format!("căn cứ 139/QĐ-TTg ngày 09/02/2021 {PROGRAMME}"),
        );
        let f = &findings("L001", &text)[0];
        assert_eq!(f.suggestion.as_deref(), Some("193/QĐ-TTg ngày 09/02/2021"));
    }

    #[test]
    fn the_documents_own_number_is_not_a_citation() {
        let text = plan_with("Số: 12/KH-UBND", "Số: 193/QĐ-TTg ngày 09/02/2022");
        assert!(findings("L001", &text).is_empty());
    }
}
