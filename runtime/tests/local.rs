//! The embedded `local` engine over real HTTP: MiniLM embeddings and SmolLM2 generation, loaded
//! from the files `make models` fetches (the test target runs it first).

mod common;

use base64::Engine as _;
use common::{bin, temp_dir, Options, Server, TOKEN};
use futures::StreamExt;
use serde_json::{json, Value};
use std::process::Command;

const LOCAL_MODELS: &str = "models:
  default_generation: lukhas-matriz
  default_embedding: text-embedding-minilm
  registry:
    - {id: lukhas-matriz, engine: local, capabilities: [generation], queue: 1,
       path: smollm2-135m-instruct/SmolLM2-135M-Instruct.Q4_1.gguf,
       system_prompt: You are a helpful assistant.}
    - {id: text-embedding-minilm, engine: local, capabilities: [embedding], path: all-minilm-l6-v2}
";

fn local() -> Server {
    Server::start(Options {
        models: LOCAL_MODELS.into(),
        // Debug builds on a shared 2-core machine: generous, the tests assert behaviour not speed.
        env: vec![("LUKHAS_SERVER__REQUEST_TIMEOUT_MS".into(), "300000".into())],
        ..Default::default()
    })
}

/// A client without a total timeout: debug builds generate slowly on a shared machine.
fn client() -> reqwest::Client {
    reqwest::Client::new()
}

async fn post(server: &Server, path: &str, body: Value) -> (u16, Value) {
    common::post_json(&client(), server.url(path), &body).await
}

fn floats(v: &Value) -> Vec<f32> {
    v.as_array()
        .unwrap()
        .iter()
        .map(|x| x.as_f64().unwrap() as f32)
        .collect()
}

fn cosine(a: &[f32], b: &[f32]) -> f32 {
    a.iter().zip(b).map(|(x, y)| x * y).sum()
}

async fn embed(server: &Server, input: Value) -> Vec<Vec<f32>> {
    let (status, v) = post(
        server,
        "/v1/embeddings",
        json!({"model": "text-embedding-minilm", "input": input, "encoding_format": "float"}),
    )
    .await;
    assert_eq!(status, 200, "{v}");
    v["data"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| floats(&d["embedding"]))
        .collect()
}

#[tokio::test]
async fn embeddings_capture_meaning() {
    let server = local();
    let texts = [
        "How do I reset my password?",
        "I forgot my password and need to change it.",
        "Stocks fell sharply after the central bank raised interest rates.",
    ];
    let v = embed(&server, json!(texts)).await;
    assert_eq!(v.len(), 3);
    for e in &v {
        assert_eq!(e.len(), 384);
        let norm = e.iter().map(|x| x * x).sum::<f32>().sqrt();
        assert!((norm - 1.0).abs() < 1e-4, "not unit length: {norm}");
    }
    let paraphrase = cosine(&v[0], &v[1]);
    let unrelated = cosine(&v[0], &v[2]);
    assert!(
        paraphrase > unrelated + 0.3,
        "paraphrase {paraphrase} vs unrelated {unrelated}"
    );

    // The same text alone and inside a (padded) batch gives the same vector.
    let alone = embed(&server, json!(texts[0])).await;
    let diff = alone[0]
        .iter()
        .zip(&v[0])
        .map(|(a, b)| (a - b).abs())
        .fold(0.0, f32::max);
    assert!(diff < 1e-5, "batched vector differs by {diff}");

    // base64 (the SDK's default) decodes to the float vector.
    let (status, b) = post(
        &server,
        "/v1/embeddings",
        json!({"model": "text-embedding-minilm", "input": texts[0], "encoding_format": "base64"}),
    )
    .await;
    assert_eq!(status, 200);
    let bytes = base64::engine::general_purpose::STANDARD
        .decode(b["data"][0]["embedding"].as_str().unwrap())
        .unwrap();
    let decoded: Vec<f32> = bytes
        .chunks_exact(4)
        .map(|c| f32::from_le_bytes(c.try_into().unwrap()))
        .collect();
    assert_eq!(decoded, alone[0]);
    // Usage counts the tokenizer's tokens, [CLS] and [SEP] included.
    assert_eq!(b["usage"]["prompt_tokens"], 9);

    // An index created without a model embeds its texts with MiniLM.
    let (status, index) = post(
        &server,
        "/v1/indexes",
        json!({"name": "faq", "metric": "angular"}),
    )
    .await;
    assert_eq!(status, 201, "{index}");
    let id = index["id"].as_str().unwrap();
    let items = json!({"vectors": [
        {"id": "pw", "text": texts[1]},
        {"id": "stocks", "text": texts[2]},
    ]});
    let (status, v) = post(&server, &format!("/v1/indexes/{id}/vectors"), items).await;
    assert_eq!(status, 200, "{v}");
    let (status, found) = post(
        &server,
        &format!("/v1/indexes/{id}/search"),
        json!({"text": texts[0], "k": 2}),
    )
    .await;
    assert_eq!(status, 200, "{found}");
    assert_eq!(found["data"][0]["id"], "pw", "{found}");
}

#[tokio::test]
async fn generation_answers_and_honours_limits() {
    let server = local();
    let (status, r) = post(
        &server,
        "/v1/responses",
        json!({"model": "lukhas-matriz", "input": "What is the capital of France?",
               "temperature": 0, "max_output_tokens": 40}),
    )
    .await;
    assert_eq!(status, 200, "{r}");
    let text = r["output"][0]["content"][0]["text"].as_str().unwrap();
    assert!(text.contains("Paris"), "{text}");
    assert!(r["usage"]["input_tokens"].as_u64().unwrap() > 7);

    let (status, r) = post(
        &server,
        "/v1/responses",
        json!({"model": "lukhas-matriz", "input": "Tell me a long story about a dragon.",
               "max_output_tokens": 5}),
    )
    .await;
    assert_eq!(status, 200, "{r}");
    assert_eq!(r["status"], "incomplete");
    assert_eq!(r["incomplete_details"]["reason"], "max_output_tokens");
    assert_eq!(r["usage"]["output_tokens"], 5);

    // A prompt beyond the served context is a 400, before any generation.
    let (status, r) = post(
        &server,
        "/v1/responses",
        json!({"model": "lukhas-matriz", "input": "river ".repeat(3000)}),
    )
    .await;
    assert_eq!(status, 400, "{r}");
    assert_eq!(r["error"]["code"], "context_length_exceeded");

    // A stop sequence cuts the text before it.
    let (status, r) = post(
        &server,
        "/v1/chat/completions",
        json!({"model": "lukhas-matriz", "temperature": 0, "max_tokens": 40, "stop": ["Paris"],
               "messages": [{"role": "user", "content": "What is the capital of France?"}]}),
    )
    .await;
    assert_eq!(status, 200, "{r}");
    assert_eq!(r["choices"][0]["finish_reason"], "stop");
    let content = r["choices"][0]["message"]["content"].as_str().unwrap();
    assert!(!content.contains("Paris"), "{content}");

    // The model's queue was measured: three jobs taken (the 400 never queued), none waiting.
    let metrics = server.metrics().await;
    for line in [
        r#"lukhas_model_queue_wait_seconds_count{model="lukhas-matriz"} 3"#,
        r#"lukhas_model_queue_depth{model="lukhas-matriz"} 0"#,
        r#"gen_ai_client_token_usage_count{gen_ai_operation_name="chat",gen_ai_request_model="lukhas-matriz",gen_ai_token_type="output"} 3"#,
    ] {
        assert!(metrics.contains(line), "{line} not in {metrics}");
    }
}

/// The concatenated `delta.content` of a streamed chat completion, and its finish reason.
async fn streamed_chat(server: &Server, body: Value) -> (String, String) {
    let r = client()
        .post(server.url("/v1/chat/completions"))
        .bearer_auth(TOKEN)
        .json(&body)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
    let mut events = eventsource_stream::Eventsource::eventsource(r.bytes_stream());
    let (mut text, mut finish) = (String::new(), String::new());
    while let Some(event) = events.next().await {
        let data = event.unwrap().data;
        if data == "[DONE]" {
            return (text, finish);
        }
        let v: Value = serde_json::from_str(&data).unwrap();
        let choice = &v["choices"][0];
        text.push_str(choice["delta"]["content"].as_str().unwrap_or(""));
        if let Some(f) = choice["finish_reason"].as_str() {
            finish = f.to_string();
        }
    }
    panic!("the stream ended without [DONE]");
}

/// Tokens the server's embedded generators have produced, from `/metrics`.
async fn generated_tokens(server: &Server) -> u64 {
    server
        .metrics()
        .await
        .lines()
        .find_map(|l| l.strip_prefix("lukhas_generated_tokens_total "))
        .and_then(|v| v.trim().parse().ok())
        .unwrap_or(0)
}

#[tokio::test]
async fn a_client_that_leaves_stops_the_generation() {
    let server = local();
    let body = json!({"model": "lukhas-matriz", "temperature": 0, "max_tokens": 400, "stream": true,
                      "messages": [{"role": "user", "content": "Write a very long story about a dragon who lives in a castle by the sea."}]});
    let r = client()
        .post(server.url("/v1/chat/completions"))
        .bearer_auth(TOKEN)
        .json(&body)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
    let mut events = eventsource_stream::Eventsource::eventsource(r.bytes_stream());
    let mut seen = 0u64;
    while seen < 8 {
        let data = events.next().await.unwrap().unwrap().data;
        let v: Value = serde_json::from_str(&data).unwrap();
        if v["choices"][0]["delta"]["content"]
            .as_str()
            .is_some_and(|c| !c.is_empty())
        {
            seen += 1;
        }
    }
    drop(events); // the client goes away mid-stream
                  // The count settles once the worker has stopped; had it not, it would climb towards 400.
    let mut count = generated_tokens(&server).await;
    for _ in 0..30 {
        tokio::time::sleep(std::time::Duration::from_millis(300)).await;
        let now = generated_tokens(&server).await;
        if now == count {
            break;
        }
        count = now;
    }
    assert!(
        count <= seen + 8,
        "generation went on after the client left: {count} tokens for {seen} seen"
    );
}

#[tokio::test]
async fn streamed_tokens_equal_the_whole_text_for_a_seed() {
    let server = local();
    let body = json!({"model": "lukhas-matriz", "temperature": 0.9, "seed": 42, "max_tokens": 32,
                      "messages": [{"role": "user", "content": "Write a haiku about autumn."}]});
    let (status, whole) = post(&server, "/v1/chat/completions", body.clone()).await;
    assert_eq!(status, 200, "{whole}");
    let text = whole["choices"][0]["message"]["content"].as_str().unwrap();
    assert!(!text.is_empty());
    let mut streamed = body;
    streamed["stream"] = json!(true);
    let (streamed_text, finish) = streamed_chat(&server, streamed).await;
    assert_eq!(streamed_text, text);
    assert_eq!(
        finish,
        whole["choices"][0]["finish_reason"].as_str().unwrap()
    );
}

#[tokio::test]
async fn a_dream_runs_every_step_on_the_model() {
    let server = local();
    let (status, d) = post(
        &server,
        "/v1/dreams",
        json!({"seed": "a lighthouse that collects lost songs",
               "constraints": {"max_tokens_per_step": 64, "avoid_words": ["ocean"],
                               "sampling_seed": 3}}),
    )
    .await;
    assert_eq!(status, 200, "{d}");
    let traces = d["traces"].as_array().unwrap();
    let steps: Vec<&str> = traces.iter().map(|t| t["step"].as_str().unwrap()).collect();
    assert_eq!(steps, ["imagine", "expand", "critique"]);
    for t in traces {
        let content = t["content"].as_str().unwrap();
        assert!(content.split_whitespace().count() >= 3, "{t}");
        assert!(!content.to_lowercase().contains("ocean"), "{t}");
        assert!(t["usage"]["output_tokens"].as_u64().unwrap() > 0, "{t}");
    }
    // No step copies an earlier one (a small model otherwise repeats whole sentences).
    let words = |t: &Value| -> Vec<String> {
        t["content"]
            .as_str()
            .unwrap()
            .split_whitespace()
            .map(str::to_lowercase)
            .collect()
    };
    for pair in traces.windows(2) {
        let (before, after) = (words(&pair[0]).join(" "), words(&pair[1]));
        for run in after.windows(8) {
            assert!(
                !before.contains(&run.join(" ")),
                "copied: {run:?}\n{before}"
            );
        }
    }
    // Each step sees the earlier ones, so its prompt is longer.
    let inputs: Vec<u64> = traces
        .iter()
        .map(|t| t["usage"]["input_tokens"].as_u64().unwrap())
        .collect();
    assert!(inputs.windows(2).all(|w| w[1] > w[0]), "{inputs:?}");

    // Streamed: the text arrives token by token, then each step's trace, then the dream.
    let r = client()
        .post(server.url("/v1/dreams"))
        .bearer_auth(TOKEN)
        .json(&json!({"seed": "a clock that runs on rain", "stream": true,
                      "constraints": {"steps": ["imagine", "summarize"], "max_tokens_per_step": 16}}))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
    let mut events = eventsource_stream::Eventsource::eventsource(r.bytes_stream());
    let (mut text, mut deltas, mut kinds) = (String::new(), 0, Vec::new());
    while let Some(event) = events.next().await {
        let v: Value = serde_json::from_str(&event.unwrap().data).unwrap();
        assert_eq!(v["sequence_number"], deltas + kinds.len(), "{v}");
        match v["type"].as_str().unwrap() {
            "dream.step.delta" => {
                text.push_str(v["delta"].as_str().unwrap());
                deltas += 1;
            }
            "dream.step.completed" => {
                assert_eq!(v["trace"]["content"], text.trim(), "{v}");
                text.clear();
                kinds.push(v["trace"]["step"].as_str().unwrap().to_string());
            }
            other => kinds.push(other.to_string()),
        }
    }
    assert_eq!(kinds, ["imagine", "summarize", "dream.completed"]);
    assert!(deltas > 4, "{deltas} deltas");
}

#[tokio::test]
async fn the_server_stays_responsive_while_the_model_works() {
    let server = local();
    let c = client();
    let long = |n: u32| {
        json!({"model": "lukhas-matriz", "stream": true, "max_tokens": n, "temperature": 0.8,
               "messages": [{"role": "user", "content": "Write a very long essay about rivers."}]})
    };
    let send = |body: Value| {
        c.post(server.url("/v1/chat/completions"))
            .bearer_auth(TOKEN)
            .json(&body)
            .send()
    };
    // The first stream holds the model: the worker is running it once a token arrives, which is
    // the second event (the first, the assistant role, is sent before the worker starts).
    let first = send(long(400)).await.unwrap();
    assert_eq!(first.status(), 200);
    let mut first = first.bytes_stream();
    let mut seen = Vec::new();
    while seen.windows(6).filter(|w| w == b"data: ").count() < 2 {
        seen.extend_from_slice(&first.next().await.unwrap().unwrap());
    }

    // Health answers while the model is busy.
    let health = c.get(server.url("/healthz")).send().await.unwrap();
    assert_eq!(health.status(), 200);

    // The queue holds one more job (`queue: 1`); the next gets 503 with retry-after.
    let second = send(long(4)).await.unwrap();
    assert_eq!(second.status(), 200);
    let third = send(long(4)).await.unwrap();
    assert_eq!(third.status(), 503);
    assert!(third.headers().contains_key("retry-after"));
    let v: Value = third.json().await.unwrap();
    assert_eq!(v["error"]["type"], "server_error", "{v}");

    // The first stream was still generating all along.
    assert!(first.next().await.is_some());
    // Dropping it frees the worker; the queued one then finishes.
    drop(first);
    let rest = second.text().await.unwrap();
    assert!(rest.trim_end().ends_with("data: [DONE]"), "{rest}");
}

#[test]
fn missing_model_files_stop_start_up_with_the_fix() {
    let dir = temp_dir("nomodels");
    let models = format!(
        "models:\n  dir: '{}'\n  default_generation: g\n  default_embedding: e\n  registry:\n    - {{id: g, engine: local, capabilities: [generation], path: missing.gguf}}\n    - {{id: e, engine: echo, capabilities: [embedding]}}\n",
        dir.display()
    );
    let config = common::write_config(
        &dir,
        "{bind: '127.0.0.1:0'}",
        &dir.join("keys.yaml"),
        &models,
    );
    let out = Command::new(bin())
        .args(["serve", "--config"])
        .arg(&config)
        .current_dir(common::workspace())
        .env("LUKHAS_API_TOKEN", TOKEN)
        .output()
        .unwrap();
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("missing.gguf") && err.contains("make models"),
        "{err}"
    );
}
