//! Building requests from the spec: examples, valid data (proptest strategies filtered through
//! the compiled schemas), parameters as they travel, and the seeds that make a run reproducible.

use crate::coverage;
use crate::generate;
use lukhas_spec::model::{Op, Part};
use proptest::prelude::Rng;
use proptest::strategy::{BoxedStrategy, Just, Strategy, ValueTree};
use proptest::test_runner::{RngAlgorithm, TestRng, TestRunner};
use serde_json::Value;

pub fn render(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

/// Parameters as the server sees them: text, read back as the schema's type when it parses.
pub fn wire(part: &Part, params: &Value) -> Value {
    let Some(map) = params.as_object() else {
        return params.clone();
    };
    let props = part.doc.root.get("properties");
    let out = map
        .iter()
        .map(|(k, v)| {
            let text = render(v);
            let schema = props.and_then(|p| p.get(k)).cloned().unwrap_or(Value::Null);
            let types: Vec<&str> = part
                .doc
                .alternatives(&schema)
                .iter()
                .flat_map(|a| lukhas_spec::reader::types(a))
                .collect();
            let typed = if types.contains(&"integer") || types.contains(&"number") {
                serde_json::from_str::<Value>(&text)
                    .ok()
                    .filter(Value::is_number)
            } else if types.contains(&"boolean") {
                serde_json::from_str::<Value>(&text)
                    .ok()
                    .filter(Value::is_boolean)
            } else {
                None
            };
            (k.clone(), typed.unwrap_or(Value::String(text)))
        })
        .collect();
    Value::Object(out)
}

/// Whether the parameters survive the trip: a path segment `.` or `..` is removed by every URL
/// parser (RFC 3986 dot segments), so such values cannot be sent at all.
pub fn travels(places: &[(String, String)], params: &Value) -> bool {
    places
        .iter()
        .filter(|(_, place)| place == "path")
        .all(|(name, _)| {
            !matches!(
                params.get(name).map(render).as_deref(),
                Some(".") | Some("..")
            )
        })
}

/// Variants of the parameters, one parameter at a time (the object holding them is not sent as
/// such, so it is not mutated as a whole).
pub fn param_variants(op: &Op, params: &Value) -> Vec<coverage::Edit> {
    coverage::variants(&op.params.doc, &op.params.doc.root, params)
        .into_iter()
        .filter(|e| !e.pointer().is_empty())
        .filter(|e| {
            e.apply(params)
                .is_some_and(|p| travels(&op.param_places, &p))
        })
        .collect()
}

/// The spec's example request for `op` (or its minimal sample).
pub fn example(op: &Op) -> (Value, Option<Value>) {
    let params = op
        .params
        .example
        .clone()
        .filter(|p| op.params.validator.is_valid(p))
        .unwrap_or_else(|| coverage::sample(&op.params.doc, &op.params.doc.root, false));
    let body = op.body.as_ref().map(|b| {
        b.example
            .clone()
            .filter(|e| b.validator.is_valid(e))
            .unwrap_or_else(|| coverage::sample(&b.doc, &b.doc.root, false))
    });
    (params, body)
}

pub type Pair = (Value, Option<Value>);

/// Valid (parameters, body) pairs: generated, then filtered through the compiled schemas.
pub fn valid_strategy(op: &Op) -> BoxedStrategy<Pair> {
    let params = generate::strategy(
        &op.params.doc,
        &op.params.doc.root,
        op.params.example.as_ref(),
    );
    let body: BoxedStrategy<Option<Value>> = match &op.body {
        Some(b) => generate::strategy(&b.doc, &b.doc.root, b.example.as_ref())
            .prop_map(Some)
            .boxed(),
        None => Just(None).boxed(),
    };
    let pv = op.params.validator.clone();
    let bv = op.body.as_ref().map(|b| b.validator.clone());
    let places = op.param_places.clone();
    (params, body)
        .prop_filter("valid against the spec", move |(p, b)| {
            travels(&places, p)
                && pv.is_valid(p)
                && match (&bv, b) {
                    (Some(v), Some(b)) => v.is_valid(b),
                    _ => true,
                }
        })
        .boxed()
}

pub fn generated(op: &Op, rng: &mut TestRng) -> Pair {
    let mut runner = TestRunner::new_with_rng(
        proptest::test_runner::Config::default(),
        TestRng::from_seed(RngAlgorithm::ChaCha, &seed_bytes(rng.next_u64(), "")),
    );
    match valid_strategy(op).new_tree(&mut runner) {
        Ok(t) => t.current(),
        Err(_) => example(op),
    }
}

pub fn rng_for(seed: u64, name: &str) -> TestRng {
    TestRng::from_seed(RngAlgorithm::ChaCha, &seed_bytes(seed, name))
}

/// 32 bytes of seed from the run's seed and a name (FNV-1a), so each operation's data depends
/// only on the seed and the operation, not on which others run.
pub fn seed_bytes(seed: u64, name: &str) -> [u8; 32] {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in name.bytes() {
        h = (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
    }
    let mut out = [0u8; 32];
    for (i, chunk) in out.chunks_mut(8).enumerate() {
        let word =
            seed ^ h.rotate_left(i as u32 * 16) ^ (i as u64).wrapping_mul(0x9e37_79b9_7f4a_7c15);
        chunk.copy_from_slice(&word.to_le_bytes());
    }
    out
}

/// A JSON text cut short: malformed.
pub fn truncated_json(body: &Value) -> String {
    let text = body.to_string();
    let cut = text
        .char_indices()
        .nth(text.chars().count() / 2)
        .map_or(0, |(i, _)| i);
    format!("{}{{\"", &text[..cut])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn seeds_depend_on_seed_and_name_only() {
        assert_eq!(seed_bytes(7, "a"), seed_bytes(7, "a"));
        assert_ne!(seed_bytes(7, "a"), seed_bytes(8, "a"));
        assert_ne!(seed_bytes(7, "a"), seed_bytes(7, "b"));
    }
}
