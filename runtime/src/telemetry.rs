//! Request ids, JSON logs, Prometheus metrics and the request time limit — one middleware around
//! the generated router. Logs carry method, route template, status and latency; never headers,
//! keys or bodies.

use crate::config::{AccessLog, SloBudgets};
use axum::extract::{MatchedPath, Request, State};
use axum::http::Method;
use axum::http::{HeaderName, HeaderValue};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use lukhas_api::support::{request_id, ApiError};
use prometheus::{
    GaugeVec, HistogramOpts, HistogramVec, IntCounterVec, Opts, Registry, TextEncoder,
};
use std::sync::Arc;
use std::time::{Duration, Instant};
use tracing::Instrument;

static REQUEST_ID: HeaderName = HeaderName::from_static("x-request-id");

/// Counters of the work below the HTTP layer, bumped where it happens and exported by every
/// server's registry.
pub mod counters {
    use prometheus::{HistogramOpts, HistogramVec, IntCounter, IntCounterVec, Opts};
    use std::sync::LazyLock;

    fn histogram(name: &str, help: &str, labels: &[&str], buckets: &[f64]) -> HistogramVec {
        HistogramVec::new(
            HistogramOpts::new(name, help).buckets(buckets.to_vec()),
            labels,
        )
        .expect("a valid metric name")
    }

    /// The OpenTelemetry GenAI metrics, as Prometheus names them (`gen_ai.server.request.duration`
    /// is `gen_ai_server_request_duration_seconds`), with the conventions' advised buckets.
    const GENAI: [&str; 2] = ["gen_ai_operation_name", "gen_ai_request_model"];

    pub static GENAI_DURATION: LazyLock<HistogramVec> = LazyLock::new(|| {
        histogram(
            "gen_ai_server_request_duration_seconds",
            "Time a model took for a request (generation to its end, or an embedding)",
            &GENAI,
            &[
                0.01, 0.02, 0.04, 0.08, 0.16, 0.32, 0.64, 1.28, 2.56, 5.12, 10.24, 20.48, 40.96,
                81.92,
            ],
        )
    });

    pub static GENAI_TTFT: LazyLock<HistogramVec> = LazyLock::new(|| {
        histogram(
            "gen_ai_server_time_to_first_token_seconds",
            "Time from a generation's start to its first output",
            &GENAI,
            &[
                0.001, 0.005, 0.01, 0.02, 0.04, 0.06, 0.08, 0.1, 0.25, 0.5, 0.75, 1.0, 2.5, 5.0,
                7.5, 10.0,
            ],
        )
    });

    pub static GENAI_TPOT: LazyLock<HistogramVec> = LazyLock::new(|| {
        histogram(
            "gen_ai_server_time_per_output_token_seconds",
            "Time per output token after the first, per generation",
            &GENAI,
            &[
                0.01, 0.025, 0.05, 0.075, 0.1, 0.15, 0.2, 0.3, 0.4, 0.5, 0.75, 1.0, 2.5,
            ],
        )
    });

    pub static GENAI_TOKENS: LazyLock<HistogramVec> = LazyLock::new(|| {
        histogram(
            "gen_ai_client_token_usage",
            "Tokens per request, by type (input, output)",
            &[
                "gen_ai_operation_name",
                "gen_ai_request_model",
                "gen_ai_token_type",
            ],
            &[
                1.0, 4.0, 16.0, 64.0, 256.0, 1024.0, 4096.0, 16384.0, 65536.0, 262144.0, 1048576.0,
                4194304.0, 16777216.0, 67108864.0,
            ],
        )
    });

    /// Jobs waiting for an embedded model, by model.
    pub static QUEUE_DEPTH: LazyLock<prometheus::IntGaugeVec> = LazyLock::new(|| {
        prometheus::IntGaugeVec::new(
            Opts::new(
                "lukhas_model_queue_depth",
                "Jobs waiting in an embedded model's queue (full: 503 with retry-after)",
            ),
            &["model"],
        )
        .expect("a valid metric name")
    });

    /// How long jobs wait for an embedded model, by model.
    pub static QUEUE_WAIT: LazyLock<HistogramVec> = LazyLock::new(|| {
        histogram(
            "lukhas_model_queue_wait_seconds",
            "Time a job waited in an embedded model's queue before its worker took it",
            &["model"],
            &[
                0.001, 0.005, 0.01, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0,
            ],
        )
    });

    /// Calls to the upstream, by outcome (`ok`, `retried`, `failed`).
    pub static UPSTREAM_ATTEMPTS: LazyLock<IntCounterVec> = LazyLock::new(|| {
        vec(
            "lukhas_upstream_attempts_total",
            "Attempts of calls to the upstream, by outcome (ok, retried: failed and tried again, failed: given up)",
            &["outcome"],
        )
    });

    fn vec(name: &str, help: &str, labels: &[&str]) -> IntCounterVec {
        IntCounterVec::new(Opts::new(name, help), labels).expect("a valid metric name")
    }

    /// Requests refused by a rate limit, by group (`responses_rps`, `responses_tpm`...).
    pub static RATE_LIMITED: LazyLock<IntCounterVec> = LazyLock::new(|| {
        vec(
            "lukhas_rate_limit_rejections_total",
            "Requests refused by a rate limit (429, or 413 over a whole token budget), by group",
            &["group"],
        )
    });

    /// The guardian's decisions other than a plain allow, by phase and action.
    pub static GUARDIAN: LazyLock<IntCounterVec> = LazyLock::new(|| {
        vec(
            "lukhas_guardian_decisions_total",
            "Guardian decisions other than a plain allow, by phase (input, output) and action (deny, redact, allow with data found)",
            &["phase", "action"],
        )
    });

    /// What became of requests with an `Idempotency-Key`.
    pub static IDEMPOTENCY: LazyLock<IntCounterVec> = LazyLock::new(|| {
        vec(
            "lukhas_idempotency_requests_total",
            "Requests with an Idempotency-Key, by outcome (run, replayed, in_progress, mismatch, unavailable)",
            &["outcome"],
        )
    });

    /// Index searches, by how they were answered.
    pub static INDEX_SEARCHES: LazyLock<IntCounterVec> = LazyLock::new(|| {
        vec(
            "lukhas_index_searches_total",
            "Index searches, by mode (approximate: through the index's HNSW graph; exact: a scan, for small indexes, selective filters, exact: true, or while a graph is rebuilt at start)",
            &["mode"],
        )
    });

    /// Vector store files processed, by outcome.
    pub static VECTOR_STORE_FILES: LazyLock<IntCounterVec> = LazyLock::new(|| {
        vec(
            "lukhas_vector_store_files_total",
            "Files processed into vector stores (extracted, chunked, embedded), by status: completed, or failed with the code of its last_error",
            &["status", "error"],
        )
    });

    /// Tokens the embedded generators produced.
    pub static GENERATED_TOKENS: LazyLock<IntCounter> = LazyLock::new(|| {
        IntCounter::new(
            "lukhas_generated_tokens_total",
            "Tokens produced by the embedded generation models",
        )
        .expect("a valid metric name")
    });

    /// Upstream stream events that were not what the OpenAI API sends.
    pub static UPSTREAM_MALFORMED_EVENTS: LazyLock<IntCounter> = LazyLock::new(|| {
        IntCounter::new(
            "lukhas_upstream_malformed_events_total",
            "Events of upstream streams that could not be read (each ends its stream)",
        )
        .expect("a valid metric name")
    });
}

/// The Prometheus registry of one server (the `prometheus` crate writes the 0.0.4 text format
/// that Prometheus, promtool and every scraper read).
pub struct Metrics {
    registry: Registry,
    requests: IntCounterVec,
    latency: HistogramVec,
    /// Indexes, and vectors in them all (`what`: `indexes`, `vectors`).
    index_sizes: prometheus::IntGaugeVec,
    slo: GaugeVec,
}

impl Metrics {
    /// A registry for a server with these latency budgets: the latency histogram gets a bucket
    /// at each (so "slower than the budget" is exact in the SLO rules), and the budgets are
    /// published as `lukhas_slo_latency_budget_seconds`.
    pub fn new(budgets: &SloBudgets) -> Metrics {
        let registry = Registry::new();
        let requests = IntCounterVec::new(
            Opts::new(
                "lukhas_http_requests_total",
                "HTTP requests by route template (never a raw path), method and status",
            ),
            &["route", "method", "status"],
        )
        .expect("valid metric options");
        let latency = HistogramVec::new(
            HistogramOpts::new(
                "lukhas_http_request_duration_seconds",
                "Time to the response head (a stream: its first byte), by route template and method; a bucket at every budget of slo_budgets.yaml",
            )
            // 5 ms .. ~40 s, and the budgets.
            .buckets(latency_buckets(budgets)),
            &["route", "method"],
        )
        .expect("valid metric options");
        let index_sizes = prometheus::IntGaugeVec::new(
            Opts::new(
                "lukhas_index_size",
                "Indexes in the store and vectors in them all, by what (indexes, vectors), read at scrape time",
            ),
            &["what"],
        )
        .expect("valid metric options");
        let slo = GaugeVec::new(
            Opts::new(
                "lukhas_slo_latency_budget_seconds",
                "Latency budgets from configs/observability/slo_budgets.yaml, by endpoint and percentile, for dashboards",
            ),
            &["endpoint", "percentile"],
        )
        .expect("valid metric options");
        for (endpoint, b) in &budgets.endpoints {
            for (p, ms) in [("p95", b.p95_ms), ("p99", b.p99_ms)] {
                slo.with_label_values(&[endpoint.as_str(), p])
                    .set(ms as f64 / 1000.0);
            }
        }
        let metrics = Metrics {
            registry,
            requests,
            latency,
            index_sizes,
            slo,
        };
        for c in metrics.collectors() {
            // Distinct names in a fresh registry: registration cannot collide.
            let _ = metrics.registry.register(c);
        }
        metrics
    }

    /// Every metric this server exports.
    fn collectors(&self) -> [Box<dyn prometheus::core::Collector>; 18] {
        [
            Box::new(self.requests.clone()),
            Box::new(self.latency.clone()),
            Box::new(self.slo.clone()),
            Box::new(self.index_sizes.clone()),
            Box::new(counters::QUEUE_DEPTH.clone()),
            Box::new(counters::QUEUE_WAIT.clone()),
            Box::new(counters::GENAI_DURATION.clone()),
            Box::new(counters::GENAI_TTFT.clone()),
            Box::new(counters::GENAI_TPOT.clone()),
            Box::new(counters::GENAI_TOKENS.clone()),
            Box::new(counters::UPSTREAM_ATTEMPTS.clone()),
            Box::new(counters::GENERATED_TOKENS.clone()),
            Box::new(counters::UPSTREAM_MALFORMED_EVENTS.clone()),
            Box::new(counters::RATE_LIMITED.clone()),
            Box::new(counters::GUARDIAN.clone()),
            Box::new(counters::IDEMPOTENCY.clone()),
            Box::new(counters::INDEX_SEARCHES.clone()),
            Box::new(counters::VECTOR_STORE_FILES.clone()),
        ]
    }

    /// The metrics reference (docs/metrics.md, `lukhas reference metrics`): every series with
    /// its type, labels and help text, read from the collectors themselves.
    pub fn reference_page() -> String {
        let metrics = Metrics::new(&SloBudgets {
            endpoints: Default::default(),
        });
        let mut rows = Vec::new();
        for c in metrics.collectors() {
            let kind = c
                .collect()
                .first()
                .map(|f| format!("{:?}", f.get_field_type()).to_lowercase())
                .unwrap_or_default();
            for d in c.desc() {
                let labels: Vec<String> =
                    d.variable_labels.iter().map(|l| format!("`{l}`")).collect();
                rows.push(format!(
                    "| `{}` | {kind} | {} | {} |",
                    d.fq_name,
                    labels.join(", "),
                    d.help
                ));
            }
        }
        rows.sort();
        format!(
            "{METRICS_PAGE}\n| series | type | labels | what |\n|---|---|---|---|\n{}\n",
            rows.join("\n")
        )
    }

    pub fn index_sizes(&self, indexes: u64, vectors: u64) {
        for (what, n) in [("indexes", indexes), ("vectors", vectors)] {
            self.index_sizes
                .with_label_values(&[what])
                .set(i64::try_from(n).unwrap_or(i64::MAX));
        }
    }

    fn observe(&self, route: &str, method: &str, status: u16, elapsed: Duration) {
        self.requests
            .with_label_values(&[route, method, &status.to_string()])
            .inc();
        self.latency
            .with_label_values(&[route, method])
            .observe(elapsed.as_secs_f64());
    }

    /// The Prometheus text exposition (format 0.0.4).
    pub fn render(&self) -> Result<String, ApiError> {
        TextEncoder::new()
            .encode_to_string(&self.registry.gather())
            .map_err(|e| ApiError::internal(format!("metrics encoding failed: {e}")))
    }
}

const METRICS_PAGE: &str = "<!-- generated, do not edit: run `make generate` after changing \
runtime/src/telemetry.rs (the text is each metric's help) -->

# Metrics reference

`GET /metrics` (no key needed) serves these series in the Prometheus text format. The `gen_ai_*`
series follow the OpenTelemetry GenAI semantic conventions (docs/observability.md explains them,
the SLO rules and the alerts built on them); the rest are the server's own. Label values are
bounded: routes are templates, models come from the registry, and outcomes are fixed words.
";

/// Exponential buckets from 5 ms to about 40 s, with the budgets (p95 and p99 of every endpoint)
/// added.
fn latency_buckets(budgets: &SloBudgets) -> Vec<f64> {
    let mut buckets = prometheus::exponential_buckets(0.005, 2.0, 14).unwrap_or_default();
    for b in budgets.endpoints.values() {
        buckets.extend([b.p95_ms as f64 / 1000.0, b.p99_ms as f64 / 1000.0]);
    }
    buckets.retain(|b| b.is_finite() && *b > 0.0);
    buckets.sort_by(f64::total_cmp);
    buckets.dedup();
    buckets
}

#[derive(Clone)]
pub struct Observe {
    pub metrics: Arc<Metrics>,
    pub timeout: Duration,
    pub access_log: AccessLog,
    pub access_log_sample: f64,
}

impl Observe {
    /// Whether this answer gets an access-log line.
    fn logs(&self, status: u16) -> bool {
        match self.access_log {
            AccessLog::All => true,
            AccessLog::Off => false,
            AccessLog::Errors => status >= 400,
            AccessLog::Sampled => status >= 400 || rand::random::<f64>() < self.access_log_sample,
        }
    }
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

/// The method as a metric label: one of a closed set, so that made-up methods cannot grow
/// `/metrics` without bound.
fn method_label(method: &Method) -> &'static str {
    match *method {
        Method::GET => "GET",
        Method::POST => "POST",
        Method::PUT => "PUT",
        Method::PATCH => "PATCH",
        Method::DELETE => "DELETE",
        Method::HEAD => "HEAD",
        Method::OPTIONS => "OPTIONS",
        _ => "other",
    }
}

pub async fn observe(State(o): State<Observe>, req: Request, next: Next) -> Response {
    let started = Instant::now();
    let id = request_id(&req);
    // The route template (a closed set) or `unmatched`, never the raw path.
    let route = req
        .extensions()
        .get::<MatchedPath>()
        .map(|m| m.as_str().to_string())
        .unwrap_or_else(|| "unmatched".into());
    let method = method_label(req.method());
    // Named and typed by OpenTelemetry's HTTP server conventions (for traces, and in every log
    // line of the request).
    let span = tracing::info_span!(
        "request",
        otel.name = %format_args!("{method} {route}"),
        otel.kind = "server",
        otel.status_code = tracing::field::Empty,
        http.request.method = method,
        http.route = %route,
        http.response.status_code = tracing::field::Empty,
        request_id = id.to_str().unwrap_or_default(),
        trace_id = tracing::field::Empty,
        key_id = tracing::field::Empty,
    );
    let trace = crate::traces::continue_from(&span, req.headers());
    if let Some(t) = &trace {
        span.record("trace_id", t.as_str());
    }
    let ids = request_id::Ids {
        request: id.to_str().unwrap_or_default().to_string(),
        trace,
    };
    let run = request_id::scope(ids.clone(), next.run(req).instrument(span.clone()));
    let mut response = match tokio::time::timeout(o.timeout, run).await {
        Ok(r) => r,
        Err(_) => {
            request_id::scope(ids, async {
                ApiError::unavailable(
                    format!(
                        "The request did not complete within {} ms.",
                        o.timeout.as_millis()
                    ),
                    Duration::from_secs(1),
                )
                .into_response()
            })
            .await
        }
    };
    response.headers_mut().insert(REQUEST_ID.clone(), id);
    let status = response.status().as_u16();
    span.record("http.response.status_code", status);
    if status >= 500 {
        span.record("otel.status_code", "ERROR");
    }
    let elapsed = started.elapsed();
    o.metrics.observe(&route, method, status, elapsed);
    if o.logs(status) {
        span.in_scope(|| {
            tracing::info!(
                status,
                latency_ms = elapsed.as_secs_f64() * 1000.0,
                "request"
            );
        });
    }
    response
}

/// JSON logs to stderr, filtered by `directives` (tracing's `EnvFilter` syntax; `info` when
/// they do not parse), every line cleaned of secrets and personal data on its way out
/// ([`crate::redact::Redacting`]); and spans to OpenTelemetry when the `OTEL_*` variables ask
/// for it ([`crate::traces`]). Call inside the Tokio runtime.
pub fn init_logging(directives: &str) {
    use tracing_subscriber::layer::SubscriberExt;
    use tracing_subscriber::util::SubscriberInitExt;
    use tracing_subscriber::Layer;
    let filter = tracing_subscriber::EnvFilter::try_new(directives)
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info"));
    let logs = tracing_subscriber::fmt::layer()
        .json()
        .with_current_span(true)
        .with_writer(|| crate::redact::Redacting(std::io::stderr()))
        .with_filter(filter);
    let _ = tracing_subscriber::registry()
        .with(logs)
        .with(crate::traces::layer())
        .try_init();
}

#[cfg(test)]
mod tests {
    /// docs/metrics.md is this page; `make generate` rewrites it.
    #[test]
    fn the_committed_metrics_reference_is_current() {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../docs/metrics.md");
        let committed = std::fs::read_to_string(path).unwrap_or_default();
        assert!(
            committed == super::Metrics::reference_page(),
            "docs/metrics.md is stale: run `make generate`"
        );
    }
}
