//! One module per tag of the spec. Handlers decode the typed request, call engines and stores,
//! and build the typed response; errors are `ApiError`s that the response enums map to statuses.

pub mod chat;
pub mod dreams;
pub mod embeddings;
pub mod indexes;
pub mod models;
pub mod responses;
pub mod system;

use lukhas_api::support::{ApiError, EventStream};
use serde::de::DeserializeOwned;
use serde_json::Value;
use tokio::sync::mpsc;

/// Builds a typed value from JSON (responses are assembled as JSON, then typed, so a shape that
/// drifts from the spec fails loudly here instead of reaching a client).
pub fn typed<T: DeserializeOwned>(value: Value) -> Result<T, ApiError> {
    serde_json::from_value(value)
        .map_err(|e| ApiError::internal(format!("response does not match the spec: {e}")))
}

/// A bounded channel whose receiving end is an SSE body. When the client disconnects the body is
/// dropped, `send` fails, and the producer stops (dropping its engine stream stops generation).
pub fn event_channel<T: Send + 'static>() -> (mpsc::Sender<Result<T, ApiError>>, EventStream<T>) {
    let (tx, rx) = mpsc::channel(32);
    (tx, EventStream::new(crate::util::receiver_stream(rx)))
}
