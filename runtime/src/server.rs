//! Start-up and shutdown: load everything, bind, serve the generated router with the middleware,
//! and on SIGTERM or Ctrl-C stop accepting, finish in-flight requests (up to the grace period).

use crate::auth::KeyStore;
use crate::config::Settings;
use crate::engine::Registry;
use crate::state::App;
use crate::store::IndexStore;
use crate::telemetry::{self, Metrics, Observe};
use anyhow::{Context, Result};
use axum::extract::DefaultBodyLimit;
use axum::response::IntoResponse;
use axum::serve::{Listener, ListenerExt, TapIo};
use lukhas_api::support::ApiError;
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;
use tokio::net::{TcpListener, TcpStream};
use tower_http::catch_panic::CatchPanicLayer;

/// The full application router (also used by tests in-process).
pub fn router(app: Arc<App>, settings: &Settings) -> axum::Router {
    let observe = Observe {
        metrics: app.metrics.clone(),
        timeout: Duration::from_millis(settings.config.server.request_timeout_ms),
    };
    lukhas_api::router(app)
        .layer(CatchPanicLayer::custom(|_| {
            ApiError::internal("The server had an error while processing your request.")
                .into_response()
        }))
        .layer(DefaultBodyLimit::max(settings.config.server.max_body_bytes))
        .layer(axum::middleware::from_fn_with_state(
            observe,
            telemetry::observe,
        ))
}

/// Opens the index store, loads the keys and the models the config names. The second value is a
/// key generated for local use when none is configured (to be shown once).
pub fn build(settings: &Settings) -> Result<(Arc<App>, Option<String>)> {
    let cfg = &settings.config;
    lukhas_api::SCHEMAS
        .compile()
        .map_err(|e| anyhow::anyhow!("the generated request schemas: {e}"))?;
    let store = IndexStore::open(&cfg.storage.dir)?;
    let (keys, generated) = KeyStore::load(&cfg.auth, &cfg.storage.dir, cfg.server.bind)?;
    let registry = Registry::build(cfg, &settings.reliability)?;
    let metrics = Arc::new(Metrics::new());
    metrics.set_slo_budgets(&settings.slo);
    let app = App {
        keys,
        registry,
        store,
        metrics,
    };
    Ok((Arc::new(app), generated))
}

/// Binds `addr` with TCP_NODELAY on every connection: streamed tokens are small writes, which
/// Nagle's algorithm would otherwise hold back until the client's delayed ACK (about 40 ms).
pub async fn listen(addr: SocketAddr) -> Result<TapIo<TcpListener, fn(&mut TcpStream)>> {
    fn nodelay(stream: &mut TcpStream) {
        if let Err(e) = stream.set_nodelay(true) {
            tracing::debug!(error = %e, "cannot set TCP_NODELAY");
        }
    }
    let listener = TcpListener::bind(addr)
        .await
        .with_context(|| format!("cannot listen on {addr}"))?;
    Ok(listener.tap_io(nodelay as fn(&mut TcpStream)))
}

pub async fn serve(settings: Settings) -> Result<()> {
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
    let grace = Duration::from_millis(cfg.server.shutdown_grace_ms);
    axum::serve(listener, router(app, &settings))
        .with_graceful_shutdown(async move {
            shutdown_signal().await;
            tracing::info!("shutting down: finishing in-flight requests");
            // In-flight requests get the grace period, then the process exits regardless.
            tokio::spawn(async move {
                tokio::time::sleep(grace).await;
                tracing::warn!("grace period over; exiting");
                std::process::exit(0);
            });
        })
        .await?;
    tracing::info!("stopped");
    Ok(())
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
