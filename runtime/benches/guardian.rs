//! The guardian's cost per request: an 8 KB chat prompt (prose with a few e-mail addresses, phone
//! numbers, a card number and a key in it) through the shipped policies — personal data found,
//! the policies asked for the request and each category, the card and key masked, the output
//! plan decided — the finding alone, and the same text streamed through the output filter in 4-byte deltas.
//!
//! `cargo bench -p lukhas-runtime --bench guardian` (in `make bench`); figures in
//! docs/benchmarks.md. The target is p95 under 5 ms per 8 KB request.

use lukhas_runtime::auth::Principal;
use lukhas_runtime::config::{Capability, GuardianConfig};
use lukhas_runtime::guardian::pii::{Categories, Category, Redaction, StreamRedactor};
use lukhas_runtime::guardian::Guardian;
use serde_json::{json, Map};
use std::time::{Duration, Instant};

fn prompt(bytes: usize) -> String {
    let prose = "The quarterly report covers revenue, churn and the support backlog; the team \
                 met twice and agreed on the plan for next month. ";
    let data = [
        "Contact jane.doe@example.com or +44 20 7946 0958 for details.",
        "Customer paid with 4111 1111 1111 1111 yesterday.",
        "Use the key sk-proj-AbC123dEf456GhI789jkl for the staging API.",
        "Their office line is (555) 123-4567, host 10.20.30.40.",
    ];
    let mut text = String::new();
    let mut i = 0;
    while text.len() < bytes {
        text.push_str(prose);
        if i % 6 == 5 {
            text.push_str(data[(i / 6) % data.len()]);
            text.push(' ');
        }
        i += 1;
    }
    text.truncate(bytes);
    text
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    sorted[((sorted.len() as f64 * p) as usize).min(sorted.len() - 1)]
}

fn report(name: &str, mut times: Vec<Duration>) {
    times.sort();
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    println!(
        "{name}: p50 {:.3} ms, p95 {:.3} ms, p99 {:.3} ms, max {:.3} ms ({} runs)",
        ms(percentile(&times, 0.50)),
        ms(percentile(&times, 0.95)),
        ms(percentile(&times, 0.99)),
        ms(*times.last().unwrap()),
        times.len()
    );
}

fn main() {
    let workspace = concat!(env!("CARGO_MANIFEST_DIR"), "/..");
    let dir = tempfile::tempdir().unwrap();
    let cfg = GuardianConfig {
        policies: format!("{workspace}/configs/guardian/policies.cedar").into(),
        schema: format!("{workspace}/configs/guardian/schema.cedarschema").into(),
        tenants: format!("{workspace}/configs/guardian/tenants.json").into(),
        ..Default::default()
    };
    let guardian = Guardian::load(&cfg, dir.path()).unwrap().unwrap();
    let principal = Principal {
        key_id: "3f9c21ab04de".into(),
        tenant: "acme".into(),
        scopes: vec!["chat:write".into()],
        rates: Default::default(),
        output: None,
    };
    let op = lukhas_api::OPERATIONS
        .iter()
        .find(|o| o.id == "createChatCompletion")
        .unwrap();
    let text = prompt(8 * 1024);
    let body = json!({"model": "lukhas-matriz", "messages": [
        {"role": "system", "content": "You are a helpful assistant."},
        {"role": "user", "content": text},
    ]});
    let runs = 2000;
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    let _enter = rt.enter();

    let mut times = Vec::with_capacity(runs);
    let mut masked = String::new();
    for _ in 0..runs {
        let mut fields = Map::new();
        fields.insert("body".into(), body.clone());
        let start = Instant::now();
        let guard = guardian
            .inspect(&principal, op, &mut fields, |_: Capability| None)
            .unwrap();
        times.push(start.elapsed());
        assert!(guard.is_some());
        masked = fields["body"]["messages"][1]["content"]
            .as_str()
            .unwrap()
            .to_string();
    }
    assert!(masked.contains("[CARD]") && masked.contains("[SECRET]") && !masked.contains("4111"));
    println!("guardian on an 8 KB prompt, shipped policies (find, decide, mask, plan the output):");
    report("  inspect", times);

    // Its parts: finding the personal data alone.
    let mut times = Vec::with_capacity(runs);
    for _ in 0..runs {
        let start = Instant::now();
        let found = lukhas_runtime::guardian::pii::categories(&text);
        times.push(start.elapsed());
        assert!(found.contains(Category::Card));
    }
    report("  of which finding personal data in the 8 KB", times);

    let redaction = Redaction {
        mask: [Category::Card, Category::Secret].into_iter().collect(),
        block: Categories::default(),
    };
    let deltas: Vec<&str> = text
        .as_bytes()
        .chunks(4)
        .map(|c| std::str::from_utf8(c).unwrap())
        .collect();
    let mut times = Vec::with_capacity(200);
    for _ in 0..200 {
        let start = Instant::now();
        let mut r = StreamRedactor::new(redaction);
        let mut out = 0;
        for d in &deltas {
            out += r.push(d).unwrap().len();
        }
        out += r.finish().unwrap().len();
        times.push(start.elapsed());
        assert!(out > 0);
    }
    println!(
        "output filter on the same 8 KB streamed in {} deltas of 4 bytes (whole stream):",
        deltas.len()
    );
    report("  stream", times);
}
