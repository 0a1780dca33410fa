//! The durable store: one redb database (embedded, pure Rust, ACID; every write transaction is
//! fsync'd before it returns, so an acknowledged write survives `kill -9`) holding the vector
//! indexes ([`indexes`]), the stored responses and conversations ([`responses`]) and the uploaded
//! files' metadata ([`files`]; their bytes are files beside the database), each store with its own
//! tables. Keys join their parts with NUL, which ids and names cannot contain.

pub mod files;
pub mod indexes;
pub mod responses;
pub mod search;

pub use files::{FileMeta, FileStore, NewFile};
pub use indexes::{Hit, IndexMeta, IndexStore, Metric, SearchMode, VectorRecord};
pub use responses::ResponseStore;
pub use search::AnnSettings;

use redb::Database;
use std::path::Path;
use std::sync::Arc;

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("no index `{0}`")]
    IndexNotFound(String),
    #[error("no vector `{0}` in this index")]
    VectorNotFound(String),
    #[error("an index named `{0}` already exists")]
    NameTaken(String),
    #[error("dimension {expected} expected, `{param}` has {got}")]
    Dimension {
        param: String,
        expected: usize,
        got: usize,
    },
    #[error("no response `{0}`")]
    ResponseNotFound(String),
    #[error("no file `{0}`")]
    FileNotFound(String),
    #[error("no conversation `{0}`")]
    ConversationNotFound(String),
    /// An item that is not stored (`param` names the request field that referred to it).
    #[error("no item `{id}`")]
    ItemNotFound { id: String, param: String },
    /// A listing's `after` is not an item of the list.
    #[error("the cursor is not an item of this list")]
    InvalidCursor,
    /// An index's search structures are still being rebuilt after a start.
    #[error("the index is being loaded")]
    Loading,
    #[error("storage error: {0}")]
    Internal(String),
}

pub(crate) fn internal(e: impl std::fmt::Display) -> StoreError {
    StoreError::Internal(e.to_string())
}

pub(crate) fn join(a: &str, b: &str) -> String {
    format!("{a}\u{0}{b}")
}

/// The half-open key range of everything under `prefix NUL`.
pub(crate) fn under(prefix: &str) -> (String, String) {
    (format!("{prefix}\u{0}"), format!("{prefix}\u{1}"))
}

/// The database, shared by the stores.
#[derive(Clone)]
pub struct Db(pub(crate) Arc<Database>);

/// The database file in the storage directory (`indexes.redb` before it held responses too, and
/// renamed on first start).
const FILE: &str = "lukhas.redb";
const OLD_FILE: &str = "indexes.redb";

impl Db {
    pub fn open(dir: &Path) -> anyhow::Result<Db> {
        std::fs::create_dir_all(dir).map_err(|e| {
            anyhow::anyhow!("cannot create storage directory {}: {e}", dir.display())
        })?;
        let path = dir.join(FILE);
        let old = dir.join(OLD_FILE);
        if !path.exists() && old.exists() {
            std::fs::rename(&old, &path).map_err(|e| {
                anyhow::anyhow!("cannot rename {} to {}: {e}", old.display(), path.display())
            })?;
        }
        let db = Database::create(&path)
            .map_err(|e| anyhow::anyhow!("cannot open {}: {e}", path.display()))?;
        Ok(Db(Arc::new(db)))
    }

    /// Runs `f` on a blocking thread (redb's calls block on disk).
    pub async fn blocking<T: Send + 'static>(
        &self,
        f: impl FnOnce(&Database) -> Result<T, StoreError> + Send + 'static,
    ) -> Result<T, StoreError> {
        let db = self.0.clone();
        // A child of the request's span; background work (sweeps, start-up) is not traced.
        let span = match tracing::Span::current().is_none() {
            true => tracing::Span::none(),
            false => tracing::info_span!("store", db.system.name = "redb"),
        };
        tokio::task::spawn_blocking(move || span.in_scope(|| f(&db)))
            .await
            .map_err(internal)?
    }
}
