//! The zip container of a .docx: the central directory read, the few parts the reader
//! needs found by name and inflated, each within the limits of [`super::limits`].
//!
//! Only what Office Open XML writers produce is read: stored (0) and deflated (8)
//! entries, no encryption, no ZIP64 (a .docx under the 50 MB limit never needs it).
//! Every offset and size is checked against the file before it is used, and inflating
//! stops at the part's budget, so a truncated file, a lying directory or a zip bomb is
//! an error, in time linear in the input.

use super::DocxError;

const EOCD: u32 = 0x0605_4b50;
const CENTRAL: u32 = 0x0201_4b50;
const LOCAL: u32 = 0x0403_4b50;
/// The end record is 22 bytes, followed by a comment of at most 65,535.
const EOCD_LEN: usize = 22;
const MAX_COMMENT: usize = 0xffff;
/// More entries than any .docx has (a few dozen, a few thousand with many images).
const MAX_ENTRIES: usize = 65_535;

/// One entry of the central directory.
#[derive(Clone, Debug)]
pub struct Entry {
    pub name: String,
    method: u16,
    flags: u16,
    compressed: u64,
    uncompressed: u64,
    local_offset: u64,
}

/// The archive: its bytes and its directory.
pub struct Archive<'a> {
    bytes: &'a [u8],
    pub entries: Vec<Entry>,
}

/// A field of a record already checked to be long enough.
fn le16(b: &[u8], at: usize) -> u16 {
    u16::from_le_bytes([b[at], b[at + 1]])
}

fn le32(b: &[u8], at: usize) -> u32 {
    u32::from_le_bytes([b[at], b[at + 1], b[at + 2], b[at + 3]])
}

impl<'a> Archive<'a> {
    /// Reads the central directory. Not a zip at all is [`DocxError::NotZip`]; a zip
    /// whose end or directory is cut off or points outside the file is
    /// [`DocxError::Truncated`].
    pub fn open(bytes: &'a [u8]) -> Result<Self, DocxError> {
        let looks_zip = bytes.starts_with(b"PK\x03\x04") || bytes.starts_with(b"PK\x05\x06");
        let Some(end) = find_end(bytes) else {
            return Err(if looks_zip {
                DocxError::Truncated
            } else {
                DocxError::NotZip
            });
        };
        // find_end found the whole record: its fields are read without checks.
        let record = &bytes[end..end + EOCD_LEN];
        let count = le16(record, 10) as usize;
        let size = le32(record, 12) as usize;
        let offset = le32(record, 16) as usize;
        if count == 0xffff || size == 0xffff_ffff || offset == 0xffff_ffff {
            return Err(DocxError::Unsupported("ZIP64"));
        }
        if count > MAX_ENTRIES {
            return Err(DocxError::Truncated);
        }
        let directory = offset
            .checked_add(size)
            .filter(|&e| e <= end)
            .and_then(|e| bytes.get(offset..e))
            .ok_or(DocxError::Truncated)?;
        let mut entries = Vec::with_capacity(count.min(directory.len() / 46));
        let mut at = 0;
        for _ in 0..count {
            // The fixed 46 bytes of the entry, checked once; its fields then read
            // without a check each.
            let head = directory
                .get(at..at + 46)
                .filter(|h| le32(h, 0) == CENTRAL)
                .ok_or(DocxError::Truncated)?;
            let name_len = le16(head, 28) as usize;
            let next = at + 46 + name_len;
            let name = directory.get(at + 46..next).ok_or(DocxError::Truncated)?;
            entries.push(Entry {
                name: String::from_utf8_lossy(name).into_owned(),
                method: le16(head, 10),
                flags: le16(head, 8),
                compressed: le32(head, 20) as u64,
                uncompressed: le32(head, 24) as u64,
                local_offset: le32(head, 42) as u64,
            });
            at = next + le16(head, 30) as usize + le16(head, 32) as usize;
        }
        Ok(Archive { bytes, entries })
    }

    /// The entry named `name` (case-insensitively, as Office reads part names).
    pub fn find(&self, name: &str) -> Option<&Entry> {
        self.entries
            .iter()
            .find(|e| e.name.eq_ignore_ascii_case(name))
    }

    /// The compressed bytes of `entry`, checked against the file.
    pub fn raw(&self, entry: &Entry) -> Result<&'a [u8], DocxError> {
        Ok(&self.bytes[self.raw_range(entry)?])
    }

    /// Where the compressed bytes of `entry` lie in the file, checked against it.
    pub fn raw_range(&self, entry: &Entry) -> Result<std::ops::Range<usize>, DocxError> {
        if entry.flags & 1 != 0 {
            return Err(DocxError::Encrypted);
        }
        let local = usize::try_from(entry.local_offset).map_err(|_| DocxError::Truncated)?;
        let head = self
            .bytes
            .get(local..)
            .and_then(|b| b.get(..30))
            .filter(|h| le32(h, 0) == LOCAL)
            .ok_or(DocxError::Truncated)?;
        let name_len = le16(head, 26) as usize;
        let extra_len = le16(head, 28) as usize;
        let start = local + 30 + name_len + extra_len;
        let len = usize::try_from(entry.compressed).map_err(|_| DocxError::Truncated)?;
        start
            .checked_add(len)
            .filter(|end| *end <= self.bytes.len())
            .map(|end| start..end)
            .ok_or(DocxError::Truncated)
    }

    /// Whether the entry is deflated (else stored); an error for any other method.
    pub fn deflated(entry: &Entry) -> Result<bool, DocxError> {
        match entry.method {
            0 => Ok(false),
            8 => Ok(true),
            _ => Err(DocxError::Unsupported("compression method")),
        }
    }

    /// The bytes of `entry`, inflated by `inflate` within `budget` bytes (what is left
    /// of the limit on all the parts read), its ratio to the compressed size checked.
    pub fn read(
        &self,
        entry: &Entry,
        budget: usize,
        inflate: &mut impl Inflate,
    ) -> Result<Vec<u8>, DocxError> {
        let raw = self.raw(entry)?;
        if entry.uncompressed > budget as u64 {
            return Err(DocxError::TooLarge);
        }
        let out = if Self::deflated(entry)? {
            inflate(&entry.name, raw, budget)?
        } else {
            raw.to_vec()
        };
        super::check_ratio(raw.len(), out.len())?;
        Ok(out)
    }
}

/// How a deflated part is inflated: its name, its raw deflate stream and the most bytes
/// it may inflate to (more is [`DocxError::TooLarge`]). Generic, not `dyn`: each wasm
/// has one inflater, called directly.
pub trait Inflate: FnMut(&str, &[u8], usize) -> Result<Vec<u8>, DocxError> {}
impl<F: FnMut(&str, &[u8], usize) -> Result<Vec<u8>, DocxError>> Inflate for F {}

/// The offset of the end-of-central-directory record: searched backwards over the
/// longest comment there can be.
fn find_end(bytes: &[u8]) -> Option<usize> {
    if bytes.len() < EOCD_LEN {
        return None;
    }
    let last = bytes.len() - EOCD_LEN;
    let first = last.saturating_sub(MAX_COMMENT);
    (first..=last).rev().find(|&i| le32(bytes, i) == EOCD)
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// A zip of stored entries, as a test builds one.
    pub fn stored(entries: &[(&str, &[u8])]) -> Vec<u8> {
        build(entries, 0, |b| b.to_vec())
    }

    /// A zip whose entries are written with `method` and `encode`.
    pub fn build(
        entries: &[(&str, &[u8])],
        method: u16,
        encode: impl Fn(&[u8]) -> Vec<u8>,
    ) -> Vec<u8> {
        let mut out = Vec::new();
        let mut central = Vec::new();
        for (name, data) in entries {
            let body = encode(data);
            let offset = out.len() as u32;
            out.extend_from_slice(&LOCAL.to_le_bytes());
            out.extend_from_slice(&[20, 0, 0, 0]);
            out.extend_from_slice(&method.to_le_bytes());
            out.extend_from_slice(&[0; 8]); // time, date, crc
            out.extend_from_slice(&(body.len() as u32).to_le_bytes());
            out.extend_from_slice(&(data.len() as u32).to_le_bytes());
            out.extend_from_slice(&(name.len() as u16).to_le_bytes());
            out.extend_from_slice(&0u16.to_le_bytes());
            out.extend_from_slice(name.as_bytes());
            out.extend_from_slice(&body);
            central.extend_from_slice(&CENTRAL.to_le_bytes());
            central.extend_from_slice(&[20, 0, 20, 0, 0, 0]);
            central.extend_from_slice(&method.to_le_bytes());
            central.extend_from_slice(&[0; 8]);
            central.extend_from_slice(&(body.len() as u32).to_le_bytes());
            central.extend_from_slice(&(data.len() as u32).to_le_bytes());
            central.extend_from_slice(&(name.len() as u16).to_le_bytes());
            central.extend_from_slice(&[0; 12]);
            central.extend_from_slice(&offset.to_le_bytes());
            central.extend_from_slice(name.as_bytes());
        }
        let at = out.len() as u32;
        out.extend_from_slice(&central);
        out.extend_from_slice(&EOCD.to_le_bytes());
        out.extend_from_slice(&[0; 4]);
        out.extend_from_slice(&(entries.len() as u16).to_le_bytes());
        out.extend_from_slice(&(entries.len() as u16).to_le_bytes());
        out.extend_from_slice(&(central.len() as u32).to_le_bytes());
        out.extend_from_slice(&at.to_le_bytes());
        out.extend_from_slice(&[0, 0]);
        out
    }

    #[test]
    fn reads_stored_entries_and_refuses_what_is_cut() {
        let zip = stored(&[("a.xml", b"<a/>"), ("word/document.xml", b"<w/>")]);
        let archive = Archive::open(&zip).unwrap();
        let e = archive.find("WORD/document.xml").unwrap();
        assert_eq!(
            archive
                .read(e, 100, &mut |_, r, l| crate::docx::inflate(r, l))
                .unwrap(),
            b"<w/>"
        );
        assert!(matches!(Archive::open(b"hello"), Err(DocxError::NotZip)));
        for cut in [10, zip.len() / 2, zip.len() - 1] {
            assert!(
                matches!(Archive::open(&zip[..cut]), Err(DocxError::Truncated)),
                "{cut}"
            );
        }
        // A directory that points past the file.
        let mut lying = zip.clone();
        let n = lying.len();
        lying[n - 6..n - 2].copy_from_slice(&9_999u32.to_le_bytes());
        assert!(Archive::open(&lying).is_err());
        // Budget: a part larger than what is left.
        assert!(matches!(
            archive.read(e, 2, &mut |_: &str, r: &[u8], l| crate::docx::inflate(r, l)),
            Err(DocxError::TooLarge)
        ));
    }
}
