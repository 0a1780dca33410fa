//! The search structures derived from the store, per index and in memory: an HNSW graph
//! (hnsw_rs) for approximate vector search and a BM25 index (the `bm25` crate) of the stored texts.
//!
//! The store stays the source of truth. Everything here is rebuilt from it when the server starts
//! (on a background thread, progress in the log; until an index is rebuilt its vector searches
//! are exact and its text searches answer 503 with `retry-after`), and every committed write is
//! applied here before the write is answered, so an acknowledged vector is searchable at once and
//! a crash loses nothing these structures held.
//!
//! A graph answers only for what it does well: indexes with at least `min_vectors` live vectors,
//! `angular` or `euclidean` (a dot product is not a distance HNSW can walk), and filters that
//! keep at least a tenth of the index (the filter is applied while the graph is walked; a more
//! selective one is answered by an exact scan, which then still finds `k` matches). Deleted and
//! replaced vectors stay in the graph as tombstones that searches step over.
//!
//! With `quantization: int8` the graph keeps each vector as 384 signed bytes and a scale instead
//! of 384 floats (a quarter of the memory); it then returns three times `k` candidates, which the
//! store re-scores exactly from the f32 values it keeps, so rounding moves no answer's score and
//! costs recall only where the walk itself goes astray (docs/benchmarks.md).
//!
//! hnsw_rs: pure Rust, MIT/Apache-2.0, concurrent inserts and searches, and search with a filter
//! callback. bm25: a small pure-Rust BM25 scorer with an inverted index that takes inserts and
//! removals one document at a time, and an English tokenizer with stemming and stop words (a full
//! search engine such as tantivy would keep a second store on disk beside redb).

use super::filter::Filter;
use super::indexes::{Hit, Metric};
use super::StoreError;
use bm25::{Embedder, EmbedderBuilder, Language, Scorer};
use hnsw_rs::prelude::{Distance, FilterT, Hnsw, Neighbour};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};
use std::collections::HashMap;
use std::sync::{Arc, RwLock};

/// Neighbours kept per node and layer, and the candidates explored while inserting: hnswlib's
/// usual values, which give recall@10 above 0.95 on 384-dimension embeddings (docs/benchmarks.md).
const M: usize = 16;
const EF_CONSTRUCTION: usize = 128;
const MAX_LAYER: usize = 16;

/// A stored vector as the search structures take it.
pub struct Item {
    pub id: String,
    pub vector: Vec<f32>,
    pub text: Option<String>,
    pub metadata: Map<String, Value>,
}

/// A committed change, applied to an index's search structures.
pub enum Change {
    Upsert(Vec<Item>),
    Delete(Vec<String>),
}

/// The settings of approximate search (`storage.ann_*` in the config).
#[derive(Clone, Copy, Debug)]
pub struct AnnSettings {
    pub min_vectors: u64,
    pub ef_search: usize,
    pub quantization: Quantization,
}

/// How the graph keeps its copy of each vector; the store always keeps the f32 values.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Quantization {
    /// 4 bytes a value, as stored.
    #[default]
    None,
    /// 1 byte a value and a 4-byte scale per vector; candidates re-scored exactly.
    Int8,
}

/// Candidates an int8 graph returns per result wanted, for the exact re-scoring to choose from.
const INT8_CANDIDATES: usize = 3;

/// The search structures of every index.
pub struct Searchers {
    settings: AnnSettings,
    indexes: RwLock<HashMap<String, Arc<RwLock<Entry>>>>,
}

enum Entry {
    /// Rebuilding from the store: changes committed meanwhile wait here.
    Building(Vec<Change>),
    Ready(Box<IndexSearch>),
    /// The rebuild failed (the store could not be read): vector searches stay exact, text
    /// searches fail, changes are not kept (the next start rebuilds).
    Failed,
}

impl Searchers {
    pub fn new(settings: AnnSettings) -> Searchers {
        Searchers {
            settings,
            indexes: RwLock::default(),
        }
    }

    pub fn settings(&self) -> AnnSettings {
        self.settings
    }

    /// Whether a graph serves this metric at all.
    pub fn serves(metric: Metric) -> bool {
        metric != Metric::Dot
    }

    fn entry(&self, index: &str) -> Option<Arc<RwLock<Entry>>> {
        read(&self.indexes).get(index).cloned()
    }

    /// Marks an index as being rebuilt (before the server takes requests).
    pub fn start_building(&self, index: &str) {
        write(&self.indexes).insert(
            index.to_string(),
            Arc::new(RwLock::new(Entry::Building(Vec::new()))),
        );
    }

    /// Installs rebuilt structures, with the changes committed while they were built.
    pub fn finish_building(&self, index: &str, mut built: IndexSearch) {
        let Some(entry) = self.entry(index) else {
            return; // deleted meanwhile
        };
        let mut entry = write(&entry);
        if let Entry::Building(pending) = &mut *entry {
            for change in pending.drain(..) {
                built.apply(change);
            }
            *entry = Entry::Ready(Box::new(built));
        }
    }

    /// Gives up on an index whose rebuild failed.
    pub fn fail_building(&self, index: &str) {
        if let Some(entry) = self.entry(index) {
            *write(&entry) = Entry::Failed;
        }
    }

    /// Applies a committed change (a new index gets its structures with its first vectors).
    pub fn apply(&self, index: &str, metric: Metric, change: Change) {
        let entry = match self.entry(index) {
            Some(e) => e,
            None => {
                let texts: Vec<&str> = match &change {
                    Change::Upsert(items) => {
                        items.iter().filter_map(|i| i.text.as_deref()).collect()
                    }
                    Change::Delete(_) => Vec::new(),
                };
                let fresh = IndexSearch::new(metric, self.settings.quantization, 0, &texts);
                write(&self.indexes)
                    .entry(index.to_string())
                    .or_insert_with(|| Arc::new(RwLock::new(Entry::Ready(Box::new(fresh)))))
                    .clone()
            }
        };
        let mut entry = write(&entry);
        match &mut *entry {
            Entry::Building(pending) => pending.push(change),
            Entry::Ready(search) => search.apply(change),
            Entry::Failed => {}
        }
    }

    pub fn drop_index(&self, index: &str) {
        write(&self.indexes).remove(index);
    }

    /// The ids of the (approximately) `k` nearest live vectors matching `filter`, or `None` when
    /// this index is searched exactly (too small, still building, a dot product, or a selective
    /// filter).
    pub fn search(
        &self,
        index: &str,
        query: &[f32],
        k: usize,
        filter: &Filter,
    ) -> Option<Vec<String>> {
        let entry = self.entry(index)?;
        let entry = read(&entry);
        let Entry::Ready(search) = &*entry else {
            return None;
        };
        if search.hnsw.is_none() || (search.live as u64) < self.settings.min_vectors {
            return None;
        }
        if !filter.is_empty() && search.share_kept(filter) < 0.1 {
            return None;
        }
        let wanted = match search.hnsw {
            Some(Graph::Int8(_)) => k * INT8_CANDIDATES,
            _ => k,
        };
        Some(search.nearest(query, wanted, self.settings.ef_search.max(wanted), filter))
    }

    /// The `k` best BM25 matches of `query` among the index's texts whose metadata matches
    /// `filter`: (vector id, score), best first.
    pub fn search_text(
        &self,
        index: &str,
        query: &str,
        k: usize,
        filter: &Filter,
    ) -> Result<Vec<(String, f64)>, StoreError> {
        let Some(entry) = self.entry(index) else {
            return Ok(Vec::new()); // nothing was ever written
        };
        let entry = read(&entry);
        match &*entry {
            Entry::Ready(search) => Ok(search.matches(query, k, filter)),
            Entry::Building(_) => Err(StoreError::Loading),
            Entry::Failed => Err(StoreError::Internal(format!(
                "the text index of {index} could not be rebuilt at start"
            ))),
        }
    }
}

/// Reciprocal rank fusion of two rankings (best first): an id scores `weight / (60 + rank)` in
/// each list it is in (ranks from 1; 60 is the constant of Cormack, Clarke and Büttcher, which
/// damps the first ranks' lead). The `k` best, best first, ties by id.
pub fn fuse(
    vector: &[String],
    text: &[String],
    weights: (f64, f64),
    k: usize,
) -> Vec<(String, f64)> {
    const C: f64 = 60.0;
    let mut fused: HashMap<&str, f64> = HashMap::new();
    for (list, weight) in [(vector, weights.0), (text, weights.1)] {
        for (rank, id) in list.iter().enumerate() {
            *fused.entry(id.as_str()).or_default() += weight / (C + rank as f64 + 1.0);
        }
    }
    let mut out: Vec<(String, f64)> = fused
        .into_iter()
        .map(|(id, score)| (id.to_string(), score))
        .collect();
    out.sort_by(|a, b| b.1.total_cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    out.truncate(k);
    out
}

/// [`fuse`] over two searches' hits: the `k` best records, each with its fused score.
pub fn fuse_hits(
    by_vector: Vec<Hit>,
    by_text: Vec<Hit>,
    weights: (f64, f64),
    k: usize,
) -> Vec<Hit> {
    let ids = |hits: &[Hit]| hits.iter().map(|h| h.id.clone()).collect::<Vec<_>>();
    let fused = fuse(&ids(&by_vector), &ids(&by_text), weights, k);
    let mut records: HashMap<String, Hit> = by_text
        .into_iter()
        .chain(by_vector)
        .map(|h| (h.id.clone(), h))
        .collect();
    fused
        .into_iter()
        .filter_map(|(id, score)| records.remove(&id).map(|h| Hit { score, ..h }))
        .collect()
}

/// An HNSW graph over the vectors as given or quantized to int8 ([`Quantized`]).
enum Graph {
    F32(Hnsw<'static, f32, Dist>),
    Int8(Hnsw<'static, i8, Quantized>),
}

impl Graph {
    fn new(metric: Metric, quantization: Quantization, expected: usize) -> Graph {
        let capacity = expected.max(1024);
        match quantization {
            Quantization::None => Graph::F32(Hnsw::new(
                M,
                capacity,
                MAX_LAYER,
                EF_CONSTRUCTION,
                Dist(metric),
            )),
            Quantization::Int8 => Graph::Int8(Hnsw::new(
                M,
                capacity,
                MAX_LAYER,
                EF_CONSTRUCTION,
                Quantized(metric),
            )),
        }
    }

    /// Inserts prepared vectors with their slots, on every core.
    fn insert(&self, batch: &[(Vec<f32>, usize)]) {
        match self {
            Graph::F32(hnsw) => {
                let refs: Vec<(&[f32], usize)> =
                    batch.iter().map(|(v, s)| (v.as_slice(), *s)).collect();
                hnsw.parallel_insert_slice(&refs);
            }
            Graph::Int8(hnsw) => {
                let coded: Vec<(Vec<i8>, usize)> = batch
                    .iter()
                    .map(|(v, s)| (Quantized::encode(v), *s))
                    .collect();
                let refs: Vec<(&[i8], usize)> =
                    coded.iter().map(|(v, s)| (v.as_slice(), *s)).collect();
                hnsw.parallel_insert_slice(&refs);
            }
        }
    }

    fn search(
        &self,
        query: &[f32],
        k: usize,
        ef: usize,
        filter: Option<&dyn FilterT>,
    ) -> Vec<Neighbour> {
        match self {
            Graph::F32(hnsw) => hnsw.search_filter(query, k, ef, filter),
            Graph::Int8(hnsw) => hnsw.search_filter(&Quantized::encode(query), k, ef, filter),
        }
    }
}

/// One index's search structures, with what their numeric ids (slots) stand for.
pub struct IndexSearch {
    /// None for `dot` indexes.
    hnsw: Option<Graph>,
    embedder: Embedder,
    text: Scorer<usize>,
    metric: Metric,
    slots: Vec<Slot>,
    by_id: HashMap<String, usize>,
    live: usize,
}

struct Slot {
    id: String,
    metadata: Map<String, Value>,
    live: bool,
}

impl IndexSearch {
    /// Empty structures sized for about `expected` vectors. BM25 normalises by the average text
    /// length, taken from `sample` (texts of the index) or, with none, the bm25 crate's 256 tokens.
    pub fn new(
        metric: Metric,
        quantization: Quantization,
        expected: usize,
        sample: &[&str],
    ) -> IndexSearch {
        let embedder = match sample.is_empty() {
            true => EmbedderBuilder::with_avgdl(0.0).language_mode(Language::English),
            false => EmbedderBuilder::with_fit_to_corpus(Language::English, sample),
        };
        let hnsw = Searchers::serves(metric).then(|| Graph::new(metric, quantization, expected));
        IndexSearch {
            hnsw,
            embedder: embedder.build(),
            text: Scorer::new(),
            metric,
            slots: Vec::with_capacity(expected),
            by_id: HashMap::with_capacity(expected),
            live: 0,
        }
    }

    pub fn len(&self) -> usize {
        self.live
    }

    pub fn is_empty(&self) -> bool {
        self.live == 0
    }

    /// Adds vectors, the graph's part of a batch on every core.
    pub fn extend(&mut self, items: Vec<Item>) {
        let mut batch = Vec::with_capacity(items.len());
        for item in items {
            let (slot, vector) = self.slot_for(item);
            batch.push((vector, slot));
        }
        if let Some(graph) = &self.hnsw {
            graph.insert(&batch);
        }
    }

    fn apply(&mut self, change: Change) {
        match change {
            Change::Upsert(items) => self.extend(items),
            Change::Delete(ids) => {
                for id in ids {
                    if let Some(slot) = self.by_id.remove(&id) {
                        self.retire(slot);
                        self.live -= 1;
                    }
                }
            }
        }
    }

    /// A slot leaves every search: a tombstone in the graph, gone from the text index.
    fn retire(&mut self, slot: usize) {
        self.slots[slot].live = false;
        self.text.remove(&slot);
    }

    /// A new slot for `item` (the one it replaces is retired), and the vector for the graph.
    fn slot_for(&mut self, item: Item) -> (usize, Vec<f32>) {
        let slot = self.slots.len();
        match self.by_id.insert(item.id.clone(), slot) {
            Some(old) => self.retire(old),
            None => self.live += 1,
        }
        if let Some(text) = &item.text {
            self.text.upsert(&slot, self.embedder.embed(text));
        }
        self.slots.push(Slot {
            id: item.id,
            metadata: item.metadata,
            live: true,
        });
        (slot, self.metric.prepare(item.vector))
    }

    fn kept(&self, slot: usize, filter: &Filter) -> bool {
        let s = &self.slots[slot];
        s.live && filter.matches(&s.metadata)
    }

    /// The share of live vectors `filter` keeps, estimated on an even sample of the slots (a
    /// count over all of them would cost as much as the search it decides on).
    fn share_kept(&self, filter: &Filter) -> f64 {
        const SAMPLE: usize = 1024;
        let step = (self.slots.len() / SAMPLE).max(1);
        let (mut live, mut kept) = (0usize, 0usize);
        for s in self.slots.iter().step_by(step).filter(|s| s.live) {
            live += 1;
            kept += usize::from(filter.matches(&s.metadata));
        }
        kept as f64 / live.max(1) as f64
    }

    fn nearest(&self, query: &[f32], k: usize, ef: usize, filter: &Filter) -> Vec<String> {
        let Some(hnsw) = &self.hnsw else {
            return Vec::new();
        };
        let query = self.metric.prepare(query.to_vec());
        let keep = |slot: &usize| self.kept(*slot, filter);
        let found = if self.live == self.slots.len() && filter.is_empty() {
            hnsw.search(&query, k, ef, None)
        } else {
            hnsw.search(&query, k, ef, Some(&keep as &dyn FilterT))
        };
        found
            .into_iter()
            .filter(|n| keep(&n.d_id))
            .map(|n| self.slots[n.d_id].id.clone())
            .collect()
    }

    fn matches(&self, query: &str, k: usize, filter: &Filter) -> Vec<(String, f64)> {
        self.text
            .matches(&self.embedder.embed(query))
            .into_iter()
            .filter(|d| self.kept(d.id, filter))
            .take(k)
            .map(|d| (self.slots[d.id].id.clone(), f64::from(d.score)))
            .collect()
    }
}

impl Metric {
    /// The vector as the graph stores it: unit length for `angular` (its distance is then
    /// 1 - dot), as it is otherwise.
    fn prepare(self, mut v: Vec<f32>) -> Vec<f32> {
        if self == Metric::Angular {
            let norm = v.iter().map(|x| f64::from(*x).powi(2)).sum::<f64>().sqrt();
            if norm > 0.0 {
                v.iter_mut()
                    .for_each(|x| *x = (f64::from(*x) / norm) as f32);
            }
        }
        v
    }
}

/// The graph's distance: never negative or NaN for finite inputs (hnsw_rs asserts it).
struct Dist(Metric);

impl Distance<f32> for Dist {
    fn eval(&self, a: &[f32], b: &[f32]) -> f32 {
        match self.0 {
            Metric::Euclidean => a
                .iter()
                .zip(b)
                .map(|(x, y)| (x - y) * (x - y))
                .sum::<f32>()
                .sqrt(),
            _ => (1.0 - a.iter().zip(b).map(|(x, y)| x * y).sum::<f32>()).max(0.0),
        }
    }
}

/// The int8 graph's distance. A vector is coded as its scale (an f32 in the first four bytes)
/// and each value divided by it, rounded: the scale is the largest magnitude over 127, so every
/// vector uses the whole int8 range whatever its spread. The distances are those of the decoded
/// vectors: for `angular` (unit vectors) 1 - the dot product, an integer sum scaled once.
struct Quantized(Metric);

impl Quantized {
    const HEADER: usize = 4;

    fn encode(v: &[f32]) -> Vec<i8> {
        let max = v.iter().fold(0.0f32, |m, x| m.max(x.abs()));
        let scale = if max > 0.0 { max / 127.0 } else { 1.0 };
        let mut out = Vec::with_capacity(Self::HEADER + v.len());
        out.extend(scale.to_le_bytes().map(|b| b as i8));
        out.extend(
            v.iter()
                .map(|x| (x / scale).round().clamp(-127.0, 127.0) as i8),
        );
        out
    }

    fn split(v: &[i8]) -> (f32, &[i8]) {
        let (head, values) = v.split_at(Self::HEADER);
        let bytes = [head[0] as u8, head[1] as u8, head[2] as u8, head[3] as u8];
        (f32::from_le_bytes(bytes), values)
    }
}

impl Distance<i8> for Quantized {
    fn eval(&self, a: &[i8], b: &[i8]) -> f32 {
        let ((sa, a), (sb, b)) = (Self::split(a), Self::split(b));
        match self.0 {
            Metric::Euclidean => a
                .iter()
                .zip(b)
                .map(|(x, y)| {
                    let d = sa * f32::from(*x) - sb * f32::from(*y);
                    d * d
                })
                .sum::<f32>()
                .sqrt(),
            _ => {
                let dot: i32 = a
                    .iter()
                    .zip(b)
                    .map(|(x, y)| i32::from(*x) * i32::from(*y))
                    .sum();
                (1.0 - sa * sb * dot as f32).max(0.0)
            }
        }
    }
}

fn read<T>(lock: &RwLock<T>) -> std::sync::RwLockReadGuard<'_, T> {
    lock.read().unwrap_or_else(|e| e.into_inner())
}

fn write<T>(lock: &RwLock<T>) -> std::sync::RwLockWriteGuard<'_, T> {
    lock.write().unwrap_or_else(|e| e.into_inner())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn item(id: &str, v: &[f32], tag: &str) -> Item {
        let mut metadata = Map::new();
        metadata.insert("tag".into(), Value::String(tag.into()));
        Item {
            id: id.into(),
            vector: v.to_vec(),
            text: Some(format!("item {id} is {tag}")),
            metadata,
        }
    }

    fn ann(min_vectors: u64) -> Searchers {
        Searchers::new(AnnSettings {
            min_vectors,
            ef_search: 32,
            quantization: Quantization::None,
        })
    }

    #[test]
    fn finds_neighbours_skips_tombstones_and_applies_filters() {
        let ann = ann(1);
        let items: Vec<Item> = (0..200)
            .map(|i| {
                let t = i as f32 / 10.0;
                item(
                    &format!("v{i}"),
                    &[t.cos(), t.sin(), 0.5],
                    if i % 2 == 0 { "even" } else { "odd" },
                )
            })
            .collect();
        ann.apply("idx", Metric::Angular, Change::Upsert(items));
        let q = [0.0f32.cos(), 0.0f32.sin(), 0.5];
        let hits = ann.search("idx", &q, 3, &Filter::default()).unwrap();
        assert_eq!(hits[0], "v0");
        ann.apply("idx", Metric::Angular, Change::Delete(vec!["v0".into()]));
        let hits = ann.search("idx", &q, 3, &Filter::default()).unwrap();
        assert!(!hits.contains(&"v0".to_string()), "{hits:?}");
        let mut filter = Map::new();
        filter.insert("tag".into(), Value::String("odd".into()));
        let hits = ann
            .search("idx", &q, 5, &Filter::equal_to_all(filter))
            .unwrap();
        assert_eq!(hits.len(), 5);
        assert!(hits.iter().all(|h| h[1..].parse::<u32>().unwrap() % 2 == 1));
        // A replaced vector answers with its new place only.
        ann.apply(
            "idx",
            Metric::Angular,
            Change::Upsert(vec![item("v100", &q, "odd")]),
        );
        let hits = ann.search("idx", &q, 1, &Filter::default()).unwrap();
        assert_eq!(hits, ["v100"]);
    }

    #[test]
    fn small_dot_building_and_selective_searches_are_exact() {
        let ann = ann(10);
        ann.apply(
            "small",
            Metric::Euclidean,
            Change::Upsert(vec![item("a", &[1.0, 0.0], "x")]),
        );
        assert!(ann
            .search("small", &[1.0, 0.0], 1, &Filter::default())
            .is_none());
        ann.apply(
            "dot",
            Metric::Dot,
            Change::Upsert(
                (0..20)
                    .map(|i| item(&i.to_string(), &[1.0, 0.0], "x"))
                    .collect(),
            ),
        );
        assert!(ann
            .search("dot", &[1.0, 0.0], 1, &Filter::default())
            .is_none());
        ann.start_building("b");
        ann.apply(
            "b",
            Metric::Euclidean,
            Change::Upsert(vec![item("late", &[5.0, 5.0], "x")]),
        );
        assert!(ann
            .search("b", &[5.0, 5.0], 1, &Filter::default())
            .is_none());
        let mut graph = IndexSearch::new(Metric::Euclidean, Quantization::None, 20, &[]);
        graph.extend(
            (0..20)
                .map(|i| {
                    item(
                        &i.to_string(),
                        &[i as f32, 0.0],
                        if i == 3 { "rare" } else { "x" },
                    )
                })
                .collect(),
        );
        ann.finish_building("b", graph);
        // The change committed during the rebuild is there.
        assert_eq!(
            ann.search("b", &[5.0, 5.0], 1, &Filter::default()).unwrap(),
            ["late"]
        );
        let mut rare = Map::new();
        rare.insert("tag".into(), Value::String("rare".into()));
        assert!(ann
            .search("b", &[0.0, 0.0], 1, &Filter::equal_to_all(rare))
            .is_none());
    }

    #[test]
    fn text_search_ranks_by_bm25_filters_and_forgets_deleted() {
        let ann = ann(1);
        let doc = |id: &str, text: &str, lang: &str| {
            let mut metadata = Map::new();
            metadata.insert("lang".into(), Value::String(lang.into()));
            Item {
                id: id.into(),
                vector: vec![1.0, 0.0],
                text: Some(text.into()),
                metadata,
            }
        };
        ann.apply(
            "t",
            Metric::Dot,
            Change::Upsert(vec![
                doc(
                    "pw",
                    "How do I reset my password? Open settings, then security.",
                    "en",
                ),
                doc("mk", "Stock markets closed higher on Friday.", "en"),
                doc("pw2", "Password resets are in the security settings.", "de"),
            ]),
        );
        let none = Filter::default();
        let hits = ann
            .search_text("t", "resetting passwords", 5, &none)
            .unwrap();
        let ids: Vec<&str> = hits.iter().map(|(id, _)| id.as_str()).collect();
        assert_eq!(ids.len(), 2, "{hits:?}");
        assert!(ids.contains(&"pw") && ids.contains(&"pw2"));
        assert!(hits[0].1 >= hits[1].1 && hits[1].1 > 0.0);
        let mut en = Map::new();
        en.insert("lang".into(), Value::String("en".into()));
        let en = Filter::equal_to_all(en);
        let hits = ann.search_text("t", "password", 5, &en).unwrap();
        assert_eq!(hits.len(), 1);
        assert_eq!(hits[0].0, "pw");
        ann.apply("t", Metric::Dot, Change::Delete(vec!["pw".into()]));
        assert!(ann.search_text("t", "password", 5, &en).unwrap().is_empty());
        assert!(ann
            .search_text("unknown", "password", 5, &none)
            .unwrap()
            .is_empty());
        ann.start_building("b");
        assert!(matches!(
            ann.search_text("b", "password", 5, &none),
            Err(StoreError::Loading)
        ));
        ann.fail_building("b");
        ann.apply(
            "b",
            Metric::Dot,
            Change::Upsert(vec![doc("x", "password", "en")]),
        );
        assert!(matches!(
            ann.search_text("b", "password", 5, &none),
            Err(StoreError::Internal(_))
        ));
    }

    #[test]
    fn int8_graph_tracks_exact_distances_and_returns_more_candidates() {
        use rand::{Rng, SeedableRng};
        // Deterministic random vectors of dimension 32.
        let vector = |i: usize| -> Vec<f32> {
            let mut rng = rand::rngs::StdRng::seed_from_u64(i as u64);
            (0..32).map(|_| rng.random_range(-1.0f32..1.0)).collect()
        };
        for metric in [Metric::Angular, Metric::Euclidean] {
            let q = Quantized(metric);
            let exact = Dist(metric);
            for i in 0..50 {
                let (a, b) = (metric.prepare(vector(i)), metric.prepare(vector(i + 1)));
                let (qa, qb) = (Quantized::encode(&a), Quantized::encode(&b));
                let (got, want) = (q.eval(&qa, &qb), exact.eval(&a, &b));
                assert!(
                    (got - want).abs() <= 0.02 * want.max(1.0),
                    "{metric:?}: {got} vs {want}"
                );
                assert_eq!(qa.len(), Quantized::HEADER + 32);
            }
        }
        let ann = Searchers::new(AnnSettings {
            min_vectors: 1,
            ef_search: 32,
            quantization: Quantization::Int8,
        });
        let items = (0..500)
            .map(|i| item(&format!("v{i}"), &vector(i), "x"))
            .collect();
        ann.apply("q", Metric::Angular, Change::Upsert(items));
        let found = ann
            .search("q", &vector(123), 4, &Filter::default())
            .unwrap();
        assert_eq!(found.len(), 4 * INT8_CANDIDATES);
        assert_eq!(found[0], "v123");
    }

    #[test]
    fn fusion_rewards_agreement_and_honours_weights() {
        let v: Vec<String> = ["a", "b", "c"].map(String::from).to_vec();
        let t: Vec<String> = ["c", "d"].map(String::from).to_vec();
        let fused = fuse(&v, &t, (1.0, 1.0), 4);
        assert_eq!(fused[0].0, "c"); // in both lists
        assert_eq!(fused.len(), 4);
        let text_only = fuse(&v, &t, (0.0, 1.0), 2);
        assert_eq!(
            text_only
                .iter()
                .map(|(id, _)| id.as_str())
                .collect::<Vec<_>>(),
            ["c", "d"]
        );
    }
}
