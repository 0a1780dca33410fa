//! The `local` engine: embedded models in pure Rust (candle), no external service.
//!
//! - [`embedder`]: BERT sentence embeddings (all-MiniLM-L6-v2 from safetensors), with concurrent
//!   requests batched together on one worker thread.
//! - [`generator`]: a quantized llama (SmolLM2-135M-Instruct GGUF) on a dedicated worker thread with
//!   a bounded queue, so the async runtime (and `/healthz`) never waits on the model.
//!
//! The server never downloads anything: missing files stop start-up with the file and the command
//! that fetches it (`make models`).

pub mod embedder;
pub mod generator;

use super::{ChunkStream, EmbedInput, Embeddings, Engine, GenerateRequest, Generation};
use crate::config::{Capability, ModelEntry};
use anyhow::{bail, Result};
use futures::future::BoxFuture;
use futures::{FutureExt, StreamExt};
use lukhas_api::support::ApiError;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// A model's file, or the message that says how to get it.
pub fn require(path: PathBuf) -> Result<PathBuf> {
    if !path.is_file() {
        bail!(
            "model file {} is missing: run `make models` (python3 scripts/fetch_models.py) to fetch \
             the embedded models (set LUKHAS_MODELS_DIR to use another directory)",
            path.display()
        );
    }
    Ok(path)
}

/// Hands a job to a model's worker thread without waiting: a full queue is a 503 the client can
/// retry after `retry_after_secs`.
fn enqueue<T>(
    jobs: &std::sync::mpsc::SyncSender<T>,
    job: T,
    what: &str,
    retry_after_secs: u64,
) -> Result<(), ApiError> {
    jobs.try_send(job).map_err(|e| match e {
        std::sync::mpsc::TrySendError::Full(_) => ApiError::unavailable(
            format!("The {what} queue is full; retry shortly."),
            retry_after_secs,
        ),
        std::sync::mpsc::TrySendError::Disconnected(_) => {
            ApiError::internal(format!("the {what} worker has stopped"))
        }
    })
}

pub enum LocalEngine {
    Embedder(Arc<embedder::Embedder>),
    Generator(Arc<generator::Generator>),
}

impl LocalEngine {
    pub fn load(entry: &ModelEntry, models_dir: &Path) -> Result<LocalEngine> {
        let rel = entry.path.clone().unwrap_or_default();
        let path = if rel.is_absolute() {
            rel
        } else {
            models_dir.join(rel)
        };
        if entry.capabilities.contains(&Capability::Embedding) {
            Ok(LocalEngine::Embedder(Arc::new(embedder::Embedder::load(
                &path,
            )?)))
        } else {
            Ok(LocalEngine::Generator(Arc::new(
                generator::Generator::load(&path, entry.queue, entry.system_prompt.clone())?,
            )))
        }
    }

    fn not_capable(&self, what: &str) -> ApiError {
        ApiError::not_found(
            "model_not_found",
            format!("This model does not support {what}."),
        )
    }
}

impl Engine for LocalEngine {
    fn kind(&self) -> &'static str {
        "local"
    }

    fn generate(
        &self,
        _model: &ModelEntry,
        req: GenerateRequest,
    ) -> BoxFuture<'_, Result<Generation, ApiError>> {
        async move {
            let LocalEngine::Generator(g) = self else {
                return Err(self.not_capable("text generation"));
            };
            let mut stream = g.start(req)?;
            let mut text = String::new();
            while let Some(chunk) = stream.next().await {
                match chunk? {
                    super::Chunk::Delta(d) => text.push_str(&d),
                    super::Chunk::Done { finish, usage } => {
                        return Ok(Generation {
                            text,
                            finish,
                            usage,
                        })
                    }
                }
            }
            Err(ApiError::internal("the generation worker stopped early"))
        }
        .boxed()
    }

    fn stream(
        &self,
        _model: &ModelEntry,
        req: GenerateRequest,
    ) -> BoxFuture<'_, Result<ChunkStream, ApiError>> {
        async move {
            match self {
                LocalEngine::Generator(g) => g.start(req),
                _ => Err(self.not_capable("text generation")),
            }
        }
        .boxed()
    }

    fn embed(
        &self,
        _model: &ModelEntry,
        inputs: Vec<EmbedInput>,
    ) -> BoxFuture<'_, Result<Embeddings, ApiError>> {
        async move {
            match self {
                LocalEngine::Embedder(e) => e.embed(inputs).await,
                _ => Err(self.not_capable("embeddings")),
            }
        }
        .boxed()
    }

    fn count_tokens(&self, _model: &ModelEntry, text: &str) -> u32 {
        match self {
            LocalEngine::Embedder(e) => e.count_tokens(text),
            LocalEngine::Generator(g) => g.count_tokens(text),
        }
    }

    fn ready(&self) -> BoxFuture<'_, Result<(), String>> {
        let alive = match self {
            LocalEngine::Embedder(e) => e.alive(),
            LocalEngine::Generator(g) => g.alive(),
        };
        async move {
            if alive {
                Ok(())
            } else {
                Err("the model worker has stopped".into())
            }
        }
        .boxed()
    }
}
