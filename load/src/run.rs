//! Drives a scenario's traffic against a server and collects every request's [`Outcome`].

use crate::scenario::{RequestSpec, Scenario, Traffic};
use crate::stats::{Outcome, Route};
use anyhow::{Context, Result};
use eventsource_stream::Eventsource;
use futures::StreamExt;
use rand::Rng;
use serde_json::Value;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};
use tokio::sync::mpsc;

/// Where the traffic goes.
#[derive(Debug, Clone)]
pub struct Target {
    /// e.g. `http://127.0.0.1:8080`
    pub base: String,
    pub api_key: Option<String>,
}

/// What a run measured.
pub struct Collected {
    pub routes: Vec<Route>,
    /// From the first request's schedule to the last answer.
    pub elapsed: Duration,
}

struct Shared {
    client: reqwest::Client,
    target: Target,
    scenario: Scenario,
    start: Instant,
    /// Cumulative weights, for picking a route.
    weights: Vec<u32>,
}

impl Shared {
    fn pick(&self) -> usize {
        let total = *self.weights.last().unwrap_or(&1);
        let x = rand::rng().random_range(0..total.max(1));
        self.weights.partition_point(|w| *w <= x)
    }
}

/// Runs `scenario` against `target`. With `progress`, a line on stderr every few seconds.
pub async fn run(scenario: &Scenario, target: &Target, progress: bool) -> Result<Collected> {
    scenario.check()?;
    // Built with the workspace, reqwest has no TLS provider of its own: one must exist first.
    let _ = rustls::crypto::ring::default_provider().install_default();
    let client = reqwest::Client::builder()
        .pool_max_idle_per_host(1024)
        .build()
        .context("building the HTTP client")?;
    let weights = scenario
        .requests
        .iter()
        .scan(0u32, |acc, r| {
            *acc += r.weight;
            Some(*acc)
        })
        .collect();
    let shared = Arc::new(Shared {
        client,
        target: target.clone(),
        scenario: scenario.clone(),
        start: Instant::now(),
        weights,
    });
    let (tx, rx) = mpsc::unbounded_channel();
    let collector = tokio::spawn(collect(shared.clone(), rx, progress));
    match scenario.traffic {
        Traffic::Closed { users, think_ms } => closed(&shared, users, think_ms, tx).await,
        Traffic::Open {
            arrival_rate,
            max_in_flight,
        } => open(&shared, arrival_rate, max_in_flight, tx).await,
    }
    let routes = collector.await.context("the collector stopped")?;
    Ok(Collected {
        routes,
        elapsed: shared.start.elapsed(),
    })
}

/// Closed loop: each user sends, waits for the answer, thinks, and goes again until the end.
async fn closed(
    shared: &Arc<Shared>,
    users: usize,
    think_ms: [u64; 2],
    tx: mpsc::UnboundedSender<Outcome>,
) {
    let end = shared.start + shared.scenario.duration();
    let ramp = shared.scenario.ramp_up();
    let mut tasks = Vec::with_capacity(users);
    for user in 0..users {
        let (shared, tx) = (shared.clone(), tx.clone());
        let offset = ramp.mul_f64(user as f64 / users as f64);
        tasks.push(tokio::spawn(async move {
            tokio::time::sleep_until((shared.start + offset).into()).await;
            while Instant::now() < end {
                let route = shared.pick();
                let _ = tx.send(send(&shared, route, Instant::now()).await);
                let think = rand::rng().random_range(think_ms[0]..=think_ms[1]);
                tokio::time::sleep(Duration::from_millis(think)).await;
            }
        }));
    }
    for t in tasks {
        let _ = t.await;
    }
}

/// Open loop: arrivals on a fixed schedule (the rate climbing linearly during the ramp-up),
/// latency measured from each arrival's scheduled time.
async fn open(
    shared: &Arc<Shared>,
    rate: f64,
    max_in_flight: usize,
    tx: mpsc::UnboundedSender<Outcome>,
) {
    let duration = shared.scenario.duration().as_secs_f64();
    let ramp = shared.scenario.ramp_up_s;
    let in_flight = Arc::new(AtomicUsize::new(0));
    let mut tasks = Vec::new();
    let mut t = 0.0f64;
    while t < duration {
        let due = shared.start + Duration::from_secs_f64(t);
        tokio::time::sleep_until(due.into()).await;
        let route = shared.pick();
        if in_flight.load(Ordering::Relaxed) >= max_in_flight {
            let _ = tx.send(Outcome {
                route,
                at: due - shared.start,
                latency: Duration::ZERO,
                ttft: None,
                tokens: 0,
                status: "dropped".into(),
            });
        } else {
            in_flight.fetch_add(1, Ordering::Relaxed);
            let (shared, tx, in_flight) = (shared.clone(), tx.clone(), in_flight.clone());
            tasks.push(tokio::spawn(async move {
                let _ = tx.send(send(&shared, route, due).await);
                in_flight.fetch_sub(1, Ordering::Relaxed);
            }));
        }
        // The rate at `t`, ramping from a twentieth of the target to all of it.
        let now_rate = if ramp > 0.0 && t < ramp {
            rate * (0.05 + 0.95 * t / ramp)
        } else {
            rate
        };
        t += 1.0 / now_rate;
    }
    for t in tasks {
        let _ = t.await;
    }
}

/// Sends one request of route `route`, due at `due`, and measures it.
async fn send(shared: &Shared, route: usize, due: Instant) -> Outcome {
    let spec = &shared.scenario.requests[route];
    let at = due.saturating_duration_since(shared.start);
    let timeout = shared.scenario.timeout();
    let (status, ttft, tokens) =
        match tokio::time::timeout(timeout, exchange(shared, spec, due)).await {
            Ok(r) => r,
            Err(_) => ("timeout".to_string(), None, 0),
        };
    Outcome {
        route,
        at,
        latency: due.elapsed(),
        ttft,
        tokens,
        status,
    }
}

/// The request and its whole answer: status, time to first token, output tokens.
async fn exchange(
    shared: &Shared,
    spec: &RequestSpec,
    due: Instant,
) -> (String, Option<Duration>, u32) {
    let method =
        reqwest::Method::from_bytes(spec.method.as_bytes()).unwrap_or(reqwest::Method::POST);
    let mut request = shared
        .client
        .request(method, format!("{}{}", shared.target.base, spec.path));
    if let Some(key) = &shared.target.api_key {
        request = request.bearer_auth(key);
    }
    if let Some(body) = &spec.body {
        request = request.json(body);
    }
    let response = match request.send().await {
        Ok(r) => r,
        Err(e) if e.is_connect() => return ("connect".into(), None, 0),
        Err(_) => return ("transport".into(), None, 0),
    };
    let status = response.status().as_u16().to_string();
    if !response.status().is_success() {
        let _ = response.bytes().await;
        return (status, None, 0);
    }
    if !spec.streams() {
        return match response.json::<Value>().await {
            Ok(v) => (status, None, usage(&v).unwrap_or(0)),
            Err(_) => ("bad_body".into(), None, 0),
        };
    }
    let mut events = response.bytes_stream().eventsource();
    let mut ttft = None;
    let mut deltas = 0u32;
    let mut reported = None;
    while let Some(event) = events.next().await {
        let Ok(event) = event else {
            return ("stream_error".into(), ttft, deltas);
        };
        if event.data == "[DONE]" {
            break;
        }
        let Ok(v) = serde_json::from_str::<Value>(&event.data) else {
            return ("stream_error".into(), ttft, deltas);
        };
        if v.get("error").is_some_and(|e| !e.is_null())
            || matches!(
                v["type"].as_str(),
                Some("error" | "response.failed" | "dream.failed")
            )
        {
            return ("stream_error".into(), ttft, deltas);
        }
        if carries_text(&v) {
            ttft.get_or_insert_with(|| due.elapsed());
            deltas += 1;
        }
        if let Some(n) = usage(&v).or_else(|| usage(&v["response"])) {
            reported = Some(n);
        }
    }
    (status, ttft, reported.unwrap_or(deltas))
}

/// Whether an event carries generated text: a chat chunk's delta, or a Responses or dreams
/// text delta.
fn carries_text(v: &Value) -> bool {
    let chat = v["choices"][0]["delta"]["content"]
        .as_str()
        .is_some_and(|s| !s.is_empty());
    let typed = matches!(
        v["type"].as_str(),
        Some("response.output_text.delta" | "dream.step.delta")
    );
    chat || typed
}

/// Output tokens an answer reports (`usage.output_tokens` or `usage.completion_tokens`).
fn usage(v: &Value) -> Option<u32> {
    let u = &v["usage"];
    u["output_tokens"]
        .as_u64()
        .or_else(|| u["completion_tokens"].as_u64())
        .map(|n| n as u32)
}

/// Gathers outcomes into per-route measurements; prints progress every five seconds.
async fn collect(
    shared: Arc<Shared>,
    mut rx: mpsc::UnboundedReceiver<Outcome>,
    progress: bool,
) -> Vec<Route> {
    let mut routes: Vec<Route> = shared
        .scenario
        .requests
        .iter()
        .map(|r| Route::new(&r.name, r.slo.clone(), r.streams()))
        .collect();
    let mut tick = tokio::time::interval(Duration::from_secs(5));
    tick.tick().await;
    let (mut done, mut errors, mut since_tick) = (0u64, 0u64, 0u64);
    let total = shared.scenario.duration_s;
    loop {
        tokio::select! {
            o = rx.recv() => match o {
                Some(o) => {
                    done += 1;
                    since_tick += 1;
                    errors += u64::from(!o.ok());
                    routes[o.route].record(&o);
                }
                None => break,
            },
            _ = tick.tick(), if progress => {
                eprintln!(
                    "[{:>5.0}s/{total:.0}s] {done} done · {errors} errors · {:.1} req/s",
                    shared.start.elapsed().as_secs_f64(),
                    since_tick as f64 / 5.0,
                );
                since_tick = 0;
            }
        }
    }
    routes
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn text_events_and_usage_are_recognised() {
        assert!(carries_text(
            &json!({"choices": [{"delta": {"content": "hi"}}]})
        ));
        assert!(!carries_text(
            &json!({"choices": [{"delta": {"role": "assistant"}}]})
        ));
        assert!(carries_text(
            &json!({"type": "response.output_text.delta", "delta": "x"})
        ));
        assert_eq!(usage(&json!({"usage": {"completion_tokens": 7}})), Some(7));
        assert_eq!(usage(&json!({"usage": {"output_tokens": 3}})), Some(3));
        assert_eq!(usage(&json!({})), None);
    }
}
