//! Model engines behind one small trait, and the registry that maps public model ids to them.
//!
//! An engine generates text (whole or streamed) and embeds inputs. Each registry entry gets its
//! own engine instance, configured with that entry's settings, so handlers only see [`Model`]s.
//! A new backend is a new file here plus a registry variant in `config.rs`.

pub mod echo;
pub mod error;
pub mod local;
pub mod openai;
pub mod structured;
pub mod tool_text;

pub use error::{EngineError, UpstreamError};

use crate::config::{Capability, Config, ModelEntry, Reliability};
use crate::telemetry::counters::{GENAI_DURATION, GENAI_TOKENS, GENAI_TPOT, GENAI_TTFT};
use anyhow::{Context, Result};
use futures::future::BoxFuture;
use futures::stream::BoxStream;
use futures::StreamExt;
use std::sync::Arc;
use std::time::Instant;
use tokio_util::sync::CancellationToken;
use tracing::Instrument;

/// Who said a turn, as OpenAI's chat roles name it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    System,
    User,
    Assistant,
    /// A tool call's result.
    Tool,
}

/// A call of a function tool: its id, the function's name and the arguments as JSON text.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct ToolCall {
    pub id: String,
    pub name: String,
    pub arguments: String,
}

/// One turn of a conversation.
#[derive(Debug, Clone)]
pub struct Turn {
    pub role: Role,
    pub content: String,
    /// The participant's name, when a conversation has several of one role.
    pub name: Option<String>,
    /// An assistant turn's tool calls.
    pub tool_calls: Vec<ToolCall>,
    /// A tool turn's call id.
    pub tool_call_id: Option<String>,
}

impl Turn {
    pub fn new(role: Role, content: impl Into<String>) -> Turn {
        Turn {
            role,
            content: content.into(),
            name: None,
            tool_calls: Vec::new(),
            tool_call_id: None,
        }
    }

    /// The result of call `call_id`.
    pub fn tool_result(call_id: impl Into<String>, content: impl Into<String>) -> Turn {
        Turn {
            tool_call_id: Some(call_id.into()),
            ..Turn::new(Role::Tool, content)
        }
    }
}

/// A function the model may call.
#[derive(Debug, Clone, PartialEq)]
pub struct Tool {
    pub name: String,
    pub description: Option<String>,
    /// A JSON Schema of the arguments (`{}` when the function takes anything).
    pub parameters: serde_json::Value,
    /// Check an upstream's arguments against `parameters` (the embedded engines always follow it).
    pub strict: bool,
}

/// Whether and which tools the model must call.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum ToolChoice {
    /// No calls: text only.
    None,
    /// The model chooses between text and calls.
    #[default]
    Auto,
    /// At least one call.
    Required,
    /// A call of this function.
    Named(String),
}

/// The form of the text output.
#[derive(Debug, Clone, PartialEq, Default)]
pub enum Format {
    #[default]
    Text,
    /// Any JSON object.
    JsonObject,
    /// JSON that follows `schema`.
    JsonSchema {
        name: String,
        description: Option<String>,
        schema: serde_json::Value,
        /// Check an upstream's output against `schema` (the embedded engines always follow it).
        strict: bool,
    },
}

/// The request fields that errors about tools and formats name (they differ between APIs).
#[derive(Debug, Clone, Copy)]
pub struct Params {
    /// The field holding the prompt (`messages`, `input`).
    pub prompt: &'static str,
    /// The field holding the output schema (`response_format.json_schema.schema`).
    pub schema: &'static str,
    /// A tool's parameters under `tools[i]` (`function.parameters`, `parameters`).
    pub tool_parameters: &'static str,
}

impl Default for Params {
    fn default() -> Params {
        Params {
            prompt: "input",
            schema: "text.format.schema",
            tool_parameters: "parameters",
        }
    }
}

/// What to generate: a conversation, sampling settings, and the form of the output.
#[derive(Debug, Clone)]
pub struct GenerateRequest {
    pub turns: Vec<Turn>,
    pub max_tokens: Option<u32>,
    pub temperature: Option<f64>,
    pub top_p: Option<f64>,
    pub seed: Option<i64>,
    pub stop: Vec<String>,
    /// OpenAI's penalties (-2..2): subtracted from a token's logit once it has appeared
    /// (`presence`) and for every time it has (`frequency`).
    pub presence_penalty: Option<f32>,
    pub frequency_penalty: Option<f32>,
    /// Never produce a run of this many tokens that already stands in the prompt or the output
    /// (the embedded engine's guard against copying and loops; upstreams do not take it).
    pub no_repeat_ngram: Option<usize>,
    pub tools: Vec<Tool>,
    pub tool_choice: ToolChoice,
    /// Whether one turn may hold several calls.
    pub parallel_tool_calls: bool,
    pub format: Format,
    pub params: Params,
    /// What the output may hold (the guardian's masking), applied as the text is generated.
    pub guard: Option<Arc<crate::guardian::OutputGuard>>,
}

impl Default for GenerateRequest {
    fn default() -> GenerateRequest {
        GenerateRequest {
            turns: Vec::new(),
            max_tokens: None,
            temperature: None,
            top_p: None,
            seed: None,
            stop: Vec::new(),
            presence_penalty: None,
            frequency_penalty: None,
            no_repeat_ngram: None,
            tools: Vec::new(),
            tool_choice: ToolChoice::Auto,
            parallel_tool_calls: true,
            format: Format::Text,
            params: Params::default(),
            guard: None,
        }
    }
}

impl GenerateRequest {
    /// The tools the model may call: none with `tool_choice: none`, only the named one with a
    /// named choice.
    pub fn callable_tools(&self) -> Vec<&Tool> {
        match &self.tool_choice {
            ToolChoice::None => Vec::new(),
            ToolChoice::Named(name) => self.tools.iter().filter(|t| &t.name == name).collect(),
            ToolChoice::Auto | ToolChoice::Required => self.tools.iter().collect(),
        }
    }

    /// Whether the output must be tool calls (rather than may be).
    pub fn must_call(&self) -> bool {
        matches!(
            self.tool_choice,
            ToolChoice::Required | ToolChoice::Named(_)
        )
    }

    /// Refuses tool settings that cannot be honoured, naming the field.
    pub fn check_tools(&self) -> Result<(), EngineError> {
        let invalid = |code: &'static str, param: &str, message: String| EngineError::Rule {
            code,
            param: param.to_string(),
            message,
        };
        let mut names = std::collections::HashSet::new();
        for (i, t) in self.tools.iter().enumerate() {
            if !names.insert(t.name.as_str()) {
                return Err(invalid(
                    "duplicate_tool_name",
                    &format!("tools[{i}]"),
                    format!(
                        "Two tools are named `{}`; tool names must be unique.",
                        t.name
                    ),
                ));
            }
        }
        match &self.tool_choice {
            ToolChoice::Required if self.tools.is_empty() => Err(invalid(
                "invalid_tool_choice",
                "tool_choice",
                "`tool_choice` is `required` but no `tools` are given.".into(),
            )),
            ToolChoice::Named(name) if !names.contains(name.as_str()) => Err(invalid(
                "invalid_tool_choice",
                "tool_choice",
                format!(
                    "`tool_choice` names the function `{}`, which is not among `tools`.",
                    lukhas_api::support::validate::excerpt(name, 64)
                ),
            )),
            _ => Ok(()),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Finish {
    Stop,
    Length,
    /// The turn ended with tool calls.
    ToolCalls,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Usage {
    pub input_tokens: u32,
    pub output_tokens: u32,
}

impl Usage {
    pub fn total(&self) -> u32 {
        self.input_tokens.saturating_add(self.output_tokens)
    }
}

impl std::ops::AddAssign for Usage {
    fn add_assign(&mut self, other: Usage) {
        self.input_tokens = self.input_tokens.saturating_add(other.input_tokens);
        self.output_tokens = self.output_tokens.saturating_add(other.output_tokens);
    }
}

#[derive(Debug, Clone)]
pub struct Generation {
    pub text: String,
    pub tool_calls: Vec<ToolCall>,
    pub finish: Finish,
    pub usage: Usage,
}

/// One item of a generation stream: text deltas or tool calls (a call's start, then its
/// arguments in pieces), then exactly one `Done`.
#[derive(Debug, Clone, PartialEq)]
pub enum Chunk {
    Delta(String),
    /// Tool call `index` (0, 1, ... in this turn) begins.
    ToolCall {
        index: usize,
        id: String,
        name: String,
    },
    /// More of tool call `index`'s arguments (JSON text).
    ToolArgs {
        index: usize,
        delta: String,
    },
    Done {
        finish: Finish,
        usage: Usage,
    },
}

#[derive(Debug, Clone)]
pub enum EmbedInput {
    Text(String),
    Tokens(Vec<u32>),
}

#[derive(Debug, Clone)]
pub struct Embeddings {
    /// Unit-length vectors, in input order.
    pub vectors: Vec<Vec<f32>>,
    pub tokens: u32,
}

/// Dropping the stream stops the generation.
pub type ChunkStream = BoxStream<'static, Result<Chunk, EngineError>>;

pub trait Engine: Send + Sync {
    /// `echo`, `local`, `openai`.
    fn kind(&self) -> &'static str;

    fn stream(&self, req: GenerateRequest) -> BoxFuture<'_, Result<ChunkStream, EngineError>> {
        let _ = req;
        Box::pin(async { Err(EngineError::Unsupported(Capability::Generation)) })
    }

    /// The whole generation; by default the stream, collected.
    fn generate(&self, req: GenerateRequest) -> BoxFuture<'_, Result<Generation, EngineError>> {
        Box::pin(async move { collect(self.stream(req).await?).await })
    }

    fn embed(&self, inputs: Vec<EmbedInput>) -> BoxFuture<'_, Result<Embeddings, EngineError>> {
        let _ = inputs;
        Box::pin(async { Err(EngineError::Unsupported(Capability::Embedding)) })
    }

    /// Tokens the request's prompt takes as this engine renders it; `None` when the engine
    /// cannot tell (an upstream).
    fn count_tokens(&self, req: &GenerateRequest) -> Result<Option<usize>, EngineError> {
        let _ = req;
        Ok(None)
    }

    /// Byte ranges of the tokens `text` is embedded as, special tokens aside; `None` when the
    /// engine cannot tell (vector store files are then chunked by words).
    fn token_spans(&self, text: &str) -> Option<Vec<std::ops::Range<usize>>> {
        let _ = text;
        None
    }

    /// The most tokens of one input the model embeds (the rest is cut off); `None` when unknown.
    fn embedding_window(&self) -> Option<usize> {
        None
    }

    /// Tokens of context (prompt and output) the model serves; `None` when unknown.
    fn context_window(&self) -> Option<usize> {
        None
    }

    /// Whether the engine can serve now (`Err` says why not, for operators).
    fn ready(&self) -> BoxFuture<'_, Result<(), String>>;
}

/// A stream's deltas joined, with its tool calls, finish and usage.
pub async fn collect(mut stream: ChunkStream) -> Result<Generation, EngineError> {
    let mut text = String::new();
    let mut tool_calls: Vec<ToolCall> = Vec::new();
    while let Some(chunk) = stream.next().await {
        match chunk? {
            Chunk::Delta(d) => text.push_str(&d),
            Chunk::ToolCall { id, name, .. } => tool_calls.push(ToolCall {
                id,
                name,
                arguments: String::new(),
            }),
            Chunk::ToolArgs { index, delta } => {
                if let Some(call) = tool_calls.get_mut(index) {
                    call.arguments.push_str(&delta);
                }
            }
            Chunk::Done { finish, usage } => {
                return Ok(Generation {
                    text,
                    tool_calls,
                    finish,
                    usage,
                })
            }
        }
    }
    Err(EngineError::Truncated)
}

/// A registry entry bound to its engine.
#[derive(Clone)]
pub struct Model {
    pub entry: ModelEntry,
    pub engine: Arc<dyn Engine>,
    pub created: i64,
    /// Cancelled when a shutdown's grace period ends: generations still running end with
    /// [`EngineError::ShuttingDown`].
    stopping: CancellationToken,
}

impl Model {
    pub fn id(&self) -> &str {
        self.entry.id()
    }
    pub async fn generate(&self, req: GenerateRequest) -> Result<Generation, EngineError> {
        req.check_tools()?;
        let guard = req.guard.clone();
        let span = self.span("chat", Some(&req));
        let started = Instant::now();
        let mut g = tokio::select! {
            g = self.engine.generate(req).instrument(span.clone()) => g,
            () = self.stopping.cancelled() => Err(EngineError::ShuttingDown),
        }?;
        let labels = ["chat", self.id()];
        GENAI_DURATION
            .with_label_values(&labels)
            .observe(started.elapsed().as_secs_f64());
        count_tokens(&labels, g.usage);
        record_usage(&span, g.usage, g.finish);
        if let Some(guard) = guard {
            g.text = guard.text(&g.text)?;
        }
        Ok(g)
    }
    pub async fn stream(&self, req: GenerateRequest) -> Result<ChunkStream, EngineError> {
        req.check_tools()?;
        let guard = req.guard.clone();
        let span = self.span("chat", Some(&req));
        let started = Instant::now();
        let chunks = self.engine.stream(req).instrument(span.clone()).await?;
        let chunks = until_stopped(chunks, self.stopping.clone());
        let chunks = measured(chunks, self.id().to_string(), started, span);
        Ok(match guard {
            Some(guard) => guard.stream(chunks),
            None => chunks,
        })
    }
    pub async fn embed(&self, inputs: Vec<EmbedInput>) -> Result<Embeddings, EngineError> {
        let span = self.span("embeddings", None);
        let started = Instant::now();
        let e = self.engine.embed(inputs).instrument(span.clone()).await?;
        let labels = ["embeddings", self.id()];
        GENAI_DURATION
            .with_label_values(&labels)
            .observe(started.elapsed().as_secs_f64());
        GENAI_TOKENS
            .with_label_values(&[labels[0], labels[1], "input"])
            .observe(f64::from(e.tokens));
        span.record("gen_ai.usage.input_tokens", e.tokens);
        Ok(e)
    }

    /// The span of one call of the model, named and attributed by OpenTelemetry's GenAI
    /// conventions (`chat smollm2-135m-instruct`). Counts, settings and model names only, never
    /// prompt or output text.
    fn span(&self, operation: &'static str, req: Option<&GenerateRequest>) -> tracing::Span {
        tracing::info_span!(
            "gen_ai",
            otel.name = %format_args!("{operation} {}", self.id()),
            gen_ai.operation.name = operation,
            gen_ai.provider.name = self.engine.kind(),
            gen_ai.request.model = self.id(),
            gen_ai.response.model = self.id(),
            gen_ai.request.temperature = req.and_then(|r| r.temperature),
            gen_ai.request.top_p = req.and_then(|r| r.top_p),
            gen_ai.request.max_tokens = req.and_then(|r| r.max_tokens),
            gen_ai.request.seed = req.and_then(|r| r.seed),
            gen_ai.usage.input_tokens = tracing::field::Empty,
            gen_ai.usage.output_tokens = tracing::field::Empty,
            gen_ai.response.finish_reasons = tracing::field::Empty,
        )
    }
}

/// A finished generation's usage and finish reason onto its span.
fn record_usage(span: &tracing::Span, usage: Usage, finish: Finish) {
    span.record("gen_ai.usage.input_tokens", usage.input_tokens);
    span.record("gen_ai.usage.output_tokens", usage.output_tokens);
    // An array in the conventions; one reason per generation here.
    let reason = match finish {
        Finish::Stop => "stop",
        Finish::Length => "length",
        Finish::ToolCalls => "tool_calls",
    };
    crate::traces::set_strings(span, "gen_ai.response.finish_reasons", &[reason]);
}

/// Tokens of a finished generation into `gen_ai_client_token_usage`.
fn count_tokens(labels: &[&str; 2], usage: Usage) {
    for (kind, n) in [
        ("input", usage.input_tokens),
        ("output", usage.output_tokens),
    ] {
        GENAI_TOKENS
            .with_label_values(&[labels[0], labels[1], kind])
            .observe(f64::from(n));
    }
}

/// `chunks`, timed for the GenAI metrics: time to the first output, time per output token after
/// it, the whole duration and the tokens, when the `Done` chunk arrives.
fn measured(
    mut chunks: ChunkStream,
    model: String,
    started: Instant,
    span: tracing::Span,
) -> ChunkStream {
    Box::pin(async_stream::stream! {
        let mut first: Option<Instant> = None;
        while let Some(chunk) = chunks.next().await {
            let labels = ["chat", model.as_str()];
            match &chunk {
                Ok(Chunk::Done { usage, finish }) => {
                    record_usage(&span, *usage, *finish);
                    let now = Instant::now();
                    GENAI_DURATION.with_label_values(&labels).observe((now - started).as_secs_f64());
                    if let (Some(first), n @ 2..) = (first, usage.output_tokens) {
                        let per = (now - first).as_secs_f64() / f64::from(n - 1);
                        GENAI_TPOT.with_label_values(&labels).observe(per);
                    }
                    count_tokens(&labels, *usage);
                }
                Ok(_) if first.is_none() => {
                    let now = Instant::now();
                    first = Some(now);
                    GENAI_TTFT.with_label_values(&labels).observe((now - started).as_secs_f64());
                }
                _ => {}
            }
            yield chunk;
        }
    })
}

/// `chunks`, ended by a [`EngineError::ShuttingDown`] item if `stopping` is cancelled first.
fn until_stopped(mut chunks: ChunkStream, stopping: CancellationToken) -> ChunkStream {
    Box::pin(async_stream::stream! {
        loop {
            tokio::select! {
                chunk = chunks.next() => match chunk {
                    Some(c) => yield c,
                    None => return,
                },
                () = stopping.cancelled() => {
                    yield Err(EngineError::ShuttingDown);
                    return;
                }
            }
        }
    })
}

pub struct Registry {
    models: Vec<Model>,
    default_generation: Option<String>,
    default_embedding: Option<String>,
}

/// When the registry's models were "created", as `/v1/models` reports it.
const CREATED: i64 = 1_764_000_000;

impl Registry {
    pub fn build(
        config: &Config,
        reliability: &Reliability,
        stopping: CancellationToken,
    ) -> Result<Registry> {
        // Local models load first, embedders before generators: an embedder's load briefly holds
        // its weights twice, and doing that before the larger generator is resident keeps the
        // process's peak memory down.
        let mut order: Vec<&ModelEntry> = config.models.registry.iter().collect();
        order.sort_by_key(|e| match e {
            ModelEntry::Local(l) if l.capabilities.contains(&Capability::Embedding) => 0,
            ModelEntry::Local(_) => 1,
            _ => 2,
        });
        let mut upstream: Option<Arc<openai::Upstream>> = None;
        let mut engines = std::collections::HashMap::new();
        for entry in order {
            let engine: Arc<dyn Engine> = match entry {
                ModelEntry::Local(l) => {
                    let started = std::time::Instant::now();
                    let engine = local::LocalEngine::load(l, &config.models.dir)
                        .with_context(|| format!("model `{}`", l.id))?;
                    tracing::info!(model = %l.id, ms = started.elapsed().as_millis() as u64, "loaded local model");
                    Arc::new(engine)
                }
                ModelEntry::Echo(e) => Arc::new(echo::EchoEngine::new(e)),
                ModelEntry::Openai(o) => {
                    let client = match &upstream {
                        Some(u) => u.clone(),
                        None => {
                            let u = Arc::new(openai::Upstream::new(&config.upstream, reliability)?);
                            upstream = Some(u.clone());
                            u
                        }
                    };
                    Arc::new(openai::OpenAiEngine::new(client, o))
                }
            };
            engines.insert(entry.id().to_string(), engine);
        }
        let models = config
            .models
            .registry
            .iter()
            .filter_map(|entry| {
                Some(Model {
                    engine: engines.remove(entry.id())?,
                    entry: entry.clone(),
                    created: CREATED,
                    stopping: stopping.clone(),
                })
            })
            .collect();
        Ok(Registry {
            models,
            default_generation: config.models.default_generation.clone(),
            default_embedding: config.models.default_embedding.clone(),
        })
    }

    /// The default model for `cap`, if one is configured.
    pub fn default_id(&self, cap: Capability) -> Option<&str> {
        match cap {
            Capability::Generation => self.default_generation.as_deref(),
            Capability::Embedding => self.default_embedding.as_deref(),
        }
    }

    pub fn all(&self) -> &[Model] {
        &self.models
    }

    pub fn get(&self, id: &str) -> Option<&Model> {
        self.models.iter().find(|m| m.id() == id)
    }

    /// The model `id` (or the default for `cap`) if it can do `cap`; `param` names the request
    /// field for the error.
    pub fn resolve(
        &self,
        id: Option<&str>,
        cap: Capability,
        param: &'static str,
    ) -> Result<&Model, EngineError> {
        let Some(id) = id.or(self.default_id(cap)) else {
            return Err(EngineError::ModelRequired { param });
        };
        match self.get(id) {
            Some(m) if m.entry.can(cap) => Ok(m),
            Some(_) => Err(EngineError::ModelCannot {
                id: id.to_string(),
                capability: cap,
                param,
            }),
            None => Err(EngineError::ModelNotFound {
                id: id.to_string(),
                param,
            }),
        }
    }
}

/// L2-normalises in place (zero vectors stay zero).
pub fn normalize(v: &mut [f32]) {
    let norm = v.iter().map(|x| x * x).sum::<f32>().sqrt();
    if norm > 0.0 {
        v.iter_mut().for_each(|x| *x /= norm);
    }
}
