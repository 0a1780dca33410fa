//! Idempotency records in Redis, shared by the replicas: a key is claimed with one atomic script
//! (read the record, or store the running one with the lease as its expiry), so two replicas
//! given the same key at once run the request once.

use super::{Begin, IdempotencyError, Record};
use crate::shared::Redis;
use std::sync::Arc;
use std::time::Duration;

/// KEYS[1]: the record. ARGV: the running record, the lease in ms. Returns the existing record,
/// or nil after claiming the key.
const BEGIN: &str = r#"
local v = redis.call('GET', KEYS[1])
if v then return v end
redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
return false
"#;
const PUT: &str = "redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2]) return 1";
/// Deletes the record only if it is still this request running.
const RELEASE: &str = r#"
if redis.call('GET', KEYS[1]) == ARGV[1] then redis.call('DEL', KEYS[1]) end
return 1
"#;

pub struct Records {
    redis: Arc<Redis>,
    begin: redis::Script,
    put: redis::Script,
    release: redis::Script,
}

/// The Redis key of a record key (already a hash of the tenant and the client's key).
fn redis_key(key: &str) -> String {
    format!("lukhas:idempotency:{key}")
}

/// The running record as stored in Redis: no expiry inside (Redis expires the key), so that a
/// release can compare it byte for byte.
fn running(request: &str) -> Result<Vec<u8>, serde_json::Error> {
    serde_json::to_vec(&Record {
        request: request.to_string(),
        expires_ms: 0,
        answer: None,
    })
}

impl Records {
    pub fn new(redis: Arc<Redis>) -> Records {
        Records {
            redis,
            begin: redis::Script::new(BEGIN),
            put: redis::Script::new(PUT),
            release: redis::Script::new(RELEASE),
        }
    }

    pub async fn begin(
        &self,
        key: &str,
        record: Record,
        lease: Duration,
    ) -> Result<Begin, IdempotencyError> {
        let value = running(&record.request)?;
        let lease = lease.as_millis().max(1).to_string();
        let found: Option<Vec<u8>> = self
            .redis
            .script(&self.begin, &[&redis_key(key)], &[&value, lease.as_bytes()])
            .await?;
        Ok(match found {
            Some(v) => serde_json::from_slice::<Record>(&v)?.begin(&record.request),
            None => Begin::Run,
        })
    }

    pub async fn put(
        &self,
        key: &str,
        record: Record,
        ttl: Duration,
    ) -> Result<(), IdempotencyError> {
        let value = serde_json::to_vec(&Record {
            expires_ms: 0,
            ..record
        })?;
        let ttl = ttl.as_millis().max(1).to_string();
        let _: i64 = self
            .redis
            .script(&self.put, &[&redis_key(key)], &[&value, ttl.as_bytes()])
            .await?;
        Ok(())
    }

    pub async fn release(&self, key: &str, request: &str) -> Result<(), IdempotencyError> {
        let value = running(request)?;
        let _: i64 = self
            .redis
            .script(&self.release, &[&redis_key(key)], &[&value])
            .await?;
        Ok(())
    }
}
