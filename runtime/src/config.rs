//! Configuration: YAML files under `configs/`, overridden by `LUKHAS_*` environment variables.
//!
//! Any key can be overridden with `LUKHAS_<SECTION>__<KEY>` (double underscore between levels),
//! e.g. `LUKHAS_SERVER__BIND=0.0.0.0:9000`; the value is read as YAML. Shorthands:
//! `LUKHAS_BIND`, `LUKHAS_STORAGE_DIR`, `LUKHAS_KEYS_FILE`. The reliability and SLO files take
//! `LUKHAS_RELIABILITY_<KEY>` and `LUKHAS_SLO_<KEY>` (e.g. `LUKHAS_RELIABILITY_READ_MS=500`,
//! `LUKHAS_RELIABILITY_BACKOFF__MAX_ATTEMPTS=5`). A file that does not parse or a key
//! with a bad value stops start-up with the file, the key and the reason.

use anyhow::{bail, Context, Result};
use serde::de::DeserializeOwned;
use serde::Deserialize;
use serde_yaml_ng::Value;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};

pub const DEFAULT_CONFIG: &str = "configs/runtime/lukhas.yaml";
pub const DEFAULT_RELIABILITY: &str = "configs/runtime/reliability.yaml";
pub const DEFAULT_SLO: &str = "configs/observability/slo_budgets.yaml";

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
    pub server: ServerConfig,
    pub storage: StorageConfig,
    pub auth: AuthConfig,
    pub models: ModelsConfig,
    #[serde(default)]
    pub upstream: UpstreamConfig,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ServerConfig {
    pub bind: SocketAddr,
    #[serde(default = "default_body_limit")]
    pub max_body_bytes: usize,
    /// Time until the response head; streams are not cut once they have started.
    #[serde(default = "default_request_timeout")]
    pub request_timeout_ms: u64,
    #[serde(default = "default_grace")]
    pub shutdown_grace_ms: u64,
}

fn default_body_limit() -> usize {
    8 * 1024 * 1024
}
fn default_request_timeout() -> u64 {
    120_000
}
fn default_grace() -> u64 {
    30_000
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StorageConfig {
    /// Index database and the generated local key live here.
    pub dir: PathBuf,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AuthConfig {
    pub keys_file: PathBuf,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ModelsConfig {
    /// Used when a generation request names no model (responses, dreams).
    pub default_generation: String,
    /// Used by indexes created without `embedding_model`.
    pub default_embedding: String,
    /// Where `make models` puts the embedded models' files (`local` engine paths are relative to
    /// it). Default: `$LUKHAS_MODELS_DIR`, else `~/.cache/lukhas/models`.
    #[serde(default)]
    pub dir: Option<PathBuf>,
    pub registry: Vec<ModelEntry>,
}

impl ModelsConfig {
    pub fn models_dir(&self) -> PathBuf {
        self.dir
            .as_deref()
            .map(expand_home)
            .unwrap_or_else(Self::default_dir)
    }

    /// `$LUKHAS_MODELS_DIR`, else `~/.cache/lukhas/models` (where `make models` writes).
    pub fn default_dir() -> PathBuf {
        match std::env::var_os("LUKHAS_MODELS_DIR") {
            Some(dir) => expand_home(Path::new(&dir)),
            None => expand_home(Path::new("~/.cache/lukhas/models")),
        }
    }
}

fn expand_home(path: &Path) -> PathBuf {
    match (path.strip_prefix("~"), std::env::var_os("HOME")) {
        (Ok(rest), Some(home)) => PathBuf::from(home).join(rest),
        _ => path.to_path_buf(),
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum EngineKind {
    Echo,
    Openai,
    Local,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Capability {
    Generation,
    Embedding,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ModelEntry {
    /// The public model id (may contain `/`).
    pub id: String,
    pub engine: EngineKind,
    pub capabilities: Vec<Capability>,
    #[serde(default = "default_owner")]
    pub owned_by: String,
    /// `openai`: the upstream's model id (defaults to `id`).
    #[serde(default)]
    pub upstream_model: Option<String>,
    /// `echo`: embedding dimension (default 384).
    #[serde(default)]
    pub dimension: Option<usize>,
    /// `local`: the model's files, relative to the models directory: a directory with
    /// `model.safetensors`, `tokenizer.json` and `config.json` (embeddings) or a `.gguf` file
    /// (generation).
    #[serde(default)]
    pub path: Option<PathBuf>,
    /// `local` generation: the system message used when a conversation has none (otherwise the
    /// model's chat template may insert its own, e.g. SmolLM2 introduces itself as SmolLM).
    #[serde(default)]
    pub system_prompt: Option<String>,
    /// `local` generation: requests waiting beyond this many answer 503 (default 16).
    #[serde(default = "default_queue")]
    pub queue: usize,
    /// `echo`: simulated latency per generation, for tests of timeouts.
    #[serde(default)]
    pub latency_ms: u64,
    /// `echo`: the first N generations fail with a 500, for tests of retries.
    #[serde(default)]
    pub fail_first: u32,
}

fn default_queue() -> usize {
    16
}

fn default_owner() -> String {
    "lukhas".into()
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct UpstreamConfig {
    /// Environment variable holding the upstream base URL (e.g. `https://api.openai.com/v1`).
    #[serde(default = "default_base_env")]
    pub base_url_env: String,
    /// Environment variable holding the upstream API key.
    #[serde(default = "default_key_env")]
    pub api_key_env: String,
}

impl Default for UpstreamConfig {
    fn default() -> Self {
        UpstreamConfig {
            base_url_env: default_base_env(),
            api_key_env: default_key_env(),
        }
    }
}

fn default_base_env() -> String {
    "LUKHAS_UPSTREAM_BASE_URL".into()
}
fn default_key_env() -> String {
    "LUKHAS_UPSTREAM_API_KEY".into()
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Reliability {
    pub connect_ms: u64,
    pub read_ms: u64,
    pub backoff: Backoff,
    pub rates: Rates,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Backoff {
    pub base_s: f64,
    pub factor: f64,
    pub jitter: f64,
    pub max_attempts: u32,
    /// Upper bound of one wait, including an upstream's `retry-after`.
    #[serde(default = "default_max_wait")]
    pub max_wait_s: f64,
}

fn default_max_wait() -> f64 {
    10.0
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Rates {
    pub responses_rps: f64,
    pub embeddings_rps: f64,
    pub dreams_rps: f64,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SloBudgets {
    pub endpoints: std::collections::BTreeMap<String, Slo>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Slo {
    pub p95_ms: u64,
    pub p99_ms: u64,
}

/// Everything loaded at start-up.
#[derive(Debug, Clone)]
pub struct Settings {
    pub config: Config,
    pub reliability: Reliability,
    pub slo: SloBudgets,
}

impl Settings {
    pub fn load(config_path: &Path) -> Result<Settings> {
        let reliability_path = env_path("LUKHAS_RELIABILITY_CONFIG", DEFAULT_RELIABILITY);
        let slo_path = env_path("LUKHAS_SLO_CONFIG", DEFAULT_SLO);
        let config: Config = load_file(
            config_path,
            "LUKHAS_",
            &[
                ("LUKHAS_BIND", "server.bind"),
                ("LUKHAS_STORAGE_DIR", "storage.dir"),
                ("LUKHAS_KEYS_FILE", "auth.keys_file"),
            ],
        )?;
        validate_config(&config).with_context(|| format!("in {}", config_path.display()))?;
        let reliability: Reliability = load_file(&reliability_path, "LUKHAS_RELIABILITY_", &[])?;
        validate_reliability(&reliability)
            .with_context(|| format!("in {}", reliability_path.display()))?;
        let slo: SloBudgets = load_file(&slo_path, "LUKHAS_SLO_", &[])?;
        for (name, s) in &slo.endpoints {
            if s.p95_ms == 0 || s.p99_ms < s.p95_ms {
                bail!(
                    "in {}: endpoints.{name}: p99_ms must be >= p95_ms > 0",
                    slo_path.display()
                );
            }
        }
        Ok(Settings {
            config,
            reliability,
            slo,
        })
    }
}

fn env_path(var: &str, default: &str) -> PathBuf {
    std::env::var_os(var)
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(default))
}

/// Reads a YAML file, applies environment overrides, and deserializes it; errors name the file
/// and the key.
fn load_file<T: DeserializeOwned>(
    path: &Path,
    prefix: &str,
    aliases: &[(&str, &str)],
) -> Result<T> {
    let text = std::fs::read_to_string(path)
        .with_context(|| format!("cannot read config file {}", path.display()))?;
    let mut value: Value = serde_yaml_ng::from_str(&text)
        .with_context(|| format!("{} is not valid YAML", path.display()))?;
    for (var, key) in aliases {
        if let Ok(v) = std::env::var(var) {
            set_path(&mut value, key, &v, var)?;
        }
    }
    for (var, v) in std::env::vars() {
        let Some(rest) = var.strip_prefix(prefix) else {
            continue;
        };
        // LUKHAS_RELIABILITY_CONFIG and LUKHAS_SLO_CONFIG name the files themselves.
        if rest == "CONFIG" {
            continue;
        }
        // The main file's keys are all nested (`SERVER__BIND`), which keeps plain variables such
        // as LUKHAS_API_TOKEN out; the other files' prefixes nest inside `LUKHAS_`.
        if prefix == "LUKHAS_"
            && (!rest.contains("__")
                || rest.starts_with("RELIABILITY_")
                || rest.starts_with("SLO_"))
        {
            continue;
        }
        let key = rest
            .split("__")
            .map(str::to_ascii_lowercase)
            .collect::<Vec<_>>()
            .join(".");
        set_path(&mut value, &key, &v, &var)?;
    }
    serde_path_to_error::deserialize(value).map_err(|e| {
        let key = e.path().to_string();
        anyhow::anyhow!("{}: key `{key}`: {}", path.display(), e.into_inner())
    })
}

fn set_path(root: &mut Value, dotted: &str, raw: &str, var: &str) -> Result<()> {
    let parsed: Value = serde_yaml_ng::from_str(raw)
        .with_context(|| format!("environment variable {var} is not a YAML value"))?;
    let mut node = root;
    let parts: Vec<&str> = dotted.split('.').collect();
    for (i, part) in parts.iter().enumerate() {
        let Value::Mapping(map) = node else {
            bail!("environment variable {var}: `{dotted}` does not name a config key");
        };
        let key = Value::String((*part).to_string());
        if i == parts.len() - 1 {
            map.insert(key, parsed);
            return Ok(());
        }
        node = map
            .entry(key)
            .or_insert_with(|| Value::Mapping(Default::default()));
    }
    Ok(())
}

fn validate_config(c: &Config) -> Result<()> {
    if c.server.max_body_bytes < 1024 {
        bail!("key `server.max_body_bytes`: must be at least 1024");
    }
    if c.server.request_timeout_ms == 0 {
        bail!("key `server.request_timeout_ms`: must be positive");
    }
    if c.models.registry.is_empty() {
        bail!("key `models.registry`: at least one model is needed");
    }
    let mut seen = std::collections::BTreeSet::new();
    for (i, m) in c.models.registry.iter().enumerate() {
        if m.id.is_empty() || m.id.len() > 256 {
            bail!("key `models.registry[{i}].id`: must be 1-256 characters");
        }
        if !seen.insert(m.id.as_str()) {
            bail!("key `models.registry[{i}].id`: `{}` is listed twice", m.id);
        }
        if m.capabilities.is_empty() {
            bail!("key `models.registry[{i}].capabilities`: list generation and/or embedding");
        }
        if m.dimension == Some(0) || m.dimension.is_some_and(|d| d > 16384) {
            bail!("key `models.registry[{i}].dimension`: must be 1-16384");
        }
        if m.engine == EngineKind::Local && m.path.is_none() {
            bail!("key `models.registry[{i}].path`: the local engine needs the model's files");
        }
        if m.engine == EngineKind::Local && m.capabilities.len() != 1 {
            bail!("key `models.registry[{i}].capabilities`: a local model does one thing: generation or embedding");
        }
        if m.queue == 0 {
            bail!("key `models.registry[{i}].queue`: must be at least 1");
        }
    }
    let has = |id: &str, cap: Capability| {
        c.models
            .registry
            .iter()
            .any(|m| m.id == id && m.capabilities.contains(&cap))
    };
    if !has(&c.models.default_generation, Capability::Generation) {
        bail!(
            "key `models.default_generation`: `{}` is not a generation model of the registry",
            c.models.default_generation
        );
    }
    if !has(&c.models.default_embedding, Capability::Embedding) {
        bail!(
            "key `models.default_embedding`: `{}` is not an embedding model of the registry",
            c.models.default_embedding
        );
    }
    Ok(())
}

fn validate_reliability(r: &Reliability) -> Result<()> {
    if r.connect_ms == 0 || r.read_ms == 0 {
        bail!("keys `connect_ms` and `read_ms`: must be positive");
    }
    if r.backoff.base_s < 0.0 || r.backoff.factor < 1.0 {
        bail!("key `backoff`: base_s must be >= 0 and factor >= 1");
    }
    if !(0.0..=1.0).contains(&r.backoff.jitter) {
        bail!("key `backoff.jitter`: must be between 0 and 1");
    }
    if r.backoff.max_attempts == 0 {
        bail!("key `backoff.max_attempts`: must be at least 1");
    }
    for (k, v) in [
        ("responses_rps", r.rates.responses_rps),
        ("embeddings_rps", r.rates.embeddings_rps),
        ("dreams_rps", r.rates.dreams_rps),
    ] {
        if v <= 0.0 {
            bail!("key `rates.{k}`: must be positive");
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bad_values_name_the_file_and_key() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("c.yaml");
        std::fs::write(
            &p,
            "server: {bind: not-an-address}\nstorage: {dir: d}\nauth: {keys_file: k}\nmodels: {default_generation: a, default_embedding: a, registry: []}\n",
        )
        .unwrap();
        let e = load_file::<Config>(&p, "LUKHAS_TEST_NONE_", &[])
            .unwrap_err()
            .to_string();
        assert!(e.contains("c.yaml") && e.contains("server.bind"), "{e}");
    }

    #[test]
    fn env_overrides_set_nested_keys() {
        let mut v: Value = serde_yaml_ng::from_str("server: {bind: '127.0.0.1:1'}").unwrap();
        set_path(&mut v, "server.bind", "0.0.0.0:9", "X").unwrap();
        set_path(&mut v, "server.max_body_bytes", "2048", "X").unwrap();
        assert_eq!(v["server"]["bind"], Value::String("0.0.0.0:9".into()));
        assert_eq!(v["server"]["max_body_bytes"], Value::Number(2048.into()));
    }
}
