//! The `openai-oracle` phase: valid requests to every operation whose answers mirror OpenAI's
//! schemas (`x-openai-schema`), streamed and whole where the body has a `stream` switch, each
//! object and event of the answers judged against OpenAI's published document (every other phase
//! applies the same check to what it happens to get).

use crate::cases::{example, rng_for, valid_strategy};
use crate::http::{Auth, Body};
use crate::runner::{Case, Runner};
use lukhas_spec::model::Op;
use proptest::strategy::{Strategy, ValueTree};
use proptest::test_runner::TestRunner;
use serde_json::Value;

impl Runner<'_> {
    pub async fn openai_oracle(&mut self, op: &Op) -> usize {
        let mirrored = op
            .responses
            .values()
            .any(|r| r.media.iter().any(|m| m.mirrors.is_some()));
        if self.oracle.is_none() || !mirrored {
            return 0;
        }
        let mut bodies: Vec<(Value, Option<Value>)> = vec![example(op)];
        let strategy = valid_strategy(op);
        let mut runner = TestRunner::new_with_rng(
            proptest::test_runner::Config::default(),
            rng_for(self.cfg.seed, &format!("oracle {}", op.id)),
        );
        for _ in 0..(self.cfg.cases / 4).max(4) {
            if let Ok(tree) = strategy.new_tree(&mut runner) {
                bodies.push(tree.current());
            }
        }
        let streams = op
            .body
            .as_ref()
            .is_some_and(|b| b.doc.root.pointer("/properties/stream").is_some());
        let mut cases: Vec<Case> = Vec::new();
        for (params, body) in bodies {
            let variants: Vec<Option<Value>> = match (&body, streams) {
                (Some(Value::Object(b)), true) => [false, true]
                    .into_iter()
                    .map(|s| {
                        let mut b = b.clone();
                        b.insert("stream".into(), Value::Bool(s));
                        Some(Value::Object(b))
                    })
                    .collect(),
                _ => vec![body.clone()],
            };
            for body in variants {
                let case = self.case(op, &params, body.map(Body::Json), Auth::Primary);
                // Only what the spec accepts: a rejected request has nothing to judge.
                if case.expect == lukhas_spec::check::Expect::Accept {
                    cases.push(case);
                }
            }
        }
        let origin = format!("openai-oracle, seed {}", self.cfg.seed);
        self.run_cases(op, cases, &origin).await
    }
}
