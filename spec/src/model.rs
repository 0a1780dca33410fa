//! What the suite knows about the API, all of it read from the OpenAPI document: operations with
//! their parameter and body schemas (as JSON Schema documents with compiled validators), the
//! documented responses (statuses, media types, headers, links) and the scopes each needs.

use crate::document::{Operation, Spec};
use crate::reader::Doc;
use crate::schema::bundle;
use anyhow::{anyhow, Context, Result};
use jsonschema::Validator;
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
    /// `error.code`s of 400s that a schema-valid request may get for breaking a rule the
    /// operation states (a reference to a missing stored object, two fields that exclude each
    /// other): from an `x-...-rule-errors` extension.
    pub rule_errors: Vec<String>,
    /// Parameters as one object `{name: value}` (path and query), with its schema.
    pub params: Part,
    /// Where each parameter goes: name -> `path` or `query`.
    pub param_places: Vec<(String, String)>,
    pub body: Option<Part>,
    pub body_required: bool,
    /// A `multipart/form-data` body's declared parts; `None` for JSON.
    pub form: Option<Vec<crate::document::FormField>>,
    /// By the spec's key: a status (`200`), a range (`4XX`) or `DEFAULT`.
    pub responses: BTreeMap<String, Resp>,
    /// The spec's error catalogue: `error.code` -> its status (shared by every operation; empty
    /// when the spec has none).
    pub error_codes: Arc<BTreeMap<String, u16>>,
}

impl Op {
    /// The documented response for `status`: the exact status, else its range, else `default`.
    pub fn response(&self, status: u16) -> Option<&Resp> {
        let exact = status.to_string();
        let range = format!("{}XX", status / 100);
        [exact, range, "DEFAULT".to_string()]
            .iter()
            .find_map(|k| self.responses.get(k))
    }
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
    /// The official OpenAI schema the body (or each event) mirrors (`x-openai-schema`).
    pub mirrors: Option<String>,
}

impl Media {
    pub fn is_sse(&self) -> bool {
        self.content_type == "text/event-stream"
    }
}

pub struct Link {
    pub operation_id: String,
    /// Parameter name -> runtime expression (`$response.body#/id`, `$request.path.x`, ...).
    pub parameters: Vec<(String, String)>,
    /// When the link holds, from an `x-...-if` extension: runtime expression -> the values it
    /// may have (`null` standing for absent). A resource made by a request with `store: false`
    /// is not there to read, for example.
    pub only_if: Vec<(String, Vec<Value>)>,
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
        let error_codes: Arc<BTreeMap<String, u16>> = Arc::new(
            spec.error_codes()
                .into_iter()
                .map(|e| (e.code, e.status))
                .collect(),
        );
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
            for (key, r) in raw
                .get("responses")
                .and_then(Value::as_object)
                .into_iter()
                .flatten()
            {
                let r = spec.deref(r);
                let resp = response(spec, r, &mut compile)
                    .with_context(|| format!("response {key} of {}", o.id))?;
                responses.insert(key.to_ascii_uppercase(), resp);
            }
            ops.push(Op {
                id: o.id.clone(),
                method: o.method.to_uppercase(),
                path: o.path.clone(),
                secured: o.secured,
                scopes: extension_list(&raw, "-scopes"),
                rule_errors: extension_list(&raw, "-rule-errors"),
                param_places: o
                    .params
                    .iter()
                    .filter(|p| p.location == "path" || p.location == "query")
                    .map(|p| (p.name.clone(), p.location.clone()))
                    .collect(),
                params,
                body_required: o.body.as_ref().is_some_and(|b| b.required),
                form: o
                    .body
                    .as_ref()
                    .filter(|b| b.form)
                    .map(|b| b.form_fields.clone()),
                body,
                responses,
                error_codes: error_codes.clone(),
            });
        }
        Ok(Api { ops, paths })
    }

    pub fn op(&self, id: &str) -> Option<&Op> {
        self.ops.iter().find(|o| o.id == id)
    }
}

/// One documented response: media types with their validators, headers, links.
fn response(
    spec: &Spec,
    r: &Value,
    compile: &mut impl FnMut(&Value) -> Result<Arc<Validator>>,
) -> Result<Resp> {
    let entries = |key: &str| -> Vec<(String, Value)> {
        r.get(key)
            .and_then(Value::as_object)
            .into_iter()
            .flatten()
            .map(|(k, v)| (k.clone(), spec.deref(v).clone()))
            .collect()
    };
    let mut media = Vec::new();
    for (content_type, m) in entries("content") {
        let validator = match m.get("schema") {
            Some(schema) => Some(compile(&bundle(spec, schema))?),
            None => None,
        };
        // The spec names a stream's final sentinel with an `x-...-sse-terminator` extension.
        let sse_terminator = m
            .as_object()
            .into_iter()
            .flatten()
            .find(|(k, _)| k.starts_with("x-") && k.ends_with("sse-terminator"))
            .and_then(|(_, v)| v.as_str())
            .map(str::to_string);
        let mirrors = m
            .get("schema")
            .map(|s| spec.deref(s))
            .and_then(|s| s.get(crate::openai::MIRRORS))
            .and_then(Value::as_str)
            .map(str::to_string);
        media.push(Media {
            content_type: content_type.to_ascii_lowercase(),
            validator,
            sse_terminator,
            mirrors,
        });
    }
    let mut headers = Vec::new();
    for (name, h) in entries("headers") {
        let required = h.get("required").and_then(Value::as_bool).unwrap_or(false);
        let validator = match h.get("schema") {
            Some(schema) => Some(compile(&bundle(spec, schema))?),
            None => None,
        };
        headers.push((name.to_ascii_lowercase(), required, validator));
    }
    let links = entries("links")
        .into_iter()
        .filter_map(|(_, l)| {
            Some(Link {
                operation_id: l.get("operationId")?.as_str()?.to_string(),
                parameters: l
                    .get("parameters")
                    .and_then(Value::as_object)
                    .into_iter()
                    .flatten()
                    .filter_map(|(k, v)| Some((k.clone(), v.as_str()?.to_string())))
                    .collect(),
                only_if: l
                    .as_object()
                    .into_iter()
                    .flatten()
                    .filter(|(k, _)| k.starts_with("x-") && k.ends_with("-if"))
                    .filter_map(|(_, v)| v.as_object())
                    .flatten()
                    .map(|(expr, allowed)| {
                        let values = allowed
                            .as_array()
                            .cloned()
                            .unwrap_or_else(|| vec![allowed.clone()]);
                        (expr.clone(), values)
                    })
                    .collect(),
            })
        })
        .collect();
    Ok(Resp {
        media,
        headers,
        links,
    })
}

/// A list an operation declares: for `-scopes`, from its security requirements (OAuth-style),
/// else from an `x-...-scopes` extension (HTTP bearer in OpenAPI 3.0 cannot carry them); for
/// other suffixes, from the `x-...<suffix>` extension.
fn extension_list(op: &Value, suffix: &str) -> Vec<String> {
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
    if suffix == "-scopes" && !from_security.is_empty() {
        return from_security;
    }
    op.as_object()
        .into_iter()
        .flatten()
        .filter(|(k, _)| k.starts_with("x-") && k.ends_with(suffix))
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn responses_resolve_exact_then_range_then_default() {
        let spec = Spec::parse(
            r#"
openapi: 3.0.3
info: {title: t, version: "1"}
paths:
  /things:
    get:
      operationId: listThings
      x-acme-scopes: [things:read]
      responses:
        "200":
          description: ok
          content:
            text/event-stream:
              x-acme-sse-terminator: "[END]"
              schema: {type: object}
        4XX:
          description: client error
          headers:
            X-Trace: {required: true, schema: {type: string}}
        default:
          description: anything else
"#,
        )
        .unwrap();
        let api = Api::from_spec(&spec).unwrap();
        let op = api.op("listThings").unwrap();
        assert_eq!(op.scopes, vec!["things:read"]);
        let ok = op.response(200).unwrap();
        assert_eq!(ok.media[0].sse_terminator.as_deref(), Some("[END]"));
        assert_eq!(op.response(404).unwrap().headers[0].0, "x-trace");
        assert!(op.response(503).unwrap().headers.is_empty());
        assert!(std::ptr::eq(
            op.response(418).unwrap(),
            op.response(404).unwrap()
        ));
    }
}
