//! The deterministic phase's data: a minimal and a full value per schema, and for every location
//! in a base value the variants worth trying there — every enum value, a value outside the enum,
//! each bound and one step past it, a value of every other JSON type, a broken pattern, removed
//! properties and an unexpected one. Variants are not labelled here: the caller validates each
//! against the schema, so "valid" and "invalid" are decided by the schema itself.

use crate::generate::{integer_bounds, unanchored};
use lukhas_spec::reader::{self as schema, Doc};
use proptest::strategy::{Strategy, ValueTree};
use proptest::test_runner::TestRunner;
use serde_json::{json, Map, Value};

/// A change at one location of a document.
#[derive(Clone, Debug)]
pub enum Edit {
    Set(String, Value),
    Remove(String),
}

impl Edit {
    pub fn apply(&self, base: &Value) -> Option<Value> {
        let mut out = base.clone();
        match self {
            Edit::Set(ptr, v) if ptr.is_empty() => return Some(v.clone()),
            Edit::Set(ptr, v) => *out.pointer_mut(ptr)? = v.clone(),
            Edit::Remove(ptr) => {
                let (parent, key) = ptr.rsplit_once('/')?;
                let key = key.replace("~1", "/").replace("~0", "~");
                out.pointer_mut(parent)?.as_object_mut()?.remove(&key)?;
            }
        }
        Some(out)
    }

    pub fn pointer(&self) -> &str {
        match self {
            Edit::Set(p, _) | Edit::Remove(p) => p,
        }
    }
}

/// A deterministic value of `schema`: required properties only (`full`: every property), the
/// first enum value, the lower bounds.
pub fn sample(doc: &Doc, schema: &Value, full: bool) -> Value {
    sample_at(doc, schema, full, 0)
}

fn sample_at(doc: &Doc, schema: &Value, full: bool, depth: usize) -> Value {
    let alts = doc.alternatives(schema);
    // Prefer an alternative that is not just `null`.
    let Some(s) = alts
        .iter()
        .find(|a| schema::types(a) != ["null"])
        .or(alts.first())
    else {
        return Value::Null;
    };
    if let Some(c) = s.get("const") {
        return c.clone();
    }
    if let Some(Value::Array(e)) = s.get("enum") {
        if let Some(first) = e.iter().find(|v| !v.is_null()).or(e.first()) {
            return first.clone();
        }
    }
    if let Some(d) = s.get("default") {
        return d.clone();
    }
    let types = schema::types(s);
    let ty = types
        .iter()
        .find(|t| **t != "null")
        .copied()
        .unwrap_or("null");
    match ty {
        "null" => Value::Null,
        "boolean" => Value::Bool(false),
        "integer" => {
            let (lo, hi) = integer_bounds(s);
            Value::from(lo.unwrap_or_else(|| hi.map_or(0, |h| h.min(0))))
        }
        "number" => {
            let lo = schema::number(s, "minimum")
                .or(schema::number(s, "exclusiveMinimum").map(|m| m + 0.5));
            json!(lo.unwrap_or(0.0))
        }
        "string" => Value::String(sample_string(
            s,
            schema::count(s, "minLength").unwrap_or(1).max(1),
        )),
        "array" => {
            let n = schema::count(s, "minItems")
                .unwrap_or(0)
                .max(usize::from(full));
            let n = n.min(schema::count(s, "maxItems").unwrap_or(n));
            let item = sample_at(
                doc,
                s.get("items").unwrap_or(&Value::Bool(true)),
                full,
                depth + 1,
            );
            Value::Array(vec![item; n])
        }
        _ => {
            let mut out = Map::new();
            let required = schema::required(s);
            let forbidden = schema::forbidden(s);
            let empty = Map::new();
            let props = s
                .get("properties")
                .and_then(Value::as_object)
                .unwrap_or(&empty);
            for (name, prop) in props {
                let wanted = required.contains(name) || (full && depth < 6);
                if wanted && !forbidden.contains(name) {
                    out.insert(name.clone(), sample_at(doc, prop, full, depth + 1));
                }
            }
            Value::Object(out)
        }
    }
}

/// A string of about `len` characters that matches the schema's pattern when there is one.
fn sample_string(s: &Map<String, Value>, len: usize) -> String {
    if let Some(p) = s.get("pattern").and_then(Value::as_str) {
        if let Ok(strat) = proptest::string::string_regex(&unanchored(p)) {
            let mut runner = TestRunner::deterministic();
            let min = schema::count(s, "minLength").unwrap_or(0);
            let max = schema::count(s, "maxLength").unwrap_or(usize::MAX);
            for _ in 0..64 {
                if let Ok(t) = strat.new_tree(&mut runner) {
                    let t = t.current();
                    if (min..=max).contains(&t.chars().count()) {
                        return t;
                    }
                }
            }
        }
    }
    "a".repeat(len)
}

/// Every variant of `base` worth sending: edits at every location the schema describes.
pub fn variants(doc: &Doc, schema: &Value, base: &Value) -> Vec<Edit> {
    let mut out = Vec::new();
    walk(
        doc,
        std::slice::from_ref(schema),
        base,
        String::new(),
        &mut out,
    );
    out
}

fn walk(doc: &Doc, schemas: &[Value], value: &Value, ptr: String, out: &mut Vec<Edit>) {
    let alts: Vec<Map<String, Value>> = schemas.iter().flat_map(|s| doc.alternatives(s)).collect();
    for other in [
        json!(null),
        json!(true),
        json!(0),
        json!(1.5),
        json!("x"),
        json!([]),
        json!({}),
    ] {
        out.push(Edit::Set(ptr.clone(), other));
    }
    for s in &alts {
        here(doc, s, value, &ptr, out);
    }
    match value {
        Value::Object(map) => {
            for (key, child) in map {
                let child_schemas: Vec<Value> = alts
                    .iter()
                    .filter_map(|s| {
                        s.get("properties")
                            .and_then(|p| p.get(key))
                            .or_else(|| s.get("additionalProperties").filter(|a| a.is_object()))
                            .cloned()
                    })
                    .collect();
                if !child_schemas.is_empty() {
                    let p = format!("{ptr}/{}", key.replace('~', "~0").replace('/', "~1"));
                    walk(doc, &child_schemas, child, p, out);
                }
            }
        }
        Value::Array(items) => {
            if let Some(first) = items.first() {
                let item_schemas: Vec<Value> = alts
                    .iter()
                    .filter_map(|s| s.get("items").cloned())
                    .collect();
                if !item_schemas.is_empty() {
                    walk(doc, &item_schemas, first, format!("{ptr}/0"), out);
                }
            }
        }
        _ => {}
    }
}

/// Variants at one location from one alternative's keywords.
fn here(doc: &Doc, s: &Map<String, Value>, value: &Value, ptr: &str, out: &mut Vec<Edit>) {
    let mut set = |v: Value| out.push(Edit::Set(ptr.to_string(), v));
    if let Some(Value::Array(values)) = s.get("enum") {
        values.iter().cloned().for_each(&mut set);
        set(json!("not-one-of-the-enum-values"));
    }
    if let Some(d) = s.get("default") {
        set(d.clone());
    }
    if let Some(c) = s.get("const") {
        set(c.clone());
    }
    let types = schema::types(s);
    if types.contains(&"integer") {
        let (lo, hi) = integer_bounds(s);
        for b in [lo, hi].into_iter().flatten() {
            for n in [b.saturating_sub(1), b, b.saturating_add(1)] {
                set(json!(n));
            }
        }
    } else if types.contains(&"number") {
        for key in ["minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum"] {
            if let Some(b) = schema::number(s, key) {
                for n in [b - 1.0, b - 0.001, b, b + 0.001, b + 1.0] {
                    set(json!(n));
                }
            }
        }
    }
    if types.contains(&"string") {
        let seed = value.as_str().filter(|t| !t.is_empty()).unwrap_or("a");
        for key in ["minLength", "maxLength"] {
            if let Some(n) = schema::count(s, key) {
                for len in [n.saturating_sub(1), n, n + 1] {
                    set(Value::String(seed.chars().cycle().take(len).collect()));
                }
            }
        }
        if s.contains_key("pattern") {
            set(json!("!! does not match the pattern !!"));
            set(json!(""));
        }
    }
    if let (true, Value::Array(items)) = (types.contains(&"array"), value) {
        let item = items
            .first()
            .cloned()
            .unwrap_or_else(|| sample(doc, s.get("items").unwrap_or(&Value::Bool(true)), false));
        for key in ["minItems", "maxItems"] {
            if let Some(n) = schema::count(s, key) {
                for len in [n.saturating_sub(1), n, n + 1] {
                    set(Value::Array(vec![item.clone(); len]));
                }
            }
        }
        if s.get("uniqueItems") == Some(&Value::Bool(true)) {
            set(Value::Array(vec![item.clone(), item.clone()]));
        }
    }
    if let (true, Value::Object(map)) = (types.contains(&"object"), value) {
        for key in map.keys() {
            out.push(Edit::Remove(format!(
                "{ptr}/{}",
                key.replace('~', "~0").replace('/', "~1")
            )));
        }
        let mut extra = map.clone();
        extra.insert("unexpected_property".into(), json!(1));
        out.push(Edit::Set(ptr.to_string(), Value::Object(extra)));
        // Absent optional properties, each present once at its sample value (a boolean at both
        // values: a switch such as `stream: true` changes what the answer is).
        let empty = Map::new();
        let props = s
            .get("properties")
            .and_then(Value::as_object)
            .unwrap_or(&empty);
        for (name, prop) in props.iter().filter(|(n, _)| !map.contains_key(*n)) {
            let value = sample(doc, prop, false);
            let flipped = value.as_bool().map(|b| json!(!b));
            for v in std::iter::once(value).chain(flipped) {
                let mut with = map.clone();
                with.insert(name.clone(), v);
                out.push(Edit::Set(ptr.to_string(), Value::Object(with)));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn variants_cover_bounds_enums_types_and_removals() {
        let schema = json!({
            "type": "object", "required": ["k"], "additionalProperties": false,
            "properties": {"k": {"type": "integer", "minimum": 1, "maximum": 10},
                           "m": {"type": "string", "enum": ["a", "b"]}}
        });
        let doc = Doc::new(schema.clone());
        let base = sample(&doc, &schema, true);
        assert_eq!(base, json!({"k": 1, "m": "a"}));
        let validator = jsonschema::validator_for(&schema).unwrap();
        let bodies: Vec<Value> = variants(&doc, &schema, &base)
            .iter()
            .filter_map(|e| e.apply(&base))
            .collect();
        let valid = |v: &Value| validator.is_valid(v);
        assert!(bodies.contains(&json!({"k": 10, "m": "a"})));
        assert!(
            bodies.contains(&json!({"k": 11, "m": "a"})) && !valid(&json!({"k": 11, "m": "a"}))
        );
        assert!(bodies.contains(&json!({"k": 1, "m": "b"})));
        assert!(
            bodies.contains(&json!({"m": "a"})),
            "required property removed"
        );
        assert!(bodies
            .iter()
            .any(|b| b.get("unexpected_property").is_some()));
        assert!(bodies.contains(&json!({"k": "x", "m": "a"})), "wrong type");
    }
}
