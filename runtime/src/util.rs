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

/// Unix time in milliseconds.
pub fn now_ms() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_millis() as u64)
        .unwrap_or(0)
}

/// Unix time in fractional seconds.
pub fn now_f64() -> f64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs_f64())
        .unwrap_or(0.0)
}

/// Unix seconds as RFC 3339 in UTC (`2026-12-02T12:00:00Z`), by the civil-from-days algorithm
/// (no date library for one format).
pub fn rfc3339(unix: i64) -> String {
    let (days, secs) = (unix.div_euclid(86_400), unix.rem_euclid(86_400));
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!(
        "{year:04}-{month:02}-{day:02}T{:02}:{:02}:{:02}Z",
        secs / 3600,
        secs % 3600 / 60,
        secs % 60
    )
}

/// `prefix_` + 12 hex digits of milliseconds + 12 random hex digits: unique, and sortable by
/// creation time (index listing relies on that).
pub fn new_id(prefix: &str) -> String {
    let millis = now_ms();
    let mut r = [0u8; 6];
    rand::rng().fill_bytes(&mut r);
    let rand: String = r.iter().map(|b| format!("{b:02x}")).collect();
    format!("{prefix}_{millis:012x}{rand}")
}

#[cfg(test)]
mod tests {
    #[test]
    fn rfc3339_dates() {
        assert_eq!(super::rfc3339(0), "1970-01-01T00:00:00Z");
        assert_eq!(super::rfc3339(951_782_400), "2000-02-29T00:00:00Z");
        assert_eq!(super::rfc3339(1_796_212_799), "2026-12-02T11:59:59Z");
    }

    #[test]
    fn ids_sort_by_time() {
        let a = super::new_id("idx");
        std::thread::sleep(std::time::Duration::from_millis(2));
        let b = super::new_id("idx");
        assert!(a < b && a.starts_with("idx_") && a.len() == 28);
    }
}
