//! `lukhas-evals run --base-url URL --token KEY --cases DIR --out DIR [--threshold 0.7] [--strict]`

use anyhow::{bail, Context, Result};
use clap::{Parser, Subcommand};
use lukhas_evals::http::Client;
use lukhas_evals::report::{self, Summary};
use lukhas_evals::{load, Evaluator};
use lukhas_spec::model::Api;
use std::collections::BTreeMap;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Duration;

#[derive(Parser)]
#[command(
    name = "lukhas-evals",
    version,
    about = "Score a running server against JSONL cases"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Run every `*.jsonl` file of a directory (or one file) and write the reports.
    Run(Args),
}

#[derive(clap::Args)]
struct Args {
    #[arg(long)]
    base_url: String,
    #[arg(long, env = "EVALS_TOKEN", hide_env_values = true)]
    token: String,
    /// A directory of `*.jsonl` case files, or one file.
    #[arg(long, default_value = "evals/cases")]
    cases: PathBuf,
    /// Where `evals_report.{json,md,xml}` go.
    #[arg(long, default_value = "docs/audits")]
    out: PathBuf,
    /// The spec responses are validated against.
    #[arg(long, default_value = "spec/lukhas-openai.yaml")]
    spec: PathBuf,
    /// Overall accuracy below this fails the run under --strict.
    #[arg(long, default_value_t = 0.7)]
    threshold: f64,
    #[arg(long)]
    strict: bool,
    /// Seconds one request may take.
    #[arg(long, default_value_t = 120)]
    timeout: u64,
}

fn main() -> ExitCode {
    let Command::Run(args) = Cli::parse().command;
    match execute(args) {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::FAILURE,
        Err(e) => {
            eprintln!("lukhas-evals: {e:#}");
            ExitCode::from(2)
        }
    }
}

fn execute(args: Args) -> Result<bool> {
    if !(0.0..=1.0).contains(&args.threshold) {
        bail!("--threshold must be between 0 and 1");
    }
    let files: Vec<PathBuf> = if args.cases.is_dir() {
        let mut f: Vec<PathBuf> = std::fs::read_dir(&args.cases)
            .with_context(|| format!("reading {}", args.cases.display()))?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "jsonl"))
            .collect();
        f.sort();
        f
    } else {
        vec![args.cases.clone()]
    };
    if files.is_empty() {
        bail!("no *.jsonl cases in {}", args.cases.display());
    }
    // Files that must reach their own accuracy (e.g. 100% valid structured outputs).
    let thresholds_file = args.cases.join("thresholds.json");
    let file_thresholds: BTreeMap<String, f64> = if args.cases.is_dir() && thresholds_file.exists()
    {
        let text = std::fs::read_to_string(&thresholds_file)?;
        let t: BTreeMap<String, f64> = serde_json::from_str(&text)
            .with_context(|| format!("{}", thresholds_file.display()))?;
        if let Some((f, v)) = t.iter().find(|(_, v)| !(0.0..=1.0).contains(*v)) {
            bail!(
                "{}: `{f}`: {v} is not between 0 and 1",
                thresholds_file.display()
            );
        }
        t
    } else {
        BTreeMap::new()
    };
    let mut suites = Vec::new();
    for f in &files {
        let name = f
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        suites.push((name, load(f)?));
    }
    let evaluator = Evaluator {
        api: Api::load(&args.spec)?,
        client: Client::new(
            &args.base_url,
            &args.token,
            Duration::from_secs(args.timeout),
        )?,
    };
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()?;
    let mut outcomes = Vec::new();
    for (file, cases) in &suites {
        for case in cases {
            let o = rt.block_on(evaluator.run(file, case));
            let mark = if o.passed { "ok  " } else { "FAIL" };
            eprintln!("  {mark} {file} {} ({} ms)", o.id, o.millis);
            for f in &o.failures {
                eprintln!("         {f}");
            }
            outcomes.push(o);
        }
    }
    let summary = Summary::of(&outcomes, args.threshold, file_thresholds);
    for (file, (p, t)) in &summary.files {
        let (acc, min) = summary.file(file);
        let min = min.map_or(String::new(), |m| format!(", threshold {:.0}%", 100.0 * m));
        println!("{file}: {p}/{t} ({:.0}%{min})", 100.0 * acc);
    }
    println!(
        "overall: {}/{} ({:.0}%), threshold {:.0}%",
        summary.passed,
        summary.total,
        100.0 * summary.accuracy(),
        100.0 * args.threshold
    );
    report::write(&args.out, &summary, &outcomes)?;
    println!(
        "reports: {}/evals_report.{{json,md,xml}}",
        args.out.display()
    );
    Ok(!args.strict || summary.passes())
}
