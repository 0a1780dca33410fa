//! `lukhas-api-support`: what the generated server (`generated/api`) stands on. The generated
//! crate holds only what varies with the spec (types, per-operation request and response types,
//! one trait per tag, the router); everything here is ordinary, compiled, tested code:
//!
//! - [`error`]: [`ApiError`], the OpenAI error envelope, the only way an error leaves a handler;
//! - [`operation`]: what the generated code says about each operation, [`Operation`] and
//!   [`Authenticate`];
//! - [`decode`]: path, query and body into a typed request, validated against the spec;
//! - [`form`]: `multipart/form-data` uploads read into the same shape, files kept aside
//!   ([`upload`]);
//! - [`validate`]: the spec's schemas, compiled once, and violations in our own words;
//! - [`respond`]: the generic handler bodies and the one place errors meet their statuses;
//! - [`sse`]: typed event streams;
//! - [`request_id`]: the request being served, for error messages.

pub mod decode;
pub mod error;
pub mod form;
pub mod operation;
pub mod request_id;
pub mod respond;
pub mod sse;
pub mod upload;
pub mod validate;

pub use error::{ApiError, ErrorKind, ValidationIssue};
pub use operation::{
    Admitted, Authenticate, BodyInfo, FormField, Location, Operation, OperationInfo, ParamInfo,
    ParamType,
};
pub use respond::{binary, json, method_not_allowed, not_found, public, respond, secured, text};
pub use sse::{sse, EventStream};
pub use upload::{Upload, Uploads};
pub use validate::Schemas;
