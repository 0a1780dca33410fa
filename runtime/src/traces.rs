//! OpenTelemetry traces: our `tracing` spans exported over OTLP when the standard variables ask for
//! it, and the W3C trace context read from requests and written into upstream calls.
//!
//! Configured only by the OpenTelemetry SDK's own variables, read by the SDK itself:
//! `OTEL_EXPORTER_OTLP_ENDPOINT` (or `OTEL_EXPORTER_OTLP_TRACES_ENDPOINT`) turns export on;
//! `OTEL_EXPORTER_OTLP_PROTOCOL` picks `http/protobuf` (the default) or `grpc`; `OTEL_SERVICE_NAME`
//! (default `lukhas`), `OTEL_RESOURCE_ATTRIBUTES`, `OTEL_TRACES_SAMPLER` / `_ARG` and `OTEL_BSP_*`
//! work as everywhere. With no endpoint there is no layer, no exporter thread and no propagator:
//! spans stay what they were, log context.
//!
//! Only our own crates' spans go out (never hyper's, reqwest's or the exporter's own, which would
//! feed back), and no log events: span attributes are counts, ids, model names and statuses, never
//! prompt or output text, so nothing written to a trace needs redacting.

use opentelemetry::propagation::TextMapPropagator;
use opentelemetry::trace::{TraceContextExt, TracerProvider as _};
use opentelemetry_http::{HeaderExtractor, HeaderInjector};
use opentelemetry_sdk::propagation::TraceContextPropagator;
use opentelemetry_sdk::trace::SdkTracerProvider;
use opentelemetry_sdk::Resource;
use std::sync::OnceLock;
use tracing_opentelemetry::OpenTelemetrySpanExt;
use tracing_subscriber::filter::{filter_fn, FilterExt, Targets};
use tracing_subscriber::Layer;

/// The crates whose spans are exported.
const OURS: [&str; 3] = ["lukhas", "lukhas_runtime", "lukhas_api_support"];

/// The installed provider, flushed at shutdown; unset when traces are off.
static PROVIDER: OnceLock<SdkTracerProvider> = OnceLock::new();

/// Whether the OTLP variables ask for traces.
fn configured() -> bool {
    let set = |name: &str| std::env::var(name).is_ok_and(|v| !v.trim().is_empty());
    let disabled = std::env::var("OTEL_SDK_DISABLED").is_ok_and(|v| v.eq_ignore_ascii_case("true"))
        || std::env::var("OTEL_TRACES_EXPORTER").is_ok_and(|v| v.trim() == "none");
    !disabled && (set("OTEL_EXPORTER_OTLP_ENDPOINT") || set("OTEL_EXPORTER_OTLP_TRACES_ENDPOINT"))
}

/// The layer that exports spans, when traces are configured. Must run inside the Tokio runtime
/// (the gRPC exporter binds to it). A bad configuration is reported and traces stay off: a
/// collector problem never stops the server.
pub fn layer<S>() -> Option<impl Layer<S>>
where
    S: tracing::Subscriber + for<'a> tracing_subscriber::registry::LookupSpan<'a>,
{
    if !configured() {
        return None;
    }
    let exporter = match opentelemetry_otlp::SpanExporter::builder().build() {
        Ok(e) => e,
        Err(e) => {
            eprintln!("lukhas: OpenTelemetry traces stay off: {e}");
            return None;
        }
    };
    let mut resource = Resource::builder();
    if std::env::var("OTEL_SERVICE_NAME").is_err() {
        resource = resource.with_service_name("lukhas");
    }
    let provider = SdkTracerProvider::builder()
        .with_resource(resource.build())
        .with_batch_exporter(exporter)
        .build();
    let tracer = provider.tracer("lukhas");
    let _ = PROVIDER.set(provider);
    let ours = OURS.iter().fold(Targets::new(), |t, c| {
        t.with_target(*c, tracing::Level::INFO)
    });
    Some(
        tracing_opentelemetry::layer()
            .with_tracer(tracer)
            .with_location(false)
            .with_threads(false)
            .with_target(false)
            .with_tracked_inactivity(false)
            .with_filter(ours.and(filter_fn(|m| m.is_span()))),
    )
}

/// Sends the spans still buffered; call once at shutdown.
pub fn flush() {
    if let Some(p) = PROVIDER.get() {
        if let Err(e) = p.shutdown() {
            tracing::warn!(error = %e, "OpenTelemetry spans could not all be exported");
        }
    }
}

/// Makes `span` a child of the trace context in `headers` (`traceparent`, `tracestate`), and
/// returns the span's trace id (`None` when traces are off).
pub fn continue_from(span: &tracing::Span, headers: &http::HeaderMap) -> Option<String> {
    PROVIDER.get()?;
    let parent = TraceContextPropagator::new().extract(&HeaderExtractor(headers));
    let _ = span.set_parent(parent);
    let id = span.context().span().span_context().trace_id();
    (id != opentelemetry::trace::TraceId::INVALID).then(|| id.to_string())
}

/// Writes `span`'s trace context into an outgoing request's headers (nothing when traces are off).
pub fn inject(span: &tracing::Span, headers: &mut http::HeaderMap) {
    if PROVIDER.get().is_some() {
        TraceContextPropagator::new().inject_context(&span.context(), &mut HeaderInjector(headers));
    }
}

/// Sets an array-of-strings attribute (which `tracing` fields cannot hold) on `span`'s
/// OpenTelemetry span; nothing when traces are off.
pub fn set_strings(span: &tracing::Span, key: &'static str, values: &[&str]) {
    if PROVIDER.get().is_some() {
        let values = values.iter().map(|v| v.to_string().into()).collect();
        span.set_attribute(
            key,
            opentelemetry::Value::Array(opentelemetry::Array::String(values)),
        );
    }
}
