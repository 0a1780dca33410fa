//! `/v1/files`: uploads stored durably, scoped to the caller's tenant (OpenAI's Files API).

use super::typed;
use crate::auth::Principal;
use crate::state::App;
use crate::store::{FileMeta, NewFile};
use lukhas_api::operations::{create_file, delete_file, download_file, list_files, retrieve_file};
use lukhas_api::support::ApiError;
use lukhas_api::types;

fn file(m: &FileMeta) -> Result<types::FileObject, ApiError> {
    Ok(types::FileObject {
        id: typed(m.id.clone())?,
        object: types::FileObjectObject::File,
        bytes: m.bytes,
        created_at: m.created_at,
        expires_at: m.expires_at,
        filename: m.filename.clone(),
        purpose: m
            .purpose
            .parse()
            .map_err(|e| ApiError::internal(format!("a stored file's purpose: {e}")))?,
        // OpenAI's deprecated field: a stored file is always processed.
        status: types::FileObjectStatus::Processed,
    })
}

impl lukhas_api::Files for App {
    async fn list_files(
        &self,
        p: Principal,
        r: list_files::Request,
    ) -> Result<list_files::Response, ApiError> {
        let limit = r.limit.clamp(1, 10_000) as usize;
        let page = self
            .files
            .list(&p.tenant, r.purpose, r.order != "asc", r.after, limit)
            .await?;
        Ok(list_files::Response::Ok(types::ListFilesResponse {
            object: types::ListFilesResponseObject::List,
            first_id: page.data.first().map(|m| m.id.clone()).unwrap_or_default(),
            last_id: page.data.last().map(|m| m.id.clone()).unwrap_or_default(),
            data: page.data.iter().map(file).collect::<Result<_, _>>()?,
            has_more: page.has_more,
        }))
    }

    async fn create_file(
        &self,
        p: Principal,
        mut r: create_file::Request,
    ) -> Result<create_file::Response, ApiError> {
        // Validation saw the field as a file part; its bytes are here.
        let upload = r.uploads.take("file").ok_or_else(|| {
            ApiError::invalid_request("invalid_value", "`file` must be a file part.")
                .with_param("file")
        })?;
        let meta = self
            .files
            .create(NewFile {
                tenant: p.tenant,
                filename: upload.filename,
                purpose: r.body.purpose.to_string(),
                bytes: upload.bytes,
                expires_after: r.body.expires_after.map(|e| e.seconds),
            })
            .await?;
        tracing::info!(file = %meta.id, bytes = meta.bytes, purpose = %meta.purpose, "file stored");
        Ok(create_file::Response::Ok(file(&meta)?))
    }

    async fn retrieve_file(
        &self,
        p: Principal,
        r: retrieve_file::Request,
    ) -> Result<retrieve_file::Response, ApiError> {
        let meta = self.files.get(&p.tenant, &r.file_id).await?;
        Ok(retrieve_file::Response::Ok(file(&meta)?))
    }

    async fn delete_file(
        &self,
        p: Principal,
        r: delete_file::Request,
    ) -> Result<delete_file::Response, ApiError> {
        self.files.delete(&p.tenant, &r.file_id).await?;
        Ok(delete_file::Response::Ok(types::DeleteFileResponse {
            id: r.file_id,
            object: types::DeleteFileResponseObject::File,
            deleted: true,
        }))
    }

    async fn download_file(
        &self,
        p: Principal,
        r: download_file::Request,
    ) -> Result<download_file::Response, ApiError> {
        let bytes = self.files.content(&p.tenant, &r.file_id).await?;
        Ok(download_file::Response::Ok(bytes))
    }
}
