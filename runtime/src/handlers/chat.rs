//! `POST /v1/chat/completions`: completions and chunk streams.

use crate::auth::Principal;
use crate::config::Capability;
use crate::engine::{Chunk, EngineError, Finish, GenerateRequest, Role, Turn, Usage};
use crate::state::App;
use crate::util::{new_id, now};
use futures::StreamExt;
use lukhas_api::operations::create_chat_completion;
use lukhas_api::support::{ApiError, EventStream};
use lukhas_api::types::{
    self, ChatMessageContent, ChatMessageRole, CreateChatCompletionRequest, FinishReason,
    StopSequences,
};

fn turns(body: &CreateChatCompletionRequest) -> Vec<Turn> {
    body.messages
        .iter()
        .map(|m| Turn {
            role: match m.role {
                ChatMessageRole::System | ChatMessageRole::Developer => Role::System,
                ChatMessageRole::Assistant => Role::Assistant,
                ChatMessageRole::User => Role::User,
            },
            content: match &m.content {
                // An assistant turn carried over with only a refusal reads as that refusal.
                None => m.refusal.clone().unwrap_or_default(),
                Some(ChatMessageContent::String(s)) => s.clone(),
                Some(ChatMessageContent::Array(parts)) => {
                    parts.iter().map(|p| p.text.as_str()).collect()
                }
            },
            name: m.name.as_ref().map(|n| n.to_string()),
        })
        .collect()
}

fn finish_reason(f: Finish) -> FinishReason {
    match f {
        Finish::Stop => FinishReason::Stop,
        Finish::Length => FinishReason::Length,
    }
}

fn usage(u: Usage) -> types::CompletionUsage {
    types::CompletionUsage {
        prompt_tokens: u64::from(u.input_tokens),
        completion_tokens: u64::from(u.output_tokens),
        total_tokens: u64::from(u.total()),
    }
}

/// What every chunk of one completion shares.
struct Head {
    id: String,
    created: i64,
    model: String,
}

impl Head {
    fn chunk(
        &self,
        choices: Vec<types::ChatChunkChoice>,
        usage: Option<types::CompletionUsage>,
    ) -> types::CreateChatCompletionStreamResponse {
        types::CreateChatCompletionStreamResponse {
            id: self.id.clone(),
            object: types::CreateChatCompletionStreamResponseObject::ChatCompletionChunk,
            created: self.created,
            model: self.model.clone(),
            system_fingerprint: None,
            choices,
            usage,
        }
    }
}

fn delta_choice(
    index: u64,
    delta: types::ChatChunkDelta,
    finish: Option<Finish>,
) -> types::ChatChunkChoice {
    types::ChatChunkChoice {
        index,
        delta,
        finish_reason: finish.map(finish_reason),
        logprobs: None,
    }
}

impl lukhas_api::Chat for App {
    async fn create_chat_completion(
        &self,
        _: Principal,
        request: create_chat_completion::Request,
    ) -> Result<create_chat_completion::Response, ApiError> {
        let body = request.body;
        let model = self
            .registry
            .resolve(Some(body.model.as_str()), Capability::Generation, "model")?
            .clone();
        let n = body.n.map_or(1, |n| n.get());
        let base = GenerateRequest {
            turns: turns(&body),
            max_tokens: body
                .max_completion_tokens
                .or(body.max_tokens)
                .map(|n| n.get().min(u64::from(u32::MAX)) as u32),
            temperature: body.temperature.as_ref().and_then(|t| t.0),
            top_p: body.top_p.as_ref().and_then(|t| t.0),
            seed: body.seed,
            stop: match &body.stop {
                None => Vec::new(),
                Some(StopSequences::String(s)) => vec![s.clone()],
                Some(StopSequences::Array(a)) => a.clone(),
            },
            presence_penalty: body.presence_penalty.map(|p| p as f32),
            frequency_penalty: body.frequency_penalty.map(|p| p as f32),
            prompt_param: "messages",
            no_repeat_ngram: None,
        };
        // Choice i samples with seed + i so several choices differ yet stay reproducible.
        let request = move |i: u64| {
            let mut r = base.clone();
            r.seed = base.seed.map(|s| s.wrapping_add(i as i64));
            r
        };
        let head = Head {
            id: new_id("chatcmpl"),
            created: now(),
            model: model.id().to_string(),
        };

        if body.stream != Some(true) {
            let mut choices = Vec::new();
            let mut total = Usage::default();
            for i in 0..n {
                let g = model.generate(request(i)).await?;
                total.input_tokens = g.usage.input_tokens;
                total.output_tokens = total.output_tokens.saturating_add(g.usage.output_tokens);
                choices.push(types::ChatChoice {
                    index: i,
                    message: types::ChatCompletionResponseMessage {
                        role: types::ChatCompletionResponseMessageRole::Assistant,
                        content: Some(g.text),
                        refusal: None,
                    },
                    finish_reason: finish_reason(g.finish),
                    logprobs: types::ChatChoiceLogprobs(None),
                });
            }
            return Ok(create_chat_completion::Response::Ok(
                types::CreateChatCompletionResponse {
                    id: head.id,
                    object: types::CreateChatCompletionResponseObject::ChatCompletion,
                    created: head.created,
                    model: head.model,
                    system_fingerprint: None,
                    choices,
                    usage: Some(usage(total)),
                    metadata: body.metadata,
                },
            ));
        }

        let include_usage = body
            .stream_options
            .as_ref()
            .and_then(|o| o.0.as_ref())
            .and_then(|o| o.include_usage)
            .unwrap_or(false);
        // The first stream opens before answering, so that an engine failure gets its status.
        let first = model.stream(request(0)).await?;
        let events = async_stream::try_stream! {
            let mut total = Usage::default();
            let mut next = Some(first);
            for i in 0..n {
                let mut chunks = match next.take() {
                    Some(s) => s,
                    None => model.stream(request(i)).await?,
                };
                let role = types::ChatChunkDelta {
                    role: Some(types::ChatChunkDeltaRole::Assistant),
                    content: Some(String::new()),
                    refusal: None,
                };
                yield head.chunk(vec![delta_choice(i, role, None)], None);
                let mut done = false;
                while let Some(chunk) = chunks.next().await {
                    match chunk? {
                        Chunk::Delta(d) => {
                            let delta = types::ChatChunkDelta {
                                role: None,
                                content: Some(d),
                                refusal: None,
                            };
                            yield head.chunk(vec![delta_choice(i, delta, None)], None);
                        }
                        Chunk::Done { finish, usage } => {
                            total.input_tokens = usage.input_tokens;
                            total.output_tokens = total.output_tokens.saturating_add(usage.output_tokens);
                            let empty = types::ChatChunkDelta {
                                role: None,
                                content: None,
                                refusal: None,
                            };
                            yield head.chunk(vec![delta_choice(i, empty, Some(finish))], None);
                            done = true;
                            break;
                        }
                    }
                }
                if !done {
                    Err(EngineError::Truncated)?;
                }
            }
            if include_usage {
                yield head.chunk(Vec::new(), Some(usage(total)));
            }
        };
        Ok(create_chat_completion::Response::OkEventStream(
            EventStream::new(events.map(|e: Result<_, EngineError>| e.map_err(ApiError::from))),
        ))
    }
}
