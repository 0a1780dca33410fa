//! Turning an HTTP request into an operation's typed request: path and query parameters read as
//! their declared types (defaults filled in), the JSON body read, both validated against the
//! spec's schemas with every violation collected into one 400, then deserialized. A form body
//! ([`crate::form`]) is read into the same JSON shape, its files kept aside for the handler.

use crate::error::{ApiError, ErrorKind, ValidationIssue};
use crate::form;
use crate::operation::{BodyInfo, Location, Operation, ParamInfo, ParamType};
use crate::upload::Uploads;
use axum::body::{Body, Bytes};
use axum::extract::{FromRequest, FromRequestParts, Path, Query};
use http::request::Parts;
use http::{header, Request, StatusCode};
use serde_json::error::Category;
use serde_json::{Map, Value};
use std::collections::BTreeMap;

/// Decodes and validates `request` as operation `O`.
pub async fn decode<O: Operation>(request: Request<Body>) -> Result<O, ApiError> {
    read::<O>(request).await?.finish()
}

/// A request read but not yet typed: its parameters (by name) and JSON `body`, and what was found
/// wrong with them so far.
pub struct Read<O> {
    fields: Map<String, Value>,
    headers: http::HeaderMap,
    uploads: Uploads,
    issues: Vec<ValidationIssue>,
    operation: std::marker::PhantomData<fn() -> O>,
}

impl<O: Operation> Read<O> {
    /// The parameters and body, for inspection, unless the request is already refused (invalid
    /// parameters or no body where one is required).
    pub fn fields(&mut self) -> Option<&mut Map<String, Value>> {
        self.issues.is_empty().then_some(&mut self.fields)
    }

    /// Validates the body and types the request.
    pub fn finish(self) -> Result<O, ApiError> {
        let info = O::info();
        let _span = tracing::info_span!("validate", operation = info.id).entered();
        let Read {
            fields,
            headers,
            uploads,
            mut issues,
            ..
        } = self;
        if let Some(value) = fields.get("body") {
            info.schemas
                .check(&format!("{}.body", info.id), value, &mut issues);
        }
        if !issues.is_empty() {
            return Err(ApiError::validation(issues));
        }
        let mut request: O =
            serde_path_to_error::deserialize(Value::Object(fields)).map_err(|e| {
                // Validation passed, so this is a value the schema allows but the type cannot hold.
                let at = e.path().to_string().replace('.', "/");
                let at = at.strip_prefix("body").unwrap_or(&at).to_string();
                tracing::warn!(operation = info.id, at = %at, error = %e.inner(), "decoding after validation failed");
                ApiError::invalid_request(
                    "invalid_value",
                    format!("`{at}` holds a value this server cannot represent."),
                )
                .with_param(at)
            })?;
        request.set_headers(headers);
        request.set_uploads(uploads);
        Ok(request)
    }
}

/// Reads `request`'s parameters (validated) and JSON body (parsed, not yet validated).
pub async fn read<O: Operation>(request: Request<Body>) -> Result<Read<O>, ApiError> {
    let info = O::info();
    let (mut parts, body) = request.into_parts();
    let mut issues = Vec::new();
    let mut fields = Map::new();
    if !info.params.is_empty() {
        let path = if info.params.iter().any(|p| p.location == Location::Path) {
            path_params(&mut parts).await?
        } else {
            BTreeMap::new()
        };
        let query = query_params(&parts)?;
        let mut located = Map::new();
        for (location, name, raw) in [
            (Location::Path, "path", &path),
            (Location::Query, "query", &query),
        ] {
            let values = read_params(info.params, location, raw);
            for (k, v) in &values {
                fields.insert(k.clone(), v.clone());
            }
            located.insert(name.into(), Value::Object(values));
        }
        info.schemas.check(
            &format!("{}.params", info.id),
            &Value::Object(located),
            &mut issues,
        );
    }
    let headers = parts.headers.clone();
    let mut uploads = Uploads::default();
    if let Some(declared) = info.form {
        let (value, files, form_issues) =
            form::read(Request::from_parts(parts, body), declared).await?;
        fields.insert("body".into(), value);
        uploads = files;
        issues.extend(form_issues);
    } else if info.body != BodyInfo::None {
        match json_body(parts, body).await? {
            Some(value) => {
                fields.insert("body".into(), value);
            }
            None if info.body == BodyInfo::Required => issues.push(ValidationIssue {
                param: String::new(),
                message: "is required: send a JSON object".into(),
            }),
            None => {}
        }
    }
    Ok(Read {
        fields,
        headers,
        uploads,
        issues,
        operation: std::marker::PhantomData,
    })
}

/// Path parameters, percent-decoded.
async fn path_params(parts: &mut Parts) -> Result<BTreeMap<String, String>, ApiError> {
    Path::<BTreeMap<String, String>>::from_request_parts(parts, &())
        .await
        .map(|Path(p)| p)
        .map_err(|_| {
            ApiError::invalid_request(
                "invalid_path",
                "A path parameter is not valid percent-encoded UTF-8.",
            )
        })
}

/// Query pairs; the last of repeated keys wins.
fn query_params(parts: &Parts) -> Result<BTreeMap<String, String>, ApiError> {
    Query::<Vec<(String, String)>>::try_from_uri(&parts.uri)
        .map(|Query(pairs)| pairs.into_iter().collect())
        .map_err(|_| {
            ApiError::invalid_request("invalid_query", "The query string is not well formed.")
        })
}

/// One location's declared parameters as JSON, defaults filled in.
fn read_params(
    declared: &[ParamInfo],
    location: Location,
    raw: &BTreeMap<String, String>,
) -> Map<String, Value> {
    let mut out = Map::new();
    for p in declared.iter().filter(|p| p.location == location) {
        let value = match raw.get(p.name) {
            Some(text) => coerce(text, p.ty),
            None => match p.default.and_then(|d| serde_json::from_str(d).ok()) {
                Some(d) => d,
                None => continue,
            },
        };
        out.insert(p.name.to_string(), value);
    }
    out
}

/// Text -> JSON per the declared type; text that does not parse stays a string so that schema
/// validation reports the type error with its location.
fn coerce(text: &str, ty: ParamType) -> Value {
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

/// Reads a JSON request body: `415` unless the content type is JSON, `413` past the body limit
/// (the server caps the body), `400` for malformed JSON. An empty body reads as `None`.
async fn json_body(parts: Parts, body: Body) -> Result<Option<Value>, ApiError> {
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
            return Err(ApiError::new(
                ErrorKind::PayloadTooLarge,
                "payload_too_large",
                "The request body exceeds the server's limit.",
            ));
        }
        Err(_) => {
            return Err(ApiError::invalid_request(
                "invalid_body",
                "The request body could not be read.",
            ));
        }
    };
    if bytes.is_empty() && is_json.is_none() {
        return Ok(None);
    }
    if is_json != Some(true) {
        return Err(not_json());
    }
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Ok(None);
    }
    serde_json::from_slice(&bytes).map(Some).map_err(|e| {
        let what = match e.classify() {
            Category::Eof => "ends before the JSON is complete",
            Category::Syntax => "is not valid JSON",
            Category::Data => "holds a value JSON cannot carry",
            Category::Io => "could not be read",
        };
        ApiError::invalid_request(
            "invalid_json",
            format!(
                "We could not parse the JSON body of your request: it {what} (line {}, column {}).",
                e.line(),
                e.column()
            ),
        )
    })
}

fn not_json() -> ApiError {
    ApiError::new(
        ErrorKind::UnsupportedMediaType,
        "unsupported_media_type",
        "Expected `Content-Type: application/json`.",
    )
}
