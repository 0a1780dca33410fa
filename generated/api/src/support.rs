// generated, do not edit: run `make generate (cargo run -p lukhas-codegen -- generate)` after editing spec/lukhas-openai.yaml

//! Support code for the generated operations: the OpenAI error envelope, request decoding and
//! validation against the spec's schemas, and server-sent-event bodies.

use axum::body::{Body, Bytes};
use axum::extract::{FromRequest, FromRequestParts, Path, Query};
use axum::http::request::Parts;
use axum::http::{header, HeaderMap, HeaderName, HeaderValue, Request, StatusCode};
use axum::response::{IntoResponse, Response};
use futures::stream::{BoxStream, Stream, StreamExt};
use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::{json, Map, Value};
use std::collections::BTreeMap;
use std::sync::OnceLock;

/// What the router knows about an operation, from the spec.
#[derive(Debug)]
pub struct OperationInfo {
    pub id: &'static str,
    pub method: &'static str,
    /// The spec's path template, e.g. `/v1/models/{model}`.
    pub path: &'static str,
    pub tag: &'static str,
    /// Whether the operation requires a bearer key.
    pub secured: bool,
    /// `x-lukhas-scopes`: every scope the key needs.
    pub scopes: &'static [&'static str],
}

/// One violation of the spec's constraints.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ValidationIssue {
    /// JSON pointer: `/field/...` in the body, `/path/name` or `/query/name` for parameters.
    pub param: String,
    pub message: String,
}

/// An error answered in the OpenAI envelope, with its status and any extra headers.
#[derive(Debug, Clone)]
pub struct ApiError {
    pub status: StatusCode,
    /// The envelope's `type`.
    pub kind: &'static str,
    pub message: String,
    pub param: Option<String>,
    pub code: Option<String>,
    pub issues: Vec<ValidationIssue>,
    pub headers: HeaderMap,
}

impl ApiError {
    pub fn new(
        status: StatusCode,
        kind: &'static str,
        code: &str,
        message: impl Into<String>,
    ) -> Self {
        ApiError {
            status,
            kind,
            message: message.into(),
            param: None,
            code: Some(code.to_string()),
            issues: Vec::new(),
            headers: HeaderMap::new(),
        }
    }
    pub fn invalid_request(code: &str, message: impl Into<String>) -> Self {
        Self::new(
            StatusCode::BAD_REQUEST,
            "invalid_request_error",
            code,
            message,
        )
    }
    /// One 400 listing every violation; `param` is the first one's pointer.
    pub fn validation(issues: Vec<ValidationIssue>) -> Self {
        let first = issues.first().cloned().unwrap_or(ValidationIssue {
            param: String::new(),
            message: "invalid request".into(),
        });
        let mut message = match first.param.as_str() {
            "" => format!("request body: {}", first.message),
            param => format!("{param}: {}", first.message),
        };
        if issues.len() > 1 {
            message.push_str(&format!(
                " (and {} more violation(s); see error.errors)",
                issues.len() - 1
            ));
        }
        let mut e = Self::invalid_request("invalid_value", message);
        e.param = Some(first.param);
        e.issues = issues;
        e
    }
    pub fn unauthorized(message: impl Into<String>) -> Self {
        Self::new(
            StatusCode::UNAUTHORIZED,
            "invalid_request_error",
            "invalid_api_key",
            message,
        )
    }
    pub fn forbidden(scope: &str) -> Self {
        Self::new(
            StatusCode::FORBIDDEN,
            "permission_error",
            "insufficient_scope",
            format!("This API key lacks the scope `{scope}`."),
        )
    }
    pub fn not_found(code: &str, message: impl Into<String>) -> Self {
        Self::new(
            StatusCode::NOT_FOUND,
            "invalid_request_error",
            code,
            message,
        )
    }
    pub fn conflict(message: impl Into<String>) -> Self {
        Self::new(
            StatusCode::CONFLICT,
            "invalid_request_error",
            "conflict",
            message,
        )
    }
    pub fn payload_too_large(message: impl Into<String>) -> Self {
        Self::new(
            StatusCode::PAYLOAD_TOO_LARGE,
            "invalid_request_error",
            "payload_too_large",
            message,
        )
    }
    pub fn unsupported_media_type() -> Self {
        Self::new(
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "invalid_request_error",
            "unsupported_media_type",
            "Expected `Content-Type: application/json`.",
        )
    }
    pub fn rate_limited(retry_after_secs: u64) -> Self {
        Self::new(
            StatusCode::TOO_MANY_REQUESTS,
            "rate_limit_error",
            "rate_limit_exceeded",
            "Rate limit reached for requests.",
        )
        .with_retry_after(retry_after_secs)
    }
    pub fn internal(message: impl Into<String>) -> Self {
        Self::new(
            StatusCode::INTERNAL_SERVER_ERROR,
            "server_error",
            "internal_error",
            message,
        )
    }
    pub fn unavailable(message: impl Into<String>, retry_after_secs: u64) -> Self {
        Self::new(
            StatusCode::SERVICE_UNAVAILABLE,
            "server_error",
            "overloaded",
            message,
        )
        .with_retry_after(retry_after_secs)
    }
    pub fn bad_gateway(message: impl Into<String>) -> Self {
        Self::new(
            StatusCode::BAD_GATEWAY,
            "server_error",
            "upstream_error",
            message,
        )
    }
    pub fn gateway_timeout(message: impl Into<String>) -> Self {
        Self::new(
            StatusCode::GATEWAY_TIMEOUT,
            "server_error",
            "upstream_timeout",
            message,
        )
    }
    pub fn with_param(mut self, param: impl Into<String>) -> Self {
        self.param = Some(param.into());
        self
    }
    pub fn with_header(mut self, name: HeaderName, value: HeaderValue) -> Self {
        self.headers.insert(name, value);
        self
    }
    pub fn with_retry_after(self, secs: u64) -> Self {
        self.with_header(header::RETRY_AFTER, HeaderValue::from(secs))
            .with_header(
                HeaderName::from_static("retry-after-ms"),
                HeaderValue::from(secs.saturating_mul(1000)),
            )
    }
    /// The envelope: `{"error": {"message", "type", "param", "code"[, "errors"]}}`.
    pub fn body(&self) -> Value {
        let mut error = json!({
            "message": self.message,
            "type": self.kind,
            "param": self.param,
            "code": self.code,
        });
        if !self.issues.is_empty() {
            error["errors"] = json!(self.issues);
        }
        json!({ "error": error })
    }
}

impl std::fmt::Display for ApiError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} {}", self.status.as_u16(), self.message)
    }
}

impl std::error::Error for ApiError {}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let mut response = json_response(self.status, &self.body());
        response.headers_mut().extend(self.headers);
        response
    }
}

/// A JSON body with `status`.
pub fn json_response<T: Serialize>(status: StatusCode, body: &T) -> Response {
    match serde_json::to_vec(body) {
        Ok(bytes) => (
            status,
            [(
                header::CONTENT_TYPE,
                HeaderValue::from_static("application/json"),
            )],
            bytes,
        )
            .into_response(),
        Err(e) => {
            ApiError::internal(format!("could not serialize the response: {e}")).into_response()
        }
    }
}

/// A `text/plain` body with `status`.
pub fn text_response(status: StatusCode, content_type: &'static str, body: String) -> Response {
    (
        status,
        [(header::CONTENT_TYPE, HeaderValue::from_static(content_type))],
        body,
    )
        .into_response()
}

/// A stream of typed server-sent events. Dropping the response body (the client went away) drops
/// the inner stream, which is how producers learn to stop.
pub struct EventStream<T> {
    inner: BoxStream<'static, Result<T, ApiError>>,
}

impl<T> EventStream<T> {
    pub fn new(stream: impl Stream<Item = Result<T, ApiError>> + Send + 'static) -> Self {
        EventStream {
            inner: stream.boxed(),
        }
    }
}

impl<T> std::fmt::Debug for EventStream<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("EventStream")
    }
}

/// Frames each item as `data: <json>\n\n`. An error item is sent as `data: {"error": ...}` and ends
/// the stream; otherwise `terminator` (for example `[DONE]`) follows the last item.
pub fn sse_response<T: Serialize + Send + 'static>(
    status: StatusCode,
    events: EventStream<T>,
    terminator: Option<&'static str>,
) -> Response {
    let frames = futures::stream::unfold(
        (events.inner, false),
        move |(mut inner, finished)| async move {
            if finished {
                return None;
            }
            match inner.next().await {
                Some(Ok(item)) => {
                    let data = serde_json::to_string(&item).unwrap_or_else(|e| {
                        ApiError::internal(format!("could not serialize an event: {e}"))
                            .body()
                            .to_string()
                    });
                    Some((
                        Ok::<_, std::convert::Infallible>(frame(&data)),
                        (inner, false),
                    ))
                }
                Some(Err(e)) => Some((Ok(frame(&e.body().to_string())), (inner, true))),
                None => terminator.map(|t| (Ok(frame(t)), (inner, true))),
            }
        },
    );
    (
        status,
        [
            (
                header::CONTENT_TYPE,
                HeaderValue::from_static("text/event-stream"),
            ),
            (header::CACHE_CONTROL, HeaderValue::from_static("no-cache")),
        ],
        Body::from_stream(frames),
    )
        .into_response()
}

fn frame(data: &str) -> Bytes {
    Bytes::from(format!("data: {data}\n\n"))
}

/// `404` for a path the spec does not declare.
pub async fn not_found() -> Response {
    ApiError::not_found(
        "unknown_url",
        "Unknown request URL. Please check the URL and method.",
    )
    .into_response()
}

/// `405` with `Allow` for a method the spec does not declare on this path.
pub fn method_not_allowed(allow: &'static str) -> Response {
    ApiError::new(
        StatusCode::METHOD_NOT_ALLOWED,
        "invalid_request_error",
        "method_not_allowed",
        format!("Method not allowed; this path allows {allow}."),
    )
    .with_header(header::ALLOW, HeaderValue::from_static(allow))
    .into_response()
}

/// Path parameters, percent-decoded.
pub async fn path_params(parts: &mut Parts) -> Result<BTreeMap<String, String>, ApiError> {
    match Path::<BTreeMap<String, String>>::from_request_parts(parts, &()).await {
        Ok(Path(p)) => Ok(p),
        Err(e) => Err(ApiError::invalid_request("invalid_path", e.body_text())),
    }
}

/// Query pairs; the last of repeated keys wins.
pub fn query_params(parts: &Parts) -> Result<BTreeMap<String, String>, ApiError> {
    match Query::<Vec<(String, String)>>::try_from_uri(&parts.uri) {
        Ok(Query(pairs)) => Ok(pairs.into_iter().collect()),
        Err(e) => Err(ApiError::invalid_request("invalid_query", e.body_text())),
    }
}

/// The JSON type a parameter's schema declares, used to coerce its text.
#[derive(Debug, Clone, Copy)]
pub enum ParamType {
    String,
    Integer,
    Number,
    Boolean,
}

/// Text -> JSON per the declared type; text that does not parse stays a string so that schema
/// validation reports the type error with its location.
pub fn coerce(text: &str, ty: ParamType) -> Value {
    let parsed = match ty {
        ParamType::String => None,
        ParamType::Integer => text.parse::<i64>().ok().map(Value::from),
        ParamType::Number => text
            .parse::<f64>()
            .ok()
            .filter(|f| f.is_finite())
            .map(Value::from),
        ParamType::Boolean => match text {
            "true" => Some(Value::Bool(true)),
            "false" => Some(Value::Bool(false)),
            _ => None,
        },
    };
    parsed.unwrap_or_else(|| Value::String(text.to_string()))
}

/// Collects one location's declared parameters into a JSON object.
pub fn params_object(
    raw: &BTreeMap<String, String>,
    declared: &[(&'static str, ParamType)],
) -> Value {
    let mut m = Map::new();
    for (name, ty) in declared {
        if let Some(text) = raw.get(*name) {
            m.insert((*name).to_string(), coerce(text, *ty));
        }
    }
    Value::Object(m)
}

/// Reads the parameter at `pointer` of the validated parameters document.
pub fn param<T: DeserializeOwned>(params: &Value, pointer: &str) -> Result<Option<T>, ApiError> {
    match params.pointer(pointer) {
        None | Some(Value::Null) => Ok(None),
        Some(v) => serde_json::from_value(v.clone()).map(Some).map_err(|e| {
            ApiError::invalid_request("invalid_value", e.to_string()).with_param(pointer)
        }),
    }
}

/// Reads a JSON request body: `415` unless the content type is JSON, `413` past the body limit
/// (axum's `DefaultBodyLimit`), `400` for malformed JSON. An empty body reads as `None`.
pub async fn json_body(parts: Parts, body: Body) -> Result<Option<Value>, ApiError> {
    let is_json = parts
        .headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.split(';').next())
        .map(|v| {
            let v = v.trim().to_ascii_lowercase();
            v == "application/json" || (v.starts_with("application/") && v.ends_with("+json"))
        });
    let bytes = match Bytes::from_request(Request::from_parts(parts, body), &()).await {
        Ok(b) => b,
        Err(e) if e.status() == StatusCode::PAYLOAD_TOO_LARGE => {
            return Err(ApiError::payload_too_large(
                "The request body exceeds the server's limit.",
            ));
        }
        Err(e) => {
            return Err(ApiError::invalid_request("invalid_body", e.body_text()));
        }
    };
    if bytes.is_empty() && is_json.is_none() {
        return Ok(None);
    }
    if is_json != Some(true) {
        return Err(ApiError::unsupported_media_type());
    }
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Ok(None);
    }
    serde_json::from_slice(&bytes).map(Some).map_err(|e| {
        ApiError::invalid_request(
            "invalid_json",
            format!("We could not parse the JSON body of your request: {e}"),
        )
    })
}

/// The compiled JSON Schemas of every operation's parameters and body.
pub struct Validators {
    by_key: BTreeMap<String, jsonschema::Validator>,
}

impl Validators {
    /// Compiles `{"<operationId>": {"params": schema, "body": schema}}`.
    pub fn compile(document: &str) -> Result<Self, String> {
        let doc: Map<String, Value> =
            serde_json::from_str(document).map_err(|e| format!("schemas.json: {e}"))?;
        let mut by_key = BTreeMap::new();
        for (op, parts) in doc {
            for (part, schema) in parts.as_object().into_iter().flatten() {
                let v = jsonschema::validator_for(schema)
                    .map_err(|e| format!("schema {op}.{part} does not compile: {e}"))?;
                by_key.insert(format!("{op}.{part}"), v);
            }
        }
        Ok(Validators { by_key })
    }

    /// Appends every violation of `instance` against `<operation>.<part>`; `prefix` is prepended
    /// to each pointer.
    pub fn check(&self, key: &str, instance: &Value, issues: &mut Vec<ValidationIssue>) {
        let Some(v) = self.by_key.get(key) else {
            issues.push(ValidationIssue {
                param: String::new(),
                message: format!("no schema compiled for {key}"),
            });
            return;
        };
        for e in v.iter_errors(instance) {
            let param = e.instance_path().as_str().to_string();
            let message = e.to_string();
            let issue = ValidationIssue { param, message };
            if !issues.contains(&issue) {
                issues.push(issue);
            }
        }
    }
}

static VALIDATORS: OnceLock<Validators> = OnceLock::new();

/// The validators of the generated `schemas.json`, compiled once.
pub fn validators() -> &'static Validators {
    VALIDATORS.get_or_init(|| match Validators::compile(crate::SCHEMAS) {
        Ok(v) => v,
        // The generator compiles every schema before writing them, and a test compiles these.
        Err(e) => panic!("generated schemas do not compile: {e}"),
    })
}
