//! A response as it is generated: each engine chunk updates the Response object and yields the
//! stream events OpenAI's clients expect, in order, with increasing sequence numbers. The same
//! builder serves whole answers (events dropped), streams, and background runs (events logged).

use super::file_search::{cite, Searched};
use crate::engine::{Chunk, Finish, Usage};
use crate::retrieval::Found;
use crate::util::{new_id, now_f64};
use lukhas_api::support::{request_id, ApiError};
use lukhas_api::types::{
    self, OutputMessageStatus as MsgStatus, ResponseOutputItem as Item, ResponseStatus,
    ResponseStreamEvent as Event,
};

/// The output item being written.
enum Open {
    Message { index: usize },
    Call { index: usize },
}

pub struct Builder {
    pub response: types::Response,
    seq: u64,
    open: Option<Open>,
    /// Tool call index (as the engine numbers them) -> output index.
    calls: Vec<usize>,
    /// The chunks a file search found: messages cite their files.
    sources: Vec<Found>,
    /// For the messages of failures.
    request_id: Option<request_id::Ids>,
}

fn output_text(text: String) -> types::OutputTextContent {
    types::OutputTextContent {
        type_: types::OutputTextContentType::OutputText,
        text,
        annotations: Vec::new(),
        logprobs: Vec::new(),
    }
}

pub fn usage(u: Usage) -> types::ResponseUsage {
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

fn position(i: usize) -> types::Position {
    (i as u32).into()
}

impl Builder {
    /// Builds on `response` (its request fields set, `output` empty).
    pub fn new(response: types::Response, request_id: Option<request_id::Ids>) -> Builder {
        Builder {
            response,
            seq: 0,
            open: None,
            calls: Vec::new(),
            sources: Vec::new(),
            request_id,
        }
    }

    fn next(&mut self) -> types::SequenceNumber {
        let n = self.seq;
        self.seq += 1;
        n.into()
    }

    /// The events that open a stream: `created` (and `queued` for a background response), then
    /// `in_progress`.
    pub fn start(&mut self, background: bool) -> Vec<Event> {
        let mut events = Vec::new();
        self.response.status = if background {
            ResponseStatus::Queued
        } else {
            ResponseStatus::InProgress
        };
        let response = self.response.clone();
        events.push(Event::ResponseCreated {
            response: response.clone(),
            sequence_number: self.next(),
        });
        if background {
            events.push(Event::ResponseQueued {
                response,
                sequence_number: self.next(),
            });
        }
        events
    }

    /// Generation began.
    pub fn in_progress(&mut self) -> Event {
        self.response.status = ResponseStatus::InProgress;
        Event::ResponseInProgress {
            response: self.response.clone(),
            sequence_number: self.next(),
        }
    }

    fn item_id(&self, index: usize) -> String {
        match &self.response.output[index] {
            Item::OutputMessage(m) => m.id.clone(),
            Item::FunctionToolCall(c) => c.id.as_ref().map(|i| i.to_string()).unwrap_or_default(),
            Item::FileSearchToolCall(c) => c.id.to_string(),
        }
    }

    /// A file search that ran: its item and events (`in_progress`, `searching`, `completed`);
    /// the messages that follow cite what it found.
    pub fn file_search(&mut self, searched: Searched) -> Vec<Event> {
        let mut events = Vec::new();
        self.close(Finish::Stop, &mut events);
        let index = self.response.output.len();
        let mut item = searched.item;
        let done = item.status;
        item.status = types::FileSearchToolCallStatus::InProgress;
        let item_id = item.id.to_string();
        self.response
            .output
            .push(Item::FileSearchToolCall(item.clone()));
        events.push(Event::ResponseOutputItemAdded {
            item: Item::FileSearchToolCall(item),
            output_index: position(index),
            sequence_number: self.next(),
        });
        events.push(Event::ResponseFileSearchCallInProgress {
            item_id: item_id.clone(),
            output_index: position(index),
            sequence_number: self.next(),
        });
        events.push(Event::ResponseFileSearchCallSearching {
            item_id: item_id.clone(),
            output_index: position(index),
            sequence_number: self.next(),
        });
        events.push(Event::ResponseFileSearchCallCompleted {
            item_id,
            output_index: position(index),
            sequence_number: self.next(),
        });
        if let Item::FileSearchToolCall(c) = &mut self.response.output[index] {
            c.status = done;
        }
        events.push(Event::ResponseOutputItemDone {
            item: self.response.output[index].clone(),
            output_index: position(index),
            sequence_number: self.next(),
        });
        self.sources = searched.found;
        events
    }

    fn open_message(&mut self, events: &mut Vec<Event>) -> usize {
        if let Some(Open::Message { index }) = self.open {
            return index;
        }
        self.close(Finish::Stop, events);
        let index = self.response.output.len();
        let item = types::OutputMessage {
            id: new_id("msg"),
            type_: types::OutputMessageType::Message,
            role: types::OutputMessageRole::Assistant,
            status: MsgStatus::InProgress,
            content: Vec::new(),
        };
        self.response.output.push(Item::OutputMessage(item.clone()));
        let item_id = item.id.clone();
        events.push(Event::ResponseOutputItemAdded {
            item: Item::OutputMessage(item),
            output_index: position(index),
            sequence_number: self.next(),
        });
        events.push(Event::ResponseContentPartAdded {
            item_id,
            output_index: position(index),
            content_index: 0.into(),
            part: output_text(String::new()),
            sequence_number: self.next(),
        });
        if let Item::OutputMessage(m) = &mut self.response.output[index] {
            m.content.push(output_text(String::new()));
        }
        self.open = Some(Open::Message { index });
        index
    }

    /// Closes the open item (`Length` marks it incomplete).
    fn close(&mut self, finish: Finish, events: &mut Vec<Event>) {
        let Some(open) = self.open.take() else {
            return;
        };
        let complete = finish != Finish::Length;
        match open {
            Open::Message { index } => {
                let item_id = self.item_id(index);
                let text = match &self.response.output[index] {
                    Item::OutputMessage(m) => m
                        .content
                        .first()
                        .map(|p| p.text.clone())
                        .unwrap_or_default(),
                    _ => String::new(),
                };
                let annotations: Vec<types::FileCitation> = cite(&text, &self.sources)
                    .into_iter()
                    .map(|c| types::FileCitation {
                        type_: types::FileCitationType::FileCitation,
                        file_id: c.file_id,
                        filename: c.filename,
                        index: position(c.index),
                    })
                    .collect();
                for (i, annotation) in annotations.iter().enumerate() {
                    events.push(Event::ResponseOutputTextAnnotationAdded {
                        item_id: item_id.clone(),
                        output_index: position(index),
                        content_index: 0.into(),
                        annotation_index: position(i),
                        annotation: annotation.clone(),
                        sequence_number: self.next(),
                    });
                }
                if let Item::OutputMessage(m) = &mut self.response.output[index] {
                    if let Some(p) = m.content.first_mut() {
                        p.annotations = annotations.clone();
                    }
                }
                events.push(Event::ResponseOutputTextDone {
                    item_id: item_id.clone(),
                    output_index: position(index),
                    content_index: 0.into(),
                    text: text.clone(),
                    logprobs: Vec::new(),
                    sequence_number: self.next(),
                });
                events.push(Event::ResponseContentPartDone {
                    item_id,
                    output_index: position(index),
                    content_index: 0.into(),
                    part: types::OutputTextContent {
                        annotations,
                        ..output_text(text)
                    },
                    sequence_number: self.next(),
                });
                if let Item::OutputMessage(m) = &mut self.response.output[index] {
                    m.status = if complete {
                        MsgStatus::Completed
                    } else {
                        MsgStatus::Incomplete
                    };
                }
                events.push(Event::ResponseOutputItemDone {
                    item: self.response.output[index].clone(),
                    output_index: position(index),
                    sequence_number: self.next(),
                });
            }
            Open::Call { index } => {
                let item_id = self.item_id(index);
                let (name, arguments) = match &self.response.output[index] {
                    Item::FunctionToolCall(c) => (c.name.to_string(), c.arguments.clone()),
                    _ => Default::default(),
                };
                events.push(Event::ResponseFunctionCallArgumentsDone {
                    item_id,
                    name,
                    output_index: position(index),
                    arguments,
                    sequence_number: self.next(),
                });
                if let Item::FunctionToolCall(c) = &mut self.response.output[index] {
                    c.status = Some(if complete {
                        types::FunctionToolCallStatus::Completed
                    } else {
                        types::FunctionToolCallStatus::Incomplete
                    });
                }
                events.push(Event::ResponseOutputItemDone {
                    item: self.response.output[index].clone(),
                    output_index: position(index),
                    sequence_number: self.next(),
                });
            }
        }
    }

    /// The events one engine chunk brings.
    pub fn chunk(&mut self, chunk: Chunk) -> Vec<Event> {
        let mut events = Vec::new();
        match chunk {
            Chunk::Delta(delta) => {
                let index = self.open_message(&mut events);
                if let Item::OutputMessage(m) = &mut self.response.output[index] {
                    if let Some(p) = m.content.first_mut() {
                        p.text.push_str(&delta);
                    }
                }
                events.push(Event::ResponseOutputTextDelta {
                    item_id: self.item_id(index),
                    output_index: position(index),
                    content_index: 0.into(),
                    delta,
                    logprobs: Vec::new(),
                    sequence_number: self.next(),
                });
            }
            Chunk::ToolCall { index: _, id, name } => {
                self.close(Finish::Stop, &mut events);
                let index = self.response.output.len();
                let item = types::FunctionToolCall {
                    id: new_id("fc").parse().ok(),
                    type_: types::FunctionToolCallType::FunctionCall,
                    call_id: id
                        .parse()
                        .unwrap_or_else(|_| new_id("call").parse().expect("an id")),
                    name: name
                        .parse()
                        .unwrap_or_else(|_| "unnamed".parse().expect("a name")),
                    arguments: String::new(),
                    status: Some(types::FunctionToolCallStatus::InProgress),
                };
                self.response
                    .output
                    .push(Item::FunctionToolCall(item.clone()));
                self.calls.push(index);
                self.open = Some(Open::Call { index });
                events.push(Event::ResponseOutputItemAdded {
                    item: Item::FunctionToolCall(item),
                    output_index: position(index),
                    sequence_number: self.next(),
                });
            }
            Chunk::ToolArgs { index, delta } => {
                let Some(&at) = self.calls.get(index) else {
                    return events;
                };
                if let Item::FunctionToolCall(c) = &mut self.response.output[at] {
                    c.arguments.push_str(&delta);
                }
                events.push(Event::ResponseFunctionCallArgumentsDelta {
                    item_id: self.item_id(at),
                    output_index: position(at),
                    delta,
                    sequence_number: self.next(),
                });
            }
            Chunk::Done { finish, usage: u } => {
                if self.response.output.is_empty() {
                    self.open_message(&mut events); // an empty answer is an empty message
                }
                self.close(finish, &mut events);
                self.response.usage = Some(usage(u));
                self.response.completed_at = Some(now_f64());
                let response = if finish == Finish::Length {
                    self.response.status = ResponseStatus::Incomplete;
                    self.response.incomplete_details =
                        types::IncompleteDetails(Some(types::IncompleteDetailsInner {
                            reason: Some(types::IncompleteDetailsInnerReason::MaxOutputTokens),
                        }));
                    Event::ResponseIncomplete {
                        response: self.response.clone(),
                        sequence_number: self.next(),
                    }
                } else {
                    self.response.status = ResponseStatus::Completed;
                    Event::ResponseCompleted {
                        response: self.response.clone(),
                        sequence_number: self.next(),
                    }
                };
                events.push(response);
            }
        }
        events
    }

    /// The response failed: it ends `failed`, saying why in our words.
    pub fn fail(&mut self, e: ApiError) -> Event {
        let code = match e.status().as_u16() {
            429 => types::ResponseErrorInnerCode::RateLimitExceeded,
            400..=499 => types::ResponseErrorInnerCode::InvalidPrompt,
            _ => types::ResponseErrorInnerCode::ServerError,
        };
        self.open = None;
        self.response.status = ResponseStatus::Failed;
        self.response.output.clear();
        self.response.error = types::ResponseError(Some(types::ResponseErrorInner {
            code,
            message: e.public_message(self.request_id.as_ref()).into_owned(),
        }));
        Event::ResponseFailed {
            response: self.response.clone(),
            sequence_number: self.next(),
        }
    }

    /// The response was cancelled: it ends `cancelled`, with what it had (no event: the stream
    /// just ends).
    pub fn cancel(&mut self) {
        let mut events = Vec::new();
        self.close(Finish::Length, &mut events);
        self.response.status = ResponseStatus::Cancelled;
    }

    /// Whether the response has ended.
    pub fn ended(&self) -> bool {
        !matches!(
            self.response.status,
            ResponseStatus::Queued | ResponseStatus::InProgress
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn blank() -> types::Response {
        serde_json::from_value(serde_json::json!({
            "id": "resp_1", "object": "response", "created_at": 1.0, "status": "in_progress",
            "error": null, "incomplete_details": null, "instructions": null, "model": "m",
            "output": [], "parallel_tool_calls": true, "metadata": {}, "temperature": null,
            "top_p": null, "tool_choice": "auto", "tools": [],
        }))
        .unwrap()
    }

    fn kinds(events: &[Event]) -> Vec<String> {
        events
            .iter()
            .map(|e| {
                serde_json::to_value(e).unwrap()["type"]
                    .as_str()
                    .unwrap()
                    .to_string()
            })
            .collect()
    }

    #[test]
    fn a_call_after_text_closes_the_message() {
        let mut b = Builder::new(blank(), None);
        let mut events = b.start(false);
        events.push(b.in_progress());
        for c in [
            Chunk::Delta("Let me check.".into()),
            Chunk::ToolCall {
                index: 0,
                id: "call_1".into(),
                name: "f".into(),
            },
            Chunk::ToolArgs {
                index: 0,
                delta: "{\"a\": ".into(),
            },
            Chunk::ToolArgs {
                index: 0,
                delta: "1}".into(),
            },
            Chunk::Done {
                finish: Finish::ToolCalls,
                usage: Usage::default(),
            },
        ] {
            events.extend(b.chunk(c));
        }
        assert_eq!(
            kinds(&events),
            [
                "response.created",
                "response.in_progress",
                "response.output_item.added",
                "response.content_part.added",
                "response.output_text.delta",
                "response.output_text.done",
                "response.content_part.done",
                "response.output_item.done",
                "response.output_item.added",
                "response.function_call_arguments.delta",
                "response.function_call_arguments.delta",
                "response.function_call_arguments.done",
                "response.output_item.done",
                "response.completed",
            ]
        );
        let seqs: Vec<u64> = events
            .iter()
            .map(|e| {
                serde_json::to_value(e).unwrap()["sequence_number"]
                    .as_u64()
                    .unwrap()
            })
            .collect();
        assert_eq!(seqs, (0..14).collect::<Vec<_>>());
        match &b.response.output[1] {
            Item::FunctionToolCall(c) => assert_eq!(c.arguments, "{\"a\": 1}"),
            other => panic!("{other:?}"),
        }
        assert!(b.ended());
    }
}
