//! Persistent vector memory. Large indexes are searched through an in-memory HNSW graph
//! ([`super::ann`]) whose candidates are re-scored exactly from the store; small ones, `exact`
//! requests and selective filters by a scan of the index's vectors with a bounded heap for the
//! top k.
//!
//! Tables (keys join parts with NUL, which ids and names cannot contain):
//! - `indexes`: index id -> JSON [`IndexMeta`]
//! - `index_names`: tenant NUL name -> index id (names are unique per tenant)
//! - `tenant_indexes`: tenant NUL index id -> () (listing; ids sort by creation time)
//! - `vectors`: index id NUL vector id -> f32 count, f32 LE values, JSON {text, metadata}

use super::filter::Filter;
use super::search::{AnnSettings, Change, IndexSearch, Item, Searchers};
use super::{internal, join, under, Db, StoreError};
use redb::{ReadableDatabase, ReadableTable, TableDefinition};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};
use std::cmp::Ordering;
use std::collections::BinaryHeap;
use std::sync::{Arc, Mutex};

const INDEXES: TableDefinition<&str, &[u8]> = TableDefinition::new("indexes");
const NAMES: TableDefinition<&str, &str> = TableDefinition::new("index_names");
const TENANT_INDEXES: TableDefinition<&str, ()> = TableDefinition::new("tenant_indexes");
const VECTORS: TableDefinition<&str, &[u8]> = TableDefinition::new("vectors");

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Metric {
    Angular,
    Euclidean,
    Dot,
}

impl Metric {
    pub fn as_str(self) -> &'static str {
        match self {
            Metric::Angular => "angular",
            Metric::Euclidean => "euclidean",
            Metric::Dot => "dot",
        }
    }

    /// Higher is closer: cosine similarity, dot product, or negated Euclidean distance. Summed in
    /// f64: for finite f32 inputs the result is always finite (f32 products would overflow).
    pub fn score(self, a: &[f32], b: &[f32]) -> f64 {
        self.score_of(a, b.iter().copied())
    }

    /// [`Metric::score`] against a record's values as stored (f32 LE), read in place: the exact
    /// scan decodes no vector it does not keep.
    fn score_stored(self, a: &[f32], b: &[u8]) -> f64 {
        self.score_of(a, stored_values(b))
    }

    fn score_of(self, a: &[f32], b: impl Iterator<Item = f32>) -> f64 {
        let pairs = a.iter().map(|x| f64::from(*x)).zip(b.map(f64::from));
        match self {
            Metric::Dot => pairs.map(|(x, y)| x * y).sum(),
            Metric::Angular => {
                let (mut ab, mut aa, mut bb) = (0.0, 0.0, 0.0);
                for (x, y) in pairs {
                    ab += x * y;
                    aa += x * x;
                    bb += y * y;
                }
                if aa == 0.0 || bb == 0.0 {
                    0.0
                } else {
                    ab / (aa.sqrt() * bb.sqrt())
                }
            }
            Metric::Euclidean => -pairs.map(|(x, y)| (x - y) * (x - y)).sum::<f64>().sqrt(),
        }
    }
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct IndexMeta {
    pub id: String,
    pub tenant: String,
    pub name: String,
    pub metric: Metric,
    pub dimension: Option<usize>,
    pub embedding_model: String,
    pub vector_count: u64,
    pub created_at: i64,
}

#[derive(Debug, Clone)]
pub struct VectorRecord {
    pub id: String,
    pub vector: Vec<f32>,
    pub text: Option<String>,
    pub metadata: Map<String, Value>,
    /// JSON pointer of the item in the request, for error messages.
    pub param: String,
}

#[derive(Debug, Clone)]
pub struct Hit {
    pub id: String,
    pub score: f64,
    pub vector: Vec<f32>,
    pub text: Option<String>,
    pub metadata: Map<String, Value>,
}

#[derive(Serialize, Deserialize)]
struct Extra {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    text: Option<String>,
    #[serde(default, skip_serializing_if = "Map::is_empty")]
    metadata: Map<String, Value>,
}

fn encode(r: &VectorRecord) -> Result<Vec<u8>, StoreError> {
    let mut out = Vec::with_capacity(4 + 4 * r.vector.len() + 64);
    out.extend_from_slice(&(r.vector.len() as u32).to_le_bytes());
    for x in &r.vector {
        out.extend_from_slice(&x.to_le_bytes());
    }
    serde_json::to_writer(
        &mut out,
        &Extra {
            text: r.text.clone(),
            metadata: r.metadata.clone(),
        },
    )
    .map_err(internal)?;
    Ok(out)
}

/// A record's vector values (f32 LE) and the rest of its bytes (the JSON extra).
fn split_record(bytes: &[u8]) -> Option<(&[u8], &[u8])> {
    let n = u32::from_le_bytes(bytes.get(..4)?.try_into().ok()?) as usize;
    let body = bytes.get(4..4 + 4 * n)?;
    Some((body, &bytes[4 + 4 * n..]))
}

/// A record's vector values read from their f32 LE bytes.
fn stored_values(body: &[u8]) -> impl Iterator<Item = f32> + '_ {
    body.chunks_exact(4)
        .map(|c| f32::from_le_bytes([c[0], c[1], c[2], c[3]]))
}

/// The vector of a record, and the rest of its bytes (the JSON extra).
fn decode_vector(bytes: &[u8]) -> Option<(Vec<f32>, &[u8])> {
    let (body, extra) = split_record(bytes)?;
    Some((stored_values(body).collect(), extra))
}

struct Scored(f64, String, Vec<u8>);

impl PartialEq for Scored {
    fn eq(&self, o: &Self) -> bool {
        self.cmp(o) == Ordering::Equal
    }
}
impl Eq for Scored {}
impl PartialOrd for Scored {
    fn partial_cmp(&self, o: &Self) -> Option<Ordering> {
        Some(self.cmp(o))
    }
}
impl Ord for Scored {
    /// Reversed so the heap's top is the worst kept hit; ties keep the smaller id.
    fn cmp(&self, o: &Self) -> Ordering {
        o.0.total_cmp(&self.0).then_with(|| self.1.cmp(&o.1))
    }
}

#[derive(Clone)]
pub struct IndexStore {
    db: Db,
    search: Arc<Searchers>,
    /// Held from a write's transaction to its change reaching the search structures, so that
    /// they see changes in the order the store committed them.
    order: Arc<Mutex<()>>,
}

/// What a committed write changes in the search structures.
enum Applied {
    Change(Metric, Change),
    Drop,
}

impl IndexStore {
    /// Opens the tables and starts rebuilding the search graphs from them in the background.
    pub fn open(db: Db, ann: AnnSettings) -> anyhow::Result<IndexStore> {
        let txn = db.0.begin_write()?;
        txn.open_table(INDEXES)?;
        txn.open_table(NAMES)?;
        txn.open_table(TENANT_INDEXES)?;
        txn.open_table(VECTORS)?;
        txn.commit()?;
        let store = IndexStore {
            db,
            search: Arc::new(Searchers::new(ann)),
            order: Arc::default(),
        };
        let rebuild: Vec<IndexMeta> = {
            let txn = store.db.0.begin_read()?;
            let table = txn.open_table(INDEXES)?;
            let mut metas = Vec::new();
            for entry in table.iter()? {
                let meta: IndexMeta = serde_json::from_slice(entry?.1.value())?;
                if meta.vector_count > 0 {
                    metas.push(meta);
                }
            }
            metas
        };
        if !rebuild.is_empty() {
            // Marked before the server answers, so no write slips past a rebuild.
            for meta in &rebuild {
                store.search.start_building(&meta.id);
            }
            let this = store.clone();
            std::thread::Builder::new()
                .name("ann-rebuild".into())
                .spawn(move || this.rebuild(rebuild))?;
        }
        Ok(store)
    }

    /// Rebuilds the search structures of `metas` from the store, logging progress; until an
    /// index's are in, its vector searches are exact and its text searches answer 503.
    fn rebuild(&self, metas: Vec<IndexMeta>) {
        const CHUNK: usize = 10_000;
        for meta in metas {
            let started = std::time::Instant::now();
            let total = meta.vector_count as usize;
            tracing::info!(index = %meta.id, vectors = total, "rebuilding the search graph");
            let result = (|| -> Result<IndexSearch, StoreError> {
                let txn = self.db.0.begin_read().map_err(internal)?;
                let vectors = txn.open_table(VECTORS).map_err(internal)?;
                let (start, end) = under(&meta.id);
                // BM25's average text length, from the first thousand texts.
                let mut sample = Vec::new();
                for entry in vectors
                    .range(start.as_str()..end.as_str())
                    .map_err(internal)?
                    .take(1000)
                {
                    let (key, value) = entry.map_err(internal)?;
                    sample.extend(item(key.value(), value.value())?.text);
                }
                let sample: Vec<&str> = sample.iter().map(String::as_str).collect();
                let mut graph = IndexSearch::new(
                    meta.metric,
                    self.search.settings().quantization,
                    total,
                    &sample,
                );
                let mut chunk = Vec::with_capacity(CHUNK);
                let mut next_report = total / 10;
                for entry in vectors
                    .range(start.as_str()..end.as_str())
                    .map_err(internal)?
                {
                    let (key, value) = entry.map_err(internal)?;
                    chunk.push(item(key.value(), value.value())?);
                    if chunk.len() == CHUNK {
                        graph.extend(std::mem::take(&mut chunk));
                        if graph.len() >= next_report {
                            tracing::info!(index = %meta.id, done = graph.len(), of = total,
                                "rebuilding the search graph");
                            next_report += total / 10;
                        }
                    }
                }
                graph.extend(chunk);
                Ok(graph)
            })();
            match result {
                Ok(graph) => {
                    tracing::info!(index = %meta.id, vectors = graph.len(),
                        seconds = started.elapsed().as_secs_f64(), "search graph ready");
                    self.search.finish_building(&meta.id, graph);
                }
                Err(e) => {
                    tracing::error!(index = %meta.id, store_error = %e,
                        "the search graph could not be rebuilt; vector searches stay exact and text searches fail until the next start");
                    self.search.fail_building(&meta.id);
                }
            }
        }
    }

    async fn blocking<T: Send + 'static>(
        &self,
        f: impl FnOnce(&redb::Database) -> Result<T, StoreError> + Send + 'static,
    ) -> Result<T, StoreError> {
        self.db.blocking(f).await
    }

    /// Runs `f` in a write transaction of index `index`, commits, then applies what it changed to
    /// the search structures, all under the ordering lock.
    async fn write<T: Send + 'static>(
        &self,
        index: &str,
        f: impl FnOnce(&redb::WriteTransaction) -> Result<(T, Applied), StoreError> + Send + 'static,
    ) -> Result<T, StoreError> {
        let (index, search, order) = (index.to_string(), self.search.clone(), self.order.clone());
        self.blocking(move |db| {
            let _order = order.lock().unwrap_or_else(|e| e.into_inner());
            let txn = db.begin_write().map_err(internal)?;
            let (out, applied) = f(&txn)?;
            txn.commit().map_err(internal)?;
            match applied {
                Applied::Change(metric, change) => search.apply(&index, metric, change),
                Applied::Drop => search.drop_index(&index),
            }
            Ok(out)
        })
        .await
    }

    /// Readiness: a read transaction opens. `/readyz` is public: the detail goes to the log.
    pub async fn check(&self) -> Result<(), String> {
        self.blocking(|db| {
            db.begin_read()
                .map_err(internal)?
                .open_table(INDEXES)
                .map_err(internal)?;
            Ok(())
        })
        .await
        .map_err(|e| {
            tracing::error!(store_error = %e, "the index store is not readable");
            "the index store cannot be read".to_string()
        })
    }

    pub async fn create(&self, meta: IndexMeta) -> Result<IndexMeta, StoreError> {
        self.blocking(move |db| {
            let txn = db.begin_write().map_err(internal)?;
            {
                let mut names = txn.open_table(NAMES).map_err(internal)?;
                let name_key = join(&meta.tenant, &meta.name);
                if names.get(name_key.as_str()).map_err(internal)?.is_some() {
                    return Err(StoreError::NameTaken(meta.name.clone()));
                }
                names
                    .insert(name_key.as_str(), meta.id.as_str())
                    .map_err(internal)?;
                let bytes = serde_json::to_vec(&meta).map_err(internal)?;
                txn.open_table(INDEXES)
                    .map_err(internal)?
                    .insert(meta.id.as_str(), bytes.as_slice())
                    .map_err(internal)?;
                txn.open_table(TENANT_INDEXES)
                    .map_err(internal)?
                    .insert(join(&meta.tenant, &meta.id).as_str(), ())
                    .map_err(internal)?;
            }
            txn.commit().map_err(internal)?;
            Ok(meta)
        })
        .await
    }

    fn read_meta(
        table: &impl ReadableTable<&'static str, &'static [u8]>,
        tenant: &str,
        id: &str,
    ) -> Result<IndexMeta, StoreError> {
        let bytes = table
            .get(id)
            .map_err(internal)?
            .ok_or_else(|| StoreError::IndexNotFound(id.to_string()))?;
        let meta: IndexMeta = serde_json::from_slice(bytes.value()).map_err(internal)?;
        // Another tenant's index is indistinguishable from a missing one.
        if meta.tenant != tenant {
            return Err(StoreError::IndexNotFound(id.to_string()));
        }
        Ok(meta)
    }

    pub async fn get(&self, tenant: &str, id: &str) -> Result<IndexMeta, StoreError> {
        let (tenant, id) = (tenant.to_string(), id.to_string());
        self.blocking(move |db| {
            let txn = db.begin_read().map_err(internal)?;
            let table = txn.open_table(INDEXES).map_err(internal)?;
            Self::read_meta(&table, &tenant, &id)
        })
        .await
    }

    /// How many indexes there are, and vectors in them all (for `/metrics`).
    pub async fn totals(&self) -> Result<(u64, u64), StoreError> {
        self.blocking(|db| {
            let txn = db.begin_read().map_err(internal)?;
            let table = txn.open_table(INDEXES).map_err(internal)?;
            let (mut indexes, mut vectors) = (0, 0);
            for entry in table.iter().map_err(internal)? {
                let (_, bytes) = entry.map_err(internal)?;
                let meta: IndexMeta = serde_json::from_slice(bytes.value()).map_err(internal)?;
                indexes += 1;
                vectors += meta.vector_count;
            }
            Ok((indexes, vectors))
        })
        .await
    }

    /// One page of the tenant's indexes after `after`, and whether more follow.
    pub async fn list(
        &self,
        tenant: &str,
        limit: usize,
        after: Option<String>,
    ) -> Result<(Vec<IndexMeta>, bool), StoreError> {
        let tenant = tenant.to_string();
        self.blocking(move |db| {
            let txn = db.begin_read().map_err(internal)?;
            let listing = txn.open_table(TENANT_INDEXES).map_err(internal)?;
            let indexes = txn.open_table(INDEXES).map_err(internal)?;
            let (start, end) = under(&tenant);
            let from = match &after {
                Some(a) => format!("{}\u{0}", join(&tenant, a)),
                None => start,
            };
            let mut out = Vec::new();
            let mut more = false;
            for entry in listing
                .range(from.as_str()..end.as_str())
                .map_err(internal)?
            {
                let (key, _) = entry.map_err(internal)?;
                let Some((_, id)) = key.value().split_once('\u{0}') else {
                    continue;
                };
                if out.len() == limit {
                    more = true;
                    break;
                }
                out.push(Self::read_meta(&indexes, &tenant, id)?);
            }
            Ok((out, more))
        })
        .await
    }

    pub async fn delete(&self, tenant: &str, id: &str) -> Result<(), StoreError> {
        let (tenant, index) = (tenant.to_string(), id.to_string());
        self.write(id, move |txn| {
            let id = index;
            {
                let mut indexes = txn.open_table(INDEXES).map_err(internal)?;
                let meta = Self::read_meta(&indexes, &tenant, &id)?;
                indexes.remove(id.as_str()).map_err(internal)?;
                txn.open_table(NAMES)
                    .map_err(internal)?
                    .remove(join(&tenant, &meta.name).as_str())
                    .map_err(internal)?;
                txn.open_table(TENANT_INDEXES)
                    .map_err(internal)?
                    .remove(join(&tenant, &id).as_str())
                    .map_err(internal)?;
                let (start, end) = under(&id);
                txn.open_table(VECTORS)
                    .map_err(internal)?
                    .retain_in(start.as_str()..end.as_str(), |_, _| false)
                    .map_err(internal)?;
            }
            Ok(((), Applied::Drop))
        })
        .await
    }

    /// Adds or replaces vectors in one transaction; the first insert fixes a null dimension.
    /// Searchable at once: the graph has them before this returns.
    pub async fn upsert(
        &self,
        tenant: &str,
        id: &str,
        records: Vec<VectorRecord>,
    ) -> Result<IndexMeta, StoreError> {
        let (tenant, id) = (tenant.to_string(), id.to_string());
        let items: Vec<Item> = records
            .iter()
            .map(|r| Item {
                id: r.id.clone(),
                vector: r.vector.clone(),
                text: r.text.clone(),
                metadata: r.metadata.clone(),
            })
            .collect();
        let index = id.clone();
        self.write(&index, move |txn| {
            let meta = {
                let mut indexes = txn.open_table(INDEXES).map_err(internal)?;
                let mut meta = Self::read_meta(&indexes, &tenant, &id)?;
                let dimension = meta
                    .dimension
                    .or_else(|| records.first().map(|r| r.vector.len()))
                    .unwrap_or(0);
                if let Some(bad) = records.iter().find(|r| r.vector.len() != dimension) {
                    return Err(StoreError::Dimension {
                        param: bad.param.clone(),
                        expected: dimension,
                        got: bad.vector.len(),
                    });
                }
                meta.dimension = Some(dimension);
                let mut vectors = txn.open_table(VECTORS).map_err(internal)?;
                for r in &records {
                    let bytes = encode(r)?;
                    let previous = vectors
                        .insert(join(&id, &r.id).as_str(), bytes.as_slice())
                        .map_err(internal)?;
                    if previous.is_none() {
                        meta.vector_count += 1;
                    }
                }
                let bytes = serde_json::to_vec(&meta).map_err(internal)?;
                indexes
                    .insert(id.as_str(), bytes.as_slice())
                    .map_err(internal)?;
                meta
            };
            let metric = meta.metric;
            Ok((meta, Applied::Change(metric, Change::Upsert(items))))
        })
        .await
    }

    pub async fn delete_vector(
        &self,
        tenant: &str,
        id: &str,
        vector_id: &str,
    ) -> Result<(), StoreError> {
        match self
            .delete_vectors(tenant, id, vec![vector_id.to_string()])
            .await?
        {
            0 => Err(StoreError::VectorNotFound(vector_id.to_string())),
            _ => Ok(()),
        }
    }

    /// Replaces the metadata of those of `vector_ids` the index has (vectors and texts stay), in
    /// one transaction; how many.
    pub async fn set_metadata(
        &self,
        tenant: &str,
        id: &str,
        vector_ids: Vec<String>,
        metadata: Map<String, Value>,
    ) -> Result<u64, StoreError> {
        let (tenant, id) = (tenant.to_string(), id.to_string());
        let index = id.clone();
        self.write(&index, move |txn| {
            let meta = Self::read_meta(&txn.open_table(INDEXES).map_err(internal)?, &tenant, &id)?;
            let mut vectors = txn.open_table(VECTORS).map_err(internal)?;
            let mut items = Vec::new();
            for vector_id in vector_ids {
                let key = join(&id, &vector_id);
                let Some(bytes) = vectors
                    .get(key.as_str())
                    .map_err(internal)?
                    .map(|v| v.value().to_vec())
                else {
                    continue;
                };
                let (vector, extra) = decode_vector(&bytes)
                    .ok_or_else(|| StoreError::Internal(format!("a stored vector `{key}`")))?;
                let extra: Extra = serde_json::from_slice(extra).map_err(internal)?;
                let record = VectorRecord {
                    id: vector_id,
                    vector,
                    text: extra.text,
                    metadata: metadata.clone(),
                    param: String::new(),
                };
                vectors
                    .insert(key.as_str(), encode(&record)?.as_slice())
                    .map_err(internal)?;
                items.push(Item {
                    id: record.id,
                    vector: record.vector,
                    text: record.text,
                    metadata: record.metadata,
                });
            }
            let n = items.len() as u64;
            Ok((n, Applied::Change(meta.metric, Change::Upsert(items))))
        })
        .await
    }

    /// Deletes those of `vector_ids` the index has, in one transaction; how many.
    pub async fn delete_vectors(
        &self,
        tenant: &str,
        id: &str,
        vector_ids: Vec<String>,
    ) -> Result<u64, StoreError> {
        let (tenant, id) = (tenant.to_string(), id.to_string());
        let index = id.clone();
        self.write(&index, move |txn| {
            let (metric, removed) = {
                let mut indexes = txn.open_table(INDEXES).map_err(internal)?;
                let mut meta = Self::read_meta(&indexes, &tenant, &id)?;
                let mut vectors = txn.open_table(VECTORS).map_err(internal)?;
                let mut removed = 0;
                for vector_id in &vector_ids {
                    let key = join(&id, vector_id);
                    removed += u64::from(vectors.remove(key.as_str()).map_err(internal)?.is_some());
                }
                meta.vector_count = meta.vector_count.saturating_sub(removed);
                let bytes = serde_json::to_vec(&meta).map_err(internal)?;
                indexes
                    .insert(id.as_str(), bytes.as_slice())
                    .map_err(internal)?;
                (meta.metric, removed)
            };
            Ok((removed, Applied::Change(metric, Change::Delete(vector_ids))))
        })
        .await
    }

    /// The `k` best vectors for `query` among those whose metadata matches `filter`: through the
    /// index's graph when it has one for this search (re-scored exactly), by a scan otherwise or
    /// when `exact`. Which of the two answered is the second value.
    #[allow(clippy::too_many_arguments)]
    pub async fn search(
        &self,
        tenant: &str,
        id: &str,
        query: Vec<f32>,
        k: usize,
        filter: Filter,
        exact: bool,
        query_param: &'static str,
    ) -> Result<(Vec<Hit>, SearchMode), StoreError> {
        let (tenant, id) = (tenant.to_string(), id.to_string());
        let ann = self.search.clone();
        self.blocking(move |db| {
            let txn = db.begin_read().map_err(internal)?;
            let meta = Self::read_meta(&txn.open_table(INDEXES).map_err(internal)?, &tenant, &id)?;
            match meta.dimension {
                None => return Ok((Vec::new(), SearchMode::Exact)),
                Some(d) if d != query.len() => {
                    return Err(StoreError::Dimension {
                        param: query_param.to_string(),
                        expected: d,
                        got: query.len(),
                    });
                }
                Some(_) => {}
            }
            let vectors = txn.open_table(VECTORS).map_err(internal)?;
            let candidates = match exact {
                true => None,
                false => ann.search(&id, &query, k, &filter),
            };
            let mut heap: BinaryHeap<Scored> = BinaryHeap::with_capacity(k + 1);
            let mut keep = |vid: &str, bytes: &[u8]| -> Result<(), StoreError> {
                let Some((values, extra)) = split_record(bytes) else {
                    return Ok(());
                };
                let score = meta.metric.score_stored(&query, values);
                // Only a record written before values were checked at the boundary can hold an
                // infinity; it cannot be ranked or answered.
                if !score.is_finite() {
                    return Ok(());
                }
                // Copied only when it would be kept (the top of the heap is the worst kept).
                if let Some(worst) = heap.peek().filter(|_| heap.len() == k) {
                    if score < worst.0 || (score == worst.0 && vid >= worst.1.as_str()) {
                        return Ok(());
                    }
                }
                if !filter.is_empty() {
                    let extra: Extra = serde_json::from_slice(extra).map_err(internal)?;
                    if !filter.matches(&extra.metadata) {
                        return Ok(());
                    }
                }
                heap.push(Scored(score, vid.to_string(), bytes.to_vec()));
                if heap.len() > k {
                    heap.pop();
                }
                Ok(())
            };
            let mode = match candidates {
                Some(ids) => {
                    for vid in ids {
                        if let Some(value) =
                            vectors.get(join(&id, &vid).as_str()).map_err(internal)?
                        {
                            keep(&vid, value.value())?;
                        }
                    }
                    SearchMode::Approximate
                }
                None => {
                    let (start, end) = under(&id);
                    for entry in vectors
                        .range(start.as_str()..end.as_str())
                        .map_err(internal)?
                    {
                        let (key, value) = entry.map_err(internal)?;
                        let vid = key
                            .value()
                            .split_once('\u{0}')
                            .map(|(_, v)| v)
                            .unwrap_or_default();
                        keep(vid, value.value())?;
                    }
                    SearchMode::Exact
                }
            };
            // Ascending in `Scored`'s reversed order: best first.
            let hits = heap
                .into_sorted_vec()
                .into_iter()
                .map(|Scored(score, vid, bytes)| {
                    let (vector, extra) = decode_vector(&bytes)
                        .ok_or_else(|| StoreError::Internal("corrupt vector record".into()))?;
                    let extra: Extra = serde_json::from_slice(extra).map_err(internal)?;
                    Ok(Hit {
                        id: vid,
                        score,
                        vector,
                        text: extra.text,
                        metadata: extra.metadata,
                    })
                })
                .collect::<Result<_, StoreError>>()?;
            Ok((hits, mode))
        })
        .await
    }
}

impl IndexStore {
    /// The `k` best BM25 matches of `query` among the index's texts whose metadata matches
    /// `filter`, best first, with their records; `score` is the BM25 score.
    pub async fn search_text(
        &self,
        tenant: &str,
        id: &str,
        query: String,
        k: usize,
        filter: Filter,
    ) -> Result<Vec<Hit>, StoreError> {
        let (tenant, id) = (tenant.to_string(), id.to_string());
        let search = self.search.clone();
        self.blocking(move |db| {
            let txn = db.begin_read().map_err(internal)?;
            Self::read_meta(&txn.open_table(INDEXES).map_err(internal)?, &tenant, &id)?;
            let ranked = search.search_text(&id, &query, k, &filter)?;
            let vectors = txn.open_table(VECTORS).map_err(internal)?;
            let mut hits = Vec::with_capacity(ranked.len());
            for (vid, score) in ranked {
                let key = join(&id, &vid);
                let Some(value) = vectors.get(key.as_str()).map_err(internal)? else {
                    continue;
                };
                let record = item(&key, value.value())?;
                hits.push(Hit {
                    id: vid,
                    score,
                    vector: record.vector,
                    text: record.text,
                    metadata: record.metadata,
                });
            }
            Ok(hits)
        })
        .await
    }
}

/// How a search was answered.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SearchMode {
    Exact,
    Approximate,
}

impl SearchMode {
    pub fn as_str(self) -> &'static str {
        match self {
            SearchMode::Exact => "exact",
            SearchMode::Approximate => "approximate",
        }
    }
}

/// A stored record as the graph takes it.
fn item(key: &str, bytes: &[u8]) -> Result<Item, StoreError> {
    let (vector, extra) =
        decode_vector(bytes).ok_or_else(|| StoreError::Internal("corrupt vector record".into()))?;
    let extra: Extra = serde_json::from_slice(extra).map_err(internal)?;
    Ok(Item {
        id: key
            .split_once('\u{0}')
            .map(|(_, v)| v)
            .unwrap_or_default()
            .to_string(),
        vector,
        text: extra.text,
        metadata: extra.metadata,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn meta(id: &str, tenant: &str, name: &str, metric: Metric) -> IndexMeta {
        IndexMeta {
            id: id.into(),
            tenant: tenant.into(),
            name: name.into(),
            metric,
            dimension: None,
            embedding_model: "m".into(),
            vector_count: 0,
            created_at: 0,
        }
    }

    fn rec(id: &str, v: &[f32], tag: &str) -> VectorRecord {
        let mut metadata = Map::new();
        metadata.insert("tag".into(), Value::String(tag.into()));
        VectorRecord {
            id: id.into(),
            vector: v.to_vec(),
            text: None,
            metadata,
            param: "/vectors/0/vector".into(),
        }
    }

    #[tokio::test]
    async fn lifecycle_search_and_tenancy() {
        let dir = tempfile::tempdir().unwrap();
        let store = IndexStore::open(
            Db::open(dir.path()).unwrap(),
            AnnSettings {
                min_vectors: 10_000,
                ef_search: 64,
                quantization: Default::default(),
            },
        )
        .unwrap();
        store
            .create(meta("idx_1", "a", "n", Metric::Euclidean))
            .await
            .unwrap();
        assert!(matches!(
            store.create(meta("idx_2", "a", "n", Metric::Dot)).await,
            Err(StoreError::NameTaken(_))
        ));
        store
            .create(meta("idx_2", "b", "n", Metric::Dot))
            .await
            .unwrap();
        let m = store
            .upsert(
                "a",
                "idx_1",
                vec![
                    rec("x", &[0.0, 0.0], "p"),
                    rec("y", &[3.0, 4.0], "q"),
                    rec("z", &[1.0, 0.0], "p"),
                ],
            )
            .await
            .unwrap();
        assert_eq!((m.dimension, m.vector_count), (Some(2), 3));
        assert!(matches!(
            store
                .upsert("a", "idx_1", vec![rec("w", &[1.0], "p")])
                .await,
            Err(StoreError::Dimension { .. })
        ));
        let hits = store
            .search(
                "a",
                "idx_1",
                vec![0.9, 0.0],
                2,
                Filter::default(),
                false,
                "/vector",
            )
            .await
            .unwrap()
            .0;
        assert_eq!(
            hits.iter().map(|h| h.id.as_str()).collect::<Vec<_>>(),
            ["z", "x"]
        );
        let mut filter = Map::new();
        filter.insert("tag".into(), Value::String("q".into()));
        let hits = store
            .search(
                "a",
                "idx_1",
                vec![0.0, 0.0],
                5,
                Filter::equal_to_all(filter),
                false,
                "/vector",
            )
            .await
            .unwrap()
            .0;
        assert_eq!(hits.len(), 1);
        assert_eq!(hits[0].id, "y");
        assert!((hits[0].score + 5.0).abs() < 1e-6);
        assert!(matches!(
            store.get("b", "idx_1").await,
            Err(StoreError::IndexNotFound(_))
        ));
        let (page, more) = store.list("a", 10, None).await.unwrap();
        assert_eq!((page.len(), more), (1, false));
        store.delete_vector("a", "idx_1", "y").await.unwrap();
        assert!(matches!(
            store.delete_vector("a", "idx_1", "y").await,
            Err(StoreError::VectorNotFound(_))
        ));
        store.delete("a", "idx_1").await.unwrap();
        assert!(matches!(
            store.get("a", "idx_1").await,
            Err(StoreError::IndexNotFound(_))
        ));
        // The name is free again.
        store
            .create(meta("idx_3", "a", "n", Metric::Angular))
            .await
            .unwrap();
    }
}
