//! `/healthz`, `/readyz`, `/metrics`.

use crate::app::App;
use lukhas_api::operations::{get_health, get_metrics, get_readiness};
use lukhas_api::support::ApiError;
use lukhas_api::types::{
    Health, HealthStatus, Readiness, ReadinessCheck, ReadinessCheckStatus, ReadinessStatus,
};
use std::collections::HashMap;

pub fn health() -> get_health::Response {
    get_health::Response::Ok(Health {
        status: HealthStatus::Ok,
    })
}

fn check(result: Result<(), String>) -> ReadinessCheck {
    match result {
        Ok(()) => ReadinessCheck {
            status: ReadinessCheckStatus::Ok,
            detail: None,
        },
        Err(e) => ReadinessCheck {
            status: ReadinessCheckStatus::Fail,
            detail: Some(e),
        },
    }
}

/// Storage and every engine; 503 when any fails.
pub async fn readiness(app: &App) -> get_readiness::Response {
    let mut checks = HashMap::new();
    checks.insert("storage".to_string(), check(app.store.check().await));
    for (kind, engine) in app.registry.engines() {
        checks.insert(format!("engine:{kind}"), check(engine.ready().await));
    }
    let ready = checks
        .values()
        .all(|c| c.status == ReadinessCheckStatus::Ok);
    if ready {
        get_readiness::Response::Ok(Readiness {
            checks,
            status: ReadinessStatus::Ready,
        })
    } else {
        get_readiness::Response::ServiceUnavailable(Readiness {
            checks,
            status: ReadinessStatus::NotReady,
        })
    }
}

pub fn metrics(app: &App) -> Result<get_metrics::Response, ApiError> {
    Ok(get_metrics::Response::Ok(app.metrics.render()?))
}
