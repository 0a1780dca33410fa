//! A load scenario, as written in `configs/load/*.yaml`, and the SLO budgets it is judged by.

use anyhow::{bail, Context, Result};
use serde::Deserialize;
use std::collections::BTreeMap;
use std::path::Path;
use std::time::Duration;

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Scenario {
    pub name: String,
    #[serde(default)]
    pub description: String,
    /// How long traffic runs after the ramp-up starts.
    pub duration_s: f64,
    /// Closed loop: users start evenly over this time. Open loop: the rate climbs to
    /// `arrival_rate` over it.
    #[serde(default)]
    pub ramp_up_s: f64,
    /// How the traffic is driven.
    pub traffic: Traffic,
    /// Longest a request may take before it counts as an error.
    #[serde(default = "default_timeout")]
    pub timeout_s: f64,
    /// The traffic mix: each request picks one entry with probability proportional to `weight`.
    pub requests: Vec<RequestSpec>,
}

fn default_timeout() -> f64 {
    60.0
}

/// `traffic: {mode: closed, users: 50, think_ms: [1000, 3000]}` or
/// `traffic: {mode: open, arrival_rate: 200}`.
#[derive(Debug, Clone, Deserialize)]
#[serde(tag = "mode", rename_all = "snake_case")]
pub enum Traffic {
    /// `users` virtual users, each sending a request, waiting for the whole answer, then
    /// thinking for a time drawn uniformly from `think_ms` before the next.
    Closed { users: usize, think_ms: [u64; 2] },
    /// Requests start on a fixed schedule (`arrival_rate` a second) whether or not earlier ones
    /// have finished, and latency counts from the scheduled start: a slow server cannot slow
    /// the arrivals down and hide its latency (coordinated omission). At most `max_in_flight`
    /// run at once; arrivals beyond it are counted as dropped (errors).
    Open {
        arrival_rate: f64,
        #[serde(default = "default_in_flight")]
        max_in_flight: usize,
    },
}

fn default_in_flight() -> usize {
    1000
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RequestSpec {
    /// The route's name in reports.
    pub name: String,
    #[serde(default = "one")]
    pub weight: u32,
    /// `POST` unless said otherwise.
    #[serde(default = "post")]
    pub method: String,
    pub path: String,
    #[serde(default)]
    pub body: Option<serde_json::Value>,
    /// The budget in the SLO file this route is judged by (none: reported, not judged). A
    /// streamed route is judged by its time to first token, others by the whole answer.
    #[serde(default)]
    pub slo: Option<String>,
}

fn one() -> u32 {
    1
}

fn post() -> String {
    "POST".into()
}

impl RequestSpec {
    /// Whether the answer is a stream of server-sent events.
    pub fn streams(&self) -> bool {
        self.body
            .as_ref()
            .and_then(|b| b.get("stream"))
            .and_then(|s| s.as_bool())
            .unwrap_or(false)
    }
}

impl Scenario {
    pub fn load(path: &Path) -> Result<Scenario> {
        let text = std::fs::read_to_string(path)
            .with_context(|| format!("cannot read scenario {}", path.display()))?;
        let s: Scenario = serde_yaml_ng::from_str(&text)
            .with_context(|| format!("scenario {} is not valid", path.display()))?;
        s.check()?;
        Ok(s)
    }

    pub fn check(&self) -> Result<()> {
        if self.duration_s.is_nan()
            || self.duration_s <= 0.0
            || self.ramp_up_s < 0.0
            || self.ramp_up_s > self.duration_s
        {
            bail!("duration_s must be positive and ramp_up_s between 0 and duration_s");
        }
        if self.requests.is_empty() || self.requests.iter().all(|r| r.weight == 0) {
            bail!("requests: at least one entry with a weight above 0");
        }
        match &self.traffic {
            Traffic::Closed { users, think_ms } if *users == 0 || think_ms[0] > think_ms[1] => {
                bail!("traffic.closed: users above 0 and think_ms as [min, max]")
            }
            Traffic::Open {
                arrival_rate,
                max_in_flight,
            } if arrival_rate.is_nan() || *arrival_rate <= 0.0 || *max_in_flight == 0 => {
                bail!("traffic.open: arrival_rate and max_in_flight above 0")
            }
            _ => Ok(()),
        }
    }

    pub fn duration(&self) -> Duration {
        Duration::from_secs_f64(self.duration_s)
    }

    pub fn ramp_up(&self) -> Duration {
        Duration::from_secs_f64(self.ramp_up_s)
    }

    pub fn timeout(&self) -> Duration {
        Duration::from_secs_f64(self.timeout_s)
    }
}

/// `configs/observability/slo_budgets.yaml`: the budgets the server's alerts use too.
#[derive(Debug, Clone, Deserialize)]
pub struct Budgets {
    pub endpoints: BTreeMap<String, Budget>,
}

#[derive(Debug, Clone, Copy, Deserialize)]
pub struct Budget {
    pub p95_ms: u64,
    pub p99_ms: u64,
    /// Largest share of failed requests (non-2xx, transport errors, error events); 1% unless
    /// the file says otherwise.
    #[serde(default = "default_error_rate")]
    pub error_rate: f64,
}

fn default_error_rate() -> f64 {
    0.01
}

impl Budgets {
    pub fn load(path: &Path) -> Result<Budgets> {
        let text = std::fs::read_to_string(path)
            .with_context(|| format!("cannot read SLO budgets {}", path.display()))?;
        serde_yaml_ng::from_str(&text)
            .with_context(|| format!("SLO budgets {} are not valid", path.display()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shipped_scenarios_and_budgets_load() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
        for entry in std::fs::read_dir(root.join("configs/load")).unwrap() {
            let path = entry.unwrap().path();
            let s = Scenario::load(&path).unwrap_or_else(|e| panic!("{e:#}"));
            assert!(s.requests.iter().all(|r| r.path.starts_with("/v1/")));
        }
        let budgets = Budgets::load(&root.join("configs/observability/slo_budgets.yaml")).unwrap();
        assert!(budgets.endpoints.contains_key("responses"));
        assert_eq!(budgets.endpoints["embeddings"].error_rate, 0.01);
    }

    #[test]
    fn bad_scenarios_are_refused() {
        let bad = r#"{name: x, duration_s: 10, traffic: {mode: closed, users: 0, think_ms: [0, 0]},
                      requests: [{name: a, path: /v1/models}]}"#;
        let s: Scenario = serde_yaml_ng::from_str(bad).unwrap();
        assert!(s.check().is_err());
        let unknown = r#"{name: x, duration_s: 10, traffic: {mode: sideways}, requests: []}"#;
        assert!(serde_yaml_ng::from_str::<Scenario>(unknown).is_err());
    }
}
