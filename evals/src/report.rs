//! The three reports of a run: `evals_report.json` (every case), `evals_report.md` (accuracy per
//! file, then the failures) and `evals_report.xml` (JUnit: one suite per file).

use crate::Outcome;
use quick_junit::{NonSuccessKind, Report, TestCase, TestCaseStatus, TestSuite};
use serde_json::json;
use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::Path;

pub struct Summary {
    /// file -> (passed, total)
    pub files: BTreeMap<String, (usize, usize)>,
    pub passed: usize,
    pub total: usize,
}

impl Summary {
    pub fn of(outcomes: &[Outcome]) -> Summary {
        let mut files: BTreeMap<String, (usize, usize)> = BTreeMap::new();
        for o in outcomes {
            let e = files.entry(o.file.clone()).or_default();
            e.0 += usize::from(o.passed);
            e.1 += 1;
        }
        Summary {
            files,
            passed: outcomes.iter().filter(|o| o.passed).count(),
            total: outcomes.len(),
        }
    }

    pub fn accuracy(&self) -> f64 {
        if self.total == 0 {
            0.0
        } else {
            self.passed as f64 / self.total as f64
        }
    }
}

pub fn write(dir: &Path, outcomes: &[Outcome], threshold: f64) -> anyhow::Result<()> {
    std::fs::create_dir_all(dir)?;
    let s = Summary::of(outcomes);
    let files: serde_json::Map<String, serde_json::Value> = s
        .files
        .iter()
        .map(|(f, (p, t))| {
            (
                f.clone(),
                json!({"passed": p, "total": t, "accuracy": *p as f64 / *t as f64}),
            )
        })
        .collect();
    let json = json!({
        "accuracy": s.accuracy(),
        "passed": s.passed,
        "total": s.total,
        "threshold": threshold,
        "files": files,
        "cases": outcomes,
    });
    std::fs::write(
        dir.join("evals_report.json"),
        serde_json::to_string_pretty(&json)? + "\n",
    )?;
    std::fs::write(
        dir.join("evals_report.md"),
        markdown(&s, outcomes, threshold),
    )?;
    std::fs::write(dir.join("evals_report.xml"), junit(&s, outcomes)?)?;
    Ok(())
}

fn markdown(s: &Summary, outcomes: &[Outcome], threshold: f64) -> String {
    let mut m = String::from("# Evals report\n\nWritten by `lukhas-evals run` (`make evals`).\n\n");
    m.push_str("| Cases | Passed | Accuracy |\n|---|---|---|\n");
    for (f, (p, t)) in &s.files {
        let _ = writeln!(
            m,
            "| {f} | {p}/{t} | {:.0}% |",
            100.0 * *p as f64 / *t as f64
        );
    }
    let _ = writeln!(
        m,
        "| **overall** | **{}/{}** | **{:.0}%** (threshold {:.0}%) |",
        s.passed,
        s.total,
        100.0 * s.accuracy(),
        100.0 * threshold
    );
    let failed: Vec<&Outcome> = outcomes.iter().filter(|o| !o.passed).collect();
    if !failed.is_empty() {
        m.push_str("\n## Failed cases\n\n");
        for o in failed {
            let _ = writeln!(m, "- `{}` `{}`: {}", o.file, o.id, o.failures.join("; "));
        }
    }
    m
}

fn junit(s: &Summary, outcomes: &[Outcome]) -> anyhow::Result<String> {
    let mut report = Report::new("lukhas-evals");
    for file in s.files.keys() {
        let mut suite = TestSuite::new(file.as_str());
        for o in outcomes.iter().filter(|o| &o.file == file) {
            let status = if o.passed {
                TestCaseStatus::success()
            } else {
                let mut failed = TestCaseStatus::non_success(NonSuccessKind::Failure);
                failed.set_message(o.failures.join("; "));
                failed
            };
            let mut case = TestCase::new(o.id.as_str(), status);
            case.set_classname(file.as_str());
            case.set_time(std::time::Duration::from_millis(o.millis as u64));
            suite.add_test_case(case);
        }
        report.add_test_suite(suite);
    }
    Ok(report.to_string()?)
}
