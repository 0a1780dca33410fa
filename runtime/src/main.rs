//! `lukhas`: the LUKHAS façade server.
//!
//! `lukhas serve` runs the API; `lukhas keys create --scopes ... --tenant ...` adds an API key;
//! `lukhas schema` and `lukhas reference` describe the config files and the metrics.

use anyhow::Result;
use clap::{Parser, Subcommand};
use lukhas_runtime::server::Stopped;
use lukhas_runtime::{auth, config, server, telemetry, traces};
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Parser)]
#[command(
    name = "lukhas",
    version,
    about = "OpenAI-compatible API server for LUKHAS MATRIZ"
)]
struct Cli {
    /// The main config file.
    #[arg(long, global = true, env = "LUKHAS_CONFIG", default_value = config::DEFAULT_CONFIG)]
    config: PathBuf,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Serve the API.
    Serve {
        /// Address to listen on (overrides `server.bind`).
        #[arg(long)]
        bind: Option<std::net::SocketAddr>,
    },
    /// Manage API keys.
    Keys {
        #[command(subcommand)]
        command: KeysCommand,
    },
    /// Print the JSON Schema of a config file (for editors that validate YAML).
    Schema {
        #[arg(value_enum, default_value = "main")]
        file: config::reference::ConfigFile,
    },
    /// Print a reference page generated from the code, as Markdown (`make generate` writes them
    /// to docs/configuration.md and docs/metrics.md).
    Reference {
        #[arg(value_enum)]
        page: ReferencePage,
    },
}

#[derive(Clone, Copy, clap::ValueEnum)]
enum ReferencePage {
    /// Every key of the config files.
    Config,
    /// Every series of /metrics.
    Metrics,
}

#[derive(Subcommand)]
enum KeysCommand {
    /// Create a key, store its hash in the keys file and print the key once.
    Create {
        /// Comma-separated scopes, or `all`.
        #[arg(long)]
        scopes: String,
        /// The tenant the key acts for (indexes belong to tenants).
        #[arg(long)]
        tenant: String,
        /// A label for the key.
        #[arg(long)]
        name: Option<String>,
        /// The keys file (defaults to `auth.keys_file` of the config).
        #[arg(long)]
        file: Option<PathBuf>,
    },
}

/// The exit status of a shutdown whose grace period ran out (open streams were ended).
const FORCED_SHUTDOWN: u8 = 3;

fn main() -> ExitCode {
    // reqwest is built without a default crypto provider (ring instead of aws-lc: no C/cmake).
    let _ = rustls::crypto::ring::default_provider().install_default();
    let cli = Cli::parse();
    match run(cli) {
        Ok(Stopped::Clean) => ExitCode::SUCCESS,
        Ok(Stopped::Forced) => ExitCode::from(FORCED_SHUTDOWN),
        Err(e) => {
            eprintln!("lukhas: {e:#}");
            ExitCode::FAILURE
        }
    }
}

fn run(cli: Cli) -> Result<Stopped> {
    match cli.command {
        Command::Serve { bind } => {
            let runtime = tokio::runtime::Builder::new_multi_thread()
                .enable_all()
                .build()?;
            // Inside the runtime: the OTLP gRPC exporter binds to it.
            runtime.block_on(async { telemetry::init_logging(&config::log_filter()) });
            let mut settings = config::Settings::load(&cli.config)?;
            if let Some(b) = bind {
                settings.config.server.bind = b;
            }
            let stopped = runtime.block_on(server::serve(settings));
            traces::flush();
            stopped
        }
        Command::Schema { file } => {
            let schema = config::reference::schema(file);
            println!("{}", serde_json::to_string_pretty(&schema)?);
            Ok(Stopped::Clean)
        }
        Command::Reference { page } => {
            print!(
                "{}",
                match page {
                    ReferencePage::Config => config::reference::markdown(),
                    ReferencePage::Metrics => telemetry::Metrics::reference_page(),
                }
            );
            Ok(Stopped::Clean)
        }
        Command::Keys {
            command:
                KeysCommand::Create {
                    scopes,
                    tenant,
                    name,
                    file,
                },
        } => {
            let scopes = auth::parse_scopes(&scopes)?;
            if tenant.trim().is_empty() || tenant.len() > 128 {
                anyhow::bail!("--tenant must be 1-128 characters");
            }
            let file = match file {
                Some(f) => f,
                None => config::Settings::load(&cli.config)?.config.auth.keys_file,
            };
            let mut keys = auth::KeyFile::read(&file)?;
            let (plain, stored) = auth::new_key(&tenant, &scopes, name);
            let id = stored.id.clone();
            keys.keys.push(stored);
            keys.write(&file)?;
            println!("{plain}");
            eprintln!(
                "Created key {id} for tenant `{tenant}` with scopes {} in {}. It is shown only once.",
                scopes.join(","),
                file.display()
            );
            Ok(Stopped::Clean)
        }
    }
}
