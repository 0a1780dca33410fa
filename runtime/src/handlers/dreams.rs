//! `POST /v1/dreams`: a pipeline of generation steps, each conditioned on the seed, the
//! constraints and every step before it. See docs/dreams.md for the trace format.

use super::{event_channel, typed};
use crate::app::App;
use crate::config::Capability;
use crate::engine::{Chunk, GenerateRequest, Model, Role, Turn, Usage};
use crate::util::{new_id, now, now_f64};
use futures::StreamExt;
use lukhas_api::operations::create_dream;
use lukhas_api::support::ApiError;
use lukhas_api::types::{CreateDreamRequest, DreamConstraints, DreamStep, DreamStreamEvent};
use serde_json::{json, Value};
use std::time::Instant;

fn step_name(s: DreamStep) -> &'static str {
    match s {
        DreamStep::Imagine => "imagine",
        DreamStep::Expand => "expand",
        DreamStep::Critique => "critique",
        DreamStep::Refine => "refine",
        DreamStep::Summarize => "summarize",
    }
}

fn instruction(s: DreamStep) -> &'static str {
    match s {
        DreamStep::Imagine => {
            "Imagine freely around the seed: vivid images, associations and possibilities."
        }
        DreamStep::Expand => {
            "Develop the most promising idea so far into a fuller, concrete passage."
        }
        DreamStep::Critique => {
            "Critique the previous steps: name their weaknesses, cliches and gaps, concretely."
        }
        DreamStep::Refine => "Rewrite the passage so far, fixing what the critique found.",
        DreamStep::Summarize => "Summarize the dream so far in a few sentences.",
    }
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '\'' || c == '-'
}

/// Removes every whole-word, case-insensitive occurrence of the avoided words.
pub fn scrub(text: &str, avoid: &[String]) -> String {
    if avoid.is_empty() {
        return text.to_string();
    }
    let lowered: Vec<String> = avoid.iter().map(|w| w.to_lowercase()).collect();
    let mut out = String::with_capacity(text.len());
    let mut word = String::new();
    let flush = |word: &mut String, out: &mut String| {
        if !lowered.contains(&word.to_lowercase()) {
            out.push_str(word);
        } else {
            out.push('…');
        }
        word.clear();
    };
    for c in text.chars() {
        if is_word_char(c) {
            word.push(c);
        } else {
            flush(&mut word, &mut out);
            out.push(c);
        }
    }
    flush(&mut word, &mut out);
    out
}

struct Plan {
    seed: String,
    steps: Vec<DreamStep>,
    max_tokens: u32,
    tone: Option<String>,
    avoid: Vec<String>,
    temperature: Option<f64>,
    sampling_seed: Option<u64>,
}

impl Plan {
    fn messages(&self, step: DreamStep, done: &[(DreamStep, String)]) -> Vec<Turn> {
        let mut system = format!(
            "You are LUKHAS MATRIZ, dreaming in steps. Current step: {}. {}",
            step_name(step),
            instruction(step)
        );
        if let Some(t) = &self.tone {
            system.push_str(&format!(" Write in a {t} tone."));
        }
        if !self.avoid.is_empty() {
            system.push_str(&format!(
                " Never use these words: {}.",
                self.avoid.join(", ")
            ));
        }
        system.push_str(" Reply with the step's content only.");
        let mut user = format!("Seed: {}\n\n", self.seed);
        for (s, content) in done {
            user.push_str(&format!("[{}]\n{}\n\n", step_name(*s), content));
        }
        user.push_str(&format!("Now write the {} step.", step_name(step)));
        vec![
            Turn {
                role: Role::System,
                content: system,
            },
            Turn {
                role: Role::User,
                content: user,
            },
        ]
    }

    /// Runs one step: returns the trace JSON, the step's content and its usage. With `deltas`, the
    /// text streams out as it is generated (avoided words removed as each word completes).
    async fn run_step(
        &self,
        model: &Model,
        index: usize,
        step: DreamStep,
        done: &[(DreamStep, String)],
        deltas: Option<&DeltaSink>,
    ) -> Result<(Value, String, Usage), ApiError> {
        let started_at = now_f64();
        let clock = Instant::now();
        let request = GenerateRequest {
            turns: self.messages(step, done),
            max_tokens: Some(self.max_tokens),
            temperature: self.temperature,
            top_p: None,
            seed: self
                .sampling_seed
                .map(|s| s.wrapping_add(index as u64) as i64),
            stop: Vec::new(),
        };
        let (text, usage) = match deltas {
            None => {
                let g = model.generate(request).await?;
                (g.text, g.usage)
            }
            Some(sink) => {
                let mut chunks = model.stream(request).await?;
                let (mut text, mut sent, mut usage) = (String::new(), 0, Usage::default());
                while let Some(chunk) = chunks.next().await {
                    match chunk? {
                        Chunk::Delta(d) => text.push_str(&d),
                        Chunk::Done { usage: u, .. } => usage = u,
                    }
                    // Up to the last non-word character: a word still growing is not scrubbed yet.
                    let settled = text
                        .char_indices()
                        .rev()
                        .find(|&(_, c)| !is_word_char(c))
                        .map_or(0, |(i, c)| i + c.len_utf8());
                    if settled > sent {
                        sink.send(index, step, scrub(&text[sent..settled], &self.avoid))
                            .await?;
                        sent = settled;
                    }
                }
                if text.len() > sent {
                    sink.send(index, step, scrub(&text[sent..], &self.avoid))
                        .await?;
                }
                (text, usage)
            }
        };
        let content = scrub(text.trim(), &self.avoid);
        let trace = json!({
            "step": step_name(step),
            "content": content,
            "started_at": started_at,
            "duration_ms": clock.elapsed().as_millis() as u64,
            "usage": usage_json(usage),
        });
        Ok((trace, content, usage))
    }
}

/// Where a streamed dream's frames go, numbered in order.
struct DeltaSink {
    tx: tokio::sync::mpsc::Sender<Result<DreamStreamEvent, ApiError>>,
    dream_id: Value,
    seq: std::sync::atomic::AtomicU64,
}

impl DeltaSink {
    fn next_seq(&self) -> u64 {
        self.seq.fetch_add(1, std::sync::atomic::Ordering::Relaxed)
    }

    /// Sends one frame; an error means the client has gone, which stops the dream.
    async fn emit(&self, event: Value) -> Result<(), ApiError> {
        self.tx
            .send(typed(event))
            .await
            .map_err(|_| ApiError::internal("the client disconnected"))
    }

    async fn send(&self, index: usize, step: DreamStep, delta: String) -> Result<(), ApiError> {
        if delta.is_empty() {
            return Ok(());
        }
        self.emit(
            json!({"type": "dream.step.delta", "sequence_number": self.next_seq(),
                         "dream_id": self.dream_id, "step_index": index,
                         "step": step_name(step), "delta": delta}),
        )
        .await
    }
}

fn usage_json(u: Usage) -> Value {
    json!({
        "input_tokens": u.input_tokens,
        "output_tokens": u.output_tokens,
        "total_tokens": u.input_tokens + u.output_tokens,
    })
}

pub async fn create(
    app: &App,
    body: CreateDreamRequest,
) -> Result<create_dream::Response, ApiError> {
    let model = app
        .registry
        .resolve(
            body.model.as_deref().map(String::as_str),
            Capability::Generation,
            "model",
        )?
        .clone();
    let constraints: DreamConstraints = match &body.constraints {
        Some(c) => c.clone(),
        None => typed(json!({}))?,
    };
    let plan = Plan {
        seed: body.seed.to_string(),
        steps: constraints.steps.clone(),
        max_tokens: constraints
            .max_tokens_per_step
            .get()
            .min(u64::from(u32::MAX)) as u32,
        tone: constraints.tone.as_ref().map(|t| t.to_string()),
        avoid: constraints
            .avoid_words
            .iter()
            .map(|w| w.to_string())
            .collect(),
        temperature: constraints.temperature.as_ref().and_then(|t| t.0),
        sampling_seed: constraints.sampling_seed,
    };
    let created = now();
    let dream_id = new_id("dream");
    let id_value = json!(dream_id);
    let resolved = serde_json::to_value(&constraints).unwrap_or(Value::Null);
    let finish = move |traces: &[Value], usage: Usage, model: &str, seed: &str| {
        json!({
            "id": dream_id, "object": "dream", "created": created, "model": model,
            "seed": seed, "constraints": resolved, "traces": traces,
            "usage": usage_json(usage),
        })
    };

    if !body.stream {
        let mut done = Vec::new();
        let mut traces = Vec::new();
        let mut total = Usage::default();
        for (i, step) in plan.steps.iter().enumerate() {
            let (trace, content, usage) = plan.run_step(&model, i, *step, &done, None).await?;
            total.input_tokens += usage.input_tokens;
            total.output_tokens += usage.output_tokens;
            traces.push(trace);
            done.push((*step, content));
        }
        return Ok(create_dream::Response::Ok(typed(finish(
            &traces,
            total,
            model.id(),
            &plan.seed,
        ))?));
    }

    let (tx, events) = event_channel::<DreamStreamEvent>();
    tokio::spawn(async move {
        let sink = DeltaSink {
            tx,
            dream_id: id_value,
            seq: Default::default(),
        };
        let mut done = Vec::new();
        let mut traces = Vec::new();
        let mut total = Usage::default();
        for (i, step) in plan.steps.iter().enumerate() {
            match plan.run_step(&model, i, *step, &done, Some(&sink)).await {
                Ok((trace, content, usage)) => {
                    total.input_tokens += usage.input_tokens;
                    total.output_tokens += usage.output_tokens;
                    let event = json!({"type": "dream.step.completed", "sequence_number": sink.next_seq(),
                                       "dream_id": sink.dream_id, "trace": trace});
                    traces.push(trace);
                    done.push((*step, content));
                    if sink.emit(event).await.is_err() {
                        return;
                    }
                }
                Err(e) => {
                    let event = json!({"type": "error", "sequence_number": sink.next_seq(), "code": e.code,
                                       "message": e.message, "param": e.param});
                    let _ = sink.emit(event).await;
                    return;
                }
            }
        }
        let event = json!({"type": "dream.completed", "sequence_number": sink.next_seq(),
                           "dream": finish(&traces, total, model.id(), &plan.seed)});
        let _ = sink.emit(event).await;
    });
    Ok(create_dream::Response::OkEventStream(events))
}
