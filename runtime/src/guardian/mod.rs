//! The guardian: the policy decision point every secured operation passes after authentication
//! and before its handler, and the filter on what models generate.
//!
//! On input it finds personal data in the request's text ([`pii`]), asks the Cedar policies
//! ([`policy`]) once for the request and once per category found, and then refuses (403
//! `policy_violation`, naming the policy), masks the categories the policies redact, or lets the
//! request through. For operations that generate it also asks, per category, what may leave in
//! the output, and hands the answer to the engine as an [`OutputGuard`]. Decisions other than a
//! plain allow go to the [`audit`] log.

pub mod audit;
pub mod pii;
pub mod policy;

use crate::auth::Principal;
use crate::config::{Capability, GuardianConfig};
use crate::engine::{Chunk, ChunkStream, EngineError};
use anyhow::Result;
use audit::{Audit, Record};
use futures::StreamExt;
use lukhas_api::support::{request_id, ApiError, ErrorKind, OperationInfo};
use pii::{Categories, Category, Redaction, StreamRedactor};
use policy::{Asked, Policies, Resource, Verdict, Who};
use serde_json::{Map, Value};
use std::path::Path;
use std::sync::Arc;

pub struct Guardian {
    policies: Policies,
    audit: Arc<Audit>,
}

/// Operations whose output a model writes.
const GENERATING: [&str; 3] = ["createResponse", "createChatCompletion", "createDream"];

/// Body fields that hold identifiers, enums or schemas rather than text: not scanned.
const NOT_TEXT: [&str; 17] = [
    "model",
    "role",
    "type",
    "id",
    "call_id",
    "name",
    "previous_response_id",
    "conversation",
    "tool_choice",
    "tools",
    "format",
    "response_format",
    "encoding_format",
    "truncation",
    "service_tier",
    "include",
    "status",
];

impl Guardian {
    /// The configured guardian; `None` when it is disabled.
    pub fn load(cfg: &GuardianConfig, storage_dir: &Path) -> Result<Option<Guardian>> {
        if !cfg.enabled {
            return Ok(None);
        }
        let policies = Policies::load(&cfg.policies, &cfg.schema, &cfg.tenants)?;
        let audit = Audit::open(
            &storage_dir.join(&cfg.audit_log),
            cfg.audit_max_bytes,
            cfg.audit_keep,
        )?;
        Ok(Some(Guardian {
            policies,
            audit: Arc::new(audit),
        }))
    }

    /// Decides on one request: `fields` are its decoded parameters and `body`, masked in place
    /// when a policy redacts. `default_model` stands for an absent `model`. Returns the guard of
    /// the output, for operations that generate.
    pub fn inspect(
        &self,
        principal: &Principal,
        operation: &'static OperationInfo,
        fields: &mut Map<String, Value>,
        default_model: impl Fn(Capability) -> Option<String>,
    ) -> Result<Option<Arc<OutputGuard>>, ApiError> {
        let model = fields
            .get("model")
            .or_else(|| fields.get("body").and_then(|b| b.get("model")))
            .and_then(Value::as_str)
            .map(str::to_string)
            .or_else(|| match operation.id {
                "createEmbedding" => default_model(Capability::Embedding),
                id if GENERATING.contains(&id) || id == "countResponseInputTokens" => {
                    default_model(Capability::Generation)
                }
                _ => None,
            });
        let named = |k: &str| fields.get(k).and_then(Value::as_str).map(str::to_string);
        let resource = match (
            &model,
            named("index_id"),
            named("vector_store_id"),
            named("file_id"),
        ) {
            (_, Some(index), _, _) => Resource::Index(index),
            (_, None, Some(store), _) => Resource::VectorStore(store),
            (_, None, None, Some(file)) => Resource::File(file),
            (Some(m), None, None, None) => Resource::Model(m.clone()),
            (None, None, None, None) => Resource::Service,
        };
        let model = model.unwrap_or_default();
        let (mut text_bytes, mut found) = (0, Categories::default());
        if let Some(body) = fields.get_mut("body") {
            texts(body, &mut |s| {
                text_bytes += s.len();
                found = found.union(pii::categories(s));
            });
        }
        let who = Who {
            key_id: &principal.key_id,
            tenant: &principal.tenant,
            scopes: &principal.scopes,
        };
        let ticket = Ticket {
            audit: self.audit.clone(),
            request_id: request_id::current().map(|ids| ids.request),
            tenant: principal.tenant.clone(),
            key_id: principal.key_id.clone(),
            operation: operation.id,
            model: model.clone(),
        };
        let ask = |phase, pii| {
            let asked = Asked {
                resource: &resource,
                phase,
                model: &model,
                request_bytes: text_bytes,
                pii,
            };
            self.policies.decide(&who, operation.id, &asked)
        };
        let one = |c: Category| [c].into_iter().collect::<Categories>();

        // The request itself, then each category found in it.
        if let Verdict::Deny(ids) = ask("input", Categories::default()) {
            ticket.record("input", "deny", &ids, Categories::default());
            return Err(violation(&ids, "This request"));
        }
        let (mut mask, mut allowed, mut masked_by) =
            (Categories::default(), Categories::default(), Vec::new());
        for c in found.iter() {
            match ask("input", one(c)) {
                Verdict::Allow => allowed.insert(c),
                Verdict::Redact(r, ids) if r.contains(c) => {
                    mask.insert(c);
                    masked_by.extend(ids);
                }
                Verdict::Redact(..) => allowed.insert(c),
                Verdict::Deny(ids) => {
                    ticket.record("input", "deny", &ids, one(c));
                    return Err(violation(
                        &ids,
                        &format!("{} in this request", c.describe()),
                    ));
                }
            }
        }
        if !mask.is_empty() {
            masked_by.sort();
            masked_by.dedup();
            if let Some(body) = fields.get_mut("body") {
                texts(body, &mut |s| {
                    if let std::borrow::Cow::Owned(m) = pii::mask(s, mask) {
                        *s = m;
                    }
                });
            }
            ticket.record("input", "redact", &masked_by, mask);
        }
        if !allowed.is_empty() {
            ticket.record("input", "allow", &[], allowed);
        }

        if !GENERATING.contains(&operation.id) {
            return Ok(None);
        }
        Ok(self.output(&who, operation.id, &resource, &model, ticket))
    }

    /// The guard of the output of a background response resumed after a restart: its key is no
    /// longer known, so it is asked as a key of its tenant with every scope (it was admitted).
    pub fn resumed_output(&self, tenant: &str, model: &str) -> Option<Arc<OutputGuard>> {
        let scopes: Vec<String> = crate::auth::ALL_SCOPES
            .iter()
            .map(|s| s.to_string())
            .collect();
        let who = Who {
            key_id: "resumed",
            tenant,
            scopes: &scopes,
        };
        let ticket = Ticket {
            audit: self.audit.clone(),
            request_id: None,
            tenant: tenant.to_string(),
            key_id: "resumed".into(),
            operation: "createResponse",
            model: model.to_string(),
        };
        let resource = Resource::Model(model.to_string());
        self.output(&who, "createResponse", &resource, model, ticket)
    }

    /// What the output may hold: the policies asked once per category (`phase: output`).
    fn output(
        &self,
        who: &Who,
        operation: &'static str,
        resource: &Resource,
        model: &str,
        ticket: Ticket,
    ) -> Option<Arc<OutputGuard>> {
        let mut output = OutputGuard {
            redaction: Redaction::default(),
            masked_by: Vec::new(),
            blocked_by: Vec::new(),
            ticket,
        };
        for c in Category::ALL {
            let asked = Asked {
                resource,
                phase: "output",
                model,
                request_bytes: 0,
                pii: [c].into_iter().collect(),
            };
            match self.policies.decide(who, operation, &asked) {
                Verdict::Allow => {}
                Verdict::Redact(r, ids) if r.contains(c) => {
                    output.redaction.mask.insert(c);
                    output.masked_by.push((c, ids));
                }
                Verdict::Redact(..) => {}
                Verdict::Deny(ids) => {
                    output.redaction.block.insert(c);
                    output.blocked_by.push((c, ids));
                }
            }
        }
        (!output.redaction.is_noop()).then(|| Arc::new(output))
    }
}

/// Calls `f` on every text string in a request body (not on identifiers, enums and schemas).
fn texts(value: &mut Value, f: &mut impl FnMut(&mut String)) {
    match value {
        Value::String(s) => f(s),
        Value::Array(items) => items.iter_mut().for_each(|v| texts(v, f)),
        Value::Object(map) => {
            for (k, v) in map.iter_mut() {
                if !NOT_TEXT.contains(&k.as_str()) {
                    texts(v, f);
                }
            }
        }
        _ => {}
    }
}

/// 403 `policy_violation` naming the policies.
fn violation(ids: &[String], what: &str) -> ApiError {
    let by = match ids {
        [] => "no policy permits it".to_string(),
        ids => format!(
            "policy {} denies it",
            ids.iter()
                .map(|i| format!("`{i}`"))
                .collect::<Vec<_>>()
                .join(", ")
        ),
    };
    let mut what = what.to_string();
    if let Some(first) = what.get(..1) {
        what.replace_range(..1, &first.to_uppercase());
    }
    ApiError::new(
        ErrorKind::PermissionDenied,
        "policy_violation",
        format!("{what} is not allowed: {by}."),
    )
}

impl Category {
    /// For messages: "a payment card number", "an e-mail address".
    pub fn describe(self) -> &'static str {
        match self {
            Category::Secret => "a secret (an API key or token)",
            Category::Email => "an e-mail address",
            Category::Card => "a payment card number",
            Category::Iban => "an IBAN",
            Category::NationalId => "a national id number",
            Category::Ip => "an IP address",
            Category::Phone => "a phone number",
        }
    }
}

/// Who and what a decision was about, for its audit line.
struct Ticket {
    audit: Arc<Audit>,
    request_id: Option<String>,
    tenant: String,
    key_id: String,
    operation: &'static str,
    model: String,
}

impl Ticket {
    fn record(
        &self,
        phase: &'static str,
        action: &'static str,
        policies: &[String],
        c: Categories,
    ) {
        crate::telemetry::counters::GUARDIAN
            .with_label_values(&[phase, action])
            .inc();
        self.audit.write(Record {
            time: crate::util::rfc3339(crate::util::now()),
            request_id: self.request_id.clone(),
            tenant: self.tenant.clone(),
            key_id: self.key_id.clone(),
            operation: self.operation,
            phase,
            action,
            policies: policies.to_vec(),
            categories: c.names(),
            model: self.model.clone(),
        });
    }
}

/// What may leave in one request's generated output: categories to mask, categories that end
/// it with a policy violation.
pub struct OutputGuard {
    pub redaction: Redaction,
    masked_by: Vec<(Category, Vec<String>)>,
    blocked_by: Vec<(Category, Vec<String>)>,
    ticket: Ticket,
}

impl std::fmt::Debug for OutputGuard {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("OutputGuard")
            .field("redaction", &self.redaction)
            .finish_non_exhaustive()
    }
}

impl OutputGuard {
    /// A whole generated text, masked.
    pub fn text(&self, text: &str) -> Result<String, EngineError> {
        match self.redaction.apply(text) {
            Ok((out, hit)) => {
                self.masked(hit);
                Ok(out.into_owned())
            }
            Err(c) => Err(self.blocked(c)),
        }
    }

    /// `chunks` with their text masked as it streams (see [`StreamRedactor`]).
    pub fn stream(self: Arc<Self>, mut chunks: ChunkStream) -> ChunkStream {
        Box::pin(async_stream::stream! {
            let mut r = StreamRedactor::new(self.redaction);
            while let Some(chunk) = chunks.next().await {
                let held = match &chunk {
                    Ok(Chunk::Delta(d)) => r.push(d),
                    // Text before a tool call or the end is complete: send what is held.
                    _ => r.finish(),
                };
                match held {
                    Ok(text) if !text.is_empty() => yield Ok(Chunk::Delta(text)),
                    Ok(_) => {}
                    Err(c) => {
                        yield Err(self.blocked(c));
                        return;
                    }
                }
                if !matches!(chunk, Ok(Chunk::Delta(_))) {
                    if matches!(chunk, Ok(Chunk::Done { .. })) {
                        self.masked(r.masked);
                    }
                    yield chunk;
                }
            }
        })
    }

    /// The policies behind the decisions on `categories`.
    fn policies(&self, by: &[(Category, Vec<String>)], categories: Categories) -> Vec<String> {
        let mut ids: Vec<String> = by
            .iter()
            .filter(|(c, _)| categories.contains(*c))
            .flat_map(|(_, ids)| ids.iter().cloned())
            .collect();
        ids.sort();
        ids.dedup();
        ids
    }

    fn masked(&self, hit: Categories) {
        if !hit.is_empty() {
            self.ticket.record(
                "output",
                "redact",
                &self.policies(&self.masked_by, hit),
                hit,
            );
        }
    }

    fn blocked(&self, c: Category) -> EngineError {
        let ids = self.policies(&self.blocked_by, [c].into_iter().collect());
        self.ticket
            .record("output", "deny", &ids, [c].into_iter().collect());
        EngineError::Policy(
            violation(&ids, &format!("{} in the output", c.describe()))
                .message()
                .to_string(),
        )
    }
}
