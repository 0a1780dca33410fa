//! The connection to Redis, where state that replicas share lives (rate-limit counters,
//! idempotency records), with the rules every use of it follows.
//!
//! Redis being unreachable must not stall requests: each call has a short deadline, and after a
//! failure the next second's calls do not try again (each caller then decides by its own
//! fail-open or fail-closed setting at once). The connection is opened lazily and reconnects by
//! itself, so a Redis that is down at start-up degrades the server rather than failing it.

use crate::util::now_ms;
use redis::aio::{ConnectionManager, ConnectionManagerConfig};
use redis::FromRedisValue;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

/// How long one call may take before the request is decided without it.
const DEADLINE: Duration = Duration::from_millis(250);
/// After a failure, how long calls do not try Redis.
const BACK_OFF: Duration = Duration::from_secs(1);

pub struct Redis {
    connection: ConnectionManager,
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
    #[error("redis answered {0}")]
    Unexpected(String),
}

impl Redis {
    pub fn new(url: &str) -> anyhow::Result<Redis> {
        let client = redis::Client::open(url)
            .map_err(|e| anyhow::anyhow!("key `state.redis_url`: {:?}", e.kind()))?;
        let config = ConnectionManagerConfig::new()
            .set_connection_timeout(Some(DEADLINE))
            .set_response_timeout(Some(DEADLINE))
            .set_number_of_retries(1);
        Ok(Redis {
            connection: ConnectionManager::new_lazy_with_config(client, config)?,
            down_until: AtomicU64::new(0),
        })
    }

    /// Runs `script` with `keys` and `args` within the deadline.
    pub async fn script<T: FromRedisValue>(
        &self,
        script: &redis::Script,
        keys: &[&str],
        args: &[&[u8]],
    ) -> Result<T, RedisError> {
        if now_ms() < self.down_until.load(Ordering::Relaxed) {
            return Err(RedisError::BackingOff);
        }
        let mut connection = self.connection.clone();
        let mut call = script.prepare_invoke();
        keys.iter().for_each(|k| {
            call.key(*k);
        });
        args.iter().for_each(|a| {
            call.arg(*a);
        });
        let answer = match tokio::time::timeout(DEADLINE, call.invoke_async(&mut connection)).await
        {
            Ok(Ok(v)) => Ok(v),
            Ok(Err(e)) => Err(RedisError::Redis(e)),
            Err(_) => Err(RedisError::Timeout(DEADLINE)),
        };
        answer.inspect_err(|_| {
            self.down_until
                .store(now_ms() + BACK_OFF.as_millis() as u64, Ordering::Relaxed);
        })
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

/// True at most once a minute for `last` (Unix seconds of the last true).
pub fn once_a_minute(last: &AtomicU64) -> bool {
    let (now, then) = (crate::util::now() as u64, last.load(Ordering::Relaxed));
    then + 60 <= now
        && last
            .compare_exchange(then, now, Ordering::Relaxed, Ordering::Relaxed)
            .is_ok()
}
