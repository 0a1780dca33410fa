//! Rate limits over HTTP: OpenAI's headers on admitted requests, 429s with `retry-after` and the
//! envelope, one budget per key and route group, a key's own rates from the keys file; replicas
//! that share a real Redis share the budget, and a Redis that goes away is survived.

mod common;

use common::{bin, temp_dir, Options, Redis, Server, TOKEN};
use lukhas_runtime::auth::{new_key, KeyFile};
use reqwest::Response;
use serde_json::{json, Value};
use std::path::PathBuf;
use std::process::Command;

/// Rate limits on, `models` at 2 requests per second (bursts of 2).
fn limited(keys_file: Option<PathBuf>) -> Server {
    limited_at("2", &[], keys_file)
}

/// Rate limits on, `models` at `rps`, with more environment.
fn limited_at(rps: &str, env: &[(&str, &str)], keys_file: Option<PathBuf>) -> Server {
    let mut vars = vec![
        ("LUKHAS_RELIABILITY_RATES__ENABLED".into(), "true".into()),
        ("LUKHAS_RELIABILITY_RATES__MODELS_RPS".into(), rps.into()),
    ];
    vars.extend(env.iter().map(|(k, v)| (k.to_string(), v.to_string())));
    Server::start(Options {
        env: vars,
        keys_file,
        ..Default::default()
    })
}

/// A replica counting in `redis`.
fn replica(redis: &Redis, rps: &str, fail_open: bool) -> Server {
    let url = redis.url();
    limited_at(
        rps,
        &[
            ("LUKHAS_STATE__BACKEND", "redis"),
            ("LUKHAS_STATE__REDIS_URL", &url),
            (
                "LUKHAS_STATE__RATE_LIMITS_FAIL_OPEN",
                if fail_open { "true" } else { "false" },
            ),
        ],
        None,
    )
}

/// A keys file in `dir` with one all-scopes key of tenant `acme` per entry, each with its own rate
/// when given; the file and the keys.
fn keys_with(dir: &std::path::Path, rates: &[Option<(&str, f64)>]) -> (PathBuf, Vec<String>) {
    let mut file = KeyFile::default();
    let keys = rates
        .iter()
        .map(|rate| {
            let (plain, mut stored) = new_key("acme", &["all".into()], None);
            if let Some((group, rps)) = rate {
                stored.rates.insert(group.to_string(), *rps);
            }
            file.keys.push(stored);
            plain
        })
        .collect();
    let path = dir.join("keys.yaml");
    file.write(&path).unwrap();
    (path, keys)
}

async fn readiness(server: &Server) -> (u16, Value) {
    let r = reqwest::get(server.url("/readyz")).await.unwrap();
    (r.status().as_u16(), r.json().await.unwrap())
}

async fn models(server: &Server, key: &str) -> Response {
    reqwest::Client::new()
        .get(server.url("/v1/models"))
        .bearer_auth(key)
        .send()
        .await
        .unwrap()
}

fn header<'a>(r: &'a Response, name: &str) -> &'a str {
    r.headers()
        .get(name)
        .unwrap_or_else(|| panic!("no {name}"))
        .to_str()
        .unwrap()
}

/// Requests until the first 429 (at most 10): the admitted ones, and the refusal.
async fn until_refused(server: &Server, key: &str) -> (Vec<Response>, Response) {
    let mut admitted = Vec::new();
    for _ in 0..10 {
        let r = models(server, key).await;
        if r.status() == 429 {
            return (admitted, r);
        }
        assert_eq!(r.status(), 200);
        admitted.push(r);
    }
    panic!("10 requests at 2 per second were all admitted");
}

fn is_duration(v: &str) -> bool {
    let digits = v.trim_end_matches("ms").trim_end_matches('s');
    (v.ends_with("ms") || v.ends_with('s')) && digits.parse::<f64>().is_ok_and(|d| d >= 0.0)
}

#[tokio::test]
async fn admitted_answers_carry_the_headers_and_a_burst_gets_a_429() {
    let server = limited(None);
    let (admitted, refused) = until_refused(&server, TOKEN).await;
    let first = &admitted[0];
    assert_eq!(header(first, "x-ratelimit-limit-requests"), "2");
    assert_eq!(header(first, "x-ratelimit-remaining-requests"), "1");
    let reset = header(first, "x-ratelimit-reset-requests");
    assert!(is_duration(reset), "{reset}");

    assert_eq!(header(&refused, "x-ratelimit-remaining-requests"), "0");
    assert!(header(&refused, "retry-after").parse::<u64>().unwrap() >= 1);
    let wait_ms: u64 = header(&refused, "retry-after-ms").parse().unwrap();
    assert!((1..=500).contains(&wait_ms), "{wait_ms}");
    assert!(!header(&refused, "x-request-id").is_empty());
    let v: Value = refused.json().await.unwrap();
    assert_eq!(v["error"]["type"], "requests", "{v}");
    assert_eq!(v["error"]["code"], "rate_limit_exceeded", "{v}");
    assert!(v["error"]["message"].as_str().unwrap().contains("models"));

    // Another group has its own budget.
    let r = reqwest::Client::new()
        .post(server.url("/v1/embeddings"))
        .bearer_auth(TOKEN)
        .json(&json!({"model": "text-embedding-minilm", "input": "hi"}))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
    assert_eq!(header(&r, "x-ratelimit-limit-requests"), "50");

    // Waiting as told is enough.
    tokio::time::sleep(std::time::Duration::from_millis(wait_ms)).await;
    assert_eq!(models(&server, TOKEN).await.status(), 200);
}

#[tokio::test]
async fn each_key_has_its_own_budget_and_may_carry_its_own_rates() {
    let dir = temp_dir("rates");
    let (keys_file, keys) = keys_with(&dir, &[Some(("models_rps", 0.5)), None]);
    let (slow, other) = (&keys[0], &keys[1]);
    let server = limited(Some(keys_file));

    let (admitted, _) = until_refused(&server, slow).await;
    assert_eq!(
        admitted.len(),
        1,
        "half a request per second: bursts of one"
    );
    assert_eq!(header(&admitted[0], "x-ratelimit-limit-requests"), "1");
    // The other key of the same tenant, and the environment's key, are not affected.
    for key in [other.as_str(), TOKEN] {
        let r = models(&server, key).await;
        assert_eq!(r.status(), 200);
        assert_eq!(header(&r, "x-ratelimit-limit-requests"), "2");
    }
}

#[tokio::test]
async fn per_tenant_the_keys_of_a_tenant_share_one_budget() {
    let dir = temp_dir("tenant-rates");
    let (keys_file, keys) = keys_with(&dir, &[None, None]);
    let server = limited_at(
        "2",
        &[("LUKHAS_RELIABILITY_RATES__PER", "tenant")],
        Some(keys_file),
    );
    // Two keys of tenant acme: two requests between them, whichever key sends them.
    assert_eq!(models(&server, &keys[0]).await.status(), 200);
    assert_eq!(models(&server, &keys[1]).await.status(), 200);
    assert_eq!(models(&server, &keys[0]).await.status(), 429);
    assert_eq!(models(&server, &keys[1]).await.status(), 429);
    // The environment's key is tenant `default`: a budget of its own.
    assert_eq!(models(&server, TOKEN).await.status(), 200);
}

/// One chat completion of `max_tokens` to `server`.
async fn chat(server: &Server, max_tokens: u32) -> Response {
    reqwest::Client::new()
        .post(server.url("/v1/chat/completions"))
        .bearer_auth(TOKEN)
        .json(&json!({"model": "echo", "max_tokens": max_tokens,
                      "messages": [{"role": "user", "content": "hi"}]}))
        .send()
        .await
        .unwrap()
}

#[tokio::test]
async fn tokens_per_minute_are_shared_by_replicas() {
    let redis = Redis::start();
    let url = redis.url();
    let env = [
        ("LUKHAS_STATE__BACKEND", "redis"),
        ("LUKHAS_STATE__REDIS_URL", url.as_str()),
        ("LUKHAS_RELIABILITY_RATES__RESPONSES_TPM", "600"),
    ];
    let (a, b) = (limited_at("100", &env, None), limited_at("100", &env, None));
    // About 420 tokens (the body's characters / 4, plus 400): one fits in 600, two do not.
    let first = chat(&a, 400).await;
    assert_eq!(first.status(), 200);
    assert_eq!(header(&first, "x-ratelimit-limit-tokens"), "600");
    let left: u32 = header(&first, "x-ratelimit-remaining-tokens")
        .parse()
        .unwrap();
    assert!((150..200).contains(&left), "{left}");
    assert!(is_duration(header(&first, "x-ratelimit-reset-tokens")));
    let refused = chat(&b, 400).await;
    assert_eq!(refused.status(), 429);
    assert_eq!(header(&refused, "x-ratelimit-remaining-tokens"), "0");
    let wait_ms: u64 = header(&refused, "retry-after-ms").parse().unwrap();
    // 240 more tokens at 10 a second.
    assert!((20_000..=30_000).contains(&wait_ms), "{wait_ms}");
    let v: Value = refused.json().await.unwrap();
    assert_eq!(v["error"]["type"], "tokens", "{v}");
    // A small one still fits; one larger than the whole minute never does.
    assert_eq!(chat(&b, 50).await.status(), 200);
    let too_large = chat(&a, 5000).await;
    assert_eq!(too_large.status(), 413);
    let v: Value = too_large.json().await.unwrap();
    assert_eq!(v["error"]["code"], "request_too_large", "{v}");
    let metrics = b.metrics().await;
    assert!(
        metrics.contains(r#"lukhas_rate_limit_rejections_total{group="responses_tpm"} 1"#),
        "{metrics}"
    );
}

#[tokio::test]
async fn limits_can_be_turned_off() {
    let server = Server::start(Options::default()); // the tests' default: off
    let r = models(&server, TOKEN).await;
    assert_eq!(r.status(), 200);
    assert!(!r.headers().contains_key("x-ratelimit-limit-requests"));
}

#[test]
fn a_bad_rate_in_the_keys_file_stops_start_up_with_its_key() {
    let dir = temp_dir("badrates");
    let (keys_file, _) = keys_with(&dir, &[Some(("chat_rps", 5.0))]);
    let config = common::write_config(
        &dir,
        "{bind: '127.0.0.1:0'}",
        &keys_file,
        common::ECHO_MODELS,
    );
    let out = Command::new(bin())
        .args(["serve", "--config"])
        .arg(&config)
        .current_dir(common::workspace())
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        !out.status.success() && err.contains("keys[0].rates.chat_rps"),
        "{err}"
    );
}

#[tokio::test]
async fn replicas_sharing_redis_share_one_budget() {
    let redis = Redis::start();
    // Half a request per second: bursts of one, then one every 2 s.
    let (a, b) = (replica(&redis, "0.5", true), replica(&redis, "0.5", true));
    let first = models(&a, TOKEN).await;
    assert_eq!(first.status(), 200);
    assert_eq!(header(&first, "x-ratelimit-remaining-requests"), "0");
    // The other replica knows: in memory, it would admit its own burst.
    let refused = models(&b, TOKEN).await;
    assert_eq!(refused.status(), 429);
    let wait_ms: u64 = header(&refused, "retry-after-ms").parse().unwrap();
    assert!((1..=2000).contains(&wait_ms), "{wait_ms}");
}

#[tokio::test]
async fn twice_the_rate_across_two_replicas_is_held_to_the_limit() {
    let redis = Redis::start();
    let (a, b) = (replica(&redis, "10", true), replica(&redis, "10", true));
    let start = std::time::Instant::now();
    let (mut sent, mut admitted) = (0u32, 0u32);
    // 20 requests a second for 3 s, alternating replicas, against 10 a second (bursts of 10).
    while start.elapsed() < std::time::Duration::from_secs(3) {
        let server = if sent % 2 == 0 { &a } else { &b };
        let r = models(server, TOKEN).await;
        assert!(matches!(r.status().as_u16(), 200 | 429), "{}", r.status());
        admitted += u32::from(r.status() == 200);
        sent += 1;
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    // GCRA admits the burst, then the rate: at most 10 + 10 x elapsed, and no fewer than were
    // sent while sending faster than that.
    let allowed = (10.0 + 10.0 * start.elapsed().as_secs_f64()).min(sent as f64);
    let off = (admitted as f64 - allowed).abs() / allowed;
    assert!(
        off <= 0.10,
        "{admitted} admitted of {sent} sent; the limit allows {allowed:.1} ({:.0}% off)",
        off * 100.0
    );
}

#[tokio::test]
async fn without_redis_requests_are_admitted_uncounted_and_readiness_says_degraded() {
    let mut redis = Redis::start();
    let server = replica(&redis, "0.5", true);
    assert_eq!(models(&server, TOKEN).await.status(), 200);
    assert_eq!(models(&server, TOKEN).await.status(), 429);
    let (status, v) = readiness(&server).await;
    assert_eq!(
        (status, &v["checks"]["state:redis"]["status"]),
        (200, &json!("ok")),
        "{v}"
    );

    redis.stop();
    for _ in 0..3 {
        let r = models(&server, TOKEN).await;
        assert_eq!(r.status(), 200, "fail open");
        assert!(!r.headers().contains_key("x-ratelimit-limit-requests"));
    }
    let (status, v) = readiness(&server).await;
    assert_eq!(status, 200, "{v}");
    assert_eq!(v["checks"]["state:redis"]["status"], "degraded", "{v}");
    assert!(
        !v.to_string().contains("127.0.0.1"),
        "no address in public detail: {v}"
    );

    // Back: counted again (Redis restarted empty, so the burst is whole).
    redis.restart();
    let mut counted = None;
    for _ in 0..100 {
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
        let r = models(&server, TOKEN).await;
        if r.headers().contains_key("x-ratelimit-limit-requests") {
            counted = Some(r);
            break;
        }
    }
    let counted = counted.expect("counting resumes within 10 s of Redis returning");
    assert_eq!(counted.status(), 200);
    assert_eq!(models(&server, TOKEN).await.status(), 429);
    let (_, v) = readiness(&server).await;
    assert_eq!(v["checks"]["state:redis"]["status"], "ok", "{v}");
}

#[tokio::test]
async fn fail_closed_refuses_with_503_while_redis_is_away() {
    let mut redis = Redis::start();
    let server = replica(&redis, "100", false);
    assert_eq!(models(&server, TOKEN).await.status(), 200);
    redis.stop();
    let r = models(&server, TOKEN).await;
    assert_eq!(r.status(), 503);
    assert!(r.headers().contains_key("retry-after"));
    let v: Value = r.json().await.unwrap();
    assert_eq!(v["error"]["type"], "server_error", "{v}");
    assert!(!v.to_string().contains("redis://"), "{v}");
    let (status, v) = readiness(&server).await;
    assert_eq!(status, 503, "{v}");
    assert_eq!(v["checks"]["state:redis"]["status"], "fail", "{v}");
    // The public routes do not depend on it.
    let health = reqwest::get(server.url("/healthz")).await.unwrap();
    assert_eq!(health.status(), 200);
}
