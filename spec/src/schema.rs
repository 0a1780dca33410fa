//! OpenAPI 3.0 schema objects -> standalone JSON Schema (draft 2020-12) documents.
//!
//! The validator crate knows JSON Schema, not OpenAPI: `nullable` becomes `anyOf [.., null]`,
//! boolean `exclusiveMinimum`/`exclusiveMaximum` become numbers, OpenAPI-only keywords are dropped,
//! and `#/components/schemas/X` references become `#/$defs/X` with the referenced closure bundled.

use crate::document::Spec;
use serde_json::{json, Map, Value};
use std::collections::BTreeSet;

const DROPPED: [&str; 6] = [
    "example",
    "xml",
    "externalDocs",
    "discriminator",
    "deprecated",
    "nullable",
];

/// Converts one OpenAPI schema object (recursively) to JSON Schema.
pub fn convert(schema: &Value) -> Value {
    let Value::Object(map) = schema else {
        return schema.clone();
    };
    if let Some(r) = map.get("$ref").and_then(Value::as_str) {
        let target = r
            .strip_prefix("#/components/schemas/")
            .map(|name| format!("#/$defs/{name}"))
            .unwrap_or_else(|| r.to_string());
        return json!({ "$ref": target });
    }
    let mut out = Map::new();
    for (key, value) in map {
        if DROPPED.contains(&key.as_str()) || key.starts_with("x-") {
            continue;
        }
        let converted = match key.as_str() {
            "properties" | "patternProperties" => Value::Object(
                value
                    .as_object()
                    .map(|props| props.iter().map(|(k, v)| (k.clone(), convert(v))).collect())
                    .unwrap_or_default(),
            ),
            "items" | "additionalProperties" | "not" => convert(value),
            "allOf" | "anyOf" | "oneOf" => Value::Array(
                value
                    .as_array()
                    .map(|a| a.iter().map(convert).collect())
                    .unwrap_or_default(),
            ),
            _ => value.clone(),
        };
        out.insert(key.clone(), converted);
    }
    for (flag, bound) in [
        ("exclusiveMinimum", "minimum"),
        ("exclusiveMaximum", "maximum"),
    ] {
        if out.get(flag) == Some(&Value::Bool(true)) {
            if let Some(b) = out.remove(bound) {
                out.insert(flag.to_string(), b);
            }
        } else if out.get(flag) == Some(&Value::Bool(false)) {
            out.remove(flag);
        }
    }
    if map.get("nullable") != Some(&Value::Bool(true)) {
        return Value::Object(out);
    }
    // `nullable` on a typed schema widens its type (and enum), which keeps validation messages
    // about the real constraint; composite schemas get `anyOf [.., null]`.
    match out.get("type").and_then(Value::as_str).map(str::to_string) {
        Some(t) => {
            out.insert("type".into(), json!([t, "null"]));
            if let Some(Value::Array(e)) = out.get_mut("enum") {
                if !e.contains(&Value::Null) {
                    e.push(Value::Null);
                }
            }
            Value::Object(out)
        }
        None => json!({ "anyOf": [Value::Object(out), { "type": "null" }] }),
    }
}

/// Draft 2019-09's recursion (`$recursiveAnchor: true` on a schema, `$recursiveRef: "#"` inside
/// it, as OpenAI's document writes self-nesting filters) as a plain `$ref` to the schema's place
/// in the bundle, which draft 2020-12 validators understand.
fn recursive_to_ref(mut schema: Value, target: &str) -> Value {
    fn rewrite(v: &mut Value, target: &str) {
        match v {
            Value::Object(m) => {
                if m.get("$recursiveRef").and_then(Value::as_str) == Some("#") {
                    m.remove("$recursiveRef");
                    m.insert("$ref".into(), Value::String(target.to_string()));
                }
                m.values_mut().for_each(|x| rewrite(x, target));
            }
            Value::Array(a) => a.iter_mut().for_each(|x| rewrite(x, target)),
            _ => {}
        }
    }
    if let Some(m) = schema.as_object_mut() {
        if m.remove("$recursiveAnchor").is_some() {
            rewrite(&mut schema, target);
        }
    }
    schema
}

/// Names of the component schemas `schema` references, transitively.
pub fn closure(spec: &Spec, schema: &Value) -> BTreeSet<String> {
    closure_in(&spec.doc, schema)
}

/// [`closure`] within any OpenAPI document (ours or OpenAI's).
pub fn closure_in(doc: &Value, schema: &Value) -> BTreeSet<String> {
    let components = doc
        .pointer("/components/schemas")
        .and_then(Value::as_object);
    let mut seen = BTreeSet::new();
    let mut stack = vec![schema.clone()];
    while let Some(v) = stack.pop() {
        visit_refs(&v, &mut |name| {
            if seen.insert(name.to_string()) {
                if let Some(s) = components.and_then(|m| m.get(name)) {
                    stack.push(s.clone());
                }
            }
        });
    }
    seen
}

fn visit_refs(v: &Value, f: &mut impl FnMut(&str)) {
    match v {
        Value::Object(m) => {
            if let Some(name) = m
                .get("$ref")
                .and_then(Value::as_str)
                .and_then(|r| r.strip_prefix("#/components/schemas/"))
            {
                f(name);
            }
            m.values().for_each(|x| visit_refs(x, f));
        }
        Value::Array(a) => a.iter().for_each(|x| visit_refs(x, f)),
        _ => {}
    }
}

/// A standalone JSON Schema for `schema`: converted, with its referenced components in `$defs`.
pub fn bundle(spec: &Spec, schema: &Value) -> Value {
    bundle_in(&spec.doc, schema)
}

/// [`bundle`] within any OpenAPI document (ours or OpenAI's).
pub fn bundle_in(doc: &Value, schema: &Value) -> Value {
    let root = match convert(schema) {
        Value::Object(m) => m,
        other => return other,
    };
    let components = doc
        .pointer("/components/schemas")
        .and_then(Value::as_object);
    let defs: Map<String, Value> = closure_in(doc, schema)
        .into_iter()
        .filter_map(|name| {
            let s = components?.get(&name)?;
            let target = format!("#/$defs/{name}");
            Some((name, recursive_to_ref(convert(s), &target)))
        })
        .collect();
    let mut root = match recursive_to_ref(Value::Object(root), "#") {
        Value::Object(m) => m,
        other => return other,
    };
    root.insert(
        "$schema".into(),
        json!("https://json-schema.org/draft/2020-12/schema"),
    );
    if !defs.is_empty() {
        root.insert("$defs".into(), Value::Object(defs));
    }
    Value::Object(root)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nullable_widens_the_type_or_becomes_any_of_null() {
        let s = convert(&json!({"type": "integer", "nullable": true, "minimum": 1, "example": 3}));
        assert_eq!(s, json!({"type": ["integer", "null"], "minimum": 1}));
        let e = convert(&json!({"type": "string", "nullable": true, "enum": ["a"]}));
        assert_eq!(e, json!({"type": ["string", "null"], "enum": ["a", null]}));
        let c = convert(&json!({"allOf": [{"$ref": "#/components/schemas/X"}], "nullable": true}));
        assert_eq!(
            c,
            json!({"anyOf": [{"allOf": [{"$ref": "#/$defs/X"}]}, {"type": "null"}]})
        );
        assert!(jsonschema::is_valid(&s, &json!(null)));
        assert!(!jsonschema::is_valid(&s, &json!(0)));
    }

    #[test]
    fn refs_point_into_defs_and_boolean_exclusive_bounds_convert() {
        let s = convert(&json!({
            "type": "object",
            "properties": {
                "a": {"$ref": "#/components/schemas/A"},
                "n": {"type": "number", "minimum": 0, "exclusiveMinimum": true}
            }
        }));
        assert_eq!(s["properties"]["a"], json!({"$ref": "#/$defs/A"}));
        assert_eq!(
            s["properties"]["n"],
            json!({"type": "number", "exclusiveMinimum": 0})
        );
    }

    #[test]
    fn bundle_carries_the_transitive_closure() {
        let spec = Spec::parse(
            r##"
openapi: 3.0.3
info: {title: t, version: "1"}
paths: {}
components:
  schemas:
    A: {type: object, properties: {b: {$ref: "#/components/schemas/B"}}}
    B: {type: object, properties: {c: {$ref: "#/components/schemas/C"}}}
    C: {type: string, nullable: true}
    Unused: {type: string}
"##,
        )
        .unwrap();
        let b = bundle(&spec, &json!({"$ref": "#/components/schemas/A"}));
        let defs: Vec<&String> = b["$defs"].as_object().unwrap().keys().collect();
        assert_eq!(defs, ["A", "B", "C"]);
        let v = jsonschema::validator_for(&b).unwrap();
        assert!(v.is_valid(&json!({"b": {"c": null}})));
        assert!(!v.is_valid(&json!({"b": {"c": 1}})));
    }
}
