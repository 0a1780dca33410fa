//! Stored responses and conversations over HTTP: durability across `kill -9` (stored responses,
//! and background responses that run again), tenant isolation, scopes, and what a deleted
//! conversation leaves behind.

mod common;

use common::{create_key, temp_dir, Options, Server, TOKEN};
use serde_json::{json, Value};
use std::time::{Duration, Instant};

async fn send(
    server: &Server,
    method: reqwest::Method,
    path: &str,
    key: &str,
    body: Option<Value>,
) -> (u16, Value) {
    common::call(&server.client(), method, server.url(path), key, body).await
}

async fn get(server: &Server, path: &str, key: &str) -> (u16, Value) {
    send(server, reqwest::Method::GET, path, key, None).await
}

async fn post(server: &Server, path: &str, key: &str, body: Value) -> (u16, Value) {
    send(server, reqwest::Method::POST, path, key, Some(body)).await
}

async fn delete(server: &Server, path: &str, key: &str) -> (u16, Value) {
    send(server, reqwest::Method::DELETE, path, key, None).await
}

async fn wait_done(server: &Server, id: &str) -> Value {
    let deadline = Instant::now() + Duration::from_secs(60);
    loop {
        let (s, r) = get(server, &format!("/v1/responses/{id}"), TOKEN).await;
        assert_eq!(s, 200, "{r}");
        let status = r["status"].as_str().unwrap_or_default();
        if !matches!(status, "queued" | "in_progress") || Instant::now() > deadline {
            return r;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

#[tokio::test]
async fn acknowledged_responses_survive_kill_9_and_background_ones_finish_after_it() {
    let server = Server::start(Options::default());
    let (s, stored) = post(
        &server,
        "/v1/responses",
        TOKEN,
        json!({"model": "echo", "input": "keep me"}),
    )
    .await;
    assert_eq!(s, 200, "{stored}");
    // The slow model takes 3 s: killed while it runs.
    let (s, queued) = post(
        &server,
        "/v1/responses",
        TOKEN,
        json!({"model": "slow", "input": "finish me later", "background": true}),
    )
    .await;
    assert_eq!(s, 200, "{queued}");
    assert_eq!(queued["status"], "queued");
    let dir = server.kill9();

    let server = Server::start(Options {
        dir: Some(dir),
        ..Default::default()
    });
    let id = stored["id"].as_str().unwrap();
    let (s, got) = get(&server, &format!("/v1/responses/{id}"), TOKEN).await;
    assert_eq!(s, 200, "{got}");
    assert_eq!(got["output"][0]["content"][0]["text"], "keep me");
    let done = wait_done(&server, queued["id"].as_str().unwrap()).await;
    assert_eq!(done["status"], "completed", "{done}");
    assert_eq!(done["output"][0]["content"][0]["text"], "finish me later");
}

#[tokio::test]
async fn stored_state_is_per_tenant_and_scoped() {
    let dir = temp_dir("resp-tenancy");
    let keys = dir.join("keys.yaml");
    let alice = create_key(&keys, "all", "alice");
    let bob = create_key(&keys, "all", "bob");
    let writer = create_key(&keys, "responses:write", "alice");
    let server = Server::start(Options {
        keys_file: Some(keys),
        dir: Some(dir),
        ..Default::default()
    });
    let (s, r) = post(
        &server,
        "/v1/responses",
        &alice,
        json!({"model": "echo", "input": "alice's"}),
    )
    .await;
    assert_eq!(s, 200, "{r}");
    let id = r["id"].as_str().unwrap();
    for (method, path) in [
        (reqwest::Method::GET, format!("/v1/responses/{id}")),
        (
            reqwest::Method::GET,
            format!("/v1/responses/{id}/input_items"),
        ),
        (reqwest::Method::DELETE, format!("/v1/responses/{id}")),
    ] {
        let (s, e) = send(&server, method, &path, &bob, None).await;
        assert_eq!(s, 404, "{path}: {e}");
    }
    let (s, e) = post(
        &server,
        "/v1/responses",
        &bob,
        json!({"model": "echo", "input": "x", "previous_response_id": id}),
    )
    .await;
    assert_eq!(
        (s, e["error"]["code"].as_str()),
        (400, Some("previous_response_not_found"))
    );
    // Reading takes `responses:read`; writing into a conversation takes `conversations:write`.
    let (s, _) = get(&server, &format!("/v1/responses/{id}"), &writer).await;
    assert_eq!(s, 403);
    let (s, conv) = post(&server, "/v1/conversations", &alice, json!({})).await;
    assert_eq!(s, 200, "{conv}");
    let (s, e) = post(
        &server,
        "/v1/responses",
        &writer,
        json!({"model": "echo", "input": "x", "conversation": conv["id"]}),
    )
    .await;
    assert_eq!(s, 403, "{e}");
    let (s, _) = get(
        &server,
        &format!("/v1/conversations/{}", conv["id"].as_str().unwrap()),
        &bob,
    )
    .await;
    assert_eq!(s, 404);
}

#[tokio::test]
async fn a_deleted_conversation_leaves_its_responses_readable() {
    let server = Server::start(Options::default());
    let (_, conv) = post(
        &server,
        "/v1/conversations",
        TOKEN,
        json!({"items": [{"role": "user", "content": "first"}]}),
    )
    .await;
    let cid = conv["id"].as_str().unwrap();
    let (s, r) = post(
        &server,
        "/v1/responses",
        TOKEN,
        json!({"model": "echo", "input": "second", "conversation": cid}),
    )
    .await;
    assert_eq!(s, 200, "{r}");
    let (s, _) = delete(&server, &format!("/v1/conversations/{cid}"), TOKEN).await;
    assert_eq!(s, 200);
    let rid = r["id"].as_str().unwrap();
    let (s, items) = get(
        &server,
        &format!("/v1/responses/{rid}/input_items?order=asc"),
        TOKEN,
    )
    .await;
    assert_eq!(s, 200, "{items}");
    assert_eq!(items["data"][0]["content"][0]["text"], "second");
    // A response continued from it still has the whole context.
    let (s, next) = post(
        &server,
        "/v1/responses",
        TOKEN,
        json!({"model": "echo", "input": "third", "previous_response_id": rid}),
    )
    .await;
    assert_eq!(s, 200, "{next}");
    assert_eq!(
        next["usage"]["input_tokens"], 4,
        "first + second + second + third"
    );
}

#[tokio::test]
async fn a_background_response_of_a_deleted_conversation_is_still_stored() {
    let server = Server::start(Options::default());
    let (_, conv) = post(&server, "/v1/conversations", TOKEN, json!({})).await;
    let cid = conv["id"].as_str().unwrap();
    let (s, r) = post(
        &server,
        "/v1/responses",
        TOKEN,
        json!({"model": "slow", "input": "outlive it", "conversation": cid, "background": true}),
    )
    .await;
    assert_eq!(s, 200, "{r}");
    let (s, _) = delete(&server, &format!("/v1/conversations/{cid}"), TOKEN).await;
    assert_eq!(s, 200);
    let done = wait_done(&server, r["id"].as_str().unwrap()).await;
    assert_eq!(done["status"], "completed", "{done}");
}
