//! The observability configs under `configs/observability/` hold together: Prometheus's config
//! and the SLO rules pass `promtool check`, the rules' unit tests pass `promtool test rules`
//! (the burn-rate alerts fire when they should and not when they should not), and every series
//! the rules and the Grafana dashboard read is one a live server exports, with a histogram bucket
//! at every latency budget.

mod common;

use common::{workspace, Options, Server, TOKEN};
use serde_json::{json, Value};
use std::collections::BTreeSet;
use std::process::Command;

fn promtool(args: &[&str]) {
    let bin = std::env::var_os("LUKHAS_PROMTOOL")
        .map(std::path::PathBuf::from)
        .unwrap_or_else(|| workspace().join(".tools/bin/promtool"));
    assert!(
        bin.is_file(),
        "{} is missing: run `make tools`",
        bin.display()
    );
    let out = Command::new(bin)
        .args(args)
        .current_dir(workspace().join("configs/observability"))
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "promtool {args:?}:\n{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn prometheus_config_and_slo_rules_pass_promtool_and_their_unit_tests() {
    promtool(&["check", "config", "prometheus.yml"]);
    promtool(&["check", "rules", "rules/slo.rules.yml"]);
    promtool(&["test", "rules", "rules/slo.rules.test.yml"]);
}

/// Labels of the GenAI series (which share the series' prefix).
const LABELS: [&str; 3] = [
    "gen_ai_operation_name",
    "gen_ai_request_model",
    "gen_ai_token_type",
];

/// The metric names an expression reads: `lukhas_…` and `gen_ai_…` series and `lukhas:…`
/// recording rules.
fn metric_names(expr: &str, out: &mut BTreeSet<String>) {
    let mut word = String::new();
    for c in expr.chars().chain([' ']) {
        if c.is_ascii_alphanumeric() || c == '_' || c == ':' {
            word.push(c);
            continue;
        }
        if (word.starts_with("lukhas") || word.starts_with("gen_ai_"))
            && !LABELS.contains(&word.as_str())
        {
            out.insert(word.clone());
        }
        word.clear();
    }
}

#[tokio::test]
async fn every_series_the_rules_and_the_dashboard_read_is_exported() {
    let dir = workspace().join("configs/observability");
    let rules: serde_yaml_ng::Value =
        serde_yaml_ng::from_str(&std::fs::read_to_string(dir.join("rules/slo.rules.yml")).unwrap())
            .unwrap();
    let dashboard: Value =
        serde_json::from_str(&std::fs::read_to_string(dir.join("grafana/lukhas.json")).unwrap())
            .unwrap();
    let (mut read, mut recorded) = (BTreeSet::new(), BTreeSet::new());
    for group in rules["groups"].as_sequence().unwrap() {
        for rule in group["rules"].as_sequence().unwrap() {
            metric_names(rule["expr"].as_str().unwrap(), &mut read);
            if let Some(name) = rule["record"].as_str() {
                recorded.insert(name.to_string());
            }
        }
    }
    for panel in dashboard["panels"].as_array().unwrap() {
        for target in panel["targets"].as_array().unwrap() {
            metric_names(target["expr"].as_str().unwrap(), &mut read);
        }
    }

    // A server after traffic through what the series count.
    let server = Server::start(Options::default());
    let client = server.client();
    for (path, body) in [
        (
            "/v1/chat/completions",
            json!({"model": "echo", "stream": true, "messages": [{"role": "user", "content": "two words"}]}),
        ),
        ("/v1/responses", json!({"model": "echo", "input": "hi"})),
        ("/v1/embeddings", json!({"model": "echo", "input": "hi"})),
        (
            "/v1/chat/completions",
            json!({"model": "broken", "messages": [{"role": "user", "content": "x"}]}),
        ),
        (
            "/v1/chat/completions",
            json!({"model": "echo", "messages": [{"role": "user", "content": "card 4111 1111 1111 1111"}]}),
        ),
    ] {
        let r = client
            .post(server.url(path))
            .bearer_auth(TOKEN)
            .json(&body)
            .send()
            .await
            .unwrap();
        let _ = r.text().await;
    }
    // An index with two vectors: the size gauges count them.
    let created: Value = client
        .post(server.url("/v1/indexes"))
        .bearer_auth(TOKEN)
        .json(&json!({"name": "sizes", "dimension": 2, "metric": "euclidean"}))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let added = client
        .post(server.url(&format!("/v1/indexes/{}/vectors", created["id"].as_str().unwrap())))
        .bearer_auth(TOKEN)
        .json(&json!({"vectors": [{"id": "a", "vector": [0.0, 1.0]}, {"id": "b", "vector": [1.0, 0.0]}]}))
        .send()
        .await
        .unwrap();
    assert!(added.status().is_success());
    let text = server.metrics().await;
    assert!(
        text.contains("lukhas_index_size{what=\"indexes\"} 1"),
        "{text}"
    );
    assert!(
        text.contains("lukhas_index_size{what=\"vectors\"} 2"),
        "{text}"
    );
    let exported: BTreeSet<String> = text
        .lines()
        .filter(|l| l.starts_with("# TYPE "))
        .filter_map(|l| l.split_whitespace().nth(2).map(String::from))
        .collect();
    let base = |name: &str| {
        ["_bucket", "_sum", "_count"]
            .iter()
            .find_map(|s| name.strip_suffix(s))
            .unwrap_or(name)
            .to_string()
    };
    // Series that only appear once something happens (an upstream call, a refusal, a key).
    let on_event = [
        "lukhas_upstream_attempts_total",
        "lukhas_rate_limit_rejections_total",
        "lukhas_idempotency_requests_total",
    ];
    for name in &read {
        if name.contains(':') {
            assert!(
                recorded.contains(name),
                "{name} is read but no rule records it"
            );
        } else if !on_event.contains(&name.as_str()) {
            assert!(
                exported.contains(&base(name)),
                "{name} is read but not exported:\n{text}"
            );
        }
    }
    // A bucket at each latency budget of slo_budgets.yaml.
    for le in ["0.8", "1.2", "1.5", "2.5"] {
        let bucket = format!(
            r#"lukhas_http_request_duration_seconds_bucket{{method="POST",route="/v1/embeddings",le="{le}"}}"#
        );
        assert!(text.contains(&bucket), "{bucket} is missing");
    }
}
