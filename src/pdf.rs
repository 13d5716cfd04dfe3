//! PDFs with a text layer (native only: the reader, pdf-extract, never reaches the
//! wasm). The pages' text in order, a page break as a line break; a PDF with no text (a scan)
//! is an error saying so rather than a document with nothing in it.

/// Why a PDF gave no text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PdfError {
    /// Not readable as a PDF (damaged, encrypted, or not a PDF).
    Unreadable(String),
    /// Pages but no text on them: a scan, or an image of the text.
    NoText,
}

impl PdfError {
    /// The reason in Vietnamese and English.
    pub fn text(&self) -> (String, String) {
        match self {
            PdfError::Unreadable(why) => (
                format!("không đọc được tệp PDF ({why})"),
                format!("the PDF cannot be read ({why})"),
            ),
            PdfError::NoText => (
                "tệp PDF không có lớp chữ (có lẽ là bản quét hoặc ảnh chụp): hãy gửi tệp .docx, hoặc PDF xuất từ Word".into(),
                "the PDF has no text layer (probably a scan or a photo): send the .docx, or a PDF exported from Word".into(),
            ),
        }
    }
}

thread_local! {
    /// Set while pdf-extract runs on this thread: its panics (on damaged files) are
    /// caught and said as an error, not printed.
    static QUIET: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

fn quiet_panics() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            if !QUIET.with(|q| q.get()) {
                previous(info);
            }
        }));
    });
}

/// The text of a PDF's pages, in order.
pub fn text(bytes: &[u8]) -> Result<String, PdfError> {
    quiet_panics();
    QUIET.with(|q| q.set(true));
    let read = std::panic::catch_unwind(|| -> Result<String, pdf_extract::OutputError> {
        let mut doc = pdf_extract::Document::load_mem(bytes)?;
        if doc.is_encrypted() {
            doc.decrypt("")?;
        }
        let mut out = Lines::default();
        pdf_extract::output_doc(&doc, &mut out)?;
        Ok(out.text)
    });
    QUIET.with(|q| q.set(false));
    let text = match read {
        Ok(Ok(text)) => text,
        Ok(Err(e)) => return Err(PdfError::Unreadable(e.to_string())),
        Err(_) => return Err(PdfError::Unreadable("damaged".into())),
    };
    if text.trim().is_empty() {
        return Err(PdfError::NoText);
    }
    Ok(text)
}

/// The characters of the pages as lines: a new line where the text moves down, a space
/// between words, and a tab where a gap is wider than a letter or two — between the
/// cells of a table, which the figure reader then reads as a table, as from Word.
/// (pdf-extract's own plain-text output writes a space there, or nothing.)
#[derive(Default)]
struct Lines {
    text: String,
    page_height: f64,
    last_end: f64,
    last_y: f64,
    /// At the first character of a word (the writer's word boundary).
    word_start: bool,
    /// Any character on this page yet.
    started: bool,
}

impl pdf_extract::OutputDev for Lines {
    fn begin_page(
        &mut self,
        _page: u32,
        media_box: &pdf_extract::MediaBox,
        _art_box: Option<(f64, f64, f64, f64)>,
    ) -> Result<(), pdf_extract::OutputError> {
        self.page_height = media_box.ury - media_box.lly;
        self.started = false;
        // A page break is a line break: a paragraph or a list goes on across it.
        if !self.text.trim().is_empty() {
            self.text.push('\n');
        }
        Ok(())
    }

    fn end_page(&mut self) -> Result<(), pdf_extract::OutputError> {
        Ok(())
    }

    fn output_character(
        &mut self,
        trm: &pdf_extract::Transform,
        width: f64,
        _spacing: f64,
        font_size: f64,
        char: &str,
    ) -> Result<(), pdf_extract::OutputError> {
        // The page's y axis points up; lines are read top down.
        let (x, y) = (trm.m31, self.page_height - trm.m32);
        let (vx, vy) = (
            font_size * (trm.m11 + trm.m21),
            font_size * (trm.m12 + trm.m22),
        );
        let size = (vx * vy).abs().sqrt();
        if self.started {
            let dy = (y - self.last_y).abs();
            if dy > size * 1.5 {
                self.text.push('\n');
            }
            if dy > size * 0.5 {
                self.text.push('\n');
            } else if x > self.last_end + size {
                self.text.push('\t');
            } else if x > self.last_end + size * if self.word_start { 0.1 } else { 0.2 } {
                // A new word a little apart; within a word, a wider gap.
                self.text.push(' ');
            }
        }
        self.text.push_str(char);
        self.started = true;
        self.word_start = false;
        self.last_y = y;
        self.last_end = x + width * size;
        Ok(())
    }

    fn begin_word(&mut self) -> Result<(), pdf_extract::OutputError> {
        self.word_start = true;
        Ok(())
    }

    fn end_word(&mut self) -> Result<(), pdf_extract::OutputError> {
        Ok(())
    }

    fn end_line(&mut self) -> Result<(), pdf_extract::OutputError> {
        Ok(())
    }
}
