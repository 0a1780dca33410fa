//! The run: phases over the selected operations, requests sent concurrently, every answer
//! checked (against the spec, and against OpenAI's schemas where ours mirror them), failures
//! recorded with their reproduction. The phases themselves live in `crate::phases`.
//!
//! Phases, in order: `examples` (the spec's own examples), `coverage` (deterministic variants at
//! every location: enums, bounds and one past them, wrong types, removed and unexpected
//! properties, malformed JSON, wrong content type), `fuzz` (proptest-generated valid data, plus
//! random mutations of it), `auth` (no key, an unknown key, keys lacking the scope), `methods`
//! (undeclared methods), `stateful` (sequences that follow the spec's links) and `openai-oracle`
//! (valid requests to the OpenAI-compatible operations, streamed and not, every object and event
//! judged by OpenAI's own schema).

use crate::http::{Answer, Auth, Body, Client, Request, Tokens};
use crate::report::{Failure, Report};
use anyhow::{Context, Result};
use futures::stream::{self, StreamExt};
use globset::{Glob, GlobSetBuilder};
use lukhas_spec::check::{self as checks, Expect, Finding};
use lukhas_spec::model::{Api, Op};
use lukhas_spec::openai::Oracle;
use lukhas_spec::Spec;
use serde_json::Value;
use std::collections::BTreeSet;
use std::path::PathBuf;
use std::time::{Duration, Instant};

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Phase {
    Examples,
    Coverage,
    Fuzz,
    Auth,
    Methods,
    Stateful,
    OpenaiOracle,
}

impl Phase {
    pub const ALL: [Phase; 7] = [
        Phase::Examples,
        Phase::Coverage,
        Phase::Fuzz,
        Phase::Auth,
        Phase::Methods,
        Phase::Stateful,
        Phase::OpenaiOracle,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Phase::Examples => "examples",
            Phase::Coverage => "coverage",
            Phase::Fuzz => "fuzz",
            Phase::Auth => "auth",
            Phase::Methods => "methods",
            Phase::Stateful => "stateful",
            Phase::OpenaiOracle => "openai-oracle",
        }
    }

    pub fn parse(text: &str) -> Option<Phase> {
        Phase::ALL.into_iter().find(|p| p.name() == text)
    }
}

pub struct Config {
    pub spec: PathBuf,
    pub base_url: String,
    pub token: String,
    pub second_token: Option<String>,
    /// Keys with a subset of the scopes: (key, its scopes).
    pub scoped_tokens: Vec<(String, Vec<String>)>,
    /// Random cases per operation (the fuzz phase); link sequences are a tenth of it.
    pub cases: usize,
    pub seed: u64,
    /// Comma-separated globs over operation ids (`*` and `?`); all operations when none.
    pub operations: Option<String>,
    pub phases: Vec<Phase>,
    pub concurrency: usize,
    pub timeout: Duration,
    /// OpenAI's published document, to judge answers by; by default the one the spec names
    /// (`info.x-openai-document`), when it does.
    pub oracle: Option<PathBuf>,
    /// Whether to judge by it at all.
    pub use_oracle: bool,
    /// Progress lines on stderr.
    pub progress: bool,
}

impl Config {
    pub fn new(spec: PathBuf, base_url: &str, token: &str) -> Config {
        Config {
            spec,
            base_url: base_url.to_string(),
            token: token.to_string(),
            second_token: None,
            scoped_tokens: Vec::new(),
            cases: 100,
            seed: 0,
            operations: None,
            phases: Phase::ALL.to_vec(),
            concurrency: 16,
            timeout: Duration::from_secs(60),
            oracle: None,
            use_oracle: true,
            progress: false,
        }
    }
}

/// One request and what it deserves.
pub(crate) struct Case {
    pub req: Request,
    /// The parameters the request was built from (link expressions read them).
    pub params: Value,
    pub expect: Expect,
}

/// What one request got: the answer (none when there was none) and the findings.
pub(crate) struct Sent {
    pub resp: Option<Answer>,
    pub findings: Vec<Finding>,
    /// Objects and events OpenAI's schemas judged.
    pub oracle: usize,
}

const GENERIC: [&str; 5] = [
    checks::NOT_A_SERVER_ERROR,
    checks::STATUS_CODE,
    checks::CONTENT_TYPE,
    checks::RESPONSE_HEADERS,
    checks::RESPONSE_SCHEMA,
];

pub async fn run(cfg: &Config) -> Result<Report> {
    let spec = Spec::load(&cfg.spec)?;
    let api = Api::from_spec(&spec)?;
    let document = cfg.oracle.clone().or_else(|| spec.openai_document());
    let oracle = match document.filter(|_| cfg.use_oracle) {
        Some(path) => Some(
            Oracle::load(&path)
                .with_context(|| format!("the OpenAI oracle ({})", path.display()))?,
        ),
        None => None,
    };
    let tokens = Tokens {
        primary: cfg.token.clone(),
        second: cfg.second_token.clone(),
        scoped: cfg.scoped_tokens.iter().map(|(t, _)| t.clone()).collect(),
    };
    let client = Client::new(&cfg.base_url, tokens, cfg.timeout)?;
    let matches = selector(cfg.operations.as_deref())?;
    let selected: Vec<&Op> = api.ops.iter().filter(|o| matches(&o.id)).collect();
    if selected.is_empty() {
        anyhow::bail!(
            "no operation matches `{}`",
            cfg.operations.as_deref().unwrap_or("")
        );
    }
    let mut runner = Runner {
        cfg,
        api: &api,
        client,
        oracle: oracle.as_ref(),
        report: Report {
            seed: cfg.seed,
            oracle_version: oracle.as_ref().map(|o| o.version().to_string()),
            ..Report::default()
        },
    };
    let started = Instant::now();
    for phase in Phase::ALL.into_iter().filter(|p| cfg.phases.contains(p)) {
        match phase {
            Phase::Methods => {
                let n = runner.methods(&selected).await;
                runner.progress(phase, "all paths", n);
            }
            Phase::Stateful => {
                let n = runner.stateful(&selected).await;
                runner.progress(phase, "link sequences", n);
            }
            _ => {
                for op in &selected {
                    let n = match phase {
                        Phase::Examples => runner.examples(op).await,
                        Phase::Coverage => runner.coverage(op).await,
                        Phase::Fuzz => runner.fuzz(op).await,
                        Phase::OpenaiOracle => runner.openai_oracle(op).await,
                        _ => runner.auth(op).await,
                    };
                    runner.progress(phase, &op.id, n);
                }
            }
        }
    }
    runner.report.elapsed = started.elapsed();
    Ok(runner.report)
}

/// Comma-separated globs (`*`, `?`) over operation ids, compiled with globset; everything
/// matches when there are none.
pub fn selector(globs: Option<&str>) -> Result<impl Fn(&str) -> bool> {
    let mut set = GlobSetBuilder::new();
    let mut any = false;
    for pattern in globs
        .into_iter()
        .flat_map(|g| g.split(','))
        .map(str::trim)
        .filter(|p| !p.is_empty())
    {
        set.add(Glob::new(pattern).with_context(|| format!("`{pattern}` is not a glob"))?);
        any = true;
    }
    let set = set.build()?;
    Ok(move |id: &str| !any || set.is_match(id))
}

pub(crate) struct Runner<'a> {
    pub cfg: &'a Config,
    pub api: &'a Api,
    pub client: Client,
    pub oracle: Option<&'a Oracle>,
    pub report: Report,
}

impl Runner<'_> {
    pub fn progress(&self, phase: Phase, what: &str, cases: usize) {
        if self.cfg.progress {
            eprintln!(
                "  {:<13} {:<22} {:>6} cases   {:>4} failures so far",
                phase.name(),
                what,
                cases,
                self.report.failures.len()
            );
        }
    }

    /// Sends `cases` concurrently; what each got, in order.
    pub async fn send_all(&self, op: &Op, cases: &[Case]) -> Vec<Sent> {
        stream::iter(cases)
            .map(|c| self.send(op, c))
            .buffered(self.cfg.concurrency.max(1))
            .collect()
            .await
    }

    pub async fn send(&self, op: &Op, case: &Case) -> Sent {
        match self.client.send(&case.req).await {
            Ok(resp) => {
                let mut findings = checks::response(op, &resp, case.expect);
                let mut oracle = 0;
                if let Some(o) = self.oracle {
                    let (checked, found) = checks::openai(op, &resp, o);
                    oracle = checked;
                    findings.extend(found);
                }
                Sent {
                    resp: Some(resp),
                    findings,
                    oracle,
                }
            }
            Err(e) => Sent {
                resp: None,
                findings: vec![Finding {
                    check: checks::NOT_A_SERVER_ERROR,
                    message: format!("no response: {e}"),
                }],
                oracle: 0,
            },
        }
    }

    /// Books the generic checks (the data check `expect` implies, and the oracle when it judged
    /// something) as run, and the findings.
    pub fn record(
        &mut self,
        op: &str,
        expect: Expect,
        sent: Sent,
        steps: &[&Request],
        origin: &str,
    ) {
        self.report.cases += 1;
        self.report.oracle_objects += sent.oracle;
        let mut ran: Vec<&'static str> = GENERIC.to_vec();
        match expect {
            Expect::Accept => ran.push(checks::POSITIVE_DATA),
            Expect::Reject => ran.push(checks::NEGATIVE_DATA),
            Expect::Any => {}
        }
        if sent.oracle > 0 {
            ran.push(checks::OPENAI_ORACLE);
        }
        let failed: BTreeSet<&str> = sent.findings.iter().map(|f| f.check).collect();
        for check in ran.into_iter().filter(|c| !failed.contains(c)) {
            self.report.ran(op, check);
        }
        for f in sent.findings {
            self.fail(op, f, steps, origin);
        }
    }

    pub fn fail(&mut self, op: &str, f: Finding, steps: &[&Request], origin: &str) {
        let failure = Failure {
            operation: op.to_string(),
            check: f.check,
            message: f.message,
            steps: steps.iter().map(|r| self.client.curl(r)).collect(),
            origin: origin.to_string(),
        };
        if self.report.fail(failure) && self.cfg.progress {
            eprintln!("  FAIL {op}: {}", f.check);
        }
    }

    /// A check outside the generic set, judged by the caller.
    pub fn judge(
        &mut self,
        op: &str,
        check: &'static str,
        ok: Result<(), String>,
        steps: &[&Request],
        origin: &str,
    ) {
        match ok {
            Ok(()) => self.report.ran(op, check),
            Err(message) => self.fail(op, Finding { check, message }, steps, origin),
        }
    }

    pub async fn run_cases(&mut self, op: &Op, cases: Vec<Case>, origin: &str) -> usize {
        let results = self.send_all(op, &cases).await;
        for (case, sent) in cases.iter().zip(results) {
            self.record(&op.id, case.expect, sent, &[&case.req], origin);
        }
        cases.len()
    }

    /// A request for `op` from a parameters object and a body, with what it deserves: valid
    /// parameters (as they travel: text coerced back to the schema's type) and a valid JSON body
    /// must be accepted; anything else rejected.
    pub fn case(&self, op: &Op, params: &Value, body: Option<Body>, auth: Auth) -> Case {
        let mut path = op.path.clone();
        let mut query = Vec::new();
        for (name, place) in &op.param_places {
            let v = params.get(name);
            match place.as_str() {
                "path" => {
                    let text = v.map(crate::cases::render).unwrap_or_default();
                    path = path.replace(&format!("{{{name}}}"), &crate::http::encode(&text));
                }
                _ => {
                    if let Some(v) = v {
                        query.push((name.clone(), crate::cases::render(v)));
                    }
                }
            }
        }
        let params_ok = op
            .params
            .validator
            .is_valid(&crate::cases::wire(&op.params, params));
        // A form operation's body travels as parts, and is judged as the server reads them back.
        let (body, form_wire) = match (body, &op.form) {
            (Some(Body::Json(b)), Some(declared)) => {
                let (parts, wire) = crate::form::parts(&b, declared);
                (Some(Body::Form(parts)), Some(wire))
            }
            (body, _) => (body, None),
        };
        let body_ok = match (&op.body, &body) {
            (_, Some(Body::Raw { .. })) => false,
            (Some(part), Some(Body::Form(_))) => form_wire
                .flatten()
                .is_some_and(|wire| part.validator.is_valid(&wire)),
            (None, Some(Body::Form(_))) => true,
            (Some(part), Some(Body::Json(b))) => part.validator.is_valid(b),
            (Some(_), None) => !op.body_required,
            (None, _) => true,
        };
        Case {
            params: params.clone(),
            req: Request {
                method: op.method.clone(),
                path,
                query,
                auth,
                body,
            },
            expect: if params_ok && body_ok {
                Expect::Accept
            } else {
                Expect::Reject
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn operation_globs() {
        let all = selector(None).unwrap();
        assert!(all("createIndex"));
        assert!(selector(Some("create*")).unwrap()("createIndex"));
        assert!(selector(Some("getIndex, *Index")).unwrap()("deleteIndex"));
        assert!(!selector(Some("get?")).unwrap()("getIndex"));
        assert!(selector(Some("get?ndex")).unwrap()("getIndex"));
        assert!(selector(Some("[")).is_err());
    }
}
