//! Rate limits: requests per second per API key and route group, with a burst, as the generic
//! cell rate algorithm (GCRA) of the `governor` crate, in this process's memory.
//!
//! Groups follow the spec's tags: `responses` (responses, conversations, chat completions),
//! `embeddings`, `dreams`, `indexes`, `models`; the rates come from `reliability.yaml` (`rates`),
//! and a key in the keys file may carry its own (`rates: {responses_rps: 100}`). Every admitted
//! request's answer carries OpenAI's `x-ratelimit-{limit,remaining,reset}-requests`; a refusal is
//! a 429 with `retry-after`/`retry-after-ms`, which the official SDKs wait out before retrying.
//!
//! The limit is the bucket (the burst), `remaining` what is left of it after this request, and
//! `reset` the time until it is full again.

use crate::auth::Principal;
use crate::config::Rates;
use governor::clock::{Clock, DefaultClock};
use governor::middleware::StateInformationMiddleware;
use governor::state::keyed::DefaultKeyedStateStore;
use governor::{Quota, RateLimiter};
use http::{HeaderMap, HeaderName, HeaderValue};
use lukhas_api::support::{ApiError, ErrorKind, OperationInfo};
use std::collections::HashMap;
use std::num::NonZeroU32;
use std::sync::{Arc, Mutex};
use std::time::Duration;

type Limiter =
    RateLimiter<String, DefaultKeyedStateStore<String>, DefaultClock, StateInformationMiddleware>;

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

pub struct RateLimits {
    rates: Rates,
    /// One limiter per group and rate: the configured ones, and a key's own.
    limiters: Mutex<HashMap<(&'static str, u64), Arc<Limiter>>>,
    clock: DefaultClock,
}

/// Where a caller stands after one request.
struct State {
    limit: u32,
    remaining: u32,
    reset: Duration,
}

impl RateLimits {
    pub fn new(rates: Rates) -> RateLimits {
        RateLimits {
            rates,
            limiters: Mutex::new(HashMap::new()),
            clock: DefaultClock::default(),
        }
    }

    /// Counts one request of `principal` to `operation`: its rate-limit headers, or a 429 that
    /// carries them and how long to wait.
    pub fn admit(
        &self,
        principal: &Principal,
        operation: &OperationInfo,
    ) -> Result<HeaderMap, ApiError> {
        let Some(group) = group(operation.tag).filter(|_| self.rates.enabled) else {
            return Ok(HeaderMap::new());
        };
        let rps = principal
            .rates
            .get(group)
            .copied()
            .or_else(|| {
                self.rates
                    .by_key()
                    .into_iter()
                    .find(|(k, _)| *k == group)
                    .map(|(_, v)| v)
            })
            .unwrap_or(f64::INFINITY);
        let limiter = self.limiter(group, rps);
        match limiter.check_key(&principal.key_id) {
            Ok(snapshot) => {
                let quota = snapshot.quota();
                let limit = quota.burst_size().get();
                let remaining = snapshot.remaining_burst_capacity();
                Ok(State {
                    limit,
                    remaining,
                    reset: quota.replenish_interval() * (limit - remaining.min(limit)),
                }
                .headers())
            }
            Err(not_until) => {
                let quota = not_until.quota();
                let limit = quota.burst_size().get();
                let wait = not_until.wait_time_from(self.clock.now());
                let state = State {
                    limit,
                    remaining: 0,
                    reset: quota.replenish_interval() * limit,
                };
                let mut e = ApiError::new(
                    ErrorKind::RateLimited,
                    "rate_limit_exceeded",
                    format!(
                        "Rate limit reached for requests ({} of this key: {} per second, bursts \
                         of {limit}). Retry in {}.",
                        group.trim_end_matches("_rps"),
                        show_rate(rps),
                        show(wait)
                    ),
                )
                .with_retry_after(wait);
                for (name, value) in state.headers().iter() {
                    e = e.with_header(name.clone(), value.clone());
                }
                Err(e)
            }
        }
    }

    fn limiter(&self, group: &'static str, rps: f64) -> Arc<Limiter> {
        let mut limiters = self.limiters.lock().unwrap_or_else(|e| e.into_inner());
        limiters
            .entry((group, rps.to_bits()))
            .or_insert_with(|| {
                Arc::new(RateLimiter::keyed(quota(rps, self.rates.burst_seconds)).with_middleware())
            })
            .clone()
    }
}

/// `rps` requests per second, in bursts of `burst_seconds` worth (at least one request).
fn quota(rps: f64, burst_seconds: f64) -> Quota {
    let period = Duration::from_secs_f64((1.0 / rps).clamp(1e-9, 86_400.0));
    let burst = (rps * burst_seconds).round().clamp(1.0, u32::MAX as f64) as u32;
    Quota::with_period(period)
        .unwrap_or(Quota::per_second(NonZeroU32::MAX)) // only for a zero period, excluded above
        .allow_burst(NonZeroU32::new(burst).unwrap_or(NonZeroU32::MIN))
}

impl State {
    fn headers(&self) -> HeaderMap {
        let mut h = HeaderMap::new();
        for (name, value) in [
            ("x-ratelimit-limit-requests", self.limit.to_string()),
            ("x-ratelimit-remaining-requests", self.remaining.to_string()),
            ("x-ratelimit-reset-requests", show(self.reset)),
        ] {
            if let Ok(v) = HeaderValue::from_str(&value) {
                h.insert(HeaderName::from_static(name), v);
            }
        }
        h
    }
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
        assert_eq!(quota(0.5, 1.0).burst_size().get(), 1);
        assert_eq!(quota(20.0, 1.0).burst_size().get(), 20);
        assert_eq!(quota(20.0, 0.5).burst_size().get(), 10);
        assert_eq!(
            quota(4.0, 1.0).replenish_interval(),
            Duration::from_millis(250)
        );
    }
}
