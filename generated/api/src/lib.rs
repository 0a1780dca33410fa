// generated, do not edit: run `make generate (cargo run -p lukhas-codegen -- generate)` after editing spec/lukhas-openai.yaml

//! Server stubs for the LUKHAS façade API: implement [`Api`] and serve [`router`].
#![allow(clippy::all, clippy::pedantic, unused_qualifications, dead_code)]
pub mod support;
pub mod types;
use axum::extract::State;
use axum::http::HeaderMap;
use axum::response::IntoResponse;
use std::future::Future;
use std::sync::Arc;
use support::*;
/// The spec's title and version.
pub const API_TITLE: &str = "LUKHAS façade API";
pub const API_VERSION: &str = "0.1.0";
/// JSON Schemas of every operation's parameters and body, derived from the spec.
pub const SCHEMAS: &str = include_str!("schemas.json");
/// Every operation in the spec, in document order.
pub const OPERATIONS: &[&OperationInfo] = &[
    &operations::get_health::INFO,
    &operations::get_readiness::INFO,
    &operations::get_metrics::INFO,
    &operations::list_models::INFO,
    &operations::retrieve_model::INFO,
    &operations::create_response::INFO,
    &operations::create_chat_completion::INFO,
    &operations::create_embedding::INFO,
    &operations::create_dream::INFO,
    &operations::list_indexes::INFO,
    &operations::create_index::INFO,
    &operations::get_index::INFO,
    &operations::delete_index::INFO,
    &operations::upsert_vectors::INFO,
    &operations::delete_vector::INFO,
    &operations::search_index::INFO,
];
/// Per-operation request and response types.
pub mod operations {
    /// `GET /healthz`: Liveness probe
    pub mod get_health {
        #[allow(unused_imports)]
        use crate::support::*;
        #[allow(unused_imports)]
        use crate::types;
        use axum::http::{HeaderMap, StatusCode};
        use axum::response::IntoResponse;
        pub static INFO: OperationInfo = OperationInfo {
            id: "getHealth",
            method: "GET",
            path: "/healthz",
            tag: "system",
            secured: false,
            scopes: &[],
        };
        /// The request, decoded and validated against the spec.
        #[derive(Debug)]
        pub struct Request {
            /// Every request header.
            pub headers: HeaderMap,
        }
        /// One variant per documented status and media type.
        #[derive(Debug)]
        pub enum Response {
            /// 200 application/json: The process is alive.
            Ok(types::Health),
            /// 500 application/json: An unexpected server error.
            InternalServerError(ApiError),
        }
        impl IntoResponse for Response {
            fn into_response(self) -> axum::response::Response {
                match self {
                    Self::Ok(body) => json_response(
                        StatusCode::from_u16(200u16).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR),
                        &body,
                    ),
                    Self::InternalServerError(mut error) => {
                        error.status = StatusCode::from_u16(500u16)
                            .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
                        error.into_response()
                    }
                }
            }
        }
        /// Maps an error to the variant documented for its status; an undocumented status
        /// becomes the documented 500 so the answer stays within the spec.
        impl From<ApiError> for Response {
            fn from(error: ApiError) -> Self {
                match error.status.as_u16() {
                    _ => Self::InternalServerError(error),
                }
            }
        }
    }
    /// `GET /readyz`: Readiness probe with per-dependency checks
    pub mod get_readiness {
        #[allow(unused_imports)]
        use crate::support::*;
        #[allow(unused_imports)]
        use crate::types;
        use axum::http::{HeaderMap, StatusCode};
        use axum::response::IntoResponse;
        pub static INFO: OperationInfo = OperationInfo {
            id: "getReadiness",
            method: "GET",
            path: "/readyz",
            tag: "system",
            secured: false,
            scopes: &[],
        };
        /// The request, decoded and validated against the spec.
        #[derive(Debug)]
        pub struct Request {
            /// Every request header.
            pub headers: HeaderMap,
        }
        /// One variant per documented status and media type.
        #[derive(Debug)]
        pub enum Response {
            /// 200 application/json: Ready to serve.
            Ok(types::Readiness),
            /// 503 application/json: At least one dependency is not usable.
            ServiceUnavailable(types::Readiness),
        }
        impl IntoResponse for Response {
            fn into_response(self) -> axum::response::Response {
                match self {
                    Self::Ok(body) => json_response(
                        StatusCode::from_u16(200u16).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR),
                        &body,
                    ),
                    Self::ServiceUnavailable(body) => json_response(
                        StatusCode::from_u16(503u16).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR),
                        &body,
                    ),
                }
            }
        }
    }
    /// `GET /metrics`: Prometheus metrics
    pub mod get_metrics {
        #[allow(unused_imports)]
        use crate::support::*;
        #[allow(unused_imports)]
        use crate::types;
        use axum::http::{HeaderMap, StatusCode};
        use axum::response::IntoResponse;
        pub static INFO: OperationInfo = OperationInfo {
            id: "getMetrics",
            method: "GET",
            path: "/metrics",
            tag: "system",
            secured: false,
            scopes: &[],
        };
        /// The request, decoded and validated against the spec.
        #[derive(Debug)]
        pub struct Request {
            /// Every request header.
            pub headers: HeaderMap,
        }
        /// One variant per documented status and media type.
        #[derive(Debug)]
        pub enum Response {
            /// 200 text/plain: Metrics in the Prometheus text exposition format.
            Ok(String),
            /// 500 application/json: An unexpected server error.
            InternalServerError(ApiError),
        }
        impl IntoResponse for Response {
            fn into_response(self) -> axum::response::Response {
                match self {
                    Self::Ok(text) => text_response(
                        StatusCode::from_u16(200u16).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR),
                        "text/plain",
                        text,
                    ),
                    Self::InternalServerError(mut error) => {
                        error.status = StatusCode::from_u16(500u16)
                            .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
                        error.into_response()
                    }
                }
            }
        }
        /// Maps an error to the variant documented for its status; an undocumented status
        /// becomes the documented 500 so the answer stays within the spec.
        impl From<ApiError> for Response {
            fn from(error: ApiError) -> Self {
                match error.status.as_u16() {
                    _ => Self::InternalServerError(error),
                }
            }
        }
    }
    /// `GET /v1/models`: List the models this server serves
    pub mod list_models {
        #[allow(unused_imports)]
        use crate::support::*;
        #[allow(unused_imports)]
        use crate::types;
        use axum::http::{HeaderMap, StatusCode};
        use axum::response::IntoResponse;
        pub static INFO: OperationInfo = OperationInfo {
            id: "listModels",
            method: "GET",
            path: "/v1/models",
            tag: "models",
            secured: true,
            scopes: &["models:read"],
        };
        /// The request, decoded and validated against the spec.
        #[derive(Debug)]
        pub struct Request {
            /// Every request header.
            pub headers: HeaderMap,
        }
        /// One variant per documented status and media type.
        #[derive(Debug)]
        pub enum Response {
            /// 200 application/json: The models.
            Ok(types::ListModelsResponse),
            /// 401 application/json: No API key, or an unknown one.
            Unauthorized(ApiError),
            /// 403 application/json: The API key lacks the scope this operation needs.
            Forbidden(ApiError),
            /// 429 application/json: Rate limit reached; retry after `retry-after` seconds.
            TooManyRequests(ApiError),
            /// 500 application/json: An unexpected server error.
            InternalServerError(ApiError),
            /// 503 application/json: The server is overloaded (for example the generation queue is full); retry later.
            ServiceUnavailable(ApiError),
        }
        impl IntoResponse for Response {
            fn into_response(self) -> axum::response::Response {
                match self {
                    Self::Ok(body) => json_response(
                        StatusCode::from_u16(200u16).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR),
                        &body,
                    ),
                    Self::Unauthorized(mut error) => {
                        error.status = StatusCode::from_u16(401u16)
                            .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
                        error.into_response()
                    }
                    Self::Forbidden(mut error) => {
                        error.status = StatusCode::from_u16(403u16)
                            .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
                        error.into_response()
                    }
                    Self::TooManyRequests(mut error) => {
                        error.status = StatusCode::from_u16(429u16)
                            .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
                        error.into_response()
                    }
                    Self::InternalServerError(mut error) => {
                        error.status = StatusCode::from_u16(500u16)
                            .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
                        error.into_response()
                    }
                    Self::ServiceUnavailable(mut error) => {
                        error.status = StatusCode::from_u16(503u16)
                            .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
                        error.into_response()
                    }
                }
            }
        }
        /// Maps an error to the variant documented for its status; an undocumented status
        /// becomes the documented 500 so the answer stays within the spec.
        impl From<ApiError> for Response {
            fn from(error: ApiError) -> Self {
                match error.status.as_u16() {
                    401u16 => Self::Unauthorized(error),
                    403u16 => Self::Forbidden(error),
                    429u16 => Self::TooManyRequests(error),
                    503u16 => Self::ServiceUnavailable(error),
                    _ => Self::InternalServerError(error),
                }
            }
        }
    }
    /// `GET /v1/models/{model}`: Retrieve one model
    pub mod retrieve_model {
        #[allow(unused_imports)]
        use crate::support::*;
        #[allow(unused_imports)]
        use crate::types;
        use axum::http::{HeaderMap, StatusCode};
        use axum::response::IntoResponse;
        pub static INFO: OperationInfo = OperationInfo {
            id: "retrieveModel",
            method: "GET",
            path: "/v1/models/{model}",
            tag: "models",
            secured: true,
            scopes: &["models:read"],
        };
        /// The request, decoded and validated against the spec.
        #[derive(Debug)]
        pub struct Request {
            /// `model` (path): The model id; it may contain `/`, sent raw or as `%2F`.
            pub model: String,
            /// Every request header.
            pub headers: HeaderMap,
        }
        /// One variant per documented status and media type.
        #[derive(Debug)]
        pub enum Response {
            /// 200 application/json: The model.
            Ok(types::Model),
            /// 400 application/json: The request is invalid; `error.errors` lists every violation.
            BadRequest(ApiError),
            /// 401 application/json: No API key, or an unknown one.
            Unauthorized(ApiError),
            /// 403 application/json: The API key lacks the scope this operation needs.
            Forbidden(ApiError),
            /// 404 application/json: No such resource (or it belongs to another tenant), or no such route.
            NotFound(ApiError),
            /// 429 application/json: Rate limit reached; retry after `retry-after` seconds.
            TooManyRequests(ApiError),
            /// 500 application/json: An unexpected server error.
            InternalServerError(ApiError),
            /// 503 application/json: The server is overloaded (for example the generation queue is full); retry later.
            ServiceUnavailable(ApiError),
        }
        impl IntoResponse for Response {
            fn into_response(self) -> axum::response::Response {
                match self {
                    Self::Ok(body) => json_response(
                        StatusCode::from_u16(200u16).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR),
                        &body,
                    ),
                    Self::BadRequest(mut error) => {
                        error.status = StatusCode::from_u16(400u16)
                            .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
                        error.into_response()
                    }
                    Self::Unauthorized(mut error) => {
                        error.status = StatusCode::from_u16(401u16)
                            .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
                        error.into_response()
                    }
                    Self::Forbidden(mut error) => {
                        error.status = StatusCode::from_u16(403u16)
                            .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
                        error.into_response()
                    }
                    Self::NotFound(mut error) => {
                        error.status = StatusCode::from_u16(404u16)
                            .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
                        error.into_response()
                    }
                    Self::TooManyRequests(mut error) => {
                        error.status = StatusCode::from_u16(429u16)
                            .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
                        error.into_response()
                    }
                    Self::InternalServerError(mut error) => {
                        error.status = StatusCode::from_u16(500u16)
                            .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
                        error.into_response()
                    }
                    Self::ServiceUnavailable(mut error) => {
                        error.status = StatusCode::from_u16(503u16)
                            .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
                        error.into_response()
                    }
                }
            }
        }
        /// Maps an error to the variant documented for its status; an undocumented status
        /// becomes the documented 500 so the answer stays within the spec.
        impl From<ApiError> for Response {
            fn from(error: ApiError) -> Self {
                match error.status.as_u16() {
                    400u16 => Self::BadRequest(error),
                    401u16 => Self::Unauthorized(error),
                    403u16 => Self::Forbidden(error),
                    404u16 => Self::NotFound(error),
                    429u16 => Self::TooManyRequests(error),
                    503u16 => Self::ServiceUnavailable(error),
                    _ => Self::InternalServerError(error),
                }
            }
        }
    }
    /// `POST /v1/responses`: Create a model response
    pub mod create_response {
        #[allow(unused_imports)]
        use crate::support::*;
        #[allow(unused_imports)]
        use crate::types;
        use axum::http::{HeaderMap, StatusCode};
        use axum::response::IntoResponse;
        pub static INFO: OperationInfo = OperationInfo {
            id: "createResponse",
            method: "POST",
            path: "/v1/responses",
            tag: "responses",
            secured: true,
            scopes: &["responses:write"],
        };
        /// The request, decoded and validated against the spec.
        #[derive(Debug)]
        pub struct Request {
            /// The JSON body, validated against the spec.
            pub body: types::CreateResponseRequest,
            /// Every request header.
            pub headers: HeaderMap,
        }
        /// One variant per documented status and media type.
        #[derive(Debug)]
        pub enum Response {
            /// 200 application/json: The response (JSON), or its event stream when `stream` is true.
            Ok(types::Response),
            /// 200 text/event-stream: The response (JSON), or its event stream when `stream` is true.
            OkEventStream(EventStream<types::ResponseStreamEvent>),
            /// 400 application/json: The request is invalid; `error.errors` lists every violation.
            BadRequest(ApiError),
            /// 401 application/json: No API key, or an unknown one.
            Unauthorized(ApiError),
            /// 403 application/json: The API key lacks the scope this operation needs.
            Forbidden(ApiError),
            /// 404 application/json: No such resource (or it belongs to another tenant), or no such route.
            NotFound(ApiError),
            /// 413 application/json: The request body exceeds the server's limit.
            PayloadTooLarge(ApiError),
            /// 415 application/json: The request body is not `application/json`.
            UnsupportedMediaType(ApiError),
            /// 429 application/json: Rate limit reached; retry after `retry-after` seconds.
            TooManyRequests(ApiError),
            /// 500 application/json: An unexpected server error.
            InternalServerError(ApiError),
            /// 502 application/json: The upstream model provider failed.
            BadGateway(ApiError),
            /// 503 application/json: The server is overloaded (for example the generation queue is full); retry later.
            ServiceUnavailable(ApiError),
            /// 504 application/json: The upstream model provider did not answer in time.
            GatewayTimeout(ApiError),
        }
        impl IntoResponse for Response {
            fn into_response(self) -> axum::response::Response {
                match self {
                    Self::Ok(body) => json_response(
                        StatusCode::from_u16(200u16).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR),
                        &body,
                    ),
                    Self::OkEventStream(events) => sse_response(
                        StatusCode::from_u16(200u16).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR),
                        events,
                        None,
                    ),
                    Self::BadRequest(mut error) => {
                        error.status = StatusCode::from_u16(400u16)
                            .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
                        error.into_response()
                    }
                    Self::Unauthorized(mut error) => {
                        error.status = StatusCode::from_u16(401u16)
                            .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
                        error.into_response()
                    }
                    Self::Forbidden(mut error) => {
                        error.status = StatusCode::from_u16(403u16)
                            .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
                        error.into_response()
                    }
                    Self::NotFound(mut error) => {
                        error.status = StatusCode::from_u16(404u16)
                            .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
                        error.into_response()
                    }
                    Self::PayloadTooLarge(mut error) => {
                        error.status = StatusCode::from_u16(413u16)
                            .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
                        error.into_response()
                    }
                    Self::UnsupportedMediaType(mut error) => {
                        error.status = StatusCode::from_u16(415u16)
                            .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
                        error.into_response()
                    }
                    Self::TooManyRequests(mut error) => {
                        error.status = StatusCode::from_u16(429u16)
                            .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
                        error.into_response()
                    }
                    Self::InternalServerError(mut error) => {
                        error.status = StatusCode::from_u16(500u16)
                            .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
                        error.into_response()
                    }
                    Self::BadGateway(mut error) => {
                        error.status = StatusCode::from_u16(502u16)
                            .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
                        error.into_response()
                    }
                    Self::ServiceUnavailable(mut error) => {
                        error.status = StatusCode::from_u16(503u16)
                            .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
                        error.into_response()
                    }
                    Self::GatewayTimeout(mut error) => {
                        error.status = StatusCode::from_u16(504u16)
                            .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
                        error.into_response()
                    }
                }
            }
        }
        /// Maps an error to the variant documented for its status; an undocumented status
        /// becomes the documented 500 so the answer stays within the spec.
        impl From<ApiError> for Response {
            fn from(error: ApiError) -> Self {
                match error.status.as_u16() {
                    400u16 => Self::BadRequest(error),
                    401u16 => Self::Unauthorized(error),
                    403u16 => Self::Forbidden(error),
                    404u16 => Self::NotFound(error),
                    413u16 => Self::PayloadTooLarge(error),
                    415u16 => Self::UnsupportedMediaType(error),
                    429u16 => Self::TooManyRequests(error),
                    502u16 => Self::BadGateway(error),
                    503u16 => Self::ServiceUnavailable(error),
                    504u16 => Self::GatewayTimeout(error),
                    _ => Self::InternalServerError(error),
                }
            }
        }
    }
    /// `POST /v1/chat/completions`: Create a chat completion
    pub mod create_chat_completion {
        #[allow(unused_imports)]
        use crate::support::*;
        #[allow(unused_imports)]
        use crate::types;
        use axum::http::{HeaderMap, StatusCode};
        use axum::response::IntoResponse;
        pub static INFO: OperationInfo = OperationInfo {
            id: "createChatCompletion",
            method: "POST",
            path: "/v1/chat/completions",
            tag: "chat",
            secured: true,
            scopes: &["chat:write"],
        };
        /// The request, decoded and validated against the spec.
        #[derive(Debug)]
        pub struct Request {
            /// The JSON body, validated against the spec.
            pub body: types::CreateChatCompletionRequest,
            /// Every request header.
            pub headers: HeaderMap,
        }
        /// One variant per documented status and media type.
        #[derive(Debug)]
        pub enum Response {
            /// 200 application/json: The completion (JSON), or its chunk stream when `stream` is true.
            Ok(types::CreateChatCompletionResponse),
            /// 200 text/event-stream: The completion (JSON), or its chunk stream when `stream` is true.
            OkEventStream(EventStream<types::CreateChatCompletionStreamResponse>),
            /// 400 application/json: The request is invalid; `error.errors` lists every violation.
            BadRequest(ApiError),
            /// 401 application/json: No API key, or an unknown one.
            Unauthorized(ApiError),
            /// 403 application/json: The API key lacks the scope this operation needs.
            Forbidden(ApiError),
            /// 404 application/json: No such resource (or it belongs to another tenant), or no such route.
            NotFound(ApiError),
            /// 413 application/json: The request body exceeds the server's limit.
            PayloadTooLarge(ApiError),
            /// 415 application/json: The request body is not `application/json`.
            UnsupportedMediaType(ApiError),
            /// 429 application/json: Rate limit reached; retry after `retry-after` seconds.
            TooManyRequests(ApiError),
            /// 500 application/json: An unexpected server error.
            InternalServerError(ApiError),
            /// 502 application/json: The upstream model provider failed.
            BadGateway(ApiError),
            /// 503 application/json: The server is overloaded (for example the generation queue is full); retry later.
            ServiceUnavailable(ApiError),
            /// 504 application/json: The upstream model provider did not answer in time.
            GatewayTimeout(ApiError),
        }
        impl IntoResponse for Response {
            fn into_response(self) -> axum::response::Response {
                match self {
                    Self::Ok(body) => json_response(
                        StatusCode::from_u16(200u16).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR),
                        &body,
                    ),
                    Self::OkEventStream(events) => sse_response(
                        StatusCode::from_u16(200u16).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR),
                        events,
                        Some("[DONE]"),
                    ),
                    Self::BadRequest(mut error) => {
                        error.status = StatusCode::from_u16(400u16)
                            .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
                        error.into_response()
                    }
                    Self::Unauthorized(mut error) => {
                        error.status = StatusCode::from_u16(401u16)
                            .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
                        error.into_response()
                    }
                    Self::Forbidden(mut error) => {
                        error.status = StatusCode::from_u16(403u16)
                            .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
                        error.into_response()
                    }
                    Self::NotFound(mut error) => {
                        error.status = StatusCode::from_u16(404u16)
                            .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
                        error.into_response()
                    }
                    Self::PayloadTooLarge(mut error) => {
                        error.status = StatusCode::from_u16(413u16)
                            .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
                        error.into_response()
                    }
                    Self::UnsupportedMediaType(mut error) => {
                        error.status = StatusCode::from_u16(415u16)
                            .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
                        error.into_response()
                    }
                    Self::TooManyRequests(mut error) => {
                        error.status = StatusCode::from_u16(429u16)
                            .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
                        error.into_response()
                    }
                    Self::InternalServerError(mut error) => {
                        error.status = StatusCode::from_u16(500u16)
                            .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
                        error.into_response()
                    }
                    Self::BadGateway(mut error) => {
                        error.status = StatusCode::from_u16(502u16)
                            .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
                        error.into_response()
                    }
                    Self::ServiceUnavailable(mut error) => {
                        error.status = StatusCode::from_u16(503u16)
                            .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
                        error.into_response()
                    }
                    Self::GatewayTimeout(mut error) => {
                        error.status = StatusCode::from_u16(504u16)
                            .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
                        error.into_response()
                    }
                }
            }
        }
        /// Maps an error to the variant documented for its status; an undocumented status
        /// becomes the documented 500 so the answer stays within the spec.
        impl From<ApiError> for Response {
            fn from(error: ApiError) -> Self {
                match error.status.as_u16() {
                    400u16 => Self::BadRequest(error),
                    401u16 => Self::Unauthorized(error),
                    403u16 => Self::Forbidden(error),
                    404u16 => Self::NotFound(error),
                    413u16 => Self::PayloadTooLarge(error),
                    415u16 => Self::UnsupportedMediaType(error),
                    429u16 => Self::TooManyRequests(error),
                    502u16 => Self::BadGateway(error),
                    503u16 => Self::ServiceUnavailable(error),
                    504u16 => Self::GatewayTimeout(error),
                    _ => Self::InternalServerError(error),
                }
            }
        }
    }
    /// `POST /v1/embeddings`: Create embeddings
    pub mod create_embedding {
        #[allow(unused_imports)]
        use crate::support::*;
        #[allow(unused_imports)]
        use crate::types;
        use axum::http::{HeaderMap, StatusCode};
        use axum::response::IntoResponse;
        pub static INFO: OperationInfo = OperationInfo {
            id: "createEmbedding",
            method: "POST",
            path: "/v1/embeddings",
            tag: "embeddings",
            secured: true,
            scopes: &["embeddings:read"],
        };
        /// The request, decoded and validated against the spec.
        #[derive(Debug)]
        pub struct Request {
            /// The JSON body, validated against the spec.
            pub body: types::CreateEmbeddingRequest,
            /// Every request header.
            pub headers: HeaderMap,
        }
        /// One variant per documented status and media type.
        #[derive(Debug)]
        pub enum Response {
            /// 200 application/json: The embeddings, in input order.
            Ok(types::CreateEmbeddingResponse),
            /// 400 application/json: The request is invalid; `error.errors` lists every violation.
            BadRequest(ApiError),
            /// 401 application/json: No API key, or an unknown one.
            Unauthorized(ApiError),
            /// 403 application/json: The API key lacks the scope this operation needs.
            Forbidden(ApiError),
            /// 404 application/json: No such resource (or it belongs to another tenant), or no such route.
            NotFound(ApiError),
            /// 413 application/json: The request body exceeds the server's limit.
            PayloadTooLarge(ApiError),
            /// 415 application/json: The request body is not `application/json`.
            UnsupportedMediaType(ApiError),
            /// 429 application/json: Rate limit reached; retry after `retry-after` seconds.
            TooManyRequests(ApiError),
            /// 500 application/json: An unexpected server error.
            InternalServerError(ApiError),
            /// 502 application/json: The upstream model provider failed.
            BadGateway(ApiError),
            /// 503 application/json: The server is overloaded (for example the generation queue is full); retry later.
            ServiceUnavailable(ApiError),
            /// 504 application/json: The upstream model provider did not answer in time.
            GatewayTimeout(ApiError),
        }
        impl IntoResponse for Response {
            fn into_response(self) -> axum::response::Response {
                match self {
                    Self::Ok(body) => json_response(
                        StatusCode::from_u16(200u16).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR),
                        &body,
                    ),
                    Self::BadRequest(mut error) => {
                        error.status = StatusCode::from_u16(400u16)
                            .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
                        error.into_response()
                    }
                    Self::Unauthorized(mut error) => {
                        error.status = StatusCode::from_u16(401u16)
                            .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
                        error.into_response()
                    }
                    Self::Forbidden(mut error) => {
                        error.status = StatusCode::from_u16(403u16)
                            .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
                        error.into_response()
                    }
                    Self::NotFound(mut error) => {
                        error.status = StatusCode::from_u16(404u16)
                            .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
                        error.into_response()
                    }
                    Self::PayloadTooLarge(mut error) => {
                        error.status = StatusCode::from_u16(413u16)
                            .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
                        error.into_response()
                    }
                    Self::UnsupportedMediaType(mut error) => {
                        error.status = StatusCode::from_u16(415u16)
                            .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
                        error.into_response()
                    }
                    Self::TooManyRequests(mut error) => {
                        error.status = StatusCode::from_u16(429u16)
                            .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
                        error.into_response()
                    }
                    Self::InternalServerError(mut error) => {
                        error.status = StatusCode::from_u16(500u16)
                            .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
                        error.into_response()
                    }
                    Self::BadGateway(mut error) => {
                        error.status = StatusCode::from_u16(502u16)
                            .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
                        error.into_response()
                    }
                    Self::ServiceUnavailable(mut error) => {
                        error.status = StatusCode::from_u16(503u16)
                            .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
                        error.into_response()
                    }
                    Self::GatewayTimeout(mut error) => {
                        error.status = StatusCode::from_u16(504u16)
                            .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
                        error.into_response()
                    }
                }
            }
        }
        /// Maps an error to the variant documented for its status; an undocumented status
        /// becomes the documented 500 so the answer stays within the spec.
        impl From<ApiError> for Response {
            fn from(error: ApiError) -> Self {
                match error.status.as_u16() {
                    400u16 => Self::BadRequest(error),
                    401u16 => Self::Unauthorized(error),
                    403u16 => Self::Forbidden(error),
                    404u16 => Self::NotFound(error),
                    413u16 => Self::PayloadTooLarge(error),
                    415u16 => Self::UnsupportedMediaType(error),
                    429u16 => Self::TooManyRequests(error),
                    502u16 => Self::BadGateway(error),
                    503u16 => Self::ServiceUnavailable(error),
                    504u16 => Self::GatewayTimeout(error),
                    _ => Self::InternalServerError(error),
                }
            }
        }
    }
    /// `POST /v1/dreams`: Run a dream, a multi-step generation trace
    pub mod create_dream {
        #[allow(unused_imports)]
        use crate::support::*;
        #[allow(unused_imports)]
        use crate::types;
        use axum::http::{HeaderMap, StatusCode};
        use axum::response::IntoResponse;
        pub static INFO: OperationInfo = OperationInfo {
            id: "createDream",
            method: "POST",
            path: "/v1/dreams",
            tag: "dreams",
            secured: true,
            scopes: &["dreams:read"],
        };
        /// The request, decoded and validated against the spec.
        #[derive(Debug)]
        pub struct Request {
            /// The JSON body, validated against the spec.
            pub body: types::CreateDreamRequest,
            /// Every request header.
            pub headers: HeaderMap,
        }
        /// One variant per documented status and media type.
        #[derive(Debug)]
        pub enum Response {
            /// 200 application/json: The dream with one trace per step (JSON), or its event stream when `stream` is true.
            Ok(types::Dream),
            /// 200 text/event-stream: The dream with one trace per step (JSON), or its event stream when `stream` is true.
            OkEventStream(EventStream<types::DreamStreamEvent>),
            /// 400 application/json: The request is invalid; `error.errors` lists every violation.
            BadRequest(ApiError),
            /// 401 application/json: No API key, or an unknown one.
            Unauthorized(ApiError),
            /// 403 application/json: The API key lacks the scope this operation needs.
            Forbidden(ApiError),
            /// 404 application/json: No such resource (or it belongs to another tenant), or no such route.
            NotFound(ApiError),
            /// 413 application/json: The request body exceeds the server's limit.
            PayloadTooLarge(ApiError),
            /// 415 application/json: The request body is not `application/json`.
            UnsupportedMediaType(ApiError),
            /// 429 application/json: Rate limit reached; retry after `retry-after` seconds.
            TooManyRequests(ApiError),
            /// 500 application/json: An unexpected server error.
            InternalServerError(ApiError),
            /// 502 application/json: The upstream model provider failed.
            BadGateway(ApiError),
            /// 503 application/json: The server is overloaded (for example the generation queue is full); retry later.
            ServiceUnavailable(ApiError),
            /// 504 application/json: The upstream model provider did not answer in time.
            GatewayTimeout(ApiError),
        }
        impl IntoResponse for Response {
            fn into_response(self) -> axum::response::Response {
                match self {
                    Self::Ok(body) => json_response(
                        StatusCode::from_u16(200u16).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR),
                        &body,
                    ),
                    Self::OkEventStream(events) => sse_response(
                        StatusCode::from_u16(200u16).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR),
                        events,
                        None,
                    ),
                    Self::BadRequest(mut error) => {
                        error.status = StatusCode::from_u16(400u16)
                            .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
                        error.into_response()
                    }
                    Self::Unauthorized(mut error) => {
                        error.status = StatusCode::from_u16(401u16)
                            .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
                        error.into_response()
                    }
                    Self::Forbidden(mut error) => {
                        error.status = StatusCode::from_u16(403u16)
                            .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
                        error.into_response()
                    }
                    Self::NotFound(mut error) => {
                        error.status = StatusCode::from_u16(404u16)
                            .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
                        error.into_response()
                    }
                    Self::PayloadTooLarge(mut error) => {
                        error.status = StatusCode::from_u16(413u16)
                            .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
                        error.into_response()
                    }
                    Self::UnsupportedMediaType(mut error) => {
                        error.status = StatusCode::from_u16(415u16)
                            .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
                        error.into_response()
                    }
                    Self::TooManyRequests(mut error) => {
                        error.status = StatusCode::from_u16(429u16)
                            .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
                        error.into_response()
                    }
                    Self::InternalServerError(mut error) => {
                        error.status = StatusCode::from_u16(500u16)
                            .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
                        error.into_response()
                    }
                    Self::BadGateway(mut error) => {
                        error.status = StatusCode::from_u16(502u16)
                            .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
                        error.into_response()
                    }
                    Self::ServiceUnavailable(mut error) => {
                        error.status = StatusCode::from_u16(503u16)
                            .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
                        error.into_response()
                    }
                    Self::GatewayTimeout(mut error) => {
                        error.status = StatusCode::from_u16(504u16)
                            .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
                        error.into_response()
                    }
                }
            }
        }
        /// Maps an error to the variant documented for its status; an undocumented status
        /// becomes the documented 500 so the answer stays within the spec.
        impl From<ApiError> for Response {
            fn from(error: ApiError) -> Self {
                match error.status.as_u16() {
                    400u16 => Self::BadRequest(error),
                    401u16 => Self::Unauthorized(error),
                    403u16 => Self::Forbidden(error),
                    404u16 => Self::NotFound(error),
                    413u16 => Self::PayloadTooLarge(error),
                    415u16 => Self::UnsupportedMediaType(error),
                    429u16 => Self::TooManyRequests(error),
                    502u16 => Self::BadGateway(error),
                    503u16 => Self::ServiceUnavailable(error),
                    504u16 => Self::GatewayTimeout(error),
                    _ => Self::InternalServerError(error),
                }
            }
        }
    }
    /// `GET /v1/indexes`: List your vector indexes
    pub mod list_indexes {
        #[allow(unused_imports)]
        use crate::support::*;
        #[allow(unused_imports)]
        use crate::types;
        use axum::http::{HeaderMap, StatusCode};
        use axum::response::IntoResponse;
        pub static INFO: OperationInfo = OperationInfo {
            id: "listIndexes",
            method: "GET",
            path: "/v1/indexes",
            tag: "indexes",
            secured: true,
            scopes: &["indexes:read"],
        };
        /// The request, decoded and validated against the spec.
        #[derive(Debug)]
        pub struct Request {
            /// `limit` (query): How many indexes to return.
            pub limit: i64,
            /// `after` (query): An index id; the page starts after it.
            pub after: Option<String>,
            /// Every request header.
            pub headers: HeaderMap,
        }
        /// One variant per documented status and media type.
        #[derive(Debug)]
        pub enum Response {
            /// 200 application/json: One page of indexes.
            Ok(types::IndexList),
            /// 400 application/json: The request is invalid; `error.errors` lists every violation.
            BadRequest(ApiError),
            /// 401 application/json: No API key, or an unknown one.
            Unauthorized(ApiError),
            /// 403 application/json: The API key lacks the scope this operation needs.
            Forbidden(ApiError),
            /// 429 application/json: Rate limit reached; retry after `retry-after` seconds.
            TooManyRequests(ApiError),
            /// 500 application/json: An unexpected server error.
            InternalServerError(ApiError),
            /// 503 application/json: The server is overloaded (for example the generation queue is full); retry later.
            ServiceUnavailable(ApiError),
        }
        impl IntoResponse for Response {
            fn into_response(self) -> axum::response::Response {
                match self {
                    Self::Ok(body) => json_response(
                        StatusCode::from_u16(200u16).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR),
                        &body,
                    ),
                    Self::BadRequest(mut error) => {
                        error.status = StatusCode::from_u16(400u16)
                            .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
                        error.into_response()
                    }
                    Self::Unauthorized(mut error) => {
                        error.status = StatusCode::from_u16(401u16)
                            .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
                        error.into_response()
                    }
                    Self::Forbidden(mut error) => {
                        error.status = StatusCode::from_u16(403u16)
                            .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
                        error.into_response()
                    }
                    Self::TooManyRequests(mut error) => {
                        error.status = StatusCode::from_u16(429u16)
                            .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
                        error.into_response()
                    }
                    Self::InternalServerError(mut error) => {
                        error.status = StatusCode::from_u16(500u16)
                            .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
                        error.into_response()
                    }
                    Self::ServiceUnavailable(mut error) => {
                        error.status = StatusCode::from_u16(503u16)
                            .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
                        error.into_response()
                    }
                }
            }
        }
        /// Maps an error to the variant documented for its status; an undocumented status
        /// becomes the documented 500 so the answer stays within the spec.
        impl From<ApiError> for Response {
            fn from(error: ApiError) -> Self {
                match error.status.as_u16() {
                    400u16 => Self::BadRequest(error),
                    401u16 => Self::Unauthorized(error),
                    403u16 => Self::Forbidden(error),
                    429u16 => Self::TooManyRequests(error),
                    503u16 => Self::ServiceUnavailable(error),
                    _ => Self::InternalServerError(error),
                }
            }
        }
    }
    /// `POST /v1/indexes`: Create a vector index
    pub mod create_index {
        #[allow(unused_imports)]
        use crate::support::*;
        #[allow(unused_imports)]
        use crate::types;
        use axum::http::{HeaderMap, StatusCode};
        use axum::response::IntoResponse;
        pub static INFO: OperationInfo = OperationInfo {
            id: "createIndex",
            method: "POST",
            path: "/v1/indexes",
            tag: "indexes",
            secured: true,
            scopes: &["indexes:write"],
        };
        /// The request, decoded and validated against the spec.
        #[derive(Debug)]
        pub struct Request {
            /// The JSON body, validated against the spec.
            pub body: types::CreateIndexRequest,
            /// Every request header.
            pub headers: HeaderMap,
        }
        /// One variant per documented status and media type.
        #[derive(Debug)]
        pub enum Response {
            /// 201 application/json: The new index.
            Created(types::Index),
            /// 400 application/json: The request is invalid; `error.errors` lists every violation.
            BadRequest(ApiError),
            /// 401 application/json: No API key, or an unknown one.
            Unauthorized(ApiError),
            /// 403 application/json: The API key lacks the scope this operation needs.
            Forbidden(ApiError),
            /// 404 application/json: No such resource (or it belongs to another tenant), or no such route.
            NotFound(ApiError),
            /// 409 application/json: The request conflicts with existing state: an index name already in use, or vectors (or a
            /// query) whose length differs from the index's dimension (`code: dimension_mismatch`).
            Conflict(ApiError),
            /// 413 application/json: The request body exceeds the server's limit.
            PayloadTooLarge(ApiError),
            /// 415 application/json: The request body is not `application/json`.
            UnsupportedMediaType(ApiError),
            /// 429 application/json: Rate limit reached; retry after `retry-after` seconds.
            TooManyRequests(ApiError),
            /// 500 application/json: An unexpected server error.
            InternalServerError(ApiError),
            /// 503 application/json: The server is overloaded (for example the generation queue is full); retry later.
            ServiceUnavailable(ApiError),
        }
        impl IntoResponse for Response {
            fn into_response(self) -> axum::response::Response {
                match self {
                    Self::Created(body) => json_response(
                        StatusCode::from_u16(201u16).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR),
                        &body,
                    ),
                    Self::BadRequest(mut error) => {
                        error.status = StatusCode::from_u16(400u16)
                            .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
                        error.into_response()
                    }
                    Self::Unauthorized(mut error) => {
                        error.status = StatusCode::from_u16(401u16)
                            .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
                        error.into_response()
                    }
                    Self::Forbidden(mut error) => {
                        error.status = StatusCode::from_u16(403u16)
                            .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
                        error.into_response()
                    }
                    Self::NotFound(mut error) => {
                        error.status = StatusCode::from_u16(404u16)
                            .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
                        error.into_response()
                    }
                    Self::Conflict(mut error) => {
                        error.status = StatusCode::from_u16(409u16)
                            .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
                        error.into_response()
                    }
                    Self::PayloadTooLarge(mut error) => {
                        error.status = StatusCode::from_u16(413u16)
                            .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
                        error.into_response()
                    }
                    Self::UnsupportedMediaType(mut error) => {
                        error.status = StatusCode::from_u16(415u16)
                            .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
                        error.into_response()
                    }
                    Self::TooManyRequests(mut error) => {
                        error.status = StatusCode::from_u16(429u16)
                            .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
                        error.into_response()
                    }
                    Self::InternalServerError(mut error) => {
                        error.status = StatusCode::from_u16(500u16)
                            .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
                        error.into_response()
                    }
                    Self::ServiceUnavailable(mut error) => {
                        error.status = StatusCode::from_u16(503u16)
                            .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
                        error.into_response()
                    }
                }
            }
        }
        /// Maps an error to the variant documented for its status; an undocumented status
        /// becomes the documented 500 so the answer stays within the spec.
        impl From<ApiError> for Response {
            fn from(error: ApiError) -> Self {
                match error.status.as_u16() {
                    400u16 => Self::BadRequest(error),
                    401u16 => Self::Unauthorized(error),
                    403u16 => Self::Forbidden(error),
                    404u16 => Self::NotFound(error),
                    409u16 => Self::Conflict(error),
                    413u16 => Self::PayloadTooLarge(error),
                    415u16 => Self::UnsupportedMediaType(error),
                    429u16 => Self::TooManyRequests(error),
                    503u16 => Self::ServiceUnavailable(error),
                    _ => Self::InternalServerError(error),
                }
            }
        }
    }
    /// `GET /v1/indexes/{index_id}`: Retrieve a vector index
    pub mod get_index {
        #[allow(unused_imports)]
        use crate::support::*;
        #[allow(unused_imports)]
        use crate::types;
        use axum::http::{HeaderMap, StatusCode};
        use axum::response::IntoResponse;
        pub static INFO: OperationInfo = OperationInfo {
            id: "getIndex",
            method: "GET",
            path: "/v1/indexes/{index_id}",
            tag: "indexes",
            secured: true,
            scopes: &["indexes:read"],
        };
        /// The request, decoded and validated against the spec.
        #[derive(Debug)]
        pub struct Request {
            /// `index_id` (path): The index id (`idx_...`).
            pub index_id: String,
            /// Every request header.
            pub headers: HeaderMap,
        }
        /// One variant per documented status and media type.
        #[derive(Debug)]
        pub enum Response {
            /// 200 application/json: The index.
            Ok(types::Index),
            /// 400 application/json: The request is invalid; `error.errors` lists every violation.
            BadRequest(ApiError),
            /// 401 application/json: No API key, or an unknown one.
            Unauthorized(ApiError),
            /// 403 application/json: The API key lacks the scope this operation needs.
            Forbidden(ApiError),
            /// 404 application/json: No such resource (or it belongs to another tenant), or no such route.
            NotFound(ApiError),
            /// 429 application/json: Rate limit reached; retry after `retry-after` seconds.
            TooManyRequests(ApiError),
            /// 500 application/json: An unexpected server error.
            InternalServerError(ApiError),
            /// 503 application/json: The server is overloaded (for example the generation queue is full); retry later.
            ServiceUnavailable(ApiError),
        }
        impl IntoResponse for Response {
            fn into_response(self) -> axum::response::Response {
                match self {
                    Self::Ok(body) => json_response(
                        StatusCode::from_u16(200u16).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR),
                        &body,
                    ),
                    Self::BadRequest(mut error) => {
                        error.status = StatusCode::from_u16(400u16)
                            .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
                        error.into_response()
                    }
                    Self::Unauthorized(mut error) => {
                        error.status = StatusCode::from_u16(401u16)
                            .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
                        error.into_response()
                    }
                    Self::Forbidden(mut error) => {
                        error.status = StatusCode::from_u16(403u16)
                            .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
                        error.into_response()
                    }
                    Self::NotFound(mut error) => {
                        error.status = StatusCode::from_u16(404u16)
                            .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
                        error.into_response()
                    }
                    Self::TooManyRequests(mut error) => {
                        error.status = StatusCode::from_u16(429u16)
                            .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
                        error.into_response()
                    }
                    Self::InternalServerError(mut error) => {
                        error.status = StatusCode::from_u16(500u16)
                            .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
                        error.into_response()
                    }
                    Self::ServiceUnavailable(mut error) => {
                        error.status = StatusCode::from_u16(503u16)
                            .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
                        error.into_response()
                    }
                }
            }
        }
        /// Maps an error to the variant documented for its status; an undocumented status
        /// becomes the documented 500 so the answer stays within the spec.
        impl From<ApiError> for Response {
            fn from(error: ApiError) -> Self {
                match error.status.as_u16() {
                    400u16 => Self::BadRequest(error),
                    401u16 => Self::Unauthorized(error),
                    403u16 => Self::Forbidden(error),
                    404u16 => Self::NotFound(error),
                    429u16 => Self::TooManyRequests(error),
                    503u16 => Self::ServiceUnavailable(error),
                    _ => Self::InternalServerError(error),
                }
            }
        }
    }
    /// `DELETE /v1/indexes/{index_id}`: Delete a vector index and all its vectors
    pub mod delete_index {
        #[allow(unused_imports)]
        use crate::support::*;
        #[allow(unused_imports)]
        use crate::types;
        use axum::http::{HeaderMap, StatusCode};
        use axum::response::IntoResponse;
        pub static INFO: OperationInfo = OperationInfo {
            id: "deleteIndex",
            method: "DELETE",
            path: "/v1/indexes/{index_id}",
            tag: "indexes",
            secured: true,
            scopes: &["indexes:write"],
        };
        /// The request, decoded and validated against the spec.
        #[derive(Debug)]
        pub struct Request {
            /// `index_id` (path): The index id (`idx_...`).
            pub index_id: String,
            /// Every request header.
            pub headers: HeaderMap,
        }
        /// One variant per documented status and media type.
        #[derive(Debug)]
        pub enum Response {
            /// 200 application/json: The index is gone.
            Ok(types::DeletedObject),
            /// 400 application/json: The request is invalid; `error.errors` lists every violation.
            BadRequest(ApiError),
            /// 401 application/json: No API key, or an unknown one.
            Unauthorized(ApiError),
            /// 403 application/json: The API key lacks the scope this operation needs.
            Forbidden(ApiError),
            /// 404 application/json: No such resource (or it belongs to another tenant), or no such route.
            NotFound(ApiError),
            /// 429 application/json: Rate limit reached; retry after `retry-after` seconds.
            TooManyRequests(ApiError),
            /// 500 application/json: An unexpected server error.
            InternalServerError(ApiError),
            /// 503 application/json: The server is overloaded (for example the generation queue is full); retry later.
            ServiceUnavailable(ApiError),
        }
        impl IntoResponse for Response {
            fn into_response(self) -> axum::response::Response {
                match self {
                    Self::Ok(body) => json_response(
                        StatusCode::from_u16(200u16).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR),
                        &body,
                    ),
                    Self::BadRequest(mut error) => {
                        error.status = StatusCode::from_u16(400u16)
                            .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
                        error.into_response()
                    }
                    Self::Unauthorized(mut error) => {
                        error.status = StatusCode::from_u16(401u16)
                            .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
                        error.into_response()
                    }
                    Self::Forbidden(mut error) => {
                        error.status = StatusCode::from_u16(403u16)
                            .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
                        error.into_response()
                    }
                    Self::NotFound(mut error) => {
                        error.status = StatusCode::from_u16(404u16)
                            .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
                        error.into_response()
                    }
                    Self::TooManyRequests(mut error) => {
                        error.status = StatusCode::from_u16(429u16)
                            .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
                        error.into_response()
                    }
                    Self::InternalServerError(mut error) => {
                        error.status = StatusCode::from_u16(500u16)
                            .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
                        error.into_response()
                    }
                    Self::ServiceUnavailable(mut error) => {
                        error.status = StatusCode::from_u16(503u16)
                            .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
                        error.into_response()
                    }
                }
            }
        }
        /// Maps an error to the variant documented for its status; an undocumented status
        /// becomes the documented 500 so the answer stays within the spec.
        impl From<ApiError> for Response {
            fn from(error: ApiError) -> Self {
                match error.status.as_u16() {
                    400u16 => Self::BadRequest(error),
                    401u16 => Self::Unauthorized(error),
                    403u16 => Self::Forbidden(error),
                    404u16 => Self::NotFound(error),
                    429u16 => Self::TooManyRequests(error),
                    503u16 => Self::ServiceUnavailable(error),
                    _ => Self::InternalServerError(error),
                }
            }
        }
    }
    /// `POST /v1/indexes/{index_id}/vectors`: Add or replace vectors
    pub mod upsert_vectors {
        #[allow(unused_imports)]
        use crate::support::*;
        #[allow(unused_imports)]
        use crate::types;
        use axum::http::{HeaderMap, StatusCode};
        use axum::response::IntoResponse;
        pub static INFO: OperationInfo = OperationInfo {
            id: "upsertVectors",
            method: "POST",
            path: "/v1/indexes/{index_id}/vectors",
            tag: "indexes",
            secured: true,
            scopes: &["indexes:write"],
        };
        /// The request, decoded and validated against the spec.
        #[derive(Debug)]
        pub struct Request {
            /// `index_id` (path): The index id (`idx_...`).
            pub index_id: String,
            /// The JSON body, validated against the spec.
            pub body: types::UpsertVectorsRequest,
            /// Every request header.
            pub headers: HeaderMap,
        }
        /// One variant per documented status and media type.
        #[derive(Debug)]
        pub enum Response {
            /// 200 application/json: The vectors are stored.
            Ok(types::UpsertVectorsResponse),
            /// 400 application/json: The request is invalid; `error.errors` lists every violation.
            BadRequest(ApiError),
            /// 401 application/json: No API key, or an unknown one.
            Unauthorized(ApiError),
            /// 403 application/json: The API key lacks the scope this operation needs.
            Forbidden(ApiError),
            /// 404 application/json: No such resource (or it belongs to another tenant), or no such route.
            NotFound(ApiError),
            /// 409 application/json: The request conflicts with existing state: an index name already in use, or vectors (or a
            /// query) whose length differs from the index's dimension (`code: dimension_mismatch`).
            Conflict(ApiError),
            /// 413 application/json: The request body exceeds the server's limit.
            PayloadTooLarge(ApiError),
            /// 415 application/json: The request body is not `application/json`.
            UnsupportedMediaType(ApiError),
            /// 429 application/json: Rate limit reached; retry after `retry-after` seconds.
            TooManyRequests(ApiError),
            /// 500 application/json: An unexpected server error.
            InternalServerError(ApiError),
            /// 502 application/json: The upstream model provider failed.
            BadGateway(ApiError),
            /// 503 application/json: The server is overloaded (for example the generation queue is full); retry later.
            ServiceUnavailable(ApiError),
            /// 504 application/json: The upstream model provider did not answer in time.
            GatewayTimeout(ApiError),
        }
        impl IntoResponse for Response {
            fn into_response(self) -> axum::response::Response {
                match self {
                    Self::Ok(body) => json_response(
                        StatusCode::from_u16(200u16).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR),
                        &body,
                    ),
                    Self::BadRequest(mut error) => {
                        error.status = StatusCode::from_u16(400u16)
                            .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
                        error.into_response()
                    }
                    Self::Unauthorized(mut error) => {
                        error.status = StatusCode::from_u16(401u16)
                            .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
                        error.into_response()
                    }
                    Self::Forbidden(mut error) => {
                        error.status = StatusCode::from_u16(403u16)
                            .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
                        error.into_response()
                    }
                    Self::NotFound(mut error) => {
                        error.status = StatusCode::from_u16(404u16)
                            .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
                        error.into_response()
                    }
                    Self::Conflict(mut error) => {
                        error.status = StatusCode::from_u16(409u16)
                            .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
                        error.into_response()
                    }
                    Self::PayloadTooLarge(mut error) => {
                        error.status = StatusCode::from_u16(413u16)
                            .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
                        error.into_response()
                    }
                    Self::UnsupportedMediaType(mut error) => {
                        error.status = StatusCode::from_u16(415u16)
                            .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
                        error.into_response()
                    }
                    Self::TooManyRequests(mut error) => {
                        error.status = StatusCode::from_u16(429u16)
                            .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
                        error.into_response()
                    }
                    Self::InternalServerError(mut error) => {
                        error.status = StatusCode::from_u16(500u16)
                            .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
                        error.into_response()
                    }
                    Self::BadGateway(mut error) => {
                        error.status = StatusCode::from_u16(502u16)
                            .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
                        error.into_response()
                    }
                    Self::ServiceUnavailable(mut error) => {
                        error.status = StatusCode::from_u16(503u16)
                            .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
                        error.into_response()
                    }
                    Self::GatewayTimeout(mut error) => {
                        error.status = StatusCode::from_u16(504u16)
                            .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
                        error.into_response()
                    }
                }
            }
        }
        /// Maps an error to the variant documented for its status; an undocumented status
        /// becomes the documented 500 so the answer stays within the spec.
        impl From<ApiError> for Response {
            fn from(error: ApiError) -> Self {
                match error.status.as_u16() {
                    400u16 => Self::BadRequest(error),
                    401u16 => Self::Unauthorized(error),
                    403u16 => Self::Forbidden(error),
                    404u16 => Self::NotFound(error),
                    409u16 => Self::Conflict(error),
                    413u16 => Self::PayloadTooLarge(error),
                    415u16 => Self::UnsupportedMediaType(error),
                    429u16 => Self::TooManyRequests(error),
                    502u16 => Self::BadGateway(error),
                    503u16 => Self::ServiceUnavailable(error),
                    504u16 => Self::GatewayTimeout(error),
                    _ => Self::InternalServerError(error),
                }
            }
        }
    }
    /// `DELETE /v1/indexes/{index_id}/vectors/{vector_id}`: Delete one vector
    pub mod delete_vector {
        #[allow(unused_imports)]
        use crate::support::*;
        #[allow(unused_imports)]
        use crate::types;
        use axum::http::{HeaderMap, StatusCode};
        use axum::response::IntoResponse;
        pub static INFO: OperationInfo = OperationInfo {
            id: "deleteVector",
            method: "DELETE",
            path: "/v1/indexes/{index_id}/vectors/{vector_id}",
            tag: "indexes",
            secured: true,
            scopes: &["indexes:write"],
        };
        /// The request, decoded and validated against the spec.
        #[derive(Debug)]
        pub struct Request {
            /// `index_id` (path): The index id (`idx_...`).
            pub index_id: String,
            /// `vector_id` (path): The vector's id.
            pub vector_id: String,
            /// Every request header.
            pub headers: HeaderMap,
        }
        /// One variant per documented status and media type.
        #[derive(Debug)]
        pub enum Response {
            /// 200 application/json: The vector is gone.
            Ok(types::DeletedObject),
            /// 400 application/json: The request is invalid; `error.errors` lists every violation.
            BadRequest(ApiError),
            /// 401 application/json: No API key, or an unknown one.
            Unauthorized(ApiError),
            /// 403 application/json: The API key lacks the scope this operation needs.
            Forbidden(ApiError),
            /// 404 application/json: No such resource (or it belongs to another tenant), or no such route.
            NotFound(ApiError),
            /// 429 application/json: Rate limit reached; retry after `retry-after` seconds.
            TooManyRequests(ApiError),
            /// 500 application/json: An unexpected server error.
            InternalServerError(ApiError),
            /// 503 application/json: The server is overloaded (for example the generation queue is full); retry later.
            ServiceUnavailable(ApiError),
        }
        impl IntoResponse for Response {
            fn into_response(self) -> axum::response::Response {
                match self {
                    Self::Ok(body) => json_response(
                        StatusCode::from_u16(200u16).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR),
                        &body,
                    ),
                    Self::BadRequest(mut error) => {
                        error.status = StatusCode::from_u16(400u16)
                            .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
                        error.into_response()
                    }
                    Self::Unauthorized(mut error) => {
                        error.status = StatusCode::from_u16(401u16)
                            .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
                        error.into_response()
                    }
                    Self::Forbidden(mut error) => {
                        error.status = StatusCode::from_u16(403u16)
                            .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
                        error.into_response()
                    }
                    Self::NotFound(mut error) => {
                        error.status = StatusCode::from_u16(404u16)
                            .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
                        error.into_response()
                    }
                    Self::TooManyRequests(mut error) => {
                        error.status = StatusCode::from_u16(429u16)
                            .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
                        error.into_response()
                    }
                    Self::InternalServerError(mut error) => {
                        error.status = StatusCode::from_u16(500u16)
                            .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
                        error.into_response()
                    }
                    Self::ServiceUnavailable(mut error) => {
                        error.status = StatusCode::from_u16(503u16)
                            .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
                        error.into_response()
                    }
                }
            }
        }
        /// Maps an error to the variant documented for its status; an undocumented status
        /// becomes the documented 500 so the answer stays within the spec.
        impl From<ApiError> for Response {
            fn from(error: ApiError) -> Self {
                match error.status.as_u16() {
                    400u16 => Self::BadRequest(error),
                    401u16 => Self::Unauthorized(error),
                    403u16 => Self::Forbidden(error),
                    404u16 => Self::NotFound(error),
                    429u16 => Self::TooManyRequests(error),
                    503u16 => Self::ServiceUnavailable(error),
                    _ => Self::InternalServerError(error),
                }
            }
        }
    }
    /// `POST /v1/indexes/{index_id}/search`: Find the nearest vectors
    pub mod search_index {
        #[allow(unused_imports)]
        use crate::support::*;
        #[allow(unused_imports)]
        use crate::types;
        use axum::http::{HeaderMap, StatusCode};
        use axum::response::IntoResponse;
        pub static INFO: OperationInfo = OperationInfo {
            id: "searchIndex",
            method: "POST",
            path: "/v1/indexes/{index_id}/search",
            tag: "indexes",
            secured: true,
            scopes: &["indexes:read"],
        };
        /// The request, decoded and validated against the spec.
        #[derive(Debug)]
        pub struct Request {
            /// `index_id` (path): The index id (`idx_...`).
            pub index_id: String,
            /// The JSON body, validated against the spec.
            pub body: types::SearchIndexRequest,
            /// Every request header.
            pub headers: HeaderMap,
        }
        /// One variant per documented status and media type.
        #[derive(Debug)]
        pub enum Response {
            /// 200 application/json: The nearest vectors, best first.
            Ok(types::SearchIndexResponse),
            /// 400 application/json: The request is invalid; `error.errors` lists every violation.
            BadRequest(ApiError),
            /// 401 application/json: No API key, or an unknown one.
            Unauthorized(ApiError),
            /// 403 application/json: The API key lacks the scope this operation needs.
            Forbidden(ApiError),
            /// 404 application/json: No such resource (or it belongs to another tenant), or no such route.
            NotFound(ApiError),
            /// 409 application/json: The request conflicts with existing state: an index name already in use, or vectors (or a
            /// query) whose length differs from the index's dimension (`code: dimension_mismatch`).
            Conflict(ApiError),
            /// 413 application/json: The request body exceeds the server's limit.
            PayloadTooLarge(ApiError),
            /// 415 application/json: The request body is not `application/json`.
            UnsupportedMediaType(ApiError),
            /// 429 application/json: Rate limit reached; retry after `retry-after` seconds.
            TooManyRequests(ApiError),
            /// 500 application/json: An unexpected server error.
            InternalServerError(ApiError),
            /// 502 application/json: The upstream model provider failed.
            BadGateway(ApiError),
            /// 503 application/json: The server is overloaded (for example the generation queue is full); retry later.
            ServiceUnavailable(ApiError),
            /// 504 application/json: The upstream model provider did not answer in time.
            GatewayTimeout(ApiError),
        }
        impl IntoResponse for Response {
            fn into_response(self) -> axum::response::Response {
                match self {
                    Self::Ok(body) => json_response(
                        StatusCode::from_u16(200u16).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR),
                        &body,
                    ),
                    Self::BadRequest(mut error) => {
                        error.status = StatusCode::from_u16(400u16)
                            .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
                        error.into_response()
                    }
                    Self::Unauthorized(mut error) => {
                        error.status = StatusCode::from_u16(401u16)
                            .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
                        error.into_response()
                    }
                    Self::Forbidden(mut error) => {
                        error.status = StatusCode::from_u16(403u16)
                            .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
                        error.into_response()
                    }
                    Self::NotFound(mut error) => {
                        error.status = StatusCode::from_u16(404u16)
                            .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
                        error.into_response()
                    }
                    Self::Conflict(mut error) => {
                        error.status = StatusCode::from_u16(409u16)
                            .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
                        error.into_response()
                    }
                    Self::PayloadTooLarge(mut error) => {
                        error.status = StatusCode::from_u16(413u16)
                            .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
                        error.into_response()
                    }
                    Self::UnsupportedMediaType(mut error) => {
                        error.status = StatusCode::from_u16(415u16)
                            .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
                        error.into_response()
                    }
                    Self::TooManyRequests(mut error) => {
                        error.status = StatusCode::from_u16(429u16)
                            .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
                        error.into_response()
                    }
                    Self::InternalServerError(mut error) => {
                        error.status = StatusCode::from_u16(500u16)
                            .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
                        error.into_response()
                    }
                    Self::BadGateway(mut error) => {
                        error.status = StatusCode::from_u16(502u16)
                            .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
                        error.into_response()
                    }
                    Self::ServiceUnavailable(mut error) => {
                        error.status = StatusCode::from_u16(503u16)
                            .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
                        error.into_response()
                    }
                    Self::GatewayTimeout(mut error) => {
                        error.status = StatusCode::from_u16(504u16)
                            .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
                        error.into_response()
                    }
                }
            }
        }
        /// Maps an error to the variant documented for its status; an undocumented status
        /// becomes the documented 500 so the answer stays within the spec.
        impl From<ApiError> for Response {
            fn from(error: ApiError) -> Self {
                match error.status.as_u16() {
                    400u16 => Self::BadRequest(error),
                    401u16 => Self::Unauthorized(error),
                    403u16 => Self::Forbidden(error),
                    404u16 => Self::NotFound(error),
                    409u16 => Self::Conflict(error),
                    413u16 => Self::PayloadTooLarge(error),
                    415u16 => Self::UnsupportedMediaType(error),
                    429u16 => Self::TooManyRequests(error),
                    502u16 => Self::BadGateway(error),
                    503u16 => Self::ServiceUnavailable(error),
                    504u16 => Self::GatewayTimeout(error),
                    _ => Self::InternalServerError(error),
                }
            }
        }
    }
}
/// The operations of the spec. The router authenticates (for secured operations), decodes
/// and validates each request before calling the method, and maps the returned variant to
/// its documented status and media type.
pub trait Api: Send + Sync + 'static {
    /// Who is calling, as established by [`Api::authenticate`].
    type Principal: Send + 'static;
    /// Checks the request's credentials for a secured operation (`operation.scopes` lists
    /// the scopes it needs). Runs before any decoding or validation.
    fn authenticate(
        &self,
        operation: &'static OperationInfo,
        headers: &HeaderMap,
    ) -> impl Future<Output = Result<Self::Principal, ApiError>> + Send;
    /// `GET /healthz`: Liveness probe
    ///
    /// Answers as long as the process serves HTTP, whatever its dependencies are doing.
    fn get_health(
        &self,
        request: operations::get_health::Request,
    ) -> impl Future<Output = operations::get_health::Response> + Send;
    /// `GET /readyz`: Readiness probe with per-dependency checks
    ///
    /// 200 when every engine and the storage are usable, 503 otherwise; the body lists each check.
    fn get_readiness(
        &self,
        request: operations::get_readiness::Request,
    ) -> impl Future<Output = operations::get_readiness::Response> + Send;
    /// `GET /metrics`: Prometheus metrics
    ///
    /// Request counts and latency histograms by route and status, in the Prometheus text format.
    fn get_metrics(
        &self,
        request: operations::get_metrics::Request,
    ) -> impl Future<Output = operations::get_metrics::Response> + Send;
    /// `GET /v1/models`: List the models this server serves
    fn list_models(
        &self,
        principal: Self::Principal,
        request: operations::list_models::Request,
    ) -> impl Future<Output = operations::list_models::Response> + Send;
    /// `GET /v1/models/{model}`: Retrieve one model
    fn retrieve_model(
        &self,
        principal: Self::Principal,
        request: operations::retrieve_model::Request,
    ) -> impl Future<Output = operations::retrieve_model::Response> + Send;
    /// `POST /v1/responses`: Create a model response
    ///
    /// Generates a response for `input`. With `stream: true` the answer is a `text/event-stream` of
    /// `ResponseStreamEvent` frames: `response.created`, `response.in_progress`,
    /// `response.output_item.added`, `response.content_part.added`, `response.output_text.delta`*,
    /// `response.output_text.done`, `response.content_part.done`, `response.output_item.done`, then
    /// `response.completed` (or `response.incomplete`), each with an increasing `sequence_number`.
    fn create_response(
        &self,
        principal: Self::Principal,
        request: operations::create_response::Request,
    ) -> impl Future<Output = operations::create_response::Response> + Send;
    /// `POST /v1/chat/completions`: Create a chat completion
    ///
    /// Generates the assistant's next message. With `stream: true` the answer is a `text/event-stream` of
    /// `chat.completion.chunk` frames ending with `data: [DONE]`; with `stream_options.include_usage` a
    /// last chunk with `choices: []` carries the usage.
    fn create_chat_completion(
        &self,
        principal: Self::Principal,
        request: operations::create_chat_completion::Request,
    ) -> impl Future<Output = operations::create_chat_completion::Response> + Send;
    /// `POST /v1/embeddings`: Create embeddings
    ///
    /// Embeds a string, an array of strings, an array of token ids or an array of token-id arrays.
    /// `encoding_format: base64` (the Python SDK's default) returns little-endian float32 bytes.
    fn create_embedding(
        &self,
        principal: Self::Principal,
        request: operations::create_embedding::Request,
    ) -> impl Future<Output = operations::create_embedding::Response> + Send;
    /// `POST /v1/dreams`: Run a dream, a multi-step generation trace
    ///
    /// Runs a pipeline of generation steps (imagine -> expand -> critique by default) where each step is
    /// conditioned on the seed, the constraints and the steps before it. With `stream: true` the answer is
    /// a `text/event-stream` of `DreamStreamEvent` frames: `dream.step.delta` frames as each step's text is
    /// generated, one `dream.step.completed` per finished step (its trace), then `dream.completed` with the
    /// whole dream.
    fn create_dream(
        &self,
        principal: Self::Principal,
        request: operations::create_dream::Request,
    ) -> impl Future<Output = operations::create_dream::Response> + Send;
    /// `GET /v1/indexes`: List your vector indexes
    ///
    /// Indexes of the caller's tenant, oldest first, paginated with `limit` and `after`.
    fn list_indexes(
        &self,
        principal: Self::Principal,
        request: operations::list_indexes::Request,
    ) -> impl Future<Output = operations::list_indexes::Response> + Send;
    /// `POST /v1/indexes`: Create a vector index
    ///
    /// Names are unique per tenant. With `dimension` null the first insert fixes it.
    fn create_index(
        &self,
        principal: Self::Principal,
        request: operations::create_index::Request,
    ) -> impl Future<Output = operations::create_index::Response> + Send;
    /// `GET /v1/indexes/{index_id}`: Retrieve a vector index
    fn get_index(
        &self,
        principal: Self::Principal,
        request: operations::get_index::Request,
    ) -> impl Future<Output = operations::get_index::Response> + Send;
    /// `DELETE /v1/indexes/{index_id}`: Delete a vector index and all its vectors
    fn delete_index(
        &self,
        principal: Self::Principal,
        request: operations::delete_index::Request,
    ) -> impl Future<Output = operations::delete_index::Response> + Send;
    /// `POST /v1/indexes/{index_id}/vectors`: Add or replace vectors
    ///
    /// Each item carries either `vector` or `text` (embedded with the index's `embedding_model`). An item
    /// whose id exists replaces it. The write is durable when the answer arrives. Every vector must have
    /// the index's dimension (the first write fixes it when the index has none): otherwise 409.
    fn upsert_vectors(
        &self,
        principal: Self::Principal,
        request: operations::upsert_vectors::Request,
    ) -> impl Future<Output = operations::upsert_vectors::Response> + Send;
    /// `DELETE /v1/indexes/{index_id}/vectors/{vector_id}`: Delete one vector
    fn delete_vector(
        &self,
        principal: Self::Principal,
        request: operations::delete_vector::Request,
    ) -> impl Future<Output = operations::delete_vector::Response> + Send;
    /// `POST /v1/indexes/{index_id}/search`: Find the nearest vectors
    ///
    /// Exact k-nearest-neighbour search by `vector` or by `text` (embedded with the index's model),
    /// optionally restricted to vectors whose metadata equals every pair in `filter`. Results are best
    /// first; `score` is the cosine similarity (angular), the dot product (dot) or the negated Euclidean
    /// distance (euclidean), so higher is always closer.
    fn search_index(
        &self,
        principal: Self::Principal,
        request: operations::search_index::Request,
    ) -> impl Future<Output = operations::search_index::Response> + Send;
}
/// The axum router for `api`: every path and method of the spec, `404` for unknown paths
/// and `405` (with `Allow`) for undeclared methods, all in the OpenAI error envelope.
pub fn router<A: Api>(api: Arc<A>) -> axum::Router {
    let _ = validators();
    axum::Router::new()
        .route(
            "/healthz",
            axum::routing::MethodRouter::new()
                .get(get_health::<A>)
                .fallback(|| async { method_not_allowed("GET") }),
        )
        .route(
            "/metrics",
            axum::routing::MethodRouter::new()
                .get(get_metrics::<A>)
                .fallback(|| async { method_not_allowed("GET") }),
        )
        .route(
            "/readyz",
            axum::routing::MethodRouter::new()
                .get(get_readiness::<A>)
                .fallback(|| async { method_not_allowed("GET") }),
        )
        .route(
            "/v1/chat/completions",
            axum::routing::MethodRouter::new()
                .post(create_chat_completion::<A>)
                .fallback(|| async { method_not_allowed("POST") }),
        )
        .route(
            "/v1/dreams",
            axum::routing::MethodRouter::new()
                .post(create_dream::<A>)
                .fallback(|| async { method_not_allowed("POST") }),
        )
        .route(
            "/v1/embeddings",
            axum::routing::MethodRouter::new()
                .post(create_embedding::<A>)
                .fallback(|| async { method_not_allowed("POST") }),
        )
        .route(
            "/v1/indexes",
            axum::routing::MethodRouter::new()
                .get(list_indexes::<A>)
                .post(create_index::<A>)
                .fallback(|| async { method_not_allowed("GET, POST") }),
        )
        .route(
            "/v1/indexes/{index_id}",
            axum::routing::MethodRouter::new()
                .get(get_index::<A>)
                .delete(delete_index::<A>)
                .fallback(|| async { method_not_allowed("GET, DELETE") }),
        )
        .route(
            "/v1/indexes/{index_id}/search",
            axum::routing::MethodRouter::new()
                .post(search_index::<A>)
                .fallback(|| async { method_not_allowed("POST") }),
        )
        .route(
            "/v1/indexes/{index_id}/vectors",
            axum::routing::MethodRouter::new()
                .post(upsert_vectors::<A>)
                .fallback(|| async { method_not_allowed("POST") }),
        )
        .route(
            "/v1/indexes/{index_id}/vectors/{vector_id}",
            axum::routing::MethodRouter::new()
                .delete(delete_vector::<A>)
                .fallback(|| async { method_not_allowed("DELETE") }),
        )
        .route(
            "/v1/models",
            axum::routing::MethodRouter::new()
                .get(list_models::<A>)
                .fallback(|| async { method_not_allowed("GET") }),
        )
        .route(
            "/v1/models/{*model}",
            axum::routing::MethodRouter::new()
                .get(retrieve_model::<A>)
                .fallback(|| async { method_not_allowed("GET") }),
        )
        .route(
            "/v1/responses",
            axum::routing::MethodRouter::new()
                .post(create_response::<A>)
                .fallback(|| async { method_not_allowed("POST") }),
        )
        .fallback(not_found)
        .with_state(api)
}
async fn get_health<A: Api>(
    State(api): State<Arc<A>>,
    request: axum::extract::Request,
) -> axum::response::Response {
    let (parts, _body) = request.into_parts();
    let headers = parts.headers.clone();
    #[allow(unused_mut)]
    let mut issues: Vec<ValidationIssue> = Vec::new();
    if !issues.is_empty() {
        return ApiError::validation(issues).into_response();
    }
    let decoded = (move || -> Result<operations::get_health::Request, ApiError> {
        Ok(operations::get_health::Request { headers })
    })();
    let request = match decoded {
        Ok(r) => r,
        Err(e) => return e.into_response(),
    };
    api.get_health(request).await.into_response()
}
async fn get_readiness<A: Api>(
    State(api): State<Arc<A>>,
    request: axum::extract::Request,
) -> axum::response::Response {
    let (parts, _body) = request.into_parts();
    let headers = parts.headers.clone();
    #[allow(unused_mut)]
    let mut issues: Vec<ValidationIssue> = Vec::new();
    if !issues.is_empty() {
        return ApiError::validation(issues).into_response();
    }
    let decoded = (move || -> Result<operations::get_readiness::Request, ApiError> {
        Ok(operations::get_readiness::Request { headers })
    })();
    let request = match decoded {
        Ok(r) => r,
        Err(e) => return e.into_response(),
    };
    api.get_readiness(request).await.into_response()
}
async fn get_metrics<A: Api>(
    State(api): State<Arc<A>>,
    request: axum::extract::Request,
) -> axum::response::Response {
    let (parts, _body) = request.into_parts();
    let headers = parts.headers.clone();
    #[allow(unused_mut)]
    let mut issues: Vec<ValidationIssue> = Vec::new();
    if !issues.is_empty() {
        return ApiError::validation(issues).into_response();
    }
    let decoded = (move || -> Result<operations::get_metrics::Request, ApiError> {
        Ok(operations::get_metrics::Request { headers })
    })();
    let request = match decoded {
        Ok(r) => r,
        Err(e) => return e.into_response(),
    };
    api.get_metrics(request).await.into_response()
}
async fn list_models<A: Api>(
    State(api): State<Arc<A>>,
    request: axum::extract::Request,
) -> axum::response::Response {
    let (parts, _body) = request.into_parts();
    let principal = match api
        .authenticate(&operations::list_models::INFO, &parts.headers)
        .await
    {
        Ok(p) => p,
        Err(e) => return e.into_response(),
    };
    let headers = parts.headers.clone();
    #[allow(unused_mut)]
    let mut issues: Vec<ValidationIssue> = Vec::new();
    if !issues.is_empty() {
        return ApiError::validation(issues).into_response();
    }
    let decoded = (move || -> Result<operations::list_models::Request, ApiError> {
        Ok(operations::list_models::Request { headers })
    })();
    let request = match decoded {
        Ok(r) => r,
        Err(e) => return e.into_response(),
    };
    api.list_models(principal, request).await.into_response()
}
async fn retrieve_model<A: Api>(
    State(api): State<Arc<A>>,
    request: axum::extract::Request,
) -> axum::response::Response {
    let (mut parts, _body) = request.into_parts();
    let principal = match api
        .authenticate(&operations::retrieve_model::INFO, &parts.headers)
        .await
    {
        Ok(p) => p,
        Err(e) => return e.into_response(),
    };
    let headers = parts.headers.clone();
    #[allow(unused_mut)]
    let mut issues: Vec<ValidationIssue> = Vec::new();
    let raw_path = match path_params(&mut parts).await {
        Ok(p) => p,
        Err(e) => return e.into_response(),
    };
    let raw_query = match query_params(&parts) {
        Ok(q) => q,
        Err(e) => return e.into_response(),
    };
    let params = serde_json::json!(
        { "path" : params_object(& raw_path, & [("model", ParamType::String)]), "query" :
        params_object(& raw_query, & []), }
    );
    validators().check("retrieveModel.params", &params, &mut issues);
    if !issues.is_empty() {
        return ApiError::validation(issues).into_response();
    }
    let decoded = (move || -> Result<operations::retrieve_model::Request, ApiError> {
        Ok(operations::retrieve_model::Request {
            model: param(&params, "/path/model")?.ok_or_else(|| {
                ApiError::invalid_request(
                    "missing_parameter",
                    "missing required parameter /path/model",
                )
                .with_param("/path/model")
            })?,
            headers,
        })
    })();
    let request = match decoded {
        Ok(r) => r,
        Err(e) => return e.into_response(),
    };
    api.retrieve_model(principal, request).await.into_response()
}
async fn create_response<A: Api>(
    State(api): State<Arc<A>>,
    request: axum::extract::Request,
) -> axum::response::Response {
    let (parts, body) = request.into_parts();
    let principal = match api
        .authenticate(&operations::create_response::INFO, &parts.headers)
        .await
    {
        Ok(p) => p,
        Err(e) => return e.into_response(),
    };
    let headers = parts.headers.clone();
    #[allow(unused_mut)]
    let mut issues: Vec<ValidationIssue> = Vec::new();
    let body = match json_body(parts, body).await {
        Ok(b) => b,
        Err(e) => return e.into_response(),
    };
    match &body {
        Some(value) => validators().check("createResponse.body", value, &mut issues),
        None => {
            issues.push(ValidationIssue {
                param: String::new(),
                message: "a JSON request body is required".into(),
            });
        }
    }
    if !issues.is_empty() {
        return ApiError::validation(issues).into_response();
    }
    let decoded = (move || -> Result<operations::create_response::Request, ApiError> {
        Ok(operations::create_response::Request {
            body: match body {
                Some(value) => serde_json::from_value(value)
                    .map_err(|e| ApiError::invalid_request("invalid_value", e.to_string()))?,
                None => {
                    return Err(ApiError::invalid_request(
                        "missing_body",
                        "a JSON request body is required",
                    ));
                }
            },
            headers,
        })
    })();
    let request = match decoded {
        Ok(r) => r,
        Err(e) => return e.into_response(),
    };
    api.create_response(principal, request)
        .await
        .into_response()
}
async fn create_chat_completion<A: Api>(
    State(api): State<Arc<A>>,
    request: axum::extract::Request,
) -> axum::response::Response {
    let (parts, body) = request.into_parts();
    let principal = match api
        .authenticate(&operations::create_chat_completion::INFO, &parts.headers)
        .await
    {
        Ok(p) => p,
        Err(e) => return e.into_response(),
    };
    let headers = parts.headers.clone();
    #[allow(unused_mut)]
    let mut issues: Vec<ValidationIssue> = Vec::new();
    let body = match json_body(parts, body).await {
        Ok(b) => b,
        Err(e) => return e.into_response(),
    };
    match &body {
        Some(value) => validators().check("createChatCompletion.body", value, &mut issues),
        None => {
            issues.push(ValidationIssue {
                param: String::new(),
                message: "a JSON request body is required".into(),
            });
        }
    }
    if !issues.is_empty() {
        return ApiError::validation(issues).into_response();
    }
    let decoded = (move || -> Result<operations::create_chat_completion::Request, ApiError> {
        Ok(operations::create_chat_completion::Request {
            body: match body {
                Some(value) => serde_json::from_value(value)
                    .map_err(|e| ApiError::invalid_request("invalid_value", e.to_string()))?,
                None => {
                    return Err(ApiError::invalid_request(
                        "missing_body",
                        "a JSON request body is required",
                    ));
                }
            },
            headers,
        })
    })();
    let request = match decoded {
        Ok(r) => r,
        Err(e) => return e.into_response(),
    };
    api.create_chat_completion(principal, request)
        .await
        .into_response()
}
async fn create_embedding<A: Api>(
    State(api): State<Arc<A>>,
    request: axum::extract::Request,
) -> axum::response::Response {
    let (parts, body) = request.into_parts();
    let principal = match api
        .authenticate(&operations::create_embedding::INFO, &parts.headers)
        .await
    {
        Ok(p) => p,
        Err(e) => return e.into_response(),
    };
    let headers = parts.headers.clone();
    #[allow(unused_mut)]
    let mut issues: Vec<ValidationIssue> = Vec::new();
    let body = match json_body(parts, body).await {
        Ok(b) => b,
        Err(e) => return e.into_response(),
    };
    match &body {
        Some(value) => validators().check("createEmbedding.body", value, &mut issues),
        None => {
            issues.push(ValidationIssue {
                param: String::new(),
                message: "a JSON request body is required".into(),
            });
        }
    }
    if !issues.is_empty() {
        return ApiError::validation(issues).into_response();
    }
    let decoded = (move || -> Result<operations::create_embedding::Request, ApiError> {
        Ok(operations::create_embedding::Request {
            body: match body {
                Some(value) => serde_json::from_value(value)
                    .map_err(|e| ApiError::invalid_request("invalid_value", e.to_string()))?,
                None => {
                    return Err(ApiError::invalid_request(
                        "missing_body",
                        "a JSON request body is required",
                    ));
                }
            },
            headers,
        })
    })();
    let request = match decoded {
        Ok(r) => r,
        Err(e) => return e.into_response(),
    };
    api.create_embedding(principal, request)
        .await
        .into_response()
}
async fn create_dream<A: Api>(
    State(api): State<Arc<A>>,
    request: axum::extract::Request,
) -> axum::response::Response {
    let (parts, body) = request.into_parts();
    let principal = match api
        .authenticate(&operations::create_dream::INFO, &parts.headers)
        .await
    {
        Ok(p) => p,
        Err(e) => return e.into_response(),
    };
    let headers = parts.headers.clone();
    #[allow(unused_mut)]
    let mut issues: Vec<ValidationIssue> = Vec::new();
    let body = match json_body(parts, body).await {
        Ok(b) => b,
        Err(e) => return e.into_response(),
    };
    match &body {
        Some(value) => validators().check("createDream.body", value, &mut issues),
        None => {
            issues.push(ValidationIssue {
                param: String::new(),
                message: "a JSON request body is required".into(),
            });
        }
    }
    if !issues.is_empty() {
        return ApiError::validation(issues).into_response();
    }
    let decoded = (move || -> Result<operations::create_dream::Request, ApiError> {
        Ok(operations::create_dream::Request {
            body: match body {
                Some(value) => serde_json::from_value(value)
                    .map_err(|e| ApiError::invalid_request("invalid_value", e.to_string()))?,
                None => {
                    return Err(ApiError::invalid_request(
                        "missing_body",
                        "a JSON request body is required",
                    ));
                }
            },
            headers,
        })
    })();
    let request = match decoded {
        Ok(r) => r,
        Err(e) => return e.into_response(),
    };
    api.create_dream(principal, request).await.into_response()
}
async fn list_indexes<A: Api>(
    State(api): State<Arc<A>>,
    request: axum::extract::Request,
) -> axum::response::Response {
    let (parts, _body) = request.into_parts();
    let principal = match api
        .authenticate(&operations::list_indexes::INFO, &parts.headers)
        .await
    {
        Ok(p) => p,
        Err(e) => return e.into_response(),
    };
    let headers = parts.headers.clone();
    #[allow(unused_mut)]
    let mut issues: Vec<ValidationIssue> = Vec::new();
    let raw_path = Default::default();
    let raw_query = match query_params(&parts) {
        Ok(q) => q,
        Err(e) => return e.into_response(),
    };
    let params = serde_json::json!(
        { "path" : params_object(& raw_path, & []), "query" : params_object(& raw_query,
        & [("limit", ParamType::Integer), ("after", ParamType::String)]), }
    );
    validators().check("listIndexes.params", &params, &mut issues);
    if !issues.is_empty() {
        return ApiError::validation(issues).into_response();
    }
    let decoded = (move || -> Result<operations::list_indexes::Request, ApiError> {
        Ok(operations::list_indexes::Request {
            limit: param(&params, "/query/limit")?.unwrap_or(20i64),
            after: param(&params, "/query/after")?,
            headers,
        })
    })();
    let request = match decoded {
        Ok(r) => r,
        Err(e) => return e.into_response(),
    };
    api.list_indexes(principal, request).await.into_response()
}
async fn create_index<A: Api>(
    State(api): State<Arc<A>>,
    request: axum::extract::Request,
) -> axum::response::Response {
    let (parts, body) = request.into_parts();
    let principal = match api
        .authenticate(&operations::create_index::INFO, &parts.headers)
        .await
    {
        Ok(p) => p,
        Err(e) => return e.into_response(),
    };
    let headers = parts.headers.clone();
    #[allow(unused_mut)]
    let mut issues: Vec<ValidationIssue> = Vec::new();
    let body = match json_body(parts, body).await {
        Ok(b) => b,
        Err(e) => return e.into_response(),
    };
    match &body {
        Some(value) => validators().check("createIndex.body", value, &mut issues),
        None => {
            issues.push(ValidationIssue {
                param: String::new(),
                message: "a JSON request body is required".into(),
            });
        }
    }
    if !issues.is_empty() {
        return ApiError::validation(issues).into_response();
    }
    let decoded = (move || -> Result<operations::create_index::Request, ApiError> {
        Ok(operations::create_index::Request {
            body: match body {
                Some(value) => serde_json::from_value(value)
                    .map_err(|e| ApiError::invalid_request("invalid_value", e.to_string()))?,
                None => {
                    return Err(ApiError::invalid_request(
                        "missing_body",
                        "a JSON request body is required",
                    ));
                }
            },
            headers,
        })
    })();
    let request = match decoded {
        Ok(r) => r,
        Err(e) => return e.into_response(),
    };
    api.create_index(principal, request).await.into_response()
}
async fn get_index<A: Api>(
    State(api): State<Arc<A>>,
    request: axum::extract::Request,
) -> axum::response::Response {
    let (mut parts, _body) = request.into_parts();
    let principal = match api
        .authenticate(&operations::get_index::INFO, &parts.headers)
        .await
    {
        Ok(p) => p,
        Err(e) => return e.into_response(),
    };
    let headers = parts.headers.clone();
    #[allow(unused_mut)]
    let mut issues: Vec<ValidationIssue> = Vec::new();
    let raw_path = match path_params(&mut parts).await {
        Ok(p) => p,
        Err(e) => return e.into_response(),
    };
    let raw_query = match query_params(&parts) {
        Ok(q) => q,
        Err(e) => return e.into_response(),
    };
    let params = serde_json::json!(
        { "path" : params_object(& raw_path, & [("index_id", ParamType::String)]),
        "query" : params_object(& raw_query, & []), }
    );
    validators().check("getIndex.params", &params, &mut issues);
    if !issues.is_empty() {
        return ApiError::validation(issues).into_response();
    }
    let decoded = (move || -> Result<operations::get_index::Request, ApiError> {
        Ok(operations::get_index::Request {
            index_id: param(&params, "/path/index_id")?.ok_or_else(|| {
                ApiError::invalid_request(
                    "missing_parameter",
                    "missing required parameter /path/index_id",
                )
                .with_param("/path/index_id")
            })?,
            headers,
        })
    })();
    let request = match decoded {
        Ok(r) => r,
        Err(e) => return e.into_response(),
    };
    api.get_index(principal, request).await.into_response()
}
async fn delete_index<A: Api>(
    State(api): State<Arc<A>>,
    request: axum::extract::Request,
) -> axum::response::Response {
    let (mut parts, _body) = request.into_parts();
    let principal = match api
        .authenticate(&operations::delete_index::INFO, &parts.headers)
        .await
    {
        Ok(p) => p,
        Err(e) => return e.into_response(),
    };
    let headers = parts.headers.clone();
    #[allow(unused_mut)]
    let mut issues: Vec<ValidationIssue> = Vec::new();
    let raw_path = match path_params(&mut parts).await {
        Ok(p) => p,
        Err(e) => return e.into_response(),
    };
    let raw_query = match query_params(&parts) {
        Ok(q) => q,
        Err(e) => return e.into_response(),
    };
    let params = serde_json::json!(
        { "path" : params_object(& raw_path, & [("index_id", ParamType::String)]),
        "query" : params_object(& raw_query, & []), }
    );
    validators().check("deleteIndex.params", &params, &mut issues);
    if !issues.is_empty() {
        return ApiError::validation(issues).into_response();
    }
    let decoded = (move || -> Result<operations::delete_index::Request, ApiError> {
        Ok(operations::delete_index::Request {
            index_id: param(&params, "/path/index_id")?.ok_or_else(|| {
                ApiError::invalid_request(
                    "missing_parameter",
                    "missing required parameter /path/index_id",
                )
                .with_param("/path/index_id")
            })?,
            headers,
        })
    })();
    let request = match decoded {
        Ok(r) => r,
        Err(e) => return e.into_response(),
    };
    api.delete_index(principal, request).await.into_response()
}
async fn upsert_vectors<A: Api>(
    State(api): State<Arc<A>>,
    request: axum::extract::Request,
) -> axum::response::Response {
    let (mut parts, body) = request.into_parts();
    let principal = match api
        .authenticate(&operations::upsert_vectors::INFO, &parts.headers)
        .await
    {
        Ok(p) => p,
        Err(e) => return e.into_response(),
    };
    let headers = parts.headers.clone();
    #[allow(unused_mut)]
    let mut issues: Vec<ValidationIssue> = Vec::new();
    let raw_path = match path_params(&mut parts).await {
        Ok(p) => p,
        Err(e) => return e.into_response(),
    };
    let raw_query = match query_params(&parts) {
        Ok(q) => q,
        Err(e) => return e.into_response(),
    };
    let params = serde_json::json!(
        { "path" : params_object(& raw_path, & [("index_id", ParamType::String)]),
        "query" : params_object(& raw_query, & []), }
    );
    validators().check("upsertVectors.params", &params, &mut issues);
    let body = match json_body(parts, body).await {
        Ok(b) => b,
        Err(e) => return e.into_response(),
    };
    match &body {
        Some(value) => validators().check("upsertVectors.body", value, &mut issues),
        None => {
            issues.push(ValidationIssue {
                param: String::new(),
                message: "a JSON request body is required".into(),
            });
        }
    }
    if !issues.is_empty() {
        return ApiError::validation(issues).into_response();
    }
    let decoded = (move || -> Result<operations::upsert_vectors::Request, ApiError> {
        Ok(operations::upsert_vectors::Request {
            index_id: param(&params, "/path/index_id")?.ok_or_else(|| {
                ApiError::invalid_request(
                    "missing_parameter",
                    "missing required parameter /path/index_id",
                )
                .with_param("/path/index_id")
            })?,
            body: match body {
                Some(value) => serde_json::from_value(value)
                    .map_err(|e| ApiError::invalid_request("invalid_value", e.to_string()))?,
                None => {
                    return Err(ApiError::invalid_request(
                        "missing_body",
                        "a JSON request body is required",
                    ));
                }
            },
            headers,
        })
    })();
    let request = match decoded {
        Ok(r) => r,
        Err(e) => return e.into_response(),
    };
    api.upsert_vectors(principal, request).await.into_response()
}
async fn delete_vector<A: Api>(
    State(api): State<Arc<A>>,
    request: axum::extract::Request,
) -> axum::response::Response {
    let (mut parts, _body) = request.into_parts();
    let principal = match api
        .authenticate(&operations::delete_vector::INFO, &parts.headers)
        .await
    {
        Ok(p) => p,
        Err(e) => return e.into_response(),
    };
    let headers = parts.headers.clone();
    #[allow(unused_mut)]
    let mut issues: Vec<ValidationIssue> = Vec::new();
    let raw_path = match path_params(&mut parts).await {
        Ok(p) => p,
        Err(e) => return e.into_response(),
    };
    let raw_query = match query_params(&parts) {
        Ok(q) => q,
        Err(e) => return e.into_response(),
    };
    let params = serde_json::json!(
        { "path" : params_object(& raw_path, & [("index_id", ParamType::String),
        ("vector_id", ParamType::String)]), "query" : params_object(& raw_query, & []), }
    );
    validators().check("deleteVector.params", &params, &mut issues);
    if !issues.is_empty() {
        return ApiError::validation(issues).into_response();
    }
    let decoded = (move || -> Result<operations::delete_vector::Request, ApiError> {
        Ok(operations::delete_vector::Request {
            index_id: param(&params, "/path/index_id")?.ok_or_else(|| {
                ApiError::invalid_request(
                    "missing_parameter",
                    "missing required parameter /path/index_id",
                )
                .with_param("/path/index_id")
            })?,
            vector_id: param(&params, "/path/vector_id")?.ok_or_else(|| {
                ApiError::invalid_request(
                    "missing_parameter",
                    "missing required parameter /path/vector_id",
                )
                .with_param("/path/vector_id")
            })?,
            headers,
        })
    })();
    let request = match decoded {
        Ok(r) => r,
        Err(e) => return e.into_response(),
    };
    api.delete_vector(principal, request).await.into_response()
}
async fn search_index<A: Api>(
    State(api): State<Arc<A>>,
    request: axum::extract::Request,
) -> axum::response::Response {
    let (mut parts, body) = request.into_parts();
    let principal = match api
        .authenticate(&operations::search_index::INFO, &parts.headers)
        .await
    {
        Ok(p) => p,
        Err(e) => return e.into_response(),
    };
    let headers = parts.headers.clone();
    #[allow(unused_mut)]
    let mut issues: Vec<ValidationIssue> = Vec::new();
    let raw_path = match path_params(&mut parts).await {
        Ok(p) => p,
        Err(e) => return e.into_response(),
    };
    let raw_query = match query_params(&parts) {
        Ok(q) => q,
        Err(e) => return e.into_response(),
    };
    let params = serde_json::json!(
        { "path" : params_object(& raw_path, & [("index_id", ParamType::String)]),
        "query" : params_object(& raw_query, & []), }
    );
    validators().check("searchIndex.params", &params, &mut issues);
    let body = match json_body(parts, body).await {
        Ok(b) => b,
        Err(e) => return e.into_response(),
    };
    match &body {
        Some(value) => validators().check("searchIndex.body", value, &mut issues),
        None => {
            issues.push(ValidationIssue {
                param: String::new(),
                message: "a JSON request body is required".into(),
            });
        }
    }
    if !issues.is_empty() {
        return ApiError::validation(issues).into_response();
    }
    let decoded = (move || -> Result<operations::search_index::Request, ApiError> {
        Ok(operations::search_index::Request {
            index_id: param(&params, "/path/index_id")?.ok_or_else(|| {
                ApiError::invalid_request(
                    "missing_parameter",
                    "missing required parameter /path/index_id",
                )
                .with_param("/path/index_id")
            })?,
            body: match body {
                Some(value) => serde_json::from_value(value)
                    .map_err(|e| ApiError::invalid_request("invalid_value", e.to_string()))?,
                None => {
                    return Err(ApiError::invalid_request(
                        "missing_body",
                        "a JSON request body is required",
                    ));
                }
            },
            headers,
        })
    })();
    let request = match decoded {
        Ok(r) => r,
        Err(e) => return e.into_response(),
    };
    api.search_index(principal, request).await.into_response()
}
