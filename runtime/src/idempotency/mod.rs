//! `Idempotency-Key` on POST requests, after the IETF httpapi draft
//! (draft-ietf-httpapi-idempotency-key-header): the first request's final status, headers and
//! body are kept per tenant and key; a repeat with the same method, path and body gets them back
//! with `idempotent-replayed: true` instead of running again; the same key with a different
//! request is 422; a repeat while the first is still running is 409. A stream is kept whole once
//! it has ended and replayed as one.
//!
//! Answers that show the request was not carried out (429, 5xx) are not kept: the key is released
//! and a retry runs. The records live in the database (one node) or in Redis (replicas), chosen
//! by `state.backend`; a running request holds its key for `lease_seconds` at most, so a crashed
//! replica does not hold it forever.

mod local;
mod redis;

use crate::config::IdempotencyConfig;
use crate::shared::{self, Redis};
use crate::state::App;
use crate::store::{Db, StoreError};
use axum::body::{Body, Bytes};
use axum::extract::{FromRequest, Request, State};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use futures::StreamExt;
use http::{header, HeaderName, HeaderValue, Method, StatusCode};
use lukhas_api::support::{ApiError, ErrorKind};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use std::sync::atomic::AtomicU64;
use std::sync::Arc;
use std::time::Duration;

static KEY_HEADER: HeaderName = HeaderName::from_static("idempotency-key");
static REPLAYED: HeaderName = HeaderName::from_static("idempotent-replayed");
/// Answers larger than this are not kept (a retry runs again).
const MAX_KEPT_BYTES: usize = 32 << 20;
/// Headers of the first answer that a replay does not repeat.
const NOT_KEPT: [&str; 4] = ["date", "content-length", "transfer-encoding", "connection"];

/// A kept answer.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Kept {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    /// Base64.
    pub body: String,
}

/// A key's record: the request it was first used for, and its answer once there is one.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
struct Record {
    /// SHA-256 of the method, path and body, in hex.
    request: String,
    /// Unix milliseconds after which the record is gone (the database's; Redis expires keys).
    expires_ms: u64,
    answer: Option<Kept>,
}

/// What a key's record says about a new request.
#[derive(Debug)]
enum Begin {
    /// No record: this request runs, holding the key.
    Run,
    Replay(Kept),
    Running,
    /// The key was used for a different request.
    Mismatch,
}

impl Record {
    fn begin(&self, request: &str) -> Begin {
        match &self.answer {
            _ if self.request != request => Begin::Mismatch,
            Some(kept) => Begin::Replay(kept.clone()),
            None => Begin::Running,
        }
    }
}

#[derive(Debug, thiserror::Error)]
enum IdempotencyError {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error(transparent)]
    Redis(#[from] shared::RedisError),
    #[error("a record does not parse: {0}")]
    Corrupt(#[from] serde_json::Error),
}

enum Records {
    Local(local::Records),
    Redis(redis::Records),
}

pub struct Idempotency {
    records: Records,
    cfg: IdempotencyConfig,
    /// Unix seconds of the last "store unavailable" warning.
    warned: AtomicU64,
}

impl Idempotency {
    pub fn new(
        cfg: IdempotencyConfig,
        db: Db,
        shared: Option<Arc<Redis>>,
    ) -> anyhow::Result<Idempotency> {
        let records = match shared {
            Some(r) => Records::Redis(redis::Records::new(r)),
            None => Records::Local(local::Records::open(db)?),
        };
        Ok(Idempotency {
            records,
            cfg,
            warned: AtomicU64::new(0),
        })
    }

    fn ttl(&self) -> Duration {
        Duration::from_secs(self.cfg.ttl_hours * 3600)
    }

    async fn begin(&self, key: &str, request: &str) -> Result<Begin, IdempotencyError> {
        let lease = Duration::from_secs(self.cfg.lease_seconds);
        let running = Record {
            request: request.to_string(),
            expires_ms: crate::util::now_ms() + lease.as_millis() as u64,
            answer: None,
        };
        match &self.records {
            Records::Local(r) => r.begin(key, running).await,
            Records::Redis(r) => r.begin(key, running, lease).await,
        }
    }

    async fn keep(&self, key: &str, request: &str, answer: Kept) -> Result<(), IdempotencyError> {
        let record = Record {
            request: request.to_string(),
            expires_ms: crate::util::now_ms() + self.ttl().as_millis() as u64,
            answer: Some(answer),
        };
        match &self.records {
            Records::Local(r) => r.put(key, record).await,
            Records::Redis(r) => r.put(key, record, self.ttl()).await,
        }
    }

    async fn release(&self, key: &str, request: &str) {
        let released = match &self.records {
            Records::Local(r) => r.release(key, request).await,
            Records::Redis(r) => r.release(key, request).await,
        };
        if let Err(e) = released {
            tracing::warn!(error = %e, "idempotency: releasing a key failed (it expires with its lease)");
        }
    }

    /// Deletes expired records (Redis expires its own); the number deleted.
    pub async fn sweep(&self) -> Result<usize, StoreError> {
        match &self.records {
            Records::Local(r) => r.sweep(crate::util::now_ms()).await,
            Records::Redis(_) => Ok(0),
        }
    }
}

/// The middleware: POST requests with an `Idempotency-Key` and a valid API key go through here.
pub async fn layer(State(app): State<Arc<App>>, request: Request, next: Next) -> Response {
    let idem = &app.idempotency;
    if request.method() != Method::POST || !idem.cfg.enabled {
        return next.run(request).await;
    }
    let Some(raw) = request.headers().get(&KEY_HEADER) else {
        return next.run(request).await;
    };
    let key = match valid_key(raw) {
        Ok(k) => k.to_string(),
        Err(e) => return e.into_response(),
    };
    // Without a valid API key the request is refused further in; nothing is kept for it.
    let Some(principal) = crate::auth::bearer(request.headers()).and_then(|t| app.keys.verify(t))
    else {
        return next.run(request).await;
    };
    let (parts, body) = request.into_parts();
    let path = parts
        .uri
        .path_and_query()
        .map_or("", |p| p.as_str())
        .to_string();
    let bytes = match Bytes::from_request(Request::from_parts(parts.clone(), body), &()).await {
        Ok(b) => b,
        Err(e) if e.status() == StatusCode::PAYLOAD_TOO_LARGE => {
            return ApiError::new(
                ErrorKind::PayloadTooLarge,
                "payload_too_large",
                "The request body exceeds the server's limit.",
            )
            .into_response()
        }
        Err(_) => {
            return ApiError::invalid_request("invalid_body", "The request body could not be read.")
                .into_response()
        }
    };
    let record_key = hex::encode(Sha256::digest(format!("{}\0{key}", principal.tenant)));
    let fingerprint = hex::encode(
        Sha256::new()
            .chain_update(b"POST\0")
            .chain_update(path.as_bytes())
            .chain_update(b"\0")
            .chain_update(&bytes)
            .finalize(),
    );
    let request = Request::from_parts(parts, Body::from(bytes));
    let outcome = |o: &str| {
        crate::telemetry::counters::IDEMPOTENCY
            .with_label_values(&[o])
            .inc()
    };
    match idem.begin(&record_key, &fingerprint).await {
        Ok(Begin::Run) => outcome("run"),
        Ok(Begin::Replay(kept)) => {
            outcome("replayed");
            return replay(kept);
        }
        Ok(Begin::Running) => {
            outcome("in_progress");
            return ApiError::new(
                ErrorKind::Conflict,
                "idempotency_key_in_use",
                "A request with this Idempotency-Key is still being processed; retry once it has finished.",
            )
            .with_retry_after(Duration::from_secs(1))
            .into_response();
        }
        Ok(Begin::Mismatch) => {
            outcome("mismatch");
            return ApiError::new(
                ErrorKind::Unprocessable,
                "idempotency_key_reused",
                "This Idempotency-Key was used for a different request (method, path or body); use a new key.",
            )
            .into_response();
        }
        Err(e) => {
            outcome("unavailable");
            if shared::once_a_minute(&idem.warned) {
                tracing::warn!(error = %e, fail_open = idem.cfg.fail_open,
                    "idempotency: the record store is unavailable (idempotency.fail_open decides: run unprotected, or 503)");
            }
            if idem.cfg.fail_open {
                return next.run(request).await;
            }
            return ApiError::unavailable(
                "Idempotency keys cannot be checked right now; retry shortly.",
                Duration::from_secs(1),
            )
            .into_response();
        }
    }
    let response = next.run(request).await;
    keep(app.clone(), record_key, fingerprint, response).await
}

/// 400 unless the key is 1 to 255 visible ASCII characters.
fn valid_key(raw: &HeaderValue) -> Result<&str, ApiError> {
    let bad = |why: &str| {
        ApiError::invalid_request(
            "invalid_idempotency_key",
            format!("The Idempotency-Key header {why}; use 1 to 255 visible ASCII characters, such as a UUID."),
        )
        .with_param("Idempotency-Key")
    };
    let key = raw
        .to_str()
        .map_err(|_| bad("is not ASCII"))?
        .trim_matches('"');
    match key.len() {
        0 => Err(bad("is empty")),
        256.. => Err(bad("is longer than 255 characters")),
        _ if !key.bytes().all(|b| b.is_ascii_graphic()) => {
            Err(bad("holds spaces or control characters"))
        }
        _ => Ok(key),
    }
}

fn replay(kept: Kept) -> Response {
    use base64::Engine as _;
    let body = base64::engine::general_purpose::STANDARD
        .decode(&kept.body)
        .unwrap_or_default();
    let mut response = Response::new(Body::from(body));
    *response.status_mut() = StatusCode::from_u16(kept.status).unwrap_or(StatusCode::OK);
    let headers = response.headers_mut();
    for (name, value) in &kept.headers {
        if let (Ok(n), Ok(v)) = (
            HeaderName::from_bytes(name.as_bytes()),
            HeaderValue::from_str(value),
        ) {
            headers.append(n, v);
        }
    }
    headers.insert(REPLAYED.clone(), HeaderValue::from_static("true"));
    response
}

/// Keeps `response` under `key` once it is whole (a stream once it has ended, before its last
/// chunk is sent, so that a client that retries at once finds it kept), or releases the key when
/// the answer is not to be kept.
async fn keep(app: Arc<App>, key: String, request: String, response: Response) -> Response {
    let status = response.status();
    if status.is_server_error() || status == StatusCode::TOO_MANY_REQUESTS {
        app.idempotency.release(&key, &request).await;
        return response;
    }
    let (parts, body) = response.into_parts();
    let headers: Vec<(String, String)> = parts
        .headers
        .iter()
        .filter(|(n, _)| !NOT_KEPT.contains(&n.as_str()))
        .filter_map(|(n, v)| Some((n.to_string(), v.to_str().ok()?.to_string())))
        .collect();
    let streamed = parts
        .headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("text/event-stream"));
    let mut held = Holder {
        app: Some(app),
        key,
        request,
    };
    let kept = move |body: &[u8]| {
        use base64::Engine as _;
        Kept {
            status: status.as_u16(),
            headers: headers.clone(),
            body: base64::engine::general_purpose::STANDARD.encode(body),
        }
    };
    if !streamed {
        let bytes = match axum::body::to_bytes(body, usize::MAX).await {
            Ok(b) => b,
            Err(_) => return ApiError::internal("the answer could not be read").into_response(),
        };
        if bytes.len() <= MAX_KEPT_BYTES {
            held.keep(kept(&bytes)).await;
        }
        return Response::from_parts(parts, Body::from(bytes));
    }
    let stream = async_stream::stream! {
        let mut chunks = body.into_data_stream();
        let (mut all, mut last): (Vec<u8>, Option<Bytes>) = (Vec::new(), None);
        while let Some(chunk) = chunks.next().await {
            match chunk {
                Ok(c) => {
                    if all.len() <= MAX_KEPT_BYTES {
                        all.extend_from_slice(&c);
                    }
                    if let Some(previous) = last.replace(c) {
                        yield Ok(previous);
                    }
                }
                Err(e) => {
                    // Broken: `held` releases the key when dropped.
                    yield Err(e);
                    return;
                }
            }
        }
        if all.len() <= MAX_KEPT_BYTES {
            held.keep(kept(&all)).await;
        }
        if let Some(c) = last {
            yield Ok::<Bytes, axum::Error>(c);
        }
    };
    Response::from_parts(parts, Body::from_stream(stream))
}

/// Holds a key for a running request; released when dropped before its answer is kept (the
/// client went away mid-stream, the answer was too large).
struct Holder {
    app: Option<Arc<App>>,
    key: String,
    request: String,
}

impl Holder {
    async fn keep(&mut self, answer: Kept) {
        if let Some(app) = self.app.take() {
            if let Err(e) = app.idempotency.keep(&self.key, &self.request, answer).await {
                tracing::warn!(error = %e, "idempotency: keeping an answer failed; a retry will run again");
                app.idempotency.release(&self.key, &self.request).await;
            }
        }
    }
}

impl Drop for Holder {
    fn drop(&mut self) {
        if let Some(app) = self.app.take() {
            let (key, request) = (
                std::mem::take(&mut self.key),
                std::mem::take(&mut self.request),
            );
            if let Ok(rt) = tokio::runtime::Handle::try_current() {
                rt.spawn(async move { app.idempotency.release(&key, &request).await });
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_are_short_visible_ascii() {
        let v = |s: &str| valid_key(&HeaderValue::from_str(s).unwrap()).map(str::to_string);
        assert_eq!(v("abc-123").unwrap(), "abc-123");
        assert_eq!(v("\"quoted\"").unwrap(), "quoted");
        assert!(v(&"k".repeat(255)).is_ok());
        assert!(v(&"k".repeat(256)).is_err());
        assert!(v("two words").is_err());
        assert!(v("").is_err());
        let non_ascii = HeaderValue::from_bytes("clé".as_bytes()).unwrap();
        assert_eq!(
            valid_key(&non_ascii).unwrap_err().status(),
            StatusCode::BAD_REQUEST
        );
    }

    #[test]
    fn a_record_tells_a_repeat_what_to_do() {
        let running = Record {
            request: "a".into(),
            expires_ms: 0,
            answer: None,
        };
        assert!(matches!(running.begin("a"), Begin::Running));
        assert!(matches!(running.begin("b"), Begin::Mismatch));
        let done = Record {
            answer: Some(Kept {
                status: 200,
                headers: vec![],
                body: String::new(),
            }),
            ..running
        };
        assert!(matches!(done.begin("a"), Begin::Replay(_)));
        assert!(matches!(done.begin("b"), Begin::Mismatch));
    }
}
