//! Typed server-sent events. A handler returns an [`EventStream`] of the operation's event type;
//! [`sse`] frames each as `data: <json>`, an error as `data: {"error": ...}` that ends the
//! stream, and otherwise the spec's terminator (`[DONE]`) after the last. When the client goes
//! away the body is dropped, and with it the stream: that is how producers learn to stop.

use crate::error::ApiError;
use crate::request_id;
use axum::response::sse::{Event, Sse};
use axum::response::{IntoResponse, Response};
use futures::stream::{BoxStream, Stream, StreamExt};
use serde::Serialize;
use std::convert::Infallible;

pub struct EventStream<T> {
    events: BoxStream<'static, Result<T, ApiError>>,
}

impl<T> EventStream<T> {
    pub fn new(events: impl Stream<Item = Result<T, ApiError>> + Send + 'static) -> Self {
        EventStream {
            events: events.boxed(),
        }
    }
}

impl<T> std::fmt::Debug for EventStream<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("EventStream")
    }
}

/// The answer for a stream of events.
pub fn sse<T: Serialize + Send + 'static>(
    events: EventStream<T>,
    terminator: Option<&'static str>,
) -> Response {
    // Captured now: the body is polled after the request's scope has ended.
    let request_id = request_id::current();
    let mut events = events.events;
    let frames = async_stream::stream! {
        while let Some(item) = events.next().await {
            match item {
                Ok(event) => match serde_json::to_string(&event) {
                    Ok(data) => yield Ok::<_, Infallible>(Event::default().data(data)),
                    Err(e) => {
                        let e = ApiError::internal(format!("could not serialize an event: {e}"));
                        yield Ok(Event::default().data(e.envelope(request_id.as_ref())));
                        return;
                    }
                },
                Err(e) => {
                    yield Ok(Event::default().data(e.envelope(request_id.as_ref())));
                    return;
                }
            }
        }
        if let Some(t) = terminator {
            yield Ok(Event::default().data(t));
        }
    };
    Sse::new(frames).into_response()
}
