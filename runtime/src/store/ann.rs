//! Approximate nearest-neighbour search: one HNSW graph (hnsw_rs) per index, in memory.
//!
//! The store stays the source of truth. Every graph is rebuilt from it when the server starts
//! (on a background thread, progress in the log; until an index's graph is ready its searches are
//! exact), and every committed write is applied to the graph before the write is answered, so an
//! acknowledged vector is searchable at once and a crash loses nothing the graph held.
//!
//! A graph answers only for what it does well: indexes with at least `min_vectors` live vectors,
//! `angular` or `euclidean` (a dot product is not a distance HNSW can walk), and filters that
//! keep at least a tenth of the index (the filter is applied while the graph is walked; a more
//! selective one is answered by an exact scan, which then still finds `k` matches). Deleted and
//! replaced vectors stay in the graph as tombstones that searches step over.

use super::indexes::{matches, Metric};
use hnsw_rs::prelude::{Distance, FilterT, Hnsw};
use serde_json::{Map, Value};
use std::collections::HashMap;
use std::sync::{Arc, RwLock};

/// Neighbours kept per node and layer, and the candidates explored while inserting: hnswlib's
/// usual values, which give recall@10 above 0.95 on 384-dimension embeddings (docs/benchmarks.md).
const M: usize = 16;
const EF_CONSTRUCTION: usize = 128;
const MAX_LAYER: usize = 16;

/// A vector as the graph takes it: its id, values and metadata.
pub struct Item {
    pub id: String,
    pub vector: Vec<f32>,
    pub metadata: Map<String, Value>,
}

/// A committed change, applied to an index's graph.
pub enum Change {
    Upsert(Vec<Item>),
    Delete(String),
}

/// The settings of approximate search (`storage.ann_*` in the config).
#[derive(Clone, Copy, Debug)]
pub struct AnnSettings {
    pub min_vectors: u64,
    pub ef_search: usize,
}

pub struct Ann {
    settings: AnnSettings,
    graphs: RwLock<HashMap<String, Arc<RwLock<Entry>>>>,
}

enum Entry {
    /// Rebuilding from the store: changes committed meanwhile wait here.
    Building(Vec<Change>),
    Ready(Graph),
}

impl Ann {
    pub fn new(settings: AnnSettings) -> Ann {
        Ann {
            settings,
            graphs: RwLock::default(),
        }
    }

    /// Whether a graph serves this metric at all.
    pub fn serves(metric: Metric) -> bool {
        metric != Metric::Dot
    }

    fn entry(&self, index: &str) -> Option<Arc<RwLock<Entry>>> {
        read(&self.graphs).get(index).cloned()
    }

    /// Marks an index as being rebuilt (before the server takes requests).
    pub fn start_building(&self, index: &str) {
        write(&self.graphs).insert(
            index.to_string(),
            Arc::new(RwLock::new(Entry::Building(Vec::new()))),
        );
    }

    /// Installs a rebuilt graph, with the changes committed while it was built.
    pub fn finish_building(&self, index: &str, mut graph: Graph) {
        let Some(entry) = self.entry(index) else {
            return; // deleted meanwhile
        };
        let mut entry = write(&entry);
        if let Entry::Building(pending) = &mut *entry {
            for change in pending.drain(..) {
                graph.apply(change);
            }
            *entry = Entry::Ready(graph);
        }
    }

    /// Applies a committed change (a new index gets its graph with its first vectors).
    pub fn apply(&self, index: &str, metric: Metric, change: Change) {
        if !Ann::serves(metric) {
            return;
        }
        let entry = match self.entry(index) {
            Some(e) => e,
            None => write(&self.graphs)
                .entry(index.to_string())
                .or_insert_with(|| Arc::new(RwLock::new(Entry::Ready(Graph::new(metric, 0)))))
                .clone(),
        };
        let mut entry = write(&entry);
        match &mut *entry {
            Entry::Building(pending) => pending.push(change),
            Entry::Ready(graph) => graph.apply(change),
        }
    }

    pub fn drop_index(&self, index: &str) {
        write(&self.graphs).remove(index);
    }

    /// The ids of the (approximately) `k` nearest live vectors matching `filter`, or `None` when
    /// this index is searched exactly (too small, still building, a dot product, or a selective
    /// filter).
    pub fn search(
        &self,
        index: &str,
        query: &[f32],
        k: usize,
        filter: &Map<String, Value>,
    ) -> Option<Vec<String>> {
        let entry = self.entry(index)?;
        let entry = read(&entry);
        let Entry::Ready(graph) = &*entry else {
            return None;
        };
        if (graph.live as u64) < self.settings.min_vectors {
            return None;
        }
        if !filter.is_empty() && graph.share_kept(filter) < 0.1 {
            return None;
        }
        Some(graph.search(query, k, self.settings.ef_search.max(k), filter))
    }
}

/// One index's graph, with what the graph's numeric ids stand for.
pub struct Graph {
    hnsw: Hnsw<'static, f32, Dist>,
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

impl Graph {
    /// An empty graph sized for about `expected` vectors.
    pub fn new(metric: Metric, expected: usize) -> Graph {
        Graph {
            hnsw: Hnsw::new(
                M,
                expected.max(1024),
                MAX_LAYER,
                EF_CONSTRUCTION,
                Dist(metric),
            ),
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

    /// Adds vectors, a batch on every core.
    pub fn extend(&mut self, items: Vec<Item>) {
        let mut batch = Vec::with_capacity(items.len());
        for item in items {
            let (slot, vector) = self.slot_for(item);
            batch.push((vector, slot));
        }
        let refs: Vec<(&[f32], usize)> = batch.iter().map(|(v, s)| (v.as_slice(), *s)).collect();
        self.hnsw.parallel_insert_slice(&refs);
    }

    fn apply(&mut self, change: Change) {
        match change {
            Change::Upsert(items) => self.extend(items),
            Change::Delete(id) => {
                if let Some(slot) = self.by_id.remove(&id) {
                    self.slots[slot].live = false;
                    self.live -= 1;
                }
            }
        }
    }

    /// A new slot for `item` (the one it replaces becomes a tombstone), and the vector to insert.
    fn slot_for(&mut self, item: Item) -> (usize, Vec<f32>) {
        let slot = self.slots.len();
        if let Some(old) = self.by_id.insert(item.id.clone(), slot) {
            self.slots[old].live = false;
        } else {
            self.live += 1;
        }
        self.slots.push(Slot {
            id: item.id,
            metadata: item.metadata,
            live: true,
        });
        (slot, self.metric.prepare(item.vector))
    }

    /// The share of live vectors `filter` keeps, estimated on an even sample of the slots (a
    /// count over all of them would cost as much as the search it decides on).
    fn share_kept(&self, filter: &Map<String, Value>) -> f64 {
        const SAMPLE: usize = 1024;
        let step = (self.slots.len() / SAMPLE).max(1);
        let (mut live, mut kept) = (0usize, 0usize);
        for s in self.slots.iter().step_by(step).filter(|s| s.live) {
            live += 1;
            kept += usize::from(matches(filter, &s.metadata));
        }
        kept as f64 / live.max(1) as f64
    }

    fn search(
        &self,
        query: &[f32],
        k: usize,
        ef: usize,
        filter: &Map<String, Value>,
    ) -> Vec<String> {
        let query = self.metric.prepare(query.to_vec());
        let keep = |slot: &usize| {
            let s = &self.slots[*slot];
            s.live && (filter.is_empty() || matches(filter, &s.metadata))
        };
        let all_live = self.live == self.slots.len() && filter.is_empty();
        let found = if all_live {
            self.hnsw.search_filter(&query, k, ef, None)
        } else {
            self.hnsw
                .search_filter(&query, k, ef, Some(&keep as &dyn FilterT))
        };
        found
            .into_iter()
            .filter(|n| keep(&n.d_id))
            .map(|n| self.slots[n.d_id].id.clone())
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
            metadata,
        }
    }

    fn ann(min_vectors: u64) -> Ann {
        Ann::new(AnnSettings {
            min_vectors,
            ef_search: 32,
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
        let hits = ann.search("idx", &q, 3, &Map::new()).unwrap();
        assert_eq!(hits[0], "v0");
        ann.apply("idx", Metric::Angular, Change::Delete("v0".into()));
        let hits = ann.search("idx", &q, 3, &Map::new()).unwrap();
        assert!(!hits.contains(&"v0".to_string()), "{hits:?}");
        let mut filter = Map::new();
        filter.insert("tag".into(), Value::String("odd".into()));
        let hits = ann.search("idx", &q, 5, &filter).unwrap();
        assert_eq!(hits.len(), 5);
        assert!(hits.iter().all(|h| h[1..].parse::<u32>().unwrap() % 2 == 1));
        // A replaced vector answers with its new place only.
        ann.apply(
            "idx",
            Metric::Angular,
            Change::Upsert(vec![item("v100", &q, "odd")]),
        );
        let hits = ann.search("idx", &q, 1, &Map::new()).unwrap();
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
        assert!(ann.search("small", &[1.0, 0.0], 1, &Map::new()).is_none());
        ann.apply(
            "dot",
            Metric::Dot,
            Change::Upsert(
                (0..20)
                    .map(|i| item(&i.to_string(), &[1.0, 0.0], "x"))
                    .collect(),
            ),
        );
        assert!(ann.search("dot", &[1.0, 0.0], 1, &Map::new()).is_none());
        ann.start_building("b");
        ann.apply(
            "b",
            Metric::Euclidean,
            Change::Upsert(vec![item("late", &[5.0, 5.0], "x")]),
        );
        assert!(ann.search("b", &[5.0, 5.0], 1, &Map::new()).is_none());
        let mut graph = Graph::new(Metric::Euclidean, 20);
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
            ann.search("b", &[5.0, 5.0], 1, &Map::new()).unwrap(),
            ["late"]
        );
        let mut rare = Map::new();
        rare.insert("tag".into(), Value::String("rare".into()));
        assert!(ann.search("b", &[0.0, 0.0], 1, &rare).is_none());
    }
}
