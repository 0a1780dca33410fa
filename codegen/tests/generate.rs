//! The generator end to end: committed output is current, a spec change reaches every output,
//! tool schemas are valid JSON Schema, and bad specs are reported, not panicked on.

use lukhas_codegen::{generate, stale, workspace_root};
use lukhas_spec::Spec;
use serde_json::{json, Value};

fn project_spec() -> Spec {
    Spec::load(&workspace_root().join("spec/lukhas-openai.yaml")).unwrap()
}

#[test]
fn committed_generated_files_are_current() {
    let out = generate(&project_spec(), "spec/lukhas-openai.yaml").unwrap();
    let diffs = stale(&out, &workspace_root());
    assert!(
        diffs.is_empty(),
        "stale generated files; run `make generate`:\n{}",
        diffs.join("\n")
    );
}

#[test]
fn generation_is_deterministic() {
    let a = generate(&project_spec(), "spec/lukhas-openai.yaml").unwrap();
    let b = generate(&project_spec(), "spec/lukhas-openai.yaml").unwrap();
    assert_eq!(a, b);
    for (path, text) in &a {
        let p = path.display().to_string();
        if p.ends_with(".rs") || p.ends_with(".md") {
            assert!(
                text.lines()
                    .next()
                    .unwrap()
                    .contains("generated, do not edit"),
                "{p}"
            );
        }
    }
}

#[test]
fn a_spec_change_reaches_server_client_collection_and_tools() {
    let mut doc = project_spec().doc;
    // An optional field on an existing request...
    doc["components"]["schemas"]["CreateEmbeddingRequest"]["properties"]["priority_hint"] =
        json!({"type": "string", "maxLength": 16});
    // ...and a new operation.
    doc["paths"]["/v1/pings"] = json!({"get": {
        "operationId": "listPings",
        "tags": ["models"],
        "summary": "List pings",
        "x-lukhas-scopes": ["models:read"],
        "responses": {
            "200": {"description": "ok",
                    "headers": {"x-request-id": {"$ref": "#/components/headers/RequestId"}},
                    "content": {"application/json": {
                        "schema": {"$ref": "#/components/schemas/ListModelsResponse"},
                        "example": {"object": "list", "data": []}}}},
            "401": {"$ref": "#/components/responses/Unauthorized"},
            "403": {"$ref": "#/components/responses/Forbidden"},
            "500": {"$ref": "#/components/responses/InternalError"}
        }
    }});
    let mut spec = Spec::parse(&serde_yaml_ng::to_string(&doc).unwrap()).unwrap();
    spec.source = project_spec().source;
    let out = generate(&spec, "edited.yaml").unwrap();
    let dir = tempfile::tempdir().unwrap();
    lukhas_codegen::write(&out, dir.path()).unwrap();
    let read = |p: &str| std::fs::read_to_string(dir.path().join(p)).unwrap();

    let types = read("generated/api/src/types.rs");
    assert!(
        types.contains("pub priority_hint:"),
        "server model has the field"
    );
    let server = read("generated/api/src/lib.rs");
    assert!(
        server.contains("fn list_pings("),
        "the trait has the new method"
    );
    assert!(
        server.contains("pub mod list_pings"),
        "request/response types exist"
    );
    assert!(server.contains("\"/v1/pings\""), "the router serves it");
    let client = read("generated/client/src/lib.rs");
    assert!(client.contains("pub fn list_pings("));
    assert!(client.contains("pub priority_hint:"));
    let collection: Value =
        serde_json::from_str(&read("generated/postman/lukhas.postman_collection.json")).unwrap();
    let names: Vec<String> = collection["item"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|f| f["item"].as_array().unwrap().iter())
        .map(|i| i["name"].as_str().unwrap().to_string())
        .collect();
    assert!(names.contains(&"List pings".to_string()));
    let tools: Value = serde_json::from_str(&read("generated/tools/openai_tools.json")).unwrap();
    assert!(tools["responses"]
        .as_array()
        .unwrap()
        .iter()
        .any(|t| t["name"] == "listPings"));
    let embed = tools["chat_completions"]
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["function"]["name"] == "createEmbedding")
        .unwrap();
    assert!(embed["function"]["parameters"]["properties"]
        .get("priority_hint")
        .is_some());
}

fn walk_objects(v: &Value, f: &mut impl FnMut(&serde_json::Map<String, Value>)) {
    match v {
        Value::Object(m) => {
            f(m);
            m.values().for_each(|x| walk_objects(x, f));
        }
        Value::Array(a) => a.iter().for_each(|x| walk_objects(x, f)),
        _ => {}
    }
}

#[test]
fn tool_schemas_are_valid_and_strict_ones_follow_the_rules() {
    let text = std::fs::read_to_string(workspace_root().join("generated/tools/openai_tools.json"))
        .unwrap();
    let doc: Value = serde_json::from_str(&text).unwrap();
    let chat = doc["chat_completions"].as_array().unwrap();
    let responses = doc["responses"].as_array().unwrap();
    let v1_ops = project_spec()
        .operations
        .iter()
        .filter(|o| o.path.starts_with("/v1/"))
        // A file upload has no tool: JSON arguments cannot carry a file.
        .filter(|o| !o.body.as_ref().is_some_and(|b| b.form))
        .count();
    assert_eq!((chat.len(), responses.len()), (v1_ops, v1_ops));
    let name_ok = |n: &str| {
        !n.is_empty()
            && n.len() <= 64
            && n.chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
    };
    let mut strict_count = 0;
    for (c, r) in chat.iter().zip(responses) {
        let f = &c["function"];
        assert_eq!(f["name"], r["name"]);
        assert_eq!(f["parameters"], r["parameters"]);
        assert!(name_ok(f["name"].as_str().unwrap()));
        assert!(
            jsonschema::meta::is_valid(&f["parameters"]),
            "{} is not a valid JSON Schema",
            f["name"]
        );
        jsonschema::validator_for(&f["parameters"]).unwrap();
        if f["strict"] == json!(true) {
            strict_count += 1;
            walk_objects(&f["parameters"], &mut |o| {
                if o.get("type") == Some(&json!("object")) {
                    assert_eq!(
                        o.get("additionalProperties"),
                        Some(&json!(false)),
                        "{}",
                        f["name"]
                    );
                    let props: Vec<&String> = o["properties"].as_object().unwrap().keys().collect();
                    let required: Vec<&str> = o["required"]
                        .as_array()
                        .unwrap()
                        .iter()
                        .map(|x| x.as_str().unwrap())
                        .collect();
                    assert_eq!(
                        props.len(),
                        required.len(),
                        "{}: every property is required",
                        f["name"]
                    );
                }
                assert!(
                    !o.contains_key("oneOf") && !o.contains_key("maxProperties"),
                    "{}",
                    f["name"]
                );
            });
        }
    }
    assert!(strict_count >= 3, "several tools fit strict mode");
}

#[test]
fn broken_specs_are_reported_with_locations_not_panics() {
    assert!(Spec::parse("openapi: [unclosed").is_err());
    let dup = Spec::parse("openapi: 3.0.3\npaths:\n  /x: {}\n  /x: {}\n")
        .err()
        .unwrap();
    assert!(format!("{dup:#}").contains("duplicate entry"), "{dup:#}");
    let spec = Spec::parse("openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths:\n  /x:\n    get:\n      responses: {}\n").unwrap();
    let err = generate(&spec, "x.yaml").unwrap_err().to_string();
    assert!(err.contains("/openapi"), "{err}");
    assert!(
        err.contains("/paths/~1x/get/operationId: missing operationId"),
        "{err}"
    );
}
