//! Names derived from the spec, shared by every emitter so they agree (case conversion by
//! `heck`, the crate typify and progenitor use, so our names match theirs).

use heck::{ToSnakeCase, ToUpperCamelCase};

/// `createResponse` -> `create_response`.
pub fn snake(name: &str) -> String {
    name.to_snake_case()
}

/// `createResponse` -> `CreateResponse`.
pub fn pascal(name: &str) -> String {
    name.to_upper_camel_case()
}

/// The response-enum variant for a status: its HTTP reason phrase in PascalCase.
pub fn status_variant(status: u16) -> String {
    let name = match status {
        200 => "Ok",
        201 => "Created",
        202 => "Accepted",
        204 => "NoContent",
        400 => "BadRequest",
        401 => "Unauthorized",
        403 => "Forbidden",
        404 => "NotFound",
        405 => "MethodNotAllowed",
        408 => "RequestTimeout",
        409 => "Conflict",
        413 => "PayloadTooLarge",
        415 => "UnsupportedMediaType",
        422 => "UnprocessableEntity",
        429 => "TooManyRequests",
        500 => "InternalServerError",
        502 => "BadGateway",
        503 => "ServiceUnavailable",
        504 => "GatewayTimeout",
        other => return format!("Status{other}"),
    };
    name.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cases() {
        assert_eq!(snake("createChatCompletion"), "create_chat_completion");
        assert_eq!(snake("getHealth"), "get_health");
        assert_eq!(snake("index_id"), "index_id");
        assert_eq!(pascal("listIndexes"), "ListIndexes");
        assert_eq!(status_variant(503), "ServiceUnavailable");
        assert_eq!(status_variant(418), "Status418");
    }
}
