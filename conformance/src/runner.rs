//! The run: phases over the selected operations, requests sent concurrently, every response
//! checked, failures shrunk (random phase) and recorded with their reproduction.
//!
//! Phases, in order: `examples` (the spec's own examples), `coverage` (deterministic variants at
//! every location: enums, bounds and one past them, wrong types, removed and unexpected
//! properties, malformed JSON, wrong content type), `fuzz` (proptest-generated valid data, plus
//! random mutations of it), `auth` (no key, an unknown key, keys lacking the scope), `methods`
//! (undeclared methods) and `stateful` (sequences that follow the spec's links).

use crate::checks::{self, Expect, Finding};
use crate::coverage;
use crate::generate;
use crate::http::{Auth, Body, Client, Request, Response, Tokens};
use crate::model::{Api, Op, Part};
use crate::report::{Failure, Report};
use anyhow::Result;
use futures::stream::{self, StreamExt};
use proptest::prelude::Rng;
use proptest::strategy::{BoxedStrategy, Just, Strategy, ValueTree};
use proptest::test_runner::{RngAlgorithm, TestRng, TestRunner};
use serde_json::{json, Value};
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
}

impl Phase {
    pub const ALL: [Phase; 6] = [
        Phase::Examples,
        Phase::Coverage,
        Phase::Fuzz,
        Phase::Auth,
        Phase::Methods,
        Phase::Stateful,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Phase::Examples => "examples",
            Phase::Coverage => "coverage",
            Phase::Fuzz => "fuzz",
            Phase::Auth => "auth",
            Phase::Methods => "methods",
            Phase::Stateful => "stateful",
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
            progress: false,
        }
    }
}

/// One request and what it deserves.
struct Case {
    req: Request,
    /// The parameters the request was built from (link expressions read them).
    params: Value,
    expect: Expect,
}

const GENERIC: [&str; 5] = [
    checks::NOT_A_SERVER_ERROR,
    checks::STATUS_CODE,
    checks::CONTENT_TYPE,
    checks::RESPONSE_HEADERS,
    checks::RESPONSE_SCHEMA,
];
/// How many shrinking steps a failure gets.
const SHRINK_STEPS: usize = 128;

pub async fn run(cfg: &Config) -> Result<Report> {
    let api = Api::load(&cfg.spec)?;
    let tokens = Tokens {
        primary: cfg.token.clone(),
        second: cfg.second_token.clone(),
        scoped: cfg.scoped_tokens.iter().map(|(t, _)| t.clone()).collect(),
    };
    let client = Client::new(&cfg.base_url, tokens, cfg.timeout)?;
    let selected: Vec<&Op> = api
        .ops
        .iter()
        .filter(|o| selected(cfg.operations.as_deref(), &o.id))
        .collect();
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
        report: Report {
            seed: cfg.seed,
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

/// Glob match over operation ids: comma-separated patterns with `*` and `?`.
pub fn selected(globs: Option<&str>, id: &str) -> bool {
    fn matches(p: &[char], t: &[char]) -> bool {
        match (p.first(), t.first()) {
            (None, None) => true,
            (Some('*'), _) => matches(&p[1..], t) || (!t.is_empty() && matches(p, &t[1..])),
            (Some('?'), Some(_)) => matches(&p[1..], &t[1..]),
            (Some(a), Some(b)) if a == b => matches(&p[1..], &t[1..]),
            _ => false,
        }
    }
    let id: Vec<char> = id.chars().collect();
    match globs {
        None => true,
        Some(g) => g
            .split(',')
            .map(str::trim)
            .filter(|p| !p.is_empty())
            .any(|p| matches(&p.chars().collect::<Vec<_>>(), &id)),
    }
}

struct Runner<'a> {
    cfg: &'a Config,
    api: &'a Api,
    client: Client,
    report: Report,
}

impl Runner<'_> {
    fn progress(&self, phase: Phase, what: &str, cases: usize) {
        if self.cfg.progress {
            eprintln!(
                "  {:<9} {:<22} {:>6} cases   {:>4} failures so far",
                phase.name(),
                what,
                cases,
                self.report.failures.len()
            );
        }
    }

    /// Sends `cases` concurrently; returns each response (None when there was none) with its
    /// findings.
    async fn send_all(&self, op: &Op, cases: &[Case]) -> Vec<(Option<Response>, Vec<Finding>)> {
        stream::iter(cases)
            .map(|c| self.send(op, c))
            .buffered(self.cfg.concurrency.max(1))
            .collect()
            .await
    }

    async fn send(&self, op: &Op, case: &Case) -> (Option<Response>, Vec<Finding>) {
        match self.client.send(&case.req).await {
            Ok(resp) => {
                let findings = checks::response(op, &resp, case.expect);
                (Some(resp), findings)
            }
            Err(e) => (
                None,
                vec![Finding {
                    check: checks::NOT_A_SERVER_ERROR,
                    message: format!("no response: {e}"),
                }],
            ),
        }
    }

    /// Books the generic checks (and the data check `expect` implies) as run, and the findings.
    fn record(
        &mut self,
        op: &str,
        expect: Expect,
        findings: Vec<Finding>,
        steps: &[&Request],
        origin: &str,
    ) {
        self.report.cases += 1;
        let mut ran: Vec<&'static str> = GENERIC.to_vec();
        match expect {
            Expect::Accept => ran.push(checks::POSITIVE_DATA),
            Expect::Reject => ran.push(checks::NEGATIVE_DATA),
            Expect::Any => {}
        }
        let failed: BTreeSet<&str> = findings.iter().map(|f| f.check).collect();
        for check in ran.into_iter().filter(|c| !failed.contains(c)) {
            self.report.ran(op, check);
        }
        for f in findings {
            self.fail(op, f, steps, origin);
        }
    }

    fn fail(&mut self, op: &str, f: Finding, steps: &[&Request], origin: &str) {
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
    fn judge(
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

    async fn run_cases(&mut self, op: &Op, cases: Vec<Case>, origin: &str) -> usize {
        let results = self.send_all(op, &cases).await;
        for (case, (_, findings)) in cases.iter().zip(results) {
            self.record(&op.id, case.expect, findings, &[&case.req], origin);
        }
        cases.len()
    }

    async fn examples(&mut self, op: &Op) -> usize {
        let (params, body) = example(op);
        let case = self.case(op, &params, body.map(Body::Json), Auth::Primary);
        self.run_cases(op, vec![case], "examples").await
    }

    async fn coverage(&mut self, op: &Op) -> usize {
        let mut bases = vec![example(op)];
        for full in [false, true] {
            bases.push((
                coverage::sample(&op.params.doc, &op.params.doc.root, full),
                op.body
                    .as_ref()
                    .map(|b| coverage::sample(&b.doc, &b.doc.root, full)),
            ));
        }
        let mut seen = BTreeSet::new();
        let mut cases = Vec::new();
        let mut push = |case: Case, cases: &mut Vec<Case>| {
            let key = format!("{} {:?}", self.client.url(&case.req), case.req.body);
            if seen.insert(key) {
                cases.push(case);
            }
        };
        for (params, body) in &bases {
            let body_json = body.clone().map(Body::Json);
            push(
                self.case(op, params, body_json.clone(), Auth::Primary),
                &mut cases,
            );
            for edit in param_variants(op, params) {
                if let Some(p) = edit.apply(params) {
                    push(
                        self.case(op, &p, body_json.clone(), Auth::Primary),
                        &mut cases,
                    );
                }
            }
            let (Some(part), Some(body)) = (&op.body, body) else {
                continue;
            };
            for edit in coverage::variants(&part.doc, &part.doc.root, body) {
                if let Some(b) = edit.apply(body) {
                    push(
                        self.case(op, params, Some(Body::Json(b)), Auth::Primary),
                        &mut cases,
                    );
                }
            }
            // Malformed JSON, JSON under another content type, no body at all.
            for raw in [
                Body::Raw {
                    content_type: "application/json".into(),
                    text: truncated_json(body),
                },
                Body::Raw {
                    content_type: "text/plain".into(),
                    text: body.to_string(),
                },
            ] {
                let mut c = self.case(op, params, Some(raw), Auth::Primary);
                c.expect = Expect::Reject;
                push(c, &mut cases);
            }
            if op.body_required {
                let mut c = self.case(op, params, None, Auth::Primary);
                c.expect = Expect::Reject;
                push(c, &mut cases);
            }
        }
        self.run_cases(op, cases, "coverage").await
    }

    async fn fuzz(&mut self, op: &Op) -> usize {
        let strategy = valid_strategy(op);
        let mut runner = TestRunner::new_with_rng(
            proptest::test_runner::Config::default(),
            rng_for(self.cfg.seed, &op.id),
        );
        let origin = format!(
            "fuzz, seed {} (--seed {} --operations {})",
            self.cfg.seed, self.cfg.seed, op.id
        );
        let batch = (self.cfg.concurrency * 4).max(16);
        let mut done = 0;
        while done < self.cfg.cases {
            let n = batch.min(self.cfg.cases - done);
            let mut trees = Vec::with_capacity(n);
            for _ in 0..n {
                match strategy.new_tree(&mut runner) {
                    Ok(t) => trees.push(t),
                    Err(e) => {
                        self.report
                            .warnings
                            .push(format!("{}: cannot generate valid data: {e}", op.id));
                        return done;
                    }
                }
            }
            // A quarter of the cases are mutated into invalid ones.
            let mut cases = Vec::with_capacity(n);
            for t in &trees {
                let (params, body) = t.current();
                let mutate = runner.rng().next_u32().is_multiple_of(4);
                let case = match mutate.then(|| self.mutated(op, &params, &body, runner.rng())) {
                    Some(Some(c)) => c,
                    _ => self.case(op, &params, body.map(Body::Json), Auth::Primary),
                };
                cases.push(case);
            }
            let results = self.send_all(op, &cases).await;
            for ((case, tree), (_, findings)) in cases.into_iter().zip(trees).zip(results) {
                // A valid case that failed is shrunk while the same check keeps failing.
                let (case, findings) = match (findings.first(), case.expect) {
                    (Some(first), Expect::Accept) => self
                        .shrink(op, tree, first.check)
                        .await
                        .unwrap_or((case, findings)),
                    _ => (case, findings),
                };
                self.record(&op.id, case.expect, findings, &[&case.req], &origin);
            }
            done += n;
        }
        done
    }

    /// Simplifies a failing value while the same check keeps failing; returns the simplest
    /// failing case and its findings.
    async fn shrink(
        &self,
        op: &Op,
        mut tree: Box<dyn ValueTree<Value = (Value, Option<Value>)>>,
        target: &'static str,
    ) -> Option<(Case, Vec<Finding>)> {
        let mut best = None;
        let mut fails = true;
        for _ in 0..SHRINK_STEPS {
            let stepped = if fails {
                tree.simplify()
            } else {
                tree.complicate()
            };
            if !stepped {
                break;
            }
            let (params, body) = tree.current();
            let case = self.case(op, &params, body.map(Body::Json), Auth::Primary);
            let (_, findings) = self.send(op, &case).await;
            fails = findings.iter().any(|f| f.check == target);
            if fails {
                best = Some((case, findings));
            }
        }
        best
    }

    /// An invalid variant of a valid (params, body), chosen at random.
    fn mutated(
        &self,
        op: &Op,
        params: &Value,
        body: &Option<Value>,
        rng: &mut TestRng,
    ) -> Option<Case> {
        let mut options: Vec<(Value, Option<Value>)> = Vec::new();
        for edit in param_variants(op, params) {
            if let Some(p) = edit.apply(params) {
                options.push((p, body.clone()));
            }
        }
        if let (Some(part), Some(b)) = (&op.body, body) {
            for edit in coverage::variants(&part.doc, &part.doc.root, b) {
                if let Some(v) = edit.apply(b) {
                    options.push((params.clone(), Some(v)));
                }
            }
        }
        for _ in 0..8 {
            if options.is_empty() {
                return None;
            }
            let i = rng.next_u32() as usize % options.len();
            let (p, b) = options.swap_remove(i);
            let case = self.case(op, &p, b.map(Body::Json), Auth::Primary);
            if case.expect == Expect::Reject {
                return Some(case);
            }
        }
        None
    }

    async fn auth(&mut self, op: &Op) -> usize {
        if !op.secured {
            return 0;
        }
        let (params, body) = example(op);
        let mut sent = 0;
        let mut variants = vec![(Auth::None, None), (Auth::Bogus, None)];
        for (i, (_, scopes)) in self.cfg.scoped_tokens.iter().enumerate() {
            let allowed = op.scopes.iter().all(|s| scopes.contains(s));
            variants.push((Auth::Scoped(i), Some(allowed)));
        }
        for (auth, allowed) in variants {
            let case = self.case(op, &params, body.clone().map(Body::Json), auth.clone());
            let (resp, findings) = self.send(op, &case).await;
            sent += 1;
            let status = resp.as_ref().map_or(0, |r| r.status);
            let (check, verdict) = match (&auth, allowed) {
                (Auth::None, _) => (
                    checks::MISSING_AUTH,
                    (status == 401).then_some(()).ok_or(format!(
                        "no Authorization header answered {status}, not 401"
                    )),
                ),
                (Auth::Bogus, _) => (
                    checks::IGNORED_AUTH,
                    matches!(status, 401 | 403)
                        .then_some(())
                        .ok_or(format!("an unknown API key answered {status}, not 401/403")),
                ),
                (_, Some(false)) => (
                    checks::SCOPES,
                    (status == 403).then_some(()).ok_or(format!(
                        "a key without the scopes {:?} answered {status}, not 403",
                        op.scopes
                    )),
                ),
                _ => (
                    checks::SCOPES,
                    (!matches!(status, 401 | 403)).then_some(()).ok_or(format!(
                        "a key with the scopes {:?} answered {status}",
                        op.scopes
                    )),
                ),
            };
            self.record(&op.id, Expect::Any, findings, &[&case.req], "auth");
            self.judge(&op.id, check, verdict, &[&case.req], "auth");
        }
        sent
    }

    async fn methods(&mut self, ops: &[&Op]) -> usize {
        let mut sent = 0;
        let mut paths = BTreeSet::new();
        for op in ops {
            if !paths.insert(op.path.clone()) {
                continue;
            }
            let declared = &self.api.paths[&op.path];
            let (params, _) = example(op);
            for method in ["GET", "POST", "PUT", "PATCH", "DELETE"] {
                if declared.iter().any(|m| m == method) {
                    continue;
                }
                let mut req = self.case(op, &params, None, Auth::Primary).req;
                req.method = method.to_string();
                req.query.clear();
                sent += 1;
                self.report.cases += 1;
                let resp = self.client.send(&req).await;
                let label = format!("{method} {}", op.path);
                let (status, allow) = match &resp {
                    Ok(r) => (r.status, r.header("allow").map(str::to_string)),
                    Err(_) => (0, None),
                };
                let verdict = (status == 405)
                    .then_some(())
                    .ok_or(format!("{label} answered {status}, not 405"));
                self.judge(
                    &op.id,
                    checks::UNSUPPORTED_METHOD,
                    verdict,
                    &[&req],
                    "methods",
                );
                if status == 405 {
                    let verdict = allow_matches(allow.as_deref(), declared)
                        .map_err(|e| format!("{label}: {e}"));
                    self.judge(&op.id, checks::ALLOW_HEADER, verdict, &[&req], "methods");
                }
            }
        }
        sent
    }

    /// Link sequences from every operation that starts one (has links and no path parameters).
    async fn stateful(&mut self, ops: &[&Op]) -> usize {
        let roots: Vec<&Op> = ops
            .iter()
            .copied()
            .filter(|o| {
                o.responses.values().any(|r| !r.links.is_empty())
                    && !o.param_places.iter().any(|(_, place)| place == "path")
            })
            .collect();
        let sequences = (self.cfg.cases / 10).max(1);
        let mut rng = rng_for(self.cfg.seed, "stateful");
        let mut sent = 0;
        for i in 0..sequences {
            for root in &roots {
                // The first sequence uses the examples; the rest generated data.
                let (params, body) = match i {
                    0 => example(root),
                    _ => generated(root, &mut rng),
                };
                let case = self.case(root, &params, body.map(Body::Json), Auth::Primary);
                let origin = format!("stateful sequence {i}, seed {}", self.cfg.seed);
                sent += self.step(root, case, &origin, &mut rng).await;
            }
        }
        sent
    }

    /// Sends the first step of a sequence, then follows its links.
    async fn step(&mut self, op: &Op, case: Case, origin: &str, rng: &mut TestRng) -> usize {
        let (resp, findings) = self.send(op, &case).await;
        self.record(&op.id, case.expect, findings, &[&case.req], origin);
        match resp.filter(|r| (200..300).contains(&r.status)) {
            Some(resp) => {
                1 + self
                    .follow(op, &case, &resp, vec![case.req.clone()], origin, 0, rng)
                    .await
            }
            None => 1,
        }
    }

    /// Follows the links of a successful response: reads and updates first, checking that the
    /// resource is there and that another tenant cannot reach it, then deletions, after which
    /// the resource must be gone.
    #[allow(clippy::too_many_arguments)]
    async fn follow(
        &mut self,
        op: &Op,
        case: &Case,
        resp: &Response,
        steps: Vec<Request>,
        origin: &str,
        depth: usize,
        rng: &mut TestRng,
    ) -> usize {
        let mut sent = 0;
        if depth >= 3 {
            return sent;
        }
        let Some(documented) = op.response(resp.status) else {
            return sent;
        };
        let ctx = Context {
            params: case.params.clone(),
            body: match &case.req.body {
                Some(Body::Json(v)) => v.clone(),
                _ => Value::Null,
            },
            resp: serde_json::from_slice(&resp.body).unwrap_or(Value::Null),
            headers: resp,
        };
        let mut follow = Vec::new();
        for link in &documented.links {
            let Some(target) = self.api.op(&link.operation_id) else {
                continue;
            };
            let (mut params, body) = match depth {
                0 => example(target),
                _ => generated(target, rng),
            };
            for (name, expr) in &link.parameters {
                if let (Some(v), Some(map)) = (ctx.eval(expr), params.as_object_mut()) {
                    map.insert(name.clone(), v);
                }
            }
            follow.push((target, params, body));
        }
        drop(ctx);
        let (deletes, others): (Vec<_>, Vec<_>) = follow
            .into_iter()
            .partition(|(t, _, _)| t.method == "DELETE");
        for (target, params, body) in &others {
            let case = self.case(target, params, body.clone().map(Body::Json), Auth::Primary);
            let is_read = target.method == "GET";
            let (r, findings) = self.send(target, &case).await;
            sent += 1;
            let mut chain = steps.clone();
            chain.push(case.req.clone());
            let refs: Vec<&Request> = chain.iter().collect();
            self.record(&target.id, case.expect, findings, &refs, origin);
            let status = r.as_ref().map_or(0, |r| r.status);
            if is_read {
                let verdict = (200..300).contains(&status).then_some(()).ok_or(format!(
                    "the resource {} just returned is not readable: {status}",
                    op.id
                ));
                self.judge(&target.id, checks::AVAILABILITY, verdict, &refs, origin);
            }
            if self.client.has_second() {
                let mut other = case.req.clone();
                other.auth = Auth::Second;
                let r2 = self.client.send(&other).await;
                sent += 1;
                self.report.cases += 1;
                let s2 = r2.as_ref().map_or(0, |r| r.status);
                let mut chain2 = steps.clone();
                chain2.push(other.clone());
                let refs2: Vec<&Request> = chain2.iter().collect();
                let verdict = (!(200..300).contains(&s2)).then_some(()).ok_or(format!(
                    "another tenant's key reached the resource: {} answered {s2}",
                    target.id
                ));
                self.judge(&target.id, checks::OBJECT_AUTH, verdict, &refs2, origin);
            }
            if let Some(r) = r.filter(|r| (200..300).contains(&r.status) && !is_read) {
                sent +=
                    Box::pin(self.follow(target, &case, &r, chain.clone(), origin, depth + 1, rng))
                        .await;
            }
        }
        for (target, params, body) in &deletes {
            let case = self.case(target, params, body.clone().map(Body::Json), Auth::Primary);
            let (r, findings) = self.send(target, &case).await;
            sent += 1;
            let mut chain = steps.clone();
            chain.push(case.req.clone());
            self.record(
                &target.id,
                case.expect,
                findings,
                &chain.iter().collect::<Vec<_>>(),
                origin,
            );
            if !r.as_ref().is_some_and(|r| (200..300).contains(&r.status)) {
                continue;
            }
            // Gone: reading it again, or deleting it again, answers 404.
            let mut after: Vec<Request> = others
                .iter()
                .filter(|(t, p, _)| t.method == "GET" && p == params)
                .map(|(t, p, _)| self.case(t, p, None, Auth::Primary).req)
                .collect();
            after.push(case.req.clone());
            for req in after {
                let r = self.client.send(&req).await;
                sent += 1;
                self.report.cases += 1;
                let status = r.as_ref().map_or(0, |r| r.status);
                let mut chain2 = chain.clone();
                chain2.push(req.clone());
                let verdict = (status == 404).then_some(()).ok_or(format!(
                    "after {} succeeded, {} {} answered {status}, not 404",
                    target.id, req.method, req.path
                ));
                self.judge(
                    &target.id,
                    checks::USE_AFTER_FREE,
                    verdict,
                    &chain2.iter().collect::<Vec<_>>(),
                    origin,
                );
            }
        }
        sent
    }

    /// A request for `op` from a parameters object and a body, with what it deserves: valid
    /// parameters (as they travel: text coerced back to the schema's type) and a valid JSON body
    /// must be accepted; anything else rejected.
    fn case(&self, op: &Op, params: &Value, body: Option<Body>, auth: Auth) -> Case {
        let mut path = op.path.clone();
        let mut query = Vec::new();
        for (name, place) in &op.param_places {
            let v = params.get(name);
            match place.as_str() {
                "path" => {
                    let text = v.map(render).unwrap_or_default();
                    path = path.replace(&format!("{{{name}}}"), &crate::http::encode(&text));
                }
                _ => {
                    if let Some(v) = v {
                        query.push((name.clone(), render(v)));
                    }
                }
            }
        }
        let params_ok = op.params.validator.is_valid(&wire(&op.params, params));
        let body_ok = match (&op.body, &body) {
            (_, Some(Body::Raw { .. })) => false,
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

/// What a link expression reads from.
struct Context<'r> {
    params: Value,
    body: Value,
    resp: Value,
    headers: &'r Response,
}

impl Context<'_> {
    /// `$response.body#/ptr`, `$request.body#/ptr`, `$request.path.x`, `$request.query.x`,
    /// `$response.header.x`, or a constant.
    fn eval(&self, expr: &str) -> Option<Value> {
        if let Some(p) = expr.strip_prefix("$response.body#") {
            return self.resp.pointer(p).cloned();
        }
        if let Some(p) = expr.strip_prefix("$request.body#") {
            return self.body.pointer(p).cloned();
        }
        if let Some(n) = expr
            .strip_prefix("$request.path.")
            .or_else(|| expr.strip_prefix("$request.query."))
        {
            return self.params.get(n).cloned();
        }
        if let Some(h) = expr.strip_prefix("$response.header.") {
            return self.headers.header(h).map(|v| json!(v));
        }
        (!expr.starts_with('$')).then(|| json!(expr))
    }
}

fn render(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

/// Parameters as the server sees them: text, read back as the schema's type when it parses.
fn wire(part: &Part, params: &Value) -> Value {
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
                .flat_map(|a| crate::schema::types(a))
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
fn travels(places: &[(String, String)], params: &Value) -> bool {
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
fn param_variants(op: &Op, params: &Value) -> Vec<coverage::Edit> {
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
fn example(op: &Op) -> (Value, Option<Value>) {
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

type Pair = (Value, Option<Value>);

/// Valid (parameters, body) pairs: generated, then filtered through the compiled schemas.
fn valid_strategy(op: &Op) -> BoxedStrategy<Pair> {
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

fn generated(op: &Op, rng: &mut TestRng) -> Pair {
    let mut runner = TestRunner::new_with_rng(
        proptest::test_runner::Config::default(),
        TestRng::from_seed(RngAlgorithm::ChaCha, &seed_bytes(rng.next_u64(), "")),
    );
    match valid_strategy(op).new_tree(&mut runner) {
        Ok(t) => t.current(),
        Err(_) => example(op),
    }
}

fn rng_for(seed: u64, name: &str) -> TestRng {
    TestRng::from_seed(RngAlgorithm::ChaCha, &seed_bytes(seed, name))
}

/// 32 bytes of seed from the run's seed and a name (FNV-1a), so each operation's data depends
/// only on the seed and the operation, not on which others run.
fn seed_bytes(seed: u64, name: &str) -> [u8; 32] {
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
fn truncated_json(body: &Value) -> String {
    let text = body.to_string();
    let cut = text
        .char_indices()
        .nth(text.chars().count() / 2)
        .map_or(0, |(i, _)| i);
    format!("{}{{\"", &text[..cut])
}

/// `Allow` lists every declared method (HEAD and OPTIONS may come on top) and nothing else.
fn allow_matches(allow: Option<&str>, declared: &[String]) -> Result<(), String> {
    let Some(allow) = allow else {
        return Err("405 without an Allow header".into());
    };
    let listed: BTreeSet<String> = allow
        .split(',')
        .map(|m| m.trim().to_ascii_uppercase())
        .filter(|m| !m.is_empty())
        .collect();
    let want: BTreeSet<String> = declared.iter().cloned().collect();
    let extra: Vec<&String> = listed
        .difference(&want)
        .filter(|m| *m != "HEAD" && *m != "OPTIONS")
        .collect();
    let missing: Vec<&String> = want.difference(&listed).collect();
    if extra.is_empty() && missing.is_empty() {
        Ok(())
    } else {
        Err(format!(
            "Allow: {allow} (missing {missing:?}, not declared {extra:?})"
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn operation_globs() {
        assert!(selected(None, "createIndex"));
        assert!(selected(Some("create*"), "createIndex"));
        assert!(selected(Some("getIndex, *Index"), "deleteIndex"));
        assert!(!selected(Some("get?"), "getIndex"));
        assert!(selected(Some("get?ndex"), "getIndex"));
    }

    #[test]
    fn allow_header_must_list_exactly_the_declared_methods() {
        let declared = vec!["GET".to_string(), "POST".to_string()];
        assert!(allow_matches(Some("GET, POST, HEAD"), &declared).is_ok());
        assert!(allow_matches(Some("GET"), &declared).is_err());
        assert!(allow_matches(Some("GET,POST,PUT"), &declared).is_err());
        assert!(allow_matches(None, &declared).is_err());
    }

    #[test]
    fn seeds_depend_on_seed_and_name_only() {
        assert_eq!(seed_bytes(7, "a"), seed_bytes(7, "a"));
        assert_ne!(seed_bytes(7, "a"), seed_bytes(8, "a"));
        assert_ne!(seed_bytes(7, "a"), seed_bytes(7, "b"));
    }
}
