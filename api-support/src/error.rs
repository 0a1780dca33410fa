//! The one error type of the API boundary: an [`ErrorKind`] (which fixes the status and the
//! envelope's `type`), a public message, and the optional `param`, `code`, validation issues and
//! headers. Whatever went wrong inside, a client sees only this envelope:
//! `{"error": {"message", "type", "param", "code"[, "errors"]}}`; 5xx messages carry the request id.

use crate::request_id;
use axum::response::{IntoResponse, Response};
use http::{header, HeaderMap, HeaderName, HeaderValue, StatusCode};
use serde::Serialize;
use std::borrow::Cow;
use std::time::Duration;

/// What went wrong, as a client can act on it. Each kind has one status.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ErrorKind {
    InvalidRequest,
    Unauthorized,
    PermissionDenied,
    NotFound,
    MethodNotAllowed,
    Conflict,
    PayloadTooLarge,
    UriTooLong,
    UnsupportedMediaType,
    Unprocessable,
    RateLimited,
    HeadersTooLarge,
    Internal,
    BadGateway,
    Unavailable,
    GatewayTimeout,
}

impl ErrorKind {
    pub fn status(self) -> StatusCode {
        match self {
            ErrorKind::InvalidRequest => StatusCode::BAD_REQUEST,
            ErrorKind::Unauthorized => StatusCode::UNAUTHORIZED,
            ErrorKind::PermissionDenied => StatusCode::FORBIDDEN,
            ErrorKind::NotFound => StatusCode::NOT_FOUND,
            ErrorKind::MethodNotAllowed => StatusCode::METHOD_NOT_ALLOWED,
            ErrorKind::Conflict => StatusCode::CONFLICT,
            ErrorKind::PayloadTooLarge => StatusCode::PAYLOAD_TOO_LARGE,
            ErrorKind::UriTooLong => StatusCode::URI_TOO_LONG,
            ErrorKind::UnsupportedMediaType => StatusCode::UNSUPPORTED_MEDIA_TYPE,
            ErrorKind::Unprocessable => StatusCode::UNPROCESSABLE_ENTITY,
            ErrorKind::RateLimited => StatusCode::TOO_MANY_REQUESTS,
            ErrorKind::HeadersTooLarge => StatusCode::REQUEST_HEADER_FIELDS_TOO_LARGE,
            ErrorKind::Internal => StatusCode::INTERNAL_SERVER_ERROR,
            ErrorKind::BadGateway => StatusCode::BAD_GATEWAY,
            ErrorKind::Unavailable => StatusCode::SERVICE_UNAVAILABLE,
            ErrorKind::GatewayTimeout => StatusCode::GATEWAY_TIMEOUT,
        }
    }

    /// The kind answered with `status` (an unknown status reads as an internal error).
    pub fn of_status(status: u16) -> ErrorKind {
        ALL.iter()
            .copied()
            .find(|k| k.status().as_u16() == status)
            .unwrap_or(ErrorKind::Internal)
    }

    /// The envelope's `type`, as OpenAI names its error classes.
    fn error_type(self) -> &'static str {
        match self {
            ErrorKind::PermissionDenied => "permission_error",
            ErrorKind::RateLimited => "requests",
            ErrorKind::Internal
            | ErrorKind::BadGateway
            | ErrorKind::Unavailable
            | ErrorKind::GatewayTimeout => "server_error",
            _ => "invalid_request_error",
        }
    }
}

const ALL: [ErrorKind; 16] = [
    ErrorKind::InvalidRequest,
    ErrorKind::Unauthorized,
    ErrorKind::PermissionDenied,
    ErrorKind::NotFound,
    ErrorKind::MethodNotAllowed,
    ErrorKind::Conflict,
    ErrorKind::PayloadTooLarge,
    ErrorKind::UriTooLong,
    ErrorKind::UnsupportedMediaType,
    ErrorKind::Unprocessable,
    ErrorKind::RateLimited,
    ErrorKind::HeadersTooLarge,
    ErrorKind::Internal,
    ErrorKind::BadGateway,
    ErrorKind::Unavailable,
    ErrorKind::GatewayTimeout,
];

/// One violation of the spec's constraints.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ValidationIssue {
    /// JSON pointer: `/field/...` in the body, `/path/name` or `/query/name` for parameters.
    pub param: String,
    pub message: String,
}

/// An error answered in the OpenAI envelope. Boxed: it travels up every `Result` of the server,
/// and the error path should not make the success path's values larger.
#[derive(Debug, Clone)]
pub struct ApiError(Box<Inner>);

#[derive(Debug, Clone)]
struct Inner {
    kind: ErrorKind,
    message: String,
    param: Option<String>,
    code: Option<Cow<'static, str>>,
    error_type: Option<&'static str>,
    issues: Vec<ValidationIssue>,
    headers: HeaderMap,
}

#[derive(Serialize)]
struct Envelope<'a> {
    error: Body<'a>,
}

#[derive(Serialize)]
struct Body<'a> {
    message: Cow<'a, str>,
    #[serde(rename = "type")]
    error_type: &'static str,
    param: Option<&'a str>,
    code: Option<&'a str>,
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    errors: &'a [ValidationIssue],
}

impl ApiError {
    pub fn new(kind: ErrorKind, code: &'static str, message: impl Into<String>) -> ApiError {
        ApiError(Box::new(Inner {
            kind,
            message: message.into(),
            param: None,
            code: Some(Cow::Borrowed(code)),
            error_type: None,
            issues: Vec::new(),
            headers: HeaderMap::new(),
        }))
    }

    pub fn invalid_request(code: &'static str, message: impl Into<String>) -> ApiError {
        Self::new(ErrorKind::InvalidRequest, code, message)
    }

    /// One 400 listing every violation; `param` is the first one's pointer.
    pub fn validation(issues: Vec<ValidationIssue>) -> ApiError {
        let first = issues.first().cloned().unwrap_or(ValidationIssue {
            param: String::new(),
            message: "is invalid".into(),
        });
        let mut message = match first.param.as_str() {
            "" => format!("The request body {}", first.message),
            param => format!("`{param}` {}", first.message),
        };
        if issues.len() > 1 {
            message.push_str(&format!(
                " (and {} more; see error.errors)",
                issues.len() - 1
            ));
        }
        let mut e = Self::invalid_request("invalid_value", message);
        e.0.param = Some(first.param);
        e.0.issues = issues;
        e
    }

    pub fn unauthorized(message: impl Into<String>) -> ApiError {
        Self::new(ErrorKind::Unauthorized, "invalid_api_key", message)
    }

    pub fn forbidden(scope: &str) -> ApiError {
        Self::new(
            ErrorKind::PermissionDenied,
            "insufficient_scope",
            format!("This API key lacks the scope `{scope}`."),
        )
    }

    pub fn not_found(code: &'static str, message: impl Into<String>) -> ApiError {
        Self::new(ErrorKind::NotFound, code, message)
    }

    pub fn conflict(code: &'static str, message: impl Into<String>) -> ApiError {
        Self::new(ErrorKind::Conflict, code, message)
    }

    /// A 500 whose public message says only that something failed; `detail` goes to the log.
    pub fn internal(detail: impl std::fmt::Display) -> ApiError {
        tracing::error!(detail = %detail, "internal error");
        Self::new(
            ErrorKind::Internal,
            "internal_error",
            "The server had an error while processing your request.",
        )
    }

    pub fn unavailable(message: impl Into<String>, retry_after: Duration) -> ApiError {
        Self::new(ErrorKind::Unavailable, "overloaded", message).with_retry_after(retry_after)
    }

    pub fn with_param(mut self, param: impl Into<String>) -> ApiError {
        self.0.param = Some(param.into());
        self
    }

    /// Overrides the envelope's `type` (OpenAI's 429s say `requests` or `tokens`).
    pub fn with_type(mut self, error_type: &'static str) -> ApiError {
        self.0.error_type = Some(error_type);
        self
    }

    pub fn with_header(mut self, name: HeaderName, value: HeaderValue) -> ApiError {
        self.0.headers.insert(name, value);
        self
    }

    /// `retry-after` (whole seconds, rounded up) and `retry-after-ms`, which the SDKs honour.
    pub fn with_retry_after(self, wait: Duration) -> ApiError {
        let ms = u64::try_from(wait.as_millis()).unwrap_or(u64::MAX);
        self.with_header(header::RETRY_AFTER, HeaderValue::from(ms.div_ceil(1000)))
            .with_header(
                HeaderName::from_static("retry-after-ms"),
                HeaderValue::from(ms),
            )
    }

    pub fn kind(&self) -> ErrorKind {
        self.0.kind
    }

    pub fn status(&self) -> StatusCode {
        self.0.kind.status()
    }

    pub fn message(&self) -> &str {
        &self.0.message
    }

    pub fn param(&self) -> Option<&str> {
        self.0.param.as_deref()
    }

    pub fn code(&self) -> Option<&str> {
        self.0.code.as_deref()
    }

    pub fn issues(&self) -> &[ValidationIssue] {
        &self.0.issues
    }

    pub fn headers(&self) -> &HeaderMap {
        &self.0.headers
    }

    /// The message as the client sees it: 5xx messages name the request (and trace) id to quote.
    pub fn public_message(&self, ids: Option<&request_id::Ids>) -> Cow<'_, str> {
        match ids {
            Some(ids) if self.0.kind.status().is_server_error() => {
                Cow::Owned(format!("{} ({ids})", self.0.message))
            }
            _ => Cow::Borrowed(&self.0.message),
        }
    }

    /// The envelope as JSON text.
    pub fn envelope(&self, ids: Option<&request_id::Ids>) -> String {
        let envelope = Envelope {
            error: Body {
                message: self.public_message(ids),
                error_type: self.0.error_type.unwrap_or(self.0.kind.error_type()),
                param: self.0.param.as_deref(),
                code: self.0.code.as_deref(),
                errors: &self.0.issues,
            },
        };
        // Strings and options only: serialization cannot fail.
        serde_json::to_string(&envelope).unwrap_or_default()
    }
}

impl std::fmt::Display for ApiError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} {}", self.status().as_u16(), self.0.message)
    }
}

impl std::error::Error for ApiError {}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let body = self.envelope(request_id::current().as_ref());
        let mut response = (
            self.status(),
            [(
                header::CONTENT_TYPE,
                HeaderValue::from_static("application/json"),
            )],
            body,
        )
            .into_response();
        response.headers_mut().extend(self.0.headers);
        response
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn envelope_has_all_four_fields_and_the_request_id_on_5xx() {
        let e = ApiError::not_found("model_not_found", "No such model.").with_param("model");
        let v: serde_json::Value =
            serde_json::from_str(&e.envelope(Some(&request_id::Ids::request("req_1")))).unwrap();
        assert_eq!(
            v,
            serde_json::json!({"error": {"message": "No such model.", "type": "invalid_request_error",
                                         "param": "model", "code": "model_not_found"}})
        );
        let e = ApiError::internal("db=postgres://secret");
        let v: serde_json::Value =
            serde_json::from_str(&e.envelope(Some(&request_id::Ids::request("req_1")))).unwrap();
        let m = v["error"]["message"].as_str().unwrap();
        assert!(m.contains("req_1") && !m.contains("secret"), "{m}");
        assert_eq!(v["error"]["type"], "server_error");
        let traced = request_id::Ids {
            request: "req_2".into(),
            trace: Some("4bf92f3577b34da6a3ce929d0e0e4736".into()),
        };
        let v: serde_json::Value = serde_json::from_str(&e.envelope(Some(&traced))).unwrap();
        assert!(v["error"]["message"]
            .as_str()
            .unwrap()
            .ends_with("(request id req_2, trace id 4bf92f3577b34da6a3ce929d0e0e4736)"));
    }

    #[test]
    fn retry_after_rounds_up_and_carries_milliseconds() {
        let e = ApiError::unavailable("busy", Duration::from_millis(1500));
        assert_eq!(e.headers()[header::RETRY_AFTER], "2");
        assert_eq!(e.headers()["retry-after-ms"], "1500");
        assert_eq!(ErrorKind::of_status(503), ErrorKind::Unavailable);
        assert_eq!(ErrorKind::of_status(418), ErrorKind::Internal);
    }
}
