//! `POST /v1/chat/completions`: completions and chunk streams.

use super::{event_channel, typed};
use crate::app::App;
use crate::config::Capability;
use crate::engine::{Chunk, Finish, GenerateRequest, Role, Turn, Usage};
use crate::util::{new_id, now};
use futures::StreamExt;
use lukhas_api::operations::create_chat_completion;
use lukhas_api::support::ApiError;
use lukhas_api::types::{
    ChatMessageContent, ChatMessageRole, CreateChatCompletionRequest,
    CreateChatCompletionStreamResponse, StopSequences,
};
use serde_json::{json, Value};

fn turns(body: &CreateChatCompletionRequest) -> Vec<Turn> {
    body.messages
        .iter()
        .map(|m| Turn {
            role: match m.role {
                ChatMessageRole::System | ChatMessageRole::Developer => Role::System,
                ChatMessageRole::Assistant => Role::Assistant,
                // Tool results are context the model reads like user input.
                ChatMessageRole::User | ChatMessageRole::Tool => Role::User,
            },
            content: match &m.content {
                None => String::new(),
                Some(ChatMessageContent::String(s)) => s.clone(),
                Some(ChatMessageContent::Array(parts)) => parts
                    .iter()
                    .map(|p| p.text.as_str())
                    .collect::<Vec<_>>()
                    .join(""),
            },
        })
        .collect()
}

fn finish_reason(f: Finish) -> &'static str {
    match f {
        Finish::Stop => "stop",
        Finish::Length => "length",
    }
}

fn usage_json(u: Usage) -> Value {
    json!({
        "prompt_tokens": u.input_tokens,
        "completion_tokens": u.output_tokens,
        "total_tokens": u.input_tokens + u.output_tokens,
    })
}

pub async fn create(
    app: &App,
    body: CreateChatCompletionRequest,
) -> Result<create_chat_completion::Response, ApiError> {
    let model = app
        .registry
        .resolve(Some(body.model.as_str()), Capability::Generation, "model")?
        .clone();
    let n = body.n.map(|n| n.get()).unwrap_or(1);
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
    };
    // Choice i samples with seed + i so several choices differ yet stay reproducible.
    let request = move |i: u64| {
        let mut r = base.clone();
        r.seed = base.seed.map(|s| s.wrapping_add(i as i64));
        r
    };
    let id = new_id("chatcmpl");
    let created = now();
    let model_id = model.id().to_string();

    if body.stream != Some(true) {
        let mut choices = Vec::new();
        let mut usage = Usage::default();
        for i in 0..n {
            let g = model.generate(request(i)).await?;
            usage.input_tokens = g.usage.input_tokens;
            usage.output_tokens += g.usage.output_tokens;
            choices.push(json!({
                "index": i,
                "message": {"role": "assistant", "content": g.text, "refusal": null},
                "finish_reason": finish_reason(g.finish),
                "logprobs": null,
            }));
        }
        return Ok(create_chat_completion::Response::Ok(typed(json!({
            "id": id,
            "object": "chat.completion",
            "created": created,
            "model": model_id,
            "system_fingerprint": null,
            "choices": choices,
            "usage": usage_json(usage),
        }))?));
    }

    let include_usage = body
        .stream_options
        .as_ref()
        .and_then(|o| o.0.as_ref())
        .and_then(|o| o.include_usage)
        .unwrap_or(false);
    // Open the first stream before answering so that an engine failure gets a proper status.
    let first = model.stream(request(0)).await?;
    let (tx, events) = event_channel::<CreateChatCompletionStreamResponse>();
    tokio::spawn(async move {
        let chunk = |choices: Value, usage: Option<Value>| {
            let mut c = json!({
                "id": id, "object": "chat.completion.chunk", "created": created,
                "model": model_id, "system_fingerprint": null, "choices": choices,
            });
            if include_usage {
                c["usage"] = usage.unwrap_or(Value::Null);
            }
            typed::<CreateChatCompletionStreamResponse>(c)
        };
        let mut total = Usage::default();
        let mut stream = Some(first);
        for i in 0..n {
            let mut chunks = match stream.take() {
                Some(s) => s,
                None => match model.stream(request(i)).await {
                    Ok(s) => s,
                    Err(e) => {
                        let _ = tx.send(Err(e)).await;
                        return;
                    }
                },
            };
            let role = json!([{"index": i, "delta": {"role": "assistant", "content": ""},
                                "finish_reason": null, "logprobs": null}]);
            if tx.send(chunk(role, None)).await.is_err() {
                return;
            }
            while let Some(c) = chunks.next().await {
                let (choices, last) = match c {
                    Ok(Chunk::Delta(d)) => (
                        json!([{"index": i, "delta": {"content": d}, "finish_reason": null, "logprobs": null}]),
                        false,
                    ),
                    Ok(Chunk::Done { finish, usage }) => {
                        total.input_tokens = usage.input_tokens;
                        total.output_tokens += usage.output_tokens;
                        (
                            json!([{"index": i, "delta": {}, "finish_reason": finish_reason(finish), "logprobs": null}]),
                            true,
                        )
                    }
                    Err(e) => {
                        let _ = tx.send(Err(e)).await;
                        return;
                    }
                };
                if tx.send(chunk(choices, None)).await.is_err() {
                    return;
                }
                if last {
                    break;
                }
            }
        }
        if include_usage {
            let _ = tx.send(chunk(json!([]), Some(usage_json(total)))).await;
        }
    });
    Ok(create_chat_completion::Response::OkEventStream(events))
}
