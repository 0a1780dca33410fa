//! The durable store: one redb database (embedded, pure Rust, ACID; every write transaction is
//! fsync'd before it returns, so an acknowledged write survives `kill -9`) holding the vector
//! indexes ([`indexes`]), the stored responses and conversations ([`responses`]) and the uploaded
//! files' metadata ([`files`]; their bytes are files beside the database), each store with its own
//! tables. Keys join their parts with NUL, which ids and names cannot contain.

pub mod files;
pub mod filter;
pub mod indexes;
pub mod responses;
pub mod search;
pub mod vector_stores;

pub use files::{FileMeta, FileStore, NewFile};
pub use filter::Filter;

pub use indexes::{Hit, IndexMeta, IndexStore, Metric, SearchMode, VectorRecord};
pub use responses::ResponseStore;
pub use search::{AnnSettings, Quantization};

use redb::{Database, ReadableTable};
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
    #[error("no vector store `{0}`")]
    VectorStoreNotFound(String),
    #[error("no file `{0}` in this vector store")]
    VectorStoreFileNotFound(String),
    #[error("no file batch `{0}` in this vector store")]
    VectorStoreFileBatchNotFound(String),
    #[error("no conversation `{0}`")]
    ConversationNotFound(String),
    /// An item that is not stored (`param` names the request field that referred to it).
    #[error("no item `{id}`")]
    ItemNotFound { id: String, param: String },
    /// A listing's cursor (the parameter named) is not an item of the list.
    #[error("the cursor `{0}` is not an item of this list")]
    InvalidCursor(&'static str),
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

/// Which page of a listing: ids sort by creation time; `desc` lists newest first; `after` and
/// `before` are ids of the list, and the page holds the items after (or just before) them in
/// the list's order.
pub struct Cursor {
    pub desc: bool,
    pub after: Option<String>,
    pub before: Option<String>,
    pub limit: usize,
}

/// One page of `table`'s keys `prefix NUL id` by `cursor`, each id read by `read` (which may
/// skip it), and whether more follow.
pub(crate) fn page<T, V: redb::Value + 'static>(
    table: &impl ReadableTable<&'static str, V>,
    prefix: &str,
    cursor: &Cursor,
    mut read: impl FnMut(&str) -> Result<Option<T>, StoreError>,
) -> Result<(Vec<T>, bool), StoreError> {
    for (param, id) in [("after", &cursor.after), ("before", &cursor.before)] {
        let Some(id) = id else { continue };
        if table
            .get(join(prefix, id).as_str())
            .map_err(internal)?
            .is_none()
        {
            return Err(StoreError::InvalidCursor(param));
        }
    }
    // Bounds on the ids, exclusive: in ascending order `after` is the lower one.
    let (lower, upper) = match cursor.desc {
        false => (&cursor.after, &cursor.before),
        true => (&cursor.before, &cursor.after),
    };
    let (mut start, mut end) = under(prefix);
    if let Some(id) = lower {
        start = format!("{}\u{0}", join(prefix, id));
    }
    if let Some(id) = upper {
        end = join(prefix, id);
    }
    let range = table
        .range(start.as_str()..end.as_str())
        .map_err(internal)?;
    // A page `before` a cursor is the items nearest it: walk away from it, then turn around.
    let backwards = cursor.before.is_some() && cursor.after.is_none();
    let keys: Box<dyn Iterator<Item = _>> = match cursor.desc != backwards {
        true => Box::new(range.rev()),
        false => Box::new(range),
    };
    let mut out = Vec::new();
    let mut more = false;
    for entry in keys {
        let (key, _) = entry.map_err(internal)?;
        let id = key
            .value()
            .rsplit('\u{0}')
            .next()
            .unwrap_or_default()
            .to_string();
        let Some(item) = read(&id)? else { continue };
        if out.len() == cursor.limit {
            more = true;
            break;
        }
        out.push(item);
    }
    if backwards {
        out.reverse();
    }
    Ok((out, more))
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
