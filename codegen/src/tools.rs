//! `generated/tools/openai_tools.json`: one OpenAI function tool per `/v1` operation, in the Chat
//! Completions form and the Responses form. Parameters merge path, query and body fields; a tool is
//! `strict: true` when its schema fits OpenAI's strict subset (closed objects, every property
//! required, optional ones nullable), `strict: false` with the plain schema otherwise.

use lukhas_spec::document::{Operation, Spec};
use lukhas_spec::schema;
use serde_json::{json, Map, Value};

/// Keywords strict mode rejects but whose removal only loosens the schema (the server still
/// validates them).
const LOOSENING: [&str; 5] = ["minLength", "maxLength", "default", "$schema", "title"];
/// Keywords strict mode cannot express: a schema using them stays non-strict.
const STRUCTURAL: [&str; 6] = [
    "patternProperties",
    "minProperties",
    "maxProperties",
    "not",
    "if",
    "uniqueItems",
];

/// Components being inlined (the path from the root), and the recursive ones, kept as `$defs`.
#[derive(Default)]
struct Inlining {
    path: Vec<String>,
    defs: Map<String, Value>,
}

/// Replaces `#/$defs/X` references by the converted component; a component that refers to itself
/// (a filter of filters) is inlined once into `defs` and referred to from within.
fn inline(spec: &Spec, v: &Value, at: &mut Inlining) -> Option<Value> {
    Some(match v {
        Value::Object(m) => {
            if let Some(name) = m
                .get("$ref")
                .and_then(Value::as_str)
                .and_then(|r| r.strip_prefix("#/$defs/"))
            {
                if at.path.iter().any(|p| p == name) {
                    return Some(v.clone());
                }
                let target = spec.schemas()?.get(name)?;
                at.path.push(name.to_string());
                let out = inline(spec, &schema::convert(target), at);
                at.path.pop();
                let out = out?;
                // Referred to from within: the reference stays, its schema goes to `$defs`.
                if contains_ref(&out, name) {
                    at.defs.insert(name.to_string(), out);
                    return Some(v.clone());
                }
                return Some(out);
            }
            let mut out = Map::new();
            for (k, x) in m {
                out.insert(k.clone(), inline(spec, x, at)?);
            }
            Value::Object(out)
        }
        Value::Array(a) => Value::Array(
            a.iter()
                .map(|x| inline(spec, x, at))
                .collect::<Option<_>>()?,
        ),
        other => other.clone(),
    })
}

fn contains_ref(v: &Value, name: &str) -> bool {
    match v {
        Value::Object(m) => {
            m.get("$ref").and_then(Value::as_str) == Some(&format!("#/$defs/{name}"))
                || m.values().any(|x| contains_ref(x, name))
        }
        Value::Array(a) => a.iter().any(|x| contains_ref(x, name)),
        _ => false,
    }
}

/// `v` or null: widens `type` (and `enum`) where it can, else `anyOf [v, null]`.
fn nullable(mut v: Value) -> Value {
    let has_null =
        |t: &Value| t == &json!("null") || t.as_array().is_some_and(|a| a.contains(&json!("null")));
    if let Some(o) = v.as_object_mut() {
        match o.get("type").cloned() {
            Some(t) if has_null(&t) => return v,
            Some(Value::String(t)) => {
                o.insert("type".into(), json!([t, "null"]));
                if let Some(Value::Array(e)) = o.get_mut("enum") {
                    e.push(Value::Null);
                }
                return v;
            }
            _ => {}
        }
        if let Some(Value::Array(branches)) = o.get("anyOf") {
            if branches.iter().any(|b| b.get("type").is_some_and(has_null)) {
                return v;
            }
        }
    }
    json!({"anyOf": [v, {"type": "null"}]})
}

/// The strict-mode form of a JSON Schema, or `None` when strict mode cannot express it.
fn strict(v: &Value) -> Option<Value> {
    let m = v.as_object()?;
    if STRUCTURAL.iter().any(|k| m.contains_key(*k)) {
        return None;
    }
    let mut out = Map::new();
    for (k, x) in m {
        if LOOSENING.contains(&k.as_str()) {
            continue;
        }
        match k.as_str() {
            "properties" => {
                let props = x.as_object()?;
                let required: Vec<&str> = m
                    .get("required")
                    .and_then(Value::as_array)
                    .map(|r| r.iter().filter_map(Value::as_str).collect())
                    .unwrap_or_default();
                let mut converted = Map::new();
                for (name, p) in props {
                    let s = strict(p)?;
                    let s = if required.contains(&name.as_str()) {
                        s
                    } else {
                        nullable(s)
                    };
                    converted.insert(name.clone(), s);
                }
                out.insert("required".into(), json!(props.keys().collect::<Vec<_>>()));
                out.insert("properties".into(), Value::Object(converted));
            }
            "required" => {}
            "additionalProperties" => {
                if x != &json!(false) {
                    return None;
                }
            }
            "items" => {
                out.insert(k.clone(), strict(x)?);
            }
            "$defs" => {
                let defs = x
                    .as_object()?
                    .iter()
                    .map(|(name, d)| Some((name.clone(), strict(d)?)))
                    .collect::<Option<Map<_, _>>>()?;
                out.insert(k.clone(), Value::Object(defs));
            }
            "anyOf" | "oneOf" => {
                let branches = x
                    .as_array()?
                    .iter()
                    .map(strict)
                    .collect::<Option<Vec<_>>>()?;
                // Branches without a type (e.g. `required`-only alternatives) are not expressible.
                if branches.iter().any(|b| {
                    !b.as_object()
                        .is_some_and(|o| o.contains_key("type") || o.contains_key("anyOf"))
                }) {
                    return None;
                }
                out.insert("anyOf".into(), Value::Array(branches));
            }
            "allOf" => {
                let all = x.as_array()?;
                if all.len() != 1 {
                    return None;
                }
                let inner = strict(&all[0])?;
                for (ik, iv) in inner.as_object()? {
                    out.entry(ik.clone()).or_insert(iv.clone());
                }
            }
            _ => {
                out.insert(k.clone(), x.clone());
            }
        }
    }
    let is_object = out.get("type") == Some(&json!("object"));
    if is_object {
        if !out.contains_key("properties") {
            // A free-form object cannot be closed.
            return None;
        }
        out.insert("additionalProperties".into(), json!(false));
    }
    Some(Value::Object(out))
}

/// The merged parameters object of an operation (path, query, body), as plain JSON Schema.
fn parameters(spec: &Spec, op: &Operation) -> Option<Value> {
    // A function call's arguments are JSON: they cannot carry a file upload.
    if op.body.as_ref().is_some_and(|b| b.form) {
        return None;
    }
    let mut properties = Map::new();
    let mut required = Vec::new();
    let mut at = Inlining::default();
    for p in op.path_params().chain(op.query_params()) {
        let mut s = inline(spec, &schema::convert(spec.deref(&p.schema)), &mut at)?;
        if let (Some(o), false) = (s.as_object_mut(), p.description.is_empty()) {
            o.insert("description".into(), json!(p.description));
        }
        properties.insert(p.name.clone(), s);
        if p.required {
            required.push(json!(p.name));
        }
    }
    let mut extra = Map::new();
    if let Some(body) = &op.body {
        let b = inline(spec, &schema::convert(&body.schema), &mut at)?;
        let bo = b.as_object()?;
        for (name, s) in bo
            .get("properties")
            .and_then(Value::as_object)
            .into_iter()
            .flatten()
        {
            if properties.contains_key(name) {
                return None;
            }
            properties.insert(name.clone(), s.clone());
        }
        if body.required {
            required.extend(
                bo.get("required")
                    .and_then(Value::as_array)
                    .cloned()
                    .unwrap_or_default(),
            );
        }
        for k in ["oneOf", "anyOf", "additionalProperties", "description"] {
            if let Some(x) = bo.get(k) {
                extra.insert(k.to_string(), x.clone());
            }
        }
    }
    let mut out = json!({"type": "object", "properties": properties, "required": required});
    if let Some(o) = out.as_object_mut() {
        o.extend(extra);
        if !at.defs.is_empty() {
            o.insert("$defs".into(), Value::Object(at.defs));
        }
    }
    Some(out)
}

/// `(name, description, parameters, strict)` for every `/v1` operation.
fn tools(spec: &Spec) -> Vec<(String, String, Value, bool)> {
    spec.operations
        .iter()
        .filter(|op| op.path.starts_with("/v1/") || op.path == "/v1")
        .filter_map(|op| {
            let plain = parameters(spec, op)?;
            let description = if op.summary.is_empty() {
                op.id.clone()
            } else {
                op.summary.clone()
            };
            Some(match strict(&plain) {
                Some(s) => (op.id.clone(), description, s, true),
                None => (op.id.clone(), description, plain, false),
            })
        })
        .collect()
}

pub fn document(spec: &Spec) -> Value {
    let tools = tools(spec);
    let chat: Vec<Value> = tools
        .iter()
        .map(|(name, description, parameters, strict)| {
            json!({
                "type": "function",
                "function": {
                    "name": name,
                    "description": description,
                    "parameters": parameters,
                    "strict": strict,
                }
            })
        })
        .collect();
    let responses: Vec<Value> = tools
        .iter()
        .map(|(name, description, parameters, strict)| {
            json!({
                "type": "function",
                "name": name,
                "description": description,
                "parameters": parameters,
                "strict": strict,
            })
        })
        .collect();
    json!({
        "_generated": "generated, do not edit: run `make generate` (cargo run -p lukhas-codegen -- generate)",
        "chat_completions": chat,
        "responses": responses,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strict_closes_objects_and_makes_optional_fields_nullable() {
        let s = strict(&json!({
            "type": "object",
            "properties": {"a": {"type": "string", "minLength": 1}, "b": {"type": "integer"}},
            "required": ["a"]
        }))
        .unwrap();
        assert_eq!(s["additionalProperties"], json!(false));
        assert_eq!(s["required"], json!(["a", "b"]));
        assert_eq!(s["properties"]["a"], json!({"type": "string"}));
        assert_eq!(s["properties"]["b"], json!({"type": ["integer", "null"]}));
    }

    #[test]
    fn free_form_maps_are_not_strict() {
        assert!(
            strict(&json!({"type": "object", "additionalProperties": {"type": "string"}}))
                .is_none()
        );
        assert!(strict(&json!({"type": "object", "properties": {}, "maxProperties": 3})).is_none());
    }
}
