//! Checks the spec before any emitter runs, so that a bad spec gives located messages instead of a
//! generator panic (progenitor asserts on several valid-but-unsupported constructs).

use lukhas_spec::document::{escape, ref_name, Spec, ERROR_SCHEMA, FORM};
use lukhas_spec::openai;
use lukhas_spec::schema;
use serde_json::Value;
use std::collections::BTreeMap;
use std::fmt;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    /// JSON pointer into the spec.
    pub pointer: String,
    pub message: String,
}

impl fmt::Display for Finding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.pointer, self.message)
    }
}

struct Lint {
    findings: Vec<Finding>,
}

impl Lint {
    fn report(&mut self, pointer: impl Into<String>, message: impl Into<String>) {
        self.findings.push(Finding {
            pointer: pointer.into(),
            message: message.into(),
        });
    }
}

/// Every problem found, in document order. Empty means the emitters can run.
pub fn lint(spec: &Spec) -> Vec<Finding> {
    let mut l = Lint {
        findings: Vec::new(),
    };
    if spec
        .doc
        .get("openapi")
        .and_then(Value::as_str)
        .map(|v| v.starts_with("3.0."))
        != Some(true)
    {
        l.report(
            "/openapi",
            "must be an OpenAPI 3.0.x document (progenitor and openapiv3 read 3.0 only)",
        );
    }
    check_refs(&spec.doc, &spec.doc, "", &mut l);
    check_component_names(spec, &mut l);
    check_openai_mirrors(spec, &mut l);
    check_integer_ranges(spec, &mut l);
    check_error_catalogue(spec, &mut l);
    let mut ids: BTreeMap<&str, &str> = BTreeMap::new();
    for op in &spec.operations {
        let at = op.pointer.as_str();
        if op.id.is_empty() {
            l.report(format!("{at}/operationId"), "missing operationId");
        } else if !op
            .id
            .chars()
            .next()
            .is_some_and(|c| c.is_ascii_alphabetic())
            || !op.id.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
            || op.id.len() > 64
        {
            l.report(
                format!("{at}/operationId"),
                format!(
                    "`{}` must match ^[a-zA-Z][a-zA-Z0-9_]{{0,63}}$ (it names Rust items and tools)",
                    op.id
                ),
            );
        } else if let Some(first) = ids.insert(&op.id, at) {
            l.report(
                format!("{at}/operationId"),
                format!("duplicate operationId `{}` (first at {first})", op.id),
            );
        }
        if op.summary.is_empty() {
            l.report(at, "missing summary");
        }
        if op.tag == "default" {
            l.report(at, "missing tags");
        }
        check_params(spec, op, &mut l);
        check_body(spec, op, &mut l);
        check_responses(spec, op, &mut l);
    }
    l.findings
}

fn check_refs(doc: &Value, v: &Value, at: &str, l: &mut Lint) {
    match v {
        Value::Object(m) => {
            if let Some(r) = m.get("$ref") {
                let ok = r
                    .as_str()
                    .and_then(|r| r.strip_prefix('#'))
                    .is_some_and(|p| doc.pointer(p).is_some());
                if !ok {
                    l.report(format!("{at}/$ref"), format!("unresolved $ref {r}"));
                }
            }
            for (k, x) in m {
                check_refs(doc, x, &format!("{at}/{}", escape(k)), l);
            }
        }
        Value::Array(a) => {
            for (i, x) in a.iter().enumerate() {
                check_refs(doc, x, &format!("{at}/{i}"), l);
            }
        }
        _ => {}
    }
}

/// Schemas that mirror one of OpenAI's (`x-openai-schema`) hold every property it requires,
/// required, with types and enum values it admits.
fn check_openai_mirrors(spec: &Spec, l: &mut Lint) {
    let mirrors = openai::mirrors(&spec.doc);
    if mirrors.is_empty() {
        return;
    }
    let Some(path) = spec.openai_document() else {
        l.report(
            "/info/x-openai-document",
            "schemas say `x-openai-schema` but the spec names no OpenAI document to hold them to",
        );
        return;
    };
    let official = match openai::Official::load(&path) {
        Ok(o) => o,
        Err(e) => {
            l.report("/info/x-openai-document", format!("{e:#}"));
            return;
        }
    };
    for (at, schema, name) in mirrors {
        for finding in openai::compare(&spec.doc, &schema, &official, &name) {
            l.report(
                at.clone(),
                format!("not OpenAI's `{name}` (v{}): {finding}", official.version()),
            );
        }
    }
}

/// Every integer a request can carry declares its real range, so that what the spec accepts the
/// server can hold (a token id past 64 bits is refused by the schema, with the range, instead of
/// failing later in our words or serde's).
fn check_integer_ranges(spec: &Spec, l: &mut Lint) {
    fn walk(v: &Value, at: &str, l: &mut Lint) {
        match v {
            Value::Object(m) => {
                let integer = match m.get("type") {
                    Some(Value::String(t)) => t == "integer",
                    Some(Value::Array(ts)) => ts.iter().any(|t| t == "integer"),
                    _ => false,
                };
                if integer && !(m.contains_key("minimum") && m.contains_key("maximum")) {
                    l.report(
                        at,
                        "an integer of a request needs `minimum` and `maximum` (its real range)",
                    );
                }
                for (k, x) in m {
                    if k != "example" && k != "default" && k != "enum" {
                        walk(x, &format!("{at}/{}", escape(k)), l);
                    }
                }
            }
            Value::Array(a) => {
                for (i, x) in a.iter().enumerate() {
                    walk(x, &format!("{at}/{i}"), l);
                }
            }
            _ => {}
        }
    }
    let mut components = std::collections::BTreeSet::new();
    for op in &spec.operations {
        for p in &op.params {
            walk(&p.schema, &format!("{}/schema", p.pointer), l);
            components.extend(schema::closure(spec, &p.schema));
        }
        if let Some(b) = &op.body {
            components.extend(schema::closure(spec, &b.schema));
        }
    }
    for name in components {
        if let Some(s) = spec.schemas().and_then(|m| m.get(&name)) {
            walk(s, &format!("/components/schemas/{}", escape(&name)), l);
        }
    }
}

fn check_component_names(spec: &Spec, l: &mut Lint) {
    for (name, schema) in spec.schemas().into_iter().flatten() {
        let composite = ["oneOf", "anyOf"].iter().any(|k| schema.get(*k).is_some());
        if composite && schema.get("nullable") == Some(&Value::Bool(true)) {
            l.report(
                format!("/components/schemas/{}/nullable", escape(name)),
                "a nullable oneOf/anyOf component makes typify emit a self-referential type; \
                 make the use site nullable instead (allOf: [$ref], nullable: true)",
            );
        }
        let pascal = name.chars().next().is_some_and(|c| c.is_ascii_uppercase())
            && name.chars().all(|c| c.is_ascii_alphanumeric());
        if !pascal {
            l.report(
                format!("/components/schemas/{}", escape(name)),
                "schema names must be PascalCase ASCII (they name Rust types)",
            );
        } else if crate::naming::pascal(name) != *name {
            l.report(
                format!("/components/schemas/{}", escape(name)),
                format!(
                    "typify names this type `{}`: use that spelling",
                    crate::naming::pascal(name)
                ),
            );
        }
    }
}

fn check_params(spec: &Spec, op: &lukhas_spec::document::Operation, l: &mut Lint) {
    let template: Vec<&str> = op
        .path
        .split('/')
        .filter_map(|s| s.strip_prefix('{')?.strip_suffix('}'))
        .collect();
    for p in &op.params {
        if p.name == "body" || p.name == "headers" {
            l.report(
                &p.pointer,
                format!(
                    "`{}` names a field of the generated request; rename the parameter",
                    p.name
                ),
            );
        }
        match p.location.as_str() {
            "cookie" => l.report(
                &p.pointer,
                "cookie parameters are not supported (progenitor panics on them)",
            ),
            "path" | "query" | "header" => {}
            other => l.report(&p.pointer, format!("unknown parameter location `{other}`")),
        }
        if p.location == "path" && !template.contains(&p.name.as_str()) {
            l.report(
                &p.pointer,
                format!("path parameter `{}` is not in the path template", p.name),
            );
        }
        if p.location == "path" && !p.required {
            l.report(&p.pointer, "path parameters must be required");
        }
        let schema = spec.deref(&p.schema);
        match schema.get("type").and_then(Value::as_str) {
            Some("string" | "integer" | "number" | "boolean") => {}
            _ => l.report(
                format!("{}/schema", p.pointer),
                "parameters must have a scalar `type` (string, integer, number or boolean)",
            ),
        }
        if let Some(example) = &p.example {
            check_example(
                spec,
                &p.schema,
                example,
                &format!("{}/example", p.pointer),
                l,
            );
        }
    }
    for name in template {
        if !op.path_params().any(|p| p.name == name) {
            l.report(
                &op.pointer,
                format!("path template variable `{name}` has no parameter"),
            );
        }
    }
}

fn check_body(spec: &Spec, op: &lukhas_spec::document::Operation, l: &mut Lint) {
    let Some(body) = &op.body else { return };
    if body.media_types.len() != 1
        || !["application/json", FORM].contains(&body.media_types[0].as_str())
    {
        l.report(
            format!("{}/content", body.pointer),
            format!(
                "request bodies must have exactly one media type, application/json or {FORM} \
                 (found {:?}; progenitor panics on several)",
                body.media_types
            ),
        );
        return;
    }
    let media = escape(&body.media_types[0]);
    if ref_name(&body.schema).is_none() {
        l.report(
            format!("{}/content/{media}/schema", body.pointer),
            "request body schemas must be a $ref to a component schema (it names the Rust type)",
        );
    }
    if body.form {
        check_form(spec, body, &media, l);
    }
    match &body.example {
        Some(example) => check_example(
            spec,
            &body.schema,
            example,
            &format!("{}/content/{media}/example", body.pointer),
            l,
        ),
        None => l.report(
            format!("{}/content/{media}", body.pointer),
            "request body has no example",
        ),
    }
}

/// A form's fields travel as text parts (objects one level deep, as `name[key]`) or file parts
/// (`format: binary`): nothing the form reader cannot turn back into the schema's JSON.
fn check_form(spec: &Spec, body: &lukhas_spec::document::Body, media: &str, l: &mut Lint) {
    let at = format!("{}/content/{media}/schema", body.pointer);
    let schema = spec.deref(&body.schema);
    let props = schema.get("properties").and_then(Value::as_object);
    for (name, prop) in props.into_iter().flatten() {
        let prop = spec.deref(prop);
        let scalar = |v: &Value| {
            matches!(
                v.get("type").and_then(Value::as_str),
                Some("string" | "integer" | "number" | "boolean")
            )
        };
        let ok = match prop.get("type").and_then(Value::as_str) {
            Some("object") => prop
                .get("properties")
                .and_then(Value::as_object)
                .is_some_and(|p| p.values().all(|v| scalar(spec.deref(v)))),
            _ => scalar(prop),
        };
        if !ok {
            l.report(
                format!("{at}/properties/{}", escape(name)),
                "a form field must be a string, number, boolean or binary file, or an object of those",
            );
        }
    }
}

fn check_responses(spec: &Spec, op: &lukhas_spec::document::Operation, l: &mut Lint) {
    let mut success_types = BTreeMap::new();
    let mut error_types = BTreeMap::new();
    let mut has_success_schema = false;
    let mut has_error_schema = false;
    for r in &op.responses {
        if !(100..600).contains(&r.status) {
            l.report(&r.pointer, "status codes must be between 100 and 599");
        }
        for m in &r.media {
            let mp = format!("{}/content/{}", r.pointer, escape(&m.content_type));
            if m.schema.is_null() {
                l.report(&mp, "media type without a schema");
                continue;
            }
            match m.content_type.as_str() {
                "application/json" | "text/event-stream" => {
                    if ref_name(&m.schema).is_none() {
                        l.report(
                            format!("{mp}/schema"),
                            "JSON and event-stream schemas must be a $ref to a component schema",
                        );
                    }
                }
                "text/plain" | "application/octet-stream" => {
                    if spec.deref(&m.schema).get("type").and_then(Value::as_str) != Some("string") {
                        l.report(
                            format!("{mp}/schema"),
                            "text/plain and application/octet-stream schemas must be strings",
                        );
                    }
                }
                other => l.report(&mp, format!("unsupported response media type `{other}`")),
            }
            if r.is_success() {
                has_success_schema = true;
            }
            if m.is_json() {
                let name = ref_name(&m.schema).unwrap_or("inline").to_string();
                if r.is_success() {
                    success_types.entry(name).or_insert(r.status);
                } else if r.status >= 400 {
                    has_error_schema = true;
                    error_types.entry(name).or_insert(r.status);
                }
            }
            match &m.example {
                Some(example) => {
                    check_example(spec, &m.schema, example, &format!("{mp}/example"), l)
                }
                None if r.is_success() => l.report(&mp, "success response has no example"),
                None => {}
            }
        }
        if r.is_success() && r.media.is_empty() {
            has_success_schema = true;
        }
        if !r.headers.iter().any(|(n, _, _)| n == "x-request-id") {
            l.report(
                format!("{}/headers", r.pointer),
                "every response must document the x-request-id header",
            );
        }
    }
    // What the router itself answers before a handler runs must be documented too.
    let mut produced: Vec<(u16, &str)> = Vec::new();
    if op.secured || !op.params.is_empty() || op.body.is_some() {
        produced.push((500, "an operation that reads input can fail"));
    }
    if op.secured {
        produced.push((401, "the key is checked"));
        produced.push((403, "scopes are checked"));
    }
    if !op.params.is_empty() || op.body.is_some() {
        produced.push((400, "parameters and bodies are validated"));
    }
    if op.body.is_some() {
        produced.push((413, "bodies are size-limited"));
        produced.push((415, "bodies must be of the declared media type"));
    }
    for (status, why) in produced {
        if !op.responses.iter().any(|r| r.status == status) {
            l.report(
                format!("{}/responses", op.pointer),
                format!("{status} is not documented, but the router answers it ({why})"),
            );
        }
    }
    if !has_success_schema {
        l.report(
            format!("{}/responses", op.pointer),
            "no success (2xx) response with a schema",
        );
    }
    if !has_error_schema {
        l.report(
            format!("{}/responses", op.pointer),
            "no error (4xx/5xx) response with a schema",
        );
    }
    if success_types.len() > 1 {
        l.report(
            format!("{}/responses", op.pointer),
            format!(
                "several JSON success body types {:?} (progenitor panics; use one schema)",
                success_types.keys().collect::<Vec<_>>()
            ),
        );
    }
    if error_types.len() > 1 {
        l.report(
            format!("{}/responses", op.pointer),
            format!(
                "several JSON error body types {:?} (progenitor panics; use one schema)",
                error_types.keys().collect::<Vec<_>>()
            ),
        );
    }
    if op.secured
        && !op.responses.iter().any(|r| {
            r.status == 401
                && r.media
                    .iter()
                    .any(|m| ref_name(&m.schema) == Some(ERROR_SCHEMA))
        })
    {
        l.report(
            format!("{}/responses", op.pointer),
            format!("secured operations must document 401 with the {ERROR_SCHEMA} envelope"),
        );
    }
}

fn check_example(spec: &Spec, schema: &Value, example: &Value, at: &str, l: &mut Lint) {
    let bundled = schema::bundle(spec, schema);
    match jsonschema::validator_for(&bundled) {
        Ok(v) => {
            for e in v.iter_errors(example) {
                l.report(
                    at,
                    format!(
                        "example does not validate at `{}`: {e}",
                        e.instance_path().as_str()
                    ),
                );
            }
        }
        Err(e) => l.report(at, format!("its schema does not compile: {e}")),
    }
}

/// The error catalogue (`components.x-lukhas-errors`) is complete where the spec can tell: every
/// entry has an error status, a type, a `when` and a `fix`, and every rule error an operation
/// declares is in it as a 400.
fn check_error_catalogue(spec: &Spec, l: &mut Lint) {
    let codes = spec.error_codes();
    let at = "/components/x-lukhas-errors";
    for e in &codes {
        let here = format!("{at}/{}", e.code);
        if !(400..600).contains(&e.status) {
            l.report(&here, "needs `status`, an error status (400 to 599)");
        }
        for (field, value) in [("type", &e.error_type), ("when", &e.when), ("fix", &e.fix)] {
            if value.trim().is_empty() {
                l.report(&here, format!("needs `{field}`"));
            }
        }
    }
    if codes.is_empty() {
        return;
    }
    for op in &spec.operations {
        for code in &op.rule_errors {
            match codes.iter().find(|e| &e.code == code) {
                None => l.report(
                    format!("{}/x-lukhas-rule-errors", op.pointer),
                    format!("`{code}` is not in the error catalogue ({at})"),
                ),
                Some(e) if e.status != 400 => l.report(
                    format!("{}/x-lukhas-rule-errors", op.pointer),
                    format!(
                        "`{code}` is a rule error, a 400; the catalogue says {}",
                        e.status
                    ),
                ),
                Some(_) => {}
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn findings(yaml: &str) -> Vec<String> {
        lint(&Spec::parse(yaml).unwrap())
            .into_iter()
            .map(|f| f.to_string())
            .collect()
    }

    const HEAD: &str = r##"
openapi: 3.0.3
info: {title: t, version: "1"}
components:
  headers:
    Rid: {schema: {type: string}}
  schemas:
    ErrorResponse: {type: object, required: [error], properties: {error: {type: object}}}
    Thing: {type: object, required: [n], properties: {n: {type: integer, maximum: 3}}}
    Other: {type: string}
"##;

    #[test]
    fn the_error_catalogue_is_checked() {
        let f = findings(&format!(
            r##"{HEAD}
  x-lukhas-errors:
    gone: {{status: 404, type: invalid_request_error, when: w, fix: f}}
    vague: {{status: 400, type: invalid_request_error, when: w}}
    odd: {{status: 200, type: t, when: w, fix: f}}
paths:
  /a:
    post:
      operationId: postA
      tags: [x]
      summary: s
      x-lukhas-rule-errors: [gone, missing]
      responses:
        "200": {{description: ok}}
"##
        ))
        .join("\n");
        assert!(
            f.contains("/components/x-lukhas-errors/vague: needs `fix`"),
            "{f}"
        );
        assert!(
            f.contains("/components/x-lukhas-errors/odd: needs `status`"),
            "{f}"
        );
        assert!(
            f.contains("`gone` is a rule error, a 400; the catalogue says 404"),
            "{f}"
        );
        assert!(f.contains("`missing` is not in the error catalogue"), "{f}");
    }

    #[test]
    fn the_project_spec_is_clean() {
        let path = crate::workspace_root().join("spec/lukhas-openai.yaml");
        let spec = Spec::load(&path).unwrap();
        let f = lint(&spec);
        assert!(f.is_empty(), "{f:#?}");
    }

    #[test]
    fn reports_located_problems_instead_of_panicking() {
        let f = findings(&format!(
            r##"{HEAD}
paths:
  /a/{{id}}:
    get:
      operationId: getA
      tags: [x]
      summary: s
      parameters:
        - {{name: c, in: cookie, schema: {{type: string}}}}
      responses:
        "200":
          description: ok
          headers: {{x-request-id: {{$ref: "#/components/headers/Rid"}}}}
          content:
            application/json:
              schema: {{$ref: "#/components/schemas/Thing"}}
              example: {{n: 9}}
        "201":
          description: ok
          headers: {{x-request-id: {{$ref: "#/components/headers/Rid"}}}}
          content:
            application/json:
              schema: {{$ref: "#/components/schemas/Other"}}
              example: x
  /b:
    post:
      operationId: getA
      summary: s
      requestBody:
        content:
          application/json: {{schema: {{$ref: "#/components/schemas/Missing"}}}}
          text/plain: {{schema: {{type: string}}}}
      responses:
        "200":
          description: ok
"##
        ));
        let has = |p: &str, m: &str| f.iter().any(|x| x.starts_with(p) && x.contains(m));
        assert!(has("/paths/~1a~1{id}/get/parameters/0", "cookie"), "{f:#?}");
        assert!(
            has("/paths/~1a~1{id}/get", "`id` has no parameter"),
            "{f:#?}"
        );
        assert!(
            has(
                "/paths/~1a~1{id}/get/responses/200/content/application~1json/example",
                "example does not validate at `/n`"
            ),
            "{f:#?}"
        );
        assert!(
            has(
                "/paths/~1a~1{id}/get/responses",
                "several JSON success body types"
            ),
            "{f:#?}"
        );
        assert!(has("/paths/~1a~1{id}/get/responses", "no error"), "{f:#?}");
        assert!(
            has(
                "/paths/~1b/post/operationId",
                "duplicate operationId `getA`"
            ),
            "{f:#?}"
        );
        assert!(has("/paths/~1b/post", "missing tags"), "{f:#?}");
        assert!(
            has(
                "/paths/~1b/post/requestBody/content/application~1json/schema/$ref",
                "unresolved $ref"
            ),
            "{f:#?}"
        );
        assert!(
            has(
                "/paths/~1b/post/requestBody/content",
                "exactly one media type"
            ),
            "{f:#?}"
        );
        assert!(
            has("/paths/~1b/post/responses/200/headers", "x-request-id"),
            "{f:#?}"
        );
    }

    #[test]
    fn request_integers_need_their_range() {
        let f = findings(&format!(
            r##"{HEAD}
paths:
  /c:
    post:
      operationId: createC
      tags: [x]
      summary: s
      security: []
      parameters:
        - {{name: page, in: query, schema: {{type: integer, minimum: 1}}}}
      requestBody:
        required: true
        content:
          application/json:
            schema: {{$ref: "#/components/schemas/Thing"}}
            example: {{n: 1}}
      responses:
        "200":
          description: ok
          headers: {{x-request-id: {{$ref: "#/components/headers/Rid"}}}}
          content:
            application/json:
              schema: {{$ref: "#/components/schemas/Thing"}}
              example: {{n: 1}}
        "400": {{description: bad, headers: {{x-request-id: {{$ref: "#/components/headers/Rid"}}}},
                content: {{application/json: {{schema: {{$ref: "#/components/schemas/ErrorResponse"}}}}}}}}
"##
        ));
        let has = |p: &str| {
            f.iter()
                .any(|x| x.starts_with(p) && x.contains("real range"))
        };
        assert!(has("/paths/~1c/post/parameters/0/schema"), "{f:#?}");
        assert!(has("/components/schemas/Thing/properties/n"), "{f:#?}");
        assert!(
            f.iter().any(|x| x.contains("413 is not documented")),
            "{f:#?}"
        );
    }
}
