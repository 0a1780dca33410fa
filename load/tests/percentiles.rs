//! The load tool against a test server with a known latency distribution: the percentiles, time
//! to first token, tokens per second, error rates and the verdict it reports must match what the
//! server did, and the open loop must see the queueing a closed loop hides.

use axum::body::Body;
use axum::extract::State;
use axum::routing::post;
use lukhas_load::report::Report;
use lukhas_load::run::{run, Target};
use lukhas_load::scenario::{Budget, Budgets, RequestSpec, Scenario, Traffic};
use serde_json::json;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::Duration;

#[derive(Default)]
struct Counters {
    slow: AtomicU64,
    flaky: AtomicU64,
    /// One request at a time on `/serial`.
    serial: tokio::sync::Mutex<()>,
}

/// 9 in 10 answers after 20 ms, 1 in 10 after 200 ms.
async fn slow(State(c): State<Arc<Counters>>) -> axum::Json<serde_json::Value> {
    let i = c.slow.fetch_add(1, Ordering::Relaxed);
    let ms = if i % 10 == 9 { 200 } else { 20 };
    tokio::time::sleep(Duration::from_millis(ms)).await;
    axum::Json(json!({"usage": {"output_tokens": 1}}))
}

/// A chat stream: the first token after 30 ms, then 9 more 10 ms apart (100 tokens/s).
async fn stream() -> axum::response::Response {
    let events = async_stream(10);
    axum::response::Response::builder()
        .header("content-type", "text/event-stream")
        .body(Body::from_stream(events))
        .unwrap()
}

fn async_stream(n: usize) -> impl futures::Stream<Item = Result<String, std::io::Error>> {
    futures::stream::unfold(0usize, move |i| async move {
        if i > n {
            return None;
        }
        tokio::time::sleep(Duration::from_millis(if i == 0 { 30 } else { 10 })).await;
        let data = if i == n {
            "data: [DONE]\n\n".to_string()
        } else {
            format!(
                "data: {}\n\n",
                json!({"choices": [{"delta": {"content": "tok "}}]})
            )
        };
        Some((Ok(data), i + 1))
    })
}

/// One answer in four is a 500.
async fn flaky(
    State(c): State<Arc<Counters>>,
) -> (axum::http::StatusCode, axum::Json<serde_json::Value>) {
    let i = c.flaky.fetch_add(1, Ordering::Relaxed);
    let status = if i % 4 == 3 {
        axum::http::StatusCode::INTERNAL_SERVER_ERROR
    } else {
        axum::http::StatusCode::OK
    };
    (status, axum::Json(json!({})))
}

/// 50 ms of work, one request at a time.
async fn serial(State(c): State<Arc<Counters>>) -> axum::Json<serde_json::Value> {
    let _one = c.serial.lock().await;
    tokio::time::sleep(Duration::from_millis(50)).await;
    axum::Json(json!({}))
}

async fn server() -> Target {
    let app = axum::Router::new()
        .route("/slow", post(slow))
        .route("/stream", post(stream))
        .route("/flaky", post(flaky))
        .route("/serial", post(serial))
        .with_state(Arc::new(Counters::default()));
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, app).await });
    Target {
        base: format!("http://{addr}"),
        api_key: None,
    }
}

fn spec(name: &str, path: &str, body: serde_json::Value, slo: Option<&str>) -> RequestSpec {
    RequestSpec {
        name: name.into(),
        weight: 1,
        method: "POST".into(),
        path: path.into(),
        body: Some(body),
        slo: slo.map(str::to_string),
    }
}

fn scenario(traffic: Traffic, duration_s: f64, requests: Vec<RequestSpec>) -> Scenario {
    Scenario {
        name: "test".into(),
        description: String::new(),
        duration_s,
        ramp_up_s: 0.0,
        traffic,
        timeout_s: 10.0,
        requests,
    }
}

fn budgets(p95_ms: u64, p99_ms: u64) -> Budgets {
    Budgets {
        endpoints: [(
            "b".to_string(),
            Budget {
                p95_ms,
                p99_ms,
                error_rate: 0.01,
            },
        )]
        .into_iter()
        .collect(),
    }
}

#[tokio::test]
async fn percentiles_match_a_known_distribution() {
    let target = server().await;
    let s = scenario(
        Traffic::Closed {
            users: 5,
            think_ms: [0, 0],
        },
        4.0,
        vec![spec("slow", "/slow", json!({}), Some("b"))],
    );
    let run = run(&s, &target, false).await.unwrap();
    let summary = run.routes[0].summary(run.elapsed);
    let l = summary.latency_ms.unwrap();
    assert!(summary.requests > 200, "{summary:?}");
    assert_eq!(summary.errors, 0);
    // 90% at 20 ms, 10% at 200 ms, plus the loopback's and the scheduler's share (generous: the
    // machine is shared, and the other tests run beside this one).
    assert!((19.0..60.0).contains(&l.p50), "p50 {l:?}");
    assert!((199.0..300.0).contains(&l.p95), "p95 {l:?}");
    assert!((199.0..350.0).contains(&l.p99), "p99 {l:?}");
    assert!(l.p95 - l.p50 > 120.0, "the two modes are told apart: {l:?}");
    let mean = 0.9 * 20.0 + 0.1 * 200.0;
    assert!((mean - 2.0..mean + 30.0).contains(&l.mean), "mean {l:?}");
    let histogram: u64 = summary.histogram.iter().map(|b| b.count).sum();
    assert_eq!(
        histogram, summary.requests,
        "every request in the histogram"
    );
    assert!(!summary.series.is_empty());

    // Within the budget, then over it.
    let pass = Report::new(&s, &target.base, &run, &budgets(300, 400));
    assert!(pass.passed, "{:?}", pass.checks);
    let fail = Report::new(&s, &target.base, &run, &budgets(100, 400));
    assert!(!fail.passed);
    let p95 = fail.checks.iter().find(|c| c.metric == "p95_ms").unwrap();
    assert!(!p95.passed && p95.measured.unwrap() > 100.0);
    assert!(fail.junit().unwrap().contains("<failure"));
    let html = fail.html().unwrap();
    assert_eq!(html.matches("<svg").count(), 2, "two charts for the route");
}

#[tokio::test]
async fn streams_report_time_to_first_token_and_tokens_per_second() {
    let target = server().await;
    let s = scenario(
        Traffic::Closed {
            users: 2,
            think_ms: [0, 10],
        },
        2.0,
        vec![spec(
            "stream",
            "/stream",
            json!({"stream": true}),
            Some("b"),
        )],
    );
    let run = run(&s, &target, false).await.unwrap();
    let summary = run.routes[0].summary(run.elapsed);
    assert_eq!(summary.errors, 0, "{:?}", summary.statuses);
    let ttft = summary.ttft_ms.unwrap();
    assert!((29.0..50.0).contains(&ttft.p50), "ttft {ttft:?}");
    let rate = summary.tokens_per_s.unwrap();
    // 9 tokens after the first in 90 ms of sleeps: at most 100 tokens/s.
    assert!((60.0..101.0).contains(&rate.p50), "tokens/s {rate:?}");
    let whole = summary.latency_ms.unwrap();
    assert!(whole.p50 >= ttft.p50 + 89.0, "{whole:?} vs {ttft:?}");
    // A streamed route is judged by its first token.
    let report = Report::new(&s, &target.base, &run, &budgets(60, 80));
    assert!(report.passed, "{:?}", report.checks);
}

#[tokio::test]
async fn errors_count_against_the_error_budget() {
    let target = server().await;
    let s = scenario(
        Traffic::Closed {
            users: 2,
            think_ms: [0, 0],
        },
        1.0,
        vec![spec("flaky", "/flaky", json!({}), Some("b"))],
    );
    let run = run(&s, &target, false).await.unwrap();
    let report = Report::new(&s, &target.base, &run, &budgets(1000, 1000));
    let r = &report.routes[0];
    assert!((0.2..0.3).contains(&r.error_rate), "{r:?}");
    assert!(r.statuses["500"] > 0 && r.statuses["200"] > 0);
    let check = report
        .checks
        .iter()
        .find(|c| c.metric == "error_rate")
        .unwrap();
    assert!(!check.passed);
    assert!(!report.passed);
}

#[tokio::test]
async fn the_open_loop_sees_the_queue_a_closed_loop_hides() {
    let target = server().await;
    let serial = || vec![spec("serial", "/serial", json!({}), None)];
    // One user: each request finds the server idle, 50 ms.
    let closed = scenario(
        Traffic::Closed {
            users: 1,
            think_ms: [0, 0],
        },
        2.0,
        serial(),
    );
    let run_closed = run(&closed, &target, false).await.unwrap();
    let c = run_closed.routes[0]
        .summary(run_closed.elapsed)
        .latency_ms
        .unwrap();
    assert!(c.p99 < 80.0, "{c:?}");
    // 30 arrivals a second at a server that does 20: the queue grows for 2 s, and latency from
    // each arrival's scheduled time shows it.
    let open = scenario(
        Traffic::Open {
            arrival_rate: 30.0,
            max_in_flight: 1000,
        },
        2.0,
        serial(),
    );
    let run_open = run(&open, &target, false).await.unwrap();
    let o = run_open.routes[0].summary(run_open.elapsed);
    assert!((55..=65).contains(&o.requests), "{} arrivals", o.requests);
    let o = o.latency_ms.unwrap();
    assert!(o.p99 > 600.0, "the backlog shows: {o:?}");
}
