//! `/v1/indexes`: persistent vector memory, scoped to the caller's tenant.

use super::typed;
use crate::app::App;
use crate::auth::Principal;
use crate::config::Capability;
use crate::engine::EmbedInput;
use crate::store::{IndexMeta, Metric, StoreError, VectorRecord};
use crate::util::{new_id, now};
use axum::http::StatusCode;
use lukhas_api::operations::{
    create_index, delete_index, delete_vector, get_index, list_indexes, search_index,
    upsert_vectors,
};
use lukhas_api::support::ApiError;
use lukhas_api::types::{
    self, CreateIndexRequest, SearchIndexRequest, UpsertVectorsRequest, VectorItem,
};
use serde_json::{json, Map, Value};

impl From<StoreError> for ApiError {
    fn from(e: StoreError) -> Self {
        match e {
            StoreError::IndexNotFound(id) => ApiError::not_found(
                "index_not_found",
                format!("No index `{id}` exists (or it belongs to another tenant)."),
            )
            .with_param("index_id"),
            StoreError::VectorNotFound(id) => ApiError::not_found(
                "vector_not_found",
                format!("No vector `{id}` in this index."),
            )
            .with_param("vector_id"),
            StoreError::NameTaken(name) => {
                ApiError::conflict(format!("An index named `{name}` already exists."))
                    .with_param("name")
            }
            // A well-formed request that conflicts with the dimension the index already has.
            StoreError::Dimension { param, message } => ApiError::new(
                StatusCode::CONFLICT,
                "invalid_request_error",
                "dimension_mismatch",
                message,
            )
            .with_param(param),
            StoreError::Internal(m) => {
                ApiError::unavailable(format!("Storage is unavailable: {m}"), 1)
            }
        }
    }
}

fn index_json(m: &IndexMeta) -> Value {
    json!({
        "id": m.id,
        "object": "index",
        "name": m.name,
        "metric": m.metric.as_str(),
        "dimension": m.dimension,
        "embedding_model": m.embedding_model,
        "vector_count": m.vector_count,
        "created_at": m.created_at,
    })
}

fn metadata_map(m: Option<&types::VectorMetadata>) -> Map<String, Value> {
    m.and_then(|m| serde_json::to_value(m).ok())
        .and_then(|v| v.as_object().cloned())
        .unwrap_or_default()
}

pub async fn list(
    app: &App,
    p: &Principal,
    r: list_indexes::Request,
) -> Result<list_indexes::Response, ApiError> {
    let limit = r.limit.clamp(1, 100) as usize;
    let (page, has_more) = app.store.list(&p.tenant, limit, r.after).await?;
    let data: Vec<Value> = page.iter().map(index_json).collect();
    Ok(list_indexes::Response::Ok(typed(json!({
        "object": "list",
        "data": data,
        "first_id": page.first().map(|m| &m.id),
        "last_id": page.last().map(|m| &m.id),
        "has_more": has_more,
    }))?))
}

pub async fn create(
    app: &App,
    p: &Principal,
    body: CreateIndexRequest,
) -> Result<create_index::Response, ApiError> {
    let model = app.registry.resolve(
        body.embedding_model.as_deref().map(String::as_str),
        Capability::Embedding,
        "embedding_model",
    )?;
    let metric = match body.metric {
        types::Metric::Angular => Metric::Angular,
        types::Metric::Euclidean => Metric::Euclidean,
        types::Metric::Dot => Metric::Dot,
    };
    let meta = app
        .store
        .create(IndexMeta {
            id: new_id("idx"),
            tenant: p.tenant.clone(),
            name: body.name.to_string(),
            metric,
            dimension: body.dimension.map(|d| d.get() as usize),
            embedding_model: model.id().to_string(),
            vector_count: 0,
            created_at: now(),
        })
        .await?;
    Ok(create_index::Response::Created(typed(index_json(&meta))?))
}

pub async fn get(app: &App, p: &Principal, id: &str) -> Result<get_index::Response, ApiError> {
    let meta = app.store.get(&p.tenant, id).await?;
    Ok(get_index::Response::Ok(typed(index_json(&meta))?))
}

pub async fn delete(
    app: &App,
    p: &Principal,
    id: &str,
) -> Result<delete_index::Response, ApiError> {
    app.store.delete(&p.tenant, id).await?;
    Ok(delete_index::Response::Ok(typed(
        json!({"id": id, "object": "index.deleted", "deleted": true}),
    )?))
}

pub async fn upsert(
    app: &App,
    p: &Principal,
    id: &str,
    body: UpsertVectorsRequest,
) -> Result<upsert_vectors::Response, ApiError> {
    let meta = app.store.get(&p.tenant, id).await?;
    let mut records = Vec::with_capacity(body.vectors.len());
    let mut texts = Vec::new();
    for (i, item) in body.vectors.iter().enumerate() {
        let (vid, metadata, vector, text) = match item {
            VectorItem::Variant0 {
                id,
                metadata,
                vector,
            } => (id.to_string(), metadata, Some(vector), None),
            VectorItem::Variant1 { id, metadata, text } => {
                (id.to_string(), metadata, None, Some(text.to_string()))
            }
        };
        if let Some(t) = &text {
            texts.push((records.len(), t.clone()));
        }
        records.push(VectorRecord {
            id: vid,
            vector: vector
                .map(|v| v.iter().map(|x| *x as f32).collect())
                .unwrap_or_default(),
            param: format!(
                "/vectors/{i}/{}",
                if text.is_some() { "text" } else { "vector" }
            ),
            text,
            metadata: metadata_map(metadata.as_ref()),
        });
    }
    let mut tokens = 0;
    if !texts.is_empty() {
        let model = app.registry.resolve(
            Some(&meta.embedding_model),
            Capability::Embedding,
            "embedding_model",
        )?;
        let out = model
            .embed(
                texts
                    .iter()
                    .map(|(_, t)| EmbedInput::Text(t.clone()))
                    .collect(),
            )
            .await?;
        tokens = out.tokens;
        for ((slot, _), v) in texts.iter().zip(out.vectors) {
            records[*slot].vector = v;
        }
    }
    let ids: Vec<String> = records.iter().map(|r| r.id.clone()).collect();
    let count = records.len();
    let meta = app.store.upsert(&p.tenant, id, records).await?;
    Ok(upsert_vectors::Response::Ok(typed(json!({
        "object": "index.vectors.upserted",
        "index_id": id,
        "upserted_count": count,
        "ids": ids,
        "dimension": meta.dimension,
        "usage": {"prompt_tokens": tokens, "total_tokens": tokens},
    }))?))
}

pub async fn delete_vector(
    app: &App,
    p: &Principal,
    id: &str,
    vector_id: &str,
) -> Result<delete_vector::Response, ApiError> {
    app.store.delete_vector(&p.tenant, id, vector_id).await?;
    Ok(delete_vector::Response::Ok(typed(
        json!({"id": vector_id, "object": "index.vector.deleted", "deleted": true}),
    )?))
}

pub async fn search(
    app: &App,
    p: &Principal,
    id: &str,
    body: SearchIndexRequest,
) -> Result<search_index::Response, ApiError> {
    let meta = app.store.get(&p.tenant, id).await?;
    let (query, text, k, include_vectors, include_metadata, filter) = match &body {
        SearchIndexRequest::Variant0 {
            vector,
            k,
            include_vectors,
            include_metadata,
            filter,
        } => (
            Some(vector.iter().map(|x| *x as f32).collect::<Vec<f32>>()),
            None,
            k,
            *include_vectors,
            *include_metadata,
            filter,
        ),
        SearchIndexRequest::Variant1 {
            text,
            k,
            include_vectors,
            include_metadata,
            filter,
        } => (
            None,
            Some(text.to_string()),
            k,
            *include_vectors,
            *include_metadata,
            filter,
        ),
    };
    let mut tokens = 0;
    let (query, param) = match (query, text) {
        (Some(q), _) => (q, "/vector"),
        (None, Some(t)) => {
            let model = app.registry.resolve(
                Some(&meta.embedding_model),
                Capability::Embedding,
                "embedding_model",
            )?;
            let mut out = model.embed(vec![EmbedInput::Text(t)]).await?;
            tokens = out.tokens;
            (out.vectors.pop().unwrap_or_default(), "/text")
        }
        (None, None) => {
            return Err(ApiError::invalid_request(
                "invalid_value",
                "Give `vector` or `text`.",
            ));
        }
    };
    let hits = app
        .store
        .search(
            &p.tenant,
            id,
            query,
            k.get() as usize,
            metadata_map(filter.as_ref()),
            param,
        )
        .await?;
    let data: Vec<Value> = hits
        .into_iter()
        .map(|h| {
            let mut hit = json!({"id": h.id, "score": h.score, "text": h.text});
            if include_metadata {
                hit["metadata"] = Value::Object(h.metadata);
            }
            if include_vectors {
                hit["vector"] = json!(h.vector);
            }
            hit
        })
        .collect();
    Ok(search_index::Response::Ok(typed(json!({
        "object": "list",
        "index_id": id,
        "data": data,
        "usage": {"prompt_tokens": tokens, "total_tokens": tokens},
    }))?))
}
