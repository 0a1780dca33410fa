//! The Responses API over the engines and the response store: context from stored responses and
//! conversations, truncation, whole / streamed / background runs, and what is stored when.
//!
//! - A request's context is the stored context, input and output of `previous_response_id`, or
//!   the items of its conversation; then its own input. `instructions` are its own (never
//!   carried over) and go first, as a system turn.
//! - A foreground response is stored when it ends (with `store`, the default); a streamed one
//!   before its last event, so that a client that saw `response.completed` can read it back.
//! - A background response is stored at once (`queued`), runs on its own task, logs its events
//!   for any number of followers, and is stored again when it ends; one cut short by a restart
//!   runs again when the server starts.
//! - A response of a conversation adds its input and output to it when it completes.

pub mod builder;
pub mod file_search;
pub mod items;
pub mod runs;

use crate::config::Capability;
use crate::engine::{
    ChunkStream, EngineError, Format, GenerateRequest, Model, Params, Role, Tool, ToolChoice, Turn,
};
use crate::store::responses::{Conversation, StoredResponse};
use crate::store::{ResponseStore, StoreError};
use crate::util::{new_id, now};
use builder::Builder;
use file_search::{FileSearch, Searched};
use futures::{Stream, StreamExt};
use lukhas_api::support::{request_id, ApiError};
use lukhas_api::types::{
    self, ConversationParam, CreateResponseRequest, ItemResource, ResponseStatus,
    ResponseStreamEvent as Event, ResponseTextFormat, ResponseToolChoice, ResponseToolChoiceString,
};
use runs::{Run, Runs};
use serde_json::Value;
use std::collections::HashMap;
use std::sync::Arc;
use std::time::Duration;

/// Output tokens kept free when `truncation: auto` drops old items (at most a quarter of the
/// window).
const OUTPUT_RESERVE: usize = 256;

/// The stored state of the Responses and Conversations APIs.
pub struct Responses {
    pub store: ResponseStore,
    /// What the `file_search` tool searches.
    pub vector_stores: Arc<crate::retrieval::VectorStores>,
    pub runs: Arc<Runs>,
    /// Seconds a stored response is kept (0: until deleted).
    pub retention: i64,
}

/// A request ready to run.
pub struct Prepared {
    pub tenant: String,
    /// What will be stored: the context and input held, the output once there is one.
    pub record: StoredResponse,
    /// Items the record brings that are not stored yet.
    pub new: HashMap<String, Value>,
    pub conversation: Option<String>,
    pub store: bool,
    pub model: Model,
    pub generate: GenerateRequest,
    /// The `file_search` tool's search, run before generation.
    pub file_search: Option<FileSearch>,
    pub builder: Builder,
}

impl Prepared {
    pub fn background(&self) -> bool {
        self.builder.response.background == Some(true)
    }
}

/// A schema-valid request that breaks a rule of the operation (`code` is in the spec's
/// `x-lukhas-rule-errors`).
fn rule(code: &'static str, param: &str, message: impl Into<String>) -> ApiError {
    ApiError::invalid_request(code, message.into()).with_param(param)
}

fn conversation_id(c: &ConversationParam) -> String {
    match c {
        ConversationParam::String(s) => s.to_string(),
        ConversationParam::ConversationRef(r) => r.id.to_string(),
    }
}

/// The function tools (the `file_search` tool is run by the server, see [`file_search`]).
fn tools(body: &CreateResponseRequest) -> Vec<Tool> {
    body.tools
        .iter()
        .filter_map(|t| match t {
            types::ResponseTool::ResponseFunctionTool(f) => Some(f),
            types::ResponseTool::FileSearchTool(_) => None,
        })
        .map(|t| Tool {
            name: t.name.to_string(),
            description: t.description.clone(),
            parameters: t
                .parameters
                .as_ref()
                .map_or_else(|| serde_json::json!({}), |p| Value::Object(p.0.clone())),
            strict: t.strict != Some(false),
        })
        .collect()
}

fn tool_choice(c: Option<&ResponseToolChoice>) -> ToolChoice {
    match c {
        None => ToolChoice::Auto,
        Some(ResponseToolChoice::String(s)) => match s {
            ResponseToolChoiceString::None => ToolChoice::None,
            ResponseToolChoiceString::Auto => ToolChoice::Auto,
            ResponseToolChoiceString::Required => ToolChoice::Required,
        },
        Some(ResponseToolChoice::ResponseToolChoiceFunction(f)) => {
            ToolChoice::Named(f.name.to_string())
        }
    }
}

fn format(body: &CreateResponseRequest) -> Format {
    match body.text.as_ref().and_then(|t| t.format.as_ref()) {
        None | Some(ResponseTextFormat::Text(_)) => Format::Text,
        Some(ResponseTextFormat::JsonObject(_)) => Format::JsonObject,
        Some(ResponseTextFormat::JsonSchema(s)) => Format::JsonSchema {
            name: s.name.to_string(),
            description: s.description.clone(),
            schema: Value::Object(s.schema.0.clone()),
            strict: s.strict == Some(true),
        },
    }
}

/// The generation a request asks for, over `turns`.
fn generate_request(body: &CreateResponseRequest, turns: Vec<Turn>) -> GenerateRequest {
    let tools = tools(body);
    let mut tool_choice = tool_choice(body.tool_choice.as_ref());
    // `required` is met by the file search alone when it is the only tool.
    if tool_choice == ToolChoice::Required && tools.is_empty() && !body.tools.is_empty() {
        tool_choice = ToolChoice::Auto;
    }
    GenerateRequest {
        turns,
        max_tokens: body
            .max_output_tokens
            .map(|n| n.get().min(u64::from(u32::MAX)) as u32),
        temperature: body.temperature.as_ref().and_then(|t| t.0),
        top_p: body.top_p.as_ref().and_then(|t| t.0),
        tools,
        tool_choice,
        parallel_tool_calls: body.parallel_tool_calls != Some(false),
        format: format(body),
        params: Params::default(),
        ..Default::default()
    }
}

/// The engine's check of the function tools, its `tools[k]` (the k-th function tool) turned into
/// the request's own index (a `file_search` tool may come before).
fn check_tools(body: &CreateResponseRequest, generate: &GenerateRequest) -> Result<(), ApiError> {
    generate.check_tools().map_err(|e| match e {
        EngineError::Rule {
            code,
            param,
            message,
        } => {
            let k = param
                .strip_prefix("tools[")
                .and_then(|r| r.strip_suffix(']'))
                .and_then(|k| k.parse::<usize>().ok());
            let at = k.and_then(|k| {
                body.tools
                    .iter()
                    .enumerate()
                    .filter(|(_, t)| matches!(t, types::ResponseTool::ResponseFunctionTool(_)))
                    .nth(k)
                    .map(|(i, _)| format!("tools[{i}]"))
            });
            EngineError::Rule {
                code,
                param: at.unwrap_or(param),
                message,
            }
            .into()
        }
        e => e.into(),
    })
}

/// The Response object before generation: the request's settings, no output.
fn template(
    body: &CreateResponseRequest,
    id: &str,
    model: &str,
    conversation: Option<&str>,
) -> Result<types::Response, ApiError> {
    let text = body.text.clone().unwrap_or(types::ResponseTextConfig {
        format: Some(ResponseTextFormat::Text(types::ResponseFormatText {
            type_: types::ResponseFormatTextType::Text,
        })),
    });
    Ok(types::Response {
        id: id.parse().map_err(ApiError::internal)?,
        object: types::ResponseObject::Response,
        created_at: now() as f64,
        completed_at: None,
        status: ResponseStatus::InProgress,
        error: types::ResponseError(None),
        incomplete_details: types::IncompleteDetails(None),
        instructions: body.instructions.clone(),
        max_output_tokens: body
            .max_output_tokens
            .map(|n| n.get().min(i64::MAX as u64) as i64),
        model: model.to_string(),
        output: Vec::new(),
        parallel_tool_calls: body.parallel_tool_calls != Some(false),
        previous_response_id: body.previous_response_id.as_ref().map(|p| p.to_string()),
        background: Some(body.background == Some(true)),
        conversation: match conversation {
            Some(c) => Some(types::ConversationRef {
                id: c.parse().map_err(ApiError::internal)?,
            }),
            None => None,
        },
        metadata: body
            .metadata
            .clone()
            .filter(|m| m.0.is_some())
            .unwrap_or(types::Metadata(Some(Default::default()))),
        temperature: body.temperature.as_ref().and_then(|t| t.0),
        top_p: body.top_p.as_ref().and_then(|t| t.0),
        tool_choice: body
            .tool_choice
            .clone()
            .unwrap_or(ResponseToolChoice::String(ResponseToolChoiceString::Auto)),
        tools: body.tools.clone(),
        text: Some(text),
        truncation: Some(
            body.truncation
                .unwrap_or(types::CreateResponseRequestTruncation::Disabled)
                .to_string()
                .parse()
                .map_err(ApiError::internal)?,
        ),
        user: body.user.as_ref().map(|u| u.to_string()),
        usage: None,
    })
}

/// With `truncation: auto`, drops the oldest turns (after the instructions) until the prompt
/// leaves room for the output in the model's window. Engines that cannot count are left as they
/// are (an upstream truncates, or refuses, by itself).
fn truncate(model: &Model, req: &mut GenerateRequest) -> Result<(), EngineError> {
    let Some(window) = model.engine.context_window() else {
        return Ok(());
    };
    let reserve = req
        .max_tokens
        .map_or(OUTPUT_RESERVE, |m| m as usize)
        .min(window / 4);
    let first = usize::from(req.turns.first().is_some_and(|t| t.role == Role::System));
    while let Some(count) = model.engine.count_tokens(req)? {
        if count + reserve <= window || req.turns.len() <= first + 1 {
            break;
        }
        req.turns.remove(first);
        // A tool result cut from its call reads as noise: it goes with it.
        while req.turns.len() > first + 1 && req.turns[first].role == Role::Tool {
            req.turns.remove(first);
        }
    }
    Ok(())
}

impl Responses {
    fn expires_at(&self) -> i64 {
        if self.retention > 0 {
            now() + self.retention
        } else {
            0
        }
    }

    /// Everything a request needs to run: model, context, input, generation, record.
    pub async fn prepare(
        &self,
        registry: &crate::engine::Registry,
        tenant: &str,
        body: &CreateResponseRequest,
    ) -> Result<Prepared, ApiError> {
        let model = registry
            .resolve(
                body.model.as_ref().map(|m| m.as_str()),
                Capability::Generation,
                "model",
            )?
            .clone();
        let store = body.store != Some(false);
        if body.background == Some(true) && !store {
            return Err(rule(
                "background_requires_store",
                "background",
                "A background response is stored: `background: true` needs `store` (true by default).",
            ));
        }
        if body.previous_response_id.is_some() && body.conversation.is_some() {
            return Err(rule(
                "conflicting_context",
                "conversation",
                "Use `previous_response_id` or `conversation`, not both.",
            ));
        }
        let (context_ids, context) = if let Some(prev) = &body.previous_response_id {
            let record = self.store.get(tenant, prev).await.map_err(|e| match e {
                StoreError::ResponseNotFound(_) => ApiError::invalid_request(
                    "previous_response_not_found",
                    "The previous response is not stored (it was created with `store: false`, \
                     deleted, expired, or belongs to another tenant).",
                )
                .with_param("previous_response_id"),
                e => e.into(),
            })?;
            let ids: Vec<String> = record.holds_in_order();
            let values = self
                .store
                .items(tenant, ids.clone(), "previous_response_id")
                .await?;
            (ids, items::parse(values)?)
        } else if let Some(c) = &body.conversation {
            let id = conversation_id(c);
            let values = self
                .store
                .conversation_items(tenant, &id)
                .await
                .map_err(|e| ApiError::from(e).with_param("conversation"))?;
            let context = items::parse(values)?;
            let ids = context
                .iter()
                .map(|i| items::id_of(i).to_string())
                .collect();
            (ids, context)
        } else {
            (Vec::new(), Vec::new())
        };
        let input = items::input(&self.store, tenant, body.input.as_ref(), "input").await?;
        if context.is_empty() && input.items.is_empty() {
            return Err(rule(
                "missing_input",
                "input",
                "Nothing to respond to: give `input` (or a context with `previous_response_id` or `conversation`).",
            ));
        }
        let file_search = self.file_search(tenant, body, &input.items).await?;
        let mut turns: Vec<Turn> = body
            .instructions
            .iter()
            .map(|i| Turn::new(Role::System, i.clone()))
            .collect();
        let all: Vec<ItemResource> = context.into_iter().chain(input.items).collect();
        turns.extend(items::turns(&all));
        let mut generate = generate_request(body, turns);
        check_tools(body, &generate)?;
        if body.truncation == Some(types::CreateResponseRequestTruncation::Auto) {
            truncate(&model, &mut generate)?;
        }
        let id = new_id("resp");
        let conversation = body.conversation.as_ref().map(conversation_id);
        let response = template(body, &id, model.id(), conversation.as_deref())?;
        let record = StoredResponse {
            response: serde_json::to_value(&response).map_err(ApiError::internal)?,
            request: None,
            context: context_ids,
            input: input.ids,
            output: Vec::new(),
            expires_at: self.expires_at(),
        };
        let mut builder = Builder::new(response, request_id::current());
        if body.background == Some(true) {
            builder.response.status = ResponseStatus::Queued;
        }
        let mut prepared = Prepared {
            tenant: tenant.to_string(),
            record,
            new: input.new,
            conversation,
            store,
            model,
            generate,
            file_search,
            builder,
        };
        if prepared.background() {
            prepared.record.request = Some(serde_json::to_value(body).map_err(ApiError::internal)?);
        }
        Ok(prepared)
    }

    /// The request's file search, over the items its input adds; every store it names must be
    /// the tenant's.
    async fn file_search(
        &self,
        tenant: &str,
        body: &CreateResponseRequest,
        input: &[ItemResource],
    ) -> Result<Option<FileSearch>, ApiError> {
        let include = body
            .include
            .iter()
            .flatten()
            .any(|i| *i == types::CreateResponseRequestIncludeItem::FileSearchCallResults);
        for (i, tool) in body.tools.iter().enumerate() {
            let types::ResponseTool::FileSearchTool(t) = tool else {
                continue;
            };
            for (j, id) in t.vector_store_ids.iter().enumerate() {
                self.vector_stores
                    .store
                    .get(tenant, id)
                    .await
                    .map_err(|e| {
                        ApiError::from(e).with_param(format!("tools[{i}].vector_store_ids[{j}]"))
                    })?;
            }
        }
        file_search::plan(&body.tools, body.tool_choice.as_ref(), include, input)
    }

    /// Runs the request's file search: the chunks found go before the question, and the
    /// builder cites them. What it ran, for [`begin`].
    async fn ground(&self, p: &mut Prepared) -> Result<Option<Searched>, ApiError> {
        let Some(search) = &p.file_search else {
            return Ok(None);
        };
        let searched = search.run(&self.vector_stores, &p.tenant).await?;
        if let Some(turn) = file_search::excerpts(&searched.found) {
            file_search::insert_before_question(&mut p.generate.turns, turn);
            if p.builder.response.truncation == Some(types::ResponseTruncation::Auto) {
                truncate(&p.model, &mut p.generate)?;
            }
        }
        Ok(Some(searched))
    }

    /// Stores the response as the builder has it (the output items with it); a completed one of
    /// a conversation adds its input and output to it.
    async fn save(&self, p: &mut Prepared) -> Result<(), ApiError> {
        if !p.store {
            return Ok(());
        }
        let mut output = Vec::new();
        for item in &p.builder.response.output {
            let item: ItemResource = match item {
                types::ResponseOutputItem::OutputMessage(m) => {
                    ItemResource::OutputMessage(m.clone())
                }
                types::ResponseOutputItem::FunctionToolCall(c) => {
                    ItemResource::FunctionToolCall(c.clone())
                }
                types::ResponseOutputItem::FileSearchToolCall(c) => {
                    ItemResource::FileSearchToolCall(c.clone())
                }
            };
            let id = items::id_of(&item).to_string();
            p.new.insert(
                id.clone(),
                serde_json::to_value(&item).map_err(ApiError::internal)?,
            );
            output.push(id);
        }
        p.record.output = output;
        p.record.response =
            serde_json::to_value(&p.builder.response).map_err(ApiError::internal)?;
        if p.builder.ended() {
            p.record.request = None; // nothing to resume
        }
        let completed = matches!(
            p.builder.response.status,
            ResponseStatus::Completed | ResponseStatus::Incomplete
        );
        let append = p.conversation.clone().filter(|_| completed).map(|c| {
            let ids = p
                .record
                .input
                .iter()
                .chain(&p.record.output)
                .cloned()
                .collect();
            (c, ids)
        });
        self.store
            .put(&p.tenant, p.record.clone(), p.new.clone(), append)
            .await?;
        Ok(())
    }

    /// Runs a foreground request to its end: the whole response.
    pub async fn whole(&self, mut p: Prepared) -> Result<types::Response, ApiError> {
        let searched = self.ground(&mut p).await?;
        let mut chunks = p.model.stream(p.generate.clone()).await?;
        p.builder.start(false);
        begin(&mut p, searched);
        while let Some(chunk) = chunks.next().await {
            p.builder.chunk(chunk?);
            if p.builder.ended() {
                break;
            }
        }
        if !p.builder.ended() {
            return Err(EngineError::Truncated.into());
        }
        self.save(&mut p).await?;
        Ok(p.builder.response)
    }

    /// Runs a foreground request as a stream of events; it is stored before its last event.
    pub async fn streamed(
        self: Arc<Self>,
        mut p: Prepared,
    ) -> Result<impl Stream<Item = Event> + Send + 'static, ApiError> {
        // Searched and opened before answering, so that a request refused gets its status.
        let searched = self.ground(&mut p).await?;
        let mut chunks = p.model.stream(p.generate.clone()).await?;
        Ok(async_stream::stream! {
            for e in p.builder.start(false) {
                yield e;
            }
            for e in begin(&mut p, searched) {
                yield e;
            }
            loop {
                let events = match chunks.next().await {
                    Some(Ok(chunk)) => p.builder.chunk(chunk),
                    failure => {
                        let e = failure.and_then(Result::err).unwrap_or(EngineError::Truncated);
                        vec![p.builder.fail(e.into())]
                    }
                };
                if p.builder.ended() {
                    if let Err(e) = self.save(&mut p).await {
                        yield p.builder.fail(e);
                        return;
                    }
                }
                for e in events {
                    yield e;
                }
                if p.builder.ended() {
                    return;
                }
            }
        })
    }

    /// Stores a background request as `queued` and starts its run.
    pub async fn start_background(self: &Arc<Self>, mut p: Prepared) -> Result<Arc<Run>, ApiError> {
        self.save(&mut p).await?;
        Ok(self.clone().spawn(p))
    }

    fn spawn(self: Arc<Self>, mut p: Prepared) -> Arc<Run> {
        let run = self.runs.start(&p.tenant, p.builder.response.id.as_str());
        let handle = run.clone();
        tokio::spawn(async move {
            let (tenant, id) = (p.tenant.clone(), p.builder.response.id.to_string());
            let resumable = self.background(&mut p, &run).await;
            if !resumable {
                let events: Vec<Value> = run
                    .events()
                    .iter()
                    .filter_map(|e| serde_json::to_value(e).ok())
                    .collect();
                if let Err(e) = self.store.put_events(&tenant, &id, events).await {
                    tracing::error!(store_error = %e, response = %id, "storing a background response's events failed");
                }
            }
            run.end();
            self.runs.finish(&tenant, &id);
        });
        handle
    }

    /// A background run, logging its events. `true` when it was cut short by the shutdown (it
    /// stays unfinished and runs again at the next start).
    async fn background(&self, p: &mut Prepared, run: &Run) -> bool {
        for e in p.builder.start(true) {
            run.push(e);
        }
        let searched = match self.ground(p).await {
            Ok(s) => s,
            Err(e) => {
                run.push(p.builder.fail(e));
                self.save_logged(p).await;
                return false;
            }
        };
        // Queued until the model takes it: a full queue is waited out, not failed.
        let mut chunks: ChunkStream = loop {
            let attempt = tokio::select! {
                s = p.model.stream(p.generate.clone()) => s,
                () = run.cancel.cancelled() => return self.end_cancelled(p).await,
            };
            match attempt {
                Ok(chunks) => break chunks,
                Err(EngineError::Busy { retry_after, .. }) => {
                    tokio::select! {
                        () = tokio::time::sleep(retry_after.min(Duration::from_secs(5))) => continue,
                        () = run.cancel.cancelled() => return self.end_cancelled(p).await,
                    }
                }
                Err(EngineError::ShuttingDown) => return true,
                Err(e) => {
                    run.push(p.builder.fail(e.into()));
                    self.save_logged(p).await;
                    return false;
                }
            }
        };
        for e in begin(p, searched) {
            run.push(e);
        }
        self.save_logged(p).await;
        loop {
            let chunk = tokio::select! {
                c = chunks.next() => c,
                () = run.cancel.cancelled() => return self.end_cancelled(p).await,
            };
            let events = match chunk {
                Some(Ok(c)) => p.builder.chunk(c),
                Some(Err(EngineError::ShuttingDown)) => return true,
                failure => {
                    let e = failure
                        .and_then(Result::err)
                        .unwrap_or(EngineError::Truncated);
                    vec![p.builder.fail(e.into())]
                }
            };
            if p.builder.ended() {
                self.save_logged(p).await;
            }
            for e in events {
                run.push(e);
            }
            if p.builder.ended() {
                return false;
            }
        }
    }

    async fn end_cancelled(&self, p: &mut Prepared) -> bool {
        p.builder.cancel();
        self.save_logged(p).await;
        false
    }

    async fn save_logged(&self, p: &mut Prepared) {
        if let Err(e) = self.save(p).await {
            tracing::error!(response = %p.builder.response.id.as_str(), error = ?e.status(), "storing a background response failed");
        }
    }

    /// Runs again the background responses a restart cut short.
    pub async fn resume(
        self: &Arc<Self>,
        registry: &crate::engine::Registry,
        guardian: Option<&crate::guardian::Guardian>,
    ) -> Result<usize, ApiError> {
        let unfinished = self.store.unfinished().await?;
        let n = unfinished.len();
        for (tenant, record) in unfinished {
            let id = record.id().to_string();
            match self.rebuild(registry, &tenant, record).await {
                Ok(mut p) => {
                    p.generate.guard =
                        guardian.and_then(|g| g.resumed_output(&tenant, p.model.id()));
                    tracing::info!(response = %id, "resuming a background response");
                    self.clone().spawn(p);
                }
                Err(e) => {
                    tracing::error!(response = %id, status = %e.status(), "cannot resume a background response")
                }
            }
        }
        Ok(n)
    }

    /// A stored, unfinished background response, ready to run again from its stored context and
    /// input.
    async fn rebuild(
        &self,
        registry: &crate::engine::Registry,
        tenant: &str,
        record: StoredResponse,
    ) -> Result<Prepared, ApiError> {
        let body: CreateResponseRequest =
            serde_json::from_value(record.request.clone().unwrap_or_default())
                .map_err(ApiError::internal)?;
        let mut response: types::Response =
            serde_json::from_value(record.response.clone()).map_err(ApiError::internal)?;
        let model = registry
            .resolve(Some(&response.model), Capability::Generation, "model")?
            .clone();
        let ids: Vec<String> = record
            .context
            .iter()
            .chain(&record.input)
            .cloned()
            .collect();
        let all = items::parse(self.store.items(tenant, ids, "input").await?)?;
        let file_search = self
            .file_search(tenant, &body, &all[record.context.len().min(all.len())..])
            .await?;
        let mut turns: Vec<Turn> = body
            .instructions
            .iter()
            .map(|i| Turn::new(Role::System, i.clone()))
            .collect();
        turns.extend(items::turns(&all));
        let mut generate = generate_request(&body, turns);
        if body.truncation == Some(types::CreateResponseRequestTruncation::Auto) {
            truncate(&model, &mut generate)?;
        }
        response.status = ResponseStatus::Queued;
        response.output.clear();
        Ok(Prepared {
            tenant: tenant.to_string(),
            conversation: response.conversation.as_ref().map(|c| c.id.to_string()),
            record,
            new: HashMap::new(),
            store: true,
            model,
            generate,
            file_search,
            builder: Builder::new(response, None),
        })
    }

    /// The stored response.
    pub async fn get(&self, tenant: &str, id: &str) -> Result<types::Response, ApiError> {
        let record = self.store.get(tenant, id).await?;
        serde_json::from_value(record.response).map_err(ApiError::internal)
    }

    /// A background response's events after `starting_after`: live while it runs.
    pub async fn events(
        &self,
        tenant: &str,
        id: &str,
        starting_after: Option<i64>,
    ) -> Result<futures::stream::BoxStream<'static, Event>, ApiError> {
        let response = self.get(tenant, id).await?;
        if response.background != Some(true) {
            return Err(rule(
                "not_background",
                "stream",
                "Only background responses can be streamed again; retrieve this one without `stream`.",
            ));
        }
        let skip = starting_after.map_or(0, |n| usize::try_from(n).unwrap_or(0).saturating_add(1));
        if let Some(run) = self.runs.get(tenant, id) {
            return Ok(run.follow(skip).boxed());
        }
        let stored: Vec<Event> = self
            .store
            .events(tenant, id)
            .await?
            .into_iter()
            .skip(skip)
            .filter_map(|v| serde_json::from_value(v).ok())
            .collect();
        Ok(futures::stream::iter(stored).boxed())
    }

    /// Cancels a background response that has not ended; an ended one is returned as it is.
    pub async fn cancel(&self, tenant: &str, id: &str) -> Result<types::Response, ApiError> {
        let response = self.get(tenant, id).await?;
        if response.background != Some(true) {
            return Err(rule(
                "not_background",
                "response_id",
                "Only responses created with `background: true` can be cancelled.",
            ));
        }
        if !matches!(
            response.status,
            ResponseStatus::Queued | ResponseStatus::InProgress
        ) {
            return Ok(response);
        }
        if let Some(run) = self.runs.get(tenant, id) {
            run.cancel.cancel();
            run.ended().await;
            return self.get(tenant, id).await;
        }
        // Unfinished and not running (a restart has not resumed it yet): cancelled as it is.
        let mut record = self.store.get(tenant, id).await?;
        let mut response: types::Response =
            serde_json::from_value(record.response.clone()).map_err(ApiError::internal)?;
        response.status = ResponseStatus::Cancelled;
        record.response = serde_json::to_value(&response).map_err(ApiError::internal)?;
        record.request = None;
        self.store.put(tenant, record, HashMap::new(), None).await?;
        Ok(response)
    }

    /// Deletes a stored response (cancelling it first if it runs).
    pub async fn delete(&self, tenant: &str, id: &str) -> Result<(), ApiError> {
        if let Some(run) = self.runs.get(tenant, id) {
            run.cancel.cancel();
            run.ended().await;
        }
        self.store.delete(tenant, id).await?;
        Ok(())
    }

    /// A stored response's own input items.
    pub async fn input_items(&self, tenant: &str, id: &str) -> Result<Vec<ItemResource>, ApiError> {
        let record = self.store.get(tenant, id).await?;
        items::parse(
            self.store
                .items(tenant, record.input, "response_id")
                .await?,
        )
    }

    /// Creates a conversation with its first items.
    pub async fn create_conversation(
        &self,
        tenant: &str,
        metadata: HashMap<String, String>,
        input: Option<&types::ResponseInput>,
    ) -> Result<Conversation, ApiError> {
        let input = items::input(&self.store, tenant, input, "items").await?;
        let conversation = Conversation::new(new_id("conv"), now(), metadata);
        Ok(self
            .store
            .create_conversation(tenant, conversation, input.ids, input.new)
            .await?)
    }

    /// Adds items to a conversation; the added items.
    pub async fn add_items(
        &self,
        tenant: &str,
        conversation: &str,
        input: &types::ResponseInput,
    ) -> Result<Vec<ItemResource>, ApiError> {
        self.store.conversation(tenant, conversation).await?;
        let input = items::input(&self.store, tenant, Some(input), "items").await?;
        self.store
            .add_conversation_items(tenant, conversation, input.ids, input.new)
            .await?;
        Ok(input.items)
    }

    /// One item of a conversation.
    pub async fn conversation_item(
        &self,
        tenant: &str,
        conversation: &str,
        item: &str,
    ) -> Result<ItemResource, ApiError> {
        let missing = || StoreError::ItemNotFound {
            id: item.to_string(),
            param: "item_id".into(),
        };
        if !self
            .store
            .in_conversation(tenant, conversation, item)
            .await?
        {
            return Err(missing().into());
        }
        let value = self.store.item(tenant, item).await?.ok_or_else(missing)?;
        serde_json::from_value(value).map_err(ApiError::internal)
    }

    /// How many tokens a request's prompt takes (nothing is generated or stored).
    pub async fn count(
        &self,
        registry: &crate::engine::Registry,
        tenant: &str,
        body: &CreateResponseRequest,
    ) -> Result<usize, ApiError> {
        let p = self.prepare(registry, tenant, body).await?;
        p.generate.check_tools()?;
        match p.model.engine.count_tokens(&p.generate)? {
            Some(n) => Ok(n),
            None => Err(ApiError::invalid_request(
                "unsupported_model",
                format!(
                    "The model `{}` is served by an upstream that does not count tokens here.",
                    p.model.id()
                ),
            )
            .with_param("model")),
        }
    }
}

/// The events after `created` (and `queued`): `in_progress`, then the file search's item.
fn begin(p: &mut Prepared, searched: Option<Searched>) -> Vec<Event> {
    let mut events = vec![p.builder.in_progress()];
    if let Some(s) = searched {
        events.extend(p.builder.file_search(s));
    }
    events
}

impl StoredResponse {
    /// Its context, input and output ids, in order: the context of a response that continues it.
    pub fn holds_in_order(&self) -> Vec<String> {
        self.context
            .iter()
            .chain(&self.input)
            .chain(&self.output)
            .cloned()
            .collect()
    }
}
