//! Protocol behaviour of the generated router and the middleware, over real HTTP: the error
//! envelope for every failure class, request ids, limits, key bootstrap and graceful shutdown.

mod common;

use common::{bin, temp_dir, Options, Server, TOKEN};
use serde_json::{json, Value};
use std::process::{Command, Stdio};
use std::time::Duration;

fn assert_envelope(v: &Value) {
    let e = &v["error"];
    for k in ["message", "type", "param", "code"] {
        assert!(e.get(k).is_some(), "missing error.{k} in {v}");
    }
}

#[tokio::test]
async fn failures_answer_in_the_openai_envelope() {
    let server = Server::start(Options {
        env: vec![("LUKHAS_SERVER__MAX_BODY_BYTES".into(), "4096".into())],
        ..Default::default()
    });
    let c = server.client();
    let auth = format!("Bearer {TOKEN}");

    // Malformed JSON: 400 invalid_json.
    let r = c
        .post(server.url("/v1/embeddings"))
        .header("authorization", &auth)
        .header("content-type", "application/json")
        .body("{\"model\": ")
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 400);
    let v: Value = r.json().await.unwrap();
    assert_envelope(&v);
    assert_eq!(v["error"]["code"], "invalid_json");

    // Wrong content type: 415.
    let r = c
        .post(server.url("/v1/embeddings"))
        .header("authorization", &auth)
        .header("content-type", "text/plain")
        .body("hello")
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 415);
    assert_envelope(&r.json().await.unwrap());

    // Too large: 413.
    let big = json!({"model": "echo", "input": "x".repeat(10_000)});
    let r = c
        .post(server.url("/v1/embeddings"))
        .header("authorization", &auth)
        .json(&big)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 413);
    assert_envelope(&r.json().await.unwrap());

    // Unknown path: 404; undeclared method: 405 with Allow.
    let r = c
        .get(server.url("/v1/nothing-here"))
        .header("authorization", &auth)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 404);
    assert_envelope(&r.json().await.unwrap());
    let r = c
        .put(server.url("/v1/indexes"))
        .header("authorization", &auth)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 405);
    assert_eq!(r.headers()["allow"], "GET, POST");
    assert_envelope(&r.json().await.unwrap());

    // Every violation in one 400: param is the first pointer, the rest in error.errors.
    let r = c
        .post(server.url("/v1/chat/completions"))
        .header("authorization", &auth)
        .json(&json!({"model": "", "messages": [], "temperature": 9, "n": 0}))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 400);
    let v: Value = r.json().await.unwrap();
    assert_envelope(&v);
    let params: Vec<&str> = v["error"]["errors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["param"].as_str().unwrap())
        .collect();
    for p in ["/model", "/messages", "/temperature", "/n"] {
        assert!(params.contains(&p), "{p} not in {params:?}");
    }
    assert_eq!(v["error"]["param"].as_str(), Some(params[0]));

    // Query parameters are validated too.
    let r = c
        .get(server.url("/v1/indexes?limit=0"))
        .header("authorization", &auth)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 400);
    let v: Value = r.json().await.unwrap();
    assert_eq!(v["error"]["param"], "/query/limit");

    // Auth: none -> 401, unknown -> 401; public routes need none.
    let r = c.get(server.url("/v1/models")).send().await.unwrap();
    assert_eq!(r.status(), 401);
    let r = c
        .get(server.url("/v1/models"))
        .bearer_auth("nope")
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 401);
    for p in ["/healthz", "/readyz", "/metrics"] {
        assert_eq!(
            c.get(server.url(p)).send().await.unwrap().status(),
            200,
            "{p}"
        );
    }

    // Request ids: a client's sane id is echoed, otherwise one is made.
    let r = c
        .get(server.url("/healthz"))
        .header("x-request-id", "trace-123")
        .send()
        .await
        .unwrap();
    assert_eq!(r.headers()["x-request-id"], "trace-123");
    let r = c.get(server.url("/nope")).send().await.unwrap();
    assert!(r.headers()["x-request-id"]
        .to_str()
        .unwrap()
        .starts_with("req_"));

    // Metrics count by route template and status.
    let m = server.metrics().await;
    assert!(m.contains("route=\"/v1/chat/completions\""), "{m}");
    assert!(m.contains("status=\"400\""));
    assert!(
        m.contains(
            "lukhas_slo_latency_budget_seconds{endpoint=\"responses\",percentile=\"p95\"} 1.2"
        ),
        "{m}"
    );
}

#[tokio::test]
async fn sigterm_finishes_in_flight_requests() {
    let server = Server::start(Options::default());
    let c = server.client();
    let url = server.url("/v1/responses");
    let slow = tokio::spawn(async move {
        c.post(url)
            .bearer_auth(TOKEN)
            .json(&json!({"model": "slow", "input": "finish me"}))
            .send()
            .await
            .map(|r| r.status().as_u16())
    });
    tokio::time::sleep(Duration::from_millis(500)).await;
    let pid = server.child.id().to_string();
    assert!(Command::new("kill")
        .args(["-TERM", &pid])
        .status()
        .unwrap()
        .success());
    assert_eq!(
        slow.await.unwrap().unwrap(),
        200,
        "the in-flight request completed"
    );
    let mut server = server;
    let status = server.child.wait().unwrap();
    assert!(status.success(), "clean exit after draining: {status:?}");
}

/// Starts `lukhas serve` without any key source; returns the child, its address and the lines
/// it printed before listening. The caller kills and waits.
#[allow(clippy::zombie_processes)]
fn start_keyless(config: &std::path::Path) -> (std::process::Child, String, Vec<String>) {
    use std::io::{BufRead, BufReader};
    let mut child = Command::new(bin())
        .args(["serve", "--config"])
        .arg(config)
        .current_dir(common::workspace())
        .env_remove("LUKHAS_API_TOKEN")
        .env("LUKHAS_LOG", "warn")
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
    let mut before = Vec::new();
    loop {
        let line = lines.next().unwrap().unwrap();
        if let Some(rest) = line.strip_prefix("lukhas listening on ") {
            let base = rest.split_whitespace().next().unwrap().to_string();
            std::thread::spawn(move || for _ in lines {});
            return (child, base, before);
        }
        before.push(line);
    }
}

#[tokio::test]
async fn a_local_key_is_generated_once_and_kept() {
    common::init_tls();
    let dir = temp_dir("localkey");
    let config = common::write_config(
        &dir,
        "{bind: '127.0.0.1:0'}",
        &dir.join("keys.yaml"),
        common::ECHO_MODELS,
    );
    let (mut child, base, printed) = start_keyless(&config);
    let key = printed
        .iter()
        .find_map(|l| l.trim().strip_prefix("lk-").map(|k| format!("lk-{k}")))
        .expect("a generated key is printed");
    let stored = std::fs::read_to_string(dir.join("data/local-key.yaml")).unwrap();
    assert!(!stored.contains(&key), "only the hash is kept");
    let c = reqwest::Client::new();
    let ok = |base: String, key: String| {
        let c = c.clone();
        async move {
            c.get(format!("{base}/v1/models"))
                .bearer_auth(key)
                .send()
                .await
                .unwrap()
                .status()
        }
    };
    assert_eq!(ok(base, key.clone()).await, 200);
    child.kill().unwrap();
    child.wait().unwrap();
    // As an older version wrote it: the scope list of its day. The local key still gets every
    // scope, including ones added since.
    assert!(stored.contains("- all"), "{stored}");
    std::fs::write(
        dir.join("data/local-key.yaml"),
        stored.replace("- all", "- models:read"),
    )
    .unwrap();
    let (mut child, base, printed) = start_keyless(&config);
    assert!(
        printed.iter().all(|l| !l.contains("lk-")),
        "not printed again: {printed:?}"
    );
    assert_eq!(
        ok(base.clone(), key.clone()).await,
        200,
        "the same key works after a restart"
    );
    let missing = c
        .get(format!("{base}/v1/responses/resp_missing"))
        .bearer_auth(&key)
        .send()
        .await
        .unwrap();
    assert_eq!(missing.status(), 404, "responses:read is granted");
    child.kill().unwrap();
    child.wait().unwrap();
}

#[test]
fn keys_are_required_off_loopback_and_bad_configs_are_named() {
    let dir = temp_dir("bootstrap");
    let config = common::write_config(
        &dir,
        "{bind: '0.0.0.0:0'}",
        &dir.join("keys.yaml"),
        common::ECHO_MODELS,
    );
    let out = Command::new(bin())
        .args(["serve", "--config"])
        .arg(&config)
        .current_dir(common::workspace())
        .env_remove("LUKHAS_API_TOKEN")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("refusing to serve on 0.0.0.0"));

    // A bad config names the file and the key.
    std::fs::write(dir.join("bad.yaml"), "server: {bind: nowhere}\n").unwrap();
    let out = Command::new(bin())
        .args(["serve", "--config"])
        .arg(dir.join("bad.yaml"))
        .current_dir(common::workspace())
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        !out.status.success() && err.contains("bad.yaml") && err.contains("server.bind"),
        "{err}"
    );
}
