//! `/v1/indexes`: persistent vector memory, scoped to the caller's tenant.

use super::typed;
use crate::auth::Principal;
use crate::config::Capability;
use crate::engine::EmbedInput;
use crate::state::App;
use crate::store::search::fuse_hits;
use crate::store::{Filter, IndexMeta, Metric, VectorRecord};
use crate::telemetry::counters;
use crate::util::{new_id, now};
use lukhas_api::operations::{
    create_index, delete_index, delete_vector, get_index, list_indexes, search_index,
    upsert_vectors,
};
use lukhas_api::support::ApiError;
use lukhas_api::types::{self, SearchIndexRequest, VectorItem};
use serde_json::{Map, Value};

fn index(m: &IndexMeta) -> Result<types::Index, ApiError> {
    Ok(types::Index {
        id: typed(m.id.clone())?,
        object: types::IndexObject::Index,
        name: m.name.clone(),
        metric: match m.metric {
            Metric::Angular => types::Metric::Angular,
            Metric::Euclidean => types::Metric::Euclidean,
            Metric::Dot => types::Metric::Dot,
        },
        dimension: m.dimension.map(|d| d as i64),
        embedding_model: m.embedding_model.clone(),
        vector_count: m.vector_count,
        created_at: m.created_at,
    })
}

fn metadata_map(m: Option<&types::VectorMetadata>) -> Map<String, Value> {
    match m.map(serde_json::to_value) {
        Some(Ok(Value::Object(map))) => map,
        _ => Map::new(),
    }
}

/// How deep each ranking goes before a hybrid search fuses them.
const HYBRID_DEPTH: usize = 50;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Mode {
    Vector,
    Text,
    Hybrid,
}

#[derive(Clone, Copy)]
enum By<'a> {
    Vector(&'a [f64]),
    Text(&'a str),
}

/// A search request, whichever variant of the generated type carries it.
struct Search<'a> {
    by: By<'a>,
    k: usize,
    include_vectors: bool,
    include_metadata: bool,
    filter: Option<&'a types::VectorMetadata>,
    exact: bool,
    mode: Mode,
    /// (vector, text)
    weights: (f64, f64),
}

impl<'a> Search<'a> {
    fn of(body: &'a SearchIndexRequest) -> Search<'a> {
        let (SearchIndexRequest::Variant0 {
            k,
            include_vectors,
            include_metadata,
            filter,
            exact,
            mode,
            weights,
            ..
        }
        | SearchIndexRequest::Variant1 {
            k,
            include_vectors,
            include_metadata,
            filter,
            exact,
            mode,
            weights,
            ..
        }) = body;
        Search {
            by: match body {
                SearchIndexRequest::Variant0 { vector, .. } => By::Vector(vector),
                SearchIndexRequest::Variant1 { text, .. } => By::Text(text),
            },
            k: k.get() as usize,
            include_vectors: *include_vectors,
            include_metadata: *include_metadata,
            filter: filter.as_ref(),
            exact: *exact,
            mode: match mode.unwrap_or_default() {
                types::IndexSearchMode::Vector => Mode::Vector,
                types::IndexSearchMode::Text => Mode::Text,
                types::IndexSearchMode::Hybrid => Mode::Hybrid,
            },
            weights: weights.as_ref().map_or((1.0, 1.0), |w| (w.vector, w.text)),
        }
    }
}

/// A vector of the request as stored (f32), refusing values that f32 cannot hold: a value that
/// overflows to infinity would poison every search that meets it.
fn finite(values: &[f64], param: &str) -> Result<Vec<f32>, ApiError> {
    values
        .iter()
        .enumerate()
        .map(|(i, &x)| {
            let f = x as f32;
            if f.is_finite() {
                Ok(f)
            } else {
                Err(ApiError::invalid_request(
                    "invalid_value",
                    format!("`{param}/{i}` is outside the range of a 32-bit float (±3.4e38)."),
                )
                .with_param(format!("{param}/{i}")))
            }
        })
        .collect()
}

fn deleted(id: String, object: &str) -> types::DeletedObject {
    types::DeletedObject {
        id,
        object: object.to_string(),
        deleted: true,
    }
}

impl lukhas_api::Indexes for App {
    async fn list_indexes(
        &self,
        p: Principal,
        r: list_indexes::Request,
    ) -> Result<list_indexes::Response, ApiError> {
        let limit = r.limit.clamp(1, 100) as usize;
        let (page, has_more) = self.store.list(&p.tenant, limit, r.after).await?;
        Ok(list_indexes::Response::Ok(types::IndexList {
            object: types::IndexListObject::List,
            first_id: page.first().map(|m| m.id.clone()),
            last_id: page.last().map(|m| m.id.clone()),
            data: page.iter().map(index).collect::<Result<_, _>>()?,
            has_more,
        }))
    }

    async fn create_index(
        &self,
        p: Principal,
        r: create_index::Request,
    ) -> Result<create_index::Response, ApiError> {
        let body = r.body;
        let model = self.registry.resolve(
            body.embedding_model.as_ref().map(|m| m.as_str()),
            Capability::Embedding,
            "embedding_model",
        )?;
        let meta = self
            .store
            .create(IndexMeta {
                id: new_id("idx"),
                tenant: p.tenant.clone(),
                name: body.name.to_string(),
                metric: match body.metric {
                    types::Metric::Angular => Metric::Angular,
                    types::Metric::Euclidean => Metric::Euclidean,
                    types::Metric::Dot => Metric::Dot,
                },
                dimension: body.dimension.map(|d| d.get() as usize),
                embedding_model: model.id().to_string(),
                vector_count: 0,
                created_at: now(),
            })
            .await?;
        Ok(create_index::Response::Created(index(&meta)?))
    }

    async fn get_index(
        &self,
        p: Principal,
        r: get_index::Request,
    ) -> Result<get_index::Response, ApiError> {
        let meta = self.store.get(&p.tenant, &r.index_id).await?;
        Ok(get_index::Response::Ok(index(&meta)?))
    }

    async fn delete_index(
        &self,
        p: Principal,
        r: delete_index::Request,
    ) -> Result<delete_index::Response, ApiError> {
        self.store.delete(&p.tenant, &r.index_id).await?;
        Ok(delete_index::Response::Ok(deleted(
            r.index_id,
            "index.deleted",
        )))
    }

    async fn upsert_vectors(
        &self,
        p: Principal,
        r: upsert_vectors::Request,
    ) -> Result<upsert_vectors::Response, ApiError> {
        let meta = self.store.get(&p.tenant, &r.index_id).await?;
        let mut records = Vec::with_capacity(r.body.vectors.len());
        let mut texts = Vec::new();
        for (i, item) in r.body.vectors.iter().enumerate() {
            let (id, metadata, vector, param) = match item {
                VectorItem::Variant0 {
                    id,
                    metadata,
                    vector,
                } => {
                    let param = format!("/vectors/{i}/vector");
                    (id.to_string(), metadata, finite(vector, &param)?, param)
                }
                VectorItem::Variant1 { id, metadata, text } => {
                    texts.push((records.len(), text.to_string()));
                    (
                        id.to_string(),
                        metadata,
                        Vec::new(),
                        format!("/vectors/{i}/text"),
                    )
                }
            };
            let text = match item {
                VectorItem::Variant1 { text, .. } => Some(text.to_string()),
                VectorItem::Variant0 { .. } => None,
            };
            records.push(VectorRecord {
                id,
                vector,
                text,
                metadata: metadata_map(metadata.as_ref()),
                param,
            });
        }
        let mut tokens = 0;
        if !texts.is_empty() {
            let model = self.registry.resolve(
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
            tokens = u64::from(out.tokens);
            for ((slot, _), v) in texts.iter().zip(out.vectors) {
                records[*slot].vector = v;
            }
        }
        let ids: Vec<String> = records.iter().map(|r| r.id.clone()).collect();
        let count = records.len() as u64;
        let meta = self.store.upsert(&p.tenant, &r.index_id, records).await?;
        let dimension = meta
            .dimension
            .and_then(|d| std::num::NonZeroU64::new(d as u64))
            .ok_or_else(|| ApiError::internal("an index with vectors has no dimension"))?;
        Ok(upsert_vectors::Response::Ok(types::UpsertVectorsResponse {
            object: types::UpsertVectorsResponseObject::IndexVectorsUpserted,
            index_id: r.index_id,
            upserted_count: count,
            ids,
            dimension,
            usage: types::EmbeddingUsage {
                prompt_tokens: tokens,
                total_tokens: tokens,
            },
        }))
    }

    async fn delete_vector(
        &self,
        p: Principal,
        r: delete_vector::Request,
    ) -> Result<delete_vector::Response, ApiError> {
        self.store
            .delete_vector(&p.tenant, &r.index_id, &r.vector_id)
            .await?;
        Ok(delete_vector::Response::Ok(deleted(
            r.vector_id,
            "index.vector.deleted",
        )))
    }

    async fn search_index(
        &self,
        p: Principal,
        r: search_index::Request,
    ) -> Result<search_index::Response, ApiError> {
        let meta = self.store.get(&p.tenant, &r.index_id).await?;
        let q = Search::of(&r.body);
        let filter = Filter::equal_to_all(metadata_map(q.filter));
        let mut tokens = 0;
        let text =
            match (q.mode, q.by) {
                (Mode::Vector, _) => None,
                (_, By::Text(text)) => Some(text),
                (_, By::Vector(_)) => return Err(ApiError::invalid_request(
                    "invalid_value",
                    "`mode: text` and `mode: hybrid` search by `text`; this request has `vector`.",
                )
                .with_param("/mode")),
            };
        // The query vector (modes vector and hybrid): given, or the text embedded.
        let vector = match (q.mode, q.by) {
            (Mode::Text, _) => None,
            (_, By::Vector(v)) => Some((finite(v, "/vector")?, "/vector")),
            (_, By::Text(text)) => {
                let model = self.registry.resolve(
                    Some(&meta.embedding_model),
                    Capability::Embedding,
                    "embedding_model",
                )?;
                let mut out = model
                    .embed(vec![EmbedInput::Text(text.to_string())])
                    .await?;
                tokens = u64::from(out.tokens);
                Some((out.vectors.pop().unwrap_or_default(), "/text"))
            }
        };
        // Hybrid fuses longer rankings than it answers, so that an id low in one ranking and high
        // in the other can still make the top k.
        let depth = match q.mode {
            Mode::Hybrid => q.k.max(HYBRID_DEPTH),
            _ => q.k,
        };
        let (tenant, index) = (&p.tenant, &r.index_id);
        let mut by_vector = Vec::new();
        if let Some((query, param)) = vector {
            let (hits, mode) = self
                .store
                .search(tenant, index, query, depth, filter.clone(), q.exact, param)
                .await?;
            counters::INDEX_SEARCHES
                .with_label_values(&[mode.as_str()])
                .inc();
            by_vector = hits;
        }
        let mut by_text = Vec::new();
        if let Some(text) = text {
            by_text = self
                .store
                .search_text(tenant, index, text.to_string(), depth, filter)
                .await?;
            counters::INDEX_SEARCHES.with_label_values(&["text"]).inc();
        }
        let hits = match q.mode {
            Mode::Vector => by_vector,
            Mode::Text => by_text,
            Mode::Hybrid => fuse_hits(by_vector, by_text, q.weights, q.k),
        };
        let data = hits
            .into_iter()
            .map(|h| {
                let metadata = if q.include_metadata {
                    Some(
                        serde_json::from_value(Value::Object(h.metadata))
                            .map_err(|e| ApiError::internal(format!("stored metadata: {e}")))?,
                    )
                } else {
                    None
                };
                Ok(types::SearchHit {
                    id: h.id,
                    score: h.score,
                    text: h.text,
                    metadata,
                    vector: if q.include_vectors {
                        h.vector.into_iter().map(f64::from).collect()
                    } else {
                        Vec::new()
                    },
                })
            })
            .collect::<Result<_, ApiError>>()?;
        Ok(search_index::Response::Ok(types::SearchIndexResponse {
            object: types::SearchIndexResponseObject::List,
            index_id: r.index_id,
            data,
            usage: types::EmbeddingUsage {
                prompt_tokens: tokens,
                total_tokens: tokens,
            },
        }))
    }
}
