//! A run's summary, its SLO verdict, and the reports: JSON (for tools), Markdown (for people and
//! docs), HTML with SVG charts (latency over time and a histogram per route) and JUnit (for CI).

use crate::run::Collected;
use crate::scenario::{Budgets, Scenario, Traffic};
use crate::stats::RouteSummary;
use anyhow::{Context, Result};
use plotters::coord::types::RangedCoordf64;
use plotters::prelude::*;
use serde::Serialize;
use std::fmt::Write as _;
use std::path::Path;

#[derive(Debug, Clone, Serialize)]
pub struct Report {
    pub scenario: String,
    pub description: String,
    pub target: String,
    pub traffic: String,
    pub elapsed_s: f64,
    pub routes: Vec<RouteSummary>,
    pub checks: Vec<Check>,
    /// Every check passed.
    pub passed: bool,
}

/// One budget against what was measured.
#[derive(Debug, Clone, Serialize)]
pub struct Check {
    pub route: String,
    pub budget: String,
    /// `p95_ms`, `p99_ms` or `error_rate`.
    pub metric: String,
    pub limit: f64,
    pub measured: Option<f64>,
    pub passed: bool,
}

impl Report {
    pub fn new(scenario: &Scenario, target: &str, run: &Collected, budgets: &Budgets) -> Report {
        let routes: Vec<RouteSummary> = run.routes.iter().map(|r| r.summary(run.elapsed)).collect();
        let mut checks = Vec::new();
        for (route, summary) in run.routes.iter().zip(&routes) {
            let Some(name) = &route.slo else { continue };
            let Some(b) = budgets.endpoints.get(name) else {
                continue;
            };
            let judged = route.judged();
            let what = if route.streams { " (first token)" } else { "" };
            for (metric, limit, measured) in [
                ("p95_ms", b.p95_ms as f64, judged.map(|p| p.p95)),
                ("p99_ms", b.p99_ms as f64, judged.map(|p| p.p99)),
            ] {
                checks.push(Check {
                    route: summary.name.clone(),
                    budget: name.clone(),
                    metric: format!("{metric}{what}"),
                    limit,
                    measured,
                    // No successful request: nothing met the budget.
                    passed: measured.is_some_and(|m| m <= limit),
                });
            }
            checks.push(Check {
                route: summary.name.clone(),
                budget: name.clone(),
                metric: "error_rate".into(),
                limit: b.error_rate,
                measured: Some(summary.error_rate),
                passed: summary.requests > 0 && summary.error_rate <= b.error_rate,
            });
        }
        let traffic = match &scenario.traffic {
            Traffic::Closed { users, think_ms } => format!(
                "closed loop: {users} users, think {}–{} ms, ramp-up {} s, {} s",
                think_ms[0], think_ms[1], scenario.ramp_up_s, scenario.duration_s
            ),
            Traffic::Open {
                arrival_rate,
                max_in_flight,
            } => format!(
                "open loop: {arrival_rate} arrivals/s (at most {max_in_flight} in flight), ramp-up {} s, {} s",
                scenario.ramp_up_s, scenario.duration_s
            ),
        };
        Report {
            scenario: scenario.name.clone(),
            description: scenario.description.clone(),
            target: target.to_string(),
            traffic,
            elapsed_s: run.elapsed.as_secs_f64(),
            passed: checks.iter().all(|c| c.passed),
            routes,
            checks,
        }
    }

    /// Writes `report.json`, `report.md`, `report.html` and `junit.xml` into `dir`.
    pub fn write(&self, dir: &Path) -> Result<()> {
        std::fs::create_dir_all(dir).with_context(|| format!("cannot create {}", dir.display()))?;
        let write = |name: &str, text: String| {
            let path = dir.join(name);
            std::fs::write(&path, text).with_context(|| format!("cannot write {}", path.display()))
        };
        write("report.json", serde_json::to_string_pretty(self)?)?;
        write("report.md", self.markdown())?;
        write("report.html", self.html()?)?;
        write("junit.xml", self.junit()?)?;
        Ok(())
    }

    pub fn markdown(&self) -> String {
        let mut md = String::new();
        let _ = writeln!(md, "# Load: {}\n", self.scenario);
        if !self.description.is_empty() {
            let _ = writeln!(md, "{}\n", self.description.trim());
        }
        let _ = writeln!(
            md,
            "Target {} · {} · ran {:.0} s · verdict: **{}**\n",
            self.target,
            self.traffic,
            self.elapsed_s,
            if self.passed { "PASS" } else { "FAIL" }
        );
        md.push_str(
            "| route | requests | errors | ok/s | p50 ms | p95 ms | p99 ms | max ms | TTFT p50 ms | TTFT p95 ms | tokens/s p50 |\n",
        );
        md.push_str("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        let f = |v: Option<f64>| v.map_or("–".to_string(), |v| format!("{v:.0}"));
        for r in &self.routes {
            let l = r.latency_ms;
            let _ = writeln!(
                md,
                "| {} | {} | {} ({:.1}%) | {:.2} | {} | {} | {} | {} | {} | {} | {} |",
                r.name,
                r.requests,
                r.errors,
                r.error_rate * 100.0,
                r.throughput_rps,
                f(l.map(|p| p.p50)),
                f(l.map(|p| p.p95)),
                f(l.map(|p| p.p99)),
                f(l.map(|p| p.max)),
                f(r.ttft_ms.map(|p| p.p50)),
                f(r.ttft_ms.map(|p| p.p95)),
                r.tokens_per_s
                    .map_or("–".to_string(), |p| format!("{:.1}", p.p50)),
            );
        }
        if !self.checks.is_empty() {
            md.push_str(
                "\n| route | budget | metric | limit | measured | |\n|---|---|---|---:|---:|---|\n",
            );
            for c in &self.checks {
                let _ = writeln!(
                    md,
                    "| {} | {} | {} | {} | {} | {} |",
                    c.route,
                    c.budget,
                    c.metric,
                    fmt_value(&c.metric, Some(c.limit)),
                    fmt_value(&c.metric, c.measured),
                    if c.passed { "pass" } else { "**FAIL**" }
                );
            }
        }
        let statuses: Vec<String> = self
            .routes
            .iter()
            .map(|r| {
                let s: Vec<String> = r
                    .statuses
                    .iter()
                    .map(|(k, v)| format!("{k}: {v}"))
                    .collect();
                format!("{} ({})", r.name, s.join(", "))
            })
            .collect();
        let _ = writeln!(md, "\nStatuses: {}.", statuses.join("; "));
        md
    }

    pub fn junit(&self) -> Result<String> {
        use quick_junit::{NonSuccessKind, Report as Junit, TestCase, TestCaseStatus, TestSuite};
        let mut suite = TestSuite::new(format!("load: {}", self.scenario));
        for c in &self.checks {
            let name = format!("{} {} {}", c.route, c.budget, c.metric);
            let status = if c.passed {
                TestCaseStatus::success()
            } else {
                let mut s = TestCaseStatus::non_success(NonSuccessKind::Failure);
                s.set_message(format!(
                    "measured {} over the budget {}",
                    fmt_value(&c.metric, c.measured),
                    fmt_value(&c.metric, Some(c.limit))
                ));
                s
            };
            suite.add_test_case(TestCase::new(name, status));
        }
        let mut report = Junit::new("lukhas-load");
        report.add_test_suite(suite);
        report.to_string().context("rendering JUnit XML")
    }

    pub fn html(&self) -> Result<String> {
        let mut html = String::from(
            "<!doctype html><html><head><meta charset=\"utf-8\"><title>Load report</title>\
             <style>body{font-family:sans-serif;max-width:1100px;margin:2em auto}\
             table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:2px 6px;text-align:right}\
             .charts{display:flex;flex-wrap:wrap;gap:1em}</style></head><body>\n",
        );
        let md = self.markdown();
        let _ = writeln!(html, "<h1>Load: {}</h1>", escape(&self.scenario));
        let _ = writeln!(
            html,
            "<p>Target {} · {} · verdict: <b>{}</b></p>",
            escape(&self.target),
            escape(&self.traffic),
            if self.passed { "PASS" } else { "FAIL" }
        );
        html.push_str(&tables_html(&md));
        for r in &self.routes {
            let _ = writeln!(html, "<h2>{}</h2><div class=\"charts\">", escape(&r.name));
            html.push_str(&over_time(r)?);
            html.push_str(&distribution(r)?);
            html.push_str("</div>\n");
        }
        html.push_str("</body></html>\n");
        Ok(html)
    }
}

fn fmt_value(metric: &str, v: Option<f64>) -> String {
    match v {
        None => "–".into(),
        Some(v) if metric == "error_rate" => format!("{:.2}%", v * 100.0),
        Some(v) => format!("{v:.0} ms"),
    }
}

fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// The Markdown report's tables as HTML tables (the rest of it is in the page's own words).
fn tables_html(md: &str) -> String {
    let mut out = String::new();
    let mut open = false;
    for line in md.lines() {
        let is_row = line.starts_with('|');
        if is_row && line.contains("---") {
            continue;
        }
        if is_row {
            if !open {
                out.push_str("<table>");
                open = true;
            }
            out.push_str("<tr>");
            for cell in line.trim_matches('|').split('|') {
                let _ = write!(out, "<td>{}</td>", escape(cell.trim()).replace("**", ""));
            }
            out.push_str("</tr>\n");
        } else if open {
            out.push_str("</table>\n");
            open = false;
        }
    }
    if open {
        out.push_str("</table>\n");
    }
    out
}

const W: u32 = 520;
/// Which percentile of a window a line draws.
type Pick = fn(&crate::stats::Window) -> f64;
const H: u32 = 300;

/// An SVG chart: a caption, axes from 0 to `x_max` and `y_max`, and what `draw` puts on them
/// (it says whether its series are labelled, for a legend).
fn chart(
    caption: &str,
    (x_max, y_max): (f64, f64),
    (x_desc, y_desc): (&str, &str),
    draw: impl FnOnce(&mut Chart<'_, '_>) -> Result<bool>,
) -> Result<String> {
    let mut svg = String::new();
    {
        let root = SVGBackend::with_string(&mut svg, (W, H)).into_drawing_area();
        root.fill(&WHITE).map_err(plot)?;
        let mut chart = ChartBuilder::on(&root)
            .caption(caption, ("sans-serif", 16))
            .margin(8)
            .x_label_area_size(30)
            .y_label_area_size(50)
            .build_cartesian_2d(0f64..x_max, 0f64..y_max)
            .map_err(plot)?;
        chart
            .configure_mesh()
            .x_desc(x_desc)
            .y_desc(y_desc)
            .draw()
            .map_err(plot)?;
        if draw(&mut chart)? {
            chart
                .configure_series_labels()
                .border_style(BLACK)
                .background_style(WHITE.mix(0.8))
                .draw()
                .map_err(plot)?;
        }
        root.present().map_err(plot)?;
    }
    Ok(svg)
}

type Chart<'a, 'b> = ChartContext<'a, SVGBackend<'b>, Cartesian2d<RangedCoordf64, RangedCoordf64>>;

/// p50, p95 and p99 latency per five-second window, as SVG.
fn over_time(r: &RouteSummary) -> Result<String> {
    let x_max = r.series.last().map_or(1.0, |w| w.start_s + 5.0);
    let y_max = r.series.iter().map(|w| w.p99_ms).fold(1.0f64, f64::max) * 1.1;
    chart(
        "latency over time",
        (x_max, y_max),
        ("seconds", "ms"),
        |chart| {
            let lines: [(&str, RGBColor, Pick); 3] = [
                ("p50", BLUE, |w| w.p50_ms),
                ("p95", RGBColor(230, 140, 0), |w| w.p95_ms),
                ("p99", RED, |w| w.p99_ms),
            ];
            for (label, color, value) in lines {
                chart
                    .draw_series(LineSeries::new(
                        r.series.iter().map(|w| (w.start_s + 2.5, value(w))),
                        color.stroke_width(2),
                    ))
                    .map_err(plot)?
                    .label(label)
                    .legend(move |(x, y)| PathElement::new([(x, y), (x + 16, y)], color));
            }
            Ok(true)
        },
    )
}

/// How the successful requests' latencies spread, as an SVG histogram.
fn distribution(r: &RouteSummary) -> Result<String> {
    let x_max = r.histogram.last().map_or(1.0, |b| b.to_ms);
    let y_max = r
        .histogram
        .iter()
        .map(|b| b.count)
        .max()
        .unwrap_or(1)
        .max(1) as f64
        * 1.1;
    chart(
        "latency histogram",
        (x_max, y_max),
        ("ms", "requests"),
        |chart| {
            chart
                .draw_series(r.histogram.iter().map(|b| {
                    Rectangle::new(
                        [(b.from_ms, 0.0), (b.to_ms, b.count as f64)],
                        BLUE.mix(0.6).filled(),
                    )
                }))
                .map_err(plot)?;
            Ok(false)
        },
    )
}

fn plot<E: std::fmt::Display>(e: E) -> anyhow::Error {
    anyhow::anyhow!("drawing a chart: {e}")
}
