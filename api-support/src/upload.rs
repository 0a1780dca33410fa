//! The file parts of a `multipart/form-data` request, handed to the handler beside its typed
//! body ([`crate::form`] reads them).

use axum::body::Bytes;

/// A file part of a form.
#[derive(Debug, Clone)]
pub struct Upload {
    /// The form field it was sent as.
    pub field: String,
    /// The client's file name, as sent (never used as a path).
    pub filename: String,
    pub content_type: Option<String>,
    pub bytes: Bytes,
}

/// The file parts of a request, by field.
#[derive(Debug, Default)]
pub struct Uploads(Vec<Upload>);

impl Uploads {
    /// Takes the file sent as `field`.
    pub fn take(&mut self, field: &str) -> Option<Upload> {
        let i = self.0.iter().position(|u| u.field == field)?;
        Some(self.0.swap_remove(i))
    }

    pub(crate) fn has(&self, field: &str) -> bool {
        self.0.iter().any(|u| u.field == field)
    }

    pub(crate) fn push(&mut self, upload: Upload) {
        self.0.push(upload);
    }
}
