//! The access phases: authentication and scopes on every secured operation, and undeclared
//! methods on every path.

use crate::cases::example;
use crate::http::{Auth, Body};
use crate::runner::Runner;
use lukhas_spec::check::{self as checks, Expect};
use lukhas_spec::model::Op;
use std::collections::BTreeSet;

impl Runner<'_> {
    pub(crate) async fn auth(&mut self, op: &Op) -> usize {
        if !op.secured {
            return 0;
        }
        let (params, body) = example(op);
        let mut sent = 0;
        let mut variants = vec![(Auth::None, None), (Auth::Bogus, None)];
        for (i, (_, scopes)) in self.cfg.scoped_tokens.iter().enumerate() {
            let allowed = op.scopes.iter().all(|s| scopes.contains(s));
            variants.push((Auth::Scoped(i), Some(allowed)));
        }
        for (auth, allowed) in variants {
            let case = self.case(op, &params, body.clone().map(Body::Json), auth.clone());
            let got = self.send(op, &case).await;
            sent += 1;
            let status = got.resp.as_ref().map_or(0, |r| r.status);
            let (check, verdict) = match (&auth, allowed) {
                (Auth::None, _) => (
                    checks::MISSING_AUTH,
                    (status == 401).then_some(()).ok_or(format!(
                        "no Authorization header answered {status}, not 401"
                    )),
                ),
                (Auth::Bogus, _) => (
                    checks::IGNORED_AUTH,
                    matches!(status, 401 | 403)
                        .then_some(())
                        .ok_or(format!("an unknown API key answered {status}, not 401/403")),
                ),
                (_, Some(false)) => (
                    checks::SCOPES,
                    (status == 403).then_some(()).ok_or(format!(
                        "a key without the scopes {:?} answered {status}, not 403",
                        op.scopes
                    )),
                ),
                _ => (
                    checks::SCOPES,
                    (!matches!(status, 401 | 403)).then_some(()).ok_or(format!(
                        "a key with the scopes {:?} answered {status}",
                        op.scopes
                    )),
                ),
            };
            self.record(&op.id, Expect::Any, got, &[&case.req], "auth");
            self.judge(&op.id, check, verdict, &[&case.req], "auth");
        }
        sent
    }

    pub(crate) async fn methods(&mut self, ops: &[&Op]) -> usize {
        let mut sent = 0;
        let mut paths = BTreeSet::new();
        for op in ops {
            if !paths.insert(op.path.clone()) {
                continue;
            }
            let declared = &self.api.paths[&op.path];
            let (params, _) = example(op);
            for method in ["GET", "POST", "PUT", "PATCH", "DELETE"] {
                if declared.iter().any(|m| m == method) {
                    continue;
                }
                let mut req = self.case(op, &params, None, Auth::Primary).req;
                req.method = method.to_string();
                req.query.clear();
                sent += 1;
                self.report.cases += 1;
                let resp = self.client.send(&req).await;
                let label = format!("{method} {}", op.path);
                let (status, allow) = match &resp {
                    Ok(r) => (r.status, r.header("allow").map(str::to_string)),
                    Err(_) => (0, None),
                };
                let verdict = (status == 405)
                    .then_some(())
                    .ok_or(format!("{label} answered {status}, not 405"));
                self.judge(
                    &op.id,
                    checks::UNSUPPORTED_METHOD,
                    verdict,
                    &[&req],
                    "methods",
                );
                if status == 405 {
                    let verdict = allow_matches(allow.as_deref(), declared)
                        .map_err(|e| format!("{label}: {e}"));
                    self.judge(&op.id, checks::ALLOW_HEADER, verdict, &[&req], "methods");
                }
            }
        }
        sent
    }
}

/// `Allow` lists every declared method (HEAD and OPTIONS may come on top) and nothing else.
fn allow_matches(allow: Option<&str>, declared: &[String]) -> Result<(), String> {
    let Some(allow) = allow else {
        return Err("405 without an Allow header".into());
    };
    let listed: BTreeSet<String> = allow
        .split(',')
        .map(|m| m.trim().to_ascii_uppercase())
        .filter(|m| !m.is_empty())
        .collect();
    let want: BTreeSet<String> = declared.iter().cloned().collect();
    let extra: Vec<&String> = listed
        .difference(&want)
        .filter(|m| *m != "HEAD" && *m != "OPTIONS")
        .collect();
    let missing: Vec<&String> = want.difference(&listed).collect();
    if extra.is_empty() && missing.is_empty() {
        Ok(())
    } else {
        Err(format!(
            "Allow: {allow} (missing {missing:?}, not declared {extra:?})"
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn allow_header_must_list_exactly_the_declared_methods() {
        let declared = vec!["GET".to_string(), "POST".to_string()];
        assert!(allow_matches(Some("GET, POST, HEAD"), &declared).is_ok());
        assert!(allow_matches(Some("GET"), &declared).is_err());
        assert!(allow_matches(Some("GET,POST,PUT"), &declared).is_err());
        assert!(allow_matches(None, &declared).is_err());
    }
}
