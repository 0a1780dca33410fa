//! The `echo` engine: deterministic, instant, dependency-free — for tests and evals, not for
//! users. Generation echoes the last user message (honouring `stop` and the token limit);
//! embeddings are signed feature hashes of words and character trigrams, so texts sharing words
//! are close. Tokens are words and punctuation marks.
//!
//! Structured outputs and required tool calls follow the same grammar as on the embedded model
//! ([`structured`]), walked byte by byte with a fixed preference that closes what it opens: the
//! result is a small valid instance (`{"city": "a"}`), the same for the same request. It does not
//! think.
//!
//! Test aids, set per registry entry: `latency_ms` delays every generation and embedding, `fail_first: N` makes
//! the first N generations fail with a 500.

use super::{
    normalize, structured, tool_text, Chunk, ChunkStream, EmbedInput, Embeddings, Engine,
    EngineError, Finish, Format, GenerateRequest, Role, Usage,
};
use crate::config::EchoModel;
use futures::future::BoxFuture;
use futures::{FutureExt, StreamExt};
use llguidance::toktrie::ApproximateTokEnv;
use llguidance::{Matcher, ParserFactory};
use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::OnceLock;
use std::time::Duration;

pub struct EchoEngine {
    dimension: usize,
    latency: Duration,
    fail_first: u32,
    /// Generations served so far, for `fail_first`.
    calls: AtomicU32,
    context: Option<usize>,
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
            context: model.context,
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

    /// The echoed text, or the grammar's walk when the output must follow one.
    fn reply(&self, req: &GenerateRequest) -> Result<(String, Finish, Usage), EngineError> {
        let input = prompt_tokens(req);
        if let Some(context) = self.context.filter(|c| input as usize >= *c) {
            return Err(EngineError::ContextLength {
                prompt: input as usize,
                context,
                param: req.params.prompt,
            });
        }
        let free_text = req.format == Format::Text && !req.must_call();
        if !free_text {
            if let Some(mut m) = structured::matcher(bytes_factory(), req)? {
                let limit = req
                    .max_tokens
                    .map_or(WALK_LIMIT, |n| (n as usize).min(WALK_LIMIT));
                let (text, finish) = walk(&mut m, limit)?;
                let output_tokens = count(&text);
                return Ok((
                    text,
                    finish,
                    Usage {
                        input_tokens: input,
                        output_tokens,
                    },
                ));
            }
        }
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
        Ok((
            text[..end].to_string(),
            finish,
            Usage {
                input_tokens: input,
                output_tokens: kept as u32,
            },
        ))
    }
}

/// The prompt's tokens: the words of every turn and its tool calls.
fn prompt_tokens(req: &GenerateRequest) -> u32 {
    req.turns
        .iter()
        .map(|t| {
            count(&t.content)
                + t.tool_calls
                    .iter()
                    .map(|c| count(&c.name) + count(&c.arguments))
                    .sum::<u32>()
        })
        .sum()
}

/// Bytes a walk writes at most (then it stops, `length`).
const WALK_LIMIT: usize = 4096;

/// llguidance over a vocabulary of single bytes.
fn bytes_factory() -> &'static ParserFactory {
    static FACTORY: OnceLock<ParserFactory> = OnceLock::new();
    FACTORY.get_or_init(|| {
        structured::factory(ApproximateTokEnv::single_byte_env())
            .expect("a factory over single bytes always builds")
    })
}

/// The byte to write next, by a fixed preference: close what is open, keep strings short.
fn choose(allowed: impl Fn(u8) -> bool, in_string: bool, run: usize) -> Option<u8> {
    // After a value, closing beats continuing (`,` only when more must follow).
    const OUTSIDE: &[u8] = b"}],0\"[{ntf123456789-: ";
    const INSIDE: &[u8] = b"\"abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    let printable = (0x20u8..0x7f).collect::<Vec<u8>>();
    let mut order: Vec<u8> = if !in_string {
        OUTSIDE.to_vec()
    } else if run < 16 {
        INSIDE.to_vec()
    } else {
        // A pattern that letters alone do not end (an email, a date): try the punctuation.
        let mut o = vec![b'"'];
        o.extend(printable.iter().filter(|b| !b.is_ascii_alphanumeric()));
        o
    };
    order.extend(&printable);
    order.extend(0u8..0x20);
    order.extend(0x80u8..=0xff);
    order.into_iter().find(|&b| allowed(b))
}

/// Walks `m` to an accepted output, one byte at a time.
fn walk(m: &mut Matcher, limit: usize) -> Result<(String, Finish), EngineError> {
    let fail = |e: anyhow::Error| EngineError::Model(format!("constraint: {e}"));
    let eos = bytes_factory().tok_env().tok_trie().eos_token();
    let mut out: Vec<u8> = Vec::new();
    let (mut in_string, mut escaped, mut run) = (false, false, 0usize);
    for _ in 0..limit {
        if m.is_stopped() {
            return Ok((String::from_utf8_lossy(&out).into_owned(), Finish::Stop));
        }
        let mask = m.compute_mask().map_err(fail)?;
        if mask.is_allowed(eos) {
            return Ok((String::from_utf8_lossy(&out).into_owned(), Finish::Stop));
        }
        let byte = choose(|b| mask.is_allowed(u32::from(b)), in_string, run)
            .ok_or_else(|| EngineError::Model("the constraint allows nothing".into()))?;
        m.consume_token(u32::from(byte)).map_err(fail)?;
        out.push(byte);
        if in_string {
            run += 1;
            match (escaped, byte) {
                (true, _) => escaped = false,
                (false, b'\\') => escaped = true,
                (false, b'"') => in_string = false,
                _ => {}
            }
        } else if byte == b'"' {
            (in_string, run) = (true, 0);
        }
    }
    Ok((String::from_utf8_lossy(&out).into_owned(), Finish::Length))
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

    fn stream(&self, req: GenerateRequest) -> BoxFuture<'_, Result<ChunkStream, EngineError>> {
        async move {
            self.begin().await?;
            let (text, finish, usage) = self.reply(&req)?;
            let mut chunks: Vec<Result<Chunk, EngineError>> = pieces(&text)
                .into_iter()
                .map(|p| Ok(Chunk::Delta(p.to_string())))
                .collect();
            chunks.push(Ok(Chunk::Done { finish, usage }));
            let chunks = futures::stream::iter(chunks).boxed();
            Ok(if req.callable_tools().is_empty() {
                chunks
            } else {
                tool_text::split(chunks, || crate::util::new_id("call"))
            })
        }
        .boxed()
    }

    fn count_tokens(&self, req: &GenerateRequest) -> Result<Option<usize>, EngineError> {
        Ok(Some(prompt_tokens(req) as usize))
    }

    fn context_window(&self) -> Option<usize> {
        self.context
    }

    fn embed(&self, inputs: Vec<EmbedInput>) -> BoxFuture<'_, Result<Embeddings, EngineError>> {
        let dimension = self.dimension;
        async move {
            tokio::time::sleep(self.latency).await;
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

    fn echo() -> EchoEngine {
        EchoEngine::new(&EchoModel {
            id: "echo".into(),
            capabilities: vec![],
            owned_by: "test".into(),
            dimension: 8,
            latency_ms: 0,
            fail_first: 0,
            context: None,
        })
    }

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
        let (t, f, u) = echo().reply(&req(Some(2), &[])).unwrap();
        assert_eq!(
            (t.as_str(), f, u.output_tokens),
            ("alpha beta", Finish::Length, 2)
        );
        let (t, f, _) = echo().reply(&req(None, &[" gamma"])).unwrap();
        assert_eq!((t.as_str(), f), ("alpha beta", Finish::Stop));
        let (t, f, _) = echo().reply(&req(Some(4), &[])).unwrap();
        assert_eq!((t.as_str(), f), ("alpha beta gamma delta", Finish::Stop));
    }

    #[test]
    fn structured_output_is_a_small_valid_instance() {
        let schema = serde_json::json!({
            "type": "object",
            "properties": {
                "name": {"type": "string", "minLength": 2},
                "age": {"type": "integer", "minimum": 3},
                "color": {"enum": ["red", "green"]},
                "tags": {"type": "array", "items": {"type": "string"}, "minItems": 1},
                "ratio": {"type": "number", "exclusiveMinimum": 1.5},
            },
            "required": ["name", "age", "color", "tags", "ratio"],
            "additionalProperties": false,
        });
        let req = GenerateRequest {
            turns: vec![Turn::new(Role::User, "anything")],
            format: Format::JsonSchema {
                name: "t".into(),
                description: None,
                schema,
                strict: true,
            },
            ..Default::default()
        };
        let (text, finish, _) = echo().reply(&req).unwrap();
        assert_eq!(finish, Finish::Stop);
        assert_eq!(
            text,
            r#"{"name": "aa", "age": 10, "color": "green", "tags": [""], "ratio": 10}"#
        );
    }

    #[test]
    fn unsupported_keywords_are_refused_by_name() {
        let req = GenerateRequest {
            format: Format::JsonSchema {
                name: "t".into(),
                description: None,
                schema: serde_json::json!({"type": "object", "not": {}}),
                strict: true,
            },
            ..Default::default()
        };
        match echo().reply(&req) {
            Err(EngineError::Schema { param, detail }) => {
                assert_eq!(param, "text.format.schema");
                assert!(detail.contains("not"), "{detail}");
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn required_tools_are_called() {
        let tool = |name: &str| crate::engine::Tool {
            name: name.into(),
            description: None,
            parameters: serde_json::json!({
                "type": "object",
                "properties": {"city": {"type": "string"}},
                "required": ["city"],
            }),
            strict: true,
        };
        let req = GenerateRequest {
            turns: vec![Turn::new(Role::User, "weather?")],
            tools: vec![tool("get_weather"), tool("get_time")],
            tool_choice: crate::engine::ToolChoice::Named("get_weather".into()),
            parallel_tool_calls: false,
            ..Default::default()
        };
        let (text, finish, _) = echo().reply(&req).unwrap();
        assert_eq!(finish, Finish::Stop);
        assert_eq!(
            text,
            "<tool_call>\n{\"name\": \"get_weather\", \"arguments\": {\"city\": \"\"}}\n</tool_call>"
        );
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
