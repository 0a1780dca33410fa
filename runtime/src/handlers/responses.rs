//! The Responses API: create (whole, streamed, background), retrieve (or stream again), delete,
//! cancel, input items and token counts. The work is in [`crate::responses`].

use crate::auth::Principal;
use crate::state::App;
use futures::StreamExt;
use lukhas_api::operations::{
    cancel_response, count_response_input_tokens, create_response, delete_response, get_response,
    list_response_input_items,
};
use lukhas_api::support::{ApiError, EventStream};
use lukhas_api::types::{self, CreateResponseRequest};

/// The scopes a request takes beyond `responses:write`: a conversation's items are written by a
/// response that names it, and a `file_search` tool reads vector stores.
fn may_reach(principal: &Principal, body: &CreateResponseRequest) -> Result<(), ApiError> {
    if body.conversation.is_some() && body.store != Some(false) {
        principal.require("conversations:write")?;
    }
    if body
        .tools
        .iter()
        .any(|t| matches!(t, types::ResponseTool::FileSearchTool(_)))
    {
        principal.require("vector_stores:read")?;
    }
    Ok(())
}

/// A list of items as the API returns it.
pub fn item_list<T>(
    items: Vec<types::ItemResource>,
    limit: i64,
    order: &str,
    after: Option<&str>,
    list: impl FnOnce(Vec<types::ItemResource>, bool, String, String) -> T,
) -> Result<T, ApiError> {
    let (page, more) = crate::responses::items::page(items, limit, order, after)?;
    let id = |i: Option<&types::ItemResource>| {
        i.map(|i| crate::responses::items::id_of(i).to_string())
            .unwrap_or_default()
    };
    let (first, last) = (id(page.first()), id(page.last()));
    Ok(list(page, more, first, last))
}

impl lukhas_api::Responses for App {
    async fn create_response(
        &self,
        principal: Principal,
        request: create_response::Request,
    ) -> Result<create_response::Response, ApiError> {
        let body = request.body;
        may_reach(&principal, &body)?;
        let mut prepared = self
            .responses
            .prepare(&self.registry, &principal.tenant, &body)
            .await?;
        prepared.generate.guard = principal.output.clone();
        let stream = body.stream == Some(true);
        if prepared.background() {
            let response = prepared.builder.response.clone();
            let run = self.responses.start_background(prepared).await?;
            return Ok(if stream {
                create_response::Response::OkEventStream(EventStream::new(run.follow(0).map(Ok)))
            } else {
                create_response::Response::Ok(response)
            });
        }
        if stream {
            let events = self.responses.clone().streamed(prepared).await?;
            return Ok(create_response::Response::OkEventStream(EventStream::new(
                events.map(Ok),
            )));
        }
        Ok(create_response::Response::Ok(
            self.responses.whole(prepared).await?,
        ))
    }

    async fn count_response_input_tokens(
        &self,
        principal: Principal,
        request: count_response_input_tokens::Request,
    ) -> Result<count_response_input_tokens::Response, ApiError> {
        // The counting body is a subset of a create request, field for field.
        let body: CreateResponseRequest = serde_json::to_value(&request.body)
            .and_then(serde_json::from_value)
            .map_err(ApiError::internal)?;
        let n = self
            .responses
            .count(&self.registry, &principal.tenant, &body)
            .await?;
        Ok(count_response_input_tokens::Response::Ok(
            types::TokenCountsResource {
                object: types::TokenCountsResourceObject::ResponseInputTokens,
                input_tokens: (n.min(u32::MAX as usize) as u32).into(),
            },
        ))
    }

    async fn get_response(
        &self,
        principal: Principal,
        request: get_response::Request,
    ) -> Result<get_response::Response, ApiError> {
        let (tenant, id) = (&principal.tenant, &request.response_id);
        if request.stream == Some(true) {
            let events = self
                .responses
                .events(tenant, id, request.starting_after)
                .await?;
            return Ok(get_response::Response::OkEventStream(EventStream::new(
                events.map(Ok),
            )));
        }
        Ok(get_response::Response::Ok(
            self.responses.get(tenant, id).await?,
        ))
    }

    async fn delete_response(
        &self,
        principal: Principal,
        request: delete_response::Request,
    ) -> Result<delete_response::Response, ApiError> {
        self.responses
            .delete(&principal.tenant, &request.response_id)
            .await?;
        Ok(delete_response::Response::Ok(types::DeletedResponse {
            id: request.response_id,
            object: types::DeletedResponseObject::ResponseDeleted,
            deleted: true,
        }))
    }

    async fn cancel_response(
        &self,
        principal: Principal,
        request: cancel_response::Request,
    ) -> Result<cancel_response::Response, ApiError> {
        Ok(cancel_response::Response::Ok(
            self.responses
                .cancel(&principal.tenant, &request.response_id)
                .await?,
        ))
    }

    async fn list_response_input_items(
        &self,
        principal: Principal,
        request: list_response_input_items::Request,
    ) -> Result<list_response_input_items::Response, ApiError> {
        let items = self
            .responses
            .input_items(&principal.tenant, &request.response_id)
            .await?;
        let list = item_list(
            items,
            request.limit,
            &request.order,
            request.after.as_deref(),
            |data, has_more, first_id, last_id| types::ResponseItemList {
                object: types::ResponseItemListObject::List,
                data,
                has_more,
                first_id,
                last_id,
            },
        )?;
        Ok(list_response_input_items::Response::Ok(list))
    }
}
