//! What a run measured: per route, HDR histograms of latency, time to first token and tokens per
//! second, statuses, and latency percentiles over time; then the summary the reports render.

use hdrhistogram::Histogram;
use serde::Serialize;
use std::collections::BTreeMap;
use std::time::Duration;

/// Width of a window of the latency-over-time series.
pub const WINDOW: Duration = Duration::from_secs(5);

/// One request's result.
#[derive(Debug, Clone)]
pub struct Outcome {
    /// Index of the route in the scenario.
    pub route: usize,
    /// When it was due to start, from the start of the run.
    pub at: Duration,
    /// From the scheduled start to the end of the answer (or the failure).
    pub latency: Duration,
    /// From the scheduled start to the first streamed token.
    pub ttft: Option<Duration>,
    /// Output tokens (the answer's usage, else the deltas streamed).
    pub tokens: u32,
    /// `200`, `429`, ... or what went wrong without a status: `timeout`, `connect`,
    /// `stream_error`, `dropped`.
    pub status: String,
}

impl Outcome {
    pub fn ok(&self) -> bool {
        self.status.starts_with('2')
    }
}

fn histogram() -> Histogram<u64> {
    // Microseconds, 1 µs to 1 hour, 3 significant digits.
    Histogram::new_with_bounds(1, 3_600_000_000, 3).expect("valid histogram bounds")
}

fn micros(d: Duration) -> u64 {
    d.as_micros().clamp(1, u128::from(u64::MAX)) as u64
}

/// One route's measurements.
pub struct Route {
    pub name: String,
    pub slo: Option<String>,
    pub streams: bool,
    /// Latency of successful requests.
    latency: Histogram<u64>,
    ttft: Histogram<u64>,
    /// Tokens per second ×1000 (the histogram holds integers).
    rate: Histogram<u64>,
    statuses: BTreeMap<String, u64>,
    /// Latency of the successful requests that started in each window.
    windows: Vec<Histogram<u64>>,
}

impl Route {
    pub fn new(name: &str, slo: Option<String>, streams: bool) -> Route {
        Route {
            name: name.to_string(),
            slo,
            streams,
            latency: histogram(),
            ttft: histogram(),
            rate: histogram(),
            statuses: BTreeMap::new(),
            windows: Vec::new(),
        }
    }

    pub fn record(&mut self, o: &Outcome) {
        *self.statuses.entry(o.status.clone()).or_default() += 1;
        if !o.ok() {
            return;
        }
        self.latency.saturating_record(micros(o.latency));
        let w = (o.at.as_secs_f64() / WINDOW.as_secs_f64()) as usize;
        if self.windows.len() <= w {
            self.windows.resize_with(w + 1, histogram);
        }
        self.windows[w].saturating_record(micros(o.latency));
        if let Some(t) = o.ttft {
            self.ttft.saturating_record(micros(t));
            let decoding = o.latency.saturating_sub(t).as_secs_f64();
            if o.tokens > 1 && decoding > 0.0 {
                let per_s = f64::from(o.tokens - 1) / decoding;
                self.rate
                    .saturating_record((per_s * 1000.0).max(1.0) as u64);
            }
        }
    }

    pub fn requests(&self) -> u64 {
        self.statuses.values().sum()
    }

    pub fn errors(&self) -> u64 {
        self.statuses
            .iter()
            .filter(|(s, _)| !s.starts_with('2'))
            .map(|(_, n)| n)
            .sum()
    }

    /// The latency the route's budget judges: time to first token when it streams.
    pub fn judged(&self) -> Option<Percentiles> {
        if self.streams {
            Percentiles::of(&self.ttft, 1000.0)
        } else {
            Percentiles::of(&self.latency, 1000.0)
        }
    }

    pub fn summary(&self, elapsed: Duration) -> RouteSummary {
        let requests = self.requests();
        let errors = self.errors();
        let mut histogram = Vec::new();
        if !self.latency.is_empty() {
            // 40 equal-width buckets from 0 to the 99.9th percentile, the rest in the last.
            let top = self.latency.value_at_quantile(0.999).max(40);
            let width = top.div_ceil(40);
            let mut counts = [0u64; 40];
            for v in self.latency.iter_recorded() {
                let i = (v.value_iterated_to() / width).min(39) as usize;
                counts[i] += v.count_at_value();
            }
            histogram = (0..40u64)
                .map(|i| Bucket {
                    from_ms: (i * width) as f64 / 1000.0,
                    to_ms: ((i + 1) * width) as f64 / 1000.0,
                    count: counts[i as usize],
                })
                .collect();
        }
        RouteSummary {
            name: self.name.clone(),
            slo: self.slo.clone(),
            streams: self.streams,
            requests,
            errors,
            error_rate: if requests == 0 {
                0.0
            } else {
                errors as f64 / requests as f64
            },
            throughput_rps: (requests - errors) as f64 / elapsed.as_secs_f64().max(1e-9),
            latency_ms: Percentiles::of(&self.latency, 1000.0),
            ttft_ms: Percentiles::of(&self.ttft, 1000.0),
            tokens_per_s: Percentiles::of(&self.rate, 1000.0),
            statuses: self.statuses.clone(),
            series: self
                .windows
                .iter()
                .enumerate()
                .filter(|(_, h)| !h.is_empty())
                .map(|(i, h)| Window {
                    start_s: i as f64 * WINDOW.as_secs_f64(),
                    count: h.len(),
                    p50_ms: h.value_at_quantile(0.5) as f64 / 1000.0,
                    p95_ms: h.value_at_quantile(0.95) as f64 / 1000.0,
                    p99_ms: h.value_at_quantile(0.99) as f64 / 1000.0,
                })
                .collect(),
            histogram,
        }
    }
}

/// Percentiles of a histogram, divided by `scale` (µs → ms, or ‰ → units).
#[derive(Debug, Clone, Copy, Serialize, PartialEq)]
pub struct Percentiles {
    pub count: u64,
    pub mean: f64,
    pub p50: f64,
    pub p90: f64,
    pub p95: f64,
    pub p99: f64,
    pub max: f64,
}

impl Percentiles {
    fn of(h: &Histogram<u64>, scale: f64) -> Option<Percentiles> {
        (!h.is_empty()).then(|| Percentiles {
            count: h.len(),
            mean: h.mean() / scale,
            p50: h.value_at_quantile(0.50) as f64 / scale,
            p90: h.value_at_quantile(0.90) as f64 / scale,
            p95: h.value_at_quantile(0.95) as f64 / scale,
            p99: h.value_at_quantile(0.99) as f64 / scale,
            max: h.max() as f64 / scale,
        })
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct RouteSummary {
    pub name: String,
    pub slo: Option<String>,
    pub streams: bool,
    pub requests: u64,
    pub errors: u64,
    pub error_rate: f64,
    /// Successful answers a second over the run.
    pub throughput_rps: f64,
    pub latency_ms: Option<Percentiles>,
    pub ttft_ms: Option<Percentiles>,
    /// Output tokens a second after the first, per stream.
    pub tokens_per_s: Option<Percentiles>,
    pub statuses: BTreeMap<String, u64>,
    pub series: Vec<Window>,
    pub histogram: Vec<Bucket>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Window {
    pub start_s: f64,
    pub count: u64,
    pub p50_ms: f64,
    pub p95_ms: f64,
    pub p99_ms: f64,
}

#[derive(Debug, Clone, Serialize)]
pub struct Bucket {
    pub from_ms: f64,
    pub to_ms: f64,
    pub count: u64,
}
