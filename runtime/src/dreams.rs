//! The dreams pipeline: a seed grows through steps (imagine, expand, critique, refine,
//! summarize), each a generation conditioned on the seed, the constraints and every step before
//! it. See docs/dreams.md for the trace format. The handler (`handlers/dreams.rs`) turns its
//! progress into the API's objects and events.

use crate::engine::{Chunk, EngineError, GenerateRequest, Model, Role, Turn, Usage};
use crate::util::now_f64;
use futures::{Stream, StreamExt};
use lukhas_api::types::DreamStep;
use std::time::Instant;

/// Against repetition: a small model otherwise loops within a step and copies whole sentences of
/// earlier steps (which it reads in its prompt). OpenAI-style penalties on what a step writes,
/// and, on the embedded engine, no run of this many tokens copied from the prompt or itself.
const PRESENCE_PENALTY: f32 = 0.4;
const FREQUENCY_PENALTY: f32 = 0.4;
const NO_REPEAT_NGRAM: usize = 5;

pub fn step_name(s: DreamStep) -> &'static str {
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

pub struct Plan {
    pub seed: String,
    pub steps: Vec<DreamStep>,
    pub max_tokens: u32,
    pub tone: Option<String>,
    pub avoid: Vec<String>,
    pub temperature: Option<f64>,
    pub sampling_seed: Option<i64>,
    /// What the output may hold (the guardian's masking).
    pub guard: Option<std::sync::Arc<crate::guardian::OutputGuard>>,
}

/// One step's record.
#[derive(Debug, Clone)]
pub struct Trace {
    pub step: DreamStep,
    pub content: String,
    /// Unix seconds, fractional.
    pub started_at: f64,
    pub duration_ms: u64,
    pub usage: Usage,
}

/// What a running dream reports, in order.
pub enum Progress {
    /// Text of the running step, avoided words already removed (streaming only).
    Delta {
        index: usize,
        step: DreamStep,
        text: String,
    },
    StepDone(Trace),
}

impl Plan {
    fn messages(&self, step: DreamStep, done: &[Trace]) -> Vec<Turn> {
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
        for t in done {
            user.push_str(&format!("[{}]\n{}\n\n", step_name(t.step), t.content));
        }
        user.push_str(&format!("Now write the {} step.", step_name(step)));
        vec![Turn::new(Role::System, system), Turn::new(Role::User, user)]
    }

    fn request(&self, index: usize, step: DreamStep, done: &[Trace]) -> GenerateRequest {
        GenerateRequest {
            turns: self.messages(step, done),
            max_tokens: Some(self.max_tokens),
            temperature: self.temperature,
            seed: self.sampling_seed.map(|s| s.wrapping_add(index as i64)),
            presence_penalty: Some(PRESENCE_PENALTY),
            frequency_penalty: Some(FREQUENCY_PENALTY),
            no_repeat_ngram: Some(NO_REPEAT_NGRAM),
            params: crate::engine::Params {
                prompt: "seed",
                ..Default::default()
            },
            guard: self.guard.clone(),
            ..Default::default()
        }
    }

    /// Runs every step on `model`. With `deltas`, each step's text is reported as it is
    /// generated (a word is scrubbed of avoided words once it is complete).
    pub fn run(
        self,
        model: Model,
        deltas: bool,
    ) -> impl Stream<Item = Result<Progress, EngineError>> + Send {
        async_stream::try_stream! {
            let mut done: Vec<Trace> = Vec::new();
            for (index, step) in self.steps.iter().copied().enumerate() {
                let started_at = now_f64();
                let clock = Instant::now();
                let mut chunks = model.stream(self.request(index, step, &done)).await?;
                let (mut text, mut sent, mut usage) = (String::new(), 0, None);
                while let Some(chunk) = chunks.next().await {
                    match chunk? {
                        Chunk::Delta(d) => text.push_str(&d),
                        Chunk::Done { usage: u, .. } => usage = Some(u),
                        // Dreams give the model no tools.
                        Chunk::ToolCall { .. } | Chunk::ToolArgs { .. } => {}
                    }
                    if !deltas {
                        continue;
                    }
                    // Up to the last non-word character: a word still growing is not scrubbed yet.
                    let settled = if usage.is_some() {
                        text.len()
                    } else {
                        text.char_indices()
                            .rev()
                            .find(|&(_, c)| !is_word_char(c))
                            .map_or(0, |(i, c)| i + c.len_utf8())
                    };
                    if settled > sent {
                        let piece = scrub(&text[sent..settled], &self.avoid);
                        sent = settled;
                        if !piece.is_empty() {
                            yield Progress::Delta { index, step, text: piece };
                        }
                    }
                }
                let usage = usage.ok_or(EngineError::Truncated)?;
                let trace = Trace {
                    step,
                    content: scrub(text.trim(), &self.avoid),
                    started_at,
                    duration_ms: clock.elapsed().as_millis() as u64,
                    usage,
                };
                done.push(trace.clone());
                yield Progress::StepDone(trace);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::scrub;

    #[test]
    fn scrub_removes_whole_words_only() {
        let avoid = vec!["storm".to_string()];
        assert_eq!(
            scrub("A Storm, stormy storms; storm.", &avoid),
            "A …, stormy storms; …."
        );
    }
}
