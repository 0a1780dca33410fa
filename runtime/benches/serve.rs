//! End-to-end benchmark of `lukhas serve` on its embedded models, over HTTP, in one run:
//! `cargo bench -p lukhas-runtime --bench serve` (release build; `make bench` runs it).
//!
//! Prints a Markdown table for `docs/benchmarks.md`: embedding latency and throughput (one
//! request of 64, and 64 concurrent single requests that the server batches), generation prompt
//! processing, time to first token and decode speed, and the server's peak RSS. The `echo`
//! engine is measured side by side as the HTTP/JSON floor. With `LUKHAS_BENCH_PYTHON` set (as
//! `make bench` does), `scripts/reference_embeddings.py` embeds the same sentences with NumPy in the
//! same run: its throughput is the reference, and its vectors must agree with the server's.

use futures::StreamExt;
use serde_json::{json, Value};
use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

const TOKEN: &str = "bench-token";

struct Server {
    child: Child,
    base: String,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn start() -> Server {
    let dir = tempfile::tempdir().unwrap().keep();
    let config = dir.join("lukhas.yaml");
    std::fs::write(
        &config,
        format!(
            "server: {{bind: '127.0.0.1:0', request_timeout_ms: 600000}}\n\
             storage: {{dir: '{}'}}\nauth: {{keys_file: '{}'}}\n\
             models:\n  default_generation: lukhas-matriz\n  default_embedding: text-embedding-minilm\n  registry:\n\
             \x20   - {{id: lukhas-matriz, engine: local, capabilities: [generation], path: smollm2-135m-instruct/SmolLM2-135M-Instruct.Q4_1.gguf, system_prompt: You are a helpful assistant.}}\n\
             \x20   - {{id: text-embedding-minilm, engine: local, capabilities: [embedding], path: all-minilm-l6-v2}}\n\
             \x20   - {{id: echo, engine: echo, capabilities: [generation, embedding]}}\n",
            dir.join("data").display(),
            dir.join("keys.yaml").display()
        ),
    )
    .unwrap();
    let mut child = Command::new(env!("CARGO_BIN_EXE_lukhas"))
        .args(["serve", "--config"])
        .arg(&config)
        .current_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/.."))
        .env("LUKHAS_API_TOKEN", TOKEN)
        .env("LUKHAS_LOG", "warn")
        // Measures the engines, not the limits (64 concurrent clients exceed embeddings_rps).
        .env("LUKHAS_RELIABILITY_RATES__ENABLED", "false")
        .stdout(Stdio::piped())
        .spawn()
        .expect("start lukhas");
    let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
    let base = loop {
        let line = lines.next().expect("lukhas exited").unwrap();
        if let Some(rest) = line.strip_prefix("lukhas listening on ") {
            break rest.split_whitespace().next().unwrap().to_string();
        }
    };
    std::thread::spawn(move || for _ in lines {});
    Server { child, base }
}

/// Peak resident set size of a process, from /proc (Linux).
fn peak_rss_mb(pid: u32) -> f64 {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap_or_default();
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.trim().trim_end_matches(" kB").trim().parse::<f64>().ok())
        .map_or(f64::NAN, |kb| kb / 1024.0)
}

/// Varied sentences of 8-16 words, deterministic.
fn sentences(n: usize) -> Vec<String> {
    let words = [
        "the", "river", "carries", "old", "songs", "past", "quiet", "towns", "where", "people",
        "forget", "their", "keys", "and", "find", "new", "reasons", "to", "stay", "awake", "under",
        "bright", "lanterns", "while", "markets", "close", "early", "today",
    ];
    (0..n)
        .map(|i| {
            let len = 8 + i % 9;
            (0..len)
                .map(|j| words[(i * 7 + j * 13 + j * j) % words.len()])
                .collect::<Vec<_>>()
                .join(" ")
        })
        .collect()
}

struct Bench {
    http: reqwest::Client,
    base: String,
}

impl Bench {
    async fn post(&self, path: &str, body: &Value) -> Value {
        let r = self
            .http
            .post(format!("{}{path}", self.base))
            .bearer_auth(TOKEN)
            .json(body)
            .send()
            .await
            .unwrap();
        assert!(r.status().is_success(), "{path}: {}", r.status());
        r.json().await.unwrap()
    }

    async fn embed(&self, model: &str, input: Value) {
        self.post(
            "/v1/embeddings",
            &json!({"model": model, "input": input, "encoding_format": "float"}),
        )
        .await;
    }

    /// Median and p95 of single-sentence request latency, in ms.
    async fn embed_latency(&self, model: &str, rounds: usize) -> (f64, f64) {
        let texts = sentences(rounds);
        let mut ms = Vec::new();
        for t in texts {
            let start = Instant::now();
            self.embed(model, json!(t)).await;
            ms.push(start.elapsed().as_secs_f64() * 1000.0);
        }
        ms.sort_by(f64::total_cmp);
        (ms[ms.len() / 2], ms[ms.len() * 95 / 100])
    }

    /// Sentences per second, requests of `batch` inputs, one at a time.
    async fn embed_batched(&self, model: &str, batch: usize, rounds: usize) -> f64 {
        let texts = sentences(batch * rounds);
        let start = Instant::now();
        for chunk in texts.chunks(batch) {
            self.embed(model, json!(chunk)).await;
        }
        (batch * rounds) as f64 / start.elapsed().as_secs_f64()
    }

    /// Sentences per second, `clients` single-sentence requests in flight at once.
    async fn embed_concurrent(&self, model: &str, clients: usize, rounds: usize) -> f64 {
        let texts = sentences(clients * rounds);
        let start = Instant::now();
        futures::stream::iter(texts)
            .map(|t| async move { self.embed(model, json!(t)).await })
            .buffer_unordered(clients)
            .collect::<Vec<_>>()
            .await;
        (clients * rounds) as f64 / start.elapsed().as_secs_f64()
    }

    /// Streams a chat completion; returns (time to first token, decode tokens/s, prompt tokens,
    /// completion tokens).
    async fn generate(&self, prompt: &str, max_tokens: u32) -> (Duration, f64, u64, u64) {
        let g = self.generate_with(prompt, max_tokens, json!({})).await;
        (g.first, g.decode, g.prompt, g.completion)
    }

    /// Milliseconds per generated token with `extra` request fields, measured as the difference
    /// between a 160- and a 32-token run of the same request (same seed, so the first 32 tokens
    /// are the same): prompt processing, and text a tool call holds back before its first
    /// visible delta, cancel out.
    async fn time_per_token(&self, prompt: &str, extra: Value) -> f64 {
        let short = self.generate_with(prompt, 32, extra.clone()).await;
        let long = self.generate_with(prompt, 160, extra).await;
        (long.total - short.total).as_secs_f64() * 1000.0
            / (long.completion - short.completion) as f64
    }

    /// [`Bench::generate`] with more request fields (a response format, tools).
    async fn generate_with(&self, prompt: &str, max_tokens: u32, extra: Value) -> Generation {
        let mut body = json!({"model": "lukhas-matriz", "stream": true, "max_tokens": max_tokens,
                          "temperature": 0.7, "seed": 1, "stream_options": {"include_usage": true},
                          "messages": [{"role": "user", "content": prompt}]});
        for (k, v) in extra.as_object().into_iter().flatten() {
            body[k] = v.clone();
        }
        let start = Instant::now();
        let r = self
            .http
            .post(format!("{}/v1/chat/completions", self.base))
            .bearer_auth(TOKEN)
            .json(&body)
            .send()
            .await
            .unwrap();
        let mut events = eventsource_stream::Eventsource::eventsource(r.bytes_stream());
        let (mut first, mut last) = (None, start.elapsed());
        let mut usage = Value::Null;
        while let Some(event) = events.next().await {
            let data = event.unwrap().data;
            if data == "[DONE]" {
                break;
            }
            let v: Value = serde_json::from_str(&data).unwrap();
            if v["usage"].is_object() {
                usage = v["usage"].clone();
            }
            let delta = &v["choices"][0]["delta"];
            let content = delta["content"].as_str().unwrap_or("");
            let args = delta["tool_calls"][0]["function"]["arguments"]
                .as_str()
                .unwrap_or("");
            if !content.is_empty() || !args.is_empty() {
                first.get_or_insert(start.elapsed());
                last = start.elapsed();
            }
        }
        let total = start.elapsed();
        let first = first.expect("no token streamed");
        let completion = usage["completion_tokens"].as_u64().unwrap();
        Generation {
            first,
            decode: (completion.saturating_sub(1)) as f64 / (last - first).as_secs_f64(),
            prompt: usage["prompt_tokens"].as_u64().unwrap(),
            completion,
            total,
        }
    }
}

/// One streamed generation, as the client saw it.
struct Generation {
    /// Time to the first visible token.
    first: Duration,
    /// Tokens per second after the first visible one.
    decode: f64,
    prompt: u64,
    completion: u64,
    /// Time to the end of the stream.
    total: Duration,
}

/// Runs `scripts/reference_embeddings.py` on the batch benchmark's sentences: its throughput, and
/// the lowest cosine between its vectors and the server's for the same texts.
async fn reference_embeddings(b: &Bench, python: &str) -> (f64, f64) {
    use std::io::Write;
    let texts = sentences(64 * 20);
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/..");
    let models = std::env::var("LUKHAS_MODELS_DIR")
        .unwrap_or_else(|_| format!("{}/.cache/lukhas/models", std::env::var("HOME").unwrap()));
    let mut child = Command::new(python)
        .arg(format!("{root}/scripts/reference_embeddings.py"))
        .arg(format!("{models}/all-minilm-l6-v2"))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("start the reference");
    child
        .stdin
        .take()
        .unwrap()
        .write_all(serde_json::to_string(&texts).unwrap().as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success(), "the reference failed");
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    let theirs = v["vectors"].as_array().unwrap();
    let ours = b
        .post(
            "/v1/embeddings",
            &json!({"model": "text-embedding-minilm", "input": &texts[..theirs.len()],
                    "encoding_format": "float"}),
        )
        .await;
    let agreement = theirs
        .iter()
        .zip(ours["data"].as_array().unwrap())
        .map(|(t, o)| {
            let t = t.as_array().unwrap();
            let o = o["embedding"].as_array().unwrap();
            t.iter()
                .zip(o)
                .map(|(x, y)| x.as_f64().unwrap() * y.as_f64().unwrap())
                .sum::<f64>()
        })
        .fold(f64::INFINITY, f64::min);
    (v["sentences_per_s"].as_f64().unwrap(), agreement)
}

#[tokio::main]
async fn main() {
    let _ = rustls::crypto::ring::default_provider().install_default();
    let load = Instant::now();
    let server = start();
    let loaded = load.elapsed();
    let pid = server.child.id();
    let rss_loaded = peak_rss_mb(pid);
    let b = Bench {
        http: reqwest::Client::builder()
            .pool_max_idle_per_host(128)
            .build()
            .unwrap(),
        base: server.base.clone(),
    };
    eprintln!("warming up ...");
    b.embed_batched("text-embedding-minilm", 64, 2).await;
    b.generate("Hello", 8).await;

    let mut rows: Vec<(String, String)> = Vec::new();
    let mut row = |name: &str, value: String| {
        eprintln!("{name}: {value}");
        rows.push((name.to_string(), value));
    };
    row(
        "start-up, both models loaded",
        format!("{:.2} s", loaded.as_secs_f64()),
    );

    let (p50, p95) = b.embed_latency("text-embedding-minilm", 100).await;
    row(
        "embeddings, 1 sentence per request: latency p50 / p95",
        format!("{p50:.1} ms / {p95:.1} ms"),
    );
    let (e50, e95) = b.embed_latency("echo", 100).await;
    row(
        "  echo engine, same requests (HTTP floor): p50 / p95",
        format!("{e50:.1} ms / {e95:.1} ms"),
    );
    let batch = b.embed_batched("text-embedding-minilm", 64, 20).await;
    row(
        "embeddings, batch of 64 per request: throughput",
        format!("{batch:.0} sentences/s"),
    );
    let echo_batch = b.embed_batched("echo", 64, 20).await;
    row(
        "  echo engine, same requests (HTTP floor)",
        format!("{echo_batch:.0} sentences/s"),
    );
    let sequential = b.embed_concurrent("text-embedding-minilm", 1, 200).await;
    row(
        "embeddings, 1 client of single sentences",
        format!("{sequential:.0} sentences/s"),
    );
    let concurrent = b.embed_concurrent("text-embedding-minilm", 64, 10).await;
    row(
        "embeddings, 64 concurrent clients of single sentences (server-side batching)",
        format!(
            "{concurrent:.0} sentences/s ({:.1}x one client)",
            concurrent / sequential
        ),
    );

    match std::env::var("LUKHAS_BENCH_PYTHON") {
        Ok(python) => {
            let (reference, agreement) = reference_embeddings(&b, &python).await;
            row(
                "reference: NumPy/OpenBLAS MiniLM, batch of 64, same sentences, in process",
                format!(
                    "{reference:.0} sentences/s (lukhas over HTTP: {:.2}x)",
                    batch / reference
                ),
            );
            row(
                "reference agreement: lowest cosine, server vs NumPy vector",
                format!("{agreement:.6}"),
            );
        }
        Err(_) => row(
            "reference (NumPy MiniLM)",
            "skipped: set LUKHAS_BENCH_PYTHON (make bench does)".into(),
        ),
    }

    let long_prompt = sentences(40).join(". ");
    let (ttft_long, _, prompt_tokens, _) = b.generate(&long_prompt, 2).await;
    row(
        "generation, prompt processing",
        format!(
            "{:.0} tokens/s ({prompt_tokens}-token prompt in {:.0} ms)",
            prompt_tokens as f64 / ttft_long.as_secs_f64(),
            ttft_long.as_secs_f64() * 1000.0
        ),
    );
    let mut ttfts = Vec::new();
    let mut decodes = Vec::new();
    let mut tokens = 0;
    for _ in 0..3 {
        let (ttft, decode, _, completion) = b
            .generate(
                "Write a long essay about rivers and the towns along them.",
                128,
            )
            .await;
        ttfts.push(ttft.as_secs_f64() * 1000.0);
        decodes.push(decode);
        tokens += completion;
    }
    ttfts.sort_by(f64::total_cmp);
    decodes.sort_by(f64::total_cmp);
    row(
        "generation, time to first token (short chat prompt), median of 3",
        format!("{:.0} ms", ttfts[1]),
    );
    row(
        "generation, decode speed, median of 3",
        format!(
            "{:.1} tokens/s ({} tokens generated in all)",
            decodes[1], tokens
        ),
    );
    // Constrained decoding against free decoding, same prompt, seed and length, side by side:
    // the grammar's cost per token (masks over the 49k-token vocabulary, then the sampler).
    let essay = "Write a long essay about rivers and the towns along them.";
    let format = json!({"response_format": {"type": "json_schema", "json_schema": {"name": "essay",
        "strict": true, "schema": {"type": "object", "properties": {"title": {"type": "string"},
        "body": {"type": "string", "minLength": 2000}}, "required": ["title", "body"],
        "additionalProperties": false}}}});
    let tools = json!({"tool_choice": "required", "tools": [{"type": "function", "function": {
        "name": "publish", "parameters": {"type": "object", "properties": {"text": {"type": "string",
        "minLength": 2000}}, "required": ["text"]}}}]});
    let (mut free, mut json_mode, mut tool_mode) = (Vec::new(), Vec::new(), Vec::new());
    for _ in 0..3 {
        free.push(b.time_per_token(essay, json!({})).await);
        json_mode.push(b.time_per_token(essay, format.clone()).await);
        tool_mode.push(b.time_per_token(essay, tools.clone()).await);
    }
    for v in [&mut free, &mut json_mode, &mut tool_mode] {
        v.sort_by(f64::total_cmp);
    }
    for (name, ms) in [
        ("a JSON schema", json_mode[1]),
        ("a required tool call", tool_mode[1]),
    ] {
        row(
            &format!("constrained decoding, {name}: time per token, median of 3"),
            format!(
                "{ms:.2} ms against {:.2} ms free: {:+.1}%",
                free[1],
                100.0 * (ms / free[1] - 1.0)
            ),
        );
    }
    row(
        "peak RSS after loading both models",
        format!("{rss_loaded:.0} MB"),
    );
    row(
        "peak RSS after the whole run",
        format!("{:.0} MB", peak_rss_mb(pid)),
    );

    println!("| measure | result |\n|---|---|");
    for (name, value) in rows {
        println!("| {name} | {value} |");
    }
}
