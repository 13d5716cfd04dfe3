use crate::rules::declare_rule;

declare_rule! {
    /// ## Lỗi gì
    /// Văn bản hoặc biểu mẫu có hơn 5.000 vấn đề: chỉ 5.000 vấn đề đầu tiên được liệt kê,
    /// và một thông báo này cho biết còn bao nhiêu vấn đề khác, tại chỗ vấn đề đầu tiên bị
    /// bỏ qua.
    ///
    /// ## Vì sao
    /// Hàng nghìn vấn đề làm trang chậm và không ai đọc hết; thường là đã dán nhầm văn bản
    /// hoặc văn bản sai định dạng. Sửa các vấn đề đầu tiên rồi kiểm tra lại.
    ///
    /// ## Ví dụ sai
    /// Một tệp 10 MB dán nhầm vào ô kế hoạch, có 12.000 vấn đề.
    ///
    /// ## Ví dụ đúng
    /// Một kế hoạch có ít vấn đề hơn 5.000.
    /// ---
    /// ## What it finds
    /// A text or form with more than 5,000 problems: only the first 5,000 are listed, and
    /// this note says how many more there are, where the first one left out stands.
    ///
    /// ## Why it matters
    /// Thousands of problems slow the page and no one reads them all; usually the wrong
    /// text was pasted, or it is badly formatted. Fix the first ones and check again.
    ///
    /// ## Wrong
    /// A 10 MB file pasted into the plan box by mistake, with 12,000 problems.
    ///
    /// ## Right
    /// A plan with fewer than 5,000 problems.
    pub static RULE = Rule {
        code: "X001",
        name: "more-findings",
        area: Limits,
        severity: Info,
        title: ("Còn nhiều vấn đề khác không hiện ra", "More problems than are listed"),
    };
}
