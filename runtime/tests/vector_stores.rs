//! Vector stores over HTTP across restarts: a file acknowledged `in_progress` is processed after
//! a `kill -9` cut its processing off, and a deleted store's index is gone after a restart.

mod common;

use common::{call, post_json, upload_form, Options, Server, TOKEN};
use reqwest::Method;
use serde_json::json;
use std::time::Duration;

/// Echo models whose embeddings take `latency_ms` each.
fn models(latency_ms: u64) -> String {
    format!(
        "models:
  default_generation: lukhas-matriz
  default_embedding: text-embedding-minilm
  registry:
    - {{id: lukhas-matriz, engine: echo, capabilities: [generation]}}
    - {{id: text-embedding-minilm, engine: echo, capabilities: [embedding], dimension: 384, latency_ms: {latency_ms}}}
"
    )
}

async fn upload(server: &Server, name: &str, text: &str) -> String {
    let (status, body) = common::upload(server, upload_form(name, text.as_bytes().to_vec())).await;
    assert_eq!(status, 200, "{body}");
    body["id"].as_str().unwrap().to_string()
}

async fn file_status(server: &Server, store: &str, file: &str) -> String {
    let (s, f) = call(
        &server.client(),
        Method::GET,
        server.url(&format!("/v1/vector_stores/{store}/files/{file}")),
        TOKEN,
        None,
    )
    .await;
    assert_eq!(s, 200, "{f}");
    f["status"].as_str().unwrap().to_string()
}

#[tokio::test]
async fn processing_cut_off_by_kill_9_resumes_at_start() {
    // Each embedding takes 3 s: the file is still in progress when the server is killed.
    let server = Server::start(Options {
        models: models(3000),
        ..Options::default()
    });
    let file = upload(
        &server,
        "handbook.md",
        "Returns are accepted within 30 days.",
    )
    .await;
    let (s, store) = post_json(
        &server.client(),
        server.url("/v1/vector_stores"),
        &json!({"name": "support", "file_ids": [file]}),
    )
    .await;
    assert_eq!(s, 200, "{store}");
    let store = store["id"].as_str().unwrap().to_string();
    assert_eq!(file_status(&server, &store, &file).await, "in_progress");
    let dir = server.kill9();

    let server = Server::start(Options {
        models: models(0),
        dir: Some(dir),
        ..Options::default()
    });
    let mut status = String::new();
    for _ in 0..100 {
        status = file_status(&server, &store, &file).await;
        if status != "in_progress" {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert_eq!(status, "completed");
    let (s, found) = post_json(
        &server.client(),
        server.url(&format!("/v1/vector_stores/{store}/search")),
        &json!({"query": "returns within days"}),
    )
    .await;
    assert_eq!(s, 200, "{found}");
    assert_eq!(found["data"][0]["file_id"], json!(file), "{found}");

    // A deleted store stays deleted, and its hidden index is not reachable as an index.
    let (s, _) = call(
        &server.client(),
        Method::DELETE,
        server.url(&format!("/v1/vector_stores/{store}")),
        TOKEN,
        None,
    )
    .await;
    assert_eq!(s, 200);
    let dir = server.kill9();
    let server = Server::start(Options {
        dir: Some(dir),
        ..Options::default()
    });
    let (s, err) = call(
        &server.client(),
        Method::GET,
        server.url(&format!("/v1/vector_stores/{store}")),
        TOKEN,
        None,
    )
    .await;
    assert_eq!(
        (s, err["error"]["code"].as_str()),
        (404, Some("vector_store_not_found"))
    );
    let (_, indexes) = call(
        &server.client(),
        Method::GET,
        server.url("/v1/indexes"),
        TOKEN,
        None,
    )
    .await;
    assert_eq!(indexes["data"], json!([]), "{indexes}");
}

#[tokio::test]
async fn cancelling_a_batch_cancels_its_pending_files_and_their_chunks() {
    // Each embedding takes 1 s: the batch's files are still pending when it is cancelled.
    let server = Server::start(Options {
        models: models(1000),
        ..Options::default()
    });
    let mut files = Vec::new();
    for i in 0..3 {
        files.push(
            upload(
                &server,
                &format!("f{i}.md"),
                &format!("Parcel {i} ships today."),
            )
            .await,
        );
    }
    let (s, store) = post_json(
        &server.client(),
        server.url("/v1/vector_stores"),
        &json!({"name": "batch"}),
    )
    .await;
    assert_eq!(s, 200, "{store}");
    let store = store["id"].as_str().unwrap().to_string();
    let (s, batch) = post_json(
        &server.client(),
        server.url(&format!("/v1/vector_stores/{store}/file_batches")),
        &json!({"file_ids": files}),
    )
    .await;
    assert_eq!(s, 200, "{batch}");
    assert_eq!(batch["status"], "in_progress");
    assert_eq!(batch["file_counts"]["in_progress"], 3, "{batch}");
    let batch = batch["id"].as_str().unwrap().to_string();

    let (s, cancelled) = post_json(
        &server.client(),
        server.url(&format!(
            "/v1/vector_stores/{store}/file_batches/{batch}/cancel"
        )),
        &json!({}),
    )
    .await;
    assert_eq!(s, 200, "{cancelled}");
    assert_eq!(cancelled["status"], "cancelled", "{cancelled}");
    assert_eq!(cancelled["file_counts"]["cancelled"], 3, "{cancelled}");

    // The file being embedded when the batch was cancelled stays cancelled once the worker is
    // done with it, and none of its chunks is left to find.
    tokio::time::sleep(Duration::from_millis(2500)).await;
    for f in &files {
        assert_eq!(file_status(&server, &store, f).await, "cancelled");
    }
    let (s, found) = post_json(
        &server.client(),
        server.url(&format!("/v1/vector_stores/{store}/search")),
        &json!({"query": "parcel ships", "ranking_options": {"ranker": "none"}}),
    )
    .await;
    assert_eq!(s, 200, "{found}");
    assert_eq!(found["data"], json!([]), "{found}");
}
