//! `POST /v1/responses`: the Responses API, whole or streamed.

use super::typed;
use crate::auth::Principal;
use crate::config::Capability;
use crate::engine::{Chunk, EngineError, Finish, GenerateRequest, Role, Turn, Usage};
use crate::state::App;
use crate::util::{new_id, now};
use futures::StreamExt;
use lukhas_api::operations::create_response;
use lukhas_api::support::{request_id, ApiError, EventStream};
use lukhas_api::types::{
    self, CreateResponseRequest, ResponseInput, ResponseInputMessageContent as Content,
    ResponseInputMessageRole as InputRole, ResponseStatus, ResponseStreamEvent as Event,
};

fn turns(body: &CreateResponseRequest) -> Vec<Turn> {
    let mut turns = Vec::new();
    if let Some(i) = &body.instructions {
        turns.push(Turn::new(Role::System, i.clone()));
    }
    match &body.input {
        ResponseInput::String(s) => turns.push(Turn::new(Role::User, s.clone())),
        ResponseInput::Array(messages) => {
            for m in messages {
                let role = match m.role {
                    InputRole::System | InputRole::Developer => Role::System,
                    InputRole::User => Role::User,
                    InputRole::Assistant => Role::Assistant,
                };
                let content: String = match &m.content {
                    Content::String(s) => s.clone(),
                    Content::Array(parts) => parts.iter().map(|p| p.text.as_str()).collect(),
                };
                turns.push(Turn::new(role, content));
            }
        }
    }
    turns
}

fn usage(u: Usage) -> types::ResponseUsage {
    types::ResponseUsage {
        input_tokens: u.input_tokens.into(),
        input_tokens_details: types::ResponseUsageInputTokensDetails {
            cached_tokens: 0.into(),
            cache_write_tokens: 0.into(),
        },
        output_tokens: u.output_tokens.into(),
        output_tokens_details: types::ResponseUsageOutputTokensDetails {
            reasoning_tokens: 0.into(),
        },
        total_tokens: u.total().into(),
    }
}

fn output_text(text: String) -> types::OutputTextContent {
    types::OutputTextContent {
        type_: types::OutputTextContentType::OutputText,
        text,
        annotations: Vec::new(),
        logprobs: Vec::new(),
    }
}

/// Where a response is in its life.
enum State {
    InProgress,
    Done(String, Finish, Usage),
    Failed(ApiError),
}

/// What every snapshot of one response shares: ids, times, and what the request set.
struct Ctx {
    id: types::ResponseId,
    message_id: String,
    created_at: i64,
    model: String,
    body: CreateResponseRequest,
    /// For the messages of failures reported in the stream.
    request_id: Option<String>,
}

impl Ctx {
    fn message(
        &self,
        status: types::OutputMessageStatus,
        text: Option<String>,
    ) -> types::OutputMessage {
        types::OutputMessage {
            id: self.message_id.clone(),
            type_: types::OutputMessageType::Message,
            role: types::OutputMessageRole::Assistant,
            status,
            content: text.map(output_text).into_iter().collect(),
        }
    }

    /// The Response object at one point of its life.
    fn response(&self, state: State) -> types::Response {
        let b = &self.body;
        let (status, output, usage, incomplete, error, completed_at) = match state {
            State::InProgress => (
                ResponseStatus::InProgress,
                Vec::new(),
                None,
                None,
                None,
                None,
            ),
            State::Failed(e) => {
                let code = match e.status().as_u16() {
                    429 => types::ResponseErrorInnerCode::RateLimitExceeded,
                    400..=499 => types::ResponseErrorInnerCode::InvalidPrompt,
                    _ => types::ResponseErrorInnerCode::ServerError,
                };
                let error = types::ResponseErrorInner {
                    code,
                    message: e.public_message(self.request_id.as_deref()).into_owned(),
                };
                (
                    ResponseStatus::Failed,
                    Vec::new(),
                    None,
                    None,
                    Some(error),
                    None,
                )
            }
            State::Done(text, finish, u) => {
                let (status, item_status, incomplete) = match finish {
                    Finish::Stop => (
                        ResponseStatus::Completed,
                        types::OutputMessageStatus::Completed,
                        None,
                    ),
                    Finish::Length => (
                        ResponseStatus::Incomplete,
                        types::OutputMessageStatus::Incomplete,
                        Some(types::IncompleteDetailsInner {
                            reason: Some(types::IncompleteDetailsInnerReason::MaxOutputTokens),
                        }),
                    ),
                };
                (
                    status,
                    vec![self.message(item_status, Some(text))],
                    Some(usage(u)),
                    incomplete,
                    None,
                    Some(now() as f64),
                )
            }
        };
        types::Response {
            id: self.id.clone(),
            object: types::ResponseObject::Response,
            created_at: self.created_at as f64,
            completed_at,
            status,
            error: types::ResponseError(error),
            incomplete_details: types::IncompleteDetails(incomplete),
            instructions: b.instructions.clone(),
            max_output_tokens: b
                .max_output_tokens
                .map(|n| n.get().min(i64::MAX as u64) as i64),
            model: self.model.clone(),
            output,
            parallel_tool_calls: true,
            previous_response_id: None,
            metadata: b
                .metadata
                .clone()
                .filter(|m| m.0.is_some())
                .unwrap_or(types::Metadata(Some(Default::default()))),
            temperature: b.temperature.as_ref().and_then(|t| t.0),
            top_p: b.top_p.as_ref().and_then(|t| t.0),
            tool_choice: types::ResponseToolChoice::String(types::ResponseToolChoiceString::Auto),
            tools: Vec::new(),
            text: Some(b.text.clone().unwrap_or(types::ResponseTextConfig {
                format: Some(types::ResponseTextFormat {
                    type_: types::ResponseTextFormatType::Text,
                    name: None,
                    description: None,
                    schema: Default::default(),
                    strict: None,
                }),
            })),
            truncation: Some(types::ResponseTruncation::Disabled),
            user: b.user.as_ref().map(|u| u.to_string()),
            usage,
        }
    }
}

impl lukhas_api::Responses for App {
    async fn create_response(
        &self,
        _: Principal,
        request: create_response::Request,
    ) -> Result<create_response::Response, ApiError> {
        let body = request.body;
        let model = self
            .registry
            .resolve(
                body.model.as_ref().map(|m| m.as_str()),
                Capability::Generation,
                "model",
            )?
            .clone();
        let generate = GenerateRequest {
            turns: turns(&body),
            max_tokens: body
                .max_output_tokens
                .map(|n| n.get().min(u64::from(u32::MAX)) as u32),
            temperature: body.temperature.as_ref().and_then(|t| t.0),
            top_p: body.top_p.as_ref().and_then(|t| t.0),
            prompt_param: "input",
            ..Default::default()
        };
        let stream = body.stream == Some(true);
        let ctx = Ctx {
            id: typed(new_id("resp"))?,
            message_id: new_id("msg"),
            created_at: now(),
            model: model.id().to_string(),
            body,
            request_id: request_id::current(),
        };
        if !stream {
            let g = model.generate(generate).await?;
            return Ok(create_response::Response::Ok(
                ctx.response(State::Done(g.text, g.finish, g.usage)),
            ));
        }
        let mut chunks = model.stream(generate).await?;
        let events = async_stream::stream! {
            let mut seq = 0u64..;
            let mut next = || seq.next().unwrap_or_default().into();
            let (item_id, in_progress) = (ctx.message_id.clone(), types::OutputMessageStatus::InProgress);
            yield Event::ResponseCreated { response: ctx.response(State::InProgress), sequence_number: next() };
            yield Event::ResponseInProgress { response: ctx.response(State::InProgress), sequence_number: next() };
            yield Event::ResponseOutputItemAdded {
                item: ctx.message(in_progress, None),
                output_index: 0.into(),
                sequence_number: next(),
            };
            yield Event::ResponseContentPartAdded {
                item_id: item_id.clone(),
                output_index: 0.into(),
                content_index: 0.into(),
                part: output_text(String::new()),
                sequence_number: next(),
            };
            let mut text = String::new();
            loop {
                let (finish, usage) = match chunks.next().await {
                    Some(Ok(Chunk::Delta(delta))) => {
                        text.push_str(&delta);
                        yield Event::ResponseOutputTextDelta {
                            item_id: item_id.clone(),
                            output_index: 0.into(),
                            content_index: 0.into(),
                            delta,
                            logprobs: Vec::new(),
                            sequence_number: next(),
                        };
                        continue;
                    }
                    Some(Ok(Chunk::Done { finish, usage })) => (finish, usage),
                    failure => {
                        // The stream ends with the response, failed, and why (in our words).
                        let e = failure.and_then(Result::err).unwrap_or(EngineError::Truncated);
                        let response = ctx.response(State::Failed(e.into()));
                        yield Event::ResponseFailed { response, sequence_number: next() };
                        return;
                    }
                };
                yield Event::ResponseOutputTextDone {
                    item_id: item_id.clone(),
                    output_index: 0.into(),
                    content_index: 0.into(),
                    text: text.clone(),
                    logprobs: Vec::new(),
                    sequence_number: next(),
                };
                yield Event::ResponseContentPartDone {
                    item_id: item_id.clone(),
                    output_index: 0.into(),
                    content_index: 0.into(),
                    part: output_text(text.clone()),
                    sequence_number: next(),
                };
                let response = ctx.response(State::Done(text, finish, usage));
                yield Event::ResponseOutputItemDone {
                    item: response.output[0].clone(),
                    output_index: 0.into(),
                    sequence_number: next(),
                };
                yield match finish {
                    Finish::Stop => Event::ResponseCompleted { response, sequence_number: next() },
                    Finish::Length => Event::ResponseIncomplete { response, sequence_number: next() },
                };
                return;
            }
        };
        Ok(create_response::Response::OkEventStream(EventStream::new(
            events.map(Ok),
        )))
    }
}
