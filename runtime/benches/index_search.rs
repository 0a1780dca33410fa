//! Index search at scale, through the store as the server uses it: approximate (the HNSW graph,
//! candidates re-scored exactly) against exact (a scan of the store), on clustered synthetic
//! vectors of dimension 384 (unit length, angular metric).
//!
//! `cargo bench -p lukhas-runtime --bench index_search` (in `make bench`; LUKHAS_BENCH_ANN_N sets
//! the index size, 100000 by default; LUKHAS_BENCH_ANN_EF the graph's ef). Prints recall@10
//! against the exact answer, latency percentiles and queries per second of each mode (one client),
//! the load time (store and graph), the rebuild time after a restart and the memory per vector.
//! Figures in docs/benchmarks.md.

use lukhas_runtime::store::{
    AnnSettings, Db, Filter, IndexMeta, IndexStore, Metric, SearchMode, VectorRecord,
};
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};
use serde_json::{Map, Value};
use std::time::{Duration, Instant};

const DIM: usize = 384;
const CLUSTERS: usize = 256;
const K: usize = 10;

fn env(name: &str, default: usize) -> usize {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

/// Points around random centres (a tenth of the spread), like embeddings of texts on topics.
struct Data {
    centres: Vec<Vec<f32>>,
    rng: StdRng,
}

impl Data {
    fn new(seed: u64) -> Data {
        let mut rng = StdRng::seed_from_u64(seed);
        let centres = (0..CLUSTERS)
            .map(|_| (0..DIM).map(|_| rng.random_range(-1.0f32..1.0)).collect())
            .collect();
        Data { centres, rng }
    }

    fn point(&mut self) -> (usize, Vec<f32>) {
        let c = self.rng.random_range(0..CLUSTERS);
        let mut v: Vec<f32> = self.centres[c]
            .iter()
            .map(|x| x + self.rng.random_range(-0.35f32..0.35))
            .collect();
        let norm = v.iter().map(|x| x * x).sum::<f32>().sqrt();
        v.iter_mut().for_each(|x| *x /= norm);
        (c, v)
    }
}

fn rss_bytes() -> u64 {
    let statm = std::fs::read_to_string("/proc/self/statm").unwrap_or_default();
    let pages: u64 = statm
        .split_whitespace()
        .nth(1)
        .and_then(|v| v.parse().ok())
        .unwrap_or(0);
    pages * 4096
}

fn percentile(sorted: &[Duration], p: f64) -> f64 {
    sorted[((sorted.len() as f64 * p) as usize).min(sorted.len() - 1)].as_secs_f64() * 1000.0
}

struct Run {
    latencies: Vec<Duration>,
    answers: Vec<Vec<String>>,
    modes: Vec<SearchMode>,
}

async fn run(store: &IndexStore, queries: &[Vec<f32>], filter: &Filter, exact: bool) -> Run {
    let mut run = Run {
        latencies: Vec::new(),
        answers: Vec::new(),
        modes: Vec::new(),
    };
    for q in queries {
        let started = Instant::now();
        let (hits, mode) = store
            .search(
                "bench",
                "idx_bench",
                q.clone(),
                K,
                filter.clone(),
                exact,
                "/vector",
            )
            .await
            .expect("search");
        run.latencies.push(started.elapsed());
        run.answers.push(hits.into_iter().map(|h| h.id).collect());
        run.modes.push(mode);
    }
    run.latencies.sort();
    run
}

fn recall(approx: &Run, exact: &Run) -> f64 {
    let mut found = 0;
    let mut wanted = 0;
    for (a, e) in approx.answers.iter().zip(&exact.answers) {
        wanted += e.len();
        found += a.iter().filter(|id| e.contains(id)).count();
    }
    found as f64 / wanted.max(1) as f64
}

fn row(name: &str, r: &Run, recall: Option<f64>) {
    let total: Duration = r.latencies.iter().sum();
    let qps = r.latencies.len() as f64 / total.as_secs_f64();
    let recall = recall.map_or("1 (reference)".to_string(), |v| format!("{v:.3}"));
    println!(
        "| {name} | {recall} | {:.2} | {:.2} | {qps:.0} |",
        percentile(&r.latencies, 0.5),
        percentile(&r.latencies, 0.99),
    );
}

fn main() {
    let n = env("LUKHAS_BENCH_ANN_N", 100_000);
    let ef = env("LUKHAS_BENCH_ANN_EF", 100);
    let settings = AnnSettings {
        min_vectors: 1_000,
        ef_search: ef,
    };
    let rt = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .expect("runtime");
    let dir = tempfile::tempdir().expect("temp dir");
    rt.block_on(async {
        let store = IndexStore::open(Db::open(dir.path()).expect("db"), settings).expect("store");
        store
            .create(IndexMeta {
                id: "idx_bench".into(),
                tenant: "bench".into(),
                name: "bench".into(),
                metric: Metric::Angular,
                dimension: None,
                embedding_model: "none".into(),
                vector_count: 0,
                created_at: 0,
            })
            .await
            .expect("create");
        let mut data = Data::new(7);
        let rss_before = rss_bytes();
        let started = Instant::now();
        let mut done = 0;
        while done < n {
            let batch = (n - done).min(5_000);
            let records = (done..done + batch)
                .map(|i| {
                    let (c, vector) = data.point();
                    let mut metadata = Map::new();
                    metadata.insert("shard".into(), Value::from(format!("s{}", c % 5)));
                    VectorRecord {
                        id: format!("v{i}"),
                        vector,
                        text: None,
                        metadata,
                        param: String::new(),
                    }
                })
                .collect();
            store.upsert("bench", "idx_bench", records).await.expect("upsert");
            done += batch;
            eprint!("\rloaded {done}/{n}");
        }
        let load = started.elapsed();
        let per_vector = rss_bytes().saturating_sub(rss_before) as f64 / n as f64;
        eprintln!();
        let queries: Vec<Vec<f32>> = (0..200).map(|_| data.point().1).collect();
        let few = &queries[..100.min(queries.len())];
        let none = Filter::default();
        let mut shard = Map::new();
        shard.insert("shard".into(), Value::from("s3"));
        let shard = Filter::equal_to_all(shard);

        let exact = run(&store, few, &none, true).await;
        let approx = run(&store, few, &none, false).await;
        let approx_all = run(&store, &queries, &none, false).await;
        let exact_filtered = run(&store, few, &shard, true).await;
        let approx_filtered = run(&store, few, &shard, false).await;
        assert!(approx.modes.iter().all(|m| *m == SearchMode::Approximate));
        assert!(approx_filtered.modes.iter().all(|m| *m == SearchMode::Approximate));

        println!("\nindex search: {n} vectors, dimension {DIM}, {CLUSTERS} clusters, angular, k = {K}, ef = {ef}\n");
        println!("| search | recall@10 | p50 ms | p99 ms | queries/s (1 client) |");
        println!("|---|---|---|---|---|");
        row("exact (scan of the store)", &exact, None);
        row("approximate (HNSW, re-scored)", &approx_all, Some(recall(&approx, &exact)));
        row("exact, filter keeping 1/5", &exact_filtered, None);
        row(
            "approximate, filter keeping 1/5",
            &approx_filtered,
            Some(recall(&approx_filtered, &exact_filtered)),
        );
        let speedup = (exact.latencies.iter().sum::<Duration>().as_secs_f64() / exact.latencies.len() as f64)
            / (approx_all.latencies.iter().sum::<Duration>().as_secs_f64() / approx_all.latencies.len() as f64);
        println!(
            "\nload (store and graph, batches of 5000): {:.1} s; approximate is {speedup:.0}x the exact throughput; process memory per vector {:.0} bytes (f32 values are {} bytes)",
            load.as_secs_f64(),
            per_vector,
            DIM * 4
        );
        drop(store);

        // A restart: the graph is rebuilt from the store in the background.
        let started = Instant::now();
        let store = IndexStore::open(Db::open(dir.path()).expect("db"), settings).expect("store");
        loop {
            let (_, mode) = store
                .search("bench", "idx_bench", queries[0].clone(), K, Filter::default(), false, "/vector")
                .await
                .expect("search");
            if mode == SearchMode::Approximate {
                break;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        println!("rebuild after a restart (searches exact meanwhile): {:.1} s", started.elapsed().as_secs_f64());
    });
}
