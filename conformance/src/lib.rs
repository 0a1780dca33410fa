//! `lukhas-conformance`: drives a running server from its OpenAPI document alone and checks every
//! answer against it — generated valid data (proptest, with shrinking), deterministic boundary
//! and negative cases, authentication and scopes, undeclared methods, stateful sequences that
//! follow the spec's `links`, and OpenAI's published schemas as an oracle for the operations that
//! mirror them. Nothing in it is specific to one API.
//!
//! - [`runner`]: configuration, the run, sending and recording (the phases are in `phases`);
//! - [`cases`]: requests from the spec (examples, valid data, parameters as they travel);
//! - [`coverage`] and [`generate`]: deterministic variants and proptest strategies of schemas;
//! - [`form`]: bodies of `multipart/form-data` operations, as parts and as the server reads them;
//! - [`http`]: the client and `curl` reproductions; [`report`]: results and JUnit.

pub mod cases;
pub mod coverage;
pub mod form;
pub mod generate;
pub mod http;
mod phases;
pub mod report;
pub mod runner;

pub use report::Report;
pub use runner::{run, Config, Phase};
