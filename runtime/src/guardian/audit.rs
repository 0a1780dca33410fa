//! The guardian's audit log: one JSON line per decision that was not a plain allow (a denial, a
//! masking, personal data found and allowed). It names categories and policies, never the data.
//!
//! Lines are appended by one writer thread, which fsyncs after each batch it drains (as the index
//! store commits), and rotates the file by size: `guardian.jsonl` becomes `guardian.jsonl.1`, and
//! so on; `keep` rotated files are kept.

use anyhow::{Context, Result};
use serde::Serialize;
use std::fs::{File, OpenOptions};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::mpsc::{sync_channel, Receiver, SyncSender};

#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct Record {
    /// RFC 3339, UTC.
    pub time: String,
    pub request_id: Option<String>,
    pub tenant: String,
    pub key_id: String,
    pub operation: &'static str,
    /// `input` or `output`.
    pub phase: &'static str,
    /// `deny`, `redact` or `allow` (data found and allowed).
    pub action: &'static str,
    pub policies: Vec<String>,
    pub categories: Vec<&'static str>,
    pub model: String,
}

pub struct Audit {
    tx: SyncSender<Record>,
}

impl Audit {
    /// Opens (creating) `path` and starts its writer.
    pub fn open(path: &Path, max_bytes: u64, keep: usize) -> Result<Audit> {
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir).with_context(|| format!("creating {}", dir.display()))?;
        }
        let file = append(path)?;
        let (tx, rx) = sync_channel(4096);
        let writer = Writer {
            path: path.to_path_buf(),
            size: file.metadata()?.len(),
            file,
            max_bytes,
            keep: keep.max(1),
        };
        std::thread::Builder::new()
            .name("guardian-audit".into())
            .spawn(move || writer.run(rx))?;
        Ok(Audit { tx })
    }

    /// Queues `record` (waiting if the writer is thousands of lines behind: audit lines are not
    /// dropped).
    pub fn write(&self, record: Record) {
        if self.tx.send(record).is_err() {
            tracing::error!("guardian audit writer has stopped; a decision was not recorded");
        }
    }
}

fn append(path: &Path) -> Result<File> {
    OpenOptions::new()
        .create(true)
        .append(true)
        .open(path)
        .with_context(|| format!("opening the audit log {}", path.display()))
}

struct Writer {
    path: PathBuf,
    file: File,
    size: u64,
    max_bytes: u64,
    keep: usize,
}

impl Writer {
    fn run(mut self, rx: Receiver<Record>) {
        while let Ok(first) = rx.recv() {
            let batch = std::iter::once(first).chain(rx.try_iter());
            if let Err(e) = self.write(batch) {
                tracing::error!(error = %e, path = %self.path.display(), "writing the audit log failed");
            }
        }
    }

    fn write(&mut self, batch: impl Iterator<Item = Record>) -> Result<()> {
        for record in batch {
            let mut line = serde_json::to_vec(&record)?;
            line.push(b'\n');
            if self.size > 0 && self.size + line.len() as u64 > self.max_bytes {
                self.file.sync_data()?;
                self.rotate()?;
            }
            self.file.write_all(&line)?;
            self.size += line.len() as u64;
        }
        self.file.sync_data()?;
        Ok(())
    }

    /// `log.(n-1)` → `log.n`, ..., `log` → `log.1`, and a new `log`.
    fn rotate(&mut self) -> Result<()> {
        let numbered = |n: usize| PathBuf::from(format!("{}.{n}", self.path.display()));
        for n in (1..self.keep).rev() {
            if numbered(n).exists() {
                std::fs::rename(numbered(n), numbered(n + 1))?;
            }
        }
        std::fs::rename(&self.path, numbered(1))?;
        self.file = append(&self.path)?;
        self.size = 0;
        if let Some(dir) = self.path.parent() {
            // The renames are durable once the directory is.
            File::open(dir)?.sync_all()?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn record(n: usize) -> Record {
        Record {
            time: "2026-01-01T00:00:00Z".into(),
            request_id: Some(format!("req_{n}")),
            tenant: "acme".into(),
            key_id: "k".into(),
            operation: "createResponse",
            phase: "input",
            action: "redact",
            policies: vec!["mask-cards".into()],
            categories: vec!["card"],
            model: "m".into(),
        }
    }

    #[test]
    fn lines_are_appended_and_rotated_by_size() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("audit/guardian.jsonl");
        let audit = Audit::open(&path, 1000, 1).unwrap();
        for n in 0..40 {
            audit.write(record(n));
        }
        drop(audit);
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
        let read = |p: &Path| std::fs::read_to_string(p).unwrap_or_default();
        let rotated = PathBuf::from(format!("{}.1", path.display()));
        while !read(&path).contains("req_39") && std::time::Instant::now() < deadline {
            std::thread::sleep(std::time::Duration::from_millis(10));
        }
        let current = read(&path);
        assert!(current.len() <= 1000 && current.ends_with("\n"));
        assert!(read(&rotated).len() <= 1000 && !read(&rotated).is_empty());
        // One rotated file kept: the oldest lines are gone, the newest are whole JSON.
        assert!(!PathBuf::from(format!("{}.2", path.display())).exists());
        for line in current.lines() {
            let r: serde_json::Value = serde_json::from_str(line).unwrap();
            assert_eq!(r["categories"][0], "card");
        }
        assert!(current.contains("\"req_39\""));
    }
}
