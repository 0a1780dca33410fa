//! Stored responses, their items, and conversations, per tenant (another tenant's are "not
//! found").
//!
//! Items (messages, function calls, their outputs) are stored once and shared: a response holds
//! its context, its input and its output by item id, and so does a conversation. Each item counts
//! its holders; releasing the last one deletes it, so deleting a response or a conversation (or a
//! response expiring) really deletes what only it held.
//!
//! Tables:
//! - `responses`: tenant NUL response id -> JSON [`StoredResponse`]
//! - `response_expiry`: expiry (16 hex digits) NUL tenant NUL response id -> ()
//! - `response_events`: tenant NUL response id NUL sequence (16 hex) -> JSON event
//! - `items`: tenant NUL item id -> JSON [`StoredItem`]
//! - `conversations`: tenant NUL conversation id -> JSON [`Conversation`]
//! - `conversation_items`: tenant NUL conversation id NUL position (16 hex) -> item id
//! - `conversation_positions`: tenant NUL conversation id NUL item id -> position

use super::{internal, join, under, Db, StoreError};
use redb::{ReadableDatabase, ReadableTable, Table, TableDefinition, WriteTransaction};
use serde::{Deserialize, Serialize};
use serde_json::Value;
use std::collections::HashMap;

const RESPONSES: TableDefinition<&str, &[u8]> = TableDefinition::new("responses");
const EXPIRY: TableDefinition<&str, ()> = TableDefinition::new("response_expiry");
const EVENTS: TableDefinition<&str, &[u8]> = TableDefinition::new("response_events");
const ITEMS: TableDefinition<&str, &[u8]> = TableDefinition::new("items");
const CONVERSATIONS: TableDefinition<&str, &[u8]> = TableDefinition::new("conversations");
const CONV_ITEMS: TableDefinition<&str, &str> = TableDefinition::new("conversation_items");
const CONV_POSITIONS: TableDefinition<&str, u64> = TableDefinition::new("conversation_positions");

/// A stored response and the items it holds.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct StoredResponse {
    /// The Response object as the API returns it.
    pub response: Value,
    /// A background response's request, to run it again after a restart.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub request: Option<Value>,
    /// The items before its input (from `previous_response_id` or the conversation).
    pub context: Vec<String>,
    pub input: Vec<String>,
    pub output: Vec<String>,
    /// Unix seconds after which it is deleted (0: never).
    pub expires_at: i64,
}

impl StoredResponse {
    pub fn id(&self) -> &str {
        self.response["id"].as_str().unwrap_or_default()
    }

    /// Every item id it holds, with repeats (each is one hold).
    fn holds(&self) -> impl Iterator<Item = &String> {
        self.context.iter().chain(&self.input).chain(&self.output)
    }
}

#[derive(Debug, Clone, Serialize, Deserialize)]
struct StoredItem {
    item: Value,
    /// How many responses and conversations hold it.
    holders: u64,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Conversation {
    pub id: String,
    pub created_at: i64,
    pub metadata: HashMap<String, String>,
    /// The position the next item gets.
    #[serde(default)]
    next: u64,
}

impl Conversation {
    pub fn new(id: String, created_at: i64, metadata: HashMap<String, String>) -> Conversation {
        Conversation {
            id,
            created_at,
            metadata,
            next: 0,
        }
    }
}

fn position(p: u64) -> String {
    format!("{p:016x}")
}

fn decode<T: for<'de> Deserialize<'de>>(bytes: &[u8]) -> Result<T, StoreError> {
    serde_json::from_slice(bytes).map_err(internal)
}

fn encode(value: &impl Serialize) -> Result<Vec<u8>, StoreError> {
    serde_json::to_vec(value).map_err(internal)
}

/// Items of one write: holds taken and released, new items stored.
struct Items<'t> {
    table: Table<'t, &'static str, &'static [u8]>,
    tenant: String,
}

impl Items<'_> {
    /// Takes a hold on item `id`, storing it from `new` if it is not stored yet.
    fn hold(
        &mut self,
        id: &str,
        new: &HashMap<String, Value>,
        param: &str,
    ) -> Result<(), StoreError> {
        let key = join(&self.tenant, id);
        let current: Option<StoredItem> = match self.table.get(key.as_str()).map_err(internal)? {
            Some(b) => Some(decode(b.value())?),
            None => None,
        };
        let item = match current {
            Some(mut s) => {
                s.holders += 1;
                s
            }
            None => StoredItem {
                item: new
                    .get(id)
                    .cloned()
                    .ok_or_else(|| StoreError::ItemNotFound {
                        id: id.to_string(),
                        param: param.to_string(),
                    })?,
                holders: 1,
            },
        };
        self.table
            .insert(key.as_str(), encode(&item)?.as_slice())
            .map_err(internal)?;
        Ok(())
    }

    /// Releases a hold on item `id`; the last release deletes it.
    fn release(&mut self, id: &str) -> Result<(), StoreError> {
        let key = join(&self.tenant, id);
        let current: Option<StoredItem> = match self.table.get(key.as_str()).map_err(internal)? {
            Some(b) => Some(decode(b.value())?),
            None => None,
        };
        match current {
            Some(mut s) if s.holders > 1 => {
                s.holders -= 1;
                self.table
                    .insert(key.as_str(), encode(&s)?.as_slice())
                    .map_err(internal)?;
            }
            Some(_) => {
                self.table.remove(key.as_str()).map_err(internal)?;
            }
            None => {}
        }
        Ok(())
    }
}

fn items<'t>(txn: &'t WriteTransaction, tenant: &str) -> Result<Items<'t>, StoreError> {
    Ok(Items {
        table: txn.open_table(ITEMS).map_err(internal)?,
        tenant: tenant.to_string(),
    })
}

fn read_item(
    table: &impl ReadableTable<&'static str, &'static [u8]>,
    tenant: &str,
    id: &str,
) -> Result<Option<Value>, StoreError> {
    match table.get(join(tenant, id).as_str()).map_err(internal)? {
        Some(b) => Ok(Some(decode::<StoredItem>(b.value())?.item)),
        None => Ok(None),
    }
}

fn expiry_key(expires_at: i64, tenant: &str, id: &str) -> String {
    join(&format!("{:016x}", expires_at.max(0)), &join(tenant, id))
}

fn read_conversation(
    table: &impl ReadableTable<&'static str, &'static [u8]>,
    tenant: &str,
    id: &str,
) -> Result<Conversation, StoreError> {
    match table.get(join(tenant, id).as_str()).map_err(internal)? {
        Some(b) => decode(b.value()),
        None => Err(StoreError::ConversationNotFound(id.to_string())),
    }
}

/// The item ids of a conversation, in order.
fn conversation_ids(
    table: &impl ReadableTable<&'static str, &'static str>,
    tenant: &str,
    id: &str,
) -> Result<Vec<String>, StoreError> {
    let (start, end) = under(&join(tenant, id));
    let mut ids = Vec::new();
    for entry in table
        .range(start.as_str()..end.as_str())
        .map_err(internal)?
    {
        let (_, item) = entry.map_err(internal)?;
        ids.push(item.value().to_string());
    }
    Ok(ids)
}

/// Appends items to a conversation (taking a hold on each).
fn append(
    txn: &WriteTransaction,
    tenant: &str,
    conversation: &str,
    ids: &[String],
    new: &HashMap<String, Value>,
    param: &str,
) -> Result<(), StoreError> {
    let mut conversations = txn.open_table(CONVERSATIONS).map_err(internal)?;
    let mut conv = read_conversation(&conversations, tenant, conversation)?;
    let mut order = txn.open_table(CONV_ITEMS).map_err(internal)?;
    let mut positions = txn.open_table(CONV_POSITIONS).map_err(internal)?;
    let mut items = items(txn, tenant)?;
    let prefix = join(tenant, conversation);
    for id in ids {
        let at = join(&prefix, id);
        if positions.get(at.as_str()).map_err(internal)?.is_some() {
            continue; // already in it
        }
        items.hold(id, new, param)?;
        order
            .insert(join(&prefix, &position(conv.next)).as_str(), id.as_str())
            .map_err(internal)?;
        positions.insert(at.as_str(), conv.next).map_err(internal)?;
        conv.next += 1;
    }
    conversations
        .insert(prefix.as_str(), encode(&conv)?.as_slice())
        .map_err(internal)?;
    Ok(())
}

#[derive(Clone)]
pub struct ResponseStore {
    db: Db,
}

impl ResponseStore {
    pub fn open(db: Db) -> anyhow::Result<ResponseStore> {
        let txn = db.0.begin_write()?;
        txn.open_table(RESPONSES)?;
        txn.open_table(EXPIRY)?;
        txn.open_table(EVENTS)?;
        txn.open_table(ITEMS)?;
        txn.open_table(CONVERSATIONS)?;
        txn.open_table(CONV_ITEMS)?;
        txn.open_table(CONV_POSITIONS)?;
        txn.commit()?;
        Ok(ResponseStore { db })
    }

    /// Stores (or replaces) a response, with the new items it brings, and appends `append` to
    /// its conversation, in one transaction.
    pub async fn put(
        &self,
        tenant: &str,
        record: StoredResponse,
        new: HashMap<String, Value>,
        append_to: Option<(String, Vec<String>)>,
    ) -> Result<(), StoreError> {
        let tenant = tenant.to_string();
        self.db
            .blocking(move |db| {
                let txn = db.begin_write().map_err(internal)?;
                {
                    let key = join(&tenant, record.id());
                    let mut responses = txn.open_table(RESPONSES).map_err(internal)?;
                    let old: Option<StoredResponse> =
                        match responses.get(key.as_str()).map_err(internal)? {
                            Some(b) => Some(decode(b.value())?),
                            None => None,
                        };
                    let mut items = items(&txn, &tenant)?;
                    // Hold the new set before releasing the old: a shared item never drops to 0.
                    for id in record.holds() {
                        items.hold(id, &new, "input")?;
                    }
                    let mut expiry = txn.open_table(EXPIRY).map_err(internal)?;
                    if let Some(old) = &old {
                        for id in old.holds() {
                            items.release(id)?;
                        }
                        if old.expires_at > 0 {
                            expiry
                                .remove(expiry_key(old.expires_at, &tenant, old.id()).as_str())
                                .map_err(internal)?;
                        }
                    }
                    if record.expires_at > 0 {
                        expiry
                            .insert(
                                expiry_key(record.expires_at, &tenant, record.id()).as_str(),
                                (),
                            )
                            .map_err(internal)?;
                    }
                    responses
                        .insert(key.as_str(), encode(&record)?.as_slice())
                        .map_err(internal)?;
                }
                if let Some((conversation, ids)) = append_to {
                    // A response outlives a conversation deleted while it ran.
                    match append(&txn, &tenant, &conversation, &ids, &new, "conversation") {
                        Ok(()) | Err(StoreError::ConversationNotFound(_)) => {}
                        Err(e) => return Err(e),
                    }
                }
                txn.commit().map_err(internal)?;
                Ok(())
            })
            .await
    }

    pub async fn get(&self, tenant: &str, id: &str) -> Result<StoredResponse, StoreError> {
        let key = join(tenant, id);
        let id = id.to_string();
        self.db
            .blocking(move |db| {
                let txn = db.begin_read().map_err(internal)?;
                let table = txn.open_table(RESPONSES).map_err(internal)?;
                let record: StoredResponse = match table.get(key.as_str()).map_err(internal)? {
                    Some(b) => decode(b.value())?,
                    None => return Err(StoreError::ResponseNotFound(id)),
                };
                // Expired but not yet swept: gone all the same.
                if record.expires_at > 0 && record.expires_at <= crate::util::now() {
                    return Err(StoreError::ResponseNotFound(id));
                }
                Ok(record)
            })
            .await
    }

    /// Deletes a response, its event log, and the items only it held.
    pub async fn delete(&self, tenant: &str, id: &str) -> Result<(), StoreError> {
        let (tenant, id) = (tenant.to_string(), id.to_string());
        self.db
            .blocking(move |db| {
                let txn = db.begin_write().map_err(internal)?;
                Self::remove(&txn, &tenant, &id)?;
                txn.commit().map_err(internal)?;
                Ok(())
            })
            .await
    }

    fn remove(txn: &WriteTransaction, tenant: &str, id: &str) -> Result<(), StoreError> {
        let key = join(tenant, id);
        let mut responses = txn.open_table(RESPONSES).map_err(internal)?;
        let record: StoredResponse = match responses.remove(key.as_str()).map_err(internal)? {
            Some(b) => decode(b.value())?,
            None => return Err(StoreError::ResponseNotFound(id.to_string())),
        };
        let mut items = items(txn, tenant)?;
        for item in record.holds() {
            items.release(item)?;
        }
        if record.expires_at > 0 {
            txn.open_table(EXPIRY)
                .map_err(internal)?
                .remove(expiry_key(record.expires_at, tenant, id).as_str())
                .map_err(internal)?;
        }
        let (start, end) = under(&key);
        txn.open_table(EVENTS)
            .map_err(internal)?
            .retain_in(start.as_str()..end.as_str(), |_, _| false)
            .map_err(internal)?;
        Ok(())
    }

    /// Deletes the responses whose retention ended by `now`; how many.
    pub async fn sweep(&self, now: i64) -> Result<usize, StoreError> {
        self.db
            .blocking(move |db| {
                let txn = db.begin_write().map_err(internal)?;
                let due: Vec<(String, String)> = {
                    let expiry = txn.open_table(EXPIRY).map_err(internal)?;
                    let end = format!("{:016x}\u{1}", now.max(0));
                    let mut due = Vec::new();
                    for entry in expiry.range(..end.as_str()).map_err(internal)? {
                        let (key, _) = entry.map_err(internal)?;
                        let mut parts = key.value().split('\u{0}').skip(1);
                        if let (Some(tenant), Some(id)) = (parts.next(), parts.next()) {
                            due.push((tenant.to_string(), id.to_string()));
                        }
                    }
                    due
                };
                for (tenant, id) in &due {
                    match Self::remove(&txn, tenant, id) {
                        Ok(()) | Err(StoreError::ResponseNotFound(_)) => {}
                        Err(e) => return Err(e),
                    }
                }
                txn.commit().map_err(internal)?;
                Ok(due.len())
            })
            .await
    }

    /// Background responses that had not ended (to run again after a restart).
    pub async fn unfinished(&self) -> Result<Vec<(String, StoredResponse)>, StoreError> {
        self.db
            .blocking(|db| {
                let txn = db.begin_read().map_err(internal)?;
                let table = txn.open_table(RESPONSES).map_err(internal)?;
                let mut out = Vec::new();
                for entry in table.iter().map_err(internal)? {
                    let (key, value) = entry.map_err(internal)?;
                    let record: StoredResponse = decode(value.value())?;
                    let status = record.response["status"].as_str().unwrap_or_default();
                    if record.request.is_some() && matches!(status, "queued" | "in_progress") {
                        let tenant = key.value().split('\u{0}').next().unwrap_or_default();
                        out.push((tenant.to_string(), record));
                    }
                }
                Ok(out)
            })
            .await
    }

    /// The stored items `ids`, in order; a missing one is `ItemNotFound` naming `param`.
    pub async fn items(
        &self,
        tenant: &str,
        ids: Vec<String>,
        param: &str,
    ) -> Result<Vec<Value>, StoreError> {
        let (tenant, param) = (tenant.to_string(), param.to_string());
        self.db
            .blocking(move |db| {
                let txn = db.begin_read().map_err(internal)?;
                let table = txn.open_table(ITEMS).map_err(internal)?;
                ids.iter()
                    .map(|id| {
                        read_item(&table, &tenant, id)?.ok_or_else(|| StoreError::ItemNotFound {
                            id: id.clone(),
                            param: param.clone(),
                        })
                    })
                    .collect()
            })
            .await
    }

    /// The stored item `id`, if any.
    pub async fn item(&self, tenant: &str, id: &str) -> Result<Option<Value>, StoreError> {
        let (tenant, id) = (tenant.to_string(), id.to_string());
        self.db
            .blocking(move |db| {
                let txn = db.begin_read().map_err(internal)?;
                let table = txn.open_table(ITEMS).map_err(internal)?;
                read_item(&table, &tenant, &id)
            })
            .await
    }

    /// Stores a background response's event log (sequence numbers from 0).
    pub async fn put_events(
        &self,
        tenant: &str,
        id: &str,
        events: Vec<Value>,
    ) -> Result<(), StoreError> {
        let prefix = join(tenant, id);
        self.db
            .blocking(move |db| {
                let txn = db.begin_write().map_err(internal)?;
                {
                    let mut table = txn.open_table(EVENTS).map_err(internal)?;
                    for (i, e) in events.iter().enumerate() {
                        table
                            .insert(
                                join(&prefix, &position(i as u64)).as_str(),
                                encode(e)?.as_slice(),
                            )
                            .map_err(internal)?;
                    }
                }
                txn.commit().map_err(internal)?;
                Ok(())
            })
            .await
    }

    /// A stored event log.
    pub async fn events(&self, tenant: &str, id: &str) -> Result<Vec<Value>, StoreError> {
        let prefix = join(tenant, id);
        self.db
            .blocking(move |db| {
                let txn = db.begin_read().map_err(internal)?;
                let table = txn.open_table(EVENTS).map_err(internal)?;
                let (start, end) = under(&prefix);
                let mut out = Vec::new();
                for entry in table
                    .range(start.as_str()..end.as_str())
                    .map_err(internal)?
                {
                    let (_, v) = entry.map_err(internal)?;
                    out.push(decode(v.value())?);
                }
                Ok(out)
            })
            .await
    }

    /// Creates a conversation with its first items.
    pub async fn create_conversation(
        &self,
        tenant: &str,
        conversation: Conversation,
        ids: Vec<String>,
        new: HashMap<String, Value>,
    ) -> Result<Conversation, StoreError> {
        let tenant = tenant.to_string();
        self.db
            .blocking(move |db| {
                let txn = db.begin_write().map_err(internal)?;
                txn.open_table(CONVERSATIONS)
                    .map_err(internal)?
                    .insert(
                        join(&tenant, &conversation.id).as_str(),
                        encode(&conversation)?.as_slice(),
                    )
                    .map_err(internal)?;
                append(&txn, &tenant, &conversation.id, &ids, &new, "items")?;
                txn.commit().map_err(internal)?;
                Ok(conversation)
            })
            .await
    }

    pub async fn conversation(&self, tenant: &str, id: &str) -> Result<Conversation, StoreError> {
        let (tenant, id) = (tenant.to_string(), id.to_string());
        self.db
            .blocking(move |db| {
                let txn = db.begin_read().map_err(internal)?;
                let table = txn.open_table(CONVERSATIONS).map_err(internal)?;
                read_conversation(&table, &tenant, &id)
            })
            .await
    }

    pub async fn update_conversation(
        &self,
        tenant: &str,
        id: &str,
        metadata: HashMap<String, String>,
    ) -> Result<Conversation, StoreError> {
        let (tenant, id) = (tenant.to_string(), id.to_string());
        self.db
            .blocking(move |db| {
                let txn = db.begin_write().map_err(internal)?;
                let conv = {
                    let mut table = txn.open_table(CONVERSATIONS).map_err(internal)?;
                    let mut conv = read_conversation(&table, &tenant, &id)?;
                    conv.metadata = metadata;
                    table
                        .insert(join(&tenant, &id).as_str(), encode(&conv)?.as_slice())
                        .map_err(internal)?;
                    conv
                };
                txn.commit().map_err(internal)?;
                Ok(conv)
            })
            .await
    }

    /// Deletes a conversation and the items only it held.
    pub async fn delete_conversation(&self, tenant: &str, id: &str) -> Result<(), StoreError> {
        let (tenant, id) = (tenant.to_string(), id.to_string());
        self.db
            .blocking(move |db| {
                let txn = db.begin_write().map_err(internal)?;
                {
                    let prefix = join(&tenant, &id);
                    let mut table = txn.open_table(CONVERSATIONS).map_err(internal)?;
                    if table.remove(prefix.as_str()).map_err(internal)?.is_none() {
                        return Err(StoreError::ConversationNotFound(id));
                    }
                    let mut order = txn.open_table(CONV_ITEMS).map_err(internal)?;
                    let ids = conversation_ids(&order, &tenant, &id)?;
                    let (start, end) = under(&prefix);
                    order
                        .retain_in(start.as_str()..end.as_str(), |_, _| false)
                        .map_err(internal)?;
                    txn.open_table(CONV_POSITIONS)
                        .map_err(internal)?
                        .retain_in(start.as_str()..end.as_str(), |_, _| false)
                        .map_err(internal)?;
                    let mut items = items(&txn, &tenant)?;
                    for item in &ids {
                        items.release(item)?;
                    }
                }
                txn.commit().map_err(internal)?;
                Ok(())
            })
            .await
    }

    /// Every item of a conversation, oldest first.
    pub async fn conversation_items(
        &self,
        tenant: &str,
        id: &str,
    ) -> Result<Vec<Value>, StoreError> {
        let (tenant, id) = (tenant.to_string(), id.to_string());
        self.db
            .blocking(move |db| {
                let txn = db.begin_read().map_err(internal)?;
                read_conversation(
                    &txn.open_table(CONVERSATIONS).map_err(internal)?,
                    &tenant,
                    &id,
                )?;
                let ids =
                    conversation_ids(&txn.open_table(CONV_ITEMS).map_err(internal)?, &tenant, &id)?;
                let table = txn.open_table(ITEMS).map_err(internal)?;
                let mut out = Vec::with_capacity(ids.len());
                for item in &ids {
                    if let Some(v) = read_item(&table, &tenant, item)? {
                        out.push(v);
                    }
                }
                Ok(out)
            })
            .await
    }

    /// Appends items to a conversation.
    pub async fn add_conversation_items(
        &self,
        tenant: &str,
        id: &str,
        ids: Vec<String>,
        new: HashMap<String, Value>,
    ) -> Result<(), StoreError> {
        let (tenant, id) = (tenant.to_string(), id.to_string());
        self.db
            .blocking(move |db| {
                let txn = db.begin_write().map_err(internal)?;
                append(&txn, &tenant, &id, &ids, &new, "items")?;
                txn.commit().map_err(internal)?;
                Ok(())
            })
            .await
    }

    /// Removes an item from a conversation (deleting it if nothing else holds it).
    pub async fn remove_conversation_item(
        &self,
        tenant: &str,
        id: &str,
        item: &str,
    ) -> Result<Conversation, StoreError> {
        let (tenant, id, item) = (tenant.to_string(), id.to_string(), item.to_string());
        self.db
            .blocking(move |db| {
                let txn = db.begin_write().map_err(internal)?;
                let conv = {
                    let conv = read_conversation(
                        &txn.open_table(CONVERSATIONS).map_err(internal)?,
                        &tenant,
                        &id,
                    )?;
                    let prefix = join(&tenant, &id);
                    let mut positions = txn.open_table(CONV_POSITIONS).map_err(internal)?;
                    let at = positions
                        .remove(join(&prefix, &item).as_str())
                        .map_err(internal)?
                        .map(|p| p.value())
                        .ok_or_else(|| StoreError::ItemNotFound {
                            id: item.clone(),
                            param: "item_id".into(),
                        })?;
                    txn.open_table(CONV_ITEMS)
                        .map_err(internal)?
                        .remove(join(&prefix, &position(at)).as_str())
                        .map_err(internal)?;
                    items(&txn, &tenant)?.release(&item)?;
                    conv
                };
                txn.commit().map_err(internal)?;
                Ok(conv)
            })
            .await
    }

    /// Whether item `item` is in conversation `id`.
    pub async fn in_conversation(
        &self,
        tenant: &str,
        id: &str,
        item: &str,
    ) -> Result<bool, StoreError> {
        let key = join(&join(tenant, id), item);
        let (tenant, id) = (tenant.to_string(), id.to_string());
        self.db
            .blocking(move |db| {
                let txn = db.begin_read().map_err(internal)?;
                read_conversation(
                    &txn.open_table(CONVERSATIONS).map_err(internal)?,
                    &tenant,
                    &id,
                )?;
                Ok(txn
                    .open_table(CONV_POSITIONS)
                    .map_err(internal)?
                    .get(key.as_str())
                    .map_err(internal)?
                    .is_some())
            })
            .await
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn record(
        id: &str,
        context: &[&str],
        input: &[&str],
        output: &[&str],
        expires_at: i64,
    ) -> StoredResponse {
        let ids = |v: &[&str]| v.iter().map(|s| s.to_string()).collect();
        StoredResponse {
            response: json!({"id": id, "status": "completed"}),
            request: None,
            context: ids(context),
            input: ids(input),
            output: ids(output),
            expires_at,
        }
    }

    fn new(ids: &[&str]) -> HashMap<String, Value> {
        ids.iter()
            .map(|i| (i.to_string(), json!({"id": i})))
            .collect()
    }

    #[tokio::test]
    async fn items_live_while_something_holds_them() {
        let dir = tempfile::tempdir().unwrap();
        let store = ResponseStore::open(Db::open(dir.path()).unwrap()).unwrap();
        store
            .put(
                "t",
                record("resp_1", &[], &["msg_a"], &["msg_b"], 0),
                new(&["msg_a", "msg_b"]),
                None,
            )
            .await
            .unwrap();
        // A continuation holds the first response's items as its context.
        store
            .put(
                "t",
                record("resp_2", &["msg_a", "msg_b"], &["msg_c"], &["msg_d"], 0),
                new(&["msg_c", "msg_d"]),
                None,
            )
            .await
            .unwrap();
        assert!(store.get("u", "resp_1").await.is_err(), "another tenant's");
        store.delete("t", "resp_1").await.unwrap();
        assert!(store.item("t", "msg_a").await.unwrap().is_some());
        store.delete("t", "resp_2").await.unwrap();
        for id in ["msg_a", "msg_b", "msg_c", "msg_d"] {
            assert!(store.item("t", id).await.unwrap().is_none(), "{id} deleted");
        }
        // A reference to an item that is not stored is refused.
        let missing = store
            .put(
                "t",
                record("resp_3", &[], &["msg_x"], &[], 0),
                HashMap::new(),
                None,
            )
            .await;
        assert!(matches!(missing, Err(StoreError::ItemNotFound { .. })));
    }

    #[tokio::test]
    async fn conversations_and_retention() {
        let dir = tempfile::tempdir().unwrap();
        let store = ResponseStore::open(Db::open(dir.path()).unwrap()).unwrap();
        let conv = Conversation::new("conv_1".into(), 1, HashMap::new());
        store
            .create_conversation("t", conv, vec!["msg_a".into()], new(&["msg_a"]))
            .await
            .unwrap();
        store
            .put(
                "t",
                record("resp_1", &["msg_a"], &["msg_b"], &["msg_c"], 100),
                new(&["msg_b", "msg_c"]),
                Some(("conv_1".into(), vec!["msg_b".into(), "msg_c".into()])),
            )
            .await
            .unwrap();
        let ids: Vec<Value> = store.conversation_items("t", "conv_1").await.unwrap();
        assert_eq!(ids.len(), 3);
        // The response expires; its items stay in the conversation.
        assert_eq!(store.sweep(100).await.unwrap(), 1);
        assert!(store.get("t", "resp_1").await.is_err());
        assert_eq!(
            store.conversation_items("t", "conv_1").await.unwrap().len(),
            3
        );
        store
            .remove_conversation_item("t", "conv_1", "msg_b")
            .await
            .unwrap();
        assert!(store.item("t", "msg_b").await.unwrap().is_none());
        store.delete_conversation("t", "conv_1").await.unwrap();
        assert!(store.item("t", "msg_a").await.unwrap().is_none());
        assert!(store.conversation("t", "conv_1").await.is_err());
    }
}
