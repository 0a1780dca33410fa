//! `POST /v1/responses`: the Responses API, whole or streamed.

use super::{event_channel, typed};
use crate::app::App;
use crate::config::Capability;
use crate::engine::{Chunk, Finish, GenerateRequest, Role, Turn, Usage};
use crate::util::{new_id, now};
use futures::StreamExt;
use lukhas_api::operations::create_response;
use lukhas_api::support::ApiError;
use lukhas_api::types::{
    CreateResponseRequest, ResponseInput, ResponseInputMessageContent, ResponseInputMessageRole,
    ResponseStreamEvent,
};
use serde_json::{json, Value};

fn turns(body: &CreateResponseRequest) -> Vec<Turn> {
    let mut turns = Vec::new();
    if let Some(i) = &body.instructions {
        turns.push(Turn {
            role: Role::System,
            content: i.clone(),
        });
    }
    match &body.input {
        ResponseInput::String(s) => turns.push(Turn {
            role: Role::User,
            content: s.clone(),
        }),
        ResponseInput::Array(messages) => {
            for m in messages {
                let role = match m.role {
                    ResponseInputMessageRole::System | ResponseInputMessageRole::Developer => {
                        Role::System
                    }
                    ResponseInputMessageRole::User => Role::User,
                    ResponseInputMessageRole::Assistant => Role::Assistant,
                };
                let content = match &m.content {
                    ResponseInputMessageContent::String(s) => s.clone(),
                    ResponseInputMessageContent::Array(parts) => parts
                        .iter()
                        .map(|p| p.text.as_str())
                        .collect::<Vec<_>>()
                        .join(""),
                };
                turns.push(Turn { role, content });
            }
        }
    }
    turns
}

/// What every snapshot of one response shares.
struct Ctx {
    id: String,
    message_id: String,
    created_at: i64,
    model: String,
    /// The request's echoed fields (instructions, metadata, sampling, tools...).
    echo: Value,
}

impl Ctx {
    fn message(&self, status: &str, text: Option<&str>) -> Value {
        let content: Vec<Value> = text.map(|t| vec![output_text(t)]).unwrap_or_default();
        json!({
            "id": self.message_id,
            "type": "message",
            "role": "assistant",
            "status": status,
            "content": content,
        })
    }

    /// The Response object; `done` carries the text, finish and usage once generation ended.
    fn response(&self, done: Option<(&str, Finish, Usage)>) -> Value {
        let e = |k: &str| self.echo.get(k).cloned().unwrap_or(Value::Null);
        let (status, output, usage, incomplete, completed_at) = match done {
            None => (
                "in_progress",
                json!([]),
                Value::Null,
                Value::Null,
                Value::Null,
            ),
            Some((text, finish, usage)) => {
                let (status, incomplete) = match finish {
                    Finish::Stop => ("completed", Value::Null),
                    Finish::Length => ("incomplete", json!({"reason": "max_output_tokens"})),
                };
                (
                    status,
                    json!([self.message(status, Some(text))]),
                    usage_json(usage),
                    incomplete,
                    json!(now()),
                )
            }
        };
        let mut r = json!({
            "id": self.id,
            "object": "response",
            "created_at": self.created_at,
            "completed_at": completed_at,
            "status": status,
            "error": null,
            "incomplete_details": incomplete,
            "instructions": e("instructions"),
            "max_output_tokens": e("max_output_tokens"),
            "model": self.model,
            "output": output,
            "parallel_tool_calls": self.echo.get("parallel_tool_calls").and_then(Value::as_bool).unwrap_or(true),
            "previous_response_id": null,
            "metadata": self.echo.get("metadata").cloned().filter(|m| !m.is_null()).unwrap_or(json!({})),
            "temperature": e("temperature"),
            "top_p": e("top_p"),
            "tool_choice": self.echo.get("tool_choice").cloned().filter(|t| !t.is_null()).unwrap_or(json!("auto")),
            "tools": self.echo.get("tools").cloned().unwrap_or(json!([])),
            "text": self.echo.get("text").cloned().filter(|t| !t.is_null()).unwrap_or(json!({"format": {"type": "text"}})),
            "truncation": "disabled",
            "user": e("user"),
        });
        if !usage.is_null() {
            r["usage"] = usage;
        }
        r
    }
}

fn output_text(text: &str) -> Value {
    json!({"type": "output_text", "text": text, "annotations": [], "logprobs": []})
}

fn usage_json(u: Usage) -> Value {
    json!({
        "input_tokens": u.input_tokens,
        "input_tokens_details": {"cached_tokens": 0},
        "output_tokens": u.output_tokens,
        "output_tokens_details": {"reasoning_tokens": 0},
        "total_tokens": u.input_tokens + u.output_tokens,
    })
}

pub async fn create(
    app: &App,
    body: CreateResponseRequest,
) -> Result<create_response::Response, ApiError> {
    let model = app
        .registry
        .resolve(
            body.model.as_deref().map(String::as_str),
            Capability::Generation,
            "model",
        )?
        .clone();
    let request = GenerateRequest {
        turns: turns(&body),
        max_tokens: body
            .max_output_tokens
            .map(|n| n.get().min(u64::from(u32::MAX)) as u32),
        temperature: body.temperature.as_ref().and_then(|t| t.0),
        top_p: body.top_p.as_ref().and_then(|t| t.0),
        seed: None,
        stop: Vec::new(),
    };
    let ctx = Ctx {
        id: new_id("resp"),
        message_id: new_id("msg"),
        created_at: now(),
        model: model.id().to_string(),
        echo: serde_json::to_value(&body).unwrap_or(Value::Null),
    };
    if body.stream != Some(true) {
        let g = model.generate(request).await?;
        return Ok(create_response::Response::Ok(typed(
            ctx.response(Some((&g.text, g.finish, g.usage))),
        )?));
    }
    let mut chunks = model.stream(request).await?;
    let (tx, events) = event_channel::<ResponseStreamEvent>();
    tokio::spawn(async move {
        let mut seq = 0u64;
        // Sends one event; false when the client has gone.
        let mut send = |mut event: Value| {
            event["sequence_number"] = json!(seq);
            seq += 1;
            let tx = tx.clone();
            async move { tx.send(typed(event)).await.is_ok() }
        };
        let item = |status: &str, text: Option<&str>| ctx.message(status, text);
        let head = [
            json!({"type": "response.created", "response": ctx.response(None)}),
            json!({"type": "response.in_progress", "response": ctx.response(None)}),
            json!({"type": "response.output_item.added", "output_index": 0, "item": item("in_progress", None)}),
            json!({"type": "response.content_part.added", "item_id": ctx.message_id, "output_index": 0,
                   "content_index": 0, "part": output_text("")}),
        ];
        for e in head {
            if !send(e).await {
                return;
            }
        }
        let mut text = String::new();
        while let Some(chunk) = chunks.next().await {
            match chunk {
                Ok(Chunk::Delta(d)) => {
                    text.push_str(&d);
                    let e = json!({"type": "response.output_text.delta", "item_id": ctx.message_id,
                        "output_index": 0, "content_index": 0, "delta": d, "logprobs": []});
                    if !send(e).await {
                        return;
                    }
                }
                Ok(Chunk::Done { finish, usage }) => {
                    let status = if finish == Finish::Stop {
                        "completed"
                    } else {
                        "incomplete"
                    };
                    let tail = [
                        json!({"type": "response.output_text.done", "item_id": ctx.message_id,
                               "output_index": 0, "content_index": 0, "text": text, "logprobs": []}),
                        json!({"type": "response.content_part.done", "item_id": ctx.message_id,
                               "output_index": 0, "content_index": 0, "part": output_text(&text)}),
                        json!({"type": "response.output_item.done", "output_index": 0,
                               "item": item(status, Some(&text))}),
                        json!({"type": format!("response.{status}"),
                               "response": ctx.response(Some((&text, finish, usage)))}),
                    ];
                    for e in tail {
                        if !send(e).await {
                            return;
                        }
                    }
                    return;
                }
                Err(e) => {
                    let event = json!({"type": "error", "code": e.code, "message": e.message, "param": e.param});
                    send(event).await;
                    return;
                }
            }
        }
    });
    Ok(create_response::Response::OkEventStream(events))
}
