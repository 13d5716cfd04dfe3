//! Checking many files at once (native only): the receiving office's folder of
//! submissions. Files are read, decoded and checked in parallel (rayon, one worker per
//! core); the results come back in the order the files were given, so the output is the
//! same whatever the number of cores.
//!
//! A `.json` file is a report form (DESIGN §4.4), checked with [`crate::form`];
//! anything else is a plan or report as text.
//!
//! Nothing here prints: a file that cannot be read or decoded gives a [`FileError`]
//! with the message in Vietnamese and English, which the caller shows in order.

use std::path::{Path, PathBuf};

use rayon::prelude::*;

use crate::render::CheckedFile;
use crate::{check_text, DocKind, Finding, Options};

/// Why one file could not be checked, in both languages.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FileError {
    pub vi: String,
    pub en: String,
}

impl FileError {
    fn new(vi: String, en: String) -> Self {
        FileError { vi, en }
    }
}

/// Checks every file, in parallel, and returns one result per file in the order of
/// `paths`. `on_done` is called (from any worker thread) after each file, for a
/// progress bar.
pub fn check_files<F>(
    paths: &[PathBuf],
    options: &Options,
    on_done: F,
) -> Vec<Result<CheckedFile, FileError>>
where
    F: Fn() + Sync,
{
    paths
        .par_iter()
        .map(|path| {
            let result = check_file(path, options);
            on_done();
            result
        })
        .collect()
}

/// Reads, decodes and checks one file.
pub fn check_file(path: &Path, options: &Options) -> Result<CheckedFile, FileError> {
    let name = path.display().to_string();
    let bytes = std::fs::read(path).map_err(|e| {
        FileError::new(
            format!("không đọc được tệp {name} ({e})"),
            format!("cannot read {name}"),
        )
    })?;
    let text = decode(bytes, &name)?;
    check_decoded(name, text, options)
}

/// Checks a text already read and decoded (stdin, or a file). A `.json` file is a
/// report form (DESIGN §4.4); so is a JSON object on stdin. Anything else is a plan or
/// report as text.
pub fn check_decoded(
    path: String,
    text: String,
    options: &Options,
) -> Result<CheckedFile, FileError> {
    let is_form = path.to_lowercase().ends_with(".json")
        || (path == "<stdin>" && text.trim_start().starts_with('{'));
    let (kind, findings) = if is_form {
        (DocKind::Report, check_form(&text, &path, options)?)
    } else {
        let checked = check_text(&text, options);
        (checked.kind, checked.findings)
    };
    Ok(CheckedFile {
        path,
        kind,
        findings,
        source: text,
    })
}

/// A report form in JSON; an error when it is not JSON or nests deeper than a form can.
pub fn check_form(json: &str, name: &str, options: &Options) -> Result<Vec<Finding>, FileError> {
    let parsed: serde_json::Value = serde_json::from_str(json).map_err(|e| {
        let (line, column) = (e.line(), e.column());
        let why = if e.to_string().contains("recursion limit") {
            ("lồng nhau quá sâu", "nested too deeply")
        } else {
            ("không phải JSON hợp lệ", "not valid JSON")
        };
        FileError::new(
            format!("biểu mẫu {name} {} (dòng {line}, cột {column})", why.0),
            format!(
                "the form {name} is {} (line {line}, column {column})",
                why.1
            ),
        )
    })?;
    let form = crate::form::Value::from_json(&parsed).map_err(|_| {
        FileError::new(
            format!(
                "biểu mẫu {name} lồng nhau quá sâu (quá {} cấp)",
                crate::form::MAX_DEPTH
            ),
            format!(
                "the form {name} nests deeper than {} levels",
                crate::form::MAX_DEPTH
            ),
        )
    })?;
    Ok(crate::validate_form(&form, options))
}

/// Whether a path ends in `.ext`, in any case.
pub fn has_extension(path: &Path, ext: &str) -> bool {
    path.extension()
        .and_then(std::ffi::OsStr::to_str)
        .is_some_and(|e| e.eq_ignore_ascii_case(ext))
}

/// The text of a file: UTF-8 (a byte-order mark is dropped), or UTF-16 when it
/// starts with a UTF-16 byte-order mark (Word's "Unicode" export). Anything else is
/// an error naming the byte where it goes wrong: never a silent replacement.
pub fn decode(bytes: Vec<u8>, name: &str) -> Result<String, FileError> {
    if bytes.starts_with(&[0xff, 0xfe, 0, 0]) || bytes.starts_with(&[0, 0, 0xfe, 0xff]) {
        return Err(FileError::new(
            format!("tệp {name} mã hóa UTF-32, không được hỗ trợ; hãy lưu lại dưới dạng UTF-8"),
            format!("{name} is UTF-32, which is not supported; save it as UTF-8"),
        ));
    }
    if let Some(rest) = bytes.strip_prefix(&[0xef, 0xbb, 0xbf]) {
        return utf8(rest, 3, name);
    }
    if let Some(rest) = bytes.strip_prefix(&[0xff, 0xfe]) {
        return utf16(rest, u16::from_le_bytes, name);
    }
    if let Some(rest) = bytes.strip_prefix(&[0xfe, 0xff]) {
        return utf16(rest, u16::from_be_bytes, name);
    }
    // Most files: UTF-8 with no mark, which becomes the text without a copy.
    String::from_utf8(bytes).map_err(|e| utf8_error(e.as_bytes(), e.utf8_error(), 0, name))
}

fn utf8(bytes: &[u8], skipped: usize, name: &str) -> Result<String, FileError> {
    match std::str::from_utf8(bytes) {
        Ok(s) => Ok(s.to_owned()),
        Err(e) => Err(utf8_error(bytes, e, skipped, name)),
    }
}

fn utf8_error(bytes: &[u8], e: std::str::Utf8Error, skipped: usize, name: &str) -> FileError {
    let at = skipped + e.valid_up_to();
    let line = bytes[..e.valid_up_to()]
        .iter()
        .filter(|&&b| b == b'\n')
        .count()
        + 1;
    FileError::new(
        format!(
            "tệp {name} không phải văn bản UTF-8 hợp lệ (vị trí byte {at}, dòng \
             {line}); hãy lưu lại dưới dạng UTF-8"
        ),
        format!(
            "{name} is not valid UTF-8 (at byte offset {at}, line {line}); \
             save it as UTF-8"
        ),
    )
}

fn utf16(bytes: &[u8], unit: fn([u8; 2]) -> u16, name: &str) -> Result<String, FileError> {
    let bad = |at: usize| {
        FileError::new(
            format!(
                "tệp {name} bắt đầu bằng dấu BOM UTF-16 nhưng nội dung không phải UTF-16 \
                 hợp lệ (vị trí byte {at})"
            ),
            format!(
                "{name} starts with a UTF-16 byte-order mark but is not valid UTF-16 \
                 (at byte offset {at})"
            ),
        )
    };
    let units = bytes.chunks_exact(2).map(|c| unit([c[0], c[1]]));
    let mut text = String::with_capacity(bytes.len());
    let mut at = 2; // after the byte-order mark
    for c in char::decode_utf16(units) {
        match c {
            Ok(c) => {
                text.push(c);
                at += 2 * c.len_utf16();
            }
            Err(_) => return Err(bad(at)),
        }
    }
    if bytes.len() % 2 == 1 {
        return Err(bad(2 + bytes.len() - 1));
    }
    Ok(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn results_keep_the_order_of_the_paths() {
        let dir = std::env::temp_dir().join(format!("baocao-batch-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let mut paths = Vec::new();
        for i in 0..64 {
            let p = dir.join(format!("{i:03}.txt"));
            // Different sizes, so that workers finish out of order.
            let text = "KẾ HOẠCH\n".repeat(1 + (64 - i) * 20);
            std::fs::write(&p, text).unwrap();
            paths.push(p);
        }
        paths.push(dir.join("missing.txt"));
        let done = std::sync::atomic::AtomicUsize::new(0);
        let results = check_files(&paths, &Options::default(), || {
            done.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        });
        assert_eq!(done.into_inner(), paths.len());
        assert_eq!(results.len(), paths.len());
        for (path, result) in paths.iter().zip(&results[..64]) {
            assert_eq!(result.as_ref().unwrap().path, path.display().to_string());
        }
        assert!(results[64].as_ref().unwrap_err().en.contains("missing.txt"));
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn decoding() {
        let decode = |bytes: &[u8], name| decode(bytes.to_vec(), name);
        assert_eq!(decode(b"abc", "a").unwrap(), "abc");
        assert_eq!(
            decode("K\u{1ebf} ho\u{1ea1}ch".as_bytes(), "a").unwrap(),
            "Kế hoạch"
        );
        assert!(decode(b"\0\0\xfe\xff", "x")
            .unwrap_err()
            .en
            .contains("UTF-32"));
        assert_eq!(decode(b"\xef\xbb\xbfabc", "a").unwrap(), "abc");
        assert_eq!(decode(b"\xff\xfea\0b\0", "a").unwrap(), "ab");
        assert_eq!(decode(b"\xfe\xff\0a\0b", "a").unwrap(), "ab");
        assert!(decode(b"ab\n\xff", "x").unwrap_err().en.contains("line 2"));
        assert!(decode(b"\xff\xfe\0\0", "x")
            .unwrap_err()
            .en
            .contains("UTF-32"));
        assert!(decode(b"\xff\xfea\0b", "x")
            .unwrap_err()
            .en
            .contains("byte offset 4"));
    }
}
