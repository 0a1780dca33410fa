//! No API key, `authorization` header, prompt text or personal data reaches the logs: requests full
//! of keys, e-mail addresses and card numbers go through every operation of the spec (most of them
//! refused), with wrong keys, and to an upstream that fails and repeats them in its error body;
//! the server logs at debug level all the while, and none of it may show.

mod common;

use common::{Options, Server, ECHO_MODELS, TOKEN};
use serde_json::json;
use tokio::io::{AsyncReadExt, AsyncWriteExt};

const EMAIL: &str = "jane.doe@example.com";
const CARD: &str = "4111 1111 1111 1111";
const PHONE: &str = "+44 20 7946 0958";
const CLIENT_SECRET: &str = "sk-live-ZyX987wVu654tSr321qpo";
const UPSTREAM_KEY: &str = "sk-upstream-Key123abcDEF456ghiJKL";
const PROMPT_WORDS: &str = "aubergine-tangerine-marmalade";

/// An "upstream" that answers everything with a 401 repeating the key it was sent and the data.
async fn hostile_upstream() -> u16 {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let port = listener.local_addr().unwrap().port();
    tokio::spawn(async move {
        loop {
            let Ok((mut socket, _)) = listener.accept().await else {
                return;
            };
            tokio::spawn(async move {
                let mut buf = vec![0u8; 65536];
                let _ = socket.read(&mut buf).await;
                let body = format!(
                    r#"{{"error":{{"message":"Incorrect API key provided: {UPSTREAM_KEY}. Prompt was {PROMPT_WORDS} from {EMAIL} card {CARD}","type":"invalid_request_error","code":"invalid_api_key"}}}}"#
                );
                let answer = format!(
                    "HTTP/1.1 401 Unauthorized\r\ncontent-type: application/json\r\ncontent-length: {}\r\nconnection: close\r\n\r\n{body}",
                    body.len()
                );
                let _ = socket.write_all(answer.as_bytes()).await;
            });
        }
    });
    port
}

#[tokio::test]
async fn no_key_or_personal_data_reaches_the_logs() {
    let port = hostile_upstream().await;
    let models = format!(
        "{ECHO_MODELS}    - {{id: up, engine: openai, capabilities: [generation, embedding]}}\n"
    );
    let server = Server::start(Options {
        models,
        capture_logs: true,
        env: vec![
            (
                "LUKHAS_UPSTREAM_BASE_URL".into(),
                format!("http://127.0.0.1:{port}/v1"),
            ),
            ("LUKHAS_UPSTREAM_API_KEY".into(), UPSTREAM_KEY.into()),
        ],
        ..Default::default()
    });
    let client = server.client();
    let text = format!("{PROMPT_WORDS} mail {EMAIL} card {CARD} call {PHONE} key {CLIENT_SECRET}");
    let bodies = [
        json!({"model": "up", "messages": [{"role": "user", "content": text}], "input": text}),
        json!({"model": "echo", "messages": [{"role": "user", "content": text}], "input": text, "seed": text}),
        json!({"model": text, "input": [text], "name": text, "query": text, "vectors": [{"id": text, "text": text}]}),
        json!({"model": "echo", "stream": true, "messages": [{"role": "user", "content": text}], "input": text}),
        json!({"temperature": text, "metadata": {"k": text}, "instructions": text}),
    ];
    let mut sent = 0;
    for op in lukhas_api::OPERATIONS {
        let path = op
            .path
            .split('/')
            .map(|seg| {
                if seg.starts_with('{') {
                    "jane.doe%40example.com".to_string()
                } else {
                    seg.to_string()
                }
            })
            .collect::<Vec<_>>()
            .join("/");
        let url = server.url(&format!(
            "{path}?q={}&after=4111111111111111",
            "jane.doe%40example.com"
        ));
        let method = reqwest::Method::from_bytes(op.method.as_bytes()).unwrap();
        for auth in [
            TOKEN,
            CLIENT_SECRET,
            "lk-abcdef-0123456789abcdef0123456789abcdef",
        ] {
            for body in &bodies {
                let mut req = client
                    .request(method.clone(), &url)
                    .bearer_auth(auth)
                    .header("x-user-email", EMAIL);
                if op.method != "GET" && op.method != "DELETE" {
                    req = req.json(body);
                }
                let r = req.send().await.unwrap();
                let _ = r.text().await;
                sent += 1;
            }
        }
    }
    // Valid requests to the failing upstream, which repeats the prompt and its key back.
    for (path, body) in [
        (
            "/v1/chat/completions",
            json!({"model": "up", "messages": [{"role": "user", "content": text}]}),
        ),
        (
            "/v1/chat/completions",
            json!({"model": "up", "stream": true, "messages": [{"role": "user", "content": text}]}),
        ),
        ("/v1/embeddings", json!({"model": "up", "input": text})),
        ("/v1/responses", json!({"model": "up", "input": text})),
    ] {
        let (status, _) = common::post_json(&client, server.url(path), &body).await;
        assert!(status >= 400, "{path}: {status}");
    }
    // And the requests that succeed and store: a response kept with its input, an index with texts.
    let (status, _) = common::post_json(
        &client,
        server.url("/v1/responses"),
        &json!({"model": "echo", "input": text}),
    )
    .await;
    assert_eq!(status, 200);
    let (status, index) =
        common::post_json(&client, server.url("/v1/indexes"), &json!({"name": "logs"})).await;
    assert_eq!(status, 201);
    let id = index["id"].as_str().unwrap();
    let (status, _) = common::post_json(
        &client,
        server.url(&format!("/v1/indexes/{id}/vectors")),
        &json!({"vectors": [{"id": "a", "text": text, "metadata": {"who": EMAIL}}]}),
    )
    .await;
    assert_eq!(status, 200);
    assert!(sent > 300);

    // The log is written as it goes; give the last lines a moment.
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    let logs = server.logs();
    assert!(
        logs.lines().count() > sent,
        "the server logged too little to tell: {} lines",
        logs.lines().count()
    );
    assert!(
        logs.contains("upstream call failed"),
        "the upstream failure was not logged"
    );
    for secret in [
        EMAIL,
        "jane.doe",
        CARD,
        "4111111111111111",
        PHONE,
        "7946 0958",
        CLIENT_SECRET,
        UPSTREAM_KEY,
        TOKEN,
        PROMPT_WORDS,
        "lk-abcdef",
    ] {
        if let Some(line) = logs.lines().find(|l| l.contains(secret)) {
            panic!("`{secret}` is in the log: {line}");
        }
    }
}

/// `server.access_log`: `errors` writes a line for failed requests only, `off` none.
#[tokio::test]
async fn access_logs_can_be_limited_to_errors_or_turned_off() {
    for (mode, want) in [("errors", 1), ("off", 0), ("all", 4)] {
        let server = Server::start(Options {
            capture_logs: true,
            server: Some(format!("{{bind: '127.0.0.1:0', access_log: {mode}}}")),
            ..Default::default()
        });
        for path in ["/healthz", "/healthz", "/readyz", "/nowhere"] {
            reqwest::get(server.url(path)).await.unwrap();
        }
        tokio::time::sleep(std::time::Duration::from_millis(200)).await;
        let lines: Vec<String> = server
            .logs()
            .lines()
            .filter(|l| l.contains(r#""message":"request""#))
            .map(String::from)
            .collect();
        assert_eq!(lines.len(), want, "{mode}: {lines:?}");
        if mode == "errors" {
            assert!(lines[0].contains(r#""status":404"#), "{lines:?}");
        }
    }
}
