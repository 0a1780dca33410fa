//! Counters in this process's memory: `governor`'s keyed GCRA, one limiter per group and rate;
//! a request may cost several cells (its tokens).

use super::{Budget, Decision};
use governor::clock::{Clock, DefaultClock};
use governor::middleware::StateInformationMiddleware;
use governor::state::keyed::DefaultKeyedStateStore;
use governor::{Quota, RateLimiter};
use std::collections::HashMap;
use std::num::NonZeroU32;
use std::sync::{Arc, RwLock};

type Limiter =
    RateLimiter<String, DefaultKeyedStateStore<String>, DefaultClock, StateInformationMiddleware>;

/// A group and a budget (interval in nanoseconds, burst).
type Slot = (&'static str, u64, u32);

#[derive(Default)]
pub struct Memory {
    /// One limiter per group and budget: the configured ones, and the keys' own.
    limiters: RwLock<HashMap<Slot, Arc<Limiter>>>,
    clock: DefaultClock,
}

impl Memory {
    pub fn count(&self, group: &'static str, key_id: &str, budget: Budget, cost: u32) -> Decision {
        let slot = (group, budget.interval.as_nanos() as u64, budget.burst);
        // Read-mostly: the limiters exist after the first request of each group and budget, so
        // concurrent requests share the read lock and only a new budget takes the write lock.
        let known = self
            .limiters
            .read()
            .unwrap_or_else(|e| e.into_inner())
            .get(&slot)
            .cloned();
        let limiter = known.unwrap_or_else(|| {
            self.limiters
                .write()
                .unwrap_or_else(|e| e.into_inner())
                .entry(slot)
                .or_insert_with(|| Arc::new(RateLimiter::keyed(quota(budget)).with_middleware()))
                .clone()
        });
        let n = NonZeroU32::new(cost).unwrap_or(NonZeroU32::MIN);
        match limiter.check_key_n(&key_id.to_string(), n) {
            Ok(Ok(snapshot)) => {
                let remaining = snapshot.remaining_burst_capacity().min(budget.burst);
                Decision {
                    allowed: true,
                    never: false,
                    remaining,
                    reset: budget.interval * (budget.burst - remaining),
                    retry: Default::default(),
                }
            }
            Ok(Err(not_until)) => Decision {
                allowed: false,
                never: false,
                remaining: 0,
                reset: budget.interval * budget.burst,
                retry: not_until.wait_time_from(self.clock.now()),
            },
            Err(_too_large) => Decision {
                allowed: false,
                never: true,
                remaining: 0,
                reset: Default::default(),
                retry: Default::default(),
            },
        }
    }
}

fn quota(budget: Budget) -> Quota {
    Quota::with_period(budget.interval)
        .unwrap_or(Quota::per_second(NonZeroU32::MAX)) // a zero interval: no limit to speak of
        .allow_burst(NonZeroU32::new(budget.burst).unwrap_or(NonZeroU32::MIN))
}
