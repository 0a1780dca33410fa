//! The `openai` engine against a second `lukhas` acting as a real OpenAI-compatible upstream:
//! pass-through (whole and streamed), upstream down, upstream slow, 500 then success.

mod common;

use common::{Options, Server, TOKEN};
use serde_json::{json, Value};
use std::time::{Duration, Instant};

const FRONT_MODELS: &str = "models:
  default_generation: up-echo
  default_embedding: up-embed
  registry:
    - {id: up-echo, engine: openai, capabilities: [generation], upstream_model: echo}
    - {id: up-embed, engine: openai, capabilities: [embedding], upstream_model: text-embedding-minilm}
    - {id: up-slow, engine: openai, capabilities: [generation], upstream_model: slow}
    - {id: up-flaky, engine: openai, capabilities: [generation], upstream_model: flaky}
    - {id: up-broken, engine: openai, capabilities: [generation], upstream_model: broken}
";

fn front(upstream_base: &str) -> Server {
    Server::start(Options {
        models: FRONT_MODELS.into(),
        env: vec![
            (
                "LUKHAS_UPSTREAM_BASE_URL".into(),
                format!("{upstream_base}/v1"),
            ),
            ("LUKHAS_UPSTREAM_API_KEY".into(), TOKEN.into()),
            ("LUKHAS_RELIABILITY_READ_MS".into(), "800".into()),
            ("LUKHAS_RELIABILITY_BACKOFF__BASE_S".into(), "0.05".into()),
        ],
        ..Default::default()
    })
}

async fn post(server: &Server, path: &str, body: Value) -> (u16, Value, Duration) {
    let started = Instant::now();
    let (status, v) = common::post_json(&server.client(), server.url(path), &body).await;
    (status, v, started.elapsed())
}

#[tokio::test]
async fn passes_through_whole_and_streamed() {
    let upstream = Server::start(Options::default());
    let front = front(&upstream.base);
    let (s, r, _) = post(
        &front,
        "/v1/responses",
        json!({"model": "up-echo", "input": "through the proxy"}),
    )
    .await;
    assert_eq!(s, 200, "{r}");
    assert_eq!(r["output"][0]["content"][0]["text"], "through the proxy");
    assert_eq!(r["model"], "up-echo");
    assert_eq!(
        r["usage"]["output_tokens"], 3,
        "usage comes from the upstream"
    );

    let body = json!({"model": "up-echo", "stream": true, "stream_options": {"include_usage": true},
                      "messages": [{"role": "user", "content": "streamed through"}]});
    let text = front
        .client()
        .post(front.url("/v1/chat/completions"))
        .bearer_auth(TOKEN)
        .json(&body)
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let frames: Vec<&str> = text
        .lines()
        .filter_map(|l| l.strip_prefix("data: "))
        .collect();
    assert_eq!(frames.last(), Some(&"[DONE]"));
    let content: String = frames
        .iter()
        .filter_map(|f| serde_json::from_str::<Value>(f).ok())
        .filter_map(|v| {
            v.pointer("/choices/0/delta/content")
                .and_then(Value::as_str)
                .map(str::to_string)
        })
        .collect();
    assert_eq!(content, "streamed through");

    let (s, e, _) = post(
        &front,
        "/v1/embeddings",
        json!({"model": "up-embed", "input": ["a", "b"], "encoding_format": "float"}),
    )
    .await;
    assert_eq!(s, 200, "{e}");
    assert_eq!(e["data"][1]["embedding"].as_array().unwrap().len(), 384);
    assert!(e["usage"]["prompt_tokens"].as_u64().unwrap() > 0);
}

#[tokio::test]
async fn upstream_down_is_a_502_after_retries() {
    // Nothing listens on port 9 of loopback (discard is not run): connection refused.
    let front = front("http://127.0.0.1:9");
    let (s, e, took) = post(
        &front,
        "/v1/chat/completions",
        json!({"model": "up-echo", "messages": [{"role": "user", "content": "x"}]}),
    )
    .await;
    assert_eq!(s, 502, "{e}");
    assert_eq!(e["error"]["code"], "upstream_error");
    // Three attempts with backoff 0.05 s then 0.1 s: it waited, but not for long.
    assert!(took >= Duration::from_millis(100), "{took:?}");
}

#[tokio::test]
async fn upstream_slow_is_a_504_not_a_hang() {
    let upstream = Server::start(Options::default());
    let front = front(&upstream.base);
    let (s, e, took) = post(
        &front,
        "/v1/responses",
        json!({"model": "up-slow", "input": "x"}),
    )
    .await;
    assert_eq!(s, 504, "{e}");
    assert_eq!(e["error"]["code"], "upstream_timeout");
    assert!(
        took < Duration::from_millis(2900),
        "the 800 ms read timeout cut it: {took:?}"
    );
}

#[tokio::test]
async fn upstream_500_then_success_is_retried() {
    let upstream = Server::start(Options::default());
    let front = front(&upstream.base);
    let (s, r, _) = post(
        &front,
        "/v1/responses",
        json!({"model": "up-flaky", "input": "second time lucky"}),
    )
    .await;
    assert_eq!(s, 200, "{r}");
    assert_eq!(r["output"][0]["content"][0]["text"], "second time lucky");
    let (s, e, _) = post(
        &front,
        "/v1/responses",
        json!({"model": "up-broken", "input": "never"}),
    )
    .await;
    assert_eq!(s, 502, "{e}");
    // Our words and our request id; the upstream's status and body stay in the log.
    let message = e["error"]["message"].as_str().unwrap();
    assert!(
        message.starts_with("The upstream model provider failed") && message.contains("req_"),
        "{e}"
    );
}

const WEATHER: &str = r#"{"type": "object", "properties": {"city": {"type": "string"}},
    "required": ["city"], "additionalProperties": false}"#;

#[tokio::test]
async fn tools_and_formats_go_up_and_calls_come_back_unchanged() {
    let upstream = Server::start(Options::default());
    let front = front(&upstream.base);
    let parameters: Value = serde_json::from_str(WEATHER).unwrap();
    let tools = json!([{"type": "function", "function": {"name": "get_weather", "strict": true,
                        "parameters": parameters}}]);
    let messages = json!([{"role": "user", "content": "Weather in Rome?"}]);
    let body = |model: &str| {
        json!({"model": model, "messages": messages, "tools": tools,
                                    "tool_choice": {"type": "function", "function": {"name": "get_weather"}}})
    };
    // The same call through the front as straight from the upstream.
    let (s, direct) = common::post_json(
        &upstream.client(),
        upstream.url("/v1/chat/completions"),
        &body("echo"),
    )
    .await;
    assert_eq!(s, 200, "{direct}");
    let (s, proxied, _) = post(&front, "/v1/chat/completions", body("up-echo")).await;
    assert_eq!(s, 200, "{proxied}");
    let call = |v: &Value| v["choices"][0]["message"]["tool_calls"][0]["function"].clone();
    assert_eq!(call(&proxied), call(&direct));
    assert_eq!(proxied["choices"][0]["finish_reason"], "tool_calls");

    // A tool loop through the Responses API: the upstream gets the call and its result as
    // chat tool messages (and validates them) and answers.
    let r = json!({"model": "up-echo", "input": "Weather in Rome?", "tool_choice": "required",
                   "tools": [{"type": "function", "name": "get_weather", "strict": true, "parameters": parameters}]});
    let (s, first, _) = post(&front, "/v1/responses", r).await;
    assert_eq!(s, 200, "{first}");
    let fc = &first["output"][0];
    assert_eq!(
        (fc["type"].as_str(), fc["name"].as_str()),
        (Some("function_call"), Some("get_weather"))
    );
    let next = json!({"model": "up-echo", "previous_response_id": first["id"],
                      "input": [{"type": "function_call_output", "call_id": fc["call_id"], "output": "21 C"}]});
    let (s, second, _) = post(&front, "/v1/responses", next).await;
    assert_eq!(s, 200, "{second}");
    assert_eq!(
        second["output"][0]["content"][0]["text"],
        "Weather in Rome?"
    );

    // Structured output through the upstream, checked because strict.
    let format = json!({"model": "up-echo", "input": "x", "text": {"format": {"type": "json_schema",
                        "name": "w", "strict": true, "schema": parameters}}});
    let (s, out, _) = post(&front, "/v1/responses", format).await;
    assert_eq!(s, 200, "{out}");
    let text = out["output"][0]["content"][0]["text"].as_str().unwrap();
    assert!(
        serde_json::from_str::<Value>(text).unwrap()["city"].is_string(),
        "{text}"
    );
}
