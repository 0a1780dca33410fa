//! The stateful phase: sequences that follow the spec's `links` from every operation that starts
//! one — the resource is readable once created, out of another tenant's reach, and gone once
//! deleted.

use crate::cases::{example, generated, rng_for};
use crate::http::{Answer, Auth, Body, Request};
use crate::runner::{Case, Runner};
use lukhas_spec::check as checks;
use lukhas_spec::model::Op;
use proptest::test_runner::TestRng;
use serde_json::{json, Value};

impl Runner<'_> {
    /// Link sequences from every operation that starts one (has links and no path parameters).
    pub(crate) async fn stateful(&mut self, ops: &[&Op]) -> usize {
        let roots: Vec<&Op> = ops
            .iter()
            .copied()
            .filter(|o| {
                o.responses.values().any(|r| !r.links.is_empty())
                    && !o.param_places.iter().any(|(_, place)| place == "path")
            })
            .collect();
        let sequences = (self.cfg.cases / 10).max(1);
        // One random stream per root: adding an operation does not change another's sequences.
        let mut rngs: Vec<TestRng> = roots
            .iter()
            .map(|r| rng_for(self.cfg.seed, &format!("stateful {}", r.id)))
            .collect();
        let mut sent = 0;
        for i in 0..sequences {
            for (root, rng) in roots.iter().zip(&mut rngs) {
                // The first sequence uses the examples; the rest generated data.
                let (params, body) = match i {
                    0 => example(root),
                    _ => generated(root, rng),
                };
                let case = self.case(root, &params, body.map(Body::Json), Auth::Primary);
                let origin = format!("stateful sequence {i}, seed {}", self.cfg.seed);
                sent += self.step(root, case, &origin, rng).await;
            }
        }
        sent
    }

    /// Sends the first step of a sequence, then follows its links.
    async fn step(&mut self, op: &Op, case: Case, origin: &str, rng: &mut TestRng) -> usize {
        let got = self.send(op, &case).await;
        let resp = got.resp.clone();
        self.record(&op.id, case.expect, got, &[&case.req], origin);
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
        resp: &Answer,
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
            let holds = link
                .only_if
                .iter()
                .all(|(expr, allowed)| allowed.contains(&ctx.eval(expr).unwrap_or(Value::Null)));
            if !holds {
                continue;
            }
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
            let got = self.send(target, &case).await;
            let r = got.resp.clone();
            sent += 1;
            let mut chain = steps.clone();
            chain.push(case.req.clone());
            let refs: Vec<&Request> = chain.iter().collect();
            self.record(&target.id, case.expect, got, &refs, origin);
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
            let got = self.send(target, &case).await;
            let r = got.resp.clone();
            sent += 1;
            let mut chain = steps.clone();
            chain.push(case.req.clone());
            self.record(
                &target.id,
                case.expect,
                got,
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
}

/// What a link expression reads from.
struct Context<'r> {
    params: Value,
    body: Value,
    resp: Value,
    headers: &'r Answer,
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
