// generated, do not edit: run `make generate (cargo run -p lukhas-codegen -- generate)` after editing spec/lukhas-openai.yaml

//! Server stubs for the LUKHAS façade API: implement each tag's trait (and
//! [`support::Authenticate`]) and serve [`router`].
#![allow(clippy::all, clippy::pedantic)]
#[allow(dead_code)]
pub mod types;
use axum::extract::State;
use axum::routing::MethodRouter;
pub use lukhas_api_support as support;
use std::future::Future;
use std::sync::Arc;
use support::{ApiError, Authenticate, OperationInfo};
/// The spec's title and version.
pub const API_TITLE: &str = "LUKHAS façade API";
pub const API_VERSION: &str = "0.1.0";
/// JSON Schemas of every operation's parameters and body, derived from the spec.
pub static SCHEMAS: support::Schemas = support::Schemas::new(include_str!("schemas.json"));
/// Every operation in the spec, in document order.
pub static OPERATIONS: &[&OperationInfo] = &[
    &operations::get_health::INFO,
    &operations::get_readiness::INFO,
    &operations::get_metrics::INFO,
    &operations::list_models::INFO,
    &operations::retrieve_model::INFO,
    &operations::create_response::INFO,
    &operations::count_response_input_tokens::INFO,
    &operations::get_response::INFO,
    &operations::delete_response::INFO,
    &operations::cancel_response::INFO,
    &operations::list_response_input_items::INFO,
    &operations::create_conversation::INFO,
    &operations::get_conversation::INFO,
    &operations::update_conversation::INFO,
    &operations::delete_conversation::INFO,
    &operations::list_conversation_items::INFO,
    &operations::create_conversation_items::INFO,
    &operations::get_conversation_item::INFO,
    &operations::delete_conversation_item::INFO,
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
    &operations::list_files::INFO,
    &operations::create_file::INFO,
    &operations::retrieve_file::INFO,
    &operations::delete_file::INFO,
    &operations::download_file::INFO,
    &operations::list_vector_stores::INFO,
    &operations::create_vector_store::INFO,
    &operations::get_vector_store::INFO,
    &operations::modify_vector_store::INFO,
    &operations::delete_vector_store::INFO,
    &operations::list_vector_store_files::INFO,
    &operations::create_vector_store_file::INFO,
    &operations::get_vector_store_file::INFO,
    &operations::update_vector_store_file_attributes::INFO,
    &operations::delete_vector_store_file::INFO,
    &operations::retrieve_vector_store_file_content::INFO,
    &operations::create_vector_store_file_batch::INFO,
    &operations::get_vector_store_file_batch::INFO,
    &operations::cancel_vector_store_file_batch::INFO,
    &operations::list_files_in_vector_store_batch::INFO,
    &operations::search_vector_store::INFO,
];
/// Per-operation request and response types.
pub mod operations {
    /// `GET /healthz`: Liveness probe
    pub mod get_health {
        use crate::support::*;
        #[allow(unused_imports)]
        use crate::types;
        use axum::response::IntoResponse;
        pub static INFO: OperationInfo = OperationInfo {
            id: "getHealth",
            method: "GET",
            path: "/healthz",
            tag: "system",
            scopes: None,
            params: &[],
            body: BodyInfo::None,
            form: None,
            errors: &[500u16],
            schemas: &crate::SCHEMAS,
        };
        /// The request, decoded and validated against the spec.
        #[derive(serde::Deserialize)]
        pub struct Request {
            /// Every request header.
            #[serde(skip)]
            pub headers: http::HeaderMap,
        }
        /// One variant per documented answer; errors are `ApiError`s.
        #[derive(Debug)]
        pub enum Response {
            /// 200 application/json: The process is alive.
            Ok(types::Health),
        }
        impl IntoResponse for Response {
            fn into_response(self) -> axum::response::Response {
                match self {
                    Self::Ok(body) => json(200u16, &body),
                }
            }
        }
        impl Operation for Request {
            type Response = Response;
            fn info() -> &'static OperationInfo {
                &INFO
            }
            fn set_headers(&mut self, headers: http::HeaderMap) {
                self.headers = headers;
            }
        }
    }
    /// `GET /readyz`: Readiness probe with per-dependency checks
    pub mod get_readiness {
        use crate::support::*;
        #[allow(unused_imports)]
        use crate::types;
        use axum::response::IntoResponse;
        pub static INFO: OperationInfo = OperationInfo {
            id: "getReadiness",
            method: "GET",
            path: "/readyz",
            tag: "system",
            scopes: None,
            params: &[],
            body: BodyInfo::None,
            form: None,
            errors: &[],
            schemas: &crate::SCHEMAS,
        };
        /// The request, decoded and validated against the spec.
        #[derive(serde::Deserialize)]
        pub struct Request {
            /// Every request header.
            #[serde(skip)]
            pub headers: http::HeaderMap,
        }
        /// One variant per documented answer; errors are `ApiError`s.
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
                    Self::Ok(body) => json(200u16, &body),
                    Self::ServiceUnavailable(body) => json(503u16, &body),
                }
            }
        }
        impl Operation for Request {
            type Response = Response;
            fn info() -> &'static OperationInfo {
                &INFO
            }
            fn set_headers(&mut self, headers: http::HeaderMap) {
                self.headers = headers;
            }
        }
    }
    /// `GET /metrics`: Prometheus metrics
    pub mod get_metrics {
        use crate::support::*;
        #[allow(unused_imports)]
        use crate::types;
        use axum::response::IntoResponse;
        pub static INFO: OperationInfo = OperationInfo {
            id: "getMetrics",
            method: "GET",
            path: "/metrics",
            tag: "system",
            scopes: None,
            params: &[],
            body: BodyInfo::None,
            form: None,
            errors: &[500u16],
            schemas: &crate::SCHEMAS,
        };
        /// The request, decoded and validated against the spec.
        #[derive(serde::Deserialize)]
        pub struct Request {
            /// Every request header.
            #[serde(skip)]
            pub headers: http::HeaderMap,
        }
        /// One variant per documented answer; errors are `ApiError`s.
        #[derive(Debug)]
        pub enum Response {
            /// 200 text/plain: Metrics in the Prometheus text exposition format.
            Ok(String),
        }
        impl IntoResponse for Response {
            fn into_response(self) -> axum::response::Response {
                match self {
                    Self::Ok(body) => text(200u16, "text/plain", body),
                }
            }
        }
        impl Operation for Request {
            type Response = Response;
            fn info() -> &'static OperationInfo {
                &INFO
            }
            fn set_headers(&mut self, headers: http::HeaderMap) {
                self.headers = headers;
            }
        }
    }
    /// `GET /v1/models`: List the models this server serves
    pub mod list_models {
        use crate::support::*;
        #[allow(unused_imports)]
        use crate::types;
        use axum::response::IntoResponse;
        pub static INFO: OperationInfo = OperationInfo {
            id: "listModels",
            method: "GET",
            path: "/v1/models",
            tag: "models",
            scopes: Some(&["models:read"]),
            params: &[],
            body: BodyInfo::None,
            form: None,
            errors: &[401u16, 403u16, 429u16, 500u16, 503u16],
            schemas: &crate::SCHEMAS,
        };
        /// The request, decoded and validated against the spec.
        #[derive(serde::Deserialize)]
        pub struct Request {
            /// Every request header.
            #[serde(skip)]
            pub headers: http::HeaderMap,
        }
        /// One variant per documented answer; errors are `ApiError`s.
        #[derive(Debug)]
        pub enum Response {
            /// 200 application/json: The models.
            Ok(types::ListModelsResponse),
        }
        impl IntoResponse for Response {
            fn into_response(self) -> axum::response::Response {
                match self {
                    Self::Ok(body) => json(200u16, &body),
                }
            }
        }
        impl Operation for Request {
            type Response = Response;
            fn info() -> &'static OperationInfo {
                &INFO
            }
            fn set_headers(&mut self, headers: http::HeaderMap) {
                self.headers = headers;
            }
        }
    }
    /// `GET /v1/models/{model}`: Retrieve one model
    pub mod retrieve_model {
        use crate::support::*;
        #[allow(unused_imports)]
        use crate::types;
        use axum::response::IntoResponse;
        pub static INFO: OperationInfo = OperationInfo {
            id: "retrieveModel",
            method: "GET",
            path: "/v1/models/{model}",
            tag: "models",
            scopes: Some(&["models:read"]),
            params: &[ParamInfo {
                name: "model",
                location: Location::Path,
                ty: ParamType::String,
                default: None,
            }],
            body: BodyInfo::None,
            form: None,
            errors: &[400u16, 401u16, 403u16, 404u16, 429u16, 500u16, 503u16],
            schemas: &crate::SCHEMAS,
        };
        /// The request, decoded and validated against the spec.
        #[derive(serde::Deserialize)]
        pub struct Request {
            /// `model` (path): The model id; it may contain `/`, sent raw or as `%2F`.
            #[serde(rename = "model")]
            pub model: String,
            /// Every request header.
            #[serde(skip)]
            pub headers: http::HeaderMap,
        }
        /// One variant per documented answer; errors are `ApiError`s.
        #[derive(Debug)]
        pub enum Response {
            /// 200 application/json: The model.
            Ok(types::Model),
        }
        impl IntoResponse for Response {
            fn into_response(self) -> axum::response::Response {
                match self {
                    Self::Ok(body) => json(200u16, &body),
                }
            }
        }
        impl Operation for Request {
            type Response = Response;
            fn info() -> &'static OperationInfo {
                &INFO
            }
            fn set_headers(&mut self, headers: http::HeaderMap) {
                self.headers = headers;
            }
        }
    }
    /// `POST /v1/responses`: Create a model response
    pub mod create_response {
        use crate::support::*;
        #[allow(unused_imports)]
        use crate::types;
        use axum::response::IntoResponse;
        pub static INFO: OperationInfo = OperationInfo {
            id: "createResponse",
            method: "POST",
            path: "/v1/responses",
            tag: "responses",
            scopes: Some(&["responses:write"]),
            params: &[],
            body: BodyInfo::Required,
            form: None,
            errors: &[
                400u16, 401u16, 403u16, 404u16, 409u16, 413u16, 415u16, 422u16, 429u16, 500u16,
                502u16, 503u16, 504u16,
            ],
            schemas: &crate::SCHEMAS,
        };
        /// The request, decoded and validated against the spec.
        #[derive(serde::Deserialize)]
        pub struct Request {
            /// The JSON body, validated against the spec.
            pub body: types::CreateResponseRequest,
            /// Every request header.
            #[serde(skip)]
            pub headers: http::HeaderMap,
        }
        /// One variant per documented answer; errors are `ApiError`s.
        #[derive(Debug)]
        pub enum Response {
            /// 200 application/json: The response (JSON), or its event stream when `stream` is true.
            Ok(types::Response),
            /// 200 text/event-stream: The response (JSON), or its event stream when `stream` is true.
            OkEventStream(EventStream<types::ResponseStreamEvent>),
        }
        impl IntoResponse for Response {
            fn into_response(self) -> axum::response::Response {
                match self {
                    Self::Ok(body) => json(200u16, &body),
                    Self::OkEventStream(events) => sse(events, None),
                }
            }
        }
        impl Operation for Request {
            type Response = Response;
            fn info() -> &'static OperationInfo {
                &INFO
            }
            fn set_headers(&mut self, headers: http::HeaderMap) {
                self.headers = headers;
            }
        }
    }
    /// `POST /v1/responses/input_tokens`: Count the input tokens of a response request
    pub mod count_response_input_tokens {
        use crate::support::*;
        #[allow(unused_imports)]
        use crate::types;
        use axum::response::IntoResponse;
        pub static INFO: OperationInfo = OperationInfo {
            id: "countResponseInputTokens",
            method: "POST",
            path: "/v1/responses/input_tokens",
            tag: "responses",
            scopes: Some(&["responses:read"]),
            params: &[],
            body: BodyInfo::Required,
            form: None,
            errors: &[
                400u16, 401u16, 403u16, 404u16, 409u16, 413u16, 415u16, 422u16, 429u16, 500u16,
                502u16, 503u16, 504u16,
            ],
            schemas: &crate::SCHEMAS,
        };
        /// The request, decoded and validated against the spec.
        #[derive(serde::Deserialize)]
        pub struct Request {
            /// The JSON body, validated against the spec.
            pub body: types::TokenCountsBody,
            /// Every request header.
            #[serde(skip)]
            pub headers: http::HeaderMap,
        }
        /// One variant per documented answer; errors are `ApiError`s.
        #[derive(Debug)]
        pub enum Response {
            /// 200 application/json: The count.
            Ok(types::TokenCountsResource),
        }
        impl IntoResponse for Response {
            fn into_response(self) -> axum::response::Response {
                match self {
                    Self::Ok(body) => json(200u16, &body),
                }
            }
        }
        impl Operation for Request {
            type Response = Response;
            fn info() -> &'static OperationInfo {
                &INFO
            }
            fn set_headers(&mut self, headers: http::HeaderMap) {
                self.headers = headers;
            }
        }
    }
    /// `GET /v1/responses/{response_id}`: Retrieve a stored response
    pub mod get_response {
        use crate::support::*;
        #[allow(unused_imports)]
        use crate::types;
        use axum::response::IntoResponse;
        pub static INFO: OperationInfo = OperationInfo {
            id: "getResponse",
            method: "GET",
            path: "/v1/responses/{response_id}",
            tag: "responses",
            scopes: Some(&["responses:read"]),
            params: &[
                ParamInfo {
                    name: "response_id",
                    location: Location::Path,
                    ty: ParamType::String,
                    default: None,
                },
                ParamInfo {
                    name: "stream",
                    location: Location::Query,
                    ty: ParamType::Boolean,
                    default: None,
                },
                ParamInfo {
                    name: "starting_after",
                    location: Location::Query,
                    ty: ParamType::Integer,
                    default: None,
                },
            ],
            body: BodyInfo::None,
            form: None,
            errors: &[400u16, 401u16, 403u16, 404u16, 429u16, 500u16, 503u16],
            schemas: &crate::SCHEMAS,
        };
        /// The request, decoded and validated against the spec.
        #[derive(serde::Deserialize)]
        pub struct Request {
            /// `response_id` (path): The response id (`resp_...`).
            #[serde(rename = "response_id")]
            pub response_id: String,
            /// `stream` (query): Stream the response's events (background responses only).
            #[serde(rename = "stream")]
            pub stream: Option<bool>,
            /// `starting_after` (query): With `stream`, only events with a greater `sequence_number`.
            #[serde(rename = "starting_after")]
            pub starting_after: Option<i64>,
            /// Every request header.
            #[serde(skip)]
            pub headers: http::HeaderMap,
        }
        /// One variant per documented answer; errors are `ApiError`s.
        #[derive(Debug)]
        pub enum Response {
            /// 200 application/json: The response (JSON), or its event stream when `stream` is true.
            Ok(types::Response),
            /// 200 text/event-stream: The response (JSON), or its event stream when `stream` is true.
            OkEventStream(EventStream<types::ResponseStreamEvent>),
        }
        impl IntoResponse for Response {
            fn into_response(self) -> axum::response::Response {
                match self {
                    Self::Ok(body) => json(200u16, &body),
                    Self::OkEventStream(events) => sse(events, None),
                }
            }
        }
        impl Operation for Request {
            type Response = Response;
            fn info() -> &'static OperationInfo {
                &INFO
            }
            fn set_headers(&mut self, headers: http::HeaderMap) {
                self.headers = headers;
            }
        }
    }
    /// `DELETE /v1/responses/{response_id}`: Delete a stored response
    pub mod delete_response {
        use crate::support::*;
        #[allow(unused_imports)]
        use crate::types;
        use axum::response::IntoResponse;
        pub static INFO: OperationInfo = OperationInfo {
            id: "deleteResponse",
            method: "DELETE",
            path: "/v1/responses/{response_id}",
            tag: "responses",
            scopes: Some(&["responses:write"]),
            params: &[ParamInfo {
                name: "response_id",
                location: Location::Path,
                ty: ParamType::String,
                default: None,
            }],
            body: BodyInfo::None,
            form: None,
            errors: &[400u16, 401u16, 403u16, 404u16, 429u16, 500u16, 503u16],
            schemas: &crate::SCHEMAS,
        };
        /// The request, decoded and validated against the spec.
        #[derive(serde::Deserialize)]
        pub struct Request {
            /// `response_id` (path): The response id (`resp_...`).
            #[serde(rename = "response_id")]
            pub response_id: String,
            /// Every request header.
            #[serde(skip)]
            pub headers: http::HeaderMap,
        }
        /// One variant per documented answer; errors are `ApiError`s.
        #[derive(Debug)]
        pub enum Response {
            /// 200 application/json: The response is gone.
            Ok(types::DeletedResponse),
        }
        impl IntoResponse for Response {
            fn into_response(self) -> axum::response::Response {
                match self {
                    Self::Ok(body) => json(200u16, &body),
                }
            }
        }
        impl Operation for Request {
            type Response = Response;
            fn info() -> &'static OperationInfo {
                &INFO
            }
            fn set_headers(&mut self, headers: http::HeaderMap) {
                self.headers = headers;
            }
        }
    }
    /// `POST /v1/responses/{response_id}/cancel`: Cancel a background response
    pub mod cancel_response {
        use crate::support::*;
        #[allow(unused_imports)]
        use crate::types;
        use axum::response::IntoResponse;
        pub static INFO: OperationInfo = OperationInfo {
            id: "cancelResponse",
            method: "POST",
            path: "/v1/responses/{response_id}/cancel",
            tag: "responses",
            scopes: Some(&["responses:write"]),
            params: &[ParamInfo {
                name: "response_id",
                location: Location::Path,
                ty: ParamType::String,
                default: None,
            }],
            body: BodyInfo::None,
            form: None,
            errors: &[
                400u16, 401u16, 403u16, 404u16, 409u16, 422u16, 429u16, 500u16, 503u16,
            ],
            schemas: &crate::SCHEMAS,
        };
        /// The request, decoded and validated against the spec.
        #[derive(serde::Deserialize)]
        pub struct Request {
            /// `response_id` (path): The response id (`resp_...`).
            #[serde(rename = "response_id")]
            pub response_id: String,
            /// Every request header.
            #[serde(skip)]
            pub headers: http::HeaderMap,
        }
        /// One variant per documented answer; errors are `ApiError`s.
        #[derive(Debug)]
        pub enum Response {
            /// 200 application/json: The response, as it ended.
            Ok(types::Response),
        }
        impl IntoResponse for Response {
            fn into_response(self) -> axum::response::Response {
                match self {
                    Self::Ok(body) => json(200u16, &body),
                }
            }
        }
        impl Operation for Request {
            type Response = Response;
            fn info() -> &'static OperationInfo {
                &INFO
            }
            fn set_headers(&mut self, headers: http::HeaderMap) {
                self.headers = headers;
            }
        }
    }
    /// `GET /v1/responses/{response_id}/input_items`: List a stored response's input items
    pub mod list_response_input_items {
        use crate::support::*;
        #[allow(unused_imports)]
        use crate::types;
        use axum::response::IntoResponse;
        pub static INFO: OperationInfo = OperationInfo {
            id: "listResponseInputItems",
            method: "GET",
            path: "/v1/responses/{response_id}/input_items",
            tag: "responses",
            scopes: Some(&["responses:read"]),
            params: &[
                ParamInfo {
                    name: "response_id",
                    location: Location::Path,
                    ty: ParamType::String,
                    default: None,
                },
                ParamInfo {
                    name: "limit",
                    location: Location::Query,
                    ty: ParamType::Integer,
                    default: Some("20"),
                },
                ParamInfo {
                    name: "order",
                    location: Location::Query,
                    ty: ParamType::String,
                    default: Some("\"desc\""),
                },
                ParamInfo {
                    name: "after",
                    location: Location::Query,
                    ty: ParamType::String,
                    default: None,
                },
            ],
            body: BodyInfo::None,
            form: None,
            errors: &[400u16, 401u16, 403u16, 404u16, 429u16, 500u16, 503u16],
            schemas: &crate::SCHEMAS,
        };
        /// The request, decoded and validated against the spec.
        #[derive(serde::Deserialize)]
        pub struct Request {
            /// `response_id` (path): The response id (`resp_...`).
            #[serde(rename = "response_id")]
            pub response_id: String,
            /// `limit` (query): Items per page.
            #[serde(rename = "limit")]
            pub limit: i64,
            /// `order` (query): `asc` (oldest first) or `desc` (newest first, the default).
            #[serde(rename = "order")]
            pub order: String,
            /// `after` (query): An item id; the page starts after it.
            #[serde(rename = "after")]
            pub after: Option<String>,
            /// Every request header.
            #[serde(skip)]
            pub headers: http::HeaderMap,
        }
        /// One variant per documented answer; errors are `ApiError`s.
        #[derive(Debug)]
        pub enum Response {
            /// 200 application/json: A page of items.
            Ok(types::ResponseItemList),
        }
        impl IntoResponse for Response {
            fn into_response(self) -> axum::response::Response {
                match self {
                    Self::Ok(body) => json(200u16, &body),
                }
            }
        }
        impl Operation for Request {
            type Response = Response;
            fn info() -> &'static OperationInfo {
                &INFO
            }
            fn set_headers(&mut self, headers: http::HeaderMap) {
                self.headers = headers;
            }
        }
    }
    /// `POST /v1/conversations`: Create a conversation
    pub mod create_conversation {
        use crate::support::*;
        #[allow(unused_imports)]
        use crate::types;
        use axum::response::IntoResponse;
        pub static INFO: OperationInfo = OperationInfo {
            id: "createConversation",
            method: "POST",
            path: "/v1/conversations",
            tag: "conversations",
            scopes: Some(&["conversations:write"]),
            params: &[],
            body: BodyInfo::Required,
            form: None,
            errors: &[
                400u16, 401u16, 403u16, 404u16, 409u16, 413u16, 415u16, 422u16, 429u16, 500u16,
                503u16,
            ],
            schemas: &crate::SCHEMAS,
        };
        /// The request, decoded and validated against the spec.
        #[derive(serde::Deserialize)]
        pub struct Request {
            /// The JSON body, validated against the spec.
            pub body: types::CreateConversationRequest,
            /// Every request header.
            #[serde(skip)]
            pub headers: http::HeaderMap,
        }
        /// One variant per documented answer; errors are `ApiError`s.
        #[derive(Debug)]
        pub enum Response {
            /// 200 application/json: The conversation.
            Ok(types::Conversation),
        }
        impl IntoResponse for Response {
            fn into_response(self) -> axum::response::Response {
                match self {
                    Self::Ok(body) => json(200u16, &body),
                }
            }
        }
        impl Operation for Request {
            type Response = Response;
            fn info() -> &'static OperationInfo {
                &INFO
            }
            fn set_headers(&mut self, headers: http::HeaderMap) {
                self.headers = headers;
            }
        }
    }
    /// `GET /v1/conversations/{conversation_id}`: Retrieve a conversation
    pub mod get_conversation {
        use crate::support::*;
        #[allow(unused_imports)]
        use crate::types;
        use axum::response::IntoResponse;
        pub static INFO: OperationInfo = OperationInfo {
            id: "getConversation",
            method: "GET",
            path: "/v1/conversations/{conversation_id}",
            tag: "conversations",
            scopes: Some(&["conversations:read"]),
            params: &[ParamInfo {
                name: "conversation_id",
                location: Location::Path,
                ty: ParamType::String,
                default: None,
            }],
            body: BodyInfo::None,
            form: None,
            errors: &[400u16, 401u16, 403u16, 404u16, 429u16, 500u16, 503u16],
            schemas: &crate::SCHEMAS,
        };
        /// The request, decoded and validated against the spec.
        #[derive(serde::Deserialize)]
        pub struct Request {
            /// `conversation_id` (path): The conversation id (`conv_...`).
            #[serde(rename = "conversation_id")]
            pub conversation_id: String,
            /// Every request header.
            #[serde(skip)]
            pub headers: http::HeaderMap,
        }
        /// One variant per documented answer; errors are `ApiError`s.
        #[derive(Debug)]
        pub enum Response {
            /// 200 application/json: The conversation.
            Ok(types::Conversation),
        }
        impl IntoResponse for Response {
            fn into_response(self) -> axum::response::Response {
                match self {
                    Self::Ok(body) => json(200u16, &body),
                }
            }
        }
        impl Operation for Request {
            type Response = Response;
            fn info() -> &'static OperationInfo {
                &INFO
            }
            fn set_headers(&mut self, headers: http::HeaderMap) {
                self.headers = headers;
            }
        }
    }
    /// `POST /v1/conversations/{conversation_id}`: Replace a conversation's metadata
    pub mod update_conversation {
        use crate::support::*;
        #[allow(unused_imports)]
        use crate::types;
        use axum::response::IntoResponse;
        pub static INFO: OperationInfo = OperationInfo {
            id: "updateConversation",
            method: "POST",
            path: "/v1/conversations/{conversation_id}",
            tag: "conversations",
            scopes: Some(&["conversations:write"]),
            params: &[ParamInfo {
                name: "conversation_id",
                location: Location::Path,
                ty: ParamType::String,
                default: None,
            }],
            body: BodyInfo::Required,
            form: None,
            errors: &[
                400u16, 401u16, 403u16, 404u16, 409u16, 413u16, 415u16, 422u16, 429u16, 500u16,
                503u16,
            ],
            schemas: &crate::SCHEMAS,
        };
        /// The request, decoded and validated against the spec.
        #[derive(serde::Deserialize)]
        pub struct Request {
            /// `conversation_id` (path): The conversation id (`conv_...`).
            #[serde(rename = "conversation_id")]
            pub conversation_id: String,
            /// The JSON body, validated against the spec.
            pub body: types::UpdateConversationRequest,
            /// Every request header.
            #[serde(skip)]
            pub headers: http::HeaderMap,
        }
        /// One variant per documented answer; errors are `ApiError`s.
        #[derive(Debug)]
        pub enum Response {
            /// 200 application/json: The conversation.
            Ok(types::Conversation),
        }
        impl IntoResponse for Response {
            fn into_response(self) -> axum::response::Response {
                match self {
                    Self::Ok(body) => json(200u16, &body),
                }
            }
        }
        impl Operation for Request {
            type Response = Response;
            fn info() -> &'static OperationInfo {
                &INFO
            }
            fn set_headers(&mut self, headers: http::HeaderMap) {
                self.headers = headers;
            }
        }
    }
    /// `DELETE /v1/conversations/{conversation_id}`: Delete a conversation and its items
    pub mod delete_conversation {
        use crate::support::*;
        #[allow(unused_imports)]
        use crate::types;
        use axum::response::IntoResponse;
        pub static INFO: OperationInfo = OperationInfo {
            id: "deleteConversation",
            method: "DELETE",
            path: "/v1/conversations/{conversation_id}",
            tag: "conversations",
            scopes: Some(&["conversations:write"]),
            params: &[ParamInfo {
                name: "conversation_id",
                location: Location::Path,
                ty: ParamType::String,
                default: None,
            }],
            body: BodyInfo::None,
            form: None,
            errors: &[400u16, 401u16, 403u16, 404u16, 429u16, 500u16, 503u16],
            schemas: &crate::SCHEMAS,
        };
        /// The request, decoded and validated against the spec.
        #[derive(serde::Deserialize)]
        pub struct Request {
            /// `conversation_id` (path): The conversation id (`conv_...`).
            #[serde(rename = "conversation_id")]
            pub conversation_id: String,
            /// Every request header.
            #[serde(skip)]
            pub headers: http::HeaderMap,
        }
        /// One variant per documented answer; errors are `ApiError`s.
        #[derive(Debug)]
        pub enum Response {
            /// 200 application/json: The conversation is gone.
            Ok(types::DeletedConversation),
        }
        impl IntoResponse for Response {
            fn into_response(self) -> axum::response::Response {
                match self {
                    Self::Ok(body) => json(200u16, &body),
                }
            }
        }
        impl Operation for Request {
            type Response = Response;
            fn info() -> &'static OperationInfo {
                &INFO
            }
            fn set_headers(&mut self, headers: http::HeaderMap) {
                self.headers = headers;
            }
        }
    }
    /// `GET /v1/conversations/{conversation_id}/items`: List a conversation's items
    pub mod list_conversation_items {
        use crate::support::*;
        #[allow(unused_imports)]
        use crate::types;
        use axum::response::IntoResponse;
        pub static INFO: OperationInfo = OperationInfo {
            id: "listConversationItems",
            method: "GET",
            path: "/v1/conversations/{conversation_id}/items",
            tag: "conversations",
            scopes: Some(&["conversations:read"]),
            params: &[
                ParamInfo {
                    name: "conversation_id",
                    location: Location::Path,
                    ty: ParamType::String,
                    default: None,
                },
                ParamInfo {
                    name: "limit",
                    location: Location::Query,
                    ty: ParamType::Integer,
                    default: Some("20"),
                },
                ParamInfo {
                    name: "order",
                    location: Location::Query,
                    ty: ParamType::String,
                    default: Some("\"desc\""),
                },
                ParamInfo {
                    name: "after",
                    location: Location::Query,
                    ty: ParamType::String,
                    default: None,
                },
            ],
            body: BodyInfo::None,
            form: None,
            errors: &[400u16, 401u16, 403u16, 404u16, 429u16, 500u16, 503u16],
            schemas: &crate::SCHEMAS,
        };
        /// The request, decoded and validated against the spec.
        #[derive(serde::Deserialize)]
        pub struct Request {
            /// `conversation_id` (path): The conversation id (`conv_...`).
            #[serde(rename = "conversation_id")]
            pub conversation_id: String,
            /// `limit` (query): Items per page.
            #[serde(rename = "limit")]
            pub limit: i64,
            /// `order` (query): `asc` (oldest first) or `desc` (newest first, the default).
            #[serde(rename = "order")]
            pub order: String,
            /// `after` (query): An item id; the page starts after it.
            #[serde(rename = "after")]
            pub after: Option<String>,
            /// Every request header.
            #[serde(skip)]
            pub headers: http::HeaderMap,
        }
        /// One variant per documented answer; errors are `ApiError`s.
        #[derive(Debug)]
        pub enum Response {
            /// 200 application/json: A page of items.
            Ok(types::ConversationItemList),
        }
        impl IntoResponse for Response {
            fn into_response(self) -> axum::response::Response {
                match self {
                    Self::Ok(body) => json(200u16, &body),
                }
            }
        }
        impl Operation for Request {
            type Response = Response;
            fn info() -> &'static OperationInfo {
                &INFO
            }
            fn set_headers(&mut self, headers: http::HeaderMap) {
                self.headers = headers;
            }
        }
    }
    /// `POST /v1/conversations/{conversation_id}/items`: Add items to a conversation
    pub mod create_conversation_items {
        use crate::support::*;
        #[allow(unused_imports)]
        use crate::types;
        use axum::response::IntoResponse;
        pub static INFO: OperationInfo = OperationInfo {
            id: "createConversationItems",
            method: "POST",
            path: "/v1/conversations/{conversation_id}/items",
            tag: "conversations",
            scopes: Some(&["conversations:write"]),
            params: &[ParamInfo {
                name: "conversation_id",
                location: Location::Path,
                ty: ParamType::String,
                default: None,
            }],
            body: BodyInfo::Required,
            form: None,
            errors: &[
                400u16, 401u16, 403u16, 404u16, 409u16, 413u16, 415u16, 422u16, 429u16, 500u16,
                503u16,
            ],
            schemas: &crate::SCHEMAS,
        };
        /// The request, decoded and validated against the spec.
        #[derive(serde::Deserialize)]
        pub struct Request {
            /// `conversation_id` (path): The conversation id (`conv_...`).
            #[serde(rename = "conversation_id")]
            pub conversation_id: String,
            /// The JSON body, validated against the spec.
            pub body: types::CreateConversationItemsRequest,
            /// Every request header.
            #[serde(skip)]
            pub headers: http::HeaderMap,
        }
        /// One variant per documented answer; errors are `ApiError`s.
        #[derive(Debug)]
        pub enum Response {
            /// 200 application/json: The added items, in order.
            Ok(types::ConversationItemList),
        }
        impl IntoResponse for Response {
            fn into_response(self) -> axum::response::Response {
                match self {
                    Self::Ok(body) => json(200u16, &body),
                }
            }
        }
        impl Operation for Request {
            type Response = Response;
            fn info() -> &'static OperationInfo {
                &INFO
            }
            fn set_headers(&mut self, headers: http::HeaderMap) {
                self.headers = headers;
            }
        }
    }
    /// `GET /v1/conversations/{conversation_id}/items/{item_id}`: Retrieve one item of a conversation
    pub mod get_conversation_item {
        use crate::support::*;
        #[allow(unused_imports)]
        use crate::types;
        use axum::response::IntoResponse;
        pub static INFO: OperationInfo = OperationInfo {
            id: "getConversationItem",
            method: "GET",
            path: "/v1/conversations/{conversation_id}/items/{item_id}",
            tag: "conversations",
            scopes: Some(&["conversations:read"]),
            params: &[
                ParamInfo {
                    name: "conversation_id",
                    location: Location::Path,
                    ty: ParamType::String,
                    default: None,
                },
                ParamInfo {
                    name: "item_id",
                    location: Location::Path,
                    ty: ParamType::String,
                    default: None,
                },
            ],
            body: BodyInfo::None,
            form: None,
            errors: &[400u16, 401u16, 403u16, 404u16, 429u16, 500u16, 503u16],
            schemas: &crate::SCHEMAS,
        };
        /// The request, decoded and validated against the spec.
        #[derive(serde::Deserialize)]
        pub struct Request {
            /// `conversation_id` (path): The conversation id (`conv_...`).
            #[serde(rename = "conversation_id")]
            pub conversation_id: String,
            /// `item_id` (path): The item id (`msg_...`, `fc_...`, `fco_...`).
            #[serde(rename = "item_id")]
            pub item_id: String,
            /// Every request header.
            #[serde(skip)]
            pub headers: http::HeaderMap,
        }
        /// One variant per documented answer; errors are `ApiError`s.
        #[derive(Debug)]
        pub enum Response {
            /// 200 application/json: The item.
            Ok(types::ItemResource),
        }
        impl IntoResponse for Response {
            fn into_response(self) -> axum::response::Response {
                match self {
                    Self::Ok(body) => json(200u16, &body),
                }
            }
        }
        impl Operation for Request {
            type Response = Response;
            fn info() -> &'static OperationInfo {
                &INFO
            }
            fn set_headers(&mut self, headers: http::HeaderMap) {
                self.headers = headers;
            }
        }
    }
    /// `DELETE /v1/conversations/{conversation_id}/items/{item_id}`: Remove an item from a conversation
    pub mod delete_conversation_item {
        use crate::support::*;
        #[allow(unused_imports)]
        use crate::types;
        use axum::response::IntoResponse;
        pub static INFO: OperationInfo = OperationInfo {
            id: "deleteConversationItem",
            method: "DELETE",
            path: "/v1/conversations/{conversation_id}/items/{item_id}",
            tag: "conversations",
            scopes: Some(&["conversations:write"]),
            params: &[
                ParamInfo {
                    name: "conversation_id",
                    location: Location::Path,
                    ty: ParamType::String,
                    default: None,
                },
                ParamInfo {
                    name: "item_id",
                    location: Location::Path,
                    ty: ParamType::String,
                    default: None,
                },
            ],
            body: BodyInfo::None,
            form: None,
            errors: &[400u16, 401u16, 403u16, 404u16, 429u16, 500u16, 503u16],
            schemas: &crate::SCHEMAS,
        };
        /// The request, decoded and validated against the spec.
        #[derive(serde::Deserialize)]
        pub struct Request {
            /// `conversation_id` (path): The conversation id (`conv_...`).
            #[serde(rename = "conversation_id")]
            pub conversation_id: String,
            /// `item_id` (path): The item id (`msg_...`, `fc_...`, `fco_...`).
            #[serde(rename = "item_id")]
            pub item_id: String,
            /// Every request header.
            #[serde(skip)]
            pub headers: http::HeaderMap,
        }
        /// One variant per documented answer; errors are `ApiError`s.
        #[derive(Debug)]
        pub enum Response {
            /// 200 application/json: The conversation, without the item.
            Ok(types::Conversation),
        }
        impl IntoResponse for Response {
            fn into_response(self) -> axum::response::Response {
                match self {
                    Self::Ok(body) => json(200u16, &body),
                }
            }
        }
        impl Operation for Request {
            type Response = Response;
            fn info() -> &'static OperationInfo {
                &INFO
            }
            fn set_headers(&mut self, headers: http::HeaderMap) {
                self.headers = headers;
            }
        }
    }
    /// `POST /v1/chat/completions`: Create a chat completion
    pub mod create_chat_completion {
        use crate::support::*;
        #[allow(unused_imports)]
        use crate::types;
        use axum::response::IntoResponse;
        pub static INFO: OperationInfo = OperationInfo {
            id: "createChatCompletion",
            method: "POST",
            path: "/v1/chat/completions",
            tag: "chat",
            scopes: Some(&["chat:write"]),
            params: &[],
            body: BodyInfo::Required,
            form: None,
            errors: &[
                400u16, 401u16, 403u16, 404u16, 409u16, 413u16, 415u16, 422u16, 429u16, 500u16,
                502u16, 503u16, 504u16,
            ],
            schemas: &crate::SCHEMAS,
        };
        /// The request, decoded and validated against the spec.
        #[derive(serde::Deserialize)]
        pub struct Request {
            /// The JSON body, validated against the spec.
            pub body: types::CreateChatCompletionRequest,
            /// Every request header.
            #[serde(skip)]
            pub headers: http::HeaderMap,
        }
        /// One variant per documented answer; errors are `ApiError`s.
        #[derive(Debug)]
        pub enum Response {
            /// 200 application/json: The completion (JSON), or its chunk stream when `stream` is true.
            Ok(types::CreateChatCompletionResponse),
            /// 200 text/event-stream: The completion (JSON), or its chunk stream when `stream` is true.
            OkEventStream(EventStream<types::CreateChatCompletionStreamResponse>),
        }
        impl IntoResponse for Response {
            fn into_response(self) -> axum::response::Response {
                match self {
                    Self::Ok(body) => json(200u16, &body),
                    Self::OkEventStream(events) => sse(events, Some("[DONE]")),
                }
            }
        }
        impl Operation for Request {
            type Response = Response;
            fn info() -> &'static OperationInfo {
                &INFO
            }
            fn set_headers(&mut self, headers: http::HeaderMap) {
                self.headers = headers;
            }
        }
    }
    /// `POST /v1/embeddings`: Create embeddings
    pub mod create_embedding {
        use crate::support::*;
        #[allow(unused_imports)]
        use crate::types;
        use axum::response::IntoResponse;
        pub static INFO: OperationInfo = OperationInfo {
            id: "createEmbedding",
            method: "POST",
            path: "/v1/embeddings",
            tag: "embeddings",
            scopes: Some(&["embeddings:read"]),
            params: &[],
            body: BodyInfo::Required,
            form: None,
            errors: &[
                400u16, 401u16, 403u16, 404u16, 409u16, 413u16, 415u16, 422u16, 429u16, 500u16,
                502u16, 503u16, 504u16,
            ],
            schemas: &crate::SCHEMAS,
        };
        /// The request, decoded and validated against the spec.
        #[derive(serde::Deserialize)]
        pub struct Request {
            /// The JSON body, validated against the spec.
            pub body: types::CreateEmbeddingRequest,
            /// Every request header.
            #[serde(skip)]
            pub headers: http::HeaderMap,
        }
        /// One variant per documented answer; errors are `ApiError`s.
        #[derive(Debug)]
        pub enum Response {
            /// 200 application/json: The embeddings, in input order.
            Ok(types::CreateEmbeddingResponse),
        }
        impl IntoResponse for Response {
            fn into_response(self) -> axum::response::Response {
                match self {
                    Self::Ok(body) => json(200u16, &body),
                }
            }
        }
        impl Operation for Request {
            type Response = Response;
            fn info() -> &'static OperationInfo {
                &INFO
            }
            fn set_headers(&mut self, headers: http::HeaderMap) {
                self.headers = headers;
            }
        }
    }
    /// `POST /v1/dreams`: Run a dream, a multi-step generation trace
    pub mod create_dream {
        use crate::support::*;
        #[allow(unused_imports)]
        use crate::types;
        use axum::response::IntoResponse;
        pub static INFO: OperationInfo = OperationInfo {
            id: "createDream",
            method: "POST",
            path: "/v1/dreams",
            tag: "dreams",
            scopes: Some(&["dreams:read"]),
            params: &[],
            body: BodyInfo::Required,
            form: None,
            errors: &[
                400u16, 401u16, 403u16, 404u16, 409u16, 413u16, 415u16, 422u16, 429u16, 500u16,
                502u16, 503u16, 504u16,
            ],
            schemas: &crate::SCHEMAS,
        };
        /// The request, decoded and validated against the spec.
        #[derive(serde::Deserialize)]
        pub struct Request {
            /// The JSON body, validated against the spec.
            pub body: types::CreateDreamRequest,
            /// Every request header.
            #[serde(skip)]
            pub headers: http::HeaderMap,
        }
        /// One variant per documented answer; errors are `ApiError`s.
        #[derive(Debug)]
        pub enum Response {
            /// 200 application/json: The dream with one trace per step (JSON), or its event stream when `stream` is true.
            Ok(types::Dream),
            /// 200 text/event-stream: The dream with one trace per step (JSON), or its event stream when `stream` is true.
            OkEventStream(EventStream<types::DreamStreamEvent>),
        }
        impl IntoResponse for Response {
            fn into_response(self) -> axum::response::Response {
                match self {
                    Self::Ok(body) => json(200u16, &body),
                    Self::OkEventStream(events) => sse(events, None),
                }
            }
        }
        impl Operation for Request {
            type Response = Response;
            fn info() -> &'static OperationInfo {
                &INFO
            }
            fn set_headers(&mut self, headers: http::HeaderMap) {
                self.headers = headers;
            }
        }
    }
    /// `GET /v1/indexes`: List your vector indexes
    pub mod list_indexes {
        use crate::support::*;
        #[allow(unused_imports)]
        use crate::types;
        use axum::response::IntoResponse;
        pub static INFO: OperationInfo = OperationInfo {
            id: "listIndexes",
            method: "GET",
            path: "/v1/indexes",
            tag: "indexes",
            scopes: Some(&["indexes:read"]),
            params: &[
                ParamInfo {
                    name: "limit",
                    location: Location::Query,
                    ty: ParamType::Integer,
                    default: Some("20"),
                },
                ParamInfo {
                    name: "after",
                    location: Location::Query,
                    ty: ParamType::String,
                    default: None,
                },
            ],
            body: BodyInfo::None,
            form: None,
            errors: &[400u16, 401u16, 403u16, 429u16, 500u16, 503u16],
            schemas: &crate::SCHEMAS,
        };
        /// The request, decoded and validated against the spec.
        #[derive(serde::Deserialize)]
        pub struct Request {
            /// `limit` (query): How many indexes to return.
            #[serde(rename = "limit")]
            pub limit: i64,
            /// `after` (query): An index id; the page starts after it.
            #[serde(rename = "after")]
            pub after: Option<String>,
            /// Every request header.
            #[serde(skip)]
            pub headers: http::HeaderMap,
        }
        /// One variant per documented answer; errors are `ApiError`s.
        #[derive(Debug)]
        pub enum Response {
            /// 200 application/json: One page of indexes.
            Ok(types::IndexList),
        }
        impl IntoResponse for Response {
            fn into_response(self) -> axum::response::Response {
                match self {
                    Self::Ok(body) => json(200u16, &body),
                }
            }
        }
        impl Operation for Request {
            type Response = Response;
            fn info() -> &'static OperationInfo {
                &INFO
            }
            fn set_headers(&mut self, headers: http::HeaderMap) {
                self.headers = headers;
            }
        }
    }
    /// `POST /v1/indexes`: Create a vector index
    pub mod create_index {
        use crate::support::*;
        #[allow(unused_imports)]
        use crate::types;
        use axum::response::IntoResponse;
        pub static INFO: OperationInfo = OperationInfo {
            id: "createIndex",
            method: "POST",
            path: "/v1/indexes",
            tag: "indexes",
            scopes: Some(&["indexes:write"]),
            params: &[],
            body: BodyInfo::Required,
            form: None,
            errors: &[
                400u16, 401u16, 403u16, 404u16, 409u16, 413u16, 415u16, 422u16, 429u16, 500u16,
                503u16,
            ],
            schemas: &crate::SCHEMAS,
        };
        /// The request, decoded and validated against the spec.
        #[derive(serde::Deserialize)]
        pub struct Request {
            /// The JSON body, validated against the spec.
            pub body: types::CreateIndexRequest,
            /// Every request header.
            #[serde(skip)]
            pub headers: http::HeaderMap,
        }
        /// One variant per documented answer; errors are `ApiError`s.
        #[derive(Debug)]
        pub enum Response {
            /// 201 application/json: The new index.
            Created(types::Index),
        }
        impl IntoResponse for Response {
            fn into_response(self) -> axum::response::Response {
                match self {
                    Self::Created(body) => json(201u16, &body),
                }
            }
        }
        impl Operation for Request {
            type Response = Response;
            fn info() -> &'static OperationInfo {
                &INFO
            }
            fn set_headers(&mut self, headers: http::HeaderMap) {
                self.headers = headers;
            }
        }
    }
    /// `GET /v1/indexes/{index_id}`: Retrieve a vector index
    pub mod get_index {
        use crate::support::*;
        #[allow(unused_imports)]
        use crate::types;
        use axum::response::IntoResponse;
        pub static INFO: OperationInfo = OperationInfo {
            id: "getIndex",
            method: "GET",
            path: "/v1/indexes/{index_id}",
            tag: "indexes",
            scopes: Some(&["indexes:read"]),
            params: &[ParamInfo {
                name: "index_id",
                location: Location::Path,
                ty: ParamType::String,
                default: None,
            }],
            body: BodyInfo::None,
            form: None,
            errors: &[400u16, 401u16, 403u16, 404u16, 429u16, 500u16, 503u16],
            schemas: &crate::SCHEMAS,
        };
        /// The request, decoded and validated against the spec.
        #[derive(serde::Deserialize)]
        pub struct Request {
            /// `index_id` (path): The index id (`idx_...`).
            #[serde(rename = "index_id")]
            pub index_id: String,
            /// Every request header.
            #[serde(skip)]
            pub headers: http::HeaderMap,
        }
        /// One variant per documented answer; errors are `ApiError`s.
        #[derive(Debug)]
        pub enum Response {
            /// 200 application/json: The index.
            Ok(types::Index),
        }
        impl IntoResponse for Response {
            fn into_response(self) -> axum::response::Response {
                match self {
                    Self::Ok(body) => json(200u16, &body),
                }
            }
        }
        impl Operation for Request {
            type Response = Response;
            fn info() -> &'static OperationInfo {
                &INFO
            }
            fn set_headers(&mut self, headers: http::HeaderMap) {
                self.headers = headers;
            }
        }
    }
    /// `DELETE /v1/indexes/{index_id}`: Delete a vector index and all its vectors
    pub mod delete_index {
        use crate::support::*;
        #[allow(unused_imports)]
        use crate::types;
        use axum::response::IntoResponse;
        pub static INFO: OperationInfo = OperationInfo {
            id: "deleteIndex",
            method: "DELETE",
            path: "/v1/indexes/{index_id}",
            tag: "indexes",
            scopes: Some(&["indexes:write"]),
            params: &[ParamInfo {
                name: "index_id",
                location: Location::Path,
                ty: ParamType::String,
                default: None,
            }],
            body: BodyInfo::None,
            form: None,
            errors: &[400u16, 401u16, 403u16, 404u16, 429u16, 500u16, 503u16],
            schemas: &crate::SCHEMAS,
        };
        /// The request, decoded and validated against the spec.
        #[derive(serde::Deserialize)]
        pub struct Request {
            /// `index_id` (path): The index id (`idx_...`).
            #[serde(rename = "index_id")]
            pub index_id: String,
            /// Every request header.
            #[serde(skip)]
            pub headers: http::HeaderMap,
        }
        /// One variant per documented answer; errors are `ApiError`s.
        #[derive(Debug)]
        pub enum Response {
            /// 200 application/json: The index is gone.
            Ok(types::DeletedObject),
        }
        impl IntoResponse for Response {
            fn into_response(self) -> axum::response::Response {
                match self {
                    Self::Ok(body) => json(200u16, &body),
                }
            }
        }
        impl Operation for Request {
            type Response = Response;
            fn info() -> &'static OperationInfo {
                &INFO
            }
            fn set_headers(&mut self, headers: http::HeaderMap) {
                self.headers = headers;
            }
        }
    }
    /// `POST /v1/indexes/{index_id}/vectors`: Add or replace vectors
    pub mod upsert_vectors {
        use crate::support::*;
        #[allow(unused_imports)]
        use crate::types;
        use axum::response::IntoResponse;
        pub static INFO: OperationInfo = OperationInfo {
            id: "upsertVectors",
            method: "POST",
            path: "/v1/indexes/{index_id}/vectors",
            tag: "indexes",
            scopes: Some(&["indexes:write"]),
            params: &[ParamInfo {
                name: "index_id",
                location: Location::Path,
                ty: ParamType::String,
                default: None,
            }],
            body: BodyInfo::Required,
            form: None,
            errors: &[
                400u16, 401u16, 403u16, 404u16, 409u16, 413u16, 415u16, 422u16, 429u16, 500u16,
                502u16, 503u16, 504u16,
            ],
            schemas: &crate::SCHEMAS,
        };
        /// The request, decoded and validated against the spec.
        #[derive(serde::Deserialize)]
        pub struct Request {
            /// `index_id` (path): The index id (`idx_...`).
            #[serde(rename = "index_id")]
            pub index_id: String,
            /// The JSON body, validated against the spec.
            pub body: types::UpsertVectorsRequest,
            /// Every request header.
            #[serde(skip)]
            pub headers: http::HeaderMap,
        }
        /// One variant per documented answer; errors are `ApiError`s.
        #[derive(Debug)]
        pub enum Response {
            /// 200 application/json: The vectors are stored.
            Ok(types::UpsertVectorsResponse),
        }
        impl IntoResponse for Response {
            fn into_response(self) -> axum::response::Response {
                match self {
                    Self::Ok(body) => json(200u16, &body),
                }
            }
        }
        impl Operation for Request {
            type Response = Response;
            fn info() -> &'static OperationInfo {
                &INFO
            }
            fn set_headers(&mut self, headers: http::HeaderMap) {
                self.headers = headers;
            }
        }
    }
    /// `DELETE /v1/indexes/{index_id}/vectors/{vector_id}`: Delete one vector
    pub mod delete_vector {
        use crate::support::*;
        #[allow(unused_imports)]
        use crate::types;
        use axum::response::IntoResponse;
        pub static INFO: OperationInfo = OperationInfo {
            id: "deleteVector",
            method: "DELETE",
            path: "/v1/indexes/{index_id}/vectors/{vector_id}",
            tag: "indexes",
            scopes: Some(&["indexes:write"]),
            params: &[
                ParamInfo {
                    name: "index_id",
                    location: Location::Path,
                    ty: ParamType::String,
                    default: None,
                },
                ParamInfo {
                    name: "vector_id",
                    location: Location::Path,
                    ty: ParamType::String,
                    default: None,
                },
            ],
            body: BodyInfo::None,
            form: None,
            errors: &[400u16, 401u16, 403u16, 404u16, 429u16, 500u16, 503u16],
            schemas: &crate::SCHEMAS,
        };
        /// The request, decoded and validated against the spec.
        #[derive(serde::Deserialize)]
        pub struct Request {
            /// `index_id` (path): The index id (`idx_...`).
            #[serde(rename = "index_id")]
            pub index_id: String,
            /// `vector_id` (path): The vector's id.
            #[serde(rename = "vector_id")]
            pub vector_id: String,
            /// Every request header.
            #[serde(skip)]
            pub headers: http::HeaderMap,
        }
        /// One variant per documented answer; errors are `ApiError`s.
        #[derive(Debug)]
        pub enum Response {
            /// 200 application/json: The vector is gone.
            Ok(types::DeletedObject),
        }
        impl IntoResponse for Response {
            fn into_response(self) -> axum::response::Response {
                match self {
                    Self::Ok(body) => json(200u16, &body),
                }
            }
        }
        impl Operation for Request {
            type Response = Response;
            fn info() -> &'static OperationInfo {
                &INFO
            }
            fn set_headers(&mut self, headers: http::HeaderMap) {
                self.headers = headers;
            }
        }
    }
    /// `POST /v1/indexes/{index_id}/search`: Find the nearest vectors, the best text matches, or both
    pub mod search_index {
        use crate::support::*;
        #[allow(unused_imports)]
        use crate::types;
        use axum::response::IntoResponse;
        pub static INFO: OperationInfo = OperationInfo {
            id: "searchIndex",
            method: "POST",
            path: "/v1/indexes/{index_id}/search",
            tag: "indexes",
            scopes: Some(&["indexes:read"]),
            params: &[ParamInfo {
                name: "index_id",
                location: Location::Path,
                ty: ParamType::String,
                default: None,
            }],
            body: BodyInfo::Required,
            form: None,
            errors: &[
                400u16, 401u16, 403u16, 404u16, 409u16, 413u16, 415u16, 422u16, 429u16, 500u16,
                502u16, 503u16, 504u16,
            ],
            schemas: &crate::SCHEMAS,
        };
        /// The request, decoded and validated against the spec.
        #[derive(serde::Deserialize)]
        pub struct Request {
            /// `index_id` (path): The index id (`idx_...`).
            #[serde(rename = "index_id")]
            pub index_id: String,
            /// The JSON body, validated against the spec.
            pub body: types::SearchIndexRequest,
            /// Every request header.
            #[serde(skip)]
            pub headers: http::HeaderMap,
        }
        /// One variant per documented answer; errors are `ApiError`s.
        #[derive(Debug)]
        pub enum Response {
            /// 200 application/json: The nearest vectors, best first.
            Ok(types::SearchIndexResponse),
        }
        impl IntoResponse for Response {
            fn into_response(self) -> axum::response::Response {
                match self {
                    Self::Ok(body) => json(200u16, &body),
                }
            }
        }
        impl Operation for Request {
            type Response = Response;
            fn info() -> &'static OperationInfo {
                &INFO
            }
            fn set_headers(&mut self, headers: http::HeaderMap) {
                self.headers = headers;
            }
        }
    }
    /// `GET /v1/files`: List your files
    pub mod list_files {
        use crate::support::*;
        #[allow(unused_imports)]
        use crate::types;
        use axum::response::IntoResponse;
        pub static INFO: OperationInfo = OperationInfo {
            id: "listFiles",
            method: "GET",
            path: "/v1/files",
            tag: "files",
            scopes: Some(&["files:read"]),
            params: &[
                ParamInfo {
                    name: "purpose",
                    location: Location::Query,
                    ty: ParamType::String,
                    default: None,
                },
                ParamInfo {
                    name: "limit",
                    location: Location::Query,
                    ty: ParamType::Integer,
                    default: Some("10000"),
                },
                ParamInfo {
                    name: "order",
                    location: Location::Query,
                    ty: ParamType::String,
                    default: Some("\"desc\""),
                },
                ParamInfo {
                    name: "after",
                    location: Location::Query,
                    ty: ParamType::String,
                    default: None,
                },
            ],
            body: BodyInfo::None,
            form: None,
            errors: &[400u16, 401u16, 403u16, 429u16, 500u16, 503u16],
            schemas: &crate::SCHEMAS,
        };
        /// The request, decoded and validated against the spec.
        #[derive(serde::Deserialize)]
        pub struct Request {
            /// `purpose` (query): Only files uploaded with this purpose.
            #[serde(rename = "purpose")]
            pub purpose: Option<String>,
            /// `limit` (query): How many files to return (1 to 10,000).
            #[serde(rename = "limit")]
            pub limit: i64,
            /// `order` (query): `asc` (oldest first) or `desc` (newest first, the default).
            #[serde(rename = "order")]
            pub order: String,
            /// `after` (query): A file id; the page starts after it.
            #[serde(rename = "after")]
            pub after: Option<String>,
            /// Every request header.
            #[serde(skip)]
            pub headers: http::HeaderMap,
        }
        /// One variant per documented answer; errors are `ApiError`s.
        #[derive(Debug)]
        pub enum Response {
            /// 200 application/json: One page of files.
            Ok(types::ListFilesResponse),
        }
        impl IntoResponse for Response {
            fn into_response(self) -> axum::response::Response {
                match self {
                    Self::Ok(body) => json(200u16, &body),
                }
            }
        }
        impl Operation for Request {
            type Response = Response;
            fn info() -> &'static OperationInfo {
                &INFO
            }
            fn set_headers(&mut self, headers: http::HeaderMap) {
                self.headers = headers;
            }
        }
    }
    /// `POST /v1/files`: Upload a file
    pub mod create_file {
        use crate::support::*;
        #[allow(unused_imports)]
        use crate::types;
        use axum::response::IntoResponse;
        pub static INFO: OperationInfo = OperationInfo {
            id: "createFile",
            method: "POST",
            path: "/v1/files",
            tag: "files",
            scopes: Some(&["files:write"]),
            params: &[],
            body: BodyInfo::Required,
            form: Some(&[
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
                    name: "expires_after[anchor]",
                    ty: ParamType::String,
                    file: false,
                },
                FormField {
                    name: "expires_after[seconds]",
                    ty: ParamType::Integer,
                    file: false,
                },
            ]),
            errors: &[
                400u16, 401u16, 403u16, 409u16, 413u16, 415u16, 422u16, 429u16, 500u16, 503u16,
            ],
            schemas: &crate::SCHEMAS,
        };
        /// The request, decoded and validated against the spec.
        #[derive(serde::Deserialize)]
        pub struct Request {
            /// The form's fields (a file part as its file name), validated against the spec.
            pub body: types::CreateFileRequest,
            /// The form's file parts.
            #[serde(skip)]
            pub uploads: Uploads,
            /// Every request header.
            #[serde(skip)]
            pub headers: http::HeaderMap,
        }
        /// One variant per documented answer; errors are `ApiError`s.
        #[derive(Debug)]
        pub enum Response {
            /// 200 application/json: The stored file.
            Ok(types::FileObject),
        }
        impl IntoResponse for Response {
            fn into_response(self) -> axum::response::Response {
                match self {
                    Self::Ok(body) => json(200u16, &body),
                }
            }
        }
        impl Operation for Request {
            type Response = Response;
            fn info() -> &'static OperationInfo {
                &INFO
            }
            fn set_headers(&mut self, headers: http::HeaderMap) {
                self.headers = headers;
            }
            fn set_uploads(&mut self, uploads: Uploads) {
                self.uploads = uploads;
            }
        }
    }
    /// `GET /v1/files/{file_id}`: Retrieve a file's metadata
    pub mod retrieve_file {
        use crate::support::*;
        #[allow(unused_imports)]
        use crate::types;
        use axum::response::IntoResponse;
        pub static INFO: OperationInfo = OperationInfo {
            id: "retrieveFile",
            method: "GET",
            path: "/v1/files/{file_id}",
            tag: "files",
            scopes: Some(&["files:read"]),
            params: &[ParamInfo {
                name: "file_id",
                location: Location::Path,
                ty: ParamType::String,
                default: None,
            }],
            body: BodyInfo::None,
            form: None,
            errors: &[400u16, 401u16, 403u16, 404u16, 429u16, 500u16, 503u16],
            schemas: &crate::SCHEMAS,
        };
        /// The request, decoded and validated against the spec.
        #[derive(serde::Deserialize)]
        pub struct Request {
            /// `file_id` (path): The file id (`file-...`).
            #[serde(rename = "file_id")]
            pub file_id: String,
            /// Every request header.
            #[serde(skip)]
            pub headers: http::HeaderMap,
        }
        /// One variant per documented answer; errors are `ApiError`s.
        #[derive(Debug)]
        pub enum Response {
            /// 200 application/json: The file.
            Ok(types::FileObject),
        }
        impl IntoResponse for Response {
            fn into_response(self) -> axum::response::Response {
                match self {
                    Self::Ok(body) => json(200u16, &body),
                }
            }
        }
        impl Operation for Request {
            type Response = Response;
            fn info() -> &'static OperationInfo {
                &INFO
            }
            fn set_headers(&mut self, headers: http::HeaderMap) {
                self.headers = headers;
            }
        }
    }
    /// `DELETE /v1/files/{file_id}`: Delete a file
    pub mod delete_file {
        use crate::support::*;
        #[allow(unused_imports)]
        use crate::types;
        use axum::response::IntoResponse;
        pub static INFO: OperationInfo = OperationInfo {
            id: "deleteFile",
            method: "DELETE",
            path: "/v1/files/{file_id}",
            tag: "files",
            scopes: Some(&["files:write"]),
            params: &[ParamInfo {
                name: "file_id",
                location: Location::Path,
                ty: ParamType::String,
                default: None,
            }],
            body: BodyInfo::None,
            form: None,
            errors: &[400u16, 401u16, 403u16, 404u16, 429u16, 500u16, 503u16],
            schemas: &crate::SCHEMAS,
        };
        /// The request, decoded and validated against the spec.
        #[derive(serde::Deserialize)]
        pub struct Request {
            /// `file_id` (path): The file id (`file-...`).
            #[serde(rename = "file_id")]
            pub file_id: String,
            /// Every request header.
            #[serde(skip)]
            pub headers: http::HeaderMap,
        }
        /// One variant per documented answer; errors are `ApiError`s.
        #[derive(Debug)]
        pub enum Response {
            /// 200 application/json: The file is deleted, its bytes removed from disk.
            Ok(types::DeleteFileResponse),
        }
        impl IntoResponse for Response {
            fn into_response(self) -> axum::response::Response {
                match self {
                    Self::Ok(body) => json(200u16, &body),
                }
            }
        }
        impl Operation for Request {
            type Response = Response;
            fn info() -> &'static OperationInfo {
                &INFO
            }
            fn set_headers(&mut self, headers: http::HeaderMap) {
                self.headers = headers;
            }
        }
    }
    /// `GET /v1/files/{file_id}/content`: Download a file's content
    pub mod download_file {
        use crate::support::*;
        #[allow(unused_imports)]
        use crate::types;
        use axum::response::IntoResponse;
        pub static INFO: OperationInfo = OperationInfo {
            id: "downloadFile",
            method: "GET",
            path: "/v1/files/{file_id}/content",
            tag: "files",
            scopes: Some(&["files:read"]),
            params: &[ParamInfo {
                name: "file_id",
                location: Location::Path,
                ty: ParamType::String,
                default: None,
            }],
            body: BodyInfo::None,
            form: None,
            errors: &[400u16, 401u16, 403u16, 404u16, 429u16, 500u16, 503u16],
            schemas: &crate::SCHEMAS,
        };
        /// The request, decoded and validated against the spec.
        #[derive(serde::Deserialize)]
        pub struct Request {
            /// `file_id` (path): The file id (`file-...`).
            #[serde(rename = "file_id")]
            pub file_id: String,
            /// Every request header.
            #[serde(skip)]
            pub headers: http::HeaderMap,
        }
        /// One variant per documented answer; errors are `ApiError`s.
        #[derive(Debug)]
        pub enum Response {
            /// 200 application/octet-stream: The file's bytes.
            Ok(axum::body::Bytes),
        }
        impl IntoResponse for Response {
            fn into_response(self) -> axum::response::Response {
                match self {
                    Self::Ok(body) => binary(200u16, "application/octet-stream", body),
                }
            }
        }
        impl Operation for Request {
            type Response = Response;
            fn info() -> &'static OperationInfo {
                &INFO
            }
            fn set_headers(&mut self, headers: http::HeaderMap) {
                self.headers = headers;
            }
        }
    }
    /// `GET /v1/vector_stores`: List your vector stores
    pub mod list_vector_stores {
        use crate::support::*;
        #[allow(unused_imports)]
        use crate::types;
        use axum::response::IntoResponse;
        pub static INFO: OperationInfo = OperationInfo {
            id: "listVectorStores",
            method: "GET",
            path: "/v1/vector_stores",
            tag: "vector_stores",
            scopes: Some(&["vector_stores:read"]),
            params: &[
                ParamInfo {
                    name: "limit",
                    location: Location::Query,
                    ty: ParamType::Integer,
                    default: Some("20"),
                },
                ParamInfo {
                    name: "order",
                    location: Location::Query,
                    ty: ParamType::String,
                    default: Some("\"desc\""),
                },
                ParamInfo {
                    name: "after",
                    location: Location::Query,
                    ty: ParamType::String,
                    default: None,
                },
                ParamInfo {
                    name: "before",
                    location: Location::Query,
                    ty: ParamType::String,
                    default: None,
                },
            ],
            body: BodyInfo::None,
            form: None,
            errors: &[400u16, 401u16, 403u16, 429u16, 500u16, 503u16],
            schemas: &crate::SCHEMAS,
        };
        /// The request, decoded and validated against the spec.
        #[derive(serde::Deserialize)]
        pub struct Request {
            /// `limit` (query): Items per page.
            #[serde(rename = "limit")]
            pub limit: i64,
            /// `order` (query): `asc` (oldest first) or `desc` (newest first, the default).
            #[serde(rename = "order")]
            pub order: String,
            /// `after` (query): An item id; the page starts after it.
            #[serde(rename = "after")]
            pub after: Option<String>,
            /// `before` (query): An item id; the page ends before it.
            #[serde(rename = "before")]
            pub before: Option<String>,
            /// Every request header.
            #[serde(skip)]
            pub headers: http::HeaderMap,
        }
        /// One variant per documented answer; errors are `ApiError`s.
        #[derive(Debug)]
        pub enum Response {
            /// 200 application/json: One page of vector stores.
            Ok(types::ListVectorStoresResponse),
        }
        impl IntoResponse for Response {
            fn into_response(self) -> axum::response::Response {
                match self {
                    Self::Ok(body) => json(200u16, &body),
                }
            }
        }
        impl Operation for Request {
            type Response = Response;
            fn info() -> &'static OperationInfo {
                &INFO
            }
            fn set_headers(&mut self, headers: http::HeaderMap) {
                self.headers = headers;
            }
        }
    }
    /// `POST /v1/vector_stores`: Create a vector store
    pub mod create_vector_store {
        use crate::support::*;
        #[allow(unused_imports)]
        use crate::types;
        use axum::response::IntoResponse;
        pub static INFO: OperationInfo = OperationInfo {
            id: "createVectorStore",
            method: "POST",
            path: "/v1/vector_stores",
            tag: "vector_stores",
            scopes: Some(&["vector_stores:write"]),
            params: &[],
            body: BodyInfo::Required,
            form: None,
            errors: &[
                400u16, 401u16, 403u16, 404u16, 409u16, 413u16, 415u16, 422u16, 429u16, 500u16,
                503u16,
            ],
            schemas: &crate::SCHEMAS,
        };
        /// The request, decoded and validated against the spec.
        #[derive(serde::Deserialize)]
        pub struct Request {
            /// The JSON body, validated against the spec.
            pub body: types::CreateVectorStoreRequest,
            /// Every request header.
            #[serde(skip)]
            pub headers: http::HeaderMap,
        }
        /// One variant per documented answer; errors are `ApiError`s.
        #[derive(Debug)]
        pub enum Response {
            /// 200 application/json: The new vector store.
            Ok(types::VectorStoreObject),
        }
        impl IntoResponse for Response {
            fn into_response(self) -> axum::response::Response {
                match self {
                    Self::Ok(body) => json(200u16, &body),
                }
            }
        }
        impl Operation for Request {
            type Response = Response;
            fn info() -> &'static OperationInfo {
                &INFO
            }
            fn set_headers(&mut self, headers: http::HeaderMap) {
                self.headers = headers;
            }
        }
    }
    /// `GET /v1/vector_stores/{vector_store_id}`: Retrieve a vector store
    pub mod get_vector_store {
        use crate::support::*;
        #[allow(unused_imports)]
        use crate::types;
        use axum::response::IntoResponse;
        pub static INFO: OperationInfo = OperationInfo {
            id: "getVectorStore",
            method: "GET",
            path: "/v1/vector_stores/{vector_store_id}",
            tag: "vector_stores",
            scopes: Some(&["vector_stores:read"]),
            params: &[ParamInfo {
                name: "vector_store_id",
                location: Location::Path,
                ty: ParamType::String,
                default: None,
            }],
            body: BodyInfo::None,
            form: None,
            errors: &[400u16, 401u16, 403u16, 404u16, 429u16, 500u16, 503u16],
            schemas: &crate::SCHEMAS,
        };
        /// The request, decoded and validated against the spec.
        #[derive(serde::Deserialize)]
        pub struct Request {
            /// `vector_store_id` (path): The vector store id (`vs_...`).
            #[serde(rename = "vector_store_id")]
            pub vector_store_id: String,
            /// Every request header.
            #[serde(skip)]
            pub headers: http::HeaderMap,
        }
        /// One variant per documented answer; errors are `ApiError`s.
        #[derive(Debug)]
        pub enum Response {
            /// 200 application/json: The vector store.
            Ok(types::VectorStoreObject),
        }
        impl IntoResponse for Response {
            fn into_response(self) -> axum::response::Response {
                match self {
                    Self::Ok(body) => json(200u16, &body),
                }
            }
        }
        impl Operation for Request {
            type Response = Response;
            fn info() -> &'static OperationInfo {
                &INFO
            }
            fn set_headers(&mut self, headers: http::HeaderMap) {
                self.headers = headers;
            }
        }
    }
    /// `POST /v1/vector_stores/{vector_store_id}`: Modify a vector store
    pub mod modify_vector_store {
        use crate::support::*;
        #[allow(unused_imports)]
        use crate::types;
        use axum::response::IntoResponse;
        pub static INFO: OperationInfo = OperationInfo {
            id: "modifyVectorStore",
            method: "POST",
            path: "/v1/vector_stores/{vector_store_id}",
            tag: "vector_stores",
            scopes: Some(&["vector_stores:write"]),
            params: &[ParamInfo {
                name: "vector_store_id",
                location: Location::Path,
                ty: ParamType::String,
                default: None,
            }],
            body: BodyInfo::Required,
            form: None,
            errors: &[
                400u16, 401u16, 403u16, 404u16, 409u16, 413u16, 415u16, 422u16, 429u16, 500u16,
                503u16,
            ],
            schemas: &crate::SCHEMAS,
        };
        /// The request, decoded and validated against the spec.
        #[derive(serde::Deserialize)]
        pub struct Request {
            /// `vector_store_id` (path): The vector store id (`vs_...`).
            #[serde(rename = "vector_store_id")]
            pub vector_store_id: String,
            /// The JSON body, validated against the spec.
            pub body: types::UpdateVectorStoreRequest,
            /// Every request header.
            #[serde(skip)]
            pub headers: http::HeaderMap,
        }
        /// One variant per documented answer; errors are `ApiError`s.
        #[derive(Debug)]
        pub enum Response {
            /// 200 application/json: The vector store as modified.
            Ok(types::VectorStoreObject),
        }
        impl IntoResponse for Response {
            fn into_response(self) -> axum::response::Response {
                match self {
                    Self::Ok(body) => json(200u16, &body),
                }
            }
        }
        impl Operation for Request {
            type Response = Response;
            fn info() -> &'static OperationInfo {
                &INFO
            }
            fn set_headers(&mut self, headers: http::HeaderMap) {
                self.headers = headers;
            }
        }
    }
    /// `DELETE /v1/vector_stores/{vector_store_id}`: Delete a vector store
    pub mod delete_vector_store {
        use crate::support::*;
        #[allow(unused_imports)]
        use crate::types;
        use axum::response::IntoResponse;
        pub static INFO: OperationInfo = OperationInfo {
            id: "deleteVectorStore",
            method: "DELETE",
            path: "/v1/vector_stores/{vector_store_id}",
            tag: "vector_stores",
            scopes: Some(&["vector_stores:write"]),
            params: &[ParamInfo {
                name: "vector_store_id",
                location: Location::Path,
                ty: ParamType::String,
                default: None,
            }],
            body: BodyInfo::None,
            form: None,
            errors: &[400u16, 401u16, 403u16, 404u16, 429u16, 500u16, 503u16],
            schemas: &crate::SCHEMAS,
        };
        /// The request, decoded and validated against the spec.
        #[derive(serde::Deserialize)]
        pub struct Request {
            /// `vector_store_id` (path): The vector store id (`vs_...`).
            #[serde(rename = "vector_store_id")]
            pub vector_store_id: String,
            /// Every request header.
            #[serde(skip)]
            pub headers: http::HeaderMap,
        }
        /// One variant per documented answer; errors are `ApiError`s.
        #[derive(Debug)]
        pub enum Response {
            /// 200 application/json: The vector store is deleted.
            Ok(types::DeleteVectorStoreResponse),
        }
        impl IntoResponse for Response {
            fn into_response(self) -> axum::response::Response {
                match self {
                    Self::Ok(body) => json(200u16, &body),
                }
            }
        }
        impl Operation for Request {
            type Response = Response;
            fn info() -> &'static OperationInfo {
                &INFO
            }
            fn set_headers(&mut self, headers: http::HeaderMap) {
                self.headers = headers;
            }
        }
    }
    /// `GET /v1/vector_stores/{vector_store_id}/files`: List the files of a vector store
    pub mod list_vector_store_files {
        use crate::support::*;
        #[allow(unused_imports)]
        use crate::types;
        use axum::response::IntoResponse;
        pub static INFO: OperationInfo = OperationInfo {
            id: "listVectorStoreFiles",
            method: "GET",
            path: "/v1/vector_stores/{vector_store_id}/files",
            tag: "vector_stores",
            scopes: Some(&["vector_stores:read"]),
            params: &[
                ParamInfo {
                    name: "vector_store_id",
                    location: Location::Path,
                    ty: ParamType::String,
                    default: None,
                },
                ParamInfo {
                    name: "limit",
                    location: Location::Query,
                    ty: ParamType::Integer,
                    default: Some("20"),
                },
                ParamInfo {
                    name: "order",
                    location: Location::Query,
                    ty: ParamType::String,
                    default: Some("\"desc\""),
                },
                ParamInfo {
                    name: "after",
                    location: Location::Query,
                    ty: ParamType::String,
                    default: None,
                },
                ParamInfo {
                    name: "before",
                    location: Location::Query,
                    ty: ParamType::String,
                    default: None,
                },
                ParamInfo {
                    name: "filter",
                    location: Location::Query,
                    ty: ParamType::String,
                    default: None,
                },
            ],
            body: BodyInfo::None,
            form: None,
            errors: &[400u16, 401u16, 403u16, 404u16, 429u16, 500u16, 503u16],
            schemas: &crate::SCHEMAS,
        };
        /// The request, decoded and validated against the spec.
        #[derive(serde::Deserialize)]
        pub struct Request {
            /// `vector_store_id` (path): The vector store id (`vs_...`).
            #[serde(rename = "vector_store_id")]
            pub vector_store_id: String,
            /// `limit` (query): Items per page.
            #[serde(rename = "limit")]
            pub limit: i64,
            /// `order` (query): `asc` (oldest first) or `desc` (newest first, the default).
            #[serde(rename = "order")]
            pub order: String,
            /// `after` (query): An item id; the page starts after it.
            #[serde(rename = "after")]
            pub after: Option<String>,
            /// `before` (query): An item id; the page ends before it.
            #[serde(rename = "before")]
            pub before: Option<String>,
            /// `filter` (query): Only files with this status.
            #[serde(rename = "filter")]
            pub filter: Option<String>,
            /// Every request header.
            #[serde(skip)]
            pub headers: http::HeaderMap,
        }
        /// One variant per documented answer; errors are `ApiError`s.
        #[derive(Debug)]
        pub enum Response {
            /// 200 application/json: One page of the store's files.
            Ok(types::ListVectorStoreFilesResponse),
        }
        impl IntoResponse for Response {
            fn into_response(self) -> axum::response::Response {
                match self {
                    Self::Ok(body) => json(200u16, &body),
                }
            }
        }
        impl Operation for Request {
            type Response = Response;
            fn info() -> &'static OperationInfo {
                &INFO
            }
            fn set_headers(&mut self, headers: http::HeaderMap) {
                self.headers = headers;
            }
        }
    }
    /// `POST /v1/vector_stores/{vector_store_id}/files`: Add a file to a vector store
    pub mod create_vector_store_file {
        use crate::support::*;
        #[allow(unused_imports)]
        use crate::types;
        use axum::response::IntoResponse;
        pub static INFO: OperationInfo = OperationInfo {
            id: "createVectorStoreFile",
            method: "POST",
            path: "/v1/vector_stores/{vector_store_id}/files",
            tag: "vector_stores",
            scopes: Some(&["vector_stores:write"]),
            params: &[ParamInfo {
                name: "vector_store_id",
                location: Location::Path,
                ty: ParamType::String,
                default: None,
            }],
            body: BodyInfo::Required,
            form: None,
            errors: &[
                400u16, 401u16, 403u16, 404u16, 409u16, 413u16, 415u16, 422u16, 429u16, 500u16,
                503u16,
            ],
            schemas: &crate::SCHEMAS,
        };
        /// The request, decoded and validated against the spec.
        #[derive(serde::Deserialize)]
        pub struct Request {
            /// `vector_store_id` (path): The vector store id (`vs_...`).
            #[serde(rename = "vector_store_id")]
            pub vector_store_id: String,
            /// The JSON body, validated against the spec.
            pub body: types::CreateVectorStoreFileRequest,
            /// Every request header.
            #[serde(skip)]
            pub headers: http::HeaderMap,
        }
        /// One variant per documented answer; errors are `ApiError`s.
        #[derive(Debug)]
        pub enum Response {
            /// 200 application/json: The file in the store.
            Ok(types::VectorStoreFileObject),
        }
        impl IntoResponse for Response {
            fn into_response(self) -> axum::response::Response {
                match self {
                    Self::Ok(body) => json(200u16, &body),
                }
            }
        }
        impl Operation for Request {
            type Response = Response;
            fn info() -> &'static OperationInfo {
                &INFO
            }
            fn set_headers(&mut self, headers: http::HeaderMap) {
                self.headers = headers;
            }
        }
    }
    /// `GET /v1/vector_stores/{vector_store_id}/files/{file_id}`: Retrieve a file of a vector store
    pub mod get_vector_store_file {
        use crate::support::*;
        #[allow(unused_imports)]
        use crate::types;
        use axum::response::IntoResponse;
        pub static INFO: OperationInfo = OperationInfo {
            id: "getVectorStoreFile",
            method: "GET",
            path: "/v1/vector_stores/{vector_store_id}/files/{file_id}",
            tag: "vector_stores",
            scopes: Some(&["vector_stores:read"]),
            params: &[
                ParamInfo {
                    name: "vector_store_id",
                    location: Location::Path,
                    ty: ParamType::String,
                    default: None,
                },
                ParamInfo {
                    name: "file_id",
                    location: Location::Path,
                    ty: ParamType::String,
                    default: None,
                },
            ],
            body: BodyInfo::None,
            form: None,
            errors: &[400u16, 401u16, 403u16, 404u16, 429u16, 500u16, 503u16],
            schemas: &crate::SCHEMAS,
        };
        /// The request, decoded and validated against the spec.
        #[derive(serde::Deserialize)]
        pub struct Request {
            /// `vector_store_id` (path): The vector store id (`vs_...`).
            #[serde(rename = "vector_store_id")]
            pub vector_store_id: String,
            /// `file_id` (path): The file id (`file-...`).
            #[serde(rename = "file_id")]
            pub file_id: String,
            /// Every request header.
            #[serde(skip)]
            pub headers: http::HeaderMap,
        }
        /// One variant per documented answer; errors are `ApiError`s.
        #[derive(Debug)]
        pub enum Response {
            /// 200 application/json: The file in the store.
            Ok(types::VectorStoreFileObject),
        }
        impl IntoResponse for Response {
            fn into_response(self) -> axum::response::Response {
                match self {
                    Self::Ok(body) => json(200u16, &body),
                }
            }
        }
        impl Operation for Request {
            type Response = Response;
            fn info() -> &'static OperationInfo {
                &INFO
            }
            fn set_headers(&mut self, headers: http::HeaderMap) {
                self.headers = headers;
            }
        }
    }
    /// `POST /v1/vector_stores/{vector_store_id}/files/{file_id}`: Update a vector store file's attributes
    pub mod update_vector_store_file_attributes {
        use crate::support::*;
        #[allow(unused_imports)]
        use crate::types;
        use axum::response::IntoResponse;
        pub static INFO: OperationInfo = OperationInfo {
            id: "updateVectorStoreFileAttributes",
            method: "POST",
            path: "/v1/vector_stores/{vector_store_id}/files/{file_id}",
            tag: "vector_stores",
            scopes: Some(&["vector_stores:write"]),
            params: &[
                ParamInfo {
                    name: "vector_store_id",
                    location: Location::Path,
                    ty: ParamType::String,
                    default: None,
                },
                ParamInfo {
                    name: "file_id",
                    location: Location::Path,
                    ty: ParamType::String,
                    default: None,
                },
            ],
            body: BodyInfo::Required,
            form: None,
            errors: &[
                400u16, 401u16, 403u16, 404u16, 413u16, 415u16, 429u16, 500u16, 503u16,
            ],
            schemas: &crate::SCHEMAS,
        };
        /// The request, decoded and validated against the spec.
        #[derive(serde::Deserialize)]
        pub struct Request {
            /// `vector_store_id` (path): The vector store id (`vs_...`).
            #[serde(rename = "vector_store_id")]
            pub vector_store_id: String,
            /// `file_id` (path): The file id (`file-...`).
            #[serde(rename = "file_id")]
            pub file_id: String,
            /// The JSON body, validated against the spec.
            pub body: types::UpdateVectorStoreFileAttributesRequest,
            /// Every request header.
            #[serde(skip)]
            pub headers: http::HeaderMap,
        }
        /// One variant per documented answer; errors are `ApiError`s.
        #[derive(Debug)]
        pub enum Response {
            /// 200 application/json: The file with its new attributes.
            Ok(types::VectorStoreFileObject),
        }
        impl IntoResponse for Response {
            fn into_response(self) -> axum::response::Response {
                match self {
                    Self::Ok(body) => json(200u16, &body),
                }
            }
        }
        impl Operation for Request {
            type Response = Response;
            fn info() -> &'static OperationInfo {
                &INFO
            }
            fn set_headers(&mut self, headers: http::HeaderMap) {
                self.headers = headers;
            }
        }
    }
    /// `DELETE /v1/vector_stores/{vector_store_id}/files/{file_id}`: Remove a file from a vector store
    pub mod delete_vector_store_file {
        use crate::support::*;
        #[allow(unused_imports)]
        use crate::types;
        use axum::response::IntoResponse;
        pub static INFO: OperationInfo = OperationInfo {
            id: "deleteVectorStoreFile",
            method: "DELETE",
            path: "/v1/vector_stores/{vector_store_id}/files/{file_id}",
            tag: "vector_stores",
            scopes: Some(&["vector_stores:write"]),
            params: &[
                ParamInfo {
                    name: "vector_store_id",
                    location: Location::Path,
                    ty: ParamType::String,
                    default: None,
                },
                ParamInfo {
                    name: "file_id",
                    location: Location::Path,
                    ty: ParamType::String,
                    default: None,
                },
            ],
            body: BodyInfo::None,
            form: None,
            errors: &[400u16, 401u16, 403u16, 404u16, 429u16, 500u16, 503u16],
            schemas: &crate::SCHEMAS,
        };
        /// The request, decoded and validated against the spec.
        #[derive(serde::Deserialize)]
        pub struct Request {
            /// `vector_store_id` (path): The vector store id (`vs_...`).
            #[serde(rename = "vector_store_id")]
            pub vector_store_id: String,
            /// `file_id` (path): The file id (`file-...`).
            #[serde(rename = "file_id")]
            pub file_id: String,
            /// Every request header.
            #[serde(skip)]
            pub headers: http::HeaderMap,
        }
        /// One variant per documented answer; errors are `ApiError`s.
        #[derive(Debug)]
        pub enum Response {
            /// 200 application/json: The file is no longer in the store.
            Ok(types::DeleteVectorStoreFileResponse),
        }
        impl IntoResponse for Response {
            fn into_response(self) -> axum::response::Response {
                match self {
                    Self::Ok(body) => json(200u16, &body),
                }
            }
        }
        impl Operation for Request {
            type Response = Response;
            fn info() -> &'static OperationInfo {
                &INFO
            }
            fn set_headers(&mut self, headers: http::HeaderMap) {
                self.headers = headers;
            }
        }
    }
    /// `GET /v1/vector_stores/{vector_store_id}/files/{file_id}/content`: Retrieve a vector store file's parsed content
    pub mod retrieve_vector_store_file_content {
        use crate::support::*;
        #[allow(unused_imports)]
        use crate::types;
        use axum::response::IntoResponse;
        pub static INFO: OperationInfo = OperationInfo {
            id: "retrieveVectorStoreFileContent",
            method: "GET",
            path: "/v1/vector_stores/{vector_store_id}/files/{file_id}/content",
            tag: "vector_stores",
            scopes: Some(&["vector_stores:read"]),
            params: &[
                ParamInfo {
                    name: "vector_store_id",
                    location: Location::Path,
                    ty: ParamType::String,
                    default: None,
                },
                ParamInfo {
                    name: "file_id",
                    location: Location::Path,
                    ty: ParamType::String,
                    default: None,
                },
            ],
            body: BodyInfo::None,
            form: None,
            errors: &[400u16, 401u16, 403u16, 404u16, 429u16, 500u16, 503u16],
            schemas: &crate::SCHEMAS,
        };
        /// The request, decoded and validated against the spec.
        #[derive(serde::Deserialize)]
        pub struct Request {
            /// `vector_store_id` (path): The vector store id (`vs_...`).
            #[serde(rename = "vector_store_id")]
            pub vector_store_id: String,
            /// `file_id` (path): The file id (`file-...`).
            #[serde(rename = "file_id")]
            pub file_id: String,
            /// Every request header.
            #[serde(skip)]
            pub headers: http::HeaderMap,
        }
        /// One variant per documented answer; errors are `ApiError`s.
        #[derive(Debug)]
        pub enum Response {
            /// 200 application/json: The file's text.
            Ok(types::VectorStoreFileContentResponse),
        }
        impl IntoResponse for Response {
            fn into_response(self) -> axum::response::Response {
                match self {
                    Self::Ok(body) => json(200u16, &body),
                }
            }
        }
        impl Operation for Request {
            type Response = Response;
            fn info() -> &'static OperationInfo {
                &INFO
            }
            fn set_headers(&mut self, headers: http::HeaderMap) {
                self.headers = headers;
            }
        }
    }
    /// `POST /v1/vector_stores/{vector_store_id}/file_batches`: Add files to a vector store in one batch
    pub mod create_vector_store_file_batch {
        use crate::support::*;
        #[allow(unused_imports)]
        use crate::types;
        use axum::response::IntoResponse;
        pub static INFO: OperationInfo = OperationInfo {
            id: "createVectorStoreFileBatch",
            method: "POST",
            path: "/v1/vector_stores/{vector_store_id}/file_batches",
            tag: "vector_stores",
            scopes: Some(&["vector_stores:write"]),
            params: &[ParamInfo {
                name: "vector_store_id",
                location: Location::Path,
                ty: ParamType::String,
                default: None,
            }],
            body: BodyInfo::Required,
            form: None,
            errors: &[
                400u16, 401u16, 403u16, 404u16, 409u16, 413u16, 415u16, 422u16, 429u16, 500u16,
                503u16,
            ],
            schemas: &crate::SCHEMAS,
        };
        /// The request, decoded and validated against the spec.
        #[derive(serde::Deserialize)]
        pub struct Request {
            /// `vector_store_id` (path): The vector store id (`vs_...`).
            #[serde(rename = "vector_store_id")]
            pub vector_store_id: String,
            /// The JSON body, validated against the spec.
            pub body: types::CreateVectorStoreFileBatchRequest,
            /// Every request header.
            #[serde(skip)]
            pub headers: http::HeaderMap,
        }
        /// One variant per documented answer; errors are `ApiError`s.
        #[derive(Debug)]
        pub enum Response {
            /// 200 application/json: The batch, `in_progress`.
            Ok(types::VectorStoreFileBatchObject),
        }
        impl IntoResponse for Response {
            fn into_response(self) -> axum::response::Response {
                match self {
                    Self::Ok(body) => json(200u16, &body),
                }
            }
        }
        impl Operation for Request {
            type Response = Response;
            fn info() -> &'static OperationInfo {
                &INFO
            }
            fn set_headers(&mut self, headers: http::HeaderMap) {
                self.headers = headers;
            }
        }
    }
    /// `GET /v1/vector_stores/{vector_store_id}/file_batches/{batch_id}`: Retrieve a vector store file batch
    pub mod get_vector_store_file_batch {
        use crate::support::*;
        #[allow(unused_imports)]
        use crate::types;
        use axum::response::IntoResponse;
        pub static INFO: OperationInfo = OperationInfo {
            id: "getVectorStoreFileBatch",
            method: "GET",
            path: "/v1/vector_stores/{vector_store_id}/file_batches/{batch_id}",
            tag: "vector_stores",
            scopes: Some(&["vector_stores:read"]),
            params: &[
                ParamInfo {
                    name: "vector_store_id",
                    location: Location::Path,
                    ty: ParamType::String,
                    default: None,
                },
                ParamInfo {
                    name: "batch_id",
                    location: Location::Path,
                    ty: ParamType::String,
                    default: None,
                },
            ],
            body: BodyInfo::None,
            form: None,
            errors: &[400u16, 401u16, 403u16, 404u16, 429u16, 500u16, 503u16],
            schemas: &crate::SCHEMAS,
        };
        /// The request, decoded and validated against the spec.
        #[derive(serde::Deserialize)]
        pub struct Request {
            /// `vector_store_id` (path): The vector store id (`vs_...`).
            #[serde(rename = "vector_store_id")]
            pub vector_store_id: String,
            /// `batch_id` (path): The file batch id (`vsfb_...`).
            #[serde(rename = "batch_id")]
            pub batch_id: String,
            /// Every request header.
            #[serde(skip)]
            pub headers: http::HeaderMap,
        }
        /// One variant per documented answer; errors are `ApiError`s.
        #[derive(Debug)]
        pub enum Response {
            /// 200 application/json: The batch, with its files' counts.
            Ok(types::VectorStoreFileBatchObject),
        }
        impl IntoResponse for Response {
            fn into_response(self) -> axum::response::Response {
                match self {
                    Self::Ok(body) => json(200u16, &body),
                }
            }
        }
        impl Operation for Request {
            type Response = Response;
            fn info() -> &'static OperationInfo {
                &INFO
            }
            fn set_headers(&mut self, headers: http::HeaderMap) {
                self.headers = headers;
            }
        }
    }
    /// `POST /v1/vector_stores/{vector_store_id}/file_batches/{batch_id}/cancel`: Cancel a vector store file batch
    pub mod cancel_vector_store_file_batch {
        use crate::support::*;
        #[allow(unused_imports)]
        use crate::types;
        use axum::response::IntoResponse;
        pub static INFO: OperationInfo = OperationInfo {
            id: "cancelVectorStoreFileBatch",
            method: "POST",
            path: "/v1/vector_stores/{vector_store_id}/file_batches/{batch_id}/cancel",
            tag: "vector_stores",
            scopes: Some(&["vector_stores:write"]),
            params: &[
                ParamInfo {
                    name: "vector_store_id",
                    location: Location::Path,
                    ty: ParamType::String,
                    default: None,
                },
                ParamInfo {
                    name: "batch_id",
                    location: Location::Path,
                    ty: ParamType::String,
                    default: None,
                },
            ],
            body: BodyInfo::None,
            form: None,
            errors: &[400u16, 401u16, 403u16, 404u16, 429u16, 500u16, 503u16],
            schemas: &crate::SCHEMAS,
        };
        /// The request, decoded and validated against the spec.
        #[derive(serde::Deserialize)]
        pub struct Request {
            /// `vector_store_id` (path): The vector store id (`vs_...`).
            #[serde(rename = "vector_store_id")]
            pub vector_store_id: String,
            /// `batch_id` (path): The file batch id (`vsfb_...`).
            #[serde(rename = "batch_id")]
            pub batch_id: String,
            /// Every request header.
            #[serde(skip)]
            pub headers: http::HeaderMap,
        }
        /// One variant per documented answer; errors are `ApiError`s.
        #[derive(Debug)]
        pub enum Response {
            /// 200 application/json: The batch, `cancelled` unless all its files were processed.
            Ok(types::VectorStoreFileBatchObject),
        }
        impl IntoResponse for Response {
            fn into_response(self) -> axum::response::Response {
                match self {
                    Self::Ok(body) => json(200u16, &body),
                }
            }
        }
        impl Operation for Request {
            type Response = Response;
            fn info() -> &'static OperationInfo {
                &INFO
            }
            fn set_headers(&mut self, headers: http::HeaderMap) {
                self.headers = headers;
            }
        }
    }
    /// `GET /v1/vector_stores/{vector_store_id}/file_batches/{batch_id}/files`: List the files of a vector store file batch
    pub mod list_files_in_vector_store_batch {
        use crate::support::*;
        #[allow(unused_imports)]
        use crate::types;
        use axum::response::IntoResponse;
        pub static INFO: OperationInfo = OperationInfo {
            id: "listFilesInVectorStoreBatch",
            method: "GET",
            path: "/v1/vector_stores/{vector_store_id}/file_batches/{batch_id}/files",
            tag: "vector_stores",
            scopes: Some(&["vector_stores:read"]),
            params: &[
                ParamInfo {
                    name: "vector_store_id",
                    location: Location::Path,
                    ty: ParamType::String,
                    default: None,
                },
                ParamInfo {
                    name: "batch_id",
                    location: Location::Path,
                    ty: ParamType::String,
                    default: None,
                },
                ParamInfo {
                    name: "limit",
                    location: Location::Query,
                    ty: ParamType::Integer,
                    default: Some("20"),
                },
                ParamInfo {
                    name: "order",
                    location: Location::Query,
                    ty: ParamType::String,
                    default: Some("\"desc\""),
                },
                ParamInfo {
                    name: "after",
                    location: Location::Query,
                    ty: ParamType::String,
                    default: None,
                },
                ParamInfo {
                    name: "before",
                    location: Location::Query,
                    ty: ParamType::String,
                    default: None,
                },
                ParamInfo {
                    name: "filter",
                    location: Location::Query,
                    ty: ParamType::String,
                    default: None,
                },
            ],
            body: BodyInfo::None,
            form: None,
            errors: &[400u16, 401u16, 403u16, 404u16, 429u16, 500u16, 503u16],
            schemas: &crate::SCHEMAS,
        };
        /// The request, decoded and validated against the spec.
        #[derive(serde::Deserialize)]
        pub struct Request {
            /// `vector_store_id` (path): The vector store id (`vs_...`).
            #[serde(rename = "vector_store_id")]
            pub vector_store_id: String,
            /// `batch_id` (path): The file batch id (`vsfb_...`).
            #[serde(rename = "batch_id")]
            pub batch_id: String,
            /// `limit` (query): Items per page.
            #[serde(rename = "limit")]
            pub limit: i64,
            /// `order` (query): `asc` (oldest first) or `desc` (newest first, the default).
            #[serde(rename = "order")]
            pub order: String,
            /// `after` (query): An item id; the page starts after it.
            #[serde(rename = "after")]
            pub after: Option<String>,
            /// `before` (query): An item id; the page ends before it.
            #[serde(rename = "before")]
            pub before: Option<String>,
            /// `filter` (query): Only files with this status.
            #[serde(rename = "filter")]
            pub filter: Option<String>,
            /// Every request header.
            #[serde(skip)]
            pub headers: http::HeaderMap,
        }
        /// One variant per documented answer; errors are `ApiError`s.
        #[derive(Debug)]
        pub enum Response {
            /// 200 application/json: One page of the batch's files.
            Ok(types::ListVectorStoreFilesResponse),
        }
        impl IntoResponse for Response {
            fn into_response(self) -> axum::response::Response {
                match self {
                    Self::Ok(body) => json(200u16, &body),
                }
            }
        }
        impl Operation for Request {
            type Response = Response;
            fn info() -> &'static OperationInfo {
                &INFO
            }
            fn set_headers(&mut self, headers: http::HeaderMap) {
                self.headers = headers;
            }
        }
    }
    /// `POST /v1/vector_stores/{vector_store_id}/search`: Search a vector store
    pub mod search_vector_store {
        use crate::support::*;
        #[allow(unused_imports)]
        use crate::types;
        use axum::response::IntoResponse;
        pub static INFO: OperationInfo = OperationInfo {
            id: "searchVectorStore",
            method: "POST",
            path: "/v1/vector_stores/{vector_store_id}/search",
            tag: "vector_stores",
            scopes: Some(&["vector_stores:read"]),
            params: &[ParamInfo {
                name: "vector_store_id",
                location: Location::Path,
                ty: ParamType::String,
                default: None,
            }],
            body: BodyInfo::Required,
            form: None,
            errors: &[
                400u16, 401u16, 403u16, 404u16, 409u16, 413u16, 415u16, 422u16, 429u16, 500u16,
                502u16, 503u16, 504u16,
            ],
            schemas: &crate::SCHEMAS,
        };
        /// The request, decoded and validated against the spec.
        #[derive(serde::Deserialize)]
        pub struct Request {
            /// `vector_store_id` (path): The vector store id (`vs_...`).
            #[serde(rename = "vector_store_id")]
            pub vector_store_id: String,
            /// The JSON body, validated against the spec.
            pub body: types::VectorStoreSearchRequest,
            /// Every request header.
            #[serde(skip)]
            pub headers: http::HeaderMap,
        }
        /// One variant per documented answer; errors are `ApiError`s.
        #[derive(Debug)]
        pub enum Response {
            /// 200 application/json: The best chunks, best first.
            Ok(types::VectorStoreSearchResultsPage),
        }
        impl IntoResponse for Response {
            fn into_response(self) -> axum::response::Response {
                match self {
                    Self::Ok(body) => json(200u16, &body),
                }
            }
        }
        impl Operation for Request {
            type Response = Response;
            fn info() -> &'static OperationInfo {
                &INFO
            }
            fn set_headers(&mut self, headers: http::HeaderMap) {
                self.headers = headers;
            }
        }
    }
}
/// `system`: Liveness, readiness and metrics (public).
pub trait System: Send + Sync + 'static {
    /// `GET /healthz`: Liveness probe
    ///
    /// Answers as long as the process serves HTTP, whatever its dependencies are doing.
    fn get_health(
        &self,
        request: operations::get_health::Request,
    ) -> impl Future<Output = Result<operations::get_health::Response, ApiError>> + Send;
    /// `GET /readyz`: Readiness probe with per-dependency checks
    ///
    /// 200 when every engine and the storage are usable, 503 otherwise; the body lists each check.
    fn get_readiness(
        &self,
        request: operations::get_readiness::Request,
    ) -> impl Future<Output = Result<operations::get_readiness::Response, ApiError>> + Send;
    /// `GET /metrics`: Prometheus metrics
    ///
    /// Request counts and latency histograms by route and status, in the Prometheus text format.
    fn get_metrics(
        &self,
        request: operations::get_metrics::Request,
    ) -> impl Future<Output = Result<operations::get_metrics::Response, ApiError>> + Send;
}
/// `models`: The models this server serves.
pub trait Models: Authenticate {
    /// `GET /v1/models`: List the models this server serves
    fn list_models(
        &self,
        principal: Self::Principal,
        request: operations::list_models::Request,
    ) -> impl Future<Output = Result<operations::list_models::Response, ApiError>> + Send;
    /// `GET /v1/models/{model}`: Retrieve one model
    fn retrieve_model(
        &self,
        principal: Self::Principal,
        request: operations::retrieve_model::Request,
    ) -> impl Future<Output = Result<operations::retrieve_model::Response, ApiError>> + Send;
}
/// `responses`: OpenAI Responses API, with stored responses and background runs.
pub trait Responses: Authenticate {
    /// `POST /v1/responses`: Create a model response
    ///
    /// Generates a response for `input`, after the context of `previous_response_id` or
    /// `conversation`. The output is a message, or function calls when `tools` are given (their
    /// arguments always follow the function's `parameters`); with `text.format` `json_schema` the
    /// message is JSON that follows the schema. With a `file_search` tool the output starts with
    /// a `file_search_call` item and the message's `output_text` carries `file_citation`
    /// annotations (needs the `vector_stores:read` scope too). The response is stored unless
    /// `store: false`.
    ///
    /// With `stream: true` the answer is a `text/event-stream` of `ResponseStreamEvent` frames:
    /// `response.created`, `response.in_progress`, then per output item
    /// `response.output_item.added`, for a message `response.content_part.added`,
    /// `response.output_text.delta`*, `response.output_text.done`, `response.content_part.done`,
    /// for a function call `response.function_call_arguments.delta`*,
    /// `response.function_call_arguments.done`, for a file search
    /// `response.file_search_call.in_progress`, `.searching`, `.completed`, then
    /// `response.output_item.done` (a message's citations come as
    /// `response.output_text.annotation.added` before its `response.output_text.done`); last
    /// `response.completed` (or `response.incomplete`, `response.failed`). Each frame has an
    /// increasing `sequence_number`. With `background: true` the answer is the `queued` response
    /// (or, streamed, its events from `response.queued` on).
    fn create_response(
        &self,
        principal: Self::Principal,
        request: operations::create_response::Request,
    ) -> impl Future<Output = Result<operations::create_response::Response, ApiError>> + Send;
    /// `POST /v1/responses/input_tokens`: Count the input tokens of a response request
    ///
    /// The number of tokens the model would read for this request: its context (from
    /// `previous_response_id` or `conversation`), instructions, tools and input, as rendered for
    /// the model. Nothing is generated or stored.
    fn count_response_input_tokens(
        &self,
        principal: Self::Principal,
        request: operations::count_response_input_tokens::Request,
    ) -> impl Future<Output = Result<operations::count_response_input_tokens::Response, ApiError>> + Send;
    /// `GET /v1/responses/{response_id}`: Retrieve a stored response
    ///
    /// The stored response, as it is now (a background response may still be `queued` or
    /// `in_progress`). With `stream=true` (background responses only) the answer is its event
    /// stream, from the start or after `starting_after`, following it live until it ends.
    fn get_response(
        &self,
        principal: Self::Principal,
        request: operations::get_response::Request,
    ) -> impl Future<Output = Result<operations::get_response::Response, ApiError>> + Send;
    /// `DELETE /v1/responses/{response_id}`: Delete a stored response
    ///
    /// Deletes the response and the items only it holds (items also in a conversation stay
    /// there). A background response still running is cancelled first.
    fn delete_response(
        &self,
        principal: Self::Principal,
        request: operations::delete_response::Request,
    ) -> impl Future<Output = Result<operations::delete_response::Response, ApiError>> + Send;
    /// `POST /v1/responses/{response_id}/cancel`: Cancel a background response
    ///
    /// Stops a `queued` or `in_progress` background response: it ends `cancelled`, and its
    /// streams end. A response that already ended is returned as it is; one not created with
    /// `background: true` answers 400.
    fn cancel_response(
        &self,
        principal: Self::Principal,
        request: operations::cancel_response::Request,
    ) -> impl Future<Output = Result<operations::cancel_response::Response, ApiError>> + Send;
    /// `GET /v1/responses/{response_id}/input_items`: List a stored response's input items
    ///
    /// The items the request itself added (its `input`); the context carried over by
    /// `previous_response_id` or a conversation is listed with the response or conversation it
    /// came from.
    fn list_response_input_items(
        &self,
        principal: Self::Principal,
        request: operations::list_response_input_items::Request,
    ) -> impl Future<Output = Result<operations::list_response_input_items::Response, ApiError>> + Send;
}
/// `conversations`: OpenAI Conversations API (items kept across responses).
pub trait Conversations: Authenticate {
    /// `POST /v1/conversations`: Create a conversation
    ///
    /// A conversation holds items (messages, function calls and their outputs) across
    /// responses: a response created with `conversation` reads them first and adds its input
    /// and output.
    fn create_conversation(
        &self,
        principal: Self::Principal,
        request: operations::create_conversation::Request,
    ) -> impl Future<Output = Result<operations::create_conversation::Response, ApiError>> + Send;
    /// `GET /v1/conversations/{conversation_id}`: Retrieve a conversation
    fn get_conversation(
        &self,
        principal: Self::Principal,
        request: operations::get_conversation::Request,
    ) -> impl Future<Output = Result<operations::get_conversation::Response, ApiError>> + Send;
    /// `POST /v1/conversations/{conversation_id}`: Replace a conversation's metadata
    fn update_conversation(
        &self,
        principal: Self::Principal,
        request: operations::update_conversation::Request,
    ) -> impl Future<Output = Result<operations::update_conversation::Response, ApiError>> + Send;
    /// `DELETE /v1/conversations/{conversation_id}`: Delete a conversation and its items
    ///
    /// Deletes the conversation and the items only it holds; responses that belonged to it
    /// stay (with their own references to their items).
    fn delete_conversation(
        &self,
        principal: Self::Principal,
        request: operations::delete_conversation::Request,
    ) -> impl Future<Output = Result<operations::delete_conversation::Response, ApiError>> + Send;
    /// `GET /v1/conversations/{conversation_id}/items`: List a conversation's items
    fn list_conversation_items(
        &self,
        principal: Self::Principal,
        request: operations::list_conversation_items::Request,
    ) -> impl Future<Output = Result<operations::list_conversation_items::Response, ApiError>> + Send;
    /// `POST /v1/conversations/{conversation_id}/items`: Add items to a conversation
    fn create_conversation_items(
        &self,
        principal: Self::Principal,
        request: operations::create_conversation_items::Request,
    ) -> impl Future<Output = Result<operations::create_conversation_items::Response, ApiError>> + Send;
    /// `GET /v1/conversations/{conversation_id}/items/{item_id}`: Retrieve one item of a conversation
    fn get_conversation_item(
        &self,
        principal: Self::Principal,
        request: operations::get_conversation_item::Request,
    ) -> impl Future<Output = Result<operations::get_conversation_item::Response, ApiError>> + Send;
    /// `DELETE /v1/conversations/{conversation_id}/items/{item_id}`: Remove an item from a conversation
    fn delete_conversation_item(
        &self,
        principal: Self::Principal,
        request: operations::delete_conversation_item::Request,
    ) -> impl Future<Output = Result<operations::delete_conversation_item::Response, ApiError>> + Send;
}
/// `chat`: OpenAI Chat Completions API.
pub trait Chat: Authenticate {
    /// `POST /v1/chat/completions`: Create a chat completion
    ///
    /// Generates the assistant's next message. With `stream: true` the answer is a `text/event-stream` of
    /// `chat.completion.chunk` frames ending with `data: [DONE]`; with `stream_options.include_usage` a
    /// last chunk with `choices: []` carries the usage.
    fn create_chat_completion(
        &self,
        principal: Self::Principal,
        request: operations::create_chat_completion::Request,
    ) -> impl Future<Output = Result<operations::create_chat_completion::Response, ApiError>> + Send;
}
/// `embeddings`: OpenAI Embeddings API.
pub trait Embeddings: Authenticate {
    /// `POST /v1/embeddings`: Create embeddings
    ///
    /// Embeds a string, an array of strings, an array of token ids or an array of token-id arrays.
    /// `encoding_format: base64` (the Python SDK's default) returns little-endian float32 bytes.
    fn create_embedding(
        &self,
        principal: Self::Principal,
        request: operations::create_embedding::Request,
    ) -> impl Future<Output = Result<operations::create_embedding::Response, ApiError>> + Send;
}
/// `dreams`: LUKHAS multi-step generation traces.
pub trait Dreams: Authenticate {
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
    ) -> impl Future<Output = Result<operations::create_dream::Response, ApiError>> + Send;
}
/// `indexes`: LUKHAS persistent vector memory.
pub trait Indexes: Authenticate {
    /// `GET /v1/indexes`: List your vector indexes
    ///
    /// Indexes of the caller's tenant, oldest first, paginated with `limit` and `after`.
    fn list_indexes(
        &self,
        principal: Self::Principal,
        request: operations::list_indexes::Request,
    ) -> impl Future<Output = Result<operations::list_indexes::Response, ApiError>> + Send;
    /// `POST /v1/indexes`: Create a vector index
    ///
    /// Names are unique per tenant. With `dimension` null the first insert fixes it.
    fn create_index(
        &self,
        principal: Self::Principal,
        request: operations::create_index::Request,
    ) -> impl Future<Output = Result<operations::create_index::Response, ApiError>> + Send;
    /// `GET /v1/indexes/{index_id}`: Retrieve a vector index
    fn get_index(
        &self,
        principal: Self::Principal,
        request: operations::get_index::Request,
    ) -> impl Future<Output = Result<operations::get_index::Response, ApiError>> + Send;
    /// `DELETE /v1/indexes/{index_id}`: Delete a vector index and all its vectors
    fn delete_index(
        &self,
        principal: Self::Principal,
        request: operations::delete_index::Request,
    ) -> impl Future<Output = Result<operations::delete_index::Response, ApiError>> + Send;
    /// `POST /v1/indexes/{index_id}/vectors`: Add or replace vectors
    ///
    /// Each item carries either `vector` or `text` (embedded with the index's `embedding_model`). An item
    /// whose id exists replaces it. The write is durable when the answer arrives. Every vector must have
    /// the index's dimension (the first write fixes it when the index has none): otherwise 409.
    fn upsert_vectors(
        &self,
        principal: Self::Principal,
        request: operations::upsert_vectors::Request,
    ) -> impl Future<Output = Result<operations::upsert_vectors::Response, ApiError>> + Send;
    /// `DELETE /v1/indexes/{index_id}/vectors/{vector_id}`: Delete one vector
    fn delete_vector(
        &self,
        principal: Self::Principal,
        request: operations::delete_vector::Request,
    ) -> impl Future<Output = Result<operations::delete_vector::Response, ApiError>> + Send;
    /// `POST /v1/indexes/{index_id}/search`: Find the nearest vectors, the best text matches, or both
    ///
    /// `mode: vector` (the default): k-nearest-neighbour search by `vector` or by `text` (embedded with
    /// the index's model), exact on small indexes and through the index's HNSW graph past
    /// `storage.ann_min_vectors` vectors (docs/indexes.md); `score` is the cosine similarity (angular),
    /// the dot product (dot) or the negated Euclidean distance (euclidean), so higher is always closer.
    /// `mode: text`: BM25 full-text search of the stored texts by `text`; `score` is the BM25 score.
    /// `mode: hybrid`: both, by `text`, fused by reciprocal rank fusion with `weights`; `score` is the
    /// fused score. Every mode can be restricted to vectors whose metadata equals every pair in
    /// `filter`. Results are best first.
    fn search_index(
        &self,
        principal: Self::Principal,
        request: operations::search_index::Request,
    ) -> impl Future<Output = Result<operations::search_index::Response, ApiError>> + Send;
}
/// `files`: OpenAI Files API (uploads stored durably on the server's disk).
pub trait Files: Authenticate {
    /// `GET /v1/files`: List your files
    ///
    /// Files of the caller's tenant, newest first by default, paginated with `limit` and `after`.
    fn list_files(
        &self,
        principal: Self::Principal,
        request: operations::list_files::Request,
    ) -> impl Future<Output = Result<operations::list_files::Response, ApiError>> + Send;
    /// `POST /v1/files`: Upload a file
    ///
    /// A `multipart/form-data` upload of one file (`file`) with its `purpose`, stored durably before the answer (up to `server.max_upload_bytes`). With `expires_after` the file is deleted that many seconds after its creation.
    fn create_file(
        &self,
        principal: Self::Principal,
        request: operations::create_file::Request,
    ) -> impl Future<Output = Result<operations::create_file::Response, ApiError>> + Send;
    /// `GET /v1/files/{file_id}`: Retrieve a file's metadata
    fn retrieve_file(
        &self,
        principal: Self::Principal,
        request: operations::retrieve_file::Request,
    ) -> impl Future<Output = Result<operations::retrieve_file::Response, ApiError>> + Send;
    /// `DELETE /v1/files/{file_id}`: Delete a file
    fn delete_file(
        &self,
        principal: Self::Principal,
        request: operations::delete_file::Request,
    ) -> impl Future<Output = Result<operations::delete_file::Response, ApiError>> + Send;
    /// `GET /v1/files/{file_id}/content`: Download a file's content
    ///
    /// The bytes as uploaded.
    fn download_file(
        &self,
        principal: Self::Principal,
        request: operations::download_file::Request,
    ) -> impl Future<Output = Result<operations::download_file::Response, ApiError>> + Send;
}
/// `vector_stores`: OpenAI Vector stores API (files chunked and embedded into an index, searched by meaning and text).
pub trait VectorStores: Authenticate {
    /// `GET /v1/vector_stores`: List your vector stores
    ///
    /// Vector stores of the caller's tenant, newest first by default, paged with `limit` and `after` or `before`.
    fn list_vector_stores(
        &self,
        principal: Self::Principal,
        request: operations::list_vector_stores::Request,
    ) -> impl Future<Output = Result<operations::list_vector_stores::Response, ApiError>> + Send;
    /// `POST /v1/vector_stores`: Create a vector store
    ///
    /// A store of chunked, embedded files for `file_search` and `search`, on an index of the default embedding model. `file_ids` are added at once and processed in the background (the store's `file_counts` and each file's `status` show progress).
    fn create_vector_store(
        &self,
        principal: Self::Principal,
        request: operations::create_vector_store::Request,
    ) -> impl Future<Output = Result<operations::create_vector_store::Response, ApiError>> + Send;
    /// `GET /v1/vector_stores/{vector_store_id}`: Retrieve a vector store
    fn get_vector_store(
        &self,
        principal: Self::Principal,
        request: operations::get_vector_store::Request,
    ) -> impl Future<Output = Result<operations::get_vector_store::Response, ApiError>> + Send;
    /// `POST /v1/vector_stores/{vector_store_id}`: Modify a vector store
    ///
    /// Changes the fields given: `name`, `expires_after` (null removes the expiry), `metadata` (replaced whole).
    fn modify_vector_store(
        &self,
        principal: Self::Principal,
        request: operations::modify_vector_store::Request,
    ) -> impl Future<Output = Result<operations::modify_vector_store::Response, ApiError>> + Send;
    /// `DELETE /v1/vector_stores/{vector_store_id}`: Delete a vector store
    ///
    /// Deletes the store and its chunks; the files themselves stay.
    fn delete_vector_store(
        &self,
        principal: Self::Principal,
        request: operations::delete_vector_store::Request,
    ) -> impl Future<Output = Result<operations::delete_vector_store::Response, ApiError>> + Send;
    /// `GET /v1/vector_stores/{vector_store_id}/files`: List the files of a vector store
    ///
    /// Files in the store ordered by file id (upload time), newest first by default, optionally only those with `filter` status.
    fn list_vector_store_files(
        &self,
        principal: Self::Principal,
        request: operations::list_vector_store_files::Request,
    ) -> impl Future<Output = Result<operations::list_vector_store_files::Response, ApiError>> + Send;
    /// `POST /v1/vector_stores/{vector_store_id}/files`: Add a file to a vector store
    ///
    /// The file's text (plain text or Markdown, UTF-8; PDF text) is extracted, chunked by `chunking_strategy` and embedded in the background: the answer has `status: in_progress`, and the file moves to `completed`, or `failed` with `last_error`. Processing survives a restart. Adding a file already in the store answers the file as it is.
    fn create_vector_store_file(
        &self,
        principal: Self::Principal,
        request: operations::create_vector_store_file::Request,
    ) -> impl Future<Output = Result<operations::create_vector_store_file::Response, ApiError>> + Send;
    /// `GET /v1/vector_stores/{vector_store_id}/files/{file_id}`: Retrieve a file of a vector store
    fn get_vector_store_file(
        &self,
        principal: Self::Principal,
        request: operations::get_vector_store_file::Request,
    ) -> impl Future<Output = Result<operations::get_vector_store_file::Response, ApiError>> + Send;
    /// `POST /v1/vector_stores/{vector_store_id}/files/{file_id}`: Update a vector store file's attributes
    ///
    /// Replaces the file's `attributes` (the pairs searches filter on); its chunks carry the new ones at once (a file still being processed gets them when its chunks are written).
    fn update_vector_store_file_attributes(
        &self,
        principal: Self::Principal,
        request: operations::update_vector_store_file_attributes::Request,
    ) -> impl Future<
        Output = Result<operations::update_vector_store_file_attributes::Response, ApiError>,
    > + Send;
    /// `DELETE /v1/vector_stores/{vector_store_id}/files/{file_id}`: Remove a file from a vector store
    ///
    /// Its chunks leave the store; the file itself stays.
    fn delete_vector_store_file(
        &self,
        principal: Self::Principal,
        request: operations::delete_vector_store_file::Request,
    ) -> impl Future<Output = Result<operations::delete_vector_store_file::Response, ApiError>> + Send;
    /// `GET /v1/vector_stores/{vector_store_id}/files/{file_id}/content`: Retrieve a vector store file's parsed content
    ///
    /// The text extracted from the file (as its chunks were cut from), on one page. A file that is not `completed` has no parsed content yet, or none (it failed): 400 `vector_store_file_not_ready`.
    fn retrieve_vector_store_file_content(
        &self,
        principal: Self::Principal,
        request: operations::retrieve_vector_store_file_content::Request,
    ) -> impl Future<
        Output = Result<operations::retrieve_vector_store_file_content::Response, ApiError>,
    > + Send;
    /// `POST /v1/vector_stores/{vector_store_id}/file_batches`: Add files to a vector store in one batch
    ///
    /// Adds every file of `file_ids` (with the batch's `attributes` and `chunking_strategy`) or of `files` (each with its own), as adding them one by one would, in one transaction: all are added or, when one is missing, none. The batch's `file_counts` and `status` follow its files' processing. A file already in the store is counted as it is.
    fn create_vector_store_file_batch(
        &self,
        principal: Self::Principal,
        request: operations::create_vector_store_file_batch::Request,
    ) -> impl Future<Output = Result<operations::create_vector_store_file_batch::Response, ApiError>>
           + Send;
    /// `GET /v1/vector_stores/{vector_store_id}/file_batches/{batch_id}`: Retrieve a vector store file batch
    fn get_vector_store_file_batch(
        &self,
        principal: Self::Principal,
        request: operations::get_vector_store_file_batch::Request,
    ) -> impl Future<Output = Result<operations::get_vector_store_file_batch::Response, ApiError>> + Send;
    /// `POST /v1/vector_stores/{vector_store_id}/file_batches/{batch_id}/cancel`: Cancel a vector store file batch
    ///
    /// Its files still `in_progress` become `cancelled` (chunks written for them so far are removed); files already processed stay. A batch with nothing left to cancel is answered as it is.
    fn cancel_vector_store_file_batch(
        &self,
        principal: Self::Principal,
        request: operations::cancel_vector_store_file_batch::Request,
    ) -> impl Future<Output = Result<operations::cancel_vector_store_file_batch::Response, ApiError>>
           + Send;
    /// `GET /v1/vector_stores/{vector_store_id}/file_batches/{batch_id}/files`: List the files of a vector store file batch
    ///
    /// The batch's files still in the store, ordered by file id, newest first by default, optionally only those with `filter` status.
    fn list_files_in_vector_store_batch(
        &self,
        principal: Self::Principal,
        request: operations::list_files_in_vector_store_batch::Request,
    ) -> impl Future<Output = Result<operations::list_files_in_vector_store_batch::Response, ApiError>>
           + Send;
    /// `POST /v1/vector_stores/{vector_store_id}/search`: Search a vector store
    ///
    /// The chunks nearest to `query` (each query of a list embedded and searched, the best of each chunk kept), among files whose attributes pass `filters`. `ranking_options.ranker: none` ranks by cosine similarity (`score`, clamped to 0..1); `auto` (the default) and `default-2024-11-15` fuse the similarity ranking with a BM25 full-text ranking of the chunks (reciprocal rank fusion) and `score` is the fused score scaled to 0..1. Results under `score_threshold` are dropped.
    fn search_vector_store(
        &self,
        principal: Self::Principal,
        request: operations::search_vector_store::Request,
    ) -> impl Future<Output = Result<operations::search_vector_store::Response, ApiError>> + Send;
}
/// Everything a server implements: every tag's trait.
pub trait Api:
    Authenticate
    + System
    + Models
    + Responses
    + Conversations
    + Chat
    + Embeddings
    + Dreams
    + Indexes
    + Files
    + VectorStores
{
}
impl<
        T: Authenticate
            + System
            + Models
            + Responses
            + Conversations
            + Chat
            + Embeddings
            + Dreams
            + Indexes
            + Files
            + VectorStores,
    > Api for T
{
}
/// The axum router for `api`: every path and method of the spec, `404` for unknown paths
/// and `405` (with `Allow`) for undeclared methods, all in the OpenAI error envelope.
pub fn router<A: Api>(api: Arc<A>) -> axum::Router {
    let _ = SCHEMAS.compile();
    axum::Router::new()
        .route(
            "/healthz",
            MethodRouter::new()
                .get(get_health::<A>)
                .fallback(|| async { support::method_not_allowed("GET") }),
        )
        .route(
            "/metrics",
            MethodRouter::new()
                .get(get_metrics::<A>)
                .fallback(|| async { support::method_not_allowed("GET") }),
        )
        .route(
            "/readyz",
            MethodRouter::new()
                .get(get_readiness::<A>)
                .fallback(|| async { support::method_not_allowed("GET") }),
        )
        .route(
            "/v1/chat/completions",
            MethodRouter::new()
                .post(create_chat_completion::<A>)
                .fallback(|| async { support::method_not_allowed("POST") }),
        )
        .route(
            "/v1/conversations",
            MethodRouter::new()
                .post(create_conversation::<A>)
                .fallback(|| async { support::method_not_allowed("POST") }),
        )
        .route(
            "/v1/conversations/{conversation_id}",
            MethodRouter::new()
                .get(get_conversation::<A>)
                .post(update_conversation::<A>)
                .delete(delete_conversation::<A>)
                .fallback(|| async { support::method_not_allowed("GET, POST, DELETE") }),
        )
        .route(
            "/v1/conversations/{conversation_id}/items",
            MethodRouter::new()
                .get(list_conversation_items::<A>)
                .post(create_conversation_items::<A>)
                .fallback(|| async { support::method_not_allowed("GET, POST") }),
        )
        .route(
            "/v1/conversations/{conversation_id}/items/{item_id}",
            MethodRouter::new()
                .get(get_conversation_item::<A>)
                .delete(delete_conversation_item::<A>)
                .fallback(|| async { support::method_not_allowed("GET, DELETE") }),
        )
        .route(
            "/v1/dreams",
            MethodRouter::new()
                .post(create_dream::<A>)
                .fallback(|| async { support::method_not_allowed("POST") }),
        )
        .route(
            "/v1/embeddings",
            MethodRouter::new()
                .post(create_embedding::<A>)
                .fallback(|| async { support::method_not_allowed("POST") }),
        )
        .route(
            "/v1/files",
            MethodRouter::new()
                .get(list_files::<A>)
                .post(create_file::<A>)
                .fallback(|| async { support::method_not_allowed("GET, POST") }),
        )
        .route(
            "/v1/files/{file_id}",
            MethodRouter::new()
                .get(retrieve_file::<A>)
                .delete(delete_file::<A>)
                .fallback(|| async { support::method_not_allowed("GET, DELETE") }),
        )
        .route(
            "/v1/files/{file_id}/content",
            MethodRouter::new()
                .get(download_file::<A>)
                .fallback(|| async { support::method_not_allowed("GET") }),
        )
        .route(
            "/v1/indexes",
            MethodRouter::new()
                .get(list_indexes::<A>)
                .post(create_index::<A>)
                .fallback(|| async { support::method_not_allowed("GET, POST") }),
        )
        .route(
            "/v1/indexes/{index_id}",
            MethodRouter::new()
                .get(get_index::<A>)
                .delete(delete_index::<A>)
                .fallback(|| async { support::method_not_allowed("GET, DELETE") }),
        )
        .route(
            "/v1/indexes/{index_id}/search",
            MethodRouter::new()
                .post(search_index::<A>)
                .fallback(|| async { support::method_not_allowed("POST") }),
        )
        .route(
            "/v1/indexes/{index_id}/vectors",
            MethodRouter::new()
                .post(upsert_vectors::<A>)
                .fallback(|| async { support::method_not_allowed("POST") }),
        )
        .route(
            "/v1/indexes/{index_id}/vectors/{vector_id}",
            MethodRouter::new()
                .delete(delete_vector::<A>)
                .fallback(|| async { support::method_not_allowed("DELETE") }),
        )
        .route(
            "/v1/models",
            MethodRouter::new()
                .get(list_models::<A>)
                .fallback(|| async { support::method_not_allowed("GET") }),
        )
        .route(
            "/v1/models/{*model}",
            MethodRouter::new()
                .get(retrieve_model::<A>)
                .fallback(|| async { support::method_not_allowed("GET") }),
        )
        .route(
            "/v1/responses",
            MethodRouter::new()
                .post(create_response::<A>)
                .fallback(|| async { support::method_not_allowed("POST") }),
        )
        .route(
            "/v1/responses/input_tokens",
            MethodRouter::new()
                .post(count_response_input_tokens::<A>)
                .fallback(|| async { support::method_not_allowed("POST") }),
        )
        .route(
            "/v1/responses/{response_id}",
            MethodRouter::new()
                .get(get_response::<A>)
                .delete(delete_response::<A>)
                .fallback(|| async { support::method_not_allowed("GET, DELETE") }),
        )
        .route(
            "/v1/responses/{response_id}/cancel",
            MethodRouter::new()
                .post(cancel_response::<A>)
                .fallback(|| async { support::method_not_allowed("POST") }),
        )
        .route(
            "/v1/responses/{response_id}/input_items",
            MethodRouter::new()
                .get(list_response_input_items::<A>)
                .fallback(|| async { support::method_not_allowed("GET") }),
        )
        .route(
            "/v1/vector_stores",
            MethodRouter::new()
                .get(list_vector_stores::<A>)
                .post(create_vector_store::<A>)
                .fallback(|| async { support::method_not_allowed("GET, POST") }),
        )
        .route(
            "/v1/vector_stores/{vector_store_id}",
            MethodRouter::new()
                .get(get_vector_store::<A>)
                .post(modify_vector_store::<A>)
                .delete(delete_vector_store::<A>)
                .fallback(|| async { support::method_not_allowed("GET, POST, DELETE") }),
        )
        .route(
            "/v1/vector_stores/{vector_store_id}/file_batches",
            MethodRouter::new()
                .post(create_vector_store_file_batch::<A>)
                .fallback(|| async { support::method_not_allowed("POST") }),
        )
        .route(
            "/v1/vector_stores/{vector_store_id}/file_batches/{batch_id}",
            MethodRouter::new()
                .get(get_vector_store_file_batch::<A>)
                .fallback(|| async { support::method_not_allowed("GET") }),
        )
        .route(
            "/v1/vector_stores/{vector_store_id}/file_batches/{batch_id}/cancel",
            MethodRouter::new()
                .post(cancel_vector_store_file_batch::<A>)
                .fallback(|| async { support::method_not_allowed("POST") }),
        )
        .route(
            "/v1/vector_stores/{vector_store_id}/file_batches/{batch_id}/files",
            MethodRouter::new()
                .get(list_files_in_vector_store_batch::<A>)
                .fallback(|| async { support::method_not_allowed("GET") }),
        )
        .route(
            "/v1/vector_stores/{vector_store_id}/files",
            MethodRouter::new()
                .get(list_vector_store_files::<A>)
                .post(create_vector_store_file::<A>)
                .fallback(|| async { support::method_not_allowed("GET, POST") }),
        )
        .route(
            "/v1/vector_stores/{vector_store_id}/files/{file_id}",
            MethodRouter::new()
                .get(get_vector_store_file::<A>)
                .post(update_vector_store_file_attributes::<A>)
                .delete(delete_vector_store_file::<A>)
                .fallback(|| async { support::method_not_allowed("GET, POST, DELETE") }),
        )
        .route(
            "/v1/vector_stores/{vector_store_id}/files/{file_id}/content",
            MethodRouter::new()
                .get(retrieve_vector_store_file_content::<A>)
                .fallback(|| async { support::method_not_allowed("GET") }),
        )
        .route(
            "/v1/vector_stores/{vector_store_id}/search",
            MethodRouter::new()
                .post(search_vector_store::<A>)
                .fallback(|| async { support::method_not_allowed("POST") }),
        )
        .fallback(support::not_found)
        .with_state(api)
}
async fn get_health<A: Api>(
    State(api): State<Arc<A>>,
    request: axum::extract::Request,
) -> axum::response::Response {
    support::public(request, |r: operations::get_health::Request| {
        api.get_health(r)
    })
    .await
}
async fn get_readiness<A: Api>(
    State(api): State<Arc<A>>,
    request: axum::extract::Request,
) -> axum::response::Response {
    support::public(request, |r: operations::get_readiness::Request| {
        api.get_readiness(r)
    })
    .await
}
async fn get_metrics<A: Api>(
    State(api): State<Arc<A>>,
    request: axum::extract::Request,
) -> axum::response::Response {
    support::public(request, |r: operations::get_metrics::Request| {
        api.get_metrics(r)
    })
    .await
}
async fn list_models<A: Api>(
    State(api): State<Arc<A>>,
    request: axum::extract::Request,
) -> axum::response::Response {
    support::secured(
        &*api,
        request,
        |principal, r: operations::list_models::Request| api.list_models(principal, r),
    )
    .await
}
async fn retrieve_model<A: Api>(
    State(api): State<Arc<A>>,
    request: axum::extract::Request,
) -> axum::response::Response {
    support::secured(
        &*api,
        request,
        |principal, r: operations::retrieve_model::Request| api.retrieve_model(principal, r),
    )
    .await
}
async fn create_response<A: Api>(
    State(api): State<Arc<A>>,
    request: axum::extract::Request,
) -> axum::response::Response {
    support::secured(
        &*api,
        request,
        |principal, r: operations::create_response::Request| api.create_response(principal, r),
    )
    .await
}
async fn count_response_input_tokens<A: Api>(
    State(api): State<Arc<A>>,
    request: axum::extract::Request,
) -> axum::response::Response {
    support::secured(
        &*api,
        request,
        |principal, r: operations::count_response_input_tokens::Request| {
            api.count_response_input_tokens(principal, r)
        },
    )
    .await
}
async fn get_response<A: Api>(
    State(api): State<Arc<A>>,
    request: axum::extract::Request,
) -> axum::response::Response {
    support::secured(
        &*api,
        request,
        |principal, r: operations::get_response::Request| api.get_response(principal, r),
    )
    .await
}
async fn delete_response<A: Api>(
    State(api): State<Arc<A>>,
    request: axum::extract::Request,
) -> axum::response::Response {
    support::secured(
        &*api,
        request,
        |principal, r: operations::delete_response::Request| api.delete_response(principal, r),
    )
    .await
}
async fn cancel_response<A: Api>(
    State(api): State<Arc<A>>,
    request: axum::extract::Request,
) -> axum::response::Response {
    support::secured(
        &*api,
        request,
        |principal, r: operations::cancel_response::Request| api.cancel_response(principal, r),
    )
    .await
}
async fn list_response_input_items<A: Api>(
    State(api): State<Arc<A>>,
    request: axum::extract::Request,
) -> axum::response::Response {
    support::secured(
        &*api,
        request,
        |principal, r: operations::list_response_input_items::Request| {
            api.list_response_input_items(principal, r)
        },
    )
    .await
}
async fn create_conversation<A: Api>(
    State(api): State<Arc<A>>,
    request: axum::extract::Request,
) -> axum::response::Response {
    support::secured(
        &*api,
        request,
        |principal, r: operations::create_conversation::Request| {
            api.create_conversation(principal, r)
        },
    )
    .await
}
async fn get_conversation<A: Api>(
    State(api): State<Arc<A>>,
    request: axum::extract::Request,
) -> axum::response::Response {
    support::secured(
        &*api,
        request,
        |principal, r: operations::get_conversation::Request| api.get_conversation(principal, r),
    )
    .await
}
async fn update_conversation<A: Api>(
    State(api): State<Arc<A>>,
    request: axum::extract::Request,
) -> axum::response::Response {
    support::secured(
        &*api,
        request,
        |principal, r: operations::update_conversation::Request| {
            api.update_conversation(principal, r)
        },
    )
    .await
}
async fn delete_conversation<A: Api>(
    State(api): State<Arc<A>>,
    request: axum::extract::Request,
) -> axum::response::Response {
    support::secured(
        &*api,
        request,
        |principal, r: operations::delete_conversation::Request| {
            api.delete_conversation(principal, r)
        },
    )
    .await
}
async fn list_conversation_items<A: Api>(
    State(api): State<Arc<A>>,
    request: axum::extract::Request,
) -> axum::response::Response {
    support::secured(
        &*api,
        request,
        |principal, r: operations::list_conversation_items::Request| {
            api.list_conversation_items(principal, r)
        },
    )
    .await
}
async fn create_conversation_items<A: Api>(
    State(api): State<Arc<A>>,
    request: axum::extract::Request,
) -> axum::response::Response {
    support::secured(
        &*api,
        request,
        |principal, r: operations::create_conversation_items::Request| {
            api.create_conversation_items(principal, r)
        },
    )
    .await
}
async fn get_conversation_item<A: Api>(
    State(api): State<Arc<A>>,
    request: axum::extract::Request,
) -> axum::response::Response {
    support::secured(
        &*api,
        request,
        |principal, r: operations::get_conversation_item::Request| {
            api.get_conversation_item(principal, r)
        },
    )
    .await
}
async fn delete_conversation_item<A: Api>(
    State(api): State<Arc<A>>,
    request: axum::extract::Request,
) -> axum::response::Response {
    support::secured(
        &*api,
        request,
        |principal, r: operations::delete_conversation_item::Request| {
            api.delete_conversation_item(principal, r)
        },
    )
    .await
}
async fn create_chat_completion<A: Api>(
    State(api): State<Arc<A>>,
    request: axum::extract::Request,
) -> axum::response::Response {
    support::secured(
        &*api,
        request,
        |principal, r: operations::create_chat_completion::Request| {
            api.create_chat_completion(principal, r)
        },
    )
    .await
}
async fn create_embedding<A: Api>(
    State(api): State<Arc<A>>,
    request: axum::extract::Request,
) -> axum::response::Response {
    support::secured(
        &*api,
        request,
        |principal, r: operations::create_embedding::Request| api.create_embedding(principal, r),
    )
    .await
}
async fn create_dream<A: Api>(
    State(api): State<Arc<A>>,
    request: axum::extract::Request,
) -> axum::response::Response {
    support::secured(
        &*api,
        request,
        |principal, r: operations::create_dream::Request| api.create_dream(principal, r),
    )
    .await
}
async fn list_indexes<A: Api>(
    State(api): State<Arc<A>>,
    request: axum::extract::Request,
) -> axum::response::Response {
    support::secured(
        &*api,
        request,
        |principal, r: operations::list_indexes::Request| api.list_indexes(principal, r),
    )
    .await
}
async fn create_index<A: Api>(
    State(api): State<Arc<A>>,
    request: axum::extract::Request,
) -> axum::response::Response {
    support::secured(
        &*api,
        request,
        |principal, r: operations::create_index::Request| api.create_index(principal, r),
    )
    .await
}
async fn get_index<A: Api>(
    State(api): State<Arc<A>>,
    request: axum::extract::Request,
) -> axum::response::Response {
    support::secured(
        &*api,
        request,
        |principal, r: operations::get_index::Request| api.get_index(principal, r),
    )
    .await
}
async fn delete_index<A: Api>(
    State(api): State<Arc<A>>,
    request: axum::extract::Request,
) -> axum::response::Response {
    support::secured(
        &*api,
        request,
        |principal, r: operations::delete_index::Request| api.delete_index(principal, r),
    )
    .await
}
async fn upsert_vectors<A: Api>(
    State(api): State<Arc<A>>,
    request: axum::extract::Request,
) -> axum::response::Response {
    support::secured(
        &*api,
        request,
        |principal, r: operations::upsert_vectors::Request| api.upsert_vectors(principal, r),
    )
    .await
}
async fn delete_vector<A: Api>(
    State(api): State<Arc<A>>,
    request: axum::extract::Request,
) -> axum::response::Response {
    support::secured(
        &*api,
        request,
        |principal, r: operations::delete_vector::Request| api.delete_vector(principal, r),
    )
    .await
}
async fn search_index<A: Api>(
    State(api): State<Arc<A>>,
    request: axum::extract::Request,
) -> axum::response::Response {
    support::secured(
        &*api,
        request,
        |principal, r: operations::search_index::Request| api.search_index(principal, r),
    )
    .await
}
async fn list_files<A: Api>(
    State(api): State<Arc<A>>,
    request: axum::extract::Request,
) -> axum::response::Response {
    support::secured(
        &*api,
        request,
        |principal, r: operations::list_files::Request| api.list_files(principal, r),
    )
    .await
}
async fn create_file<A: Api>(
    State(api): State<Arc<A>>,
    request: axum::extract::Request,
) -> axum::response::Response {
    support::secured(
        &*api,
        request,
        |principal, r: operations::create_file::Request| api.create_file(principal, r),
    )
    .await
}
async fn retrieve_file<A: Api>(
    State(api): State<Arc<A>>,
    request: axum::extract::Request,
) -> axum::response::Response {
    support::secured(
        &*api,
        request,
        |principal, r: operations::retrieve_file::Request| api.retrieve_file(principal, r),
    )
    .await
}
async fn delete_file<A: Api>(
    State(api): State<Arc<A>>,
    request: axum::extract::Request,
) -> axum::response::Response {
    support::secured(
        &*api,
        request,
        |principal, r: operations::delete_file::Request| api.delete_file(principal, r),
    )
    .await
}
async fn download_file<A: Api>(
    State(api): State<Arc<A>>,
    request: axum::extract::Request,
) -> axum::response::Response {
    support::secured(
        &*api,
        request,
        |principal, r: operations::download_file::Request| api.download_file(principal, r),
    )
    .await
}
async fn list_vector_stores<A: Api>(
    State(api): State<Arc<A>>,
    request: axum::extract::Request,
) -> axum::response::Response {
    support::secured(
        &*api,
        request,
        |principal, r: operations::list_vector_stores::Request| {
            api.list_vector_stores(principal, r)
        },
    )
    .await
}
async fn create_vector_store<A: Api>(
    State(api): State<Arc<A>>,
    request: axum::extract::Request,
) -> axum::response::Response {
    support::secured(
        &*api,
        request,
        |principal, r: operations::create_vector_store::Request| {
            api.create_vector_store(principal, r)
        },
    )
    .await
}
async fn get_vector_store<A: Api>(
    State(api): State<Arc<A>>,
    request: axum::extract::Request,
) -> axum::response::Response {
    support::secured(
        &*api,
        request,
        |principal, r: operations::get_vector_store::Request| api.get_vector_store(principal, r),
    )
    .await
}
async fn modify_vector_store<A: Api>(
    State(api): State<Arc<A>>,
    request: axum::extract::Request,
) -> axum::response::Response {
    support::secured(
        &*api,
        request,
        |principal, r: operations::modify_vector_store::Request| {
            api.modify_vector_store(principal, r)
        },
    )
    .await
}
async fn delete_vector_store<A: Api>(
    State(api): State<Arc<A>>,
    request: axum::extract::Request,
) -> axum::response::Response {
    support::secured(
        &*api,
        request,
        |principal, r: operations::delete_vector_store::Request| {
            api.delete_vector_store(principal, r)
        },
    )
    .await
}
async fn list_vector_store_files<A: Api>(
    State(api): State<Arc<A>>,
    request: axum::extract::Request,
) -> axum::response::Response {
    support::secured(
        &*api,
        request,
        |principal, r: operations::list_vector_store_files::Request| {
            api.list_vector_store_files(principal, r)
        },
    )
    .await
}
async fn create_vector_store_file<A: Api>(
    State(api): State<Arc<A>>,
    request: axum::extract::Request,
) -> axum::response::Response {
    support::secured(
        &*api,
        request,
        |principal, r: operations::create_vector_store_file::Request| {
            api.create_vector_store_file(principal, r)
        },
    )
    .await
}
async fn get_vector_store_file<A: Api>(
    State(api): State<Arc<A>>,
    request: axum::extract::Request,
) -> axum::response::Response {
    support::secured(
        &*api,
        request,
        |principal, r: operations::get_vector_store_file::Request| {
            api.get_vector_store_file(principal, r)
        },
    )
    .await
}
async fn update_vector_store_file_attributes<A: Api>(
    State(api): State<Arc<A>>,
    request: axum::extract::Request,
) -> axum::response::Response {
    support::secured(
        &*api,
        request,
        |principal, r: operations::update_vector_store_file_attributes::Request| {
            api.update_vector_store_file_attributes(principal, r)
        },
    )
    .await
}
async fn delete_vector_store_file<A: Api>(
    State(api): State<Arc<A>>,
    request: axum::extract::Request,
) -> axum::response::Response {
    support::secured(
        &*api,
        request,
        |principal, r: operations::delete_vector_store_file::Request| {
            api.delete_vector_store_file(principal, r)
        },
    )
    .await
}
async fn retrieve_vector_store_file_content<A: Api>(
    State(api): State<Arc<A>>,
    request: axum::extract::Request,
) -> axum::response::Response {
    support::secured(
        &*api,
        request,
        |principal, r: operations::retrieve_vector_store_file_content::Request| {
            api.retrieve_vector_store_file_content(principal, r)
        },
    )
    .await
}
async fn create_vector_store_file_batch<A: Api>(
    State(api): State<Arc<A>>,
    request: axum::extract::Request,
) -> axum::response::Response {
    support::secured(
        &*api,
        request,
        |principal, r: operations::create_vector_store_file_batch::Request| {
            api.create_vector_store_file_batch(principal, r)
        },
    )
    .await
}
async fn get_vector_store_file_batch<A: Api>(
    State(api): State<Arc<A>>,
    request: axum::extract::Request,
) -> axum::response::Response {
    support::secured(
        &*api,
        request,
        |principal, r: operations::get_vector_store_file_batch::Request| {
            api.get_vector_store_file_batch(principal, r)
        },
    )
    .await
}
async fn cancel_vector_store_file_batch<A: Api>(
    State(api): State<Arc<A>>,
    request: axum::extract::Request,
) -> axum::response::Response {
    support::secured(
        &*api,
        request,
        |principal, r: operations::cancel_vector_store_file_batch::Request| {
            api.cancel_vector_store_file_batch(principal, r)
        },
    )
    .await
}
async fn list_files_in_vector_store_batch<A: Api>(
    State(api): State<Arc<A>>,
    request: axum::extract::Request,
) -> axum::response::Response {
    support::secured(
        &*api,
        request,
        |principal, r: operations::list_files_in_vector_store_batch::Request| {
            api.list_files_in_vector_store_batch(principal, r)
        },
    )
    .await
}
async fn search_vector_store<A: Api>(
    State(api): State<Arc<A>>,
    request: axum::extract::Request,
) -> axum::response::Response {
    support::secured(
        &*api,
        request,
        |principal, r: operations::search_vector_store::Request| {
            api.search_vector_store(principal, r)
        },
    )
    .await
}
