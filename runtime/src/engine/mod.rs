//! Model engines behind one small trait, and the registry that maps public model ids to them.
//!
//! An engine generates text (whole or streamed), embeds inputs and counts tokens. Handlers only
//! see [`Engine`]; a new backend is a new file here plus a registry entry.

pub mod echo;
pub mod local;
pub mod openai;

use crate::config::{Capability, Config, EngineKind, ModelEntry, Reliability};
use anyhow::{Context, Result};
use futures::future::BoxFuture;
use futures::stream::BoxStream;
use lukhas_api::support::ApiError;
use std::sync::Arc;

/// Serialized as OpenAI's chat roles.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    System,
    User,
    Assistant,
}

/// One chat message; serializes as `{"role", "content"}`, the form OpenAI APIs and chat templates
/// take.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Turn {
    pub role: Role,
    pub content: String,
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
    Tokens(Vec<i64>),
}

#[derive(Debug, Clone)]
pub struct Embeddings {
    /// Unit-length vectors, in input order.
    pub vectors: Vec<Vec<f32>>,
    pub tokens: u32,
}

pub type ChunkStream = BoxStream<'static, Result<Chunk, ApiError>>;

pub trait Engine: Send + Sync {
    /// `echo`, `openai`, ...
    fn kind(&self) -> &'static str;
    fn generate(
        &self,
        model: &ModelEntry,
        req: GenerateRequest,
    ) -> BoxFuture<'_, Result<Generation, ApiError>>;
    /// Dropping the stream stops the generation.
    fn stream(
        &self,
        model: &ModelEntry,
        req: GenerateRequest,
    ) -> BoxFuture<'_, Result<ChunkStream, ApiError>>;
    fn embed(
        &self,
        model: &ModelEntry,
        inputs: Vec<EmbedInput>,
    ) -> BoxFuture<'_, Result<Embeddings, ApiError>>;
    /// Tokens of `text` as this engine's tokenizer counts them.
    fn count_tokens(&self, model: &ModelEntry, text: &str) -> u32;
    /// Whether the engine can serve now (`Err` says why not).
    fn ready(&self) -> BoxFuture<'_, Result<(), String>>;
}

/// A registry entry bound to its engine.
#[derive(Clone)]
pub struct Model {
    pub entry: ModelEntry,
    pub engine: Arc<dyn Engine>,
    pub created: i64,
}

impl Model {
    pub fn id(&self) -> &str {
        &self.entry.id
    }
    pub fn can(&self, cap: Capability) -> bool {
        self.entry.capabilities.contains(&cap)
    }
    pub async fn generate(&self, req: GenerateRequest) -> Result<Generation, ApiError> {
        self.engine.generate(&self.entry, req).await
    }
    pub async fn stream(&self, req: GenerateRequest) -> Result<ChunkStream, ApiError> {
        self.engine.stream(&self.entry, req).await
    }
    pub async fn embed(&self, inputs: Vec<EmbedInput>) -> Result<Embeddings, ApiError> {
        self.engine.embed(&self.entry, inputs).await
    }
}

pub struct Registry {
    models: Vec<Model>,
    pub default_generation: String,
    pub default_embedding: String,
}

impl Registry {
    pub fn build(config: &Config, reliability: &Reliability) -> Result<Registry> {
        let created = 1_764_000_000;
        let echo: Arc<dyn Engine> = Arc::new(echo::EchoEngine::default());
        let mut upstream: Option<Arc<dyn Engine>> = None;
        // Local models load first, embedders before generators: an embedder's load briefly holds
        // its weights twice, and doing that before the larger generator is resident keeps the
        // process's peak memory down.
        let mut local_entries: Vec<&ModelEntry> = config
            .models
            .registry
            .iter()
            .filter(|e| e.engine == EngineKind::Local)
            .collect();
        local_entries.sort_by_key(|e| !e.capabilities.contains(&Capability::Embedding));
        let mut local = std::collections::HashMap::new();
        for entry in local_entries {
            let started = std::time::Instant::now();
            let engine = local::LocalEngine::load(entry, &config.models.models_dir())
                .with_context(|| format!("model `{}`", entry.id))?;
            tracing::info!(model = %entry.id, ms = started.elapsed().as_millis() as u64, "loaded local model");
            local.insert(entry.id.clone(), Arc::new(engine) as Arc<dyn Engine>);
        }
        let mut models = Vec::new();
        for entry in &config.models.registry {
            let engine = match entry.engine {
                EngineKind::Echo => echo.clone(),
                EngineKind::Local => local[&entry.id].clone(),
                EngineKind::Openai => match &upstream {
                    Some(e) => e.clone(),
                    None => {
                        let e: Arc<dyn Engine> = Arc::new(openai::OpenAiEngine::from_env(
                            &config.upstream,
                            reliability,
                        )?);
                        upstream = Some(e.clone());
                        e
                    }
                },
            };
            models.push(Model {
                entry: entry.clone(),
                engine,
                created,
            });
        }
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
        self.models.iter().find(|m| m.entry.id == id)
    }

    /// The model `id` (or the default for `cap`) if it can do `cap`; else the OpenAI 404.
    pub fn resolve(
        &self,
        id: Option<&str>,
        cap: Capability,
        param: &str,
    ) -> Result<&Model, ApiError> {
        let id = id.unwrap_or(match cap {
            Capability::Generation => &self.default_generation,
            Capability::Embedding => &self.default_embedding,
        });
        match self.get(id) {
            Some(m) if m.can(cap) => Ok(m),
            Some(_) => Err(ApiError::not_found(
                "model_not_found",
                format!(
                    "The model `{id}` does not support {}.",
                    match cap {
                        Capability::Generation => "text generation",
                        Capability::Embedding => "embeddings",
                    }
                ),
            )
            .with_param(param)),
            None => Err(ApiError::not_found(
                "model_not_found",
                format!("The model `{id}` does not exist or you do not have access to it."),
            )
            .with_param(param)),
        }
    }

    /// Each distinct engine once, with a model that uses it (for readiness).
    pub fn engines(&self) -> Vec<(&'static str, Arc<dyn Engine>)> {
        let mut out: Vec<(&'static str, Arc<dyn Engine>)> = Vec::new();
        for m in &self.models {
            if !out.iter().any(|(k, _)| *k == m.engine.kind()) {
                out.push((m.engine.kind(), m.engine.clone()));
            }
        }
        out
    }
}

/// L2-normalises in place (zero vectors stay zero).
pub fn normalize(v: &mut [f32]) {
    let norm = v.iter().map(|x| x * x).sum::<f32>().sqrt();
    if norm > 0.0 {
        v.iter_mut().for_each(|x| *x /= norm);
    }
}
