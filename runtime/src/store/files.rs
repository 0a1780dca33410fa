//! Uploaded files: metadata in the database, bytes in `<storage.dir>/files/<id>`.
//!
//! An upload is written to a temporary file, fsync'd and renamed into place (and the directory
//! fsync'd) before its metadata commits, so an acknowledged file survives `kill -9`; a crash in
//! between leaves only bytes without metadata, which the next start removes. Deleting commits
//! first and removes the bytes after, for the same reason. Expired files read as absent at once
//! and are deleted by [`FileStore::sweep`].
//!
//! Tables (keys join parts with NUL, which ids cannot contain):
//! - `files`: file id -> JSON [`FileMeta`]
//! - `tenant_files`: tenant NUL file id -> () (listing; ids sort by creation time)

use super::{internal, join, page, Cursor, Db, StoreError};
use axum::body::Bytes;
use redb::{ReadableDatabase, ReadableTable, TableDefinition};
use serde::{Deserialize, Serialize};
use std::io::Write;
use std::path::{Path, PathBuf};

const FILES: TableDefinition<&str, &[u8]> = TableDefinition::new("files");
const TENANT_FILES: TableDefinition<&str, ()> = TableDefinition::new("tenant_files");

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct FileMeta {
    pub id: String,
    pub tenant: String,
    pub filename: String,
    pub purpose: String,
    pub bytes: u64,
    pub created_at: i64,
    /// Unix seconds after which the file is gone.
    pub expires_at: Option<i64>,
}

impl FileMeta {
    fn live(&self, now: i64) -> bool {
        self.expires_at.is_none_or(|t| t > now)
    }
}

/// An upload to store.
pub struct NewFile {
    pub tenant: String,
    pub filename: String,
    pub purpose: String,
    pub bytes: Bytes,
    /// Seconds after creation until the file expires.
    pub expires_after: Option<i64>,
}

/// One page of a listing.
pub struct FilePage {
    pub data: Vec<FileMeta>,
    pub has_more: bool,
}

#[derive(Clone)]
pub struct FileStore {
    db: Db,
    dir: PathBuf,
}

impl FileStore {
    /// Opens the store over `dir` (created if needed), removing bytes no metadata names.
    pub fn open(db: Db, dir: &Path) -> anyhow::Result<FileStore> {
        std::fs::create_dir_all(dir)
            .map_err(|e| anyhow::anyhow!("cannot create {}: {e}", dir.display()))?;
        let txn = db.0.begin_write()?;
        txn.open_table(FILES)?;
        txn.open_table(TENANT_FILES)?;
        txn.commit()?;
        let store = FileStore {
            db,
            dir: dir.to_path_buf(),
        };
        let removed = store.remove_orphans()?;
        if removed > 0 {
            tracing::info!(
                removed,
                "removed file bytes left by an interrupted upload or delete"
            );
        }
        Ok(store)
    }

    fn remove_orphans(&self) -> anyhow::Result<usize> {
        let txn = self.db.0.begin_read()?;
        let files = txn.open_table(FILES)?;
        let mut removed = 0;
        for entry in std::fs::read_dir(&self.dir)? {
            let path = entry?.path();
            let name = path
                .file_name()
                .and_then(|n| n.to_str())
                .unwrap_or_default();
            if files.get(name)?.is_none() {
                std::fs::remove_file(&path)?;
                removed += 1;
            }
        }
        Ok(removed)
    }

    /// Stores an upload durably; its metadata.
    pub async fn create(&self, new: NewFile) -> Result<FileMeta, StoreError> {
        let created_at = crate::util::now();
        let meta = FileMeta {
            id: file_id(),
            tenant: new.tenant,
            filename: new.filename,
            purpose: new.purpose,
            bytes: new.bytes.len() as u64,
            created_at,
            expires_at: new.expires_after.map(|s| created_at + s),
        };
        let dir = self.dir.clone();
        let out = meta.clone();
        self.db
            .blocking(move |db| {
                write_durably(&dir, &meta.id, &new.bytes).map_err(internal)?;
                let txn = db.begin_write().map_err(internal)?;
                {
                    let json = serde_json::to_vec(&meta).map_err(internal)?;
                    let mut files = txn.open_table(FILES).map_err(internal)?;
                    files
                        .insert(meta.id.as_str(), json.as_slice())
                        .map_err(internal)?;
                    let mut tenant = txn.open_table(TENANT_FILES).map_err(internal)?;
                    let key = join(&meta.tenant, &meta.id);
                    tenant.insert(key.as_str(), ()).map_err(internal)?;
                }
                txn.commit().map_err(internal)?;
                Ok(())
            })
            .await?;
        Ok(out)
    }

    /// A live file of `tenant`.
    pub async fn get(&self, tenant: &str, id: &str) -> Result<FileMeta, StoreError> {
        let (tenant, id) = (tenant.to_string(), id.to_string());
        self.db
            .blocking(move |db| {
                let txn = db.begin_read().map_err(internal)?;
                let files = txn.open_table(FILES).map_err(internal)?;
                read_meta(&files, &id)?
                    .filter(|m| m.tenant == tenant && m.live(crate::util::now()))
                    .ok_or(StoreError::FileNotFound(id))
            })
            .await
    }

    /// A live file's bytes.
    pub async fn content(&self, tenant: &str, id: &str) -> Result<Bytes, StoreError> {
        let meta = self.get(tenant, id).await?;
        let path = self.dir.join(&meta.id);
        let bytes = tokio::fs::read(&path).await.map_err(|e| match e.kind() {
            // Deleted since the metadata was read.
            std::io::ErrorKind::NotFound => StoreError::FileNotFound(meta.id.clone()),
            _ => internal(format!("reading {}: {e}", path.display())),
        })?;
        Ok(Bytes::from(bytes))
    }

    /// A page of `tenant`'s live files, newest first when `desc`, starting after the file
    /// `after` (which must be the tenant's), only those of `purpose` when given.
    pub async fn list(
        &self,
        tenant: &str,
        purpose: Option<String>,
        desc: bool,
        after: Option<String>,
        limit: usize,
    ) -> Result<FilePage, StoreError> {
        let tenant = tenant.to_string();
        let cursor = Cursor {
            desc,
            after,
            before: None,
            limit,
        };
        self.db
            .blocking(move |db| {
                let txn = db.begin_read().map_err(internal)?;
                let keys = txn.open_table(TENANT_FILES).map_err(internal)?;
                let files = txn.open_table(FILES).map_err(internal)?;
                let now = crate::util::now();
                let (data, has_more) = page(&keys, &tenant, &cursor, |id| {
                    Ok(read_meta(&files, id)?.filter(|m| {
                        m.live(now) && purpose.as_ref().is_none_or(|p| *p == m.purpose)
                    }))
                })?;
                Ok(FilePage { data, has_more })
            })
            .await
    }

    /// Deletes a live file of `tenant`.
    pub async fn delete(&self, tenant: &str, id: &str) -> Result<(), StoreError> {
        let meta = self.get(tenant, id).await?;
        self.remove(vec![meta]).await?;
        Ok(())
    }

    /// Deletes the files expired by now; how many.
    pub async fn sweep(&self) -> Result<usize, StoreError> {
        let now = crate::util::now();
        let expired = self
            .db
            .blocking(move |db| {
                let txn = db.begin_read().map_err(internal)?;
                let files = txn.open_table(FILES).map_err(internal)?;
                let mut expired = Vec::new();
                for entry in files.iter().map_err(internal)? {
                    let (_, value) = entry.map_err(internal)?;
                    let meta: FileMeta = serde_json::from_slice(value.value()).map_err(internal)?;
                    if !meta.live(now) {
                        expired.push(meta);
                    }
                }
                Ok(expired)
            })
            .await?;
        self.remove(expired).await
    }

    /// Commits the removal of the files' metadata, then removes their bytes.
    async fn remove(&self, gone: Vec<FileMeta>) -> Result<usize, StoreError> {
        if gone.is_empty() {
            return Ok(0);
        }
        let dir = self.dir.clone();
        self.db
            .blocking(move |db| {
                let txn = db.begin_write().map_err(internal)?;
                {
                    let mut files = txn.open_table(FILES).map_err(internal)?;
                    let mut keys = txn.open_table(TENANT_FILES).map_err(internal)?;
                    for m in &gone {
                        files.remove(m.id.as_str()).map_err(internal)?;
                        keys.remove(join(&m.tenant, &m.id).as_str()).map_err(internal)?;
                    }
                }
                txn.commit().map_err(internal)?;
                for m in &gone {
                    match std::fs::remove_file(dir.join(&m.id)) {
                        Ok(()) => {}
                        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
                        // The metadata is gone: the next start removes the bytes.
                        Err(e) => tracing::warn!(file = %m.id, error = %e, "removing a deleted file's bytes failed"),
                    }
                }
                Ok(gone.len())
            })
            .await
    }
}

fn read_meta(
    files: &impl ReadableTable<&'static str, &'static [u8]>,
    id: &str,
) -> Result<Option<FileMeta>, StoreError> {
    match files.get(id).map_err(internal)? {
        Some(v) => Ok(Some(serde_json::from_slice(v.value()).map_err(internal)?)),
        None => Ok(None),
    }
}

/// `file-` and a time-ordered unique suffix (OpenAI's ids have the same prefix).
fn file_id() -> String {
    let id = crate::util::new_id("file");
    id.replacen("file_", "file-", 1)
}

/// Writes `bytes` to `dir/name` so that it is on disk when this returns: a temporary file,
/// fsync'd, renamed into place, and the directory fsync'd.
fn write_durably(dir: &Path, name: &str, bytes: &[u8]) -> std::io::Result<()> {
    let temp = dir.join(format!(".{name}.part"));
    let mut file = std::fs::File::create(&temp)?;
    file.write_all(bytes)?;
    file.sync_all()?;
    drop(file);
    std::fs::rename(&temp, dir.join(name))?;
    std::fs::File::open(dir)?.sync_all()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn upload(tenant: &str, name: &str, purpose: &str) -> NewFile {
        NewFile {
            tenant: tenant.into(),
            filename: name.into(),
            purpose: purpose.into(),
            bytes: Bytes::from(format!("contents of {name}")),
            expires_after: None,
        }
    }

    #[tokio::test]
    async fn stores_lists_pages_and_deletes() {
        let dir = tempfile::tempdir().unwrap();
        let store =
            FileStore::open(Db::open(dir.path()).unwrap(), &dir.path().join("files")).unwrap();
        let a = store
            .create(upload("t", "a.md", "assistants"))
            .await
            .unwrap();
        let b = store
            .create(upload("t", "b.md", "user_data"))
            .await
            .unwrap();
        store
            .create(upload("other", "c.md", "assistants"))
            .await
            .unwrap();
        assert_eq!(
            &store.content("t", &a.id).await.unwrap()[..],
            b"contents of a.md"
        );
        assert!(matches!(
            store.get("other", &a.id).await,
            Err(StoreError::FileNotFound(_))
        ));

        let page = store.list("t", None, true, None, 10).await.unwrap();
        let ids: Vec<&str> = page.data.iter().map(|m| m.id.as_str()).collect();
        assert_eq!(ids, [b.id.as_str(), a.id.as_str()]);
        let first = store.list("t", None, false, None, 1).await.unwrap();
        assert!(first.has_more);
        let next = store
            .list("t", None, false, Some(a.id.clone()), 1)
            .await
            .unwrap();
        assert_eq!(
            (next.data[0].id.as_str(), next.has_more),
            (b.id.as_str(), false)
        );
        let only = store
            .list("t", Some("user_data".into()), true, None, 10)
            .await
            .unwrap();
        assert_eq!(only.data.len(), 1);
        assert!(matches!(
            store
                .list("t", None, true, Some("file-nope".into()), 10)
                .await,
            Err(StoreError::InvalidCursor(_))
        ));

        store.delete("t", &a.id).await.unwrap();
        assert!(matches!(
            store.content("t", &a.id).await,
            Err(StoreError::FileNotFound(_))
        ));
        assert!(!dir.path().join("files").join(&a.id).exists());
    }

    #[tokio::test]
    async fn expired_files_read_as_gone_and_are_swept() {
        let dir = tempfile::tempdir().unwrap();
        let store =
            FileStore::open(Db::open(dir.path()).unwrap(), &dir.path().join("files")).unwrap();
        let mut new = upload("t", "old.md", "assistants");
        new.expires_after = Some(-1);
        let old = store.create(new).await.unwrap();
        assert!(matches!(
            store.get("t", &old.id).await,
            Err(StoreError::FileNotFound(_))
        ));
        assert!(store
            .list("t", None, true, None, 10)
            .await
            .unwrap()
            .data
            .is_empty());
        assert_eq!(store.sweep().await.unwrap(), 1);
        assert!(!dir.path().join("files").join(&old.id).exists());
    }

    #[test]
    fn bytes_without_metadata_are_removed_at_open() {
        let dir = tempfile::tempdir().unwrap();
        let files = dir.path().join("files");
        std::fs::create_dir_all(&files).unwrap();
        std::fs::write(files.join(".file-x.part"), b"half").unwrap();
        std::fs::write(files.join("file-y"), b"orphan").unwrap();
        FileStore::open(Db::open(dir.path()).unwrap(), &files).unwrap();
        assert_eq!(std::fs::read_dir(&files).unwrap().count(), 0);
    }
}
