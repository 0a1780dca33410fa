//! `POST /v1/dreams`: the dreams pipeline (`crate::dreams`) as the API's objects and events.

use super::typed;
use crate::auth::Principal;
use crate::config::Capability;
use crate::dreams::{Plan, Progress, Trace};
use crate::engine::Usage;
use crate::state::App;
use crate::util::{new_id, now};
use futures::StreamExt;
use lukhas_api::operations::create_dream;
use lukhas_api::support::{request_id, ApiError, EventStream};
use lukhas_api::types::{self, DreamStreamEvent as Event};

fn usage(u: Usage) -> types::DreamUsage {
    types::DreamUsage {
        input_tokens: u64::from(u.input_tokens),
        output_tokens: u64::from(u.output_tokens),
        total_tokens: u64::from(u.total()),
    }
}

fn trace(t: &Trace) -> types::DreamTrace {
    types::DreamTrace {
        step: t.step,
        content: t.content.clone(),
        started_at: t.started_at,
        duration_ms: t.duration_ms,
        usage: usage(t.usage),
    }
}

/// The finished dream.
struct Finished {
    id: types::DreamId,
    created: i64,
    model: String,
    seed: String,
    constraints: types::DreamConstraints,
}

impl Finished {
    fn dream(&self, traces: &[Trace]) -> types::Dream {
        let mut total = Usage::default();
        for t in traces {
            total += t.usage;
        }
        types::Dream {
            id: self.id.clone(),
            object: types::DreamObject::Dream,
            created: self.created,
            model: self.model.clone(),
            seed: self.seed.clone(),
            constraints: self.constraints.clone(),
            traces: traces.iter().map(trace).collect(),
            usage: usage(total),
        }
    }
}

impl lukhas_api::Dreams for App {
    async fn create_dream(
        &self,
        principal: Principal,
        request: create_dream::Request,
    ) -> Result<create_dream::Response, ApiError> {
        let body = request.body;
        let model = self
            .registry
            .resolve(
                body.model.as_ref().map(|m| m.as_str()),
                Capability::Generation,
                "model",
            )?
            .clone();
        let constraints = body.constraints.unwrap_or_default();
        let plan = Plan {
            seed: body.seed.to_string(),
            steps: constraints.steps.clone(),
            max_tokens: constraints
                .max_tokens_per_step
                .get()
                .min(u64::from(u32::MAX)) as u32,
            tone: constraints.tone.as_ref().map(|t| t.to_string()),
            avoid: constraints
                .avoid_words
                .iter()
                .map(|w| w.to_string())
                .collect(),
            temperature: constraints.temperature.as_ref().and_then(|t| t.0),
            sampling_seed: constraints.sampling_seed,
            guard: principal.output,
        };
        let finished = Finished {
            id: typed(new_id("dream"))?,
            created: now(),
            model: model.id().to_string(),
            seed: plan.seed.clone(),
            constraints,
        };
        if !body.stream {
            let mut traces = Vec::new();
            let mut progress = Box::pin(plan.run(model, false));
            while let Some(p) = progress.next().await {
                if let Progress::StepDone(t) = p? {
                    traces.push(t);
                }
            }
            return Ok(create_dream::Response::Ok(finished.dream(&traces)));
        }
        let request_id = request_id::current();
        let mut progress = Box::pin(plan.run(model, true));
        let events = async_stream::stream! {
            let mut seq = 0u64..;
            let mut next = || seq.next().unwrap_or_default().into();
            let dream_id = finished.id.to_string();
            let mut traces = Vec::new();
            while let Some(p) = progress.next().await {
                match p {
                    Ok(Progress::Delta { index, step, text }) => yield Event::DreamStepDelta {
                        dream_id: dream_id.clone(),
                        step_index: (index as u32).into(),
                        step,
                        delta: text,
                        sequence_number: next(),
                    },
                    Ok(Progress::StepDone(t)) => {
                        yield Event::DreamStepCompleted {
                            dream_id: dream_id.clone(),
                            trace: trace(&t),
                            sequence_number: next(),
                        };
                        traces.push(t);
                    }
                    Err(e) => {
                        let e = ApiError::from(e);
                        yield Event::Error {
                            code: e.code().map(str::to_string),
                            message: e.public_message(request_id.as_ref()).into_owned(),
                            param: e.param().map(str::to_string),
                            sequence_number: next(),
                        };
                        return;
                    }
                }
            }
            yield Event::DreamCompleted { dream: finished.dream(&traces), sequence_number: next() };
        };
        Ok(create_dream::Response::OkEventStream(EventStream::new(
            events.map(Ok::<_, ApiError>),
        )))
    }
}
