//! The data phases: the spec's examples, deterministic coverage variants, and proptest fuzzing
//! with mutation into invalid cases and shrinking of failures.

use crate::cases::{example, param_variants, rng_for, truncated_json, valid_strategy};
use crate::coverage;
use crate::http::{Auth, Body};
use crate::runner::{Case, Runner, Sent};
use lukhas_spec::check::Expect;
use lukhas_spec::model::Op;
use proptest::prelude::Rng;
use proptest::strategy::{Strategy, ValueTree};
use proptest::test_runner::{TestRng, TestRunner};
use serde_json::Value;
use std::collections::BTreeSet;

/// How many shrinking steps a failure gets.
const SHRINK_STEPS: usize = 128;

impl Runner<'_> {
    pub(crate) async fn examples(&mut self, op: &Op) -> usize {
        let (params, body) = example(op);
        let case = self.case(op, &params, body.map(Body::Json), Auth::Primary);
        self.run_cases(op, vec![case], "examples").await
    }

    pub(crate) async fn coverage(&mut self, op: &Op) -> usize {
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

    pub(crate) async fn fuzz(&mut self, op: &Op) -> usize {
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
            for ((case, tree), got) in cases.into_iter().zip(trees).zip(results) {
                // A valid case that failed is shrunk while the same check keeps failing.
                let first = got.findings.first().map(|f| f.check);
                let (case, got) = match (first, case.expect) {
                    (Some(check), Expect::Accept) => {
                        self.shrink(op, tree, check).await.unwrap_or((case, got))
                    }
                    _ => (case, got),
                };
                self.record(&op.id, case.expect, got, &[&case.req], &origin);
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
    ) -> Option<(Case, Sent)> {
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
            let got = self.send(op, &case).await;
            fails = got.findings.iter().any(|f| f.check == target);
            if fails {
                best = Some((case, got));
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
}
