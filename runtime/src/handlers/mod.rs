//! One module per tag of the spec, each implementing its generated trait on [`crate::state::App`]:
//! decode the typed request, call engines and stores, build the typed answer. Errors are
//! `ApiError`s (engine and store errors convert with `?`, mapped in `crate::errors`).

pub mod chat;
pub mod conversations;
pub mod dreams;
pub mod embeddings;
pub mod files;
pub mod indexes;
pub mod models;
pub mod responses;
pub mod system;
pub mod vector_stores;

use lukhas_api::support::ApiError;

/// A constrained string of the spec (an id with its pattern) from text we made.
pub fn typed<T: TryFrom<String>>(text: String) -> Result<T, ApiError>
where
    T::Error: std::fmt::Display,
{
    T::try_from(text)
        .map_err(|e| ApiError::internal(format!("a generated value breaks the spec: {e}")))
}
