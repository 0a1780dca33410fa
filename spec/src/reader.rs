//! Reading bundled JSON Schema documents (`$defs` + local `$ref`s, as [`crate::schema::bundle`]
//! produces them): following references, folding `allOf`, and splitting `oneOf`/`anyOf` into
//! alternatives that the generators can treat one at a time.

use serde_json::{Map, Value};

/// A bundled schema document: the root plus the definitions its references point into.
#[derive(Clone, Debug)]
pub struct Doc {
    pub root: Value,
}

impl Doc {
    pub fn new(root: Value) -> Doc {
        Doc { root }
    }

    /// Follows `$ref` (local pointers only) until a schema without one.
    pub fn resolve<'a>(&'a self, mut schema: &'a Value) -> &'a Value {
        for _ in 0..32 {
            match schema.get("$ref").and_then(Value::as_str) {
                Some(r) => match r.strip_prefix('#').and_then(|p| self.root.pointer(p)) {
                    Some(target) => schema = target,
                    None => return &Value::Bool(true),
                },
                None => return schema,
            }
        }
        schema
    }

    /// The schema with references followed and `allOf` folded into one object.
    pub fn flatten(&self, schema: &Value) -> Map<String, Value> {
        let schema = self.resolve(schema);
        let Value::Object(map) = schema else {
            return Map::new();
        };
        let mut out = map.clone();
        out.remove("$defs");
        out.remove("$schema");
        if let Some(Value::Array(parts)) = out.remove("allOf") {
            for part in &parts {
                merge(&mut out, &self.flatten(part));
            }
        }
        out
    }

    /// The alternatives a value of `schema` may take: each `oneOf`/`anyOf` branch merged with the
    /// sibling keywords (recursively), or the schema itself. For a `oneOf` whose branches only
    /// require different properties (`oneOf: [{required: [a]}, {required: [b]}]`), each alternative
    /// forbids the properties the other branches require (`x-forbid`), so that exactly one matches.
    pub fn alternatives(&self, schema: &Value) -> Vec<Map<String, Value>> {
        let base = self.flatten(schema);
        let (key, branches) = match (base.get("oneOf"), base.get("anyOf")) {
            (Some(Value::Array(b)), _) => ("oneOf", b.clone()),
            (None, Some(Value::Array(b))) => ("anyOf", b.clone()),
            _ => return vec![base],
        };
        let mut rest = base.clone();
        rest.remove(key);
        let branch_maps: Vec<Map<String, Value>> =
            branches.iter().map(|b| self.flatten(b)).collect();
        let mut out = Vec::new();
        for (i, b) in branch_maps.iter().enumerate() {
            let mut m = rest.clone();
            merge(&mut m, b);
            if key == "oneOf" {
                let mine = required(b);
                let forbid: Vec<Value> = branch_maps
                    .iter()
                    .enumerate()
                    .filter(|(j, _)| *j != i)
                    .flat_map(|(_, o)| required(o))
                    .filter(|k| !mine.contains(k))
                    .map(Value::String)
                    .collect();
                if !forbid.is_empty() {
                    m.insert("x-forbid".into(), Value::Array(forbid));
                }
            }
            out.extend(self.alternatives(&Value::Object(m)));
        }
        out
    }
}

/// The JSON types a (flattened) schema admits; every type when it names none.
pub fn types(schema: &Map<String, Value>) -> Vec<&'static str> {
    const ALL: [&str; 7] = [
        "null", "boolean", "object", "array", "number", "string", "integer",
    ];
    let named: Vec<&str> = match schema.get("type") {
        Some(Value::String(t)) => vec![t.as_str()],
        Some(Value::Array(ts)) => ts.iter().filter_map(Value::as_str).collect(),
        _ => {
            if schema.contains_key("properties") || schema.contains_key("required") {
                return vec!["object"];
            }
            if schema.contains_key("items") {
                return vec!["array"];
            }
            return ALL.iter().filter(|t| **t != "integer").copied().collect();
        }
    };
    ALL.iter().filter(|t| named.contains(t)).copied().collect()
}

pub fn required(schema: &Map<String, Value>) -> Vec<String> {
    strings(schema, "required")
}

/// Properties an alternative must not carry (set by [`Doc::alternatives`]).
pub fn forbidden(schema: &Map<String, Value>) -> Vec<String> {
    strings(schema, "x-forbid")
}

fn strings(schema: &Map<String, Value>, key: &str) -> Vec<String> {
    schema
        .get(key)
        .and_then(Value::as_array)
        .map(|r| {
            r.iter()
                .filter_map(Value::as_str)
                .map(str::to_string)
                .collect()
        })
        .unwrap_or_default()
}

pub fn number(schema: &Map<String, Value>, key: &str) -> Option<f64> {
    schema.get(key).and_then(Value::as_f64)
}

pub fn count(schema: &Map<String, Value>, key: &str) -> Option<usize> {
    schema.get(key).and_then(Value::as_u64).map(|n| n as usize)
}

/// Folds `extra` into `into`: properties and required lists are united, `type`s intersected,
/// and any other keyword `into` lacks is taken over.
pub fn merge(into: &mut Map<String, Value>, extra: &Map<String, Value>) {
    for (k, v) in extra {
        match (k.as_str(), into.get_mut(k)) {
            ("properties", Some(Value::Object(mine))) => {
                if let Value::Object(theirs) = v {
                    for (p, s) in theirs {
                        mine.entry(p.clone()).or_insert_with(|| s.clone());
                    }
                }
            }
            ("required", Some(Value::Array(mine))) => {
                for r in v.as_array().into_iter().flatten() {
                    if !mine.contains(r) {
                        mine.push(r.clone());
                    }
                }
            }
            ("type", Some(mine)) => {
                let as_list = |t: &Value| -> Vec<Value> {
                    match t {
                        Value::Array(a) => a.clone(),
                        other => vec![other.clone()],
                    }
                };
                let theirs = as_list(v);
                let common: Vec<Value> = as_list(mine)
                    .into_iter()
                    .filter(|t| theirs.contains(t))
                    .collect();
                *mine = match common.len() {
                    1 => common[0].clone(),
                    _ => Value::Array(common),
                };
            }
            (_, Some(_)) => {}
            (_, None) => {
                into.insert(k.clone(), v.clone());
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn one_of_required_branches_forbid_each_other() {
        let doc = Doc::new(json!({
            "type": "object",
            "properties": {"a": {"type": "string"}, "b": {"type": "string"}},
            "oneOf": [{"required": ["a"]}, {"required": ["b"]}]
        }));
        let alts = doc.alternatives(&doc.root);
        assert_eq!(alts.len(), 2);
        assert_eq!(required(&alts[0]), vec!["a"]);
        assert_eq!(forbidden(&alts[0]), vec!["b"]);
        assert_eq!(forbidden(&alts[1]), vec!["a"]);
    }

    #[test]
    fn refs_and_all_of_fold_together() {
        let doc = Doc::new(json!({
            "$defs": {"M": {"type": "string", "enum": ["a", "b"]}},
            "allOf": [{"$ref": "#/$defs/M"}],
            "default": "a"
        }));
        let flat = doc.flatten(&doc.root);
        assert_eq!(flat["enum"], json!(["a", "b"]));
        assert_eq!(flat["default"], json!("a"));
        assert!(!flat.contains_key("$defs"));
    }
}
