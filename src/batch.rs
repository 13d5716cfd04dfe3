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

use crate::messages;
use crate::render::CheckedFile;
use crate::{try_check_text, DocKind, Finding, Options, Text};

/// Why one file could not be checked, in both languages.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FileError {
    pub vi: String,
    pub en: String,
}

impl FileError {
    fn new(message: Text) -> Self {
        FileError {
            vi: message.vi,
            en: message.en,
        }
    }

    /// The reason (in each language) a file is refused, after its name: `kh.doc: …`.
    fn named(name: &str, vi: &str, en: &str) -> Self {
        FileError {
            vi: format!("{name}: {vi}"),
            en: format!("{name}: {en}"),
        }
    }
}

impl From<FileError> for Text {
    fn from(e: FileError) -> Text {
        Text { vi: e.vi, en: e.en }
    }
}

/// The words of the command line (data/messages/cli.txt), for `main.rs`: another
/// crate, which cannot reach `crate::messages`.
#[doc(hidden)]
pub mod cli_messages {
    pub use crate::messages::{
        cli_bad_options, cli_bad_today, cli_cannot_read_file, cli_cannot_read_folder,
        cli_cannot_write, cli_empty_folder, cli_error, cli_invalid_profile, cli_note,
        cli_path_unreadable, cli_profile_unreadable, cli_some_paths_unreadable, cli_stdin_twice,
        cli_unknown_profile, cli_unknown_profile_or_file,
    };
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
    let bytes = read_file(path)?;
    let name = path.display().to_string();
    check_bytes(name, bytes, options)
}

/// What a file's bytes are: a Word document, an old Word file, a PDF, or text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Docx,
    Doc,
    Pdf,
    Text,
}

impl Format {
    /// By the name's extension, else by the first bytes (stdin, a file with no
    /// extension): a zip is taken as a .docx, an OLE file as a .doc.
    pub fn of(name: &str, bytes: &[u8]) -> Format {
        let path = Path::new(name);
        if has_extension(path, "docx") {
            Format::Docx
        } else if has_extension(path, "doc") {
            Format::Doc
        } else if has_extension(path, "pdf") {
            Format::Pdf
        } else if has_extension(path, "txt")
            || has_extension(path, "md")
            || has_extension(path, "json")
        {
            Format::Text
        } else if bytes.starts_with(b"PK\x03\x04") {
            Format::Docx
        } else if bytes.starts_with(&[0xd0, 0xcf, 0x11, 0xe0]) {
            Format::Doc
        } else if bytes.starts_with(b"%PDF-") {
            Format::Pdf
        } else {
            Format::Text
        }
    }
}

/// Checks the bytes of a file (or stdin) named `name`: a Word document, a PDF with a
/// text layer, or a text.
pub fn check_bytes(
    name: String,
    bytes: Vec<u8>,
    options: &Options,
) -> Result<CheckedFile, FileError> {
    let shown_name = shown(&name);
    match Format::of(&name, &bytes) {
        Format::Docx => check_docx(name, &bytes, options),
        Format::Doc => {
            let (vi, en) = crate::docx::DocxError::OldWord.text();
            Err(FileError::named(&shown_name, &vi, &en))
        }
        #[cfg(feature = "pdf")]
        Format::Pdf => {
            let text = crate::pdf::text(&bytes).map_err(|e| {
                let (vi, en) = e.text();
                FileError::named(&shown_name, &vi, &en)
            })?;
            check_decoded(name, text, options)
        }
        #[cfg(not(feature = "pdf"))]
        // Not in data/messages/: a message no default build uses would be dead code there.
        Format::Pdf => Err(FileError::named(
            &shown_name,
            "bản baocao này được dựng không có phần đọc PDF (tính năng pdf)",
            "this build of baocao reads no PDF (the pdf feature)",
        )),
        Format::Text => {
            let text = decode(bytes, &shown_name)?;
            check_decoded(name, text, options)
        }
    }
}

/// A Word document: its findings name their paragraph; the text shown under them is
/// the text read from it.
fn check_docx(name: String, bytes: &[u8], options: &Options) -> Result<CheckedFile, FileError> {
    let checked = crate::check_docx(bytes, options).map_err(|e| {
        let (vi, en) = e.text();
        FileError::named(&shown(&name), &vi, &en)
    })?;
    Ok(CheckedFile {
        path: name,
        kind: checked.checked.kind,
        findings: checked.checked.findings,
        source: checked.text,
    })
}

/// A file name as it may be shown on a terminal: control characters (a name can hold
/// escape sequences that would drive the terminal) and bidirectional overrides (that
/// would reorder what is shown) written as `\x1b`, `\u{202e}`.
pub fn shown(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    for c in name.chars() {
        match c {
            '\0'..='\x1f' | '\x7f' => out.push_str(&format!("\\x{:02x}", c as u32)),
            '\u{80}'..='\u{9f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' => {
                out.push_str(&format!("\\u{{{:x}}}", c as u32))
            }
            c => out.push(c),
        }
    }
    out
}

/// The bytes of a file, refusing at once what is not a regular file (a FIFO, socket or
/// device is never opened, so never waited on) or is larger than
/// [`crate::limits::MAX_FILE_BYTES`]. The file is opened non-blocking, so that one
/// replaced by a FIFO after it was looked at cannot hang the check either.
pub fn read_file(path: &Path) -> Result<Vec<u8>, FileError> {
    let name = shown(&path.display().to_string());
    let cannot =
        |e: std::io::Error| FileError::new(messages::file_cannot_read(&name, e.to_string()));
    let not_regular = || FileError::new(messages::file_not_regular(&name));
    let metadata = std::fs::metadata(path).map_err(cannot)?;
    if !metadata.is_file() {
        return Err(not_regular());
    }
    check_size(metadata.len(), &name)?;
    let mut options = std::fs::OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.custom_flags(libc::O_NONBLOCK);
    }
    let file = options.open(path).map_err(cannot)?;
    if !file.metadata().map_err(cannot)?.is_file() {
        return Err(not_regular());
    }
    read_capped(file, &name)
}

/// All of `reader`, refused past [`crate::limits::MAX_FILE_BYTES`] (a file that grows
/// while read, stdin fed from `/dev/zero`): at most one byte more is read.
pub fn read_capped(reader: impl std::io::Read, name: &str) -> Result<Vec<u8>, FileError> {
    use std::io::Read;
    let mut bytes = Vec::new();
    reader
        .take(crate::limits::MAX_FILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| FileError::new(messages::file_cannot_read_stream(name, e.to_string())))?;
    check_size(bytes.len() as u64, name)?;
    Ok(bytes)
}

fn check_size(len: u64, name: &str) -> Result<(), FileError> {
    use crate::limits::{grouped, MAX_FILE_BYTES};
    if len <= MAX_FILE_BYTES {
        return Ok(());
    }
    let max = MAX_FILE_BYTES as usize;
    let limit = Text::new(grouped(max, '.'), grouped(max, ','));
    Err(FileError::new(messages::file_too_large(name, limit)))
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
        (DocKind::Report, check_form(&text, &shown(&path), options)?)
    } else {
        let checked = try_check_text(&text, options)
            .map_err(|e| FileError::named(&shown(&path), &e.vi, &e.en))?;
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
    let json = crate::form::value::json_with_infinities(json);
    let parsed: serde_json::Value = serde_json::from_str(&json).map_err(|e| {
        let (line, column) = (e.line(), e.column());
        let why = if e.to_string().contains("recursion limit") {
            messages::file_form_nested_too_deeply()
        } else {
            messages::file_form_not_json()
        };
        FileError::new(messages::file_form_unreadable(name, why, line, column))
    })?;
    let mut form = crate::form::Value::from_json(&parsed)
        .map_err(|_| FileError::new(messages::file_form_too_deep(name, crate::form::MAX_DEPTH)))?;
    form.restore_infinities();
    form.check_limits()
        .map_err(|e| FileError::new(messages::file_form_over_limit(name, Text::new(e.vi, e.en))))?;
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
        return Err(FileError::new(messages::file_utf32(name)));
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
    if let Some(order) = utf16_without_mark(&bytes) {
        return Err(FileError::new(messages::file_utf16_without_mark(
            name, order,
        )));
    }
    // Most files: UTF-8 with no mark, which becomes the text without a copy.
    String::from_utf8(bytes).map_err(|e| utf8_error(e.as_bytes(), e.utf8_error(), 0, name))
}

/// Whether the text looks like UTF-16 with no byte-order mark: in its first 4 KB, one
/// byte of most pairs is zero (the high byte of Latin letters, digits and spaces) and
/// the other almost never. No plan in UTF-8 has NUL bytes.
fn utf16_without_mark(bytes: &[u8]) -> Option<&'static str> {
    let head = &bytes[..bytes.len().min(4096)];
    let pairs = head.len() / 2;
    if pairs < 2 {
        return None;
    }
    let zeros = |parity: usize| {
        head.iter()
            .skip(parity)
            .step_by(2)
            .filter(|&&b| b == 0)
            .count()
    };
    let (even, odd) = (zeros(0), zeros(1));
    let most = |n: usize| n * 10 >= pairs * 3;
    let few = |n: usize| n * 20 <= pairs;
    if most(odd) && few(even) {
        Some("little-endian")
    } else if most(even) && few(odd) {
        Some("big-endian")
    } else {
        None
    }
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
    FileError::new(messages::file_not_utf8(name, at, line))
}

fn utf16(bytes: &[u8], unit: fn([u8; 2]) -> u16, name: &str) -> Result<String, FileError> {
    let bad = |at: usize| FileError::new(messages::file_bad_utf16(name, at));
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
        // UTF-16 with no byte-order mark: a hint, not "not valid UTF-8".
        let le: Vec<u8> = "Kế hoạch số 12"
            .encode_utf16()
            .flat_map(u16::to_le_bytes)
            .collect();
        let be: Vec<u8> = "Kế hoạch số 12"
            .encode_utf16()
            .flat_map(u16::to_be_bytes)
            .collect();
        for (bytes, order) in [(le, "little-endian"), (be, "big-endian")] {
            let e = decode(&bytes, "x").unwrap_err();
            assert!(
                e.en.contains(&format!("UTF-16 ({order}) without a byte-order mark")),
                "{}",
                e.en
            );
            assert!(e.en.contains("save it as UTF-8"), "{}", e.en);
            assert!(e.vi.contains("UTF-16"), "{}", e.vi);
        }
        assert!(decode(b"\xff\xfea\0b", "x")
            .unwrap_err()
            .en
            .contains("byte offset 4"));
    }
}
