//! The ids of the request being served, for error messages: its request id and, when traces are
//! on, its trace id. The server's outermost layer sets them around each request ([`scope`]);
//! anything below reads them ([`current`]) without them being passed through every signature.

use std::future::Future;

/// What a client quotes when reporting a failed request.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Ids {
    pub request: String,
    /// The W3C trace id, when the request is traced.
    pub trace: Option<String>,
}

impl Ids {
    /// Ids of a request that is not traced.
    pub fn request(id: impl Into<String>) -> Ids {
        Ids {
            request: id.into(),
            trace: None,
        }
    }
}

impl std::fmt::Display for Ids {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "request id {}", self.request)?;
        match &self.trace {
            Some(t) => write!(f, ", trace id {t}"),
            None => Ok(()),
        }
    }
}

tokio::task_local! {
    static CURRENT: Ids;
}

/// Runs `f` with `ids` as the current request's.
pub async fn scope<F: Future>(ids: Ids, f: F) -> F::Output {
    CURRENT.scope(ids, f).await
}

/// The current request's ids, outside any request `None`.
pub fn current() -> Option<Ids> {
    CURRENT.try_with(Clone::clone).ok()
}
