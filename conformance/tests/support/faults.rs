//! The fault-injection harness: one deliberate bug at a time, wrapped around the real router as
//! middleware (compiled only into these tests). Each fault changes what a client sees exactly as
//! the bug it names would; `detects_every_injected_fault` measures which the suite catches.

use axum::body::{to_bytes, Body};
use axum::extract::{Request, State};
use axum::http::{header, HeaderValue, Method, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use lukhas_api::support::{ApiError, ErrorKind};
use serde_json::{json, Value};

#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Fault {
    /// `POST /v1/indexes` answers 200 instead of 201.
    WrongStatus,
    /// `GET /v1/models` drops the required `object` field of the list.
    MissingField,
    /// `POST /v1/embeddings` reports `usage.prompt_tokens` as a string.
    WrongType,
    /// `POST /v1/chat/completions` clamps a `temperature` above 2 instead of rejecting it.
    UnvalidatedBound,
    /// A malformed JSON body crashes the handler: 500.
    ServerErrorOnMalformedBody,
    /// `GET /v1/models` serves requests that carry no key.
    AuthIgnored,
    /// `POST /v1/embeddings` accepts a key without the `embeddings:read` scope.
    ScopeNotEnforced,
    /// `DELETE /v1/indexes/{id}` answers 200 but keeps the index.
    DeletedIndexStillReadable,
    /// `GET /v1/indexes/{id}` ignores the tenant: another tenant's key reads it.
    CrossTenantRead,
    /// `GET /healthz` answers JSON labelled `text/plain`.
    WrongContentType,
    /// The `/v1/responses` event stream swaps two events.
    BrokenSseOrder,
    /// Validation errors answer 422, which the spec does not document.
    UndocumentedStatus,
    /// Responses lose the required `x-request-id` header.
    MissingRequiredHeader,
    /// 405 answers lose their `Allow` header.
    MissingAllowHeader,
    /// `POST /v1/dreams` rejects a valid `constraints.tone` with 400.
    ValidInputRejected,
    /// `GET /v1/indexes/{id}` answers 404 for an index that exists.
    CreatedNotReadable,
}

impl Fault {
    pub const ALL: [Fault; 16] = [
        Fault::WrongStatus,
        Fault::MissingField,
        Fault::WrongType,
        Fault::UnvalidatedBound,
        Fault::ServerErrorOnMalformedBody,
        Fault::AuthIgnored,
        Fault::ScopeNotEnforced,
        Fault::DeletedIndexStillReadable,
        Fault::CrossTenantRead,
        Fault::WrongContentType,
        Fault::BrokenSseOrder,
        Fault::UndocumentedStatus,
        Fault::MissingRequiredHeader,
        Fault::MissingAllowHeader,
        Fault::ValidInputRejected,
        Fault::CreatedNotReadable,
    ];

    /// The check that must catch it.
    pub fn expected_check(self) -> &'static str {
        use lukhas_spec::check::*;
        match self {
            Fault::WrongStatus | Fault::UndocumentedStatus => STATUS_CODE,
            Fault::MissingField | Fault::WrongType | Fault::BrokenSseOrder => RESPONSE_SCHEMA,
            Fault::UnvalidatedBound => NEGATIVE_DATA,
            Fault::ServerErrorOnMalformedBody => NOT_A_SERVER_ERROR,
            Fault::AuthIgnored => MISSING_AUTH,
            Fault::ScopeNotEnforced => SCOPES,
            Fault::DeletedIndexStillReadable => USE_AFTER_FREE,
            Fault::CrossTenantRead => OBJECT_AUTH,
            Fault::WrongContentType => CONTENT_TYPE,
            Fault::MissingRequiredHeader => RESPONSE_HEADERS,
            Fault::MissingAllowHeader => ALLOW_HEADER,
            Fault::ValidInputRejected => POSITIVE_DATA,
            Fault::CreatedNotReadable => AVAILABILITY,
        }
    }
}

#[derive(Clone)]
pub struct Layer {
    pub fault: Fault,
    pub primary: String,
    pub second: String,
    pub limited: String,
}

/// Wraps the whole router as one service, so the fault sees the final response (axum adds the
/// `Allow` header of a 405 outside per-route layers).
pub fn wrap(router: axum::Router, layer: Layer) -> axum::Router {
    axum::Router::new()
        .fallback_service(router)
        .layer(axum::middleware::from_fn_with_state(layer, inject))
}

fn bearer(req: &Request) -> Option<String> {
    req.headers()
        .get(header::AUTHORIZATION)?
        .to_str()
        .ok()?
        .strip_prefix("Bearer ")
        .map(str::to_string)
}

fn set_bearer(req: &mut Request, token: &str) {
    let value = HeaderValue::from_str(&format!("Bearer {token}")).expect("header value");
    req.headers_mut().insert(header::AUTHORIZATION, value);
}

/// Index routes: `/v1/indexes/{id}` has exactly three segments after the root.
fn is_index_item(path: &str) -> bool {
    path.starts_with("/v1/indexes/") && path.trim_start_matches('/').split('/').count() == 3
}

async fn json_body(resp: Response) -> (axum::http::response::Parts, Option<Value>) {
    let (parts, body) = resp.into_parts();
    let bytes = to_bytes(body, usize::MAX).await.unwrap_or_default();
    (parts, serde_json::from_slice(&bytes).ok())
}

/// This layer sits outside the one that adds request ids: its own answers carry one too.
fn stamped(mut resp: Response) -> Response {
    resp.headers_mut()
        .insert("x-request-id", HeaderValue::from_static("req_fault"));
    resp
}

/// An error in the server's own envelope.
fn error(status: StatusCode, code: &'static str, param: &str, message: &str) -> Response {
    let e = ApiError::new(ErrorKind::of_status(status.as_u16()), code, message).with_param(param);
    stamped(e.into_response())
}

fn rebuild(mut parts: axum::http::response::Parts, body: Vec<u8>) -> Response {
    parts.headers.remove(header::CONTENT_LENGTH);
    Response::from_parts(parts, Body::from(body))
}

async fn inject(State(l): State<Layer>, mut req: Request, next: Next) -> Response {
    let path = req.uri().path().to_string();
    let method = req.method().clone();
    let token = bearer(&req);
    // Faults in resource handling act on the owner's authenticated requests only.
    let owner = token.as_deref() == Some(l.primary.as_str());
    match l.fault {
        Fault::AuthIgnored if path == "/v1/models" && token.is_none() => {
            set_bearer(&mut req, &l.primary)
        }
        Fault::ScopeNotEnforced
            if path == "/v1/embeddings" && token.as_deref() == Some(l.limited.as_str()) =>
        {
            set_bearer(&mut req, &l.primary)
        }
        Fault::CrossTenantRead
            if method == Method::GET
                && is_index_item(&path)
                && token.as_deref() == Some(l.second.as_str()) =>
        {
            set_bearer(&mut req, &l.primary)
        }
        Fault::DeletedIndexStillReadable
            if owner && method == Method::DELETE && is_index_item(&path) =>
        {
            let id = path.rsplit('/').next().unwrap_or_default();
            let deleted = json!({"id": id, "object": "index.deleted", "deleted": true});
            return stamped(axum::Json(deleted).into_response());
        }
        Fault::CreatedNotReadable if owner && method == Method::GET && is_index_item(&path) => {
            return error(
                StatusCode::NOT_FOUND,
                "index_not_found",
                "index_id",
                "No such index.",
            );
        }
        Fault::UnvalidatedBound | Fault::ServerErrorOnMalformedBody | Fault::ValidInputRejected
            if owner && method == Method::POST =>
        {
            let (parts, body) = req.into_parts();
            let bytes = to_bytes(body, usize::MAX).await.unwrap_or_default();
            let parsed: Option<Value> = serde_json::from_slice(&bytes).ok();
            let bytes = match (l.fault, parsed) {
                (Fault::ServerErrorOnMalformedBody, None) if !bytes.is_empty() => {
                    return (StatusCode::INTERNAL_SERVER_ERROR, "panic: invalid JSON")
                        .into_response();
                }
                (Fault::UnvalidatedBound, Some(mut v)) if path == "/v1/chat/completions" => {
                    if v.get("temperature")
                        .and_then(Value::as_f64)
                        .is_some_and(|t| t > 2.0)
                    {
                        v["temperature"] = json!(2.0);
                    }
                    v.to_string().into_bytes()
                }
                (Fault::ValidInputRejected, Some(v))
                    if path == "/v1/dreams"
                        && v.pointer("/constraints/tone").is_some_and(Value::is_string) =>
                {
                    return error(
                        StatusCode::BAD_REQUEST,
                        "invalid_value",
                        "/constraints/tone",
                        "tone is not supported",
                    );
                }
                _ => bytes.to_vec(),
            };
            req = Request::from_parts(parts, Body::from(bytes));
        }
        _ => {}
    }
    let mut resp = next.run(req).await;
    match l.fault {
        Fault::WrongStatus if path == "/v1/indexes" && resp.status() == StatusCode::CREATED => {
            *resp.status_mut() = StatusCode::OK;
        }
        Fault::UndocumentedStatus if resp.status() == StatusCode::BAD_REQUEST => {
            *resp.status_mut() = StatusCode::UNPROCESSABLE_ENTITY;
        }
        Fault::MissingRequiredHeader => {
            resp.headers_mut().remove("x-request-id");
        }
        Fault::MissingAllowHeader if resp.status() == StatusCode::METHOD_NOT_ALLOWED => {
            resp.headers_mut().remove(header::ALLOW);
        }
        Fault::WrongContentType if path == "/healthz" => {
            resp.headers_mut()
                .insert(header::CONTENT_TYPE, HeaderValue::from_static("text/plain"));
        }
        Fault::MissingField | Fault::WrongType if resp.status().is_success() => {
            let (parts, body) = json_body(resp).await;
            let Some(mut v) = body else {
                return rebuild(parts, Vec::new());
            };
            match l.fault {
                Fault::MissingField if path == "/v1/models" => {
                    v.as_object_mut().map(|m| m.remove("object"));
                }
                Fault::WrongType if path == "/v1/embeddings" => {
                    if let Some(n) = v.pointer("/usage/prompt_tokens").cloned() {
                        v["usage"]["prompt_tokens"] = json!(n.to_string());
                    }
                }
                _ => {}
            }
            return rebuild(parts, v.to_string().into_bytes());
        }
        Fault::BrokenSseOrder if path == "/v1/responses" => {
            let is_sse = resp
                .headers()
                .get(header::CONTENT_TYPE)
                .is_some_and(|c| c.as_bytes().starts_with(b"text/event-stream"));
            if is_sse {
                let (parts, body) = resp.into_parts();
                let bytes = to_bytes(body, usize::MAX).await.unwrap_or_default();
                let text = String::from_utf8_lossy(&bytes).into_owned();
                let mut frames: Vec<&str> = text.split_inclusive("\n\n").collect();
                if frames.len() > 2 {
                    frames.swap(1, 2);
                }
                return rebuild(parts, frames.concat().into_bytes());
            }
        }
        _ => {}
    }
    resp
}
