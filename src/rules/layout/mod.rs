//! F rules: the layout of Nghị định 30/2020/NĐ-CP — number and symbol, place and date,
//! signature block, recipients.
pub mod f001_number_symbol;
pub mod f002_draft_placeholder;
pub mod f003_place_date;
pub mod f004_signature;
pub mod f005_recipients;
pub mod f006_form_field;

/// The number part of a symbol (`61` of `61/KH-UBND`), when it is left blank.
pub(crate) fn number_is_blank(symbol: &str) -> bool {
    let number = symbol.split('/').next().unwrap_or("");
    symbol.contains('/')
        && number
            .chars()
            .all(|c| matches!(c, ' ' | '.' | '…' | '_' | '-' | 'x' | 'X'))
}

/// A fact given but not readable as what it should be (a form field of the wrong
/// type), said as the form says it.
pub(crate) fn unreadable(
    rule: &crate::rules::Rule,
    at: &crate::finding::Location,
    invalid: &crate::form::Invalid,
    expected: crate::form::Expected,
) -> crate::finding::Diagnostic {
    let pointer = match at {
        crate::finding::Location::Path(p) => p.as_str(),
        crate::finding::Location::Span(_) => "",
    };
    rule.report_at(
        at.clone(),
        crate::form::invalid_message(pointer, invalid, expected),
    )
}
