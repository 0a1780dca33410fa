//! `/healthz`, `/readyz`, `/metrics`.

use crate::state::App;
use lukhas_api::operations::{get_health, get_metrics, get_readiness};
use lukhas_api::support::ApiError;
use lukhas_api::types::{
    Health, HealthStatus, Readiness, ReadinessCheck, ReadinessCheckStatus, ReadinessStatus,
};
use std::collections::HashMap;

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

impl lukhas_api::System for App {
    async fn get_health(&self, _: get_health::Request) -> Result<get_health::Response, ApiError> {
        Ok(get_health::Response::Ok(Health {
            status: HealthStatus::Ok,
        }))
    }

    /// Storage and every model's engine; 503 when any fails.
    async fn get_readiness(
        &self,
        _: get_readiness::Request,
    ) -> Result<get_readiness::Response, ApiError> {
        let mut checks = HashMap::new();
        checks.insert("storage".to_string(), check(self.store.check().await));
        for m in self.registry.all() {
            let name = format!("model:{}", m.id());
            checks.insert(name, check(m.engine.ready().await));
        }
        if let Some(result) = self.limits.check().await {
            let mut c = check(result);
            if self.limits.fails_open() && c.status == ReadinessCheckStatus::Fail {
                // Requests are still served (not counted): every replica shares this Redis, so
                // failing readiness would take them all out of the load balancer at once.
                c.status = ReadinessCheckStatus::Degraded;
            }
            checks.insert("state:redis".to_string(), c);
        }
        let ready = checks
            .values()
            .all(|c| c.status != ReadinessCheckStatus::Fail);
        Ok(if ready {
            get_readiness::Response::Ok(Readiness {
                checks,
                status: ReadinessStatus::Ready,
            })
        } else {
            get_readiness::Response::ServiceUnavailable(Readiness {
                checks,
                status: ReadinessStatus::NotReady,
            })
        })
    }

    async fn get_metrics(
        &self,
        _: get_metrics::Request,
    ) -> Result<get_metrics::Response, ApiError> {
        // Index sizes are read at scrape time: the store is their only source of truth.
        match self.store.totals().await {
            Ok((indexes, vectors)) => self.metrics.index_sizes(indexes, vectors),
            Err(e) => {
                tracing::warn!(store_error = %e, "index sizes could not be read for /metrics")
            }
        }
        Ok(get_metrics::Response::Ok(self.metrics.render()?))
    }
}
