//! Bearer API keys with scopes and a tenant.
//!
//! Keys look like `lk-<id>-<secret>`. Files store only `sha256(salt || key)` with a per-key salt;
//! a presented key is found by its id and its hash compared in constant time (`subtle`). Keys are
//! random 256-bit values, so a fast hash is enough (no password stretching needed). Sources:
//! the keys file (`lukhas keys create`), `LUKHAS_API_TOKEN` (one all-scopes key), or — only on a
//! loopback address with neither — a key generated at first start, printed once and kept (hashed)
//! in the storage directory.

use crate::config::AuthConfig;
use crate::config::RATE_KEYS;
use anyhow::{bail, Context, Result};
use axum::http::{header, HeaderMap};
use lukhas_api::support::{ApiError, OperationInfo};
use rand::RngCore;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use std::collections::{BTreeMap, HashMap};
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use subtle::ConstantTimeEq;

pub const ALL_SCOPES: [&str; 14] = [
    "models:read",
    "responses:read",
    "responses:write",
    "conversations:read",
    "conversations:write",
    "chat:write",
    "embeddings:read",
    "dreams:read",
    "indexes:read",
    "indexes:write",
    "files:read",
    "files:write",
    "vector_stores:read",
    "vector_stores:write",
];

/// A key's scope that stands for every scope, including ones later versions add: a key made with
/// `--scopes all` (and the generated local key) keeps working when a release adds routes.
pub const EVERY_SCOPE: &str = "all";

/// The scopes a stored list grants.
fn granted(scopes: &[String]) -> Vec<String> {
    if scopes.iter().any(|s| s == EVERY_SCOPE) {
        ALL_SCOPES.iter().map(|s| s.to_string()).collect()
    } else {
        scopes.to_vec()
    }
}

fn known(scope: &str) -> bool {
    scope == EVERY_SCOPE || ALL_SCOPES.contains(&scope)
}

/// The caller of a secured operation.
#[derive(Debug, Clone)]
pub struct Principal {
    pub key_id: String,
    pub tenant: String,
    pub scopes: Vec<String>,
    /// The key's own rates (`responses_rps`, ...) over the configured ones.
    pub rates: BTreeMap<String, f64>,
    /// What the guardian lets this request's generated output hold (set by its inspection).
    pub output: Option<std::sync::Arc<crate::guardian::OutputGuard>>,
}

impl Principal {
    /// 403 unless the key has `scope` (for work an operation does beyond its own scopes).
    pub fn require(&self, scope: &str) -> Result<(), ApiError> {
        if self.scopes.iter().any(|s| s == scope) {
            Ok(())
        } else {
            Err(ApiError::forbidden(scope))
        }
    }
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct StoredKey {
    pub id: String,
    pub tenant: String,
    pub scopes: Vec<String>,
    pub salt: String,
    pub hash: String,
    pub created: i64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Rates of this key instead of `reliability.yaml`'s, e.g. `{responses_rps: 100}`.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub rates: BTreeMap<String, f64>,
}

#[derive(Debug, Default, Serialize, Deserialize)]
pub struct KeyFile {
    #[serde(default)]
    pub keys: Vec<StoredKey>,
}

impl KeyFile {
    pub fn read(path: &Path) -> Result<KeyFile> {
        if !path.exists() {
            return Ok(KeyFile::default());
        }
        let text = std::fs::read_to_string(path)
            .with_context(|| format!("cannot read keys file {}", path.display()))?;
        let file: KeyFile = serde_yaml_ng::from_str(&text)
            .with_context(|| format!("keys file {} is not valid", path.display()))?;
        for (i, k) in file.keys.iter().enumerate() {
            if let Some((bad, _)) = k.rates.iter().find(|(group, rps)| {
                !(RATE_KEYS.contains(&group.as_str()) && rps.is_finite() && **rps > 0.0)
            }) {
                bail!(
                    "{}: key `keys[{i}].rates.{bad}`: must be one of {} with a positive rate",
                    path.display(),
                    RATE_KEYS.join(", ")
                );
            }
            if let Some(bad) = k.scopes.iter().find(|s| !known(s)) {
                bail!(
                    "{}: key `keys[{i}].scopes`: unknown scope `{bad}` (known: {}, or `all`)",
                    path.display(),
                    ALL_SCOPES.join(", ")
                );
            }
        }
        Ok(file)
    }

    /// Writes atomically (temp file + rename) so a crash never leaves half a file.
    pub fn write(&self, path: &Path) -> Result<()> {
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir)?;
        }
        let tmp = path.with_extension("yaml.tmp");
        let text = format!(
            "# API keys of lukhas (salted SHA-256 hashes; the keys themselves are never stored).\n\
             # Add one with: lukhas keys create --scopes SCOPES --tenant TENANT\n{}",
            serde_yaml_ng::to_string(self)?
        );
        std::fs::write(&tmp, text)?;
        std::fs::rename(&tmp, path)?;
        Ok(())
    }
}

fn random_hex(n: usize) -> String {
    let mut bytes = vec![0u8; n];
    rand::rng().fill_bytes(&mut bytes);
    hex::encode(bytes)
}

fn digest(salt: &str, key: &str) -> [u8; 32] {
    let mut h = Sha256::new();
    h.update(salt.as_bytes());
    h.update(key.as_bytes());
    h.finalize().into()
}

/// A new key: the plaintext (shown once) and what is stored.
pub fn new_key(tenant: &str, scopes: &[String], name: Option<String>) -> (String, StoredKey) {
    let id = random_hex(6);
    let key = format!("lk-{id}-{}", random_hex(32));
    let salt = random_hex(16);
    let stored = StoredKey {
        id,
        tenant: tenant.to_string(),
        scopes: scopes.to_vec(),
        hash: hex::encode(digest(&salt, &key)),
        salt,
        created: crate::util::now(),
        name,
        rates: BTreeMap::new(),
    };
    (key, stored)
}

struct EnvToken {
    salt: String,
    hash: [u8; 32],
    tenant: String,
}

pub struct KeyStore {
    by_id: HashMap<String, StoredKey>,
    env: Option<EnvToken>,
}

/// Where a key generated for local use is kept.
pub fn local_key_file(storage_dir: &Path) -> PathBuf {
    storage_dir.join("local-key.yaml")
}

impl KeyStore {
    /// Loads every key source. Returns the store and, when a local key was just generated, its
    /// plaintext for the caller to print once.
    pub fn load(
        auth: &AuthConfig,
        storage_dir: &Path,
        bind: SocketAddr,
    ) -> Result<(KeyStore, Option<String>)> {
        let mut keys = KeyFile::read(&auth.keys_file)?.keys;
        let env = auth
            .token
            .as_ref()
            .map(|t| t.expose())
            .filter(|t| !t.is_empty())
            .map(|token| {
                let salt = random_hex(16);
                EnvToken {
                    hash: digest(&salt, token),
                    salt,
                    tenant: auth.token_tenant.clone(),
                }
            });
        let mut generated = None;
        if keys.is_empty() && env.is_none() {
            if !bind.ip().is_loopback() {
                bail!(
                    "refusing to serve on {bind} without API keys: create one with \
                     `lukhas keys create --scopes all --tenant NAME` or set LUKHAS_API_TOKEN"
                );
            }
            let local = local_key_file(storage_dir);
            let mut file = KeyFile::read(&local)?;
            if file.keys.is_empty() {
                let scopes = vec![EVERY_SCOPE.to_string()];
                let (plain, stored) =
                    new_key("local", &scopes, Some("generated for local use".into()));
                file.keys.push(stored);
                file.write(&local)
                    .with_context(|| format!("saving the local key to {}", local.display()))?;
                generated = Some(plain);
            }
            // The local key is all-scopes by definition, also when an older version wrote it
            // with the scope list of its day.
            for k in &mut file.keys {
                k.scopes = vec![EVERY_SCOPE.to_string()];
            }
            keys = file.keys;
        }
        let by_id = keys.into_iter().map(|k| (k.id.clone(), k)).collect();
        Ok((KeyStore { by_id, env }, generated))
    }

    /// The principal of `presented`, comparing hashes in constant time.
    pub fn verify(&self, presented: &str) -> Option<Principal> {
        if let Some((id, _)) = presented
            .strip_prefix("lk-")
            .and_then(|r| r.split_once('-'))
        {
            if let Some(k) = self.by_id.get(id) {
                let want = hex::decode(&k.hash).ok()?;
                let got = digest(&k.salt, presented);
                if bool::from(got.as_slice().ct_eq(&want)) {
                    return Some(Principal {
                        key_id: k.id.clone(),
                        tenant: k.tenant.clone(),
                        scopes: granted(&k.scopes),
                        rates: k.rates.clone(),
                        output: None,
                    });
                }
            }
        }
        let env = self.env.as_ref()?;
        let got = digest(&env.salt, presented);
        bool::from(got.ct_eq(&env.hash)).then(|| Principal {
            key_id: "env".into(),
            tenant: env.tenant.clone(),
            scopes: ALL_SCOPES.iter().map(|s| s.to_string()).collect(),
            rates: BTreeMap::new(),
            output: None,
        })
    }

    /// 401 without or with an unknown key, 403 when a scope of `operation` is missing.
    pub fn authenticate(
        &self,
        operation: &OperationInfo,
        headers: &HeaderMap,
    ) -> Result<Principal, ApiError> {
        let presented = bearer(headers).ok_or_else(|| {
            ApiError::unauthorized(
                "You didn't provide an API key. Send it as `Authorization: Bearer <key>`.",
            )
        })?;
        let principal = self
            .verify(presented)
            .ok_or_else(|| ApiError::unauthorized("Incorrect API key provided."))?;
        if let Some(missing) = operation
            .scopes
            .unwrap_or_default()
            .iter()
            .find(|s| !principal.scopes.iter().any(|p| p == *s))
        {
            return Err(ApiError::forbidden(missing));
        }
        Ok(principal)
    }
}

/// The token of an `Authorization: Bearer <token>` header.
pub fn bearer(headers: &HeaderMap) -> Option<&str> {
    headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| {
            let (scheme, token) = v.trim().split_once(' ')?;
            scheme.eq_ignore_ascii_case("bearer").then(|| token.trim())
        })
        .filter(|t| !t.is_empty())
}

/// `a,b` or `all` -> validated scope list (`all` is kept as such, see [`EVERY_SCOPE`]).
pub fn parse_scopes(text: &str) -> Result<Vec<String>> {
    if text.trim() == EVERY_SCOPE || text.trim() == "*" {
        return Ok(vec![EVERY_SCOPE.to_string()]);
    }
    let scopes: Vec<String> = text
        .split(',')
        .map(|s| s.trim().to_string())
        .filter(|s| !s.is_empty())
        .collect();
    if scopes.is_empty() {
        bail!("--scopes needs at least one scope (or `all`)");
    }
    if let Some(bad) = scopes.iter().find(|s| !ALL_SCOPES.contains(&s.as_str())) {
        bail!(
            "unknown scope `{bad}` (known: {}, or `all`)",
            ALL_SCOPES.join(", ")
        );
    }
    Ok(scopes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_verify_by_hash_and_wrong_keys_fail() {
        let (plain, stored) = new_key("acme", &["models:read".into()], None);
        assert!(!stored.hash.contains(&plain) && !plain.contains(&stored.hash));
        let store = KeyStore {
            by_id: [(stored.id.clone(), stored.clone())].into_iter().collect(),
            env: None,
        };
        let p = store.verify(&plain).unwrap();
        assert_eq!((p.tenant.as_str(), p.scopes.len()), ("acme", 1));
        let mut wrong = plain.clone();
        wrong.pop();
        wrong.push('x');
        assert!(store.verify(&wrong).is_none());
        assert!(store.verify("lk-nope-nope").is_none());
        assert!(store.verify("").is_none());
    }

    #[test]
    fn scopes_parse() {
        assert_eq!(parse_scopes("all").unwrap(), [EVERY_SCOPE]);
        assert_eq!(granted(&parse_scopes("*").unwrap()).len(), ALL_SCOPES.len());
        assert_eq!(parse_scopes("models:read, chat:write").unwrap().len(), 2);
        assert!(parse_scopes("models:write").is_err());
    }
}
