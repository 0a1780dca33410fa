//! The container set-up, as far as a machine without a container engine or registry can check it
//! (see docs/operations.md): the Dockerfile's runtime stage run as its ENTRYPOINT and CMD with its
//! ENV and the compose file's environment (paths moved into a temporary directory, Redis a real
//! throwaway one) serves `/healthz` and is ready; every file the compose file mounts exists; its
//! Prometheus config passes promtool.

mod common;

use common::{bin, workspace, Redis, TOKEN};
use std::collections::BTreeMap;
use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};

/// The runtime stage of the Dockerfile: its ENV, its command line and its health check URL path.
struct Stage {
    env: BTreeMap<String, String>,
    entrypoint: Vec<String>,
    cmd: Vec<String>,
    health_path: String,
    port: String,
}

fn json_array(rest: &str) -> Vec<String> {
    serde_json::from_str(rest.trim()).expect("an exec-form JSON array")
}

fn runtime_stage() -> Stage {
    let text = std::fs::read_to_string(workspace().join("Dockerfile")).unwrap();
    // Continuation lines joined, then the instructions after the last FROM.
    let joined = text.replace("\\\n", " ");
    let lines: Vec<&str> = joined.lines().collect();
    let last_from = lines.iter().rposition(|l| l.starts_with("FROM ")).unwrap();
    let mut stage = Stage {
        env: BTreeMap::new(),
        entrypoint: Vec::new(),
        cmd: Vec::new(),
        health_path: String::new(),
        port: String::new(),
    };
    for line in &lines[last_from..] {
        let (word, rest) = line.split_once(' ').unwrap_or((line, ""));
        match word {
            "ENV" => {
                for pair in rest.split_whitespace() {
                    let (k, v) = pair.split_once('=').expect("ENV key=value");
                    stage.env.insert(k.into(), v.into());
                }
            }
            "ENTRYPOINT" => stage.entrypoint = json_array(rest),
            "CMD" => stage.cmd = json_array(rest),
            "EXPOSE" => stage.port = rest.trim().to_string(),
            "HEALTHCHECK" => {
                let url = rest
                    .split_whitespace()
                    .find(|w| w.starts_with("http://"))
                    .expect("a health check URL");
                stage.health_path = url.splitn(4, '/').nth(3).map(|p| format!("/{p}")).unwrap();
            }
            _ => {}
        }
    }
    stage
}

fn compose() -> serde_yaml_ng::Value {
    let text = std::fs::read_to_string(workspace().join("docker-compose.yml")).unwrap();
    let mut v: serde_yaml_ng::Value = serde_yaml_ng::from_str(&text).unwrap();
    v.apply_merge().unwrap();
    v
}

#[tokio::test]
async fn the_image_command_serves_with_the_compose_environment() {
    let stage = runtime_stage();
    let command = [stage.entrypoint.clone(), stage.cmd.clone()].concat();
    assert_eq!(command, ["lukhas", "serve"]);
    assert_eq!(stage.health_path, "/healthz");
    assert!(stage.env["LUKHAS_BIND"].ends_with(&format!(":{}", stage.port)));

    let redis = Redis::start();
    let dir = common::temp_dir("image");
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let mut env = stage.env.clone();
    let compose = compose();
    for (k, v) in compose["services"]["lukhas-a"]["environment"]
        .as_mapping()
        .unwrap()
    {
        env.insert(
            k.as_str().unwrap().into(),
            v.as_str().unwrap_or_default().into(),
        );
    }
    // Where this machine differs from the image and the compose network.
    let moved = [
        ("LUKHAS_BIND", format!("127.0.0.1:{port}")),
        ("LUKHAS_STORAGE_DIR", dir.join("data").display().to_string()),
        (
            "LUKHAS_KEYS_FILE",
            dir.join("keys.yaml").display().to_string(),
        ),
        ("LUKHAS_API_TOKEN", TOKEN.into()),
        ("LUKHAS_STATE__REDIS_URL", redis.url()),
        // No collector here: the exporter drops its spans, the server does not care.
        ("OTEL_EXPORTER_OTLP_ENDPOINT", "http://127.0.0.1:9".into()),
    ];
    for (k, v) in moved {
        assert!(
            env.contains_key(k),
            "{k} is set by the image or the compose file"
        );
        env.insert(k.into(), v);
    }
    // The models: the image's /models is this machine's models directory.
    env.remove("LUKHAS_MODELS_DIR");
    if let Ok(models) = std::env::var("LUKHAS_MODELS_DIR") {
        env.insert("LUKHAS_MODELS_DIR".into(), models);
    }

    common::init_tls();
    let child = Command::new(bin())
        .args(&command[1..])
        .current_dir(workspace())
        .env_clear()
        .env("HOME", std::env::var("HOME").unwrap_or_default())
        .envs(&env)
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    // Stopped however the test ends, so a failed assertion cannot leave a server behind.
    let mut child = KillOnDrop(child);
    let mut lines = BufReader::new(child.0.stdout.take().unwrap()).lines();
    let listening = lines.find_map(|l| l.ok().filter(|l| l.starts_with("lukhas listening on ")));
    assert!(listening.is_some(), "the image's command started a server");
    std::thread::spawn(move || for _ in lines {});
    let base = format!("http://127.0.0.1:{port}");
    let health = reqwest::get(format!("{base}{}", stage.health_path))
        .await
        .unwrap();
    assert_eq!(health.status(), 200);
    let ready: serde_json::Value = reqwest::get(format!("{base}/readyz"))
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(ready["status"], "ready", "{ready}");
    assert_eq!(ready["checks"]["state:redis"]["status"], "ok", "{ready}");
}

struct KillOnDrop(std::process::Child);

impl Drop for KillOnDrop {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

#[test]
fn compose_mounts_exist_and_ports_match_the_image() {
    let stage = runtime_stage();
    let compose = compose();
    let services = compose["services"].as_mapping().unwrap();
    for (name, service) in services {
        for volume in service["volumes"].as_sequence().into_iter().flatten() {
            let source = volume.as_str().unwrap().split(':').next().unwrap();
            if source.starts_with("./") {
                assert!(
                    workspace().join(source).exists(),
                    "{name:?} mounts {source}, which does not exist"
                );
            }
        }
        if name.as_str().unwrap().starts_with("lukhas") {
            assert_eq!(service["build"].as_str(), Some("."));
            for port in service["ports"].as_sequence().unwrap() {
                assert!(
                    port.as_str()
                        .unwrap()
                        .ends_with(&format!(":{}", stage.port)),
                    "{name:?} publishes the image's port"
                );
            }
        }
    }
    // Prometheus scrapes every replica, and its config (with the SLO rules beside it) is valid.
    let prometheus =
        std::fs::read_to_string(workspace().join("configs/compose/prometheus.yml")).unwrap();
    for name in services.keys().filter_map(|k| k.as_str()) {
        if name.starts_with("lukhas") {
            assert!(prometheus.contains(&format!("{name}:{}", stage.port)));
        }
    }
    let promtool = workspace().join(".tools/bin/promtool");
    assert!(promtool.exists(), "run `make tools`");
    let out = Command::new(promtool)
        .args(["check", "config"])
        .arg(workspace().join("configs/compose/prometheus.yml"))
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}
