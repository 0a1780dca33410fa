//! Rate limits: requests per second per API key (or tenant) and route group, with a burst, and
//! tokens per minute for the operations that generate or embed, both as the generic cell rate
//! algorithm (GCRA).
//!
//! Groups follow the spec's tags: `responses` (responses, conversations, chat completions),
//! `embeddings`, `dreams`, `indexes`, `models`; the rates come from `reliability.yaml` (`rates`),
//! and a key in the keys file may carry its own (`rates: {responses_rps: 100}`). Every admitted
//! request's answer carries OpenAI's `x-ratelimit-{limit,remaining,reset}-requests` (and `-tokens`
//! where tokens count); a refusal is a 429 with `retry-after`/`retry-after-ms`, which the official
//! SDKs wait out before retrying.
//!
//! The limit is the bucket (the burst; a minute's worth of tokens), `remaining` what is left of it
//! after this request, and `reset` the time until it is full again. Tokens are counted when a
//! request is admitted, as OpenAI estimates them: a quarter of the request's characters plus the
//! most it may generate ([`estimate`]).
//!
//! The counters live in this process (`memory`, one replica) or in Redis (`redis`, shared by the
//! replicas), chosen by `state.backend`; both run the same algorithm.

use crate::auth::Principal;
use crate::config::{RateScope, Rates, StateConfig};
use crate::shared::Redis;
use http::{HeaderMap, HeaderName, HeaderValue};
use lukhas_api::support::{ApiError, ErrorKind, OperationInfo};
use std::sync::atomic::AtomicU64;
use std::sync::Arc;
use std::time::Duration;

mod memory;
mod redis;

/// The rate key of the group an operation's tag belongs to (`None`: not limited).
pub fn group(tag: &str) -> Option<&'static str> {
    Some(match tag {
        "responses" | "conversations" | "chat" => "responses_rps",
        "embeddings" => "embeddings_rps",
        "dreams" => "dreams_rps",
        // Memory: indexes and the vector stores built on them.
        "indexes" | "vector_stores" => "indexes_rps",
        "models" => "models_rps",
        "files" => "files_rps",
        _ => return None,
    })
}

/// The tokens-per-minute key of an operation that generates or embeds.
pub fn token_group(operation_id: &str) -> Option<&'static str> {
    Some(match operation_id {
        "createResponse" | "createChatCompletion" => "responses_tpm",
        "createEmbedding" => "embeddings_tpm",
        "createDream" => "dreams_tpm",
        _ => return None,
    })
}

/// The output a request may ask for when it sets no cap, and the most counted for one (beyond any
/// model's context).
const DEFAULT_OUTPUT: u64 = 1024;
const MAX_OUTPUT: u64 = 131_072;

/// The tokens a request counts, as OpenAI estimates them: its characters / 4, plus its output
/// cap (`max_tokens`, `max_completion_tokens` times `n`, `max_output_tokens`, a dream's steps
/// times `max_tokens_per_step`; 1024 when unset), for the operations that generate.
pub fn estimate(operation_id: &str, body: &serde_json::Value) -> u32 {
    let input = (body.to_string().len() as u64).div_ceil(4);
    let cap = |v: Option<&serde_json::Value>| v.and_then(|v| v.as_u64()).unwrap_or(DEFAULT_OUTPUT);
    let output = match operation_id {
        "createChatCompletion" => {
            let max = body.get("max_completion_tokens").or(body.get("max_tokens"));
            cap(max).min(MAX_OUTPUT) * body.get("n").and_then(|n| n.as_u64()).unwrap_or(1).max(1)
        }
        "createResponse" => cap(body.get("max_output_tokens")),
        "createDream" => {
            let c = body.get("constraints");
            match c.and_then(|c| c.get("max_tokens_per_step")) {
                Some(per) => {
                    let steps = c
                        .and_then(|c| c.get("steps"))
                        .and_then(|s| s.as_array())
                        .map_or(3, |s| s.len() as u64);
                    cap(Some(per)).min(MAX_OUTPUT) * steps
                }
                None => DEFAULT_OUTPUT,
            }
        }
        _ => 0,
    };
    (input + output.min(MAX_OUTPUT * 8)).min(u64::from(u32::MAX)) as u32
}

/// One key's budget in one group.
#[derive(Clone, Copy, Debug)]
pub struct Budget {
    /// One request every `interval`...
    pub interval: Duration,
    /// ...and at most `burst` at once.
    pub burst: u32,
}

impl Budget {
    /// `rps` requests per second, in bursts of `burst_seconds` worth (at least one request).
    fn new(rps: f64, burst_seconds: f64) -> Budget {
        Budget {
            interval: Duration::from_secs_f64((1.0 / rps).clamp(1e-9, 86_400.0)),
            burst: (rps * burst_seconds).round().clamp(1.0, u32::MAX as f64) as u32,
        }
    }

    /// `tpm` tokens per minute, a minute's worth at once.
    fn per_minute(tpm: f64) -> Budget {
        Budget::new(tpm / 60.0, 60.0)
    }
}

/// What a budget counts.
#[derive(Clone, Copy)]
enum Unit {
    Requests,
    Tokens,
}

impl Unit {
    fn name(self) -> &'static str {
        match self {
            Unit::Requests => "requests",
            Unit::Tokens => "tokens",
        }
    }
}

/// What the counter decided for one request.
pub struct Decision {
    allowed: bool,
    /// Refused for good: the request costs more than the whole bucket.
    never: bool,
    /// Left of the burst after this request.
    remaining: u32,
    /// Until the burst is whole again.
    reset: Duration,
    /// Until a refused request would be admitted.
    retry: Duration,
}

enum Counter {
    Memory(memory::Memory),
    Redis {
        redis: redis::Counters,
        fail_open: bool,
        /// Unix seconds of the last "redis is unavailable" warning (one a minute at most).
        warned: AtomicU64,
    },
}

pub struct RateLimits {
    rates: Rates,
    counter: Counter,
}

impl RateLimits {
    /// `shared`: the Redis of `state.backend: redis`.
    pub fn new(rates: Rates, state: &StateConfig, shared: Option<Arc<Redis>>) -> RateLimits {
        let counter = match shared {
            Some(r) => Counter::Redis {
                redis: redis::Counters::new(r),
                fail_open: state.rate_limits_fail_open,
                warned: AtomicU64::new(0),
            },
            None => Counter::Memory(Default::default()),
        };
        RateLimits { rates, counter }
    }

    /// Counts one request of `principal` to `operation`: its rate-limit headers, or a 429 that
    /// carries them and how long to wait.
    pub async fn admit(
        &self,
        principal: &Principal,
        operation: &OperationInfo,
    ) -> Result<HeaderMap, ApiError> {
        match group(operation.tag) {
            Some(g) => self.take(principal, g, Unit::Requests, 1).await,
            None => Ok(HeaderMap::new()),
        }
    }

    /// Counts the tokens of a request to `operation` (see [`estimate`]), like [`Self::admit`].
    pub async fn admit_tokens(
        &self,
        principal: &Principal,
        operation: &OperationInfo,
        tokens: u32,
    ) -> Result<HeaderMap, ApiError> {
        match token_group(operation.id) {
            Some(g) => self.take(principal, g, Unit::Tokens, tokens).await,
            None => Ok(HeaderMap::new()),
        }
    }

    async fn take(
        &self,
        principal: &Principal,
        group: &'static str,
        unit: Unit,
        cost: u32,
    ) -> Result<HeaderMap, ApiError> {
        if !self.rates.enabled {
            return Ok(HeaderMap::new());
        }
        let rate = principal.rates.get(group).copied().unwrap_or_else(|| {
            self.rates
                .by_key()
                .into_iter()
                .find_map(|(k, v)| (k == group).then_some(v))
                .unwrap_or(f64::INFINITY)
        });
        let budget = match unit {
            Unit::Requests => Budget::new(rate, self.rates.burst_seconds),
            Unit::Tokens => Budget::per_minute(rate),
        };
        let who = match self.rates.per {
            RateScope::Key => principal.key_id.clone(),
            RateScope::Tenant => format!("tenant:{}", principal.tenant),
        };
        let decision = match &self.counter {
            Counter::Memory(m) => m.count(group, &who, budget, cost),
            Counter::Redis {
                redis,
                fail_open,
                warned,
            } => match redis.count(group, &who, budget, cost).await {
                Ok(d) => d,
                Err(e) => {
                    if crate::shared::once_a_minute(warned) {
                        tracing::warn!(error = %e, fail_open = *fail_open,
                            "rate limits: redis is unavailable (state.rate_limits_fail_open \
                             decides: admit uncounted, or 503)");
                    }
                    if *fail_open {
                        return Ok(HeaderMap::new());
                    }
                    return Err(ApiError::unavailable(
                        "Rate limits cannot be checked right now; retry shortly.",
                        Duration::from_secs(1),
                    ));
                }
            },
        };
        let headers = headers(unit, budget.burst, &decision);
        if decision.allowed {
            return Ok(headers);
        }
        crate::telemetry::counters::RATE_LIMITED
            .with_label_values(&[group])
            .inc();
        let (what, per) = match unit {
            Unit::Requests => (group.trim_end_matches("_rps"), "per second"),
            Unit::Tokens => (group.trim_end_matches("_tpm"), "per minute"),
        };
        if decision.never {
            // It can never pass: not a 429 that clients would retry.
            return Err(ApiError::new(
                ErrorKind::PayloadTooLarge,
                "request_too_large",
                format!(
                    "Request too large for the token limit ({what} of this key: {} tokens {per}); \
                     it counts {cost} (a quarter of its characters plus its output cap). Send less \
                     input or a lower output cap.",
                    show_rate(rate)
                ),
            ));
        }
        let mut e = ApiError::new(
            ErrorKind::RateLimited,
            "rate_limit_exceeded",
            format!(
                "Rate limit reached for {} ({what} of this key: {} {per}, bursts of {}). Retry in {}.",
                unit.name(),
                show_rate(rate),
                budget.burst,
                show(decision.retry)
            ),
        )
        .with_type(unit.name())
        .with_retry_after(decision.retry);
        for (name, value) in headers.iter() {
            e = e.with_header(name.clone(), value.clone());
        }
        Err(e)
    }

    /// For `/readyz`: `None` without a shared store.
    pub async fn check(&self) -> Option<Result<(), String>> {
        match &self.counter {
            Counter::Memory(_) => None,
            Counter::Redis { redis, .. } => Some(redis.check().await),
        }
    }

    /// Whether requests are still served while the shared store is down.
    pub fn fails_open(&self) -> bool {
        matches!(
            self.counter,
            Counter::Redis {
                fail_open: true,
                ..
            }
        )
    }
}

fn headers(unit: Unit, limit: u32, d: &Decision) -> HeaderMap {
    let mut h = HeaderMap::new();
    for (name, value) in [
        ("limit", limit.to_string()),
        ("remaining", d.remaining.to_string()),
        ("reset", show(d.reset)),
    ] {
        let name = format!("x-ratelimit-{name}-{}", unit.name());
        if let (Ok(n), Ok(v)) = (HeaderName::try_from(name), HeaderValue::from_str(&value)) {
            h.insert(n, v);
        }
    }
    h
}

/// A duration as OpenAI writes them in headers: `12ms`, `1.5s`.
fn show(d: Duration) -> String {
    let ms = d.as_nanos().div_ceil(1_000_000);
    if ms < 1000 {
        format!("{ms}ms")
    } else {
        format!("{}s", ms as f64 / 1000.0)
    }
}

fn show_rate(rps: f64) -> String {
    if rps.fract() == 0.0 {
        format!("{rps:.0}")
    } else {
        format!("{rps}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations_read_as_openai_writes_them() {
        assert_eq!(show(Duration::from_micros(11_200)), "12ms");
        assert_eq!(show(Duration::ZERO), "0ms");
        assert_eq!(show(Duration::from_millis(1500)), "1.5s");
        assert_eq!(show(Duration::from_secs(60)), "60s");
    }

    #[test]
    fn every_secured_operation_has_a_rate_key() {
        for op in lukhas_api::OPERATIONS.iter().filter(|o| o.secured()) {
            let key =
                group(op.tag).unwrap_or_else(|| panic!("{} ({}) is not limited", op.id, op.tag));
            assert!(crate::config::RATE_KEYS.contains(&key), "{}", op.id);
        }
    }

    #[test]
    fn tokens_are_estimated_as_openai_does() {
        use serde_json::json;
        let chat = json!({"model": "m", "messages": [{"role": "user", "content": "x".repeat(400)}], "max_tokens": 50, "n": 2});
        let chars = chat.to_string().len() as u32;
        assert_eq!(
            estimate("createChatCompletion", &chat),
            chars.div_ceil(4) + 100
        );
        let resp = json!({"input": "hi"});
        assert_eq!(estimate("createResponse", &resp), 4 + 1024);
        let emb = json!({"input": "abcd"});
        assert_eq!(estimate("createEmbedding", &emb), 4);
        let dream =
            json!({"seed": "s", "constraints": {"steps": ["a", "b"], "max_tokens_per_step": 10}});
        assert_eq!(
            estimate("createDream", &dream) - (dream.to_string().len() as u32).div_ceil(4),
            20
        );
        let huge = json!({"max_tokens": u64::MAX, "n": 128});
        assert!(estimate("createChatCompletion", &huge) <= 131_072 * 8 + 100);
        assert_eq!(Budget::per_minute(600.0).burst, 600);
        assert_eq!(
            Budget::per_minute(600.0).interval,
            Duration::from_millis(100)
        );
    }

    #[test]
    fn bursts_are_at_least_one_request() {
        assert_eq!(Budget::new(0.5, 1.0).burst, 1);
        assert_eq!(Budget::new(20.0, 1.0).burst, 20);
        assert_eq!(Budget::new(20.0, 0.5).burst, 10);
        assert_eq!(Budget::new(4.0, 1.0).interval, Duration::from_millis(250));
    }
}
