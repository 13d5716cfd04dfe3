//! The input as the reader sees it, and the way back to the input as the person typed it.
//!
//! Rules read a normalised copy: NFC letters, `\n` line ends, plain spaces, ASCII
//! hyphens, no zero-width characters. Every finding is reported against the original
//! text, in UTF-16 code units, so that `textarea.setSelectionRange(start, end)` selects
//! the culprit even when the person pasted NFD text with CRLF line ends.

use super::vietnamese::{apply_marks, combining_mark, Mark};

/// A point where the normalised text and the original stop advancing in step.
#[derive(Clone, Copy, Debug)]
struct Checkpoint {
    /// Byte offset in the normalised text.
    norm: usize,
    /// Characters of the normalised text before `norm`: columns are counted from here.
    chars: usize,
    /// UTF-16 offset in the original text.
    orig16: usize,
}

/// Checkpoints at least this often, so mapping an offset never walks far.
const CHECKPOINT_EVERY: usize = 1024;

#[derive(Debug)]
pub struct Source {
    text: String,
    checkpoints: Vec<Checkpoint>,
    line_starts: Vec<usize>,
}

impl Source {
    pub fn new(original: &str) -> Source {
        let bytes = original.as_bytes();
        let mut text = String::with_capacity(original.len());
        let mut checkpoints = vec![Checkpoint {
            norm: 0,
            chars: 0,
            orig16: 0,
        }];
        let mut pushed = 0usize; // characters pushed so far
        let mut orig16 = 0usize; // where the next original char starts
        let mut predicted16 = 0usize; // where it would start if nothing had changed
        let mut marks: Vec<Mark> = Vec::new();
        let mut pos = 0usize; // byte offset of the next original char

        while pos < bytes.len() {
            // Most of a document stays as it is: copy it a run at a time, with the
            // checkpoints the character-by-character path below would set.
            let run = unchanged_run(bytes, pos);
            while pos < run {
                let last = checkpoints.last().map_or(0, |cp| cp.norm);
                if orig16 != predicted16 || text.len() - last >= CHECKPOINT_EVERY {
                    push_checkpoint(&mut checkpoints, text.len(), pushed, orig16);
                }
                // Up to the first character that starts a checkpoint's stretch on.
                let last = checkpoints.last().map_or(0, |cp| cp.norm);
                let mut end = run.min(pos + CHECKPOINT_EVERY - (text.len() - last));
                while !original.is_char_boundary(end) {
                    end += 1;
                }
                text.push_str(&original[pos..end]);
                // Every character of a run is one UTF-16 unit (core counts them a word
                // at a time).
                let chars = original[pos..end].chars().count();
                pos = end;
                pushed += chars;
                orig16 += chars;
                predicted16 = orig16;
            }
            let Some(c) = original.get(pos..).and_then(|rest| rest.chars().next()) else {
                break;
            };
            pos += c.len_utf8();
            let start16 = orig16;
            orig16 += c.len_utf16();
            let out = match c {
                '\r' => {
                    if bytes.get(pos) == Some(&b'\n') {
                        pos += 1;
                        orig16 += 1;
                    }
                    Some('\n')
                }
                '\n' | '\t' => Some(c),
                '\u{feff}' | '\u{200b}' | '\u{200c}' | '\u{200d}' | '\u{2060}' | '\u{00ad}' => None,
                '\u{00a0}'
                | '\u{2000}'..='\u{200a}'
                | '\u{202f}'
                | '\u{205f}'
                | '\u{3000}'
                | '\u{000c}'
                | '\u{000b}'
                | '\u{0085}'
                | '\u{2028}'
                | '\u{2029}' => Some(' '),
                '\u{2010}'..='\u{2015}' | '\u{2212}' | '\u{fe58}' | '\u{fe63}' | '\u{ff0d}' => {
                    Some('-')
                }
                c if c.is_control() => Some(' '),
                c => {
                    // Gather the combining marks that follow and compose them if the
                    // result is a Vietnamese letter; otherwise leave them as they are.
                    marks.clear();
                    let mut units = 0;
                    let mut after_marks = pos;
                    for m in original[pos..].chars() {
                        match combining_mark(m) {
                            Some(mark) if marks.len() < 2 => {
                                marks.push(mark);
                                units += m.len_utf16();
                                after_marks += m.len_utf8();
                            }
                            _ => break,
                        }
                    }
                    // (Most letters have no marks after them: no lookup then.)
                    let composed = if marks.is_empty() {
                        None
                    } else {
                        apply_marks(c, &marks)
                    };
                    if composed.is_some() {
                        pos = after_marks;
                        orig16 += units;
                    }
                    Some(composed.unwrap_or(c))
                }
            };
            if let Some(out) = out {
                let last = checkpoints.last().map_or(0, |cp| cp.norm);
                if start16 != predicted16 || text.len() - last >= CHECKPOINT_EVERY {
                    push_checkpoint(&mut checkpoints, text.len(), pushed, start16);
                }
                text.push(out);
                pushed += 1;
                predicted16 = start16 + out.len_utf16();
                if orig16 != predicted16 {
                    push_checkpoint(&mut checkpoints, text.len(), pushed, orig16);
                    predicted16 = orig16;
                }
            }
        }
        if orig16 != predicted16 {
            push_checkpoint(&mut checkpoints, text.len(), pushed, orig16);
        }

        let mut line_starts = vec![0];
        line_starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
        Source {
            text,
            checkpoints,
            line_starts,
        }
    }

    /// The normalised text every reader and rule works on.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// The UTF-16 offset in the original input of a byte offset in [`Self::text`].
    pub fn utf16_offset(&self, norm: usize) -> usize {
        let norm = self.floor_boundary(norm);
        let i = self.checkpoints.partition_point(|cp| cp.norm <= norm);
        let cp = self.checkpoints[i.saturating_sub(1)];
        cp.orig16 + self.text[cp.norm..norm].encode_utf16().count()
    }

    /// 1-based line and column (in characters as displayed) of a byte offset.
    pub fn line_column(&self, norm: usize) -> (usize, usize) {
        let norm = self.floor_boundary(norm);
        let line = self.line_starts.partition_point(|&s| s <= norm);
        let start = self.line_starts[line.saturating_sub(1)];
        (
            line.max(1),
            self.chars_before(norm) - self.chars_before(start) + 1,
        )
    }

    /// Characters before a byte offset: from the nearest checkpoint, so a column on a
    /// megabyte-long line costs at most a checkpoint's stretch.
    fn chars_before(&self, norm: usize) -> usize {
        let i = self.checkpoints.partition_point(|cp| cp.norm <= norm);
        let cp = self.checkpoints[i.saturating_sub(1)];
        cp.chars + self.text[cp.norm..norm].chars().count()
    }

    /// Where each line of [`Self::text`] starts: 0, and one past every `\n`.
    pub fn line_starts(&self) -> &[usize] {
        &self.line_starts
    }

    pub fn line_count(&self) -> usize {
        self.line_starts.len()
    }

    fn floor_boundary(&self, mut i: usize) -> usize {
        i = i.min(self.text.len());
        while !self.text.is_char_boundary(i) {
            i -= 1;
        }
        i
    }
}

/// The end of the run of characters from `from` that normalisation leaves as they
/// are: printable ASCII, tabs, line feeds, and the letters of U+00C0–U+02FF,
/// U+0380–U+07FF and U+1000–U+1FFF (the Vietnamese ones among them), none of which
/// it replaces or drops. Every one of them is a single UTF-16 unit. A character
/// followed by a combining mark (U+0300–U+036F, whose UTF-8 starts with 0xCC or
/// 0xCD) may compose with it, so it is left out of the run, as are the marks.
fn unchanged_run(bytes: &[u8], from: usize) -> usize {
    let mut end = from;
    while let Some(&b) = bytes.get(end) {
        let len = UNCHANGED_LEN[usize::from(b)];
        if len == 0 {
            break;
        }
        end += usize::from(len);
    }
    if end > from && matches!(bytes.get(end), Some(0xcc | 0xcd)) {
        // Back to the start of the run's last character.
        end -= 1;
        while end > from && bytes.get(end).is_some_and(|&b| b & 0xc0 == 0x80) {
            end -= 1;
        }
    }
    end
}

/// For each first byte, the length of the character it starts if that character is
/// one [`unchanged_run`] passes over, else 0.
const UNCHANGED_LEN: [u8; 256] = {
    let mut len = [0; 256];
    let mut b = 0;
    while b < 256 {
        len[b] = match b as u8 {
            b' '..=b'~' | b'\n' | b'\t' => 1,
            0xc3..=0xcb | 0xce..=0xdf => 2,
            0xe1 => 3,
            _ => 0,
        };
        b += 1;
    }
    len
};

fn push_checkpoint(checkpoints: &mut Vec<Checkpoint>, norm: usize, chars: usize, orig16: usize) {
    match checkpoints.last_mut() {
        Some(last) if last.norm == norm => last.orig16 = orig16,
        _ => checkpoints.push(Checkpoint {
            norm,
            chars,
            orig16,
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn utf16_find(original: &str, needle: &str) -> usize {
        let byte = original.find(needle).unwrap();
        original[..byte].encode_utf16().count()
    }

    #[test]
    fn nfd_crlf_nbsp_map_back_to_the_original() {
        // "Mục III" in NFD, with CRLF and a non-breaking space before it.
        let original = "Số:\u{a0}1\r\n\r\nMu\u{323}c III\r\nxong";
        let src = Source::new(original);
        assert_eq!(src.text(), "Số: 1\n\nMục III\nxong");
        let at = src.text().find("III").unwrap();
        assert_eq!(src.utf16_offset(at), utf16_find(original, "III"));
        assert_eq!(
            src.utf16_offset(src.text().len()),
            original.encode_utf16().count()
        );
        assert_eq!(src.line_column(at), (3, 5));
        let x = src.text().find("xong").unwrap();
        assert_eq!(src.utf16_offset(x), utf16_find(original, "xong"));
        assert_eq!(src.line_column(x), (4, 1));
    }

    #[test]
    fn dashes_and_zero_width_characters() {
        let original = "KH\u{2013}UBND\u{200b} x\u{2014}y";
        let src = Source::new(original);
        assert_eq!(src.text(), "KH-UBND x-y");
        let y = src.text().find('y').unwrap();
        assert_eq!(src.utf16_offset(y), original.encode_utf16().count() - 1);
    }

    #[test]
    fn long_text_maps_every_offset() {
        let original = "Mu\u{323}c ".repeat(2000) + "end";
        let src = Source::new(&original);
        let at = src.text().find("end").unwrap();
        assert_eq!(src.utf16_offset(at), original.encode_utf16().count() - 3);
    }

    #[test]
    fn columns_far_into_a_long_line() {
        let original = "Mu\u{323}c ".repeat(3000) + "end";
        let src = Source::new(&original);
        let at = src.text().find("end").unwrap();
        assert_eq!(src.line_column(at), (1, 4 * 3000 + 1));
    }

    #[test]
    fn every_piece_maps_back_to_where_it_was_typed() {
        // (typed, normalised) pieces that do not change each other when put together.
        let long = "x".repeat(1500);
        let long_vietnamese = "Nghệ ".repeat(300);
        let pieces: [(&str, &str); 19] = [
            (&long_vietnamese, &long_vietnamese),
            ("Ωж\u{1680}中", "Ωж\u{1680}中"),
            ("ấ\u{301}", "ấ\u{301}"),
            ("\u{a0}\u{ad}\u{85}", "  "),
            ("\u{3000}\u{feff}\u{2212}", " -"),
            ("a", "a"),
            ("Mu\u{323}c", "Mục"),
            ("e\u{302}\u{301}", "ế"),
            ("\r\n", "\n"),
            ("\r", "\n"),
            ("\u{200b}", ""),
            ("\u{a0}", " "),
            (&long, &long),
            ("\t", "\t"),
            ("ệ ", "ệ "),
            ("😀", "😀"),
            (" \u{301}", " \u{301}"),
            ("KH\u{2013}", "KH-"),
            ("\u{7}", " "),
        ];
        let mut random = crate::testing::Lcg(7);
        let (mut original, mut expected) = (String::new(), String::new());
        let mut starts = Vec::new(); // (normalised byte offset, original UTF-16 offset)
        for _ in 0..400 {
            let (typed, norm) = pieces[(random.next() >> 16) as usize % pieces.len()];
            if typed == "\r" && original.ends_with('\r') {
                continue;
            }
            if !norm.is_empty() {
                starts.push((expected.len(), original.encode_utf16().count()));
            }
            original.push_str(typed);
            expected.push_str(norm);
        }
        let src = Source::new(&original);
        assert_eq!(src.text(), expected);
        for (norm, orig16) in starts {
            assert_eq!(src.utf16_offset(norm), orig16, "at {norm}");
            let before = &expected[..norm];
            let line_start = crate::text::chars::rfind_ascii(before, b'\n').map_or(0, |i| i + 1);
            let line = before.matches('\n').count() + 1;
            let column = before[line_start..].chars().count() + 1;
            assert_eq!(src.line_column(norm), (line, column), "at {norm}");
        }
        assert_eq!(
            src.utf16_offset(expected.len()),
            original.encode_utf16().count()
        );
    }

    #[test]
    fn marks_that_do_not_compose_are_kept() {
        let src = Source::new("x\u{301}\u{301}");
        assert_eq!(src.text(), "x\u{301}\u{301}");
        assert_eq!(src.utf16_offset(src.text().len()), 3);
    }
}
