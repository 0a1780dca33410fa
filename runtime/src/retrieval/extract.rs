//! The text of an uploaded file: UTF-8 text as it is (plain text, Markdown, code, CSV, JSON),
//! PDF through `pdf-extract`; anything else is refused with OpenAI's `unsupported_file`.

use crate::store::vector_stores::FileError;

fn error(code: &str, message: impl Into<String>) -> FileError {
    FileError {
        code: code.into(),
        message: message.into(),
    }
}

/// The text of `bytes` (named `filename`). Blocking: PDF parsing is CPU work.
pub fn text(filename: &str, bytes: &[u8]) -> Result<String, FileError> {
    let text = if bytes.starts_with(b"%PDF-") {
        pdf(bytes)?
    } else if filename.to_ascii_lowercase().ends_with(".pdf") {
        return Err(error(
            "invalid_file",
            "The file is named .pdf but is not a PDF.",
        ));
    } else {
        let text = std::str::from_utf8(bytes).map_err(|_| {
            error(
                "unsupported_file",
                "Only UTF-8 text (plain text, Markdown, code, CSV, JSON) and PDF files can be \
                 searched; this file is neither.",
            )
        })?;
        if text.contains('\u{0}') {
            return Err(error(
                "unsupported_file",
                "The file holds NUL bytes: it is binary, not text.",
            ));
        }
        text.strip_prefix('\u{feff}').unwrap_or(text).to_string()
    };
    if text.trim().is_empty() {
        return Err(error("invalid_file", "The file has no text to search."));
    }
    Ok(text)
}

fn pdf(bytes: &[u8]) -> Result<String, FileError> {
    // pdf-extract panics on some malformed files; a panic here is a broken file, not a crash.
    match std::panic::catch_unwind(|| pdf_extract::extract_text_from_mem(bytes)) {
        Ok(Ok(text)) => Ok(text),
        Ok(Err(e)) => {
            tracing::info!(error = %e, "a PDF's text could not be read");
            Err(error("invalid_file", "The PDF's text could not be read."))
        }
        Err(_) => Err(error("invalid_file", "The PDF is malformed.")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A one-page PDF whose page says `words` (Helvetica), with a correct cross-reference table.
    fn tiny_pdf(words: &str) -> Vec<u8> {
        let stream = format!("BT /F1 12 Tf 72 720 Td ({words}) Tj ET");
        let objects = [
            "<< /Type /Catalog /Pages 2 0 R >>".to_string(),
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>".to_string(),
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R \
             /Resources << /Font << /F1 5 0 R >> >> >>"
                .to_string(),
            format!(
                "<< /Length {} >>\nstream\n{stream}\nendstream",
                stream.len()
            ),
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>".to_string(),
        ];
        let mut out = b"%PDF-1.4\n".to_vec();
        let mut offsets = Vec::new();
        for (i, o) in objects.iter().enumerate() {
            offsets.push(out.len());
            out.extend_from_slice(format!("{} 0 obj\n{o}\nendobj\n", i + 1).as_bytes());
        }
        let xref = out.len();
        out.extend_from_slice(
            format!("xref\n0 {}\n0000000000 65535 f \n", objects.len() + 1).as_bytes(),
        );
        for o in offsets {
            out.extend_from_slice(format!("{o:010} 00000 n \n").as_bytes());
        }
        out.extend_from_slice(
            format!(
                "trailer\n<< /Size {} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n",
                objects.len() + 1
            )
            .as_bytes(),
        );
        out
    }

    #[test]
    fn text_files_pass_through_and_binaries_are_refused() {
        assert_eq!(text("a.md", "\u{feff}# Hi\n".as_bytes()).unwrap(), "# Hi\n");
        assert_eq!(
            text("a.bin", &[0xff, 0xfe, 0x00]).unwrap_err().code,
            "unsupported_file"
        );
        assert_eq!(text("a.txt", b"a\0b").unwrap_err().code, "unsupported_file");
        assert_eq!(text("a.txt", b"  \n").unwrap_err().code, "invalid_file");
        assert_eq!(text("a.pdf", b"hello").unwrap_err().code, "invalid_file");
    }

    #[test]
    fn pdf_text_is_extracted_and_broken_pdfs_fail_cleanly() {
        let got = text("policy.pdf", &tiny_pdf("Returns within 30 days")).unwrap();
        assert!(got.contains("Returns within 30 days"), "{got:?}");
        let broken = &tiny_pdf("x")[..60];
        assert_eq!(text("b.pdf", broken).unwrap_err().code, "invalid_file");
    }
}
