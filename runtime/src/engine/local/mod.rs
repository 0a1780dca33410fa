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

use super::{ChunkStream, EmbedInput, Embeddings, Engine, EngineError, GenerateRequest};
use crate::config::{Capability, LocalModel};
use anyhow::{bail, Result};
use futures::future::BoxFuture;
use futures::FutureExt;
use std::path::{Path, PathBuf};
use std::time::Duration;

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
/// retry after `retry_after`.
fn enqueue<T>(
    jobs: &std::sync::mpsc::SyncSender<T>,
    job: T,
    what: &'static str,
    retry_after: Duration,
) -> Result<(), EngineError> {
    jobs.try_send(job).map_err(|e| match e {
        std::sync::mpsc::TrySendError::Full(_) => EngineError::Busy { what, retry_after },
        std::sync::mpsc::TrySendError::Disconnected(_) => EngineError::WorkerStopped(what),
    })
}

pub enum LocalEngine {
    Embedder(embedder::Embedder),
    /// Boxed: its chat templates make it several times the embedder's size.
    Generator(Box<generator::Generator>),
}

impl LocalEngine {
    pub fn load(model: &LocalModel, models_dir: &Path) -> Result<LocalEngine> {
        let path = if model.path.is_absolute() {
            model.path.clone()
        } else {
            models_dir.join(&model.path)
        };
        if model.capabilities.contains(&Capability::Embedding) {
            Ok(LocalEngine::Embedder(embedder::Embedder::load(&path)?))
        } else {
            Ok(LocalEngine::Generator(Box::new(
                generator::Generator::load(&path, model.queue, model.system_prompt.clone())?,
            )))
        }
    }
}

impl Engine for LocalEngine {
    fn kind(&self) -> &'static str {
        "local"
    }

    fn stream(&self, req: GenerateRequest) -> BoxFuture<'_, Result<ChunkStream, EngineError>> {
        async move {
            match self {
                LocalEngine::Generator(g) => g.start(req).await,
                LocalEngine::Embedder(_) => Err(EngineError::Unsupported(Capability::Generation)),
            }
        }
        .boxed()
    }

    fn count_tokens(&self, req: &GenerateRequest) -> Result<Option<usize>, EngineError> {
        match self {
            LocalEngine::Generator(g) => g.count(req).map(Some),
            LocalEngine::Embedder(_) => Ok(None),
        }
    }

    fn context_window(&self) -> Option<usize> {
        match self {
            LocalEngine::Generator(g) => Some(g.context()),
            LocalEngine::Embedder(_) => None,
        }
    }

    fn embed(&self, inputs: Vec<EmbedInput>) -> BoxFuture<'_, Result<Embeddings, EngineError>> {
        async move {
            match self {
                LocalEngine::Embedder(e) => e.embed(inputs).await,
                LocalEngine::Generator(_) => Err(EngineError::Unsupported(Capability::Embedding)),
            }
        }
        .boxed()
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
