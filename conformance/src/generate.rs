//! JSON Schema -> proptest strategies for valid data, with proptest's shrinking.
//!
//! Covers objects (required and optional properties, `additionalProperties` schemas), arrays
//! (bounds, `uniqueItems`), strings (lengths, `pattern` via proptest's regex generator, common
//! `format`s), integers and numbers (inclusive and exclusive bounds, `multipleOf`), enums, consts,
//! nullable types, `oneOf`/`anyOf` (one strategy per alternative) and `allOf` (folded). Values the
//! spec's examples give are mixed in, so that identifiers such as model names hit real resources.
//! The caller filters the result through the compiled schema: whatever this translation gets
//! subtly wrong is rejected there, never sent as "valid".

use lukhas_spec::reader::{self as schema, Doc};
use proptest::prelude::*;
use proptest::strategy::Union;
use serde_json::{Map, Number, Value};

/// How far below the top a schema is expanded before the generator settles for minimal values.
const MAX_DEPTH: usize = 8;
/// Generated strings and arrays stay this much above their minimum (bounds are the coverage
/// phase's job; long values only make the random phase slower).
const STRING_SPAN: usize = 24;
const ARRAY_SPAN: usize = 4;

pub type ValueStrategy = BoxedStrategy<Value>;

pub fn strategy(doc: &Doc, schema: &Value, example: Option<&Value>) -> ValueStrategy {
    value(doc, schema, example, 0)
}

fn value(doc: &Doc, schema: &Value, example: Option<&Value>, depth: usize) -> ValueStrategy {
    // A schema that contains itself (a filter of filters) whose every branch recurses: give up
    // here; the schema check rejects the value.
    if depth > 3 * MAX_DEPTH {
        return Just(Value::Null).boxed();
    }
    if schema == &Value::Bool(true) || schema.as_object().is_some_and(|m| m.is_empty()) {
        return any_json().boxed();
    }
    let alternatives = doc.alternatives(schema);
    let strategies: Vec<ValueStrategy> = alternatives
        .iter()
        .map(|alt| alternative(doc, alt, example, depth))
        .collect();
    one_of(strategies)
}

fn alternative(
    doc: &Doc,
    s: &Map<String, Value>,
    example: Option<&Value>,
    depth: usize,
) -> ValueStrategy {
    if let Some(c) = s.get("const") {
        return Just(c.clone()).boxed();
    }
    if let Some(Value::Array(values)) = s.get("enum") {
        if !values.is_empty() {
            return proptest::sample::select(values.clone()).boxed();
        }
    }
    let strategies: Vec<ValueStrategy> = schema::types(s)
        .into_iter()
        .map(|t| typed(doc, s, t, example, depth))
        .collect();
    let generated = one_of(strategies);
    match example {
        // Scalars from the examples half of the time: a real model name beats a random one.
        Some(e) if !e.is_object() && !e.is_array() && !e.is_null() => {
            prop_oneof![Just(e.clone()), generated].boxed()
        }
        _ => generated,
    }
}

fn typed(
    doc: &Doc,
    s: &Map<String, Value>,
    ty: &str,
    example: Option<&Value>,
    depth: usize,
) -> ValueStrategy {
    match ty {
        "null" => Just(Value::Null).boxed(),
        "boolean" => any::<bool>().prop_map(Value::Bool).boxed(),
        "integer" => integer(s),
        "number" => number(s),
        "string" => string(s),
        "array" => array(doc, s, example, depth),
        _ => object(doc, s, example, depth),
    }
}

fn one_of(mut strategies: Vec<ValueStrategy>) -> ValueStrategy {
    match strategies.len() {
        0 => Just(Value::Null).boxed(),
        1 => strategies.pop().expect("one strategy"),
        _ => Union::new(strategies).boxed(),
    }
}

/// Inclusive integer bounds of a schema (exclusive bounds moved inwards).
pub fn integer_bounds(s: &Map<String, Value>) -> (Option<i64>, Option<i64>) {
    let lo = schema::number(s, "minimum")
        .map(|m| m.ceil() as i64)
        .or_else(|| schema::number(s, "exclusiveMinimum").map(|m| m.floor() as i64 + 1));
    let hi = schema::number(s, "maximum")
        .map(|m| m.floor() as i64)
        .or_else(|| schema::number(s, "exclusiveMaximum").map(|m| m.ceil() as i64 - 1));
    (lo, hi)
}

fn integer(s: &Map<String, Value>) -> ValueStrategy {
    let (lo, hi) = integer_bounds(s);
    let (lo, hi) = match (lo, hi) {
        (Some(l), Some(h)) => (l, h),
        (Some(l), None) => (l, l.saturating_add(1_000_000)),
        (None, Some(h)) => (h.saturating_sub(1_000_000), h),
        (None, None) => (-1_000_000, 1_000_000),
    };
    if lo > hi {
        return Just(Value::Null).boxed();
    }
    let step = schema::number(s, "multipleOf")
        .filter(|m| *m >= 1.0)
        .map(|m| m as i64);
    prop_oneof![
        6 => lo..=hi,
        1 => Just(lo),
        1 => Just(hi),
    ]
    .prop_map(move |n| match step {
        Some(m) => Value::from(n - n.rem_euclid(m)),
        None => Value::from(n),
    })
    .boxed()
}

fn number(s: &Map<String, Value>) -> ValueStrategy {
    let lo = schema::number(s, "minimum").or_else(|| schema::number(s, "exclusiveMinimum"));
    let hi = schema::number(s, "maximum").or_else(|| schema::number(s, "exclusiveMaximum"));
    let strict_lo = s.contains_key("exclusiveMinimum");
    let strict_hi = s.contains_key("exclusiveMaximum");
    let to_json = |f: f64| {
        Number::from_f64(f)
            .map(Value::Number)
            .unwrap_or(Value::Null)
    };
    match (lo, hi) {
        (None, None) => prop_oneof![
            4 => (-1000.0..1000.0f64).prop_map(to_json),
            1 => (-1_000_000i64..1_000_000).prop_map(Value::from),
            1 => proptest::num::f64::NORMAL.prop_map(to_json),
        ]
        .boxed(),
        (lo, hi) => {
            let l = lo.unwrap_or(hi.unwrap_or(0.0) - 1e6);
            let h = hi.unwrap_or(l + 1e6);
            if l > h {
                return Just(Value::Null).boxed();
            }
            let mut edges = Vec::new();
            if !strict_lo {
                edges.push(to_json(l));
            }
            if !strict_hi {
                edges.push(to_json(h));
            }
            let inner = (l..=h).prop_map(to_json);
            if edges.is_empty() {
                inner.boxed()
            } else {
                prop_oneof![4 => inner, 1 => proptest::sample::select(edges)].boxed()
            }
        }
    }
}

/// Characters for unconstrained strings: mostly ASCII letters, sometimes any Unicode scalar
/// (control characters, NUL, astral planes included).
fn any_char() -> impl Strategy<Value = char> {
    prop_oneof![
        6 => proptest::char::range('a', 'z'),
        1 => proptest::char::range(' ', '~'),
        1 => any::<char>(),
    ]
}

fn string(s: &Map<String, Value>) -> ValueStrategy {
    let min = schema::count(s, "minLength").unwrap_or(0);
    let max = schema::count(s, "maxLength").unwrap_or(usize::MAX);
    if min > max {
        return Just(Value::Null).boxed();
    }
    let fits = move |t: &String| (min..=max).contains(&t.chars().count());
    if let Some(pattern) = s.get("pattern").and_then(Value::as_str) {
        if let Ok(re) = proptest::string::string_regex(&unanchored(pattern)) {
            return re
                .prop_filter("length", fits)
                .prop_map(Value::String)
                .boxed();
        }
    }
    if let Some(format) = s.get("format").and_then(Value::as_str) {
        if let Some(sample) = format_strategy(format) {
            return sample
                .prop_filter("length", fits)
                .prop_map(Value::String)
                .boxed();
        }
    }
    let hi = max.min(min + STRING_SPAN);
    proptest::collection::vec(any_char(), min..=hi)
        .prop_map(|cs| Value::String(cs.into_iter().collect()))
        .boxed()
}

/// A `pattern` as proptest's generator takes it: JSON Schema patterns match anywhere, so the
/// anchors only say where the generated text may stop; an unanchored end may carry anything.
pub fn unanchored(pattern: &str) -> String {
    let core = pattern.strip_prefix('^').unwrap_or(pattern);
    match core.strip_suffix('$') {
        Some(c) if !c.ends_with('\\') => c.to_string(),
        _ => format!("{core}[a-z0-9]{{0,8}}"),
    }
}

fn format_strategy(format: &str) -> Option<BoxedStrategy<String>> {
    let re = match format {
        "date-time" => "20[0-9]{2}-(0[1-9]|1[0-2])-(0[1-9]|1[0-9]|2[0-8])T([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9]Z",
        "date" => "20[0-9]{2}-(0[1-9]|1[0-2])-(0[1-9]|1[0-9]|2[0-8])",
        "email" => "[a-z]{1,8}@example\\.(com|org)",
        "uri" | "url" => "https://example\\.(com|org)/[a-z0-9]{0,12}",
        "uuid" => "[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}",
        "ipv4" => "(1?[0-9]{1,2}|2[0-4][0-9])\\.(1?[0-9]{1,2})\\.(1?[0-9]{1,2})\\.(1?[0-9]{1,2})",
        _ => return None,
    };
    proptest::string::string_regex(re).ok().map(|s| s.boxed())
}

fn array(
    doc: &Doc,
    s: &Map<String, Value>,
    example: Option<&Value>,
    depth: usize,
) -> ValueStrategy {
    let min = schema::count(s, "minItems").unwrap_or(0);
    let max = schema::count(s, "maxItems").unwrap_or(usize::MAX);
    if min > max {
        return Just(Value::Null).boxed();
    }
    let items = s.get("items").cloned().unwrap_or(Value::Bool(true));
    let item_example = example.and_then(|e| e.get(0));
    let hi = if depth >= MAX_DEPTH {
        min
    } else {
        max.min(min + ARRAY_SPAN)
    };
    if hi == 0 {
        // Not built at all: the items of a recursive schema would recurse forever.
        return Just(Value::Array(Vec::new())).boxed();
    }
    let unique = s.get("uniqueItems") == Some(&Value::Bool(true));
    proptest::collection::vec(value(doc, &items, item_example, depth + 1), min..=hi)
        .prop_filter("unique items", move |v| {
            !unique || v.iter().enumerate().all(|(i, x)| !v[..i].contains(x))
        })
        .prop_map(Value::Array)
        .boxed()
}

fn object(
    doc: &Doc,
    s: &Map<String, Value>,
    example: Option<&Value>,
    depth: usize,
) -> ValueStrategy {
    let required = schema::required(s);
    let forbidden = schema::forbidden(s);
    let empty = Map::new();
    let properties = s
        .get("properties")
        .and_then(Value::as_object)
        .unwrap_or(&empty);
    let mut fields: Vec<BoxedStrategy<Option<(String, Value)>>> = Vec::new();
    for (name, prop) in properties {
        if forbidden.contains(name) {
            continue;
        }
        let ex = example.and_then(|e| e.get(name));
        let name = name.clone();
        let strat = value(doc, prop, ex, depth + 1);
        if required.contains(&name) {
            fields.push(strat.prop_map(move |v| Some((name.clone(), v))).boxed());
        } else if depth < MAX_DEPTH {
            fields.push(proptest::option::of(strat.prop_map(move |v| (name.clone(), v))).boxed());
        }
    }
    // Required names without a property schema take any value.
    for name in required.iter().filter(|r| !properties.contains_key(*r)) {
        let name = name.clone();
        fields.push(
            any_json()
                .prop_map(move |v| Some((name.clone(), v)))
                .boxed(),
        );
    }
    let extra = match s.get("additionalProperties") {
        Some(extra @ Value::Object(_)) if depth < MAX_DEPTH => {
            let taken: Vec<String> = properties.keys().cloned().collect();
            let key = "[a-z][a-z0-9_]{0,11}"
                .prop_filter("not a declared property", move |k| !taken.contains(k));
            proptest::collection::vec((key, value(doc, extra, None, depth + 1)), 0..=2).boxed()
        }
        _ => Just(Vec::new()).boxed(),
    };
    (fields, extra)
        .prop_map(|(fields, extra)| {
            let mut map: Map<String, Value> = extra.into_iter().collect();
            map.extend(fields.into_iter().flatten());
            Value::Object(map)
        })
        .boxed()
}

/// Small arbitrary JSON, for schemas that allow anything.
fn any_json() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        (-1000i64..1000).prop_map(Value::from),
        "[a-z]{0,8}".prop_map(Value::String),
    ];
    leaf.prop_recursive(2, 8, 3, |inner| {
        prop_oneof![
            proptest::collection::vec(inner.clone(), 0..3).prop_map(Value::Array),
            proptest::collection::btree_map("[a-z]{1,6}", inner, 0..3)
                .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::strategy::ValueTree;
    use proptest::test_runner::TestRunner;
    use serde_json::json;

    fn samples(schema: Value, n: usize) -> Vec<Value> {
        let doc = Doc::new(schema.clone());
        let strat = strategy(&doc, &doc.root, None);
        let validator = jsonschema::validator_for(&schema).unwrap();
        let mut runner = TestRunner::deterministic();
        (0..n)
            .map(|_| {
                let v = strat.new_tree(&mut runner).unwrap().current();
                assert!(validator.is_valid(&v), "{v} is not valid against {schema}");
                v
            })
            .collect()
    }

    #[test]
    fn generated_values_satisfy_bounds_patterns_and_enums() {
        let schema = json!({
            "type": "object",
            "required": ["name", "k", "metric", "tags"],
            "additionalProperties": false,
            "properties": {
                "name": {"type": "string", "pattern": "^[A-Za-z0-9_-]{1,12}$"},
                "k": {"type": "integer", "minimum": 1, "maximum": 1000},
                "t": {"type": ["number", "null"], "minimum": 0, "maximum": 2},
                "metric": {"enum": ["angular", "dot"]},
                "tags": {"type": "array", "minItems": 1, "maxItems": 3, "uniqueItems": true,
                         "items": {"type": "string", "minLength": 2, "maxLength": 4}},
                "at": {"type": "string", "format": "date-time"}
            }
        });
        let values = samples(schema, 300);
        assert!(values
            .iter()
            .any(|v| v.get("t").is_some_and(Value::is_null)));
        assert!(
            values.iter().any(|v| v["k"] == json!(1000)),
            "upper bound reached"
        );
    }

    #[test]
    fn one_of_with_required_branches_generates_exactly_one() {
        let schema = json!({
            "type": "object", "additionalProperties": false,
            "properties": {"vector": {"type": "array", "items": {"type": "number"}, "minItems": 1},
                           "text": {"type": "string", "minLength": 1}},
            "oneOf": [{"required": ["vector"]}, {"required": ["text"]}]
        });
        let values = samples(schema, 200);
        assert!(values.iter().any(|v| v.get("vector").is_some()));
        assert!(values.iter().any(|v| v.get("text").is_some()));
    }

    #[test]
    fn examples_are_mixed_in_and_shrinking_simplifies() {
        let schema = json!({"type": "object", "required": ["model"],
                            "properties": {"model": {"type": "string", "minLength": 1}}});
        let doc = Doc::new(schema);
        let example = json!({"model": "lukhas-matriz"});
        let strat = strategy(&doc, &doc.root, Some(&example));
        let mut runner = TestRunner::deterministic();
        let mut seen_example = false;
        for _ in 0..50 {
            let mut tree = strat.new_tree(&mut runner).unwrap();
            seen_example |= tree.current()["model"] == json!("lukhas-matriz");
            while tree.simplify() {}
            let shrunk = tree.current();
            assert!(
                shrunk["model"].as_str().unwrap().chars().count() <= 1
                    || shrunk["model"] == json!("lukhas-matriz")
            );
        }
        assert!(seen_example);
    }
}
