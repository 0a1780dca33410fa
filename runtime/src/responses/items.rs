//! Items: what a request's input becomes when stored, and what stored items say to the model.
//!
//! Messages from users, systems and developers are stored as input messages, assistant messages
//! as output messages; function calls and their outputs as such. Every item gets an id (`msg_`,
//! `fc_`, `fco_`), unless it brings one: an item sent back with the id of a stored item is that
//! item (not a copy).

use crate::engine::{Role, ToolCall, Turn};
use crate::store::{ResponseStore, StoreError};
use crate::util::new_id;
use lukhas_api::support::ApiError;
use lukhas_api::types::{
    self, FunctionCallOutputInputOutput as CallOutput, ItemResource, ResponseInput,
    ResponseInputItem, ResponseInputMessageContent as Content, ResponseInputMessageRole as InRole,
};
use serde_json::Value;
use std::collections::HashMap;

/// What a request adds: item ids in order, the JSON of the items not stored yet, and every
/// item in order.
#[derive(Debug, Default)]
pub struct Input {
    pub ids: Vec<String>,
    pub new: HashMap<String, Value>,
    pub items: Vec<ItemResource>,
}

pub fn id_of(item: &ItemResource) -> &str {
    match item {
        ItemResource::InputMessageResource(m) => &m.id,
        ItemResource::OutputMessage(m) => &m.id,
        ItemResource::FunctionToolCall(c) => c.id.as_ref().map_or("", |id| id.as_str()),
        ItemResource::FunctionToolCallOutputResource(o) => &o.id,
        ItemResource::FileSearchToolCall(c) => &c.id,
    }
}

fn item_status(s: Option<&str>) -> &str {
    s.unwrap_or("completed")
}

fn text_of(content: &Content) -> String {
    match content {
        Content::String(s) => s.clone(),
        Content::Array(parts) => parts.iter().map(|p| p.text.as_str()).collect(),
    }
}

/// A message item of `role` saying `text`.
pub fn message(
    id: String,
    role: &str,
    text: String,
    status: &str,
) -> Result<ItemResource, serde_json::Error> {
    let value = if role == "assistant" {
        serde_json::json!({
            "id": id, "type": "message", "role": "assistant", "status": status,
            "content": [{"type": "output_text", "text": text, "annotations": [], "logprobs": []}],
        })
    } else {
        serde_json::json!({
            "id": id, "type": "message", "role": role, "status": status,
            "content": [{"type": "input_text", "text": text}],
        })
    };
    serde_json::from_value(value)
}

fn bad(e: serde_json::Error) -> ApiError {
    ApiError::internal(e)
}

/// The request's input as items: new ones get ids, references must be stored.
pub async fn input(
    store: &ResponseStore,
    tenant: &str,
    input: Option<&ResponseInput>,
    param: &str,
) -> Result<Input, ApiError> {
    let mut out = Input::default();
    let list: Vec<ResponseInputItem> = match input {
        None => Vec::new(),
        Some(ResponseInput::String(text)) => {
            let item = message(new_id("msg"), "user", text.clone(), "completed").map_err(bad)?;
            add_new(&mut out, item)?;
            return Ok(out);
        }
        Some(ResponseInput::Array(items)) => items.clone(),
    };
    for (i, item) in list.iter().enumerate() {
        let at = format!("{param}[{i}]");
        // An item sent with an id that is stored is the stored item.
        let given = match item {
            ResponseInputItem::ResponseInputMessage(m) => m.id.as_ref().map(|i| i.to_string()),
            ResponseInputItem::FunctionToolCall(c) => c.id.as_ref().map(|i| i.to_string()),
            ResponseInputItem::FunctionCallOutputInput(o) => o.id.as_ref().map(|i| i.to_string()),
            ResponseInputItem::ItemReference(r) => Some(r.id.to_string()),
            ResponseInputItem::FileSearchToolCall(c) => Some(c.id.to_string()),
        };
        if let Some(id) = &given {
            if let Some(stored) = store.item(tenant, id).await? {
                let parsed: ItemResource = serde_json::from_value(stored).map_err(bad)?;
                out.ids.push(id.clone());
                out.items.push(parsed);
                continue;
            }
            if let ResponseInputItem::ItemReference(_) = item {
                return Err(StoreError::ItemNotFound {
                    id: id.clone(),
                    param: format!("{at}.id"),
                }
                .into());
            }
        }
        let new = match item {
            ResponseInputItem::ResponseInputMessage(m) => {
                let role = match m.role {
                    InRole::User => "user",
                    InRole::Assistant => "assistant",
                    InRole::System => "system",
                    InRole::Developer => "developer",
                };
                let status = m.status.map(|s| s.to_string());
                message(
                    given.unwrap_or_else(|| new_id("msg")),
                    role,
                    text_of(&m.content),
                    item_status(status.as_deref()),
                )
                .map_err(bad)?
            }
            ResponseInputItem::FunctionToolCall(c) => {
                let mut c = c.clone();
                c.id = Some(given.unwrap_or_else(|| new_id("fc")).parse().map_err(|_| {
                    ApiError::invalid_request("invalid_value", "An item id is too long.")
                        .with_param(at.clone())
                })?);
                c.status
                    .get_or_insert(types::FunctionToolCallStatus::Completed);
                ItemResource::FunctionToolCall(c)
            }
            ResponseInputItem::FunctionCallOutputInput(o) => {
                let output = match &o.output {
                    CallOutput::String(s) => s.clone(),
                    CallOutput::Array(parts) => parts.iter().map(|p| p.text.as_str()).collect(),
                };
                let status = o.status.map(|s| s.to_string());
                serde_json::from_value(serde_json::json!({
                    "id": given.unwrap_or_else(|| new_id("fco")),
                    "type": "function_call_output",
                    "call_id": o.call_id.to_string(),
                    "output": output,
                    "status": item_status(status.as_deref()),
                }))
                .map_err(bad)?
            }
            ResponseInputItem::FileSearchToolCall(c) => ItemResource::FileSearchToolCall(c.clone()),
            ResponseInputItem::ItemReference(_) => {
                unreachable!("references are stored or refused above")
            }
        };
        add_new(&mut out, new)?;
    }
    Ok(out)
}

fn add_new(out: &mut Input, item: ItemResource) -> Result<(), ApiError> {
    let id = id_of(&item).to_string();
    out.new
        .insert(id.clone(), serde_json::to_value(&item).map_err(bad)?);
    out.ids.push(id);
    out.items.push(item);
    Ok(())
}

/// Stored items, parsed.
pub fn parse(values: Vec<Value>) -> Result<Vec<ItemResource>, ApiError> {
    values
        .into_iter()
        .map(|v| serde_json::from_value(v).map_err(bad))
        .collect()
}

/// The conversation the model reads: messages as turns; function calls join the assistant turn
/// they belong to; their outputs are tool turns.
pub fn turns(items: &[ItemResource]) -> Vec<Turn> {
    let mut turns: Vec<Turn> = Vec::new();
    for item in items {
        match item {
            ItemResource::InputMessageResource(m) => {
                let role = match m.role {
                    types::InputMessageResourceRole::User => Role::User,
                    _ => Role::System,
                };
                turns.push(Turn::new(
                    role,
                    m.content
                        .iter()
                        .map(|p| p.text.as_str())
                        .collect::<String>(),
                ));
            }
            ItemResource::OutputMessage(m) => {
                let text: String = m.content.iter().map(|p| p.text.as_str()).collect();
                turns.push(Turn::new(Role::Assistant, text));
            }
            ItemResource::FunctionToolCall(c) => {
                let call = ToolCall {
                    id: c.call_id.to_string(),
                    name: c.name.to_string(),
                    arguments: c.arguments.clone(),
                };
                match turns.last_mut() {
                    Some(t) if t.role == Role::Assistant => t.tool_calls.push(call),
                    _ => {
                        let mut t = Turn::new(Role::Assistant, "");
                        t.tool_calls.push(call);
                        turns.push(t);
                    }
                }
            }
            ItemResource::FunctionToolCallOutputResource(o) => {
                turns.push(Turn::tool_result(o.call_id.clone(), o.output.clone()));
            }
            // What it found was read when it ran; the answer that followed carries it on.
            ItemResource::FileSearchToolCall(_) => {}
        }
    }
    turns
}

/// One page of `items` (oldest first): `order` `desc` starts from the newest; `after` is the id
/// the page starts after. The page and whether more follow.
pub fn page(
    mut items: Vec<ItemResource>,
    limit: i64,
    order: &str,
    after: Option<&str>,
) -> Result<(Vec<ItemResource>, bool), ApiError> {
    if order == "desc" {
        items.reverse();
    }
    let start = match after {
        None => 0,
        Some(a) => {
            items.iter().position(|i| id_of(i) == a).ok_or_else(|| {
                ApiError::invalid_request("invalid_cursor", "`after` is not an item of this list.")
                    .with_param("after")
            })? + 1
        }
    };
    let limit = limit.clamp(1, 100) as usize;
    let rest: Vec<ItemResource> = items.into_iter().skip(start).collect();
    let more = rest.len() > limit;
    Ok((rest.into_iter().take(limit).collect(), more))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn call(call_id: &str) -> ItemResource {
        serde_json::from_value(serde_json::json!({
            "id": format!("fc_{call_id}"), "type": "function_call", "call_id": call_id,
            "name": "f", "arguments": "{}", "status": "completed",
        }))
        .unwrap()
    }

    #[test]
    fn calls_join_their_assistant_turn_and_outputs_follow() {
        let items = vec![
            message("msg_1".into(), "user", "hi".into(), "completed").unwrap(),
            message(
                "msg_2".into(),
                "assistant",
                "let me look".into(),
                "completed",
            )
            .unwrap(),
            call("a"),
            call("b"),
            serde_json::from_value(serde_json::json!({
                "id": "fco_1", "type": "function_call_output", "call_id": "a", "output": "42",
                "status": "completed",
            }))
            .unwrap(),
        ];
        let t = turns(&items);
        assert_eq!(t.len(), 3);
        assert_eq!(t[1].tool_calls.len(), 2);
        assert_eq!(
            (t[2].role, t[2].tool_call_id.as_deref()),
            (Role::Tool, Some("a"))
        );
    }

    #[test]
    fn pages_go_both_ways() {
        let items: Vec<ItemResource> = (0..5).map(|i| call(&i.to_string())).collect();
        let (p, more) = page(items.clone(), 2, "asc", None).unwrap();
        assert_eq!((id_of(&p[0]), id_of(&p[1]), more), ("fc_0", "fc_1", true));
        let (p, more) = page(items.clone(), 2, "desc", Some("fc_1")).unwrap();
        assert_eq!((p.len(), id_of(&p[0]), more), (1, "fc_0", false));
        assert!(page(items, 2, "asc", Some("fc_9")).is_err());
    }
}
