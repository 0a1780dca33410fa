//! `generated/postman/`: a Postman v2.1 collection (folders by tag, then a `cleanup` folder of
//! every deletion; bearer auth at collection level, example bodies, a test script per request) and an environment with `baseUrl`/`apiKey`.

use lukhas_spec::document::{Operation, Spec};
use serde_json::{json, Value};

const SCHEMA_URL: &str = "https://schema.getpostman.com/json/collection/v2.1.0/collection.json";

/// A stable pseudo-UUID from a name, so output is deterministic.
fn stable_id(name: &str) -> String {
    // FNV-1a, twice with different offsets, formatted as a UUID.
    let fnv = |seed: u64| {
        name.bytes().fold(seed, |h, b| {
            (h ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3)
        })
    };
    let (a, b) = (fnv(0xcbf2_9ce4_8422_2325), fnv(0x8422_2325_cbf2_9ce4));
    format!(
        "{:08x}-{:04x}-4{:03x}-8{:03x}-{:012x}",
        a >> 32,
        (a >> 16) & 0xffff,
        a & 0x0fff,
        b >> 52,
        b & 0xffff_ffff_ffff
    )
}

/// The success response the request is expected to produce (the first documented 2xx).
fn expected(op: &Operation) -> Option<&lukhas_spec::document::ResponseSpec> {
    op.responses.iter().find(|r| r.is_success())
}

/// Example values for path and query parameters.
fn param_value(spec: &Spec, p: &lukhas_spec::document::Param) -> String {
    let v = p
        .example
        .clone()
        .or_else(|| spec.deref(&p.schema).get("example").cloned())
        .or_else(|| spec.deref(&p.schema).get("default").cloned())
        .unwrap_or(Value::String(format!("<{}>", p.name)));
    match v {
        Value::String(s) => s,
        other => other.to_string(),
    }
}

/// Parameters that some response link provides: requests read them from collection variables.
fn linked_params(spec: &Spec) -> Vec<String> {
    let mut names: Vec<String> = spec
        .operations
        .iter()
        .flat_map(|op| op.responses.iter())
        .flat_map(|r| r.links.values())
        .filter_map(|l| l.get("parameters")?.as_object())
        .flat_map(|p| p.keys().cloned())
        .collect();
    names.sort();
    names.dedup();
    names
}

/// `$response.body#/ids/0` -> `body["ids"][0]`.
fn js_access(pointer: &str) -> String {
    let mut out = String::from("body");
    for token in pointer.split('/').skip(1) {
        let token = token.replace("~1", "/").replace("~0", "~");
        if token.parse::<usize>().is_ok() {
            out.push_str(&format!("[{token}]"));
        } else {
            out.push_str(&format!("[{}]", json!(token)));
        }
    }
    out
}

fn test_script(spec: &Spec, op: &Operation) -> Vec<String> {
    let Some(r) = expected(op) else {
        return Vec::new();
    };
    let mut lines = if op.rule_errors.is_empty() {
        vec![format!(
            "pm.test(\"status is {}\", function () {{ pm.response.to.have.status({}); }});",
            r.status, r.status
        )]
    } else {
        // A rule the operation states (an id that names no background response, ...) may apply
        // to the collection's example: then the answer is that rule's 400.
        let codes = serde_json::to_string(&op.rule_errors).unwrap_or_default();
        vec![
            format!("pm.test(\"status is {} (or a 400 of the operation's rules)\", function () {{", r.status),
            format!("    if (pm.response.code === 400) {{ pm.expect({codes}).to.include(pm.response.json().error.code); }}"),
            format!("    else {{ pm.response.to.have.status({}); }}", r.status),
            "});".into(),
        ]
    };
    lines.push(
        "pm.test(\"x-request-id header\", function () { pm.response.to.have.header(\"x-request-id\"); });"
            .into(),
    );
    if let Some(m) = r.media.iter().find(|m| m.is_json()) {
        let required: Vec<String> = spec
            .deref(&m.schema)
            .get("required")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .filter_map(|v| v.as_str().map(str::to_string))
            .collect();
        lines.push(format!(
            "if (pm.response.code === {}) {{ pm.test(\"required fields of {}\", function () {{",
            r.status,
            lukhas_spec::document::ref_name(&m.schema).unwrap_or("the body")
        ));
        lines.push("    var body = pm.response.json();".into());
        for f in required {
            lines.push(format!("    pm.expect(body).to.have.property(\"{f}\");"));
        }
        lines.push("}); }".into());
        // Follow the spec's links: remember what later requests need.
        let mut provided: Vec<(String, String)> = r
            .links
            .values()
            .filter_map(|l| l.get("parameters")?.as_object())
            .flat_map(|p| p.iter())
            .filter_map(|(name, expr)| {
                let pointer = expr.as_str()?.strip_prefix("$response.body#")?;
                Some((name.clone(), js_access(pointer)))
            })
            .collect();
        provided.sort();
        provided.dedup();
        for (name, access) in provided {
            lines.push(format!(
                "if (pm.response.code === {}) {{ var body = pm.response.json(); pm.collectionVariables.set(\"{name}\", {access}); }}",
                r.status
            ));
        }
    } else if let Some(m) = r.media.first() {
        lines.push(format!(
            "pm.test(\"content type {}\", function () {{ pm.expect(pm.response.headers.get(\"Content-Type\")).to.include(\"{}\"); }});",
            m.content_type, m.content_type
        ));
    }
    lines
}

fn item(spec: &Spec, op: &Operation, linked: &[String]) -> Value {
    let mut raw_path = op.path.clone();
    let mut variables = Vec::new();
    for p in op.path_params() {
        raw_path = raw_path.replace(&format!("{{{}}}", p.name), &format!(":{}", p.name));
        let value = if linked.contains(&p.name) {
            format!("{{{{{}}}}}", p.name)
        } else {
            param_value(spec, p)
        };
        variables.push(json!({
            "key": p.name,
            "value": value,
            "description": p.description,
        }));
    }
    let query: Vec<Value> = op
        .query_params()
        .map(|p| {
            json!({
                "key": p.name,
                "value": param_value(spec, p),
                "description": p.description,
                "disabled": !p.required,
            })
        })
        .collect();
    let segments: Vec<&str> = raw_path.trim_start_matches('/').split('/').collect();
    let enabled: Vec<String> = query
        .iter()
        .filter(|q| q["disabled"] == Value::Bool(false))
        .map(|q| {
            format!(
                "{}={}",
                q["key"].as_str().unwrap_or(""),
                q["value"].as_str().unwrap_or("")
            )
        })
        .collect();
    let raw = if enabled.is_empty() {
        format!("{{{{baseUrl}}}}{raw_path}")
    } else {
        format!("{{{{baseUrl}}}}{raw_path}?{}", enabled.join("&"))
    };
    let mut url = json!({
        "raw": raw,
        "host": ["{{baseUrl}}"],
        "path": segments,
    });
    if !query.is_empty() {
        url["query"] = json!(query);
    }
    if !variables.is_empty() {
        url["variable"] = json!(variables);
    }
    let mut request = json!({
        "method": op.method.to_uppercase(),
        "header": [{"key": "Accept", "value": "application/json"}],
        "url": url,
        "description": if op.description.is_empty() { op.summary.clone() } else { op.description.clone() },
    });
    if !op.secured {
        request["auth"] = json!({"type": "noauth"});
    }
    if let Some(body) = op.body.as_ref().filter(|b| b.form) {
        request["body"] = json!({"mode": "formdata", "formdata": form_data(body)});
    } else if let Some(body) = &op.body {
        let mut example = body.example.clone().unwrap_or(json!({}));
        // A body field named like a linked parameter (`file_id`) takes the linked value too, and
        // each string of one named like its plural (`file_ids`).
        if let Some(fields) = example.as_object_mut() {
            for (name, value) in fields.iter_mut() {
                if linked.contains(name) && value.is_string() {
                    *value = json!(format!("{{{{{name}}}}}"));
                }
                let single = name
                    .strip_suffix('s')
                    .filter(|n| linked.iter().any(|l| l == n));
                if let (Some(single), Some(items)) = (single, value.as_array_mut()) {
                    for item in items.iter_mut().filter(|i| i.is_string()) {
                        *item = json!(format!("{{{{{single}}}}}"));
                    }
                }
            }
        }
        request["body"] = json!({
            "mode": "raw",
            "raw": serde_json::to_string_pretty(&example).unwrap_or_default(),
            "options": {"raw": {"language": "json"}},
        });
        if let Some(h) = request["header"].as_array_mut() {
            h.push(json!({"key": "Content-Type", "value": "application/json"}));
        }
    }
    let mut out = json!({
        "name": op.summary,
        "request": request,
        "event": [{
            "listen": "test",
            "script": {"type": "text/javascript", "exec": test_script(spec, op)},
        }],
    });
    if let Some(o) = out.as_object_mut() {
        o.insert("id".into(), json!(stable_id(&op.id)));
    }
    out
}

/// A form's example as Postman parts: file fields upload `uploads/<example value>` (relative to
/// the collection's folder; newman runs with `--working-dir generated/postman`), an object's
/// members go as `name[member]`.
fn form_data(body: &lukhas_spec::document::Body) -> Vec<Value> {
    let example = body.example.clone().unwrap_or(Value::Null);
    let parts = lukhas_spec::document::form_parts(&example, &body.form_fields);
    parts
        .into_iter()
        .map(|p| match p.file {
            true => json!({"key": p.name, "type": "file", "src": format!("uploads/{}", p.text)}),
            false => json!({"key": p.name, "type": "text", "value": p.text}),
        })
        .collect()
}

/// The files the collection's form examples upload: path under `generated/postman`, content.
pub fn uploads(spec: &Spec) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for op in &spec.operations {
        let Some(body) = op.body.as_ref().filter(|b| b.form) else {
            continue;
        };
        for name in &body.file_fields() {
            if let Some(file) = body
                .example
                .as_ref()
                .and_then(|e| e.get(name))
                .and_then(Value::as_str)
            {
                out.push((
                    format!("uploads/{file}"),
                    format!(
                        "<!-- generated, do not edit: the `{name}` the Postman collection's `{}` \
                         request uploads -->\n\n# Handbook\n\nReturns are accepted within 30 days.\n",
                        op.id
                    ),
                ));
            }
        }
    }
    out
}

/// Lifecycle order inside a folder: operations whose responses link onward (creators) first,
/// the rest in document order.
fn lifecycle_rank(op: &Operation) -> u8 {
    let creates = op
        .responses
        .iter()
        .any(|r| r.is_success() && !r.links.is_empty());
    u8::from(!creates)
}

/// The last folder: every deletion, deepest resource first, so that a resource another folder
/// uses (a file in a vector store) lives until every folder has run.
const CLEANUP: &str = "cleanup";

pub fn collection(spec: &Spec) -> Value {
    let linked = linked_params(spec);
    let mut folders: Vec<Value> = spec
        .tags()
        .into_iter()
        .filter_map(|(tag, description)| {
            let mut ops: Vec<&Operation> = spec
                .operations
                .iter()
                .filter(|op| op.tag == tag && op.method != "delete")
                .collect();
            ops.sort_by_key(|op| lifecycle_rank(op));
            let items: Vec<Value> = ops.iter().map(|op| item(spec, op, &linked)).collect();
            (!items.is_empty()).then(|| {
                json!({
                    "name": tag,
                    "description": description,
                    "item": items,
                })
            })
        })
        .collect();
    let mut deletions: Vec<&Operation> = spec
        .operations
        .iter()
        .filter(|op| op.method == "delete")
        .collect();
    deletions.sort_by_key(|op| std::cmp::Reverse(op.path.len()));
    if !deletions.is_empty() {
        folders.push(json!({
            "name": CLEANUP,
            "description": "Every deletion, deepest resource first, after the folders that use them.",
            "item": deletions.iter().map(|op| item(spec, op, &linked)).collect::<Vec<_>>(),
        }));
    }
    json!({
        "info": {
            "_postman_id": stable_id(spec.title()),
            "name": spec.title(),
            "description": format!(
                "Generated from spec/lukhas-openai.yaml (v{}); do not edit: run `make generate`.",
                spec.version()
            ),
            "schema": SCHEMA_URL,
        },
        "auth": {
            "type": "bearer",
            "bearer": [{"key": "token", "value": "{{apiKey}}", "type": "string"}],
        },
        "variable": [
            {"key": "baseUrl", "value": "http://127.0.0.1:8000", "type": "string"},
        ],
        "item": folders,
    })
}

pub fn environment(spec: &Spec) -> Value {
    json!({
        "id": stable_id(&format!("{} environment", spec.title())),
        "name": format!("{} (local)", spec.title()),
        "values": [
            {"key": "baseUrl", "value": "http://127.0.0.1:8000", "type": "default", "enabled": true},
            {"key": "apiKey", "value": "", "type": "secret", "enabled": true},
        ],
        "_postman_variable_scope": "environment",
    })
}
