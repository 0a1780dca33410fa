//! `lukhas-spec`: the OpenAPI document as Rust, shared by the generator, the conformance suite
//! and the evals runner.
//!
//! - [`document`]: the parsed spec, `$ref`s followed, a flat list of operations.
//! - [`schema`]: OpenAPI 3.0 schema objects as standalone JSON Schema documents.
//! - [`reader`]: reading such documents (references, `allOf`, alternatives).
//! - [`model`]: operations with compiled validators, documented responses and links.
//! - [`check`]: the checks of one HTTP answer against the spec (SSE streams included).
//! - [`openai`]: OpenAI's published document, vendored, as a lint reference and a response oracle.

pub mod check;
pub mod document;
pub mod model;
pub mod openai;
pub mod reader;
pub mod schema;

pub use document::{Operation, Spec};
