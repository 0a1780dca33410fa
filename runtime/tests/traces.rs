//! OpenTelemetry traces across two chained `lukhas` instances, seen by a real OTLP/HTTP receiver
//! that decodes the exporters' protobuf with the protocol's own types: one trace, continued from
//! the client's `traceparent`, with the GenAI attributes, the span tree and no prompt text.

mod common;

use axum::body::Bytes;
use axum::extract::State;
use axum::routing::post;
use common::{Options, Server, TOKEN};
use opentelemetry_proto::tonic::collector::trace::v1::ExportTraceServiceRequest;
use opentelemetry_proto::tonic::common::v1::any_value::Value as Any;
use opentelemetry_proto::tonic::trace::v1::span::SpanKind;
use prost::Message;
use serde_json::{json, Value};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// A span as received: its service, ids, name, kind and attributes as text.
#[derive(Debug, Clone)]
struct Got {
    service: String,
    trace: String,
    id: String,
    parent: String,
    name: String,
    kind: i32,
    attrs: Vec<(String, String)>,
}

impl Got {
    fn attr(&self, key: &str) -> Option<&str> {
        self.attrs
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.as_str())
    }
}

type Spans = Arc<Mutex<Vec<Got>>>;

fn text(v: &Option<opentelemetry_proto::tonic::common::v1::AnyValue>) -> String {
    match v.as_ref().and_then(|v| v.value.as_ref()) {
        Some(Any::StringValue(s)) => s.clone(),
        Some(Any::IntValue(i)) => i.to_string(),
        Some(Any::DoubleValue(d)) => d.to_string(),
        Some(Any::BoolValue(b)) => b.to_string(),
        Some(Any::ArrayValue(a)) => {
            let items: Vec<String> = a.values.iter().map(|v| text(&Some(v.clone()))).collect();
            format!("[{}]", items.join(","))
        }
        _ => String::new(),
    }
}

async fn receive(State(spans): State<Spans>, body: Bytes) -> impl axum::response::IntoResponse {
    let request = ExportTraceServiceRequest::decode(body).expect("an OTLP protobuf payload");
    let mut got = spans.lock().unwrap();
    for resource in request.resource_spans {
        let service = resource
            .resource
            .iter()
            .flat_map(|r| &r.attributes)
            .find(|a| a.key == "service.name")
            .map(|a| text(&a.value))
            .unwrap_or_default();
        for scope in resource.scope_spans {
            for s in scope.spans {
                got.push(Got {
                    service: service.clone(),
                    trace: hex(&s.trace_id),
                    id: hex(&s.span_id),
                    parent: hex(&s.parent_span_id),
                    name: s.name,
                    kind: s.kind,
                    attrs: s
                        .attributes
                        .iter()
                        .map(|a| (a.key.clone(), text(&a.value)))
                        .collect(),
                });
            }
        }
    }
    (
        [("content-type", "application/x-protobuf")],
        Vec::<u8>::new(),
    )
}

fn hex(b: &[u8]) -> String {
    b.iter().map(|x| format!("{x:02x}")).collect()
}

/// An OTLP/HTTP receiver on a free loopback port: its endpoint and what it received.
async fn receiver() -> (String, Spans) {
    let spans = Spans::default();
    let app = axum::Router::new()
        .route("/v1/traces", post(receive))
        .with_state(spans.clone());
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, app).await });
    (format!("http://{addr}"), spans)
}

fn otel(endpoint: &str, service: &str) -> Vec<(String, String)> {
    [
        ("OTEL_EXPORTER_OTLP_ENDPOINT", endpoint),
        ("OTEL_EXPORTER_OTLP_PROTOCOL", "http/protobuf"),
        ("OTEL_SERVICE_NAME", service),
        ("OTEL_TRACES_SAMPLER", "parentbased_always_on"),
        // Export within a tenth of a second: the test kills the servers, with no flush.
        ("OTEL_BSP_SCHEDULE_DELAY", "100"),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_string(), v.to_string()))
    .collect()
}

const FRONT_MODELS: &str = "models:
  default_generation: up-echo
  registry:
    - {id: up-echo, engine: openai, capabilities: [generation], upstream_model: echo}
";

const TRACE: &str = "4bf92f3577b34da6a3ce929d0e0e4736";
const CLIENT_SPAN: &str = "00f067aa0ba902b7";

/// Waits until `done` holds for the spans received, or 15 s.
async fn wait_for(spans: &Spans, done: impl Fn(&[Got]) -> bool) -> Vec<Got> {
    let until = Instant::now() + Duration::from_secs(15);
    loop {
        let got = spans.lock().unwrap().clone();
        if done(&got) || Instant::now() > until {
            return got;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

#[tokio::test]
async fn one_trace_crosses_two_chained_instances() {
    let (endpoint, spans) = receiver().await;
    let upstream = Server::start(Options {
        env: otel(&endpoint, "lukhas-upstream"),
        ..Default::default()
    });
    let mut env = otel(&endpoint, "lukhas-front");
    env.push((
        "LUKHAS_UPSTREAM_BASE_URL".into(),
        format!("{}/v1", upstream.base),
    ));
    env.push(("LUKHAS_UPSTREAM_API_KEY".into(), TOKEN.into()));
    let front = Server::start(Options {
        models: FRONT_MODELS.into(),
        env,
        ..Default::default()
    });

    let prompt = "a secret prompt about zebras";
    let answer = front
        .client()
        .post(front.url("/v1/responses"))
        .bearer_auth(TOKEN)
        .header("traceparent", format!("00-{TRACE}-{CLIENT_SPAN}-01"))
        .json(&json!({"model": "up-echo", "input": prompt, "temperature": 0.5, "max_output_tokens": 40}))
        .send()
        .await
        .unwrap();
    assert_eq!(answer.status(), 200);
    let answer: Value = answer.json().await.unwrap();
    assert_eq!(answer["output"][0]["content"][0]["text"], prompt);

    let got = wait_for(&spans, |g| {
        g.iter()
            .any(|s| s.service == "lukhas-upstream" && s.name == "chat echo")
            && g.iter()
                .any(|s| s.service == "lukhas-front" && s.name == "POST /v1/responses")
    })
    .await;
    let find = |service: &str, name: &str| -> Got {
        got.iter()
            .find(|s| s.service == service && s.name == name)
            .cloned()
            .unwrap_or_else(|| panic!("no span {name} from {service} in {got:#?}"))
    };
    assert!(
        got.iter().all(|s| s.trace == TRACE),
        "every span continues the client's trace: {got:#?}"
    );

    // The front: server span under the client's, the model span under it, the upstream call
    // under the model span.
    let server = find("lukhas-front", "POST /v1/responses");
    assert_eq!(server.parent, CLIENT_SPAN);
    assert_eq!(server.kind, SpanKind::Server as i32);
    assert_eq!(server.attr("http.route"), Some("/v1/responses"));
    assert_eq!(server.attr("http.response.status_code"), Some("200"));
    let model = find("lukhas-front", "chat up-echo");
    for (k, v) in [
        ("gen_ai.operation.name", "chat"),
        ("gen_ai.request.model", "up-echo"),
        ("gen_ai.response.model", "up-echo"),
        ("gen_ai.request.temperature", "0.5"),
        ("gen_ai.request.max_tokens", "40"),
        ("gen_ai.usage.input_tokens", "5"),
        ("gen_ai.usage.output_tokens", "5"),
        ("gen_ai.response.finish_reasons", "[stop]"),
    ] {
        assert_eq!(model.attr(k), Some(v), "{k} in {model:#?}");
    }
    let call = find("lukhas-front", "POST /chat/completions");
    assert_eq!(call.kind, SpanKind::Client as i32);
    assert_eq!(
        call.parent, model.id,
        "the upstream call is the model's child"
    );
    assert_eq!(call.attr("http.request.resend_count"), Some("0"));
    assert_eq!(call.attr("http.response.status_code"), Some("200"));
    for step in ["authenticate", "rate_limit", "validate"] {
        let s = find("lukhas-front", step);
        assert_eq!(s.parent, server.id, "{step} is a child of the request");
    }

    // The upstream: its server span is the child of the front's call.
    let up = find("lukhas-upstream", "POST /v1/chat/completions");
    assert_eq!(up.parent, call.id, "the trace crossed the hop");
    let up_model = find("lukhas-upstream", "chat echo");
    assert_eq!(up_model.attr("gen_ai.request.model"), Some("echo"));
    assert_eq!(up_model.attr("gen_ai.provider.name"), Some("echo"));

    // Never the prompt or the output.
    for s in &got {
        for (k, v) in &s.attrs {
            assert!(!v.contains("zebras"), "{k} of {} holds text: {v}", s.name);
        }
    }
}

/// The message of a 500 (the `broken` echo model) to a request sent with a `traceparent`.
async fn traced_failure(server: &Server) -> String {
    let answer = server
        .client()
        .post(server.url("/v1/chat/completions"))
        .bearer_auth(TOKEN)
        .header("traceparent", format!("00-{TRACE}-{CLIENT_SPAN}-01"))
        .json(&json!({"model": "broken", "messages": [{"role": "user", "content": "x"}]}))
        .send()
        .await
        .unwrap();
    assert!(answer.status().is_server_error());
    let body: Value = answer.json().await.unwrap();
    body["error"]["message"].as_str().unwrap().to_string()
}

#[tokio::test]
async fn a_5xx_names_the_trace_and_logs_carry_it() {
    let (endpoint, _spans) = receiver().await;
    let server = Server::start(Options {
        env: otel(&endpoint, "lukhas"),
        capture_logs: true,
        ..Default::default()
    });
    let message = traced_failure(&server).await;
    assert!(
        message.contains(&format!("trace id {TRACE}")),
        "the message names the trace: {message}"
    );
    let logs = server.logs();
    let line = logs
        .lines()
        .find(|l| l.contains("\"status\":500") || l.contains("\"status\":502"))
        .unwrap_or_else(|| panic!("an access-log line for the failure in {logs}"));
    assert!(
        line.contains(TRACE),
        "the log line carries the trace id: {line}"
    );
    assert!(
        line.contains(r#""key_id":"env""#),
        "and the caller's key id: {line}"
    );
}

#[tokio::test]
async fn without_otel_variables_nothing_is_traced() {
    let server = Server::start(Options {
        capture_logs: true,
        ..Default::default()
    });
    let message = traced_failure(&server).await;
    assert!(
        message.contains("(request id ") && !message.contains("trace id"),
        "{message}"
    );
    assert!(!server.logs().contains(TRACE));
}

#[tokio::test]
async fn a_collector_that_is_down_fails_nothing() {
    // gRPC to a port nobody listens on: the server starts, answers, and drops the spans.
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let mut env = otel(&format!("http://127.0.0.1:{port}"), "lukhas");
    env.retain(|(k, _)| k != "OTEL_EXPORTER_OTLP_PROTOCOL");
    env.push(("OTEL_EXPORTER_OTLP_PROTOCOL".into(), "grpc".into()));
    let server = Server::start(Options {
        env,
        ..Default::default()
    });
    for _ in 0..3 {
        let (status, v) = common::post_json(
            &server.client(),
            server.url("/v1/responses"),
            &json!({"model": "echo", "input": "still fine"}),
        )
        .await;
        assert_eq!(status, 200, "{v}");
        tokio::time::sleep(Duration::from_millis(150)).await;
    }
}
