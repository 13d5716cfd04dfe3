use crate::finding::{Diagnostic, Location};
use crate::form::{invalid_message, TEXT};
use crate::messages;
use crate::reader::parts::{parts_for, Required};
use crate::rules::{declare_rule, ModelContext};

declare_rule! {
    /// ## Lỗi gì
    /// Văn bản thiếu một phần bắt buộc. Kế hoạch phải có: Mục tiêu, yêu cầu; Nhiệm vụ,
    /// giải pháp; Tổ chức thực hiện — và Kinh phí nếu là kế hoạch thực hiện chương trình
    /// nhiều năm (“giai đoạn 2026 - 2030”). Báo cáo phải có: Kết quả thực hiện; Đánh giá;
    /// Phương hướng, nhiệm vụ.
    ///
    /// ## Vì sao
    /// Cơ quan thường trực trả lại kế hoạch thiếu phần Tổ chức thực hiện (nơi quy định chế
    /// độ báo cáo) hoặc thiếu phần Kinh phí của chương trình.
    ///
    /// ## Ví dụ sai
    /// ```text
    /// I. MỤC TIÊU, YÊU CẦU
    /// II. NHIỆM VỤ, GIẢI PHÁP
    /// ```
    ///
    /// ## Ví dụ đúng
    /// ```text
    /// I. MỤC TIÊU, YÊU CẦU
    /// II. NHIỆM VỤ, GIẢI PHÁP
    /// III. TỔ CHỨC THỰC HIỆN
    /// ```
    /// ---
    /// ## What it finds
    /// A required part is missing. A plan needs objectives and requirements, tasks and
    /// solutions, and organisation of implementation — plus funding when it implements a
    /// multi-year programme ("giai đoạn 2026 - 2030"). A report needs results, an
    /// assessment, and the direction for the next period.
    ///
    /// ## Why it matters
    /// The standing office sends back plans without the organisation part (which holds
    /// the reporting regime) or programme plans without funding.
    ///
    /// ## Wrong
    /// ```text
    /// I. MỤC TIÊU, YÊU CẦU
    /// II. NHIỆM VỤ, GIẢI PHÁP
    /// ```
    ///
    /// ## Right
    /// ```text
    /// I. MỤC TIÊU, YÊU CẦU
    /// II. NHIỆM VỤ, GIẢI PHÁP
    /// III. TỔ CHỨC THỰC HIỆN
    /// ```
    pub static RULE = Rule {
        code: "S001",
        name: "missing-part",
        area: Structure,
        severity: Error,
        title: ("Thiếu phần bắt buộc", "A required part is missing"),
        check: check,
    };
}

fn check(ctx: &ModelContext, out: &mut Vec<Diagnostic>) {
    let model = ctx.model;
    let Some(outline) = &model.outline else {
        return;
    };
    let kind = model.kind;
    // A part given in a form but not as text.
    for item in &outline.items {
        if let (Some(problem), Location::Path(pointer)) = (&item.problem, &item.at) {
            out.push(RULE.report_at(item.at.clone(), invalid_message(pointer, problem, TEXT)));
        }
    }
    let roots = &outline.roots;
    let kind_name = match kind {
        crate::DocKind::Plan => messages::s001_plan(),
        crate::DocKind::Report => messages::s001_report(),
    };
    for (index, part) in parts_for(kind).iter().enumerate() {
        let required = match part.required {
            Required::Always => true,
            Required::ProgrammePlan => model.programme,
            Required::No => false,
        };
        // A part is named at the top level; a report may also fold its assessment into
        // its results, one level down.
        let report = kind == crate::DocKind::Report;
        let present = outline.walk().any(|n| {
            let item = &outline.items[n];
            let depth_ok =
                roots.contains(&n) || report && item.parent.is_some_and(|p| roots.contains(&p));
            depth_ok && item.names(index)
        });
        let unnamed =
            part.covers_unnamed && roots.iter().any(|&r| outline.items[r].role().is_none());
        if !required || present || unnamed {
            continue;
        }
        // Point at the part that stands where the missing one belongs.
        let Some(at) = outline.missing_at(kind, index) else {
            continue;
        };
        let why = match part.required {
            Required::ProgrammePlan => messages::s001_required_programme(),
            _ => messages::s001_required_in(&kind_name),
        };
        let hint = if outline.numbered {
            messages::s001_hint_numbered(crate::text::case::upper_str(part.vi))
        } else {
            messages::s001_hint()
        };
        out.push(
            RULE.report_at(at, messages::s001_missing(part.vi, why, part.en))
                .with_hint(hint),
        );
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::*;

    fn report(body: &str) -> String {
        plan(body)
            .replace("KẾ HOẠCH", "BÁO CÁO")
            .replace("/KH-", "/BC-")
    }

    #[test]
    fn table() {
        let programme = plan(BODY).replace("năm 2026\n", "giai đoạn 2026 - 2030\n");
        let pass = vec![
            plan(BODY),
            // funding only required in programme plans; given here
            programme.replace(
                "III. TỔ CHỨC",
                "III. KINH PHÍ\n\nNgân sách tỉnh bảo đảm.\n\nIV. TỔ CHỨC",
            ),
            // headings in markdown dress and other words
            plan_with("I. MỤC TIÊU, YÊU CẦU", "## **I. MỤC ĐÍCH, YÊU CẦU**"),
            // a report giving each task area a part of its own
            report("I. CÔNG TÁC TUYÊN TRUYỀN\n\nĐã tổ chức 12 buổi.\n\nII. CÔNG TÁC ĐẤU TRANH\n\nKhởi tố 2 vụ.\n\nIII. ĐÁNH GIÁ CHUNG\n\nCơ bản hoàn thành.\n\nIV. PHƯƠNG HƯỚNG NHIỆM VỤ\n\nTiếp tục thực hiện."),
            // the next period named by the heading's first words; difficulties assess
            report("I. KẾT QUẢ\n\nĐã tổ chức 12 buổi.\n\nII. KHÓ KHĂN, VƯỚNG MẮC\n\nCơ bản hoàn thành.\n\nIII. NHIỆM VỤ QUÝ IV NĂM 2026\n\nTiếp tục thực hiện."),
        ];
        let fail = vec![
            (plan_with("III. TỔ CHỨC THỰC HIỆN\n\n1. Các sở, ngành triển khai thực hiện Kế hoạch này./.", ""), "II. NHIỆM VỤ", "Tổ chức thực hiện"),
            (programme.clone(), "III. TỔ CHỨC THỰC HIỆN", "Kinh phí"),
            (plan_with("I. MỤC TIÊU, YÊU CẦU", "I. CÔNG TÁC CHUNG"), "II. NHIỆM VỤ", "Mục tiêu"),
            (report("I. KẾT QUẢ THỰC HIỆN\n\nĐã hoàn thành.\n\nII. PHƯƠNG HƯỚNG\n\nTiếp tục."), "II. PHƯƠNG HƯỚNG", "Đánh giá"),
        ];
        assert_table("S001", &pass, &fail);
    }

    #[test]
    fn form_table() {
        use serde_json::json;
        let pass = [
            report_form(),
            // situation and proposals are not required
            form_with(&[
                ("/sections/situation", None),
                ("/sections/proposals", Some(json!(""))),
            ]),
        ];
        let fail = [
            (
                form_with(&[("/sections/assessment", None)]),
                "/sections/assessment",
                "Đánh giá",
            ),
            (
                form_with(&[("/sections/results", Some(json!("  ")))]),
                "/sections/results",
                "Kết quả thực hiện",
            ),
            (
                form_with(&[("/sections/results", Some(json!(12)))]),
                "/sections/results",
                "không phải số",
            ),
        ];
        assert_form_table("S001", &pass, &fail);
        // No sections at all: each required one is missing.
        assert_form_findings(
            "S001",
            &form_with(&[("/sections", None)]),
            None,
            &[
                ("/sections/assessment", "Đánh giá"),
                ("/sections/nextSteps", "Phương hướng"),
                ("/sections/results", "Kết quả thực hiện"),
            ],
        );
    }
}
