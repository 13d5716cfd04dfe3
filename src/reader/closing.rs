//! The end of a document: recipients (`Nơi nhận:`) and the signature block, in either
//! order, and often side by side on the same lines when extracted from a PDF table.

use super::header::Spanned;
use super::line::Line;
use crate::text::chars::fold_starts_with;
use crate::text::fold;

#[derive(Clone, Debug)]
pub struct Recipients {
    /// The `Nơi nhận:` line.
    pub heading: Spanned,
    /// The `- …` items, hard-wrapped pieces joined.
    pub items: Vec<Spanned>,
}

#[derive(Clone, Debug, Default)]
pub struct Closing {
    pub recipients: Option<Recipients>,
    /// Authority and title lines (`TM. ỦY BAN NHÂN DÂN`, `KT. CHỦ TỊCH`, `PHÓ CHỦ TỊCH`), in order.
    pub signature: Vec<Spanned>,
    /// The signer's name, when it follows the titles.
    pub signer: Option<Spanned>,
}

/// Authority prefixes of Nghị định 30: on behalf of, signing for, acting, by order.
pub const AUTHORITIES: &[&str] = &["TM.", "KT.", "Q.", "TL.", "TUQ."];

pub fn authority_of(clean: &str) -> Option<&'static str> {
    AUTHORITIES.iter().copied().find(|a| {
        clean.strip_prefix(a).is_some_and(|rest| {
            rest.starts_with(' ') || rest.starts_with(|c: char| c.is_uppercase())
        })
    })
}

pub fn is_recipients_heading(clean: &str) -> bool {
    fold_starts_with(clean, "noi nhan")
}

/// A line of titles: upper case, no bullet, and either a known title or an authority.
pub fn is_signature_line(clean: &str) -> bool {
    if clean.starts_with(&['-', '+', '•'][..]) {
        return false;
    }
    if authority_of(clean).is_some() || clean.starts_with("T/M ") {
        return true;
    }
    let upper = clean.chars().any(char::is_alphabetic) && !clean.chars().any(char::is_lowercase);
    upper && {
        let f = fold(clean);
        super::titles::is_title(&f) || f.strip_prefix("pho ").is_some_and(super::titles::is_title)
    }
}

/// Whether folded `text` starts with the whole words of `words`.
pub fn starts_with_words(text: &str, words: &str) -> bool {
    text.strip_prefix(words)
        .is_some_and(|rest| rest.is_empty() || rest.starts_with(' '))
}

pub fn read(lines: &[Line]) -> Closing {
    let mut closing = Closing::default();
    // Recipients run from `Nơi nhận:` until something that is not one of them (an
    // appendix after the signature, say).
    let mut collecting = false;
    for line in lines {
        for cell in &line.cells {
            let clean = cell.clean.as_str();
            // PDF extraction puts blank lines between the entries: they end nothing.
            if clean.is_empty() {
                continue;
            }
            let spanned = || Spanned {
                text: clean.to_owned(),
                span: cell.span.clone(),
                line: line.number,
            };
            let items = closing.recipients.as_ref().map_or(0, |r| r.items.len());
            if is_recipients_heading(clean) {
                // `Nơi nhận: - Như trên;` carries its first item on the same line.
                let rest = clean.split_once(':').map_or("", |(_, r)| r.trim());
                closing.recipients = Some(Recipients {
                    heading: spanned(),
                    items: Vec::new(),
                });
                if let Some(item) = rest.strip_prefix('-').or_else(|| rest.strip_prefix('+')) {
                    let at = cell.span.end - rest.len();
                    push_item(
                        &mut closing,
                        item.trim().to_owned(),
                        at..cell.span.end,
                        line.number,
                    );
                }
                collecting = true;
            } else if is_signature_line(clean) {
                closing.signature.push(spanned());
            } else if collecting && clean.starts_with(&['-', '+', '•'][..]) {
                let item = clean
                    .trim_start_matches(&['-', '+', '•'][..])
                    .trim()
                    .to_owned();
                push_item(&mut closing, item, cell.span.clone(), line.number);
            } else if collecting
                && items > 0
                && (clean.starts_with(char::is_lowercase)
                    || last_unfinished(&closing)
                        && (closing.signature.is_empty() || !is_name(clean)))
            {
                // A wrapped recipient: its next piece starts in lower case, or with a
                // capital (a proper noun) after a piece that did not end with `;` or `.`.
                if let Some(last) = closing.recipients.as_mut().and_then(|r| r.items.last_mut()) {
                    last.text.push(' ');
                    last.text.push_str(clean);
                    last.span.end = last.span.end.max(cell.span.end);
                }
            } else if collecting && (clean.ends_with(';') || fold_starts_with(clean, "luu")) {
                // Extraction sometimes drops the dashes.
                push_item(
                    &mut closing,
                    clean.to_owned(),
                    cell.span.clone(),
                    line.number,
                );
            } else if !closing.signature.is_empty() && closing.signer.is_none() && is_name(clean) {
                closing.signer = Some(spanned());
            } else if items > 0 && !clean.starts_with('(') && !clean.starts_with('[') {
                collecting = false;
            }
        }
    }
    closing
}

/// Whether the last recipient read so far was cut before its `;` or `.`.
fn last_unfinished(closing: &Closing) -> bool {
    closing
        .recipients
        .as_ref()
        .and_then(|r| r.items.last())
        .is_some_and(|i| !i.text.ends_with(&[';', '.'][..]) && !fold_starts_with(&i.text, "luu"))
}

fn push_item(closing: &mut Closing, text: String, span: std::ops::Range<usize>, line: usize) {
    if let Some(r) = closing.recipients.as_mut() {
        r.items.push(Spanned { text, span, line });
    }
}

/// A person's name: two to six words, each starting with a capital.
fn is_name(clean: &str) -> bool {
    let words: Vec<&str> = clean.split(' ').collect();
    (2..=6).contains(&words.len())
        && words
            .iter()
            .all(|w| w.starts_with(char::is_uppercase) && w.chars().all(char::is_alphabetic))
}

#[cfg(test)]
mod tests {
    use super::super::line::split_lines;
    use super::*;

    #[test]
    fn reads_recipients_and_signature_side_by_side() {
        let text = "Nơi nhận:                        TM. ỦY BAN NHÂN DÂN\n- Như trên;                      KT. CHỦ TỊCH\n- Các sở,\nban, ngành;\n- Lưu: VT.                       PHÓ CHỦ TỊCH\n\nNguyễn Văn A";
        let c = read(&split_lines(text));
        let items: Vec<_> = c
            .recipients
            .unwrap()
            .items
            .into_iter()
            .map(|i| i.text)
            .collect();
        assert_eq!(items, ["Như trên;", "Các sở, ban, ngành;", "Lưu: VT."]);
        let sig: Vec<_> = c.signature.into_iter().map(|s| s.text).collect();
        assert_eq!(sig, ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"]);
        assert_eq!(c.signer.unwrap().text, "Nguyễn Văn A");
    }

    /// As PDF extraction lays them out (issue 15, item 5): the heading indented, blank
    /// lines between the entries, entries wrapped, the signature block after.
    #[test]
    fn recipients_as_a_pdf_lays_them_out() {
        let text = "      Nơi nhận:\n\n      - Ban Chỉ đạo 138/CP;\n\n      - Các sở, ban, ngành,\n\n      cơ quan TW trên địa bàn tỉnh;\n\n      - Văn phòng Ban Chỉ đạo 138\n\n      Tỉnh ủy;\n\n      - Lưu: VT, NC (LTHT).\n\n\n                TM. ỦY BAN NHÂN DÂN\n\n                KT. CHỦ TỊCH\n\n                PHÓ CHỦ TỊCH\n\n\n                Nguyễn Văn An\n";
        let c = read(&split_lines(text));
        let items: Vec<_> = c
            .recipients
            .unwrap()
            .items
            .into_iter()
            .map(|i| i.text)
            .collect();
        assert_eq!(
            items,
            [
                "Ban Chỉ đạo 138/CP;",
                "Các sở, ban, ngành, cơ quan TW trên địa bàn tỉnh;",
                "Văn phòng Ban Chỉ đạo 138 Tỉnh ủy;",
                "Lưu: VT, NC (LTHT)."
            ]
        );
        let sig: Vec<_> = c.signature.into_iter().map(|s| s.text).collect();
        assert_eq!(sig, ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"]);
        assert_eq!(c.signer.unwrap().text, "Nguyễn Văn An");
        // the filing line without its full stop takes nothing after it
        let text = "Nơi nhận:\n- Công an tỉnh\n- Lưu: VT, NC\n\nGIÁM ĐỐC\n\nTrần Văn B\n";
        let c = read(&split_lines(text));
        let items: Vec<_> = c
            .recipients
            .unwrap()
            .items
            .into_iter()
            .map(|i| i.text)
            .collect();
        assert_eq!(items, ["Công an tỉnh", "Lưu: VT, NC"]);
        assert_eq!(c.signer.unwrap().text, "Trần Văn B");
        // nor does a recipient without its semicolon take the signer's name
        let text = "Nơi nhận:\n- Lưu: VT.\n- Công an tỉnh\n\nGIÁM ĐỐC\n\nTrần Văn B\n";
        let c = read(&split_lines(text));
        assert_eq!(c.signer.unwrap().text, "Trần Văn B");
    }

    #[test]
    fn recipients_without_dashes_and_an_appendix_after() {
        let text =
            "Nơi nhận:\nNhư trên;\nLưu: VT.\n\nGIÁM ĐỐC\n\nTrần Văn B\n\nPHỤ LỤC\n- Biểu số 1;\n";
        let c = read(&split_lines(text));
        let items: Vec<_> = c
            .recipients
            .unwrap()
            .items
            .into_iter()
            .map(|i| i.text)
            .collect();
        assert_eq!(items, ["Như trên;", "Lưu: VT."]);
        assert_eq!(c.signature.len(), 1);
        assert!(!is_signature_line("- PHÓ CHỦ TỊCH UBND TỈNH"));
    }
}
