//! Idempotency records in the database, for one node: each begin is one write transaction (read
//! the record, or claim the key), fsync'd like every write, so a kept answer survives `kill -9`.

use super::{Begin, IdempotencyError, Record};
use crate::store::{internal, Db, StoreError};
use redb::{ReadableDatabase, ReadableTable, TableDefinition};

const RECORDS: TableDefinition<&str, &[u8]> = TableDefinition::new("idempotency");

pub struct Records {
    db: Db,
}

impl Records {
    pub fn open(db: Db) -> anyhow::Result<Records> {
        let tx = db.0.begin_write()?;
        tx.open_table(RECORDS)?;
        tx.commit()?;
        Ok(Records { db })
    }

    /// The key's live record, or `running` stored as its record.
    pub async fn begin(&self, key: &str, running: Record) -> Result<Begin, IdempotencyError> {
        let (key, value) = (key.to_string(), serde_json::to_vec(&running)?);
        let now = crate::util::now_ms();
        let found = self
            .db
            .blocking(move |db| {
                let tx = db.begin_write().map_err(internal)?;
                let found = {
                    let mut table = tx.open_table(RECORDS).map_err(internal)?;
                    let found = table
                        .get(key.as_str())
                        .map_err(internal)?
                        .map(|v| v.value().to_vec());
                    let live = found
                        .as_deref()
                        .and_then(|v| serde_json::from_slice::<Record>(v).ok())
                        .filter(|r| r.expires_ms > now);
                    if live.is_none() {
                        table
                            .insert(key.as_str(), value.as_slice())
                            .map_err(internal)?;
                    }
                    live
                };
                tx.commit().map_err(internal)?;
                Ok(found)
            })
            .await?;
        Ok(match found {
            Some(record) => record.begin(&running.request),
            None => Begin::Run,
        })
    }

    pub async fn put(&self, key: &str, record: Record) -> Result<(), IdempotencyError> {
        let (key, value) = (key.to_string(), serde_json::to_vec(&record)?);
        self.db
            .blocking(move |db| {
                let tx = db.begin_write().map_err(internal)?;
                tx.open_table(RECORDS)
                    .map_err(internal)?
                    .insert(key.as_str(), value.as_slice())
                    .map_err(internal)?;
                tx.commit().map_err(internal)
            })
            .await?;
        Ok(())
    }

    /// Deletes the key's record if it is still `request` running.
    pub async fn release(&self, key: &str, request: &str) -> Result<(), IdempotencyError> {
        let (key, request) = (key.to_string(), request.to_string());
        self.db
            .blocking(move |db| {
                let tx = db.begin_write().map_err(internal)?;
                {
                    let mut table = tx.open_table(RECORDS).map_err(internal)?;
                    let running = table
                        .get(key.as_str())
                        .map_err(internal)?
                        .and_then(|v| serde_json::from_slice::<Record>(v.value()).ok())
                        .is_some_and(|r| r.answer.is_none() && r.request == request);
                    if running {
                        table.remove(key.as_str()).map_err(internal)?;
                    }
                }
                tx.commit().map_err(internal)
            })
            .await?;
        Ok(())
    }

    pub async fn sweep(&self, now_ms: u64) -> Result<usize, StoreError> {
        self.db
            .blocking(move |db| {
                let expired: Vec<String> = {
                    let tx = db.begin_read().map_err(internal)?;
                    let table = tx.open_table(RECORDS).map_err(internal)?;
                    let mut expired = Vec::new();
                    for entry in table.iter().map_err(internal)? {
                        let (k, v) = entry.map_err(internal)?;
                        let gone = serde_json::from_slice::<Record>(v.value())
                            .map_or(true, |r| r.expires_ms <= now_ms);
                        if gone {
                            expired.push(k.value().to_string());
                        }
                    }
                    expired
                };
                if expired.is_empty() {
                    return Ok(0);
                }
                let tx = db.begin_write().map_err(internal)?;
                {
                    let mut table = tx.open_table(RECORDS).map_err(internal)?;
                    for k in &expired {
                        table.remove(k.as_str()).map_err(internal)?;
                    }
                }
                tx.commit().map_err(internal)?;
                Ok(expired.len())
            })
            .await
    }
}
