//! `/v1/models`.

use super::typed;
use crate::app::App;
use crate::engine::Model;
use lukhas_api::operations::{list_models, retrieve_model};
use lukhas_api::support::ApiError;
use serde_json::{json, Value};

fn model_json(m: &Model) -> Value {
    json!({
        "id": m.id(),
        "object": "model",
        "created": m.created,
        "owned_by": m.entry.owned_by,
    })
}

pub fn list(app: &App) -> Result<list_models::Response, ApiError> {
    let data: Vec<Value> = app.registry.all().iter().map(model_json).collect();
    Ok(list_models::Response::Ok(typed(
        json!({"object": "list", "data": data}),
    )?))
}

/// Ids may contain `/`; the router's greedy parameter delivers them whole, `%2F` decoded.
pub fn retrieve(app: &App, id: &str) -> Result<retrieve_model::Response, ApiError> {
    let model = app.registry.get(id).ok_or_else(|| {
        ApiError::not_found(
            "model_not_found",
            format!("The model `{id}` does not exist or you do not have access to it."),
        )
        .with_param("model")
    })?;
    Ok(retrieve_model::Response::Ok(typed(model_json(model))?))
}
