//! Collected results: failures de-duplicated by operation and check (the first, shrunk, is kept
//! with a count of the others), how often every check ran, and the JUnit XML rendering.

use quick_junit::{NonSuccessKind, Report as JUnit, TestCase, TestCaseStatus, TestSuite};
use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::time::Duration;

#[derive(Clone, Debug)]
pub struct Failure {
    pub operation: String,
    pub check: &'static str,
    pub message: String,
    /// `curl` commands for every step that led to the failure, in order.
    pub steps: Vec<String>,
    /// The phase that found it (and its seed for the random phase).
    pub origin: String,
}

#[derive(Default)]
pub struct Report {
    /// (operation, check) -> the first failure and how many more there were.
    pub failures: BTreeMap<(String, &'static str), (Failure, usize)>,
    /// (operation, check) -> how many responses the check judged.
    pub runs: BTreeMap<(String, &'static str), usize>,
    pub cases: usize,
    pub elapsed: Duration,
    pub seed: u64,
    pub warnings: Vec<String>,
    /// Objects and stream events judged by OpenAI's schemas, and that document's version.
    pub oracle_objects: usize,
    pub oracle_version: Option<String>,
}

impl Report {
    pub fn ran(&mut self, operation: &str, check: &'static str) {
        *self.runs.entry((operation.to_string(), check)).or_default() += 1;
    }

    /// Records a failure; true when it is the first of its operation and check.
    pub fn fail(&mut self, f: Failure) -> bool {
        self.ran(&f.operation, f.check);
        match self.failures.get_mut(&(f.operation.clone(), f.check)) {
            Some((_, more)) => {
                *more += 1;
                false
            }
            None => {
                self.failures.insert((f.operation.clone(), f.check), (f, 0));
                true
            }
        }
    }

    pub fn has_failed(&self, operation: &str, check: &'static str) -> bool {
        self.failures.contains_key(&(operation.to_string(), check))
    }

    pub fn ok(&self) -> bool {
        self.failures.is_empty()
    }

    pub fn cases_per_second(&self) -> f64 {
        self.cases as f64 / self.elapsed.as_secs_f64().max(1e-9)
    }

    /// The human summary: every unique failure with its reproduction, then the totals.
    pub fn render(&self) -> String {
        let mut s = String::new();
        for (i, (f, more)) in self.failures.values().enumerate() {
            let _ = writeln!(s, "\n{}. {} — {}", i + 1, f.operation, f.check);
            let _ = writeln!(s, "   {}", f.message);
            if *more > 0 {
                let _ = writeln!(
                    s,
                    "   ({more} more failures of this check on this operation)"
                );
            }
            let _ = writeln!(s, "   found by: {}", f.origin);
            let _ = writeln!(s, "   reproduce:");
            for step in &f.steps {
                let _ = writeln!(s, "     {step}");
            }
        }
        for w in &self.warnings {
            let _ = writeln!(s, "warning: {w}");
        }
        if let Some(v) = &self.oracle_version {
            let failed = self
                .failures
                .keys()
                .filter(|(_, c)| *c == lukhas_spec::check::OPENAI_ORACLE)
                .count();
            let _ = writeln!(
                s,
                "\nopenai-oracle: {} objects and events judged by OpenAI's document v{v}; {failed} operations failed it",
                self.oracle_objects
            );
        }
        let checks: usize = self.runs.values().sum();
        let _ = writeln!(
            s,
            "\n{} cases, {checks} checks in {:.1} s ({:.0} cases/s); {} unique failures; seed {}",
            self.cases,
            self.elapsed.as_secs_f64(),
            self.cases_per_second(),
            self.failures.len(),
            self.seed
        );
        s
    }

    /// JUnit XML: one suite per operation, one test case per check that ran on it.
    pub fn junit(&self) -> anyhow::Result<String> {
        let mut by_op: BTreeMap<&str, Vec<(&'static str, usize)>> = BTreeMap::new();
        for ((op, check), n) in &self.runs {
            by_op.entry(op).or_default().push((check, *n));
        }
        let mut report = JUnit::new("lukhas-conformance");
        report.set_time(self.elapsed);
        for (op, checks) in by_op {
            let mut suite = TestSuite::new(op);
            for (check, n) in checks {
                let status = match self.failures.get(&(op.to_string(), check)) {
                    None => TestCaseStatus::success(),
                    Some((f, more)) => {
                        let mut detail = format!("found by: {}\n", f.origin);
                        if *more > 0 {
                            let _ = writeln!(detail, "{more} more failures of this check");
                        }
                        detail.push_str(&f.steps.join("\n"));
                        let mut failed = TestCaseStatus::non_success(NonSuccessKind::Failure);
                        failed.set_message(f.message.as_str());
                        failed.set_description(detail);
                        failed
                    }
                };
                let mut case = TestCase::new(check, status);
                case.set_classname(op);
                case.set_assertions(n);
                suite.add_test_case(case);
            }
            report.add_test_suite(suite);
        }
        Ok(report.to_string()?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn failures_dedupe_and_junit_escapes() {
        let mut r = Report::default();
        let f = Failure {
            operation: "op<1>".into(),
            check: "not_a_server_error",
            message: "500 \"boom\" & \u{0}".into(),
            steps: vec!["curl 'x'".into()],
            origin: "coverage".into(),
        };
        assert!(r.fail(f.clone()));
        assert!(!r.fail(f));
        r.ran("op<1>", "status_code_conformance");
        let x = r.junit().unwrap();
        assert!(x.contains("tests=\"2\""), "{x}");
        assert!(x.contains("failures=\"1\""), "{x}");
        assert!(x.contains("500 &quot;boom&quot; &amp;"), "{x}");
        assert!(x.contains("1 more failures"));
        assert!(r.render().contains("1 more failures"));
    }
}
