//! OpenAI's published OpenAPI document (MIT), vendored under `spec/openai/`, used two ways:
//!
//! - as a lint reference: each schema of ours that says which official schema it mirrors
//!   (`x-openai-schema: ResponseUsage`) must have every property the official one requires,
//!   required, with a type (and enum values) the official one admits ([`compare`]);
//! - as an oracle: answers and stream events of the OpenAI-compatible operations validate
//!   against the official schema of that object or event ([`Oracle`]).

use crate::schema::bundle_in;
use anyhow::{anyhow, Context, Result};
use jsonschema::Validator;
use serde_json::{Map, Value};
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::Path;

/// The extension naming the official schema a schema of ours mirrors.
pub const MIRRORS: &str = "x-openai-schema";
/// The extension that says why a property departs from OpenAI's document.
pub const DEVIATION: &str = "x-openai-deviation";

/// OpenAI's document.
pub struct Official {
    pub doc: Value,
}

impl Official {
    pub fn load(path: &Path) -> Result<Official> {
        let text = std::fs::read_to_string(path)
            .with_context(|| format!("reading OpenAI's document {}", path.display()))?;
        let doc: Value = serde_json::from_str(&text)
            .with_context(|| format!("{} is not JSON", path.display()))?;
        Ok(Official { doc })
    }

    /// `info.version` of the document.
    pub fn version(&self) -> &str {
        self.doc
            .pointer("/info/version")
            .and_then(Value::as_str)
            .unwrap_or("?")
    }

    pub fn schema(&self, name: &str) -> Option<&Value> {
        self.doc.pointer(&format!("/components/schemas/{name}"))
    }

    /// A standalone JSON Schema of the named component (its references bundled).
    pub fn bundle(&self, name: &str) -> Option<Value> {
        let schema = self.schema(name)?;
        Some(bundle_in(&self.doc, schema))
    }
}

/// Compiled official schemas, by name, for validating answers.
pub struct Oracle {
    official: Official,
    compiled: std::sync::Mutex<HashMap<String, std::sync::Arc<Compiled>>>,
}

/// One official schema: a union whose branches are told apart by their `type` constant is split
/// so an event is judged against its own branch (with precise messages), not the whole union.
enum Compiled {
    Single(Validator),
    ByType(BTreeMap<String, Validator>),
}

impl Oracle {
    pub fn new(official: Official) -> Oracle {
        Oracle {
            official,
            compiled: Default::default(),
        }
    }

    pub fn load(path: &Path) -> Result<Oracle> {
        Ok(Oracle::new(Official::load(path)?))
    }

    pub fn version(&self) -> &str {
        self.official.version()
    }

    fn compiled(&self, name: &str) -> Result<std::sync::Arc<Compiled>> {
        let mut cache = self
            .compiled
            .lock()
            .map_err(|_| anyhow!("oracle cache poisoned"))?;
        if let Some(c) = cache.get(name) {
            return Ok(c.clone());
        }
        let schema = self
            .official
            .schema(name)
            .ok_or_else(|| anyhow!("OpenAI's document has no schema `{name}`"))?;
        let compile = |s: &Value| {
            jsonschema::validator_for(&bundle_in(&self.official.doc, s))
                .map_err(|e| anyhow!("OpenAI's `{name}` does not compile: {e}"))
        };
        let branches = schema
            .get("anyOf")
            .or_else(|| schema.get("oneOf"))
            .and_then(Value::as_array);
        let by_type: Option<BTreeMap<String, &Value>> = branches.and_then(|bs| {
            bs.iter()
                .map(|b| Some((self.type_constant(b)?, b)))
                .collect()
        });
        let c = match by_type {
            Some(map) => Compiled::ByType(
                map.into_iter()
                    .map(|(t, b)| Ok((t, compile(b)?)))
                    .collect::<Result<_>>()?,
            ),
            None => Compiled::Single(compile(schema)?),
        };
        let c = std::sync::Arc::new(c);
        cache.insert(name.to_string(), c.clone());
        Ok(c)
    }

    /// The single `type` value a (referenced) object schema allows.
    fn type_constant(&self, schema: &Value) -> Option<String> {
        let s = resolve(&self.official.doc, schema);
        let values = s.pointer("/properties/type/enum")?.as_array()?;
        match values.as_slice() {
            [Value::String(t)] => Some(t.clone()),
            _ => None,
        }
    }

    /// Validates `instance` against the official schema `name`; the error names the first
    /// violation and where it is.
    pub fn check(&self, name: &str, instance: &Value) -> Result<(), String> {
        let compiled = self.compiled(name).map_err(|e| e.to_string())?;
        let (validator, label) = match compiled.as_ref() {
            Compiled::Single(v) => (v, name.to_string()),
            Compiled::ByType(map) => {
                let t = instance.get("type").and_then(Value::as_str).unwrap_or("");
                match map.get(t) {
                    Some(v) => (v, format!("{name} `{t}`")),
                    None => return Err(format!("OpenAI's `{name}` has no event of type `{t}`")),
                }
            }
        };
        let first = validator
            .iter_errors(instance)
            .next()
            .map(|e| format!("not OpenAI's {label}: {e} at `{}`", e.instance_path()));
        match first {
            None => Ok(()),
            Some(e) => Err(e),
        }
    }
}

fn resolve<'a>(doc: &'a Value, mut v: &'a Value) -> &'a Value {
    for _ in 0..32 {
        match v
            .get("$ref")
            .and_then(Value::as_str)
            .and_then(|r| r.strip_prefix('#'))
            .and_then(|p| doc.pointer(p))
        {
            Some(target) => v = target,
            None => return v,
        }
    }
    v
}

/// A schema read for comparison: references followed and `allOf` merged; unions and null are
/// handled by the caller. OpenAPI 3.0 `nullable` and 3.1 `{type: null}` both read as null.
#[derive(Default, Debug)]
struct Shape {
    /// Non-null JSON types; empty when the schema names none.
    types: BTreeSet<&'static str>,
    properties: Map<String, Value>,
    required: BTreeSet<String>,
    items: Option<Value>,
    /// Non-null enum values, as JSON text for non-strings.
    enumeration: Option<BTreeSet<String>>,
}

const TYPES: [&str; 6] = ["boolean", "object", "array", "number", "string", "integer"];

fn flat(doc: &Value, schema: &Value) -> Shape {
    let mut out = Shape::default();
    fold(doc, schema, &mut out, 0);
    out
}

fn fold(doc: &Value, schema: &Value, out: &mut Shape, depth: usize) {
    let Some(map) = resolve(doc, schema).as_object() else {
        return;
    };
    if depth > 16 {
        return;
    }
    let named: Vec<&str> = match map.get("type") {
        Some(Value::String(t)) => vec![t.as_str()],
        Some(Value::Array(ts)) => ts.iter().filter_map(Value::as_str).collect(),
        _ => Vec::new(),
    };
    out.types
        .extend(TYPES.iter().filter(|t| named.contains(*t)));
    if let Some(Value::Object(props)) = map.get("properties") {
        for (k, v) in props {
            out.properties.entry(k.clone()).or_insert_with(|| v.clone());
        }
    }
    for r in map
        .get("required")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(Value::as_str)
    {
        out.required.insert(r.to_string());
    }
    if let Some(items) = map.get("items") {
        out.items.get_or_insert_with(|| items.clone());
    }
    if let Some(Value::Array(values)) = map.get("enum") {
        let set = out.enumeration.get_or_insert_with(BTreeSet::new);
        for v in values.iter().filter(|v| !v.is_null()) {
            set.insert(v.as_str().map_or_else(|| v.to_string(), str::to_string));
        }
    }
    for part in map
        .get("allOf")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
    {
        fold(doc, part, out, depth + 1);
    }
}

/// The branches of a union (`oneOf`/`anyOf`, through `allOf` wrappers), null branches left out.
fn branches<'a>(doc: &'a Value, schema: &'a Value) -> Option<Vec<&'a Value>> {
    let map = resolve(doc, schema).as_object()?;
    if let Some(list) = map
        .get("oneOf")
        .or_else(|| map.get("anyOf"))
        .and_then(Value::as_array)
    {
        return Some(
            list.iter()
                .filter(|b| resolve(doc, b).get("type") != Some(&Value::String("null".into())))
                .collect(),
        );
    }
    match map
        .get("allOf")
        .and_then(Value::as_array)
        .map(Vec::as_slice)
    {
        Some([only]) => branches(doc, only),
        _ => None,
    }
}

fn admits_null(doc: &Value, schema: &Value) -> bool {
    // `nullable` beside a `$ref` (as OpenAI's document writes it) counts before the reference.
    if schema.get("nullable") == Some(&Value::Bool(true)) {
        return true;
    }
    let s = resolve(doc, schema);
    let Some(map) = s.as_object() else {
        return false;
    };
    map.get("nullable") == Some(&Value::Bool(true))
        || match map.get("type") {
            Some(Value::String(t)) => t == "null",
            Some(Value::Array(ts)) => ts.iter().any(|t| t == "null"),
            _ => false,
        }
        || map
            .get("enum")
            .and_then(Value::as_array)
            .is_some_and(|e| e.contains(&Value::Null))
        || ["oneOf", "anyOf"].iter().any(|k| {
            map.get(*k)
                .and_then(Value::as_array)
                .is_some_and(|bs| bs.iter().any(|b| admits_null(doc, b)))
        })
        || map
            .get("allOf")
            .and_then(Value::as_array)
            .is_some_and(|ps| ps.len() == 1 && admits_null(doc, &ps[0]))
}

/// Whether a value of JSON type `ty` is admitted by `types` (an integer is a number).
fn fits(ty: &str, types: &BTreeSet<&str>) -> bool {
    types.contains(ty) || (ty == "integer" && types.contains("number"))
}

/// Differences that make `ours` (a schema in our document) not a faithful mirror of the official
/// schema `name`: a property OpenAI requires that is missing or optional here, a type, null or
/// enum value OpenAI does not admit. Each finding starts with the property's path.
pub fn compare(ours_doc: &Value, ours: &Value, official: &Official, name: &str) -> Vec<String> {
    let Some(theirs) = official.schema(name) else {
        return vec![format!("OpenAI's document has no schema `{name}`")];
    };
    let mut out = Vec::new();
    let docs = Docs {
        ours: ours_doc,
        theirs: &official.doc,
    };
    docs.compare(ours, theirs, "", 0, &mut out);
    out
}

struct Docs<'a> {
    ours: &'a Value,
    theirs: &'a Value,
}

/// Objects tagged by a constant `type` (`{"type": "function", ...}`) only fit alternatives with
/// the same tag.
fn tags_overlap(mine: &Shape, theirs: &Shape, docs: &Docs) -> bool {
    let tag = |shape: &Shape, doc: &Value| -> Option<BTreeSet<String>> {
        flat(doc, shape.properties.get("type")?).enumeration
    };
    match (tag(mine, docs.ours), tag(theirs, docs.theirs)) {
        (Some(a), Some(b)) => !a.is_disjoint(&b),
        _ => true,
    }
}

/// One schema standing for several object alternatives: every property of any of them (the
/// first definition wins), required only where all require it, enums united.
fn merge_alternatives(doc: &Value, alternatives: &[&Value]) -> Value {
    let shapes: Vec<Shape> = alternatives.iter().map(|a| flat(doc, a)).collect();
    let mut definitions: BTreeMap<String, Vec<Value>> = BTreeMap::new();
    let mut enums: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for s in &shapes {
        for (k, v) in &s.properties {
            match flat(doc, v).enumeration {
                Some(e) => enums.entry(k.clone()).or_default().extend(e),
                None => definitions.entry(k.clone()).or_default().push(v.clone()),
            }
        }
    }
    let mut properties = Map::new();
    for (k, defs) in definitions {
        let def = match defs.len() {
            1 => defs.into_iter().next().unwrap_or_default(),
            _ => serde_json::json!({ "anyOf": defs }),
        };
        properties.insert(k, def);
    }
    for (k, values) in enums {
        let values: Vec<Value> = values.into_iter().map(Value::String).collect();
        properties.insert(k, serde_json::json!({"type": "string", "enum": values}));
    }
    let required: Vec<Value> = shapes
        .first()
        .map(|first| {
            first
                .required
                .iter()
                .filter(|r| shapes.iter().all(|s| s.required.contains(*r)))
                .map(|r| Value::String(r.clone()))
                .collect()
        })
        .unwrap_or_default();
    serde_json::json!({"type": "object", "properties": properties, "required": required})
}

impl Docs<'_> {
    fn compare(&self, ours: &Value, theirs: &Value, at: &str, depth: usize, out: &mut Vec<String>) {
        // A declared, reasoned departure from OpenAI's document is not compared; nor is a schema
        // that mirrors an official one of its own (it is checked on its own).
        let resolved = resolve(self.ours, ours);
        if depth > 12
            || ours.get(DEVIATION).is_some()
            || (depth > 0 && resolved.get(MIRRORS).is_some())
        {
            return;
        }
        if admits_null(self.ours, ours) && !admits_null(self.theirs, theirs) {
            let label = if at.is_empty() { "the object" } else { at };
            out.push(format!("{label}: null here, OpenAI does not admit null"));
        }
        self.compare_non_null(ours, theirs, at, depth, out);
    }

    /// [`Docs::compare`] once null has been judged: unions first, then the shapes.
    fn compare_non_null(
        &self,
        ours: &Value,
        theirs: &Value,
        at: &str,
        depth: usize,
        out: &mut Vec<String>,
    ) {
        let label = if at.is_empty() { "the object" } else { at };
        if let Some(mine) = branches(self.ours, ours) {
            for b in mine {
                if resolve(self.ours, b).get(MIRRORS).is_none() {
                    self.compare_non_null(b, theirs, at, depth + 1, out);
                }
            }
            return;
        }
        if let Some(candidates) = branches(self.theirs, theirs) {
            // Ours must fit one of OpenAI's alternatives of its type (and `type` tag, for
            // objects); or, being one schema for several of them, their union.
            let mine = flat(self.ours, ours);
            let fitting: Vec<&Value> = candidates
                .iter()
                .copied()
                .filter(|c| {
                    let t = flat(self.theirs, c);
                    let typed = t.types.is_empty()
                        || mine.types.is_empty()
                        || mine.types.iter().any(|ty| fits(ty, &t.types));
                    typed && tags_overlap(&mine, &t, self)
                })
                .collect();
            if fitting.is_empty() {
                let mut admitted = BTreeSet::new();
                for c in &candidates {
                    admitted.extend(flat(self.theirs, c).types);
                }
                out.push(format!(
                    "{label}: {} here, OpenAI admits {}",
                    mine.types.iter().copied().collect::<Vec<_>>().join("/"),
                    admitted.into_iter().collect::<Vec<_>>().join("/")
                ));
                return;
            }
            let mut best: Option<Vec<String>> = None;
            for c in &fitting {
                let mut found = Vec::new();
                self.compare_non_null(ours, c, at, depth + 1, &mut found);
                if best.as_ref().is_none_or(|b| found.len() < b.len()) {
                    best = Some(found);
                }
            }
            let best = best.unwrap_or_default();
            if !best.is_empty() && fitting.len() > 1 {
                let merged = merge_alternatives(self.theirs, &fitting);
                let mut found = Vec::new();
                self.compare_non_null(ours, &merged, at, depth + 1, &mut found);
                if found.is_empty() {
                    return;
                }
            }
            out.extend(best);
            return;
        }
        let (o, t) = (flat(self.ours, ours), flat(self.theirs, theirs));
        if !t.types.is_empty() {
            let foreign: Vec<&str> = o
                .types
                .iter()
                .copied()
                .filter(|ty| !fits(ty, &t.types))
                .collect();
            if !foreign.is_empty() {
                out.push(format!(
                    "{label}: {} here, OpenAI admits {}",
                    foreign.join("/"),
                    t.types.iter().copied().collect::<Vec<_>>().join("/")
                ));
                return;
            }
        }
        if let (Some(mine), Some(allowed)) = (&o.enumeration, &t.enumeration) {
            let unknown: Vec<&String> = mine.difference(allowed).collect();
            if !unknown.is_empty() {
                out.push(format!("{label}: enum values {unknown:?} are not OpenAI's"));
            }
        }
        for r in &t.required {
            let path = format!("{at}/{r}");
            if !o.properties.contains_key(r) {
                out.push(format!("{path}: missing (OpenAI requires it)"));
            } else if !o.required.contains(r) {
                out.push(format!("{path}: optional here, OpenAI requires it"));
            }
        }
        for (k, mine) in &o.properties {
            if let Some(their) = t.properties.get(k) {
                self.compare(mine, their, &format!("{at}/{k}"), depth + 1, out);
            }
        }
        if let (Some(mi), Some(ti)) = (&o.items, &t.items) {
            self.compare(mi, ti, &format!("{at}/items"), depth + 1, out);
        }
    }
}

/// Every schema in `doc` that says which official schema it mirrors: (JSON pointer, schema,
/// official name), components and inline schemas alike.
pub fn mirrors(doc: &Value) -> Vec<(String, Value, String)> {
    let mut out = Vec::new();
    walk(doc, "", &mut out);
    out
}

fn walk(v: &Value, at: &str, out: &mut Vec<(String, Value, String)>) {
    match v {
        Value::Object(m) => {
            if let Some(name) = m.get(MIRRORS).and_then(Value::as_str) {
                out.push((at.to_string(), v.clone(), name.to_string()));
            }
            for (k, x) in m {
                walk(x, &format!("{at}/{}", crate::document::escape(k)), out);
            }
        }
        Value::Array(a) => {
            for (i, x) in a.iter().enumerate() {
                walk(x, &format!("{at}/{i}"), out);
            }
        }
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn official() -> Official {
        Official {
            doc: json!({"components": {"schemas": {
                "Usage": {"type": "object", "required": ["a", "details"], "properties": {
                    "a": {"type": "integer"},
                    "details": {"type": "object", "required": ["x", "y"],
                                "properties": {"x": {"type": "integer"}, "y": {"type": "integer"}}},
                    "mode": {"type": "string", "enum": ["on", "off"]},
                    "note": {"anyOf": [{"type": "string"}, {"type": "null"}]}
                }},
                "Event": {"anyOf": [
                    {"$ref": "#/components/schemas/Delta"},
                    {"$ref": "#/components/schemas/Done"}
                ]},
                "Delta": {"type": "object", "required": ["type", "delta"], "properties": {
                    "type": {"type": "string", "enum": ["delta"]}, "delta": {"type": "string"}}},
                "Done": {"type": "object", "required": ["type"], "properties": {
                    "type": {"type": "string", "enum": ["done"]},
                    "n": {"type": "integer", "nullable": true}}}
            }}}),
        }
    }

    #[test]
    fn compare_reports_missing_optional_and_mistyped_properties() {
        let ours_doc = json!({});
        let ours = json!({"type": "object", "required": ["a"], "properties": {
            "a": {"type": "string"},
            "details": {"type": "object", "required": ["x"], "properties": {"x": {"type": "integer"}}},
            "mode": {"type": "string", "enum": ["on", "auto"]},
            "note": {"type": "string", "nullable": true}
        }});
        let f = compare(&ours_doc, &ours, &official(), "Usage");
        let has = |s: &str| f.iter().any(|x| x.contains(s));
        assert!(has("/a: string here, OpenAI admits integer"), "{f:?}");
        assert!(has("/details: optional here"), "{f:?}");
        assert!(has("/details/y: missing"), "{f:?}");
        assert!(has("/mode: enum values [\"auto\"]"), "{f:?}");
        assert_eq!(f.len(), 4, "{f:?}");
        // Null is judged on its own; a union of ours fits one of theirs branch by branch.
        let nullable = json!({"type": "object", "required": ["a", "details"], "properties": {
            "a": {"type": "integer", "nullable": true},
            "details": {"$ref": "#/components/schemas/Details"},
            "note": {"oneOf": [{"type": "string"}, {"type": "integer"}]}
        }});
        let doc = json!({"components": {"schemas": {"Details": {"type": "object", "required": ["x", "y"],
            "properties": {"x": {"type": "integer"}, "y": {"type": "integer"}}}}}});
        let f = compare(&doc, &nullable, &official(), "Usage");
        assert!(
            f.iter()
                .any(|x| x == "/a: null here, OpenAI does not admit null"),
            "{f:?}"
        );
        assert!(
            f.iter().any(|x| x.starts_with("/note: integer here")),
            "{f:?}"
        );
        assert_eq!(f.len(), 2, "{f:?}");
        let good = json!({"type": "object", "required": ["a", "details"], "properties": {
            "a": {"type": "integer", "minimum": 0},
            "details": {"type": "object", "required": ["x", "y"],
                        "properties": {"x": {"type": "integer"}, "y": {"type": "integer"}}}
        }});
        assert!(compare(&ours_doc, &good, &official(), "Usage").is_empty());
    }

    #[test]
    fn oracle_judges_events_by_their_type() {
        let oracle = Oracle::new(official());
        assert!(oracle
            .check("Event", &json!({"type": "delta", "delta": "x"}))
            .is_ok());
        let e = oracle
            .check("Event", &json!({"type": "delta"}))
            .unwrap_err();
        assert!(e.contains("Event `delta`") && e.contains("delta"), "{e}");
        // OpenAPI 3.0 `nullable` in OpenAI's document is honoured.
        assert!(oracle
            .check("Event", &json!({"type": "done", "n": null}))
            .is_ok());
        assert!(oracle.check("Event", &json!({"type": "other"})).is_err());
        assert!(oracle.check("Usage", &json!({"a": 1})).is_err());
    }
}
