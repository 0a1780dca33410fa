//! The gate `make test` runs: the `lukhas-conformance` binary against the real server — the
//! `echo` engine with the full budget, the embedded models on a small one — must find nothing;
//! against a broken server it must fail with a reproduction and a JUnit failure.

mod support;

use std::process::{Command, Output};
use support::faults::Fault;

fn conformance(server: &support::Server, args: &[&str]) -> (Output, String) {
    let junit = tempfile::NamedTempFile::new().unwrap();
    let t = &server.tokens;
    let scoped = format!("{}=models:read", t.limited);
    let out = Command::new(env!("CARGO_BIN_EXE_lukhas-conformance"))
        .arg("run")
        .arg("--spec")
        .arg(support::spec())
        .args(["--base-url", &server.base, "--token", &t.alpha])
        .args(["--second-token", &t.beta, "--scoped-token", &scoped])
        .arg("--junit")
        .arg(junit.path())
        .args(args)
        .output()
        .unwrap();
    let xml = std::fs::read_to_string(junit.path()).unwrap();
    (out, xml)
}

fn show(out: &Output) -> String {
    format!(
        "{}\n{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    )
}

#[test]
fn echo_server_passes_every_phase() {
    let server = support::start(support::ECHO_MODELS, None);
    // `make conformance-long` (nightly) runs more cases on a fresh seed through these two.
    let cases = std::env::var("LUKHAS_CONFORMANCE_CASES").unwrap_or_else(|_| "300".into());
    let seed = std::env::var("LUKHAS_CONFORMANCE_SEED").unwrap_or_else(|_| "20261124".into());
    let (out, xml) = conformance(&server, &["--cases", &cases, "--seed", &seed]);
    assert!(out.status.success(), "{}", show(&out));
    assert!(xml.contains("failures=\"0\""), "{xml}");
    for check in [
        "positive_data_acceptance",
        "use_after_free",
        "object_level_authorization",
        "openai_oracle",
    ] {
        assert!(xml.contains(check), "{check} never ran:\n{xml}");
    }
    // OpenAI's own schemas judged every object and event of the compatible operations.
    let text = show(&out);
    let judged: usize = text
        .split("openai-oracle: ")
        .nth(1)
        .and_then(|rest| rest.split_whitespace().next())
        .and_then(|n| n.parse().ok())
        .unwrap_or(0);
    assert!(
        judged > 1000,
        "too few objects judged by the oracle:\n{text}"
    );
    assert!(text.contains("; 0 operations failed it"), "{text}");
}

#[test]
fn embedded_models_pass_on_a_small_budget() {
    let server = support::start(&support::shipped_models(), None);
    let (out, xml) = conformance(
        &server,
        &[
            "--phases",
            "examples,auth,methods,stateful",
            "--cases",
            "10",
            "--concurrency",
            "1",
            // Generation on two shared cores, next to the other tests: be patient.
            "--timeout",
            "600",
            "--seed",
            "1",
        ],
    );
    assert!(out.status.success(), "{}", show(&out));
    assert!(xml.contains("failures=\"0\""), "{xml}");
}

#[test]
fn a_broken_server_fails_with_a_reproduction() {
    let server = support::start(support::ECHO_MODELS, Some(Fault::WrongStatus));
    let (out, xml) = conformance(
        &server,
        &[
            "--cases",
            "20",
            "--seed",
            "5",
            "--operations",
            "createIndex",
        ],
    );
    assert_eq!(out.status.code(), Some(1), "{}", show(&out));
    let text = show(&out);
    assert!(
        text.contains("createIndex — status_code_conformance"),
        "{text}"
    );
    assert!(text.contains("curl -sS -i -X POST"), "{text}");
    assert!(
        text.contains("Bearer $TOKEN") && !text.contains(&server.tokens.alpha),
        "{text}"
    );
    assert!(
        xml.contains("<failure message=\"200 is not documented"),
        "{xml}"
    );
}
