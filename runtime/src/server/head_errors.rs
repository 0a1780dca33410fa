//! hyper answers a request whose head it cannot parse (a URI over 64 KiB, too many or too large
//! headers, malformed HTTP) itself, with a bare status and no body. This connection wrapper puts
//! such an answer in our envelope, with a request id, like every other answer of the server: it
//! recognises the bare error response among hyper's writes (our own answers always carry a
//! `content-type`) and writes the enveloped one instead. hyper closes the connection after it.

use crate::util::new_id;
use hyper::rt::{Read, ReadBufCursor, Write};
use lukhas_api::support::{ApiError, ErrorKind};
use std::io;
use std::pin::Pin;
use std::task::{Context, Poll};

pub struct Enveloped<T> {
    inner: T,
    /// The enveloped answer being written in place of hyper's, and how much of it is written.
    replacement: Option<(Vec<u8>, usize)>,
}

impl<T> Enveloped<T> {
    pub fn new(inner: T) -> Enveloped<T> {
        Enveloped {
            inner,
            replacement: None,
        }
    }
}

/// The status of a bare error response hyper wrote for an unparseable request head.
fn bare_error(buf: &[u8]) -> Option<u16> {
    let head_end = buf.windows(4).position(|w| w == b"\r\n\r\n")?;
    let head = std::str::from_utf8(&buf[..head_end]).ok()?;
    let status: u16 = head
        .strip_prefix("HTTP/1.1 ")
        .or_else(|| head.strip_prefix("HTTP/1.0 "))?
        .get(..3)?
        .parse()
        .ok()?;
    let bare = !head.to_ascii_lowercase().contains("\r\ncontent-type:");
    (bare && matches!(status, 400 | 414 | 431)).then_some(status)
}

/// Our answer for such a request, as bytes on the wire.
fn enveloped(status: u16) -> Vec<u8> {
    let error = match status {
        414 => ApiError::new(
            ErrorKind::UriTooLong,
            "uri_too_long",
            "The request URL is too long.",
        ),
        431 => ApiError::new(
            ErrorKind::HeadersTooLarge,
            "headers_too_large",
            "The request's headers are too many or too large.",
        ),
        _ => ApiError::invalid_request("malformed_request", "The request is not valid HTTP/1.1."),
    };
    let body = error.envelope(None);
    let reason = error.status().canonical_reason().unwrap_or("Error");
    format!(
        "HTTP/1.1 {status} {reason}\r\ncontent-type: application/json\r\ncontent-length: {}\r\n\
         x-request-id: {}\r\nconnection: close\r\n\r\n{body}",
        body.len(),
        new_id("req")
    )
    .into_bytes()
}

impl<T: Read + Unpin> Read for Enveloped<T> {
    fn poll_read(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: ReadBufCursor<'_>,
    ) -> Poll<io::Result<()>> {
        Pin::new(&mut self.inner).poll_read(cx, buf)
    }
}

impl<T: Write + Unpin> Write for Enveloped<T> {
    fn poll_write(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &[u8],
    ) -> Poll<io::Result<usize>> {
        let this = &mut *self;
        if this.replacement.is_none() {
            if let Some(status) = bare_error(buf) {
                this.replacement = Some((enveloped(status), 0));
            }
        }
        let Some((bytes, written)) = &mut this.replacement else {
            return Pin::new(&mut this.inner).poll_write(cx, buf);
        };
        while *written < bytes.len() {
            match Pin::new(&mut this.inner).poll_write(cx, &bytes[*written..]) {
                Poll::Ready(Ok(0)) => return Poll::Ready(Err(io::ErrorKind::WriteZero.into())),
                Poll::Ready(Ok(n)) => *written += n,
                Poll::Ready(Err(e)) => return Poll::Ready(Err(e)),
                Poll::Pending => return Poll::Pending,
            }
        }
        // hyper's bytes count as written: ours stand in for them.
        Poll::Ready(Ok(buf.len()))
    }

    fn poll_flush(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.inner).poll_flush(cx)
    }

    fn poll_shutdown(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.inner).poll_shutdown(cx)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_hyper_bare_errors_are_replaced() {
        let bare =
            b"HTTP/1.1 431 Request Header Fields Too Large\r\ncontent-length: 0\r\ndate: x\r\n\r\n";
        assert_eq!(bare_error(bare), Some(431));
        let ours = b"HTTP/1.1 431 Request Header Fields Too Large\r\ncontent-type: application/json\r\ncontent-length: 9\r\n\r\n{\"a\": 1}";
        assert_eq!(bare_error(ours), None);
        assert_eq!(
            bare_error(b"HTTP/1.1 200 OK\r\ncontent-length: 0\r\n\r\n"),
            None
        );
        let out = String::from_utf8(enveloped(414)).unwrap();
        assert!(out.starts_with("HTTP/1.1 414 URI Too Long\r\n"));
        assert!(out.contains("x-request-id: req_") && out.contains("\"code\":\"uri_too_long\""));
        let (head, body) = out.split_once("\r\n\r\n").unwrap();
        assert!(head.contains(&format!("content-length: {}", body.len())));
    }
}
