//! The Conversations API: conversations and their items, stored per tenant. The work is in
//! [`crate::responses`] and the response store.

use super::responses::item_list;
use crate::auth::Principal;
use crate::state::App;
use crate::store::responses::Conversation;
use lukhas_api::operations::{
    create_conversation, create_conversation_items, delete_conversation, delete_conversation_item,
    get_conversation, get_conversation_item, list_conversation_items, update_conversation,
};
use lukhas_api::support::ApiError;
use lukhas_api::types::{self, Metadata, ResponseInput};
use std::collections::HashMap;

fn metadata(m: Option<Metadata>) -> HashMap<String, String> {
    m.and_then(|m| m.0)
        .unwrap_or_default()
        .into_iter()
        .map(|(k, v)| (k, v.to_string()))
        .collect()
}

fn public(c: Conversation) -> Result<types::Conversation, ApiError> {
    Ok(types::Conversation {
        id: c.id.parse().map_err(ApiError::internal)?,
        object: types::ConversationObject::Conversation,
        created_at: c.created_at,
        metadata: c.metadata,
    })
}

/// A page of a conversation's items as OpenAI's list object.
fn conversation_items(
    items: Vec<types::ItemResource>,
    limit: i64,
    order: &str,
    after: Option<&str>,
) -> Result<types::ConversationItemList, ApiError> {
    item_list(
        items,
        limit,
        order,
        after,
        |data, has_more, first_id, last_id| types::ConversationItemList {
            object: types::ConversationItemListObject::List,
            data,
            has_more,
            first_id,
            last_id,
        },
    )
}

impl lukhas_api::Conversations for App {
    async fn create_conversation(
        &self,
        principal: Principal,
        request: create_conversation::Request,
    ) -> Result<create_conversation::Response, ApiError> {
        let body = request.body;
        let input = body.items.map(ResponseInput::Array);
        let c = self
            .responses
            .create_conversation(&principal.tenant, metadata(body.metadata), input.as_ref())
            .await?;
        Ok(create_conversation::Response::Ok(public(c)?))
    }

    async fn get_conversation(
        &self,
        principal: Principal,
        request: get_conversation::Request,
    ) -> Result<get_conversation::Response, ApiError> {
        let c = self
            .responses
            .store
            .conversation(&principal.tenant, &request.conversation_id)
            .await?;
        Ok(get_conversation::Response::Ok(public(c)?))
    }

    async fn update_conversation(
        &self,
        principal: Principal,
        request: update_conversation::Request,
    ) -> Result<update_conversation::Response, ApiError> {
        let c = self
            .responses
            .store
            .update_conversation(
                &principal.tenant,
                &request.conversation_id,
                metadata(Some(request.body.metadata)),
            )
            .await?;
        Ok(update_conversation::Response::Ok(public(c)?))
    }

    async fn delete_conversation(
        &self,
        principal: Principal,
        request: delete_conversation::Request,
    ) -> Result<delete_conversation::Response, ApiError> {
        self.responses
            .store
            .delete_conversation(&principal.tenant, &request.conversation_id)
            .await?;
        Ok(delete_conversation::Response::Ok(
            types::DeletedConversation {
                id: request.conversation_id,
                object: types::DeletedConversationObject::ConversationDeleted,
                deleted: true,
            },
        ))
    }

    async fn list_conversation_items(
        &self,
        principal: Principal,
        request: list_conversation_items::Request,
    ) -> Result<list_conversation_items::Response, ApiError> {
        let values = self
            .responses
            .store
            .conversation_items(&principal.tenant, &request.conversation_id)
            .await?;
        let items = crate::responses::items::parse(values)?;
        let list = conversation_items(
            items,
            request.limit,
            &request.order,
            request.after.as_deref(),
        )?;
        Ok(list_conversation_items::Response::Ok(list))
    }

    async fn create_conversation_items(
        &self,
        principal: Principal,
        request: create_conversation_items::Request,
    ) -> Result<create_conversation_items::Response, ApiError> {
        let added = self
            .responses
            .add_items(
                &principal.tenant,
                &request.conversation_id,
                &ResponseInput::Array(request.body.items),
            )
            .await?;
        let list = conversation_items(added, 100, "asc", None)?;
        Ok(create_conversation_items::Response::Ok(list))
    }

    async fn get_conversation_item(
        &self,
        principal: Principal,
        request: get_conversation_item::Request,
    ) -> Result<get_conversation_item::Response, ApiError> {
        let item = self
            .responses
            .conversation_item(
                &principal.tenant,
                &request.conversation_id,
                &request.item_id,
            )
            .await?;
        Ok(get_conversation_item::Response::Ok(item))
    }

    async fn delete_conversation_item(
        &self,
        principal: Principal,
        request: delete_conversation_item::Request,
    ) -> Result<delete_conversation_item::Response, ApiError> {
        let c = self
            .responses
            .store
            .remove_conversation_item(
                &principal.tenant,
                &request.conversation_id,
                &request.item_id,
            )
            .await?;
        Ok(delete_conversation_item::Response::Ok(public(c)?))
    }
}
