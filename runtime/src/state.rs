//! The server's shared state: keys, models, the stores and the metrics. Every handler
//! module implements its tag's generated trait on [`App`]; authentication is implemented here.

use crate::auth::{KeyStore, Principal};
use crate::engine::Registry;
use crate::guardian::Guardian;
use crate::idempotency::Idempotency;
use crate::ratelimit::RateLimits;
use crate::responses::Responses;
use crate::retrieval::VectorStores;
use crate::store::{FileStore, IndexStore};
use crate::telemetry::Metrics;
use axum::http::HeaderMap;
use lukhas_api::support::{Admitted, ApiError, Authenticate, OperationInfo};
use std::sync::Arc;
use tokio_util::sync::CancellationToken;
use tracing::Instrument;

pub struct App {
    pub keys: KeyStore,
    pub limits: RateLimits,
    /// Policies and personal-data masking; `None` when disabled.
    pub guardian: Option<Guardian>,
    pub idempotency: Idempotency,
    pub registry: Arc<Registry>,
    pub store: IndexStore,
    /// Uploaded files.
    pub files: FileStore,
    /// Vector stores over the files, with their background processing.
    pub vector_stores: Arc<VectorStores>,
    /// Stored responses, conversations and background runs.
    pub responses: Arc<Responses>,
    pub metrics: Arc<Metrics>,
    /// Cancelled when the shutdown grace period ends: open streams finish with an error event.
    pub stopping: CancellationToken,
}

impl Authenticate for App {
    type Principal = Principal;

    async fn authenticate(
        &self,
        operation: &'static OperationInfo,
        headers: &HeaderMap,
    ) -> Result<Admitted<Principal>, ApiError> {
        let principal = tracing::info_span!("authenticate")
            .in_scope(|| self.keys.authenticate(operation, headers))?;
        // On the request's span, so every later log line of the request names the key.
        tracing::Span::current().record("key_id", principal.key_id.as_str());
        let headers = self
            .limits
            .admit(&principal, operation)
            .instrument(tracing::info_span!("rate_limit", group = "requests"))
            .await?;
        Ok(Admitted { principal, headers })
    }

    async fn inspect(
        &self,
        principal: &mut Principal,
        operation: &'static OperationInfo,
        request: &mut serde_json::Map<String, serde_json::Value>,
    ) -> Result<HeaderMap, ApiError> {
        if let Some(g) = &self.guardian {
            principal.output = tracing::info_span!("guardian").in_scope(|| {
                g.inspect(principal, operation, request, |cap| {
                    self.registry.default_id(cap).map(str::to_string)
                })
            })?;
        }
        match request.get("body") {
            Some(body) if crate::ratelimit::token_group(operation.id).is_some() => {
                let tokens = crate::ratelimit::estimate(operation.id, body);
                self.limits
                    .admit_tokens(principal, operation, tokens)
                    .instrument(tracing::info_span!("rate_limit", group = "tokens", tokens))
                    .await
            }
            _ => Ok(HeaderMap::new()),
        }
    }
}
