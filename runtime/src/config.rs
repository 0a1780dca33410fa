//! Configuration: YAML files under `configs/`, overridden by `LUKHAS_*` environment variables,
//! read into types. This is the only module that reads the environment.
//!
//! Layering is figment's (a well-kept layered-config crate: files, then the environment, with the
//! origin of every value kept for error messages). Any key of the main file can be set as
//! `LUKHAS_<SECTION>__<KEY>` (double underscore between levels; the value parsed as YAML/TOML
//! scalars, arrays or tables), e.g. `LUKHAS_SERVER__BIND=0.0.0.0:9000`. Shorthands:
//! `LUKHAS_BIND`, `LUKHAS_STORAGE_DIR`, `LUKHAS_KEYS_FILE`, `LUKHAS_MODELS_DIR`,
//! `LUKHAS_API_TOKEN` / `LUKHAS_API_TENANT`, `LUKHAS_UPSTREAM_BASE_URL` / `LUKHAS_UPSTREAM_API_KEY`.
//! The reliability and SLO files take `LUKHAS_RELIABILITY_<KEY>` and `LUKHAS_SLO_<KEY>`. A value
//! that does not fit stops start-up with the file (or variable), the key and the reason.

pub mod reference;

use anyhow::{bail, Context, Result};
use figment::providers::Env;
use figment::value::{Dict, Map};
use figment::{Figment, Metadata, Profile, Provider};
use schemars::JsonSchema;
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::time::Duration;

pub const DEFAULT_CONFIG: &str = "configs/runtime/lukhas.yaml";
pub const DEFAULT_RELIABILITY: &str = "configs/runtime/reliability.yaml";
pub const DEFAULT_SLO: &str = "configs/observability/slo_budgets.yaml";

#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Config {
    /// The HTTP server: address, limits, timeouts, access log (docs/limits.md).
    pub server: ServerConfig,
    /// Where the server keeps its data.
    pub storage: StorageConfig,
    /// API keys (docs/guards.md).
    pub auth: AuthConfig,
    /// The models served and the engines behind them.
    pub models: ModelsConfig,
    #[serde(default)]
    pub upstream: UpstreamConfig,
    #[serde(default)]
    pub state: StateConfig,
    #[serde(default)]
    pub guardian: GuardianConfig,
    #[serde(default)]
    pub idempotency: IdempotencyConfig,
}

/// `Idempotency-Key` on POST requests (docs/guards.md); records live where `state.backend` says.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, default)]
pub struct IdempotencyConfig {
    /// Honour `Idempotency-Key` (when off, the header is ignored and every request runs).
    pub enabled: bool,
    /// How long an answer is kept for replays.
    pub ttl_hours: u64,
    /// How long a running request holds its key at most (then a retry may run it again).
    pub lease_seconds: u64,
    /// While the record store is unavailable: run keyed requests unprotected (true) or answer
    /// 503 (false).
    pub fail_open: bool,
}

impl Default for IdempotencyConfig {
    fn default() -> Self {
        IdempotencyConfig {
            enabled: true,
            ttl_hours: 24,
            lease_seconds: 600,
            fail_open: false,
        }
    }
}

/// The guardian: Cedar policies over every secured request, personal-data masking, the audit log
/// (docs/guards.md).
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, default)]
pub struct GuardianConfig {
    /// Evaluate policies and mask personal data (off: every authenticated request is allowed
    /// and nothing is masked).
    pub enabled: bool,
    /// The Cedar policies.
    pub policies: PathBuf,
    /// The Cedar schema the policies are validated against at start-up.
    pub schema: PathBuf,
    /// Tenants' settings, as Cedar entities (JSON): what policies read as `principal.org`.
    pub tenants: PathBuf,
    /// The audit log of decisions other than a plain allow; relative to `storage.dir`.
    pub audit_log: PathBuf,
    /// The audit log is rotated past this size, in bytes.
    pub audit_max_bytes: u64,
    /// Rotated audit logs kept.
    pub audit_keep: usize,
}

impl Default for GuardianConfig {
    fn default() -> Self {
        GuardianConfig {
            enabled: true,
            policies: "configs/guardian/policies.cedar".into(),
            schema: "configs/guardian/schema.cedarschema".into(),
            tenants: "configs/guardian/tenants.json".into(),
            audit_log: "audit/guardian.jsonl".into(),
            audit_max_bytes: 10 << 20,
            audit_keep: 5,
        }
    }
}

/// Where the state that replicas must share lives (the rate limits' counters).
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct StateConfig {
    #[serde(default)]
    pub backend: StateBackend,
    /// `redis://[:password@]host:port[/db]`, for `backend: redis`.
    pub redis_url: Option<Secret>,
    /// While Redis cannot be reached: admit requests without counting them (true, with a
    /// warning in the log) or refuse them with 503 (false).
    #[serde(default = "yes")]
    pub rate_limits_fail_open: bool,
}

impl Default for StateConfig {
    fn default() -> Self {
        StateConfig {
            backend: StateBackend::Memory,
            redis_url: None,
            rate_limits_fail_open: true,
        }
    }
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum StateBackend {
    /// This process's memory: one replica.
    #[default]
    Memory,
    /// A Redis server the replicas share.
    Redis,
}

#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ServerConfig {
    /// Address and port to listen on, e.g. `127.0.0.1:8000` (`LUKHAS_BIND`, or `lukhas serve
    /// --bind`).
    pub bind: SocketAddr,
    /// Largest request body; a larger one is refused with 413.
    #[serde(default = "default_body_limit")]
    pub max_body_bytes: usize,
    /// Largest file upload (`POST /v1/files`, a `multipart/form-data` body); a larger one is
    /// refused with 413.
    #[serde(default = "default_upload_limit")]
    pub max_upload_bytes: usize,
    /// Time until the response head; streams are not cut once they have started.
    #[serde(default = "default_request_timeout")]
    pub request_timeout_ms: u64,
    /// On SIGTERM or Ctrl-C: how long requests in flight may finish before open streams are
    /// ended (the exit status is then 3).
    #[serde(default = "default_grace")]
    pub shutdown_grace_ms: u64,
    /// Time a client has to send a request's head, on a new connection or an idle kept-alive
    /// one (which is then closed).
    #[serde(default = "default_header_timeout")]
    pub header_timeout_ms: u64,
    /// Open connections at most (kept below the file-descriptor limit in any case).
    #[serde(default = "default_max_connections")]
    pub max_connections: usize,
    /// Open connections at most from one client address.
    #[serde(default = "default_max_connections_per_ip")]
    pub max_connections_per_ip: usize,
    /// Which requests get an access-log line (a load test at `all` writes gigabytes).
    #[serde(default)]
    pub access_log: AccessLog,
    /// The share of requests logged with `access_log: sampled` (errors are always logged).
    #[serde(default = "default_access_log_sample")]
    pub access_log_sample: f64,
}

/// Which requests get an access-log line.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum AccessLog {
    /// Every request.
    #[default]
    All,
    /// Answers with a 4xx or 5xx status.
    Errors,
    /// Errors, and `access_log_sample` of the rest.
    Sampled,
    /// None.
    Off,
}

fn default_access_log_sample() -> f64 {
    0.01
}

fn default_body_limit() -> usize {
    8 * 1024 * 1024
}
fn default_upload_limit() -> usize {
    64 * 1024 * 1024
}
fn default_request_timeout() -> u64 {
    120_000
}
fn default_grace() -> u64 {
    30_000
}
fn default_header_timeout() -> u64 {
    30_000
}
fn default_max_connections() -> usize {
    8192
}
fn default_max_connections_per_ip() -> usize {
    1024
}

#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct StorageConfig {
    /// The database (indexes, stored responses, conversations) and the generated local key live
    /// here.
    pub dir: PathBuf,
    /// Days a stored response (and the items only it holds) is kept; 0 keeps them until deleted.
    #[serde(default = "default_retention_days")]
    pub response_retention_days: u32,
    /// Indexes with at least this many vectors are searched through their in-memory HNSW graph
    /// (approximate, re-scored exactly); smaller ones by an exact scan, which is as fast there.
    #[serde(default = "default_ann_min_vectors")]
    pub ann_min_vectors: u64,
    /// Candidates the graph search keeps (HNSW's `ef`, at least `k`): higher finds more of the
    /// true nearest neighbours and costs time (docs/benchmarks.md).
    #[serde(default = "default_ann_ef_search")]
    pub ann_ef_search: usize,
    /// How the graphs keep their copy of each vector: `none` (f32, as stored) or `int8` (a
    /// quarter of the memory; three times the candidates are re-scored exactly from the store, so
    /// scores stay exact and recall drops little: docs/benchmarks.md). The store keeps f32 either
    /// way, so this can be changed between starts.
    #[serde(default = "default_ann_quantization")]
    pub ann_quantization: crate::store::Quantization,
}

fn default_ann_quantization() -> crate::store::Quantization {
    crate::store::Quantization::None
}

fn default_ann_min_vectors() -> u64 {
    10_000
}
fn default_ann_ef_search() -> usize {
    100
}

fn default_retention_days() -> u32 {
    30
}

/// A value that must never be printed (a key or a token). Read as text even when it looks like
/// a number (environment values are parsed).
#[derive(Clone, PartialEq, Eq)]
pub struct Secret(String);

impl<'de> Deserialize<'de> for Secret {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Secret, D::Error> {
        #[derive(Deserialize)]
        #[serde(untagged)]
        enum Text {
            String(String),
            Integer(i128),
            Number(f64),
        }
        Ok(Secret(match Text::deserialize(d)? {
            Text::String(s) => s,
            Text::Integer(i) => i.to_string(),
            Text::Number(n) => n.to_string(),
        }))
    }
}

/// Written in the schema as a string; its value never appears in a schema, a default or a log.
impl JsonSchema for Secret {
    fn schema_name() -> String {
        "Secret".into()
    }
    fn json_schema(gen: &mut schemars::gen::SchemaGenerator) -> schemars::schema::Schema {
        let mut schema = String::json_schema(gen).into_object();
        schema.metadata().description = Some("A secret: never logged.".into());
        schema.into()
    }
}

impl Secret {
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Debug for Secret {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("<secret>")
    }
}

#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct AuthConfig {
    /// The API keys, stored hashed (`lukhas keys create` adds one; a first start with none
    /// writes a local key and prints it once).
    pub keys_file: PathBuf,
    /// One all-scopes key from the environment (`LUKHAS_API_TOKEN`), besides the keys file.
    #[serde(default)]
    pub token: Option<Secret>,
    /// The tenant of `token` (`LUKHAS_API_TENANT`).
    #[serde(default = "default_tenant")]
    pub token_tenant: String,
}

fn default_tenant() -> String {
    "default".into()
}

#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ModelsConfig {
    /// Used when a generation request names no model (responses, dreams); none means such a
    /// request must name one.
    #[serde(default)]
    pub default_generation: Option<String>,
    /// Used by indexes created without `embedding_model`.
    #[serde(default)]
    pub default_embedding: Option<String>,
    /// Where `make models` puts the embedded models' files (`local` paths are relative to it).
    #[serde(default = "default_models_dir")]
    pub dir: PathBuf,
    /// The models served, each by one engine (`engine: local | echo | openai`); `GET /v1/models`
    /// lists them.
    pub registry: Vec<ModelEntry>,
}

/// `~/.cache/lukhas/models`, where `make models` writes by default.
pub fn default_models_dir() -> PathBuf {
    PathBuf::from("~/.cache/lukhas/models")
}

/// `~/...` against `$HOME`.
pub fn expand_home(path: &Path) -> PathBuf {
    match (path.strip_prefix("~"), std::env::var_os("HOME")) {
        (Ok(rest), Some(home)) => PathBuf::from(home).join(rest),
        _ => path.to_path_buf(),
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Capability {
    Generation,
    Embedding,
}

impl Capability {
    pub fn describe(self) -> &'static str {
        match self {
            Capability::Generation => "text generation",
            Capability::Embedding => "embeddings",
        }
    }
}

/// A registry entry: a public model id and the engine that serves it, with that engine's own
/// settings only.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(tag = "engine", rename_all = "lowercase")]
pub enum ModelEntry {
    /// Embedded models, in-process on the CPU.
    Local(LocalModel),
    /// Deterministic echo and hash embeddings: for tests and evals, it does not think.
    Echo(EchoModel),
    /// Any OpenAI-compatible upstream (`upstream.base_url`).
    Openai(UpstreamModel),
}

#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct LocalModel {
    /// The public model id (may contain `/`).
    pub id: String,
    /// Exactly one: a local model does generation or embedding.
    pub capabilities: Vec<Capability>,
    /// `owned_by` in `GET /v1/models`.
    #[serde(default = "default_owner")]
    pub owned_by: String,
    /// The model's files, relative to the models directory: a directory with
    /// `model.safetensors`, `tokenizer.json` and `config.json` (embeddings) or a `.gguf` file
    /// (generation).
    pub path: PathBuf,
    /// Generation: the system message used when a conversation has none (otherwise the model's
    /// chat template may insert its own, e.g. SmolLM2 introduces itself as SmolLM).
    #[serde(default)]
    pub system_prompt: Option<String>,
    /// Generation: requests waiting beyond this many answer 503.
    #[serde(default = "default_queue")]
    pub queue: usize,
}

#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct EchoModel {
    /// The public model id.
    pub id: String,
    /// `generation` (echoes the prompt back), `embedding` (hash embeddings), or both.
    pub capabilities: Vec<Capability>,
    /// `owned_by` in `GET /v1/models`.
    #[serde(default = "default_owner")]
    pub owned_by: String,
    /// Embedding dimension.
    #[serde(default = "default_dimension")]
    pub dimension: usize,
    /// Simulated latency per generation and embedding, for tests of timeouts and restarts.
    #[serde(default)]
    pub latency_ms: u64,
    /// The first N generations fail with a 500, for tests of retries.
    #[serde(default)]
    pub fail_first: u32,
    /// Tokens (words) of context, for tests of truncation; unlimited when unset.
    #[serde(default)]
    pub context: Option<usize>,
}

#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct UpstreamModel {
    /// The public model id.
    pub id: String,
    /// What the upstream model does: `generation`, `embedding`, or both.
    pub capabilities: Vec<Capability>,
    /// `owned_by` in `GET /v1/models`.
    #[serde(default = "default_owner")]
    pub owned_by: String,
    /// The upstream's model id (defaults to `id`).
    #[serde(default)]
    pub upstream_model: Option<String>,
}

fn default_queue() -> usize {
    16
}
fn default_dimension() -> usize {
    384
}
fn default_owner() -> String {
    "lukhas".into()
}

impl ModelEntry {
    pub fn id(&self) -> &str {
        match self {
            ModelEntry::Local(m) => &m.id,
            ModelEntry::Echo(m) => &m.id,
            ModelEntry::Openai(m) => &m.id,
        }
    }

    pub fn capabilities(&self) -> &[Capability] {
        match self {
            ModelEntry::Local(m) => &m.capabilities,
            ModelEntry::Echo(m) => &m.capabilities,
            ModelEntry::Openai(m) => &m.capabilities,
        }
    }

    pub fn owned_by(&self) -> &str {
        match self {
            ModelEntry::Local(m) => &m.owned_by,
            ModelEntry::Echo(m) => &m.owned_by,
            ModelEntry::Openai(m) => &m.owned_by,
        }
    }

    pub fn can(&self, cap: Capability) -> bool {
        self.capabilities().contains(&cap)
    }
}

/// The OpenAI-compatible upstream that `openai` models go to.
#[derive(Debug, Clone, Default, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct UpstreamConfig {
    /// E.g. `https://api.openai.com/v1` (`LUKHAS_UPSTREAM_BASE_URL`).
    #[serde(default)]
    pub base_url: Option<String>,
    /// Sent as `Authorization: Bearer ...` (`LUKHAS_UPSTREAM_API_KEY`).
    #[serde(default)]
    pub api_key: Option<Secret>,
}

#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Reliability {
    /// Time to establish a connection to the upstream.
    pub connect_ms: u64,
    /// Longest wait for any one read from the upstream.
    pub read_ms: u64,
    /// Total time of one non-streaming upstream attempt, the body included (a trickling upstream
    /// is cut here, as a 504).
    #[serde(default = "default_request_ms")]
    pub request_ms: u64,
    /// Longest silence between two events of an upstream stream.
    #[serde(default = "default_stream_idle_ms")]
    pub stream_idle_ms: u64,
    /// Retries of upstream calls (connection failures, 429, 5xx).
    pub backoff: Backoff,
    pub rates: Rates,
}

fn default_request_ms() -> u64 {
    60_000
}
fn default_stream_idle_ms() -> u64 {
    30_000
}

impl Reliability {
    pub fn connect(&self) -> Duration {
        Duration::from_millis(self.connect_ms)
    }
    pub fn read(&self) -> Duration {
        Duration::from_millis(self.read_ms)
    }
    pub fn request(&self) -> Duration {
        Duration::from_millis(self.request_ms)
    }
    pub fn stream_idle(&self) -> Duration {
        Duration::from_millis(self.stream_idle_ms)
    }
}

#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Backoff {
    /// The first wait.
    pub base_s: f64,
    /// Each wait is this many times the one before.
    pub factor: f64,
    /// Adds a random part, up to the wait itself, so that clients do not retry in step.
    pub jitter: bool,
    /// Attempts in all, the first included.
    pub max_attempts: u32,
    /// Upper bound of one wait, including an upstream's `retry-after`.
    #[serde(default = "default_max_wait")]
    pub max_wait_s: f64,
}

fn default_max_wait() -> f64 {
    10.0
}

/// Requests per second per API key and route group (see `ratelimit`), each with a burst of
/// `burst_seconds` worth of requests; tokens per minute for the groups that generate or embed.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Rates {
    /// Enforce rate limits (a request over one answers 429 with `retry-after`).
    #[serde(default = "yes")]
    pub enabled: bool,
    /// Requests per second to `/v1/responses`, `/v1/conversations` and `/v1/chat/completions`.
    pub responses_rps: f64,
    /// Requests per second to `/v1/embeddings`.
    pub embeddings_rps: f64,
    /// Requests per second to `/v1/dreams`.
    pub dreams_rps: f64,
    /// Requests per second to `/v1/indexes` and `/v1/vector_stores`.
    #[serde(default = "default_indexes_rps")]
    pub indexes_rps: f64,
    /// Requests per second to `/v1/models`.
    #[serde(default = "default_models_rps")]
    pub models_rps: f64,
    /// Requests per second to `/v1/files`.
    #[serde(default = "default_files_rps")]
    pub files_rps: f64,
    /// The burst allowed above each rate, in seconds' worth of it.
    #[serde(default = "default_burst_seconds")]
    pub burst_seconds: f64,
    /// Tokens per minute (prompt and output) of responses and chat completions.
    #[serde(default = "default_responses_tpm")]
    pub responses_tpm: f64,
    /// Tokens per minute embedded.
    #[serde(default = "default_embeddings_tpm")]
    pub embeddings_tpm: f64,
    /// Tokens per minute of dreams.
    #[serde(default = "default_dreams_tpm")]
    pub dreams_tpm: f64,
    /// Whose budget a request counts against: its API key's, or its tenant's (shared by the
    /// tenant's keys).
    #[serde(default)]
    pub per: RateScope,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum RateScope {
    #[default]
    Key,
    Tenant,
}

/// The rate keys: requests per second per route group, tokens per minute per generating group
/// (a key in the keys file may set its own).
pub const RATE_KEYS: [&str; 9] = [
    "responses_rps",
    "embeddings_rps",
    "dreams_rps",
    "indexes_rps",
    "models_rps",
    "files_rps",
    "responses_tpm",
    "embeddings_tpm",
    "dreams_tpm",
];

impl Rates {
    /// Every group's rate, by its key.
    pub fn by_key(&self) -> [(&'static str, f64); 9] {
        let values = [
            self.responses_rps,
            self.embeddings_rps,
            self.dreams_rps,
            self.indexes_rps,
            self.models_rps,
            self.files_rps,
            self.responses_tpm,
            self.embeddings_tpm,
            self.dreams_tpm,
        ];
        std::array::from_fn(|i| (RATE_KEYS[i], values[i]))
    }
}

fn yes() -> bool {
    true
}

fn default_indexes_rps() -> f64 {
    50.0
}

fn default_files_rps() -> f64 {
    10.0
}

fn default_models_rps() -> f64 {
    100.0
}

fn default_burst_seconds() -> f64 {
    1.0
}

fn default_responses_tpm() -> f64 {
    200_000.0
}

fn default_embeddings_tpm() -> f64 {
    1_000_000.0
}

fn default_dreams_tpm() -> f64 {
    100_000.0
}

#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SloBudgets {
    /// Budgets by endpoint name (`responses`, `chat_completions`, `embeddings`, ...).
    pub endpoints: std::collections::BTreeMap<String, Slo>,
}

#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Slo {
    /// 95th percentile latency budget, in milliseconds.
    pub p95_ms: u64,
    /// 99th percentile latency budget, in milliseconds (at least `p95_ms`).
    pub p99_ms: u64,
    /// Largest share of failed requests the load tool accepts (`lukhas-load`; 1% when absent).
    #[serde(default)]
    pub error_rate: Option<f64>,
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
        let mut config: Config = extract(
            Figment::from(YamlFile::new(config_path))
                .merge(main_env())
                .merge(shorthands()),
        )?;
        config.models.dir = expand_home(&config.models.dir);
        validate_config(&config).with_context(|| format!("in {}", config_path.display()))?;
        let reliability: Reliability = extract(
            Figment::from(YamlFile::new(&reliability_path)).merge(
                Env::prefixed("LUKHAS_RELIABILITY_")
                    .ignore(&["config"])
                    .split("__"),
            ),
        )?;
        validate_reliability(&reliability)
            .with_context(|| format!("in {}", reliability_path.display()))?;
        let slo: SloBudgets = extract(
            Figment::from(YamlFile::new(&slo_path))
                .merge(Env::prefixed("LUKHAS_SLO_").ignore(&["config"]).split("__")),
        )?;
        for (name, s) in &slo.endpoints {
            if s.p95_ms == 0 || s.p99_ms < s.p95_ms {
                bail!(
                    "{}: key `endpoints.{name}`: p99_ms must be >= p95_ms > 0",
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

/// `LUKHAS_<SECTION>__<KEY>`: nested keys only, which keeps plain variables (`LUKHAS_LOG`) and
/// the other files' prefixes out.
fn main_env() -> Env {
    Env::prefixed("LUKHAS_")
        .filter(|k| {
            let k = k.as_str().to_ascii_lowercase();
            k.contains("__") && !k.starts_with("reliability_") && !k.starts_with("slo_")
        })
        .split("__")
}

/// The short names of the most used keys.
fn shorthands() -> Env {
    const SHORT: [(&str, &str); 8] = [
        ("LUKHAS_BIND", "server.bind"),
        ("LUKHAS_STORAGE_DIR", "storage.dir"),
        ("LUKHAS_KEYS_FILE", "auth.keys_file"),
        ("LUKHAS_API_TOKEN", "auth.token"),
        ("LUKHAS_API_TENANT", "auth.token_tenant"),
        ("LUKHAS_MODELS_DIR", "models.dir"),
        ("LUKHAS_UPSTREAM_BASE_URL", "upstream.base_url"),
        ("LUKHAS_UPSTREAM_API_KEY", "upstream.api_key"),
    ];
    Env::raw().filter_map(|k| {
        SHORT
            .iter()
            .find(|(var, _)| k == *var)
            .map(|(_, key)| (*key).into())
    })
}

/// The log filter: `LUKHAS_LOG` (tracing's `EnvFilter` syntax), `info` by default.
pub fn log_filter() -> String {
    std::env::var("LUKHAS_LOG").unwrap_or_else(|_| "info".into())
}

fn env_path(var: &str, default: &str) -> PathBuf {
    std::env::var_os(var)
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(default))
}

/// Deserializes the layered configuration; errors name where the value came from and the key.
fn extract<T: DeserializeOwned>(figment: Figment) -> Result<T> {
    figment.extract().map_err(|errors| {
        let lines: Vec<String> = errors
            .into_iter()
            .map(|e| {
                let key = e.path.join(".");
                let origin = match e.metadata.as_ref() {
                    Some(md) => match &md.source {
                        Some(figment::Source::File(path)) => path.display().to_string(),
                        _ if md.name.contains("environment") => {
                            format!(
                                "the environment (LUKHAS_{})",
                                key.to_uppercase().replace('.', "__")
                            )
                        }
                        _ => md.name.to_string(),
                    },
                    None => "the configuration".into(),
                };
                let what = e.kind.to_string();
                if key.is_empty() {
                    format!("{origin}: {what}")
                } else {
                    format!("{origin}: key `{key}`: {what}")
                }
            })
            .collect();
        anyhow::anyhow!("{}", lines.join("\n"))
    })
}

/// A YAML file as a figment provider (figment's own YAML support uses the deprecated
/// `serde_yaml`; this reads the maintained fork).
struct YamlFile {
    path: PathBuf,
}

impl YamlFile {
    fn new(path: &Path) -> YamlFile {
        YamlFile {
            path: path.to_path_buf(),
        }
    }
}

impl Provider for YamlFile {
    fn metadata(&self) -> Metadata {
        Metadata::from("YAML file", figment::Source::File(self.path.clone()))
    }

    fn data(&self) -> Result<Map<Profile, Dict>, figment::Error> {
        let text = std::fs::read_to_string(&self.path).map_err(|e| {
            figment::Error::from(format!(
                "cannot read config file {}: {e}",
                self.path.display()
            ))
        })?;
        let dict: Dict = serde_yaml_ng::from_str(&text).map_err(|e| {
            figment::Error::from(format!("{} is not valid YAML: {e}", self.path.display()))
        })?;
        Ok(Profile::Default.collect(dict))
    }
}

fn validate_config(c: &Config) -> Result<()> {
    if c.state.backend == StateBackend::Redis {
        let url = c.state.redis_url.as_ref().map(Secret::expose).unwrap_or("");
        if !url.starts_with("redis://") {
            bail!("key `state.redis_url`: `state.backend: redis` needs a redis:// URL (TLS is not supported yet)");
        }
    }
    if c.server.max_body_bytes < 1024 {
        bail!("key `server.max_body_bytes`: must be at least 1024");
    }
    if c.server.max_upload_bytes < 1024 {
        bail!("key `server.max_upload_bytes`: must be at least 1024");
    }
    if !(0.0..=1.0).contains(&c.server.access_log_sample) {
        bail!("key `server.access_log_sample`: must be between 0 and 1");
    }
    for (k, v) in [
        ("request_timeout_ms", c.server.request_timeout_ms),
        ("header_timeout_ms", c.server.header_timeout_ms),
        ("max_connections", c.server.max_connections as u64),
        (
            "max_connections_per_ip",
            c.server.max_connections_per_ip as u64,
        ),
    ] {
        if v == 0 {
            bail!("key `server.{k}`: must be positive");
        }
    }
    if c.models.registry.is_empty() {
        bail!("key `models.registry`: at least one model is needed");
    }
    let mut seen = std::collections::BTreeSet::new();
    for (i, m) in c.models.registry.iter().enumerate() {
        let at = format!("models.registry[{i}]");
        let id = m.id();
        if id.is_empty() || id.len() > 256 {
            bail!("key `{at}.id`: must be 1-256 characters");
        }
        if !seen.insert(id) {
            bail!("key `{at}.id`: `{id}` is listed twice");
        }
        if m.capabilities().is_empty() {
            bail!("key `{at}.capabilities`: list generation and/or embedding");
        }
        match m {
            ModelEntry::Local(l) => {
                if l.capabilities.len() != 1 {
                    bail!("key `{at}.capabilities`: a local model does one thing: generation or embedding");
                }
                if l.queue == 0 {
                    bail!("key `{at}.queue`: must be at least 1");
                }
            }
            ModelEntry::Echo(e) => {
                if e.dimension == 0 || e.dimension > 16384 {
                    bail!("key `{at}.dimension`: must be 1-16384");
                }
            }
            ModelEntry::Openai(_) => {
                if c.upstream.base_url.is_none() {
                    bail!(
                        "key `{at}`: the `openai` engine needs `upstream.base_url` (or \
                         LUKHAS_UPSTREAM_BASE_URL), e.g. https://api.openai.com/v1"
                    );
                }
            }
        }
    }
    for (key, default, cap) in [
        (
            "default_generation",
            &c.models.default_generation,
            Capability::Generation,
        ),
        (
            "default_embedding",
            &c.models.default_embedding,
            Capability::Embedding,
        ),
    ] {
        if let Some(id) = default {
            if !c.models.registry.iter().any(|m| m.id() == id && m.can(cap)) {
                bail!(
                    "key `models.{key}`: `{id}` is not a model of the registry that does {}",
                    cap.describe()
                );
            }
        }
    }
    if let Some(url) = &c.upstream.base_url {
        if !(url.starts_with("http://") || url.starts_with("https://")) {
            bail!("key `upstream.base_url`: `{url}` must start with http:// or https://");
        }
    }
    Ok(())
}

fn validate_reliability(r: &Reliability) -> Result<()> {
    for (k, v) in [
        ("connect_ms", r.connect_ms),
        ("read_ms", r.read_ms),
        ("request_ms", r.request_ms),
        ("stream_idle_ms", r.stream_idle_ms),
    ] {
        if v == 0 {
            bail!("key `{k}`: must be positive");
        }
    }
    if !(r.backoff.base_s >= 0.0 && r.backoff.factor >= 1.0) {
        bail!("key `backoff`: base_s must be >= 0 and factor >= 1");
    }
    if r.backoff.max_attempts == 0 {
        bail!("key `backoff.max_attempts`: must be at least 1");
    }
    if !(r.backoff.max_wait_s.is_finite() && r.backoff.max_wait_s >= 0.0) {
        bail!("key `backoff.max_wait_s`: must be a number of seconds >= 0");
    }
    for (k, v) in r
        .rates
        .by_key()
        .into_iter()
        .chain([("burst_seconds", r.rates.burst_seconds)])
    {
        if !(v > 0.0 && v.is_finite()) {
            bail!("key `rates.{k}`: must be positive");
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn load_str(yaml: &str) -> Result<Config> {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("c.yaml");
        std::fs::write(&p, yaml).unwrap();
        let c: Config = extract(Figment::from(YamlFile::new(&p)))?;
        validate_config(&c)?;
        Ok(c)
    }

    #[test]
    fn bad_values_name_the_file_and_key() {
        let e = load_str(
            "server: {bind: not-an-address}\nstorage: {dir: d}\nauth: {keys_file: k}\nmodels: {registry: []}\n",
        )
        .unwrap_err()
        .to_string();
        assert!(
            e.contains("c.yaml") && e.contains("key `server.bind`"),
            "{e}"
        );
        let e = load_str(
            "server: {bind: '127.0.0.1:1'}\nstorage: {dir: d}\nauth: {keys_file: k}\n\
             models: {registry: [{id: a, engine: local, capabilities: [generation], path: x, dimension: 3}]}\n",
        )
        .unwrap_err()
        .to_string();
        assert!(
            e.contains("dimension"),
            "an engine takes only its own fields: {e}"
        );
    }

    #[test]
    fn a_gateway_only_config_is_valid() {
        let c = load_str(
            "server: {bind: '127.0.0.1:1'}\nstorage: {dir: d}\nauth: {keys_file: k}\n\
             upstream: {base_url: 'https://api.openai.com/v1'}\n\
             models: {registry: [{id: gpt-4o-mini, engine: openai, capabilities: [generation]}]}\n",
        )
        .unwrap();
        assert!(c.models.default_generation.is_none() && c.models.default_embedding.is_none());
        assert!(matches!(c.models.registry[0], ModelEntry::Openai(_)));
        let e = load_str(
            "server: {bind: '127.0.0.1:1'}\nstorage: {dir: d}\nauth: {keys_file: k}\n\
             models: {registry: [{id: g, engine: openai, capabilities: [generation]}]}\n",
        )
        .unwrap_err()
        .to_string();
        assert!(e.contains("upstream.base_url"), "{e}");
    }

    #[test]
    fn secrets_do_not_print() {
        let s = Secret("sk-123".into());
        assert_eq!(format!("{s:?}"), "<secret>");
    }
}
