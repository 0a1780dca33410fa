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
    /// The overall threshold, and the files' own (`thresholds.json` beside the cases).
    pub threshold: f64,
    pub file_thresholds: BTreeMap<String, f64>,
}

impl Summary {
    pub fn of(
        outcomes: &[Outcome],
        threshold: f64,
        file_thresholds: BTreeMap<String, f64>,
    ) -> Summary {
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
            threshold,
            file_thresholds,
        }
    }

    pub fn accuracy(&self) -> f64 {
        ratio(self.passed, self.total)
    }

    /// A file's accuracy, and the threshold it must reach (if it has its own).
    pub fn file(&self, name: &str) -> (f64, Option<f64>) {
        let (p, t) = self.files.get(name).copied().unwrap_or_default();
        (ratio(p, t), self.file_thresholds.get(name).copied())
    }

    /// The overall accuracy and every file with its own threshold reach theirs.
    pub fn passes(&self) -> bool {
        self.accuracy() >= self.threshold
            && self.files.keys().all(|f| match self.file(f) {
                (acc, Some(min)) => acc >= min,
                _ => true,
            })
    }
}

fn ratio(p: usize, t: usize) -> f64 {
    if t == 0 {
        0.0
    } else {
        p as f64 / t as f64
    }
}

pub fn write(dir: &Path, s: &Summary, outcomes: &[Outcome]) -> anyhow::Result<()> {
    std::fs::create_dir_all(dir)?;
    let files: serde_json::Map<String, serde_json::Value> = s
        .files
        .iter()
        .map(|(f, (p, t))| {
            let (accuracy, threshold) = s.file(f);
            (
                f.clone(),
                json!({"passed": p, "total": t, "accuracy": accuracy, "threshold": threshold}),
            )
        })
        .collect();
    let json = json!({
        "accuracy": s.accuracy(),
        "passed": s.passed,
        "total": s.total,
        "threshold": s.threshold,
        "passes": s.passes(),
        "files": files,
        "cases": outcomes,
    });
    std::fs::write(
        dir.join("evals_report.json"),
        serde_json::to_string_pretty(&json)? + "\n",
    )?;
    std::fs::write(dir.join("evals_report.md"), markdown(s, outcomes))?;
    std::fs::write(dir.join("evals_report.xml"), junit(s, outcomes)?)?;
    Ok(())
}

fn markdown(s: &Summary, outcomes: &[Outcome]) -> String {
    let mut m = String::from("# Evals report\n\nWritten by `lukhas-evals run` (`make evals`).\n\n");
    m.push_str("| Cases | Passed | Accuracy | Threshold |\n|---|---|---|---|\n");
    for (f, (p, t)) in &s.files {
        let (acc, min) = s.file(f);
        let min = min.map_or("-".to_string(), |m| {
            let verdict = if acc >= m { "met" } else { "**missed**" };
            format!("{:.0}% ({verdict})", 100.0 * m)
        });
        let _ = writeln!(m, "| {f} | {p}/{t} | {:.0}% | {min} |", 100.0 * acc);
    }
    let _ = writeln!(
        m,
        "| **overall** | **{}/{}** | **{:.0}%** | {:.0}% |",
        s.passed,
        s.total,
        100.0 * s.accuracy(),
        100.0 * s.threshold
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
        let (accuracy, threshold) = s.file(file);
        suite.add_property(("accuracy", format!("{accuracy:.3}").as_str()));
        if let Some(t) = threshold {
            suite.add_property(("threshold", format!("{t:.3}").as_str()));
        }
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
