//! `/v1/models`.

use crate::auth::Principal;
use crate::engine::{EngineError, Model};
use crate::state::App;
use lukhas_api::operations::{list_models, retrieve_model};
use lukhas_api::support::ApiError;
use lukhas_api::types;

fn model(m: &Model) -> types::Model {
    types::Model {
        id: m.id().to_string(),
        object: types::ModelObject::Model,
        created: m.created,
        owned_by: m.entry.owned_by().to_string(),
    }
}

impl lukhas_api::Models for App {
    async fn list_models(
        &self,
        _: Principal,
        _: list_models::Request,
    ) -> Result<list_models::Response, ApiError> {
        Ok(list_models::Response::Ok(types::ListModelsResponse {
            object: types::ListModelsResponseObject::List,
            data: self.registry.all().iter().map(model).collect(),
        }))
    }

    /// Ids may contain `/`; the router's greedy parameter delivers them whole, `%2F` decoded.
    async fn retrieve_model(
        &self,
        _: Principal,
        request: retrieve_model::Request,
    ) -> Result<retrieve_model::Response, ApiError> {
        let m = self
            .registry
            .get(&request.model)
            .ok_or_else(|| EngineError::ModelNotFound {
                id: request.model.clone(),
                param: "model",
            })?;
        Ok(retrieve_model::Response::Ok(model(m)))
    }
}
