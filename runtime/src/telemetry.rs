//! Request ids, JSON logs, Prometheus metrics and the request time limit — one middleware around
//! the generated router. Logs carry method, route template, status and latency; never headers,
//! keys or bodies.

use crate::config::SloBudgets;
use axum::extract::{MatchedPath, Request, State};
use axum::http::{HeaderName, HeaderValue};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use lukhas_api::support::ApiError;
use prometheus_client::encoding::EncodeLabelSet;
use prometheus_client::metrics::counter::Counter;
use prometheus_client::metrics::family::Family;
use prometheus_client::metrics::gauge::Gauge;
use prometheus_client::metrics::histogram::{exponential_buckets, Histogram};
use prometheus_client::registry::Registry;
use std::sync::atomic::AtomicU64;
use std::sync::Arc;
use std::time::{Duration, Instant};
use tracing::Instrument;

static REQUEST_ID: HeaderName = HeaderName::from_static("x-request-id");

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct StatusLabels {
    route: String,
    method: String,
    status: String,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct SloLabels {
    endpoint: String,
    quantile: String,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct RouteLabels {
    route: String,
    method: String,
}

fn latency_histogram() -> Histogram {
    // 5 ms .. ~40 s
    Histogram::new(exponential_buckets(0.005, 2.0, 14))
}

pub struct Metrics {
    registry: Registry,
    slo: Family<SloLabels, Gauge<f64, AtomicU64>>,
    requests: Family<StatusLabels, Counter>,
    latency: Family<RouteLabels, Histogram, fn() -> Histogram>,
}

impl Metrics {
    pub fn new() -> Metrics {
        let mut registry = Registry::with_prefix("lukhas");
        let requests = Family::<StatusLabels, Counter>::default();
        let latency: Family<RouteLabels, Histogram, fn() -> Histogram> =
            Family::new_with_constructor(latency_histogram);
        registry.register(
            "http_requests",
            "HTTP requests by route template, method and status",
            requests.clone(),
        );
        registry.register(
            "http_request_duration_seconds",
            "Time to the response head, by route template and method",
            latency.clone(),
        );
        let slo = Family::<SloLabels, Gauge<f64, AtomicU64>>::default();
        registry.register(
            "slo_budget_seconds",
            "Latency budgets from configs/observability/slo_budgets.yaml",
            slo.clone(),
        );
        Metrics {
            registry,
            slo,
            requests,
            latency,
        }
    }

    /// Publishes the SLO budgets next to the measured latencies, for alerting rules.
    pub fn set_slo_budgets(&self, budgets: &SloBudgets) {
        for (endpoint, b) in &budgets.endpoints {
            for (q, ms) in [("0.95", b.p95_ms), ("0.99", b.p99_ms)] {
                self.slo
                    .get_or_create(&SloLabels {
                        endpoint: endpoint.clone(),
                        quantile: q.into(),
                    })
                    .set(ms as f64 / 1000.0);
            }
        }
    }

    fn observe(&self, route: &str, method: &str, status: u16, elapsed: Duration) {
        self.requests
            .get_or_create(&StatusLabels {
                route: route.to_string(),
                method: method.to_string(),
                status: status.to_string(),
            })
            .inc();
        self.latency
            .get_or_create(&RouteLabels {
                route: route.to_string(),
                method: method.to_string(),
            })
            .observe(elapsed.as_secs_f64());
    }

    /// The Prometheus text exposition.
    pub fn render(&self) -> Result<String, ApiError> {
        let mut out = String::new();
        prometheus_client::encoding::text::encode(&mut out, &self.registry)
            .map_err(|e| ApiError::internal(format!("metrics encoding failed: {e}")))?;
        Ok(out)
    }
}

impl Default for Metrics {
    fn default() -> Self {
        Self::new()
    }
}

#[derive(Clone)]
pub struct Observe {
    pub metrics: Arc<Metrics>,
    pub timeout: Duration,
}

/// A client's id when it is short printable ASCII, otherwise a new one.
fn request_id(req: &Request) -> HeaderValue {
    req.headers()
        .get(&REQUEST_ID)
        .filter(|v| {
            let b = v.as_bytes();
            !b.is_empty() && b.len() <= 128 && b.iter().all(|c| c.is_ascii_graphic())
        })
        .cloned()
        .unwrap_or_else(|| {
            HeaderValue::from_str(&crate::util::new_id("req"))
                .unwrap_or(HeaderValue::from_static("req"))
        })
}

pub async fn observe(State(o): State<Observe>, req: Request, next: Next) -> Response {
    let started = Instant::now();
    let id = request_id(&req);
    let route = req
        .extensions()
        .get::<MatchedPath>()
        .map(|m| m.as_str().to_string())
        .unwrap_or_else(|| "unmatched".into());
    let method = req.method().to_string();
    let span = tracing::info_span!(
        "request",
        request_id = id.to_str().unwrap_or_default(),
        method = %method,
        route = %route,
        key_id = tracing::field::Empty,
    );
    let mut response =
        match tokio::time::timeout(o.timeout, next.run(req).instrument(span.clone())).await {
            Ok(r) => r,
            Err(_) => ApiError::unavailable(
                format!(
                    "The request did not complete within {} ms.",
                    o.timeout.as_millis()
                ),
                1,
            )
            .into_response(),
        };
    response.headers_mut().insert(REQUEST_ID.clone(), id);
    let status = response.status().as_u16();
    let elapsed = started.elapsed();
    o.metrics.observe(&route, &method, status, elapsed);
    span.in_scope(|| {
        tracing::info!(
            status,
            latency_ms = elapsed.as_secs_f64() * 1000.0,
            "request"
        );
    });
    response
}

/// JSON logs to stderr; the filter comes from `LUKHAS_LOG` (default `info`).
pub fn init_logging() {
    let filter = tracing_subscriber::EnvFilter::try_from_env("LUKHAS_LOG")
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info"));
    let _ = tracing_subscriber::fmt()
        .json()
        .with_env_filter(filter)
        .with_current_span(true)
        .with_writer(std::io::stderr)
        .try_init();
}
