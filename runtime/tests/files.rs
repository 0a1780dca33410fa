//! `/v1/files` over HTTP: an acknowledged upload survives `kill -9`, uploads have their own size
//! limit (JSON bodies keep theirs), and an upload with an `Idempotency-Key` is stored once.

mod common;

use common::{upload, upload_form as form, Options, Server, TOKEN};

async fn content(server: &Server, id: &str) -> (u16, Vec<u8>) {
    let r = server
        .client()
        .get(server.url(&format!("/v1/files/{id}/content")))
        .bearer_auth(TOKEN)
        .send()
        .await
        .unwrap();
    (r.status().as_u16(), r.bytes().await.unwrap().to_vec())
}

#[tokio::test]
async fn an_acknowledged_upload_survives_kill_9() {
    let server = Server::start(Options::default());
    let data: Vec<u8> = (0..200_000u32).map(|i| (i % 251) as u8).collect();
    let (s, file) = upload(&server, form("data.bin", data.clone())).await;
    assert_eq!(s, 200, "{file}");
    let id = file["id"].as_str().unwrap().to_string();
    let dir = server.kill9();

    let server = Server::start(Options {
        dir: Some(dir),
        ..Options::default()
    });
    assert_eq!(content(&server, &id).await, (200, data));
}

#[tokio::test]
async fn uploads_have_their_own_size_limit() {
    let server = Server::start(Options {
        server: Some("{bind: '127.0.0.1:0', max_body_bytes: 4096, max_upload_bytes: 65536}".into()),
        ..Options::default()
    });
    // Larger than a JSON body may be, within the upload limit.
    let (s, file) = upload(&server, form("ok.bin", vec![7; 20_000])).await;
    assert_eq!(s, 200, "{file}");
    let (s, err) = upload(&server, form("big.bin", vec![7; 100_000])).await;
    assert_eq!(
        (s, err["error"]["code"].as_str()),
        (413, Some("payload_too_large")),
        "{err}"
    );
    // JSON bodies keep the smaller limit.
    let r = server
        .client()
        .post(server.url("/v1/embeddings"))
        .bearer_auth(TOKEN)
        .json(&serde_json::json!({"model": "text-embedding-minilm", "input": "x".repeat(8000)}))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status().as_u16(), 413);
    // An upload sent to a JSON operation is refused before its body is read.
    let r = server
        .client()
        .post(server.url("/v1/embeddings"))
        .bearer_auth(TOKEN)
        .multipart(form("x.txt", b"x".to_vec()))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status().as_u16(), 415);
}

#[tokio::test]
async fn an_upload_repeated_with_its_idempotency_key_is_stored_once() {
    let server = Server::start(Options::default());
    // The same bytes twice: one boundary, as a client's retry sends them.
    let boundary = "lukhas-test-boundary";
    let body = format!(
        "--{boundary}\r\nContent-Disposition: form-data; name=\"purpose\"\r\n\r\nassistants\r\n\
         --{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"once.txt\"\r\n\
         Content-Type: text/plain\r\n\r\nonly once\r\n--{boundary}--\r\n"
    );
    let mut ids = Vec::new();
    for _ in 0..2 {
        let r = server
            .client()
            .post(server.url("/v1/files"))
            .bearer_auth(TOKEN)
            .header("idempotency-key", "upload-once")
            .header(
                "content-type",
                format!("multipart/form-data; boundary={boundary}"),
            )
            .body(body.clone())
            .send()
            .await
            .unwrap();
        assert_eq!(r.status().as_u16(), 200);
        let v: serde_json::Value = r.json().await.unwrap();
        ids.push(v["id"].as_str().unwrap().to_string());
    }
    assert_eq!(ids[0], ids[1]);
    let r = server
        .client()
        .get(server.url("/v1/files"))
        .bearer_auth(TOKEN)
        .send()
        .await
        .unwrap();
    let list: serde_json::Value = r.json().await.unwrap();
    assert_eq!(list["data"].as_array().unwrap().len(), 1, "{list}");
}
