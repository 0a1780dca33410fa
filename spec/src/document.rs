//! The spec as the emitters see it: the raw document plus a flat list of operations with every
//! `$ref` of interest already followed. Emitters never walk `paths` themselves.

use anyhow::{Context, Result};
use serde_json::{Map, Value};
use std::path::{Path, PathBuf};

/// The schema name the generators treat as the OpenAI error envelope.
pub const ERROR_SCHEMA: &str = "ErrorResponse";

pub const METHODS: [&str; 8] = [
    "get", "put", "post", "delete", "options", "head", "patch", "trace",
];

pub struct Spec {
    pub doc: Value,
    pub operations: Vec<Operation>,
    /// Where it was read from (relative references such as `x-openai-document` start there).
    pub source: Option<PathBuf>,
}

/// One entry of the error catalogue (`components.x-lukhas-errors`): an `error.code` the API
/// answers with, its status and envelope `type`, when it happens and what a client should do.
#[derive(Clone, Debug, PartialEq)]
pub struct ErrorCode {
    pub code: String,
    pub status: u16,
    pub error_type: String,
    pub when: String,
    pub fix: String,
}

#[derive(Clone, Debug)]
pub struct Operation {
    pub id: String,
    pub method: String,
    pub path: String,
    /// JSON pointer of the operation object, for messages.
    pub pointer: String,
    pub tag: String,
    pub summary: String,
    pub description: String,
    pub secured: bool,
    pub scopes: Vec<String>,
    /// `x-lukhas-rule-errors`: `error.code`s of 400s a schema-valid request can still get.
    pub rule_errors: Vec<String>,
    pub params: Vec<Param>,
    pub body: Option<Body>,
    pub responses: Vec<ResponseSpec>,
}

#[derive(Clone, Debug)]
pub struct Param {
    pub name: String,
    /// `path`, `query`, `header` or `cookie`.
    pub location: String,
    pub required: bool,
    pub description: String,
    pub schema: Value,
    pub example: Option<Value>,
    /// `x-lukhas-greedy`: a path parameter that may contain `/`.
    pub greedy: bool,
    pub pointer: String,
}

#[derive(Clone, Debug)]
pub struct Body {
    pub required: bool,
    pub media_types: Vec<String>,
    /// `multipart/form-data` (a file upload) rather than `application/json`.
    pub form: bool,
    /// A form's parts, as its schema declares them.
    pub form_fields: Vec<FormField>,
    /// The body's schema (usually a `$ref`), of its `application/json` or `multipart/form-data`.
    pub schema: Value,
    pub example: Option<Value>,
    pub pointer: String,
}

#[derive(Clone, Debug)]
pub struct ResponseSpec {
    pub status: u16,
    pub description: String,
    pub media: Vec<Media>,
    /// Response headers: name, required, schema.
    pub headers: Vec<(String, bool, Value)>,
    pub links: Map<String, Value>,
    pub pointer: String,
}

#[derive(Clone, Debug)]
pub struct Media {
    pub content_type: String,
    pub schema: Value,
    pub example: Option<Value>,
    /// `x-lukhas-sse-terminator`, for `text/event-stream`.
    pub sse_terminator: Option<String>,
}

impl Media {
    pub fn is_json(&self) -> bool {
        self.content_type == "application/json"
    }
    pub fn is_sse(&self) -> bool {
        self.content_type == "text/event-stream"
    }
    /// Bytes, not text.
    pub fn is_binary(&self) -> bool {
        self.content_type == "application/octet-stream"
    }
}

impl ResponseSpec {
    pub fn is_success(&self) -> bool {
        (200..300).contains(&self.status)
    }
}

impl Operation {
    pub fn path_params(&self) -> impl Iterator<Item = &Param> {
        self.params.iter().filter(|p| p.location == "path")
    }
    pub fn query_params(&self) -> impl Iterator<Item = &Param> {
        self.params.iter().filter(|p| p.location == "query")
    }
}

/// The media type of a file upload's body.
pub const FORM: &str = "multipart/form-data";

/// One part of a form: a property of its schema, or a member of an object property (named
/// `name[member]`, as OpenAI's SDKs send them).
#[derive(Clone, Debug)]
pub struct FormField {
    pub name: String,
    /// The JSON type its text is read as: `string`, `integer`, `number` or `boolean`.
    pub ty: &'static str,
    /// A file part (`format: binary`).
    pub file: bool,
}

/// One part of a form body, from a JSON value of its schema.
#[derive(Clone, Debug, PartialEq)]
pub struct FormPart {
    pub name: String,
    /// A file part (its file name and its bytes are both `text`).
    pub file: bool,
    pub text: String,
}

/// A JSON body as OpenAI's SDKs send it as a form: a file field's string as a file, an object's
/// members as `name[member]` text parts, anything else as a text part (strings as they are, other
/// values as JSON).
pub fn form_parts(body: &Value, declared: &[FormField]) -> Vec<FormPart> {
    let text = |v: &Value| match v {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    };
    let is_file = |name: &str| declared.iter().any(|f| f.file && f.name == name);
    let part = |name: String, file: bool, text: String| FormPart { name, file, text };
    let mut parts = Vec::new();
    for (name, v) in body.as_object().into_iter().flatten() {
        match v {
            Value::String(s) if is_file(name) => parts.push(part(name.clone(), true, s.clone())),
            Value::Object(members) if !is_file(name) => parts.extend(
                members
                    .iter()
                    .map(|(m, v)| part(format!("{name}[{m}]"), false, text(v))),
            ),
            other => parts.push(part(name.clone(), false, text(other))),
        }
    }
    parts
}

impl Body {
    /// The names of a form's file fields.
    pub fn file_fields(&self) -> Vec<String> {
        let files = self.form_fields.iter().filter(|f| f.file);
        files.map(|f| f.name.clone()).collect()
    }
}

fn form_fields(doc: &Value, media: &Value) -> Vec<FormField> {
    let field = |name: String, s: &Value| {
        let s = resolve(doc, s);
        FormField {
            name,
            ty: match s.get("type").and_then(Value::as_str) {
                Some("integer") => "integer",
                Some("number") => "number",
                Some("boolean") => "boolean",
                _ => "string",
            },
            file: s.get("format").and_then(Value::as_str) == Some("binary"),
        }
    };
    let schema = media.get("schema").map(|s| resolve(doc, s));
    let props = schema
        .and_then(|s| s.get("properties"))
        .and_then(Value::as_object);
    let mut out = Vec::new();
    for (name, prop) in props.into_iter().flatten() {
        let prop = resolve(doc, prop);
        match prop.get("properties").and_then(Value::as_object) {
            Some(members) => {
                out.extend(
                    members
                        .iter()
                        .map(|(m, s)| field(format!("{name}[{m}]"), s)),
                );
            }
            None => out.push(field(name.clone(), prop)),
        }
    }
    out
}

/// Escapes one JSON-pointer token.
pub fn escape(token: &str) -> String {
    token.replace('~', "~0").replace('/', "~1")
}

/// The name of the component schema a `{"$ref": "#/components/schemas/X"}` points to.
pub fn ref_name(schema: &Value) -> Option<&str> {
    schema
        .get("$ref")?
        .as_str()?
        .strip_prefix("#/components/schemas/")
}

impl Spec {
    pub fn load(path: &Path) -> Result<Spec> {
        let text =
            std::fs::read_to_string(path).with_context(|| format!("reading {}", path.display()))?;
        let mut spec = Spec::parse(&text).with_context(|| format!("in {}", path.display()))?;
        spec.source = Some(path.to_path_buf());
        Ok(spec)
    }

    pub fn parse(text: &str) -> Result<Spec> {
        // A JSON map keeps the last of duplicate keys silently; YAML's own mapping reports them,
        // with the line (a second `"409":` under one `responses:` would otherwise vanish).
        serde_yaml_ng::from_str::<serde_yaml_ng::Value>(text)
            .context("the spec is not valid YAML")?;
        let doc: Value = serde_yaml_ng::from_str(text).context("the spec is not valid YAML")?;
        let operations = collect_operations(&doc);
        Ok(Spec {
            doc,
            operations,
            source: None,
        })
    }

    /// OpenAI's published document this spec mirrors (`info.x-openai-document`, relative to the
    /// spec file), when it names one.
    pub fn openai_document(&self) -> Option<PathBuf> {
        let rel = self.doc.pointer("/info/x-openai-document")?.as_str()?;
        let base = self.source.as_deref().and_then(Path::parent)?;
        Some(base.join(rel))
    }

    /// Follows a local `$ref` (any depth); returns the value unchanged when it is not a reference.
    /// Unresolvable references resolve to `Null` (the linter reports them first).
    pub fn deref<'a>(&'a self, value: &'a Value) -> &'a Value {
        resolve(&self.doc, value)
    }

    /// The error catalogue in document order (empty when the spec has none). An entry without a
    /// numeric `status` reads as status 0, which the generator's lint reports.
    pub fn error_codes(&self) -> Vec<ErrorCode> {
        let text = |v: &Value, k: &str| v.get(k).and_then(Value::as_str).unwrap_or("").to_string();
        self.doc
            .pointer("/components/x-lukhas-errors")
            .and_then(Value::as_object)
            .into_iter()
            .flatten()
            .map(|(code, v)| ErrorCode {
                code: code.clone(),
                status: v.get("status").and_then(Value::as_u64).unwrap_or(0) as u16,
                error_type: text(v, "type"),
                when: text(v, "when"),
                fix: text(v, "fix"),
            })
            .collect()
    }

    pub fn schemas(&self) -> Option<&Map<String, Value>> {
        self.doc.pointer("/components/schemas")?.as_object()
    }

    pub fn title(&self) -> &str {
        self.doc
            .pointer("/info/title")
            .and_then(Value::as_str)
            .unwrap_or("API")
    }

    pub fn version(&self) -> &str {
        self.doc
            .pointer("/info/version")
            .and_then(Value::as_str)
            .unwrap_or("0.0.0")
    }

    /// Tags in document order (folders in the collection follow it).
    pub fn tags(&self) -> Vec<(String, String)> {
        let mut tags: Vec<(String, String)> = self
            .doc
            .get("tags")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .filter_map(|t| {
                Some((
                    t.get("name")?.as_str()?.to_string(),
                    str_of(t, "description"),
                ))
            })
            .collect();
        for op in &self.operations {
            if !tags.iter().any(|(n, _)| n == &op.tag) {
                tags.push((op.tag.clone(), String::new()));
            }
        }
        tags
    }
}

fn resolve<'a>(doc: &'a Value, mut value: &'a Value) -> &'a Value {
    static NULL: Value = Value::Null;
    for _ in 0..32 {
        match value.get("$ref").and_then(Value::as_str) {
            Some(r) => match r.strip_prefix('#').and_then(|p| doc.pointer(p)) {
                Some(target) => value = target,
                None => return &NULL,
            },
            None => return value,
        }
    }
    &NULL
}

fn str_of(v: &Value, key: &str) -> String {
    v.get(key)
        .and_then(Value::as_str)
        .unwrap_or_default()
        .to_string()
}

fn collect_operations(doc: &Value) -> Vec<Operation> {
    let mut ops = Vec::new();
    let Some(paths) = doc.get("paths").and_then(Value::as_object) else {
        return ops;
    };
    let global_secured = doc
        .get("security")
        .and_then(Value::as_array)
        .is_some_and(|s| !s.is_empty());
    for (path, item) in paths {
        let item = resolve(doc, item);
        let item_ptr = format!("/paths/{}", escape(path));
        let shared: Vec<&Value> = item
            .get("parameters")
            .and_then(Value::as_array)
            .map(|a| a.iter().collect())
            .unwrap_or_default();
        for method in METHODS {
            let Some(op) = item.get(method) else { continue };
            let pointer = format!("{item_ptr}/{method}");
            let mut params: Vec<Param> = Vec::new();
            let own: Vec<&Value> = op
                .get("parameters")
                .and_then(Value::as_array)
                .map(|a| a.iter().collect())
                .unwrap_or_default();
            for (i, raw) in shared.iter().chain(own.iter()).enumerate() {
                let p = resolve(doc, raw);
                let ptr = if i < shared.len() {
                    format!("{item_ptr}/parameters/{i}")
                } else {
                    format!("{pointer}/parameters/{}", i - shared.len())
                };
                let param = Param {
                    name: str_of(p, "name"),
                    location: str_of(p, "in"),
                    required: p.get("required").and_then(Value::as_bool).unwrap_or(false),
                    description: str_of(p, "description"),
                    schema: p.get("schema").cloned().unwrap_or(Value::Null),
                    example: p.get("example").cloned(),
                    greedy: p
                        .get("x-lukhas-greedy")
                        .and_then(Value::as_bool)
                        .unwrap_or(false),
                    pointer: ptr,
                };
                // An operation-level parameter overrides a path-level one of the same name and place.
                params.retain(|q| !(q.name == param.name && q.location == param.location));
                params.push(param);
            }
            let body = op.get("requestBody").map(|rb| {
                let rb = resolve(doc, rb);
                let content = rb.get("content").and_then(Value::as_object);
                let form = content.and_then(|c| c.get(FORM));
                let json = content.and_then(|c| c.get("application/json")).or(form);
                Body {
                    required: rb.get("required").and_then(Value::as_bool).unwrap_or(false),
                    form: form.is_some(),
                    form_fields: form.map(|m| form_fields(doc, m)).unwrap_or_default(),
                    media_types: content
                        .map(|c| c.keys().cloned().collect())
                        .unwrap_or_default(),
                    schema: json
                        .and_then(|m| m.get("schema"))
                        .cloned()
                        .unwrap_or(Value::Null),
                    example: json.and_then(|m| media_example(doc, m)),
                    pointer: format!("{pointer}/requestBody"),
                }
            });
            let mut responses = Vec::new();
            if let Some(rs) = op.get("responses").and_then(Value::as_object) {
                for (status, r) in rs {
                    let Ok(status_code) = status.parse::<u16>() else {
                        continue;
                    };
                    let rptr = format!("{pointer}/responses/{status}");
                    let r = resolve(doc, r);
                    let media = r
                        .get("content")
                        .and_then(Value::as_object)
                        .into_iter()
                        .flatten()
                        .map(|(ct, m)| Media {
                            content_type: ct.clone(),
                            schema: m.get("schema").cloned().unwrap_or(Value::Null),
                            example: media_example(doc, m),
                            sse_terminator: m
                                .get("x-lukhas-sse-terminator")
                                .and_then(Value::as_str)
                                .map(str::to_string),
                        })
                        .collect();
                    let headers = r
                        .get("headers")
                        .and_then(Value::as_object)
                        .into_iter()
                        .flatten()
                        .map(|(name, h)| {
                            let h = resolve(doc, h);
                            (
                                name.to_ascii_lowercase(),
                                h.get("required").and_then(Value::as_bool).unwrap_or(false),
                                h.get("schema").cloned().unwrap_or(Value::Null),
                            )
                        })
                        .collect();
                    responses.push(ResponseSpec {
                        status: status_code,
                        description: str_of(r, "description"),
                        media,
                        headers,
                        links: r
                            .get("links")
                            .and_then(Value::as_object)
                            .cloned()
                            .unwrap_or_default(),
                        pointer: rptr,
                    });
                }
            }
            responses.sort_by_key(|r| r.status);
            let security = op.get("security").and_then(Value::as_array);
            let secured = match security {
                Some(s) => !s.is_empty(),
                None => global_secured,
            };
            ops.push(Operation {
                id: str_of(op, "operationId"),
                method: method.to_string(),
                path: path.clone(),
                pointer,
                tag: op
                    .get("tags")
                    .and_then(|t| t.get(0))
                    .and_then(Value::as_str)
                    .unwrap_or("default")
                    .to_string(),
                summary: str_of(op, "summary"),
                description: str_of(op, "description"),
                secured,
                scopes: strings(op, "x-lukhas-scopes"),
                rule_errors: strings(op, "x-lukhas-rule-errors"),
                params,
                body,
                responses,
            });
        }
    }
    ops
}

/// A list of strings an operation declares under `key`.
fn strings(op: &Value, key: &str) -> Vec<String> {
    op.get(key)
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(|s| s.as_str().map(str::to_string))
        .collect()
}

/// The media type's `example`, or the value of its first `examples` entry.
fn media_example(doc: &Value, media: &Value) -> Option<Value> {
    if let Some(e) = media.get("example") {
        return Some(e.clone());
    }
    let first = media.get("examples")?.as_object()?.values().next()?;
    resolve(doc, first).get("value").cloned()
}
