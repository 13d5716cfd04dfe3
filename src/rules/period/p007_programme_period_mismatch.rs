use crate::finding::Diagnostic;
use crate::messages;
use crate::rules::{declare_rule, ModelContext};

declare_rule! {
    /// ## Lỗi gì
    /// Giai đoạn của Chương trình ghi ở trích yếu (hoặc tên) văn bản khác với giai đoạn
    /// của Chương trình phòng, chống mua bán người mà phần căn cứ viện dẫn: trích yếu
    /// “giai đoạn 2026 - 2030” nhưng căn cứ ghi “Chương trình … giai đoạn 2025 - 2030”.
    /// Khi căn cứ viện dẫn nhiều chương trình, chỉ cần một chương trình khớp với trích
    /// yếu.
    ///
    /// ## Vì sao
    /// Kế hoạch triển khai một chương trình phải cùng giai đoạn với chương trình đó; hai
    /// giai đoạn khác nhau cho thấy một trong hai chỗ chép sai, hoặc viện dẫn nhầm văn
    /// bản.
    ///
    /// ## Ví dụ sai
    /// ```text
    /// Thực hiện Chương trình phòng, chống mua bán người giai đoạn 2026 - 2030
    ///
    /// Thực hiện Quyết định số …/QĐ-TTg của Thủ tướng Chính phủ ban hành Chương trình
    /// phòng, chống mua bán người giai đoạn 2025 - 2030, …
    /// ```
    ///
    /// ## Ví dụ đúng
    /// ```text
    /// Thực hiện Chương trình phòng, chống mua bán người giai đoạn 2026 - 2030
    ///
    /// Thực hiện Quyết định số …/QĐ-TTg của Thủ tướng Chính phủ ban hành Chương trình
    /// phòng, chống mua bán người giai đoạn 2026 - 2030, …
    /// ```
    /// ---
    /// ## What it finds
    /// The programme period in the abstract (or title) disagrees with the period of the
    /// anti-trafficking programme the legal basis cites: the abstract says “giai đoạn
    /// 2026 - 2030” but the basis “Chương trình … giai đoạn 2025 - 2030”. When the basis
    /// cites several programmes, one that matches the abstract is enough.
    ///
    /// ## Why it matters
    /// A plan implementing a programme covers the programme's period; two different
    /// periods mean one of them was copied wrongly, or the wrong document is cited.
    ///
    /// ## Wrong
    /// ```text
    /// Thực hiện Chương trình phòng, chống mua bán người giai đoạn 2026 - 2030
    ///
    /// Thực hiện Quyết định số …/QĐ-TTg của Thủ tướng Chính phủ ban hành Chương trình
    /// phòng, chống mua bán người giai đoạn 2025 - 2030, …
    /// ```
    ///
    /// ## Right
    /// ```text
    /// Thực hiện Chương trình phòng, chống mua bán người giai đoạn 2026 - 2030
    ///
    /// Thực hiện Quyết định số …/QĐ-TTg của Thủ tướng Chính phủ ban hành Chương trình
    /// phòng, chống mua bán người giai đoạn 2026 - 2030, …
    /// ```
    pub static RULE = Rule {
        code: "P007",
        name: "programme-period-mismatch",
        area: Period,
        severity: Error,
        title: ("Giai đoạn chương trình ở trích yếu khác với căn cứ", "The programme period in the title disagrees with the legal basis"),
        check: check,
    };
}

fn check(ctx: &ModelContext, out: &mut Vec<Diagnostic>) {
    let Some(analysis) = &ctx.model.dates else {
        return;
    };
    let regime = &analysis.regime;
    let Some(own) = &regime.programme else {
        return;
    };
    let basis = &regime.basis_programmes;
    if basis.iter().any(|b| (b.from, b.to) == (own.from, own.to)) {
        return;
    }
    let Some(cited) = basis.first() else {
        return;
    };
    let (a, z) = (own.from, own.to);
    let (ca, cz) = (cited.from, cited.to);
    out.push(
        RULE.report(cited.span.clone(), messages::p007_mismatch(ca, cz, a, z))
            .with_hint(messages::p007_hint()),
    );
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::*;

    const ABSTRACT: &str = "Phòng, chống mua bán người năm 2026";
    const BASIS: &str = "Thực hiện Kế hoạch số 53/KH-BCĐ ngày 05/02/2025 của Ban Chỉ đạo 138/CP";

    fn programme(own: &str, cited: &str) -> String {
        plan_with(ABSTRACT, &format!("Thực hiện Chương trình phòng, chống mua bán người giai đoạn {own}"))
            .replacen(
                BASIS,
                &format!("Thực hiện Quyết định số 33/QĐ-TTg ngày 07/01/2026 của Thủ tướng Chính phủ ban hành Chương trình phòng, chống mua bán người giai đoạn {cited} và định hướng đến năm 2035"),
                1,
            )
    }

    #[test]
    fn table() {
        let pass = vec![
            plan(BODY),
            programme("2026 - 2030", "2026 - 2030"),
            programme("2026-2030", "2026 – 2030"),
            // a one-year plan citing the programme
            plan_with(BASIS, "Thực hiện Chương trình phòng, chống mua bán người giai đoạn 2021 - 2025"),
            // several programmes cited, one matches; other schemes do not count
            programme("2026 - 2030", "2026 - 2030; Đề án 06 giai đoạn 2022 - 2025"),
            programme("2026 - 2030", "2026 - 2030")
                .replace("Thực hiện Quyết định", "Căn cứ Chương trình phòng, chống mua bán người giai đoạn 2021 - 2025; thực hiện Quyết định"),
        ];
        let fail = vec![
            (
                programme("2026 - 2030", "2025 - 2030"),
                "2025 - 2030",
                "Căn cứ viện dẫn Chương trình giai đoạn 2025 - 2030, nhưng trích yếu ghi giai đoạn 2026 - 2030.",
            ),
            (
                programme("2021 - 2025", "2026 - 2030"),
                "Quyết định số 33",
                "trích yếu ghi giai đoạn 2021 - 2025",
            ),
        ];
        assert_table("P007", &pass, &fail);
    }
}
