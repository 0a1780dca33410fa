//! Bug-finding power: the suite runs against the real server with one injected fault at a time
//! (see `support/faults.rs`) and must report each with the check made for it; against the same
//! server without a fault it must report nothing.

mod support;

use lukhas_conformance::{run, Config, Report};
use support::faults::Fault;

fn suite(server: &support::Server) -> Report {
    let mut cfg = Config::new(support::spec(), &server.base, &server.tokens.alpha);
    cfg.second_token = Some(server.tokens.beta.clone());
    cfg.scoped_tokens = vec![(server.tokens.limited.clone(), vec!["models:read".into()])];
    cfg.cases = 40;
    cfg.seed = 11;
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap()
        .block_on(run(&cfg))
        .unwrap()
}

#[test]
fn detects_every_injected_fault() {
    let clean = suite(&support::start(support::ECHO_MODELS, None));
    assert!(
        clean.ok(),
        "the fault-free server must pass:{}",
        clean.render()
    );

    let mut missed = Vec::new();
    let mut table = String::from("| Fault | Expected check | Detected by |\n|---|---|---|\n");
    for fault in Fault::ALL {
        let report = suite(&support::start(support::ECHO_MODELS, Some(fault)));
        let mut detected: Vec<&str> = report.failures.keys().map(|(_, check)| *check).collect();
        detected.sort();
        detected.dedup();
        table.push_str(&format!(
            "| {fault:?} | {} | {} |\n",
            fault.expected_check(),
            detected.join(", ")
        ));
        if !detected.contains(&fault.expected_check()) {
            missed.push(fault);
        }
    }
    // The table docs/conformance.md shows, kept with the test's output.
    let path = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("fault-matrix.md");
    std::fs::write(&path, &table).unwrap();
    assert!(missed.is_empty(), "undetected faults: {missed:?}\n{table}");
}
