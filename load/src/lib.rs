//! `lukhas-load`: drives a load scenario (`configs/load/*.yaml`) against a running server,
//! closed-loop users or an open-loop arrival rate, and checks what it measured against the SLO
//! budgets (`configs/observability/slo_budgets.yaml`).
//!
//! - [`scenario`]: the scenario and budget files.
//! - [`run`]: the traffic and the measurement of each request.
//! - [`stats`]: HDR histograms per route, percentiles over time.
//! - [`report`]: the verdict and the JSON, Markdown, HTML (SVG charts) and JUnit reports.

pub mod report;
pub mod run;
pub mod scenario;
pub mod stats;
