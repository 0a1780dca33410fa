//! Counters in Redis, shared by every replica: the same GCRA as in memory, as one Lua script that
//! reads and updates a key's theoretical arrival time atomically, on Redis's own clock (replicas'
//! clocks need not agree). Deadlines and back-off are [`crate::shared`]'s.

use super::{Budget, Decision};
use crate::shared::{Redis, RedisError};
use std::sync::Arc;
use std::time::Duration;

/// KEYS[1]: the theoretical arrival time (TAT) in microseconds. ARGV: the emission interval
/// (microseconds), the burst and the request's cost in cells. Returns {allowed, remaining,
/// reset_us, retry_us}; a retry of -1 means never (the cost exceeds the burst).
const GCRA: &str = r#"
local interval = tonumber(ARGV[1])
local burst = tonumber(ARGV[2])
local cost = tonumber(ARGV[3])
if cost > burst then return {0, 0, 0, -1} end
local clock = redis.call('TIME')
local now = tonumber(clock[1]) * 1000000 + tonumber(clock[2])
local tat = tonumber(redis.call('GET', KEYS[1]) or now)
if tat < now then tat = now end
local next_tat = tat + cost * interval
local allow_at = next_tat - burst * interval
if now < allow_at then
  return {0, 0, tat - now, allow_at - now}
end
redis.call('SET', KEYS[1], string.format('%d', next_tat), 'PX', math.ceil((next_tat - now) / 1000) + 1)
return {1, math.floor((now - allow_at) / interval), next_tat - now, 0}
"#;

pub struct Counters {
    redis: Arc<Redis>,
    script: redis::Script,
}

impl Counters {
    pub fn new(redis: Arc<Redis>) -> Counters {
        Counters {
            redis,
            script: redis::Script::new(GCRA),
        }
    }

    pub async fn count(
        &self,
        group: &str,
        key_id: &str,
        budget: Budget,
        cost: u32,
    ) -> Result<Decision, RedisError> {
        let key = format!("lukhas:ratelimit:{group}:{key_id}");
        let interval = (budget.interval.as_micros().max(1) as u64).to_string();
        let (burst, cost) = (budget.burst.to_string(), cost.max(1).to_string());
        let v: Vec<i64> = self
            .redis
            .script(
                &self.script,
                &[&key],
                &[interval.as_bytes(), burst.as_bytes(), cost.as_bytes()],
            )
            .await?;
        let micros = |i: usize| Duration::from_micros(v[i].max(0) as u64);
        match v.as_slice() {
            [allowed, remaining, _, retry] => Ok(Decision {
                allowed: *allowed == 1,
                never: *retry < 0,
                remaining: (*remaining).clamp(0, budget.burst as i64) as u32,
                reset: micros(2),
                retry: micros(3),
            }),
            _ => Err(RedisError::Unexpected(format!(
                "{v:?}, not a GCRA decision"
            ))),
        }
    }

    pub async fn check(&self) -> Result<(), String> {
        self.redis.check().await
    }
}
