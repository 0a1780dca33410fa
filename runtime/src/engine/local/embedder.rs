//! BERT sentence embeddings: attention-masked mean pooling, L2 normalisation, at most 256 tokens a
//! text. One worker thread owns the model; requests that arrive within a short window are run
//! together (sorted by length, padded to the longest of each chunk), so throughput rises under load.

use crate::engine::{EmbedInput, Embeddings, EngineError};
use anyhow::{anyhow, Context, Result};
use candle_core::{DType, Device, Tensor};
use candle_nn::VarBuilder;
use candle_transformers::models::bert::{BertModel, Config};
use std::path::Path;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};
use tokenizers::{Tokenizer, TruncationParams};
use tokio::sync::oneshot;

pub const MAX_TOKENS: usize = 256;
/// How long the worker waits for more requests to join a batch.
const WINDOW: Duration = Duration::from_millis(2);
/// Sequences per forward pass, and the batch size that stops the window early.
const CHUNK: usize = 64;
const QUEUE: usize = 256;

struct Job {
    inputs: Vec<Vec<u32>>,
    reply: oneshot::Sender<Result<Vec<Vec<f32>>, String>>,
}

pub struct Embedder {
    jobs: super::Queue<Job>,
    tokenizer: Arc<Tokenizer>,
    /// The same without truncation, to cut long texts into windows (vector store chunks).
    whole: Arc<Tokenizer>,
    vocab: usize,
    cls: u32,
    sep: u32,
    alive: Arc<AtomicBool>,
}

impl Embedder {
    pub fn load(dir: &Path, id: &str) -> Result<Embedder> {
        let weights = super::require(dir.join("model.safetensors"))?;
        let config_path = super::require(dir.join("config.json"))?;
        let tokenizer_path = super::require(dir.join("tokenizer.json"))?;
        let config: Config = serde_json::from_str(&std::fs::read_to_string(&config_path)?)
            .with_context(|| format!("{} is not a BERT config", config_path.display()))?;
        let mut tokenizer = Tokenizer::from_file(&tokenizer_path)
            .map_err(|e| anyhow!("{}: {e}", tokenizer_path.display()))?;
        let mut whole = tokenizer.clone();
        whole.with_padding(None);
        whole
            .with_truncation(None)
            .map_err(|e| anyhow!("tokenizer truncation: {e}"))?;
        // tokenizer.json pins fixed padding to 128 and truncation at 128: pad per batch instead,
        // truncate at 256.
        tokenizer.with_padding(None);
        tokenizer
            .with_truncation(Some(TruncationParams {
                max_length: MAX_TOKENS,
                ..Default::default()
            }))
            .map_err(|e| anyhow!("tokenizer truncation: {e}"))?;
        let device = Device::Cpu;
        // SAFETY: the file is memory-mapped read-only and was just verified to exist; nothing in
        // this process writes to it.
        let vb = unsafe { VarBuilder::from_mmaped_safetensors(&[&weights], DType::F32, &device)? };
        let model = BertModel::load(vb, &config)
            .with_context(|| format!("loading {}", weights.display()))?;
        let cls = tokenizer.token_to_id("[CLS]").unwrap_or(101);
        let sep = tokenizer.token_to_id("[SEP]").unwrap_or(102);
        let tokenizer = Arc::new(tokenizer);
        let (tx, rx) = super::queue(QUEUE, id, "embedding", Duration::from_secs(1));
        let alive = Arc::new(AtomicBool::new(true));
        let flag = alive.clone();
        std::thread::Builder::new()
            .name("lukhas-embedder".into())
            .spawn(move || {
                worker(model, device, rx);
                flag.store(false, Ordering::SeqCst);
            })?;
        Ok(Embedder {
            jobs: tx,
            vocab: config.vocab_size,
            tokenizer,
            whole: Arc::new(whole),
            cls,
            sep,
            alive,
        })
    }

    /// Byte ranges of `text`'s tokens, special tokens aside.
    pub fn spans(&self, text: &str) -> Option<Vec<std::ops::Range<usize>>> {
        let encoding = self.whole.encode(text, false).ok()?;
        Some(encoding.get_offsets().iter().map(|&(a, b)| a..b).collect())
    }

    pub fn alive(&self) -> bool {
        self.alive.load(Ordering::SeqCst)
    }

    fn ids(&self, input: EmbedInput) -> Result<Vec<u32>, EngineError> {
        match input {
            EmbedInput::Text(t) => self
                .tokenizer
                .encode(t, true)
                .map(|e| e.get_ids().to_vec())
                .map_err(|e| EngineError::Model(format!("tokenizing: {e}"))),
            // Token ids are ids of this model's vocabulary (WordPiece), wrapped like a text.
            EmbedInput::Tokens(ids) => {
                if let Some(bad) = ids.iter().find(|&&t| t as usize >= self.vocab) {
                    return Err(EngineError::InvalidInput {
                        param: "/input".into(),
                        message: format!(
                            "Token id {bad} is outside this model's vocabulary (0..{}).",
                            self.vocab
                        ),
                    });
                }
                let mut out = Vec::with_capacity(ids.len().min(MAX_TOKENS - 2) + 2);
                out.push(self.cls);
                out.extend(ids.iter().take(MAX_TOKENS - 2));
                out.push(self.sep);
                Ok(out)
            }
        }
    }

    pub async fn embed(&self, inputs: Vec<EmbedInput>) -> Result<Embeddings, EngineError> {
        let sequences = inputs
            .into_iter()
            .map(|i| self.ids(i))
            .collect::<Result<Vec<_>, _>>()?;
        let tokens = sequences.iter().map(|s| s.len() as u32).sum();
        let (reply, answer) = oneshot::channel();
        let job = Job {
            inputs: sequences,
            reply,
        };
        self.jobs.push(job)?;
        let vectors = answer
            .await
            .map_err(|_| EngineError::WorkerStopped("embedding"))?
            .map_err(|e| EngineError::Model(format!("embedding: {e}")))?;
        Ok(Embeddings { vectors, tokens })
    }
}

fn worker(model: BertModel, device: Device, rx: super::Jobs<Job>) {
    while let Some(first) = rx.recv() {
        let mut queued = first.inputs.len();
        let mut jobs = vec![first];
        let deadline = Instant::now() + WINDOW;
        while queued < CHUNK {
            match rx.recv_timeout(deadline.saturating_duration_since(Instant::now())) {
                Some(job) => {
                    queued += job.inputs.len();
                    jobs.push(job);
                }
                None => break,
            }
        }
        let all: Vec<&Vec<u32>> = jobs.iter().flat_map(|j| j.inputs.iter()).collect();
        let result = embed_all(&model, &device, &all).map_err(|e| e.to_string());
        let mut offset = 0;
        for job in jobs {
            let n = job.inputs.len();
            let part = result
                .as_ref()
                .map(|v| v[offset..offset + n].to_vec())
                .map_err(Clone::clone);
            offset += n;
            let _ = job.reply.send(part);
        }
    }
}

/// Embeds every sequence, in order: sorted by length into chunks so padding stays small.
fn embed_all(
    model: &BertModel,
    device: &Device,
    seqs: &[&Vec<u32>],
) -> candle_core::Result<Vec<Vec<f32>>> {
    let mut order: Vec<usize> = (0..seqs.len()).collect();
    order.sort_by_key(|&i| seqs[i].len());
    let mut out = vec![Vec::new(); seqs.len()];
    for chunk in order.chunks(CHUNK) {
        let batch: Vec<&Vec<u32>> = chunk.iter().map(|&i| seqs[i]).collect();
        for (&i, v) in chunk.iter().zip(embed_chunk(model, device, &batch)?) {
            out[i] = v;
        }
    }
    Ok(out)
}

fn embed_chunk(
    model: &BertModel,
    device: &Device,
    seqs: &[&Vec<u32>],
) -> candle_core::Result<Vec<Vec<f32>>> {
    let len = seqs.iter().map(|s| s.len()).max().unwrap_or(1).max(1);
    let mut ids = Vec::with_capacity(seqs.len() * len);
    let mut mask = Vec::with_capacity(seqs.len() * len);
    for s in seqs {
        ids.extend(s.iter().copied());
        ids.extend(std::iter::repeat_n(0u32, len - s.len()));
        mask.extend(std::iter::repeat_n(1u32, s.len()));
        mask.extend(std::iter::repeat_n(0u32, len - s.len()));
    }
    let shape = (seqs.len(), len);
    let ids = Tensor::from_vec(ids, shape, device)?;
    let mask = Tensor::from_vec(mask, shape, device)?;
    let types = ids.zeros_like()?;
    let hidden = model.forward(&ids, &types, Some(&mask))?; // (batch, len, dim)
    let m = mask.to_dtype(DType::F32)?.unsqueeze(2)?; // (batch, len, 1)
    let summed = hidden.broadcast_mul(&m)?.sum(1)?; // (batch, dim)
    let counts = m.sum(1)?.clamp(1e-9, f64::MAX)?; // (batch, 1)
    let mean = summed.broadcast_div(&counts)?;
    let norms = mean.sqr()?.sum_keepdim(1)?.sqrt()?.clamp(1e-12, f64::MAX)?;
    mean.broadcast_div(&norms)?.to_vec2::<f32>()
}
