//! OpenAI's vector stores: named sets of files whose text is chunked and embedded into an index
//! of their own (hidden from `/v1/indexes`, see [`index_tenant`]). This store keeps the stores
//! and each file's place and processing status in them; the chunks live in the index.
//!
//! Tables (keys join parts with NUL, which ids cannot contain):
//! - `vector_stores`: store id -> JSON [`VectorStoreMeta`]
//! - `tenant_vector_stores`: tenant NUL store id -> () (listing; ids sort by creation time)
//! - `vector_store_files`: store id NUL file id -> JSON [`StoreFile`]
//! - `vector_store_file_batches`: store id NUL batch id -> JSON [`Batch`] (its files are those
//!   whose `batch_id` it is)
//! - `vector_store_trash`: index id -> its tenant: indexes of deleted stores still to be dropped
//!   (written in the delete's transaction, so a crash before the drop is finished at next start)

use super::{internal, join, page, under, Cursor, Db, StoreError};
use redb::{ReadableDatabase, ReadableTable, TableDefinition};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};
use std::collections::{BTreeMap, HashMap};

const STORES: TableDefinition<&str, &[u8]> = TableDefinition::new("vector_stores");
const TENANT_STORES: TableDefinition<&str, ()> = TableDefinition::new("tenant_vector_stores");
const FILES: TableDefinition<&str, &[u8]> = TableDefinition::new("vector_store_files");
const TRASH: TableDefinition<&str, &str> = TableDefinition::new("vector_store_trash");
const BATCHES: TableDefinition<&str, &[u8]> = TableDefinition::new("vector_store_file_batches");

/// The tenant a store's index is kept under: the owner's name and a byte no tenant name has, so
/// the index is not listed, read or written through `/v1/indexes`.
pub fn index_tenant(tenant: &str) -> String {
    format!("{tenant}\u{1}vector_store")
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct VectorStoreMeta {
    pub id: String,
    pub tenant: String,
    pub name: String,
    #[serde(default)]
    pub description: Option<String>,
    #[serde(default)]
    pub metadata: BTreeMap<String, String>,
    /// Days after `last_active_at` until the store expires.
    #[serde(default)]
    pub expires_after_days: Option<i64>,
    pub created_at: i64,
    pub last_active_at: i64,
    /// The index holding the chunks, and the model that embeds them.
    pub index_id: String,
    pub embedding_model: String,
}

impl VectorStoreMeta {
    pub fn expires_at(&self) -> Option<i64> {
        self.expires_after_days
            .map(|d| self.last_active_at + d * 86_400)
    }

    pub fn expired(&self, now: i64) -> bool {
        self.expires_at().is_some_and(|t| t <= now)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FileStatus {
    InProgress,
    Completed,
    Failed,
    Cancelled,
}

impl FileStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            FileStatus::InProgress => "in_progress",
            FileStatus::Completed => "completed",
            FileStatus::Failed => "failed",
            FileStatus::Cancelled => "cancelled",
        }
    }
}

/// Why a file could not be processed: OpenAI's codes (`server_error`, `unsupported_file`,
/// `invalid_file`) and a message for the user.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct FileError {
    pub code: String,
    pub message: String,
}

/// A file's place in a store.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct StoreFile {
    pub file_id: String,
    pub vector_store_id: String,
    pub tenant: String,
    pub filename: String,
    pub created_at: i64,
    pub status: FileStatus,
    #[serde(default)]
    pub last_error: Option<FileError>,
    pub max_chunk_tokens: usize,
    pub chunk_overlap_tokens: usize,
    #[serde(default)]
    pub attributes: Map<String, Value>,
    /// Bytes of extracted text, once processed.
    #[serde(default)]
    pub usage_bytes: u64,
    /// Chunks in the index (ids `<file id>#<n>`), once processed.
    #[serde(default)]
    pub chunks: u64,
    /// The file batch that added it.
    #[serde(default)]
    pub batch_id: Option<String>,
}

/// A file batch: files added to a store in one request, followed together.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Batch {
    pub id: String,
    pub vector_store_id: String,
    pub created_at: i64,
    pub cancelled: bool,
}

/// How a file's processing ended.
pub enum Outcome {
    Completed { usage_bytes: u64, chunks: u64 },
    Failed(FileError),
}

/// Files of a store by status, and the bytes of the processed ones.
#[derive(Debug, Default, Clone, Copy)]
pub struct Counts {
    pub in_progress: u64,
    pub completed: u64,
    pub failed: u64,
    pub cancelled: u64,
    pub usage_bytes: u64,
}

#[derive(Clone)]
pub struct VectorStoreStore {
    db: Db,
}

fn read_json<T: serde::de::DeserializeOwned>(
    table: &impl ReadableTable<&'static str, &'static [u8]>,
    key: &str,
) -> Result<Option<T>, StoreError> {
    match table.get(key).map_err(internal)? {
        Some(v) => Ok(Some(serde_json::from_slice(v.value()).map_err(internal)?)),
        None => Ok(None),
    }
}

fn read_store(
    table: &impl ReadableTable<&'static str, &'static [u8]>,
    tenant: &str,
    id: &str,
) -> Result<VectorStoreMeta, StoreError> {
    read_json::<VectorStoreMeta>(table, id)?
        // Another tenant's store is indistinguishable from a missing one.
        .filter(|m| m.tenant == tenant)
        .ok_or_else(|| StoreError::VectorStoreNotFound(id.to_string()))
}

fn write_json(
    table: &mut redb::Table<&'static str, &'static [u8]>,
    key: &str,
    value: &impl Serialize,
) -> Result<(), StoreError> {
    let bytes = serde_json::to_vec(value).map_err(internal)?;
    table.insert(key, bytes.as_slice()).map_err(internal)?;
    Ok(())
}

impl VectorStoreStore {
    pub fn open(db: Db) -> anyhow::Result<VectorStoreStore> {
        let txn = db.0.begin_write()?;
        txn.open_table(STORES)?;
        txn.open_table(TENANT_STORES)?;
        txn.open_table(FILES)?;
        txn.open_table(TRASH)?;
        txn.open_table(BATCHES)?;
        txn.commit()?;
        Ok(VectorStoreStore { db })
    }

    /// Stores a new vector store with its first files (all `in_progress`), in one transaction.
    pub async fn create(
        &self,
        meta: VectorStoreMeta,
        files: Vec<StoreFile>,
    ) -> Result<VectorStoreMeta, StoreError> {
        self.db
            .blocking(move |db| {
                let txn = db.begin_write().map_err(internal)?;
                {
                    write_json(
                        &mut txn.open_table(STORES).map_err(internal)?,
                        &meta.id,
                        &meta,
                    )?;
                    txn.open_table(TENANT_STORES)
                        .map_err(internal)?
                        .insert(join(&meta.tenant, &meta.id).as_str(), ())
                        .map_err(internal)?;
                    let mut table = txn.open_table(FILES).map_err(internal)?;
                    for f in &files {
                        write_json(&mut table, &join(&meta.id, &f.file_id), f)?;
                    }
                }
                txn.commit().map_err(internal)?;
                Ok(meta)
            })
            .await
    }

    pub async fn get(&self, tenant: &str, id: &str) -> Result<VectorStoreMeta, StoreError> {
        let (tenant, id) = (tenant.to_string(), id.to_string());
        self.db
            .blocking(move |db| {
                let txn = db.begin_read().map_err(internal)?;
                read_store(&txn.open_table(STORES).map_err(internal)?, &tenant, &id)
            })
            .await
    }

    pub async fn list(
        &self,
        tenant: &str,
        cursor: Cursor,
    ) -> Result<(Vec<VectorStoreMeta>, bool), StoreError> {
        let tenant = tenant.to_string();
        self.db
            .blocking(move |db| {
                let txn = db.begin_read().map_err(internal)?;
                let keys = txn.open_table(TENANT_STORES).map_err(internal)?;
                let stores = txn.open_table(STORES).map_err(internal)?;
                page(&keys, &tenant, &cursor, |id| read_json(&stores, id))
            })
            .await
    }

    /// Changes a store of `tenant` by `change`; the store as changed.
    pub async fn update(
        &self,
        tenant: &str,
        id: &str,
        change: impl FnOnce(&mut VectorStoreMeta) + Send + 'static,
    ) -> Result<VectorStoreMeta, StoreError> {
        let (tenant, id) = (tenant.to_string(), id.to_string());
        self.db
            .blocking(move |db| {
                let txn = db.begin_write().map_err(internal)?;
                let meta = {
                    let mut stores = txn.open_table(STORES).map_err(internal)?;
                    let mut meta = read_store(&stores, &tenant, &id)?;
                    change(&mut meta);
                    write_json(&mut stores, &id, &meta)?;
                    meta
                };
                txn.commit().map_err(internal)?;
                Ok(meta)
            })
            .await
    }

    /// Deletes a store of `tenant` and its file records; its index goes to the trash, to be
    /// dropped by the caller and then [`Self::emptied`].
    pub async fn delete(&self, tenant: &str, id: &str) -> Result<VectorStoreMeta, StoreError> {
        let (tenant, id) = (tenant.to_string(), id.to_string());
        self.db
            .blocking(move |db| {
                let txn = db.begin_write().map_err(internal)?;
                let meta = {
                    let mut stores = txn.open_table(STORES).map_err(internal)?;
                    let meta = read_store(&stores, &tenant, &id)?;
                    stores.remove(id.as_str()).map_err(internal)?;
                    txn.open_table(TENANT_STORES)
                        .map_err(internal)?
                        .remove(join(&tenant, &id).as_str())
                        .map_err(internal)?;
                    let (start, end) = under(&id);
                    for table in [FILES, BATCHES] {
                        txn.open_table(table)
                            .map_err(internal)?
                            .retain_in(start.as_str()..end.as_str(), |_, _| false)
                            .map_err(internal)?;
                    }
                    txn.open_table(TRASH)
                        .map_err(internal)?
                        .insert(meta.index_id.as_str(), index_tenant(&tenant).as_str())
                        .map_err(internal)?;
                    meta
                };
                txn.commit().map_err(internal)?;
                Ok(meta)
            })
            .await
    }

    /// Indexes of deleted stores not yet dropped: (index id, its tenant).
    pub async fn trash(&self) -> Result<Vec<(String, String)>, StoreError> {
        self.db
            .blocking(|db| {
                let txn = db.begin_read().map_err(internal)?;
                let table = txn.open_table(TRASH).map_err(internal)?;
                let mut out = Vec::new();
                for entry in table.iter().map_err(internal)? {
                    let (k, v) = entry.map_err(internal)?;
                    out.push((k.value().to_string(), v.value().to_string()));
                }
                Ok(out)
            })
            .await
    }

    /// The index `index` is dropped.
    pub async fn emptied(&self, index: &str) -> Result<(), StoreError> {
        let index = index.to_string();
        self.db
            .blocking(move |db| {
                let txn = db.begin_write().map_err(internal)?;
                txn.open_table(TRASH)
                    .map_err(internal)?
                    .remove(index.as_str())
                    .map_err(internal)?;
                txn.commit().map_err(internal)?;
                Ok(())
            })
            .await
    }

    /// The store's files (those of `batch`, when given) by status, and their bytes.
    pub async fn counts(&self, id: &str, batch: Option<&str>) -> Result<Counts, StoreError> {
        let (id, batch) = (id.to_string(), batch.map(str::to_string));
        self.db
            .blocking(move |db| {
                let txn = db.begin_read().map_err(internal)?;
                let table = txn.open_table(FILES).map_err(internal)?;
                let (start, end) = under(&id);
                let mut c = Counts::default();
                for entry in table
                    .range(start.as_str()..end.as_str())
                    .map_err(internal)?
                {
                    let f: StoreFile = serde_json::from_slice(entry.map_err(internal)?.1.value())
                        .map_err(internal)?;
                    if batch.is_some() && f.batch_id != batch {
                        continue;
                    }
                    *match f.status {
                        FileStatus::InProgress => &mut c.in_progress,
                        FileStatus::Completed => &mut c.completed,
                        FileStatus::Failed => &mut c.failed,
                        FileStatus::Cancelled => &mut c.cancelled,
                    } += 1;
                    c.usage_bytes += f.usage_bytes;
                }
                Ok(c)
            })
            .await
    }

    /// Adds a batch's files to a live store of `tenant` in one transaction (marking the store
    /// active); the files added (those already in the store stay as they are).
    pub async fn add_batch(
        &self,
        tenant: &str,
        batch: Batch,
        files: Vec<StoreFile>,
    ) -> Result<Vec<StoreFile>, StoreError> {
        let tenant = tenant.to_string();
        self.db
            .blocking(move |db| {
                let txn = db.begin_write().map_err(internal)?;
                let added = {
                    let mut stores = txn.open_table(STORES).map_err(internal)?;
                    let mut meta = read_store(&stores, &tenant, &batch.vector_store_id)?;
                    let mut table = txn.open_table(FILES).map_err(internal)?;
                    let mut added = Vec::new();
                    for f in files {
                        let key = join(&f.vector_store_id, &f.file_id);
                        if read_json::<StoreFile>(&table, &key)?.is_none() {
                            write_json(&mut table, &key, &f)?;
                            added.push(f);
                        }
                    }
                    write_json(
                        &mut txn.open_table(BATCHES).map_err(internal)?,
                        &join(&batch.vector_store_id, &batch.id),
                        &batch,
                    )?;
                    meta.last_active_at = batch.created_at;
                    write_json(&mut stores, &meta.id, &meta)?;
                    added
                };
                txn.commit().map_err(internal)?;
                Ok(added)
            })
            .await
    }

    /// A file batch of a store of `tenant`.
    pub async fn batch(&self, tenant: &str, store: &str, id: &str) -> Result<Batch, StoreError> {
        let (tenant, store, id) = (tenant.to_string(), store.to_string(), id.to_string());
        self.db
            .blocking(move |db| {
                let txn = db.begin_read().map_err(internal)?;
                read_store(&txn.open_table(STORES).map_err(internal)?, &tenant, &store)?;
                read_json(
                    &txn.open_table(BATCHES).map_err(internal)?,
                    &join(&store, &id),
                )?
                .ok_or(StoreError::VectorStoreFileBatchNotFound(id))
            })
            .await
    }

    /// Cancels a batch: its files still `in_progress` become `cancelled`, in one transaction.
    /// The batch as it is now.
    pub async fn cancel_batch(
        &self,
        tenant: &str,
        store: &str,
        id: &str,
    ) -> Result<Batch, StoreError> {
        let (tenant, store, id) = (tenant.to_string(), store.to_string(), id.to_string());
        self.db
            .blocking(move |db| {
                let txn = db.begin_write().map_err(internal)?;
                let batch = {
                    read_store(&txn.open_table(STORES).map_err(internal)?, &tenant, &store)?;
                    let mut batches = txn.open_table(BATCHES).map_err(internal)?;
                    let key = join(&store, &id);
                    let mut batch: Batch = read_json(&batches, &key)?
                        .ok_or(StoreError::VectorStoreFileBatchNotFound(id.clone()))?;
                    let mut files = txn.open_table(FILES).map_err(internal)?;
                    let (start, end) = under(&store);
                    let mut pending = Vec::new();
                    for entry in files
                        .range(start.as_str()..end.as_str())
                        .map_err(internal)?
                    {
                        let (k, v) = entry.map_err(internal)?;
                        let f: StoreFile = serde_json::from_slice(v.value()).map_err(internal)?;
                        if f.batch_id.as_deref() == Some(id.as_str())
                            && f.status == FileStatus::InProgress
                        {
                            pending.push((k.value().to_string(), f));
                        }
                    }
                    if !pending.is_empty() {
                        batch.cancelled = true;
                        write_json(&mut batches, &key, &batch)?;
                    }
                    for (key, mut f) in pending {
                        f.status = FileStatus::Cancelled;
                        write_json(&mut files, &key, &f)?;
                    }
                    batch
                };
                txn.commit().map_err(internal)?;
                Ok(batch)
            })
            .await
    }

    /// Replaces the attributes of a file of a store of `tenant`; the file as it is now.
    pub async fn set_attributes(
        &self,
        tenant: &str,
        store: &str,
        file: &str,
        attributes: Map<String, Value>,
    ) -> Result<StoreFile, StoreError> {
        let (tenant, store, file) = (tenant.to_string(), store.to_string(), file.to_string());
        self.db
            .blocking(move |db| {
                let txn = db.begin_write().map_err(internal)?;
                let f = {
                    read_store(&txn.open_table(STORES).map_err(internal)?, &tenant, &store)?;
                    let mut files = txn.open_table(FILES).map_err(internal)?;
                    let key = join(&store, &file);
                    let mut f: StoreFile = read_json(&files, &key)?
                        .ok_or(StoreError::VectorStoreFileNotFound(file))?;
                    f.attributes = attributes;
                    write_json(&mut files, &key, &f)?;
                    f
                };
                txn.commit().map_err(internal)?;
                Ok(f)
            })
            .await
    }

    /// Adds a file to a live store of `tenant` (marking the store active), or answers the file
    /// already there; whether it was added.
    pub async fn add_file(&self, file: StoreFile) -> Result<(StoreFile, bool), StoreError> {
        self.db
            .blocking(move |db| {
                let txn = db.begin_write().map_err(internal)?;
                let out = {
                    let mut stores = txn.open_table(STORES).map_err(internal)?;
                    let mut meta = read_store(&stores, &file.tenant, &file.vector_store_id)?;
                    let mut files = txn.open_table(FILES).map_err(internal)?;
                    let key = join(&file.vector_store_id, &file.file_id);
                    match read_json::<StoreFile>(&files, &key)? {
                        Some(existing) => (existing, false),
                        None => {
                            write_json(&mut files, &key, &file)?;
                            meta.last_active_at = file.created_at;
                            write_json(&mut stores, &meta.id, &meta)?;
                            (file, true)
                        }
                    }
                };
                txn.commit().map_err(internal)?;
                Ok(out)
            })
            .await
    }

    /// A file of a store of `tenant`.
    pub async fn file(
        &self,
        tenant: &str,
        store: &str,
        file: &str,
    ) -> Result<StoreFile, StoreError> {
        let (tenant, store, file) = (tenant.to_string(), store.to_string(), file.to_string());
        self.db
            .blocking(move |db| {
                let txn = db.begin_read().map_err(internal)?;
                read_store(&txn.open_table(STORES).map_err(internal)?, &tenant, &store)?;
                read_json(
                    &txn.open_table(FILES).map_err(internal)?,
                    &join(&store, &file),
                )?
                .ok_or(StoreError::VectorStoreFileNotFound(file))
            })
            .await
    }

    /// The filenames of those of `files` still in a store of `tenant`, in one read.
    pub async fn filenames(
        &self,
        tenant: &str,
        store: &str,
        files: Vec<String>,
    ) -> Result<HashMap<String, String>, StoreError> {
        let (tenant, store) = (tenant.to_string(), store.to_string());
        self.db
            .blocking(move |db| {
                let txn = db.begin_read().map_err(internal)?;
                read_store(&txn.open_table(STORES).map_err(internal)?, &tenant, &store)?;
                let table = txn.open_table(FILES).map_err(internal)?;
                let mut out = HashMap::new();
                for file in files {
                    if let Some(f) = read_json::<StoreFile>(&table, &join(&store, &file))? {
                        out.insert(file, f.filename);
                    }
                }
                Ok(out)
            })
            .await
    }

    /// A page of a store's files (only those with `status`, and of `batch`, when given).
    pub async fn files(
        &self,
        tenant: &str,
        store: &str,
        status: Option<FileStatus>,
        batch: Option<&str>,
        cursor: Cursor,
    ) -> Result<(Vec<StoreFile>, bool), StoreError> {
        let (tenant, store) = (tenant.to_string(), store.to_string());
        let batch = batch.map(str::to_string);
        self.db
            .blocking(move |db| {
                let txn = db.begin_read().map_err(internal)?;
                read_store(&txn.open_table(STORES).map_err(internal)?, &tenant, &store)?;
                if let Some(b) = &batch {
                    txn.open_table(BATCHES)
                        .map_err(internal)?
                        .get(join(&store, b).as_str())
                        .map_err(internal)?
                        .ok_or_else(|| StoreError::VectorStoreFileBatchNotFound(b.clone()))?;
                }
                let files = txn.open_table(FILES).map_err(internal)?;
                page(&files, &store, &cursor, |id| {
                    let f: Option<StoreFile> = read_json(&files, &join(&store, id))?;
                    Ok(f.filter(|f| {
                        status.is_none_or(|s| s == f.status)
                            && (batch.is_none() || f.batch_id == batch)
                    }))
                })
            })
            .await
    }

    /// Takes a file out of a store of `tenant`; its record (to remove its chunks by).
    pub async fn remove_file(
        &self,
        tenant: &str,
        store: &str,
        file: &str,
    ) -> Result<StoreFile, StoreError> {
        let (tenant, store, file) = (tenant.to_string(), store.to_string(), file.to_string());
        self.db
            .blocking(move |db| {
                let txn = db.begin_write().map_err(internal)?;
                let removed = {
                    read_store(&txn.open_table(STORES).map_err(internal)?, &tenant, &store)?;
                    let mut files = txn.open_table(FILES).map_err(internal)?;
                    let key = join(&store, &file);
                    let removed: StoreFile = read_json(&files, &key)?
                        .ok_or(StoreError::VectorStoreFileNotFound(file))?;
                    files.remove(key.as_str()).map_err(internal)?;
                    removed
                };
                txn.commit().map_err(internal)?;
                Ok(removed)
            })
            .await
    }

    /// Records how a file's processing ended; `None` when the file left the store meanwhile (its
    /// chunks are then the caller's to remove).
    pub async fn finish(
        &self,
        store: &str,
        file: &str,
        outcome: Outcome,
    ) -> Result<Option<StoreFile>, StoreError> {
        let key = join(store, file);
        self.db
            .blocking(move |db| {
                let txn = db.begin_write().map_err(internal)?;
                let out = {
                    let mut files = txn.open_table(FILES).map_err(internal)?;
                    match read_json::<StoreFile>(&files, &key)? {
                        // Removed, or cancelled, meanwhile.
                        None => None,
                        Some(f) if f.status != FileStatus::InProgress => None,
                        Some(mut f) => {
                            match outcome {
                                Outcome::Completed {
                                    usage_bytes,
                                    chunks,
                                } => {
                                    f.status = FileStatus::Completed;
                                    f.usage_bytes = usage_bytes;
                                    f.chunks = chunks;
                                }
                                Outcome::Failed(e) => {
                                    f.status = FileStatus::Failed;
                                    f.last_error = Some(e);
                                }
                            }
                            write_json(&mut files, &key, &f)?;
                            Some(f)
                        }
                    }
                };
                txn.commit().map_err(internal)?;
                Ok(out)
            })
            .await
    }

    /// Every file still `in_progress` (to process again after a restart).
    pub async fn unfinished(&self) -> Result<Vec<StoreFile>, StoreError> {
        self.db
            .blocking(|db| {
                let txn = db.begin_read().map_err(internal)?;
                let table = txn.open_table(FILES).map_err(internal)?;
                let mut out = Vec::new();
                for entry in table.iter().map_err(internal)? {
                    let (_, v) = entry.map_err(internal)?;
                    let f: StoreFile = serde_json::from_slice(v.value()).map_err(internal)?;
                    if f.status == FileStatus::InProgress {
                        out.push(f);
                    }
                }
                Ok(out)
            })
            .await
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn store() -> (tempfile::TempDir, VectorStoreStore) {
        let dir = tempfile::tempdir().unwrap();
        let s = VectorStoreStore::open(Db::open(dir.path()).unwrap()).unwrap();
        (dir, s)
    }

    fn meta(tenant: &str, id: &str) -> VectorStoreMeta {
        VectorStoreMeta {
            id: id.into(),
            tenant: tenant.into(),
            name: id.into(),
            description: None,
            metadata: BTreeMap::new(),
            expires_after_days: None,
            created_at: 100,
            last_active_at: 100,
            index_id: format!("idx_{id}"),
            embedding_model: "m".into(),
        }
    }

    fn file(store: &str, id: &str) -> StoreFile {
        StoreFile {
            file_id: id.into(),
            vector_store_id: store.into(),
            tenant: "a".into(),
            filename: format!("{id}.txt"),
            created_at: 200,
            status: FileStatus::InProgress,
            last_error: None,
            max_chunk_tokens: 100,
            chunk_overlap_tokens: 50,
            attributes: Map::new(),
            usage_bytes: 0,
            chunks: 0,
            batch_id: None,
        }
    }

    fn cursor(desc: bool, after: Option<&str>, before: Option<&str>, limit: usize) -> Cursor {
        Cursor {
            desc,
            after: after.map(str::to_string),
            before: before.map(str::to_string),
            limit,
        }
    }

    #[tokio::test]
    async fn pages_both_ways_from_either_cursor() {
        let (_dir, s) = store();
        for id in ["vs_1", "vs_2", "vs_3", "vs_4", "vs_5"] {
            s.create(meta("a", id), vec![]).await.unwrap();
        }
        s.create(meta("b", "vs_6"), vec![]).await.unwrap();
        let ids = |page: (Vec<VectorStoreMeta>, bool)| {
            (page.0.into_iter().map(|m| m.id).collect::<Vec<_>>(), page.1)
        };
        let list = |c| s.list("a", c);
        assert_eq!(
            ids(list(cursor(true, None, None, 2)).await.unwrap()),
            (vec!["vs_5".into(), "vs_4".into()], true)
        );
        assert_eq!(
            ids(list(cursor(true, Some("vs_4"), None, 2)).await.unwrap()),
            (vec!["vs_3".into(), "vs_2".into()], true)
        );
        // The page before vs_2 (newest first) is the two just before it.
        assert_eq!(
            ids(list(cursor(true, None, Some("vs_2"), 2)).await.unwrap()),
            (vec!["vs_4".into(), "vs_3".into()], true)
        );
        assert_eq!(
            ids(list(cursor(false, Some("vs_3"), None, 5)).await.unwrap()),
            (vec!["vs_4".into(), "vs_5".into()], false)
        );
        assert_eq!(
            ids(list(cursor(false, Some("vs_1"), Some("vs_4"), 5))
                .await
                .unwrap()),
            (vec!["vs_2".into(), "vs_3".into()], false)
        );
        assert!(matches!(
            list(cursor(true, Some("vs_6"), None, 2)).await,
            Err(StoreError::InvalidCursor("after"))
        ));
    }

    #[tokio::test]
    async fn files_move_through_their_states_and_leave_with_their_store() {
        let (_dir, s) = store();
        s.create(meta("a", "vs_1"), vec![file("vs_1", "file-1")])
            .await
            .unwrap();
        let (again, added) = s.add_file(file("vs_1", "file-1")).await.unwrap();
        assert!(!added && again.status == FileStatus::InProgress);
        s.add_file(file("vs_1", "file-2")).await.unwrap();
        assert_eq!(s.unfinished().await.unwrap().len(), 2);
        s.finish(
            "vs_1",
            "file-1",
            Outcome::Completed {
                usage_bytes: 10,
                chunks: 1,
            },
        )
        .await
        .unwrap()
        .unwrap();
        s.finish(
            "vs_1",
            "file-2",
            Outcome::Failed(FileError {
                code: "unsupported_file".into(),
                message: "no".into(),
            }),
        )
        .await
        .unwrap();
        let c = s.counts("vs_1", None).await.unwrap();
        assert_eq!(
            (c.completed, c.failed, c.in_progress, c.usage_bytes),
            (1, 1, 0, 10)
        );
        let failed = s
            .files(
                "a",
                "vs_1",
                Some(FileStatus::Failed),
                None,
                cursor(true, None, None, 10),
            )
            .await
            .unwrap();
        assert_eq!(failed.0.len(), 1);
        assert!(matches!(
            s.file("b", "vs_1", "file-1").await,
            Err(StoreError::VectorStoreNotFound(_))
        ));
        s.remove_file("a", "vs_1", "file-2").await.unwrap();
        assert!(s
            .finish(
                "vs_1",
                "file-2",
                Outcome::Completed {
                    usage_bytes: 1,
                    chunks: 1
                }
            )
            .await
            .unwrap()
            .is_none());
        s.delete("a", "vs_1").await.unwrap();
        assert_eq!(
            s.trash().await.unwrap(),
            vec![("idx_vs_1".to_string(), index_tenant("a"))]
        );
        s.emptied("idx_vs_1").await.unwrap();
        assert!(s.trash().await.unwrap().is_empty());
        assert!(s.unfinished().await.unwrap().is_empty());
        assert!(matches!(
            s.get("a", "vs_1").await,
            Err(StoreError::VectorStoreNotFound(_))
        ));
    }

    #[tokio::test]
    async fn a_batch_has_its_own_files_and_cancels_those_pending() {
        let (_dir, s) = store();
        s.create(meta("a", "vs_1"), vec![file("vs_1", "file-0")])
            .await
            .unwrap();
        let batch = Batch {
            id: "vsfb_1".into(),
            vector_store_id: "vs_1".into(),
            created_at: 300,
            cancelled: false,
        };
        let in_batch = |id: &str| StoreFile {
            batch_id: Some("vsfb_1".into()),
            ..file("vs_1", id)
        };
        // file-0 is in the store already: it stays as it is, outside the batch.
        let added = s
            .add_batch(
                "a",
                batch,
                vec![in_batch("file-0"), in_batch("file-1"), in_batch("file-2")],
            )
            .await
            .unwrap();
        assert_eq!(added.len(), 2);
        assert_eq!(
            s.counts("vs_1", Some("vsfb_1")).await.unwrap().in_progress,
            2
        );
        s.finish(
            "vs_1",
            "file-1",
            Outcome::Completed {
                usage_bytes: 1,
                chunks: 1,
            },
        )
        .await
        .unwrap();
        let b = s.cancel_batch("a", "vs_1", "vsfb_1").await.unwrap();
        assert!(b.cancelled);
        let c = s.counts("vs_1", Some("vsfb_1")).await.unwrap();
        assert_eq!((c.completed, c.cancelled, c.in_progress), (1, 1, 0));
        assert_eq!(s.counts("vs_1", None).await.unwrap().in_progress, 1);
        // The worker finishing a cancelled file records nothing: its chunks are to be removed.
        let done = s
            .finish(
                "vs_1",
                "file-2",
                Outcome::Completed {
                    usage_bytes: 1,
                    chunks: 1,
                },
            )
            .await
            .unwrap();
        assert!(done.is_none());
        let (listed, _) = s
            .files(
                "a",
                "vs_1",
                None,
                Some("vsfb_1"),
                cursor(false, None, None, 10),
            )
            .await
            .unwrap();
        let ids: Vec<&str> = listed.iter().map(|f| f.file_id.as_str()).collect();
        assert_eq!(ids, ["file-1", "file-2"]);
        assert!(matches!(
            s.batch("a", "vs_1", "vsfb_2").await,
            Err(StoreError::VectorStoreFileBatchNotFound(_))
        ));
        assert!(matches!(
            s.batch("b", "vs_1", "vsfb_1").await,
            Err(StoreError::VectorStoreNotFound(_))
        ));
    }
}
