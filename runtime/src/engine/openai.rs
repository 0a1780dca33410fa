//! The `openai` engine: a proxy to any OpenAI-compatible upstream (OpenAI, vLLM, Ollama,
//! llama.cpp, another `lukhas`). Generation goes through the upstream's `/chat/completions` — the
//! one endpoint every such server has — so responses, chat and dreams all work against it;
//! embeddings through `/embeddings`. Tools, tool choices, tool messages and response formats
//! go up unchanged and tool calls come back unchanged; with `strict`, the output is checked
//! against its schema (a mismatch is a 502, never a silent pass).
//!
//! Reliability (`configs/runtime/reliability.yaml`): a connect timeout, a read timeout per socket
//! read, a total deadline per non-streaming attempt, and an idle limit between stream events, so
//! a stalled or trickling upstream cannot hang a request; retries with exponential backoff and
//! jitter (backon) on connect errors, 429 and 5xx, waiting what the upstream's `Retry-After` asks
//! (seconds or an HTTP date, clamped to `max_wait_s`). An upstream's answers never reach a
//! client as they are: they become [`UpstreamError`]s, logged redacted and answered in our words.

use super::{
    Chunk, ChunkStream, EmbedInput, Embeddings, Engine, EngineError, Finish, Format,
    GenerateRequest, Generation, Role, ToolCall, ToolChoice, Turn, UpstreamError, Usage,
};
use crate::config::{Reliability, UpstreamConfig, UpstreamModel};
use crate::redact;
use anyhow::{Context, Result};
use backon::{ExponentialBuilder, Retryable};
use futures::future::BoxFuture;
use futures::{FutureExt, StreamExt};
use serde::Deserialize;
use serde_json::{json, Value};
use std::sync::Arc;
use std::time::{Duration, SystemTime};
use tracing::Instrument;

/// The HTTP client of one upstream, shared by its models.
pub struct Upstream {
    client: reqwest::Client,
    base: String,
    key: Option<String>,
    backoff: ExponentialBuilder,
    max_wait: Duration,
    /// Total time of one non-streaming attempt, body included.
    deadline: Duration,
    /// Longest silence between two events of a stream.
    idle: Duration,
}

/// A failed attempt: the error, and how long the upstream asked us to wait before another.
struct Attempt {
    error: UpstreamError,
    retry_after: Option<Duration>,
}

impl Upstream {
    pub fn new(config: &UpstreamConfig, reliability: &Reliability) -> Result<Upstream> {
        let base = config
            .base_url
            .as_deref()
            .context("the `openai` engine needs upstream.base_url")?
            .trim_end_matches('/')
            .to_string();
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
            .connect_timeout(reliability.connect())
            .read_timeout(reliability.read())
            .build()
            .context("building the upstream HTTP client")?;
        let b = &reliability.backoff;
        let max_wait = Duration::from_secs_f64(b.max_wait_s);
        let mut backoff = ExponentialBuilder::default()
            .with_min_delay(Duration::from_secs_f64(b.base_s))
            .with_factor(b.factor as f32)
            .with_max_delay(max_wait)
            .with_max_times(b.max_attempts.saturating_sub(1) as usize);
        if b.jitter {
            backoff = backoff.with_jitter();
        }
        Ok(Upstream {
            client,
            base,
            key: config.api_key.as_ref().map(|k| k.expose().to_string()),
            backoff,
            max_wait,
            deadline: reliability.request(),
            idle: reliability.stream_idle(),
        })
    }

    /// One POST; a non-2xx answer becomes the error it stands for.
    async fn attempt(
        &self,
        path: &str,
        body: &Value,
        stream: bool,
        retry: u32,
    ) -> Result<reqwest::Response, Attempt> {
        // An HTTP client span (OpenTelemetry's conventions) whose context goes up in
        // `traceparent`, so the upstream's spans join this trace.
        let span = tracing::info_span!(
            "upstream",
            otel.name = %format_args!("POST {path}"),
            otel.kind = "client",
            otel.status_code = tracing::field::Empty,
            http.request.method = "POST",
            url.path = path,
            http.request.resend_count = retry,
            http.response.status_code = tracing::field::Empty,
        );
        let mut headers = http::HeaderMap::new();
        crate::traces::inject(&span, &mut headers);
        let result = self
            .send(path, body, stream, headers)
            .instrument(span.clone())
            .await;
        if result.is_err() {
            span.record("otel.status_code", "ERROR");
        }
        result
    }

    async fn send(
        &self,
        path: &str,
        body: &Value,
        stream: bool,
        headers: http::HeaderMap,
    ) -> Result<reqwest::Response, Attempt> {
        let mut request = self
            .client
            .post(format!("{}{path}", self.base))
            .headers(headers)
            .json(body);
        if !stream {
            request = request.timeout(self.deadline);
        }
        if let Some(key) = &self.key {
            request = request.bearer_auth(key);
        }
        let response = request.send().await.map_err(|e| Attempt {
            error: transport(&e, self.deadline),
            retry_after: None,
        })?;
        let status = response.status().as_u16();
        tracing::Span::current().record("http.response.status_code", status);
        if response.status().is_success() {
            return Ok(response);
        }
        let retry_after = retry_after(response.headers(), SystemTime::now(), self.max_wait);
        let detail = describe(&response.text().await.unwrap_or_default());
        let error = match status {
            400 | 404 | 422 => UpstreamError::Rejected { status, detail },
            429 => UpstreamError::RateLimited {
                retry_after: retry_after.unwrap_or(self.max_wait.min(Duration::from_secs(1))),
            },
            _ => UpstreamError::Status { status, detail },
        };
        Err(Attempt { error, retry_after })
    }

    /// POSTs with retries (connect errors, 429 and 5xx); returns the first successful answer.
    async fn post(
        &self,
        path: &str,
        body: &Value,
        stream: bool,
    ) -> Result<reqwest::Response, UpstreamError> {
        let tries = std::sync::atomic::AtomicU32::new(0);
        (|| {
            let retry = tries.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
            self.attempt(path, body, stream, retry)
        })
        .retry(self.backoff)
        .sleep(tokio::time::sleep)
        .when(|a| match &a.error {
            UpstreamError::Connect(_) | UpstreamError::RateLimited { .. } => true,
            UpstreamError::Status { status, .. } => *status >= 500,
            _ => false,
        })
        .adjust(|a, planned| planned.map(|d| a.retry_after.unwrap_or(d)))
        .notify(|a, wait| {
            UPSTREAM_ATTEMPTS.with_label_values(&["retried"]).inc();
            tracing::warn!(
                wait_ms = wait.as_millis() as u64,
                error = %a.error,
                "upstream call failed; retrying"
            );
        })
        .await
        .inspect(|_| UPSTREAM_ATTEMPTS.with_label_values(&["ok"]).inc())
        .map_err(|a| {
            UPSTREAM_ATTEMPTS.with_label_values(&["failed"]).inc();
            a.error
        })
    }
}

/// How long an upstream's `Retry-After` asks to wait: delta-seconds or an HTTP date, read
/// defensively (negative, non-finite or unparseable values are ignored) and clamped to `max`.
pub fn retry_after(
    headers: &reqwest::header::HeaderMap,
    now: SystemTime,
    max: Duration,
) -> Option<Duration> {
    let text = headers
        .get(reqwest::header::RETRY_AFTER)?
        .to_str()
        .ok()?
        .trim();
    let wait = match text.parse::<f64>() {
        Ok(secs) if secs.is_finite() && secs >= 0.0 => Duration::try_from_secs_f64(secs).ok()?,
        Ok(_) => return None,
        Err(_) => httpdate::parse_http_date(text)
            .ok()?
            .duration_since(now)
            .unwrap_or(Duration::ZERO),
    };
    Some(wait.min(max))
}

use crate::telemetry::counters::UPSTREAM_ATTEMPTS;

/// What an upstream's error body (or event) is, for the log, without its text (it may repeat the
/// prompt, or the key it was sent): the OpenAI envelope's `type`, `code` and `param`, else its
/// size.
fn describe(body: &str) -> String {
    let v: serde_json::Value = serde_json::from_str(body).unwrap_or_default();
    let e = v.get("error").unwrap_or(&v);
    let field = |k: &str| {
        e.get(k)
            .and_then(|f| f.as_str())
            .map(|f| lukhas_api::support::validate::excerpt(&redact::secrets(f), 64))
    };
    match (field("type"), field("code"), field("param")) {
        (None, None, _) => format!("{} bytes", body.len()),
        (t, c, p) => format!(
            "type {}, code {}, param {}",
            t.unwrap_or_default(),
            c.unwrap_or_default(),
            p.unwrap_or_default()
        ),
    }
}

fn transport(e: &reqwest::Error, deadline: Duration) -> UpstreamError {
    // The detail (it names the URL) is for the log only.
    let detail = redact::secrets(&format!("{e:?}"));
    if e.is_timeout() {
        UpstreamError::Timeout(deadline)
    } else if e.is_connect() {
        UpstreamError::Connect(detail)
    } else {
        UpstreamError::Stream(detail)
    }
}

/// A model served by an upstream.
pub struct OpenAiEngine {
    upstream: Arc<Upstream>,
    /// The upstream's id of the model.
    model: String,
}

impl OpenAiEngine {
    pub fn new(upstream: Arc<Upstream>, model: &UpstreamModel) -> OpenAiEngine {
        OpenAiEngine {
            upstream,
            model: model
                .upstream_model
                .clone()
                .unwrap_or_else(|| model.id.clone()),
        }
    }

    fn chat_body(&self, req: &GenerateRequest, stream: bool) -> Value {
        let messages: Vec<Value> = req.turns.iter().map(chat_message).collect();
        let mut body = json!({
            "model": self.model,
            "messages": messages,
            "stream": stream,
        });
        let fields = [
            ("max_tokens", req.max_tokens.map(Value::from)),
            ("temperature", req.temperature.map(Value::from)),
            ("top_p", req.top_p.map(Value::from)),
            ("seed", req.seed.map(Value::from)),
            ("presence_penalty", req.presence_penalty.map(Value::from)),
            ("frequency_penalty", req.frequency_penalty.map(Value::from)),
            ("stop", (!req.stop.is_empty()).then(|| json!(req.stop))),
            (
                "stream_options",
                stream.then(|| json!({"include_usage": true})),
            ),
            ("response_format", response_format(&req.format)),
        ];
        for (k, v) in fields {
            if let Some(v) = v {
                body[k] = v;
            }
        }
        if !req.tools.is_empty() {
            let tools: Vec<Value> = req
                .tools
                .iter()
                .map(|t| {
                    let mut f = json!({"name": t.name, "parameters": t.parameters});
                    if let Some(d) = &t.description {
                        f["description"] = json!(d);
                    }
                    if t.strict {
                        f["strict"] = json!(true);
                    }
                    json!({"type": "function", "function": f})
                })
                .collect();
            body["tools"] = json!(tools);
            body["tool_choice"] = match &req.tool_choice {
                ToolChoice::None => json!("none"),
                ToolChoice::Auto => json!("auto"),
                ToolChoice::Required => json!("required"),
                ToolChoice::Named(name) => json!({"type": "function", "function": {"name": name}}),
            };
            body["parallel_tool_calls"] = json!(req.parallel_tool_calls);
        }
        body
    }
}

/// A turn as a chat message, tool calls and results included.
fn chat_message(t: &Turn) -> Value {
    let role = match t.role {
        Role::System => "system",
        Role::User => "user",
        Role::Assistant => "assistant",
        Role::Tool => "tool",
    };
    let mut m = json!({"role": role, "content": t.content});
    if let Some(name) = &t.name {
        m["name"] = json!(name);
    }
    if !t.tool_calls.is_empty() {
        let calls: Vec<Value> = t
            .tool_calls
            .iter()
            .map(|c| json!({"id": c.id, "type": "function", "function": {"name": c.name, "arguments": c.arguments}}))
            .collect();
        m["tool_calls"] = json!(calls);
        if t.content.is_empty() {
            m["content"] = Value::Null;
        }
    }
    if let Some(id) = &t.tool_call_id {
        m["tool_call_id"] = json!(id);
    }
    m
}

fn response_format(format: &Format) -> Option<Value> {
    match format {
        Format::Text => None,
        Format::JsonObject => Some(json!({"type": "json_object"})),
        Format::JsonSchema {
            name,
            description,
            schema,
            strict,
        } => {
            let mut s = json!({"name": name, "schema": schema, "strict": strict});
            if let Some(d) = description {
                s["description"] = json!(d);
            }
            Some(json!({"type": "json_schema", "json_schema": s}))
        }
    }
}

/// The schemas a strict request's output is checked against, compiled before the request goes
/// up (a schema that does not compile is the client's 400, not the upstream's).
struct Checks {
    format: Option<(String, jsonschema::Validator)>,
    /// Tool name -> (`tools[i]...` field, validator of its arguments when strict).
    tools: Vec<(String, String, Option<jsonschema::Validator>)>,
}

impl Checks {
    fn new(req: &GenerateRequest) -> Result<Checks, EngineError> {
        let compile = |param: String, schema: &Value| {
            jsonschema::validator_for(schema).map_err(|e| EngineError::Schema {
                param: param.clone(),
                detail: lukhas_api::support::validate::excerpt(&e.to_string(), 300),
            })
        };
        let format = match &req.format {
            Format::JsonSchema {
                schema,
                strict: true,
                ..
            } => Some((
                req.params.schema.to_string(),
                compile(req.params.schema.to_string(), schema)?,
            )),
            _ => None,
        };
        let mut tools = Vec::new();
        for (i, t) in req.tools.iter().enumerate() {
            let param = format!("tools[{i}].{}", req.params.tool_parameters);
            let check = if t.strict {
                Some(compile(param.clone(), &t.parameters)?)
            } else {
                None
            };
            tools.push((t.name.clone(), param, check));
        }
        Ok(Checks { format, tools })
    }

    /// The output, or why it breaks its strict schemas.
    fn check(&self, text: &str, calls: &[ToolCall]) -> Result<(), UpstreamError> {
        let invalid = |param: &str, detail: String| UpstreamError::Invalid {
            param: param.to_string(),
            detail,
        };
        if let Some((param, v)) = &self.format {
            if calls.is_empty() {
                let value: Value = serde_json::from_str(text)
                    .map_err(|e| invalid(param, format!("not JSON: {e}")))?;
                if let Err(e) = v.validate(&value) {
                    return Err(invalid(param, e.to_string()));
                }
            }
        }
        for call in calls {
            let Some((_, param, check)) = self.tools.iter().find(|t| t.0 == call.name) else {
                if self.tools.is_empty() {
                    continue;
                }
                return Err(invalid(
                    "tools",
                    format!("a call of an unknown function `{}`", call.name),
                ));
            };
            if let Some(v) = check {
                let args: Value = serde_json::from_str(&call.arguments)
                    .map_err(|e| invalid(param, format!("arguments are not JSON: {e}")))?;
                if let Err(e) = v.validate(&args) {
                    return Err(invalid(param, e.to_string()));
                }
            }
        }
        Ok(())
    }
}

/// The parts of an upstream's chat completion (or chunk) we read.
#[derive(Deserialize)]
struct Completion {
    #[serde(default)]
    choices: Vec<Choice>,
    usage: Option<UpstreamUsage>,
    /// An error reported in place of a chunk.
    error: Option<Value>,
}

#[derive(Deserialize)]
struct Choice {
    message: Option<Message>,
    delta: Option<Message>,
    finish_reason: Option<String>,
}

#[derive(Deserialize)]
struct Message {
    content: Option<String>,
    #[serde(default)]
    tool_calls: Vec<UpstreamCall>,
}

/// A tool call, whole (in a message) or in pieces (in a stream delta).
#[derive(Deserialize)]
struct UpstreamCall {
    #[serde(default)]
    index: usize,
    id: Option<String>,
    function: Option<UpstreamFunction>,
}

#[derive(Deserialize)]
struct UpstreamFunction {
    name: Option<String>,
    arguments: Option<String>,
}

#[derive(Deserialize, Clone, Copy)]
struct UpstreamUsage {
    prompt_tokens: u32,
    #[serde(default)]
    completion_tokens: u32,
}

impl From<UpstreamUsage> for Usage {
    fn from(u: UpstreamUsage) -> Usage {
        Usage {
            input_tokens: u.prompt_tokens,
            output_tokens: u.completion_tokens,
        }
    }
}

fn finish_of(reason: Option<&str>) -> Finish {
    match reason {
        Some("length") => Finish::Length,
        Some("tool_calls") => Finish::ToolCalls,
        _ => Finish::Stop,
    }
}

/// A rough token estimate (about four characters a token) where the upstream reports no usage.
fn estimate(text: &str) -> u32 {
    (text.chars().count() as u32).div_ceil(4)
}

fn estimate_turns(turns: &[Turn]) -> u32 {
    turns.iter().map(|t| estimate(&t.content)).sum()
}

async fn json_body<T: serde::de::DeserializeOwned>(
    r: reqwest::Response,
    deadline: Duration,
) -> Result<T, UpstreamError> {
    let bytes = r.bytes().await.map_err(|e| transport(&e, deadline))?;
    serde_json::from_slice(&bytes).map_err(|e| UpstreamError::Protocol(e.to_string()))
}

impl Engine for OpenAiEngine {
    fn kind(&self) -> &'static str {
        "openai"
    }

    fn generate(&self, req: GenerateRequest) -> BoxFuture<'_, Result<Generation, EngineError>> {
        let body = self.chat_body(&req, false);
        async move {
            let checks = Checks::new(&req)?;
            let up = &self.upstream;
            let r = up.post("/chat/completions", &body, false).await?;
            let c: Completion = json_body(r, up.deadline).await?;
            let choice = c
                .choices
                .into_iter()
                .next()
                .ok_or_else(|| UpstreamError::Protocol("an answer without choices".into()))?;
            let (text, calls) = match choice.message {
                Some(m) => (m.content.unwrap_or_default(), m.tool_calls),
                None => (String::new(), Vec::new()),
            };
            let tool_calls: Vec<ToolCall> = calls
                .into_iter()
                .map(|c| {
                    let f = c.function.unwrap_or(UpstreamFunction {
                        name: None,
                        arguments: None,
                    });
                    ToolCall {
                        id: c.id.unwrap_or_else(|| crate::util::new_id("call")),
                        name: f.name.unwrap_or_default(),
                        arguments: f.arguments.unwrap_or_default(),
                    }
                })
                .collect();
            checks.check(&text, &tool_calls)?;
            let usage = c.usage.map(Usage::from).unwrap_or(Usage {
                input_tokens: estimate_turns(&req.turns),
                output_tokens: estimate(&text),
            });
            Ok(Generation {
                finish: finish_of(choice.finish_reason.as_deref()),
                text,
                tool_calls,
                usage,
            })
        }
        .boxed()
    }

    fn stream(&self, req: GenerateRequest) -> BoxFuture<'_, Result<ChunkStream, EngineError>> {
        let body = self.chat_body(&req, true);
        let input_estimate = estimate_turns(&req.turns);
        async move {
            let checks = Checks::new(&req)?;
            let up = &self.upstream;
            let r = up.post("/chat/completions", &body, true).await?;
            let idle = up.idle;
            let deadline = up.deadline;
            let mut events = eventsource_stream::EventStream::new(r.bytes_stream());
            let chunks = async_stream::stream! {
                let (mut finish, mut usage, mut chars) = (None, None::<Usage>, 0u32);
                // What was streamed, for the strict checks at the end.
                let (mut text, mut calls) = (String::new(), Vec::<ToolCall>::new());
                // Upstream call index -> ours (0, 1, ... in order of appearance).
                let mut indexes: Vec<usize> = Vec::new();
                loop {
                    let event = match tokio::time::timeout(idle, events.next()).await {
                        Err(_) => {
                            yield Err(EngineError::from(UpstreamError::Idle(idle)));
                            return;
                        }
                        Ok(None) => {
                            yield Err(UpstreamError::Stream("ended before [DONE]".into()).into());
                            return;
                        }
                        Ok(Some(Err(e))) => {
                            let e = match e {
                                eventsource_stream::EventStreamError::Transport(t) => transport(&t, deadline),
                                other => UpstreamError::Stream(other.to_string()),
                            };
                            yield Err(e.into());
                            return;
                        }
                        Ok(Some(Ok(event))) => event,
                    };
                    if event.data.trim() == "[DONE]" {
                        if let Err(e) = checks.check(&text, &calls) {
                            yield Err(e.into());
                            return;
                        }
                        let usage = usage.unwrap_or(Usage {
                            input_tokens: input_estimate,
                            output_tokens: chars.div_ceil(4),
                        });
                        yield Ok(Chunk::Done { finish: finish.unwrap_or(Finish::Stop), usage });
                        return;
                    }
                    let chunk: Completion = match serde_json::from_str(&event.data) {
                        Ok(c) => c,
                        Err(e) => {
                            // An error object mid-stream, or garbage: either way the stream is
                            // broken for us; count it, log it, and end with an error.
                            crate::telemetry::counters::UPSTREAM_MALFORMED_EVENTS.inc();
                            tracing::warn!(
                                error = %e,
                                event = %describe(&event.data),
                                "malformed upstream stream event"
                            );
                            yield Err(UpstreamError::Stream("a malformed event".into()).into());
                            return;
                        }
                    };
                    if let Some(error) = chunk.error {
                        let detail = describe(&error.to_string());
                        yield Err(UpstreamError::Stream(format!("it reported an error: {detail}")).into());
                        return;
                    }
                    if let Some(u) = chunk.usage {
                        usage = Some(u.into());
                    }
                    let Some(choice) = chunk.choices.into_iter().next() else {
                        continue;
                    };
                    if choice.finish_reason.is_some() {
                        finish = Some(finish_of(choice.finish_reason.as_deref()));
                    }
                    let Some(delta) = choice.delta else {
                        continue;
                    };
                    if let Some(d) = delta.content.filter(|d| !d.is_empty()) {
                        chars = chars.saturating_add(d.chars().count() as u32);
                        text.push_str(&d);
                        yield Ok(Chunk::Delta(d));
                    }
                    for call in delta.tool_calls {
                        let f = call.function.unwrap_or(UpstreamFunction { name: None, arguments: None });
                        let index = match indexes.iter().position(|&i| i == call.index) {
                            Some(i) => i,
                            None => {
                                indexes.push(call.index);
                                let id = call.id.unwrap_or_else(|| crate::util::new_id("call"));
                                let name = f.name.clone().unwrap_or_default();
                                calls.push(ToolCall { id: id.clone(), name: name.clone(), arguments: String::new() });
                                yield Ok(Chunk::ToolCall { index: indexes.len() - 1, id, name });
                                indexes.len() - 1
                            }
                        };
                        if let Some(a) = f.arguments.filter(|a| !a.is_empty()) {
                            chars = chars.saturating_add(a.chars().count() as u32);
                            calls[index].arguments.push_str(&a);
                            yield Ok(Chunk::ToolArgs { index, delta: a });
                        }
                    }
                }
            };
            Ok(chunks.boxed())
        }
        .boxed()
    }

    fn embed(&self, inputs: Vec<EmbedInput>) -> BoxFuture<'_, Result<Embeddings, EngineError>> {
        let input: Vec<Value> = inputs
            .iter()
            .map(|i| match i {
                EmbedInput::Text(t) => json!(t),
                EmbedInput::Tokens(ids) => json!(ids),
            })
            .collect();
        let body = json!({"model": self.model, "input": input, "encoding_format": "float"});
        let n = inputs.len();
        async move {
            #[derive(Deserialize)]
            struct Item {
                index: usize,
                embedding: Vec<f64>,
            }
            #[derive(Deserialize)]
            struct Answer {
                data: Vec<Item>,
                usage: Option<UpstreamUsage>,
            }
            let up = &self.upstream;
            let r = up.post("/embeddings", &body, false).await?;
            let answer: Answer = json_body(r, up.deadline).await?;
            let mut vectors: Vec<Option<Vec<f32>>> = vec![None; n];
            for item in answer.data {
                // Values past f32's range would become infinities: not an embedding.
                let v: Option<Vec<f32>> = item
                    .embedding
                    .iter()
                    .map(|&x| Some(x as f32).filter(|f| f.is_finite()))
                    .collect();
                let v = v.ok_or_else(|| {
                    UpstreamError::Protocol("an embedding with non-finite values".into())
                })?;
                if let Some(slot) = vectors.get_mut(item.index) {
                    let mut v = v;
                    super::normalize(&mut v);
                    *slot = Some(v);
                }
            }
            let vectors = vectors
                .into_iter()
                .collect::<Option<Vec<_>>>()
                .ok_or_else(|| UpstreamError::Protocol("too few embeddings".into()))?;
            let tokens = answer.usage.map_or(0, |u| u.prompt_tokens);
            Ok(Embeddings { vectors, tokens })
        }
        .boxed()
    }

    fn ready(&self) -> BoxFuture<'_, Result<(), String>> {
        async move {
            let up = &self.upstream;
            let mut request = up
                .client
                .get(format!("{}/models", up.base))
                .timeout(Duration::from_secs(2));
            if let Some(key) = &up.key {
                request = request.bearer_auth(key);
            }
            // `/readyz` is public: say what failed, never where.
            match request.send().await {
                Ok(r) if r.status().is_success() => Ok(()),
                Ok(r) => Err(format!("the upstream answered {}", r.status().as_u16())),
                Err(e) if e.is_timeout() => Err("the upstream did not answer in time".into()),
                Err(_) => Err("the upstream is unreachable".into()),
            }
        }
        .boxed()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use reqwest::header::{HeaderMap, HeaderValue, RETRY_AFTER};

    fn with(v: &str) -> HeaderMap {
        let mut h = HeaderMap::new();
        h.insert(RETRY_AFTER, HeaderValue::from_str(v).unwrap());
        h
    }

    #[test]
    fn retry_after_is_read_defensively_and_clamped() {
        let now = SystemTime::UNIX_EPOCH + Duration::from_secs(1_000_000);
        let max = Duration::from_secs(10);
        assert_eq!(
            retry_after(&with("2"), now, max),
            Some(Duration::from_secs(2))
        );
        assert_eq!(
            retry_after(&with("0.5"), now, max),
            Some(Duration::from_millis(500))
        );
        assert_eq!(retry_after(&with("100000"), now, max), Some(max));
        for bad in ["NaN", "-5", "inf", "soon", ""] {
            assert_eq!(retry_after(&with(bad), now, max), None, "{bad}");
        }
        let date = httpdate::fmt_http_date(now + Duration::from_secs(3));
        assert_eq!(
            retry_after(&with(&date), now, max),
            Some(Duration::from_secs(3))
        );
        let past = httpdate::fmt_http_date(now - Duration::from_secs(3));
        assert_eq!(retry_after(&with(&past), now, max), Some(Duration::ZERO));
        assert_eq!(retry_after(&HeaderMap::new(), now, max), None);
    }
}
