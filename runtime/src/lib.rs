//! The LUKHAS façade server as a library: the `lukhas` binary is a CLI over it, and test harnesses
//! (the conformance suite's fault injection) start its router in-process.
//!
//! A request flows top to bottom: `server` (layers, `idempotency` replays) -> the generated router (`lukhas-api`:
//! authentication and rate limits through `state::App` with `auth` and `ratelimit`, decoding,
//! the `guardian`'s policies, validation) -> `handlers` (one module per tag, on `state::App`) -> `engine` and `store` (and
//! the `dreams` pipeline, the `responses` runs and `retrieval` over vector stores on them). Errors of the lower layers are
//! mapped to the public envelope once, in `errors`.

pub mod auth;
pub mod config;
pub mod dreams;
pub mod engine;
pub mod errors;
pub mod guardian;
pub mod handlers;
pub mod idempotency;
pub mod ratelimit;
pub mod redact;
pub mod responses;
pub mod retrieval;
pub mod server;
pub mod shared;
pub mod state;
pub mod store;
pub mod telemetry;
pub mod traces;
pub mod util;
