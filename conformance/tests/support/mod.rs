//! Starts the real LUKHAS router in-process (its own multi-threaded runtime, a real TCP port)
//! with three keys — all scopes for tenant `alpha`, all scopes for tenant `beta`, and `alpha`'s
//! `models:read`-only key — optionally wrapped in one injected fault.
#![allow(dead_code)]

pub mod faults;

use lukhas_runtime::auth::{new_key, KeyFile};
use lukhas_runtime::config::Settings;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::sync::Once;

pub const ECHO_MODELS: &str = "models:
  default_generation: lukhas-matriz
  default_embedding: text-embedding-minilm
  registry:
    - {id: lukhas-matriz, engine: echo, capabilities: [generation]}
    - {id: text-embedding-minilm, engine: echo, capabilities: [embedding], dimension: 384}
    - {id: echo, engine: echo, capabilities: [generation, embedding]}
";

pub struct Tokens {
    pub alpha: String,
    pub beta: String,
    /// `alpha`'s key with only `models:read`.
    pub limited: String,
}

pub struct Server {
    pub base: String,
    pub tokens: Tokens,
    shutdown: Option<tokio::sync::oneshot::Sender<()>>,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl Drop for Server {
    fn drop(&mut self) {
        if let Some(tx) = self.shutdown.take() {
            let _ = tx.send(());
        }
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

pub fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("workspace root")
        .to_path_buf()
}

pub fn spec() -> PathBuf {
    workspace().join("spec/lukhas-openai.yaml")
}

/// The `models:` section of the shipped config (the embedded models).
pub fn shipped_models() -> String {
    let text = std::fs::read_to_string(workspace().join("configs/runtime/lukhas.yaml")).unwrap();
    let doc: serde_yaml_ng::Value = serde_yaml_ng::from_str(&text).unwrap();
    let models = doc.get("models").expect("models section").clone();
    let mut top = serde_yaml_ng::Mapping::new();
    top.insert("models".into(), models);
    serde_yaml_ng::to_string(&top).unwrap()
}

/// Starts the server with `models` (a `models:` YAML section) and, when given, one fault.
pub fn start(models: &str, fault: Option<faults::Fault>) -> Server {
    static ENV: Once = Once::new();
    ENV.call_once(|| {
        // The side files the config loader reads relative to the working directory.
        std::env::set_var(
            "LUKHAS_RELIABILITY_CONFIG",
            workspace().join("configs/runtime/reliability.yaml"),
        );
        std::env::set_var(
            "LUKHAS_SLO_CONFIG",
            workspace().join("configs/observability/slo_budgets.yaml"),
        );
    });
    let dir = tempfile::Builder::new()
        .prefix("lukhas-conformance-")
        .tempdir()
        .unwrap()
        .keep();
    let keys_path = dir.join("keys.yaml");
    let mut keys = KeyFile::default();
    let mut key = |tenant: &str, scopes: &[&str]| {
        let scopes: Vec<String> = scopes.iter().map(|s| s.to_string()).collect();
        let (plain, stored) = new_key(tenant, &scopes, None);
        keys.keys.push(stored);
        plain
    };
    let all = &lukhas_runtime::auth::ALL_SCOPES;
    let tokens = Tokens {
        alpha: key("alpha", all),
        beta: key("beta", all),
        limited: key("alpha", &["models:read"]),
    };
    keys.write(&keys_path).unwrap();
    let config = dir.join("lukhas.yaml");
    std::fs::write(
        &config,
        format!(
            "server: {{bind: '127.0.0.1:0', request_timeout_ms: 300000}}\nstorage: {{dir: '{}'}}\nauth: {{keys_file: '{}'}}\n{models}",
            dir.join("data").display(),
            keys_path.display()
        ),
    )
    .unwrap();
    let mut settings = Settings::load(&config).unwrap();
    // The guardian's shipped policies, whatever directory the tests run in.
    let workspace = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let guardian = &mut settings.config.guardian;
    guardian.policies = workspace.join(&guardian.policies);
    guardian.schema = workspace.join(&guardian.schema);
    guardian.tenants = workspace.join(&guardian.tenants);
    // The suite sends thousands of requests a second: limits that never refuse, and still answer
    // with their headers (checked against the spec like every other header).
    let rates = &mut settings.reliability.rates;
    for rps in [
        &mut rates.responses_rps,
        &mut rates.embeddings_rps,
        &mut rates.dreams_rps,
        &mut rates.indexes_rps,
        &mut rates.models_rps,
        &mut rates.files_rps,
        &mut rates.responses_tpm,
        &mut rates.embeddings_tpm,
        &mut rates.dreams_tpm,
    ] {
        *rps = 1e9;
    }
    let layer = fault.map(|f| faults::Layer {
        fault: f,
        primary: tokens.alpha.clone(),
        second: tokens.beta.clone(),
        limited: tokens.limited.clone(),
    });
    let (addr_tx, addr_rx) = std::sync::mpsc::channel::<SocketAddr>();
    let (stop_tx, stop_rx) = tokio::sync::oneshot::channel::<()>();
    let thread = std::thread::spawn(move || {
        let rt = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .enable_all()
            .build()
            .unwrap();
        rt.block_on(async move {
            let (app, _) = lukhas_runtime::server::build(&settings).unwrap();
            let stopping = app.stopping.clone();
            let mut router = lukhas_runtime::server::router(app, &settings);
            if let Some(layer) = layer {
                router = faults::wrap(router, layer);
            }
            let any_port = SocketAddr::from(([127, 0, 0, 1], 0));
            let listener = lukhas_runtime::server::listen(any_port).await.unwrap();
            addr_tx.send(listener.local_addr().unwrap()).unwrap();
            let stop = async {
                let _ = stop_rx.await;
            };
            lukhas_runtime::server::serve_on(
                listener,
                router,
                &settings.config.server,
                stopping,
                stop,
            )
            .await
            .unwrap();
        });
    });
    let addr = addr_rx
        .recv_timeout(std::time::Duration::from_secs(300))
        .expect("the server did not start");
    Server {
        base: format!("http://{addr}"),
        tokens,
        shutdown: Some(stop_tx),
        thread: Some(thread),
    }
}
