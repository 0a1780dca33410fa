//! The hostile-client and hostile-upstream suite: each defect a probe of the release build found
//! has a test here that failed before its fix. Loads are bounded in count and time, and every
//! address is on loopback.
//!
//! The hostile upstream is an axum app in this process; what it does depends on the `model` a
//! request names (`secret-500`, `trickle`, `broken`, ...).

mod common;

use common::{Options, Server, TOKEN};
use futures::StreamExt;
use serde_json::{json, Value};
use std::io::{Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::time::{Duration, Instant};

/// A secret of the upstream that must never reach a client or a log.
const UPSTREAM_KEY: &str = "sk-live-UPSTREAMSECRET0123456789abcdef";
const DB_PASSWORD: &str = "hunter2-db-password";

// ------------------------------------------------------------------------------------------
// The hostile upstream.

async fn upstream_chat(axum::Json(body): axum::Json<Value>) -> axum::response::Response {
    use axum::body::Body;
    use axum::http::{header, StatusCode};
    use axum::response::IntoResponse;
    let model = body["model"].as_str().unwrap_or_default().to_string();
    let chunk = |text: &str| {
        format!(
            "data: {}\n\n",
            json!({"id": "c", "object": "chat.completion.chunk", "created": 1, "model": "m",
                   "choices": [{"index": 0, "delta": {"content": text}, "finish_reason": null}]})
        )
    };
    let sse = |s: Body| ([(header::CONTENT_TYPE, "text/event-stream")], s).into_response();
    match model.as_str() {
        "secret-500" => (
            StatusCode::INTERNAL_SERVER_ERROR,
            format!("UPSTREAM-SECRET-BODY db=postgres://admin:{DB_PASSWORD}@db:5432/prod"),
        )
            .into_response(),
        "secret-401" => (
            StatusCode::UNAUTHORIZED,
            axum::Json(json!({"error": {"message":
                format!("Incorrect API key provided: {UPSTREAM_KEY}")}})),
        )
            .into_response(),
        "retry-nan" | "retry-neg" | "retry-huge" => {
            let value = match model.as_str() {
                "retry-nan" => "NaN",
                "retry-neg" => "-5",
                _ => "100000",
            };
            (
                StatusCode::TOO_MANY_REQUESTS,
                [(header::RETRY_AFTER, value)],
                "slow down",
            )
                .into_response()
        }
        "trickle" => {
            // Headers at once, then one byte of the body every 300 ms.
            let bytes = async_stream::stream! {
                for b in b"{\"choices\": [] }".iter() {
                    tokio::time::sleep(Duration::from_millis(300)).await;
                    yield Ok::<_, std::convert::Infallible>(vec![*b]);
                }
            };
            (
                [(header::CONTENT_TYPE, "application/json")],
                Body::from_stream(bytes),
            )
                .into_response()
        }
        "broken" => sse(Body::from(format!("{}{}", chunk("one"), chunk(" two")))),
        "garbage" => sse(Body::from(format!(
            "{}data: not json at all\n\n",
            chunk("one")
        ))),
        "secret-stream" => sse(Body::from(format!(
            "{}data: {}\n\n",
            chunk("one"),
            json!({"error": {"message": format!("boom {UPSTREAM_KEY}")}})
        ))),
        "stall" | "endless" => {
            let endless = model == "endless";
            let first = chunk("one");
            let repeat = chunk(" more");
            let events = async_stream::stream! {
                yield Ok::<_, std::convert::Infallible>(first);
                for _ in 0..300 {
                    tokio::time::sleep(Duration::from_millis(200)).await;
                    if endless {
                        yield Ok(repeat.clone());
                    }
                }
            };
            sse(Body::from_stream(events))
        }
        // Output that breaks the schemas a strict request gave.
        "off-schema" | "off-tool" => axum::Json(json!({
            "id": "c", "object": "chat.completion", "created": 1, "model": "m",
            "choices": [{"index": 0, "finish_reason": if model == "off-tool" { "tool_calls" } else { "stop" },
                "message": if model == "off-tool" {
                    json!({"role": "assistant", "content": null, "tool_calls": [{"id": "call_up",
                        "type": "function", "function": {"name": "lookup", "arguments": "{\"id\": \"x\"}"}}]})
                } else {
                    json!({"role": "assistant", "content": "{\"answer\": \"not a number\"}"})
                }}],
            "usage": {"prompt_tokens": 3, "completion_tokens": 4, "total_tokens": 7},
        }))
        .into_response(),
        _ => (StatusCode::NOT_FOUND, "no such model").into_response(),
    }
}

async fn upstream_embeddings() -> axum::Json<Value> {
    // Finite as JSON, infinite as f32.
    axum::Json(
        json!({"object": "list", "model": "m", "usage": {"prompt_tokens": 1, "total_tokens": 1},
                      "data": [{"object": "embedding", "index": 0, "embedding": [1e300, 0.5]}]}),
    )
}

/// Starts the hostile upstream on a free loopback port; its base URL (with `/v1`).
fn hostile_upstream() -> String {
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let rt = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .enable_all()
            .build()
            .unwrap();
        rt.block_on(async move {
            let app = axum::Router::new()
                .route("/v1/chat/completions", axum::routing::post(upstream_chat))
                .route("/v1/embeddings", axum::routing::post(upstream_embeddings))
                .route(
                    "/v1/models",
                    axum::routing::get(|| async {
                        axum::Json(json!({"object": "list", "data": []}))
                    }),
                );
            let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
            tx.send(listener.local_addr().unwrap()).unwrap();
            axum::serve(listener, app).await.unwrap();
        });
    });
    let addr: SocketAddr = rx.recv().unwrap();
    format!("http://{addr}/v1")
}

const HOSTILE_MODELS: [&str; 14] = [
    "off-schema",
    "off-tool",
    "secret-500",
    "secret-401",
    "retry-nan",
    "retry-neg",
    "retry-huge",
    "trickle",
    "broken",
    "garbage",
    "secret-stream",
    "stall",
    "endless",
    "inf",
];

/// A `lukhas` in front of the hostile upstream (one `openai` model per behaviour), and the
/// upstream's `host:port`.
fn front(server: &str, env: &[(&str, &str)]) -> (Server, String) {
    let upstream = hostile_upstream();
    let host = upstream
        .trim_start_matches("http://")
        .trim_end_matches("/v1")
        .to_string();
    let mut models = String::from("models:\n  registry:\n");
    for m in HOSTILE_MODELS {
        let caps = if m == "inf" {
            "embedding"
        } else {
            "generation"
        };
        models.push_str(&format!(
            "    - {{id: {m}, engine: openai, capabilities: [{caps}]}}\n"
        ));
    }
    let mut all_env = vec![
        ("LUKHAS_UPSTREAM_BASE_URL".to_string(), upstream),
        (
            "LUKHAS_UPSTREAM_API_KEY".to_string(),
            UPSTREAM_KEY.to_string(),
        ),
        (
            "LUKHAS_RELIABILITY_BACKOFF__BASE_S".to_string(),
            "0.01".to_string(),
        ),
        (
            "LUKHAS_RELIABILITY_BACKOFF__MAX_ATTEMPTS".to_string(),
            "2".to_string(),
        ),
        (
            "LUKHAS_RELIABILITY_BACKOFF__MAX_WAIT_S".to_string(),
            "1".to_string(),
        ),
        (
            "LUKHAS_RELIABILITY_REQUEST_MS".to_string(),
            "1500".to_string(),
        ),
        (
            "LUKHAS_RELIABILITY_STREAM_IDLE_MS".to_string(),
            "1000".to_string(),
        ),
    ];
    all_env.extend(env.iter().map(|(k, v)| (k.to_string(), v.to_string())));
    let server = Server::start(Options {
        models,
        env: all_env,
        server: Some(server.to_string()),
        capture_logs: true,
        ..Default::default()
    });
    (server, host)
}

const FRONT: &str = "{bind: '127.0.0.1:0', request_timeout_ms: 20000, shutdown_grace_ms: 800}";

async fn post_raw(server: &Server, path: &str, body: &Value) -> reqwest::Response {
    reqwest::Client::new()
        .post(server.url(path))
        .bearer_auth(TOKEN)
        .json(body)
        .send()
        .await
        .unwrap()
}

fn chat(model: &str, stream: bool) -> Value {
    json!({"model": model, "stream": stream, "messages": [{"role": "user", "content": "hi"}]})
}

/// Every secret and internal detail a client must never see.
fn assert_clean(text: &str, upstream_host: &str) {
    for secret in [
        UPSTREAM_KEY,
        DB_PASSWORD,
        "UPSTREAM-SECRET-BODY",
        "postgres://",
        upstream_host,
        "reqwest",
        "hyper",
    ] {
        assert!(!text.contains(secret), "`{secret}` leaked: {text}");
    }
}

// ------------------------------------------------------------------------------------------
// Upstream errors (defects 2, 3), numbers (4), Retry-After (5), timeouts and streams (7).

#[tokio::test]
async fn upstream_secrets_and_addresses_never_reach_clients_or_logs() {
    let (front, upstream_host) = front(FRONT, &[]);
    for model in ["secret-500", "secret-401"] {
        let r = post_raw(&front, "/v1/chat/completions", &chat(model, false)).await;
        assert_eq!(r.status().as_u16(), 502);
        let id = r.headers()["x-request-id"].to_str().unwrap().to_string();
        let text = r.text().await.unwrap();
        assert_clean(&text, &upstream_host);
        assert!(
            text.contains(&id),
            "5xx messages carry the request id: {text}"
        );
    }
    // Mid-stream: the chat stream ends with our error frame.
    let text = post_raw(&front, "/v1/chat/completions", &chat("secret-stream", true))
        .await
        .text()
        .await
        .unwrap();
    assert!(text.contains("\"upstream_error\""), "{text}");
    assert_clean(&text, &upstream_host);
    // The public readiness detail names no URL.
    let ready = reqwest::get(front.url("/readyz"))
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert_clean(&ready, &upstream_host);
    // The log has the upstream's status and a redacted excerpt, never the secrets.
    let logs = front.logs();
    assert!(logs.contains("answered 500"), "{logs}");
    for secret in [UPSTREAM_KEY, DB_PASSWORD] {
        assert!(!logs.contains(secret), "`{secret}` in the log");
    }
}

#[tokio::test]
async fn non_finite_numbers_never_poison_an_index() {
    let server = Server::start(Options::default());
    let client = reqwest::Client::new();
    let post = |path: &str, body: Value| {
        let req = client.post(server.url(path)).bearer_auth(TOKEN).json(&body);
        async move {
            let r = req.send().await.unwrap();
            (r.status().as_u16(), r.json::<Value>().await.unwrap())
        }
    };
    let (s, idx) = post("/v1/indexes", json!({"name": "poison", "metric": "dot"})).await;
    assert_eq!(s, 201, "{idx}");
    let path = |p: &str| format!("/v1/indexes/{}{p}", idx["id"].as_str().unwrap());
    // 1e300 overflows f32: refused at the boundary, with the place named.
    let (s, e) = post(
        &path("/vectors"),
        json!({"vectors": [{"id": "x", "vector": [1e300, 0.0]}]}),
    )
    .await;
    assert_eq!(s, 400, "{e}");
    assert_eq!(e["error"]["param"], "/vectors/0/vector/0");
    let (s, e) = post(&path("/search"), json!({"vector": [1e300, 1.0]})).await;
    assert_eq!(s, 400, "{e}");
    // The largest finite values are stored, and scores stay finite.
    let (s, _) = post(
        &path("/vectors"),
        json!({"vectors": [{"id": "big", "vector": [3.0e38, 3.0e38]}]}),
    )
    .await;
    assert_eq!(s, 200);
    let (s, hits) = post(
        &path("/search"),
        json!({"vector": [3.0e38, 3.0e38], "include_vectors": true}),
    )
    .await;
    assert_eq!(s, 200, "{hits}");
    assert!(
        hits["data"][0]["score"].as_f64().unwrap().is_finite(),
        "{hits}"
    );

    // An upstream's embedding that overflows f32 is the upstream's failure, in our words.
    let (front, _) = front(FRONT, &[]);
    let r = post_raw(
        &front,
        "/v1/embeddings",
        &json!({"model": "inf", "input": "x"}),
    )
    .await;
    assert_eq!(r.status().as_u16(), 502);
    let text = r.text().await.unwrap();
    // (The request id's random hex could spell anything: left out.)
    let said = text.split("(request id").next().unwrap_or_default();
    assert!(
        !said.contains("f32") && !said.contains("invalid type"),
        "{text}"
    );
}

#[tokio::test]
async fn an_upstreams_retry_after_is_read_defensively_and_clamped() {
    let (front, _) = front(FRONT, &[]);
    for model in ["retry-nan", "retry-neg", "retry-huge"] {
        let started = Instant::now();
        let r = post_raw(&front, "/v1/chat/completions", &chat(model, false)).await;
        assert_eq!(r.status().as_u16(), 429, "{model}");
        let wait: u64 = r.headers()["retry-after"]
            .to_str()
            .unwrap()
            .parse()
            .unwrap();
        // Our own value: at least one second, never more than max_wait_s (1 here).
        assert_eq!(wait, 1, "{model}");
        assert!(r.headers().contains_key("retry-after-ms"));
        assert!(started.elapsed() < Duration::from_secs(10), "{model}");
    }
    // No panic took a worker down: the server still answers.
    assert_eq!(
        reqwest::get(front.url("/healthz")).await.unwrap().status(),
        200
    );
    assert!(!front.logs().contains("panicked"));
}

#[tokio::test]
async fn slow_and_broken_upstreams_end_in_time_and_in_the_envelope() {
    let (front, _) = front(FRONT, &[]);
    // A trickling body is cut by the total deadline (1.5 s), a 504 rather than a hang.
    let started = Instant::now();
    let r = post_raw(&front, "/v1/chat/completions", &chat("trickle", false)).await;
    assert_eq!(r.status().as_u16(), 504);
    assert!(
        started.elapsed() < Duration::from_secs(8),
        "{:?}",
        started.elapsed()
    );

    // Streams end with an error frame: no [DONE] after a broken, garbled or stalled upstream.
    for model in ["broken", "garbage", "stall"] {
        let text = post_raw(&front, "/v1/chat/completions", &chat(model, true))
            .await
            .text()
            .await
            .unwrap();
        assert!(text.contains("\"error\""), "{model}: {text}");
        assert!(!text.contains("[DONE]"), "{model}: {text}");
    }
    // The Responses API ends the same failures with `response.failed`.
    let text = post_raw(
        &front,
        "/v1/responses",
        &json!({"model": "broken", "input": "hi", "stream": true}),
    )
    .await
    .text()
    .await
    .unwrap();
    assert!(text.contains("response.failed"), "{text}");
    // Malformed events are counted.
    let metrics = front.metrics().await;
    let malformed: u64 = metrics
        .lines()
        .find_map(|l| l.strip_prefix("lukhas_upstream_malformed_events_total "))
        .and_then(|v| v.trim().parse().ok())
        .unwrap_or(0);
    assert!(malformed >= 1, "{metrics}");
}

#[cfg(unix)]
#[tokio::test]
async fn shutdown_ends_open_streams_with_a_final_event() {
    let (front, _) = front(FRONT, &[]);
    let mut chat_events = eventsource_stream::Eventsource::eventsource(
        post_raw(&front, "/v1/chat/completions", &chat("endless", true))
            .await
            .bytes_stream(),
    );
    let mut responses_events = eventsource_stream::Eventsource::eventsource(
        post_raw(
            &front,
            "/v1/responses",
            &json!({"model": "endless", "input": "hi", "stream": true}),
        )
        .await
        .bytes_stream(),
    );
    // Both streams are flowing.
    chat_events.next().await.unwrap().unwrap();
    responses_events.next().await.unwrap().unwrap();
    let pid = front.child.id().to_string();
    std::process::Command::new("kill")
        .args(["-TERM", &pid])
        .status()
        .unwrap();
    let last = |mut events: eventsource_stream::EventStream<_>| async move {
        let mut last = String::new();
        while let Some(Ok(e)) = events.next().await {
            last = e.data;
        }
        last
    };
    let chat_last = last(chat_events).await;
    assert!(
        chat_last.contains("\"error\"") && chat_last.contains("shutting down"),
        "{chat_last}"
    );
    let responses_last = last(responses_events).await;
    assert!(
        responses_last.contains("response.failed"),
        "{responses_last}"
    );
    let mut front = front;
    let status = front.child.wait().unwrap();
    assert_eq!(status.code(), Some(3), "a forced shutdown says so");
}

// ------------------------------------------------------------------------------------------
// Connections (defect 1), metrics labels (6), big and bad input (10, 11, 12).

/// A connection that sends half a request head and then nothing.
fn slowloris(to: SocketAddr, from: &str) -> Option<TcpStream> {
    let socket = socket2::Socket::new(socket2::Domain::IPV4, socket2::Type::STREAM, None).ok()?;
    socket
        .bind(&format!("{from}:0").parse::<SocketAddr>().ok()?.into())
        .ok()?;
    socket.connect(&to.into()).ok()?;
    let mut stream: TcpStream = socket.into();
    stream
        .write_all(b"GET /healthz HTTP/1.1\r\nHost: x\r\n")
        .ok()?;
    Some(stream)
}

#[tokio::test]
async fn idle_and_slow_connections_cannot_take_the_server() {
    let server = Server::start(Options {
        server: Some(
            "{bind: '127.0.0.1:0', header_timeout_ms: 1500, max_connections: 64, \
             max_connections_per_ip: 16}"
                .into(),
        ),
        ..Default::default()
    });
    let addr = server.addr();
    // One address opens four times its share of half-finished requests.
    let held: Vec<TcpStream> = (0..64)
        .filter_map(|_| slowloris(addr, "127.0.0.2"))
        .collect();
    assert!(!held.is_empty());
    // Another client is served at once: the first address cannot take every place.
    let started = Instant::now();
    let r = reqwest::Client::new()
        .get(server.url("/healthz"))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
    assert!(
        started.elapsed() < Duration::from_secs(5),
        "{:?}",
        started.elapsed()
    );
    // The half-finished requests are answered or closed once their head time is up.
    std::thread::sleep(Duration::from_millis(2500));
    for mut s in held {
        s.set_read_timeout(Some(Duration::from_secs(5))).unwrap();
        let mut buf = [0u8; 512];
        let n = s.read(&mut buf).unwrap_or(0);
        let text = String::from_utf8_lossy(&buf[..n]);
        assert!(n == 0 || text.starts_with("HTTP/1.1 "), "{text}");
    }
}

#[tokio::test]
async fn made_up_methods_cannot_grow_the_metrics() {
    let server = Server::start(Options::default());
    let client = reqwest::Client::new();
    let send = |i: usize| {
        let method = reqwest::Method::from_bytes(format!("M{i}X").as_bytes()).unwrap();
        client
            .request(method, server.url(&format!("/no/such/path/{i}")))
            .send()
    };
    // One made-up method, and the metrics page once, so that their own series exist...
    let _ = send(0).await;
    let _ = server.metrics().await;
    let series = |text: &str| text.lines().filter(|l| !l.starts_with('#')).count();
    let before = series(&server.metrics().await);
    // ...then 299 more: not one new series.
    for i in 1..300 {
        let _ = send(i).await;
    }
    let after = server.metrics().await;
    assert_eq!(series(&after), before, "{after}");
    assert!(after.contains("method=\"other\""));
    assert!(!after.contains("M17X") && !after.contains("/no/such/path/17"));
}

#[tokio::test]
async fn errors_quote_short_excerpts_in_our_words() {
    let server = Server::start(Options::default());
    let big = "x".repeat(1_000_000);
    let cases = [
        (
            "/v1/embeddings",
            json!({"model": "echo", "input": "hi", "user": big}),
        ),
        (
            "/v1/embeddings",
            json!({"model": big.as_str(), "input": "hi"}),
        ),
        (
            "/v1/chat/completions",
            json!({"model": "echo", "messages": [{"role": "user", "content": "x"}], "n": "three"}),
        ),
        (
            "/v1/embeddings",
            json!({"model": "echo", "input": [[18446744073709551615u64]]}),
        ),
    ];
    for (path, body) in cases {
        let r = post_raw(&server, path, &body).await;
        let status = r.status().as_u16();
        assert!((400..500).contains(&status), "{path}: {status}");
        let text = r.text().await.unwrap();
        assert!(text.len() < 2000, "{path}: a {} byte error", text.len());
        for words in ["untagged enum", "expected u64", "invalid type", "Variant"] {
            assert!(!text.contains(words), "{path}: serde's words: {text}");
        }
    }
    // A thousand and one vectors: one short error naming the limit.
    let vectors: Vec<Value> = (0..1001)
        .map(|i| json!({"id": format!("v{i}"), "vector": [1.0]}))
        .collect();
    let r = post_raw(
        &server,
        "/v1/indexes/idx_none/vectors",
        &json!({"vectors": vectors}),
    )
    .await;
    assert_eq!(r.status(), 400);
    let e: Value = r.json().await.unwrap();
    assert!(e.to_string().len() < 2000);
    assert_eq!(e["error"]["param"], "/vectors");
    // Token ids past their declared range are refused by the schema, with the range.
    let r = post_raw(
        &server,
        "/v1/embeddings",
        &json!({"model": "echo", "input": [4294967296u64]}),
    )
    .await;
    let e: Value = r.json().await.unwrap();
    assert!(e.to_string().contains("4294967295"), "{e}");
}

#[tokio::test]
async fn hypers_own_refusals_carry_the_envelope() {
    let server = Server::start(Options::default());
    let addr = server.addr();
    let raw = |request: Vec<u8>| {
        let mut s = TcpStream::connect(addr).unwrap();
        s.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
        s.write_all(&request).unwrap();
        let mut out = Vec::new();
        let _ = s.read_to_end(&mut out);
        String::from_utf8_lossy(&out).to_string()
    };
    let long_path = format!("GET /{} HTTP/1.1\r\nHost: x\r\n\r\n", "a".repeat(100_000));
    let mut many_headers = String::from("GET /healthz HTTP/1.1\r\nHost: x\r\n");
    for i in 0..150 {
        many_headers.push_str(&format!("x-h{i}: v\r\n"));
    }
    many_headers.push_str("\r\n");
    for (request, status) in [(long_path, "414"), (many_headers, "431")] {
        let answer = raw(request.into_bytes());
        assert!(
            answer.starts_with(&format!("HTTP/1.1 {status} ")),
            "{answer}"
        );
        assert!(
            answer.to_ascii_lowercase().contains("x-request-id: req_"),
            "{answer}"
        );
        let body = answer.split("\r\n\r\n").nth(1).unwrap_or_default();
        let v: Value = serde_json::from_str(body).unwrap();
        assert!(v["error"]["message"].is_string(), "{answer}");
    }
}

/// `promtool` from `make tools` (or `$LUKHAS_PROMTOOL`).
fn promtool() -> std::path::PathBuf {
    let path = std::env::var_os("LUKHAS_PROMTOOL")
        .map(std::path::PathBuf::from)
        .unwrap_or_else(|| common::workspace().join(".tools/bin/promtool"));
    assert!(
        path.is_file(),
        "{} is missing: run `make tools` (it unpacks promtool from Debian's prometheus package)",
        path.display()
    );
    path
}

#[tokio::test]
async fn metrics_pass_promtool_after_traffic_on_every_route() {
    let server = Server::start(Options::default());
    let client = reqwest::Client::new();
    let get = |p: &str| client.get(server.url(p)).bearer_auth(TOKEN).send();
    for p in [
        "/healthz",
        "/readyz",
        "/v1/models",
        "/v1/models/echo",
        "/v1/indexes",
        "/nowhere",
    ] {
        get(p).await.unwrap();
    }
    for (p, body) in [
        ("/v1/responses", json!({"model": "echo", "input": "hi"})),
        ("/v1/chat/completions", chat("echo", true)),
        ("/v1/embeddings", json!({"model": "echo", "input": "hi"})),
        ("/v1/dreams", json!({"model": "echo", "seed": "hi"})),
        ("/v1/embeddings", json!({"model": "echo"})),
    ] {
        post_raw(&server, p, &body).await.text().await.unwrap();
    }
    let r = client.get(server.url("/metrics")).send().await.unwrap();
    let content_type = r.headers()["content-type"].to_str().unwrap().to_string();
    assert!(content_type.starts_with("text/plain"), "{content_type}");
    let text = r.text().await.unwrap();
    // The OpenTelemetry GenAI metrics, under their conventional Prometheus names.
    for series in [
        r#"gen_ai_server_request_duration_seconds_bucket{gen_ai_operation_name="chat",gen_ai_request_model="echo""#,
        r#"gen_ai_server_request_duration_seconds_count{gen_ai_operation_name="embeddings",gen_ai_request_model="echo"}"#,
        r#"gen_ai_server_time_to_first_token_seconds_count{gen_ai_operation_name="chat",gen_ai_request_model="echo"}"#,
        r#"gen_ai_server_time_per_output_token_seconds_count{gen_ai_operation_name="chat",gen_ai_request_model="echo"}"#,
        r#"gen_ai_client_token_usage_sum{gen_ai_operation_name="chat",gen_ai_request_model="echo",gen_ai_token_type="output"}"#,
    ] {
        assert!(text.contains(series), "{series} is missing:\n{text}");
    }
    let mut check = std::process::Command::new(promtool())
        .args(["check", "metrics"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    check
        .stdin
        .take()
        .unwrap()
        .write_all(text.as_bytes())
        .unwrap();
    let out = check.wait_with_output().unwrap();
    assert!(
        out.status.success(),
        "promtool check metrics:\n{}{}\n{text}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}

/// Every leaf of a JSON value: its pointer and the value.
fn leaves(v: &Value, at: String, out: &mut Vec<(String, Value)>) {
    match v {
        Value::Object(m) => m
            .iter()
            .for_each(|(k, x)| leaves(x, format!("{at}/{k}"), out)),
        Value::Array(a) => a
            .iter()
            .enumerate()
            .for_each(|(i, x)| leaves(x, format!("{at}/{i}"), out)),
        leaf => out.push((at, leaf.clone())),
    }
}

/// A form's example as parts: file fields as files named by their value, the rest as text.
fn form(body: &Value, fields: &[lukhas_spec::document::FormField]) -> reqwest::multipart::Form {
    let mut form = reqwest::multipart::Form::new();
    for p in lukhas_spec::document::form_parts(body, fields) {
        form = match p.file {
            true => form.part(
                p.name,
                reqwest::multipart::Part::text(p.text.clone()).file_name(p.text),
            ),
            false => form.text(p.name, p.text),
        };
    }
    form
}

#[tokio::test]
async fn poisoned_numbers_and_huge_strings_in_every_field_get_bounded_answers() {
    use lukhas_spec::check::{response, Answer, Expect};
    let server = Server::start(Options::default());
    let spec =
        lukhas_spec::Spec::load(&common::workspace().join("spec/lukhas-openai.yaml")).unwrap();
    let api = lukhas_spec::model::Api::from_spec(&spec).unwrap();
    let created = post_raw(
        &server,
        "/v1/indexes",
        &json!({"name": "target", "dimension": 2}),
    )
    .await
    .json::<Value>()
    .await
    .unwrap();
    let index_id = created["id"].as_str().unwrap().to_string();
    let client = reqwest::Client::new();
    let huge = Value::String("x".repeat(1_000_000));
    let mut sent = 0;
    for op in api.ops.iter().filter(|o| o.method == "POST") {
        let Some(example) = op.body.as_ref().and_then(|b| b.example.clone()) else {
            continue;
        };
        let path = op.path.replace("{index_id}", &index_id);
        let mut found = Vec::new();
        leaves(&example, String::new(), &mut found);
        for (at, leaf) in found {
            let poisons = match leaf {
                Value::Number(_) => vec![json!(1e300), json!(-1e300), json!(f64::MAX)],
                Value::String(_) => vec![huge.clone()],
                _ => continue,
            };
            for poison in poisons {
                let mut body = example.clone();
                *body.pointer_mut(&at).unwrap() = poison;
                let request = client.post(server.url(&path)).bearer_auth(TOKEN);
                let request = match &op.form {
                    Some(fields) => request.multipart(form(&body, fields)),
                    None => request.json(&body),
                };
                let r = request.send().await.unwrap();
                let answer = Answer {
                    status: r.status().as_u16(),
                    headers: r.headers().clone(),
                    body: r.bytes().await.unwrap().to_vec(),
                };
                sent += 1;
                let where_ = format!("{} {at}", op.id);
                assert!(answer.status < 500, "{where_}: {}", answer.status);
                if answer.status >= 400 {
                    assert!(
                        answer.body.len() < 4096,
                        "{where_}: {} bytes",
                        answer.body.len()
                    );
                }
                let findings = response(op, &answer, Expect::Any);
                assert!(findings.is_empty(), "{where_}: {findings:?}");
            }
        }
    }
    assert!(sent > 50, "{sent}");
}

#[tokio::test]
async fn strict_outputs_that_break_their_schema_are_502s() {
    let (front, _) = front(FRONT, &[]);
    let schema = json!({"type": "object", "properties": {"answer": {"type": "number"}},
                        "required": ["answer"]});
    let format = |strict: bool| {
        json!({"type": "json_schema",
        "json_schema": {"name": "a", "schema": schema, "strict": strict}})
    };
    let messages = json!([{"role": "user", "content": "x"}]);
    let (s, e) = common::post_json(
        &reqwest::Client::new(),
        front.url("/v1/chat/completions"),
        &json!({"model": "off-schema", "messages": messages, "response_format": format(true)}),
    )
    .await;
    assert_eq!(s, 502, "{e}");
    assert_eq!(e["error"]["code"], "upstream_invalid_output");
    assert!(e["error"]["message"]
        .as_str()
        .unwrap()
        .contains("response_format.json_schema.schema"));
    // Not strict: passed through as the upstream wrote it.
    let (s, r) = common::post_json(
        &reqwest::Client::new(),
        front.url("/v1/chat/completions"),
        &json!({"model": "off-schema", "messages": messages, "response_format": format(false)}),
    )
    .await;
    assert_eq!(s, 200, "{r}");
    assert_eq!(
        r["choices"][0]["message"]["content"],
        "{\"answer\": \"not a number\"}"
    );

    let tool = |strict: bool| {
        json!([{"type": "function", "function": {"name": "lookup", "strict": strict,
        "parameters": {"type": "object", "properties": {"id": {"type": "integer"}}, "required": ["id"]}}}])
    };
    let (s, e) = common::post_json(
        &reqwest::Client::new(),
        front.url("/v1/chat/completions"),
        &json!({"model": "off-tool", "messages": messages, "tools": tool(true)}),
    )
    .await;
    assert_eq!(s, 502, "{e}");
    assert!(e["error"]["message"]
        .as_str()
        .unwrap()
        .contains("tools[0].function.parameters"));
    let (s, r) = common::post_json(
        &reqwest::Client::new(),
        front.url("/v1/chat/completions"),
        &json!({"model": "off-tool", "messages": messages, "tools": tool(false)}),
    )
    .await;
    assert_eq!(s, 200, "{r}");
    let call = &r["choices"][0]["message"]["tool_calls"][0];
    assert_eq!(
        (call["id"].as_str(), call["function"]["arguments"].as_str()),
        (Some("call_up"), Some("{\"id\": \"x\"}"))
    );
    assert_eq!(r["choices"][0]["finish_reason"], "tool_calls");
}
