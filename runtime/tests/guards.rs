//! The guardian and idempotency over HTTP: card numbers and secrets masked before the model and in
//! its output (whole and streamed), Cedar policies that deny and redact, the audit log without the
//! data, a deny-all policy that leaves the probes answering, start-up errors that locate a bad
//! policy; idempotent replays (JSON and streams), 422 and 409, keys kept across `kill -9`, and
//! shared by replicas through a real Redis, with 503 while Redis is away.

mod common;

use common::{bin, temp_dir, workspace, Options, Redis, Server, TOKEN};
use reqwest::header::HeaderMap;
use serde_json::{json, Value};
use std::path::Path;
use std::time::Duration;

const CARD: &str = "4111 1111 1111 1111";
const SECRET: &str = "sk-proj-AbC123dEf456GhI789jkl";
const EMAIL: &str = "jane.doe@example.com";

/// Policies that shipped ones extend (with `extra` appended), in a file of `dir`.
fn policies(dir: &Path, extra: &str) -> String {
    let shipped =
        std::fs::read_to_string(workspace().join("configs/guardian/policies.cedar")).unwrap();
    let path = dir.join("policies.cedar");
    std::fs::write(&path, format!("{shipped}\n{extra}")).unwrap();
    path.display().to_string()
}

fn with_env(env: &[(&str, &str)]) -> Server {
    Server::start(Options {
        env: env
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect(),
        ..Default::default()
    })
}

fn chat(content: &str, stream: bool) -> Value {
    json!({"model": "echo", "stream": stream, "messages": [{"role": "user", "content": content}]})
}

/// POST with the all-scopes token and these headers: status, headers, body text.
async fn post(
    server: &Server,
    path: &str,
    body: &Value,
    headers: &[(&str, &[u8])],
) -> (u16, HeaderMap, String) {
    let mut req = server
        .client()
        .post(server.url(path))
        .bearer_auth(TOKEN)
        .json(body);
    for (k, v) in headers {
        req = req.header(*k, reqwest::header::HeaderValue::from_bytes(v).unwrap());
    }
    let r = req.send().await.unwrap();
    let (status, headers) = (r.status().as_u16(), r.headers().clone());
    (status, headers, r.text().await.unwrap())
}

/// The text of a chat completion, whole or streamed.
fn content(body: &str) -> String {
    if let Ok(v) = serde_json::from_str::<Value>(body) {
        return v["choices"][0]["message"]["content"]
            .as_str()
            .unwrap_or_default()
            .to_string();
    }
    body.lines()
        .filter_map(|l| l.strip_prefix("data: "))
        .filter_map(|d| serde_json::from_str::<Value>(d).ok())
        .filter_map(|v| {
            v["choices"][0]["delta"]["content"]
                .as_str()
                .map(String::from)
        })
        .collect()
}

/// The audit log's lines once it holds `n` (its writer is asynchronous).
async fn audit(server: &Server, n: usize) -> Vec<Value> {
    let path = server.dir.join("data/audit/guardian.jsonl");
    for _ in 0..200 {
        let text = std::fs::read_to_string(&path).unwrap_or_default();
        if text.lines().count() >= n {
            return text
                .lines()
                .map(|l| serde_json::from_str(l).unwrap())
                .collect();
        }
        tokio::time::sleep(Duration::from_millis(25)).await;
    }
    panic!("the audit log has fewer than {n} lines");
}

#[tokio::test]
async fn cards_and_secrets_never_reach_the_model_and_the_audit_log_names_no_data() {
    let server = with_env(&[]);
    let prompt = format!("pay with {CARD} using {SECRET} and mail {EMAIL} please");
    for stream in [false, true] {
        let (status, _, body) =
            post(&server, "/v1/chat/completions", &chat(&prompt, stream), &[]).await;
        assert_eq!(status, 200, "{body}");
        let text = content(&body);
        // The echo engine repeats what it was given: the model saw the masked prompt.
        assert_eq!(
            text,
            format!("pay with [CARD] using [SECRET] and mail {EMAIL} please")
        );
        assert!(
            !body.contains("4111") && !body.contains("sk-proj"),
            "{body}"
        );
    }
    let lines = audit(&server, 4).await;
    let text = serde_json::to_string(&lines).unwrap();
    for data in ["4111", "sk-proj", "jane.doe"] {
        assert!(!text.contains(data), "{data} in the audit log: {text}");
    }
    let redact = &lines[0];
    assert_eq!(redact["action"], "redact");
    assert_eq!(redact["phase"], "input");
    assert_eq!(redact["operation"], "createChatCompletion");
    assert_eq!(redact["categories"], json!(["secret", "card"]));
    assert_eq!(redact["policies"], json!(["mask-cards", "mask-secrets"]));
    assert!(redact["request_id"].as_str().unwrap().starts_with("req_"));
    assert_eq!(lines[1]["action"], "allow");
    assert_eq!(lines[1]["categories"], json!(["email"]));
    let metrics = server.metrics().await;
    assert!(
        metrics.contains(r#"lukhas_guardian_decisions_total{action="redact",phase="input"} 2"#),
        "{metrics}"
    );
}

#[tokio::test]
async fn output_is_masked_as_it_streams_and_policies_deny_by_id() {
    let dir = temp_dir("policy");
    let path = policies(
        &dir,
        r#"
@id("mask-emails-in-output") @redact("email")
forbid (principal, action, resource) when { context.phase == "output" && context.pii.contains("email") };
@id("no-echo-for-acme")
forbid (principal in Lukhas::Tenant::"acme", action, resource == Lukhas::Model::"echo");
@id("block-ibans")
forbid (principal, action, resource) when { context.pii.contains("iban") };
"#,
    );
    let server = with_env(&[("LUKHAS_GUARDIAN__POLICIES", &path)]);
    // The model gets the address (input allows it); its output is masked, also when an address
    // is streamed in pieces.
    let prompt = format!("write to {EMAIL} or to bob@example.org today");
    for stream in [false, true] {
        let (status, _, body) =
            post(&server, "/v1/chat/completions", &chat(&prompt, stream), &[]).await;
        assert_eq!(status, 200, "{body}");
        assert_eq!(content(&body), "write to [EMAIL] or to [EMAIL] today");
        assert!(!body.contains("example"), "{body}");
    }
    // Responses stream the same way.
    let (status, _, body) = post(
        &server,
        "/v1/responses",
        &json!({"model": "echo", "input": prompt, "stream": true, "store": false}),
        &[],
    )
    .await;
    assert_eq!(status, 200, "{body}");
    assert!(
        body.contains("[EMAIL]") && !body.contains("example"),
        "{body}"
    );

    let (status, _, body) = post(
        &server,
        "/v1/chat/completions",
        &chat("my IBAN is GB82 WEST 1234 5698 7654 32", false),
        &[],
    )
    .await;
    assert_eq!(status, 403);
    let e: Value = serde_json::from_str(&body).unwrap();
    assert_eq!(e["error"]["code"], "policy_violation");
    assert!(
        e["error"]["message"]
            .as_str()
            .unwrap()
            .contains("`block-ibans`"),
        "{e}"
    );
    assert!(!body.contains("GB82"));
    drop(server);

    // The same policies for a key of tenant acme: the echo model is off limits, others are not.
    let acme = with_env(&[
        ("LUKHAS_GUARDIAN__POLICIES", &path),
        ("LUKHAS_API_TENANT", "acme"),
    ]);
    let (status, _, body) = post(&acme, "/v1/chat/completions", &chat("hi", false), &[]).await;
    assert_eq!(status, 403, "{body}");
    assert!(body.contains("`no-echo-for-acme`"), "{body}");
    let other = json!({"model": "lukhas-matriz", "messages": [{"role": "user", "content": "hi"}]});
    let (status, _, _) = post(&acme, "/v1/chat/completions", &other, &[]).await;
    assert_eq!(status, 200);
}

#[tokio::test]
async fn a_policy_denying_everything_still_lets_the_probes_answer() {
    let dir = temp_dir("deny-all");
    let path = dir.join("deny.cedar");
    std::fs::write(
        &path,
        "@id(\"deny-all\")\nforbid (principal, action, resource);\n",
    )
    .unwrap();
    let server = with_env(&[("LUKHAS_GUARDIAN__POLICIES", path.to_str().unwrap())]);
    let client = server.client();
    for probe in ["/healthz", "/readyz", "/metrics"] {
        let r = client.get(server.url(probe)).send().await.unwrap();
        assert_eq!(r.status(), 200, "{probe}");
    }
    let (status, body) = common::call(
        &client,
        reqwest::Method::GET,
        server.url("/v1/models"),
        TOKEN,
        None,
    )
    .await;
    assert_eq!(status, 403);
    assert_eq!(body["error"]["code"], "policy_violation");
    assert!(body["error"]["message"]
        .as_str()
        .unwrap()
        .contains("`deny-all`"));
}

#[test]
fn a_malformed_policy_stops_the_start_with_its_file_line_and_message() {
    let dir = temp_dir("bad-policy");
    let path = dir.join("bad.cedar");
    std::fs::write(
        &path,
        "permit (principal, action, resource);\n\nforbid (principal, action, resource) when { context.colour == \"red\" };\n",
    )
    .unwrap();
    let config = common::write_config(
        &dir,
        "{bind: '127.0.0.1:0'}",
        &dir.join("keys.yaml"),
        common::ECHO_MODELS,
    );
    let out = std::process::Command::new(bin())
        .args(["serve", "--config"])
        .arg(&config)
        .current_dir(workspace())
        .env("LUKHAS_API_TOKEN", TOKEN)
        .env("LUKHAS_GUARDIAN__POLICIES", &path)
        .output()
        .unwrap();
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains(&format!("{}:3:", path.display())) && err.contains("colour"),
        "{err}"
    );
}

fn replayed(h: &HeaderMap) -> bool {
    h.get("idempotent-replayed").is_some_and(|v| v == "true")
}

#[tokio::test]
async fn idempotent_requests_replay_and_refuse_misuse_in_the_database() {
    replays_and_refusals(&with_env(&[])).await;
}

#[tokio::test]
async fn idempotent_requests_replay_and_refuse_misuse_in_redis() {
    let redis = Redis::start();
    let url = redis.url();
    let server = with_env(&[
        ("LUKHAS_STATE__BACKEND", "redis"),
        ("LUKHAS_STATE__REDIS_URL", url.as_str()),
    ]);
    replays_and_refusals(&server).await;
}

/// The same checks for either record store.
async fn replays_and_refusals(server: &Server) {
    let key: &[(&str, &[u8])] = &[("idempotency-key", b"order-1")];
    let body = chat("hello there", false);
    let (s1, h1, b1) = post(server, "/v1/chat/completions", &body, key).await;
    let (s2, h2, b2) = post(server, "/v1/chat/completions", &body, key).await;
    assert_eq!((s1, s2), (200, 200));
    assert!(!replayed(&h1) && replayed(&h2));
    // The same completion (its id is random), not a second one.
    assert_eq!(b1, b2);

    let (status, _, b) = post(server, "/v1/chat/completions", &chat("other", false), key).await;
    assert_eq!(status, 422, "{b}");
    assert!(b.contains("idempotency_key_reused"));
    // The same key on another path is another request too.
    let (status, _, _) = post(server, "/v1/embeddings", &json!({"input": "x"}), key).await;
    assert_eq!(status, 422);

    // Streams are kept once they end and replayed as streams.
    let skey: &[(&str, &[u8])] = &[("idempotency-key", b"stream-1")];
    let sbody = chat("stream me please", true);
    let (s1, _, b1) = post(server, "/v1/chat/completions", &sbody, skey).await;
    let (s2, h2, b2) = post(server, "/v1/chat/completions", &sbody, skey).await;
    assert_eq!((s1, s2), (200, 200));
    assert!(
        replayed(&h2) && b1 == b2 && b1.ends_with("data: [DONE]\n\n"),
        "{b1}"
    );
    assert!(h2["content-type"]
        .to_str()
        .unwrap()
        .starts_with("text/event-stream"));

    // Bad keys.
    for bad in ["k".repeat(256).into_bytes(), "clé".as_bytes().to_vec()] {
        let (status, _, b) = post(
            server,
            "/v1/chat/completions",
            &body,
            &[("idempotency-key", &bad)],
        )
        .await;
        assert_eq!(status, 400, "{b}");
        assert!(b.contains("invalid_idempotency_key"));
    }

    // Failures are not kept: a retry runs again.
    let fkey: &[(&str, &[u8])] = &[("idempotency-key", b"fail-1")];
    let broken = json!({"model": "broken", "messages": [{"role": "user", "content": "x"}]});
    let (s1, _, _) = post(server, "/v1/chat/completions", &broken, fkey).await;
    let (s2, h2, _) = post(server, "/v1/chat/completions", &broken, fkey).await;
    assert!(s1 >= 500 && s2 >= 500 && !replayed(&h2));

    // A repeat while the first runs is 409; after it, a replay.
    let lkey: &[(&str, &[u8])] = &[("idempotency-key", b"slow-1")];
    let slow = json!({"model": "slow", "messages": [{"role": "user", "content": "x"}]});
    let first = post(server, "/v1/chat/completions", &slow, lkey);
    let second = async {
        tokio::time::sleep(Duration::from_millis(700)).await;
        post(server, "/v1/chat/completions", &slow, lkey).await
    };
    let ((s1, _, b1), (s2, h2, b2)) = tokio::join!(first, second);
    assert_eq!(s1, 200);
    assert_eq!(s2, 409, "{b2}");
    assert!(h2.contains_key("retry-after") && b2.contains("idempotency_key_in_use"));
    let (s3, h3, b3) = post(server, "/v1/chat/completions", &slow, lkey).await;
    assert!(s3 == 200 && replayed(&h3) && b3 == b1);
    let metrics = server.metrics().await;
    for line in [
        r#"lukhas_idempotency_requests_total{outcome="replayed"} 3"#,
        r#"lukhas_idempotency_requests_total{outcome="mismatch"} 2"#,
        r#"lukhas_idempotency_requests_total{outcome="in_progress"} 1"#,
    ] {
        assert!(metrics.contains(line), "{line} not in {metrics}");
    }
}

#[tokio::test]
async fn a_kept_answer_survives_kill_9() {
    let server = with_env(&[]);
    let key: &[(&str, &[u8])] = &[("idempotency-key", b"durable-1")];
    let body = chat("remember me", false);
    let (_, _, b1) = post(&server, "/v1/chat/completions", &body, key).await;
    let dir = server.kill9();
    let server = Server::start(Options {
        dir: Some(dir),
        ..Default::default()
    });
    let (status, h, b2) = post(&server, "/v1/chat/completions", &body, key).await;
    assert!(status == 200 && replayed(&h) && b1 == b2);
}

#[tokio::test]
async fn replicas_share_idempotency_keys_through_redis_and_refuse_without_it() {
    let mut redis = Redis::start();
    let url = redis.url();
    let env = [
        ("LUKHAS_STATE__BACKEND", "redis"),
        ("LUKHAS_STATE__REDIS_URL", url.as_str()),
    ];
    let (a, b) = (with_env(&env), with_env(&env));
    let key: &[(&str, &[u8])] = &[("idempotency-key", b"shared-1")];
    let body = chat("once only", false);
    let (sa, ha, ba) = post(&a, "/v1/chat/completions", &body, key).await;
    let (sb, hb, bb) = post(&b, "/v1/chat/completions", &body, key).await;
    assert!(sa == 200 && sb == 200 && !replayed(&ha) && replayed(&hb) && ba == bb);
    let (status, _, _) = post(&b, "/v1/chat/completions", &chat("changed", false), key).await;
    assert_eq!(status, 422);

    // Redis away: keyed requests are refused (fail-closed), with the envelope; others are served.
    redis.stop();
    let (status, h, text) = post(
        &a,
        "/v1/chat/completions",
        &body,
        &[("idempotency-key", b"shared-2")],
    )
    .await;
    assert_eq!(status, 503, "{text}");
    assert!(h.contains_key("retry-after"));
    let e: Value = serde_json::from_str(&text).unwrap();
    assert!(e["error"]["message"]
        .as_str()
        .unwrap()
        .contains("Idempotency"));
    let (status, _, _) = post(&a, "/v1/chat/completions", &body, &[]).await;
    assert_eq!(status, 200);

    // Back: keys work again once the back-off has passed.
    redis.restart();
    let mut last = 0;
    for _ in 0..40 {
        tokio::time::sleep(Duration::from_millis(250)).await;
        let (status, _, _) = post(
            &a,
            "/v1/chat/completions",
            &body,
            &[("idempotency-key", b"shared-3")],
        )
        .await;
        last = status;
        if status == 200 {
            break;
        }
    }
    assert_eq!(last, 200);
}
