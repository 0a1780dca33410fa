//! The `echo` engine: deterministic, instant, dependency-free — for tests and evals, not for
//! users. Generation echoes the last user message (honouring `stop` and the token limit);
//! embeddings are signed feature hashes of words and character trigrams, so texts sharing words
//! are close. Tokens are words and punctuation marks.
//!
//! Test aids, set per registry entry: `latency_ms` delays every generation, `fail_first: N` makes
//! the first N generations fail with a 500.

use super::{
    normalize, Chunk, ChunkStream, EmbedInput, Embeddings, Engine, EngineError, Finish,
    GenerateRequest, Generation, Role, Usage,
};
use crate::config::EchoModel;
use futures::future::BoxFuture;
use futures::{FutureExt, StreamExt};
use std::sync::atomic::{AtomicU32, Ordering};
use std::time::Duration;

pub struct EchoEngine {
    dimension: usize,
    latency: Duration,
    fail_first: u32,
    /// Generations served so far, for `fail_first`.
    calls: AtomicU32,
}

fn is_word(c: char) -> bool {
    c.is_alphanumeric() || c == '\''
}

/// Splits text into pieces that concatenate back to it: each word or punctuation mark carries the
/// whitespace before it; trailing whitespace joins the last piece.
pub fn pieces(text: &str) -> Vec<&str> {
    let mut out: Vec<&str> = Vec::new();
    let mut rest = text;
    while !rest.is_empty() {
        let ws = rest.len() - rest.trim_start().len();
        let body = &rest[ws..];
        let Some(first) = body.chars().next() else {
            match out.pop() {
                Some(last) => {
                    let start = text.len() - rest.len() - last.len();
                    out.push(&text[start..]);
                }
                None => out.push(rest),
            }
            break;
        };
        let len = if is_word(first) {
            body.find(|c: char| !is_word(c)).unwrap_or(body.len())
        } else {
            first.len_utf8()
        };
        out.push(&rest[..ws + len]);
        rest = &rest[ws + len..];
    }
    out
}

fn count(text: &str) -> u32 {
    pieces(text).iter().filter(|p| !p.trim().is_empty()).count() as u32
}

impl EchoEngine {
    pub fn new(model: &EchoModel) -> EchoEngine {
        EchoEngine {
            dimension: model.dimension,
            latency: Duration::from_millis(model.latency_ms),
            fail_first: model.fail_first,
            calls: AtomicU32::new(0),
        }
    }

    /// The simulated latency, then the simulated failures.
    async fn begin(&self) -> Result<(), EngineError> {
        if !self.latency.is_zero() {
            tokio::time::sleep(self.latency).await;
        }
        if self.fail_first == 0 {
            return Ok(());
        }
        let n = self.calls.fetch_add(1, Ordering::SeqCst) + 1;
        if n <= self.fail_first {
            return Err(EngineError::Simulated {
                n,
                of: self.fail_first,
            });
        }
        Ok(())
    }

    fn reply(req: &GenerateRequest) -> (String, Finish, Usage) {
        let source = req
            .turns
            .iter()
            .rev()
            .find(|t| t.role == Role::User)
            .or(req.turns.last())
            .map(|t| t.content.as_str())
            .unwrap_or("");
        let mut text = source;
        let mut finish = Finish::Stop;
        if let Some(cut) = req.stop.iter().filter_map(|s| text.find(s.as_str())).min() {
            text = &text[..cut];
        }
        let all = pieces(text);
        let limit = req.max_tokens.map(|m| m as usize).unwrap_or(usize::MAX);
        let mut kept = 0;
        let mut end = 0;
        for p in &all {
            if !p.trim().is_empty() {
                if kept == limit {
                    finish = Finish::Length;
                    break;
                }
                kept += 1;
            }
            end += p.len();
        }
        let input = req.turns.iter().map(|t| count(&t.content)).sum();
        (
            text[..end].to_string(),
            finish,
            Usage {
                input_tokens: input,
                output_tokens: kept as u32,
            },
        )
    }
}

fn fnv(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(*b)).wrapping_mul(0x0000_0100_0000_01b3)
    })
}

fn add_feature(v: &mut [f32], key: &[u8], weight: f32) {
    let h = fnv(key);
    let i = (h % v.len() as u64) as usize;
    v[i] += if h >> 63 == 0 { weight } else { -weight };
}

/// Signed feature hashing of lowercase words (weight 1) and their character trigrams (0.5).
pub fn hash_embedding(text: &str, dimension: usize) -> Vec<f32> {
    let mut v = vec![0.0f32; dimension];
    for word in text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
    {
        add_feature(&mut v, word.as_bytes(), 1.0);
        let padded: Vec<char> = format!("^{word}$").chars().collect();
        for w in padded.windows(3) {
            let tri: String = w.iter().collect();
            add_feature(&mut v, tri.as_bytes(), 0.5);
        }
    }
    normalize(&mut v);
    v
}

impl Engine for EchoEngine {
    fn kind(&self) -> &'static str {
        "echo"
    }

    fn generate(&self, req: GenerateRequest) -> BoxFuture<'_, Result<Generation, EngineError>> {
        async move {
            self.begin().await?;
            let (text, finish, usage) = Self::reply(&req);
            Ok(Generation {
                text,
                finish,
                usage,
            })
        }
        .boxed()
    }

    fn stream(&self, req: GenerateRequest) -> BoxFuture<'_, Result<ChunkStream, EngineError>> {
        async move {
            self.begin().await?;
            let (text, finish, usage) = Self::reply(&req);
            let mut chunks: Vec<Result<Chunk, EngineError>> = pieces(&text)
                .into_iter()
                .map(|p| Ok(Chunk::Delta(p.to_string())))
                .collect();
            chunks.push(Ok(Chunk::Done { finish, usage }));
            Ok(futures::stream::iter(chunks).boxed())
        }
        .boxed()
    }

    fn embed(&self, inputs: Vec<EmbedInput>) -> BoxFuture<'_, Result<Embeddings, EngineError>> {
        let dimension = self.dimension;
        async move {
            let mut tokens = 0u32;
            let vectors = inputs
                .iter()
                .map(|input| match input {
                    EmbedInput::Text(t) => {
                        tokens = tokens.saturating_add(count(t));
                        hash_embedding(t, dimension)
                    }
                    EmbedInput::Tokens(ids) => {
                        tokens = tokens.saturating_add(ids.len() as u32);
                        let mut v = vec![0.0f32; dimension];
                        for id in ids {
                            add_feature(&mut v, &id.to_le_bytes(), 1.0);
                        }
                        normalize(&mut v);
                        v
                    }
                })
                .collect();
            Ok(Embeddings { vectors, tokens })
        }
        .boxed()
    }

    fn ready(&self) -> BoxFuture<'_, Result<(), String>> {
        async { Ok(()) }.boxed()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::Turn;

    #[test]
    fn pieces_concatenate_back() {
        for t in [
            "Hello, world!",
            "  lead and trail  ",
            "one",
            "",
            "it's 3.5 km -- far?",
        ] {
            assert_eq!(pieces(t).concat(), t, "{t:?}");
        }
        assert_eq!(pieces("Hello, world!"), ["Hello", ",", " world", "!"]);
        assert_eq!(count("Hello, world!"), 4);
    }

    #[test]
    fn reply_honours_stop_and_limit() {
        let req = |max, stop: &[&str]| GenerateRequest {
            turns: vec![Turn::new(Role::User, "alpha beta gamma delta")],
            max_tokens: max,
            stop: stop.iter().map(|s| s.to_string()).collect(),
            ..Default::default()
        };
        let (t, f, u) = EchoEngine::reply(&req(Some(2), &[]));
        assert_eq!(
            (t.as_str(), f, u.output_tokens),
            ("alpha beta", Finish::Length, 2)
        );
        let (t, f, _) = EchoEngine::reply(&req(None, &[" gamma"]));
        assert_eq!((t.as_str(), f), ("alpha beta", Finish::Stop));
        let (t, f, _) = EchoEngine::reply(&req(Some(4), &[]));
        assert_eq!((t.as_str(), f), ("alpha beta gamma delta", Finish::Stop));
    }

    #[test]
    fn embeddings_are_unit_length_and_share_words() {
        let a = hash_embedding("reset my password", 384);
        let b = hash_embedding("how to reset a password", 384);
        let c = hash_embedding("stocks rallied on friday", 384);
        let dot = |x: &[f32], y: &[f32]| x.iter().zip(y).map(|(p, q)| p * q).sum::<f32>();
        assert!((dot(&a, &a) - 1.0).abs() < 1e-5);
        assert!(dot(&a, &b) > dot(&a, &c));
    }
}
