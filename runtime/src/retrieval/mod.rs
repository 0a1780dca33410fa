//! Vector stores at work: files added to a store are extracted ([`extract`]), chunked
//! ([`chunk`]) and embedded into the store's own index by a background worker, and searches
//! run over that index by meaning, by BM25 text ranking, or both fused.
//!
//! Processing is durable: a file is recorded `in_progress` before the answer, the worker takes
//! it from a queue, and at start every file still `in_progress` is queued again (writing a
//! file's chunks is idempotent: their ids are `<file id>#<n>`).

pub mod chunk;
pub mod extract;

use crate::config::Capability;
use crate::engine::{EmbedInput, EngineError, Model, Registry};
use crate::store::filter::{Node, Op};
use crate::store::search::fuse_hits;
use crate::store::vector_stores::{
    index_tenant, Batch, FileError, FileStatus, Outcome, StoreFile, VectorStoreMeta,
    VectorStoreStore,
};
use crate::store::{
    FileStore, Filter, Hit, IndexMeta, IndexStore, Metric, StoreError, VectorRecord,
};
use crate::telemetry::counters;
use crate::util::{new_id, now};
use chunk::Chunking;
use lukhas_api::support::ApiError;
use lukhas_api::types::{
    self, AttributeFilter, ComparisonFilterValue, ComparisonFilterValueArrayItem,
};
use serde_json::{Map, Value};
use std::collections::{BTreeMap, HashMap};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};
use tokio::sync::mpsc;

/// Chunks embedded per call of the model, and written per transaction.
const EMBED_BATCH: usize = 32;
const WRITE_BATCH: usize = 256;
/// How deep each ranking goes before a hybrid search fuses them.
const HYBRID_DEPTH: usize = 50;
/// A first rank's share in reciprocal rank fusion (`1 / (C + 1)`, see [`fuse_hits`]): the best
/// fused score is the weights' sum times it, which scales fused scores to 0..1.
const RRF_TOP: f64 = 1.0 / 61.0;

pub struct VectorStores {
    pub store: VectorStoreStore,
    files: FileStore,
    indexes: IndexStore,
    registry: Arc<Registry>,
    queue: mpsc::UnboundedSender<StoreFile>,
    /// Taken by [`VectorStores::start`].
    jobs: Mutex<Option<mpsc::UnboundedReceiver<StoreFile>>>,
}

/// A store to create.
pub struct NewStore {
    pub tenant: String,
    pub name: String,
    pub description: Option<String>,
    pub metadata: BTreeMap<String, String>,
    pub expires_after_days: Option<i64>,
    pub file_ids: Vec<String>,
    pub chunking: Option<Chunking>,
}

/// A file to add, as a batch names it.
pub struct BatchFile {
    pub file_id: String,
    /// Where the request names it (for errors).
    pub param: String,
    pub chunking: Option<Chunking>,
    pub attributes: Map<String, Value>,
}

/// A search of a store.
#[derive(Clone)]
pub struct Query {
    pub texts: Vec<String>,
    pub filter: Filter,
    pub k: usize,
    /// Fuse the similarity ranking with a BM25 ranking of the chunks' text, with these weights
    /// (similarity, text); `None`: the similarity ranking alone.
    pub weights: Option<(f64, f64)>,
    pub threshold: f64,
}

/// OpenAI's attribute filter (comparisons, `and`/`or` to any depth) as a [`Filter`].
pub fn attribute_filter(f: Option<&AttributeFilter>) -> Filter {
    f.map(node).map_or_else(Filter::default, Filter::new)
}

fn node(f: &AttributeFilter) -> Node {
    match f {
        AttributeFilter::CompoundFilter(c) => {
            let nodes = c.filters.iter().map(node).collect();
            match c.type_ {
                types::CompoundFilterType::And => Node::All(nodes),
                types::CompoundFilterType::Or => Node::Any(nodes),
            }
        }
        AttributeFilter::ComparisonFilter(c) => {
            use types::ComparisonFilterType as T;
            let op = match c.type_ {
                T::Eq => Op::Eq,
                T::Ne => Op::Ne,
                T::Gt => Op::Gt,
                T::Gte => Op::Gte,
                T::Lt => Op::Lt,
                T::Lte => Op::Lte,
                T::In => Op::In,
                T::Nin => Op::Nin,
            };
            let scalar = |v: &ComparisonFilterValueArrayItem| match v {
                ComparisonFilterValueArrayItem::String(s) => Value::from(s.clone()),
                ComparisonFilterValueArrayItem::Number(n) => Value::from(*n),
            };
            let value = match &c.value {
                ComparisonFilterValue::String(s) => Value::from(s.clone()),
                ComparisonFilterValue::Number(n) => Value::from(*n),
                ComparisonFilterValue::Boolean(b) => Value::from(*b),
                ComparisonFilterValue::Array(items) => items.iter().map(scalar).collect(),
            };
            Node::Compare {
                key: c.key.to_string(),
                op,
                value,
            }
        }
    }
}

/// How long a search may leave `last_active_at` behind before it moves it: a search is a read,
/// and expiry counts days, so most searches need not write.
const TOUCH_AFTER: i64 = 60;

/// One chunk found.
pub struct Found {
    pub file_id: String,
    pub filename: String,
    pub attributes: Map<String, Value>,
    pub score: f64,
    pub text: String,
}

impl VectorStores {
    pub fn new(
        store: VectorStoreStore,
        files: FileStore,
        indexes: IndexStore,
        registry: Arc<Registry>,
    ) -> VectorStores {
        let (queue, jobs) = mpsc::unbounded_channel();
        VectorStores {
            store,
            files,
            indexes,
            registry,
            queue,
            jobs: Mutex::new(Some(jobs)),
        }
    }

    /// Starts the worker, queues the files a previous run left `in_progress`, and drops the
    /// indexes of stores deleted before a crash could.
    pub fn start(self: &Arc<Self>) {
        let Some(mut jobs) = self.jobs.lock().ok().and_then(|mut j| j.take()) else {
            return;
        };
        let me = self.clone();
        tokio::spawn(async move {
            match me.store.trash().await {
                Ok(trash) => {
                    for (index, tenant) in trash {
                        me.drop_index(&tenant, &index).await;
                    }
                }
                Err(e) => tracing::error!(store_error = %e, "reading deleted vector stores failed"),
            }
            match me.store.unfinished().await {
                Ok(files) if !files.is_empty() => {
                    tracing::info!(files = files.len(), "resuming vector store file processing");
                    for f in files {
                        let _ = me.queue.send(f);
                    }
                }
                Ok(_) => {}
                Err(e) => {
                    tracing::error!(store_error = %e, "reading unfinished vector store files failed")
                }
            }
            while let Some(file) = jobs.recv().await {
                me.process(file).await;
            }
        });
    }

    /// The chunk sizes for files of a store embedded by `model`: `requested`, or `auto`.
    fn chunking(&self, model: &Model, requested: Option<Chunking>) -> Chunking {
        requested.unwrap_or_else(|| chunk::auto(model.engine.embedding_window()))
    }

    fn model(&self, id: Option<&str>) -> Result<&Model, EngineError> {
        self.registry
            .resolve(id, Capability::Embedding, "embedding_model")
    }

    /// A file of the tenant, as a new `in_progress` file of `store`.
    async fn store_file(
        &self,
        tenant: &str,
        store: &str,
        file_id: &str,
        param: String,
        chunking: Chunking,
        attributes: Map<String, Value>,
    ) -> Result<StoreFile, ApiError> {
        let file = self
            .files
            .get(tenant, file_id)
            .await
            .map_err(|e| ApiError::from(e).with_param(param))?;
        Ok(StoreFile {
            file_id: file.id,
            vector_store_id: store.to_string(),
            tenant: tenant.to_string(),
            filename: file.filename,
            created_at: now(),
            status: FileStatus::InProgress,
            last_error: None,
            max_chunk_tokens: chunking.max_tokens,
            chunk_overlap_tokens: chunking.overlap,
            attributes,
            usage_bytes: 0,
            chunks: 0,
            batch_id: None,
        })
    }

    /// Creates a store on an index of the default embedding model, with its first files queued.
    pub async fn create(&self, new: NewStore) -> Result<VectorStoreMeta, ApiError> {
        let model = self.model(None)?;
        let chunking = self.chunking(model, new.chunking);
        let id = new_id("vs");
        let mut files = Vec::with_capacity(new.file_ids.len());
        for (i, file_id) in new.file_ids.iter().enumerate() {
            if files.iter().any(|f: &StoreFile| f.file_id == *file_id) {
                continue;
            }
            let param = format!("file_ids/{i}");
            files.push(
                self.store_file(&new.tenant, &id, file_id, param, chunking, Map::new())
                    .await?,
            );
        }
        let created_at = now();
        let index = self
            .indexes
            .create(IndexMeta {
                id: new_id("idx"),
                tenant: index_tenant(&new.tenant),
                name: id.clone(),
                metric: Metric::Angular,
                dimension: None,
                embedding_model: model.id().to_string(),
                vector_count: 0,
                created_at,
            })
            .await?;
        let meta = self
            .store
            .create(
                VectorStoreMeta {
                    id,
                    tenant: new.tenant,
                    name: new.name,
                    description: new.description,
                    metadata: new.metadata,
                    expires_after_days: new.expires_after_days,
                    created_at,
                    last_active_at: created_at,
                    index_id: index.id,
                    embedding_model: index.embedding_model,
                },
                files.clone(),
            )
            .await?;
        for f in files {
            let _ = self.queue.send(f);
        }
        Ok(meta)
    }

    /// Adds a file to a store and queues it; a file already there is answered as it is.
    pub async fn add_file(
        &self,
        tenant: &str,
        store: &str,
        file_id: &str,
        chunking: Option<Chunking>,
        attributes: Map<String, Value>,
    ) -> Result<StoreFile, ApiError> {
        let meta = self.store.get(tenant, store).await?;
        let model = self.model(Some(&meta.embedding_model))?;
        let chunking = self.chunking(model, chunking);
        let file = self
            .store_file(
                tenant,
                store,
                file_id,
                "file_id".into(),
                chunking,
                attributes,
            )
            .await?;
        let (file, added) = self.store.add_file(file).await?;
        if added {
            let _ = self.queue.send(file.clone());
        }
        Ok(file)
    }

    /// Adds a batch of files to a store in one transaction and queues those not there yet.
    pub async fn add_batch(
        &self,
        tenant: &str,
        store: &str,
        files: Vec<BatchFile>,
    ) -> Result<Batch, ApiError> {
        let meta = self.store.get(tenant, store).await?;
        let model = self.model(Some(&meta.embedding_model))?;
        let batch = Batch {
            id: new_id("vsfb"),
            vector_store_id: store.to_string(),
            created_at: now(),
            cancelled: false,
        };
        let mut records: Vec<StoreFile> = Vec::with_capacity(files.len());
        for f in files {
            if records.iter().any(|r| r.file_id == f.file_id) {
                continue;
            }
            let chunking = self.chunking(model, f.chunking);
            let mut record = self
                .store_file(tenant, store, &f.file_id, f.param, chunking, f.attributes)
                .await?;
            record.batch_id = Some(batch.id.clone());
            records.push(record);
        }
        for f in self.store.add_batch(tenant, batch.clone(), records).await? {
            let _ = self.queue.send(f);
        }
        Ok(batch)
    }

    /// Replaces a file's attributes; the chunks of a processed file get them at once (a file in
    /// progress gets them when the worker records it, see [`Self::process`]).
    pub async fn set_attributes(
        &self,
        tenant: &str,
        store: &str,
        file: &str,
        attributes: Map<String, Value>,
    ) -> Result<StoreFile, ApiError> {
        let meta = self.store.get(tenant, store).await?;
        let f = self
            .store
            .set_attributes(tenant, store, file, attributes)
            .await?;
        if f.status == FileStatus::Completed {
            self.relabel(&meta, &f).await?;
        }
        Ok(f)
    }

    /// Gives a processed file's chunks its attributes.
    async fn relabel(&self, meta: &VectorStoreMeta, f: &StoreFile) -> Result<(), StoreError> {
        let ids = (0..f.chunks).map(|n| chunk_id(&f.file_id, n)).collect();
        self.indexes
            .set_metadata(
                &index_tenant(&meta.tenant),
                &meta.index_id,
                ids,
                f.attributes.clone(),
            )
            .await
            .map(|_| ())
    }

    /// The text a processed file's chunks were cut from, extracted again from the file.
    pub async fn content(&self, tenant: &str, store: &str, file: &str) -> Result<String, ApiError> {
        let f = self.store.file(tenant, store, file).await?;
        if f.status != FileStatus::Completed {
            return Err(ApiError::invalid_request(
                "vector_store_file_not_ready",
                format!(
                    "The file is `{}`: only a `completed` file has parsed content.",
                    f.status.as_str()
                ),
            )
            .with_param("file_id"));
        }
        let bytes = self
            .files
            .content(tenant, file)
            .await
            .map_err(|e| ApiError::from(e).with_param("file_id"))?;
        let name = f.filename.clone();
        tokio::task::spawn_blocking(move || extract::text(&name, &bytes))
            .await
            .map_err(ApiError::internal)?
            .map_err(|e| {
                ApiError::internal(format!("extracting a processed file again: {}", e.message))
            })
    }

    /// Takes a file out of a store, with its chunks.
    pub async fn remove_file(&self, tenant: &str, store: &str, file: &str) -> Result<(), ApiError> {
        let meta = self.store.get(tenant, store).await?;
        let removed = self.store.remove_file(tenant, store, file).await?;
        // A file still being processed has its chunks removed by the worker when it finds the
        // file gone.
        self.remove_chunks(&meta, &removed.file_id, removed.chunks)
            .await?;
        Ok(())
    }

    async fn remove_chunks(
        &self,
        meta: &VectorStoreMeta,
        file: &str,
        chunks: u64,
    ) -> Result<(), StoreError> {
        if chunks == 0 {
            return Ok(());
        }
        let ids = (0..chunks).map(|n| chunk_id(file, n)).collect();
        self.indexes
            .delete_vectors(&index_tenant(&meta.tenant), &meta.index_id, ids)
            .await
            .map(|_| ())
    }

    /// Deletes a store, its file records and its index.
    pub async fn delete(&self, tenant: &str, id: &str) -> Result<(), ApiError> {
        let meta = self.store.delete(tenant, id).await?;
        self.drop_index(&index_tenant(tenant), &meta.index_id).await;
        Ok(())
    }

    async fn drop_index(&self, index_tenant: &str, index: &str) {
        match self.indexes.delete(index_tenant, index).await {
            Ok(()) | Err(StoreError::IndexNotFound(_)) => {
                if let Err(e) = self.store.emptied(index).await {
                    tracing::error!(store_error = %e, "forgetting a dropped index failed");
                }
            }
            // Left in the trash for the next start.
            Err(e) => tracing::error!(store_error = %e, "dropping a deleted store's index failed"),
        }
    }

    /// The best chunks of a live store for `query`, best first; the store becomes active.
    pub async fn search(
        &self,
        tenant: &str,
        id: &str,
        query: Query,
    ) -> Result<Vec<Found>, ApiError> {
        let meta = self.store.get(tenant, id).await?;
        if meta.expired(now()) {
            return Err(ApiError::invalid_request(
                "vector_store_expired",
                format!(
                    "The vector store `{id}` expired; it can no longer be searched. Create a \
                     new store for these files."
                ),
            )
            .with_param("vector_store_id"));
        }
        let model = self.model(Some(&meta.embedding_model))?;
        let index_tenant = index_tenant(tenant);
        let depth = match query.weights {
            Some(_) => query.k.max(HYBRID_DEPTH),
            None => query.k,
        };
        let inputs = query.texts.iter().cloned().map(EmbedInput::Text).collect();
        let vectors = model.embed(inputs).await?.vectors;
        let mut best: HashMap<String, Hit> = HashMap::new();
        for (text, vector) in query.texts.iter().zip(vectors) {
            let (by_vector, _) = self
                .indexes
                .search(
                    &index_tenant,
                    &meta.index_id,
                    vector,
                    depth,
                    query.filter.clone(),
                    false,
                    "/query",
                )
                .await?;
            let hits = match query.weights {
                None => by_vector
                    .into_iter()
                    .map(|h| Hit {
                        score: h.score.clamp(0.0, 1.0),
                        ..h
                    })
                    .collect(),
                Some(weights) => {
                    let by_text = self
                        .indexes
                        .search_text(
                            &index_tenant,
                            &meta.index_id,
                            text.clone(),
                            depth,
                            query.filter.clone(),
                        )
                        .await?;
                    let best = (weights.0 + weights.1) * RRF_TOP;
                    fuse_hits(by_vector, by_text, weights, depth)
                        .into_iter()
                        .map(|h| Hit {
                            score: (h.score / best).min(1.0),
                            ..h
                        })
                        .collect::<Vec<_>>()
                }
            };
            // Several queries: each chunk keeps its best score.
            for h in hits {
                match best.get(&h.id) {
                    Some(kept) if kept.score >= h.score => {}
                    _ => {
                        best.insert(h.id.clone(), h);
                    }
                }
            }
        }
        let mut hits: Vec<Hit> = best
            .into_values()
            .filter(|h| h.score >= query.threshold)
            .collect();
        hits.sort_by(|a, b| b.score.total_cmp(&a.score).then_with(|| a.id.cmp(&b.id)));
        hits.truncate(query.k);
        let file_of = |h: &Hit| {
            h.id.rsplit_once('#')
                .map_or(h.id.as_str(), |(f, _)| f)
                .to_string()
        };
        let names = self
            .store
            .filenames(tenant, id, hits.iter().map(file_of).collect())
            .await?;
        let found = hits
            .into_iter()
            .filter_map(|h| {
                let file_id = file_of(&h);
                // A file removed while this search ran is left out.
                let filename = names.get(&file_id)?.clone();
                Some(Found {
                    filename,
                    file_id,
                    attributes: h.metadata,
                    score: h.score,
                    text: h.text.unwrap_or_default(),
                })
            })
            .collect();
        let touched = now();
        if touched - meta.last_active_at >= TOUCH_AFTER {
            self.store
                .update(tenant, id, move |m| m.last_active_at = touched)
                .await?;
        }
        Ok(found)
    }

    /// Extracts, chunks and embeds one file into its store's index, and records the outcome.
    async fn process(&self, file: StoreFile) {
        let started = Instant::now();
        let meta = match self.store.get(&file.tenant, &file.vector_store_id).await {
            Ok(meta) => meta,
            Err(StoreError::VectorStoreNotFound(_)) => return, // deleted meanwhile
            Err(e) => {
                tracing::error!(store_error = %e, "reading a vector store failed");
                return;
            }
        };
        // Cancelled or removed while queued: nothing to do. Read again for its latest attributes.
        let file = match self
            .store
            .file(&file.tenant, &file.vector_store_id, &file.file_id)
            .await
        {
            Ok(f) if f.status == FileStatus::InProgress => f,
            Ok(_)
            | Err(StoreError::VectorStoreFileNotFound(_) | StoreError::VectorStoreNotFound(_)) => {
                return
            }
            Err(e) => {
                tracing::error!(store_error = %e, "reading a vector store file failed");
                return;
            }
        };
        let outcome = match self.ingest(&meta, &file).await {
            Ok((usage_bytes, chunks)) => Outcome::Completed {
                usage_bytes,
                chunks,
            },
            Err(e) => Outcome::Failed(e),
        };
        let chunks = match &outcome {
            Outcome::Completed { chunks, .. } => *chunks,
            Outcome::Failed(_) => 0,
        };
        match self
            .store
            .finish(&file.vector_store_id, &file.file_id, outcome)
            .await
        {
            Ok(Some(done)) => {
                // Its attributes changed while its chunks were written.
                if done.status == FileStatus::Completed && done.attributes != file.attributes {
                    if let Err(e) = self.relabel(&meta, &done).await {
                        tracing::error!(store_error = %e, "relabelling a file's chunks failed");
                    }
                }
                counters::VECTOR_STORE_FILES
                    .with_label_values(&[
                        done.status.as_str(),
                        done.last_error.as_ref().map_or("", |e| e.code.as_str()),
                    ])
                    .inc();
                tracing::info!(
                vector_store = %done.vector_store_id,
                file = %done.file_id,
                status = done.status.as_str(),
                error = done.last_error.as_ref().map(|e| e.code.as_str()),
                chunks = done.chunks,
                ms = started.elapsed().as_millis() as u64,
                    "vector store file processed"
                )
            }
            // Removed from the store, or cancelled, meanwhile: its chunks go too (the store's
            // whole index, if the store went, is dropped already).
            Ok(None) => {
                if let Err(e) = self.remove_chunks(&meta, &file.file_id, chunks).await {
                    if !matches!(e, StoreError::IndexNotFound(_)) {
                        tracing::error!(store_error = %e, "removing a removed file's chunks failed");
                    }
                }
            }
            Err(e) => {
                tracing::error!(store_error = %e, "recording a vector store file's status failed")
            }
        }
    }

    /// The file's chunks written to the index: (bytes of text, chunks).
    async fn ingest(
        &self,
        meta: &VectorStoreMeta,
        file: &StoreFile,
    ) -> Result<(u64, u64), FileError> {
        let server_error = |what: &str, e: &dyn std::fmt::Display| {
            tracing::error!(error = %e, file = %file.file_id, "{what}");
            FileError {
                code: "server_error".into(),
                message: format!("{what}; add the file again to retry."),
            }
        };
        let bytes = match self.files.content(&file.tenant, &file.file_id).await {
            Ok(b) => b,
            Err(StoreError::FileNotFound(_)) => {
                return Err(FileError {
                    code: "invalid_file".into(),
                    message: "The file was deleted before it was processed.".into(),
                })
            }
            Err(e) => return Err(server_error("Reading the file failed", &e)),
        };
        let model = self
            .model(Some(&meta.embedding_model))
            .map_err(|e| server_error("The store's embedding model is not served", &e))?
            .clone();
        let name = file.filename.clone();
        let engine = model.engine.clone();
        let chunking = Chunking {
            max_tokens: file.max_chunk_tokens,
            overlap: file.chunk_overlap_tokens,
        };
        let (text_bytes, chunks) = tokio::task::spawn_blocking(move || {
            let text = extract::text(&name, &bytes)?;
            let spans = engine
                .token_spans(&text)
                .unwrap_or_else(|| chunk::words(&text));
            Ok::<_, FileError>((text.len() as u64, chunk::chunks(&text, &spans, chunking)))
        })
        .await
        .map_err(|e| server_error("Extracting the file's text failed", &e))??;
        let index_tenant = index_tenant(&meta.tenant);
        let mut pending: Vec<VectorRecord> = Vec::new();
        for (n, batch) in chunks.chunks(EMBED_BATCH).enumerate() {
            let vectors = embed(&model, batch)
                .await
                .map_err(|e| server_error("Embedding the file's chunks failed", &e))?;
            for (i, (text, vector)) in batch.iter().zip(vectors).enumerate() {
                pending.push(VectorRecord {
                    id: chunk_id(&file.file_id, (n * EMBED_BATCH + i) as u64),
                    vector,
                    text: Some(text.clone()),
                    metadata: file.attributes.clone(),
                    param: String::new(),
                });
            }
            if pending.len() >= WRITE_BATCH {
                self.write(&index_tenant, &meta.index_id, std::mem::take(&mut pending))
                    .await
                    .map_err(|e| server_error("Storing the file's chunks failed", &e))?;
            }
        }
        if !pending.is_empty() {
            self.write(&index_tenant, &meta.index_id, pending)
                .await
                .map_err(|e| server_error("Storing the file's chunks failed", &e))?;
        }
        Ok((text_bytes, chunks.len() as u64))
    }

    async fn write(
        &self,
        tenant: &str,
        index: &str,
        records: Vec<VectorRecord>,
    ) -> Result<(), StoreError> {
        self.indexes
            .upsert(tenant, index, records)
            .await
            .map(|_| ())
    }
}

/// Embeds a batch, retrying a busy model (its queue full) a few times before giving up.
async fn embed(model: &Model, texts: &[String]) -> Result<Vec<Vec<f32>>, EngineError> {
    let mut wait = Duration::from_millis(250);
    for _ in 0..5 {
        let input = texts.iter().map(|t| EmbedInput::Text(t.clone())).collect();
        match model.embed(input).await {
            Err(EngineError::Busy { .. }) => {
                tokio::time::sleep(wait).await;
                wait *= 2;
            }
            other => return other.map(|e| e.vectors),
        }
    }
    let input = texts.iter().map(|t| EmbedInput::Text(t.clone())).collect();
    model.embed(input).await.map(|e| e.vectors)
}

fn chunk_id(file: &str, n: u64) -> String {
    format!("{file}#{n}")
}
