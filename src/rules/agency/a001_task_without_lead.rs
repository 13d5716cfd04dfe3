use crate::messages::{self, Arg};
use crate::model::{Medium, TaskName};
use crate::reader::DocKind;
use crate::rules::{declare_rule, ModelContext};

declare_rule! {
    /// ## Lỗi gì
    /// Một nhiệm vụ (một mục của phần Nhiệm vụ, giải pháp) không có cơ quan chủ trì
    /// hoặc thực hiện: không tự ghi, không thừa hưởng từ đề mục chứa nó, không có dòng
    /// “Phân công”, “Cơ quan thực hiện” hay ngoặc “(… chủ trì …)” nào bao quát nó —
    /// kể cả khi dòng đó đứng sau các mục. Nhiệm vụ trình bày thành bảng (có cột “Cơ
    /// quan chủ trì” hoặc “Đơn vị thực hiện”, trong phần nhiệm vụ hoặc ở phụ lục sau
    /// chữ ký) được xét từng
    /// dòng: dòng để trống cột chủ trì là nhiệm vụ chưa giao; bảng phân công ở phụ lục
    /// thay cho việc ghi cơ quan chủ trì ở từng mục.
    ///
    /// ## Vì sao
    /// Nhiệm vụ không giao cho ai thì không ai báo cáo; cơ quan thường trực trả lại kế
    /// hoạch có nhiệm vụ không rõ trách nhiệm.
    ///
    /// ## Ví dụ sai
    /// ```text
    /// 6.1. Tổ chức sơ kết việc thực hiện các Hiệp định hợp tác.
    /// ```
    ///
    /// ## Ví dụ đúng
    /// ```text
    /// 6.1. Tổ chức sơ kết việc thực hiện các Hiệp định hợp tác (Sở Ngoại vụ chủ trì,
    /// phối hợp Công an tỉnh thực hiện).
    /// ```
    /// ---
    /// ## What it finds
    /// A task (an item of the tasks part) with no lead or implementing body: none of its
    /// own, none inherited from a heading above it, and no “Phân công”, “Cơ quan thực
    /// hiện” line or “(… chủ trì …)” parenthesis covering its section — even one that
    /// comes after the items. Tasks set out as a table (with a “Cơ quan chủ trì” or
    /// “Đơn vị thực hiện” column, in the tasks part or in an appendix after the signature) are judged row
    /// by row: a row with an empty lead cell is a task given to nobody; a table of
    /// assignments in the appendix stands for a lead on each item.
    ///
    /// ## Why it matters
    /// A task given to nobody is reported by nobody; the standing office sends back
    /// plans whose tasks have no responsible body.
    ///
    /// ## Wrong
    /// ```text
    /// 6.1. Tổ chức sơ kết việc thực hiện các Hiệp định hợp tác.
    /// ```
    ///
    /// ## Right
    /// ```text
    /// 6.1. Tổ chức sơ kết việc thực hiện các Hiệp định hợp tác (Sở Ngoại vụ chủ trì,
    /// phối hợp Công an tỉnh thực hiện).
    /// ```
    pub static RULE = Rule {
        code: "A001",
        name: "task-without-lead",
        area: Agency,
        severity: Error,
        title: ("Nhiệm vụ không có cơ quan chủ trì hoặc thực hiện", "A task with no lead or implementing body"),
        check: check,
    };
}

fn check(ctx: &ModelContext, out: &mut Vec<crate::finding::Diagnostic>) {
    for u in &ctx.model.agencies.unassigned {
        let task: Arg = match &u.task {
            TaskName::Label(label) => label.into(),
            // a bullet is named by its first words, not by its dash
            TaskName::Words(words) => format!("“{}”", first_words(words)).into(),
            TaskName::Row { number, reference } => match reference {
                Some(r) => messages::a001_row_of_item(*number, r).into(),
                None => messages::a001_row(*number).into(),
            },
        };
        let hint = match ctx.model.medium {
            Medium::Text if u.in_table => messages::a001_hint_row(),
            Medium::Text => messages::a001_hint_text(),
            Medium::Form => messages::a001_hint_form(),
        };
        out.push(
            RULE.report_at(
                u.at.clone(),
                // A plan gives its tasks; a report says who led each.
                match ctx.model.kind {
                    DocKind::Plan => messages::a001_no_lead(task),
                    DocKind::Report => messages::a001_no_lead_reported(task),
                },
            )
            .with_hint(hint),
        );
    }
}

/// The first words of a task's title, cut at a word with “…” past 60 bytes.
fn first_words(title: &str) -> String {
    let title = crate::text::chars::trim_end_in(title, b".;:,");
    if title.len() <= 60 {
        return title.to_owned();
    }
    let mut cut = 60;
    while !title.is_char_boundary(cut) {
        cut -= 1;
    }
    let head = &title[..cut];
    let head = crate::text::chars::rfind_ascii(head, b' ').map_or(head, |i| &head[..i]);
    format!("{head}…")
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::*;

    /// Item a) with its bullets, then `item` with the bodies that carry them out.
    fn assignment_item(item: &str) -> String {
        format!(
            "a) Tuyên truyền về phòng, chống mua bán người\n\n- Tuyên truyền trên báo chí.\n\n\
             - Tuyên truyền tại cơ sở.\n\n{item}\n\n\
             - Cơ quan thực hiện: Sở Văn hóa, Thể thao và Du lịch.\n\n- Cơ quan phối hợp: Công an tỉnh."
        )
    }

    #[test]
    fn table() {
        let unassigned =
            "(Sở Văn hóa, Thể thao và Du lịch chủ trì, phối hợp các sở, ngành thực hiện)\n\n";
        let pass = vec![
            plan(BODY),
            // the lead in the heading
            plan_with(unassigned, "").replace(
                "1. Công tác truyền thông",
                "1. Sở Văn hóa, Thể thao và Du lịch chủ trì",
            ),
            // a section-level line after the items
            plan_with(
                unassigned,
                "- Phân công trách nhiệm: Công an tỉnh chủ trì thực hiện.\n\n",
            ),
            // labelled lines under each item
            plan_with(unassigned, "")
                .replace(
                    "báo chí.",
                    "báo chí.\n\n- Cơ quan thực hiện: Sở Văn hóa, Thể thao và Du lịch.",
                )
                .replace("cơ sở.", "cơ sở.\n\n- Cơ quan thực hiện: Công an tỉnh."),
            // a task written as a plain paragraph under its numbered heading, assigned
            // by the parenthesis it ends with (issue 15, item 4)
            plan_with(
                "- Công an tỉnh chủ trì thực hiện.",
                "Tăng cường kiểm tra các cơ sở kinh doanh lưu trú trên địa bàn (Công an tỉnh chủ trì, phối hợp các sở, ngành thực hiện).",
            ),
            // an assignment item beside the items it covers (issue 15, item 2)
            plan_with(unassigned, "").replace(
                "a) Tuyên truyền trên báo chí.\n\nb) Tuyên truyền tại cơ sở.",
                &assignment_item("b) Phân công"),
            ),
            plan_with(unassigned, "").replace(
                "a) Tuyên truyền trên báo chí.\n\nb) Tuyên truyền tại cơ sở.",
                &assignment_item("b) Phân công thực hiện:"),
            ),
            plan_with(unassigned, "").replace(
                "a) Tuyên truyền trên báo chí.\n\nb) Tuyên truyền tại cơ sở.",
                &assignment_item("b) Tổ chức thực hiện"),
            ),
        ];
        let fail = vec![
            (
                plan_with(
                    "- Công an tỉnh chủ trì thực hiện.",
                    "- Kiểm tra các cơ sở kinh doanh lưu trú.",
                ),
                "- Kiểm tra các cơ sở",
                "chưa giao",
            ),
            // the same paragraph with a parenthesis that assigns no one
            (
                plan_with(
                    "- Công an tỉnh chủ trì thực hiện.",
                    "Tăng cường kiểm tra các cơ sở kinh doanh lưu trú trên địa bàn (theo Luật Cư trú).",
                ),
                "2. Công tác phòng ngừa",
                "Nhiệm vụ 2 chưa giao",
            ),
        ];
        assert_table("A001", &pass, &fail);
        // Both items left without a lead: one finding each, nothing else.
        assert_findings(
            "A001",
            &plan_with(unassigned, ""),
            &[
                ("a) Tuyên truyền", "Nhiệm vụ a chưa giao"),
                ("b) Tuyên truyền", "Nhiệm vụ b chưa giao"),
            ],
            "both items",
        );
        // an item that is not an assignment covers only itself: a)'s bullets have none
        assert_findings(
            "A001",
            &plan_with(unassigned, "").replace(
                "a) Tuyên truyền trên báo chí.\n\nb) Tuyên truyền tại cơ sở.",
                &assignment_item("b) Kết quả cần đạt"),
            ),
            &[
                (
                    "- Tuyên truyền trên báo chí",
                    "Nhiệm vụ “Tuyên truyền trên báo chí” chưa giao",
                ),
                (
                    "- Tuyên truyền tại cơ sở",
                    "Nhiệm vụ “Tuyên truyền tại cơ sở” chưa giao",
                ),
            ],
            "an item beside that does not assign",
        );
    }

    /// A table of tasks: a row whose lead cell is empty has no lead; a group's row is no
    /// task; the item that holds the table is led by it.
    #[test]
    fn tables_of_tasks() {
        let table = |rows: &str| {
            plan_with(
                "2. Công tác phòng ngừa\n\n- Công an tỉnh chủ trì thực hiện.",
                &format!("2. Phân công nhiệm vụ\n\n{rows}"),
            )
        };
        let tabs = "STT\tNội dung\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian\n\
                    1\tTuyên truyền tại cơ sở\tCông an tỉnh\tSở Y tế\tCả năm\n\
                    \tTập huấn cán bộ\tCông an tỉnh\t\tQuý II\n\
                    \tCÔNG TÁC KHÁC\n\
                    2\tHỗ trợ nạn nhân trở về\t\tSở Y tế\tQuý I";
        assert_findings(
            "A001",
            &table(tabs),
            &[("2\tHỗ trợ nạn nhân", "Nhiệm vụ 2 chưa giao")],
            "a table in tabs",
        );
        let bars = "| STT | Nội dung | Cơ quan chủ trì | Cơ quan phối hợp |\n|---|---|---|---|\n\
                    | 1 | Tuyên truyền tại cơ sở | Công an tỉnh | Sở Y tế |\n\
                    | | **CÔNG TÁC KHÁC** | | |\n\
                    | 2 | Hỗ trợ nạn nhân trở về | | Sở Y tế |";
        assert_findings(
            "A001",
            &table(bars),
            &[("| 2 | Hỗ trợ", "Nhiệm vụ 2 chưa giao")],
            "a markdown table",
        );
        // copied from Word: a task of two paragraphs and partners of two break their
        // rows over lines
        let word = "STT\tNội dung\tCơ quan chủ trì\tCơ quan phối hợp\n\
                    1\tTuyên truyền tại cơ sở\nTổ chức hội nghị\tCông an tỉnh\tSở Y tế;\nSở Tư pháp\n\
                    2\tHỗ trợ nạn nhân trở về\t\tSở Y tế";
        assert_findings(
            "A001",
            &table(word),
            &[("2\tHỗ trợ nạn nhân", "Nhiệm vụ 2 chưa giao")],
            "rows Word broke over lines",
        );
        let led = bars.replace("trở về | |", "trở về | Sở Y tế |");
        assert_findings("A001", &table(&led), &[], "every row led");
        // a commune's table: the body that carries each task out, beside its time
        let doers = "| TT | Nội dung công việc | Thời gian thực hiện | Đơn vị thực hiện |\n|---|---|---|---|\n\
                     | 1 | Tuyên truyền tại các thôn | Cả năm | Công an tỉnh |\n\
                     | 2 | Rà soát người đi làm ăn xa | Quý I | |";
        assert_findings(
            "A001",
            &table(doers),
            &[("| 2 | Rà soát", "Nhiệm vụ 2 chưa giao")],
            "a column of the bodies that carry tasks out",
        );
        // a table without a lead's column assigns nothing: its item has no lead (a
        // column of times “thực hiện” is none)
        let plain = "| STT | Nội dung | Thời gian thực hiện |\n|---|---|---|\n| 1 | Tuyên truyền | Cả năm |";
        assert_findings(
            "A001",
            &table(plain),
            &[("2. Phân công", "Nhiệm vụ 2 chưa giao")],
            "no lead's column",
        );
    }

    /// A table of tasks in the plan's appendix, after the signature, assigns the plan's
    /// tasks: the items of the body then need no lead of their own, and each row is
    /// judged by its lead cell.
    #[test]
    fn table_in_the_appendix() {
        let unled = plan_with(
            "- Công an tỉnh chủ trì thực hiện.",
            "Điều tra các vụ mua bán người. (Phân công cụ thể tại Phụ lục kèm theo)",
        );
        assert_findings(
            "A001",
            &unled,
            &[("2. Công tác phòng ngừa", "Nhiệm vụ 2 chưa giao")],
            "no appendix",
        );
        let appendix = "\nPHỤ LỤC\nPHÂN CÔNG NHIỆM VỤ\n\n\
                        | STT | Nội dung | Cơ quan chủ trì | Cơ quan phối hợp |\n|---|---|---|---|\n\
                        | 1 | Điều tra các vụ mua bán người | Công an tỉnh | Sở Tư pháp |\n\
                        | 2 | Hỗ trợ nạn nhân trở về | | Sở Y tế |\n";
        let text = format!("{unled}{appendix}");
        assert_findings(
            "A001",
            &text,
            &[("| 2 | Hỗ trợ", "Nhiệm vụ 2 chưa giao")],
            "the appendix assigns",
        );
        let hint = findings("A001", &text).remove(0).hint;
        assert!(
            hint.as_deref()
                .is_some_and(|h| h.contains("cột “Cơ quan chủ trì”")),
            "a row's hint names its column: {hint:?}"
        );
        let all_led = text.replace("trở về | |", "trở về | Sở Y tế |");
        assert_findings("A001", &all_led, &[], "every row led");
    }

    #[test]
    fn form_table() {
        use crate::rules::testing::{assert_form_table, form_with, report_form};
        use serde_json::json;
        let pass = [report_form(), form_with(&[("/tasks", Some(json!([])))])];
        let fail = [
            (
                form_with(&[("/tasks/0/lead", None)]),
                "/tasks/0/lead",
                "Nhiệm vụ thứ 1 (mục II.5.2) chưa ghi cơ quan chủ trì",
            ),
            (
                form_with(&[("/tasks/0/lead", Some(json!(" ")))]),
                "/tasks/0/lead",
                "chủ trì",
            ),
        ];
        assert_form_table("A001", &pass, &fail);
    }
}
