//! The implementation of the generated [`Api`] trait: shared state and one thin method per
//! operation, each delegating to its handler module.

use crate::auth::{KeyStore, Principal};
use crate::engine::Registry;
use crate::handlers::{chat, dreams, embeddings, indexes, models, responses, system};
use crate::store::IndexStore;
use crate::telemetry::Metrics;
use axum::http::HeaderMap;
use lukhas_api::operations::*;
use lukhas_api::support::{ApiError, OperationInfo};
use lukhas_api::Api;
use std::sync::Arc;

pub struct App {
    pub keys: KeyStore,
    pub registry: Registry,
    pub store: IndexStore,
    pub metrics: Arc<Metrics>,
}

/// Runs a handler returning `Result<Response, ApiError>` and folds the error into the response
/// enum (which maps it to the documented status).
macro_rules! answer {
    ($e:expr) => {
        match $e {
            Ok(r) => r,
            Err(e) => e.into(),
        }
    };
}

impl Api for App {
    type Principal = Principal;

    async fn authenticate(
        &self,
        operation: &'static OperationInfo,
        headers: &HeaderMap,
    ) -> Result<Principal, ApiError> {
        self.keys.authenticate(operation, headers)
    }

    async fn get_health(&self, _request: get_health::Request) -> get_health::Response {
        system::health()
    }

    async fn get_readiness(&self, _request: get_readiness::Request) -> get_readiness::Response {
        system::readiness(self).await
    }

    async fn get_metrics(&self, _request: get_metrics::Request) -> get_metrics::Response {
        answer!(system::metrics(self))
    }

    async fn list_models(
        &self,
        _p: Principal,
        _request: list_models::Request,
    ) -> list_models::Response {
        answer!(models::list(self))
    }

    async fn retrieve_model(
        &self,
        _p: Principal,
        request: retrieve_model::Request,
    ) -> retrieve_model::Response {
        answer!(models::retrieve(self, &request.model))
    }

    async fn create_response(
        &self,
        _p: Principal,
        request: create_response::Request,
    ) -> create_response::Response {
        answer!(responses::create(self, request.body).await)
    }

    async fn create_chat_completion(
        &self,
        _p: Principal,
        request: create_chat_completion::Request,
    ) -> create_chat_completion::Response {
        answer!(chat::create(self, request.body).await)
    }

    async fn create_embedding(
        &self,
        _p: Principal,
        request: create_embedding::Request,
    ) -> create_embedding::Response {
        answer!(embeddings::create(self, request.body).await)
    }

    async fn create_dream(
        &self,
        _p: Principal,
        request: create_dream::Request,
    ) -> create_dream::Response {
        answer!(dreams::create(self, request.body).await)
    }

    async fn list_indexes(
        &self,
        p: Principal,
        request: list_indexes::Request,
    ) -> list_indexes::Response {
        answer!(indexes::list(self, &p, request).await)
    }

    async fn create_index(
        &self,
        p: Principal,
        request: create_index::Request,
    ) -> create_index::Response {
        answer!(indexes::create(self, &p, request.body).await)
    }

    async fn get_index(&self, p: Principal, request: get_index::Request) -> get_index::Response {
        answer!(indexes::get(self, &p, &request.index_id).await)
    }

    async fn delete_index(
        &self,
        p: Principal,
        request: delete_index::Request,
    ) -> delete_index::Response {
        answer!(indexes::delete(self, &p, &request.index_id).await)
    }

    async fn upsert_vectors(
        &self,
        p: Principal,
        request: upsert_vectors::Request,
    ) -> upsert_vectors::Response {
        answer!(indexes::upsert(self, &p, &request.index_id, request.body).await)
    }

    async fn delete_vector(
        &self,
        p: Principal,
        request: delete_vector::Request,
    ) -> delete_vector::Response {
        answer!(indexes::delete_vector(self, &p, &request.index_id, &request.vector_id).await)
    }

    async fn search_index(
        &self,
        p: Principal,
        request: search_index::Request,
    ) -> search_index::Response {
        answer!(indexes::search(self, &p, &request.index_id, request.body).await)
    }
}
