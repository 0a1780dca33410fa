//! Text generation with a quantized llama from a GGUF file (SmolLM2-135M-Instruct by default).
//!
//! The tokenizer and the chat template come from the GGUF's metadata. One worker thread owns the
//! model; jobs wait in a bounded queue (full: 503 with `retry-after`). Tokens stream out as they are
//! sampled; when the client goes away the job's channel closes and the worker stops that job.

use crate::engine::{
    structured, tool_text, Chunk, ChunkStream, EngineError, Finish, Format, GenerateRequest, Role,
    Turn, Usage,
};
use anyhow::{anyhow, Context, Result};
use candle_core::quantized::tokenizer::TokenizerFromGguf;
use candle_core::quantized::{gguf_file, GgmlDType, QTensor};
use candle_core::{DType, Device, Tensor};
use candle_transformers::generation::{LogitsProcessor, Sampling};
use candle_transformers::models::quantized_llama::ModelWeights;
use futures::StreamExt;
use llguidance::{Matcher, ParserFactory};
use serde_json::{json, Value};
use std::collections::HashMap;
use std::path::Path;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::Duration;
use tokenizers::pre_tokenizers::byte_level::ByteLevel;
use tokenizers::pre_tokenizers::digits::Digits;
use tokenizers::pre_tokenizers::sequence::Sequence;
use tokenizers::Tokenizer;
use tokio_stream::wrappers::ReceiverStream;

/// Sampling defaults when a request sets none (the model card's recommendation for SmolLM2).
const DEFAULT_TEMPERATURE: f64 = 0.2;
const DEFAULT_TOP_P: f64 = 0.9;
const REPEAT_PENALTY: f32 = 1.1;
const REPEAT_WINDOW: usize = 64;
const DEFAULT_MAX_TOKENS: usize = 512;
/// Tokens of context (prompt + output) served, whatever the GGUF allows: the KV cache costs about
/// 46 KB a token for SmolLM2-135M and a prompt's attention is quadratic, so this bounds memory.
const MAX_CONTEXT: usize = 2048;

struct Job {
    prompt: Vec<u32>,
    max_tokens: usize,
    sampling: Sampling,
    seed: u64,
    stop: Vec<String>,
    penalties: Penalties,
    /// The grammar the output must follow (structured outputs, tool calls).
    constraint: Option<Matcher>,
    out: tokio::sync::mpsc::Sender<Result<Chunk, EngineError>>,
    /// The request's model span, the parent of the prefill and decode spans on the worker.
    span: tracing::Span,
}

pub struct Generator {
    jobs: super::Queue<Job>,
    tokenizer: Arc<Tokenizer>,
    /// The GGUF's chat template, compiled once, as template `chat`.
    templates: minijinja::Environment<'static>,
    bos: String,
    eos: String,
    context: usize,
    /// Prepended when a conversation has no system message.
    system_prompt: Option<String>,
    /// Compiles output grammars for this vocabulary.
    constraints: Arc<ParserFactory>,
    /// Whether the chat template renders `tools` and tool messages itself; if not, they are
    /// written into the conversation in the Hermes convention ([`tool_text`]).
    template_tools: bool,
    alive: Arc<AtomicBool>,
}

fn meta_str(ct: &gguf_file::Content, key: &str) -> Option<String> {
    ct.metadata.get(key)?.to_string().ok().cloned()
}

fn meta_u32(ct: &gguf_file::Content, key: &str) -> Option<u32> {
    ct.metadata.get(key)?.to_u32().ok()
}

/// The GGUF tokenizer as the model was trained with it. candle maps SmolLM's `smollm`
/// pre-tokenizer to plain GPT-2, which adds a leading space; SmolLM2 splits digits one by one and
/// uses byte-level without a prefix space.
pub fn tokenizer_from_gguf(ct: &gguf_file::Content) -> Result<Tokenizer> {
    let mut tokenizer =
        Tokenizer::from_gguf(ct).map_err(|e| anyhow!("tokenizer from GGUF: {e}"))?;
    if meta_str(ct, "tokenizer.ggml.pre").as_deref() == Some("smollm") {
        let pre = Sequence::new(vec![
            Digits::new(true).into(),
            ByteLevel::new(false, true, true).into(),
        ]);
        tokenizer.with_pre_tokenizer(Some(pre));
    }
    Ok(tokenizer)
}

/// Tensor types candle runs with scalar code only; [`Reencoded`] serves them as Q8_0.
fn slow_kernel(dtype: GgmlDType) -> bool {
    matches!(dtype, GgmlDType::Q4_1 | GgmlDType::Q5_0 | GgmlDType::Q5_1)
}

/// The GGUF's tensor data with every slow-kernel tensor re-encoded as Q8_0, which has AVX2 kernels
/// (picked at run time): several times faster decoding for 1.6x the memory of Q4_1, with rounding
/// far below Q4_1's. A `Read + Seek` that re-encodes one tensor at a time, as the model loader asks
/// for it, so loading never holds a second copy of the weights.
struct Reencoded<'a> {
    file: &'a mut std::fs::File,
    source: gguf_file::Content,
    /// (start, end, name) of each tensor in the re-encoded layout, by start.
    layout: Vec<(u64, u64, String)>,
    pos: u64,
    current: Option<(usize, Vec<u8>)>,
}

impl<'a> Reencoded<'a> {
    /// The content describing the re-encoded layout, and the reader serving it.
    fn new(
        mut source: gguf_file::Content,
        file: &'a mut std::fs::File,
    ) -> (gguf_file::Content, Self) {
        let mut names: Vec<&String> = source.tensor_infos.keys().collect();
        names.sort();
        let mut infos = std::collections::HashMap::new();
        let mut layout = Vec::new();
        let mut end = 0u64;
        for name in names {
            let info = &source.tensor_infos[name];
            let dtype = if slow_kernel(info.ggml_dtype) {
                GgmlDType::Q8_0
            } else {
                info.ggml_dtype
            };
            let size = (info.shape.elem_count() / dtype.block_size() * dtype.type_size()) as u64;
            let info = gguf_file::TensorInfo {
                ggml_dtype: dtype,
                shape: info.shape.clone(),
                offset: end,
            };
            layout.push((end, end + size, name.clone()));
            infos.insert(name.clone(), info);
            end += size;
        }
        let content = gguf_file::Content {
            magic: source.magic,
            metadata: std::mem::take(&mut source.metadata),
            tensor_infos: infos,
            tensor_data_offset: 0,
        };
        let reader = Reencoded {
            file,
            source,
            layout,
            pos: 0,
            current: None,
        };
        (content, reader)
    }

    fn encode(&mut self, index: usize) -> candle_core::Result<Vec<u8>> {
        let name = &self.layout[index].2;
        let mut tensor = self.source.tensor(self.file, name, &Device::Cpu)?;
        if slow_kernel(tensor.dtype()) {
            tensor = QTensor::quantize(&tensor.dequantize(&Device::Cpu)?, GgmlDType::Q8_0)?;
        }
        Ok(tensor.data()?.into_owned())
    }
}

impl std::io::Read for Reencoded<'_> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let index = self.layout.partition_point(|&(_, end, _)| end <= self.pos);
        let Some(&(start, _, _)) = self.layout.get(index) else {
            return Ok(0);
        };
        if self.current.as_ref().map(|c| c.0) != Some(index) {
            let bytes = self.encode(index).map_err(std::io::Error::other)?;
            self.current = Some((index, bytes));
        }
        let bytes = &self.current.as_ref().expect("just set").1;
        let from = (self.pos - start) as usize;
        let n = buf.len().min(bytes.len() - from);
        buf[..n].copy_from_slice(&bytes[from..from + n]);
        self.pos += n as u64;
        Ok(n)
    }
}

impl std::io::Seek for Reencoded<'_> {
    fn seek(&mut self, to: std::io::SeekFrom) -> std::io::Result<u64> {
        let len = self.layout.last().map_or(0, |l| l.1);
        self.pos = match to {
            std::io::SeekFrom::Start(p) => p,
            std::io::SeekFrom::End(d) => len.saturating_add_signed(d),
            std::io::SeekFrom::Current(d) => self.pos.saturating_add_signed(d),
        };
        Ok(self.pos)
    }
}

impl Generator {
    pub fn load(
        path: &Path,
        id: &str,
        queue: usize,
        system_prompt: Option<String>,
    ) -> Result<Generator> {
        let path = super::require(path.to_path_buf())?;
        let mut file = std::fs::File::open(&path)?;
        let content = gguf_file::Content::read(&mut file)
            .map_err(|e| anyhow!("{} is not a GGUF file: {e}", path.display()))?;
        let tokenizer = tokenizer_from_gguf(&content)?;
        let token = |key: &str, fallback: &str| {
            meta_u32(&content, key)
                .and_then(|id| tokenizer.id_to_token(id))
                .unwrap_or_else(|| fallback.to_string())
        };
        let bos = token("tokenizer.ggml.bos_token_id", "<|im_start|>");
        let eos = token("tokenizer.ggml.eos_token_id", "<|im_end|>");
        let template = meta_str(&content, "tokenizer.chat_template")
            .context("the GGUF has no tokenizer.chat_template")?;
        let template_tools = template.contains("tools");
        let mut templates = minijinja::Environment::new();
        templates
            .add_template_owned("chat", template)
            .map_err(|e| anyhow!("{}: chat template: {e}", path.display()))?;
        let context =
            (meta_u32(&content, "llama.context_length").unwrap_or(2048) as usize).min(MAX_CONTEXT);
        // Generation ends at the end-of-turn marker or the end-of-text token.
        let stops: Vec<u32> = [eos.as_str(), "<|im_end|>", "<|endoftext|>"]
            .iter()
            .filter_map(|t| tokenizer.token_to_id(t))
            .collect();
        let (content, mut weights) = Reencoded::new(content, &mut file);
        let model = ModelWeights::from_gguf(content, &mut weights, &Device::Cpu)
            .with_context(|| format!("loading {}", path.display()))?;
        let tokenizer = Arc::new(tokenizer);
        let constraints = Arc::new(structured::factory(structured::hf_env(
            tokenizer.clone(),
            &stops,
        )?)?);
        let (tx, rx) = super::queue(queue, id, "generation", Duration::from_secs(2));
        let alive = Arc::new(AtomicBool::new(true));
        let flag = alive.clone();
        let worker_tokenizer = tokenizer.clone();
        std::thread::Builder::new()
            .name("lukhas-generator".into())
            .spawn(move || {
                worker(model, &worker_tokenizer, &stops, rx);
                flag.store(false, Ordering::SeqCst);
            })?;
        let generator = Generator {
            jobs: tx,
            tokenizer,
            templates,
            bos,
            eos,
            context,
            system_prompt,
            constraints,
            template_tools,
            alive,
        };
        // Fail at start-up, not on the first request, if the template does not render.
        let hi = GenerateRequest {
            turns: vec![Turn::new(Role::User, "hi")],
            ..Default::default()
        };
        generator
            .prompt(&hi)
            .map_err(|e| anyhow!("{}: {e}", path.display()))?;
        Ok(generator)
    }

    pub fn alive(&self) -> bool {
        self.alive.load(Ordering::SeqCst)
    }

    /// Token ids of `text` (special tokens recognised).
    pub fn encode(&self, text: &str) -> Result<Vec<u32>, EngineError> {
        self.tokenizer
            .encode(text, false)
            .map(|e| e.get_ids().to_vec())
            .map_err(|e| EngineError::Model(format!("tokenizing the prompt: {e}")))
    }

    /// What the system message adds for tools and JSON formats (when the template does not
    /// render tools itself).
    fn instructions(&self, req: &GenerateRequest) -> Vec<String> {
        let mut parts = Vec::new();
        let tools = req.callable_tools();
        if !tools.is_empty() && !self.template_tools {
            parts.push(tool_text::describe(&tools, req.must_call()));
        }
        match &req.format {
            Format::Text => {}
            Format::JsonObject => parts.push("Answer with a JSON object only.".into()),
            Format::JsonSchema { schema, .. } => parts.push(format!(
                "Answer with a JSON object only, following this JSON Schema: {schema}"
            )),
        }
        parts
    }

    /// The conversation as the chat template's `messages`: tool calls and results in the
    /// template's own terms when it has them, else as Hermes-style text.
    fn messages(&self, req: &GenerateRequest) -> Vec<Value> {
        let role = |r: Role| match r {
            Role::System => "system",
            Role::User => "user",
            Role::Assistant => "assistant",
            Role::Tool => "tool",
        };
        let mut out: Vec<Value> = Vec::new();
        let extra = self.instructions(req);
        let has_system = req.turns.iter().any(|t| t.role == Role::System);
        if !has_system {
            let mut system: Vec<String> = self.system_prompt.iter().cloned().collect();
            system.extend(extra.iter().cloned());
            if !system.is_empty() {
                out.push(json!({"role": "system", "content": system.join("\n\n")}));
            }
        }
        let mut extra = Some(extra).filter(|e| has_system && !e.is_empty());
        for t in &req.turns {
            let mut content = t.content.clone();
            if t.role == Role::System {
                if let Some(extra) = extra.take() {
                    content = std::iter::once(content)
                        .chain(extra)
                        .collect::<Vec<_>>()
                        .join("\n\n");
                }
            }
            let message = if self.template_tools {
                let calls: Vec<Value> = t
                    .tool_calls
                    .iter()
                    .map(|c| {
                        let arguments: Value = serde_json::from_str(&c.arguments)
                            .unwrap_or_else(|_| Value::String(c.arguments.clone()));
                        json!({"id": c.id, "type": "function", "function": {"name": c.name, "arguments": arguments}})
                    })
                    .collect();
                let mut m = json!({"role": role(t.role), "content": content});
                if !calls.is_empty() {
                    m["tool_calls"] = Value::Array(calls);
                }
                if let Some(id) = &t.tool_call_id {
                    m["tool_call_id"] = json!(id);
                }
                m
            } else if t.role == Role::Tool {
                // Results are the user's turn; consecutive ones share it.
                let result = tool_text::render_result(&content);
                match out.last_mut() {
                    Some(last) if last.get("tool_results").is_some() => {
                        let joined =
                            format!("{}\n{result}", last["content"].as_str().unwrap_or(""));
                        last["content"] = json!(joined);
                        continue;
                    }
                    _ => json!({"role": "user", "content": result, "tool_results": true}),
                }
            } else {
                for call in &t.tool_calls {
                    if !content.is_empty() {
                        content.push('\n');
                    }
                    content.push_str(&tool_text::render_call(call));
                }
                json!({"role": role(t.role), "content": content})
            };
            out.push(message);
        }
        out
    }

    /// The request's conversation rendered with the GGUF's chat template, ready for the
    /// assistant's turn.
    pub fn prompt(&self, req: &GenerateRequest) -> Result<String, EngineError> {
        let messages = self.messages(req);
        let tools: Option<Vec<Value>> = (self.template_tools && !req.callable_tools().is_empty())
            .then(|| {
                req.callable_tools()
                    .iter()
                    .map(|t| {
                        json!({"type": "function", "function": {
                            "name": t.name, "description": t.description, "parameters": t.parameters,
                        }})
                    })
                    .collect()
            });
        self.templates
            .get_template("chat")
            .and_then(|t| {
                t.render(minijinja::context! {
                    messages => minijinja::Value::from(minijinja::value::Serde(&messages)),
                    tools => minijinja::Value::from(minijinja::value::Serde(&tools)),
                    add_generation_prompt => true,
                    bos_token => &self.bos,
                    eos_token => &self.eos,
                })
            })
            .map_err(|e| EngineError::Model(format!("chat template: {e}")))
    }

    /// Token count of the request's rendered prompt.
    pub fn count(&self, req: &GenerateRequest) -> Result<usize, EngineError> {
        Ok(self.encode(&self.prompt(req)?)?.len())
    }

    /// Tokens of context (prompt and output) this model serves.
    pub fn context(&self) -> usize {
        self.context
    }

    /// Queues a generation; the stream yields deltas then `Done`. Dropping it stops the job
    /// before its next token.
    pub async fn start(&self, req: GenerateRequest) -> Result<ChunkStream, EngineError> {
        let prompt = self.encode(&self.prompt(&req)?)?;
        if prompt.len() >= self.context {
            return Err(EngineError::ContextLength {
                prompt: prompt.len(),
                context: self.context,
                param: req.params.prompt,
            });
        }
        // Compiling a large schema can take a while: off the async workers.
        let constraint = if structured::grammar(&req).is_some() {
            let (factory, r) = (self.constraints.clone(), req.clone());
            tokio::task::spawn_blocking(move || structured::matcher(&factory, &r))
                .await
                .map_err(|e| EngineError::Model(format!("compiling the grammar: {e}")))??
        } else {
            None
        };
        let room = self.context - prompt.len();
        let max_tokens = req
            .max_tokens
            .map(|m| m as usize)
            .unwrap_or(DEFAULT_MAX_TOKENS)
            .min(room);
        let temperature = req.temperature.unwrap_or(DEFAULT_TEMPERATURE);
        let top_p = req.top_p.unwrap_or(if req.temperature.is_some() {
            1.0
        } else {
            DEFAULT_TOP_P
        });
        let sampling = if temperature <= 0.0 {
            Sampling::ArgMax
        } else if top_p < 1.0 {
            Sampling::TopP {
                p: top_p,
                temperature,
            }
        } else {
            Sampling::All { temperature }
        };
        let seed = req.seed.map(|s| s as u64).unwrap_or_else(rand::random);
        let calls = !req.callable_tools().is_empty();
        // Small: the worker is at most a few tokens ahead of the client, and notices a client
        // that left (the receiver dropped) before its next token.
        let (out, rx) = tokio::sync::mpsc::channel(4);
        let job = Job {
            prompt,
            max_tokens,
            sampling,
            seed,
            stop: req.stop,
            penalties: Penalties {
                presence: req.presence_penalty.unwrap_or(0.0),
                frequency: req.frequency_penalty.unwrap_or(0.0),
                // A grammar decides which runs may repeat (JSON repeats its punctuation).
                no_repeat_ngram: req
                    .no_repeat_ngram
                    .filter(|n| *n >= 2 && constraint.is_none()),
            },
            constraint,
            span: tracing::Span::current(),
            out,
        };
        self.jobs.push(job)?;
        let chunks = ReceiverStream::new(rx).boxed();
        Ok(if calls {
            tool_text::split(chunks, || crate::util::new_id("call"))
        } else {
            chunks
        })
    }
}

fn worker(mut model: ModelWeights, tokenizer: &Tokenizer, stops: &[u32], rx: super::Jobs<Job>) {
    while let Some(mut job) = rx.recv() {
        if job.out.is_closed() {
            continue; // the client left while the job was queued
        }
        if let Err(e) = run(&mut model, tokenizer, stops, &mut job) {
            let _ = job
                .out
                .blocking_send(Err(EngineError::Model(format!("generation: {e}"))));
        }
    }
}

/// Bytes at the end of `text` that could begin a stop sequence: held back until resolved.
fn held_back(text: &str, stops: &[String]) -> usize {
    stops
        .iter()
        .flat_map(|s| {
            (1..s.len())
                .filter(move |&n| s.is_char_boundary(n))
                .map(move |n| &s[..n])
        })
        .filter(|prefix| text.ends_with(prefix))
        .map(str::len)
        .max()
        .unwrap_or(0)
}

/// What discourages repetition: the model card's mild repeat penalty over the last tokens,
/// OpenAI's presence and frequency penalties over everything generated, and optionally a ban on
/// repeating any run of `no_repeat_ngram` tokens of the prompt or the output.
struct Penalties {
    presence: f32,
    frequency: f32,
    no_repeat_ngram: Option<usize>,
}

/// The tokens that would complete a run of `n` tokens already in `seen`, given the last `n - 1`.
fn repeats(seen: &[u32], n: usize) -> Vec<u32> {
    if n < 2 || seen.len() < n {
        return Vec::new();
    }
    let tail = &seen[seen.len() - (n - 1)..];
    seen.windows(n)
        .filter(|w| &w[..n - 1] == tail)
        .map(|w| w[n - 1])
        .collect()
}

impl Penalties {
    /// Bans the tokens that would repeat a run of the prompt or the output.
    fn ban_repeats(&self, logits: &mut [f32], prompt: &[u32], generated: &[u32]) {
        let Some(n) = self.no_repeat_ngram else {
            return;
        };
        let seen: Vec<u32> = prompt.iter().chain(generated).copied().collect();
        for t in repeats(&seen, n) {
            if let Some(l) = logits.get_mut(t as usize) {
                *l = f32::NEG_INFINITY;
            }
        }
    }

    fn apply(&self, logits: &mut [f32], generated: &[u32], counts: &HashMap<u32, u32>) {
        let recent = &generated[generated.len().saturating_sub(REPEAT_WINDOW)..];
        let mut seen = std::collections::HashSet::new();
        for &t in recent {
            if let Some(l) = logits.get_mut(t as usize).filter(|_| seen.insert(t)) {
                *l = if *l >= 0.0 {
                    *l / REPEAT_PENALTY
                } else {
                    *l * REPEAT_PENALTY
                };
            }
        }
        if self.presence == 0.0 && self.frequency == 0.0 {
            return;
        }
        for (&t, &n) in counts {
            if let Some(l) = logits.get_mut(t as usize) {
                *l -= self.presence + self.frequency * n as f32;
            }
        }
    }
}

fn run(
    model: &mut ModelWeights,
    tokenizer: &Tokenizer,
    stops: &[u32],
    job: &mut Job,
) -> Result<()> {
    let device = Device::Cpu;
    let mut sampler = LogitsProcessor::from_sampling(job.seed, job.sampling.clone());
    let input = Tensor::new(job.prompt.as_slice(), &device)?.unsqueeze(0)?;
    let mut logits = tracing::info_span!(parent: &job.span, "prefill", tokens = job.prompt.len())
        .in_scope(|| model.forward(&input, 0))?
        .squeeze(0)?;
    let decode = tracing::info_span!(parent: &job.span, "decode", tokens = tracing::field::Empty);
    let _decoding = decode.enter();
    let mut generated: Vec<u32> = Vec::new();
    let mut counts: HashMap<u32, u32> = HashMap::new();
    let mut decoder = tokenizer.decode_stream(true);
    let mut text = String::new();
    let mut sent = 0; // bytes of `text` already streamed
    let mut finish = Finish::Length;
    let send = |chunk: Chunk| job.out.blocking_send(Ok(chunk)).is_ok();
    for _ in 0..job.max_tokens {
        if job.out.is_closed() {
            return Ok(()); // the client left: stop before spending another token
        }
        let mut scores: Vec<f32> = logits.to_dtype(DType::F32)?.to_vec1()?;
        job.penalties.apply(&mut scores, &generated, &counts);
        job.penalties
            .ban_repeats(&mut scores, &job.prompt, &generated);
        if let Some(m) = &mut job.constraint {
            let mask = m.compute_mask()?;
            for (t, s) in scores.iter_mut().enumerate() {
                if t >= mask.len() || !mask.is_allowed(t as u32) {
                    *s = f32::NEG_INFINITY;
                }
            }
        }
        let n = scores.len();
        let next = sampler.sample(&Tensor::from_vec(scores, n, &device)?)?;
        if stops.contains(&next) {
            finish = Finish::Stop;
            break;
        }
        let mut grammar_done = false;
        if let Some(m) = &mut job.constraint {
            m.consume_token(next)?;
            grammar_done = m.is_stopped();
        }
        crate::telemetry::counters::GENERATED_TOKENS.inc();
        generated.push(next);
        *counts.entry(next).or_default() += 1;
        if let Some(piece) = decoder.step(next).map_err(|e| anyhow!("decode: {e}"))? {
            text.push_str(&piece);
        }
        if let Some(cut) = job.stop.iter().filter_map(|s| text.find(s.as_str())).min() {
            text.truncate(cut);
            finish = Finish::Stop;
            break;
        }
        if grammar_done {
            finish = Finish::Stop;
            break;
        }
        // Stream what is settled: no possible start of a stop sequence.
        let settled = text.len() - held_back(&text, &job.stop);
        if settled > sent && text.is_char_boundary(settled) {
            if !send(Chunk::Delta(text[sent..settled].to_string())) {
                return Ok(()); // client gone: stop generating
            }
            sent = settled;
        }
        let input = Tensor::new(&[next], &device)?.unsqueeze(0)?;
        logits = model
            .forward(&input, job.prompt.len() + generated.len() - 1)?
            .squeeze(0)?;
    }
    if text.len() > sent
        && text.is_char_boundary(sent)
        && !send(Chunk::Delta(text[sent..].to_string()))
    {
        return Ok(());
    }
    decode.record("tokens", generated.len());
    send(Chunk::Done {
        finish,
        usage: Usage {
            input_tokens: job.prompt.len() as u32,
            output_tokens: generated.len() as u32,
        },
    });
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn holds_back_possible_stop_prefixes() {
        let stops = vec!["\n\n".to_string(), "END".to_string()];
        assert_eq!(held_back("abc\n", &stops), 1);
        assert_eq!(held_back("abc EN", &stops), 2);
        assert_eq!(held_back("abc", &stops), 0);
    }

    #[test]
    fn penalties_follow_openai() {
        let p = Penalties {
            presence: 0.5,
            frequency: 0.25,
            no_repeat_ngram: None,
        };
        let mut logits = vec![2.0, -2.0, 1.0];
        let generated = [0, 0, 1];
        let counts: HashMap<u32, u32> = [(0, 2), (1, 1)].into_iter().collect();
        p.apply(&mut logits, &generated, &counts);
        let want0 = 2.0 / REPEAT_PENALTY - 0.5 - 0.5;
        let want1 = -2.0 * REPEAT_PENALTY - 0.5 - 0.25;
        assert!((logits[0] - want0).abs() < 1e-6 && (logits[1] - want1).abs() < 1e-6);
        assert_eq!(logits[2], 1.0);
    }

    #[test]
    fn runs_of_the_prompt_and_output_are_not_repeated() {
        // "a b c" has been seen; after "a b" again, "c" would repeat the run of three.
        assert_eq!(repeats(&[1, 2, 3, 9, 1, 2], 3), vec![3]);
        assert!(repeats(&[1, 2, 3, 9, 1, 4], 3).is_empty());
        let p = Penalties {
            presence: 0.0,
            frequency: 0.0,
            no_repeat_ngram: Some(3),
        };
        let mut logits = vec![0.0; 5];
        p.ban_repeats(&mut logits, &[1, 2, 3], &[1, 2]);
        assert_eq!(logits[3], f32::NEG_INFINITY);
        assert_eq!(logits[4], 0.0);
    }
}

#[cfg(test)]
mod model_tests {
    use super::*;

    fn gguf() -> gguf_file::Content {
        let dir = crate::config::expand_home(&crate::config::default_models_dir());
        let dir = std::env::var_os("LUKHAS_MODELS_DIR").map_or(dir, std::path::PathBuf::from);
        let path = super::super::require(
            dir.join("smollm2-135m-instruct/SmolLM2-135M-Instruct.Q4_1.gguf"),
        )
        .unwrap_or_else(|e| panic!("{e}"));
        gguf_file::Content::read(&mut std::fs::File::open(path).unwrap()).unwrap()
    }

    #[test]
    fn tokenizer_matches_smollm2() {
        let t = tokenizer_from_gguf(&gguf()).unwrap();
        let ids = |s: &str| t.encode(s, false).unwrap().get_ids().to_vec();
        assert_eq!(ids("<|im_start|>system\n"), [1, 9690, 198]);
        // Digits are split one by one, without a leading space.
        let year = ids("2024");
        assert_eq!(year.len(), 4);
        assert_eq!(t.decode(&year, true).unwrap(), "2024");
    }
}
