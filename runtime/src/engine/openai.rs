//! The `openai` engine: a proxy to any OpenAI-compatible upstream (OpenAI, vLLM, Ollama,
//! llama.cpp, another `lukhas`). Generation goes through the upstream's `/chat/completions` — the
//! one endpoint every such server has — so responses, chat and dreams all work against it;
//! embeddings through `/embeddings`.
//!
//! Reliability (`configs/runtime/reliability.yaml`): connect and read timeouts, so a stalled
//! upstream cannot hang a request; jittered exponential backoff on connect errors, 429 and 5xx,
//! honouring the upstream's `retry-after`; failures map to our envelope (502, 504, 429).

use super::{
    Chunk, ChunkStream, EmbedInput, Embeddings, Engine, Finish, GenerateRequest, Generation, Usage,
};
use crate::config::{Backoff, ModelEntry, Reliability, UpstreamConfig};
use anyhow::{Context, Result};
use futures::future::BoxFuture;
use futures::{FutureExt, StreamExt};
use lukhas_api::support::ApiError;
use rand::Rng;
use serde_json::{json, Value};
use std::sync::Arc;
use std::time::Duration;

pub struct OpenAiEngine {
    client: reqwest::Client,
    base: String,
    key: Option<String>,
    backoff: Backoff,
    read_ms: u64,
}

impl OpenAiEngine {
    pub fn from_env(upstream: &UpstreamConfig, reliability: &Reliability) -> Result<Self> {
        let base = std::env::var(&upstream.base_url_env).with_context(|| {
            format!(
                "the model registry uses the `openai` engine but {} (the upstream base URL, \
                 e.g. https://api.openai.com/v1) is not set",
                upstream.base_url_env
            )
        })?;
        let key = std::env::var(&upstream.api_key_env)
            .ok()
            .filter(|k| !k.is_empty());
        Self::new(&base, key, reliability)
    }

    pub fn new(base: &str, key: Option<String>, reliability: &Reliability) -> Result<Self> {
        let base = base.trim_end_matches('/').to_string();
        if !(base.starts_with("http://") || base.starts_with("https://")) {
            anyhow::bail!("the upstream base URL `{base}` must start with http:// or https://");
        }
        let mut roots = rustls::RootCertStore::empty();
        roots.extend(webpki_roots::TLS_SERVER_ROOTS.iter().cloned());
        let tls = rustls::ClientConfig::builder_with_provider(Arc::new(
            rustls::crypto::ring::default_provider(),
        ))
        .with_safe_default_protocol_versions()
        .context("TLS set-up")?
        .with_root_certificates(roots)
        .with_no_client_auth();
        let client = reqwest::Client::builder()
            .tls_backend_preconfigured(tls)
            .connect_timeout(Duration::from_millis(reliability.connect_ms))
            .read_timeout(Duration::from_millis(reliability.read_ms))
            .build()
            .context("building the upstream HTTP client")?;
        Ok(OpenAiEngine {
            client,
            base,
            key,
            backoff: reliability.backoff.clone(),
            read_ms: reliability.read_ms,
        })
    }

    fn delay(&self, attempt: u32, retry_after: Option<f64>) -> Duration {
        let b = &self.backoff;
        let secs = retry_after.unwrap_or_else(|| {
            let exp = b.base_s * b.factor.powi(attempt as i32 - 1);
            let jitter = rand::rng().random_range(-b.jitter..=b.jitter);
            exp * (1.0 + jitter)
        });
        Duration::from_secs_f64(secs.clamp(0.0, b.max_wait_s))
    }

    /// POSTs with retries; returns the first successful response.
    async fn post(&self, path: &str, body: &Value) -> Result<reqwest::Response, ApiError> {
        let url = format!("{}{path}", self.base);
        let mut attempt = 0;
        loop {
            attempt += 1;
            let mut request = self.client.post(&url).json(body);
            if let Some(key) = &self.key {
                request = request.bearer_auth(key);
            }
            let (error, retry_after) = match request.send().await {
                Ok(r) if r.status().is_success() => return Ok(r),
                Ok(r) => {
                    let status = r.status().as_u16();
                    let retry_after = r
                        .headers()
                        .get("retry-after")
                        .and_then(|v| v.to_str().ok())
                        .and_then(|v| v.parse::<f64>().ok());
                    let message = upstream_message(r).await;
                    let error = match status {
                        400 | 422 => {
                            return Err(ApiError::invalid_request(
                                "upstream_rejected",
                                format!("The upstream rejected the request: {message}"),
                            ));
                        }
                        429 => ApiError::rate_limited(retry_after.unwrap_or(1.0).ceil() as u64)
                            .with_param("upstream"),
                        s if s >= 500 => {
                            ApiError::bad_gateway(format!("The upstream answered {s}: {message}"))
                        }
                        s => {
                            return Err(ApiError::bad_gateway(format!(
                                "The upstream answered {s}: {message}"
                            )));
                        }
                    };
                    (error, retry_after)
                }
                Err(e) if e.is_timeout() => {
                    return Err(ApiError::gateway_timeout(format!(
                        "The upstream did not answer within {} ms.",
                        self.read_ms
                    )));
                }
                Err(e) if e.is_connect() => (
                    ApiError::bad_gateway(format!("Could not connect to the upstream: {e}")),
                    None,
                ),
                Err(e) => {
                    return Err(ApiError::bad_gateway(format!(
                        "Upstream request failed: {e}"
                    )))
                }
            };
            if attempt >= self.backoff.max_attempts {
                return Err(error);
            }
            let wait = self.delay(attempt, retry_after);
            tracing::warn!(
                attempt,
                wait_ms = wait.as_millis() as u64,
                status = error.status.as_u16(),
                "upstream call failed; retrying"
            );
            tokio::time::sleep(wait).await;
        }
    }

    fn chat_body(model: &ModelEntry, req: &GenerateRequest, stream: bool) -> Value {
        let mut body = json!({
            "model": model.upstream_model.as_deref().unwrap_or(&model.id),
            "messages": req.turns,
            "stream": stream,
        });
        let fields = [
            ("max_tokens", req.max_tokens.map(Value::from)),
            ("temperature", req.temperature.map(Value::from)),
            ("top_p", req.top_p.map(Value::from)),
            ("seed", req.seed.map(Value::from)),
            ("stop", (!req.stop.is_empty()).then(|| json!(req.stop))),
            (
                "stream_options",
                stream.then(|| json!({"include_usage": true})),
            ),
        ];
        for (k, v) in fields {
            if let Some(v) = v {
                body[k] = v;
            }
        }
        body
    }
}

async fn upstream_message(r: reqwest::Response) -> String {
    let text = r.text().await.unwrap_or_default();
    serde_json::from_str::<Value>(&text)
        .ok()
        .and_then(|v| v.pointer("/error/message")?.as_str().map(str::to_string))
        .unwrap_or_else(|| text.chars().take(300).collect())
}

fn finish_of(v: &Value) -> Option<Finish> {
    match v.as_str()? {
        "length" => Some(Finish::Length),
        _ => Some(Finish::Stop),
    }
}

fn usage_of(v: &Value) -> Option<Usage> {
    Some(Usage {
        input_tokens: v.get("prompt_tokens")?.as_u64()? as u32,
        output_tokens: v
            .get("completion_tokens")
            .and_then(Value::as_u64)
            .unwrap_or(0) as u32,
    })
}

/// A rough token estimate (about four characters a token) where the upstream reports no usage.
fn estimate(text: &str) -> u32 {
    (text.chars().count() as u32).div_ceil(4)
}

fn transport(e: impl std::fmt::Display) -> ApiError {
    ApiError::bad_gateway(format!("The upstream connection failed: {e}"))
}

impl Engine for OpenAiEngine {
    fn kind(&self) -> &'static str {
        "openai"
    }

    fn generate(
        &self,
        model: &ModelEntry,
        req: GenerateRequest,
    ) -> BoxFuture<'_, Result<Generation, ApiError>> {
        let body = Self::chat_body(model, &req, false);
        let model = model.clone();
        async move {
            let r = self.post("/chat/completions", &body).await?;
            let v: Value = r.json().await.map_err(|e| {
                if e.is_timeout() {
                    ApiError::gateway_timeout(format!("The upstream stalled: {e}"))
                } else {
                    transport(e)
                }
            })?;
            let choice = v
                .pointer("/choices/0")
                .ok_or_else(|| ApiError::bad_gateway("The upstream answered without choices."))?;
            let text = choice
                .pointer("/message/content")
                .and_then(Value::as_str)
                .unwrap_or_default()
                .to_string();
            let usage = v.get("usage").and_then(usage_of).unwrap_or_else(|| Usage {
                input_tokens: req
                    .turns
                    .iter()
                    .map(|t| self.count_tokens(&model, &t.content))
                    .sum(),
                output_tokens: self.count_tokens(&model, &text),
            });
            Ok(Generation {
                finish: choice
                    .get("finish_reason")
                    .and_then(finish_of)
                    .unwrap_or(Finish::Stop),
                text,
                usage,
            })
        }
        .boxed()
    }

    fn stream(
        &self,
        model: &ModelEntry,
        req: GenerateRequest,
    ) -> BoxFuture<'_, Result<ChunkStream, ApiError>> {
        let body = Self::chat_body(model, &req, true);
        let input_estimate: u32 = req.turns.iter().map(|t| estimate(&t.content)).sum();
        async move {
            let r = self.post("/chat/completions", &body).await?;
            let events = eventsource_stream::EventStream::new(r.bytes_stream());
            // State: finish reason, usage, characters streamed, and whether we are done.
            let chunks = futures::stream::unfold(
                (events, None::<Finish>, None::<Usage>, 0u32, false),
                move |(mut events, mut finish, mut usage, mut chars, done)| async move {
                    if done {
                        return None;
                    }
                    loop {
                        let item = match events.next().await {
                            None => Err(ApiError::bad_gateway(
                                "The upstream stream ended before [DONE].",
                            )),
                            Some(Err(e)) => Err(transport(e)),
                            Some(Ok(ev)) if ev.data.trim() == "[DONE]" => {
                                let usage = usage.unwrap_or(Usage {
                                    input_tokens: input_estimate,
                                    output_tokens: chars.div_ceil(4),
                                });
                                Ok(Chunk::Done {
                                    finish: finish.unwrap_or(Finish::Stop),
                                    usage,
                                })
                            }
                            Some(Ok(ev)) => {
                                let Ok(v) = serde_json::from_str::<Value>(&ev.data) else {
                                    continue;
                                };
                                if let Some(msg) =
                                    v.pointer("/error/message").and_then(Value::as_str)
                                {
                                    Err(ApiError::bad_gateway(format!(
                                        "The upstream failed mid-stream: {msg}"
                                    )))
                                } else {
                                    if let Some(u) = v.get("usage").and_then(usage_of) {
                                        usage = Some(u);
                                    }
                                    if let Some(f) =
                                        v.pointer("/choices/0/finish_reason").and_then(finish_of)
                                    {
                                        finish = Some(f);
                                    }
                                    match v
                                        .pointer("/choices/0/delta/content")
                                        .and_then(Value::as_str)
                                    {
                                        Some(d) if !d.is_empty() => {
                                            chars += d.chars().count() as u32;
                                            Ok(Chunk::Delta(d.to_string()))
                                        }
                                        _ => continue,
                                    }
                                }
                            }
                        };
                        let last = !matches!(item, Ok(Chunk::Delta(_)));
                        return Some((item, (events, finish, usage, chars, last)));
                    }
                },
            );
            Ok(chunks.boxed())
        }
        .boxed()
    }

    fn embed(
        &self,
        model: &ModelEntry,
        inputs: Vec<EmbedInput>,
    ) -> BoxFuture<'_, Result<Embeddings, ApiError>> {
        let input: Vec<Value> = inputs
            .iter()
            .map(|i| match i {
                EmbedInput::Text(t) => json!(t),
                EmbedInput::Tokens(ids) => json!(ids),
            })
            .collect();
        let body = json!({
            "model": model.upstream_model.as_deref().unwrap_or(&model.id),
            "input": input,
            "encoding_format": "float",
        });
        let n = inputs.len();
        async move {
            let r = self.post("/embeddings", &body).await?;
            let v: Value = r.json().await.map_err(transport)?;
            let mut vectors: Vec<Option<Vec<f32>>> = vec![None; n];
            for item in v
                .get("data")
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
            {
                let index = item.get("index").and_then(Value::as_u64).unwrap_or(0) as usize;
                let vector: Option<Vec<f32>> =
                    item.get("embedding").and_then(Value::as_array).map(|a| {
                        a.iter()
                            .filter_map(Value::as_f64)
                            .map(|x| x as f32)
                            .collect()
                    });
                if let (Some(slot), Some(vector)) = (vectors.get_mut(index), vector) {
                    *slot = Some(vector);
                }
            }
            let vectors = vectors
                .into_iter()
                .map(|v| {
                    v.map(|mut v| {
                        super::normalize(&mut v);
                        v
                    })
                })
                .collect::<Option<Vec<_>>>()
                .ok_or_else(|| {
                    ApiError::bad_gateway("The upstream returned too few embeddings.")
                })?;
            let tokens = v
                .pointer("/usage/prompt_tokens")
                .and_then(Value::as_u64)
                .unwrap_or(0) as u32;
            Ok(Embeddings { vectors, tokens })
        }
        .boxed()
    }

    fn count_tokens(&self, _model: &ModelEntry, text: &str) -> u32 {
        estimate(text)
    }

    fn ready(&self) -> BoxFuture<'_, Result<(), String>> {
        async move {
            let mut request = self
                .client
                .get(format!("{}/models", self.base))
                .timeout(Duration::from_secs(2));
            if let Some(key) = &self.key {
                request = request.bearer_auth(key);
            }
            match request.send().await {
                Ok(r) if r.status().is_success() => Ok(()),
                Ok(r) => Err(format!("upstream /models answered {}", r.status())),
                Err(e) => Err(format!("upstream unreachable: {e}")),
            }
        }
        .boxed()
    }
}
