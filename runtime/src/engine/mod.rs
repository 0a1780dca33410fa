//! Model engines behind one small trait, and the registry that maps public model ids to them.
//!
//! An engine generates text (whole or streamed) and embeds inputs. Each registry entry gets its
//! own engine instance, configured with that entry's settings, so handlers only see [`Model`]s.
//! A new backend is a new file here plus a registry variant in `config.rs`.

pub mod echo;
pub mod error;
pub mod local;
pub mod openai;

pub use error::{EngineError, UpstreamError};

use crate::config::{Capability, Config, ModelEntry, Reliability};
use anyhow::{Context, Result};
use futures::future::BoxFuture;
use futures::stream::BoxStream;
use futures::StreamExt;
use std::sync::Arc;
use tokio_util::sync::CancellationToken;

/// Serialized as OpenAI's chat roles.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    System,
    User,
    Assistant,
}

/// One chat message; serializes as `{"role", "content"[, "name"]}`, the form OpenAI APIs and
/// chat templates take.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Turn {
    pub role: Role,
    pub content: String,
    /// The participant's name, when a conversation has several of one role.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}

impl Turn {
    pub fn new(role: Role, content: impl Into<String>) -> Turn {
        Turn {
            role,
            content: content.into(),
            name: None,
        }
    }
}

/// What to generate: a conversation and sampling settings.
#[derive(Debug, Clone, Default)]
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
    /// The request field holding the prompt, for errors about it (`messages`, `input`).
    pub prompt_param: &'static str,
    /// Never produce a run of this many tokens that already stands in the prompt or the output
    /// (the embedded engine's guard against copying and loops; upstreams do not take it).
    pub no_repeat_ngram: Option<usize>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Finish {
    Stop,
    Length,
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
    pub finish: Finish,
    pub usage: Usage,
}

/// One item of a generation stream: text deltas, then exactly one `Done`.
#[derive(Debug, Clone)]
pub enum Chunk {
    Delta(String),
    Done { finish: Finish, usage: Usage },
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

    /// Whether the engine can serve now (`Err` says why not, for operators).
    fn ready(&self) -> BoxFuture<'_, Result<(), String>>;
}

/// A stream's deltas joined, with its finish and usage.
pub async fn collect(mut stream: ChunkStream) -> Result<Generation, EngineError> {
    let mut text = String::new();
    while let Some(chunk) = stream.next().await {
        match chunk? {
            Chunk::Delta(d) => text.push_str(&d),
            Chunk::Done { finish, usage } => {
                return Ok(Generation {
                    text,
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
        tokio::select! {
            g = self.engine.generate(req) => g,
            () = self.stopping.cancelled() => Err(EngineError::ShuttingDown),
        }
    }
    pub async fn stream(&self, req: GenerateRequest) -> Result<ChunkStream, EngineError> {
        let chunks = self.engine.stream(req).await?;
        Ok(until_stopped(chunks, self.stopping.clone()))
    }
    pub async fn embed(&self, inputs: Vec<EmbedInput>) -> Result<Embeddings, EngineError> {
        self.engine.embed(inputs).await
    }
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
        let default = match cap {
            Capability::Generation => self.default_generation.as_deref(),
            Capability::Embedding => self.default_embedding.as_deref(),
        };
        let Some(id) = id.or(default) else {
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
