//! `lukhas-load run --scenario configs/load/default.yaml --target http://127.0.0.1:8080`: runs the
//! scenario, writes the reports, and exits non-zero when a budget is broken.

use anyhow::Result;
use clap::{Parser, Subcommand};
use lukhas_load::report::Report;
use lukhas_load::run::{run, Target};
use lukhas_load::scenario::{Budgets, Scenario};
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Parser)]
#[command(name = "lukhas-load", about = "Load scenarios with an SLO verdict")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Run a scenario against a server and write report.{json,md,html} and junit.xml.
    Run {
        #[arg(long, default_value = "configs/load/default.yaml")]
        scenario: PathBuf,
        /// The server, e.g. http://127.0.0.1:8080
        #[arg(long)]
        target: String,
        /// The API key (bearer token).
        #[arg(long, env = "LUKHAS_LOAD_API_KEY", hide_env_values = true)]
        api_key: Option<String>,
        #[arg(long, default_value = "configs/observability/slo_budgets.yaml")]
        slo: PathBuf,
        #[arg(long, default_value = "target/load")]
        out: PathBuf,
        /// Override the scenario's duration (seconds), e.g. for a smoke run.
        #[arg(long)]
        duration: Option<f64>,
    },
}

fn main() -> ExitCode {
    match main_result() {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::from(1),
        Err(e) => {
            eprintln!("lukhas-load: {e:#}");
            ExitCode::from(2)
        }
    }
}

fn main_result() -> Result<bool> {
    let Command::Run {
        scenario,
        target,
        api_key,
        slo,
        out,
        duration,
    } = Cli::parse().command;
    let mut scenario = Scenario::load(&scenario)?;
    if let Some(d) = duration {
        scenario.ramp_up_s = scenario.ramp_up_s.min(d / 4.0);
        scenario.duration_s = d;
    }
    let budgets = Budgets::load(&slo)?;
    let target = Target {
        base: target.trim_end_matches('/').to_string(),
        api_key,
    };
    eprintln!(
        "lukhas-load: {} against {} for {} s",
        scenario.name, target.base, scenario.duration_s
    );
    let collected = tokio::runtime::Runtime::new()?.block_on(run(&scenario, &target, true))?;
    let report = Report::new(&scenario, &target.base, &collected, &budgets);
    report.write(&out)?;
    print!("{}", report.markdown());
    eprintln!(
        "lukhas-load: reports in {} (report.md, report.html, report.json, junit.xml); verdict {}",
        out.display(),
        if report.passed { "PASS" } else { "FAIL" }
    );
    Ok(report.passed)
}
