//! Checked cases per second against the `echo` engine, with the HTTP floor beside it, in one run:
//! `cargo bench -p lukhas-conformance --bench throughput` (release; `make bench` runs it).
//!
//! The server runs in-process on its own two-thread runtime, as in the tests. The floor is the
//! same client sending `GET /healthz` at the same concurrency with no checks; the suite's figure
//! counts every request it sent and fully checked (all phases).

#[path = "../tests/support/mod.rs"]
mod support;

use lukhas_conformance::http::{Auth, Client, Request, Tokens};
use lukhas_conformance::{run, Config};
use std::time::{Duration, Instant};

fn main() {
    let server = support::start(support::ECHO_MODELS, None);
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();

    let mut cfg = Config::new(support::spec(), &server.base, &server.tokens.alpha);
    cfg.second_token = Some(server.tokens.beta.clone());
    cfg.scoped_tokens = vec![(server.tokens.limited.clone(), vec!["models:read".into()])];
    cfg.cases = 1000;
    cfg.seed = 1;
    let report = rt.block_on(run(&cfg)).unwrap();
    assert!(report.ok(), "{}", report.render());

    let floor = rt.block_on(async {
        let tokens = Tokens {
            primary: server.tokens.alpha.clone(),
            second: None,
            scoped: Vec::new(),
        };
        let client = Client::new(&server.base, tokens, Duration::from_secs(30)).unwrap();
        let req = Request {
            method: "GET".into(),
            path: "/healthz".into(),
            query: Vec::new(),
            auth: Auth::None,
            body: None,
        };
        let n = 20_000;
        let started = Instant::now();
        use futures::StreamExt;
        futures::stream::iter(0..n)
            .map(|_| client.send(&req))
            .buffer_unordered(cfg.concurrency)
            .for_each(|r| async move {
                r.unwrap();
            })
            .await;
        n as f64 / started.elapsed().as_secs_f64()
    });

    let checks: usize = report.runs.values().sum();
    println!("| Measure | Value |");
    println!("|---|---|");
    println!(
        "| Conformance, all phases, 1000 random cases per operation | {} cases, {checks} checks in {:.1} s |",
        report.cases,
        report.elapsed.as_secs_f64()
    );
    println!(
        "| Checked cases per second | {:.0} |",
        report.cases_per_second()
    );
    println!("| HTTP floor (`GET /healthz`, same client and concurrency, no checks) | {floor:.0} requests/s |");
    println!(
        "| Suite / floor | {:.2} |",
        report.cases_per_second() / floor
    );
}
