//! Rate limits over HTTP: OpenAI's headers on admitted requests, 429s with `retry-after` and the
//! envelope, one budget per key and route group, a key's own rates from the keys file.

mod common;

use common::{bin, temp_dir, Options, Server, TOKEN};
use lukhas_runtime::auth::{new_key, KeyFile};
use reqwest::Response;
use serde_json::{json, Value};
use std::path::PathBuf;
use std::process::Command;

/// Rate limits on, `models` at 2 requests per second (bursts of 2).
fn limited(keys_file: Option<PathBuf>) -> Server {
    Server::start(Options {
        env: vec![
            ("LUKHAS_RELIABILITY_RATES__ENABLED".into(), "true".into()),
            ("LUKHAS_RELIABILITY_RATES__MODELS_RPS".into(), "2".into()),
        ],
        keys_file,
        ..Default::default()
    })
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
    let keys_file = dir.join("keys.yaml");
    let mut file = KeyFile::default();
    let (slow, mut stored) = new_key("acme", &["all".into()], None);
    stored.rates.insert("models_rps".into(), 0.5);
    file.keys.push(stored);
    let (other, stored) = new_key("acme", &["all".into()], None);
    file.keys.push(stored);
    file.write(&keys_file).unwrap();
    let server = limited(Some(keys_file));

    let (admitted, _) = until_refused(&server, &slow).await;
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
async fn limits_can_be_turned_off() {
    let server = Server::start(Options::default()); // the tests' default: off
    let r = models(&server, TOKEN).await;
    assert_eq!(r.status(), 200);
    assert!(!r.headers().contains_key("x-ratelimit-limit-requests"));
}

#[test]
fn a_bad_rate_in_the_keys_file_stops_start_up_with_its_key() {
    let dir = temp_dir("badrates");
    let keys_file = dir.join("keys.yaml");
    let mut file = KeyFile::default();
    let (_, mut stored) = new_key("acme", &["all".into()], None);
    stored.rates.insert("chat_rps".into(), 5.0);
    file.keys.push(stored);
    file.write(&keys_file).unwrap();
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
