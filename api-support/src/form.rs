//! `multipart/form-data` bodies (file uploads) read into the same shape as a JSON body, so one
//! schema validates both: text parts become JSON values typed by the form's declared fields
//! (`name[key]` parts become an object's members, as OpenAI's SDKs send them), and each file part
//! becomes its file name in the JSON while its bytes are kept aside as an [`Upload`] for the
//! handler.

use crate::error::{ApiError, ErrorKind, ValidationIssue};
use crate::operation::{FormField, ParamType};
use crate::upload::{Upload, Uploads};
use axum::body::Body;
use axum::extract::multipart::{Multipart, MultipartError};
use axum::extract::FromRequest;
use http::Request;
use serde_json::{Map, Value};

/// Reads a form: its JSON shape, its files, and what was wrong with its parts.
pub(crate) async fn read(
    request: Request<Body>,
    declared: &[FormField],
) -> Result<(Value, Uploads, Vec<ValidationIssue>), ApiError> {
    let not_a_form = || {
        ApiError::new(
            ErrorKind::UnsupportedMediaType,
            "unsupported_media_type",
            "Expected `Content-Type: multipart/form-data` with a boundary.",
        )
    };
    let is_form = request
        .headers()
        .get(http::header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| {
            v.trim_start()
                .to_ascii_lowercase()
                .starts_with("multipart/form-data")
        });
    if !is_form {
        // Read (within the body limit) before answering, so that a client still sending sees
        // the 415 rather than a connection closed under it.
        let _ = axum::body::to_bytes(request.into_body(), usize::MAX).await;
        return Err(not_a_form());
    }
    let mut multipart = Multipart::from_request(request, &())
        .await
        .map_err(|_| not_a_form())?;
    let (mut json, mut uploads, mut issues) = (Map::new(), Uploads::default(), Vec::new());
    while let Some(field) = multipart.next_field().await.map_err(unreadable)? {
        let name = field.name().unwrap_or_default().to_string();
        let spec = declared.iter().find(|f| f.name == name);
        let filename = field.file_name().map(str::to_string);
        let content_type = field.content_type().map(str::to_string);
        let bytes = field.bytes().await.map_err(unreadable)?;
        let param = format!("/{}", name.replace('[', "/").replace(']', ""));
        let value = match (spec.is_some_and(|f| f.file), filename) {
            (true, Some(filename)) => {
                if uploads.has(&name) {
                    issues.push(issue(&param, "holds more than one file: send one"));
                }
                uploads.push(Upload {
                    field: name.clone(),
                    filename: filename.clone(),
                    content_type,
                    bytes,
                });
                Value::String(filename)
            }
            (true, None) => {
                issues.push(issue(&param, "must be a file part (with a filename)"));
                continue;
            }
            (false, _) => match String::from_utf8(bytes.to_vec()) {
                Ok(text) => coerce(text, spec.map_or(ParamType::String, |f| f.ty)),
                Err(_) => {
                    issues.push(issue(&param, "is not UTF-8 text"));
                    continue;
                }
            },
        };
        insert(&mut json, &name, value);
    }
    Ok((Value::Object(json), uploads, issues))
}

fn issue(param: &str, message: &str) -> ValidationIssue {
    ValidationIssue {
        param: param.to_string(),
        message: message.to_string(),
    }
}

/// `413` past the upload limit, else `400`.
fn unreadable(e: MultipartError) -> ApiError {
    if e.status() == http::StatusCode::PAYLOAD_TOO_LARGE {
        ApiError::new(
            ErrorKind::PayloadTooLarge,
            "payload_too_large",
            "The upload exceeds the server's limit.",
        )
    } else {
        ApiError::invalid_request(
            "invalid_body",
            format!("The multipart body could not be read: {}.", e.body_text()),
        )
    }
}

/// Text -> JSON per the declared type; text that does not parse stays a string so that schema
/// validation names the field.
fn coerce(text: String, ty: ParamType) -> Value {
    let parsed = match ty {
        ParamType::String => None,
        ParamType::Integer => text.trim().parse::<i64>().ok().map(Value::from),
        ParamType::Number => text
            .trim()
            .parse::<f64>()
            .ok()
            .filter(|f| f.is_finite())
            .map(Value::from),
        ParamType::Boolean => match text.trim() {
            "true" => Some(Value::Bool(true)),
            "false" => Some(Value::Bool(false)),
            _ => None,
        },
    };
    parsed.unwrap_or(Value::String(text))
}

/// `a[b]` goes to `json.a.b`; any other name to `json[name]` (the last of repeated parts wins).
fn insert(json: &mut Map<String, Value>, name: &str, value: Value) {
    if let Some((outer, inner)) = name
        .strip_suffix(']')
        .and_then(|n| n.split_once('['))
        .filter(|(o, i)| !o.is_empty() && !i.is_empty() && !i.contains(['[', ']']))
    {
        let entry = json
            .entry(outer.to_string())
            .or_insert_with(|| Value::Object(Map::new()));
        if let Value::Object(members) = entry {
            members.insert(inner.to_string(), value);
            return;
        }
    }
    json.insert(name.to_string(), value);
}

#[cfg(test)]
mod tests {
    use super::*;

    const DECLARED: &[FormField] = &[
        FormField {
            name: "file",
            ty: ParamType::String,
            file: true,
        },
        FormField {
            name: "purpose",
            ty: ParamType::String,
            file: false,
        },
        FormField {
            name: "expires_after[seconds]",
            ty: ParamType::Integer,
            file: false,
        },
    ];

    fn form(parts: &[(&str, Option<&str>, &[u8])]) -> Request<Body> {
        let mut body = Vec::new();
        for (name, filename, bytes) in parts {
            body.extend_from_slice(b"--XyZ\r\n");
            let disposition = match filename {
                Some(f) => {
                    format!("Content-Disposition: form-data; name=\"{name}\"; filename=\"{f}\"\r\n")
                }
                None => format!("Content-Disposition: form-data; name=\"{name}\"\r\n"),
            };
            body.extend_from_slice(disposition.as_bytes());
            body.extend_from_slice(b"\r\n");
            body.extend_from_slice(bytes);
            body.extend_from_slice(b"\r\n");
        }
        body.extend_from_slice(b"--XyZ--\r\n");
        Request::builder()
            .method("POST")
            .header("content-type", "multipart/form-data; boundary=XyZ")
            .body(Body::from(body))
            .unwrap()
    }

    #[tokio::test]
    async fn files_aside_fields_typed_and_nested() {
        let request = form(&[
            ("file", Some("notes.md"), b"# hi\n"),
            ("purpose", None, b"assistants"),
            ("expires_after[anchor]", None, b"created_at"),
            ("expires_after[seconds]", None, b"3600"),
        ]);
        let (json, mut uploads, issues) = read(request, DECLARED).await.unwrap();
        assert!(issues.is_empty(), "{issues:?}");
        assert_eq!(
            json,
            serde_json::json!({"file": "notes.md", "purpose": "assistants",
                "expires_after": {"anchor": "created_at", "seconds": 3600}})
        );
        let file = uploads.take("file").unwrap();
        assert_eq!(
            (file.filename.as_str(), &file.bytes[..]),
            ("notes.md", &b"# hi\n"[..])
        );
        assert!(uploads.take("file").is_none());
    }

    #[tokio::test]
    async fn a_file_field_sent_as_text_is_named() {
        let (_, _, issues) = read(form(&[("file", None, b"text")]), DECLARED)
            .await
            .unwrap();
        assert_eq!(issues[0].param, "/file");
        let (json, _, _) = read(form(&[("expires_after[seconds]", None, b"soon")]), DECLARED)
            .await
            .unwrap();
        assert_eq!(json["expires_after"]["seconds"], "soon");
    }

    #[tokio::test]
    async fn not_a_form_is_415() {
        let request = Request::builder()
            .method("POST")
            .header("content-type", "application/json")
            .body(Body::from("{}"))
            .unwrap();
        let e = read(request, DECLARED).await.unwrap_err();
        assert_eq!(e.status().as_u16(), 415);
    }
}
