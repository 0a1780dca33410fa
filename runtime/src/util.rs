//! Small helpers shared by the handlers.

use rand::RngCore;
use std::time::{SystemTime, UNIX_EPOCH};

/// Unix time in seconds.
pub fn now() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or(0)
}

/// Unix time in fractional seconds.
pub fn now_f64() -> f64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs_f64())
        .unwrap_or(0.0)
}

/// `prefix_` + 12 hex digits of milliseconds + 12 random hex digits: unique, and sortable by
/// creation time (index listing relies on that).
pub fn new_id(prefix: &str) -> String {
    let millis = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_millis() as u64)
        .unwrap_or(0);
    let mut r = [0u8; 6];
    rand::rng().fill_bytes(&mut r);
    let rand: String = r.iter().map(|b| format!("{b:02x}")).collect();
    format!("{prefix}_{millis:012x}{rand}")
}

#[cfg(test)]
mod tests {
    #[test]
    fn ids_sort_by_time() {
        let a = super::new_id("idx");
        std::thread::sleep(std::time::Duration::from_millis(2));
        let b = super::new_id("idx");
        assert!(a < b && a.starts_with("idx_") && a.len() == 28);
    }
}
