// generated, do not edit: run `make generate (cargo run -p lukhas-codegen -- generate)` after editing spec/lukhas-openai.yaml

//! Rust client for the LUKHAS façade API. See the crate README for use.
#![allow(
    clippy::all,
    clippy::pedantic,
    unused_imports,
    dead_code,
    mismatched_lifetime_syntaxes
)]
#[allow(unused_imports)]
use progenitor_client::{encode_path, ClientHooks, OperationInfo, RequestBuilderExt};
#[allow(unused_imports)]
pub use progenitor_client::{ByteStream, ClientInfo, Error, ResponseValue};
/// Types used as operation parameters and responses.
#[allow(clippy::all)]
pub mod types {
    ///`ChatChoice`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct ChatChoice {
        pub finish_reason: FinishReason,
        pub index: u64,
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub logprobs:
            ::std::option::Option<::serde_json::Map<::std::string::String, ::serde_json::Value>>,
        pub message: ChatCompletionResponseMessage,
    }
    ///`ChatChunkChoice`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct ChatChunkChoice {
        pub delta: ChatChunkDelta,
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub finish_reason: ::std::option::Option<FinishReason>,
        pub index: u64,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub logprobs:
            ::std::option::Option<::serde_json::Map<::std::string::String, ::serde_json::Value>>,
    }
    ///`ChatChunkDelta`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    pub struct ChatChunkDelta {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub content: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub refusal: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub role: ::std::option::Option<ChatChunkDeltaRole>,
    }
    ///`ChatChunkDeltaRole`
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd,
    )]
    pub enum ChatChunkDeltaRole {
        #[serde(rename = "assistant")]
        Assistant,
    }
    impl ::std::fmt::Display for ChatChunkDeltaRole {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Assistant => f.write_str("assistant"),
            }
        }
    }
    impl ::std::str::FromStr for ChatChunkDeltaRole {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "assistant" => Ok(Self::Assistant),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for ChatChunkDeltaRole {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ChatChunkDeltaRole {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///`ChatCompletionResponseMessage`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct ChatCompletionResponseMessage {
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub content: ::std::option::Option<::std::string::String>,
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub refusal: ::std::option::Option<::std::string::String>,
        pub role: ChatCompletionResponseMessageRole,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub tool_calls: ::std::vec::Vec<ChatToolCall>,
    }
    ///`ChatCompletionResponseMessageRole`
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd,
    )]
    pub enum ChatCompletionResponseMessageRole {
        #[serde(rename = "assistant")]
        Assistant,
    }
    impl ::std::fmt::Display for ChatCompletionResponseMessageRole {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Assistant => f.write_str("assistant"),
            }
        }
    }
    impl ::std::str::FromStr for ChatCompletionResponseMessageRole {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "assistant" => Ok(Self::Assistant),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for ChatCompletionResponseMessageRole {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ChatCompletionResponseMessageRole {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///`ChatCompletionTool`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct ChatCompletionTool {
        pub function: FunctionObject,
        #[serde(rename = "type")]
        pub type_: ChatCompletionToolType,
    }
    ///`ChatCompletionToolType`
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd,
    )]
    pub enum ChatCompletionToolType {
        #[serde(rename = "function")]
        Function,
    }
    impl ::std::fmt::Display for ChatCompletionToolType {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Function => f.write_str("function"),
            }
        }
    }
    impl ::std::str::FromStr for ChatCompletionToolType {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "function" => Ok(Self::Function),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for ChatCompletionToolType {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ChatCompletionToolType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///`ChatContentPart`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct ChatContentPart {
        pub text: ::std::string::String,
        #[serde(rename = "type")]
        pub type_: ChatContentPartType,
    }
    ///`ChatContentPartType`
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd,
    )]
    pub enum ChatContentPartType {
        #[serde(rename = "text")]
        Text,
    }
    impl ::std::fmt::Display for ChatContentPartType {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Text => f.write_str("text"),
            }
        }
    }
    impl ::std::str::FromStr for ChatContentPartType {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "text" => Ok(Self::Text),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for ChatContentPartType {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ChatContentPartType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///`ChatMessage`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct ChatMessage {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub content: ::std::option::Option<ChatMessageContent>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<ChatMessageName>,
        pub role: ChatMessageRole,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub tool_call_id: ::std::option::Option<::std::string::String>,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub tool_calls: ::std::vec::Vec<ChatToolCall>,
    }
    ///`ChatMessageContent`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[serde(untagged)]
    pub enum ChatMessageContent {
        String(::std::string::String),
        Array(::std::vec::Vec<ChatContentPart>),
    }
    impl ::std::convert::From<::std::vec::Vec<ChatContentPart>> for ChatMessageContent {
        fn from(value: ::std::vec::Vec<ChatContentPart>) -> Self {
            Self::Array(value)
        }
    }
    ///`ChatMessageName`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct ChatMessageName(::std::string::String);
    impl ::std::ops::Deref for ChatMessageName {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<ChatMessageName> for ::std::string::String {
        fn from(value: ChatMessageName) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for ChatMessageName {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 64usize {
                return Err("longer than 64 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for ChatMessageName {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ChatMessageName {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ChatMessageName {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///`ChatMessageRole`
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd,
    )]
    pub enum ChatMessageRole {
        #[serde(rename = "system")]
        System,
        #[serde(rename = "developer")]
        Developer,
        #[serde(rename = "user")]
        User,
        #[serde(rename = "assistant")]
        Assistant,
        #[serde(rename = "tool")]
        Tool,
    }
    impl ::std::fmt::Display for ChatMessageRole {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::System => f.write_str("system"),
                Self::Developer => f.write_str("developer"),
                Self::User => f.write_str("user"),
                Self::Assistant => f.write_str("assistant"),
                Self::Tool => f.write_str("tool"),
            }
        }
    }
    impl ::std::str::FromStr for ChatMessageRole {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "system" => Ok(Self::System),
                "developer" => Ok(Self::Developer),
                "user" => Ok(Self::User),
                "assistant" => Ok(Self::Assistant),
                "tool" => Ok(Self::Tool),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for ChatMessageRole {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ChatMessageRole {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///`text`, `json_object`, or `json_schema` with a `json_schema` object.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct ChatResponseFormat {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub json_schema: ::std::option::Option<ChatResponseFormatJsonSchema>,
        #[serde(rename = "type")]
        pub type_: ChatResponseFormatType,
    }
    ///`ChatResponseFormatJsonSchema`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct ChatResponseFormatJsonSchema {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub description: ::std::option::Option<::std::string::String>,
        pub name: ChatResponseFormatJsonSchemaName,
        #[serde(default, skip_serializing_if = "::serde_json::Map::is_empty")]
        pub schema: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub strict: ::std::option::Option<bool>,
    }
    ///`ChatResponseFormatJsonSchemaName`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct ChatResponseFormatJsonSchemaName(::std::string::String);
    impl ::std::ops::Deref for ChatResponseFormatJsonSchemaName {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<ChatResponseFormatJsonSchemaName> for ::std::string::String {
        fn from(value: ChatResponseFormatJsonSchemaName) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for ChatResponseFormatJsonSchemaName {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            static PATTERN: ::std::sync::LazyLock<::regress::Regex> =
                ::std::sync::LazyLock::new(|| {
                    ::regress::Regex::new("^[a-zA-Z0-9_-]{1,64}$").unwrap()
                });
            if PATTERN.find(value).is_none() {
                return Err("doesn't match pattern \"^[a-zA-Z0-9_-]{1,64}$\"".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for ChatResponseFormatJsonSchemaName {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ChatResponseFormatJsonSchemaName {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ChatResponseFormatJsonSchemaName {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///`ChatResponseFormatType`
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd,
    )]
    pub enum ChatResponseFormatType {
        #[serde(rename = "text")]
        Text,
        #[serde(rename = "json_object")]
        JsonObject,
        #[serde(rename = "json_schema")]
        JsonSchema,
    }
    impl ::std::fmt::Display for ChatResponseFormatType {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Text => f.write_str("text"),
                Self::JsonObject => f.write_str("json_object"),
                Self::JsonSchema => f.write_str("json_schema"),
            }
        }
    }
    impl ::std::str::FromStr for ChatResponseFormatType {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "text" => Ok(Self::Text),
                "json_object" => Ok(Self::JsonObject),
                "json_schema" => Ok(Self::JsonSchema),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for ChatResponseFormatType {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ChatResponseFormatType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///`ChatStreamOptions`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[serde(transparent)]
    pub struct ChatStreamOptions(pub ::std::option::Option<ChatStreamOptionsInner>);
    impl ::std::ops::Deref for ChatStreamOptions {
        type Target = ::std::option::Option<ChatStreamOptionsInner>;
        fn deref(&self) -> &::std::option::Option<ChatStreamOptionsInner> {
            &self.0
        }
    }
    impl ::std::convert::From<ChatStreamOptions> for ::std::option::Option<ChatStreamOptionsInner> {
        fn from(value: ChatStreamOptions) -> Self {
            value.0
        }
    }
    impl ::std::convert::From<::std::option::Option<ChatStreamOptionsInner>> for ChatStreamOptions {
        fn from(value: ::std::option::Option<ChatStreamOptionsInner>) -> Self {
            Self(value)
        }
    }
    ///`ChatStreamOptionsInner`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    pub struct ChatStreamOptionsInner {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub include_usage: ::std::option::Option<bool>,
    }
    ///`ChatToolCall`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct ChatToolCall {
        pub function: ChatToolCallFunction,
        pub id: ::std::string::String,
        #[serde(rename = "type")]
        pub type_: ChatToolCallType,
    }
    ///`ChatToolCallFunction`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct ChatToolCallFunction {
        pub arguments: ::std::string::String,
        pub name: ::std::string::String,
    }
    ///`ChatToolCallType`
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd,
    )]
    pub enum ChatToolCallType {
        #[serde(rename = "function")]
        Function,
    }
    impl ::std::fmt::Display for ChatToolCallType {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Function => f.write_str("function"),
            }
        }
    }
    impl ::std::str::FromStr for ChatToolCallType {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "function" => Ok(Self::Function),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for ChatToolCallType {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ChatToolCallType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///`ChatToolChoice`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[serde(untagged)]
    pub enum ChatToolChoice {
        String(ChatToolChoiceString),
        ChatToolChoiceFunction(ChatToolChoiceFunction),
    }
    impl ::std::convert::From<ChatToolChoiceString> for ChatToolChoice {
        fn from(value: ChatToolChoiceString) -> Self {
            Self::String(value)
        }
    }
    impl ::std::convert::From<ChatToolChoiceFunction> for ChatToolChoice {
        fn from(value: ChatToolChoiceFunction) -> Self {
            Self::ChatToolChoiceFunction(value)
        }
    }
    ///`ChatToolChoiceFunction`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct ChatToolChoiceFunction {
        pub function: ChatToolChoiceFunctionFunction,
        #[serde(rename = "type")]
        pub type_: ChatToolChoiceFunctionType,
    }
    ///`ChatToolChoiceFunctionFunction`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct ChatToolChoiceFunctionFunction {
        pub name: ::std::string::String,
    }
    ///`ChatToolChoiceFunctionType`
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd,
    )]
    pub enum ChatToolChoiceFunctionType {
        #[serde(rename = "function")]
        Function,
    }
    impl ::std::fmt::Display for ChatToolChoiceFunctionType {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Function => f.write_str("function"),
            }
        }
    }
    impl ::std::str::FromStr for ChatToolChoiceFunctionType {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "function" => Ok(Self::Function),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for ChatToolChoiceFunctionType {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ChatToolChoiceFunctionType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///`ChatToolChoiceString`
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd,
    )]
    pub enum ChatToolChoiceString {
        #[serde(rename = "none")]
        None,
        #[serde(rename = "auto")]
        Auto,
        #[serde(rename = "required")]
        Required,
    }
    impl ::std::fmt::Display for ChatToolChoiceString {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::None => f.write_str("none"),
                Self::Auto => f.write_str("auto"),
                Self::Required => f.write_str("required"),
            }
        }
    }
    impl ::std::str::FromStr for ChatToolChoiceString {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "none" => Ok(Self::None),
                "auto" => Ok(Self::Auto),
                "required" => Ok(Self::Required),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for ChatToolChoiceString {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ChatToolChoiceString {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///`CompletionUsage`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct CompletionUsage {
        pub completion_tokens: u64,
        pub prompt_tokens: u64,
        pub total_tokens: u64,
    }
    ///`CreateChatCompletionRequest`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct CreateChatCompletionRequest {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub frequency_penalty: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub max_completion_tokens: ::std::option::Option<::std::num::NonZeroU64>,
        ///Deprecated alias of `max_completion_tokens`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub max_tokens: ::std::option::Option<::std::num::NonZeroU64>,
        pub messages: ::std::vec::Vec<ChatMessage>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub metadata: ::std::option::Option<Metadata>,
        pub model: CreateChatCompletionRequestModel,
        ///How many choices to generate.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub n: ::std::option::Option<::std::num::NonZeroU64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub parallel_tool_calls: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub presence_penalty: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub response_format: ::std::option::Option<ChatResponseFormat>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub seed: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub stop: ::std::option::Option<StopSequences>,
        #[serde(default = "defaults::create_chat_completion_request_stream")]
        pub stream: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub stream_options: ::std::option::Option<ChatStreamOptions>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub temperature: ::std::option::Option<Temperature>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub tool_choice: ::std::option::Option<ChatToolChoice>,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub tools: ::std::vec::Vec<ChatCompletionTool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub top_p: ::std::option::Option<TopP>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub user: ::std::option::Option<CreateChatCompletionRequestUser>,
    }
    ///`CreateChatCompletionRequestModel`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct CreateChatCompletionRequestModel(::std::string::String);
    impl ::std::ops::Deref for CreateChatCompletionRequestModel {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<CreateChatCompletionRequestModel> for ::std::string::String {
        fn from(value: CreateChatCompletionRequestModel) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for CreateChatCompletionRequestModel {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for CreateChatCompletionRequestModel {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for CreateChatCompletionRequestModel {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for CreateChatCompletionRequestModel {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///`CreateChatCompletionRequestUser`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct CreateChatCompletionRequestUser(::std::string::String);
    impl ::std::ops::Deref for CreateChatCompletionRequestUser {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<CreateChatCompletionRequestUser> for ::std::string::String {
        fn from(value: CreateChatCompletionRequestUser) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for CreateChatCompletionRequestUser {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 256usize {
                return Err("longer than 256 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for CreateChatCompletionRequestUser {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for CreateChatCompletionRequestUser {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for CreateChatCompletionRequestUser {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///`CreateChatCompletionResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct CreateChatCompletionResponse {
        pub choices: ::std::vec::Vec<ChatChoice>,
        pub created: i64,
        pub id: ::std::string::String,
        pub model: ::std::string::String,
        pub object: CreateChatCompletionResponseObject,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub system_fingerprint: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub usage: ::std::option::Option<CompletionUsage>,
    }
    ///`CreateChatCompletionResponseObject`
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd,
    )]
    pub enum CreateChatCompletionResponseObject {
        #[serde(rename = "chat.completion")]
        ChatCompletion,
    }
    impl ::std::fmt::Display for CreateChatCompletionResponseObject {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::ChatCompletion => f.write_str("chat.completion"),
            }
        }
    }
    impl ::std::str::FromStr for CreateChatCompletionResponseObject {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "chat.completion" => Ok(Self::ChatCompletion),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for CreateChatCompletionResponseObject {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for CreateChatCompletionResponseObject {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///`CreateChatCompletionStreamResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct CreateChatCompletionStreamResponse {
        pub choices: ::std::vec::Vec<ChatChunkChoice>,
        pub created: i64,
        pub id: ::std::string::String,
        pub model: ::std::string::String,
        pub object: CreateChatCompletionStreamResponseObject,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub system_fingerprint: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub usage: ::std::option::Option<CompletionUsage>,
    }
    ///`CreateChatCompletionStreamResponseObject`
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd,
    )]
    pub enum CreateChatCompletionStreamResponseObject {
        #[serde(rename = "chat.completion.chunk")]
        ChatCompletionChunk,
    }
    impl ::std::fmt::Display for CreateChatCompletionStreamResponseObject {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::ChatCompletionChunk => f.write_str("chat.completion.chunk"),
            }
        }
    }
    impl ::std::str::FromStr for CreateChatCompletionStreamResponseObject {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "chat.completion.chunk" => Ok(Self::ChatCompletionChunk),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for CreateChatCompletionStreamResponseObject {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for CreateChatCompletionStreamResponseObject {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///`CreateDreamRequest`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[serde(deny_unknown_fields)]
    pub struct CreateDreamRequest {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub constraints: ::std::option::Option<DreamConstraints>,
        ///The generation model; the server's default when omitted.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub model: ::std::option::Option<CreateDreamRequestModel>,
        ///The text the dream grows from.
        pub seed: CreateDreamRequestSeed,
        #[serde(default)]
        pub stream: bool,
    }
    ///The generation model; the server's default when omitted.
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct CreateDreamRequestModel(::std::string::String);
    impl ::std::ops::Deref for CreateDreamRequestModel {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<CreateDreamRequestModel> for ::std::string::String {
        fn from(value: CreateDreamRequestModel) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for CreateDreamRequestModel {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for CreateDreamRequestModel {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for CreateDreamRequestModel {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for CreateDreamRequestModel {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///The text the dream grows from.
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct CreateDreamRequestSeed(::std::string::String);
    impl ::std::ops::Deref for CreateDreamRequestSeed {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<CreateDreamRequestSeed> for ::std::string::String {
        fn from(value: CreateDreamRequestSeed) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for CreateDreamRequestSeed {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 4000usize {
                return Err("longer than 4000 characters".into());
            }
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for CreateDreamRequestSeed {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for CreateDreamRequestSeed {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for CreateDreamRequestSeed {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///`CreateEmbeddingRequest`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct CreateEmbeddingRequest {
        /**Truncate each embedding to at most this many dimensions (then re-normalise). A model with
        fewer dimensions returns its vectors whole.
        */
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub dimensions: ::std::option::Option<::std::num::NonZeroU64>,
        #[serde(default = "defaults::create_embedding_request_encoding_format")]
        pub encoding_format: CreateEmbeddingRequestEncodingFormat,
        pub input: EmbeddingInput,
        pub model: CreateEmbeddingRequestModel,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub user: ::std::option::Option<CreateEmbeddingRequestUser>,
    }
    ///`CreateEmbeddingRequestEncodingFormat`
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd,
    )]
    pub enum CreateEmbeddingRequestEncodingFormat {
        #[serde(rename = "float")]
        Float,
        #[serde(rename = "base64")]
        Base64,
    }
    impl ::std::fmt::Display for CreateEmbeddingRequestEncodingFormat {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Float => f.write_str("float"),
                Self::Base64 => f.write_str("base64"),
            }
        }
    }
    impl ::std::str::FromStr for CreateEmbeddingRequestEncodingFormat {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "float" => Ok(Self::Float),
                "base64" => Ok(Self::Base64),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for CreateEmbeddingRequestEncodingFormat {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for CreateEmbeddingRequestEncodingFormat {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::default::Default for CreateEmbeddingRequestEncodingFormat {
        fn default() -> Self {
            CreateEmbeddingRequestEncodingFormat::Float
        }
    }
    ///`CreateEmbeddingRequestModel`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct CreateEmbeddingRequestModel(::std::string::String);
    impl ::std::ops::Deref for CreateEmbeddingRequestModel {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<CreateEmbeddingRequestModel> for ::std::string::String {
        fn from(value: CreateEmbeddingRequestModel) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for CreateEmbeddingRequestModel {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for CreateEmbeddingRequestModel {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for CreateEmbeddingRequestModel {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for CreateEmbeddingRequestModel {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///`CreateEmbeddingRequestUser`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct CreateEmbeddingRequestUser(::std::string::String);
    impl ::std::ops::Deref for CreateEmbeddingRequestUser {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<CreateEmbeddingRequestUser> for ::std::string::String {
        fn from(value: CreateEmbeddingRequestUser) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for CreateEmbeddingRequestUser {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 256usize {
                return Err("longer than 256 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for CreateEmbeddingRequestUser {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for CreateEmbeddingRequestUser {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for CreateEmbeddingRequestUser {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///`CreateEmbeddingResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct CreateEmbeddingResponse {
        pub data: ::std::vec::Vec<Embedding>,
        pub model: ::std::string::String,
        pub object: CreateEmbeddingResponseObject,
        pub usage: EmbeddingUsage,
    }
    ///`CreateEmbeddingResponseObject`
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd,
    )]
    pub enum CreateEmbeddingResponseObject {
        #[serde(rename = "list")]
        List,
    }
    impl ::std::fmt::Display for CreateEmbeddingResponseObject {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::List => f.write_str("list"),
            }
        }
    }
    impl ::std::str::FromStr for CreateEmbeddingResponseObject {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "list" => Ok(Self::List),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for CreateEmbeddingResponseObject {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for CreateEmbeddingResponseObject {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///`CreateIndexRequest`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[serde(deny_unknown_fields)]
    pub struct CreateIndexRequest {
        ///Fixed vector length; null to fix it on the first insert.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub dimension: ::std::option::Option<::std::num::NonZeroU64>,
        ///Model that embeds `text` items and queries; the server's default embedding model when null.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub embedding_model: ::std::option::Option<CreateIndexRequestEmbeddingModel>,
        #[serde(default = "defaults::create_index_request_metric")]
        pub metric: Metric,
        pub name: CreateIndexRequestName,
    }
    ///Model that embeds `text` items and queries; the server's default embedding model when null.
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct CreateIndexRequestEmbeddingModel(::std::string::String);
    impl ::std::ops::Deref for CreateIndexRequestEmbeddingModel {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<CreateIndexRequestEmbeddingModel> for ::std::string::String {
        fn from(value: CreateIndexRequestEmbeddingModel) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for CreateIndexRequestEmbeddingModel {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for CreateIndexRequestEmbeddingModel {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for CreateIndexRequestEmbeddingModel {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for CreateIndexRequestEmbeddingModel {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///`CreateIndexRequestName`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct CreateIndexRequestName(::std::string::String);
    impl ::std::ops::Deref for CreateIndexRequestName {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<CreateIndexRequestName> for ::std::string::String {
        fn from(value: CreateIndexRequestName) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for CreateIndexRequestName {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            static PATTERN: ::std::sync::LazyLock<::regress::Regex> =
                ::std::sync::LazyLock::new(|| {
                    ::regress::Regex::new("^[A-Za-z0-9_-]{1,128}$").unwrap()
                });
            if PATTERN.find(value).is_none() {
                return Err("doesn't match pattern \"^[A-Za-z0-9_-]{1,128}$\"".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for CreateIndexRequestName {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for CreateIndexRequestName {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for CreateIndexRequestName {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///`CreateResponseRequest`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct CreateResponseRequest {
        pub input: ResponseInput,
        ///A system message placed before the input.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub instructions: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub max_output_tokens: ::std::option::Option<::std::num::NonZeroU64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub metadata: ::std::option::Option<Metadata>,
        ///The model id; the server's default generation model when omitted.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub model: ::std::option::Option<CreateResponseRequestModel>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub parallel_tool_calls: ::std::option::Option<bool>,
        ///Accepted for compatibility; responses are not stored.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub store: ::std::option::Option<bool>,
        #[serde(default = "defaults::create_response_request_stream")]
        pub stream: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub temperature: ::std::option::Option<Temperature>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub text: ::std::option::Option<ResponseTextConfig>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub tool_choice: ::std::option::Option<ResponseToolChoice>,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub tools: ::std::vec::Vec<ResponseFunctionTool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub top_p: ::std::option::Option<TopP>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub user: ::std::option::Option<CreateResponseRequestUser>,
    }
    ///The model id; the server's default generation model when omitted.
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct CreateResponseRequestModel(::std::string::String);
    impl ::std::ops::Deref for CreateResponseRequestModel {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<CreateResponseRequestModel> for ::std::string::String {
        fn from(value: CreateResponseRequestModel) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for CreateResponseRequestModel {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for CreateResponseRequestModel {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for CreateResponseRequestModel {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for CreateResponseRequestModel {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///`CreateResponseRequestUser`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct CreateResponseRequestUser(::std::string::String);
    impl ::std::ops::Deref for CreateResponseRequestUser {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<CreateResponseRequestUser> for ::std::string::String {
        fn from(value: CreateResponseRequestUser) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for CreateResponseRequestUser {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 256usize {
                return Err("longer than 256 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for CreateResponseRequestUser {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for CreateResponseRequestUser {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for CreateResponseRequestUser {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///`DeleteIndexIndexId`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct DeleteIndexIndexId(::std::string::String);
    impl ::std::ops::Deref for DeleteIndexIndexId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<DeleteIndexIndexId> for ::std::string::String {
        fn from(value: DeleteIndexIndexId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for DeleteIndexIndexId {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 64usize {
                return Err("longer than 64 characters".into());
            }
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for DeleteIndexIndexId {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for DeleteIndexIndexId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for DeleteIndexIndexId {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///`DeleteVectorIndexId`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct DeleteVectorIndexId(::std::string::String);
    impl ::std::ops::Deref for DeleteVectorIndexId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<DeleteVectorIndexId> for ::std::string::String {
        fn from(value: DeleteVectorIndexId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for DeleteVectorIndexId {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 64usize {
                return Err("longer than 64 characters".into());
            }
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for DeleteVectorIndexId {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for DeleteVectorIndexId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for DeleteVectorIndexId {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///`DeleteVectorVectorId`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct DeleteVectorVectorId(::std::string::String);
    impl ::std::ops::Deref for DeleteVectorVectorId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<DeleteVectorVectorId> for ::std::string::String {
        fn from(value: DeleteVectorVectorId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for DeleteVectorVectorId {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 256usize {
                return Err("longer than 256 characters".into());
            }
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for DeleteVectorVectorId {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for DeleteVectorVectorId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for DeleteVectorVectorId {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///`DeletedObject`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct DeletedObject {
        pub deleted: bool,
        pub id: ::std::string::String,
        ///`index.deleted` or `index.vector.deleted`.
        pub object: ::std::string::String,
    }
    ///`Dream`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct Dream {
        pub constraints: DreamConstraints,
        pub created: i64,
        pub id: DreamId,
        pub model: ::std::string::String,
        pub object: DreamObject,
        pub seed: ::std::string::String,
        pub traces: ::std::vec::Vec<DreamTrace>,
        pub usage: DreamUsage,
    }
    ///`DreamCompletedEvent`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct DreamCompletedEvent {
        pub dream: Dream,
        pub sequence_number: u64,
        #[serde(rename = "type")]
        pub type_: DreamCompletedEventType,
    }
    ///`DreamCompletedEventType`
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd,
    )]
    pub enum DreamCompletedEventType {
        #[serde(rename = "dream.completed")]
        DreamCompleted,
    }
    impl ::std::fmt::Display for DreamCompletedEventType {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::DreamCompleted => f.write_str("dream.completed"),
            }
        }
    }
    impl ::std::str::FromStr for DreamCompletedEventType {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "dream.completed" => Ok(Self::DreamCompleted),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for DreamCompletedEventType {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for DreamCompletedEventType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///`DreamConstraints`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[serde(deny_unknown_fields)]
    pub struct DreamConstraints {
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub avoid_words: ::std::vec::Vec<DreamConstraintsAvoidWordsItem>,
        #[serde(default = "defaults::default_nzu64::<::std::num::NonZeroU64, 128>")]
        pub max_tokens_per_step: ::std::num::NonZeroU64,
        ///Seed for sampling, for reproducible dreams.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub sampling_seed: ::std::option::Option<u64>,
        #[serde(default = "defaults::dream_constraints_steps")]
        pub steps: ::std::vec::Vec<DreamStep>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub temperature: ::std::option::Option<Temperature>,
        ///A style or tone for every step, such as `wistful` or `technical`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub tone: ::std::option::Option<DreamConstraintsTone>,
    }
    impl ::std::default::Default for DreamConstraints {
        fn default() -> Self {
            Self {
                avoid_words: Default::default(),
                max_tokens_per_step: defaults::default_nzu64::<::std::num::NonZeroU64, 128>(),
                sampling_seed: Default::default(),
                steps: defaults::dream_constraints_steps(),
                temperature: Default::default(),
                tone: Default::default(),
            }
        }
    }
    ///`DreamConstraintsAvoidWordsItem`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct DreamConstraintsAvoidWordsItem(::std::string::String);
    impl ::std::ops::Deref for DreamConstraintsAvoidWordsItem {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<DreamConstraintsAvoidWordsItem> for ::std::string::String {
        fn from(value: DreamConstraintsAvoidWordsItem) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for DreamConstraintsAvoidWordsItem {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 64usize {
                return Err("longer than 64 characters".into());
            }
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for DreamConstraintsAvoidWordsItem {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for DreamConstraintsAvoidWordsItem {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for DreamConstraintsAvoidWordsItem {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///A style or tone for every step, such as `wistful` or `technical`.
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct DreamConstraintsTone(::std::string::String);
    impl ::std::ops::Deref for DreamConstraintsTone {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<DreamConstraintsTone> for ::std::string::String {
        fn from(value: DreamConstraintsTone) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for DreamConstraintsTone {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 64usize {
                return Err("longer than 64 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for DreamConstraintsTone {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for DreamConstraintsTone {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for DreamConstraintsTone {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///`DreamId`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct DreamId(::std::string::String);
    impl ::std::ops::Deref for DreamId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<DreamId> for ::std::string::String {
        fn from(value: DreamId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for DreamId {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            static PATTERN: ::std::sync::LazyLock<::regress::Regex> =
                ::std::sync::LazyLock::new(|| ::regress::Regex::new("^dream_").unwrap());
            if PATTERN.find(value).is_none() {
                return Err("doesn't match pattern \"^dream_\"".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for DreamId {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for DreamId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for DreamId {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///`DreamObject`
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd,
    )]
    pub enum DreamObject {
        #[serde(rename = "dream")]
        Dream,
    }
    impl ::std::fmt::Display for DreamObject {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Dream => f.write_str("dream"),
            }
        }
    }
    impl ::std::str::FromStr for DreamObject {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "dream" => Ok(Self::Dream),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for DreamObject {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for DreamObject {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    /**`imagine` free associations on the seed; `expand` develops them; `critique` names weaknesses;
    `refine` rewrites taking the critique into account; `summarize` condenses everything so far.
    */
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd,
    )]
    pub enum DreamStep {
        #[serde(rename = "imagine")]
        Imagine,
        #[serde(rename = "expand")]
        Expand,
        #[serde(rename = "critique")]
        Critique,
        #[serde(rename = "refine")]
        Refine,
        #[serde(rename = "summarize")]
        Summarize,
    }
    impl ::std::fmt::Display for DreamStep {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Imagine => f.write_str("imagine"),
                Self::Expand => f.write_str("expand"),
                Self::Critique => f.write_str("critique"),
                Self::Refine => f.write_str("refine"),
                Self::Summarize => f.write_str("summarize"),
            }
        }
    }
    impl ::std::str::FromStr for DreamStep {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "imagine" => Ok(Self::Imagine),
                "expand" => Ok(Self::Expand),
                "critique" => Ok(Self::Critique),
                "refine" => Ok(Self::Refine),
                "summarize" => Ok(Self::Summarize),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for DreamStep {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for DreamStep {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///`DreamStepCompletedEvent`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct DreamStepCompletedEvent {
        pub dream_id: ::std::string::String,
        pub sequence_number: u64,
        pub trace: DreamTrace,
        #[serde(rename = "type")]
        pub type_: DreamStepCompletedEventType,
    }
    ///`DreamStepCompletedEventType`
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd,
    )]
    pub enum DreamStepCompletedEventType {
        #[serde(rename = "dream.step.completed")]
        DreamStepCompleted,
    }
    impl ::std::fmt::Display for DreamStepCompletedEventType {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::DreamStepCompleted => f.write_str("dream.step.completed"),
            }
        }
    }
    impl ::std::str::FromStr for DreamStepCompletedEventType {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "dream.step.completed" => Ok(Self::DreamStepCompleted),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for DreamStepCompletedEventType {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for DreamStepCompletedEventType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///Text generated for the running step, as it is generated (avoided words already removed).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct DreamStepDeltaEvent {
        pub delta: ::std::string::String,
        pub dream_id: ::std::string::String,
        pub sequence_number: u64,
        pub step: DreamStep,
        pub step_index: u64,
        #[serde(rename = "type")]
        pub type_: DreamStepDeltaEventType,
    }
    ///`DreamStepDeltaEventType`
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd,
    )]
    pub enum DreamStepDeltaEventType {
        #[serde(rename = "dream.step.delta")]
        DreamStepDelta,
    }
    impl ::std::fmt::Display for DreamStepDeltaEventType {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::DreamStepDelta => f.write_str("dream.step.delta"),
            }
        }
    }
    impl ::std::str::FromStr for DreamStepDeltaEventType {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "dream.step.delta" => Ok(Self::DreamStepDelta),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for DreamStepDeltaEventType {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for DreamStepDeltaEventType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///One frame of a streamed dream, discriminated by `type`.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[serde(untagged)]
    pub enum DreamStreamEvent {
        DreamStepDeltaEvent(DreamStepDeltaEvent),
        DreamStepCompletedEvent(DreamStepCompletedEvent),
        DreamCompletedEvent(DreamCompletedEvent),
        ResponseErrorEvent(ResponseErrorEvent),
    }
    impl ::std::convert::From<DreamStepDeltaEvent> for DreamStreamEvent {
        fn from(value: DreamStepDeltaEvent) -> Self {
            Self::DreamStepDeltaEvent(value)
        }
    }
    impl ::std::convert::From<DreamStepCompletedEvent> for DreamStreamEvent {
        fn from(value: DreamStepCompletedEvent) -> Self {
            Self::DreamStepCompletedEvent(value)
        }
    }
    impl ::std::convert::From<DreamCompletedEvent> for DreamStreamEvent {
        fn from(value: DreamCompletedEvent) -> Self {
            Self::DreamCompletedEvent(value)
        }
    }
    impl ::std::convert::From<ResponseErrorEvent> for DreamStreamEvent {
        fn from(value: ResponseErrorEvent) -> Self {
            Self::ResponseErrorEvent(value)
        }
    }
    ///`DreamTrace`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct DreamTrace {
        pub content: ::std::string::String,
        pub duration_ms: u64,
        ///Unix timestamp (seconds, fractional) when the step started.
        pub started_at: f64,
        pub step: DreamStep,
        pub usage: DreamUsage,
    }
    ///`DreamUsage`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct DreamUsage {
        pub input_tokens: u64,
        pub output_tokens: u64,
        pub total_tokens: u64,
    }
    ///`Embedding`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct Embedding {
        ///Floats, or base64 of little-endian float32 when `encoding_format` is `base64`.
        pub embedding: EmbeddingEmbedding,
        pub index: u64,
        pub object: EmbeddingObject,
    }
    ///Floats, or base64 of little-endian float32 when `encoding_format` is `base64`.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[serde(untagged)]
    pub enum EmbeddingEmbedding {
        Array(::std::vec::Vec<f64>),
        String(::std::string::String),
    }
    impl ::std::convert::From<::std::vec::Vec<f64>> for EmbeddingEmbedding {
        fn from(value: ::std::vec::Vec<f64>) -> Self {
            Self::Array(value)
        }
    }
    ///A string, an array of strings, an array of token ids, or an array of token-id arrays.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[serde(untagged)]
    pub enum EmbeddingInput {
        Variant0(::std::string::String),
        Variant1(::std::vec::Vec<::std::string::String>),
        Variant2(::std::vec::Vec<u64>),
        Variant3(::std::vec::Vec<::std::vec::Vec<u64>>),
    }
    impl ::std::convert::From<::std::vec::Vec<::std::string::String>> for EmbeddingInput {
        fn from(value: ::std::vec::Vec<::std::string::String>) -> Self {
            Self::Variant1(value)
        }
    }
    impl ::std::convert::From<::std::vec::Vec<u64>> for EmbeddingInput {
        fn from(value: ::std::vec::Vec<u64>) -> Self {
            Self::Variant2(value)
        }
    }
    impl ::std::convert::From<::std::vec::Vec<::std::vec::Vec<u64>>> for EmbeddingInput {
        fn from(value: ::std::vec::Vec<::std::vec::Vec<u64>>) -> Self {
            Self::Variant3(value)
        }
    }
    ///`EmbeddingObject`
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd,
    )]
    pub enum EmbeddingObject {
        #[serde(rename = "embedding")]
        Embedding,
    }
    impl ::std::fmt::Display for EmbeddingObject {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Embedding => f.write_str("embedding"),
            }
        }
    }
    impl ::std::str::FromStr for EmbeddingObject {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "embedding" => Ok(Self::Embedding),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for EmbeddingObject {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for EmbeddingObject {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///`EmbeddingUsage`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct EmbeddingUsage {
        pub prompt_tokens: u64,
        pub total_tokens: u64,
    }
    ///`Error`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct Error {
        ///A machine-readable error code, if any.
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub code: ::std::option::Option<::std::string::String>,
        ///Every validation violation (validation errors only).
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub errors: ::std::vec::Vec<ValidationIssue>,
        ///A human-readable description of the error.
        pub message: ::std::string::String,
        ///The request field at fault (a JSON pointer for validation errors), if any.
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub param: ::std::option::Option<::std::string::String>,
        ///The error class: `invalid_request_error`, `permission_error`, `rate_limit_error`, `server_error`.
        #[serde(rename = "type")]
        pub type_: ::std::string::String,
    }
    ///The OpenAI error envelope.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct ErrorResponse {
        pub error: Error,
    }
    ///`FinishReason`
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd,
    )]
    pub enum FinishReason {
        #[serde(rename = "stop")]
        Stop,
        #[serde(rename = "length")]
        Length,
        #[serde(rename = "tool_calls")]
        ToolCalls,
        #[serde(rename = "content_filter")]
        ContentFilter,
        #[serde(rename = "function_call")]
        FunctionCall,
    }
    impl ::std::fmt::Display for FinishReason {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Stop => f.write_str("stop"),
                Self::Length => f.write_str("length"),
                Self::ToolCalls => f.write_str("tool_calls"),
                Self::ContentFilter => f.write_str("content_filter"),
                Self::FunctionCall => f.write_str("function_call"),
            }
        }
    }
    impl ::std::str::FromStr for FinishReason {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "stop" => Ok(Self::Stop),
                "length" => Ok(Self::Length),
                "tool_calls" => Ok(Self::ToolCalls),
                "content_filter" => Ok(Self::ContentFilter),
                "function_call" => Ok(Self::FunctionCall),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for FinishReason {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for FinishReason {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///`FunctionObject`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct FunctionObject {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub description: ::std::option::Option<::std::string::String>,
        pub name: FunctionObjectName,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub parameters: ::std::option::Option<FunctionParameters>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub strict: ::std::option::Option<bool>,
    }
    ///`FunctionObjectName`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct FunctionObjectName(::std::string::String);
    impl ::std::ops::Deref for FunctionObjectName {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<FunctionObjectName> for ::std::string::String {
        fn from(value: FunctionObjectName) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for FunctionObjectName {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            static PATTERN: ::std::sync::LazyLock<::regress::Regex> =
                ::std::sync::LazyLock::new(|| {
                    ::regress::Regex::new("^[a-zA-Z0-9_-]{1,64}$").unwrap()
                });
            if PATTERN.find(value).is_none() {
                return Err("doesn't match pattern \"^[a-zA-Z0-9_-]{1,64}$\"".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for FunctionObjectName {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for FunctionObjectName {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for FunctionObjectName {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///A JSON Schema object describing the function's parameters.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[serde(transparent)]
    pub struct FunctionParameters(
        pub ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    );
    impl ::std::ops::Deref for FunctionParameters {
        type Target = ::serde_json::Map<::std::string::String, ::serde_json::Value>;
        fn deref(&self) -> &::serde_json::Map<::std::string::String, ::serde_json::Value> {
            &self.0
        }
    }
    impl ::std::convert::From<FunctionParameters>
        for ::serde_json::Map<::std::string::String, ::serde_json::Value>
    {
        fn from(value: FunctionParameters) -> Self {
            value.0
        }
    }
    impl ::std::convert::From<::serde_json::Map<::std::string::String, ::serde_json::Value>>
        for FunctionParameters
    {
        fn from(value: ::serde_json::Map<::std::string::String, ::serde_json::Value>) -> Self {
            Self(value)
        }
    }
    ///`GetIndexIndexId`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct GetIndexIndexId(::std::string::String);
    impl ::std::ops::Deref for GetIndexIndexId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<GetIndexIndexId> for ::std::string::String {
        fn from(value: GetIndexIndexId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for GetIndexIndexId {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 64usize {
                return Err("longer than 64 characters".into());
            }
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for GetIndexIndexId {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for GetIndexIndexId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for GetIndexIndexId {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///`Health`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct Health {
        pub status: HealthStatus,
    }
    ///`HealthStatus`
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd,
    )]
    pub enum HealthStatus {
        #[serde(rename = "ok")]
        Ok,
    }
    impl ::std::fmt::Display for HealthStatus {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Ok => f.write_str("ok"),
            }
        }
    }
    impl ::std::str::FromStr for HealthStatus {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "ok" => Ok(Self::Ok),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for HealthStatus {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for HealthStatus {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///`IncompleteDetails`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[serde(transparent)]
    pub struct IncompleteDetails(pub ::std::option::Option<IncompleteDetailsInner>);
    impl ::std::ops::Deref for IncompleteDetails {
        type Target = ::std::option::Option<IncompleteDetailsInner>;
        fn deref(&self) -> &::std::option::Option<IncompleteDetailsInner> {
            &self.0
        }
    }
    impl ::std::convert::From<IncompleteDetails> for ::std::option::Option<IncompleteDetailsInner> {
        fn from(value: IncompleteDetails) -> Self {
            value.0
        }
    }
    impl ::std::convert::From<::std::option::Option<IncompleteDetailsInner>> for IncompleteDetails {
        fn from(value: ::std::option::Option<IncompleteDetailsInner>) -> Self {
            Self(value)
        }
    }
    ///`IncompleteDetailsInner`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    pub struct IncompleteDetailsInner {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub reason: ::std::option::Option<IncompleteDetailsInnerReason>,
    }
    ///`IncompleteDetailsInnerReason`
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd,
    )]
    pub enum IncompleteDetailsInnerReason {
        #[serde(rename = "max_output_tokens")]
        MaxOutputTokens,
        #[serde(rename = "content_filter")]
        ContentFilter,
    }
    impl ::std::fmt::Display for IncompleteDetailsInnerReason {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::MaxOutputTokens => f.write_str("max_output_tokens"),
                Self::ContentFilter => f.write_str("content_filter"),
            }
        }
    }
    impl ::std::str::FromStr for IncompleteDetailsInnerReason {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "max_output_tokens" => Ok(Self::MaxOutputTokens),
                "content_filter" => Ok(Self::ContentFilter),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for IncompleteDetailsInnerReason {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for IncompleteDetailsInnerReason {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///`Index`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct Index {
        pub created_at: i64,
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub dimension: ::std::option::Option<i64>,
        pub embedding_model: ::std::string::String,
        pub id: IndexId,
        pub metric: Metric,
        pub name: ::std::string::String,
        pub object: IndexObject,
        pub vector_count: u64,
    }
    ///`IndexId`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct IndexId(::std::string::String);
    impl ::std::ops::Deref for IndexId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<IndexId> for ::std::string::String {
        fn from(value: IndexId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for IndexId {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            static PATTERN: ::std::sync::LazyLock<::regress::Regex> =
                ::std::sync::LazyLock::new(|| ::regress::Regex::new("^idx_").unwrap());
            if PATTERN.find(value).is_none() {
                return Err("doesn't match pattern \"^idx_\"".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for IndexId {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for IndexId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for IndexId {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///`IndexList`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct IndexList {
        pub data: ::std::vec::Vec<Index>,
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub first_id: ::std::option::Option<::std::string::String>,
        pub has_more: bool,
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub last_id: ::std::option::Option<::std::string::String>,
        pub object: IndexListObject,
    }
    ///`IndexListObject`
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd,
    )]
    pub enum IndexListObject {
        #[serde(rename = "list")]
        List,
    }
    impl ::std::fmt::Display for IndexListObject {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::List => f.write_str("list"),
            }
        }
    }
    impl ::std::str::FromStr for IndexListObject {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "list" => Ok(Self::List),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for IndexListObject {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for IndexListObject {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///`IndexObject`
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd,
    )]
    pub enum IndexObject {
        #[serde(rename = "index")]
        Index,
    }
    impl ::std::fmt::Display for IndexObject {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Index => f.write_str("index"),
            }
        }
    }
    impl ::std::str::FromStr for IndexObject {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "index" => Ok(Self::Index),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for IndexObject {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for IndexObject {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///`ListIndexesAfter`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct ListIndexesAfter(::std::string::String);
    impl ::std::ops::Deref for ListIndexesAfter {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<ListIndexesAfter> for ::std::string::String {
        fn from(value: ListIndexesAfter) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for ListIndexesAfter {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 64usize {
                return Err("longer than 64 characters".into());
            }
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for ListIndexesAfter {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ListIndexesAfter {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ListIndexesAfter {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///`ListModelsResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct ListModelsResponse {
        pub data: ::std::vec::Vec<Model>,
        pub object: ListModelsResponseObject,
    }
    ///`ListModelsResponseObject`
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd,
    )]
    pub enum ListModelsResponseObject {
        #[serde(rename = "list")]
        List,
    }
    impl ::std::fmt::Display for ListModelsResponseObject {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::List => f.write_str("list"),
            }
        }
    }
    impl ::std::str::FromStr for ListModelsResponseObject {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "list" => Ok(Self::List),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for ListModelsResponseObject {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ListModelsResponseObject {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///Up to 16 key-value pairs; keys up to 64 characters, values up to 512.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[serde(transparent)]
    pub struct Metadata(
        pub  ::std::option::Option<
            ::std::collections::HashMap<::std::string::String, MetadataInnerValue>,
        >,
    );
    impl ::std::ops::Deref for Metadata {
        type Target = ::std::option::Option<
            ::std::collections::HashMap<::std::string::String, MetadataInnerValue>,
        >;
        fn deref(
            &self,
        ) -> &::std::option::Option<
            ::std::collections::HashMap<::std::string::String, MetadataInnerValue>,
        > {
            &self.0
        }
    }
    impl ::std::convert::From<Metadata>
        for ::std::option::Option<
            ::std::collections::HashMap<::std::string::String, MetadataInnerValue>,
        >
    {
        fn from(value: Metadata) -> Self {
            value.0
        }
    }
    impl
        ::std::convert::From<
            ::std::option::Option<
                ::std::collections::HashMap<::std::string::String, MetadataInnerValue>,
            >,
        > for Metadata
    {
        fn from(
            value: ::std::option::Option<
                ::std::collections::HashMap<::std::string::String, MetadataInnerValue>,
            >,
        ) -> Self {
            Self(value)
        }
    }
    ///`MetadataInnerValue`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct MetadataInnerValue(::std::string::String);
    impl ::std::ops::Deref for MetadataInnerValue {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<MetadataInnerValue> for ::std::string::String {
        fn from(value: MetadataInnerValue) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for MetadataInnerValue {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 512usize {
                return Err("longer than 512 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for MetadataInnerValue {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for MetadataInnerValue {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for MetadataInnerValue {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///A metadata value (string, number or boolean).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[serde(untagged)]
    pub enum MetadataValue {
        String(MetadataValueString),
        Number(f64),
        Boolean(bool),
    }
    impl ::std::fmt::Display for MetadataValue {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match self {
                Self::String(x) => x.fmt(f),
                Self::Number(x) => x.fmt(f),
                Self::Boolean(x) => x.fmt(f),
            }
        }
    }
    impl ::std::str::FromStr for MetadataValue {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            if let Ok(v) = value.parse() {
                Ok(Self::String(v))
            } else if let Ok(v) = value.parse() {
                Ok(Self::Number(v))
            } else if let Ok(v) = value.parse() {
                Ok(Self::Boolean(v))
            } else {
                Err("string conversion failed for all variants".into())
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for MetadataValue {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for MetadataValue {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::From<MetadataValueString> for MetadataValue {
        fn from(value: MetadataValueString) -> Self {
            Self::String(value)
        }
    }
    impl ::std::convert::From<f64> for MetadataValue {
        fn from(value: f64) -> Self {
            Self::Number(value)
        }
    }
    impl ::std::convert::From<bool> for MetadataValue {
        fn from(value: bool) -> Self {
            Self::Boolean(value)
        }
    }
    ///`MetadataValueString`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct MetadataValueString(::std::string::String);
    impl ::std::ops::Deref for MetadataValueString {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<MetadataValueString> for ::std::string::String {
        fn from(value: MetadataValueString) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for MetadataValueString {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 1024usize {
                return Err("longer than 1024 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for MetadataValueString {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for MetadataValueString {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for MetadataValueString {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///`Metric`
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd,
    )]
    pub enum Metric {
        #[serde(rename = "angular")]
        Angular,
        #[serde(rename = "euclidean")]
        Euclidean,
        #[serde(rename = "dot")]
        Dot,
    }
    impl ::std::fmt::Display for Metric {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Angular => f.write_str("angular"),
                Self::Euclidean => f.write_str("euclidean"),
                Self::Dot => f.write_str("dot"),
            }
        }
    }
    impl ::std::str::FromStr for Metric {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "angular" => Ok(Self::Angular),
                "euclidean" => Ok(Self::Euclidean),
                "dot" => Ok(Self::Dot),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for Metric {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for Metric {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///`Model`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct Model {
        ///Unix timestamp (seconds).
        pub created: i64,
        pub id: ::std::string::String,
        pub object: ModelObject,
        pub owned_by: ::std::string::String,
    }
    ///`ModelObject`
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd,
    )]
    pub enum ModelObject {
        #[serde(rename = "model")]
        Model,
    }
    impl ::std::fmt::Display for ModelObject {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Model => f.write_str("model"),
            }
        }
    }
    impl ::std::str::FromStr for ModelObject {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "model" => Ok(Self::Model),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for ModelObject {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ModelObject {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///`OutputMessage`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct OutputMessage {
        pub content: ::std::vec::Vec<OutputTextContent>,
        pub id: ::std::string::String,
        pub role: OutputMessageRole,
        pub status: OutputMessageStatus,
        #[serde(rename = "type")]
        pub type_: OutputMessageType,
    }
    ///`OutputMessageRole`
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd,
    )]
    pub enum OutputMessageRole {
        #[serde(rename = "assistant")]
        Assistant,
    }
    impl ::std::fmt::Display for OutputMessageRole {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Assistant => f.write_str("assistant"),
            }
        }
    }
    impl ::std::str::FromStr for OutputMessageRole {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "assistant" => Ok(Self::Assistant),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for OutputMessageRole {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for OutputMessageRole {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///`OutputMessageStatus`
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd,
    )]
    pub enum OutputMessageStatus {
        #[serde(rename = "in_progress")]
        InProgress,
        #[serde(rename = "completed")]
        Completed,
        #[serde(rename = "incomplete")]
        Incomplete,
    }
    impl ::std::fmt::Display for OutputMessageStatus {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::InProgress => f.write_str("in_progress"),
                Self::Completed => f.write_str("completed"),
                Self::Incomplete => f.write_str("incomplete"),
            }
        }
    }
    impl ::std::str::FromStr for OutputMessageStatus {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "in_progress" => Ok(Self::InProgress),
                "completed" => Ok(Self::Completed),
                "incomplete" => Ok(Self::Incomplete),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for OutputMessageStatus {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for OutputMessageStatus {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///`OutputMessageType`
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd,
    )]
    pub enum OutputMessageType {
        #[serde(rename = "message")]
        Message,
    }
    impl ::std::fmt::Display for OutputMessageType {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Message => f.write_str("message"),
            }
        }
    }
    impl ::std::str::FromStr for OutputMessageType {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "message" => Ok(Self::Message),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for OutputMessageType {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for OutputMessageType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///`OutputTextContent`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct OutputTextContent {
        pub annotations:
            ::std::vec::Vec<::serde_json::Map<::std::string::String, ::serde_json::Value>>,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub logprobs:
            ::std::vec::Vec<::serde_json::Map<::std::string::String, ::serde_json::Value>>,
        pub text: ::std::string::String,
        #[serde(rename = "type")]
        pub type_: OutputTextContentType,
    }
    ///`OutputTextContentType`
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd,
    )]
    pub enum OutputTextContentType {
        #[serde(rename = "output_text")]
        OutputText,
    }
    impl ::std::fmt::Display for OutputTextContentType {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::OutputText => f.write_str("output_text"),
            }
        }
    }
    impl ::std::str::FromStr for OutputTextContentType {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "output_text" => Ok(Self::OutputText),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for OutputTextContentType {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for OutputTextContentType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///`Readiness`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct Readiness {
        ///One entry per dependency (storage, each engine).
        pub checks: ::std::collections::HashMap<::std::string::String, ReadinessCheck>,
        pub status: ReadinessStatus,
    }
    ///`ReadinessCheck`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct ReadinessCheck {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub detail: ::std::option::Option<::std::string::String>,
        pub status: ReadinessCheckStatus,
    }
    ///`ReadinessCheckStatus`
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd,
    )]
    pub enum ReadinessCheckStatus {
        #[serde(rename = "ok")]
        Ok,
        #[serde(rename = "fail")]
        Fail,
    }
    impl ::std::fmt::Display for ReadinessCheckStatus {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Ok => f.write_str("ok"),
                Self::Fail => f.write_str("fail"),
            }
        }
    }
    impl ::std::str::FromStr for ReadinessCheckStatus {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "ok" => Ok(Self::Ok),
                "fail" => Ok(Self::Fail),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for ReadinessCheckStatus {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ReadinessCheckStatus {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///`ReadinessStatus`
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd,
    )]
    pub enum ReadinessStatus {
        #[serde(rename = "ready")]
        Ready,
        #[serde(rename = "not_ready")]
        NotReady,
    }
    impl ::std::fmt::Display for ReadinessStatus {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Ready => f.write_str("ready"),
                Self::NotReady => f.write_str("not_ready"),
            }
        }
    }
    impl ::std::str::FromStr for ReadinessStatus {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "ready" => Ok(Self::Ready),
                "not_ready" => Ok(Self::NotReady),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for ReadinessStatus {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ReadinessStatus {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///`Response`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct Response {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub completed_at: ::std::option::Option<f64>,
        pub created_at: f64,
        pub error: ResponseError,
        pub id: ResponseId,
        pub incomplete_details: IncompleteDetails,
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub instructions: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub max_output_tokens: ::std::option::Option<i64>,
        pub metadata: Metadata,
        pub model: ::std::string::String,
        pub object: ResponseObject,
        pub output: ::std::vec::Vec<OutputMessage>,
        pub parallel_tool_calls: bool,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub previous_response_id: ::std::option::Option<::std::string::String>,
        pub status: ResponseStatus,
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub temperature: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub text: ::std::option::Option<ResponseTextConfig>,
        pub tool_choice: ResponseToolChoice,
        pub tools: ::std::vec::Vec<ResponseFunctionTool>,
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub top_p: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub truncation: ::std::option::Option<ResponseTruncation>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub usage: ::std::option::Option<ResponseUsage>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub user: ::std::option::Option<::std::string::String>,
    }
    ///`response.content_part.added` or `response.content_part.done`.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct ResponseContentPartEvent {
        pub content_index: u64,
        pub item_id: ::std::string::String,
        pub output_index: u64,
        pub part: OutputTextContent,
        pub sequence_number: u64,
        #[serde(rename = "type")]
        pub type_: ResponseContentPartEventType,
    }
    ///`ResponseContentPartEventType`
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd,
    )]
    pub enum ResponseContentPartEventType {
        #[serde(rename = "response.content_part.added")]
        ResponseContentPartAdded,
        #[serde(rename = "response.content_part.done")]
        ResponseContentPartDone,
    }
    impl ::std::fmt::Display for ResponseContentPartEventType {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::ResponseContentPartAdded => f.write_str("response.content_part.added"),
                Self::ResponseContentPartDone => f.write_str("response.content_part.done"),
            }
        }
    }
    impl ::std::str::FromStr for ResponseContentPartEventType {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "response.content_part.added" => Ok(Self::ResponseContentPartAdded),
                "response.content_part.done" => Ok(Self::ResponseContentPartDone),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for ResponseContentPartEventType {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ResponseContentPartEventType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///`ResponseError`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[serde(transparent)]
    pub struct ResponseError(pub ::std::option::Option<ResponseErrorInner>);
    impl ::std::ops::Deref for ResponseError {
        type Target = ::std::option::Option<ResponseErrorInner>;
        fn deref(&self) -> &::std::option::Option<ResponseErrorInner> {
            &self.0
        }
    }
    impl ::std::convert::From<ResponseError> for ::std::option::Option<ResponseErrorInner> {
        fn from(value: ResponseError) -> Self {
            value.0
        }
    }
    impl ::std::convert::From<::std::option::Option<ResponseErrorInner>> for ResponseError {
        fn from(value: ::std::option::Option<ResponseErrorInner>) -> Self {
            Self(value)
        }
    }
    ///`ResponseErrorEvent`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct ResponseErrorEvent {
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub code: ::std::option::Option<::std::string::String>,
        pub message: ::std::string::String,
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub param: ::std::option::Option<::std::string::String>,
        pub sequence_number: u64,
        #[serde(rename = "type")]
        pub type_: ResponseErrorEventType,
    }
    ///`ResponseErrorEventType`
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd,
    )]
    pub enum ResponseErrorEventType {
        #[serde(rename = "error")]
        Error,
    }
    impl ::std::fmt::Display for ResponseErrorEventType {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Error => f.write_str("error"),
            }
        }
    }
    impl ::std::str::FromStr for ResponseErrorEventType {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "error" => Ok(Self::Error),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for ResponseErrorEventType {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ResponseErrorEventType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///`ResponseErrorInner`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct ResponseErrorInner {
        pub code: ::std::string::String,
        pub message: ::std::string::String,
    }
    ///`ResponseFunctionTool`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct ResponseFunctionTool {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub description: ::std::option::Option<::std::string::String>,
        pub name: ResponseFunctionToolName,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub parameters: ::std::option::Option<FunctionParameters>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub strict: ::std::option::Option<bool>,
        #[serde(rename = "type")]
        pub type_: ResponseFunctionToolType,
    }
    ///`ResponseFunctionToolName`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct ResponseFunctionToolName(::std::string::String);
    impl ::std::ops::Deref for ResponseFunctionToolName {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<ResponseFunctionToolName> for ::std::string::String {
        fn from(value: ResponseFunctionToolName) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for ResponseFunctionToolName {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            static PATTERN: ::std::sync::LazyLock<::regress::Regex> =
                ::std::sync::LazyLock::new(|| {
                    ::regress::Regex::new("^[a-zA-Z0-9_-]{1,64}$").unwrap()
                });
            if PATTERN.find(value).is_none() {
                return Err("doesn't match pattern \"^[a-zA-Z0-9_-]{1,64}$\"".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for ResponseFunctionToolName {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ResponseFunctionToolName {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ResponseFunctionToolName {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///`ResponseFunctionToolType`
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd,
    )]
    pub enum ResponseFunctionToolType {
        #[serde(rename = "function")]
        Function,
    }
    impl ::std::fmt::Display for ResponseFunctionToolType {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Function => f.write_str("function"),
            }
        }
    }
    impl ::std::str::FromStr for ResponseFunctionToolType {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "function" => Ok(Self::Function),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for ResponseFunctionToolType {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ResponseFunctionToolType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///`ResponseId`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct ResponseId(::std::string::String);
    impl ::std::ops::Deref for ResponseId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<ResponseId> for ::std::string::String {
        fn from(value: ResponseId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for ResponseId {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            static PATTERN: ::std::sync::LazyLock<::regress::Regex> =
                ::std::sync::LazyLock::new(|| ::regress::Regex::new("^resp_").unwrap());
            if PATTERN.find(value).is_none() {
                return Err("doesn't match pattern \"^resp_\"".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for ResponseId {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ResponseId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ResponseId {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///Text, or a list of message items.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[serde(untagged)]
    pub enum ResponseInput {
        String(::std::string::String),
        Array(::std::vec::Vec<ResponseInputMessage>),
    }
    impl ::std::convert::From<::std::vec::Vec<ResponseInputMessage>> for ResponseInput {
        fn from(value: ::std::vec::Vec<ResponseInputMessage>) -> Self {
            Self::Array(value)
        }
    }
    ///`ResponseInputContent`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct ResponseInputContent {
        pub text: ::std::string::String,
        #[serde(rename = "type")]
        pub type_: ResponseInputContentType,
    }
    ///`ResponseInputContentType`
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd,
    )]
    pub enum ResponseInputContentType {
        #[serde(rename = "input_text")]
        InputText,
        #[serde(rename = "output_text")]
        OutputText,
    }
    impl ::std::fmt::Display for ResponseInputContentType {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::InputText => f.write_str("input_text"),
                Self::OutputText => f.write_str("output_text"),
            }
        }
    }
    impl ::std::str::FromStr for ResponseInputContentType {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "input_text" => Ok(Self::InputText),
                "output_text" => Ok(Self::OutputText),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for ResponseInputContentType {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ResponseInputContentType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///`ResponseInputMessage`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct ResponseInputMessage {
        pub content: ResponseInputMessageContent,
        pub role: ResponseInputMessageRole,
        #[serde(
            rename = "type",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub type_: ::std::option::Option<ResponseInputMessageType>,
    }
    ///`ResponseInputMessageContent`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[serde(untagged)]
    pub enum ResponseInputMessageContent {
        String(::std::string::String),
        Array(::std::vec::Vec<ResponseInputContent>),
    }
    impl ::std::convert::From<::std::vec::Vec<ResponseInputContent>> for ResponseInputMessageContent {
        fn from(value: ::std::vec::Vec<ResponseInputContent>) -> Self {
            Self::Array(value)
        }
    }
    ///`ResponseInputMessageRole`
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd,
    )]
    pub enum ResponseInputMessageRole {
        #[serde(rename = "user")]
        User,
        #[serde(rename = "assistant")]
        Assistant,
        #[serde(rename = "system")]
        System,
        #[serde(rename = "developer")]
        Developer,
    }
    impl ::std::fmt::Display for ResponseInputMessageRole {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::User => f.write_str("user"),
                Self::Assistant => f.write_str("assistant"),
                Self::System => f.write_str("system"),
                Self::Developer => f.write_str("developer"),
            }
        }
    }
    impl ::std::str::FromStr for ResponseInputMessageRole {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "user" => Ok(Self::User),
                "assistant" => Ok(Self::Assistant),
                "system" => Ok(Self::System),
                "developer" => Ok(Self::Developer),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for ResponseInputMessageRole {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ResponseInputMessageRole {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///`ResponseInputMessageType`
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd,
    )]
    pub enum ResponseInputMessageType {
        #[serde(rename = "message")]
        Message,
    }
    impl ::std::fmt::Display for ResponseInputMessageType {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Message => f.write_str("message"),
            }
        }
    }
    impl ::std::str::FromStr for ResponseInputMessageType {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "message" => Ok(Self::Message),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for ResponseInputMessageType {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ResponseInputMessageType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///`response.created`, `response.in_progress`, `response.completed`, `response.incomplete` or `response.failed`, with the whole response.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct ResponseLifecycleEvent {
        pub response: Response,
        pub sequence_number: u64,
        #[serde(rename = "type")]
        pub type_: ResponseLifecycleEventType,
    }
    ///`ResponseLifecycleEventType`
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd,
    )]
    pub enum ResponseLifecycleEventType {
        #[serde(rename = "response.created")]
        ResponseCreated,
        #[serde(rename = "response.in_progress")]
        ResponseInProgress,
        #[serde(rename = "response.completed")]
        ResponseCompleted,
        #[serde(rename = "response.incomplete")]
        ResponseIncomplete,
        #[serde(rename = "response.failed")]
        ResponseFailed,
    }
    impl ::std::fmt::Display for ResponseLifecycleEventType {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::ResponseCreated => f.write_str("response.created"),
                Self::ResponseInProgress => f.write_str("response.in_progress"),
                Self::ResponseCompleted => f.write_str("response.completed"),
                Self::ResponseIncomplete => f.write_str("response.incomplete"),
                Self::ResponseFailed => f.write_str("response.failed"),
            }
        }
    }
    impl ::std::str::FromStr for ResponseLifecycleEventType {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "response.created" => Ok(Self::ResponseCreated),
                "response.in_progress" => Ok(Self::ResponseInProgress),
                "response.completed" => Ok(Self::ResponseCompleted),
                "response.incomplete" => Ok(Self::ResponseIncomplete),
                "response.failed" => Ok(Self::ResponseFailed),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for ResponseLifecycleEventType {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ResponseLifecycleEventType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///`ResponseObject`
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd,
    )]
    pub enum ResponseObject {
        #[serde(rename = "response")]
        Response,
    }
    impl ::std::fmt::Display for ResponseObject {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Response => f.write_str("response"),
            }
        }
    }
    impl ::std::str::FromStr for ResponseObject {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "response" => Ok(Self::Response),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for ResponseObject {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ResponseObject {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///`response.output_item.added` or `response.output_item.done`.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct ResponseOutputItemEvent {
        pub item: OutputMessage,
        pub output_index: u64,
        pub sequence_number: u64,
        #[serde(rename = "type")]
        pub type_: ResponseOutputItemEventType,
    }
    ///`ResponseOutputItemEventType`
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd,
    )]
    pub enum ResponseOutputItemEventType {
        #[serde(rename = "response.output_item.added")]
        ResponseOutputItemAdded,
        #[serde(rename = "response.output_item.done")]
        ResponseOutputItemDone,
    }
    impl ::std::fmt::Display for ResponseOutputItemEventType {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::ResponseOutputItemAdded => f.write_str("response.output_item.added"),
                Self::ResponseOutputItemDone => f.write_str("response.output_item.done"),
            }
        }
    }
    impl ::std::str::FromStr for ResponseOutputItemEventType {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "response.output_item.added" => Ok(Self::ResponseOutputItemAdded),
                "response.output_item.done" => Ok(Self::ResponseOutputItemDone),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for ResponseOutputItemEventType {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ResponseOutputItemEventType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///`ResponseStatus`
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd,
    )]
    pub enum ResponseStatus {
        #[serde(rename = "completed")]
        Completed,
        #[serde(rename = "failed")]
        Failed,
        #[serde(rename = "in_progress")]
        InProgress,
        #[serde(rename = "cancelled")]
        Cancelled,
        #[serde(rename = "queued")]
        Queued,
        #[serde(rename = "incomplete")]
        Incomplete,
    }
    impl ::std::fmt::Display for ResponseStatus {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Completed => f.write_str("completed"),
                Self::Failed => f.write_str("failed"),
                Self::InProgress => f.write_str("in_progress"),
                Self::Cancelled => f.write_str("cancelled"),
                Self::Queued => f.write_str("queued"),
                Self::Incomplete => f.write_str("incomplete"),
            }
        }
    }
    impl ::std::str::FromStr for ResponseStatus {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "completed" => Ok(Self::Completed),
                "failed" => Ok(Self::Failed),
                "in_progress" => Ok(Self::InProgress),
                "cancelled" => Ok(Self::Cancelled),
                "queued" => Ok(Self::Queued),
                "incomplete" => Ok(Self::Incomplete),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for ResponseStatus {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ResponseStatus {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///One frame of a streamed response, discriminated by `type`.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[serde(untagged)]
    pub enum ResponseStreamEvent {
        LifecycleEvent(ResponseLifecycleEvent),
        OutputItemEvent(ResponseOutputItemEvent),
        ContentPartEvent(ResponseContentPartEvent),
        TextDeltaEvent(ResponseTextDeltaEvent),
        TextDoneEvent(ResponseTextDoneEvent),
        ErrorEvent(ResponseErrorEvent),
    }
    impl ::std::convert::From<ResponseLifecycleEvent> for ResponseStreamEvent {
        fn from(value: ResponseLifecycleEvent) -> Self {
            Self::LifecycleEvent(value)
        }
    }
    impl ::std::convert::From<ResponseOutputItemEvent> for ResponseStreamEvent {
        fn from(value: ResponseOutputItemEvent) -> Self {
            Self::OutputItemEvent(value)
        }
    }
    impl ::std::convert::From<ResponseContentPartEvent> for ResponseStreamEvent {
        fn from(value: ResponseContentPartEvent) -> Self {
            Self::ContentPartEvent(value)
        }
    }
    impl ::std::convert::From<ResponseTextDeltaEvent> for ResponseStreamEvent {
        fn from(value: ResponseTextDeltaEvent) -> Self {
            Self::TextDeltaEvent(value)
        }
    }
    impl ::std::convert::From<ResponseTextDoneEvent> for ResponseStreamEvent {
        fn from(value: ResponseTextDoneEvent) -> Self {
            Self::TextDoneEvent(value)
        }
    }
    impl ::std::convert::From<ResponseErrorEvent> for ResponseStreamEvent {
        fn from(value: ResponseErrorEvent) -> Self {
            Self::ErrorEvent(value)
        }
    }
    ///`ResponseTextConfig`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    pub struct ResponseTextConfig {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub format: ::std::option::Option<ResponseTextFormat>,
    }
    ///`ResponseTextDeltaEvent`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct ResponseTextDeltaEvent {
        pub content_index: u64,
        pub delta: ::std::string::String,
        pub item_id: ::std::string::String,
        pub logprobs:
            ::std::vec::Vec<::serde_json::Map<::std::string::String, ::serde_json::Value>>,
        pub output_index: u64,
        pub sequence_number: u64,
        #[serde(rename = "type")]
        pub type_: ResponseTextDeltaEventType,
    }
    ///`ResponseTextDeltaEventType`
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd,
    )]
    pub enum ResponseTextDeltaEventType {
        #[serde(rename = "response.output_text.delta")]
        ResponseOutputTextDelta,
    }
    impl ::std::fmt::Display for ResponseTextDeltaEventType {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::ResponseOutputTextDelta => f.write_str("response.output_text.delta"),
            }
        }
    }
    impl ::std::str::FromStr for ResponseTextDeltaEventType {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "response.output_text.delta" => Ok(Self::ResponseOutputTextDelta),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for ResponseTextDeltaEventType {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ResponseTextDeltaEventType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///`ResponseTextDoneEvent`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct ResponseTextDoneEvent {
        pub content_index: u64,
        pub item_id: ::std::string::String,
        pub logprobs:
            ::std::vec::Vec<::serde_json::Map<::std::string::String, ::serde_json::Value>>,
        pub output_index: u64,
        pub sequence_number: u64,
        pub text: ::std::string::String,
        #[serde(rename = "type")]
        pub type_: ResponseTextDoneEventType,
    }
    ///`ResponseTextDoneEventType`
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd,
    )]
    pub enum ResponseTextDoneEventType {
        #[serde(rename = "response.output_text.done")]
        ResponseOutputTextDone,
    }
    impl ::std::fmt::Display for ResponseTextDoneEventType {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::ResponseOutputTextDone => f.write_str("response.output_text.done"),
            }
        }
    }
    impl ::std::str::FromStr for ResponseTextDoneEventType {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "response.output_text.done" => Ok(Self::ResponseOutputTextDone),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for ResponseTextDoneEventType {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ResponseTextDoneEventType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///`text`, `json_object`, or `json_schema` with `name` and `schema`.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct ResponseTextFormat {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub description: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<ResponseTextFormatName>,
        #[serde(default, skip_serializing_if = "::serde_json::Map::is_empty")]
        pub schema: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub strict: ::std::option::Option<bool>,
        #[serde(rename = "type")]
        pub type_: ResponseTextFormatType,
    }
    ///`ResponseTextFormatName`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct ResponseTextFormatName(::std::string::String);
    impl ::std::ops::Deref for ResponseTextFormatName {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<ResponseTextFormatName> for ::std::string::String {
        fn from(value: ResponseTextFormatName) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for ResponseTextFormatName {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            static PATTERN: ::std::sync::LazyLock<::regress::Regex> =
                ::std::sync::LazyLock::new(|| {
                    ::regress::Regex::new("^[a-zA-Z0-9_-]{1,64}$").unwrap()
                });
            if PATTERN.find(value).is_none() {
                return Err("doesn't match pattern \"^[a-zA-Z0-9_-]{1,64}$\"".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for ResponseTextFormatName {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ResponseTextFormatName {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ResponseTextFormatName {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///`ResponseTextFormatType`
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd,
    )]
    pub enum ResponseTextFormatType {
        #[serde(rename = "text")]
        Text,
        #[serde(rename = "json_object")]
        JsonObject,
        #[serde(rename = "json_schema")]
        JsonSchema,
    }
    impl ::std::fmt::Display for ResponseTextFormatType {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Text => f.write_str("text"),
                Self::JsonObject => f.write_str("json_object"),
                Self::JsonSchema => f.write_str("json_schema"),
            }
        }
    }
    impl ::std::str::FromStr for ResponseTextFormatType {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "text" => Ok(Self::Text),
                "json_object" => Ok(Self::JsonObject),
                "json_schema" => Ok(Self::JsonSchema),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for ResponseTextFormatType {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ResponseTextFormatType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///`ResponseToolChoice`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[serde(untagged)]
    pub enum ResponseToolChoice {
        String(ResponseToolChoiceString),
        ResponseToolChoiceFunction(ResponseToolChoiceFunction),
    }
    impl ::std::convert::From<ResponseToolChoiceString> for ResponseToolChoice {
        fn from(value: ResponseToolChoiceString) -> Self {
            Self::String(value)
        }
    }
    impl ::std::convert::From<ResponseToolChoiceFunction> for ResponseToolChoice {
        fn from(value: ResponseToolChoiceFunction) -> Self {
            Self::ResponseToolChoiceFunction(value)
        }
    }
    ///`ResponseToolChoiceFunction`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct ResponseToolChoiceFunction {
        pub name: ::std::string::String,
        #[serde(rename = "type")]
        pub type_: ResponseToolChoiceFunctionType,
    }
    ///`ResponseToolChoiceFunctionType`
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd,
    )]
    pub enum ResponseToolChoiceFunctionType {
        #[serde(rename = "function")]
        Function,
    }
    impl ::std::fmt::Display for ResponseToolChoiceFunctionType {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Function => f.write_str("function"),
            }
        }
    }
    impl ::std::str::FromStr for ResponseToolChoiceFunctionType {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "function" => Ok(Self::Function),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for ResponseToolChoiceFunctionType {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ResponseToolChoiceFunctionType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///`ResponseToolChoiceString`
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd,
    )]
    pub enum ResponseToolChoiceString {
        #[serde(rename = "none")]
        None,
        #[serde(rename = "auto")]
        Auto,
        #[serde(rename = "required")]
        Required,
    }
    impl ::std::fmt::Display for ResponseToolChoiceString {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::None => f.write_str("none"),
                Self::Auto => f.write_str("auto"),
                Self::Required => f.write_str("required"),
            }
        }
    }
    impl ::std::str::FromStr for ResponseToolChoiceString {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "none" => Ok(Self::None),
                "auto" => Ok(Self::Auto),
                "required" => Ok(Self::Required),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for ResponseToolChoiceString {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ResponseToolChoiceString {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///`ResponseTruncation`
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd,
    )]
    pub enum ResponseTruncation {
        #[serde(rename = "auto")]
        Auto,
        #[serde(rename = "disabled")]
        Disabled,
    }
    impl ::std::fmt::Display for ResponseTruncation {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Auto => f.write_str("auto"),
                Self::Disabled => f.write_str("disabled"),
            }
        }
    }
    impl ::std::str::FromStr for ResponseTruncation {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "auto" => Ok(Self::Auto),
                "disabled" => Ok(Self::Disabled),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for ResponseTruncation {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ResponseTruncation {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///`ResponseUsage`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct ResponseUsage {
        pub input_tokens: u64,
        pub input_tokens_details: ResponseUsageInputTokensDetails,
        pub output_tokens: u64,
        pub output_tokens_details: ResponseUsageOutputTokensDetails,
        pub total_tokens: u64,
    }
    ///`ResponseUsageInputTokensDetails`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct ResponseUsageInputTokensDetails {
        pub cached_tokens: u64,
    }
    ///`ResponseUsageOutputTokensDetails`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct ResponseUsageOutputTokensDetails {
        pub reasoning_tokens: u64,
    }
    ///`RetrieveModelModel`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct RetrieveModelModel(::std::string::String);
    impl ::std::ops::Deref for RetrieveModelModel {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<RetrieveModelModel> for ::std::string::String {
        fn from(value: RetrieveModelModel) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for RetrieveModelModel {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 256usize {
                return Err("longer than 256 characters".into());
            }
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for RetrieveModelModel {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for RetrieveModelModel {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for RetrieveModelModel {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///`SearchHit`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct SearchHit {
        pub id: ::std::string::String,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub metadata: ::std::option::Option<VectorMetadata>,
        pub score: f64,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub text: ::std::option::Option<::std::string::String>,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub vector: ::std::vec::Vec<f64>,
    }
    ///`SearchIndexIndexId`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct SearchIndexIndexId(::std::string::String);
    impl ::std::ops::Deref for SearchIndexIndexId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<SearchIndexIndexId> for ::std::string::String {
        fn from(value: SearchIndexIndexId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for SearchIndexIndexId {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 64usize {
                return Err("longer than 64 characters".into());
            }
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for SearchIndexIndexId {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for SearchIndexIndexId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for SearchIndexIndexId {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///Carries `vector` or `text` (not both).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[serde(untagged, deny_unknown_fields)]
    pub enum SearchIndexRequest {
        Variant0 {
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            filter: ::std::option::Option<VectorMetadata>,
            #[serde(default = "defaults::default_bool::<true>")]
            include_metadata: bool,
            #[serde(default)]
            include_vectors: bool,
            #[serde(default = "defaults::default_nzu64::<::std::num::NonZeroU64, 10>")]
            k: ::std::num::NonZeroU64,
            vector: Vector,
        },
        Variant1 {
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            filter: ::std::option::Option<VectorMetadata>,
            #[serde(default = "defaults::default_bool::<true>")]
            include_metadata: bool,
            #[serde(default)]
            include_vectors: bool,
            #[serde(default = "defaults::default_nzu64::<::std::num::NonZeroU64, 10>")]
            k: ::std::num::NonZeroU64,
            text: SearchIndexRequestVariant1Text,
        },
    }
    ///`SearchIndexRequestVariant1Text`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct SearchIndexRequestVariant1Text(::std::string::String);
    impl ::std::ops::Deref for SearchIndexRequestVariant1Text {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<SearchIndexRequestVariant1Text> for ::std::string::String {
        fn from(value: SearchIndexRequestVariant1Text) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for SearchIndexRequestVariant1Text {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 20000usize {
                return Err("longer than 20000 characters".into());
            }
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for SearchIndexRequestVariant1Text {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for SearchIndexRequestVariant1Text {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for SearchIndexRequestVariant1Text {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///`SearchIndexResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct SearchIndexResponse {
        pub data: ::std::vec::Vec<SearchHit>,
        pub index_id: ::std::string::String,
        pub object: SearchIndexResponseObject,
        pub usage: EmbeddingUsage,
    }
    ///`SearchIndexResponseObject`
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd,
    )]
    pub enum SearchIndexResponseObject {
        #[serde(rename = "list")]
        List,
    }
    impl ::std::fmt::Display for SearchIndexResponseObject {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::List => f.write_str("list"),
            }
        }
    }
    impl ::std::str::FromStr for SearchIndexResponseObject {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "list" => Ok(Self::List),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for SearchIndexResponseObject {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for SearchIndexResponseObject {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///Up to 4 sequences where generation stops.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[serde(untagged)]
    pub enum StopSequences {
        String(::std::string::String),
        Array(::std::vec::Vec<::std::string::String>),
    }
    impl ::std::convert::From<::std::vec::Vec<::std::string::String>> for StopSequences {
        fn from(value: ::std::vec::Vec<::std::string::String>) -> Self {
            Self::Array(value)
        }
    }
    ///Sampling temperature; 0 is greedy.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[serde(transparent)]
    pub struct Temperature(pub ::std::option::Option<f64>);
    impl ::std::ops::Deref for Temperature {
        type Target = ::std::option::Option<f64>;
        fn deref(&self) -> &::std::option::Option<f64> {
            &self.0
        }
    }
    impl ::std::convert::From<Temperature> for ::std::option::Option<f64> {
        fn from(value: Temperature) -> Self {
            value.0
        }
    }
    impl ::std::convert::From<::std::option::Option<f64>> for Temperature {
        fn from(value: ::std::option::Option<f64>) -> Self {
            Self(value)
        }
    }
    ///Nucleus sampling probability mass.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[serde(transparent)]
    pub struct TopP(pub ::std::option::Option<f64>);
    impl ::std::ops::Deref for TopP {
        type Target = ::std::option::Option<f64>;
        fn deref(&self) -> &::std::option::Option<f64> {
            &self.0
        }
    }
    impl ::std::convert::From<TopP> for ::std::option::Option<f64> {
        fn from(value: TopP) -> Self {
            value.0
        }
    }
    impl ::std::convert::From<::std::option::Option<f64>> for TopP {
        fn from(value: ::std::option::Option<f64>) -> Self {
            Self(value)
        }
    }
    ///`UpsertVectorsIndexId`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct UpsertVectorsIndexId(::std::string::String);
    impl ::std::ops::Deref for UpsertVectorsIndexId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<UpsertVectorsIndexId> for ::std::string::String {
        fn from(value: UpsertVectorsIndexId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for UpsertVectorsIndexId {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 64usize {
                return Err("longer than 64 characters".into());
            }
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for UpsertVectorsIndexId {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for UpsertVectorsIndexId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for UpsertVectorsIndexId {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///`UpsertVectorsRequest`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[serde(deny_unknown_fields)]
    pub struct UpsertVectorsRequest {
        pub vectors: ::std::vec::Vec<VectorItem>,
    }
    ///`UpsertVectorsResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct UpsertVectorsResponse {
        pub dimension: ::std::num::NonZeroU64,
        pub ids: ::std::vec::Vec<::std::string::String>,
        pub index_id: ::std::string::String,
        pub object: UpsertVectorsResponseObject,
        pub upserted_count: u64,
        pub usage: EmbeddingUsage,
    }
    ///`UpsertVectorsResponseObject`
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd,
    )]
    pub enum UpsertVectorsResponseObject {
        #[serde(rename = "index.vectors.upserted")]
        IndexVectorsUpserted,
    }
    impl ::std::fmt::Display for UpsertVectorsResponseObject {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::IndexVectorsUpserted => f.write_str("index.vectors.upserted"),
            }
        }
    }
    impl ::std::str::FromStr for UpsertVectorsResponseObject {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "index.vectors.upserted" => Ok(Self::IndexVectorsUpserted),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for UpsertVectorsResponseObject {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for UpsertVectorsResponseObject {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///`ValidationIssue`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct ValidationIssue {
        pub message: ::std::string::String,
        ///JSON pointer of the offending value within the request part.
        pub param: ::std::string::String,
    }
    ///`Vector`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[serde(transparent)]
    pub struct Vector(pub ::std::vec::Vec<f64>);
    impl ::std::ops::Deref for Vector {
        type Target = ::std::vec::Vec<f64>;
        fn deref(&self) -> &::std::vec::Vec<f64> {
            &self.0
        }
    }
    impl ::std::convert::From<Vector> for ::std::vec::Vec<f64> {
        fn from(value: Vector) -> Self {
            value.0
        }
    }
    impl ::std::convert::From<::std::vec::Vec<f64>> for Vector {
        fn from(value: ::std::vec::Vec<f64>) -> Self {
            Self(value)
        }
    }
    ///Carries `vector`, or `text` to embed with the index's model (not both).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[serde(untagged, deny_unknown_fields)]
    pub enum VectorItem {
        Variant0 {
            id: VectorItemVariant0Id,
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            metadata: ::std::option::Option<VectorMetadata>,
            vector: Vector,
        },
        Variant1 {
            id: VectorItemVariant1Id,
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            metadata: ::std::option::Option<VectorMetadata>,
            text: VectorItemVariant1Text,
        },
    }
    ///`VectorItemVariant0Id`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct VectorItemVariant0Id(::std::string::String);
    impl ::std::ops::Deref for VectorItemVariant0Id {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<VectorItemVariant0Id> for ::std::string::String {
        fn from(value: VectorItemVariant0Id) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for VectorItemVariant0Id {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 256usize {
                return Err("longer than 256 characters".into());
            }
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for VectorItemVariant0Id {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for VectorItemVariant0Id {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for VectorItemVariant0Id {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///`VectorItemVariant1Id`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct VectorItemVariant1Id(::std::string::String);
    impl ::std::ops::Deref for VectorItemVariant1Id {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<VectorItemVariant1Id> for ::std::string::String {
        fn from(value: VectorItemVariant1Id) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for VectorItemVariant1Id {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 256usize {
                return Err("longer than 256 characters".into());
            }
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for VectorItemVariant1Id {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for VectorItemVariant1Id {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for VectorItemVariant1Id {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///`VectorItemVariant1Text`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct VectorItemVariant1Text(::std::string::String);
    impl ::std::ops::Deref for VectorItemVariant1Text {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<VectorItemVariant1Text> for ::std::string::String {
        fn from(value: VectorItemVariant1Text) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for VectorItemVariant1Text {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 20000usize {
                return Err("longer than 20000 characters".into());
            }
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for VectorItemVariant1Text {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for VectorItemVariant1Text {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for VectorItemVariant1Text {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///`VectorMetadata`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[serde(transparent)]
    pub struct VectorMetadata(
        pub ::std::collections::HashMap<::std::string::String, MetadataValue>,
    );
    impl ::std::ops::Deref for VectorMetadata {
        type Target = ::std::collections::HashMap<::std::string::String, MetadataValue>;
        fn deref(&self) -> &::std::collections::HashMap<::std::string::String, MetadataValue> {
            &self.0
        }
    }
    impl ::std::convert::From<VectorMetadata>
        for ::std::collections::HashMap<::std::string::String, MetadataValue>
    {
        fn from(value: VectorMetadata) -> Self {
            value.0
        }
    }
    impl ::std::convert::From<::std::collections::HashMap<::std::string::String, MetadataValue>>
        for VectorMetadata
    {
        fn from(value: ::std::collections::HashMap<::std::string::String, MetadataValue>) -> Self {
            Self(value)
        }
    }
    /// Generation of default values for serde.
    pub mod defaults {
        pub(super) fn default_bool<const V: bool>() -> bool {
            V
        }
        pub(super) fn default_nzu64<T, const V: u64>() -> T
        where
            T: ::std::convert::TryFrom<::std::num::NonZeroU64>,
            <T as ::std::convert::TryFrom<::std::num::NonZeroU64>>::Error: ::std::fmt::Debug,
        {
            T::try_from(::std::num::NonZeroU64::try_from(V).unwrap()).unwrap()
        }
        pub(super) fn create_chat_completion_request_stream() -> ::std::option::Option<bool> {
            ::std::option::Option::Some(false)
        }
        pub(super) fn create_embedding_request_encoding_format(
        ) -> super::CreateEmbeddingRequestEncodingFormat {
            super::CreateEmbeddingRequestEncodingFormat::Float
        }
        pub(super) fn create_index_request_metric() -> super::Metric {
            super::Metric::Angular
        }
        pub(super) fn create_response_request_stream() -> ::std::option::Option<bool> {
            ::std::option::Option::Some(false)
        }
        pub(super) fn dream_constraints_steps() -> ::std::vec::Vec<super::DreamStep> {
            vec![
                super::DreamStep::Imagine,
                super::DreamStep::Expand,
                super::DreamStep::Critique,
            ]
        }
    }
    /// Error types.
    pub mod error {
        /// Error from a `TryFrom` or `FromStr` implementation.
        pub struct ConversionError(::std::borrow::Cow<'static, str>);
        impl ::std::error::Error for ConversionError {}
        impl ::std::fmt::Display for ConversionError {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> Result<(), ::std::fmt::Error> {
                ::std::fmt::Display::fmt(&self.0, f)
            }
        }
        impl ::std::fmt::Debug for ConversionError {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> Result<(), ::std::fmt::Error> {
                ::std::fmt::Debug::fmt(&self.0, f)
            }
        }
        impl From<&'static str> for ConversionError {
            fn from(value: &'static str) -> Self {
                Self(value.into())
            }
        }
        impl From<String> for ConversionError {
            fn from(value: String) -> Self {
                Self(value.into())
            }
        }
    }
}
#[derive(Clone, Debug)]
/**Client for LUKHAS façade API

OpenAI-compatible API for the LUKHAS MATRIZ engine, plus LUKHAS extensions (dreams, vector indexes).

This document is the source of truth: server stubs, the Rust client, the Postman collection and the
OpenAI function-tool schemas are generated from it (`make generate`).

Conventions:
- Every error answers with the OpenAI error envelope `{"error": {"message", "type", "param", "code"}}`.
  Validation errors list every violation in `error.errors` (`param` is the JSON pointer of the first).
- Every response carries `x-request-id` (a client's `x-request-id` is echoed back when it is sane).
- `x-lukhas-scopes` on an operation lists the API-key scopes it needs.
- `x-lukhas-greedy` on a path parameter means the value may contain `/` (sent raw or as `%2F`).
- `x-lukhas-sse-terminator` on a `text/event-stream` media type names the final sentinel data line.


Version: 0.1.0*/
pub struct Client {
    pub(crate) baseurl: String,
    pub(crate) client: reqwest::Client,
}
impl Client {
    /// Create a new client.
    ///
    /// `baseurl` is the base URL provided to the internal
    /// `reqwest::Client`, and should include a scheme and hostname,
    /// as well as port and a path stem if applicable.
    pub fn new(baseurl: &str) -> Self {
        #[cfg(not(target_arch = "wasm32"))]
        let client = {
            let dur = ::std::time::Duration::from_secs(15u64);
            reqwest::ClientBuilder::new()
                .connect_timeout(dur)
                .timeout(dur)
        };
        #[cfg(target_arch = "wasm32")]
        let client = reqwest::ClientBuilder::new();
        Self::new_with_client(baseurl, client.build().unwrap())
    }
    /// Construct a new client with an existing `reqwest::Client`,
    /// allowing more control over its configuration.
    ///
    /// `baseurl` is the base URL provided to the internal
    /// `reqwest::Client`, and should include a scheme and hostname,
    /// as well as port and a path stem if applicable.
    pub fn new_with_client(baseurl: &str, client: reqwest::Client) -> Self {
        Self {
            baseurl: baseurl.to_string(),
            client,
        }
    }
}
impl ClientInfo<()> for Client {
    fn api_version() -> &'static str {
        "0.1.0"
    }
    fn baseurl(&self) -> &str {
        self.baseurl.as_str()
    }
    fn client(&self) -> &reqwest::Client {
        &self.client
    }
    fn inner(&self) -> &() {
        &()
    }
}
impl ClientHooks<()> for &Client {}
#[allow(clippy::all)]
impl Client {
    /**Liveness probe

    Answers as long as the process serves HTTP, whatever its dependencies are doing.

    Sends a `GET` request to `/healthz`

    */
    pub async fn get_health<'a>(
        &'a self,
    ) -> Result<ResponseValue<types::Health>, Error<types::ErrorResponse>> {
        let url = format!("{}/healthz", self.baseurl,);
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .get(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "get_health",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200u16 => ResponseValue::from_response(response).await,
            500u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }
    /**Readiness probe with per-dependency checks

    200 when every engine and the storage are usable, 503 otherwise; the body lists each check.

    Sends a `GET` request to `/readyz`

    */
    pub async fn get_readiness<'a>(
        &'a self,
    ) -> Result<ResponseValue<types::Readiness>, Error<types::Readiness>> {
        let url = format!("{}/readyz", self.baseurl,);
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .get(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "get_readiness",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200u16 => ResponseValue::from_response(response).await,
            503u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }
    /**Prometheus metrics

    Request counts and latency histograms by route and status, in the Prometheus text format.

    Sends a `GET` request to `/metrics`

    */
    pub async fn get_metrics<'a>(
        &'a self,
    ) -> Result<ResponseValue<ByteStream>, Error<types::ErrorResponse>> {
        let url = format!("{}/metrics", self.baseurl,);
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        #[allow(unused_mut)]
        let mut request = self.client.get(url).headers(header_map).build()?;
        let info = OperationInfo {
            operation_id: "get_metrics",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200u16 => Ok(ResponseValue::stream(response)),
            500u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }
    /**List the models this server serves

    Sends a `GET` request to `/v1/models`

    */
    pub async fn list_models<'a>(
        &'a self,
    ) -> Result<ResponseValue<types::ListModelsResponse>, Error<types::ErrorResponse>> {
        let url = format!("{}/v1/models", self.baseurl,);
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .get(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "list_models",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200u16 => ResponseValue::from_response(response).await,
            401u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            403u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            429u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            500u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            503u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }
    /**Retrieve one model

    Sends a `GET` request to `/v1/models/{model}`

    Arguments:
    - `model`: The model id; it may contain `/`, sent raw or as `%2F`.
    */
    pub async fn retrieve_model<'a>(
        &'a self,
        model: &'a types::RetrieveModelModel,
    ) -> Result<ResponseValue<types::Model>, Error<types::ErrorResponse>> {
        let url = format!(
            "{}/v1/models/{}",
            self.baseurl,
            encode_path(&model.to_string()),
        );
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .get(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "retrieve_model",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200u16 => ResponseValue::from_response(response).await,
            400u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            401u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            403u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            404u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            429u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            500u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            503u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }
    /**Create a model response

    Generates a response for `input`. With `stream: true` the answer is a `text/event-stream` of
    `ResponseStreamEvent` frames: `response.created`, `response.in_progress`,
    `response.output_item.added`, `response.content_part.added`, `response.output_text.delta`*,
    `response.output_text.done`, `response.content_part.done`, `response.output_item.done`, then
    `response.completed` (or `response.incomplete`), each with an increasing `sequence_number`.


    Sends a `POST` request to `/v1/responses`

    */
    pub async fn create_response<'a>(
        &'a self,
        body: &'a types::CreateResponseRequest,
    ) -> Result<ResponseValue<types::Response>, Error<types::ErrorResponse>> {
        let url = format!("{}/v1/responses", self.baseurl,);
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .post(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .json(&body)
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "create_response",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200u16 => ResponseValue::from_response(response).await,
            400u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            401u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            403u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            404u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            413u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            415u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            429u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            500u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            502u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            503u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            504u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }
    /**Create a chat completion

    Generates the assistant's next message. With `stream: true` the answer is a `text/event-stream` of
    `chat.completion.chunk` frames ending with `data: [DONE]`; with `stream_options.include_usage` a
    last chunk with `choices: []` carries the usage.


    Sends a `POST` request to `/v1/chat/completions`

    */
    pub async fn create_chat_completion<'a>(
        &'a self,
        body: &'a types::CreateChatCompletionRequest,
    ) -> Result<ResponseValue<types::CreateChatCompletionResponse>, Error<types::ErrorResponse>>
    {
        let url = format!("{}/v1/chat/completions", self.baseurl,);
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .post(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .json(&body)
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "create_chat_completion",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200u16 => ResponseValue::from_response(response).await,
            400u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            401u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            403u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            404u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            413u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            415u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            429u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            500u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            502u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            503u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            504u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }
    /**Create embeddings

    Embeds a string, an array of strings, an array of token ids or an array of token-id arrays.
    `encoding_format: base64` (the Python SDK's default) returns little-endian float32 bytes.


    Sends a `POST` request to `/v1/embeddings`

    */
    pub async fn create_embedding<'a>(
        &'a self,
        body: &'a types::CreateEmbeddingRequest,
    ) -> Result<ResponseValue<types::CreateEmbeddingResponse>, Error<types::ErrorResponse>> {
        let url = format!("{}/v1/embeddings", self.baseurl,);
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .post(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .json(&body)
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "create_embedding",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200u16 => ResponseValue::from_response(response).await,
            400u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            401u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            403u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            404u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            413u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            415u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            429u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            500u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            502u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            503u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            504u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }
    /**Run a dream, a multi-step generation trace

    Runs a pipeline of generation steps (imagine -> expand -> critique by default) where each step is
    conditioned on the seed, the constraints and the steps before it. With `stream: true` the answer is
    a `text/event-stream` of `DreamStreamEvent` frames: `dream.step.delta` frames as each step's text is
    generated, one `dream.step.completed` per finished step (its trace), then `dream.completed` with the
    whole dream.


    Sends a `POST` request to `/v1/dreams`

    */
    pub async fn create_dream<'a>(
        &'a self,
        body: &'a types::CreateDreamRequest,
    ) -> Result<ResponseValue<types::Dream>, Error<types::ErrorResponse>> {
        let url = format!("{}/v1/dreams", self.baseurl,);
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .post(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .json(&body)
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "create_dream",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200u16 => ResponseValue::from_response(response).await,
            400u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            401u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            403u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            404u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            413u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            415u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            429u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            500u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            502u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            503u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            504u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }
    /**List your vector indexes

    Indexes of the caller's tenant, oldest first, paginated with `limit` and `after`.

    Sends a `GET` request to `/v1/indexes`

    Arguments:
    - `after`: An index id; the page starts after it.
    - `limit`: How many indexes to return.
    */
    pub async fn list_indexes<'a>(
        &'a self,
        after: Option<&'a types::ListIndexesAfter>,
        limit: Option<::std::num::NonZeroU64>,
    ) -> Result<ResponseValue<types::IndexList>, Error<types::ErrorResponse>> {
        let url = format!("{}/v1/indexes", self.baseurl,);
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .get(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .query(&progenitor_client::QueryParam::new("after", &after))
            .query(&progenitor_client::QueryParam::new("limit", &limit))
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "list_indexes",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200u16 => ResponseValue::from_response(response).await,
            400u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            401u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            403u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            429u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            500u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            503u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }
    /**Create a vector index

    Names are unique per tenant. With `dimension` null the first insert fixes it.

    Sends a `POST` request to `/v1/indexes`

    */
    pub async fn create_index<'a>(
        &'a self,
        body: &'a types::CreateIndexRequest,
    ) -> Result<ResponseValue<types::Index>, Error<types::ErrorResponse>> {
        let url = format!("{}/v1/indexes", self.baseurl,);
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .post(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .json(&body)
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "create_index",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            201u16 => ResponseValue::from_response(response).await,
            400u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            401u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            403u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            404u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            409u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            413u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            415u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            429u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            500u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            503u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }
    /**Retrieve a vector index

    Sends a `GET` request to `/v1/indexes/{index_id}`

    Arguments:
    - `index_id`: The index id (`idx_...`).
    */
    pub async fn get_index<'a>(
        &'a self,
        index_id: &'a types::GetIndexIndexId,
    ) -> Result<ResponseValue<types::Index>, Error<types::ErrorResponse>> {
        let url = format!(
            "{}/v1/indexes/{}",
            self.baseurl,
            encode_path(&index_id.to_string()),
        );
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .get(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "get_index",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200u16 => ResponseValue::from_response(response).await,
            400u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            401u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            403u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            404u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            429u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            500u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            503u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }
    /**Delete a vector index and all its vectors

    Sends a `DELETE` request to `/v1/indexes/{index_id}`

    Arguments:
    - `index_id`: The index id (`idx_...`).
    */
    pub async fn delete_index<'a>(
        &'a self,
        index_id: &'a types::DeleteIndexIndexId,
    ) -> Result<ResponseValue<types::DeletedObject>, Error<types::ErrorResponse>> {
        let url = format!(
            "{}/v1/indexes/{}",
            self.baseurl,
            encode_path(&index_id.to_string()),
        );
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .delete(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "delete_index",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200u16 => ResponseValue::from_response(response).await,
            400u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            401u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            403u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            404u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            429u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            500u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            503u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }
    /**Add or replace vectors

    Each item carries either `vector` or `text` (embedded with the index's `embedding_model`). An item
    whose id exists replaces it. The write is durable when the answer arrives. Every vector must have
    the index's dimension (the first write fixes it when the index has none): otherwise 409.


    Sends a `POST` request to `/v1/indexes/{index_id}/vectors`

    Arguments:
    - `index_id`: The index id (`idx_...`).
    - `body`
    */
    pub async fn upsert_vectors<'a>(
        &'a self,
        index_id: &'a types::UpsertVectorsIndexId,
        body: &'a types::UpsertVectorsRequest,
    ) -> Result<ResponseValue<types::UpsertVectorsResponse>, Error<types::ErrorResponse>> {
        let url = format!(
            "{}/v1/indexes/{}/vectors",
            self.baseurl,
            encode_path(&index_id.to_string()),
        );
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .post(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .json(&body)
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "upsert_vectors",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200u16 => ResponseValue::from_response(response).await,
            400u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            401u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            403u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            404u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            409u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            413u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            415u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            429u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            500u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            502u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            503u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            504u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }
    /**Delete one vector

    Sends a `DELETE` request to `/v1/indexes/{index_id}/vectors/{vector_id}`

    Arguments:
    - `index_id`: The index id (`idx_...`).
    - `vector_id`: The vector's id.
    */
    pub async fn delete_vector<'a>(
        &'a self,
        index_id: &'a types::DeleteVectorIndexId,
        vector_id: &'a types::DeleteVectorVectorId,
    ) -> Result<ResponseValue<types::DeletedObject>, Error<types::ErrorResponse>> {
        let url = format!(
            "{}/v1/indexes/{}/vectors/{}",
            self.baseurl,
            encode_path(&index_id.to_string()),
            encode_path(&vector_id.to_string()),
        );
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .delete(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "delete_vector",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200u16 => ResponseValue::from_response(response).await,
            400u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            401u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            403u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            404u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            429u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            500u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            503u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }
    /**Find the nearest vectors

    Exact k-nearest-neighbour search by `vector` or by `text` (embedded with the index's model),
    optionally restricted to vectors whose metadata equals every pair in `filter`. Results are best
    first; `score` is the cosine similarity (angular), the dot product (dot) or the negated Euclidean
    distance (euclidean), so higher is always closer.


    Sends a `POST` request to `/v1/indexes/{index_id}/search`

    Arguments:
    - `index_id`: The index id (`idx_...`).
    - `body`
    */
    pub async fn search_index<'a>(
        &'a self,
        index_id: &'a types::SearchIndexIndexId,
        body: &'a types::SearchIndexRequest,
    ) -> Result<ResponseValue<types::SearchIndexResponse>, Error<types::ErrorResponse>> {
        let url = format!(
            "{}/v1/indexes/{}/search",
            self.baseurl,
            encode_path(&index_id.to_string()),
        );
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .post(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .json(&body)
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "search_index",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200u16 => ResponseValue::from_response(response).await,
            400u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            401u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            403u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            404u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            409u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            413u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            415u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            429u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            500u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            502u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            503u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            504u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }
}
/// Items consumers will typically use such as the Client.
pub mod prelude {
    #[allow(unused_imports)]
    pub use super::Client;
}
impl Client {
    /// A client for `baseurl` that sends `Authorization: Bearer <api_key>` on every request.
    pub fn with_api_key(baseurl: &str, api_key: &str) -> Result<Self, Error<()>> {
        let mut value = reqwest::header::HeaderValue::from_str(&format!("Bearer {api_key}"))
            .map_err(|e| Error::InvalidRequest(e.to_string()))?;
        value.set_sensitive(true);
        let mut headers = reqwest::header::HeaderMap::new();
        headers.insert(reqwest::header::AUTHORIZATION, value);
        let client = reqwest::Client::builder()
            .default_headers(headers)
            .connect_timeout(std::time::Duration::from_secs(15))
            .build()
            .map_err(Error::CommunicationError)?;
        Ok(Self::new_with_client(baseurl, client))
    }
    /// `POST /v1/responses` with `stream: true`: Create a model response The events arrive typed, in order.
    pub async fn create_response_stream(
        &self,
        body: &types::CreateResponseRequest,
    ) -> Result<EventStream<types::ResponseStreamEvent>, Error<types::ErrorResponse>> {
        let mut value =
            serde_json::to_value(body).map_err(|e| Error::InvalidRequest(e.to_string()))?;
        value["stream"] = serde_json::Value::Bool(true);
        let url = format!("{}{}", self.baseurl, "/v1/responses");
        let response = self
            .client
            .post(url)
            .header(reqwest::header::ACCEPT, "text/event-stream")
            .json(&value)
            .send()
            .await
            .map_err(Error::CommunicationError)?;
        open_event_stream(response, None).await
    }
    /// `POST /v1/chat/completions` with `stream: true`: Create a chat completion The events arrive typed, in order.
    pub async fn create_chat_completion_stream(
        &self,
        body: &types::CreateChatCompletionRequest,
    ) -> Result<EventStream<types::CreateChatCompletionStreamResponse>, Error<types::ErrorResponse>>
    {
        let mut value =
            serde_json::to_value(body).map_err(|e| Error::InvalidRequest(e.to_string()))?;
        value["stream"] = serde_json::Value::Bool(true);
        let url = format!("{}{}", self.baseurl, "/v1/chat/completions");
        let response = self
            .client
            .post(url)
            .header(reqwest::header::ACCEPT, "text/event-stream")
            .json(&value)
            .send()
            .await
            .map_err(Error::CommunicationError)?;
        open_event_stream(response, Some("[DONE]")).await
    }
    /// `POST /v1/dreams` with `stream: true`: Run a dream, a multi-step generation trace The events arrive typed, in order.
    pub async fn create_dream_stream(
        &self,
        body: &types::CreateDreamRequest,
    ) -> Result<EventStream<types::DreamStreamEvent>, Error<types::ErrorResponse>> {
        let mut value =
            serde_json::to_value(body).map_err(|e| Error::InvalidRequest(e.to_string()))?;
        value["stream"] = serde_json::Value::Bool(true);
        let url = format!("{}{}", self.baseurl, "/v1/dreams");
        let response = self
            .client
            .post(url)
            .header(reqwest::header::ACCEPT, "text/event-stream")
            .json(&value)
            .send()
            .await
            .map_err(Error::CommunicationError)?;
        open_event_stream(response, None).await
    }
}
/// A typed server-sent-event stream.
pub type EventStream<T> =
    std::pin::Pin<Box<dyn futures::Stream<Item = Result<T, StreamError>> + Send>>;
/// Why a stream ended early.
#[derive(Debug)]
pub enum StreamError {
    /// The connection failed mid-stream.
    Transport(String),
    /// An event was not valid JSON of the documented type.
    Decode(String),
    /// The server sent an error envelope in the stream.
    Api(types::ErrorResponse),
}
impl std::fmt::Display for StreamError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            StreamError::Transport(e) => write!(f, "stream transport error: {e}"),
            StreamError::Decode(e) => write!(f, "stream decode error: {e}"),
            StreamError::Api(e) => write!(f, "stream error: {}", e.error.message),
        }
    }
}
impl std::error::Error for StreamError {}
async fn open_event_stream<T: serde::de::DeserializeOwned + Send + 'static>(
    response: reqwest::Response,
    terminator: Option<&'static str>,
) -> Result<EventStream<T>, Error<types::ErrorResponse>> {
    use futures::StreamExt;
    if !response.status().is_success() {
        return Err(
            match ResponseValue::<types::ErrorResponse>::from_response::<types::ErrorResponse>(
                response,
            )
            .await
            {
                Ok(v) => Error::ErrorResponse(v),
                Err(e) => e,
            },
        );
    }
    let events = eventsource_stream::EventStream::new(response.bytes_stream());
    let typed = events
        .take_while(move |e| {
            let done = matches!(e, Ok(ev) if Some(ev.data.as_str()) == terminator);
            futures::future::ready(!done)
        })
        .map(|e| match e {
            Err(e) => Err(StreamError::Transport(e.to_string())),
            Ok(ev) => match serde_json::from_str::<T>(&ev.data) {
                Ok(v) => Ok(v),
                Err(decode) => match serde_json::from_str::<types::ErrorResponse>(&ev.data) {
                    Ok(api) => Err(StreamError::Api(api)),
                    Err(_) => Err(StreamError::Decode(format!("{decode}: {}", ev.data))),
                },
            },
        });
    Ok(Box::pin(typed))
}
