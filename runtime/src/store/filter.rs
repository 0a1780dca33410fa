//! Which records a search keeps, judged on their metadata: the equality filters of
//! `/v1/indexes` and the comparison and compound filters of OpenAI's vector store search are
//! both a [`Filter`], applied by the scan, the HNSW walk and the text search alike.

use serde_json::{Map, Value};
use std::cmp::Ordering;

/// A test of a record's metadata; the empty filter keeps everything.
#[derive(Debug, Clone, Default)]
pub struct Filter(Option<Node>);

#[derive(Debug, Clone)]
pub enum Node {
    Compare { key: String, op: Op, value: Value },
    All(Vec<Node>),
    Any(Vec<Node>),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Op {
    Eq,
    Ne,
    Gt,
    Gte,
    Lt,
    Lte,
    In,
    Nin,
}

impl Filter {
    pub fn new(node: Node) -> Filter {
        Filter(Some(node))
    }

    /// Keeps the records whose metadata equals every pair of `pairs`.
    pub fn equal_to_all(pairs: Map<String, Value>) -> Filter {
        if pairs.is_empty() {
            return Filter(None);
        }
        Filter(Some(Node::All(
            pairs
                .into_iter()
                .map(|(key, value)| Node::Compare {
                    key,
                    op: Op::Eq,
                    value,
                })
                .collect(),
        )))
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_none()
    }

    pub fn matches(&self, metadata: &Map<String, Value>) -> bool {
        self.0.as_ref().is_none_or(|n| n.matches(metadata))
    }
}

impl Node {
    fn matches(&self, metadata: &Map<String, Value>) -> bool {
        match self {
            Node::All(nodes) => nodes.iter().all(|n| n.matches(metadata)),
            Node::Any(nodes) => nodes.iter().any(|n| n.matches(metadata)),
            Node::Compare { key, op, value } => {
                let have = metadata.get(key);
                match op {
                    Op::Eq => have.is_some_and(|h| equal(h, value)),
                    Op::Ne => !have.is_some_and(|h| equal(h, value)),
                    Op::In => have.is_some_and(|h| member(h, value)),
                    Op::Nin => !have.is_some_and(|h| member(h, value)),
                    Op::Gt | Op::Gte | Op::Lt | Op::Lte => {
                        let Some(order) = have.and_then(|h| compare(h, value)) else {
                            return false;
                        };
                        match op {
                            Op::Gt => order == Ordering::Greater,
                            Op::Gte => order != Ordering::Less,
                            Op::Lt => order == Ordering::Less,
                            _ => order != Ordering::Greater,
                        }
                    }
                }
            }
        }
    }
}

/// Numbers compare by value (`1` equals `1.0`), everything else as JSON.
fn equal(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Number(x), Value::Number(y)) => x.as_f64() == y.as_f64(),
        _ => a == b,
    }
}

fn member(have: &Value, list: &Value) -> bool {
    match list {
        Value::Array(items) => items.iter().any(|i| equal(have, i)),
        single => equal(have, single),
    }
}

/// Numbers by value, strings in byte order; other pairs do not compare.
fn compare(a: &Value, b: &Value) -> Option<Ordering> {
    match (a, b) {
        (Value::Number(x), Value::Number(y)) => x.as_f64()?.partial_cmp(&y.as_f64()?),
        (Value::String(x), Value::String(y)) => Some(x.cmp(y)),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn md(v: Value) -> Map<String, Value> {
        v.as_object().cloned().unwrap()
    }

    fn cmp(key: &str, op: Op, value: Value) -> Node {
        Node::Compare {
            key: key.into(),
            op,
            value,
        }
    }

    #[test]
    fn equality_filters_compare_numbers_by_value() {
        let f = Filter::equal_to_all(md(json!({"lang": "en", "n": 1})));
        assert!(f.matches(&md(json!({"lang": "en", "n": 1.0, "x": true}))));
        assert!(!f.matches(&md(json!({"lang": "de", "n": 1}))));
        assert!(!f.matches(&md(json!({"n": 1}))));
        assert!(Filter::default().matches(&md(json!({}))));
    }

    #[test]
    fn comparisons_and_compounds() {
        let doc = md(json!({"year": 2024, "lang": "en", "draft": false}));
        let f = |n: Node| Filter::new(n).matches(&doc);
        assert!(f(cmp("year", Op::Gte, json!(2024))));
        assert!(!f(cmp("year", Op::Gt, json!(2024))));
        assert!(f(cmp("year", Op::Lt, json!(2025.5))));
        assert!(f(cmp("lang", Op::Lte, json!("fr"))));
        assert!(
            !f(cmp("lang", Op::Gt, json!(3))),
            "a string and a number do not compare"
        );
        assert!(f(cmp("lang", Op::In, json!(["de", "en"]))));
        assert!(f(cmp("lang", Op::Nin, json!(["de"]))));
        assert!(f(cmp("draft", Op::Eq, json!(false))));
        // A missing attribute passes only the negative tests.
        assert!(!f(cmp("team", Op::Eq, json!("a"))));
        assert!(f(cmp("team", Op::Ne, json!("a"))));
        assert!(f(cmp("team", Op::Nin, json!(["a"]))));
        assert!(!f(cmp("team", Op::Lt, json!("z"))));
        assert!(f(Node::Any(vec![
            cmp("lang", Op::Eq, json!("de")),
            Node::All(vec![
                cmp("year", Op::Eq, json!(2024)),
                cmp("draft", Op::Ne, json!(true)),
            ]),
        ])));
        assert!(!f(Node::All(vec![
            cmp("lang", Op::Eq, json!("en")),
            cmp("year", Op::Lt, json!(2000)),
        ])));
    }
}
