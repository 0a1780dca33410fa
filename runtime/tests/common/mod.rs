//! Starts real `lukhas serve` processes for the integration tests.
#![allow(dead_code)]

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::Duration;

pub const TOKEN: &str = "test-token-all-scopes";

/// A running server; killed (SIGKILL) when dropped.
pub struct Server {
    pub child: Child,
    pub base: String,
    pub dir: PathBuf,
}

pub struct Options {
    /// The `models:` section of the config (YAML, indented as under the top level).
    pub models: String,
    pub env: Vec<(String, String)>,
    /// Storage directory to reuse (for restarts); a fresh one otherwise.
    pub dir: Option<PathBuf>,
    /// Keys file; none means only LUKHAS_API_TOKEN.
    pub keys_file: Option<PathBuf>,
    /// The `server:` flow map; none means the defaults of these tests.
    pub server: Option<String>,
    /// Keep the server's logs (stderr, at debug level) in `dir/server.log` instead of showing them.
    pub capture_logs: bool,
}

pub const ECHO_MODELS: &str = "models:
  default_generation: lukhas-matriz
  default_embedding: text-embedding-minilm
  registry:
    - {id: lukhas-matriz, engine: echo, capabilities: [generation]}
    - {id: text-embedding-minilm, engine: echo, capabilities: [embedding], dimension: 384}
    - {id: echo, engine: echo, capabilities: [generation, embedding]}
    - {id: org/echo-slash, engine: echo, capabilities: [generation]}
    - {id: slow, engine: echo, capabilities: [generation], latency_ms: 3000}
    - {id: flaky, engine: echo, capabilities: [generation], fail_first: 1}
    - {id: broken, engine: echo, capabilities: [generation], fail_first: 1000000}
";

impl Default for Options {
    fn default() -> Self {
        Options {
            models: ECHO_MODELS.into(),
            env: Vec::new(),
            dir: None,
            keys_file: None,
            server: None,
            capture_logs: false,
        }
    }
}

pub fn bin() -> &'static str {
    env!("CARGO_BIN_EXE_lukhas")
}

pub fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .unwrap()
        .to_path_buf()
}

/// A fresh directory that outlives the test (restarts reuse it).
pub fn temp_dir(name: &str) -> PathBuf {
    tempfile::Builder::new()
        .prefix(&format!("lukhas-{name}-"))
        .tempdir()
        .unwrap()
        .keep()
}

/// Writes `dir/lukhas.yaml`: the `server:` flow map given, storage under `dir/data`, the keys
/// file and the `models:` section; returns its path.
pub fn write_config(dir: &Path, server: &str, keys: &Path, models: &str) -> PathBuf {
    let config = dir.join("lukhas.yaml");
    std::fs::write(
        &config,
        format!(
            "server: {server}\nstorage: {{dir: '{}'}}\nauth: {{keys_file: '{}'}}\n{models}",
            dir.join("data").display(),
            keys.display(),
        ),
    )
    .unwrap();
    config
}

/// Sends `method` to `url` with `key` (and a JSON body); the status and the JSON body (null when
/// not JSON).
pub async fn call(
    client: &reqwest::Client,
    method: reqwest::Method,
    url: String,
    key: &str,
    body: Option<serde_json::Value>,
) -> (u16, serde_json::Value) {
    let mut req = client.request(method, url).bearer_auth(key);
    if let Some(b) = body {
        req = req.json(&b);
    }
    let r = req.send().await.unwrap();
    let status = r.status().as_u16();
    (status, r.json().await.unwrap_or(serde_json::Value::Null))
}

/// POSTs JSON with the all-scopes token.
pub async fn post_json(
    client: &reqwest::Client,
    url: String,
    body: &serde_json::Value,
) -> (u16, serde_json::Value) {
    call(
        client,
        reqwest::Method::POST,
        url,
        TOKEN,
        Some(body.clone()),
    )
    .await
}

/// A `/v1/files` upload form: `bytes` named `name`, purpose `assistants`.
pub fn upload_form(name: &str, bytes: Vec<u8>) -> reqwest::multipart::Form {
    reqwest::multipart::Form::new()
        .text("purpose", "assistants")
        .part(
            "file",
            reqwest::multipart::Part::bytes(bytes).file_name(name.to_string()),
        )
}

/// Uploads `form` to `/v1/files` with the all-scopes token; the status and the JSON body.
pub async fn upload(server: &Server, form: reqwest::multipart::Form) -> (u16, serde_json::Value) {
    let r = server
        .client()
        .post(server.url("/v1/files"))
        .bearer_auth(TOKEN)
        .multipart(form)
        .send()
        .await
        .unwrap();
    (r.status().as_u16(), r.json().await.unwrap())
}

/// `lukhas keys create`; returns the key.
pub fn create_key(file: &Path, scopes: &str, tenant: &str) -> String {
    let out = Command::new(bin())
        .args([
            "keys", "create", "--scopes", scopes, "--tenant", tenant, "--file",
        ])
        .arg(file)
        .current_dir(workspace())
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap().trim().to_string()
}

/// reqwest is built with `rustls-no-provider` in this workspace (the server brings `ring`), so
/// every process that builds a client installs the provider first.
pub fn init_tls() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        let _ = rustls::crypto::ring::default_provider().install_default();
    });
}

impl Server {
    pub fn start(opts: Options) -> Server {
        init_tls();
        let dir = opts.dir.unwrap_or_else(|| temp_dir("srv"));
        let keys = opts
            .keys_file
            .clone()
            .unwrap_or_else(|| dir.join("no-keys.yaml"));
        let server = opts.server.as_deref().unwrap_or(
            "{bind: '127.0.0.1:0', request_timeout_ms: 20000, shutdown_grace_ms: 10000}",
        );
        let config = write_config(&dir, server, &keys, &opts.models);
        let mut cmd = Command::new(bin());
        cmd.args(["serve", "--config"])
            .arg(&config)
            .current_dir(workspace())
            .env("LUKHAS_API_TOKEN", TOKEN)
            // Tests share one key and send bursts; the rate-limit tests turn limits back on.
            .env("LUKHAS_RELIABILITY_RATES__ENABLED", "false")
            .env(
                "LUKHAS_LOG",
                if opts.capture_logs { "debug" } else { "warn" },
            )
            .stdout(Stdio::piped());
        if opts.capture_logs {
            cmd.stderr(std::fs::File::create(dir.join("server.log")).unwrap());
        } else {
            cmd.stderr(Stdio::inherit());
        }
        for (k, v) in &opts.env {
            cmd.env(k, v);
        }
        let mut child = cmd.spawn().expect("start lukhas");
        let stdout = child.stdout.take().unwrap();
        let mut lines = BufReader::new(stdout).lines();
        let base = loop {
            let line = lines
                .next()
                .expect("lukhas exited before listening")
                .unwrap();
            if let Some(rest) = line.strip_prefix("lukhas listening on ") {
                break rest.split_whitespace().next().unwrap().to_string();
            }
        };
        // Keep draining stdout so the server never blocks on a full pipe.
        std::thread::spawn(move || for _ in lines {});
        Server { child, base, dir }
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }

    /// What the server logged so far (with `capture_logs`).
    pub fn logs(&self) -> String {
        std::fs::read_to_string(self.dir.join("server.log")).unwrap_or_default()
    }

    /// `host:port` of the server.
    pub fn addr(&self) -> std::net::SocketAddr {
        self.base.trim_start_matches("http://").parse().unwrap()
    }

    /// The `/metrics` page.
    pub async fn metrics(&self) -> String {
        reqwest::get(self.url("/metrics"))
            .await
            .unwrap()
            .text()
            .await
            .unwrap()
    }

    pub fn client(&self) -> reqwest::Client {
        reqwest::Client::builder()
            .timeout(Duration::from_secs(30))
            .build()
            .unwrap()
    }

    /// SIGKILL, no chance to flush anything.
    pub fn kill9(mut self) -> PathBuf {
        self.child.kill().unwrap();
        self.child.wait().unwrap();
        self.dir.clone()
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// A throwaway `redis-server` (unpacked by `make tools` into `.tools/`) on a free loopback port,
/// in a temporary directory, without persistence; stopped when dropped.
pub struct Redis {
    child: Option<Child>,
    pub port: u16,
    dir: PathBuf,
}

impl Redis {
    pub fn start() -> Redis {
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        let mut redis = Redis {
            child: None,
            port,
            dir: temp_dir("redis"),
        };
        redis.restart();
        redis
    }

    pub fn url(&self) -> String {
        format!("redis://127.0.0.1:{}/", self.port)
    }

    /// Starts it (again, on the same port) and waits until it accepts connections.
    pub fn restart(&mut self) {
        let bin = workspace().join(".tools/bin/redis-server");
        assert!(
            bin.exists(),
            "{} is missing: run `make tools`",
            bin.display()
        );
        let child = Command::new(bin)
            .args(["--bind", "127.0.0.1", "--save", "", "--appendonly", "no"])
            .args(["--port", &self.port.to_string()])
            .arg("--dir")
            .arg(&self.dir)
            .stdout(Stdio::null())
            .spawn()
            .expect("start redis-server");
        self.child = Some(child);
        for _ in 0..200 {
            if std::net::TcpStream::connect(("127.0.0.1", self.port)).is_ok() {
                return;
            }
            std::thread::sleep(Duration::from_millis(25));
        }
        panic!("redis-server did not listen on {}", self.port);
    }

    pub fn stop(&mut self) {
        if let Some(mut child) = self.child.take() {
            let _ = child.kill();
            let _ = child.wait();
        }
    }
}

impl Drop for Redis {
    fn drop(&mut self) {
        self.stop();
    }
}
