//! `lukhas-evals`: scores a running server against JSONL cases.
//!
//! A case is one request (`endpoint` + `request` + `expect`) or a sequence (`steps`, each able to
//! `save` values that later steps use as `{{name}}`). Expectations: `status`; `schema` (the
//! response is documented and valid against the spec — event streams event by event; on unless
//! `false`); and, over RFC 9535 JSONPath nodes, `equals`, `contains` (case-insensitive, any of
//! several), `regex`, `range`, `length` and `cosine` (similarity between two embeddings, bounded
//! or ordered against another pair).

pub mod http;
pub mod report;

use crate::http::Client;
use anyhow::{anyhow, bail, Context, Result};
use lukhas_spec::check::{self as checks, Answer as Response};
use lukhas_spec::model::{Api, Op};
use serde::{Deserialize, Serialize};
use serde_json::{json, Value};
use serde_json_path::JsonPath;
use std::collections::BTreeMap;
use std::path::Path;
use std::time::Instant;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Case {
    pub id: String,
    #[serde(default)]
    pub description: Option<String>,
    /// A one-request case: `endpoint`, `request`, `expect` (as in a step).
    pub endpoint: Option<String>,
    #[serde(default)]
    pub request: Option<Value>,
    #[serde(default)]
    pub expect: Expect,
    #[serde(default)]
    pub steps: Vec<Step>,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Step {
    /// `METHOD /path`, e.g. `POST /v1/embeddings`.
    pub endpoint: String,
    #[serde(default)]
    pub request: Option<Value>,
    #[serde(default)]
    pub expect: Expect,
    /// name -> JSONPath of a value later steps use as `{{name}}`.
    #[serde(default)]
    pub save: BTreeMap<String, String>,
}

#[derive(Clone, Debug, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Expect {
    pub status: Option<u16>,
    pub schema: Option<bool>,
    #[serde(default)]
    pub equals: BTreeMap<String, Value>,
    /// path -> a string, or a list of strings of which one must occur.
    #[serde(default)]
    pub contains: BTreeMap<String, Value>,
    #[serde(default)]
    pub regex: BTreeMap<String, String>,
    /// path -> [min, max], inclusive.
    #[serde(default)]
    pub range: BTreeMap<String, [f64; 2]>,
    /// path -> [min, max] length of the array or string.
    #[serde(default)]
    pub length: BTreeMap<String, [usize; 2]>,
    #[serde(default)]
    pub cosine: Vec<Cosine>,
    /// path -> a JSON Schema every node must follow (a string node is parsed as JSON first: a
    /// structured output, a tool call's arguments).
    #[serde(default)]
    pub json_schema: BTreeMap<String, Value>,
}

#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Cosine {
    pub a: String,
    pub b: String,
    pub min: Option<f64>,
    pub max: Option<f64>,
    /// cos(a, b) must exceed the cosine of this pair.
    pub above: Option<Pair>,
}

#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Pair {
    pub a: String,
    pub b: String,
}

impl Case {
    pub fn steps(&self) -> Vec<Step> {
        match &self.endpoint {
            Some(endpoint) => vec![Step {
                endpoint: endpoint.clone(),
                request: self.request.clone(),
                expect: self.expect.clone(),
                save: BTreeMap::new(),
            }],
            None => self.steps.clone(),
        }
    }
}

/// Cases of one file, in order.
pub fn load(path: &Path) -> Result<Vec<Case>> {
    let text =
        std::fs::read_to_string(path).with_context(|| format!("reading {}", path.display()))?;
    let mut cases = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with("//") {
            continue;
        }
        let case: Case = serde_json::from_str(line)
            .with_context(|| format!("{}:{}: not a case", path.display(), i + 1))?;
        if case.steps().is_empty() {
            bail!(
                "{}:{}: case `{}` has neither `endpoint` nor `steps`",
                path.display(),
                i + 1,
                case.id
            );
        }
        cases.push(case);
    }
    Ok(cases)
}

#[derive(Debug, serde::Serialize)]
pub struct Outcome {
    pub file: String,
    pub id: String,
    pub passed: bool,
    pub failures: Vec<String>,
    pub millis: u128,
}

pub struct Evaluator {
    pub api: Api,
    pub client: Client,
}

impl Evaluator {
    pub async fn run(&self, file: &str, case: &Case) -> Outcome {
        let started = Instant::now();
        let mut saved: BTreeMap<String, String> = BTreeMap::new();
        let mut failures = Vec::new();
        for (i, step) in case.steps().iter().enumerate() {
            let label = if case.steps.is_empty() {
                String::new()
            } else {
                format!("step {}: ", i + 1)
            };
            match self.step(step, &mut saved).await {
                Ok(f) => failures.extend(f.into_iter().map(|m| format!("{label}{m}"))),
                Err(e) => failures.push(format!("{label}{e:#}")),
            }
            if !failures.is_empty() {
                break;
            }
        }
        Outcome {
            file: file.to_string(),
            id: case.id.clone(),
            passed: failures.is_empty(),
            failures,
            millis: started.elapsed().as_millis(),
        }
    }

    async fn step(&self, step: &Step, saved: &mut BTreeMap<String, String>) -> Result<Vec<String>> {
        let endpoint = substitute(&step.endpoint, saved);
        let (method, path) = endpoint
            .split_once(' ')
            .ok_or_else(|| anyhow!("endpoint `{endpoint}` is not `METHOD /path`"))?;
        let body = match &step.request {
            Some(r) => Some(serde_json::from_str::<Value>(&substitute(
                &r.to_string(),
                saved,
            ))?),
            None => None,
        };
        let method = method.to_uppercase();
        let resp = self.client.send(&method, path, body.as_ref()).await?;
        let doc = document(&resp);
        let expect: Expect =
            serde_json::from_str(&substitute(&serde_json::to_string(&step.expect)?, saved))?;
        let mut failures = check(&expect, &doc, &resp);
        if step.expect.schema != Some(false) {
            match self.operation(&method, path) {
                Some(op) => failures.extend(
                    checks::response(op, &resp, checks::Expect::Any)
                        .into_iter()
                        .map(|f| format!("{}: {}", f.check, f.message)),
                ),
                None => failures.push(format!("{endpoint} is not an operation of the spec")),
            }
        }
        for (name, path) in &step.save {
            match nodes(&doc, path)?.first() {
                Some(Value::String(s)) => {
                    saved.insert(name.clone(), s.clone());
                }
                Some(v) => {
                    saved.insert(name.clone(), v.to_string());
                }
                None => failures.push(format!("nothing at {path} to save as {name}")),
            }
        }
        Ok(failures)
    }

    /// The operation whose path template matches `path`.
    fn operation(&self, method: &str, path: &str) -> Option<&Op> {
        let path = path.split('?').next().unwrap_or(path);
        let actual: Vec<&str> = path.split('/').collect();
        self.api.ops.iter().find(|op| {
            let template: Vec<&str> = op.path.split('/').collect();
            op.method == method
                && template.len() == actual.len()
                && template
                    .iter()
                    .zip(&actual)
                    .all(|(t, a)| t.starts_with('{') || t == a)
        })
    }
}

fn substitute(text: &str, saved: &BTreeMap<String, String>) -> String {
    let mut out = text.to_string();
    for (k, v) in saved {
        out = out.replace(&format!("{{{{{k}}}}}"), v);
    }
    out
}

/// The response as one JSON document: the body, or for an event stream
/// `{"events": [payloads...], "text": <concatenated text deltas>}`.
pub fn document(resp: &Response) -> Value {
    if resp.media_type().as_deref() == Some("text/event-stream") {
        let events: Vec<Value> = checks::parse_events(&resp.body)
            .into_iter()
            .filter_map(|e| serde_json::from_str(&e.data).ok())
            .collect();
        let text: String = events
            .iter()
            .filter_map(|e| {
                e.get("delta").and_then(Value::as_str).or_else(|| {
                    e.pointer("/choices/0/delta/content")
                        .and_then(Value::as_str)
                })
            })
            .collect();
        return json!({"events": events, "text": text});
    }
    serde_json::from_slice(&resp.body).unwrap_or(Value::Null)
}

fn nodes<'a>(doc: &'a Value, path: &str) -> Result<Vec<&'a Value>> {
    let p = JsonPath::parse(path).map_err(|e| anyhow!("bad JSONPath `{path}`: {e}"))?;
    Ok(p.query(doc).all())
}

/// Every failed expectation, as a message.
pub fn check(expect: &Expect, doc: &Value, resp: &Response) -> Vec<String> {
    let mut out = Vec::new();
    if let Some(s) = expect.status {
        if resp.status != s {
            out.push(format!(
                "status {} (expected {s}): {}",
                resp.status,
                checks::snippet(&resp.body)
            ));
            return out;
        }
    }
    let mut on = |path: &str, f: &dyn Fn(&[&Value]) -> Option<String>| match nodes(doc, path) {
        Err(e) => out.push(e.to_string()),
        Ok(n) if n.is_empty() => out.push(format!("{path}: nothing there")),
        Ok(n) => {
            if let Some(m) = f(&n) {
                out.push(format!("{path}: {m}"));
            }
        }
    };
    for (path, want) in &expect.equals {
        on(path, &|n| {
            (!n.iter().all(|v| *v == want)).then(|| format!("{} is not {want}", show(n)))
        });
    }
    for (path, want) in &expect.contains {
        let options: Vec<String> = match want {
            Value::Array(a) => a
                .iter()
                .filter_map(Value::as_str)
                .map(str::to_lowercase)
                .collect(),
            other => vec![other.as_str().unwrap_or_default().to_lowercase()],
        };
        on(path, &|n| {
            let hit = n.iter().any(|v| {
                let text = v
                    .as_str()
                    .map(str::to_lowercase)
                    .unwrap_or_else(|| v.to_string());
                options.iter().any(|o| text.contains(o.as_str()))
            });
            (!hit).then(|| format!("{} contains none of {options:?}", show(n)))
        });
    }
    for (path, pattern) in &expect.regex {
        match regress::Regex::new(pattern) {
            Err(e) => on(path, &|_| Some(format!("bad regex `{pattern}`: {e}"))),
            Ok(re) => on(path, &|n| {
                let ok = n
                    .iter()
                    .all(|v| v.as_str().is_some_and(|s| re.find(s).is_some()));
                (!ok).then(|| format!("{} does not match /{pattern}/", show(n)))
            }),
        }
    }
    for (path, [lo, hi]) in &expect.range {
        on(path, &|n| {
            let ok = n
                .iter()
                .all(|v| v.as_f64().is_some_and(|x| *lo <= x && x <= *hi));
            (!ok).then(|| format!("{} is outside [{lo}, {hi}]", show(n)))
        });
    }
    for (path, [lo, hi]) in &expect.length {
        on(path, &|n| {
            let len = match n[0] {
                Value::Array(a) => a.len(),
                Value::String(s) => s.chars().count(),
                _ => return Some("has no length".into()),
            };
            (!(lo..=hi).contains(&&len)).then(|| format!("length {len} is outside [{lo}, {hi}]"))
        });
    }
    for (path, schema) in &expect.json_schema {
        let validator = match jsonschema::validator_for(schema) {
            Ok(v) => v,
            Err(e) => {
                let bad = format!("bad schema: {e}");
                on(path, &|_| Some(bad.clone()));
                continue;
            }
        };
        on(path, &|n| {
            n.iter().find_map(|v| {
                let parsed = match v {
                    Value::String(s) => match serde_json::from_str::<Value>(s) {
                        Ok(p) => p,
                        Err(e) => return Some(format!("{} is not JSON: {e}", show(&[v]))),
                    },
                    other => (*other).clone(),
                };
                validator
                    .validate(&parsed)
                    .err()
                    .map(|e| format!("{} breaks its schema: {e}", show(&[v])))
            })
        });
    }
    for c in &expect.cosine {
        match cosine_of(doc, &c.a, &c.b) {
            Err(e) => out.push(e.to_string()),
            Ok(cos) => {
                if c.min.is_some_and(|m| cos < m) || c.max.is_some_and(|m| cos > m) {
                    out.push(format!(
                        "cos({}, {}) = {cos:.3} is outside [{:?}, {:?}]",
                        c.a, c.b, c.min, c.max
                    ));
                }
                if let Some(p) = &c.above {
                    match cosine_of(doc, &p.a, &p.b) {
                        Err(e) => out.push(e.to_string()),
                        Ok(other) if cos <= other => out.push(format!(
                            "cos({}, {}) = {cos:.3} is not above cos({}, {}) = {other:.3}",
                            c.a, c.b, p.a, p.b
                        )),
                        Ok(_) => {}
                    }
                }
            }
        }
    }
    out
}

fn show(n: &[&Value]) -> String {
    let text = match n {
        [one] => one.to_string(),
        many => Value::Array(many.iter().map(|v| (*v).clone()).collect()).to_string(),
    };
    text.chars().take(200).collect()
}

fn vector(doc: &Value, path: &str) -> Result<Vec<f64>> {
    let n = nodes(doc, path)?;
    let v = n
        .first()
        .and_then(|v| v.as_array())
        .ok_or_else(|| anyhow!("{path}: not an embedding"))?;
    v.iter()
        .map(|x| x.as_f64().ok_or_else(|| anyhow!("{path}: not numbers")))
        .collect()
}

pub fn cosine(a: &[f64], b: &[f64]) -> f64 {
    let dot: f64 = a.iter().zip(b).map(|(x, y)| x * y).sum();
    let na: f64 = a.iter().map(|x| x * x).sum::<f64>().sqrt();
    let nb: f64 = b.iter().map(|x| x * x).sum::<f64>().sqrt();
    if na == 0.0 || nb == 0.0 {
        0.0
    } else {
        dot / (na * nb)
    }
}

fn cosine_of(doc: &Value, a: &str, b: &str) -> Result<f64> {
    let (x, y) = (vector(doc, a)?, vector(doc, b)?);
    if x.len() != y.len() {
        bail!("{a} and {b} differ in length ({} vs {})", x.len(), y.len());
    }
    Ok(cosine(&x, &y))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn resp(status: u16, body: Value) -> Response {
        let mut headers = lukhas_spec::check::HeaderMap::new();
        headers.insert("content-type", "application/json".parse().unwrap());
        Response {
            status,
            headers,
            body: body.to_string().into_bytes(),
        }
    }

    #[test]
    fn expectations_pass_and_fail_as_written() {
        let body = json!({
            "object": "list",
            "data": [{"id": "doc-1", "embedding": [1.0, 0.0]}, {"id": "doc-2", "embedding": [0.8, 0.6]},
                     {"id": "doc-3", "embedding": [0.0, 1.0]}],
            "usage": {"total_tokens": 7},
            "text": "The capital is Paris."
        });
        let r = resp(200, body.clone());
        let good: Expect = serde_json::from_value(json!({
            "status": 200,
            "equals": {"$.object": "list"},
            "contains": {"$.text": ["london", "PARIS"], "$.data[*].id": "doc-2"},
            "regex": {"$.data[0].id": "^doc-\\d$"},
            "range": {"$.usage.total_tokens": [1, 10]},
            "length": {"$.data": [3, 3]},
            "cosine": [{"a": "$.data[0].embedding", "b": "$.data[1].embedding", "min": 0.7,
                        "above": {"a": "$.data[0].embedding", "b": "$.data[2].embedding"}}]
        }))
        .unwrap();
        assert_eq!(check(&good, &body, &r), Vec::<String>::new());
        let bad: Expect = serde_json::from_value(json!({
            "equals": {"$.object": "dict"},
            "contains": {"$.text": "Berlin"},
            "range": {"$.usage.total_tokens": [8, 10]},
            "cosine": [{"a": "$.data[0].embedding", "b": "$.data[2].embedding", "min": 0.5}],
            "length": {"$.missing": [0, 1]}
        }))
        .unwrap();
        assert_eq!(check(&bad, &body, &r).len(), 5);
        let wrong_status: Expect = serde_json::from_value(json!({"status": 201})).unwrap();
        assert!(check(&wrong_status, &body, &r)[0].starts_with("status 200"));
    }

    #[test]
    fn cases_parse_single_and_multi_step() {
        let dir = std::env::temp_dir().join(format!("evals-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let f = dir.join("x.jsonl");
        std::fs::write(
            &f,
            "{\"id\":\"a\",\"endpoint\":\"GET /v1/models\",\"expect\":{\"status\":200}}\n\n\
             {\"id\":\"b\",\"steps\":[{\"endpoint\":\"POST /v1/indexes\",\"request\":{},\"save\":{\"idx\":\"$.id\"}},\
             {\"endpoint\":\"GET /v1/indexes/{{idx}}\"}]}\n",
        )
        .unwrap();
        let cases = load(&f).unwrap();
        assert_eq!(cases.len(), 2);
        assert_eq!(cases[1].steps().len(), 2);
        std::fs::write(&f, "{\"id\":\"c\",\"endpoint\":\"GET /\",\"oops\":1}\n").unwrap();
        assert!(load(&f).is_err(), "unknown keys are errors");
        let mut saved = BTreeMap::new();
        saved.insert("idx".to_string(), "idx_1".to_string());
        assert_eq!(
            substitute("GET /v1/indexes/{{idx}}", &saved),
            "GET /v1/indexes/idx_1"
        );
    }
}
