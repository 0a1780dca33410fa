//! What the generated code tells the support code about each operation, and the two traits that
//! join them: [`Operation`] (implemented by each generated request type) and [`Authenticate`]
//! (implemented by the server).

use crate::error::ApiError;
use crate::upload::Uploads;
use crate::validate::Schemas;
use axum::response::IntoResponse;
use http::HeaderMap;
use serde::de::DeserializeOwned;
use std::future::Future;

/// An operation of the spec.
#[derive(Debug)]
pub struct OperationInfo {
    pub id: &'static str,
    pub method: &'static str,
    /// The spec's path template, e.g. `/v1/models/{model}`.
    pub path: &'static str,
    pub tag: &'static str,
    /// `None` for a public operation; else every scope the key needs (`x-lukhas-scopes`).
    pub scopes: Option<&'static [&'static str]>,
    pub params: &'static [ParamInfo],
    pub body: BodyInfo,
    /// The fields of a `multipart/form-data` body; `None` for a JSON body.
    pub form: Option<&'static [FormField]>,
    /// Every error status the operation documents: the only ones it may answer.
    pub errors: &'static [u16],
    pub schemas: &'static Schemas,
}

impl std::fmt::Debug for Schemas {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Schemas")
    }
}

impl OperationInfo {
    pub fn secured(&self) -> bool {
        self.scopes.is_some()
    }

    pub fn documents(&self, status: u16) -> bool {
        self.errors.contains(&status)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Location {
    Path,
    Query,
}

/// The JSON type a parameter's schema declares, used to read its text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ParamType {
    String,
    Integer,
    Number,
    Boolean,
}

#[derive(Debug)]
pub struct ParamInfo {
    pub name: &'static str,
    pub location: Location,
    pub ty: ParamType,
    /// The schema's default as JSON text, used when the parameter is absent.
    pub default: Option<&'static str>,
}

/// One field of a form, as the spec declares it.
#[derive(Debug)]
pub struct FormField {
    /// The part's name: `purpose`, or `expires_after[seconds]` for an object's member.
    pub name: &'static str,
    pub ty: ParamType,
    /// A file part (`format: binary`).
    pub file: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BodyInfo {
    None,
    Optional,
    Required,
}

/// A generated request type: decoded from path, query and body, then validated; `Response` is
/// the operation's typed success enum.
pub trait Operation: DeserializeOwned + Send + 'static {
    type Response: IntoResponse + Send;
    fn info() -> &'static OperationInfo;
    /// Every request header, for the handler's use.
    fn set_headers(&mut self, headers: HeaderMap);
    /// The file parts of a form body, for the handler's use.
    fn set_uploads(&mut self, uploads: Uploads) {
        let _ = uploads;
    }
}

/// Checks a secured operation's credentials before anything is decoded, and admits the request
/// (or refuses it, e.g. over a rate limit).
pub trait Authenticate: Send + Sync + 'static {
    /// Who is calling.
    type Principal: Send + 'static;

    /// 401 without valid credentials, 403 when a scope of `operation` is missing, 429 over a
    /// rate limit; else the caller, and the headers every answer to the request carries.
    fn authenticate(
        &self,
        operation: &'static OperationInfo,
        headers: &HeaderMap,
    ) -> impl Future<Output = Result<Admitted<Self::Principal>, ApiError>> + Send;

    /// Sees (and may rewrite) a secured request's parameters and `body` once they are read,
    /// before the body is validated and typed: the place for policies and for limits that depend
    /// on the body. Refuses the request, or admits it with headers for the answer. By default it
    /// admits everything.
    fn inspect(
        &self,
        principal: &mut Self::Principal,
        operation: &'static OperationInfo,
        request: &mut serde_json::Map<String, serde_json::Value>,
    ) -> impl Future<Output = Result<HeaderMap, ApiError>> + Send {
        let _ = (principal, operation, request);
        async { Ok(HeaderMap::new()) }
    }
}

/// An authenticated, admitted caller.
#[derive(Debug)]
pub struct Admitted<P> {
    pub principal: P,
    /// Added to the answer, success or error (the caller's rate-limit state).
    pub headers: HeaderMap,
}
