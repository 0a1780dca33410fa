//! What can go wrong in an engine. These carry the detail an operator needs (upstream statuses,
//! excerpts, model failures); `crate::errors` maps them once to what a client may see.

use crate::config::Capability;
use std::time::Duration;

#[derive(Debug, thiserror::Error)]
pub enum EngineError {
    #[error("the request names no model and no default {} model is configured", .param)]
    ModelRequired { param: &'static str },
    #[error("no model `{id}`")]
    ModelNotFound { id: String, param: &'static str },
    #[error("model `{id}` does not do {}", .capability.describe())]
    ModelCannot {
        id: String,
        capability: Capability,
        param: &'static str,
    },
    #[error("this engine does not do {}", .0.describe())]
    Unsupported(Capability),
    #[error("the {what} queue is full")]
    Busy {
        what: &'static str,
        retry_after: Duration,
    },
    #[error("the {0} worker has stopped")]
    WorkerStopped(&'static str),
    #[error("the prompt has {prompt} tokens; the context holds {context}")]
    ContextLength {
        prompt: usize,
        context: usize,
        param: &'static str,
    },
    /// Input the model cannot take (an out-of-vocabulary token id, ...): the message is public.
    #[error("{message}")]
    InvalidInput { param: String, message: String },
    /// A schema-valid request that breaks one of the operation's rules (its `code` is listed in
    /// the spec's `x-lukhas-rule-errors`); the message is public.
    #[error("{message}")]
    Rule {
        code: &'static str,
        param: String,
        message: String,
    },
    /// A JSON Schema (an output format's, a tool's parameters) that cannot be enforced: the
    /// detail names the keyword and is public.
    #[error("the schema in `{param}` cannot be enforced: {detail}")]
    Schema { param: String, detail: String },
    /// The model itself failed (a kernel error, a tokenizer failure): internal detail.
    #[error("model failure: {0}")]
    Model(String),
    /// The output held data a guardian policy blocks: the message is public.
    #[error("{0}")]
    Policy(String),
    #[error("the generation ended without its final chunk")]
    Truncated,
    #[error("the server is shutting down")]
    ShuttingDown,
    #[error("simulated failure {n} of {of} (echo `fail_first`)")]
    Simulated { n: u32, of: u32 },
    #[error(transparent)]
    Upstream(#[from] UpstreamError),
}

/// The upstream of the `openai` engine failed. Statuses and details are for the log only; a detail
/// describes an upstream's answer (its error type and code) without quoting its text.
#[derive(Debug, thiserror::Error)]
pub enum UpstreamError {
    #[error("no answer within {0:?}")]
    Timeout(Duration),
    #[error("could not connect: {0}")]
    Connect(String),
    #[error("answered {status}: {detail}")]
    Status { status: u16, detail: String },
    #[error("rejected the request ({status}): {detail}")]
    Rejected { status: u16, detail: String },
    #[error("rate limited; retry after {retry_after:?}")]
    RateLimited { retry_after: Duration },
    #[error("answered something that is not the OpenAI API: {0}")]
    Protocol(String),
    #[error("the stream broke: {0}")]
    Stream(String),
    #[error("the stream was idle for {0:?}")]
    Idle(Duration),
    /// A strict output or tool call that does not follow its schema.
    #[error("its output does not follow the schema of `{param}`: {detail}")]
    Invalid { param: String, detail: String },
}
