//! The checks applied to every answer, named after Schemathesis' (the reference): the status
//! is no server error and is documented, the content type and required headers are documented
//! and valid, the body validates (every event of a stream, in a well-formed order), and the
//! status fits what the request deserved. [`openai`] adds the oracle: the body and events of an
//! OpenAI-compatible operation validate against OpenAI's own schemas.

use crate::model::{Media, Op};
use crate::openai::Oracle;
use base64::Engine as _;
pub use http::HeaderMap;
use serde_json::Value;

/// One HTTP answer, however it was obtained.
#[derive(Clone, Debug)]
pub struct Answer {
    pub status: u16,
    pub headers: HeaderMap,
    pub body: Vec<u8>,
}

impl Answer {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.get(name).and_then(|v| v.to_str().ok())
    }

    /// The media type without parameters, lower case.
    pub fn media_type(&self) -> Option<String> {
        self.header("content-type").map(|c| {
            c.split(';')
                .next()
                .unwrap_or("")
                .trim()
                .to_ascii_lowercase()
        })
    }

    /// The documented media type this answer came as, if any.
    fn media<'o>(&self, op: &'o Op) -> Option<&'o Media> {
        let media_type = self.media_type()?;
        op.response(self.status)?
            .media
            .iter()
            .find(|m| m.content_type.eq_ignore_ascii_case(&media_type))
    }
}

pub const NOT_A_SERVER_ERROR: &str = "not_a_server_error";
pub const STATUS_CODE: &str = "status_code_conformance";
pub const CONTENT_TYPE: &str = "content_type_conformance";
pub const RESPONSE_HEADERS: &str = "response_headers_conformance";
pub const RESPONSE_SCHEMA: &str = "response_schema_conformance";
pub const POSITIVE_DATA: &str = "positive_data_acceptance";
pub const NEGATIVE_DATA: &str = "negative_data_rejection";
pub const MISSING_AUTH: &str = "missing_required_header";
pub const IGNORED_AUTH: &str = "ignored_auth";
pub const SCOPES: &str = "scope_enforcement";
pub const UNSUPPORTED_METHOD: &str = "unsupported_method";
pub const ALLOW_HEADER: &str = "allow_header_conformance";
pub const AVAILABILITY: &str = "ensure_resource_availability";
pub const USE_AFTER_FREE: &str = "use_after_free";
pub const OBJECT_AUTH: &str = "object_level_authorization";
pub const OPENAI_ORACLE: &str = "openai_oracle";
pub const ERROR_CODE: &str = "error_code_conformance";

/// What a request deserves, besides a documented, well-formed answer.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Expect {
    /// Schema-valid data: never 400 or 422.
    Accept,
    /// Schema-invalid data or a malformed request: a 4xx.
    Reject,
    /// Only the generic checks (the status is judged by the caller).
    Any,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Finding {
    pub check: &'static str,
    pub message: String,
}

/// An error envelope's `code` is one the spec's catalogue lists, with the status it lists.
fn error_code(op: &Op, resp: &Answer) -> Option<Finding> {
    if op.error_codes.is_empty() {
        return None;
    }
    let body: Value = serde_json::from_slice(&resp.body).ok()?;
    let code = body.pointer("/error/code")?.as_str()?;
    match op.error_codes.get(code) {
        None => Some(finding(
            ERROR_CODE,
            format!(
                "error code `{code}` ({}) is not in the spec's error catalogue",
                resp.status
            ),
        )),
        Some(&listed) if listed != resp.status => Some(finding(
            ERROR_CODE,
            format!(
                "error code `{code}` answered with {}; the catalogue says {listed}",
                resp.status
            ),
        )),
        Some(_) => None,
    }
}

fn finding(check: &'static str, message: impl Into<String>) -> Finding {
    Finding {
        check,
        message: message.into(),
    }
}

/// Every generic check plus the data-acceptance check `expect` asks for.
pub fn response(op: &Op, resp: &Answer, expect: Expect) -> Vec<Finding> {
    let mut out = Vec::new();
    let status = resp.status;
    if status >= 500 {
        out.push(finding(
            NOT_A_SERVER_ERROR,
            format!("{status} {}", snippet(&resp.body)),
        ));
    }
    if status >= 400 {
        out.extend(error_code(op, resp));
    }
    let rule_broken = || {
        serde_json::from_slice::<serde_json::Value>(&resp.body)
            .ok()
            .and_then(|b| b["error"]["code"].as_str().map(str::to_string))
            .is_some_and(|code| op.rule_errors.contains(&code))
    };
    match expect {
        Expect::Accept if status == 400 && rule_broken() => {}
        Expect::Accept if status == 400 || status == 422 => out.push(finding(
            POSITIVE_DATA,
            format!(
                "schema-valid request rejected with {status}: {}",
                snippet(&resp.body)
            ),
        )),
        Expect::Reject if !(400..500).contains(&status) => out.push(finding(
            NEGATIVE_DATA,
            format!("invalid request answered {status}, not a 4xx"),
        )),
        _ => {}
    }
    let Some(documented) = op.response(status) else {
        let known: Vec<&str> = op.responses.keys().map(String::as_str).collect();
        out.push(finding(
            STATUS_CODE,
            format!(
                "{status} is not documented (documented: {})",
                known.join(", ")
            ),
        ));
        return out;
    };
    for (name, required, validator) in &documented.headers {
        match resp.header(name) {
            None if *required => out.push(finding(
                RESPONSE_HEADERS,
                format!("required header `{name}` is missing"),
            )),
            Some(v) => {
                if let Some(val) = validator {
                    let parsed = header_value(v);
                    if !val.is_valid(&parsed) {
                        out.push(finding(
                            RESPONSE_HEADERS,
                            format!("header `{name}: {v}` does not match its schema"),
                        ));
                    }
                }
            }
            None => {}
        }
    }
    if documented.media.is_empty() {
        return out;
    }
    let media_type = resp.media_type().unwrap_or_default();
    let Some(media) = documented
        .media
        .iter()
        .find(|m| m.content_type.eq_ignore_ascii_case(&media_type))
    else {
        let known: Vec<&str> = documented
            .media
            .iter()
            .map(|m| m.content_type.as_str())
            .collect();
        out.push(finding(
            CONTENT_TYPE,
            format!(
                "content type `{media_type}` is not documented for {status} (documented: {})",
                known.join(", ")
            ),
        ));
        return out;
    };
    if media.is_sse() {
        out.extend(stream(media, &resp.body));
    } else if media_type.ends_with("json") {
        match serde_json::from_slice::<Value>(&resp.body) {
            Err(e) => out.push(finding(
                RESPONSE_SCHEMA,
                format!("the body is not JSON: {e}"),
            )),
            Ok(body) => {
                if let Some(v) = &media.validator {
                    if let Some(e) = v.iter_errors(&body).next() {
                        out.push(finding(
                            RESPONSE_SCHEMA,
                            format!("{} at `{}`", e, e.instance_path()),
                        ));
                    }
                }
            }
        }
    }
    out
}

/// A header value as JSON: a number when it reads as one, else the string.
fn header_value(v: &str) -> Value {
    serde_json::from_str::<Value>(v)
        .ok()
        .filter(Value::is_number)
        .unwrap_or_else(|| Value::String(v.to_string()))
}

/// One server-sent event.
#[derive(Debug, Default)]
pub struct Event {
    pub name: Option<String>,
    pub data: String,
}

pub fn parse_events(body: &[u8]) -> Vec<Event> {
    let text = String::from_utf8_lossy(body).replace("\r\n", "\n");
    let mut events = Vec::new();
    for block in text.split("\n\n") {
        let mut ev = Event::default();
        let mut data: Vec<&str> = Vec::new();
        for line in block.lines() {
            if let Some(d) = line.strip_prefix("data:") {
                data.push(d.strip_prefix(' ').unwrap_or(d));
            } else if let Some(n) = line.strip_prefix("event:") {
                ev.name = Some(n.trim().to_string());
            }
        }
        if !data.is_empty() {
            ev.data = data.join("\n");
            events.push(ev);
        }
    }
    events
}

/// A stream: every event validates against the media type's schema; the terminator, when the
/// spec names one, comes exactly once and last; `sequence_number`s increase; an `event:` name
/// agrees with the payload's `type`.
fn stream(media: &Media, body: &[u8]) -> Vec<Finding> {
    let mut out = Vec::new();
    let events = parse_events(body);
    if events.is_empty() {
        return vec![finding(
            RESPONSE_SCHEMA,
            "the event stream carries no events",
        )];
    }
    let mut last_seq: Option<i64> = None;
    let mut terminated = false;
    for (i, ev) in events.iter().enumerate() {
        if terminated {
            out.push(finding(
                RESPONSE_SCHEMA,
                format!("event {i} comes after the stream's terminator"),
            ));
            break;
        }
        if media.sse_terminator.as_deref() == Some(ev.data.as_str()) {
            terminated = true;
            continue;
        }
        let data: Value = match serde_json::from_str(&ev.data) {
            Ok(d) => d,
            Err(e) => {
                out.push(finding(
                    RESPONSE_SCHEMA,
                    format!("event {i} is not JSON: {e}"),
                ));
                continue;
            }
        };
        if let Some(v) = &media.validator {
            if let Some(e) = v.iter_errors(&data).next() {
                out.push(finding(
                    RESPONSE_SCHEMA,
                    format!("event {i}: {e} at `{}`", e.instance_path()),
                ));
            }
        }
        if let (Some(name), Some(ty)) = (&ev.name, data.get("type").and_then(Value::as_str)) {
            if name != ty {
                out.push(finding(
                    RESPONSE_SCHEMA,
                    format!("event {i} is named `{name}` but its payload is `{ty}`"),
                ));
            }
        }
        if let Some(seq) = data.get("sequence_number").and_then(Value::as_i64) {
            if last_seq.is_some_and(|l| seq <= l) {
                out.push(finding(
                    RESPONSE_SCHEMA,
                    format!(
                        "event {i}: sequence_number {seq} does not follow {}",
                        last_seq.unwrap_or_default()
                    ),
                ));
            }
            last_seq = Some(seq);
        }
    }
    if let (Some(t), false) = (&media.sse_terminator, terminated) {
        out.push(finding(
            RESPONSE_SCHEMA,
            format!("the stream ended without its terminator `{t}`"),
        ));
    }
    out
}

/// The oracle: a successful answer of an operation whose body schema mirrors one of OpenAI's
/// (`x-openai-schema`) validates against it, every event of a stream included. Returns how many
/// objects were checked and what failed.
pub fn openai(op: &Op, resp: &Answer, oracle: &Oracle) -> (usize, Vec<Finding>) {
    let Some(media) = resp.media(op).filter(|_| (200..300).contains(&resp.status)) else {
        return (0, Vec::new());
    };
    let Some(name) = &media.mirrors else {
        return (0, Vec::new());
    };
    let objects: Vec<Value> = if media.is_sse() {
        parse_events(&resp.body)
            .into_iter()
            .filter(|e| media.sse_terminator.as_deref() != Some(e.data.as_str()))
            .filter_map(|e| serde_json::from_str(&e.data).ok())
            .collect()
    } else {
        serde_json::from_slice(&resp.body).into_iter().collect()
    };
    let findings = objects
        .iter()
        .enumerate()
        .filter_map(|(i, o)| {
            let o = as_sdk_reads(name, o);
            oracle.check(name, &o).err().map(|e| {
                let which = if media.is_sse() {
                    format!("event {i}: ")
                } else {
                    String::new()
                };
                finding(OPENAI_ORACLE, format!("{which}{e}"))
            })
        })
        .collect();
    (objects.len(), findings)
}

/// OpenAI's document types an embedding as floats only; the base64 form (which the SDKs ask
/// for by default) is a string of little-endian float32 the SDKs decode. The oracle reads it as
/// they do before judging it.
fn as_sdk_reads(name: &str, object: &Value) -> Value {
    let mut object = object.clone();
    if name != "CreateEmbeddingResponse" {
        return object;
    }
    for item in object
        .get_mut("data")
        .and_then(Value::as_array_mut)
        .into_iter()
        .flatten()
    {
        let Some(text) = item.get("embedding").and_then(Value::as_str) else {
            continue;
        };
        if let Ok(bytes) = base64::engine::general_purpose::STANDARD.decode(text) {
            let floats: Vec<Value> = bytes
                .chunks_exact(4)
                .map(|c| f32::from_le_bytes([c[0], c[1], c[2], c[3]]))
                .map(|f| {
                    serde_json::Number::from_f64(f64::from(f)).map_or(Value::Null, Value::Number)
                })
                .collect();
            item["embedding"] = Value::Array(floats);
        }
    }
    object
}

/// The start of a body, for messages.
pub fn snippet(body: &[u8]) -> String {
    let text = String::from_utf8_lossy(body);
    let mut s: String = text.chars().take(300).collect();
    if text.chars().count() > 300 {
        s.push('…');
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn events_parse_with_names_and_multiline_data() {
        let evs =
            parse_events(b"event: a\ndata: {\"x\":\ndata: 1}\n\n: comment\n\ndata: [DONE]\n\n");
        assert_eq!(evs.len(), 2);
        assert_eq!(evs[0].name.as_deref(), Some("a"));
        assert_eq!(evs[0].data, "{\"x\":\n1}");
        assert_eq!(evs[1].data, "[DONE]");
    }

    #[test]
    fn stream_order_and_terminator_are_checked() {
        let media = Media {
            content_type: "text/event-stream".into(),
            validator: None,
            sse_terminator: Some("[DONE]".into()),
            mirrors: None,
        };
        let ok =
            b"data: {\"sequence_number\":0}\n\ndata: {\"sequence_number\":1}\n\ndata: [DONE]\n\n";
        assert!(stream(&media, ok).is_empty());
        let swapped =
            b"data: {\"sequence_number\":1}\n\ndata: {\"sequence_number\":0}\n\ndata: [DONE]\n\n";
        assert_eq!(stream(&media, swapped).len(), 1);
        let cut = b"data: {\"sequence_number\":0}\n\n";
        assert!(stream(&media, cut)[0]
            .message
            .contains("without its terminator"));
        let late = b"data: [DONE]\n\ndata: {}\n\n";
        assert!(stream(&media, late)[0]
            .message
            .contains("after the stream's terminator"));
    }

    #[test]
    fn error_codes_are_held_to_the_catalogue() {
        let spec = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("lukhas-openai.yaml");
        let api = crate::model::Api::load(&spec).unwrap();
        let op = api.op("retrieveModel").unwrap();
        let answer = |status: u16, code: &str| Answer {
            status,
            headers: HeaderMap::new(),
            body: format!(
                r#"{{"error":{{"message":"m","type":"t","param":null,"code":"{code}"}}}}"#
            )
            .into_bytes(),
        };
        assert_eq!(error_code(op, &answer(404, "model_not_found")), None);
        let unknown = error_code(op, &answer(404, "no_such_code")).unwrap();
        assert_eq!(unknown.check, ERROR_CODE);
        assert!(unknown
            .message
            .contains("not in the spec's error catalogue"));
        let moved = error_code(op, &answer(400, "model_not_found")).unwrap();
        assert!(
            moved.message.contains("the catalogue says 404"),
            "{}",
            moved.message
        );
        // Not an envelope (or no code): nothing to judge.
        let plain = Answer {
            status: 404,
            headers: HeaderMap::new(),
            body: b"not json".to_vec(),
        };
        assert_eq!(error_code(op, &plain), None);
    }
}
