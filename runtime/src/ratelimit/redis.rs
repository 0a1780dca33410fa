//! Counters in Redis, shared by every replica: the same GCRA as in memory, as one Lua script that
//! reads and updates a key's theoretical arrival time atomically, on Redis's own clock (replicas'
//! clocks need not agree).
//!
//! Redis being unreachable must not stall requests: each call has a short deadline, and after a
//! failure the next second's requests do not try again (they are decided by the caller's
//! fail-open or fail-closed setting at once).

use super::{Budget, Decision};
use redis::aio::{ConnectionManager, ConnectionManagerConfig};
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

/// KEYS[1]: the theoretical arrival time (TAT) in microseconds. ARGV: the emission interval
/// (microseconds) and the burst. Returns {allowed, remaining, reset_us, retry_us}.
const GCRA: &str = r#"
local interval = tonumber(ARGV[1])
local burst = tonumber(ARGV[2])
local clock = redis.call('TIME')
local now = tonumber(clock[1]) * 1000000 + tonumber(clock[2])
local tat = tonumber(redis.call('GET', KEYS[1]) or now)
if tat < now then tat = now end
local next_tat = tat + interval
local allow_at = next_tat - burst * interval
if now < allow_at then
  return {0, 0, tat - now, allow_at - now}
end
redis.call('SET', KEYS[1], string.format('%d', next_tat), 'PX', math.ceil((next_tat - now) / 1000) + 1)
return {1, math.floor((now - allow_at) / interval), next_tat - now, 0}
"#;

/// How long one check may take before the request is decided without it.
const DEADLINE: Duration = Duration::from_millis(250);
/// After a failure, how long requests do not try Redis.
const BACK_OFF: Duration = Duration::from_secs(1);

pub struct Redis {
    connection: ConnectionManager,
    script: redis::Script,
    /// Unix milliseconds before which Redis is not tried again.
    down_until: AtomicU64,
}

#[derive(Debug, thiserror::Error)]
pub enum RedisError {
    #[error("redis: {0}")]
    Redis(#[from] redis::RedisError),
    #[error("redis did not answer within {0:?}")]
    Timeout(Duration),
    #[error("redis failed less than a second ago")]
    BackingOff,
    #[error("redis answered {0:?}, not a GCRA decision")]
    Unexpected(Vec<i64>),
}

impl Redis {
    /// Connects lazily: a Redis that is down at start-up is a degraded rate limit, not a failed
    /// start.
    pub fn new(url: &str) -> anyhow::Result<Redis> {
        let client = redis::Client::open(url)
            .map_err(|e| anyhow::anyhow!("key `state.redis_url`: {:?}", e.kind()))?;
        let config = ConnectionManagerConfig::new()
            .set_connection_timeout(Some(DEADLINE))
            .set_response_timeout(Some(DEADLINE))
            .set_number_of_retries(1);
        Ok(Redis {
            connection: ConnectionManager::new_lazy_with_config(client, config)?,
            script: redis::Script::new(GCRA),
            down_until: AtomicU64::new(0),
        })
    }

    pub async fn count(
        &self,
        group: &str,
        key_id: &str,
        budget: Budget,
    ) -> Result<Decision, RedisError> {
        if now_ms() < self.down_until.load(Ordering::Relaxed) {
            return Err(RedisError::BackingOff);
        }
        let mut connection = self.connection.clone();
        let mut call = self
            .script
            .key(format!("lukhas:ratelimit:{group}:{key_id}"));
        call.arg(budget.interval.as_micros().max(1) as u64)
            .arg(budget.burst);
        let answer = match tokio::time::timeout(DEADLINE, call.invoke_async(&mut connection)).await
        {
            Ok(Ok(v)) => Ok(v),
            Ok(Err(e)) => Err(RedisError::Redis(e)),
            Err(_) => Err(RedisError::Timeout(DEADLINE)),
        };
        let v: Vec<i64> = answer.inspect_err(|_| {
            self.down_until
                .store(now_ms() + BACK_OFF.as_millis() as u64, Ordering::Relaxed);
        })?;
        let micros = |i: usize| Duration::from_micros(v[i].max(0) as u64);
        match v.as_slice() {
            [allowed, remaining, _, _] => Ok(Decision {
                allowed: *allowed == 1,
                remaining: (*remaining).clamp(0, budget.burst as i64) as u32,
                reset: micros(2),
                retry: micros(3),
            }),
            _ => Err(RedisError::Unexpected(v)),
        }
    }

    /// For `/readyz`: a round trip.
    pub async fn check(&self) -> Result<(), String> {
        let mut connection = self.connection.clone();
        let ping = redis::cmd("PING");
        match tokio::time::timeout(DEADLINE, ping.query_async::<String>(&mut connection)).await {
            Ok(Ok(_)) => Ok(()),
            Ok(Err(e)) => Err(format!("redis: {:?}", e.kind())),
            Err(_) => Err(format!("redis did not answer within {DEADLINE:?}")),
        }
    }
}

fn now_ms() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_millis() as u64)
        .unwrap_or(0)
}
