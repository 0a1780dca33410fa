//! `/v1/vector_stores`: OpenAI's vector stores, files in them and their search. The work is in
//! [`crate::retrieval`]; this module maps the wire types.

use super::typed;
use crate::auth::Principal;
use crate::retrieval::chunk::Chunking;
use crate::retrieval::{attribute_filter, BatchFile, NewStore, Query};
use crate::state::App;
use crate::store::vector_stores::{Batch, Counts, FileStatus, StoreFile, VectorStoreMeta};
use crate::store::Cursor;

use lukhas_api::operations::{
    cancel_vector_store_file_batch, create_vector_store, create_vector_store_file,
    create_vector_store_file_batch, delete_vector_store, delete_vector_store_file,
    get_vector_store, get_vector_store_file, get_vector_store_file_batch,
    list_files_in_vector_store_batch, list_vector_store_files, list_vector_stores,
    modify_vector_store, retrieve_vector_store_file_content, search_vector_store,
    update_vector_store_file_attributes,
};
use lukhas_api::support::ApiError;
use lukhas_api::types;
use serde_json::{Map, Value};
use std::collections::BTreeMap;

fn store(m: &VectorStoreMeta, c: Counts) -> Result<types::VectorStoreObject, ApiError> {
    let status = if m.expired(crate::util::now()) {
        types::VectorStoreObjectStatus::Expired
    } else if c.in_progress > 0 {
        types::VectorStoreObjectStatus::InProgress
    } else {
        types::VectorStoreObjectStatus::Completed
    };
    let metadata = m
        .metadata
        .iter()
        .map(|(k, v)| Ok((k.clone(), typed(v.clone())?)))
        .collect::<Result<_, ApiError>>()?;
    Ok(types::VectorStoreObject {
        id: typed(m.id.clone())?,
        object: types::VectorStoreObjectObject::VectorStore,
        created_at: m.created_at,
        name: m.name.clone(),
        description: m.description.clone(),
        usage_bytes: c.usage_bytes,
        file_counts: file_counts(c),
        status,
        expires_after: m
            .expires_after_days
            .and_then(|days| std::num::NonZeroU64::new(days as u64))
            .map(|days| types::VectorStoreExpirationAfter {
                anchor: types::VectorStoreExpirationAfterAnchor::LastActiveAt,
                days,
            }),
        expires_at: m.expires_at(),
        last_active_at: Some(m.last_active_at),
        metadata: types::Metadata(Some(metadata)),
    })
}

fn file_counts(c: Counts) -> types::VectorStoreFileCounts {
    types::VectorStoreFileCounts {
        in_progress: c.in_progress,
        completed: c.completed,
        failed: c.failed,
        cancelled: c.cancelled,
        total: c.in_progress + c.completed + c.failed + c.cancelled,
    }
}

fn batch(b: &Batch, c: Counts) -> Result<types::VectorStoreFileBatchObject, ApiError> {
    use types::VectorStoreFileBatchObjectStatus as S;
    let status = if c.in_progress > 0 {
        S::InProgress
    } else if b.cancelled {
        S::Cancelled
    } else if c.failed > 0 && c.completed == 0 && c.cancelled == 0 {
        S::Failed
    } else {
        S::Completed
    };
    Ok(types::VectorStoreFileBatchObject {
        id: typed(b.id.clone())?,
        object: types::VectorStoreFileBatchObjectObject::VectorStoreFilesBatch,
        created_at: b.created_at,
        vector_store_id: b.vector_store_id.clone(),
        status,
        file_counts: file_counts(c),
    })
}

fn attributes(a: Option<&types::VectorStoreFileAttributes>) -> Map<String, Value> {
    match a.map(serde_json::to_value) {
        Some(Ok(Value::Object(map))) => map,
        _ => Map::new(),
    }
}

/// A list's `filter` by status.
fn status_filter(filter: Option<&str>) -> Option<FileStatus> {
    match filter? {
        "in_progress" => Some(FileStatus::InProgress),
        "completed" => Some(FileStatus::Completed),
        "failed" => Some(FileStatus::Failed),
        _ => Some(FileStatus::Cancelled),
    }
}

fn file_list(
    page: Vec<StoreFile>,
    has_more: bool,
) -> Result<types::ListVectorStoreFilesResponse, ApiError> {
    Ok(types::ListVectorStoreFilesResponse {
        object: types::ListVectorStoreFilesResponseObject::List,
        first_id: page.first().map(|f| f.file_id.clone()).unwrap_or_default(),
        last_id: page.last().map(|f| f.file_id.clone()).unwrap_or_default(),
        data: page.iter().map(file).collect::<Result<_, _>>()?,
        has_more,
    })
}

fn file(f: &StoreFile) -> Result<types::VectorStoreFileObject, ApiError> {
    let internal = |e: String| ApiError::internal(format!("a stored vector store file: {e}"));
    Ok(types::VectorStoreFileObject {
        id: f.file_id.clone(),
        object: types::VectorStoreFileObjectObject::VectorStoreFile,
        usage_bytes: f.usage_bytes,
        created_at: f.created_at,
        vector_store_id: f.vector_store_id.clone(),
        status: f
            .status
            .as_str()
            .parse()
            .map_err(|e| internal(format!("{e}")))?,
        last_error: match &f.last_error {
            None => None,
            Some(e) => Some(types::VectorStoreFileError {
                code: e.code.parse().map_err(|e| internal(format!("{e}")))?,
                message: e.message.clone(),
            }),
        },
        chunking_strategy: Some(types::StaticChunkingStrategyResponseParam {
            type_: types::StaticChunkingStrategyResponseParamType::Static,
            static_: types::StaticChunkingStrategy {
                max_chunk_size_tokens: f.max_chunk_tokens as i64,
                chunk_overlap_tokens: f.chunk_overlap_tokens as i64,
            },
        }),
        attributes: Some(
            serde_json::from_value(Value::Object(f.attributes.clone()))
                .map_err(|e| internal(e.to_string()))?,
        ),
    })
}

/// The requested chunk sizes (`None` for `auto`), refusing an overlap over half the size.
fn chunking(
    strategy: Option<&types::ChunkingStrategyRequestParam>,
    param: &str,
) -> Result<Option<Chunking>, ApiError> {
    use types::ChunkingStrategyRequestParam as S;
    match strategy {
        None | Some(S::AutoChunkingStrategyRequestParam(_)) => Ok(None),
        Some(S::StaticChunkingStrategyRequestParam(s)) => {
            let (max, overlap) = (
                s.static_.max_chunk_size_tokens,
                s.static_.chunk_overlap_tokens,
            );
            if overlap > max / 2 {
                return Err(ApiError::invalid_request(
                    "invalid_chunking_strategy",
                    format!(
                        "`chunk_overlap_tokens` ({overlap}) must not exceed half of \
                         `max_chunk_size_tokens` ({max})."
                    ),
                )
                .with_param(format!("{param}/static/chunk_overlap_tokens")));
            }
            Ok(Some(Chunking {
                max_tokens: max as usize,
                overlap: overlap as usize,
            }))
        }
    }
}

fn metadata(m: Option<&types::Metadata>) -> BTreeMap<String, String> {
    m.and_then(|m| m.0.as_ref())
        .map(|m| m.iter().map(|(k, v)| (k.clone(), v.to_string())).collect())
        .unwrap_or_default()
}

fn cursor(order: &str, after: Option<String>, before: Option<String>, limit: i64) -> Cursor {
    Cursor {
        desc: order != "asc",
        after,
        before,
        limit: limit.clamp(1, 100) as usize,
    }
}

impl App {
    async fn store_object(
        &self,
        m: &VectorStoreMeta,
    ) -> Result<types::VectorStoreObject, ApiError> {
        let counts = self.vector_stores.store.counts(&m.id, None).await?;
        store(m, counts)
    }

    async fn batch_object(&self, b: &Batch) -> Result<types::VectorStoreFileBatchObject, ApiError> {
        let counts = self
            .vector_stores
            .store
            .counts(&b.vector_store_id, Some(&b.id))
            .await?;
        batch(b, counts)
    }
}

impl lukhas_api::VectorStores for App {
    async fn list_vector_stores(
        &self,
        p: Principal,
        r: list_vector_stores::Request,
    ) -> Result<list_vector_stores::Response, ApiError> {
        let (page, has_more) = self
            .vector_stores
            .store
            .list(&p.tenant, cursor(&r.order, r.after, r.before, r.limit))
            .await?;
        let mut data = Vec::with_capacity(page.len());
        for m in &page {
            data.push(self.store_object(m).await?);
        }
        Ok(list_vector_stores::Response::Ok(
            types::ListVectorStoresResponse {
                object: types::ListVectorStoresResponseObject::List,
                first_id: page.first().map(|m| m.id.clone()).unwrap_or_default(),
                last_id: page.last().map(|m| m.id.clone()).unwrap_or_default(),
                data,
                has_more,
            },
        ))
    }

    async fn create_vector_store(
        &self,
        p: Principal,
        r: create_vector_store::Request,
    ) -> Result<create_vector_store::Response, ApiError> {
        let b = r.body;
        let meta = self
            .vector_stores
            .create(NewStore {
                tenant: p.tenant,
                name: b.name.map(|n| n.to_string()).unwrap_or_default(),
                description: b.description.map(|d| d.to_string()),
                metadata: metadata(b.metadata.as_ref()),
                expires_after_days: b.expires_after.map(|e| e.days.get() as i64),
                file_ids: b.file_ids.iter().map(|f| f.to_string()).collect(),
                chunking: chunking(b.chunking_strategy.as_ref(), "chunking_strategy")?,
            })
            .await?;
        tracing::info!(vector_store = %meta.id, files = b.file_ids.len(), "vector store created");
        Ok(create_vector_store::Response::Ok(
            self.store_object(&meta).await?,
        ))
    }

    async fn get_vector_store(
        &self,
        p: Principal,
        r: get_vector_store::Request,
    ) -> Result<get_vector_store::Response, ApiError> {
        let meta = self
            .vector_stores
            .store
            .get(&p.tenant, &r.vector_store_id)
            .await?;
        Ok(get_vector_store::Response::Ok(
            self.store_object(&meta).await?,
        ))
    }

    async fn modify_vector_store(
        &self,
        p: Principal,
        r: modify_vector_store::Request,
    ) -> Result<modify_vector_store::Response, ApiError> {
        let b = r.body;
        let name = b.name.map(|n| n.to_string());
        let days = b.expires_after.map(|e| e.days.get() as i64);
        let replaced = b.metadata.as_ref().map(|m| metadata(Some(m)));
        let meta = self
            .vector_stores
            .store
            .update(&p.tenant, &r.vector_store_id, move |m| {
                if let Some(name) = name {
                    m.name = name;
                }
                if let Some(days) = days {
                    m.expires_after_days = Some(days);
                }
                if let Some(metadata) = replaced {
                    m.metadata = metadata;
                }
            })
            .await?;
        Ok(modify_vector_store::Response::Ok(
            self.store_object(&meta).await?,
        ))
    }

    async fn delete_vector_store(
        &self,
        p: Principal,
        r: delete_vector_store::Request,
    ) -> Result<delete_vector_store::Response, ApiError> {
        self.vector_stores
            .delete(&p.tenant, &r.vector_store_id)
            .await?;
        Ok(delete_vector_store::Response::Ok(
            types::DeleteVectorStoreResponse {
                id: r.vector_store_id,
                object: types::DeleteVectorStoreResponseObject::VectorStoreDeleted,
                deleted: true,
            },
        ))
    }

    async fn list_vector_store_files(
        &self,
        p: Principal,
        r: list_vector_store_files::Request,
    ) -> Result<list_vector_store_files::Response, ApiError> {
        let (page, has_more) = self
            .vector_stores
            .store
            .files(
                &p.tenant,
                &r.vector_store_id,
                status_filter(r.filter.as_deref()),
                None,
                cursor(&r.order, r.after, r.before, r.limit),
            )
            .await?;
        Ok(list_vector_store_files::Response::Ok(file_list(
            page, has_more,
        )?))
    }

    async fn create_vector_store_file(
        &self,
        p: Principal,
        r: create_vector_store_file::Request,
    ) -> Result<create_vector_store_file::Response, ApiError> {
        let b = r.body;
        let f = self
            .vector_stores
            .add_file(
                &p.tenant,
                &r.vector_store_id,
                &b.file_id,
                chunking(b.chunking_strategy.as_ref(), "chunking_strategy")?,
                attributes(b.attributes.as_ref()),
            )
            .await?;
        Ok(create_vector_store_file::Response::Ok(file(&f)?))
    }

    async fn get_vector_store_file(
        &self,
        p: Principal,
        r: get_vector_store_file::Request,
    ) -> Result<get_vector_store_file::Response, ApiError> {
        let f = self
            .vector_stores
            .store
            .file(&p.tenant, &r.vector_store_id, &r.file_id)
            .await?;
        Ok(get_vector_store_file::Response::Ok(file(&f)?))
    }

    async fn delete_vector_store_file(
        &self,
        p: Principal,
        r: delete_vector_store_file::Request,
    ) -> Result<delete_vector_store_file::Response, ApiError> {
        self.vector_stores
            .remove_file(&p.tenant, &r.vector_store_id, &r.file_id)
            .await?;
        Ok(delete_vector_store_file::Response::Ok(
            types::DeleteVectorStoreFileResponse {
                id: r.file_id,
                object: types::DeleteVectorStoreFileResponseObject::VectorStoreFileDeleted,
                deleted: true,
            },
        ))
    }

    async fn search_vector_store(
        &self,
        p: Principal,
        r: search_vector_store::Request,
    ) -> Result<search_vector_store::Response, ApiError> {
        let b = r.body;
        let texts: Vec<String> = match &b.query {
            types::VectorStoreSearchRequestQuery::String(q) => vec![q.to_string()],
            types::VectorStoreSearchRequestQuery::Array(qs) => {
                qs.iter().map(|q| q.to_string()).collect()
            }
        };
        let (ranker, threshold) = match &b.ranking_options {
            Some(o) => (o.ranker, o.score_threshold),
            None => (types::VectorStoreRankingOptionsRanker::Auto, 0.0),
        };
        let found = self
            .vector_stores
            .search(
                &p.tenant,
                &r.vector_store_id,
                Query {
                    texts: texts.clone(),
                    filter: attribute_filter(b.filters.as_ref()),
                    k: b.max_num_results.get() as usize,
                    weights: (ranker != types::VectorStoreRankingOptionsRanker::None)
                        .then_some((1.0, 1.0)),
                    threshold,
                },
            )
            .await?;
        let data = found
            .into_iter()
            .map(|f| {
                Ok(types::VectorStoreSearchResultItem {
                    file_id: f.file_id,
                    filename: f.filename,
                    score: f.score,
                    attributes: serde_json::from_value(Value::Object(f.attributes))
                        .map_err(|e| ApiError::internal(format!("stored attributes: {e}")))?,
                    content: vec![types::VectorStoreSearchResultContent {
                        type_: types::VectorStoreSearchResultContentType::Text,
                        text: f.text,
                    }],
                })
            })
            .collect::<Result<_, ApiError>>()?;
        Ok(search_vector_store::Response::Ok(
            types::VectorStoreSearchResultsPage {
                object: types::VectorStoreSearchResultsPageObject::VectorStoreSearchResultsPage,
                search_query: texts,
                data,
                has_more: false,
                next_page: None,
            },
        ))
    }

    async fn update_vector_store_file_attributes(
        &self,
        p: Principal,
        r: update_vector_store_file_attributes::Request,
    ) -> Result<update_vector_store_file_attributes::Response, ApiError> {
        let f = self
            .vector_stores
            .set_attributes(
                &p.tenant,
                &r.vector_store_id,
                &r.file_id,
                attributes(r.body.attributes.as_ref()),
            )
            .await?;
        Ok(update_vector_store_file_attributes::Response::Ok(file(&f)?))
    }

    async fn retrieve_vector_store_file_content(
        &self,
        p: Principal,
        r: retrieve_vector_store_file_content::Request,
    ) -> Result<retrieve_vector_store_file_content::Response, ApiError> {
        let text = self
            .vector_stores
            .content(&p.tenant, &r.vector_store_id, &r.file_id)
            .await?;
        Ok(retrieve_vector_store_file_content::Response::Ok(
            types::VectorStoreFileContentResponse {
                object: types::VectorStoreFileContentResponseObject::VectorStoreFileContentPage,
                data: vec![types::VectorStoreFileContentResponseDataItem {
                    type_: types::VectorStoreFileContentResponseDataItemType::Text,
                    text,
                }],
                has_more: false,
                next_page: None,
            },
        ))
    }

    async fn create_vector_store_file_batch(
        &self,
        p: Principal,
        r: create_vector_store_file_batch::Request,
    ) -> Result<create_vector_store_file_batch::Response, ApiError> {
        let b = r.body;
        let files =
            match (b.file_ids.is_empty(), b.files.is_empty()) {
                (false, true) => {
                    let chunking = chunking(b.chunking_strategy.as_ref(), "chunking_strategy")?;
                    let attributes = attributes(b.attributes.as_ref());
                    b.file_ids
                        .iter()
                        .enumerate()
                        .map(|(i, id)| BatchFile {
                            file_id: id.to_string(),
                            param: format!("file_ids/{i}"),
                            chunking,
                            attributes: attributes.clone(),
                        })
                        .collect()
                }
                (true, false) => {
                    // Each file brings its own: the batch's would be ignored, so they are refused.
                    for (given, name) in [
                        (b.chunking_strategy.is_some(), "chunking_strategy"),
                        (b.attributes.is_some(), "attributes"),
                    ] {
                        if given {
                            return Err(ApiError::invalid_request(
                                "invalid_value",
                                format!("With `files`, give `{name}` per file, not for the batch."),
                            )
                            .with_param(name));
                        }
                    }
                    b.files
                        .iter()
                        .enumerate()
                        .map(|(i, f)| {
                            Ok(BatchFile {
                                file_id: f.file_id.to_string(),
                                param: format!("files/{i}/file_id"),
                                chunking: chunking(
                                    f.chunking_strategy.as_ref(),
                                    &format!("files/{i}/chunking_strategy"),
                                )?,
                                attributes: attributes(f.attributes.as_ref()),
                            })
                        })
                        .collect::<Result<_, ApiError>>()?
                }
                _ => return Err(ApiError::invalid_request(
                    "invalid_value",
                    "Give the batch's files as `file_ids` or as `files`: one of them, not both.",
                )
                .with_param("file_ids")),
            };
        let created = self
            .vector_stores
            .add_batch(&p.tenant, &r.vector_store_id, files)
            .await?;
        Ok(create_vector_store_file_batch::Response::Ok(
            self.batch_object(&created).await?,
        ))
    }

    async fn get_vector_store_file_batch(
        &self,
        p: Principal,
        r: get_vector_store_file_batch::Request,
    ) -> Result<get_vector_store_file_batch::Response, ApiError> {
        let b = self
            .vector_stores
            .store
            .batch(&p.tenant, &r.vector_store_id, &r.batch_id)
            .await?;
        Ok(get_vector_store_file_batch::Response::Ok(
            self.batch_object(&b).await?,
        ))
    }

    async fn cancel_vector_store_file_batch(
        &self,
        p: Principal,
        r: cancel_vector_store_file_batch::Request,
    ) -> Result<cancel_vector_store_file_batch::Response, ApiError> {
        let b = self
            .vector_stores
            .store
            .cancel_batch(&p.tenant, &r.vector_store_id, &r.batch_id)
            .await?;
        Ok(cancel_vector_store_file_batch::Response::Ok(
            self.batch_object(&b).await?,
        ))
    }

    async fn list_files_in_vector_store_batch(
        &self,
        p: Principal,
        r: list_files_in_vector_store_batch::Request,
    ) -> Result<list_files_in_vector_store_batch::Response, ApiError> {
        let (page, has_more) = self
            .vector_stores
            .store
            .files(
                &p.tenant,
                &r.vector_store_id,
                status_filter(r.filter.as_deref()),
                Some(&r.batch_id),
                cursor(&r.order, r.after, r.before, r.limit),
            )
            .await?;
        Ok(list_files_in_vector_store_batch::Response::Ok(file_list(
            page, has_more,
        )?))
    }
}
