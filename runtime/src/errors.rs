//! Errors mapped once: each layer's error enum becomes the public envelope here, and nowhere
//! else. A client gets a clear message in our words (and, for 5xx, the request id); the detail
//! (store messages, upstream statuses and bodies, model failures) goes to the log, redacted, in
//! the request's span.

use crate::engine::{EngineError, UpstreamError};
use crate::redact;
use crate::store::StoreError;
use lukhas_api::support::validate::excerpt;
use lukhas_api::support::{ApiError, ErrorKind};
use std::time::Duration;

/// A model id or name as quoted back: short, whatever was sent.
fn quoted(text: &str) -> String {
    excerpt(text, 64)
}

impl From<EngineError> for ApiError {
    fn from(e: EngineError) -> ApiError {
        match e {
            EngineError::ModelRequired { param } => ApiError::invalid_request(
                "model_required",
                format!("Name a model with `{param}`: this server has no default for it."),
            )
            .with_param(param),
            EngineError::ModelNotFound { id, param } => ApiError::not_found(
                "model_not_found",
                format!(
                    "The model `{}` does not exist or you do not have access to it.",
                    quoted(&id)
                ),
            )
            .with_param(param),
            EngineError::ModelCannot {
                id,
                capability,
                param,
            } => ApiError::not_found(
                "model_not_found",
                format!(
                    "The model `{}` does not support {}.",
                    quoted(&id),
                    capability.describe()
                ),
            )
            .with_param(param),
            EngineError::Busy { what, retry_after } => ApiError::unavailable(
                format!("The {what} queue is full; retry shortly."),
                retry_after,
            ),
            EngineError::ContextLength {
                prompt,
                context,
                param,
            } => ApiError::invalid_request(
                "context_length_exceeded",
                format!("The prompt has {prompt} tokens; this model's context holds {context}."),
            )
            .with_param(param),
            EngineError::Rule {
                code,
                param,
                message,
            } => ApiError::invalid_request(code, message).with_param(param),
            EngineError::Schema { param, detail } => ApiError::invalid_request(
                "invalid_json_schema",
                format!("The JSON Schema in `{param}` cannot be enforced: {detail}"),
            )
            .with_param(param),
            EngineError::InvalidInput { param, message } => {
                ApiError::invalid_request("invalid_value", message).with_param(param)
            }
            EngineError::ShuttingDown => ApiError::unavailable(
                "The server is shutting down; retry the request.",
                Duration::from_secs(1),
            ),
            EngineError::Policy(message) => {
                ApiError::new(ErrorKind::PermissionDenied, "policy_violation", message)
            }
            EngineError::Upstream(u) => u.into(),
            e @ (EngineError::Unsupported(_)
            | EngineError::WorkerStopped(_)
            | EngineError::Model(_)
            | EngineError::Truncated
            | EngineError::Simulated { .. }) => ApiError::internal(e),
        }
    }
}

impl From<UpstreamError> for ApiError {
    fn from(e: UpstreamError) -> ApiError {
        tracing::warn!(upstream_error = %redact::secrets(&e.to_string()), "upstream call failed");
        let provider = "The upstream model provider";
        match e {
            UpstreamError::Timeout(_) | UpstreamError::Idle(_) => ApiError::new(
                ErrorKind::GatewayTimeout,
                "upstream_timeout",
                format!("{provider} did not answer in time."),
            ),
            UpstreamError::Rejected { .. } => ApiError::invalid_request(
                "upstream_rejected",
                format!("{provider} rejected the request."),
            ),
            UpstreamError::RateLimited { retry_after } => ApiError::new(
                ErrorKind::RateLimited,
                "rate_limit_exceeded",
                format!("{provider} is rate limiting this server; retry shortly."),
            )
            .with_retry_after(retry_after),
            UpstreamError::Invalid { param, .. } => ApiError::new(
                ErrorKind::BadGateway,
                "upstream_invalid_output",
                format!("{provider} answered with output that does not follow `{param}`."),
            ),
            UpstreamError::Connect(_) => ApiError::new(
                ErrorKind::BadGateway,
                "upstream_error",
                format!("{provider} could not be reached."),
            ),
            UpstreamError::Status { .. }
            | UpstreamError::Protocol(_)
            | UpstreamError::Stream(_) => ApiError::new(
                ErrorKind::BadGateway,
                "upstream_error",
                format!("{provider} failed."),
            ),
        }
    }
}

impl From<StoreError> for ApiError {
    fn from(e: StoreError) -> ApiError {
        match e {
            StoreError::IndexNotFound(id) => ApiError::not_found(
                "index_not_found",
                format!(
                    "No index `{}` exists (or it belongs to another tenant).",
                    quoted(&id)
                ),
            )
            .with_param("index_id"),
            StoreError::VectorNotFound(id) => ApiError::not_found(
                "vector_not_found",
                format!("No vector `{}` in this index.", quoted(&id)),
            )
            .with_param("vector_id"),
            StoreError::NameTaken(name) => ApiError::conflict(
                "conflict",
                format!("An index named `{}` already exists.", quoted(&name)),
            )
            .with_param("name"),
            // A well-formed request that conflicts with the dimension the index already has.
            StoreError::Dimension {
                param,
                expected,
                got,
            } => ApiError::conflict(
                "dimension_mismatch",
                format!("The index has dimension {expected} but `{param}` has {got} values."),
            )
            .with_param(param),
            StoreError::ResponseNotFound(id) => ApiError::not_found(
                "response_not_found",
                format!(
                    "No response `{}` is stored (or it belongs to another tenant).",
                    quoted(&id)
                ),
            )
            .with_param("response_id"),
            StoreError::FileNotFound(id) => ApiError::not_found(
                "file_not_found",
                format!(
                    "No file `{}` exists (or it belongs to another tenant).",
                    quoted(&id)
                ),
            )
            .with_param("file_id"),
            StoreError::ConversationNotFound(id) => ApiError::not_found(
                "conversation_not_found",
                format!(
                    "No conversation `{}` exists (or it belongs to another tenant).",
                    quoted(&id)
                ),
            )
            .with_param("conversation_id"),
            StoreError::ItemNotFound { id, param } => ApiError::not_found(
                "item_not_found",
                format!("No item `{}` is stored.", quoted(&id)),
            )
            .with_param(param),
            StoreError::InvalidCursor(param) => ApiError::invalid_request(
                "invalid_cursor",
                format!("`{param}` is not an item of this list."),
            )
            .with_param(param),
            StoreError::VectorStoreNotFound(id) => ApiError::not_found(
                "vector_store_not_found",
                format!(
                    "No vector store `{}` exists (or it belongs to another tenant).",
                    quoted(&id)
                ),
            )
            .with_param("vector_store_id"),
            StoreError::VectorStoreFileNotFound(id) => ApiError::not_found(
                "vector_store_file_not_found",
                format!("No file `{}` is in this vector store.", quoted(&id)),
            )
            .with_param("file_id"),
            StoreError::VectorStoreFileBatchNotFound(id) => ApiError::not_found(
                "vector_store_file_batch_not_found",
                format!("No file batch `{}` is in this vector store.", quoted(&id)),
            )
            .with_param("batch_id"),
            StoreError::Loading => ApiError::unavailable(
                "This index is being loaded after a restart; retry shortly.",
                Duration::from_secs(1),
            ),
            StoreError::Internal(detail) => {
                tracing::error!(store_error = %detail, "the store failed");
                ApiError::unavailable(
                    "The store is unavailable; retry shortly.",
                    Duration::from_secs(1),
                )
            }
        }
    }
}
