//! The LUKHAS façade server as a library: the `lukhas` binary is a CLI over it, and test harnesses
//! (the conformance suite's fault injection) start its router in-process.

// `ApiError` carries the whole envelope plus headers (~200 bytes); it travels only on the error
// path, where boxing would cost more clarity than it saves.
#![allow(clippy::result_large_err)]

pub mod app;
pub mod auth;
pub mod config;
pub mod engine;
pub mod handlers;
pub mod server;
pub mod store;
pub mod telemetry;
pub mod util;
