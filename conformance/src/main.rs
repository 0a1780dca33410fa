//! `lukhas-conformance run --spec S --base-url URL --token KEY [...]`: exits 0 only when every
//! check passed.

use anyhow::{bail, Context, Result};
use clap::{Parser, Subcommand};
use lukhas_conformance::{run, Config, Phase};
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Duration;

#[derive(Parser)]
#[command(
    name = "lukhas-conformance",
    version,
    about = "Fuzz a running server against its OpenAPI document"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Run every phase against a server and report failures.
    Run(Args),
}

#[derive(clap::Args)]
struct Args {
    /// The OpenAPI document (YAML or JSON).
    #[arg(long)]
    spec: PathBuf,
    /// The server's base URL, e.g. http://127.0.0.1:8000
    #[arg(long)]
    base_url: String,
    /// An API key with every scope.
    #[arg(long, env = "CONFORMANCE_TOKEN", hide_env_values = true)]
    token: String,
    /// A key of another tenant: resources created with --token must be out of its reach.
    #[arg(long, env = "CONFORMANCE_SECOND_TOKEN", hide_env_values = true)]
    second_token: Option<String>,
    /// A key with only some scopes, as KEY=scope1,scope2 (repeatable): operations needing other
    /// scopes must answer it 403.
    #[arg(long = "scoped-token", value_name = "KEY=SCOPES")]
    scoped_tokens: Vec<String>,
    /// Random cases per operation (link sequences: a tenth of it).
    #[arg(long, default_value_t = 100)]
    cases: usize,
    /// Seed of the random phases; a failure report names the seed that reproduces it.
    #[arg(long)]
    seed: Option<u64>,
    /// Only operations whose id matches one of these comma-separated globs.
    #[arg(long)]
    operations: Option<String>,
    /// Comma-separated phases: examples, coverage, fuzz, auth, methods, stateful, openai-oracle.
    #[arg(
        long,
        default_value = "examples,coverage,fuzz,auth,methods,stateful,openai-oracle"
    )]
    phases: String,
    /// OpenAI's published OpenAPI document to judge mirrored answers by (default: the one the
    /// spec names in `info.x-openai-document`).
    #[arg(long, conflicts_with = "no_oracle")]
    oracle: Option<PathBuf>,
    /// Do not judge answers by OpenAI's document.
    #[arg(long)]
    no_oracle: bool,
    /// Requests in flight at once.
    #[arg(long, default_value_t = 16)]
    concurrency: usize,
    /// Seconds a single request may take.
    #[arg(long, default_value_t = 60)]
    timeout: u64,
    /// Write a JUnit XML report here.
    #[arg(long)]
    junit: Option<PathBuf>,
    /// No progress lines.
    #[arg(long)]
    quiet: bool,
}

fn main() -> ExitCode {
    let Command::Run(args) = Cli::parse().command;
    match execute(args) {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::FAILURE,
        Err(e) => {
            eprintln!("lukhas-conformance: {e:#}");
            ExitCode::from(2)
        }
    }
}

fn execute(args: Args) -> Result<bool> {
    let seed = args.seed.unwrap_or_else(|| {
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_nanos() as u64)
            .unwrap_or_default()
    });
    let mut phases = Vec::new();
    for name in args
        .phases
        .split(',')
        .map(str::trim)
        .filter(|p| !p.is_empty())
    {
        match Phase::parse(name) {
            Some(p) => phases.push(p),
            None => bail!(
                "unknown phase `{name}` (phases: {})",
                Phase::ALL.map(Phase::name).join(", ")
            ),
        }
    }
    let mut scoped = Vec::new();
    for s in &args.scoped_tokens {
        let (key, scopes) = s
            .split_once('=')
            .context("--scoped-token takes KEY=scope1,scope2")?;
        scoped.push((
            key.to_string(),
            scopes.split(',').map(|x| x.trim().to_string()).collect(),
        ));
    }
    let mut cfg = Config::new(args.spec, &args.base_url, &args.token);
    cfg.second_token = args.second_token;
    cfg.scoped_tokens = scoped;
    cfg.cases = args.cases;
    cfg.seed = seed;
    cfg.operations = args.operations;
    cfg.phases = phases;
    cfg.concurrency = args.concurrency;
    cfg.oracle = args.oracle;
    cfg.use_oracle = !args.no_oracle;
    cfg.timeout = Duration::from_secs(args.timeout);
    cfg.progress = !args.quiet;
    if cfg.progress {
        eprintln!(
            "lukhas-conformance: {} against {} (seed {seed})",
            cfg.spec.display(),
            cfg.base_url
        );
    }
    let report = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()?
        .block_on(run(&cfg))?;
    print!("{}", report.render());
    if let Some(path) = &args.junit {
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir)?;
        }
        std::fs::write(path, report.junit()?)
            .with_context(|| format!("writing {}", path.display()))?;
    }
    Ok(report.ok())
}
