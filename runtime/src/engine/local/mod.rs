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
use crate::telemetry::counters::{QUEUE_DEPTH, QUEUE_WAIT};
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

/// A model's bounded job queue, measured: its depth (`lukhas_model_queue_depth`) and how long
/// jobs wait in it (`lukhas_model_queue_wait_seconds`), by model.
struct Queue<T> {
    jobs: std::sync::mpsc::SyncSender<Queued<T>>,
    model: String,
    what: &'static str,
    retry_after: Duration,
}

/// A job and when it was queued; its span lasts as long as the wait.
struct Queued<T> {
    job: T,
    since: std::time::Instant,
    _waiting: tracing::Span,
}

/// The worker's end of a [`Queue`].
struct Jobs<T> {
    rx: std::sync::mpsc::Receiver<Queued<T>>,
    model: String,
}

fn queue<T>(
    capacity: usize,
    model: &str,
    what: &'static str,
    retry_after: Duration,
) -> (Queue<T>, Jobs<T>) {
    let (jobs, rx) = std::sync::mpsc::sync_channel(capacity);
    let model = model.to_string();
    (
        Queue {
            jobs,
            model: model.clone(),
            what,
            retry_after,
        },
        Jobs { rx, model },
    )
}

impl<T> Queue<T> {
    /// Hands a job to the model's worker thread without waiting: a full queue is a 503 the
    /// client can retry after `retry_after`.
    fn push(&self, job: T) -> Result<(), EngineError> {
        let queued = Queued {
            job,
            since: std::time::Instant::now(),
            _waiting: tracing::info_span!("queue_wait", model = %self.model),
        };
        self.jobs.try_send(queued).map_err(|e| match e {
            std::sync::mpsc::TrySendError::Full(_) => EngineError::Busy {
                what: self.what,
                retry_after: self.retry_after,
            },
            std::sync::mpsc::TrySendError::Disconnected(_) => EngineError::WorkerStopped(self.what),
        })?;
        QUEUE_DEPTH.with_label_values(&[&self.model]).inc();
        Ok(())
    }
}

impl<T> Jobs<T> {
    /// The next job, waiting for one (`None` once every sender is gone).
    fn recv(&self) -> Option<T> {
        self.rx.recv().ok().map(|q| self.taken(q))
    }

    /// The next job if one comes within `wait`.
    fn recv_timeout(&self, wait: Duration) -> Option<T> {
        self.rx.recv_timeout(wait).ok().map(|q| self.taken(q))
    }

    fn taken(&self, q: Queued<T>) -> T {
        QUEUE_DEPTH.with_label_values(&[&self.model]).dec();
        QUEUE_WAIT
            .with_label_values(&[&self.model])
            .observe(q.since.elapsed().as_secs_f64());
        q.job
    }
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
            Ok(LocalEngine::Embedder(embedder::Embedder::load(
                &path, &model.id,
            )?))
        } else {
            Ok(LocalEngine::Generator(Box::new(
                generator::Generator::load(
                    &path,
                    &model.id,
                    model.queue,
                    model.system_prompt.clone(),
                )?,
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

    fn token_spans(&self, text: &str) -> Option<Vec<std::ops::Range<usize>>> {
        match self {
            LocalEngine::Embedder(e) => e.spans(text),
            LocalEngine::Generator(_) => None,
        }
    }

    fn embedding_window(&self) -> Option<usize> {
        match self {
            // [CLS] and [SEP] take two places.
            LocalEngine::Embedder(_) => Some(embedder::MAX_TOKENS - 2),
            LocalEngine::Generator(_) => None,
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
