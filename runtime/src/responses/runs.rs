//! Background runs in progress: each keeps its event log in memory, so that any number of
//! clients can follow it (from the start or after a sequence number) while it runs, and a cancel
//! token. When a run ends its log is stored with the response and the run leaves the registry.

use futures::Stream;
use lukhas_api::types::ResponseStreamEvent as Event;
use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use tokio::sync::watch;
use tokio_util::sync::CancellationToken;

pub struct Run {
    pub cancel: CancellationToken,
    log: Mutex<Vec<Event>>,
    /// (events logged, ended)
    progress: watch::Sender<(usize, bool)>,
}

impl Run {
    fn new() -> Run {
        Run {
            cancel: CancellationToken::new(),
            log: Mutex::new(Vec::new()),
            progress: watch::channel((0, false)).0,
        }
    }

    pub fn push(&self, event: Event) {
        let len = {
            let mut log = self.log.lock().unwrap_or_else(|p| p.into_inner());
            log.push(event);
            log.len()
        };
        self.progress.send_modify(|p| p.0 = len);
    }

    /// Everything logged so far.
    pub fn events(&self) -> Vec<Event> {
        self.log.lock().unwrap_or_else(|p| p.into_inner()).clone()
    }

    /// Marks the end: followers stop after the last event.
    pub fn end(&self) {
        self.progress.send_modify(|p| p.1 = true);
    }

    /// Waits for the end.
    pub async fn ended(&self) {
        let mut rx = self.progress.subscribe();
        let _ = rx.wait_for(|p| p.1).await;
    }

    /// The events after the first `skip`, live until the run ends.
    pub fn follow(self: Arc<Self>, skip: usize) -> impl Stream<Item = Event> + Send + 'static {
        let mut rx = self.progress.subscribe();
        async_stream::stream! {
            let mut next = skip;
            loop {
                let (len, ended) = *rx.borrow_and_update();
                let fresh: Vec<Event> = {
                    let log = self.log.lock().unwrap_or_else(|p| p.into_inner());
                    log.get(next.min(len)..len).map(<[Event]>::to_vec).unwrap_or_default()
                };
                next = next.max(len);
                for e in fresh {
                    yield e;
                }
                if ended || rx.changed().await.is_err() {
                    return;
                }
            }
        }
    }
}

/// The runs in progress, by tenant and response id.
#[derive(Default)]
pub struct Runs {
    runs: Mutex<HashMap<(String, String), Arc<Run>>>,
}

impl Runs {
    pub fn start(&self, tenant: &str, id: &str) -> Arc<Run> {
        let run = Arc::new(Run::new());
        self.lock()
            .insert((tenant.to_string(), id.to_string()), run.clone());
        run
    }

    pub fn get(&self, tenant: &str, id: &str) -> Option<Arc<Run>> {
        self.lock()
            .get(&(tenant.to_string(), id.to_string()))
            .cloned()
    }

    pub fn finish(&self, tenant: &str, id: &str) {
        self.lock().remove(&(tenant.to_string(), id.to_string()));
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<(String, String), Arc<Run>>> {
        self.runs.lock().unwrap_or_else(|p| p.into_inner())
    }
}
