//! What the suite knows about the API, all of it read from the OpenAPI document: operations with
//! their parameter and body schemas (as JSON Schema documents with compiled validators), the
//! documented responses (statuses, media types, headers, links) and the scopes each needs.

use crate::schema::Doc;
use anyhow::{anyhow, Context, Result};
use jsonschema::Validator;
use lukhas_codegen::schema::bundle;
use lukhas_codegen::spec::{Operation, Spec};
use serde_json::{json, Map, Value};
use std::collections::{BTreeMap, HashMap};
use std::path::Path;
use std::sync::Arc;

pub struct Api {
    pub ops: Vec<Op>,
    /// Every path with the methods it declares (upper case).
    pub paths: BTreeMap<String, Vec<String>>,
}

pub struct Op {
    pub id: String,
    pub method: String,
    pub path: String,
    pub secured: bool,
    pub scopes: Vec<String>,
    /// Parameters as one object `{name: value}` (path and query), with its schema.
    pub params: Part,
    /// Where each parameter goes: name -> `path` or `query`.
    pub param_places: Vec<(String, String)>,
    pub body: Option<Part>,
    pub body_required: bool,
    pub body_media: Vec<String>,
    pub responses: BTreeMap<u16, Resp>,
}

/// A JSON document the suite generates (parameters or body): schema, validator, example.
pub struct Part {
    pub doc: Doc,
    pub validator: Arc<Validator>,
    pub example: Option<Value>,
}

pub struct Resp {
    pub media: Vec<Media>,
    /// Documented headers: lower-case name, required, validator of the value.
    pub headers: Vec<(String, bool, Option<Arc<Validator>>)>,
    pub links: Vec<Link>,
}

pub struct Media {
    pub content_type: String,
    pub validator: Option<Arc<Validator>>,
    /// The last `data:` line of a complete stream, when the spec names one.
    pub sse_terminator: Option<String>,
}

impl Media {
    pub fn is_sse(&self) -> bool {
        self.content_type == "text/event-stream"
    }
}

pub struct Link {
    pub name: String,
    pub operation_id: String,
    /// Parameter name -> runtime expression (`$response.body#/id`, `$request.path.x`, ...).
    pub parameters: Vec<(String, String)>,
}

impl Api {
    pub fn load(path: &Path) -> Result<Api> {
        let spec = Spec::load(path)?;
        Api::from_spec(&spec)
    }

    pub fn from_spec(spec: &Spec) -> Result<Api> {
        let mut cache: HashMap<String, Arc<Validator>> = HashMap::new();
        let mut compile = |schema: &Value| -> Result<Arc<Validator>> {
            let key = schema.to_string();
            if let Some(v) = cache.get(&key) {
                return Ok(v.clone());
            }
            let v = Arc::new(
                jsonschema::validator_for(schema)
                    .map_err(|e| anyhow!("schema does not compile: {e}"))?,
            );
            cache.insert(key, v.clone());
            Ok(v)
        };
        let mut ops = Vec::new();
        let mut paths: BTreeMap<String, Vec<String>> = BTreeMap::new();
        for o in &spec.operations {
            paths
                .entry(o.path.clone())
                .or_default()
                .push(o.method.to_uppercase());
            let raw = spec.doc.pointer(&o.pointer).cloned().unwrap_or(Value::Null);
            let params = params_part(spec, o, &mut compile)
                .with_context(|| format!("parameters of {}", o.id))?;
            let body = match &o.body {
                Some(b) if !b.schema.is_null() => {
                    let schema = bundle(spec, &b.schema);
                    Some(Part {
                        validator: compile(&schema).with_context(|| format!("body of {}", o.id))?,
                        doc: Doc::new(schema),
                        example: b.example.clone(),
                    })
                }
                _ => None,
            };
            let mut responses = BTreeMap::new();
            for r in &o.responses {
                let media = r
                    .media
                    .iter()
                    .map(|m| {
                        let validator = match m.schema.is_null() {
                            true => None,
                            false => Some(compile(&bundle(spec, &m.schema))?),
                        };
                        Ok(Media {
                            content_type: m.content_type.clone(),
                            validator,
                            sse_terminator: m.sse_terminator.clone(),
                        })
                    })
                    .collect::<Result<Vec<_>>>()?;
                let headers = r
                    .headers
                    .iter()
                    .map(|(name, required, schema)| {
                        let v = match schema.is_null() {
                            true => None,
                            false => Some(compile(&bundle(spec, schema))?),
                        };
                        Ok((name.clone(), *required, v))
                    })
                    .collect::<Result<Vec<_>>>()?;
                let links = r
                    .links
                    .iter()
                    .filter_map(|(name, l)| {
                        let l = spec.deref(l);
                        Some(Link {
                            name: name.clone(),
                            operation_id: l.get("operationId")?.as_str()?.to_string(),
                            parameters: l
                                .get("parameters")
                                .and_then(Value::as_object)
                                .into_iter()
                                .flatten()
                                .filter_map(|(k, v)| Some((k.clone(), v.as_str()?.to_string())))
                                .collect(),
                        })
                    })
                    .collect();
                responses.insert(
                    r.status,
                    Resp {
                        media,
                        headers,
                        links,
                    },
                );
            }
            ops.push(Op {
                id: o.id.clone(),
                method: o.method.to_uppercase(),
                path: o.path.clone(),
                secured: o.secured,
                scopes: scopes(&raw),
                param_places: o
                    .params
                    .iter()
                    .filter(|p| p.location == "path" || p.location == "query")
                    .map(|p| (p.name.clone(), p.location.clone()))
                    .collect(),
                params,
                body_required: o.body.as_ref().is_some_and(|b| b.required),
                body_media: o
                    .body
                    .as_ref()
                    .map(|b| b.media_types.clone())
                    .unwrap_or_default(),
                body,
                responses,
            });
        }
        Ok(Api { ops, paths })
    }

    pub fn op(&self, id: &str) -> Option<&Op> {
        self.ops.iter().find(|o| o.id == id)
    }
}

/// The scopes an operation needs: from its security requirements (OAuth-style), or from an
/// `x-...-scopes` extension when the scheme cannot carry them (HTTP bearer in OpenAPI 3.0).
fn scopes(op: &Value) -> Vec<String> {
    let from_security: Vec<String> = op
        .get("security")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(Value::as_object)
        .flat_map(|req| req.values())
        .filter_map(Value::as_array)
        .flatten()
        .filter_map(Value::as_str)
        .map(str::to_string)
        .collect();
    if !from_security.is_empty() {
        return from_security;
    }
    op.as_object()
        .into_iter()
        .flatten()
        .filter(|(k, _)| k.starts_with("x-") && k.ends_with("-scopes"))
        .filter_map(|(_, v)| v.as_array())
        .flatten()
        .filter_map(Value::as_str)
        .map(str::to_string)
        .collect()
}

/// Path and query parameters as one JSON object schema, as a server validates them.
fn params_part(
    spec: &Spec,
    o: &Operation,
    compile: &mut impl FnMut(&Value) -> Result<Arc<Validator>>,
) -> Result<Part> {
    let mut properties = Map::new();
    let mut required = Vec::new();
    let mut example = Map::new();
    for p in o
        .params
        .iter()
        .filter(|p| p.location == "path" || p.location == "query")
    {
        properties.insert(p.name.clone(), p.schema.clone());
        if p.required || p.location == "path" {
            required.push(Value::String(p.name.clone()));
        }
        if let Some(e) = &p.example {
            example.insert(p.name.clone(), e.clone());
        }
    }
    let schema = bundle(
        spec,
        &json!({"type": "object", "properties": properties, "required": required}),
    );
    Ok(Part {
        validator: compile(&schema)?,
        doc: Doc::new(schema),
        example: Some(Value::Object(example)),
    })
}
