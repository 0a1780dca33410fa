//! The id of the request being served, for error messages. The server's outermost layer sets it
//! around each request ([`scope`]); anything below reads it ([`current`]) without it being passed
//! through every signature.

use std::future::Future;

tokio::task_local! {
    static REQUEST_ID: String;
}

/// Runs `f` with `id` as the current request id.
pub async fn scope<F: Future>(id: String, f: F) -> F::Output {
    REQUEST_ID.scope(id, f).await
}

/// The current request id, outside any request `None`.
pub fn current() -> Option<String> {
    REQUEST_ID.try_with(Clone::clone).ok()
}
