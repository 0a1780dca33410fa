//! From a typed result to an HTTP answer: the generic handler bodies the generated router calls
//! ([`secured`], [`public`]), the one place an `Err` becomes its documented status ([`respond`]),
//! and the JSON and text bodies.

use crate::decode::{decode, read};
use crate::error::{ApiError, ErrorKind};
use crate::operation::{Authenticate, Operation};
use axum::body::Body;
use axum::response::{IntoResponse, Response};
use http::{header, HeaderMap, HeaderValue, Request, StatusCode};
use serde::Serialize;
use std::future::Future;

/// Authenticates, decodes, lets the server inspect, validates, calls the handler, and answers.
pub async fn secured<A, O, F, Fut>(api: &A, request: Request<Body>, call: F) -> Response
where
    A: Authenticate,
    O: Operation,
    F: FnOnce(A::Principal, O) -> Fut,
    Fut: Future<Output = Result<O::Response, ApiError>>,
{
    let mut admission = HeaderMap::new();
    let result = async {
        let admitted = api.authenticate(O::info(), request.headers()).await?;
        admission = admitted.headers;
        let mut principal = admitted.principal;
        let mut read = read::<O>(request).await?;
        if let Some(fields) = read.fields() {
            let headers = api.inspect(&mut principal, O::info(), fields).await?;
            admission.extend(headers);
        }
        call(principal, read.finish()?).await
    }
    .await;
    let mut response = respond::<O>(result);
    response.headers_mut().extend(admission);
    response
}

/// Decodes and validates, calls the handler of a public operation, and answers.
pub async fn public<O, F, Fut>(request: Request<Body>, call: F) -> Response
where
    O: Operation,
    F: FnOnce(O) -> Fut,
    Fut: Future<Output = Result<O::Response, ApiError>>,
{
    let result = async { call(decode::<O>(request).await?).await };
    respond::<O>(result.await)
}

/// The typed result as an answer. An error whose status the operation does not document is a
/// bug of the server: it is logged and answered as the documented 500.
pub fn respond<O: Operation>(result: Result<O::Response, ApiError>) -> Response {
    match result {
        Ok(r) => r.into_response(),
        Err(e) if O::info().documents(e.status().as_u16()) => e.into_response(),
        Err(e) => ApiError::internal(format!(
            "{} answered {} which it does not document: {}",
            O::info().id,
            e.status().as_u16(),
            e.message()
        ))
        .into_response(),
    }
}

/// The status for a documented code.
pub fn status(code: u16) -> StatusCode {
    StatusCode::from_u16(code).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR)
}

/// A JSON body with `code`.
pub fn json<T: Serialize>(code: u16, body: &T) -> Response {
    match serde_json::to_vec(body) {
        Ok(bytes) => (
            status(code),
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

/// A text body with `code` and `content_type`.
pub fn text(code: u16, content_type: &'static str, body: String) -> Response {
    (
        status(code),
        [(header::CONTENT_TYPE, HeaderValue::from_static(content_type))],
        body,
    )
        .into_response()
}

/// A binary body with `code` and `content_type`.
pub fn binary(code: u16, content_type: &'static str, body: axum::body::Bytes) -> Response {
    (
        status(code),
        [(header::CONTENT_TYPE, HeaderValue::from_static(content_type))],
        body,
    )
        .into_response()
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
        ErrorKind::MethodNotAllowed,
        "method_not_allowed",
        format!("Method not allowed; this path allows {allow}."),
    )
    .with_header(header::ALLOW, HeaderValue::from_static(allow))
    .into_response()
}
