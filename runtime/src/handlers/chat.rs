//! `POST /v1/chat/completions`: completions and chunk streams.

use crate::auth::Principal;
use crate::config::Capability;
use crate::engine::{
    Chunk, EngineError, Finish, Format, GenerateRequest, Params, Role, Tool, ToolCall, ToolChoice,
    Turn, Usage,
};
use crate::state::App;
use crate::util::{new_id, now};
use futures::StreamExt;
use lukhas_api::operations::create_chat_completion;
use lukhas_api::support::{ApiError, EventStream};
use lukhas_api::types::{
    self, ChatMessageContent, ChatMessageRole, ChatResponseFormat, ChatToolChoice,
    ChatToolChoiceString, CreateChatCompletionRequest, FinishReason, StopSequences,
};
use serde_json::Value;

fn turns(body: &CreateChatCompletionRequest) -> Vec<Turn> {
    body.messages
        .iter()
        .map(|m| Turn {
            role: match m.role {
                ChatMessageRole::System | ChatMessageRole::Developer => Role::System,
                ChatMessageRole::Assistant => Role::Assistant,
                ChatMessageRole::User => Role::User,
                ChatMessageRole::Tool => Role::Tool,
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
            tool_calls: m
                .tool_calls
                .iter()
                .map(|c| ToolCall {
                    id: c.id.to_string(),
                    name: c.function.name.to_string(),
                    arguments: c.function.arguments.clone(),
                })
                .collect(),
            tool_call_id: m.tool_call_id.as_ref().map(|id| id.to_string()),
        })
        .collect()
}

fn tools(body: &CreateChatCompletionRequest) -> Vec<Tool> {
    body.tools
        .iter()
        .map(|t| Tool {
            name: t.function.name.to_string(),
            description: t.function.description.clone(),
            parameters: t
                .function
                .parameters
                .as_ref()
                .map_or_else(|| serde_json::json!({}), |p| Value::Object(p.0.clone())),
            strict: t.function.strict == Some(true),
        })
        .collect()
}

fn tool_choice(choice: Option<&ChatToolChoice>) -> ToolChoice {
    match choice {
        None => ToolChoice::Auto,
        Some(ChatToolChoice::String(s)) => match s {
            ChatToolChoiceString::None => ToolChoice::None,
            ChatToolChoiceString::Auto => ToolChoice::Auto,
            ChatToolChoiceString::Required => ToolChoice::Required,
        },
        Some(ChatToolChoice::ChatNamedToolChoice(named)) => {
            ToolChoice::Named(named.function.name.to_string())
        }
    }
}

fn format(f: Option<&ChatResponseFormat>) -> Format {
    match f {
        None | Some(ChatResponseFormat::ResponseFormatText(_)) => Format::Text,
        Some(ChatResponseFormat::ResponseFormatJsonObject(_)) => Format::JsonObject,
        Some(ChatResponseFormat::ChatResponseFormatJsonSchema(s)) => {
            let j = &s.json_schema;
            Format::JsonSchema {
                name: j.name.to_string(),
                description: j.description.clone(),
                schema: j.schema.as_ref().map_or_else(
                    || serde_json::json!({"type": "object"}),
                    |s| Value::Object(s.0.clone()),
                ),
                strict: j.strict == Some(true),
            }
        }
    }
}

fn tool_calls(calls: Vec<ToolCall>) -> Vec<types::ChatToolCall> {
    calls
        .into_iter()
        .map(|c| types::ChatToolCall {
            id: c
                .id
                .parse()
                .unwrap_or_else(|_| new_id("call").parse().expect("an id")),
            type_: types::ChatToolCallType::Function,
            function: types::ChatToolCallFunction {
                name: c
                    .name
                    .parse()
                    .unwrap_or_else(|_| "unnamed".parse().expect("a name")),
                arguments: c.arguments,
            },
        })
        .collect()
}

fn finish_reason(f: Finish) -> FinishReason {
    match f {
        Finish::Stop => FinishReason::Stop,
        Finish::Length => FinishReason::Length,
        Finish::ToolCalls => FinishReason::ToolCalls,
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
        principal: Principal,
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
            no_repeat_ngram: None,
            tools: tools(&body),
            tool_choice: tool_choice(body.tool_choice.as_ref()),
            parallel_tool_calls: body.parallel_tool_calls,
            format: format(body.response_format.as_ref()),
            params: Params {
                prompt: "messages",
                schema: "response_format.json_schema.schema",
                tool_parameters: "function.parameters",
            },
            guard: principal.output,
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
                        content: (g.tool_calls.is_empty() || !g.text.is_empty()).then_some(g.text),
                        refusal: None,
                        tool_calls: tool_calls(g.tool_calls),
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
                    ..Default::default()
                };
                yield head.chunk(vec![delta_choice(i, role, None)], None);
                let mut done = false;
                while let Some(chunk) = chunks.next().await {
                    let delta = match chunk? {
                        Chunk::Delta(d) => types::ChatChunkDelta {
                            content: Some(d),
                            ..Default::default()
                        },
                        Chunk::ToolCall { index, id, name } => types::ChatChunkDelta {
                            tool_calls: vec![types::ChatToolCallChunk {
                                index: (index as u32).into(),
                                id: Some(id),
                                type_: Some(types::ChatToolCallChunkType::Function),
                                function: Some(types::ChatToolCallChunkFunction {
                                    name: Some(name),
                                    arguments: Some(String::new()),
                                }),
                            }],
                            ..Default::default()
                        },
                        Chunk::ToolArgs { index, delta } => types::ChatChunkDelta {
                            tool_calls: vec![types::ChatToolCallChunk {
                                index: (index as u32).into(),
                                id: None,
                                type_: None,
                                function: Some(types::ChatToolCallChunkFunction {
                                    name: None,
                                    arguments: Some(delta),
                                }),
                            }],
                            ..Default::default()
                        },
                        Chunk::Done { finish, usage } => {
                            total.input_tokens = usage.input_tokens;
                            total.output_tokens = total.output_tokens.saturating_add(usage.output_tokens);
                            let empty = types::ChatChunkDelta::default();
                            yield head.chunk(vec![delta_choice(i, empty, Some(finish))], None);
                            done = true;
                            break;
                        }
                    };
                    yield head.chunk(vec![delta_choice(i, delta, None)], None);
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
