//! Start-up, the connection loop and shutdown.
//!
//! Connections are served by hyper (HTTP/1.1) with what protects the process from hostile
//! clients (see docs/limits.md): a cap on open connections below the file-descriptor limit, a
//! cap per client address, a deadline for every request's head (which also closes idle
//! keep-alive connections), and an accept loop that backs off instead of spinning when the
//! process runs out of descriptors. On SIGTERM or Ctrl-C it stops accepting and lets in-flight
//! requests finish for the grace period; streams still open then end with an error event, and
//! the process reports a forced shutdown.

use crate::auth::KeyStore;
use crate::config::{ServerConfig, Settings, StateBackend};
use crate::engine::Registry;
use crate::guardian::Guardian;
use crate::idempotency::Idempotency;
use crate::ratelimit::RateLimits;
use crate::responses::Responses;
use crate::retrieval::VectorStores;
use crate::shared::Redis;
use crate::state::App;
use crate::store::vector_stores::VectorStoreStore;
use crate::store::{AnnSettings, Db, FileStore, IndexStore, ResponseStore};
use crate::telemetry::{self, Metrics, Observe};
use anyhow::{Context, Result};
use axum::extract::DefaultBodyLimit;
use axum::response::IntoResponse;
use hyper_util::rt::{TokioIo, TokioTimer};
use hyper_util::server::graceful::GracefulShutdown;
use hyper_util::service::TowerToHyperService;
use lukhas_api::support::ApiError;
use std::collections::HashMap;
use std::net::{IpAddr, SocketAddr};
use std::sync::{Arc, Mutex};
use std::time::Duration;
use tokio::net::TcpListener;
use tokio::sync::{OwnedSemaphorePermit, Semaphore};
use tokio_util::sync::CancellationToken;
use tower_http::catch_panic::CatchPanicLayer;

mod head_errors;

/// How a server stopped.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stopped {
    /// Every request finished within the grace period.
    Clean,
    /// The grace period ran out; open streams were ended with an error event.
    Forced,
}

/// The full application router (also used by tests in-process).
pub fn router(app: Arc<App>, settings: &Settings) -> axum::Router {
    let observe = Observe {
        metrics: app.metrics.clone(),
        timeout: Duration::from_millis(settings.config.server.request_timeout_ms),
        access_log: settings.config.server.access_log,
        access_log_sample: settings.config.server.access_log_sample,
    };
    lukhas_api::router(app.clone())
        .layer(axum::middleware::from_fn_with_state(
            app,
            crate::idempotency::layer,
        ))
        .layer(CatchPanicLayer::custom(|_| {
            ApiError::internal("a handler panicked").into_response()
        }))
        .layer(axum::middleware::from_fn_with_state(
            BodyLimits {
                json: settings.config.server.max_body_bytes,
                upload: settings.config.server.max_upload_bytes,
            },
            limit_body,
        ))
        .layer(DefaultBodyLimit::disable())
        .layer(axum::middleware::from_fn_with_state(
            observe,
            telemetry::observe,
        ))
}

/// The largest body a request may send: uploads (`multipart/form-data`) have their own limit.
#[derive(Clone, Copy)]
struct BodyLimits {
    json: usize,
    upload: usize,
}

/// Caps the body by its declared type; past the cap, reading it fails as 413 (axum's extractors
/// recognise http-body-util's length error).
async fn limit_body(
    axum::extract::State(limits): axum::extract::State<BodyLimits>,
    request: axum::extract::Request,
    next: axum::middleware::Next,
) -> axum::response::Response {
    let upload = request
        .headers()
        .get(axum::http::header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| {
            v.trim_start()
                .to_ascii_lowercase()
                .starts_with("multipart/form-data")
        });
    let limit = if upload { limits.upload } else { limits.json };
    next.run(request.map(|body| axum::body::Body::new(http_body_util::Limited::new(body, limit))))
        .await
}

/// Opens the index store, loads the keys and the models the config names. The second value is a
/// key generated for local use when none is configured (to be shown once).
pub fn build(settings: &Settings) -> Result<(Arc<App>, Option<String>)> {
    let cfg = &settings.config;
    lukhas_api::SCHEMAS
        .compile()
        .map_err(|e| anyhow::anyhow!("the generated request schemas: {e}"))?;
    let db = Db::open(&cfg.storage.dir)?;
    let store = IndexStore::open(
        db.clone(),
        AnnSettings {
            min_vectors: cfg.storage.ann_min_vectors,
            ef_search: cfg.storage.ann_ef_search.max(1),
            quantization: cfg.storage.ann_quantization,
        },
    )?;
    let files = FileStore::open(db.clone(), &cfg.storage.dir.join("files"))?;
    let (keys, generated) = KeyStore::load(&cfg.auth, &cfg.storage.dir, cfg.server.bind)?;
    let shared = match (cfg.state.backend, &cfg.state.redis_url) {
        (StateBackend::Redis, Some(url)) => Some(Arc::new(Redis::new(url.expose())?)),
        _ => None,
    };
    let stopping = CancellationToken::new();
    let registry = Arc::new(Registry::build(
        cfg,
        &settings.reliability,
        stopping.clone(),
    )?);
    let vector_stores = Arc::new(VectorStores::new(
        VectorStoreStore::open(db.clone())?,
        files.clone(),
        store.clone(),
        registry.clone(),
    ));
    let responses = Arc::new(Responses {
        store: ResponseStore::open(db.clone())?,
        vector_stores: vector_stores.clone(),
        runs: Default::default(),
        retention: i64::from(cfg.storage.response_retention_days) * 86_400,
    });
    let metrics = Arc::new(Metrics::new(&settings.slo));
    let app = App {
        keys,
        limits: RateLimits::new(
            settings.reliability.rates.clone(),
            &cfg.state,
            shared.clone(),
        ),
        idempotency: Idempotency::new(cfg.idempotency.clone(), db.clone(), shared.clone())?,
        guardian: Guardian::load(&cfg.guardian, &cfg.storage.dir)
            .context("loading the guardian's policies")?,
        registry,
        store,
        files,
        vector_stores,
        responses,
        metrics,
        stopping,
    };
    Ok((Arc::new(app), generated))
}

/// Open connections, overall and per client address.
struct Admission {
    total: Arc<Semaphore>,
    per_ip: Mutex<HashMap<IpAddr, usize>>,
    max_per_ip: usize,
}

/// One admitted connection; dropping it frees its places.
struct Admitted {
    admission: Arc<Admission>,
    ip: IpAddr,
    _slot: OwnedSemaphorePermit,
}

impl Drop for Admitted {
    fn drop(&mut self) {
        if let Ok(mut counts) = self.admission.per_ip.lock() {
            if let Some(n) = counts.get_mut(&self.ip) {
                *n -= 1;
                if *n == 0 {
                    counts.remove(&self.ip);
                }
            }
        }
    }
}

impl Admission {
    fn admit(self: &Arc<Self>, ip: IpAddr, slot: OwnedSemaphorePermit) -> Option<Admitted> {
        let mut counts = self.per_ip.lock().ok()?;
        let n = counts.entry(ip).or_default();
        if *n >= self.max_per_ip {
            return None;
        }
        *n += 1;
        Some(Admitted {
            admission: self.clone(),
            ip,
            _slot: slot,
        })
    }
}

/// The connection cap actually used: the configured one, kept below the process's
/// file-descriptor limit (raised to its hard limit first) with room for the store, the models
/// and upstream connections.
fn connection_cap(configured: usize) -> usize {
    const HEADROOM: u64 = 256;
    let soft = raise_fd_limit();
    let room = soft.saturating_sub(HEADROOM).max(16);
    configured.min(usize::try_from(room).unwrap_or(usize::MAX))
}

/// Raises the soft `RLIMIT_NOFILE` to the hard limit; returns the soft limit in force.
fn raise_fd_limit() -> u64 {
    use rustix::process::{getrlimit, setrlimit, Resource};
    let limit = getrlimit(Resource::Nofile);
    let (current, max) = (limit.current.unwrap_or(u64::MAX), limit.maximum);
    if let Some(max) = max.filter(|m| *m > current) {
        let raised = rustix::process::Rlimit {
            current: Some(max),
            maximum: Some(max),
        };
        if setrlimit(Resource::Nofile, raised).is_ok() {
            return max;
        }
    }
    current
}

pub async fn listen(addr: SocketAddr) -> Result<TcpListener> {
    TcpListener::bind(addr)
        .await
        .with_context(|| format!("cannot listen on {addr}"))
}

/// Serves `router` on `listener` until `shutdown` resolves, then drains (see the module docs).
pub async fn serve_on(
    listener: TcpListener,
    router: axum::Router,
    server: &ServerConfig,
    stopping: CancellationToken,
    shutdown: impl std::future::Future<Output = ()>,
) -> Result<Stopped> {
    let cap = connection_cap(server.max_connections);
    let admission = Arc::new(Admission {
        total: Arc::new(Semaphore::new(cap)),
        per_ip: Mutex::new(HashMap::new()),
        max_per_ip: server.max_connections_per_ip,
    });
    tracing::info!(
        max_connections = cap,
        per_ip = server.max_connections_per_ip,
        "accepting connections"
    );
    let mut http = hyper::server::conn::http1::Builder::new();
    http.timer(TokioTimer::new())
        .header_read_timeout(Duration::from_millis(server.header_timeout_ms))
        .keep_alive(true);
    let service = TowerToHyperService::new(router);
    let graceful = GracefulShutdown::new();
    let mut backoff = Duration::from_millis(5);
    tokio::pin!(shutdown);
    loop {
        // A connection is accepted only when it has a place: beyond the cap, clients wait in
        // the kernel's backlog instead of taking descriptors.
        let slot = tokio::select! {
            slot = admission.total.clone().acquire_owned() => slot?,
            () = &mut shutdown => break,
        };
        let (stream, peer) = tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok(a) => {
                    backoff = Duration::from_millis(5);
                    a
                }
                Err(e) => {
                    // Out of descriptors (or another passing failure): wait, do not spin.
                    tracing::warn!(error = %e, wait_ms = backoff.as_millis() as u64, "accept failed");
                    tokio::time::sleep(backoff).await;
                    backoff = (backoff * 2).min(Duration::from_secs(1));
                    continue;
                }
            },
            () = &mut shutdown => break,
        };
        let Some(admitted) = admission.admit(peer.ip(), slot) else {
            tracing::debug!(peer = %peer.ip(), "connection refused: too many from this address");
            continue;
        };
        if let Err(e) = stream.set_nodelay(true) {
            // Streamed tokens are small writes that Nagle's algorithm would hold back.
            tracing::debug!(error = %e, "cannot set TCP_NODELAY");
        }
        let io = head_errors::Enveloped::new(TokioIo::new(stream));
        let connection = graceful.watch(http.serve_connection(io, service.clone()));
        tokio::spawn(async move {
            let _ = connection.await;
            drop(admitted);
        });
    }
    drop(listener);
    tracing::info!("shutting down: finishing in-flight requests");
    let grace = Duration::from_millis(server.shutdown_grace_ms);
    let drained = graceful.shutdown();
    tokio::pin!(drained);
    if tokio::time::timeout(grace, &mut drained).await.is_ok() {
        tracing::info!("stopped");
        return Ok(Stopped::Clean);
    }
    // Streams still open get their final error event, and a moment to deliver it.
    tracing::warn!("grace period over; ending the streams still open");
    stopping.cancel();
    let _ = tokio::time::timeout(Duration::from_secs(2), drained).await;
    Ok(Stopped::Forced)
}

pub async fn serve(settings: Settings) -> Result<Stopped> {
    let cfg = &settings.config;
    let (app, generated) = build(&settings)?;
    let listener = listen(cfg.server.bind).await?;
    let addr = listener.local_addr()?;
    if let Some(key) = generated {
        println!(
            "No API key was configured, so one was generated for local use (shown once, kept hashed in {}):\n\n    {key}\n",
            crate::auth::local_key_file(&cfg.storage.dir).display()
        );
    }
    let models: Vec<String> = app
        .registry
        .all()
        .iter()
        .map(|m| format!("{} ({})", m.id(), m.engine.kind()))
        .collect();
    println!(
        "lukhas listening on http://{addr} serving {}",
        models.join(", ")
    );
    tracing::info!(%addr, "listening");
    maintain(&app);
    let stopping = app.stopping.clone();
    let router = router(app, &settings);
    serve_on(listener, router, &cfg.server, stopping, shutdown_signal()).await
}

/// Background work of a running server: background responses a restart cut short run again,
/// and stored responses, files and idempotency records past their time are deleted (at start,
/// then hourly).
pub fn maintain(app: &Arc<App>) {
    app.vector_stores.start();
    let a = app.clone();
    tokio::spawn(async move {
        match a.responses.resume(&a.registry, a.guardian.as_ref()).await {
            Ok(0) => {}
            Ok(n) => tracing::info!(n, "resumed background responses"),
            Err(e) => tracing::error!(status = %e.status(), "resuming background responses failed"),
        }
    });
    let a = app.clone();
    tokio::spawn(async move {
        let mut every = tokio::time::interval(Duration::from_secs(3600));
        loop {
            every.tick().await;
            match a.responses.store.sweep(crate::util::now()).await {
                Ok(0) => {}
                Ok(n) => tracing::info!(n, "deleted expired responses"),
                Err(e) => tracing::error!(store_error = %e, "deleting expired responses failed"),
            }
            match a.files.sweep().await {
                Ok(0) => {}
                Ok(n) => tracing::info!(n, "deleted expired files"),
                Err(e) => tracing::error!(store_error = %e, "deleting expired files failed"),
            }
            match a.idempotency.sweep().await {
                Ok(0) => {}
                Ok(n) => tracing::info!(n, "deleted expired idempotency records"),
                Err(e) => tracing::error!(store_error = %e, "deleting idempotency records failed"),
            }
        }
    });
}

async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let term = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! {
        _ = ctrl_c => {},
        _ = term => {},
    }
}
