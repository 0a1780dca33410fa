//! Index search at scale, through the store as the server uses it: approximate (the HNSW graph,
//! candidates re-scored exactly) against exact (a scan of the store), on vectors of dimension 384
//! (unit length, angular metric): clustered synthetic ones, or real all-MiniLM-L6-v2 embeddings
//! of WordNet's glosses (Debian's `wordnet-base`, fetched by scripts/bench-corpus.sh).
//!
//! `cargo bench -p lukhas-runtime --bench index_search` (in `make bench`). Settings:
//! - LUKHAS_BENCH_ANN_N: the index size (100000 by default; the corpus has about 117,000 glosses)
//! - LUKHAS_BENCH_ANN_EF: the graph's ef (100)
//! - LUKHAS_BENCH_ANN_QUANT: `none` or `int8` (the graph's copy of the vectors)
//! - LUKHAS_BENCH_ANN_DATA: `synthetic` or `wordnet` (embedded once with the shipped model and
//!   cached in target/bench-data; the queries are 200 glosses that are not in the index)
//!
//! Prints recall@10 against the exact answer, latency percentiles and queries per second of each
//! mode (one client), the load time (store and graph), the rebuild time after a restart and the
//! memory per vector. Figures in docs/benchmarks.md.

use lukhas_runtime::engine::local::embedder::Embedder;
use lukhas_runtime::engine::EmbedInput;
use lukhas_runtime::store::{
    AnnSettings, Db, Filter, IndexMeta, IndexStore, Metric, Quantization, SearchMode, VectorRecord,
};
use rand::rngs::StdRng;
use rand::seq::SliceRandom;
use rand::{Rng, SeedableRng};
use serde_json::{Map, Value};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

const DIM: usize = 384;
const CLUSTERS: usize = 256;
const K: usize = 10;
const QUERIES: usize = 200;

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

/// The vectors to index, one at a time (each with a label that a filter keeps a fifth of), and
/// the queries.
enum Source {
    Synthetic(Box<Data>),
    /// f32 LE rows: the queries, then the vectors to index. Decoded as they are loaded, so the
    /// bytes stay as they are and the memory measured is the store's and the graph's.
    Corpus {
        rows: Vec<u8>,
        next: usize,
    },
}

impl Source {
    fn name(&self) -> &'static str {
        match self {
            Source::Synthetic(_) => "synthetic, 256 clusters",
            Source::Corpus { .. } => "WordNet glosses, all-MiniLM-L6-v2",
        }
    }

    fn row(rows: &[u8], i: usize) -> Vec<f32> {
        rows[i * DIM * 4..(i + 1) * DIM * 4]
            .chunks_exact(4)
            .map(|c| f32::from_le_bytes([c[0], c[1], c[2], c[3]]))
            .collect()
    }

    fn point(&mut self) -> (usize, Vec<f32>) {
        match self {
            Source::Synthetic(data) => data.point(),
            Source::Corpus { rows, next } => {
                *next += 1;
                (*next, Self::row(rows, QUERIES + *next - 1))
            }
        }
    }

    fn queries(&mut self) -> Vec<Vec<f32>> {
        match self {
            Source::Synthetic(data) => (0..QUERIES).map(|_| data.point().1).collect(),
            Source::Corpus { rows, .. } => (0..QUERIES).map(|i| Self::row(rows, i)).collect(),
        }
    }
}

/// WordNet's glosses (definitions and examples of each synset), shuffled, and their MiniLM
/// embeddings: `QUERIES + n` rows, computed once and kept in target/bench-data.
async fn wordnet(n: usize) -> Vec<u8> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let cache = root.join(format!("target/bench-data/wordnet-minilm-{n}.f32"));
    let want = (QUERIES + n) * DIM * 4;
    if let Ok(rows) = std::fs::read(&cache) {
        if rows.len() == want {
            return rows;
        }
    }
    let dir = std::env::var_os("LUKHAS_BENCH_WORDNET")
        .map(PathBuf::from)
        .unwrap_or_else(|| root.join(".tools/share/wordnet"));
    let mut glosses = Vec::new();
    for part in ["noun", "verb", "adj", "adv"] {
        let path = dir.join(format!("data.{part}"));
        let text = std::fs::read_to_string(&path)
            .unwrap_or_else(|e| panic!("{}: {e} (run scripts/bench-corpus.sh)", path.display()));
        // Lines that start with spaces are the licence; a synset's gloss follows ` | `.
        glosses.extend(
            text.lines()
                .filter(|l| !l.starts_with(' '))
                .filter_map(|l| l.split_once(" | ").map(|(_, g)| g.trim().to_string())),
        );
    }
    glosses.sort();
    glosses.dedup();
    glosses.shuffle(&mut StdRng::seed_from_u64(7));
    assert!(
        glosses.len() >= QUERIES + n,
        "the corpus has {} glosses, {} wanted",
        glosses.len(),
        QUERIES + n
    );
    glosses.truncate(QUERIES + n);
    let models = std::env::var_os("LUKHAS_MODELS_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| {
            PathBuf::from(std::env::var("HOME").unwrap_or_default()).join(".cache/lukhas/models")
        });
    let embedder = Embedder::load(&models.join("all-minilm-l6-v2"), "all-minilm-l6-v2")
        .expect("MiniLM (make models)");
    let started = Instant::now();
    let mut rows = Vec::with_capacity(want);
    for (i, batch) in glosses.chunks(64).enumerate() {
        let inputs = batch.iter().map(|g| EmbedInput::Text(g.clone())).collect();
        for v in embedder.embed(inputs).await.expect("embed").vectors {
            rows.extend(v.iter().flat_map(|x| x.to_le_bytes()));
        }
        if i % 50 == 0 {
            eprint!(
                "\rembedding glosses {}/{} ({:.0}/s)",
                rows.len() / DIM / 4,
                glosses.len(),
                (rows.len() / DIM / 4) as f64 / started.elapsed().as_secs_f64()
            );
        }
    }
    eprintln!();
    std::fs::create_dir_all(cache.parent().expect("parent")).expect("target/bench-data");
    std::fs::write(&cache, &rows).expect("cache");
    rows
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
    let quantization = match std::env::var("LUKHAS_BENCH_ANN_QUANT").as_deref() {
        Ok("int8") => Quantization::Int8,
        _ => Quantization::None,
    };
    let settings = AnnSettings {
        min_vectors: 1_000,
        ef_search: ef,
        quantization,
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
        let mut data = match std::env::var("LUKHAS_BENCH_ANN_DATA").as_deref() {
            Ok("wordnet") => Source::Corpus { rows: wordnet(n).await, next: 0 },
            _ => Source::Synthetic(Box::new(Data::new(7))),
        };
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
        let queries = data.queries();
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

        println!(
            "\nindex search: {n} vectors ({}), dimension {DIM}, angular, k = {K}, ef = {ef}, quantization {quantization:?}\n",
            data.name()
        );
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
