//! Rate limits: requests per second per API key and route group, with a burst, as the generic
//! cell rate algorithm (GCRA).
//!
//! Groups follow the spec's tags: `responses` (responses, conversations, chat completions),
//! `embeddings`, `dreams`, `indexes`, `models`; the rates come from `reliability.yaml` (`rates`),
//! and a key in the keys file may carry its own (`rates: {responses_rps: 100}`). Every admitted
//! request's answer carries OpenAI's `x-ratelimit-{limit,remaining,reset}-requests`; a refusal is
//! a 429 with `retry-after`/`retry-after-ms`, which the official SDKs wait out before retrying.
//!
//! The limit is the bucket (the burst), `remaining` what is left of it after this request, and
//! `reset` the time until it is full again.
//!
//! The counters live in this process (`memory`, one replica) or in Redis (`redis`, shared by the
//! replicas), chosen by `state.backend`; both run the same algorithm.

use crate::auth::Principal;
use crate::config::{Rates, StateConfig};
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
        "indexes" => "indexes_rps",
        "models" => "models_rps",
        _ => return None,
    })
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
}

/// What the counter decided for one request.
pub struct Decision {
    allowed: bool,
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
        let Some(group) = group(operation.tag).filter(|_| self.rates.enabled) else {
            return Ok(HeaderMap::new());
        };
        let rps = principal.rates.get(group).copied().unwrap_or_else(|| {
            self.rates
                .by_key()
                .into_iter()
                .find_map(|(k, v)| (k == group).then_some(v))
                .unwrap_or(f64::INFINITY)
        });
        let budget = Budget::new(rps, self.rates.burst_seconds);
        let decision = match &self.counter {
            Counter::Memory(m) => m.count(group, &principal.key_id, budget),
            Counter::Redis {
                redis,
                fail_open,
                warned,
            } => match redis.count(group, &principal.key_id, budget).await {
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
        let headers = headers(budget.burst, &decision);
        if decision.allowed {
            return Ok(headers);
        }
        let mut e = ApiError::new(
            ErrorKind::RateLimited,
            "rate_limit_exceeded",
            format!(
                "Rate limit reached for requests ({} of this key: {} per second, bursts of {}). \
                 Retry in {}.",
                group.trim_end_matches("_rps"),
                show_rate(rps),
                budget.burst,
                show(decision.retry)
            ),
        )
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

fn headers(limit: u32, d: &Decision) -> HeaderMap {
    let mut h = HeaderMap::new();
    for (name, value) in [
        ("x-ratelimit-limit-requests", limit.to_string()),
        ("x-ratelimit-remaining-requests", d.remaining.to_string()),
        ("x-ratelimit-reset-requests", show(d.reset)),
    ] {
        if let Ok(v) = HeaderValue::from_str(&value) {
            h.insert(HeaderName::from_static(name), v);
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
    fn every_group_has_a_rate_key() {
        for tag in [
            "responses",
            "conversations",
            "chat",
            "embeddings",
            "dreams",
            "indexes",
            "models",
        ] {
            assert!(
                crate::config::RATE_KEYS.contains(&group(tag).unwrap()),
                "{tag}"
            );
        }
    }

    #[test]
    fn bursts_are_at_least_one_request() {
        assert_eq!(Budget::new(0.5, 1.0).burst, 1);
        assert_eq!(Budget::new(20.0, 1.0).burst, 20);
        assert_eq!(Budget::new(20.0, 0.5).burst, 10);
        assert_eq!(Budget::new(4.0, 1.0).interval, Duration::from_millis(250));
    }
}
