//! `lukhas-conformance`: drives a running server from its OpenAPI document alone and checks every
//! answer against it — generated valid data (proptest, with shrinking), deterministic boundary
//! and negative cases, authentication and scopes, undeclared methods, and stateful sequences that
//! follow the spec's `links`. Nothing in it is specific to one API.

pub mod checks;
pub mod coverage;
pub mod generate;
pub mod http;
pub mod model;
pub mod report;
pub mod runner;
pub mod schema;

pub use report::Report;
pub use runner::{run, Config, Phase};
