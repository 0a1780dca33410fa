//! Vector indexes over HTTP: durability across `kill -9`, tenant isolation, scopes.

mod common;

use common::{call, create_key, temp_dir, Options, Server};
use serde_json::json;

#[tokio::test]
async fn acknowledged_writes_survive_kill_9() {
    let dir = temp_dir("persist");
    let keys = dir.join("keys.yaml");
    let key = create_key(&keys, "all", "acme");
    let opts = || Options {
        dir: Some(dir.clone()),
        keys_file: Some(keys.clone()),
        ..Default::default()
    };
    let server = Server::start(opts());
    let c = server.client();
    let (s, idx) = call(
        &c,
        reqwest::Method::POST,
        server.url("/v1/indexes"),
        &key,
        Some(json!({"name": "durable", "metric": "angular"})),
    )
    .await;
    assert_eq!(s, 201, "{idx}");
    let id = idx["id"].as_str().unwrap().to_string();
    let (s, up) = call(
        &c,
        reqwest::Method::POST,
        server.url(&format!("/v1/indexes/{id}/vectors")),
        &key,
        Some(json!({"vectors": [
            {"id": "pw", "text": "how do I reset my password", "metadata": {"lang": "en"}},
            {"id": "mk", "text": "stock markets closed higher"}
        ]})),
    )
    .await;
    assert_eq!(s, 200, "{up}");
    assert_eq!(up["dimension"], 384);
    // No graceful anything: SIGKILL right after the acknowledgement.
    let dir = server.kill9();

    let server = Server::start(Options {
        dir: Some(dir),
        ..opts()
    });
    let c = server.client();
    let (s, got) = call(
        &c,
        reqwest::Method::GET,
        server.url(&format!("/v1/indexes/{id}")),
        &key,
        None,
    )
    .await;
    assert_eq!(s, 200, "{got}");
    assert_eq!(got["vector_count"], 2);
    let (s, hits) = call(
        &c,
        reqwest::Method::POST,
        server.url(&format!("/v1/indexes/{id}/search")),
        &key,
        Some(json!({"text": "reset password", "k": 1})),
    )
    .await;
    assert_eq!(s, 200, "{hits}");
    assert_eq!(hits["data"][0]["id"], "pw");
    assert_eq!(hits["data"][0]["metadata"]["lang"], "en");
    assert_eq!(hits["data"][0]["text"], "how do I reset my password");
}

#[tokio::test]
async fn tenants_are_isolated_and_scopes_enforced() {
    let dir = temp_dir("tenancy");
    let keys = dir.join("keys.yaml");
    let alice = create_key(&keys, "all", "alice");
    let bob = create_key(&keys, "all", "bob");
    let reader = create_key(&keys, "indexes:read", "alice");
    let server = Server::start(Options {
        keys_file: Some(keys),
        ..Default::default()
    });
    let c = server.client();
    let (s, idx) = call(
        &c,
        reqwest::Method::POST,
        server.url("/v1/indexes"),
        &alice,
        Some(json!({"name": "private", "dimension": 2, "metric": "euclidean"})),
    )
    .await;
    assert_eq!(s, 201);
    let id = idx["id"].as_str().unwrap();
    let path = |p: &str| server.url(&format!("/v1/indexes/{id}{p}"));

    // Bob sees nothing of Alice's: 404 everywhere, and not in his listing.
    for (method, url, body) in [
        (reqwest::Method::GET, path(""), None),
        (reqwest::Method::DELETE, path(""), None),
        (
            reqwest::Method::POST,
            path("/vectors"),
            Some(json!({"vectors": [{"id": "x", "vector": [1, 2]}]})),
        ),
        (
            reqwest::Method::POST,
            path("/search"),
            Some(json!({"vector": [1, 2]})),
        ),
        (reqwest::Method::DELETE, path("/vectors/x"), None),
    ] {
        let (s, e) = call(&c, method.clone(), url.clone(), &bob, body).await;
        assert_eq!(s, 404, "{method} {url}: {e}");
        assert_eq!(e["error"]["code"], "index_not_found");
    }
    let (_, list) = call(
        &c,
        reqwest::Method::GET,
        server.url("/v1/indexes"),
        &bob,
        None,
    )
    .await;
    assert_eq!(list["data"], json!([]));
    // The same name is free in Bob's tenant, taken in Alice's.
    let (s, _) = call(
        &c,
        reqwest::Method::POST,
        server.url("/v1/indexes"),
        &bob,
        Some(json!({"name": "private"})),
    )
    .await;
    assert_eq!(s, 201);
    let (s, e) = call(
        &c,
        reqwest::Method::POST,
        server.url("/v1/indexes"),
        &alice,
        Some(json!({"name": "private"})),
    )
    .await;
    assert_eq!((s, e["error"]["code"].as_str()), (409, Some("conflict")));

    // Scopes: read-only key reads but cannot write; 403 with the missing scope named.
    let (s, _) = call(&c, reqwest::Method::GET, path(""), &reader, None).await;
    assert_eq!(s, 200);
    let (s, e) = call(
        &c,
        reqwest::Method::POST,
        path("/vectors"),
        &reader,
        Some(json!({"vectors": [{"id": "x", "vector": [1, 2]}]})),
    )
    .await;
    assert_eq!(s, 403);
    assert!(e["error"]["message"]
        .as_str()
        .unwrap()
        .contains("indexes:write"));
    let (s, _) = call(
        &c,
        reqwest::Method::POST,
        server.url("/v1/embeddings"),
        &reader,
        Some(json!({"model": "echo", "input": "x"})),
    )
    .await;
    assert_eq!(s, 403);

    // Dimension checks and pagination.
    let (s, e) = call(&c, reqwest::Method::POST, path("/vectors"), &alice,
        Some(json!({"vectors": [{"id": "ok", "vector": [1, 2]}, {"id": "bad", "vector": [1, 2, 3]}]}))).await;
    assert_eq!(
        (s, e["error"]["param"].as_str(), e["error"]["code"].as_str()),
        (409, Some("/vectors/1/vector"), Some("dimension_mismatch")),
        "{e}"
    );
    for i in 0..3 {
        call(
            &c,
            reqwest::Method::POST,
            server.url("/v1/indexes"),
            &alice,
            Some(json!({"name": format!("p{i}")})),
        )
        .await;
    }
    let (_, page1) = call(
        &c,
        reqwest::Method::GET,
        server.url("/v1/indexes?limit=2"),
        &alice,
        None,
    )
    .await;
    assert_eq!(
        (
            page1["data"].as_array().unwrap().len(),
            page1["has_more"].as_bool()
        ),
        (2, Some(true))
    );
    let after = page1["last_id"].as_str().unwrap();
    let (_, page2) = call(
        &c,
        reqwest::Method::GET,
        server.url(&format!("/v1/indexes?limit=2&after={after}")),
        &alice,
        None,
    )
    .await;
    assert_eq!(
        (
            page2["data"].as_array().unwrap().len(),
            page2["has_more"].as_bool()
        ),
        (2, Some(false))
    );
    assert_ne!(page1["data"][1]["id"], page2["data"][0]["id"]);
}
