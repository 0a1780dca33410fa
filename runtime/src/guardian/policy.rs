//! The guardian's policies in Cedar: loaded and validated against their schema at start (an error
//! names the file, line and column with Cedar's message), then asked once per request.
//!
//! Entities (namespace `Lukhas`): the principal is a `Key` (attributes `tenant`, `scopes`, and
//! `org`, its `Tenant`, whose settings come from the tenants file) in its `Tenant`; the action is
//! the operationId; the resource is the `Model` or `Index` the request
//! names, else `Service::"lukhas"`. The context holds `phase` (`input` or `output`), `model` (or
//! `""`), `request_bytes`, `pii` (the categories found) and `tenant`.
//!
//! A `forbid` policy annotated `@redact("card")` does not refuse a request: it asks for that
//! category to be masked. Any other determining `forbid` (or no matching `permit`) denies.

use super::pii::{Categories, Category};
use anyhow::{bail, Context as _, Result};
use cedar_policy::{
    Authorizer, Context, Decision, Entities, Entity, EntityId, EntityTypeName, EntityUid,
    PolicySet, Request, RestrictedExpression, Schema, ValidationMode, Validator,
};
use miette::Diagnostic;
use std::collections::{HashMap, HashSet};
use std::path::Path;
use std::str::FromStr;

/// What a request names, as a Cedar resource.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Resource {
    Model(String),
    Index(String),
    File(String),
    VectorStore(String),
    Service,
}

/// Who asks: a key's id, tenant and scopes.
pub struct Who<'a> {
    pub key_id: &'a str,
    pub tenant: &'a str,
    pub scopes: &'a [String],
}

/// What is asked, besides who and which action.
pub struct Asked<'a> {
    pub resource: &'a Resource,
    pub phase: &'static str,
    pub model: &'a str,
    pub request_bytes: usize,
    pub pii: Categories,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Verdict {
    Allow,
    /// Allowed once these categories are masked (by these policies).
    Redact(Categories, Vec<String>),
    /// Refused by these policies (by their `@id`; empty when no policy permits).
    Deny(Vec<String>),
}

pub struct Policies {
    set: PolicySet,
    schema: Schema,
    /// The tenants with settings (the tenants file); others are bare.
    tenants: Entities,
    authorizer: Authorizer,
}

impl Policies {
    pub fn load(policies: &Path, schema: &Path, tenants: &Path) -> Result<Policies> {
        let read = |p: &Path| {
            std::fs::read_to_string(p).with_context(|| format!("reading {}", p.display()))
        };
        let (policy_text, schema_text) = (read(policies)?, read(schema)?);
        let mut loaded = Policies::parse(&policy_text, policies, &schema_text, schema)?;
        loaded.tenants = Entities::from_json_str(&read(tenants)?, Some(&loaded.schema))
            .map_err(|e| anyhow::anyhow!("{}: {e}", tenants.display()))?;
        Ok(loaded)
    }

    /// `policy_path` and `schema_path` only name the texts in errors.
    pub fn parse(
        policy_text: &str,
        policy_path: &Path,
        schema_text: &str,
        schema_path: &Path,
    ) -> Result<Policies> {
        let (schema, _warnings) = Schema::from_cedarschema_str(schema_text)
            .map_err(|e| located(schema_path, schema_text, &e))?;
        let set =
            PolicySet::from_str(policy_text).map_err(|e| located(policy_path, policy_text, &e))?;
        let validated = Validator::new(schema.clone()).validate(&set, ValidationMode::Strict);
        if let Some(e) = validated.validation_errors().next() {
            return Err(located(policy_path, policy_text, e));
        }
        for p in set.policies() {
            if let Some(names) = p.annotation("redact") {
                for name in names.split(',').map(str::trim) {
                    if Category::parse(name).is_none() {
                        bail!(
                            "{}: policy {}: @redact names `{name}`, not one of {}",
                            policy_path.display(),
                            label(p),
                            Category::ALL.map(Category::name).join(", ")
                        );
                    }
                }
            }
        }
        Ok(Policies {
            set,
            schema,
            tenants: Entities::empty(),
            authorizer: Authorizer::new(),
        })
    }

    /// The action names the schema declares.
    pub fn actions(&self) -> Vec<String> {
        self.schema
            .actions()
            .map(|a| a.id().unescaped().to_string())
            .collect()
    }

    pub fn decide(&self, who: &Who, action: &str, asked: &Asked) -> Verdict {
        match self.ask(who, action, asked) {
            Ok(v) => v,
            Err(e) => {
                // The request does not fit the schema (an operation it does not declare): refuse
                // rather than guess.
                tracing::warn!(action, error = %e, "guardian: request outside the policy schema");
                Verdict::Deny(vec!["schema".into()])
            }
        }
    }

    fn ask(&self, who: &Who, action: &str, asked: &Asked) -> Result<Verdict> {
        let uid = |ty: &str, id: &str| -> Result<EntityUid> {
            Ok(EntityUid::from_type_name_and_id(
                EntityTypeName::from_str(&format!("Lukhas::{ty}"))?,
                EntityId::new(id),
            ))
        };
        let string = |s: &str| RestrictedExpression::new_string(s.to_string());
        let tenant = uid("Tenant", who.tenant)?;
        let key = Entity::new(
            uid("Key", who.key_id)?,
            HashMap::from([
                ("tenant".to_string(), string(who.tenant)),
                (
                    "scopes".to_string(),
                    RestrictedExpression::new_set(who.scopes.iter().map(|s| string(s))),
                ),
                (
                    "org".to_string(),
                    RestrictedExpression::new_entity_uid(tenant.clone()),
                ),
            ]),
            HashSet::from([tenant.clone()]),
        )?;
        let resource = match asked.resource {
            Resource::Model(m) => uid("Model", m)?,
            Resource::Index(i) => uid("Index", i)?,
            Resource::File(f) => uid("File", f)?,
            Resource::VectorStore(v) => uid("VectorStore", v)?,
            Resource::Service => uid("Service", "lukhas")?,
        };
        // The tenant with its settings from the tenants file, or bare.
        let tenant = match self.tenants.get(&tenant) {
            Some(t) => t.clone(),
            None => Entity::with_uid(tenant),
        };
        let entities = Entities::from_entities(
            [key.clone(), tenant, Entity::with_uid(resource.clone())],
            Some(&self.schema),
        )?;
        let context = Context::from_pairs([
            ("phase".to_string(), string(asked.phase)),
            ("model".to_string(), string(asked.model)),
            (
                "request_bytes".to_string(),
                RestrictedExpression::new_long(asked.request_bytes.min(i64::MAX as usize) as i64),
            ),
            (
                "pii".to_string(),
                RestrictedExpression::new_set(asked.pii.names().into_iter().map(string)),
            ),
            ("tenant".to_string(), string(who.tenant)),
        ])?;
        let request = Request::new(
            key.uid(),
            uid("Action", action)?,
            resource,
            context,
            Some(&self.schema),
        )?;
        let response = self
            .authorizer
            .is_authorized(&request, &self.set, &entities);
        for e in response.diagnostics().errors() {
            tracing::warn!(action, error = %e, "guardian: a policy failed to evaluate");
        }
        if response.decision() == Decision::Allow {
            return Ok(Verdict::Allow);
        }
        let (mut redact, mut redact_ids) = (Categories::default(), Vec::new());
        let mut deny = Vec::new();
        for id in response.diagnostics().reason() {
            let Some(p) = self.set.policy(id) else {
                continue;
            };
            match p.annotation("redact") {
                Some(names) => {
                    names
                        .split(',')
                        .filter_map(|n| Category::parse(n.trim()))
                        .for_each(|c| redact.insert(c));
                    redact_ids.push(label(p));
                }
                None => deny.push(label(p)),
            }
        }
        // Cedar reports the determining policies in no particular order.
        deny.sort();
        redact_ids.sort();
        Ok(if deny.is_empty() && !redact.is_empty() {
            Verdict::Redact(redact, redact_ids)
        } else {
            Verdict::Deny(deny)
        })
    }
}

/// A policy's `@id`, else Cedar's own id for it.
fn label(p: &cedar_policy::Policy) -> String {
    p.annotation("id")
        .map(str::to_string)
        .unwrap_or_else(|| p.id().to_string())
}

/// `path:line:column: message` for a Cedar error with a source location.
fn located(path: &Path, text: &str, e: &(impl Diagnostic + std::fmt::Display)) -> anyhow::Error {
    let mut message = e.to_string();
    if let Some(help) = e.help() {
        message.push_str(&format!(" ({help})"));
    }
    // Parse errors are lists: the first with a label locates it.
    let offset = e
        .labels()
        .and_then(|mut l| l.next())
        .or_else(|| {
            e.related()
                .and_then(|mut r| r.find_map(|d| d.labels().and_then(|mut l| l.next())))
        })
        .map(|l| l.offset());
    match offset {
        Some(at) => {
            let before = &text[..at.min(text.len())];
            let line = before.matches('\n').count() + 1;
            let column = before.len() - before.rfind('\n').map_or(0, |i| i + 1) + 1;
            anyhow::anyhow!("{}:{line}:{column}: {message}", path.display())
        }
        None => anyhow::anyhow!("{}: {message}", path.display()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SCHEMA: &str = include_str!("../../../configs/guardian/schema.cedarschema");
    const SHIPPED: &str = include_str!("../../../configs/guardian/policies.cedar");

    fn load(policies: &str) -> Result<Policies> {
        Policies::parse(
            policies,
            Path::new("policies.cedar"),
            SCHEMA,
            Path::new("schema.cedarschema"),
        )
    }

    fn ask(p: &Policies, tenant: &str, action: &str, model: &str, pii: &[Category]) -> Verdict {
        let scopes = vec!["chat:write".to_string()];
        p.decide(
            &Who {
                key_id: "k1",
                tenant,
                scopes: &scopes,
            },
            action,
            &Asked {
                resource: &Resource::Model(model.into()),
                phase: "input",
                model,
                request_bytes: 100,
                pii: pii.iter().copied().collect(),
            },
        )
    }

    #[test]
    fn the_shipped_policies_mask_cards_and_secrets_and_allow_the_rest() {
        let p = load(SHIPPED).unwrap();
        let chat = "createChatCompletion";
        assert_eq!(ask(&p, "acme", chat, "m", &[]), Verdict::Allow);
        assert_eq!(
            ask(&p, "acme", chat, "m", &[Category::Email]),
            Verdict::Allow
        );
        assert_eq!(
            ask(&p, "acme", chat, "m", &[Category::Card, Category::Secret]),
            Verdict::Redact(
                [Category::Card, Category::Secret].into_iter().collect(),
                vec!["mask-cards".into(), "mask-secrets".into()]
            )
        );
    }

    #[test]
    fn a_forbid_denies_with_its_id_and_redact_turns_into_masking() {
        let p = load(&format!(
            "{SHIPPED}\n@id(\"no-big-model-for-acme\")\nforbid(principal in Lukhas::Tenant::\"acme\", action, resource == Lukhas::Model::\"big\");\n\
             @id(\"block-email\")\nforbid(principal, action, resource) when {{ context.pii.contains(\"email\") }};"
        ))
        .unwrap();
        assert_eq!(
            ask(&p, "acme", "createResponse", "big", &[]),
            Verdict::Deny(vec!["no-big-model-for-acme".into()])
        );
        assert_eq!(
            ask(&p, "other", "createResponse", "big", &[]),
            Verdict::Allow
        );
        assert_eq!(
            ask(&p, "other", "createResponse", "m", &[Category::Email]),
            Verdict::Deny(vec!["block-email".into()])
        );
    }

    #[test]
    fn tenant_settings_come_from_the_tenants_file() {
        let dir = tempfile::tempdir().unwrap();
        let write = |name: &str, text: &str| {
            let p = dir.path().join(name);
            std::fs::write(&p, text).unwrap();
            p
        };
        let policies = write(
            "p.cedar",
            &format!("{SHIPPED}\n@id(\"free-tier-no-big\")\nforbid (principal, action, resource == Lukhas::Model::\"big\") when {{ principal.org has tier && principal.org.tier == \"free\" }};"),
        );
        let schema = write("s.cedarschema", SCHEMA);
        let tenants = write(
            "t.json",
            r#"[{"uid": {"type": "Lukhas::Tenant", "id": "acme"}, "attrs": {"tier": "free"}, "parents": []}]"#,
        );
        let p = Policies::load(&policies, &schema, &tenants).unwrap();
        assert_eq!(
            ask(&p, "acme", "createResponse", "big", &[]),
            Verdict::Deny(vec!["free-tier-no-big".into()])
        );
        assert_eq!(
            ask(&p, "other", "createResponse", "big", &[]),
            Verdict::Allow
        );
        assert_eq!(
            ask(&p, "acme", "createResponse", "small", &[]),
            Verdict::Allow
        );
        // A tenants file that does not fit the schema is refused with its path.
        let bad = write(
            "bad.json",
            r#"[{"uid": {"type": "Lukhas::Tenant", "id": "acme"}, "attrs": {"tier": 3}, "parents": []}]"#,
        );
        let e = Policies::load(&policies, &schema, &bad)
            .err()
            .unwrap()
            .to_string();
        assert!(e.contains("bad.json"), "{e}");
    }

    #[test]
    fn every_secured_operation_is_an_action_of_the_schema() {
        let p = load(SHIPPED).unwrap();
        let actions = p.actions();
        for op in lukhas_api::OPERATIONS.iter().filter(|o| o.secured()) {
            assert!(
                actions.iter().any(|a| a == op.id),
                "{} is not in the schema",
                op.id
            );
        }
    }

    #[test]
    fn errors_name_the_file_line_and_column() {
        let e = load("permit(principal, action, resource);\nforbid(principal, action, resource) when { context.nope };")
            .err()
            .unwrap()
            .to_string();
        assert!(e.starts_with("policies.cedar:2:"), "{e}");
        let e = load("permit(principal, action, resource);\n\npermit(principal action);")
            .err()
            .unwrap()
            .to_string();
        assert!(e.starts_with("policies.cedar:3:"), "{e}");
        let e = load("@redact(\"cards\")\nforbid(principal, action, resource);")
            .err()
            .unwrap()
            .to_string();
        assert!(e.contains("`cards`"), "{e}");
    }
}
