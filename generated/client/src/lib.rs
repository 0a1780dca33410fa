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
    ///`CancelResponseResponseId`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct CancelResponseResponseId(::std::string::String);
    impl ::std::ops::Deref for CancelResponseResponseId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<CancelResponseResponseId> for ::std::string::String {
        fn from(value: CancelResponseResponseId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for CancelResponseResponseId {
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
    impl ::std::convert::TryFrom<&str> for CancelResponseResponseId {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for CancelResponseResponseId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for CancelResponseResponseId {
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
    ///`ChatChoice`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct ChatChoice {
        pub finish_reason: FinishReason,
        pub index: u64,
        pub logprobs: ChatChoiceLogprobs,
        pub message: ChatCompletionResponseMessage,
    }
    impl ChatChoice {
        pub fn builder() -> builder::ChatChoice {
            Default::default()
        }
    }
    ///Always null here (log probabilities are not returned).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[serde(transparent)]
    pub struct ChatChoiceLogprobs(pub ::std::option::Option<ChatChoiceLogprobsInner>);
    impl ::std::ops::Deref for ChatChoiceLogprobs {
        type Target = ::std::option::Option<ChatChoiceLogprobsInner>;
        fn deref(&self) -> &::std::option::Option<ChatChoiceLogprobsInner> {
            &self.0
        }
    }
    impl ::std::convert::From<ChatChoiceLogprobs> for ::std::option::Option<ChatChoiceLogprobsInner> {
        fn from(value: ChatChoiceLogprobs) -> Self {
            value.0
        }
    }
    impl ::std::convert::From<::std::option::Option<ChatChoiceLogprobsInner>> for ChatChoiceLogprobs {
        fn from(value: ::std::option::Option<ChatChoiceLogprobsInner>) -> Self {
            Self(value)
        }
    }
    ///Always null here (log probabilities are not returned).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct ChatChoiceLogprobsInner {
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub content: ::std::option::Option<::std::vec::Vec<ChatTokenLogprob>>,
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub refusal: ::std::option::Option<::std::vec::Vec<ChatTokenLogprob>>,
    }
    impl ChatChoiceLogprobsInner {
        pub fn builder() -> builder::ChatChoiceLogprobsInner {
            Default::default()
        }
    }
    ///`ChatChunkChoice`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct ChatChunkChoice {
        pub delta: ChatChunkDelta,
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub finish_reason: ::std::option::Option<FinishReason>,
        pub index: u64,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub logprobs: ::std::option::Option<ChatChoiceLogprobs>,
    }
    impl ChatChunkChoice {
        pub fn builder() -> builder::ChatChunkChoice {
            Default::default()
        }
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
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub tool_calls: ::std::vec::Vec<ChatToolCallChunk>,
    }
    impl ChatChunkDelta {
        pub fn builder() -> builder::ChatChunkDelta {
            Default::default()
        }
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
    impl ChatCompletionResponseMessage {
        pub fn builder() -> builder::ChatCompletionResponseMessage {
            Default::default()
        }
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
    ///`ChatContentPart`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct ChatContentPart {
        pub text: ::std::string::String,
        #[serde(rename = "type")]
        pub type_: ChatContentPartType,
    }
    impl ChatContentPart {
        pub fn builder() -> builder::ChatContentPart {
            Default::default()
        }
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
    ///`ChatFunction`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[serde(deny_unknown_fields)]
    pub struct ChatFunction {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub description: ::std::option::Option<::std::string::String>,
        pub name: ChatFunctionName,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub parameters: ::std::option::Option<FunctionParameters>,
        ///Arguments always follow `parameters` on the embedded model; through an upstream, `true` also checks them (a mismatch is a 502).
        #[serde(default = "defaults::chat_function_strict")]
        pub strict: ::std::option::Option<bool>,
    }
    impl ChatFunction {
        pub fn builder() -> builder::ChatFunction {
            Default::default()
        }
    }
    ///`ChatFunctionName`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct ChatFunctionName(::std::string::String);
    impl ::std::ops::Deref for ChatFunctionName {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<ChatFunctionName> for ::std::string::String {
        fn from(value: ChatFunctionName) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for ChatFunctionName {
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
    impl ::std::convert::TryFrom<&str> for ChatFunctionName {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ChatFunctionName {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ChatFunctionName {
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
    ///A message: `system`, `developer`, `user`, `assistant` (with `tool_calls` when it called tools) or `tool` (a call's result, with `tool_call_id`).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[serde(deny_unknown_fields)]
    pub struct ChatMessage {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub content: ::std::option::Option<ChatMessageContent>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<ChatMessageName>,
        ///An assistant message's refusal, as a completion returned it (read as its content).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub refusal: ::std::option::Option<::std::string::String>,
        pub role: ChatMessageRole,
        ///A `tool` message's call id.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub tool_call_id: ::std::option::Option<ChatMessageToolCallId>,
        ///An assistant message's tool calls.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub tool_calls: ::std::vec::Vec<ChatToolCall>,
    }
    impl ChatMessage {
        pub fn builder() -> builder::ChatMessage {
            Default::default()
        }
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
    ///A `tool` message's call id.
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct ChatMessageToolCallId(::std::string::String);
    impl ::std::ops::Deref for ChatMessageToolCallId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<ChatMessageToolCallId> for ::std::string::String {
        fn from(value: ChatMessageToolCallId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for ChatMessageToolCallId {
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
    impl ::std::convert::TryFrom<&str> for ChatMessageToolCallId {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ChatMessageToolCallId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ChatMessageToolCallId {
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
    ///`ChatNamedToolChoice`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[serde(deny_unknown_fields)]
    pub struct ChatNamedToolChoice {
        pub function: ChatNamedToolChoiceFunction,
        #[serde(rename = "type")]
        pub type_: ChatNamedToolChoiceType,
    }
    impl ChatNamedToolChoice {
        pub fn builder() -> builder::ChatNamedToolChoice {
            Default::default()
        }
    }
    ///`ChatNamedToolChoiceFunction`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[serde(deny_unknown_fields)]
    pub struct ChatNamedToolChoiceFunction {
        pub name: ChatNamedToolChoiceFunctionName,
    }
    impl ChatNamedToolChoiceFunction {
        pub fn builder() -> builder::ChatNamedToolChoiceFunction {
            Default::default()
        }
    }
    ///`ChatNamedToolChoiceFunctionName`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct ChatNamedToolChoiceFunctionName(::std::string::String);
    impl ::std::ops::Deref for ChatNamedToolChoiceFunctionName {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<ChatNamedToolChoiceFunctionName> for ::std::string::String {
        fn from(value: ChatNamedToolChoiceFunctionName) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for ChatNamedToolChoiceFunctionName {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for ChatNamedToolChoiceFunctionName {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ChatNamedToolChoiceFunctionName {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ChatNamedToolChoiceFunctionName {
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
    ///`ChatNamedToolChoiceType`
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
    pub enum ChatNamedToolChoiceType {
        #[serde(rename = "function")]
        Function,
    }
    impl ::std::fmt::Display for ChatNamedToolChoiceType {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Function => f.write_str("function"),
            }
        }
    }
    impl ::std::str::FromStr for ChatNamedToolChoiceType {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "function" => Ok(Self::Function),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for ChatNamedToolChoiceType {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ChatNamedToolChoiceType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///`text`, `json_object` (any JSON object) or `json_schema` (JSON that follows `json_schema.schema`).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[serde(untagged)]
    pub enum ChatResponseFormat {
        ResponseFormatText(ResponseFormatText),
        ResponseFormatJsonObject(ResponseFormatJsonObject),
        ChatResponseFormatJsonSchema(ChatResponseFormatJsonSchema),
    }
    impl ::std::convert::From<ResponseFormatText> for ChatResponseFormat {
        fn from(value: ResponseFormatText) -> Self {
            Self::ResponseFormatText(value)
        }
    }
    impl ::std::convert::From<ResponseFormatJsonObject> for ChatResponseFormat {
        fn from(value: ResponseFormatJsonObject) -> Self {
            Self::ResponseFormatJsonObject(value)
        }
    }
    impl ::std::convert::From<ChatResponseFormatJsonSchema> for ChatResponseFormat {
        fn from(value: ChatResponseFormatJsonSchema) -> Self {
            Self::ChatResponseFormatJsonSchema(value)
        }
    }
    ///`ChatResponseFormatJsonSchema`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[serde(deny_unknown_fields)]
    pub struct ChatResponseFormatJsonSchema {
        pub json_schema: ChatResponseFormatJsonSchemaJsonSchema,
        #[serde(rename = "type")]
        pub type_: ChatResponseFormatJsonSchemaType,
    }
    impl ChatResponseFormatJsonSchema {
        pub fn builder() -> builder::ChatResponseFormatJsonSchema {
            Default::default()
        }
    }
    ///`ChatResponseFormatJsonSchemaJsonSchema`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[serde(deny_unknown_fields)]
    pub struct ChatResponseFormatJsonSchemaJsonSchema {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub description: ::std::option::Option<::std::string::String>,
        pub name: ChatResponseFormatJsonSchemaJsonSchemaName,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub schema: ::std::option::Option<JsonSchema>,
        ///Output always follows `schema` on the embedded model; through an upstream, `true` also checks it (a mismatch is a 502).
        #[serde(default = "defaults::chat_response_format_json_schema_json_schema_strict")]
        pub strict: ::std::option::Option<bool>,
    }
    impl ChatResponseFormatJsonSchemaJsonSchema {
        pub fn builder() -> builder::ChatResponseFormatJsonSchemaJsonSchema {
            Default::default()
        }
    }
    ///`ChatResponseFormatJsonSchemaJsonSchemaName`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct ChatResponseFormatJsonSchemaJsonSchemaName(::std::string::String);
    impl ::std::ops::Deref for ChatResponseFormatJsonSchemaJsonSchemaName {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<ChatResponseFormatJsonSchemaJsonSchemaName> for ::std::string::String {
        fn from(value: ChatResponseFormatJsonSchemaJsonSchemaName) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for ChatResponseFormatJsonSchemaJsonSchemaName {
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
    impl ::std::convert::TryFrom<&str> for ChatResponseFormatJsonSchemaJsonSchemaName {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ChatResponseFormatJsonSchemaJsonSchemaName {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ChatResponseFormatJsonSchemaJsonSchemaName {
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
    ///`ChatResponseFormatJsonSchemaType`
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
    pub enum ChatResponseFormatJsonSchemaType {
        #[serde(rename = "json_schema")]
        JsonSchema,
    }
    impl ::std::fmt::Display for ChatResponseFormatJsonSchemaType {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::JsonSchema => f.write_str("json_schema"),
            }
        }
    }
    impl ::std::str::FromStr for ChatResponseFormatJsonSchemaType {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "json_schema" => Ok(Self::JsonSchema),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for ChatResponseFormatJsonSchemaType {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ChatResponseFormatJsonSchemaType {
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
    impl ChatStreamOptionsInner {
        pub fn builder() -> builder::ChatStreamOptionsInner {
            Default::default()
        }
    }
    ///`ChatTokenLogprob`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct ChatTokenLogprob {
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub bytes: ::std::option::Option<::std::vec::Vec<i64>>,
        pub logprob: f64,
        pub token: ::std::string::String,
        pub top_logprobs: ::std::vec::Vec<ChatTokenLogprobTopLogprobsItem>,
    }
    impl ChatTokenLogprob {
        pub fn builder() -> builder::ChatTokenLogprob {
            Default::default()
        }
    }
    ///`ChatTokenLogprobTopLogprobsItem`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct ChatTokenLogprobTopLogprobsItem {
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub bytes: ::std::option::Option<::std::vec::Vec<i64>>,
        pub logprob: f64,
        pub token: ::std::string::String,
    }
    impl ChatTokenLogprobTopLogprobsItem {
        pub fn builder() -> builder::ChatTokenLogprobTopLogprobsItem {
            Default::default()
        }
    }
    ///`ChatTool`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[serde(deny_unknown_fields)]
    pub struct ChatTool {
        pub function: ChatFunction,
        #[serde(rename = "type")]
        pub type_: ChatToolType,
    }
    impl ChatTool {
        pub fn builder() -> builder::ChatTool {
            Default::default()
        }
    }
    ///`ChatToolCall`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[serde(deny_unknown_fields)]
    pub struct ChatToolCall {
        pub function: ChatToolCallFunction,
        pub id: ChatToolCallId,
        #[serde(rename = "type")]
        pub type_: ChatToolCallType,
    }
    impl ChatToolCall {
        pub fn builder() -> builder::ChatToolCall {
            Default::default()
        }
    }
    ///`ChatToolCallChunk`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct ChatToolCallChunk {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub function: ::std::option::Option<ChatToolCallChunkFunction>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<::std::string::String>,
        pub index: Position,
        #[serde(
            rename = "type",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub type_: ::std::option::Option<ChatToolCallChunkType>,
    }
    impl ChatToolCallChunk {
        pub fn builder() -> builder::ChatToolCallChunk {
            Default::default()
        }
    }
    ///`ChatToolCallChunkFunction`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    pub struct ChatToolCallChunkFunction {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub arguments: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
    }
    impl ChatToolCallChunkFunction {
        pub fn builder() -> builder::ChatToolCallChunkFunction {
            Default::default()
        }
    }
    ///`ChatToolCallChunkType`
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
    pub enum ChatToolCallChunkType {
        #[serde(rename = "function")]
        Function,
    }
    impl ::std::fmt::Display for ChatToolCallChunkType {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Function => f.write_str("function"),
            }
        }
    }
    impl ::std::str::FromStr for ChatToolCallChunkType {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "function" => Ok(Self::Function),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for ChatToolCallChunkType {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ChatToolCallChunkType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///`ChatToolCallFunction`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[serde(deny_unknown_fields)]
    pub struct ChatToolCallFunction {
        ///The arguments, as JSON text.
        pub arguments: ::std::string::String,
        pub name: ChatToolCallFunctionName,
    }
    impl ChatToolCallFunction {
        pub fn builder() -> builder::ChatToolCallFunction {
            Default::default()
        }
    }
    ///`ChatToolCallFunctionName`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct ChatToolCallFunctionName(::std::string::String);
    impl ::std::ops::Deref for ChatToolCallFunctionName {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<ChatToolCallFunctionName> for ::std::string::String {
        fn from(value: ChatToolCallFunctionName) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for ChatToolCallFunctionName {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 128usize {
                return Err("longer than 128 characters".into());
            }
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for ChatToolCallFunctionName {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ChatToolCallFunctionName {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ChatToolCallFunctionName {
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
    ///`ChatToolCallId`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct ChatToolCallId(::std::string::String);
    impl ::std::ops::Deref for ChatToolCallId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<ChatToolCallId> for ::std::string::String {
        fn from(value: ChatToolCallId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for ChatToolCallId {
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
    impl ::std::convert::TryFrom<&str> for ChatToolCallId {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ChatToolCallId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ChatToolCallId {
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
    ///`none`, `auto` (the default with tools), `required`, or one named function.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[serde(untagged)]
    pub enum ChatToolChoice {
        String(ChatToolChoiceString),
        ChatNamedToolChoice(ChatNamedToolChoice),
    }
    impl ::std::convert::From<ChatToolChoiceString> for ChatToolChoice {
        fn from(value: ChatToolChoiceString) -> Self {
            Self::String(value)
        }
    }
    impl ::std::convert::From<ChatNamedToolChoice> for ChatToolChoice {
        fn from(value: ChatNamedToolChoice) -> Self {
            Self::ChatNamedToolChoice(value)
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
    ///`ChatToolType`
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
    pub enum ChatToolType {
        #[serde(rename = "function")]
        Function,
    }
    impl ::std::fmt::Display for ChatToolType {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Function => f.write_str("function"),
            }
        }
    }
    impl ::std::str::FromStr for ChatToolType {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "function" => Ok(Self::Function),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for ChatToolType {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ChatToolType {
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
    impl CompletionUsage {
        pub fn builder() -> builder::CompletionUsage {
            Default::default()
        }
    }
    ///`Conversation`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct Conversation {
        pub created_at: i64,
        pub id: ConversationId,
        ///Up to 16 key-value pairs.
        pub metadata: ::std::collections::HashMap<::std::string::String, ::std::string::String>,
        pub object: ConversationObject,
    }
    impl Conversation {
        pub fn builder() -> builder::Conversation {
            Default::default()
        }
    }
    ///`ConversationId`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct ConversationId(::std::string::String);
    impl ::std::ops::Deref for ConversationId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<ConversationId> for ::std::string::String {
        fn from(value: ConversationId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for ConversationId {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            static PATTERN: ::std::sync::LazyLock<::regress::Regex> =
                ::std::sync::LazyLock::new(|| ::regress::Regex::new("^conv_").unwrap());
            if PATTERN.find(value).is_none() {
                return Err("doesn't match pattern \"^conv_\"".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for ConversationId {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ConversationId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ConversationId {
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
    ///`ConversationItemList`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct ConversationItemList {
        pub data: ::std::vec::Vec<ItemResource>,
        ///The first item's id (empty when `data` is).
        pub first_id: ::std::string::String,
        pub has_more: bool,
        ///The last item's id (empty when `data` is).
        pub last_id: ::std::string::String,
        pub object: ConversationItemListObject,
    }
    impl ConversationItemList {
        pub fn builder() -> builder::ConversationItemList {
            Default::default()
        }
    }
    ///`ConversationItemListObject`
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
    pub enum ConversationItemListObject {
        #[serde(rename = "list")]
        List,
    }
    impl ::std::fmt::Display for ConversationItemListObject {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::List => f.write_str("list"),
            }
        }
    }
    impl ::std::str::FromStr for ConversationItemListObject {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "list" => Ok(Self::List),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for ConversationItemListObject {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ConversationItemListObject {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///`ConversationObject`
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
    pub enum ConversationObject {
        #[serde(rename = "conversation")]
        Conversation,
    }
    impl ::std::fmt::Display for ConversationObject {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Conversation => f.write_str("conversation"),
            }
        }
    }
    impl ::std::str::FromStr for ConversationObject {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "conversation" => Ok(Self::Conversation),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for ConversationObject {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ConversationObject {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///The conversation this response belongs to: its items come before `input`, and the input and output are added to it when the response completes.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[serde(untagged)]
    pub enum ConversationParam {
        String(ConversationParamString),
        ConversationRef(ConversationRef),
    }
    impl ::std::convert::From<ConversationParamString> for ConversationParam {
        fn from(value: ConversationParamString) -> Self {
            Self::String(value)
        }
    }
    impl ::std::convert::From<ConversationRef> for ConversationParam {
        fn from(value: ConversationRef) -> Self {
            Self::ConversationRef(value)
        }
    }
    ///`ConversationParamString`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct ConversationParamString(::std::string::String);
    impl ::std::ops::Deref for ConversationParamString {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<ConversationParamString> for ::std::string::String {
        fn from(value: ConversationParamString) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for ConversationParamString {
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
    impl ::std::convert::TryFrom<&str> for ConversationParamString {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ConversationParamString {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ConversationParamString {
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
    ///`ConversationRef`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[serde(deny_unknown_fields)]
    pub struct ConversationRef {
        pub id: ConversationRefId,
    }
    impl ConversationRef {
        pub fn builder() -> builder::ConversationRef {
            Default::default()
        }
    }
    ///`ConversationRefId`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct ConversationRefId(::std::string::String);
    impl ::std::ops::Deref for ConversationRefId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<ConversationRefId> for ::std::string::String {
        fn from(value: ConversationRefId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for ConversationRefId {
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
    impl ::std::convert::TryFrom<&str> for ConversationRefId {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ConversationRefId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ConversationRefId {
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
    ///`CreateChatCompletionRequest`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[serde(deny_unknown_fields)]
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
        ///Whether the model may call several tools in one turn.
        #[serde(default = "defaults::default_bool::<true>")]
        pub parallel_tool_calls: bool,
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
        ///Function tools the model may call.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub tools: ::std::vec::Vec<ChatTool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub top_p: ::std::option::Option<TopP>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub user: ::std::option::Option<CreateChatCompletionRequestUser>,
    }
    impl CreateChatCompletionRequest {
        pub fn builder() -> builder::CreateChatCompletionRequest {
            Default::default()
        }
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
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub metadata: ::std::option::Option<Metadata>,
        pub model: ::std::string::String,
        pub object: CreateChatCompletionResponseObject,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub system_fingerprint: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub usage: ::std::option::Option<CompletionUsage>,
    }
    impl CreateChatCompletionResponse {
        pub fn builder() -> builder::CreateChatCompletionResponse {
            Default::default()
        }
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
    impl CreateChatCompletionStreamResponse {
        pub fn builder() -> builder::CreateChatCompletionStreamResponse {
            Default::default()
        }
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
    ///`CreateConversationItemsConversationId`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct CreateConversationItemsConversationId(::std::string::String);
    impl ::std::ops::Deref for CreateConversationItemsConversationId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<CreateConversationItemsConversationId> for ::std::string::String {
        fn from(value: CreateConversationItemsConversationId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for CreateConversationItemsConversationId {
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
    impl ::std::convert::TryFrom<&str> for CreateConversationItemsConversationId {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for CreateConversationItemsConversationId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for CreateConversationItemsConversationId {
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
    ///`CreateConversationItemsRequest`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[serde(deny_unknown_fields)]
    pub struct CreateConversationItemsRequest {
        pub items: ::std::vec::Vec<ResponseInputItem>,
    }
    impl CreateConversationItemsRequest {
        pub fn builder() -> builder::CreateConversationItemsRequest {
            Default::default()
        }
    }
    ///`CreateConversationRequest`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    #[serde(deny_unknown_fields)]
    pub struct CreateConversationRequest {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub items: ::std::option::Option<::std::vec::Vec<ResponseInputItem>>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub metadata: ::std::option::Option<Metadata>,
    }
    impl CreateConversationRequest {
        pub fn builder() -> builder::CreateConversationRequest {
            Default::default()
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
    impl CreateDreamRequest {
        pub fn builder() -> builder::CreateDreamRequest {
            Default::default()
        }
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
    #[serde(deny_unknown_fields)]
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
    impl CreateEmbeddingRequest {
        pub fn builder() -> builder::CreateEmbeddingRequest {
            Default::default()
        }
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
    impl CreateEmbeddingResponse {
        pub fn builder() -> builder::CreateEmbeddingResponse {
            Default::default()
        }
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
    ///`CreateFileRequest`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[serde(deny_unknown_fields)]
    pub struct CreateFileRequest {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub expires_after: ::std::option::Option<FileExpirationAfter>,
        ///The file (not its name) to upload, as a file part of the form.
        pub file: ::std::string::String,
        pub purpose: FilePurpose,
    }
    impl CreateFileRequest {
        pub fn builder() -> builder::CreateFileRequest {
            Default::default()
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
    impl CreateIndexRequest {
        pub fn builder() -> builder::CreateIndexRequest {
            Default::default()
        }
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
    #[serde(deny_unknown_fields)]
    pub struct CreateResponseRequest {
        ///Answer at once with the `queued` response and generate it in the background; poll it with `GET /v1/responses/{id}`, stream it (again) with `?stream=true&starting_after=N`, stop it with `POST /v1/responses/{id}/cancel`. Needs `store`.
        #[serde(default = "defaults::create_response_request_background")]
        pub background: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub conversation: ::std::option::Option<ConversationParam>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub input: ::std::option::Option<ResponseInput>,
        ///A system message placed before the context. Not carried over: a response continued with `previous_response_id` or a conversation gets only its own instructions.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub instructions: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub max_output_tokens: ::std::option::Option<::std::num::NonZeroU64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub metadata: ::std::option::Option<Metadata>,
        ///The model id; the server's default generation model when omitted.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub model: ::std::option::Option<CreateResponseRequestModel>,
        ///Whether the model may call several tools in one turn.
        #[serde(default = "defaults::create_response_request_parallel_tool_calls")]
        pub parallel_tool_calls: ::std::option::Option<bool>,
        ///Continue from a stored response: its whole context and output come before `input`. Cannot be combined with `conversation`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub previous_response_id: ::std::option::Option<CreateResponseRequestPreviousResponseId>,
        ///Store the response (its input items and output) for `GET /v1/responses/{id}`, `previous_response_id` and `input_items`, per tenant, for the configured retention.
        #[serde(default = "defaults::create_response_request_store")]
        pub store: ::std::option::Option<bool>,
        #[serde(default = "defaults::create_response_request_stream")]
        pub stream: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub temperature: ::std::option::Option<Temperature>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub text: ::std::option::Option<ResponseTextConfig>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub tool_choice: ::std::option::Option<ResponseToolChoice>,
        ///Function tools the model may call.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub tools: ::std::vec::Vec<ResponseFunctionTool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub top_p: ::std::option::Option<TopP>,
        ///When the context exceeds the model's window: `auto` drops the oldest items until it fits, `disabled` answers 400 `context_length_exceeded`.
        #[serde(default = "defaults::create_response_request_truncation")]
        pub truncation: ::std::option::Option<CreateResponseRequestTruncation>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub user: ::std::option::Option<CreateResponseRequestUser>,
    }
    impl ::std::default::Default for CreateResponseRequest {
        fn default() -> Self {
            Self {
                background: defaults::create_response_request_background(),
                conversation: Default::default(),
                input: Default::default(),
                instructions: Default::default(),
                max_output_tokens: Default::default(),
                metadata: Default::default(),
                model: Default::default(),
                parallel_tool_calls: defaults::create_response_request_parallel_tool_calls(),
                previous_response_id: Default::default(),
                store: defaults::create_response_request_store(),
                stream: defaults::create_response_request_stream(),
                temperature: Default::default(),
                text: Default::default(),
                tool_choice: Default::default(),
                tools: Default::default(),
                top_p: Default::default(),
                truncation: defaults::create_response_request_truncation(),
                user: Default::default(),
            }
        }
    }
    impl CreateResponseRequest {
        pub fn builder() -> builder::CreateResponseRequest {
            Default::default()
        }
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
    ///Continue from a stored response: its whole context and output come before `input`. Cannot be combined with `conversation`.
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct CreateResponseRequestPreviousResponseId(::std::string::String);
    impl ::std::ops::Deref for CreateResponseRequestPreviousResponseId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<CreateResponseRequestPreviousResponseId> for ::std::string::String {
        fn from(value: CreateResponseRequestPreviousResponseId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for CreateResponseRequestPreviousResponseId {
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
    impl ::std::convert::TryFrom<&str> for CreateResponseRequestPreviousResponseId {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for CreateResponseRequestPreviousResponseId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for CreateResponseRequestPreviousResponseId {
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
    ///When the context exceeds the model's window: `auto` drops the oldest items until it fits, `disabled` answers 400 `context_length_exceeded`.
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
    pub enum CreateResponseRequestTruncation {
        #[serde(rename = "auto")]
        Auto,
        #[serde(rename = "disabled")]
        Disabled,
    }
    impl ::std::fmt::Display for CreateResponseRequestTruncation {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Auto => f.write_str("auto"),
                Self::Disabled => f.write_str("disabled"),
            }
        }
    }
    impl ::std::str::FromStr for CreateResponseRequestTruncation {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "auto" => Ok(Self::Auto),
                "disabled" => Ok(Self::Disabled),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for CreateResponseRequestTruncation {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for CreateResponseRequestTruncation {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
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
    ///`DeleteConversationConversationId`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct DeleteConversationConversationId(::std::string::String);
    impl ::std::ops::Deref for DeleteConversationConversationId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<DeleteConversationConversationId> for ::std::string::String {
        fn from(value: DeleteConversationConversationId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for DeleteConversationConversationId {
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
    impl ::std::convert::TryFrom<&str> for DeleteConversationConversationId {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for DeleteConversationConversationId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for DeleteConversationConversationId {
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
    ///`DeleteConversationItemConversationId`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct DeleteConversationItemConversationId(::std::string::String);
    impl ::std::ops::Deref for DeleteConversationItemConversationId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<DeleteConversationItemConversationId> for ::std::string::String {
        fn from(value: DeleteConversationItemConversationId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for DeleteConversationItemConversationId {
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
    impl ::std::convert::TryFrom<&str> for DeleteConversationItemConversationId {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for DeleteConversationItemConversationId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for DeleteConversationItemConversationId {
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
    ///`DeleteConversationItemItemId`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct DeleteConversationItemItemId(::std::string::String);
    impl ::std::ops::Deref for DeleteConversationItemItemId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<DeleteConversationItemItemId> for ::std::string::String {
        fn from(value: DeleteConversationItemItemId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for DeleteConversationItemItemId {
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
    impl ::std::convert::TryFrom<&str> for DeleteConversationItemItemId {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for DeleteConversationItemItemId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for DeleteConversationItemItemId {
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
    ///`DeleteFileFileId`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct DeleteFileFileId(::std::string::String);
    impl ::std::ops::Deref for DeleteFileFileId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<DeleteFileFileId> for ::std::string::String {
        fn from(value: DeleteFileFileId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for DeleteFileFileId {
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
    impl ::std::convert::TryFrom<&str> for DeleteFileFileId {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for DeleteFileFileId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for DeleteFileFileId {
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
    ///`DeleteFileResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct DeleteFileResponse {
        pub deleted: bool,
        pub id: ::std::string::String,
        pub object: DeleteFileResponseObject,
    }
    impl DeleteFileResponse {
        pub fn builder() -> builder::DeleteFileResponse {
            Default::default()
        }
    }
    ///`DeleteFileResponseObject`
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
    pub enum DeleteFileResponseObject {
        #[serde(rename = "file")]
        File,
    }
    impl ::std::fmt::Display for DeleteFileResponseObject {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::File => f.write_str("file"),
            }
        }
    }
    impl ::std::str::FromStr for DeleteFileResponseObject {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "file" => Ok(Self::File),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for DeleteFileResponseObject {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for DeleteFileResponseObject {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
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
    ///`DeleteResponseResponseId`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct DeleteResponseResponseId(::std::string::String);
    impl ::std::ops::Deref for DeleteResponseResponseId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<DeleteResponseResponseId> for ::std::string::String {
        fn from(value: DeleteResponseResponseId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for DeleteResponseResponseId {
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
    impl ::std::convert::TryFrom<&str> for DeleteResponseResponseId {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for DeleteResponseResponseId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for DeleteResponseResponseId {
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
    ///`DeletedConversation`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct DeletedConversation {
        pub deleted: bool,
        pub id: ::std::string::String,
        pub object: DeletedConversationObject,
    }
    impl DeletedConversation {
        pub fn builder() -> builder::DeletedConversation {
            Default::default()
        }
    }
    ///`DeletedConversationObject`
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
    pub enum DeletedConversationObject {
        #[serde(rename = "conversation.deleted")]
        ConversationDeleted,
    }
    impl ::std::fmt::Display for DeletedConversationObject {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::ConversationDeleted => f.write_str("conversation.deleted"),
            }
        }
    }
    impl ::std::str::FromStr for DeletedConversationObject {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "conversation.deleted" => Ok(Self::ConversationDeleted),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for DeletedConversationObject {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for DeletedConversationObject {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
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
    impl DeletedObject {
        pub fn builder() -> builder::DeletedObject {
            Default::default()
        }
    }
    ///`DeletedResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct DeletedResponse {
        pub deleted: bool,
        pub id: ::std::string::String,
        pub object: DeletedResponseObject,
    }
    impl DeletedResponse {
        pub fn builder() -> builder::DeletedResponse {
            Default::default()
        }
    }
    ///`DeletedResponseObject`
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
    pub enum DeletedResponseObject {
        #[serde(rename = "response.deleted")]
        ResponseDeleted,
    }
    impl ::std::fmt::Display for DeletedResponseObject {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::ResponseDeleted => f.write_str("response.deleted"),
            }
        }
    }
    impl ::std::str::FromStr for DeletedResponseObject {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "response.deleted" => Ok(Self::ResponseDeleted),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for DeletedResponseObject {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for DeletedResponseObject {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///`DownloadFileFileId`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct DownloadFileFileId(::std::string::String);
    impl ::std::ops::Deref for DownloadFileFileId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<DownloadFileFileId> for ::std::string::String {
        fn from(value: DownloadFileFileId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for DownloadFileFileId {
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
    impl ::std::convert::TryFrom<&str> for DownloadFileFileId {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for DownloadFileFileId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for DownloadFileFileId {
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
    impl Dream {
        pub fn builder() -> builder::Dream {
            Default::default()
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
        pub sampling_seed: ::std::option::Option<i64>,
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
    impl DreamConstraints {
        pub fn builder() -> builder::DreamConstraints {
            Default::default()
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
    ///One frame of a streamed dream, discriminated by `type`.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[serde(tag = "type")]
    pub enum DreamStreamEvent {
        ///Text generated for the running step, as it is generated (avoided words already removed).
        #[serde(rename = "dream.step.delta")]
        DreamStepDelta {
            delta: ::std::string::String,
            dream_id: ::std::string::String,
            sequence_number: SequenceNumber,
            step: DreamStep,
            step_index: Position,
        },
        ///A step is complete; its trace.
        #[serde(rename = "dream.step.completed")]
        DreamStepCompleted {
            dream_id: ::std::string::String,
            sequence_number: SequenceNumber,
            trace: DreamTrace,
        },
        ///The dream is complete (last event).
        #[serde(rename = "dream.completed")]
        DreamCompleted {
            dream: Dream,
            sequence_number: SequenceNumber,
        },
        ///The dream failed; nothing follows.
        #[serde(rename = "error")]
        Error {
            #[serde(deserialize_with = "::std::option::Option::deserialize")]
            code: ::std::option::Option<::std::string::String>,
            message: ::std::string::String,
            #[serde(deserialize_with = "::std::option::Option::deserialize")]
            param: ::std::option::Option<::std::string::String>,
            sequence_number: SequenceNumber,
        },
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
    impl DreamTrace {
        pub fn builder() -> builder::DreamTrace {
            Default::default()
        }
    }
    ///`DreamUsage`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct DreamUsage {
        pub input_tokens: u64,
        pub output_tokens: u64,
        pub total_tokens: u64,
    }
    impl DreamUsage {
        pub fn builder() -> builder::DreamUsage {
            Default::default()
        }
    }
    ///`Embedding`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct Embedding {
        ///Floats, or base64 of little-endian float32 when `encoding_format` is `base64`.
        pub embedding: EmbeddingEmbedding,
        pub index: u64,
        pub object: EmbeddingObject,
    }
    impl Embedding {
        pub fn builder() -> builder::Embedding {
            Default::default()
        }
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
        Text(::std::string::String),
        Texts(::std::vec::Vec<::std::string::String>),
        Tokens(::std::vec::Vec<TokenId>),
        TokenArrays(::std::vec::Vec<::std::vec::Vec<TokenId>>),
    }
    impl ::std::convert::From<::std::vec::Vec<::std::string::String>> for EmbeddingInput {
        fn from(value: ::std::vec::Vec<::std::string::String>) -> Self {
            Self::Texts(value)
        }
    }
    impl ::std::convert::From<::std::vec::Vec<TokenId>> for EmbeddingInput {
        fn from(value: ::std::vec::Vec<TokenId>) -> Self {
            Self::Tokens(value)
        }
    }
    impl ::std::convert::From<::std::vec::Vec<::std::vec::Vec<TokenId>>> for EmbeddingInput {
        fn from(value: ::std::vec::Vec<::std::vec::Vec<TokenId>>) -> Self {
            Self::TokenArrays(value)
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
    impl EmbeddingUsage {
        pub fn builder() -> builder::EmbeddingUsage {
            Default::default()
        }
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
    impl Error {
        pub fn builder() -> builder::Error {
            Default::default()
        }
    }
    ///The OpenAI error envelope.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct ErrorResponse {
        pub error: Error,
    }
    impl ErrorResponse {
        pub fn builder() -> builder::ErrorResponse {
            Default::default()
        }
    }
    ///`FileCitation`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct FileCitation {
        pub file_id: ::std::string::String,
        pub filename: ::std::string::String,
        pub index: Position,
        #[serde(rename = "type")]
        pub type_: FileCitationType,
    }
    impl FileCitation {
        pub fn builder() -> builder::FileCitation {
            Default::default()
        }
    }
    ///`FileCitationType`
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
    pub enum FileCitationType {
        #[serde(rename = "file_citation")]
        FileCitation,
    }
    impl ::std::fmt::Display for FileCitationType {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::FileCitation => f.write_str("file_citation"),
            }
        }
    }
    impl ::std::str::FromStr for FileCitationType {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "file_citation" => Ok(Self::FileCitation),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for FileCitationType {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for FileCitationType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///Delete the file this many seconds after `anchor` (form fields `expires_after[anchor]`, `expires_after[seconds]`).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[serde(deny_unknown_fields)]
    pub struct FileExpirationAfter {
        pub anchor: FileExpirationAfterAnchor,
        pub seconds: i64,
    }
    impl FileExpirationAfter {
        pub fn builder() -> builder::FileExpirationAfter {
            Default::default()
        }
    }
    ///`FileExpirationAfterAnchor`
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
    pub enum FileExpirationAfterAnchor {
        #[serde(rename = "created_at")]
        CreatedAt,
    }
    impl ::std::fmt::Display for FileExpirationAfterAnchor {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::CreatedAt => f.write_str("created_at"),
            }
        }
    }
    impl ::std::str::FromStr for FileExpirationAfterAnchor {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "created_at" => Ok(Self::CreatedAt),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for FileExpirationAfterAnchor {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for FileExpirationAfterAnchor {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///`FileObject`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct FileObject {
        pub bytes: u64,
        pub created_at: i64,
        ///When the file expires (absent when it does not).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub expires_at: ::std::option::Option<i64>,
        pub filename: ::std::string::String,
        pub id: FileObjectId,
        pub object: FileObjectObject,
        pub purpose: FileObjectPurpose,
        ///Deprecated by OpenAI; always `processed` once stored.
        pub status: FileObjectStatus,
    }
    impl FileObject {
        pub fn builder() -> builder::FileObject {
            Default::default()
        }
    }
    ///`FileObjectId`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct FileObjectId(::std::string::String);
    impl ::std::ops::Deref for FileObjectId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<FileObjectId> for ::std::string::String {
        fn from(value: FileObjectId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for FileObjectId {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            static PATTERN: ::std::sync::LazyLock<::regress::Regex> =
                ::std::sync::LazyLock::new(|| ::regress::Regex::new("^file-").unwrap());
            if PATTERN.find(value).is_none() {
                return Err("doesn't match pattern \"^file-\"".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for FileObjectId {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for FileObjectId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for FileObjectId {
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
    ///`FileObjectObject`
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
    pub enum FileObjectObject {
        #[serde(rename = "file")]
        File,
    }
    impl ::std::fmt::Display for FileObjectObject {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::File => f.write_str("file"),
            }
        }
    }
    impl ::std::str::FromStr for FileObjectObject {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "file" => Ok(Self::File),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for FileObjectObject {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for FileObjectObject {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///`FileObjectPurpose`
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
    pub enum FileObjectPurpose {
        #[serde(rename = "assistants")]
        Assistants,
        #[serde(rename = "batch")]
        Batch,
        #[serde(rename = "fine-tune")]
        FineTune,
        #[serde(rename = "vision")]
        Vision,
        #[serde(rename = "user_data")]
        UserData,
    }
    impl ::std::fmt::Display for FileObjectPurpose {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Assistants => f.write_str("assistants"),
                Self::Batch => f.write_str("batch"),
                Self::FineTune => f.write_str("fine-tune"),
                Self::Vision => f.write_str("vision"),
                Self::UserData => f.write_str("user_data"),
            }
        }
    }
    impl ::std::str::FromStr for FileObjectPurpose {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "assistants" => Ok(Self::Assistants),
                "batch" => Ok(Self::Batch),
                "fine-tune" => Ok(Self::FineTune),
                "vision" => Ok(Self::Vision),
                "user_data" => Ok(Self::UserData),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for FileObjectPurpose {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for FileObjectPurpose {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///Deprecated by OpenAI; always `processed` once stored.
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
    pub enum FileObjectStatus {
        #[serde(rename = "uploaded")]
        Uploaded,
        #[serde(rename = "processed")]
        Processed,
        #[serde(rename = "error")]
        Error,
    }
    impl ::std::fmt::Display for FileObjectStatus {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Uploaded => f.write_str("uploaded"),
                Self::Processed => f.write_str("processed"),
                Self::Error => f.write_str("error"),
            }
        }
    }
    impl ::std::str::FromStr for FileObjectStatus {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "uploaded" => Ok(Self::Uploaded),
                "processed" => Ok(Self::Processed),
                "error" => Ok(Self::Error),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for FileObjectStatus {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for FileObjectStatus {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///What the file is for; every purpose is stored and listed the same way. (OpenAI's upload also admits `evals`, but its file object cannot carry it, so SDKs could not read such a file back: it is refused.)
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
    pub enum FilePurpose {
        #[serde(rename = "assistants")]
        Assistants,
        #[serde(rename = "batch")]
        Batch,
        #[serde(rename = "fine-tune")]
        FineTune,
        #[serde(rename = "vision")]
        Vision,
        #[serde(rename = "user_data")]
        UserData,
    }
    impl ::std::fmt::Display for FilePurpose {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Assistants => f.write_str("assistants"),
                Self::Batch => f.write_str("batch"),
                Self::FineTune => f.write_str("fine-tune"),
                Self::Vision => f.write_str("vision"),
                Self::UserData => f.write_str("user_data"),
            }
        }
    }
    impl ::std::str::FromStr for FilePurpose {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "assistants" => Ok(Self::Assistants),
                "batch" => Ok(Self::Batch),
                "fine-tune" => Ok(Self::FineTune),
                "vision" => Ok(Self::Vision),
                "user_data" => Ok(Self::UserData),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for FilePurpose {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for FilePurpose {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
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
    ///What a function call returned, for the model to continue with.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[serde(deny_unknown_fields)]
    pub struct FunctionCallOutputInput {
        pub call_id: FunctionCallOutputInputCallId,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<FunctionCallOutputInputId>,
        pub output: FunctionCallOutputInputOutput,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub status: ::std::option::Option<FunctionCallOutputInputStatus>,
        #[serde(rename = "type")]
        pub type_: FunctionCallOutputInputType,
    }
    impl FunctionCallOutputInput {
        pub fn builder() -> builder::FunctionCallOutputInput {
            Default::default()
        }
    }
    ///`FunctionCallOutputInputCallId`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct FunctionCallOutputInputCallId(::std::string::String);
    impl ::std::ops::Deref for FunctionCallOutputInputCallId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<FunctionCallOutputInputCallId> for ::std::string::String {
        fn from(value: FunctionCallOutputInputCallId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for FunctionCallOutputInputCallId {
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
    impl ::std::convert::TryFrom<&str> for FunctionCallOutputInputCallId {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for FunctionCallOutputInputCallId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for FunctionCallOutputInputCallId {
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
    ///`FunctionCallOutputInputId`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct FunctionCallOutputInputId(::std::string::String);
    impl ::std::ops::Deref for FunctionCallOutputInputId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<FunctionCallOutputInputId> for ::std::string::String {
        fn from(value: FunctionCallOutputInputId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for FunctionCallOutputInputId {
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
    impl ::std::convert::TryFrom<&str> for FunctionCallOutputInputId {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for FunctionCallOutputInputId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for FunctionCallOutputInputId {
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
    ///`FunctionCallOutputInputOutput`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[serde(untagged)]
    pub enum FunctionCallOutputInputOutput {
        String(::std::string::String),
        Array(::std::vec::Vec<ResponseInputContent>),
    }
    impl ::std::convert::From<::std::vec::Vec<ResponseInputContent>> for FunctionCallOutputInputOutput {
        fn from(value: ::std::vec::Vec<ResponseInputContent>) -> Self {
            Self::Array(value)
        }
    }
    ///`FunctionCallOutputInputStatus`
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
    pub enum FunctionCallOutputInputStatus {
        #[serde(rename = "in_progress")]
        InProgress,
        #[serde(rename = "completed")]
        Completed,
        #[serde(rename = "incomplete")]
        Incomplete,
    }
    impl ::std::fmt::Display for FunctionCallOutputInputStatus {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::InProgress => f.write_str("in_progress"),
                Self::Completed => f.write_str("completed"),
                Self::Incomplete => f.write_str("incomplete"),
            }
        }
    }
    impl ::std::str::FromStr for FunctionCallOutputInputStatus {
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
    impl ::std::convert::TryFrom<&str> for FunctionCallOutputInputStatus {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for FunctionCallOutputInputStatus {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///`FunctionCallOutputInputType`
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
    pub enum FunctionCallOutputInputType {
        #[serde(rename = "function_call_output")]
        FunctionCallOutput,
    }
    impl ::std::fmt::Display for FunctionCallOutputInputType {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::FunctionCallOutput => f.write_str("function_call_output"),
            }
        }
    }
    impl ::std::str::FromStr for FunctionCallOutputInputType {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "function_call_output" => Ok(Self::FunctionCallOutput),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for FunctionCallOutputInputType {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for FunctionCallOutputInputType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
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
    ///A call of a function tool by the model.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[serde(deny_unknown_fields)]
    pub struct FunctionToolCall {
        ///The arguments, as JSON text.
        pub arguments: ::std::string::String,
        pub call_id: FunctionToolCallCallId,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<FunctionToolCallId>,
        pub name: FunctionToolCallName,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub status: ::std::option::Option<FunctionToolCallStatus>,
        #[serde(rename = "type")]
        pub type_: FunctionToolCallType,
    }
    impl FunctionToolCall {
        pub fn builder() -> builder::FunctionToolCall {
            Default::default()
        }
    }
    ///`FunctionToolCallCallId`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct FunctionToolCallCallId(::std::string::String);
    impl ::std::ops::Deref for FunctionToolCallCallId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<FunctionToolCallCallId> for ::std::string::String {
        fn from(value: FunctionToolCallCallId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for FunctionToolCallCallId {
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
    impl ::std::convert::TryFrom<&str> for FunctionToolCallCallId {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for FunctionToolCallCallId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for FunctionToolCallCallId {
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
    ///`FunctionToolCallId`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct FunctionToolCallId(::std::string::String);
    impl ::std::ops::Deref for FunctionToolCallId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<FunctionToolCallId> for ::std::string::String {
        fn from(value: FunctionToolCallId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for FunctionToolCallId {
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
    impl ::std::convert::TryFrom<&str> for FunctionToolCallId {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for FunctionToolCallId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for FunctionToolCallId {
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
    ///`FunctionToolCallName`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct FunctionToolCallName(::std::string::String);
    impl ::std::ops::Deref for FunctionToolCallName {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<FunctionToolCallName> for ::std::string::String {
        fn from(value: FunctionToolCallName) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for FunctionToolCallName {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 128usize {
                return Err("longer than 128 characters".into());
            }
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for FunctionToolCallName {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for FunctionToolCallName {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for FunctionToolCallName {
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
    ///A stored function call output.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct FunctionToolCallOutputResource {
        pub call_id: ::std::string::String,
        pub id: ::std::string::String,
        pub output: ::std::string::String,
        pub status: FunctionToolCallOutputResourceStatus,
        #[serde(rename = "type")]
        pub type_: FunctionToolCallOutputResourceType,
    }
    impl FunctionToolCallOutputResource {
        pub fn builder() -> builder::FunctionToolCallOutputResource {
            Default::default()
        }
    }
    ///`FunctionToolCallOutputResourceStatus`
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
    pub enum FunctionToolCallOutputResourceStatus {
        #[serde(rename = "in_progress")]
        InProgress,
        #[serde(rename = "completed")]
        Completed,
        #[serde(rename = "incomplete")]
        Incomplete,
    }
    impl ::std::fmt::Display for FunctionToolCallOutputResourceStatus {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::InProgress => f.write_str("in_progress"),
                Self::Completed => f.write_str("completed"),
                Self::Incomplete => f.write_str("incomplete"),
            }
        }
    }
    impl ::std::str::FromStr for FunctionToolCallOutputResourceStatus {
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
    impl ::std::convert::TryFrom<&str> for FunctionToolCallOutputResourceStatus {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for FunctionToolCallOutputResourceStatus {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///`FunctionToolCallOutputResourceType`
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
    pub enum FunctionToolCallOutputResourceType {
        #[serde(rename = "function_call_output")]
        FunctionCallOutput,
    }
    impl ::std::fmt::Display for FunctionToolCallOutputResourceType {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::FunctionCallOutput => f.write_str("function_call_output"),
            }
        }
    }
    impl ::std::str::FromStr for FunctionToolCallOutputResourceType {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "function_call_output" => Ok(Self::FunctionCallOutput),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for FunctionToolCallOutputResourceType {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for FunctionToolCallOutputResourceType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///`FunctionToolCallStatus`
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
    pub enum FunctionToolCallStatus {
        #[serde(rename = "in_progress")]
        InProgress,
        #[serde(rename = "completed")]
        Completed,
        #[serde(rename = "incomplete")]
        Incomplete,
    }
    impl ::std::fmt::Display for FunctionToolCallStatus {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::InProgress => f.write_str("in_progress"),
                Self::Completed => f.write_str("completed"),
                Self::Incomplete => f.write_str("incomplete"),
            }
        }
    }
    impl ::std::str::FromStr for FunctionToolCallStatus {
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
    impl ::std::convert::TryFrom<&str> for FunctionToolCallStatus {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for FunctionToolCallStatus {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///`FunctionToolCallType`
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
    pub enum FunctionToolCallType {
        #[serde(rename = "function_call")]
        FunctionCall,
    }
    impl ::std::fmt::Display for FunctionToolCallType {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::FunctionCall => f.write_str("function_call"),
            }
        }
    }
    impl ::std::str::FromStr for FunctionToolCallType {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "function_call" => Ok(Self::FunctionCall),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for FunctionToolCallType {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for FunctionToolCallType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///`GetConversationConversationId`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct GetConversationConversationId(::std::string::String);
    impl ::std::ops::Deref for GetConversationConversationId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<GetConversationConversationId> for ::std::string::String {
        fn from(value: GetConversationConversationId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for GetConversationConversationId {
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
    impl ::std::convert::TryFrom<&str> for GetConversationConversationId {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for GetConversationConversationId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for GetConversationConversationId {
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
    ///`GetConversationItemConversationId`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct GetConversationItemConversationId(::std::string::String);
    impl ::std::ops::Deref for GetConversationItemConversationId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<GetConversationItemConversationId> for ::std::string::String {
        fn from(value: GetConversationItemConversationId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for GetConversationItemConversationId {
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
    impl ::std::convert::TryFrom<&str> for GetConversationItemConversationId {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for GetConversationItemConversationId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for GetConversationItemConversationId {
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
    ///`GetConversationItemItemId`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct GetConversationItemItemId(::std::string::String);
    impl ::std::ops::Deref for GetConversationItemItemId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<GetConversationItemItemId> for ::std::string::String {
        fn from(value: GetConversationItemItemId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for GetConversationItemItemId {
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
    impl ::std::convert::TryFrom<&str> for GetConversationItemItemId {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for GetConversationItemItemId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for GetConversationItemItemId {
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
    ///`GetResponseResponseId`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct GetResponseResponseId(::std::string::String);
    impl ::std::ops::Deref for GetResponseResponseId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<GetResponseResponseId> for ::std::string::String {
        fn from(value: GetResponseResponseId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for GetResponseResponseId {
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
    impl ::std::convert::TryFrom<&str> for GetResponseResponseId {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for GetResponseResponseId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for GetResponseResponseId {
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
    impl Health {
        pub fn builder() -> builder::Health {
            Default::default()
        }
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
    ///The weight of each ranking in `hybrid` mode (its share of the fused score).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[serde(deny_unknown_fields)]
    pub struct HybridWeights {
        #[serde(default = "defaults::hybrid_weights_text")]
        pub text: f64,
        #[serde(default = "defaults::hybrid_weights_vector")]
        pub vector: f64,
    }
    impl ::std::default::Default for HybridWeights {
        fn default() -> Self {
            Self {
                text: defaults::hybrid_weights_text(),
                vector: defaults::hybrid_weights_vector(),
            }
        }
    }
    impl HybridWeights {
        pub fn builder() -> builder::HybridWeights {
            Default::default()
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
    impl IncompleteDetailsInner {
        pub fn builder() -> builder::IncompleteDetailsInner {
            Default::default()
        }
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
    impl Index {
        pub fn builder() -> builder::Index {
            Default::default()
        }
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
    impl IndexList {
        pub fn builder() -> builder::IndexList {
            Default::default()
        }
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
    /**`vector`: nearest neighbours; `text`: BM25 over the stored texts; `hybrid`: both, fused by
    reciprocal rank fusion. `text` and `hybrid` search by `text`.
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
    pub enum IndexSearchMode {
        #[serde(rename = "vector")]
        Vector,
        #[serde(rename = "text")]
        Text,
        #[serde(rename = "hybrid")]
        Hybrid,
    }
    impl ::std::fmt::Display for IndexSearchMode {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Vector => f.write_str("vector"),
                Self::Text => f.write_str("text"),
                Self::Hybrid => f.write_str("hybrid"),
            }
        }
    }
    impl ::std::str::FromStr for IndexSearchMode {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "vector" => Ok(Self::Vector),
                "text" => Ok(Self::Text),
                "hybrid" => Ok(Self::Hybrid),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for IndexSearchMode {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for IndexSearchMode {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::default::Default for IndexSearchMode {
        fn default() -> Self {
            IndexSearchMode::Vector
        }
    }
    ///A stored user, system or developer message.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct InputMessageResource {
        pub content: ::std::vec::Vec<InputTextContent>,
        pub id: ::std::string::String,
        pub role: InputMessageResourceRole,
        pub status: InputMessageResourceStatus,
        #[serde(rename = "type")]
        pub type_: InputMessageResourceType,
    }
    impl InputMessageResource {
        pub fn builder() -> builder::InputMessageResource {
            Default::default()
        }
    }
    ///`InputMessageResourceRole`
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
    pub enum InputMessageResourceRole {
        #[serde(rename = "user")]
        User,
        #[serde(rename = "system")]
        System,
        #[serde(rename = "developer")]
        Developer,
    }
    impl ::std::fmt::Display for InputMessageResourceRole {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::User => f.write_str("user"),
                Self::System => f.write_str("system"),
                Self::Developer => f.write_str("developer"),
            }
        }
    }
    impl ::std::str::FromStr for InputMessageResourceRole {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "user" => Ok(Self::User),
                "system" => Ok(Self::System),
                "developer" => Ok(Self::Developer),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for InputMessageResourceRole {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for InputMessageResourceRole {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///`InputMessageResourceStatus`
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
    pub enum InputMessageResourceStatus {
        #[serde(rename = "in_progress")]
        InProgress,
        #[serde(rename = "completed")]
        Completed,
        #[serde(rename = "incomplete")]
        Incomplete,
    }
    impl ::std::fmt::Display for InputMessageResourceStatus {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::InProgress => f.write_str("in_progress"),
                Self::Completed => f.write_str("completed"),
                Self::Incomplete => f.write_str("incomplete"),
            }
        }
    }
    impl ::std::str::FromStr for InputMessageResourceStatus {
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
    impl ::std::convert::TryFrom<&str> for InputMessageResourceStatus {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for InputMessageResourceStatus {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///`InputMessageResourceType`
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
    pub enum InputMessageResourceType {
        #[serde(rename = "message")]
        Message,
    }
    impl ::std::fmt::Display for InputMessageResourceType {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Message => f.write_str("message"),
            }
        }
    }
    impl ::std::str::FromStr for InputMessageResourceType {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "message" => Ok(Self::Message),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for InputMessageResourceType {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for InputMessageResourceType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///`InputTextContent`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct InputTextContent {
        pub text: ::std::string::String,
        #[serde(rename = "type")]
        pub type_: InputTextContentType,
    }
    impl InputTextContent {
        pub fn builder() -> builder::InputTextContent {
            Default::default()
        }
    }
    ///`InputTextContentType`
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
    pub enum InputTextContentType {
        #[serde(rename = "input_text")]
        InputText,
    }
    impl ::std::fmt::Display for InputTextContentType {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::InputText => f.write_str("input_text"),
            }
        }
    }
    impl ::std::str::FromStr for InputTextContentType {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "input_text" => Ok(Self::InputText),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for InputTextContentType {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for InputTextContentType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///A stored item (of an earlier response or a conversation), by id.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[serde(deny_unknown_fields)]
    pub struct ItemReference {
        pub id: ItemReferenceId,
        #[serde(
            rename = "type",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub type_: ::std::option::Option<ItemReferenceType>,
    }
    impl ItemReference {
        pub fn builder() -> builder::ItemReference {
            Default::default()
        }
    }
    ///`ItemReferenceId`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct ItemReferenceId(::std::string::String);
    impl ::std::ops::Deref for ItemReferenceId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<ItemReferenceId> for ::std::string::String {
        fn from(value: ItemReferenceId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for ItemReferenceId {
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
    impl ::std::convert::TryFrom<&str> for ItemReferenceId {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ItemReferenceId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ItemReferenceId {
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
    ///`ItemReferenceType`
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
    pub enum ItemReferenceType {
        #[serde(rename = "item_reference")]
        ItemReference,
    }
    impl ::std::fmt::Display for ItemReferenceType {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::ItemReference => f.write_str("item_reference"),
            }
        }
    }
    impl ::std::str::FromStr for ItemReferenceType {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "item_reference" => Ok(Self::ItemReference),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for ItemReferenceType {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ItemReferenceType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///A stored item: a message (assistant messages as output messages), a function call or a function call's output.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[serde(untagged)]
    pub enum ItemResource {
        InputMessageResource(InputMessageResource),
        OutputMessage(OutputMessage),
        FunctionToolCall(FunctionToolCall),
        FunctionToolCallOutputResource(FunctionToolCallOutputResource),
    }
    impl ::std::convert::From<InputMessageResource> for ItemResource {
        fn from(value: InputMessageResource) -> Self {
            Self::InputMessageResource(value)
        }
    }
    impl ::std::convert::From<OutputMessage> for ItemResource {
        fn from(value: OutputMessage) -> Self {
            Self::OutputMessage(value)
        }
    }
    impl ::std::convert::From<FunctionToolCall> for ItemResource {
        fn from(value: FunctionToolCall) -> Self {
            Self::FunctionToolCall(value)
        }
    }
    impl ::std::convert::From<FunctionToolCallOutputResource> for ItemResource {
        fn from(value: FunctionToolCallOutputResource) -> Self {
            Self::FunctionToolCallOutputResource(value)
        }
    }
    ///A JSON Schema (draft 2020-12). Unsupported keywords (e.g. `not`, `if`) answer 400 naming them.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[serde(transparent)]
    pub struct JsonSchema(pub ::serde_json::Map<::std::string::String, ::serde_json::Value>);
    impl ::std::ops::Deref for JsonSchema {
        type Target = ::serde_json::Map<::std::string::String, ::serde_json::Value>;
        fn deref(&self) -> &::serde_json::Map<::std::string::String, ::serde_json::Value> {
            &self.0
        }
    }
    impl ::std::convert::From<JsonSchema>
        for ::serde_json::Map<::std::string::String, ::serde_json::Value>
    {
        fn from(value: JsonSchema) -> Self {
            value.0
        }
    }
    impl ::std::convert::From<::serde_json::Map<::std::string::String, ::serde_json::Value>>
        for JsonSchema
    {
        fn from(value: ::serde_json::Map<::std::string::String, ::serde_json::Value>) -> Self {
            Self(value)
        }
    }
    ///`ListConversationItemsAfter`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct ListConversationItemsAfter(::std::string::String);
    impl ::std::ops::Deref for ListConversationItemsAfter {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<ListConversationItemsAfter> for ::std::string::String {
        fn from(value: ListConversationItemsAfter) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for ListConversationItemsAfter {
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
    impl ::std::convert::TryFrom<&str> for ListConversationItemsAfter {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ListConversationItemsAfter {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ListConversationItemsAfter {
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
    ///`ListConversationItemsConversationId`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct ListConversationItemsConversationId(::std::string::String);
    impl ::std::ops::Deref for ListConversationItemsConversationId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<ListConversationItemsConversationId> for ::std::string::String {
        fn from(value: ListConversationItemsConversationId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for ListConversationItemsConversationId {
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
    impl ::std::convert::TryFrom<&str> for ListConversationItemsConversationId {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ListConversationItemsConversationId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ListConversationItemsConversationId {
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
    ///`ListConversationItemsOrder`
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
    pub enum ListConversationItemsOrder {
        #[serde(rename = "asc")]
        Asc,
        #[serde(rename = "desc")]
        Desc,
    }
    impl ::std::fmt::Display for ListConversationItemsOrder {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Asc => f.write_str("asc"),
                Self::Desc => f.write_str("desc"),
            }
        }
    }
    impl ::std::str::FromStr for ListConversationItemsOrder {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "asc" => Ok(Self::Asc),
                "desc" => Ok(Self::Desc),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for ListConversationItemsOrder {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ListConversationItemsOrder {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::default::Default for ListConversationItemsOrder {
        fn default() -> Self {
            ListConversationItemsOrder::Desc
        }
    }
    ///`ListFilesAfter`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct ListFilesAfter(::std::string::String);
    impl ::std::ops::Deref for ListFilesAfter {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<ListFilesAfter> for ::std::string::String {
        fn from(value: ListFilesAfter) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for ListFilesAfter {
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
    impl ::std::convert::TryFrom<&str> for ListFilesAfter {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ListFilesAfter {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ListFilesAfter {
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
    ///`ListFilesOrder`
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
    pub enum ListFilesOrder {
        #[serde(rename = "asc")]
        Asc,
        #[serde(rename = "desc")]
        Desc,
    }
    impl ::std::fmt::Display for ListFilesOrder {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Asc => f.write_str("asc"),
                Self::Desc => f.write_str("desc"),
            }
        }
    }
    impl ::std::str::FromStr for ListFilesOrder {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "asc" => Ok(Self::Asc),
                "desc" => Ok(Self::Desc),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for ListFilesOrder {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ListFilesOrder {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::default::Default for ListFilesOrder {
        fn default() -> Self {
            ListFilesOrder::Desc
        }
    }
    ///`ListFilesPurpose`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct ListFilesPurpose(::std::string::String);
    impl ::std::ops::Deref for ListFilesPurpose {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<ListFilesPurpose> for ::std::string::String {
        fn from(value: ListFilesPurpose) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for ListFilesPurpose {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 64usize {
                return Err("longer than 64 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for ListFilesPurpose {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ListFilesPurpose {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ListFilesPurpose {
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
    ///`ListFilesResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct ListFilesResponse {
        pub data: ::std::vec::Vec<FileObject>,
        ///The first file's id (empty when `data` is).
        pub first_id: ::std::string::String,
        pub has_more: bool,
        ///The last file's id (empty when `data` is).
        pub last_id: ::std::string::String,
        pub object: ListFilesResponseObject,
    }
    impl ListFilesResponse {
        pub fn builder() -> builder::ListFilesResponse {
            Default::default()
        }
    }
    ///`ListFilesResponseObject`
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
    pub enum ListFilesResponseObject {
        #[serde(rename = "list")]
        List,
    }
    impl ::std::fmt::Display for ListFilesResponseObject {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::List => f.write_str("list"),
            }
        }
    }
    impl ::std::str::FromStr for ListFilesResponseObject {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "list" => Ok(Self::List),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for ListFilesResponseObject {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ListFilesResponseObject {
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
    impl ListModelsResponse {
        pub fn builder() -> builder::ListModelsResponse {
            Default::default()
        }
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
    ///`ListResponseInputItemsAfter`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct ListResponseInputItemsAfter(::std::string::String);
    impl ::std::ops::Deref for ListResponseInputItemsAfter {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<ListResponseInputItemsAfter> for ::std::string::String {
        fn from(value: ListResponseInputItemsAfter) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for ListResponseInputItemsAfter {
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
    impl ::std::convert::TryFrom<&str> for ListResponseInputItemsAfter {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ListResponseInputItemsAfter {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ListResponseInputItemsAfter {
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
    ///`ListResponseInputItemsOrder`
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
    pub enum ListResponseInputItemsOrder {
        #[serde(rename = "asc")]
        Asc,
        #[serde(rename = "desc")]
        Desc,
    }
    impl ::std::fmt::Display for ListResponseInputItemsOrder {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Asc => f.write_str("asc"),
                Self::Desc => f.write_str("desc"),
            }
        }
    }
    impl ::std::str::FromStr for ListResponseInputItemsOrder {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "asc" => Ok(Self::Asc),
                "desc" => Ok(Self::Desc),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for ListResponseInputItemsOrder {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ListResponseInputItemsOrder {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::default::Default for ListResponseInputItemsOrder {
        fn default() -> Self {
            ListResponseInputItemsOrder::Desc
        }
    }
    ///`ListResponseInputItemsResponseId`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct ListResponseInputItemsResponseId(::std::string::String);
    impl ::std::ops::Deref for ListResponseInputItemsResponseId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<ListResponseInputItemsResponseId> for ::std::string::String {
        fn from(value: ListResponseInputItemsResponseId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for ListResponseInputItemsResponseId {
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
    impl ::std::convert::TryFrom<&str> for ListResponseInputItemsResponseId {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ListResponseInputItemsResponseId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ListResponseInputItemsResponseId {
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
    ///`LogProb`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct LogProb {
        pub bytes: ::std::vec::Vec<u8>,
        pub logprob: f64,
        pub token: ::std::string::String,
        pub top_logprobs: ::std::vec::Vec<LogProbTopLogprobsItem>,
    }
    impl LogProb {
        pub fn builder() -> builder::LogProb {
            Default::default()
        }
    }
    ///`LogProbTopLogprobsItem`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct LogProbTopLogprobsItem {
        pub bytes: ::std::vec::Vec<u8>,
        pub logprob: f64,
        pub token: ::std::string::String,
    }
    impl LogProbTopLogprobsItem {
        pub fn builder() -> builder::LogProbTopLogprobsItem {
            Default::default()
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
    impl Model {
        pub fn builder() -> builder::Model {
            Default::default()
        }
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
    impl OutputMessage {
        pub fn builder() -> builder::OutputMessage {
            Default::default()
        }
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
        ///Citations of files the answer drew on.
        pub annotations: ::std::vec::Vec<FileCitation>,
        ///Always empty here (log probabilities are not returned).
        pub logprobs: ::std::vec::Vec<LogProb>,
        pub text: ::std::string::String,
        #[serde(rename = "type")]
        pub type_: OutputTextContentType,
    }
    impl OutputTextContent {
        pub fn builder() -> builder::OutputTextContent {
            Default::default()
        }
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
    ///A position in a list.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[serde(transparent)]
    pub struct Position(pub u32);
    impl ::std::ops::Deref for Position {
        type Target = u32;
        fn deref(&self) -> &u32 {
            &self.0
        }
    }
    impl ::std::convert::From<Position> for u32 {
        fn from(value: Position) -> Self {
            value.0
        }
    }
    impl ::std::convert::From<u32> for Position {
        fn from(value: u32) -> Self {
            Self(value)
        }
    }
    impl ::std::fmt::Display for Position {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            self.0.fmt(f)
        }
    }
    impl ::std::str::FromStr for Position {
        type Err = <u32 as ::std::str::FromStr>::Err;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self(value.parse()?))
        }
    }
    impl ::std::convert::TryFrom<&str> for Position {
        type Error = <u32 as ::std::str::FromStr>::Err;
        fn try_from(value: &str) -> ::std::result::Result<Self, Self::Error> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<String> for Position {
        type Error = <u32 as ::std::str::FromStr>::Err;
        fn try_from(value: String) -> ::std::result::Result<Self, Self::Error> {
            value.parse()
        }
    }
    ///`Readiness`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct Readiness {
        ///One entry per dependency (storage, each engine, the shared state).
        pub checks: ::std::collections::HashMap<::std::string::String, ReadinessCheck>,
        pub status: ReadinessStatus,
    }
    impl Readiness {
        pub fn builder() -> builder::Readiness {
            Default::default()
        }
    }
    ///`ReadinessCheck`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct ReadinessCheck {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub detail: ::std::option::Option<::std::string::String>,
        ///`degraded`: the dependency is down but requests are still served without it (rate limits while Redis is unreachable, with `state.rate_limits_fail_open`).
        pub status: ReadinessCheckStatus,
    }
    impl ReadinessCheck {
        pub fn builder() -> builder::ReadinessCheck {
            Default::default()
        }
    }
    ///`degraded`: the dependency is down but requests are still served without it (rate limits while Redis is unreachable, with `state.rate_limits_fail_open`).
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
        #[serde(rename = "degraded")]
        Degraded,
        #[serde(rename = "fail")]
        Fail,
    }
    impl ::std::fmt::Display for ReadinessCheckStatus {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Ok => f.write_str("ok"),
                Self::Degraded => f.write_str("degraded"),
                Self::Fail => f.write_str("fail"),
            }
        }
    }
    impl ::std::str::FromStr for ReadinessCheckStatus {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "ok" => Ok(Self::Ok),
                "degraded" => Ok(Self::Degraded),
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
        pub background: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub completed_at: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub conversation: ::std::option::Option<ConversationRef>,
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
        pub output: ::std::vec::Vec<ResponseOutputItem>,
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
    impl Response {
        pub fn builder() -> builder::Response {
            Default::default()
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
    ///`ResponseErrorInner`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct ResponseErrorInner {
        pub code: ResponseErrorInnerCode,
        pub message: ::std::string::String,
    }
    impl ResponseErrorInner {
        pub fn builder() -> builder::ResponseErrorInner {
            Default::default()
        }
    }
    ///`ResponseErrorInnerCode`
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
    pub enum ResponseErrorInnerCode {
        #[serde(rename = "server_error")]
        ServerError,
        #[serde(rename = "rate_limit_exceeded")]
        RateLimitExceeded,
        #[serde(rename = "invalid_prompt")]
        InvalidPrompt,
    }
    impl ::std::fmt::Display for ResponseErrorInnerCode {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::ServerError => f.write_str("server_error"),
                Self::RateLimitExceeded => f.write_str("rate_limit_exceeded"),
                Self::InvalidPrompt => f.write_str("invalid_prompt"),
            }
        }
    }
    impl ::std::str::FromStr for ResponseErrorInnerCode {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "server_error" => Ok(Self::ServerError),
                "rate_limit_exceeded" => Ok(Self::RateLimitExceeded),
                "invalid_prompt" => Ok(Self::InvalidPrompt),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for ResponseErrorInnerCode {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ResponseErrorInnerCode {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///`ResponseFormatJsonObject`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[serde(deny_unknown_fields)]
    pub struct ResponseFormatJsonObject {
        #[serde(rename = "type")]
        pub type_: ResponseFormatJsonObjectType,
    }
    impl ResponseFormatJsonObject {
        pub fn builder() -> builder::ResponseFormatJsonObject {
            Default::default()
        }
    }
    ///`ResponseFormatJsonObjectType`
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
    pub enum ResponseFormatJsonObjectType {
        #[serde(rename = "json_object")]
        JsonObject,
    }
    impl ::std::fmt::Display for ResponseFormatJsonObjectType {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::JsonObject => f.write_str("json_object"),
            }
        }
    }
    impl ::std::str::FromStr for ResponseFormatJsonObjectType {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "json_object" => Ok(Self::JsonObject),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for ResponseFormatJsonObjectType {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ResponseFormatJsonObjectType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///`ResponseFormatJsonSchema`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[serde(deny_unknown_fields)]
    pub struct ResponseFormatJsonSchema {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub description: ::std::option::Option<::std::string::String>,
        pub name: ResponseFormatJsonSchemaName,
        pub schema: JsonSchema,
        ///Output always follows `schema` on the embedded model; through an upstream, `true` also checks it (a mismatch is a 502).
        #[serde(default = "defaults::response_format_json_schema_strict")]
        pub strict: ::std::option::Option<bool>,
        #[serde(rename = "type")]
        pub type_: ResponseFormatJsonSchemaType,
    }
    impl ResponseFormatJsonSchema {
        pub fn builder() -> builder::ResponseFormatJsonSchema {
            Default::default()
        }
    }
    ///`ResponseFormatJsonSchemaName`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct ResponseFormatJsonSchemaName(::std::string::String);
    impl ::std::ops::Deref for ResponseFormatJsonSchemaName {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<ResponseFormatJsonSchemaName> for ::std::string::String {
        fn from(value: ResponseFormatJsonSchemaName) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for ResponseFormatJsonSchemaName {
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
    impl ::std::convert::TryFrom<&str> for ResponseFormatJsonSchemaName {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ResponseFormatJsonSchemaName {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ResponseFormatJsonSchemaName {
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
    ///`ResponseFormatJsonSchemaType`
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
    pub enum ResponseFormatJsonSchemaType {
        #[serde(rename = "json_schema")]
        JsonSchema,
    }
    impl ::std::fmt::Display for ResponseFormatJsonSchemaType {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::JsonSchema => f.write_str("json_schema"),
            }
        }
    }
    impl ::std::str::FromStr for ResponseFormatJsonSchemaType {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "json_schema" => Ok(Self::JsonSchema),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for ResponseFormatJsonSchemaType {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ResponseFormatJsonSchemaType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///`ResponseFormatText`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[serde(deny_unknown_fields)]
    pub struct ResponseFormatText {
        #[serde(rename = "type")]
        pub type_: ResponseFormatTextType,
    }
    impl ResponseFormatText {
        pub fn builder() -> builder::ResponseFormatText {
            Default::default()
        }
    }
    ///`ResponseFormatTextType`
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
    pub enum ResponseFormatTextType {
        #[serde(rename = "text")]
        Text,
    }
    impl ::std::fmt::Display for ResponseFormatTextType {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Text => f.write_str("text"),
            }
        }
    }
    impl ::std::str::FromStr for ResponseFormatTextType {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "text" => Ok(Self::Text),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for ResponseFormatTextType {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ResponseFormatTextType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///`ResponseFunctionTool`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[serde(deny_unknown_fields)]
    pub struct ResponseFunctionTool {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub description: ::std::option::Option<::std::string::String>,
        pub name: ResponseFunctionToolName,
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub parameters: ::std::option::Option<FunctionParameters>,
        ///Arguments always follow `parameters` on the embedded model; through an upstream, `true` also checks them (a mismatch is a 502).
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub strict: ::std::option::Option<bool>,
        #[serde(rename = "type")]
        pub type_: ResponseFunctionToolType,
    }
    impl ResponseFunctionTool {
        pub fn builder() -> builder::ResponseFunctionTool {
            Default::default()
        }
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
    ///Text (one user message), or a list of input items.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[serde(untagged)]
    pub enum ResponseInput {
        String(::std::string::String),
        Array(::std::vec::Vec<ResponseInputItem>),
    }
    impl ::std::convert::From<::std::vec::Vec<ResponseInputItem>> for ResponseInput {
        fn from(value: ::std::vec::Vec<ResponseInputItem>) -> Self {
            Self::Array(value)
        }
    }
    ///`ResponseInputContent`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[serde(deny_unknown_fields)]
    pub struct ResponseInputContent {
        ///An `output_text` part's annotations, as a response returned them (kept, not read).
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub annotations:
            ::std::vec::Vec<::serde_json::Map<::std::string::String, ::serde_json::Value>>,
        ///An `output_text` part's logprobs, as a response returned them (kept, not read).
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub logprobs:
            ::std::vec::Vec<::serde_json::Map<::std::string::String, ::serde_json::Value>>,
        pub text: ::std::string::String,
        #[serde(rename = "type")]
        pub type_: ResponseInputContentType,
    }
    impl ResponseInputContent {
        pub fn builder() -> builder::ResponseInputContent {
            Default::default()
        }
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
    ///A message, a function call (as a response returned it), a function call's output, or a reference to a stored item.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[serde(untagged)]
    pub enum ResponseInputItem {
        ResponseInputMessage(ResponseInputMessage),
        FunctionToolCall(FunctionToolCall),
        FunctionCallOutputInput(FunctionCallOutputInput),
        ItemReference(ItemReference),
    }
    impl ::std::convert::From<ResponseInputMessage> for ResponseInputItem {
        fn from(value: ResponseInputMessage) -> Self {
            Self::ResponseInputMessage(value)
        }
    }
    impl ::std::convert::From<FunctionToolCall> for ResponseInputItem {
        fn from(value: FunctionToolCall) -> Self {
            Self::FunctionToolCall(value)
        }
    }
    impl ::std::convert::From<FunctionCallOutputInput> for ResponseInputItem {
        fn from(value: FunctionCallOutputInput) -> Self {
            Self::FunctionCallOutputInput(value)
        }
    }
    impl ::std::convert::From<ItemReference> for ResponseInputItem {
        fn from(value: ItemReference) -> Self {
            Self::ItemReference(value)
        }
    }
    ///`ResponseInputMessage`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[serde(deny_unknown_fields)]
    pub struct ResponseInputMessage {
        pub content: ResponseInputMessageContent,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<ResponseInputMessageId>,
        pub role: ResponseInputMessageRole,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub status: ::std::option::Option<ResponseInputMessageStatus>,
        #[serde(
            rename = "type",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub type_: ::std::option::Option<ResponseInputMessageType>,
    }
    impl ResponseInputMessage {
        pub fn builder() -> builder::ResponseInputMessage {
            Default::default()
        }
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
    ///`ResponseInputMessageId`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct ResponseInputMessageId(::std::string::String);
    impl ::std::ops::Deref for ResponseInputMessageId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<ResponseInputMessageId> for ::std::string::String {
        fn from(value: ResponseInputMessageId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for ResponseInputMessageId {
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
    impl ::std::convert::TryFrom<&str> for ResponseInputMessageId {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ResponseInputMessageId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ResponseInputMessageId {
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
    ///`ResponseInputMessageStatus`
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
    pub enum ResponseInputMessageStatus {
        #[serde(rename = "in_progress")]
        InProgress,
        #[serde(rename = "completed")]
        Completed,
        #[serde(rename = "incomplete")]
        Incomplete,
    }
    impl ::std::fmt::Display for ResponseInputMessageStatus {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::InProgress => f.write_str("in_progress"),
                Self::Completed => f.write_str("completed"),
                Self::Incomplete => f.write_str("incomplete"),
            }
        }
    }
    impl ::std::str::FromStr for ResponseInputMessageStatus {
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
    impl ::std::convert::TryFrom<&str> for ResponseInputMessageStatus {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ResponseInputMessageStatus {
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
    ///`ResponseItemList`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct ResponseItemList {
        pub data: ::std::vec::Vec<ItemResource>,
        ///The first item's id (empty when `data` is).
        pub first_id: ::std::string::String,
        pub has_more: bool,
        ///The last item's id (empty when `data` is).
        pub last_id: ::std::string::String,
        pub object: ResponseItemListObject,
    }
    impl ResponseItemList {
        pub fn builder() -> builder::ResponseItemList {
            Default::default()
        }
    }
    ///`ResponseItemListObject`
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
    pub enum ResponseItemListObject {
        #[serde(rename = "list")]
        List,
    }
    impl ::std::fmt::Display for ResponseItemListObject {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::List => f.write_str("list"),
            }
        }
    }
    impl ::std::str::FromStr for ResponseItemListObject {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "list" => Ok(Self::List),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for ResponseItemListObject {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ResponseItemListObject {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///`ResponseLogProb`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct ResponseLogProb {
        pub logprob: f64,
        pub token: ::std::string::String,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub top_logprobs: ::std::vec::Vec<ResponseLogProbTopLogprobsItem>,
    }
    impl ResponseLogProb {
        pub fn builder() -> builder::ResponseLogProb {
            Default::default()
        }
    }
    ///`ResponseLogProbTopLogprobsItem`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    pub struct ResponseLogProbTopLogprobsItem {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub logprob: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub token: ::std::option::Option<::std::string::String>,
    }
    impl ResponseLogProbTopLogprobsItem {
        pub fn builder() -> builder::ResponseLogProbTopLogprobsItem {
            Default::default()
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
    ///A message or a function call.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[serde(untagged)]
    pub enum ResponseOutputItem {
        OutputMessage(OutputMessage),
        FunctionToolCall(FunctionToolCall),
    }
    impl ::std::convert::From<OutputMessage> for ResponseOutputItem {
        fn from(value: OutputMessage) -> Self {
            Self::OutputMessage(value)
        }
    }
    impl ::std::convert::From<FunctionToolCall> for ResponseOutputItem {
        fn from(value: FunctionToolCall) -> Self {
            Self::FunctionToolCall(value)
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
    #[serde(tag = "type")]
    pub enum ResponseStreamEvent {
        ///The response was created (first event).
        #[serde(rename = "response.created")]
        ResponseCreated {
            response: Response,
            sequence_number: SequenceNumber,
        },
        ///Generation started.
        #[serde(rename = "response.in_progress")]
        ResponseInProgress {
            response: Response,
            sequence_number: SequenceNumber,
        },
        ///The response is complete (last event).
        #[serde(rename = "response.completed")]
        ResponseCompleted {
            response: Response,
            sequence_number: SequenceNumber,
        },
        ///The response ended early, e.g. at `max_output_tokens` (last event).
        #[serde(rename = "response.incomplete")]
        ResponseIncomplete {
            response: Response,
            sequence_number: SequenceNumber,
        },
        ///Generation failed (last event); `response.error` says why.
        #[serde(rename = "response.failed")]
        ResponseFailed {
            response: Response,
            sequence_number: SequenceNumber,
        },
        ///A background response is queued (first event of a background stream).
        #[serde(rename = "response.queued")]
        ResponseQueued {
            response: Response,
            sequence_number: SequenceNumber,
        },
        ///An output item begins.
        #[serde(rename = "response.output_item.added")]
        ResponseOutputItemAdded {
            item: ResponseOutputItem,
            output_index: Position,
            sequence_number: SequenceNumber,
        },
        ///An output item is complete.
        #[serde(rename = "response.output_item.done")]
        ResponseOutputItemDone {
            item: ResponseOutputItem,
            output_index: Position,
            sequence_number: SequenceNumber,
        },
        ///A content part begins.
        #[serde(rename = "response.content_part.added")]
        ResponseContentPartAdded {
            content_index: Position,
            item_id: ::std::string::String,
            output_index: Position,
            part: OutputTextContent,
            sequence_number: SequenceNumber,
        },
        ///A content part is complete.
        #[serde(rename = "response.content_part.done")]
        ResponseContentPartDone {
            content_index: Position,
            item_id: ::std::string::String,
            output_index: Position,
            part: OutputTextContent,
            sequence_number: SequenceNumber,
        },
        ///More text of a content part.
        #[serde(rename = "response.output_text.delta")]
        ResponseOutputTextDelta {
            content_index: Position,
            delta: ::std::string::String,
            item_id: ::std::string::String,
            logprobs: ::std::vec::Vec<ResponseLogProb>,
            output_index: Position,
            sequence_number: SequenceNumber,
        },
        ///A content part's whole text.
        #[serde(rename = "response.output_text.done")]
        ResponseOutputTextDone {
            content_index: Position,
            item_id: ::std::string::String,
            logprobs: ::std::vec::Vec<ResponseLogProb>,
            output_index: Position,
            sequence_number: SequenceNumber,
            text: ::std::string::String,
        },
        ///More of a function call's arguments.
        #[serde(rename = "response.function_call_arguments.delta")]
        ResponseFunctionCallArgumentsDelta {
            delta: ::std::string::String,
            item_id: ::std::string::String,
            output_index: Position,
            sequence_number: SequenceNumber,
        },
        ///A function call's whole arguments.
        #[serde(rename = "response.function_call_arguments.done")]
        ResponseFunctionCallArgumentsDone {
            arguments: ::std::string::String,
            item_id: ::std::string::String,
            name: ::std::string::String,
            output_index: Position,
            sequence_number: SequenceNumber,
        },
        ///The stream failed; nothing follows.
        #[serde(rename = "error")]
        Error {
            #[serde(deserialize_with = "::std::option::Option::deserialize")]
            code: ::std::option::Option<::std::string::String>,
            message: ::std::string::String,
            #[serde(deserialize_with = "::std::option::Option::deserialize")]
            param: ::std::option::Option<::std::string::String>,
            sequence_number: SequenceNumber,
        },
    }
    ///`ResponseTextConfig`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    #[serde(deny_unknown_fields)]
    pub struct ResponseTextConfig {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub format: ::std::option::Option<ResponseTextFormat>,
    }
    impl ResponseTextConfig {
        pub fn builder() -> builder::ResponseTextConfig {
            Default::default()
        }
    }
    ///`text`, `json_object` (any JSON object) or `json_schema` (JSON that follows `schema`).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[serde(untagged)]
    pub enum ResponseTextFormat {
        Text(ResponseFormatText),
        JsonObject(ResponseFormatJsonObject),
        JsonSchema(ResponseFormatJsonSchema),
    }
    impl ::std::convert::From<ResponseFormatText> for ResponseTextFormat {
        fn from(value: ResponseFormatText) -> Self {
            Self::Text(value)
        }
    }
    impl ::std::convert::From<ResponseFormatJsonObject> for ResponseTextFormat {
        fn from(value: ResponseFormatJsonObject) -> Self {
            Self::JsonObject(value)
        }
    }
    impl ::std::convert::From<ResponseFormatJsonSchema> for ResponseTextFormat {
        fn from(value: ResponseFormatJsonSchema) -> Self {
            Self::JsonSchema(value)
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
    #[serde(deny_unknown_fields)]
    pub struct ResponseToolChoiceFunction {
        pub name: ResponseToolChoiceFunctionName,
        #[serde(rename = "type")]
        pub type_: ResponseToolChoiceFunctionType,
    }
    impl ResponseToolChoiceFunction {
        pub fn builder() -> builder::ResponseToolChoiceFunction {
            Default::default()
        }
    }
    ///`ResponseToolChoiceFunctionName`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct ResponseToolChoiceFunctionName(::std::string::String);
    impl ::std::ops::Deref for ResponseToolChoiceFunctionName {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<ResponseToolChoiceFunctionName> for ::std::string::String {
        fn from(value: ResponseToolChoiceFunctionName) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for ResponseToolChoiceFunctionName {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for ResponseToolChoiceFunctionName {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ResponseToolChoiceFunctionName {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ResponseToolChoiceFunctionName {
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
        pub input_tokens: TokenCount,
        pub input_tokens_details: ResponseUsageInputTokensDetails,
        pub output_tokens: TokenCount,
        pub output_tokens_details: ResponseUsageOutputTokensDetails,
        pub total_tokens: TokenCount,
    }
    impl ResponseUsage {
        pub fn builder() -> builder::ResponseUsage {
            Default::default()
        }
    }
    ///`ResponseUsageInputTokensDetails`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct ResponseUsageInputTokensDetails {
        pub cache_write_tokens: TokenCount,
        pub cached_tokens: TokenCount,
    }
    impl ResponseUsageInputTokensDetails {
        pub fn builder() -> builder::ResponseUsageInputTokensDetails {
            Default::default()
        }
    }
    ///`ResponseUsageOutputTokensDetails`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct ResponseUsageOutputTokensDetails {
        pub reasoning_tokens: TokenCount,
    }
    impl ResponseUsageOutputTokensDetails {
        pub fn builder() -> builder::ResponseUsageOutputTokensDetails {
            Default::default()
        }
    }
    ///`RetrieveFileFileId`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct RetrieveFileFileId(::std::string::String);
    impl ::std::ops::Deref for RetrieveFileFileId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<RetrieveFileFileId> for ::std::string::String {
        fn from(value: RetrieveFileFileId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for RetrieveFileFileId {
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
    impl ::std::convert::TryFrom<&str> for RetrieveFileFileId {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for RetrieveFileFileId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for RetrieveFileFileId {
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
        ///Similarity (`mode: vector`), BM25 score (`text`) or fused score (`hybrid`); higher is better.
        pub score: f64,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub text: ::std::option::Option<::std::string::String>,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub vector: ::std::vec::Vec<f64>,
    }
    impl SearchHit {
        pub fn builder() -> builder::SearchHit {
            Default::default()
        }
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
            /**Score every vector instead of searching the index's HNSW graph. Indexes under
            `storage.ann_min_vectors` vectors (10,000 by default) and filters that keep under a tenth
            of an index are always searched exactly; the graph's candidates are re-scored exactly.
            */
            #[serde(default)]
            exact: bool,
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            filter: ::std::option::Option<VectorMetadata>,
            #[serde(default = "defaults::default_bool::<true>")]
            include_metadata: bool,
            #[serde(default)]
            include_vectors: bool,
            #[serde(default = "defaults::default_nzu64::<::std::num::NonZeroU64, 10>")]
            k: ::std::num::NonZeroU64,
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            mode: ::std::option::Option<IndexSearchMode>,
            vector: Vector,
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            weights: ::std::option::Option<HybridWeights>,
        },
        Variant1 {
            /**Score every vector instead of searching the index's HNSW graph. Indexes under
            `storage.ann_min_vectors` vectors (10,000 by default) and filters that keep under a tenth
            of an index are always searched exactly; the graph's candidates are re-scored exactly.
            */
            #[serde(default)]
            exact: bool,
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            filter: ::std::option::Option<VectorMetadata>,
            #[serde(default = "defaults::default_bool::<true>")]
            include_metadata: bool,
            #[serde(default)]
            include_vectors: bool,
            #[serde(default = "defaults::default_nzu64::<::std::num::NonZeroU64, 10>")]
            k: ::std::num::NonZeroU64,
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            mode: ::std::option::Option<IndexSearchMode>,
            text: SearchIndexRequestVariant1Text,
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            weights: ::std::option::Option<HybridWeights>,
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
    impl SearchIndexResponse {
        pub fn builder() -> builder::SearchIndexResponse {
            Default::default()
        }
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
    ///The event's place in its stream, from 0, increasing by one.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[serde(transparent)]
    pub struct SequenceNumber(pub u64);
    impl ::std::ops::Deref for SequenceNumber {
        type Target = u64;
        fn deref(&self) -> &u64 {
            &self.0
        }
    }
    impl ::std::convert::From<SequenceNumber> for u64 {
        fn from(value: SequenceNumber) -> Self {
            value.0
        }
    }
    impl ::std::convert::From<u64> for SequenceNumber {
        fn from(value: u64) -> Self {
            Self(value)
        }
    }
    impl ::std::fmt::Display for SequenceNumber {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            self.0.fmt(f)
        }
    }
    impl ::std::str::FromStr for SequenceNumber {
        type Err = <u64 as ::std::str::FromStr>::Err;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self(value.parse()?))
        }
    }
    impl ::std::convert::TryFrom<&str> for SequenceNumber {
        type Error = <u64 as ::std::str::FromStr>::Err;
        fn try_from(value: &str) -> ::std::result::Result<Self, Self::Error> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<String> for SequenceNumber {
        type Error = <u64 as ::std::str::FromStr>::Err;
        fn try_from(value: String) -> ::std::result::Result<Self, Self::Error> {
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
    ///`TokenCount`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[serde(transparent)]
    pub struct TokenCount(pub u32);
    impl ::std::ops::Deref for TokenCount {
        type Target = u32;
        fn deref(&self) -> &u32 {
            &self.0
        }
    }
    impl ::std::convert::From<TokenCount> for u32 {
        fn from(value: TokenCount) -> Self {
            value.0
        }
    }
    impl ::std::convert::From<u32> for TokenCount {
        fn from(value: u32) -> Self {
            Self(value)
        }
    }
    impl ::std::fmt::Display for TokenCount {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            self.0.fmt(f)
        }
    }
    impl ::std::str::FromStr for TokenCount {
        type Err = <u32 as ::std::str::FromStr>::Err;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self(value.parse()?))
        }
    }
    impl ::std::convert::TryFrom<&str> for TokenCount {
        type Error = <u32 as ::std::str::FromStr>::Err;
        fn try_from(value: &str) -> ::std::result::Result<Self, Self::Error> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<String> for TokenCount {
        type Error = <u32 as ::std::str::FromStr>::Err;
        fn try_from(value: String) -> ::std::result::Result<Self, Self::Error> {
            value.parse()
        }
    }
    ///`TokenCountsBody`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    #[serde(deny_unknown_fields)]
    pub struct TokenCountsBody {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub conversation: ::std::option::Option<ConversationParam>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub input: ::std::option::Option<ResponseInput>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub instructions: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub model: ::std::option::Option<TokenCountsBodyModel>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub parallel_tool_calls: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub previous_response_id: ::std::option::Option<TokenCountsBodyPreviousResponseId>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub text: ::std::option::Option<ResponseTextConfig>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub tool_choice: ::std::option::Option<ResponseToolChoice>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub tools: ::std::option::Option<::std::vec::Vec<ResponseFunctionTool>>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub truncation: ::std::option::Option<TokenCountsBodyTruncation>,
    }
    impl TokenCountsBody {
        pub fn builder() -> builder::TokenCountsBody {
            Default::default()
        }
    }
    ///`TokenCountsBodyModel`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct TokenCountsBodyModel(::std::string::String);
    impl ::std::ops::Deref for TokenCountsBodyModel {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<TokenCountsBodyModel> for ::std::string::String {
        fn from(value: TokenCountsBodyModel) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for TokenCountsBodyModel {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for TokenCountsBodyModel {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for TokenCountsBodyModel {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for TokenCountsBodyModel {
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
    ///`TokenCountsBodyPreviousResponseId`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct TokenCountsBodyPreviousResponseId(::std::string::String);
    impl ::std::ops::Deref for TokenCountsBodyPreviousResponseId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<TokenCountsBodyPreviousResponseId> for ::std::string::String {
        fn from(value: TokenCountsBodyPreviousResponseId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for TokenCountsBodyPreviousResponseId {
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
    impl ::std::convert::TryFrom<&str> for TokenCountsBodyPreviousResponseId {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for TokenCountsBodyPreviousResponseId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for TokenCountsBodyPreviousResponseId {
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
    ///`TokenCountsBodyTruncation`
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
    pub enum TokenCountsBodyTruncation {
        #[serde(rename = "auto")]
        Auto,
        #[serde(rename = "disabled")]
        Disabled,
    }
    impl ::std::fmt::Display for TokenCountsBodyTruncation {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Auto => f.write_str("auto"),
                Self::Disabled => f.write_str("disabled"),
            }
        }
    }
    impl ::std::str::FromStr for TokenCountsBodyTruncation {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "auto" => Ok(Self::Auto),
                "disabled" => Ok(Self::Disabled),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for TokenCountsBodyTruncation {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for TokenCountsBodyTruncation {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///`TokenCountsResource`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct TokenCountsResource {
        pub input_tokens: TokenCount,
        pub object: TokenCountsResourceObject,
    }
    impl TokenCountsResource {
        pub fn builder() -> builder::TokenCountsResource {
            Default::default()
        }
    }
    ///`TokenCountsResourceObject`
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
    pub enum TokenCountsResourceObject {
        #[serde(rename = "response.input_tokens")]
        ResponseInputTokens,
    }
    impl ::std::fmt::Display for TokenCountsResourceObject {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::ResponseInputTokens => f.write_str("response.input_tokens"),
            }
        }
    }
    impl ::std::str::FromStr for TokenCountsResourceObject {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "response.input_tokens" => Ok(Self::ResponseInputTokens),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for TokenCountsResourceObject {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for TokenCountsResourceObject {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///A token id of the model's vocabulary.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[serde(transparent)]
    pub struct TokenId(pub u32);
    impl ::std::ops::Deref for TokenId {
        type Target = u32;
        fn deref(&self) -> &u32 {
            &self.0
        }
    }
    impl ::std::convert::From<TokenId> for u32 {
        fn from(value: TokenId) -> Self {
            value.0
        }
    }
    impl ::std::convert::From<u32> for TokenId {
        fn from(value: u32) -> Self {
            Self(value)
        }
    }
    impl ::std::fmt::Display for TokenId {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            self.0.fmt(f)
        }
    }
    impl ::std::str::FromStr for TokenId {
        type Err = <u32 as ::std::str::FromStr>::Err;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self(value.parse()?))
        }
    }
    impl ::std::convert::TryFrom<&str> for TokenId {
        type Error = <u32 as ::std::str::FromStr>::Err;
        fn try_from(value: &str) -> ::std::result::Result<Self, Self::Error> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<String> for TokenId {
        type Error = <u32 as ::std::str::FromStr>::Err;
        fn try_from(value: String) -> ::std::result::Result<Self, Self::Error> {
            value.parse()
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
    ///`UpdateConversationConversationId`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct UpdateConversationConversationId(::std::string::String);
    impl ::std::ops::Deref for UpdateConversationConversationId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<UpdateConversationConversationId> for ::std::string::String {
        fn from(value: UpdateConversationConversationId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for UpdateConversationConversationId {
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
    impl ::std::convert::TryFrom<&str> for UpdateConversationConversationId {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for UpdateConversationConversationId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for UpdateConversationConversationId {
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
    ///`UpdateConversationRequest`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[serde(deny_unknown_fields)]
    pub struct UpdateConversationRequest {
        pub metadata: Metadata,
    }
    impl UpdateConversationRequest {
        pub fn builder() -> builder::UpdateConversationRequest {
            Default::default()
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
    impl UpsertVectorsRequest {
        pub fn builder() -> builder::UpsertVectorsRequest {
            Default::default()
        }
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
    impl UpsertVectorsResponse {
        pub fn builder() -> builder::UpsertVectorsResponse {
            Default::default()
        }
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
    impl ValidationIssue {
        pub fn builder() -> builder::ValidationIssue {
            Default::default()
        }
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
    /// Types for composing complex structures.
    pub mod builder {
        #[derive(Clone, Debug)]
        pub struct ChatChoice {
            finish_reason: ::std::result::Result<super::FinishReason, ::std::string::String>,
            index: ::std::result::Result<u64, ::std::string::String>,
            logprobs: ::std::result::Result<super::ChatChoiceLogprobs, ::std::string::String>,
            message:
                ::std::result::Result<super::ChatCompletionResponseMessage, ::std::string::String>,
        }
        impl ::std::default::Default for ChatChoice {
            fn default() -> Self {
                Self {
                    finish_reason: Err("no value supplied for finish_reason".to_string()),
                    index: Err("no value supplied for index".to_string()),
                    logprobs: Err("no value supplied for logprobs".to_string()),
                    message: Err("no value supplied for message".to_string()),
                }
            }
        }
        impl ChatChoice {
            pub fn finish_reason<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::FinishReason>,
                T::Error: ::std::fmt::Display,
            {
                self.finish_reason = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for finish_reason: {e}"));
                self
            }
            pub fn index<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<u64>,
                T::Error: ::std::fmt::Display,
            {
                self.index = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for index: {e}"));
                self
            }
            pub fn logprobs<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::ChatChoiceLogprobs>,
                T::Error: ::std::fmt::Display,
            {
                self.logprobs = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for logprobs: {e}"));
                self
            }
            pub fn message<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::ChatCompletionResponseMessage>,
                T::Error: ::std::fmt::Display,
            {
                self.message = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for message: {e}"));
                self
            }
        }
        impl ::std::convert::TryFrom<ChatChoice> for super::ChatChoice {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ChatChoice,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    finish_reason: value.finish_reason?,
                    index: value.index?,
                    logprobs: value.logprobs?,
                    message: value.message?,
                })
            }
        }
        impl ::std::convert::From<super::ChatChoice> for ChatChoice {
            fn from(value: super::ChatChoice) -> Self {
                Self {
                    finish_reason: Ok(value.finish_reason),
                    index: Ok(value.index),
                    logprobs: Ok(value.logprobs),
                    message: Ok(value.message),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ChatChoiceLogprobsInner {
            content: ::std::result::Result<
                ::std::option::Option<::std::vec::Vec<super::ChatTokenLogprob>>,
                ::std::string::String,
            >,
            refusal: ::std::result::Result<
                ::std::option::Option<::std::vec::Vec<super::ChatTokenLogprob>>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ChatChoiceLogprobsInner {
            fn default() -> Self {
                Self {
                    content: Err("no value supplied for content".to_string()),
                    refusal: Err("no value supplied for refusal".to_string()),
                }
            }
        }
        impl ChatChoiceLogprobsInner {
            pub fn content<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::std::vec::Vec<super::ChatTokenLogprob>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.content = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for content: {e}"));
                self
            }
            pub fn refusal<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::std::vec::Vec<super::ChatTokenLogprob>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.refusal = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for refusal: {e}"));
                self
            }
        }
        impl ::std::convert::TryFrom<ChatChoiceLogprobsInner> for super::ChatChoiceLogprobsInner {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ChatChoiceLogprobsInner,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    content: value.content?,
                    refusal: value.refusal?,
                })
            }
        }
        impl ::std::convert::From<super::ChatChoiceLogprobsInner> for ChatChoiceLogprobsInner {
            fn from(value: super::ChatChoiceLogprobsInner) -> Self {
                Self {
                    content: Ok(value.content),
                    refusal: Ok(value.refusal),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ChatChunkChoice {
            delta: ::std::result::Result<super::ChatChunkDelta, ::std::string::String>,
            finish_reason: ::std::result::Result<
                ::std::option::Option<super::FinishReason>,
                ::std::string::String,
            >,
            index: ::std::result::Result<u64, ::std::string::String>,
            logprobs: ::std::result::Result<
                ::std::option::Option<super::ChatChoiceLogprobs>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ChatChunkChoice {
            fn default() -> Self {
                Self {
                    delta: Err("no value supplied for delta".to_string()),
                    finish_reason: Err("no value supplied for finish_reason".to_string()),
                    index: Err("no value supplied for index".to_string()),
                    logprobs: Ok(Default::default()),
                }
            }
        }
        impl ChatChunkChoice {
            pub fn delta<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::ChatChunkDelta>,
                T::Error: ::std::fmt::Display,
            {
                self.delta = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for delta: {e}"));
                self
            }
            pub fn finish_reason<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::FinishReason>>,
                T::Error: ::std::fmt::Display,
            {
                self.finish_reason = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for finish_reason: {e}"));
                self
            }
            pub fn index<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<u64>,
                T::Error: ::std::fmt::Display,
            {
                self.index = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for index: {e}"));
                self
            }
            pub fn logprobs<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::ChatChoiceLogprobs>>,
                T::Error: ::std::fmt::Display,
            {
                self.logprobs = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for logprobs: {e}"));
                self
            }
        }
        impl ::std::convert::TryFrom<ChatChunkChoice> for super::ChatChunkChoice {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ChatChunkChoice,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    delta: value.delta?,
                    finish_reason: value.finish_reason?,
                    index: value.index?,
                    logprobs: value.logprobs?,
                })
            }
        }
        impl ::std::convert::From<super::ChatChunkChoice> for ChatChunkChoice {
            fn from(value: super::ChatChunkChoice) -> Self {
                Self {
                    delta: Ok(value.delta),
                    finish_reason: Ok(value.finish_reason),
                    index: Ok(value.index),
                    logprobs: Ok(value.logprobs),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ChatChunkDelta {
            content: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            refusal: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            role: ::std::result::Result<
                ::std::option::Option<super::ChatChunkDeltaRole>,
                ::std::string::String,
            >,
            tool_calls: ::std::result::Result<
                ::std::vec::Vec<super::ChatToolCallChunk>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ChatChunkDelta {
            fn default() -> Self {
                Self {
                    content: Ok(Default::default()),
                    refusal: Ok(Default::default()),
                    role: Ok(Default::default()),
                    tool_calls: Ok(Default::default()),
                }
            }
        }
        impl ChatChunkDelta {
            pub fn content<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.content = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for content: {e}"));
                self
            }
            pub fn refusal<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.refusal = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for refusal: {e}"));
                self
            }
            pub fn role<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::ChatChunkDeltaRole>>,
                T::Error: ::std::fmt::Display,
            {
                self.role = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for role: {e}"));
                self
            }
            pub fn tool_calls<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::ChatToolCallChunk>>,
                T::Error: ::std::fmt::Display,
            {
                self.tool_calls = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for tool_calls: {e}"));
                self
            }
        }
        impl ::std::convert::TryFrom<ChatChunkDelta> for super::ChatChunkDelta {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ChatChunkDelta,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    content: value.content?,
                    refusal: value.refusal?,
                    role: value.role?,
                    tool_calls: value.tool_calls?,
                })
            }
        }
        impl ::std::convert::From<super::ChatChunkDelta> for ChatChunkDelta {
            fn from(value: super::ChatChunkDelta) -> Self {
                Self {
                    content: Ok(value.content),
                    refusal: Ok(value.refusal),
                    role: Ok(value.role),
                    tool_calls: Ok(value.tool_calls),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ChatCompletionResponseMessage {
            content: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            refusal: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            role: ::std::result::Result<
                super::ChatCompletionResponseMessageRole,
                ::std::string::String,
            >,
            tool_calls:
                ::std::result::Result<::std::vec::Vec<super::ChatToolCall>, ::std::string::String>,
        }
        impl ::std::default::Default for ChatCompletionResponseMessage {
            fn default() -> Self {
                Self {
                    content: Err("no value supplied for content".to_string()),
                    refusal: Err("no value supplied for refusal".to_string()),
                    role: Err("no value supplied for role".to_string()),
                    tool_calls: Ok(Default::default()),
                }
            }
        }
        impl ChatCompletionResponseMessage {
            pub fn content<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.content = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for content: {e}"));
                self
            }
            pub fn refusal<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.refusal = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for refusal: {e}"));
                self
            }
            pub fn role<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::ChatCompletionResponseMessageRole>,
                T::Error: ::std::fmt::Display,
            {
                self.role = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for role: {e}"));
                self
            }
            pub fn tool_calls<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::ChatToolCall>>,
                T::Error: ::std::fmt::Display,
            {
                self.tool_calls = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for tool_calls: {e}"));
                self
            }
        }
        impl ::std::convert::TryFrom<ChatCompletionResponseMessage>
            for super::ChatCompletionResponseMessage
        {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ChatCompletionResponseMessage,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    content: value.content?,
                    refusal: value.refusal?,
                    role: value.role?,
                    tool_calls: value.tool_calls?,
                })
            }
        }
        impl ::std::convert::From<super::ChatCompletionResponseMessage> for ChatCompletionResponseMessage {
            fn from(value: super::ChatCompletionResponseMessage) -> Self {
                Self {
                    content: Ok(value.content),
                    refusal: Ok(value.refusal),
                    role: Ok(value.role),
                    tool_calls: Ok(value.tool_calls),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ChatContentPart {
            text: ::std::result::Result<::std::string::String, ::std::string::String>,
            type_: ::std::result::Result<super::ChatContentPartType, ::std::string::String>,
        }
        impl ::std::default::Default for ChatContentPart {
            fn default() -> Self {
                Self {
                    text: Err("no value supplied for text".to_string()),
                    type_: Err("no value supplied for type_".to_string()),
                }
            }
        }
        impl ChatContentPart {
            pub fn text<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.text = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for text: {e}"));
                self
            }
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::ChatContentPartType>,
                T::Error: ::std::fmt::Display,
            {
                self.type_ = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for type_: {e}"));
                self
            }
        }
        impl ::std::convert::TryFrom<ChatContentPart> for super::ChatContentPart {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ChatContentPart,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    text: value.text?,
                    type_: value.type_?,
                })
            }
        }
        impl ::std::convert::From<super::ChatContentPart> for ChatContentPart {
            fn from(value: super::ChatContentPart) -> Self {
                Self {
                    text: Ok(value.text),
                    type_: Ok(value.type_),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ChatFunction {
            description: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            name: ::std::result::Result<super::ChatFunctionName, ::std::string::String>,
            parameters: ::std::result::Result<
                ::std::option::Option<super::FunctionParameters>,
                ::std::string::String,
            >,
            strict: ::std::result::Result<::std::option::Option<bool>, ::std::string::String>,
        }
        impl ::std::default::Default for ChatFunction {
            fn default() -> Self {
                Self {
                    description: Ok(Default::default()),
                    name: Err("no value supplied for name".to_string()),
                    parameters: Ok(Default::default()),
                    strict: Ok(super::defaults::chat_function_strict()),
                }
            }
        }
        impl ChatFunction {
            pub fn description<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.description = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for description: {e}"));
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::ChatFunctionName>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for name: {e}"));
                self
            }
            pub fn parameters<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::FunctionParameters>>,
                T::Error: ::std::fmt::Display,
            {
                self.parameters = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for parameters: {e}"));
                self
            }
            pub fn strict<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.strict = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for strict: {e}"));
                self
            }
        }
        impl ::std::convert::TryFrom<ChatFunction> for super::ChatFunction {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ChatFunction,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    description: value.description?,
                    name: value.name?,
                    parameters: value.parameters?,
                    strict: value.strict?,
                })
            }
        }
        impl ::std::convert::From<super::ChatFunction> for ChatFunction {
            fn from(value: super::ChatFunction) -> Self {
                Self {
                    description: Ok(value.description),
                    name: Ok(value.name),
                    parameters: Ok(value.parameters),
                    strict: Ok(value.strict),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ChatMessage {
            content: ::std::result::Result<
                ::std::option::Option<super::ChatMessageContent>,
                ::std::string::String,
            >,
            name: ::std::result::Result<
                ::std::option::Option<super::ChatMessageName>,
                ::std::string::String,
            >,
            refusal: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            role: ::std::result::Result<super::ChatMessageRole, ::std::string::String>,
            tool_call_id: ::std::result::Result<
                ::std::option::Option<super::ChatMessageToolCallId>,
                ::std::string::String,
            >,
            tool_calls:
                ::std::result::Result<::std::vec::Vec<super::ChatToolCall>, ::std::string::String>,
        }
        impl ::std::default::Default for ChatMessage {
            fn default() -> Self {
                Self {
                    content: Ok(Default::default()),
                    name: Ok(Default::default()),
                    refusal: Ok(Default::default()),
                    role: Err("no value supplied for role".to_string()),
                    tool_call_id: Ok(Default::default()),
                    tool_calls: Ok(Default::default()),
                }
            }
        }
        impl ChatMessage {
            pub fn content<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::ChatMessageContent>>,
                T::Error: ::std::fmt::Display,
            {
                self.content = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for content: {e}"));
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::ChatMessageName>>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for name: {e}"));
                self
            }
            pub fn refusal<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.refusal = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for refusal: {e}"));
                self
            }
            pub fn role<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::ChatMessageRole>,
                T::Error: ::std::fmt::Display,
            {
                self.role = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for role: {e}"));
                self
            }
            pub fn tool_call_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::ChatMessageToolCallId>>,
                T::Error: ::std::fmt::Display,
            {
                self.tool_call_id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for tool_call_id: {e}"));
                self
            }
            pub fn tool_calls<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::ChatToolCall>>,
                T::Error: ::std::fmt::Display,
            {
                self.tool_calls = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for tool_calls: {e}"));
                self
            }
        }
        impl ::std::convert::TryFrom<ChatMessage> for super::ChatMessage {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ChatMessage,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    content: value.content?,
                    name: value.name?,
                    refusal: value.refusal?,
                    role: value.role?,
                    tool_call_id: value.tool_call_id?,
                    tool_calls: value.tool_calls?,
                })
            }
        }
        impl ::std::convert::From<super::ChatMessage> for ChatMessage {
            fn from(value: super::ChatMessage) -> Self {
                Self {
                    content: Ok(value.content),
                    name: Ok(value.name),
                    refusal: Ok(value.refusal),
                    role: Ok(value.role),
                    tool_call_id: Ok(value.tool_call_id),
                    tool_calls: Ok(value.tool_calls),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ChatNamedToolChoice {
            function:
                ::std::result::Result<super::ChatNamedToolChoiceFunction, ::std::string::String>,
            type_: ::std::result::Result<super::ChatNamedToolChoiceType, ::std::string::String>,
        }
        impl ::std::default::Default for ChatNamedToolChoice {
            fn default() -> Self {
                Self {
                    function: Err("no value supplied for function".to_string()),
                    type_: Err("no value supplied for type_".to_string()),
                }
            }
        }
        impl ChatNamedToolChoice {
            pub fn function<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::ChatNamedToolChoiceFunction>,
                T::Error: ::std::fmt::Display,
            {
                self.function = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for function: {e}"));
                self
            }
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::ChatNamedToolChoiceType>,
                T::Error: ::std::fmt::Display,
            {
                self.type_ = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for type_: {e}"));
                self
            }
        }
        impl ::std::convert::TryFrom<ChatNamedToolChoice> for super::ChatNamedToolChoice {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ChatNamedToolChoice,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    function: value.function?,
                    type_: value.type_?,
                })
            }
        }
        impl ::std::convert::From<super::ChatNamedToolChoice> for ChatNamedToolChoice {
            fn from(value: super::ChatNamedToolChoice) -> Self {
                Self {
                    function: Ok(value.function),
                    type_: Ok(value.type_),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ChatNamedToolChoiceFunction {
            name: ::std::result::Result<
                super::ChatNamedToolChoiceFunctionName,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ChatNamedToolChoiceFunction {
            fn default() -> Self {
                Self {
                    name: Err("no value supplied for name".to_string()),
                }
            }
        }
        impl ChatNamedToolChoiceFunction {
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::ChatNamedToolChoiceFunctionName>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for name: {e}"));
                self
            }
        }
        impl ::std::convert::TryFrom<ChatNamedToolChoiceFunction> for super::ChatNamedToolChoiceFunction {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ChatNamedToolChoiceFunction,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { name: value.name? })
            }
        }
        impl ::std::convert::From<super::ChatNamedToolChoiceFunction> for ChatNamedToolChoiceFunction {
            fn from(value: super::ChatNamedToolChoiceFunction) -> Self {
                Self {
                    name: Ok(value.name),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ChatResponseFormatJsonSchema {
            json_schema: ::std::result::Result<
                super::ChatResponseFormatJsonSchemaJsonSchema,
                ::std::string::String,
            >,
            type_: ::std::result::Result<
                super::ChatResponseFormatJsonSchemaType,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ChatResponseFormatJsonSchema {
            fn default() -> Self {
                Self {
                    json_schema: Err("no value supplied for json_schema".to_string()),
                    type_: Err("no value supplied for type_".to_string()),
                }
            }
        }
        impl ChatResponseFormatJsonSchema {
            pub fn json_schema<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::ChatResponseFormatJsonSchemaJsonSchema>,
                T::Error: ::std::fmt::Display,
            {
                self.json_schema = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for json_schema: {e}"));
                self
            }
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::ChatResponseFormatJsonSchemaType>,
                T::Error: ::std::fmt::Display,
            {
                self.type_ = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for type_: {e}"));
                self
            }
        }
        impl ::std::convert::TryFrom<ChatResponseFormatJsonSchema> for super::ChatResponseFormatJsonSchema {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ChatResponseFormatJsonSchema,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    json_schema: value.json_schema?,
                    type_: value.type_?,
                })
            }
        }
        impl ::std::convert::From<super::ChatResponseFormatJsonSchema> for ChatResponseFormatJsonSchema {
            fn from(value: super::ChatResponseFormatJsonSchema) -> Self {
                Self {
                    json_schema: Ok(value.json_schema),
                    type_: Ok(value.type_),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ChatResponseFormatJsonSchemaJsonSchema {
            description: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            name: ::std::result::Result<
                super::ChatResponseFormatJsonSchemaJsonSchemaName,
                ::std::string::String,
            >,
            schema: ::std::result::Result<
                ::std::option::Option<super::JsonSchema>,
                ::std::string::String,
            >,
            strict: ::std::result::Result<::std::option::Option<bool>, ::std::string::String>,
        }
        impl ::std::default::Default for ChatResponseFormatJsonSchemaJsonSchema {
            fn default() -> Self {
                Self {
                    description: Ok(Default::default()),
                    name: Err("no value supplied for name".to_string()),
                    schema: Ok(Default::default()),
                    strict: Ok(
                        super::defaults::chat_response_format_json_schema_json_schema_strict(),
                    ),
                }
            }
        }
        impl ChatResponseFormatJsonSchemaJsonSchema {
            pub fn description<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.description = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for description: {e}"));
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::ChatResponseFormatJsonSchemaJsonSchemaName>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for name: {e}"));
                self
            }
            pub fn schema<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::JsonSchema>>,
                T::Error: ::std::fmt::Display,
            {
                self.schema = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for schema: {e}"));
                self
            }
            pub fn strict<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.strict = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for strict: {e}"));
                self
            }
        }
        impl ::std::convert::TryFrom<ChatResponseFormatJsonSchemaJsonSchema>
            for super::ChatResponseFormatJsonSchemaJsonSchema
        {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ChatResponseFormatJsonSchemaJsonSchema,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    description: value.description?,
                    name: value.name?,
                    schema: value.schema?,
                    strict: value.strict?,
                })
            }
        }
        impl ::std::convert::From<super::ChatResponseFormatJsonSchemaJsonSchema>
            for ChatResponseFormatJsonSchemaJsonSchema
        {
            fn from(value: super::ChatResponseFormatJsonSchemaJsonSchema) -> Self {
                Self {
                    description: Ok(value.description),
                    name: Ok(value.name),
                    schema: Ok(value.schema),
                    strict: Ok(value.strict),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ChatStreamOptionsInner {
            include_usage:
                ::std::result::Result<::std::option::Option<bool>, ::std::string::String>,
        }
        impl ::std::default::Default for ChatStreamOptionsInner {
            fn default() -> Self {
                Self {
                    include_usage: Ok(Default::default()),
                }
            }
        }
        impl ChatStreamOptionsInner {
            pub fn include_usage<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.include_usage = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for include_usage: {e}"));
                self
            }
        }
        impl ::std::convert::TryFrom<ChatStreamOptionsInner> for super::ChatStreamOptionsInner {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ChatStreamOptionsInner,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    include_usage: value.include_usage?,
                })
            }
        }
        impl ::std::convert::From<super::ChatStreamOptionsInner> for ChatStreamOptionsInner {
            fn from(value: super::ChatStreamOptionsInner) -> Self {
                Self {
                    include_usage: Ok(value.include_usage),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ChatTokenLogprob {
            bytes: ::std::result::Result<
                ::std::option::Option<::std::vec::Vec<i64>>,
                ::std::string::String,
            >,
            logprob: ::std::result::Result<f64, ::std::string::String>,
            token: ::std::result::Result<::std::string::String, ::std::string::String>,
            top_logprobs: ::std::result::Result<
                ::std::vec::Vec<super::ChatTokenLogprobTopLogprobsItem>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ChatTokenLogprob {
            fn default() -> Self {
                Self {
                    bytes: Err("no value supplied for bytes".to_string()),
                    logprob: Err("no value supplied for logprob".to_string()),
                    token: Err("no value supplied for token".to_string()),
                    top_logprobs: Err("no value supplied for top_logprobs".to_string()),
                }
            }
        }
        impl ChatTokenLogprob {
            pub fn bytes<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::vec::Vec<i64>>>,
                T::Error: ::std::fmt::Display,
            {
                self.bytes = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for bytes: {e}"));
                self
            }
            pub fn logprob<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<f64>,
                T::Error: ::std::fmt::Display,
            {
                self.logprob = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for logprob: {e}"));
                self
            }
            pub fn token<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.token = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for token: {e}"));
                self
            }
            pub fn top_logprobs<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::ChatTokenLogprobTopLogprobsItem>>,
                T::Error: ::std::fmt::Display,
            {
                self.top_logprobs = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for top_logprobs: {e}"));
                self
            }
        }
        impl ::std::convert::TryFrom<ChatTokenLogprob> for super::ChatTokenLogprob {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ChatTokenLogprob,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    bytes: value.bytes?,
                    logprob: value.logprob?,
                    token: value.token?,
                    top_logprobs: value.top_logprobs?,
                })
            }
        }
        impl ::std::convert::From<super::ChatTokenLogprob> for ChatTokenLogprob {
            fn from(value: super::ChatTokenLogprob) -> Self {
                Self {
                    bytes: Ok(value.bytes),
                    logprob: Ok(value.logprob),
                    token: Ok(value.token),
                    top_logprobs: Ok(value.top_logprobs),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ChatTokenLogprobTopLogprobsItem {
            bytes: ::std::result::Result<
                ::std::option::Option<::std::vec::Vec<i64>>,
                ::std::string::String,
            >,
            logprob: ::std::result::Result<f64, ::std::string::String>,
            token: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for ChatTokenLogprobTopLogprobsItem {
            fn default() -> Self {
                Self {
                    bytes: Err("no value supplied for bytes".to_string()),
                    logprob: Err("no value supplied for logprob".to_string()),
                    token: Err("no value supplied for token".to_string()),
                }
            }
        }
        impl ChatTokenLogprobTopLogprobsItem {
            pub fn bytes<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::vec::Vec<i64>>>,
                T::Error: ::std::fmt::Display,
            {
                self.bytes = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for bytes: {e}"));
                self
            }
            pub fn logprob<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<f64>,
                T::Error: ::std::fmt::Display,
            {
                self.logprob = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for logprob: {e}"));
                self
            }
            pub fn token<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.token = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for token: {e}"));
                self
            }
        }
        impl ::std::convert::TryFrom<ChatTokenLogprobTopLogprobsItem>
            for super::ChatTokenLogprobTopLogprobsItem
        {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ChatTokenLogprobTopLogprobsItem,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    bytes: value.bytes?,
                    logprob: value.logprob?,
                    token: value.token?,
                })
            }
        }
        impl ::std::convert::From<super::ChatTokenLogprobTopLogprobsItem>
            for ChatTokenLogprobTopLogprobsItem
        {
            fn from(value: super::ChatTokenLogprobTopLogprobsItem) -> Self {
                Self {
                    bytes: Ok(value.bytes),
                    logprob: Ok(value.logprob),
                    token: Ok(value.token),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ChatTool {
            function: ::std::result::Result<super::ChatFunction, ::std::string::String>,
            type_: ::std::result::Result<super::ChatToolType, ::std::string::String>,
        }
        impl ::std::default::Default for ChatTool {
            fn default() -> Self {
                Self {
                    function: Err("no value supplied for function".to_string()),
                    type_: Err("no value supplied for type_".to_string()),
                }
            }
        }
        impl ChatTool {
            pub fn function<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::ChatFunction>,
                T::Error: ::std::fmt::Display,
            {
                self.function = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for function: {e}"));
                self
            }
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::ChatToolType>,
                T::Error: ::std::fmt::Display,
            {
                self.type_ = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for type_: {e}"));
                self
            }
        }
        impl ::std::convert::TryFrom<ChatTool> for super::ChatTool {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ChatTool,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    function: value.function?,
                    type_: value.type_?,
                })
            }
        }
        impl ::std::convert::From<super::ChatTool> for ChatTool {
            fn from(value: super::ChatTool) -> Self {
                Self {
                    function: Ok(value.function),
                    type_: Ok(value.type_),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ChatToolCall {
            function: ::std::result::Result<super::ChatToolCallFunction, ::std::string::String>,
            id: ::std::result::Result<super::ChatToolCallId, ::std::string::String>,
            type_: ::std::result::Result<super::ChatToolCallType, ::std::string::String>,
        }
        impl ::std::default::Default for ChatToolCall {
            fn default() -> Self {
                Self {
                    function: Err("no value supplied for function".to_string()),
                    id: Err("no value supplied for id".to_string()),
                    type_: Err("no value supplied for type_".to_string()),
                }
            }
        }
        impl ChatToolCall {
            pub fn function<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::ChatToolCallFunction>,
                T::Error: ::std::fmt::Display,
            {
                self.function = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for function: {e}"));
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::ChatToolCallId>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::ChatToolCallType>,
                T::Error: ::std::fmt::Display,
            {
                self.type_ = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for type_: {e}"));
                self
            }
        }
        impl ::std::convert::TryFrom<ChatToolCall> for super::ChatToolCall {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ChatToolCall,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    function: value.function?,
                    id: value.id?,
                    type_: value.type_?,
                })
            }
        }
        impl ::std::convert::From<super::ChatToolCall> for ChatToolCall {
            fn from(value: super::ChatToolCall) -> Self {
                Self {
                    function: Ok(value.function),
                    id: Ok(value.id),
                    type_: Ok(value.type_),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ChatToolCallChunk {
            function: ::std::result::Result<
                ::std::option::Option<super::ChatToolCallChunkFunction>,
                ::std::string::String,
            >,
            id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            index: ::std::result::Result<super::Position, ::std::string::String>,
            type_: ::std::result::Result<
                ::std::option::Option<super::ChatToolCallChunkType>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ChatToolCallChunk {
            fn default() -> Self {
                Self {
                    function: Ok(Default::default()),
                    id: Ok(Default::default()),
                    index: Err("no value supplied for index".to_string()),
                    type_: Ok(Default::default()),
                }
            }
        }
        impl ChatToolCallChunk {
            pub fn function<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::ChatToolCallChunkFunction>>,
                T::Error: ::std::fmt::Display,
            {
                self.function = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for function: {e}"));
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn index<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::Position>,
                T::Error: ::std::fmt::Display,
            {
                self.index = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for index: {e}"));
                self
            }
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::ChatToolCallChunkType>>,
                T::Error: ::std::fmt::Display,
            {
                self.type_ = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for type_: {e}"));
                self
            }
        }
        impl ::std::convert::TryFrom<ChatToolCallChunk> for super::ChatToolCallChunk {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ChatToolCallChunk,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    function: value.function?,
                    id: value.id?,
                    index: value.index?,
                    type_: value.type_?,
                })
            }
        }
        impl ::std::convert::From<super::ChatToolCallChunk> for ChatToolCallChunk {
            fn from(value: super::ChatToolCallChunk) -> Self {
                Self {
                    function: Ok(value.function),
                    id: Ok(value.id),
                    index: Ok(value.index),
                    type_: Ok(value.type_),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ChatToolCallChunkFunction {
            arguments: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ChatToolCallChunkFunction {
            fn default() -> Self {
                Self {
                    arguments: Ok(Default::default()),
                    name: Ok(Default::default()),
                }
            }
        }
        impl ChatToolCallChunkFunction {
            pub fn arguments<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.arguments = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for arguments: {e}"));
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for name: {e}"));
                self
            }
        }
        impl ::std::convert::TryFrom<ChatToolCallChunkFunction> for super::ChatToolCallChunkFunction {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ChatToolCallChunkFunction,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    arguments: value.arguments?,
                    name: value.name?,
                })
            }
        }
        impl ::std::convert::From<super::ChatToolCallChunkFunction> for ChatToolCallChunkFunction {
            fn from(value: super::ChatToolCallChunkFunction) -> Self {
                Self {
                    arguments: Ok(value.arguments),
                    name: Ok(value.name),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ChatToolCallFunction {
            arguments: ::std::result::Result<::std::string::String, ::std::string::String>,
            name: ::std::result::Result<super::ChatToolCallFunctionName, ::std::string::String>,
        }
        impl ::std::default::Default for ChatToolCallFunction {
            fn default() -> Self {
                Self {
                    arguments: Err("no value supplied for arguments".to_string()),
                    name: Err("no value supplied for name".to_string()),
                }
            }
        }
        impl ChatToolCallFunction {
            pub fn arguments<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.arguments = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for arguments: {e}"));
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::ChatToolCallFunctionName>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for name: {e}"));
                self
            }
        }
        impl ::std::convert::TryFrom<ChatToolCallFunction> for super::ChatToolCallFunction {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ChatToolCallFunction,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    arguments: value.arguments?,
                    name: value.name?,
                })
            }
        }
        impl ::std::convert::From<super::ChatToolCallFunction> for ChatToolCallFunction {
            fn from(value: super::ChatToolCallFunction) -> Self {
                Self {
                    arguments: Ok(value.arguments),
                    name: Ok(value.name),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CompletionUsage {
            completion_tokens: ::std::result::Result<u64, ::std::string::String>,
            prompt_tokens: ::std::result::Result<u64, ::std::string::String>,
            total_tokens: ::std::result::Result<u64, ::std::string::String>,
        }
        impl ::std::default::Default for CompletionUsage {
            fn default() -> Self {
                Self {
                    completion_tokens: Err("no value supplied for completion_tokens".to_string()),
                    prompt_tokens: Err("no value supplied for prompt_tokens".to_string()),
                    total_tokens: Err("no value supplied for total_tokens".to_string()),
                }
            }
        }
        impl CompletionUsage {
            pub fn completion_tokens<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<u64>,
                T::Error: ::std::fmt::Display,
            {
                self.completion_tokens = value.try_into().map_err(|e| {
                    format!("error converting supplied value for completion_tokens: {e}")
                });
                self
            }
            pub fn prompt_tokens<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<u64>,
                T::Error: ::std::fmt::Display,
            {
                self.prompt_tokens = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for prompt_tokens: {e}"));
                self
            }
            pub fn total_tokens<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<u64>,
                T::Error: ::std::fmt::Display,
            {
                self.total_tokens = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for total_tokens: {e}"));
                self
            }
        }
        impl ::std::convert::TryFrom<CompletionUsage> for super::CompletionUsage {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CompletionUsage,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    completion_tokens: value.completion_tokens?,
                    prompt_tokens: value.prompt_tokens?,
                    total_tokens: value.total_tokens?,
                })
            }
        }
        impl ::std::convert::From<super::CompletionUsage> for CompletionUsage {
            fn from(value: super::CompletionUsage) -> Self {
                Self {
                    completion_tokens: Ok(value.completion_tokens),
                    prompt_tokens: Ok(value.prompt_tokens),
                    total_tokens: Ok(value.total_tokens),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Conversation {
            created_at: ::std::result::Result<i64, ::std::string::String>,
            id: ::std::result::Result<super::ConversationId, ::std::string::String>,
            metadata: ::std::result::Result<
                ::std::collections::HashMap<::std::string::String, ::std::string::String>,
                ::std::string::String,
            >,
            object: ::std::result::Result<super::ConversationObject, ::std::string::String>,
        }
        impl ::std::default::Default for Conversation {
            fn default() -> Self {
                Self {
                    created_at: Err("no value supplied for created_at".to_string()),
                    id: Err("no value supplied for id".to_string()),
                    metadata: Err("no value supplied for metadata".to_string()),
                    object: Err("no value supplied for object".to_string()),
                }
            }
        }
        impl Conversation {
            pub fn created_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.created_at = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for created_at: {e}"));
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::ConversationId>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn metadata<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::collections::HashMap<::std::string::String, ::std::string::String>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.metadata = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for metadata: {e}"));
                self
            }
            pub fn object<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::ConversationObject>,
                T::Error: ::std::fmt::Display,
            {
                self.object = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for object: {e}"));
                self
            }
        }
        impl ::std::convert::TryFrom<Conversation> for super::Conversation {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Conversation,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    created_at: value.created_at?,
                    id: value.id?,
                    metadata: value.metadata?,
                    object: value.object?,
                })
            }
        }
        impl ::std::convert::From<super::Conversation> for Conversation {
            fn from(value: super::Conversation) -> Self {
                Self {
                    created_at: Ok(value.created_at),
                    id: Ok(value.id),
                    metadata: Ok(value.metadata),
                    object: Ok(value.object),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ConversationItemList {
            data:
                ::std::result::Result<::std::vec::Vec<super::ItemResource>, ::std::string::String>,
            first_id: ::std::result::Result<::std::string::String, ::std::string::String>,
            has_more: ::std::result::Result<bool, ::std::string::String>,
            last_id: ::std::result::Result<::std::string::String, ::std::string::String>,
            object: ::std::result::Result<super::ConversationItemListObject, ::std::string::String>,
        }
        impl ::std::default::Default for ConversationItemList {
            fn default() -> Self {
                Self {
                    data: Err("no value supplied for data".to_string()),
                    first_id: Err("no value supplied for first_id".to_string()),
                    has_more: Err("no value supplied for has_more".to_string()),
                    last_id: Err("no value supplied for last_id".to_string()),
                    object: Err("no value supplied for object".to_string()),
                }
            }
        }
        impl ConversationItemList {
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::ItemResource>>,
                T::Error: ::std::fmt::Display,
            {
                self.data = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for data: {e}"));
                self
            }
            pub fn first_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.first_id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for first_id: {e}"));
                self
            }
            pub fn has_more<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.has_more = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for has_more: {e}"));
                self
            }
            pub fn last_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.last_id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for last_id: {e}"));
                self
            }
            pub fn object<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::ConversationItemListObject>,
                T::Error: ::std::fmt::Display,
            {
                self.object = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for object: {e}"));
                self
            }
        }
        impl ::std::convert::TryFrom<ConversationItemList> for super::ConversationItemList {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ConversationItemList,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    data: value.data?,
                    first_id: value.first_id?,
                    has_more: value.has_more?,
                    last_id: value.last_id?,
                    object: value.object?,
                })
            }
        }
        impl ::std::convert::From<super::ConversationItemList> for ConversationItemList {
            fn from(value: super::ConversationItemList) -> Self {
                Self {
                    data: Ok(value.data),
                    first_id: Ok(value.first_id),
                    has_more: Ok(value.has_more),
                    last_id: Ok(value.last_id),
                    object: Ok(value.object),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ConversationRef {
            id: ::std::result::Result<super::ConversationRefId, ::std::string::String>,
        }
        impl ::std::default::Default for ConversationRef {
            fn default() -> Self {
                Self {
                    id: Err("no value supplied for id".to_string()),
                }
            }
        }
        impl ConversationRef {
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::ConversationRefId>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
        }
        impl ::std::convert::TryFrom<ConversationRef> for super::ConversationRef {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ConversationRef,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { id: value.id? })
            }
        }
        impl ::std::convert::From<super::ConversationRef> for ConversationRef {
            fn from(value: super::ConversationRef) -> Self {
                Self { id: Ok(value.id) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CreateChatCompletionRequest {
            frequency_penalty:
                ::std::result::Result<::std::option::Option<f64>, ::std::string::String>,
            max_completion_tokens: ::std::result::Result<
                ::std::option::Option<::std::num::NonZeroU64>,
                ::std::string::String,
            >,
            max_tokens: ::std::result::Result<
                ::std::option::Option<::std::num::NonZeroU64>,
                ::std::string::String,
            >,
            messages:
                ::std::result::Result<::std::vec::Vec<super::ChatMessage>, ::std::string::String>,
            metadata: ::std::result::Result<
                ::std::option::Option<super::Metadata>,
                ::std::string::String,
            >,
            model: ::std::result::Result<
                super::CreateChatCompletionRequestModel,
                ::std::string::String,
            >,
            n: ::std::result::Result<
                ::std::option::Option<::std::num::NonZeroU64>,
                ::std::string::String,
            >,
            parallel_tool_calls: ::std::result::Result<bool, ::std::string::String>,
            presence_penalty:
                ::std::result::Result<::std::option::Option<f64>, ::std::string::String>,
            response_format: ::std::result::Result<
                ::std::option::Option<super::ChatResponseFormat>,
                ::std::string::String,
            >,
            seed: ::std::result::Result<::std::option::Option<i64>, ::std::string::String>,
            stop: ::std::result::Result<
                ::std::option::Option<super::StopSequences>,
                ::std::string::String,
            >,
            stream: ::std::result::Result<::std::option::Option<bool>, ::std::string::String>,
            stream_options: ::std::result::Result<
                ::std::option::Option<super::ChatStreamOptions>,
                ::std::string::String,
            >,
            temperature: ::std::result::Result<
                ::std::option::Option<super::Temperature>,
                ::std::string::String,
            >,
            tool_choice: ::std::result::Result<
                ::std::option::Option<super::ChatToolChoice>,
                ::std::string::String,
            >,
            tools: ::std::result::Result<::std::vec::Vec<super::ChatTool>, ::std::string::String>,
            top_p: ::std::result::Result<::std::option::Option<super::TopP>, ::std::string::String>,
            user: ::std::result::Result<
                ::std::option::Option<super::CreateChatCompletionRequestUser>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CreateChatCompletionRequest {
            fn default() -> Self {
                Self {
                    frequency_penalty: Ok(Default::default()),
                    max_completion_tokens: Ok(Default::default()),
                    max_tokens: Ok(Default::default()),
                    messages: Err("no value supplied for messages".to_string()),
                    metadata: Ok(Default::default()),
                    model: Err("no value supplied for model".to_string()),
                    n: Ok(Default::default()),
                    parallel_tool_calls: Ok(super::defaults::default_bool::<true>()),
                    presence_penalty: Ok(Default::default()),
                    response_format: Ok(Default::default()),
                    seed: Ok(Default::default()),
                    stop: Ok(Default::default()),
                    stream: Ok(super::defaults::create_chat_completion_request_stream()),
                    stream_options: Ok(Default::default()),
                    temperature: Ok(Default::default()),
                    tool_choice: Ok(Default::default()),
                    tools: Ok(Default::default()),
                    top_p: Ok(Default::default()),
                    user: Ok(Default::default()),
                }
            }
        }
        impl CreateChatCompletionRequest {
            pub fn frequency_penalty<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<f64>>,
                T::Error: ::std::fmt::Display,
            {
                self.frequency_penalty = value.try_into().map_err(|e| {
                    format!("error converting supplied value for frequency_penalty: {e}")
                });
                self
            }
            pub fn max_completion_tokens<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::num::NonZeroU64>>,
                T::Error: ::std::fmt::Display,
            {
                self.max_completion_tokens = value.try_into().map_err(|e| {
                    format!("error converting supplied value for max_completion_tokens: {e}")
                });
                self
            }
            pub fn max_tokens<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::num::NonZeroU64>>,
                T::Error: ::std::fmt::Display,
            {
                self.max_tokens = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for max_tokens: {e}"));
                self
            }
            pub fn messages<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::ChatMessage>>,
                T::Error: ::std::fmt::Display,
            {
                self.messages = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for messages: {e}"));
                self
            }
            pub fn metadata<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Metadata>>,
                T::Error: ::std::fmt::Display,
            {
                self.metadata = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for metadata: {e}"));
                self
            }
            pub fn model<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::CreateChatCompletionRequestModel>,
                T::Error: ::std::fmt::Display,
            {
                self.model = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for model: {e}"));
                self
            }
            pub fn n<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::num::NonZeroU64>>,
                T::Error: ::std::fmt::Display,
            {
                self.n = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for n: {e}"));
                self
            }
            pub fn parallel_tool_calls<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.parallel_tool_calls = value.try_into().map_err(|e| {
                    format!("error converting supplied value for parallel_tool_calls: {e}")
                });
                self
            }
            pub fn presence_penalty<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<f64>>,
                T::Error: ::std::fmt::Display,
            {
                self.presence_penalty = value.try_into().map_err(|e| {
                    format!("error converting supplied value for presence_penalty: {e}")
                });
                self
            }
            pub fn response_format<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::ChatResponseFormat>>,
                T::Error: ::std::fmt::Display,
            {
                self.response_format = value.try_into().map_err(|e| {
                    format!("error converting supplied value for response_format: {e}")
                });
                self
            }
            pub fn seed<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.seed = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for seed: {e}"));
                self
            }
            pub fn stop<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::StopSequences>>,
                T::Error: ::std::fmt::Display,
            {
                self.stop = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for stop: {e}"));
                self
            }
            pub fn stream<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.stream = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for stream: {e}"));
                self
            }
            pub fn stream_options<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::ChatStreamOptions>>,
                T::Error: ::std::fmt::Display,
            {
                self.stream_options = value.try_into().map_err(|e| {
                    format!("error converting supplied value for stream_options: {e}")
                });
                self
            }
            pub fn temperature<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Temperature>>,
                T::Error: ::std::fmt::Display,
            {
                self.temperature = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for temperature: {e}"));
                self
            }
            pub fn tool_choice<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::ChatToolChoice>>,
                T::Error: ::std::fmt::Display,
            {
                self.tool_choice = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for tool_choice: {e}"));
                self
            }
            pub fn tools<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::ChatTool>>,
                T::Error: ::std::fmt::Display,
            {
                self.tools = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for tools: {e}"));
                self
            }
            pub fn top_p<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::TopP>>,
                T::Error: ::std::fmt::Display,
            {
                self.top_p = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for top_p: {e}"));
                self
            }
            pub fn user<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::CreateChatCompletionRequestUser>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.user = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for user: {e}"));
                self
            }
        }
        impl ::std::convert::TryFrom<CreateChatCompletionRequest> for super::CreateChatCompletionRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CreateChatCompletionRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    frequency_penalty: value.frequency_penalty?,
                    max_completion_tokens: value.max_completion_tokens?,
                    max_tokens: value.max_tokens?,
                    messages: value.messages?,
                    metadata: value.metadata?,
                    model: value.model?,
                    n: value.n?,
                    parallel_tool_calls: value.parallel_tool_calls?,
                    presence_penalty: value.presence_penalty?,
                    response_format: value.response_format?,
                    seed: value.seed?,
                    stop: value.stop?,
                    stream: value.stream?,
                    stream_options: value.stream_options?,
                    temperature: value.temperature?,
                    tool_choice: value.tool_choice?,
                    tools: value.tools?,
                    top_p: value.top_p?,
                    user: value.user?,
                })
            }
        }
        impl ::std::convert::From<super::CreateChatCompletionRequest> for CreateChatCompletionRequest {
            fn from(value: super::CreateChatCompletionRequest) -> Self {
                Self {
                    frequency_penalty: Ok(value.frequency_penalty),
                    max_completion_tokens: Ok(value.max_completion_tokens),
                    max_tokens: Ok(value.max_tokens),
                    messages: Ok(value.messages),
                    metadata: Ok(value.metadata),
                    model: Ok(value.model),
                    n: Ok(value.n),
                    parallel_tool_calls: Ok(value.parallel_tool_calls),
                    presence_penalty: Ok(value.presence_penalty),
                    response_format: Ok(value.response_format),
                    seed: Ok(value.seed),
                    stop: Ok(value.stop),
                    stream: Ok(value.stream),
                    stream_options: Ok(value.stream_options),
                    temperature: Ok(value.temperature),
                    tool_choice: Ok(value.tool_choice),
                    tools: Ok(value.tools),
                    top_p: Ok(value.top_p),
                    user: Ok(value.user),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CreateChatCompletionResponse {
            choices:
                ::std::result::Result<::std::vec::Vec<super::ChatChoice>, ::std::string::String>,
            created: ::std::result::Result<i64, ::std::string::String>,
            id: ::std::result::Result<::std::string::String, ::std::string::String>,
            metadata: ::std::result::Result<
                ::std::option::Option<super::Metadata>,
                ::std::string::String,
            >,
            model: ::std::result::Result<::std::string::String, ::std::string::String>,
            object: ::std::result::Result<
                super::CreateChatCompletionResponseObject,
                ::std::string::String,
            >,
            system_fingerprint: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            usage: ::std::result::Result<
                ::std::option::Option<super::CompletionUsage>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CreateChatCompletionResponse {
            fn default() -> Self {
                Self {
                    choices: Err("no value supplied for choices".to_string()),
                    created: Err("no value supplied for created".to_string()),
                    id: Err("no value supplied for id".to_string()),
                    metadata: Ok(Default::default()),
                    model: Err("no value supplied for model".to_string()),
                    object: Err("no value supplied for object".to_string()),
                    system_fingerprint: Ok(Default::default()),
                    usage: Ok(Default::default()),
                }
            }
        }
        impl CreateChatCompletionResponse {
            pub fn choices<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::ChatChoice>>,
                T::Error: ::std::fmt::Display,
            {
                self.choices = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for choices: {e}"));
                self
            }
            pub fn created<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.created = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for created: {e}"));
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn metadata<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Metadata>>,
                T::Error: ::std::fmt::Display,
            {
                self.metadata = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for metadata: {e}"));
                self
            }
            pub fn model<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.model = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for model: {e}"));
                self
            }
            pub fn object<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::CreateChatCompletionResponseObject>,
                T::Error: ::std::fmt::Display,
            {
                self.object = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for object: {e}"));
                self
            }
            pub fn system_fingerprint<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.system_fingerprint = value.try_into().map_err(|e| {
                    format!("error converting supplied value for system_fingerprint: {e}")
                });
                self
            }
            pub fn usage<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::CompletionUsage>>,
                T::Error: ::std::fmt::Display,
            {
                self.usage = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for usage: {e}"));
                self
            }
        }
        impl ::std::convert::TryFrom<CreateChatCompletionResponse> for super::CreateChatCompletionResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CreateChatCompletionResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    choices: value.choices?,
                    created: value.created?,
                    id: value.id?,
                    metadata: value.metadata?,
                    model: value.model?,
                    object: value.object?,
                    system_fingerprint: value.system_fingerprint?,
                    usage: value.usage?,
                })
            }
        }
        impl ::std::convert::From<super::CreateChatCompletionResponse> for CreateChatCompletionResponse {
            fn from(value: super::CreateChatCompletionResponse) -> Self {
                Self {
                    choices: Ok(value.choices),
                    created: Ok(value.created),
                    id: Ok(value.id),
                    metadata: Ok(value.metadata),
                    model: Ok(value.model),
                    object: Ok(value.object),
                    system_fingerprint: Ok(value.system_fingerprint),
                    usage: Ok(value.usage),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CreateChatCompletionStreamResponse {
            choices: ::std::result::Result<
                ::std::vec::Vec<super::ChatChunkChoice>,
                ::std::string::String,
            >,
            created: ::std::result::Result<i64, ::std::string::String>,
            id: ::std::result::Result<::std::string::String, ::std::string::String>,
            model: ::std::result::Result<::std::string::String, ::std::string::String>,
            object: ::std::result::Result<
                super::CreateChatCompletionStreamResponseObject,
                ::std::string::String,
            >,
            system_fingerprint: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            usage: ::std::result::Result<
                ::std::option::Option<super::CompletionUsage>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CreateChatCompletionStreamResponse {
            fn default() -> Self {
                Self {
                    choices: Err("no value supplied for choices".to_string()),
                    created: Err("no value supplied for created".to_string()),
                    id: Err("no value supplied for id".to_string()),
                    model: Err("no value supplied for model".to_string()),
                    object: Err("no value supplied for object".to_string()),
                    system_fingerprint: Ok(Default::default()),
                    usage: Ok(Default::default()),
                }
            }
        }
        impl CreateChatCompletionStreamResponse {
            pub fn choices<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::ChatChunkChoice>>,
                T::Error: ::std::fmt::Display,
            {
                self.choices = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for choices: {e}"));
                self
            }
            pub fn created<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.created = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for created: {e}"));
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn model<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.model = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for model: {e}"));
                self
            }
            pub fn object<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::CreateChatCompletionStreamResponseObject>,
                T::Error: ::std::fmt::Display,
            {
                self.object = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for object: {e}"));
                self
            }
            pub fn system_fingerprint<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.system_fingerprint = value.try_into().map_err(|e| {
                    format!("error converting supplied value for system_fingerprint: {e}")
                });
                self
            }
            pub fn usage<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::CompletionUsage>>,
                T::Error: ::std::fmt::Display,
            {
                self.usage = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for usage: {e}"));
                self
            }
        }
        impl ::std::convert::TryFrom<CreateChatCompletionStreamResponse>
            for super::CreateChatCompletionStreamResponse
        {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CreateChatCompletionStreamResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    choices: value.choices?,
                    created: value.created?,
                    id: value.id?,
                    model: value.model?,
                    object: value.object?,
                    system_fingerprint: value.system_fingerprint?,
                    usage: value.usage?,
                })
            }
        }
        impl ::std::convert::From<super::CreateChatCompletionStreamResponse>
            for CreateChatCompletionStreamResponse
        {
            fn from(value: super::CreateChatCompletionStreamResponse) -> Self {
                Self {
                    choices: Ok(value.choices),
                    created: Ok(value.created),
                    id: Ok(value.id),
                    model: Ok(value.model),
                    object: Ok(value.object),
                    system_fingerprint: Ok(value.system_fingerprint),
                    usage: Ok(value.usage),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CreateConversationItemsRequest {
            items: ::std::result::Result<
                ::std::vec::Vec<super::ResponseInputItem>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CreateConversationItemsRequest {
            fn default() -> Self {
                Self {
                    items: Err("no value supplied for items".to_string()),
                }
            }
        }
        impl CreateConversationItemsRequest {
            pub fn items<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::ResponseInputItem>>,
                T::Error: ::std::fmt::Display,
            {
                self.items = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for items: {e}"));
                self
            }
        }
        impl ::std::convert::TryFrom<CreateConversationItemsRequest>
            for super::CreateConversationItemsRequest
        {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CreateConversationItemsRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    items: value.items?,
                })
            }
        }
        impl ::std::convert::From<super::CreateConversationItemsRequest>
            for CreateConversationItemsRequest
        {
            fn from(value: super::CreateConversationItemsRequest) -> Self {
                Self {
                    items: Ok(value.items),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CreateConversationRequest {
            items: ::std::result::Result<
                ::std::option::Option<::std::vec::Vec<super::ResponseInputItem>>,
                ::std::string::String,
            >,
            metadata: ::std::result::Result<
                ::std::option::Option<super::Metadata>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CreateConversationRequest {
            fn default() -> Self {
                Self {
                    items: Ok(Default::default()),
                    metadata: Ok(Default::default()),
                }
            }
        }
        impl CreateConversationRequest {
            pub fn items<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::std::vec::Vec<super::ResponseInputItem>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.items = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for items: {e}"));
                self
            }
            pub fn metadata<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Metadata>>,
                T::Error: ::std::fmt::Display,
            {
                self.metadata = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for metadata: {e}"));
                self
            }
        }
        impl ::std::convert::TryFrom<CreateConversationRequest> for super::CreateConversationRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CreateConversationRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    items: value.items?,
                    metadata: value.metadata?,
                })
            }
        }
        impl ::std::convert::From<super::CreateConversationRequest> for CreateConversationRequest {
            fn from(value: super::CreateConversationRequest) -> Self {
                Self {
                    items: Ok(value.items),
                    metadata: Ok(value.metadata),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CreateDreamRequest {
            constraints: ::std::result::Result<
                ::std::option::Option<super::DreamConstraints>,
                ::std::string::String,
            >,
            model: ::std::result::Result<
                ::std::option::Option<super::CreateDreamRequestModel>,
                ::std::string::String,
            >,
            seed: ::std::result::Result<super::CreateDreamRequestSeed, ::std::string::String>,
            stream: ::std::result::Result<bool, ::std::string::String>,
        }
        impl ::std::default::Default for CreateDreamRequest {
            fn default() -> Self {
                Self {
                    constraints: Ok(Default::default()),
                    model: Ok(Default::default()),
                    seed: Err("no value supplied for seed".to_string()),
                    stream: Ok(Default::default()),
                }
            }
        }
        impl CreateDreamRequest {
            pub fn constraints<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::DreamConstraints>>,
                T::Error: ::std::fmt::Display,
            {
                self.constraints = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for constraints: {e}"));
                self
            }
            pub fn model<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::CreateDreamRequestModel>>,
                T::Error: ::std::fmt::Display,
            {
                self.model = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for model: {e}"));
                self
            }
            pub fn seed<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::CreateDreamRequestSeed>,
                T::Error: ::std::fmt::Display,
            {
                self.seed = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for seed: {e}"));
                self
            }
            pub fn stream<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.stream = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for stream: {e}"));
                self
            }
        }
        impl ::std::convert::TryFrom<CreateDreamRequest> for super::CreateDreamRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CreateDreamRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    constraints: value.constraints?,
                    model: value.model?,
                    seed: value.seed?,
                    stream: value.stream?,
                })
            }
        }
        impl ::std::convert::From<super::CreateDreamRequest> for CreateDreamRequest {
            fn from(value: super::CreateDreamRequest) -> Self {
                Self {
                    constraints: Ok(value.constraints),
                    model: Ok(value.model),
                    seed: Ok(value.seed),
                    stream: Ok(value.stream),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CreateEmbeddingRequest {
            dimensions: ::std::result::Result<
                ::std::option::Option<::std::num::NonZeroU64>,
                ::std::string::String,
            >,
            encoding_format: ::std::result::Result<
                super::CreateEmbeddingRequestEncodingFormat,
                ::std::string::String,
            >,
            input: ::std::result::Result<super::EmbeddingInput, ::std::string::String>,
            model: ::std::result::Result<super::CreateEmbeddingRequestModel, ::std::string::String>,
            user: ::std::result::Result<
                ::std::option::Option<super::CreateEmbeddingRequestUser>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CreateEmbeddingRequest {
            fn default() -> Self {
                Self {
                    dimensions: Ok(Default::default()),
                    encoding_format: Ok(super::defaults::create_embedding_request_encoding_format()),
                    input: Err("no value supplied for input".to_string()),
                    model: Err("no value supplied for model".to_string()),
                    user: Ok(Default::default()),
                }
            }
        }
        impl CreateEmbeddingRequest {
            pub fn dimensions<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::num::NonZeroU64>>,
                T::Error: ::std::fmt::Display,
            {
                self.dimensions = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for dimensions: {e}"));
                self
            }
            pub fn encoding_format<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::CreateEmbeddingRequestEncodingFormat>,
                T::Error: ::std::fmt::Display,
            {
                self.encoding_format = value.try_into().map_err(|e| {
                    format!("error converting supplied value for encoding_format: {e}")
                });
                self
            }
            pub fn input<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::EmbeddingInput>,
                T::Error: ::std::fmt::Display,
            {
                self.input = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for input: {e}"));
                self
            }
            pub fn model<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::CreateEmbeddingRequestModel>,
                T::Error: ::std::fmt::Display,
            {
                self.model = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for model: {e}"));
                self
            }
            pub fn user<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::CreateEmbeddingRequestUser>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.user = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for user: {e}"));
                self
            }
        }
        impl ::std::convert::TryFrom<CreateEmbeddingRequest> for super::CreateEmbeddingRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CreateEmbeddingRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    dimensions: value.dimensions?,
                    encoding_format: value.encoding_format?,
                    input: value.input?,
                    model: value.model?,
                    user: value.user?,
                })
            }
        }
        impl ::std::convert::From<super::CreateEmbeddingRequest> for CreateEmbeddingRequest {
            fn from(value: super::CreateEmbeddingRequest) -> Self {
                Self {
                    dimensions: Ok(value.dimensions),
                    encoding_format: Ok(value.encoding_format),
                    input: Ok(value.input),
                    model: Ok(value.model),
                    user: Ok(value.user),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CreateEmbeddingResponse {
            data: ::std::result::Result<::std::vec::Vec<super::Embedding>, ::std::string::String>,
            model: ::std::result::Result<::std::string::String, ::std::string::String>,
            object:
                ::std::result::Result<super::CreateEmbeddingResponseObject, ::std::string::String>,
            usage: ::std::result::Result<super::EmbeddingUsage, ::std::string::String>,
        }
        impl ::std::default::Default for CreateEmbeddingResponse {
            fn default() -> Self {
                Self {
                    data: Err("no value supplied for data".to_string()),
                    model: Err("no value supplied for model".to_string()),
                    object: Err("no value supplied for object".to_string()),
                    usage: Err("no value supplied for usage".to_string()),
                }
            }
        }
        impl CreateEmbeddingResponse {
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::Embedding>>,
                T::Error: ::std::fmt::Display,
            {
                self.data = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for data: {e}"));
                self
            }
            pub fn model<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.model = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for model: {e}"));
                self
            }
            pub fn object<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::CreateEmbeddingResponseObject>,
                T::Error: ::std::fmt::Display,
            {
                self.object = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for object: {e}"));
                self
            }
            pub fn usage<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::EmbeddingUsage>,
                T::Error: ::std::fmt::Display,
            {
                self.usage = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for usage: {e}"));
                self
            }
        }
        impl ::std::convert::TryFrom<CreateEmbeddingResponse> for super::CreateEmbeddingResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CreateEmbeddingResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    data: value.data?,
                    model: value.model?,
                    object: value.object?,
                    usage: value.usage?,
                })
            }
        }
        impl ::std::convert::From<super::CreateEmbeddingResponse> for CreateEmbeddingResponse {
            fn from(value: super::CreateEmbeddingResponse) -> Self {
                Self {
                    data: Ok(value.data),
                    model: Ok(value.model),
                    object: Ok(value.object),
                    usage: Ok(value.usage),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CreateFileRequest {
            expires_after: ::std::result::Result<
                ::std::option::Option<super::FileExpirationAfter>,
                ::std::string::String,
            >,
            file: ::std::result::Result<::std::string::String, ::std::string::String>,
            purpose: ::std::result::Result<super::FilePurpose, ::std::string::String>,
        }
        impl ::std::default::Default for CreateFileRequest {
            fn default() -> Self {
                Self {
                    expires_after: Ok(Default::default()),
                    file: Err("no value supplied for file".to_string()),
                    purpose: Err("no value supplied for purpose".to_string()),
                }
            }
        }
        impl CreateFileRequest {
            pub fn expires_after<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::FileExpirationAfter>>,
                T::Error: ::std::fmt::Display,
            {
                self.expires_after = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for expires_after: {e}"));
                self
            }
            pub fn file<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.file = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for file: {e}"));
                self
            }
            pub fn purpose<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::FilePurpose>,
                T::Error: ::std::fmt::Display,
            {
                self.purpose = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for purpose: {e}"));
                self
            }
        }
        impl ::std::convert::TryFrom<CreateFileRequest> for super::CreateFileRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CreateFileRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    expires_after: value.expires_after?,
                    file: value.file?,
                    purpose: value.purpose?,
                })
            }
        }
        impl ::std::convert::From<super::CreateFileRequest> for CreateFileRequest {
            fn from(value: super::CreateFileRequest) -> Self {
                Self {
                    expires_after: Ok(value.expires_after),
                    file: Ok(value.file),
                    purpose: Ok(value.purpose),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CreateIndexRequest {
            dimension: ::std::result::Result<
                ::std::option::Option<::std::num::NonZeroU64>,
                ::std::string::String,
            >,
            embedding_model: ::std::result::Result<
                ::std::option::Option<super::CreateIndexRequestEmbeddingModel>,
                ::std::string::String,
            >,
            metric: ::std::result::Result<super::Metric, ::std::string::String>,
            name: ::std::result::Result<super::CreateIndexRequestName, ::std::string::String>,
        }
        impl ::std::default::Default for CreateIndexRequest {
            fn default() -> Self {
                Self {
                    dimension: Ok(Default::default()),
                    embedding_model: Ok(Default::default()),
                    metric: Ok(super::defaults::create_index_request_metric()),
                    name: Err("no value supplied for name".to_string()),
                }
            }
        }
        impl CreateIndexRequest {
            pub fn dimension<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::num::NonZeroU64>>,
                T::Error: ::std::fmt::Display,
            {
                self.dimension = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for dimension: {e}"));
                self
            }
            pub fn embedding_model<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::CreateIndexRequestEmbeddingModel>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.embedding_model = value.try_into().map_err(|e| {
                    format!("error converting supplied value for embedding_model: {e}")
                });
                self
            }
            pub fn metric<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::Metric>,
                T::Error: ::std::fmt::Display,
            {
                self.metric = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for metric: {e}"));
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::CreateIndexRequestName>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for name: {e}"));
                self
            }
        }
        impl ::std::convert::TryFrom<CreateIndexRequest> for super::CreateIndexRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CreateIndexRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    dimension: value.dimension?,
                    embedding_model: value.embedding_model?,
                    metric: value.metric?,
                    name: value.name?,
                })
            }
        }
        impl ::std::convert::From<super::CreateIndexRequest> for CreateIndexRequest {
            fn from(value: super::CreateIndexRequest) -> Self {
                Self {
                    dimension: Ok(value.dimension),
                    embedding_model: Ok(value.embedding_model),
                    metric: Ok(value.metric),
                    name: Ok(value.name),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CreateResponseRequest {
            background: ::std::result::Result<::std::option::Option<bool>, ::std::string::String>,
            conversation: ::std::result::Result<
                ::std::option::Option<super::ConversationParam>,
                ::std::string::String,
            >,
            input: ::std::result::Result<
                ::std::option::Option<super::ResponseInput>,
                ::std::string::String,
            >,
            instructions: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            max_output_tokens: ::std::result::Result<
                ::std::option::Option<::std::num::NonZeroU64>,
                ::std::string::String,
            >,
            metadata: ::std::result::Result<
                ::std::option::Option<super::Metadata>,
                ::std::string::String,
            >,
            model: ::std::result::Result<
                ::std::option::Option<super::CreateResponseRequestModel>,
                ::std::string::String,
            >,
            parallel_tool_calls:
                ::std::result::Result<::std::option::Option<bool>, ::std::string::String>,
            previous_response_id: ::std::result::Result<
                ::std::option::Option<super::CreateResponseRequestPreviousResponseId>,
                ::std::string::String,
            >,
            store: ::std::result::Result<::std::option::Option<bool>, ::std::string::String>,
            stream: ::std::result::Result<::std::option::Option<bool>, ::std::string::String>,
            temperature: ::std::result::Result<
                ::std::option::Option<super::Temperature>,
                ::std::string::String,
            >,
            text: ::std::result::Result<
                ::std::option::Option<super::ResponseTextConfig>,
                ::std::string::String,
            >,
            tool_choice: ::std::result::Result<
                ::std::option::Option<super::ResponseToolChoice>,
                ::std::string::String,
            >,
            tools: ::std::result::Result<
                ::std::vec::Vec<super::ResponseFunctionTool>,
                ::std::string::String,
            >,
            top_p: ::std::result::Result<::std::option::Option<super::TopP>, ::std::string::String>,
            truncation: ::std::result::Result<
                ::std::option::Option<super::CreateResponseRequestTruncation>,
                ::std::string::String,
            >,
            user: ::std::result::Result<
                ::std::option::Option<super::CreateResponseRequestUser>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CreateResponseRequest {
            fn default() -> Self {
                Self {
                    background: Ok(super::defaults::create_response_request_background()),
                    conversation: Ok(Default::default()),
                    input: Ok(Default::default()),
                    instructions: Ok(Default::default()),
                    max_output_tokens: Ok(Default::default()),
                    metadata: Ok(Default::default()),
                    model: Ok(Default::default()),
                    parallel_tool_calls: Ok(
                        super::defaults::create_response_request_parallel_tool_calls(),
                    ),
                    previous_response_id: Ok(Default::default()),
                    store: Ok(super::defaults::create_response_request_store()),
                    stream: Ok(super::defaults::create_response_request_stream()),
                    temperature: Ok(Default::default()),
                    text: Ok(Default::default()),
                    tool_choice: Ok(Default::default()),
                    tools: Ok(Default::default()),
                    top_p: Ok(Default::default()),
                    truncation: Ok(super::defaults::create_response_request_truncation()),
                    user: Ok(Default::default()),
                }
            }
        }
        impl CreateResponseRequest {
            pub fn background<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.background = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for background: {e}"));
                self
            }
            pub fn conversation<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::ConversationParam>>,
                T::Error: ::std::fmt::Display,
            {
                self.conversation = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for conversation: {e}"));
                self
            }
            pub fn input<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::ResponseInput>>,
                T::Error: ::std::fmt::Display,
            {
                self.input = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for input: {e}"));
                self
            }
            pub fn instructions<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.instructions = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for instructions: {e}"));
                self
            }
            pub fn max_output_tokens<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::num::NonZeroU64>>,
                T::Error: ::std::fmt::Display,
            {
                self.max_output_tokens = value.try_into().map_err(|e| {
                    format!("error converting supplied value for max_output_tokens: {e}")
                });
                self
            }
            pub fn metadata<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Metadata>>,
                T::Error: ::std::fmt::Display,
            {
                self.metadata = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for metadata: {e}"));
                self
            }
            pub fn model<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::CreateResponseRequestModel>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.model = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for model: {e}"));
                self
            }
            pub fn parallel_tool_calls<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.parallel_tool_calls = value.try_into().map_err(|e| {
                    format!("error converting supplied value for parallel_tool_calls: {e}")
                });
                self
            }
            pub fn previous_response_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::CreateResponseRequestPreviousResponseId>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.previous_response_id = value.try_into().map_err(|e| {
                    format!("error converting supplied value for previous_response_id: {e}")
                });
                self
            }
            pub fn store<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.store = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for store: {e}"));
                self
            }
            pub fn stream<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.stream = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for stream: {e}"));
                self
            }
            pub fn temperature<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Temperature>>,
                T::Error: ::std::fmt::Display,
            {
                self.temperature = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for temperature: {e}"));
                self
            }
            pub fn text<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::ResponseTextConfig>>,
                T::Error: ::std::fmt::Display,
            {
                self.text = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for text: {e}"));
                self
            }
            pub fn tool_choice<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::ResponseToolChoice>>,
                T::Error: ::std::fmt::Display,
            {
                self.tool_choice = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for tool_choice: {e}"));
                self
            }
            pub fn tools<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::ResponseFunctionTool>>,
                T::Error: ::std::fmt::Display,
            {
                self.tools = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for tools: {e}"));
                self
            }
            pub fn top_p<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::TopP>>,
                T::Error: ::std::fmt::Display,
            {
                self.top_p = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for top_p: {e}"));
                self
            }
            pub fn truncation<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::CreateResponseRequestTruncation>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.truncation = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for truncation: {e}"));
                self
            }
            pub fn user<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::CreateResponseRequestUser>>,
                T::Error: ::std::fmt::Display,
            {
                self.user = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for user: {e}"));
                self
            }
        }
        impl ::std::convert::TryFrom<CreateResponseRequest> for super::CreateResponseRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CreateResponseRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    background: value.background?,
                    conversation: value.conversation?,
                    input: value.input?,
                    instructions: value.instructions?,
                    max_output_tokens: value.max_output_tokens?,
                    metadata: value.metadata?,
                    model: value.model?,
                    parallel_tool_calls: value.parallel_tool_calls?,
                    previous_response_id: value.previous_response_id?,
                    store: value.store?,
                    stream: value.stream?,
                    temperature: value.temperature?,
                    text: value.text?,
                    tool_choice: value.tool_choice?,
                    tools: value.tools?,
                    top_p: value.top_p?,
                    truncation: value.truncation?,
                    user: value.user?,
                })
            }
        }
        impl ::std::convert::From<super::CreateResponseRequest> for CreateResponseRequest {
            fn from(value: super::CreateResponseRequest) -> Self {
                Self {
                    background: Ok(value.background),
                    conversation: Ok(value.conversation),
                    input: Ok(value.input),
                    instructions: Ok(value.instructions),
                    max_output_tokens: Ok(value.max_output_tokens),
                    metadata: Ok(value.metadata),
                    model: Ok(value.model),
                    parallel_tool_calls: Ok(value.parallel_tool_calls),
                    previous_response_id: Ok(value.previous_response_id),
                    store: Ok(value.store),
                    stream: Ok(value.stream),
                    temperature: Ok(value.temperature),
                    text: Ok(value.text),
                    tool_choice: Ok(value.tool_choice),
                    tools: Ok(value.tools),
                    top_p: Ok(value.top_p),
                    truncation: Ok(value.truncation),
                    user: Ok(value.user),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct DeleteFileResponse {
            deleted: ::std::result::Result<bool, ::std::string::String>,
            id: ::std::result::Result<::std::string::String, ::std::string::String>,
            object: ::std::result::Result<super::DeleteFileResponseObject, ::std::string::String>,
        }
        impl ::std::default::Default for DeleteFileResponse {
            fn default() -> Self {
                Self {
                    deleted: Err("no value supplied for deleted".to_string()),
                    id: Err("no value supplied for id".to_string()),
                    object: Err("no value supplied for object".to_string()),
                }
            }
        }
        impl DeleteFileResponse {
            pub fn deleted<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.deleted = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for deleted: {e}"));
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn object<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::DeleteFileResponseObject>,
                T::Error: ::std::fmt::Display,
            {
                self.object = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for object: {e}"));
                self
            }
        }
        impl ::std::convert::TryFrom<DeleteFileResponse> for super::DeleteFileResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: DeleteFileResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    deleted: value.deleted?,
                    id: value.id?,
                    object: value.object?,
                })
            }
        }
        impl ::std::convert::From<super::DeleteFileResponse> for DeleteFileResponse {
            fn from(value: super::DeleteFileResponse) -> Self {
                Self {
                    deleted: Ok(value.deleted),
                    id: Ok(value.id),
                    object: Ok(value.object),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct DeletedConversation {
            deleted: ::std::result::Result<bool, ::std::string::String>,
            id: ::std::result::Result<::std::string::String, ::std::string::String>,
            object: ::std::result::Result<super::DeletedConversationObject, ::std::string::String>,
        }
        impl ::std::default::Default for DeletedConversation {
            fn default() -> Self {
                Self {
                    deleted: Err("no value supplied for deleted".to_string()),
                    id: Err("no value supplied for id".to_string()),
                    object: Err("no value supplied for object".to_string()),
                }
            }
        }
        impl DeletedConversation {
            pub fn deleted<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.deleted = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for deleted: {e}"));
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn object<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::DeletedConversationObject>,
                T::Error: ::std::fmt::Display,
            {
                self.object = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for object: {e}"));
                self
            }
        }
        impl ::std::convert::TryFrom<DeletedConversation> for super::DeletedConversation {
            type Error = super::error::ConversionError;
            fn try_from(
                value: DeletedConversation,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    deleted: value.deleted?,
                    id: value.id?,
                    object: value.object?,
                })
            }
        }
        impl ::std::convert::From<super::DeletedConversation> for DeletedConversation {
            fn from(value: super::DeletedConversation) -> Self {
                Self {
                    deleted: Ok(value.deleted),
                    id: Ok(value.id),
                    object: Ok(value.object),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct DeletedObject {
            deleted: ::std::result::Result<bool, ::std::string::String>,
            id: ::std::result::Result<::std::string::String, ::std::string::String>,
            object: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for DeletedObject {
            fn default() -> Self {
                Self {
                    deleted: Err("no value supplied for deleted".to_string()),
                    id: Err("no value supplied for id".to_string()),
                    object: Err("no value supplied for object".to_string()),
                }
            }
        }
        impl DeletedObject {
            pub fn deleted<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.deleted = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for deleted: {e}"));
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn object<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.object = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for object: {e}"));
                self
            }
        }
        impl ::std::convert::TryFrom<DeletedObject> for super::DeletedObject {
            type Error = super::error::ConversionError;
            fn try_from(
                value: DeletedObject,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    deleted: value.deleted?,
                    id: value.id?,
                    object: value.object?,
                })
            }
        }
        impl ::std::convert::From<super::DeletedObject> for DeletedObject {
            fn from(value: super::DeletedObject) -> Self {
                Self {
                    deleted: Ok(value.deleted),
                    id: Ok(value.id),
                    object: Ok(value.object),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct DeletedResponse {
            deleted: ::std::result::Result<bool, ::std::string::String>,
            id: ::std::result::Result<::std::string::String, ::std::string::String>,
            object: ::std::result::Result<super::DeletedResponseObject, ::std::string::String>,
        }
        impl ::std::default::Default for DeletedResponse {
            fn default() -> Self {
                Self {
                    deleted: Err("no value supplied for deleted".to_string()),
                    id: Err("no value supplied for id".to_string()),
                    object: Err("no value supplied for object".to_string()),
                }
            }
        }
        impl DeletedResponse {
            pub fn deleted<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.deleted = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for deleted: {e}"));
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn object<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::DeletedResponseObject>,
                T::Error: ::std::fmt::Display,
            {
                self.object = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for object: {e}"));
                self
            }
        }
        impl ::std::convert::TryFrom<DeletedResponse> for super::DeletedResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: DeletedResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    deleted: value.deleted?,
                    id: value.id?,
                    object: value.object?,
                })
            }
        }
        impl ::std::convert::From<super::DeletedResponse> for DeletedResponse {
            fn from(value: super::DeletedResponse) -> Self {
                Self {
                    deleted: Ok(value.deleted),
                    id: Ok(value.id),
                    object: Ok(value.object),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Dream {
            constraints: ::std::result::Result<super::DreamConstraints, ::std::string::String>,
            created: ::std::result::Result<i64, ::std::string::String>,
            id: ::std::result::Result<super::DreamId, ::std::string::String>,
            model: ::std::result::Result<::std::string::String, ::std::string::String>,
            object: ::std::result::Result<super::DreamObject, ::std::string::String>,
            seed: ::std::result::Result<::std::string::String, ::std::string::String>,
            traces:
                ::std::result::Result<::std::vec::Vec<super::DreamTrace>, ::std::string::String>,
            usage: ::std::result::Result<super::DreamUsage, ::std::string::String>,
        }
        impl ::std::default::Default for Dream {
            fn default() -> Self {
                Self {
                    constraints: Err("no value supplied for constraints".to_string()),
                    created: Err("no value supplied for created".to_string()),
                    id: Err("no value supplied for id".to_string()),
                    model: Err("no value supplied for model".to_string()),
                    object: Err("no value supplied for object".to_string()),
                    seed: Err("no value supplied for seed".to_string()),
                    traces: Err("no value supplied for traces".to_string()),
                    usage: Err("no value supplied for usage".to_string()),
                }
            }
        }
        impl Dream {
            pub fn constraints<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::DreamConstraints>,
                T::Error: ::std::fmt::Display,
            {
                self.constraints = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for constraints: {e}"));
                self
            }
            pub fn created<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.created = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for created: {e}"));
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::DreamId>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn model<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.model = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for model: {e}"));
                self
            }
            pub fn object<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::DreamObject>,
                T::Error: ::std::fmt::Display,
            {
                self.object = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for object: {e}"));
                self
            }
            pub fn seed<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.seed = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for seed: {e}"));
                self
            }
            pub fn traces<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::DreamTrace>>,
                T::Error: ::std::fmt::Display,
            {
                self.traces = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for traces: {e}"));
                self
            }
            pub fn usage<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::DreamUsage>,
                T::Error: ::std::fmt::Display,
            {
                self.usage = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for usage: {e}"));
                self
            }
        }
        impl ::std::convert::TryFrom<Dream> for super::Dream {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Dream,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    constraints: value.constraints?,
                    created: value.created?,
                    id: value.id?,
                    model: value.model?,
                    object: value.object?,
                    seed: value.seed?,
                    traces: value.traces?,
                    usage: value.usage?,
                })
            }
        }
        impl ::std::convert::From<super::Dream> for Dream {
            fn from(value: super::Dream) -> Self {
                Self {
                    constraints: Ok(value.constraints),
                    created: Ok(value.created),
                    id: Ok(value.id),
                    model: Ok(value.model),
                    object: Ok(value.object),
                    seed: Ok(value.seed),
                    traces: Ok(value.traces),
                    usage: Ok(value.usage),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct DreamConstraints {
            avoid_words: ::std::result::Result<
                ::std::vec::Vec<super::DreamConstraintsAvoidWordsItem>,
                ::std::string::String,
            >,
            max_tokens_per_step:
                ::std::result::Result<::std::num::NonZeroU64, ::std::string::String>,
            sampling_seed: ::std::result::Result<::std::option::Option<i64>, ::std::string::String>,
            steps: ::std::result::Result<::std::vec::Vec<super::DreamStep>, ::std::string::String>,
            temperature: ::std::result::Result<
                ::std::option::Option<super::Temperature>,
                ::std::string::String,
            >,
            tone: ::std::result::Result<
                ::std::option::Option<super::DreamConstraintsTone>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for DreamConstraints {
            fn default() -> Self {
                Self {
                    avoid_words: Ok(Default::default()),
                    max_tokens_per_step: Ok(super::defaults::default_nzu64::<
                        ::std::num::NonZeroU64,
                        128,
                    >()),
                    sampling_seed: Ok(Default::default()),
                    steps: Ok(super::defaults::dream_constraints_steps()),
                    temperature: Ok(Default::default()),
                    tone: Ok(Default::default()),
                }
            }
        }
        impl DreamConstraints {
            pub fn avoid_words<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::DreamConstraintsAvoidWordsItem>>,
                T::Error: ::std::fmt::Display,
            {
                self.avoid_words = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for avoid_words: {e}"));
                self
            }
            pub fn max_tokens_per_step<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::num::NonZeroU64>,
                T::Error: ::std::fmt::Display,
            {
                self.max_tokens_per_step = value.try_into().map_err(|e| {
                    format!("error converting supplied value for max_tokens_per_step: {e}")
                });
                self
            }
            pub fn sampling_seed<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.sampling_seed = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for sampling_seed: {e}"));
                self
            }
            pub fn steps<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::DreamStep>>,
                T::Error: ::std::fmt::Display,
            {
                self.steps = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for steps: {e}"));
                self
            }
            pub fn temperature<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Temperature>>,
                T::Error: ::std::fmt::Display,
            {
                self.temperature = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for temperature: {e}"));
                self
            }
            pub fn tone<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::DreamConstraintsTone>>,
                T::Error: ::std::fmt::Display,
            {
                self.tone = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for tone: {e}"));
                self
            }
        }
        impl ::std::convert::TryFrom<DreamConstraints> for super::DreamConstraints {
            type Error = super::error::ConversionError;
            fn try_from(
                value: DreamConstraints,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    avoid_words: value.avoid_words?,
                    max_tokens_per_step: value.max_tokens_per_step?,
                    sampling_seed: value.sampling_seed?,
                    steps: value.steps?,
                    temperature: value.temperature?,
                    tone: value.tone?,
                })
            }
        }
        impl ::std::convert::From<super::DreamConstraints> for DreamConstraints {
            fn from(value: super::DreamConstraints) -> Self {
                Self {
                    avoid_words: Ok(value.avoid_words),
                    max_tokens_per_step: Ok(value.max_tokens_per_step),
                    sampling_seed: Ok(value.sampling_seed),
                    steps: Ok(value.steps),
                    temperature: Ok(value.temperature),
                    tone: Ok(value.tone),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct DreamTrace {
            content: ::std::result::Result<::std::string::String, ::std::string::String>,
            duration_ms: ::std::result::Result<u64, ::std::string::String>,
            started_at: ::std::result::Result<f64, ::std::string::String>,
            step: ::std::result::Result<super::DreamStep, ::std::string::String>,
            usage: ::std::result::Result<super::DreamUsage, ::std::string::String>,
        }
        impl ::std::default::Default for DreamTrace {
            fn default() -> Self {
                Self {
                    content: Err("no value supplied for content".to_string()),
                    duration_ms: Err("no value supplied for duration_ms".to_string()),
                    started_at: Err("no value supplied for started_at".to_string()),
                    step: Err("no value supplied for step".to_string()),
                    usage: Err("no value supplied for usage".to_string()),
                }
            }
        }
        impl DreamTrace {
            pub fn content<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.content = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for content: {e}"));
                self
            }
            pub fn duration_ms<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<u64>,
                T::Error: ::std::fmt::Display,
            {
                self.duration_ms = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for duration_ms: {e}"));
                self
            }
            pub fn started_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<f64>,
                T::Error: ::std::fmt::Display,
            {
                self.started_at = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for started_at: {e}"));
                self
            }
            pub fn step<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::DreamStep>,
                T::Error: ::std::fmt::Display,
            {
                self.step = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for step: {e}"));
                self
            }
            pub fn usage<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::DreamUsage>,
                T::Error: ::std::fmt::Display,
            {
                self.usage = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for usage: {e}"));
                self
            }
        }
        impl ::std::convert::TryFrom<DreamTrace> for super::DreamTrace {
            type Error = super::error::ConversionError;
            fn try_from(
                value: DreamTrace,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    content: value.content?,
                    duration_ms: value.duration_ms?,
                    started_at: value.started_at?,
                    step: value.step?,
                    usage: value.usage?,
                })
            }
        }
        impl ::std::convert::From<super::DreamTrace> for DreamTrace {
            fn from(value: super::DreamTrace) -> Self {
                Self {
                    content: Ok(value.content),
                    duration_ms: Ok(value.duration_ms),
                    started_at: Ok(value.started_at),
                    step: Ok(value.step),
                    usage: Ok(value.usage),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct DreamUsage {
            input_tokens: ::std::result::Result<u64, ::std::string::String>,
            output_tokens: ::std::result::Result<u64, ::std::string::String>,
            total_tokens: ::std::result::Result<u64, ::std::string::String>,
        }
        impl ::std::default::Default for DreamUsage {
            fn default() -> Self {
                Self {
                    input_tokens: Err("no value supplied for input_tokens".to_string()),
                    output_tokens: Err("no value supplied for output_tokens".to_string()),
                    total_tokens: Err("no value supplied for total_tokens".to_string()),
                }
            }
        }
        impl DreamUsage {
            pub fn input_tokens<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<u64>,
                T::Error: ::std::fmt::Display,
            {
                self.input_tokens = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for input_tokens: {e}"));
                self
            }
            pub fn output_tokens<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<u64>,
                T::Error: ::std::fmt::Display,
            {
                self.output_tokens = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for output_tokens: {e}"));
                self
            }
            pub fn total_tokens<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<u64>,
                T::Error: ::std::fmt::Display,
            {
                self.total_tokens = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for total_tokens: {e}"));
                self
            }
        }
        impl ::std::convert::TryFrom<DreamUsage> for super::DreamUsage {
            type Error = super::error::ConversionError;
            fn try_from(
                value: DreamUsage,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    input_tokens: value.input_tokens?,
                    output_tokens: value.output_tokens?,
                    total_tokens: value.total_tokens?,
                })
            }
        }
        impl ::std::convert::From<super::DreamUsage> for DreamUsage {
            fn from(value: super::DreamUsage) -> Self {
                Self {
                    input_tokens: Ok(value.input_tokens),
                    output_tokens: Ok(value.output_tokens),
                    total_tokens: Ok(value.total_tokens),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Embedding {
            embedding: ::std::result::Result<super::EmbeddingEmbedding, ::std::string::String>,
            index: ::std::result::Result<u64, ::std::string::String>,
            object: ::std::result::Result<super::EmbeddingObject, ::std::string::String>,
        }
        impl ::std::default::Default for Embedding {
            fn default() -> Self {
                Self {
                    embedding: Err("no value supplied for embedding".to_string()),
                    index: Err("no value supplied for index".to_string()),
                    object: Err("no value supplied for object".to_string()),
                }
            }
        }
        impl Embedding {
            pub fn embedding<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::EmbeddingEmbedding>,
                T::Error: ::std::fmt::Display,
            {
                self.embedding = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for embedding: {e}"));
                self
            }
            pub fn index<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<u64>,
                T::Error: ::std::fmt::Display,
            {
                self.index = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for index: {e}"));
                self
            }
            pub fn object<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::EmbeddingObject>,
                T::Error: ::std::fmt::Display,
            {
                self.object = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for object: {e}"));
                self
            }
        }
        impl ::std::convert::TryFrom<Embedding> for super::Embedding {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Embedding,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    embedding: value.embedding?,
                    index: value.index?,
                    object: value.object?,
                })
            }
        }
        impl ::std::convert::From<super::Embedding> for Embedding {
            fn from(value: super::Embedding) -> Self {
                Self {
                    embedding: Ok(value.embedding),
                    index: Ok(value.index),
                    object: Ok(value.object),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct EmbeddingUsage {
            prompt_tokens: ::std::result::Result<u64, ::std::string::String>,
            total_tokens: ::std::result::Result<u64, ::std::string::String>,
        }
        impl ::std::default::Default for EmbeddingUsage {
            fn default() -> Self {
                Self {
                    prompt_tokens: Err("no value supplied for prompt_tokens".to_string()),
                    total_tokens: Err("no value supplied for total_tokens".to_string()),
                }
            }
        }
        impl EmbeddingUsage {
            pub fn prompt_tokens<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<u64>,
                T::Error: ::std::fmt::Display,
            {
                self.prompt_tokens = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for prompt_tokens: {e}"));
                self
            }
            pub fn total_tokens<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<u64>,
                T::Error: ::std::fmt::Display,
            {
                self.total_tokens = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for total_tokens: {e}"));
                self
            }
        }
        impl ::std::convert::TryFrom<EmbeddingUsage> for super::EmbeddingUsage {
            type Error = super::error::ConversionError;
            fn try_from(
                value: EmbeddingUsage,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    prompt_tokens: value.prompt_tokens?,
                    total_tokens: value.total_tokens?,
                })
            }
        }
        impl ::std::convert::From<super::EmbeddingUsage> for EmbeddingUsage {
            fn from(value: super::EmbeddingUsage) -> Self {
                Self {
                    prompt_tokens: Ok(value.prompt_tokens),
                    total_tokens: Ok(value.total_tokens),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Error {
            code: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            errors: ::std::result::Result<
                ::std::vec::Vec<super::ValidationIssue>,
                ::std::string::String,
            >,
            message: ::std::result::Result<::std::string::String, ::std::string::String>,
            param: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            type_: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for Error {
            fn default() -> Self {
                Self {
                    code: Err("no value supplied for code".to_string()),
                    errors: Ok(Default::default()),
                    message: Err("no value supplied for message".to_string()),
                    param: Err("no value supplied for param".to_string()),
                    type_: Err("no value supplied for type_".to_string()),
                }
            }
        }
        impl Error {
            pub fn code<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.code = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for code: {e}"));
                self
            }
            pub fn errors<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::ValidationIssue>>,
                T::Error: ::std::fmt::Display,
            {
                self.errors = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for errors: {e}"));
                self
            }
            pub fn message<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.message = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for message: {e}"));
                self
            }
            pub fn param<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.param = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for param: {e}"));
                self
            }
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.type_ = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for type_: {e}"));
                self
            }
        }
        impl ::std::convert::TryFrom<Error> for super::Error {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Error,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    code: value.code?,
                    errors: value.errors?,
                    message: value.message?,
                    param: value.param?,
                    type_: value.type_?,
                })
            }
        }
        impl ::std::convert::From<super::Error> for Error {
            fn from(value: super::Error) -> Self {
                Self {
                    code: Ok(value.code),
                    errors: Ok(value.errors),
                    message: Ok(value.message),
                    param: Ok(value.param),
                    type_: Ok(value.type_),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ErrorResponse {
            error: ::std::result::Result<super::Error, ::std::string::String>,
        }
        impl ::std::default::Default for ErrorResponse {
            fn default() -> Self {
                Self {
                    error: Err("no value supplied for error".to_string()),
                }
            }
        }
        impl ErrorResponse {
            pub fn error<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::Error>,
                T::Error: ::std::fmt::Display,
            {
                self.error = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for error: {e}"));
                self
            }
        }
        impl ::std::convert::TryFrom<ErrorResponse> for super::ErrorResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ErrorResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    error: value.error?,
                })
            }
        }
        impl ::std::convert::From<super::ErrorResponse> for ErrorResponse {
            fn from(value: super::ErrorResponse) -> Self {
                Self {
                    error: Ok(value.error),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct FileCitation {
            file_id: ::std::result::Result<::std::string::String, ::std::string::String>,
            filename: ::std::result::Result<::std::string::String, ::std::string::String>,
            index: ::std::result::Result<super::Position, ::std::string::String>,
            type_: ::std::result::Result<super::FileCitationType, ::std::string::String>,
        }
        impl ::std::default::Default for FileCitation {
            fn default() -> Self {
                Self {
                    file_id: Err("no value supplied for file_id".to_string()),
                    filename: Err("no value supplied for filename".to_string()),
                    index: Err("no value supplied for index".to_string()),
                    type_: Err("no value supplied for type_".to_string()),
                }
            }
        }
        impl FileCitation {
            pub fn file_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.file_id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for file_id: {e}"));
                self
            }
            pub fn filename<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.filename = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for filename: {e}"));
                self
            }
            pub fn index<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::Position>,
                T::Error: ::std::fmt::Display,
            {
                self.index = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for index: {e}"));
                self
            }
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::FileCitationType>,
                T::Error: ::std::fmt::Display,
            {
                self.type_ = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for type_: {e}"));
                self
            }
        }
        impl ::std::convert::TryFrom<FileCitation> for super::FileCitation {
            type Error = super::error::ConversionError;
            fn try_from(
                value: FileCitation,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    file_id: value.file_id?,
                    filename: value.filename?,
                    index: value.index?,
                    type_: value.type_?,
                })
            }
        }
        impl ::std::convert::From<super::FileCitation> for FileCitation {
            fn from(value: super::FileCitation) -> Self {
                Self {
                    file_id: Ok(value.file_id),
                    filename: Ok(value.filename),
                    index: Ok(value.index),
                    type_: Ok(value.type_),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct FileExpirationAfter {
            anchor: ::std::result::Result<super::FileExpirationAfterAnchor, ::std::string::String>,
            seconds: ::std::result::Result<i64, ::std::string::String>,
        }
        impl ::std::default::Default for FileExpirationAfter {
            fn default() -> Self {
                Self {
                    anchor: Err("no value supplied for anchor".to_string()),
                    seconds: Err("no value supplied for seconds".to_string()),
                }
            }
        }
        impl FileExpirationAfter {
            pub fn anchor<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::FileExpirationAfterAnchor>,
                T::Error: ::std::fmt::Display,
            {
                self.anchor = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for anchor: {e}"));
                self
            }
            pub fn seconds<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.seconds = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for seconds: {e}"));
                self
            }
        }
        impl ::std::convert::TryFrom<FileExpirationAfter> for super::FileExpirationAfter {
            type Error = super::error::ConversionError;
            fn try_from(
                value: FileExpirationAfter,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    anchor: value.anchor?,
                    seconds: value.seconds?,
                })
            }
        }
        impl ::std::convert::From<super::FileExpirationAfter> for FileExpirationAfter {
            fn from(value: super::FileExpirationAfter) -> Self {
                Self {
                    anchor: Ok(value.anchor),
                    seconds: Ok(value.seconds),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct FileObject {
            bytes: ::std::result::Result<u64, ::std::string::String>,
            created_at: ::std::result::Result<i64, ::std::string::String>,
            expires_at: ::std::result::Result<::std::option::Option<i64>, ::std::string::String>,
            filename: ::std::result::Result<::std::string::String, ::std::string::String>,
            id: ::std::result::Result<super::FileObjectId, ::std::string::String>,
            object: ::std::result::Result<super::FileObjectObject, ::std::string::String>,
            purpose: ::std::result::Result<super::FileObjectPurpose, ::std::string::String>,
            status: ::std::result::Result<super::FileObjectStatus, ::std::string::String>,
        }
        impl ::std::default::Default for FileObject {
            fn default() -> Self {
                Self {
                    bytes: Err("no value supplied for bytes".to_string()),
                    created_at: Err("no value supplied for created_at".to_string()),
                    expires_at: Ok(Default::default()),
                    filename: Err("no value supplied for filename".to_string()),
                    id: Err("no value supplied for id".to_string()),
                    object: Err("no value supplied for object".to_string()),
                    purpose: Err("no value supplied for purpose".to_string()),
                    status: Err("no value supplied for status".to_string()),
                }
            }
        }
        impl FileObject {
            pub fn bytes<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<u64>,
                T::Error: ::std::fmt::Display,
            {
                self.bytes = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for bytes: {e}"));
                self
            }
            pub fn created_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.created_at = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for created_at: {e}"));
                self
            }
            pub fn expires_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.expires_at = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for expires_at: {e}"));
                self
            }
            pub fn filename<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.filename = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for filename: {e}"));
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::FileObjectId>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn object<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::FileObjectObject>,
                T::Error: ::std::fmt::Display,
            {
                self.object = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for object: {e}"));
                self
            }
            pub fn purpose<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::FileObjectPurpose>,
                T::Error: ::std::fmt::Display,
            {
                self.purpose = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for purpose: {e}"));
                self
            }
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::FileObjectStatus>,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for status: {e}"));
                self
            }
        }
        impl ::std::convert::TryFrom<FileObject> for super::FileObject {
            type Error = super::error::ConversionError;
            fn try_from(
                value: FileObject,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    bytes: value.bytes?,
                    created_at: value.created_at?,
                    expires_at: value.expires_at?,
                    filename: value.filename?,
                    id: value.id?,
                    object: value.object?,
                    purpose: value.purpose?,
                    status: value.status?,
                })
            }
        }
        impl ::std::convert::From<super::FileObject> for FileObject {
            fn from(value: super::FileObject) -> Self {
                Self {
                    bytes: Ok(value.bytes),
                    created_at: Ok(value.created_at),
                    expires_at: Ok(value.expires_at),
                    filename: Ok(value.filename),
                    id: Ok(value.id),
                    object: Ok(value.object),
                    purpose: Ok(value.purpose),
                    status: Ok(value.status),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct FunctionCallOutputInput {
            call_id:
                ::std::result::Result<super::FunctionCallOutputInputCallId, ::std::string::String>,
            id: ::std::result::Result<
                ::std::option::Option<super::FunctionCallOutputInputId>,
                ::std::string::String,
            >,
            output:
                ::std::result::Result<super::FunctionCallOutputInputOutput, ::std::string::String>,
            status: ::std::result::Result<
                ::std::option::Option<super::FunctionCallOutputInputStatus>,
                ::std::string::String,
            >,
            type_: ::std::result::Result<super::FunctionCallOutputInputType, ::std::string::String>,
        }
        impl ::std::default::Default for FunctionCallOutputInput {
            fn default() -> Self {
                Self {
                    call_id: Err("no value supplied for call_id".to_string()),
                    id: Ok(Default::default()),
                    output: Err("no value supplied for output".to_string()),
                    status: Ok(Default::default()),
                    type_: Err("no value supplied for type_".to_string()),
                }
            }
        }
        impl FunctionCallOutputInput {
            pub fn call_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::FunctionCallOutputInputCallId>,
                T::Error: ::std::fmt::Display,
            {
                self.call_id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for call_id: {e}"));
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::FunctionCallOutputInputId>>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn output<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::FunctionCallOutputInputOutput>,
                T::Error: ::std::fmt::Display,
            {
                self.output = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for output: {e}"));
                self
            }
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::FunctionCallOutputInputStatus>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for status: {e}"));
                self
            }
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::FunctionCallOutputInputType>,
                T::Error: ::std::fmt::Display,
            {
                self.type_ = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for type_: {e}"));
                self
            }
        }
        impl ::std::convert::TryFrom<FunctionCallOutputInput> for super::FunctionCallOutputInput {
            type Error = super::error::ConversionError;
            fn try_from(
                value: FunctionCallOutputInput,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    call_id: value.call_id?,
                    id: value.id?,
                    output: value.output?,
                    status: value.status?,
                    type_: value.type_?,
                })
            }
        }
        impl ::std::convert::From<super::FunctionCallOutputInput> for FunctionCallOutputInput {
            fn from(value: super::FunctionCallOutputInput) -> Self {
                Self {
                    call_id: Ok(value.call_id),
                    id: Ok(value.id),
                    output: Ok(value.output),
                    status: Ok(value.status),
                    type_: Ok(value.type_),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct FunctionToolCall {
            arguments: ::std::result::Result<::std::string::String, ::std::string::String>,
            call_id: ::std::result::Result<super::FunctionToolCallCallId, ::std::string::String>,
            id: ::std::result::Result<
                ::std::option::Option<super::FunctionToolCallId>,
                ::std::string::String,
            >,
            name: ::std::result::Result<super::FunctionToolCallName, ::std::string::String>,
            status: ::std::result::Result<
                ::std::option::Option<super::FunctionToolCallStatus>,
                ::std::string::String,
            >,
            type_: ::std::result::Result<super::FunctionToolCallType, ::std::string::String>,
        }
        impl ::std::default::Default for FunctionToolCall {
            fn default() -> Self {
                Self {
                    arguments: Err("no value supplied for arguments".to_string()),
                    call_id: Err("no value supplied for call_id".to_string()),
                    id: Ok(Default::default()),
                    name: Err("no value supplied for name".to_string()),
                    status: Ok(Default::default()),
                    type_: Err("no value supplied for type_".to_string()),
                }
            }
        }
        impl FunctionToolCall {
            pub fn arguments<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.arguments = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for arguments: {e}"));
                self
            }
            pub fn call_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::FunctionToolCallCallId>,
                T::Error: ::std::fmt::Display,
            {
                self.call_id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for call_id: {e}"));
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::FunctionToolCallId>>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::FunctionToolCallName>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for name: {e}"));
                self
            }
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::FunctionToolCallStatus>>,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for status: {e}"));
                self
            }
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::FunctionToolCallType>,
                T::Error: ::std::fmt::Display,
            {
                self.type_ = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for type_: {e}"));
                self
            }
        }
        impl ::std::convert::TryFrom<FunctionToolCall> for super::FunctionToolCall {
            type Error = super::error::ConversionError;
            fn try_from(
                value: FunctionToolCall,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    arguments: value.arguments?,
                    call_id: value.call_id?,
                    id: value.id?,
                    name: value.name?,
                    status: value.status?,
                    type_: value.type_?,
                })
            }
        }
        impl ::std::convert::From<super::FunctionToolCall> for FunctionToolCall {
            fn from(value: super::FunctionToolCall) -> Self {
                Self {
                    arguments: Ok(value.arguments),
                    call_id: Ok(value.call_id),
                    id: Ok(value.id),
                    name: Ok(value.name),
                    status: Ok(value.status),
                    type_: Ok(value.type_),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct FunctionToolCallOutputResource {
            call_id: ::std::result::Result<::std::string::String, ::std::string::String>,
            id: ::std::result::Result<::std::string::String, ::std::string::String>,
            output: ::std::result::Result<::std::string::String, ::std::string::String>,
            status: ::std::result::Result<
                super::FunctionToolCallOutputResourceStatus,
                ::std::string::String,
            >,
            type_: ::std::result::Result<
                super::FunctionToolCallOutputResourceType,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for FunctionToolCallOutputResource {
            fn default() -> Self {
                Self {
                    call_id: Err("no value supplied for call_id".to_string()),
                    id: Err("no value supplied for id".to_string()),
                    output: Err("no value supplied for output".to_string()),
                    status: Err("no value supplied for status".to_string()),
                    type_: Err("no value supplied for type_".to_string()),
                }
            }
        }
        impl FunctionToolCallOutputResource {
            pub fn call_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.call_id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for call_id: {e}"));
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn output<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.output = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for output: {e}"));
                self
            }
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::FunctionToolCallOutputResourceStatus>,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for status: {e}"));
                self
            }
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::FunctionToolCallOutputResourceType>,
                T::Error: ::std::fmt::Display,
            {
                self.type_ = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for type_: {e}"));
                self
            }
        }
        impl ::std::convert::TryFrom<FunctionToolCallOutputResource>
            for super::FunctionToolCallOutputResource
        {
            type Error = super::error::ConversionError;
            fn try_from(
                value: FunctionToolCallOutputResource,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    call_id: value.call_id?,
                    id: value.id?,
                    output: value.output?,
                    status: value.status?,
                    type_: value.type_?,
                })
            }
        }
        impl ::std::convert::From<super::FunctionToolCallOutputResource>
            for FunctionToolCallOutputResource
        {
            fn from(value: super::FunctionToolCallOutputResource) -> Self {
                Self {
                    call_id: Ok(value.call_id),
                    id: Ok(value.id),
                    output: Ok(value.output),
                    status: Ok(value.status),
                    type_: Ok(value.type_),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Health {
            status: ::std::result::Result<super::HealthStatus, ::std::string::String>,
        }
        impl ::std::default::Default for Health {
            fn default() -> Self {
                Self {
                    status: Err("no value supplied for status".to_string()),
                }
            }
        }
        impl Health {
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::HealthStatus>,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for status: {e}"));
                self
            }
        }
        impl ::std::convert::TryFrom<Health> for super::Health {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Health,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    status: value.status?,
                })
            }
        }
        impl ::std::convert::From<super::Health> for Health {
            fn from(value: super::Health) -> Self {
                Self {
                    status: Ok(value.status),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct HybridWeights {
            text: ::std::result::Result<f64, ::std::string::String>,
            vector: ::std::result::Result<f64, ::std::string::String>,
        }
        impl ::std::default::Default for HybridWeights {
            fn default() -> Self {
                Self {
                    text: Ok(super::defaults::hybrid_weights_text()),
                    vector: Ok(super::defaults::hybrid_weights_vector()),
                }
            }
        }
        impl HybridWeights {
            pub fn text<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<f64>,
                T::Error: ::std::fmt::Display,
            {
                self.text = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for text: {e}"));
                self
            }
            pub fn vector<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<f64>,
                T::Error: ::std::fmt::Display,
            {
                self.vector = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for vector: {e}"));
                self
            }
        }
        impl ::std::convert::TryFrom<HybridWeights> for super::HybridWeights {
            type Error = super::error::ConversionError;
            fn try_from(
                value: HybridWeights,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    text: value.text?,
                    vector: value.vector?,
                })
            }
        }
        impl ::std::convert::From<super::HybridWeights> for HybridWeights {
            fn from(value: super::HybridWeights) -> Self {
                Self {
                    text: Ok(value.text),
                    vector: Ok(value.vector),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct IncompleteDetailsInner {
            reason: ::std::result::Result<
                ::std::option::Option<super::IncompleteDetailsInnerReason>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for IncompleteDetailsInner {
            fn default() -> Self {
                Self {
                    reason: Ok(Default::default()),
                }
            }
        }
        impl IncompleteDetailsInner {
            pub fn reason<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::IncompleteDetailsInnerReason>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.reason = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for reason: {e}"));
                self
            }
        }
        impl ::std::convert::TryFrom<IncompleteDetailsInner> for super::IncompleteDetailsInner {
            type Error = super::error::ConversionError;
            fn try_from(
                value: IncompleteDetailsInner,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    reason: value.reason?,
                })
            }
        }
        impl ::std::convert::From<super::IncompleteDetailsInner> for IncompleteDetailsInner {
            fn from(value: super::IncompleteDetailsInner) -> Self {
                Self {
                    reason: Ok(value.reason),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Index {
            created_at: ::std::result::Result<i64, ::std::string::String>,
            dimension: ::std::result::Result<::std::option::Option<i64>, ::std::string::String>,
            embedding_model: ::std::result::Result<::std::string::String, ::std::string::String>,
            id: ::std::result::Result<super::IndexId, ::std::string::String>,
            metric: ::std::result::Result<super::Metric, ::std::string::String>,
            name: ::std::result::Result<::std::string::String, ::std::string::String>,
            object: ::std::result::Result<super::IndexObject, ::std::string::String>,
            vector_count: ::std::result::Result<u64, ::std::string::String>,
        }
        impl ::std::default::Default for Index {
            fn default() -> Self {
                Self {
                    created_at: Err("no value supplied for created_at".to_string()),
                    dimension: Err("no value supplied for dimension".to_string()),
                    embedding_model: Err("no value supplied for embedding_model".to_string()),
                    id: Err("no value supplied for id".to_string()),
                    metric: Err("no value supplied for metric".to_string()),
                    name: Err("no value supplied for name".to_string()),
                    object: Err("no value supplied for object".to_string()),
                    vector_count: Err("no value supplied for vector_count".to_string()),
                }
            }
        }
        impl Index {
            pub fn created_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.created_at = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for created_at: {e}"));
                self
            }
            pub fn dimension<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.dimension = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for dimension: {e}"));
                self
            }
            pub fn embedding_model<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.embedding_model = value.try_into().map_err(|e| {
                    format!("error converting supplied value for embedding_model: {e}")
                });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::IndexId>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn metric<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::Metric>,
                T::Error: ::std::fmt::Display,
            {
                self.metric = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for metric: {e}"));
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for name: {e}"));
                self
            }
            pub fn object<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::IndexObject>,
                T::Error: ::std::fmt::Display,
            {
                self.object = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for object: {e}"));
                self
            }
            pub fn vector_count<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<u64>,
                T::Error: ::std::fmt::Display,
            {
                self.vector_count = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for vector_count: {e}"));
                self
            }
        }
        impl ::std::convert::TryFrom<Index> for super::Index {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Index,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    created_at: value.created_at?,
                    dimension: value.dimension?,
                    embedding_model: value.embedding_model?,
                    id: value.id?,
                    metric: value.metric?,
                    name: value.name?,
                    object: value.object?,
                    vector_count: value.vector_count?,
                })
            }
        }
        impl ::std::convert::From<super::Index> for Index {
            fn from(value: super::Index) -> Self {
                Self {
                    created_at: Ok(value.created_at),
                    dimension: Ok(value.dimension),
                    embedding_model: Ok(value.embedding_model),
                    id: Ok(value.id),
                    metric: Ok(value.metric),
                    name: Ok(value.name),
                    object: Ok(value.object),
                    vector_count: Ok(value.vector_count),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct IndexList {
            data: ::std::result::Result<::std::vec::Vec<super::Index>, ::std::string::String>,
            first_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            has_more: ::std::result::Result<bool, ::std::string::String>,
            last_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            object: ::std::result::Result<super::IndexListObject, ::std::string::String>,
        }
        impl ::std::default::Default for IndexList {
            fn default() -> Self {
                Self {
                    data: Err("no value supplied for data".to_string()),
                    first_id: Err("no value supplied for first_id".to_string()),
                    has_more: Err("no value supplied for has_more".to_string()),
                    last_id: Err("no value supplied for last_id".to_string()),
                    object: Err("no value supplied for object".to_string()),
                }
            }
        }
        impl IndexList {
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::Index>>,
                T::Error: ::std::fmt::Display,
            {
                self.data = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for data: {e}"));
                self
            }
            pub fn first_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.first_id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for first_id: {e}"));
                self
            }
            pub fn has_more<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.has_more = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for has_more: {e}"));
                self
            }
            pub fn last_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.last_id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for last_id: {e}"));
                self
            }
            pub fn object<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::IndexListObject>,
                T::Error: ::std::fmt::Display,
            {
                self.object = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for object: {e}"));
                self
            }
        }
        impl ::std::convert::TryFrom<IndexList> for super::IndexList {
            type Error = super::error::ConversionError;
            fn try_from(
                value: IndexList,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    data: value.data?,
                    first_id: value.first_id?,
                    has_more: value.has_more?,
                    last_id: value.last_id?,
                    object: value.object?,
                })
            }
        }
        impl ::std::convert::From<super::IndexList> for IndexList {
            fn from(value: super::IndexList) -> Self {
                Self {
                    data: Ok(value.data),
                    first_id: Ok(value.first_id),
                    has_more: Ok(value.has_more),
                    last_id: Ok(value.last_id),
                    object: Ok(value.object),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct InputMessageResource {
            content: ::std::result::Result<
                ::std::vec::Vec<super::InputTextContent>,
                ::std::string::String,
            >,
            id: ::std::result::Result<::std::string::String, ::std::string::String>,
            role: ::std::result::Result<super::InputMessageResourceRole, ::std::string::String>,
            status: ::std::result::Result<super::InputMessageResourceStatus, ::std::string::String>,
            type_: ::std::result::Result<super::InputMessageResourceType, ::std::string::String>,
        }
        impl ::std::default::Default for InputMessageResource {
            fn default() -> Self {
                Self {
                    content: Err("no value supplied for content".to_string()),
                    id: Err("no value supplied for id".to_string()),
                    role: Err("no value supplied for role".to_string()),
                    status: Err("no value supplied for status".to_string()),
                    type_: Err("no value supplied for type_".to_string()),
                }
            }
        }
        impl InputMessageResource {
            pub fn content<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::InputTextContent>>,
                T::Error: ::std::fmt::Display,
            {
                self.content = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for content: {e}"));
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn role<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::InputMessageResourceRole>,
                T::Error: ::std::fmt::Display,
            {
                self.role = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for role: {e}"));
                self
            }
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::InputMessageResourceStatus>,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for status: {e}"));
                self
            }
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::InputMessageResourceType>,
                T::Error: ::std::fmt::Display,
            {
                self.type_ = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for type_: {e}"));
                self
            }
        }
        impl ::std::convert::TryFrom<InputMessageResource> for super::InputMessageResource {
            type Error = super::error::ConversionError;
            fn try_from(
                value: InputMessageResource,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    content: value.content?,
                    id: value.id?,
                    role: value.role?,
                    status: value.status?,
                    type_: value.type_?,
                })
            }
        }
        impl ::std::convert::From<super::InputMessageResource> for InputMessageResource {
            fn from(value: super::InputMessageResource) -> Self {
                Self {
                    content: Ok(value.content),
                    id: Ok(value.id),
                    role: Ok(value.role),
                    status: Ok(value.status),
                    type_: Ok(value.type_),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct InputTextContent {
            text: ::std::result::Result<::std::string::String, ::std::string::String>,
            type_: ::std::result::Result<super::InputTextContentType, ::std::string::String>,
        }
        impl ::std::default::Default for InputTextContent {
            fn default() -> Self {
                Self {
                    text: Err("no value supplied for text".to_string()),
                    type_: Err("no value supplied for type_".to_string()),
                }
            }
        }
        impl InputTextContent {
            pub fn text<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.text = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for text: {e}"));
                self
            }
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::InputTextContentType>,
                T::Error: ::std::fmt::Display,
            {
                self.type_ = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for type_: {e}"));
                self
            }
        }
        impl ::std::convert::TryFrom<InputTextContent> for super::InputTextContent {
            type Error = super::error::ConversionError;
            fn try_from(
                value: InputTextContent,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    text: value.text?,
                    type_: value.type_?,
                })
            }
        }
        impl ::std::convert::From<super::InputTextContent> for InputTextContent {
            fn from(value: super::InputTextContent) -> Self {
                Self {
                    text: Ok(value.text),
                    type_: Ok(value.type_),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ItemReference {
            id: ::std::result::Result<super::ItemReferenceId, ::std::string::String>,
            type_: ::std::result::Result<
                ::std::option::Option<super::ItemReferenceType>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ItemReference {
            fn default() -> Self {
                Self {
                    id: Err("no value supplied for id".to_string()),
                    type_: Ok(Default::default()),
                }
            }
        }
        impl ItemReference {
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::ItemReferenceId>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::ItemReferenceType>>,
                T::Error: ::std::fmt::Display,
            {
                self.type_ = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for type_: {e}"));
                self
            }
        }
        impl ::std::convert::TryFrom<ItemReference> for super::ItemReference {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ItemReference,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    id: value.id?,
                    type_: value.type_?,
                })
            }
        }
        impl ::std::convert::From<super::ItemReference> for ItemReference {
            fn from(value: super::ItemReference) -> Self {
                Self {
                    id: Ok(value.id),
                    type_: Ok(value.type_),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ListFilesResponse {
            data: ::std::result::Result<::std::vec::Vec<super::FileObject>, ::std::string::String>,
            first_id: ::std::result::Result<::std::string::String, ::std::string::String>,
            has_more: ::std::result::Result<bool, ::std::string::String>,
            last_id: ::std::result::Result<::std::string::String, ::std::string::String>,
            object: ::std::result::Result<super::ListFilesResponseObject, ::std::string::String>,
        }
        impl ::std::default::Default for ListFilesResponse {
            fn default() -> Self {
                Self {
                    data: Err("no value supplied for data".to_string()),
                    first_id: Err("no value supplied for first_id".to_string()),
                    has_more: Err("no value supplied for has_more".to_string()),
                    last_id: Err("no value supplied for last_id".to_string()),
                    object: Err("no value supplied for object".to_string()),
                }
            }
        }
        impl ListFilesResponse {
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::FileObject>>,
                T::Error: ::std::fmt::Display,
            {
                self.data = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for data: {e}"));
                self
            }
            pub fn first_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.first_id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for first_id: {e}"));
                self
            }
            pub fn has_more<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.has_more = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for has_more: {e}"));
                self
            }
            pub fn last_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.last_id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for last_id: {e}"));
                self
            }
            pub fn object<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::ListFilesResponseObject>,
                T::Error: ::std::fmt::Display,
            {
                self.object = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for object: {e}"));
                self
            }
        }
        impl ::std::convert::TryFrom<ListFilesResponse> for super::ListFilesResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ListFilesResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    data: value.data?,
                    first_id: value.first_id?,
                    has_more: value.has_more?,
                    last_id: value.last_id?,
                    object: value.object?,
                })
            }
        }
        impl ::std::convert::From<super::ListFilesResponse> for ListFilesResponse {
            fn from(value: super::ListFilesResponse) -> Self {
                Self {
                    data: Ok(value.data),
                    first_id: Ok(value.first_id),
                    has_more: Ok(value.has_more),
                    last_id: Ok(value.last_id),
                    object: Ok(value.object),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ListModelsResponse {
            data: ::std::result::Result<::std::vec::Vec<super::Model>, ::std::string::String>,
            object: ::std::result::Result<super::ListModelsResponseObject, ::std::string::String>,
        }
        impl ::std::default::Default for ListModelsResponse {
            fn default() -> Self {
                Self {
                    data: Err("no value supplied for data".to_string()),
                    object: Err("no value supplied for object".to_string()),
                }
            }
        }
        impl ListModelsResponse {
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::Model>>,
                T::Error: ::std::fmt::Display,
            {
                self.data = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for data: {e}"));
                self
            }
            pub fn object<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::ListModelsResponseObject>,
                T::Error: ::std::fmt::Display,
            {
                self.object = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for object: {e}"));
                self
            }
        }
        impl ::std::convert::TryFrom<ListModelsResponse> for super::ListModelsResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ListModelsResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    data: value.data?,
                    object: value.object?,
                })
            }
        }
        impl ::std::convert::From<super::ListModelsResponse> for ListModelsResponse {
            fn from(value: super::ListModelsResponse) -> Self {
                Self {
                    data: Ok(value.data),
                    object: Ok(value.object),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct LogProb {
            bytes: ::std::result::Result<::std::vec::Vec<u8>, ::std::string::String>,
            logprob: ::std::result::Result<f64, ::std::string::String>,
            token: ::std::result::Result<::std::string::String, ::std::string::String>,
            top_logprobs: ::std::result::Result<
                ::std::vec::Vec<super::LogProbTopLogprobsItem>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for LogProb {
            fn default() -> Self {
                Self {
                    bytes: Err("no value supplied for bytes".to_string()),
                    logprob: Err("no value supplied for logprob".to_string()),
                    token: Err("no value supplied for token".to_string()),
                    top_logprobs: Err("no value supplied for top_logprobs".to_string()),
                }
            }
        }
        impl LogProb {
            pub fn bytes<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<u8>>,
                T::Error: ::std::fmt::Display,
            {
                self.bytes = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for bytes: {e}"));
                self
            }
            pub fn logprob<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<f64>,
                T::Error: ::std::fmt::Display,
            {
                self.logprob = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for logprob: {e}"));
                self
            }
            pub fn token<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.token = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for token: {e}"));
                self
            }
            pub fn top_logprobs<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::LogProbTopLogprobsItem>>,
                T::Error: ::std::fmt::Display,
            {
                self.top_logprobs = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for top_logprobs: {e}"));
                self
            }
        }
        impl ::std::convert::TryFrom<LogProb> for super::LogProb {
            type Error = super::error::ConversionError;
            fn try_from(
                value: LogProb,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    bytes: value.bytes?,
                    logprob: value.logprob?,
                    token: value.token?,
                    top_logprobs: value.top_logprobs?,
                })
            }
        }
        impl ::std::convert::From<super::LogProb> for LogProb {
            fn from(value: super::LogProb) -> Self {
                Self {
                    bytes: Ok(value.bytes),
                    logprob: Ok(value.logprob),
                    token: Ok(value.token),
                    top_logprobs: Ok(value.top_logprobs),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct LogProbTopLogprobsItem {
            bytes: ::std::result::Result<::std::vec::Vec<u8>, ::std::string::String>,
            logprob: ::std::result::Result<f64, ::std::string::String>,
            token: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for LogProbTopLogprobsItem {
            fn default() -> Self {
                Self {
                    bytes: Err("no value supplied for bytes".to_string()),
                    logprob: Err("no value supplied for logprob".to_string()),
                    token: Err("no value supplied for token".to_string()),
                }
            }
        }
        impl LogProbTopLogprobsItem {
            pub fn bytes<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<u8>>,
                T::Error: ::std::fmt::Display,
            {
                self.bytes = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for bytes: {e}"));
                self
            }
            pub fn logprob<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<f64>,
                T::Error: ::std::fmt::Display,
            {
                self.logprob = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for logprob: {e}"));
                self
            }
            pub fn token<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.token = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for token: {e}"));
                self
            }
        }
        impl ::std::convert::TryFrom<LogProbTopLogprobsItem> for super::LogProbTopLogprobsItem {
            type Error = super::error::ConversionError;
            fn try_from(
                value: LogProbTopLogprobsItem,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    bytes: value.bytes?,
                    logprob: value.logprob?,
                    token: value.token?,
                })
            }
        }
        impl ::std::convert::From<super::LogProbTopLogprobsItem> for LogProbTopLogprobsItem {
            fn from(value: super::LogProbTopLogprobsItem) -> Self {
                Self {
                    bytes: Ok(value.bytes),
                    logprob: Ok(value.logprob),
                    token: Ok(value.token),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Model {
            created: ::std::result::Result<i64, ::std::string::String>,
            id: ::std::result::Result<::std::string::String, ::std::string::String>,
            object: ::std::result::Result<super::ModelObject, ::std::string::String>,
            owned_by: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for Model {
            fn default() -> Self {
                Self {
                    created: Err("no value supplied for created".to_string()),
                    id: Err("no value supplied for id".to_string()),
                    object: Err("no value supplied for object".to_string()),
                    owned_by: Err("no value supplied for owned_by".to_string()),
                }
            }
        }
        impl Model {
            pub fn created<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.created = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for created: {e}"));
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn object<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::ModelObject>,
                T::Error: ::std::fmt::Display,
            {
                self.object = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for object: {e}"));
                self
            }
            pub fn owned_by<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.owned_by = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for owned_by: {e}"));
                self
            }
        }
        impl ::std::convert::TryFrom<Model> for super::Model {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Model,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    created: value.created?,
                    id: value.id?,
                    object: value.object?,
                    owned_by: value.owned_by?,
                })
            }
        }
        impl ::std::convert::From<super::Model> for Model {
            fn from(value: super::Model) -> Self {
                Self {
                    created: Ok(value.created),
                    id: Ok(value.id),
                    object: Ok(value.object),
                    owned_by: Ok(value.owned_by),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct OutputMessage {
            content: ::std::result::Result<
                ::std::vec::Vec<super::OutputTextContent>,
                ::std::string::String,
            >,
            id: ::std::result::Result<::std::string::String, ::std::string::String>,
            role: ::std::result::Result<super::OutputMessageRole, ::std::string::String>,
            status: ::std::result::Result<super::OutputMessageStatus, ::std::string::String>,
            type_: ::std::result::Result<super::OutputMessageType, ::std::string::String>,
        }
        impl ::std::default::Default for OutputMessage {
            fn default() -> Self {
                Self {
                    content: Err("no value supplied for content".to_string()),
                    id: Err("no value supplied for id".to_string()),
                    role: Err("no value supplied for role".to_string()),
                    status: Err("no value supplied for status".to_string()),
                    type_: Err("no value supplied for type_".to_string()),
                }
            }
        }
        impl OutputMessage {
            pub fn content<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::OutputTextContent>>,
                T::Error: ::std::fmt::Display,
            {
                self.content = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for content: {e}"));
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn role<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::OutputMessageRole>,
                T::Error: ::std::fmt::Display,
            {
                self.role = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for role: {e}"));
                self
            }
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::OutputMessageStatus>,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for status: {e}"));
                self
            }
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::OutputMessageType>,
                T::Error: ::std::fmt::Display,
            {
                self.type_ = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for type_: {e}"));
                self
            }
        }
        impl ::std::convert::TryFrom<OutputMessage> for super::OutputMessage {
            type Error = super::error::ConversionError;
            fn try_from(
                value: OutputMessage,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    content: value.content?,
                    id: value.id?,
                    role: value.role?,
                    status: value.status?,
                    type_: value.type_?,
                })
            }
        }
        impl ::std::convert::From<super::OutputMessage> for OutputMessage {
            fn from(value: super::OutputMessage) -> Self {
                Self {
                    content: Ok(value.content),
                    id: Ok(value.id),
                    role: Ok(value.role),
                    status: Ok(value.status),
                    type_: Ok(value.type_),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct OutputTextContent {
            annotations:
                ::std::result::Result<::std::vec::Vec<super::FileCitation>, ::std::string::String>,
            logprobs: ::std::result::Result<::std::vec::Vec<super::LogProb>, ::std::string::String>,
            text: ::std::result::Result<::std::string::String, ::std::string::String>,
            type_: ::std::result::Result<super::OutputTextContentType, ::std::string::String>,
        }
        impl ::std::default::Default for OutputTextContent {
            fn default() -> Self {
                Self {
                    annotations: Err("no value supplied for annotations".to_string()),
                    logprobs: Err("no value supplied for logprobs".to_string()),
                    text: Err("no value supplied for text".to_string()),
                    type_: Err("no value supplied for type_".to_string()),
                }
            }
        }
        impl OutputTextContent {
            pub fn annotations<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::FileCitation>>,
                T::Error: ::std::fmt::Display,
            {
                self.annotations = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for annotations: {e}"));
                self
            }
            pub fn logprobs<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::LogProb>>,
                T::Error: ::std::fmt::Display,
            {
                self.logprobs = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for logprobs: {e}"));
                self
            }
            pub fn text<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.text = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for text: {e}"));
                self
            }
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::OutputTextContentType>,
                T::Error: ::std::fmt::Display,
            {
                self.type_ = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for type_: {e}"));
                self
            }
        }
        impl ::std::convert::TryFrom<OutputTextContent> for super::OutputTextContent {
            type Error = super::error::ConversionError;
            fn try_from(
                value: OutputTextContent,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    annotations: value.annotations?,
                    logprobs: value.logprobs?,
                    text: value.text?,
                    type_: value.type_?,
                })
            }
        }
        impl ::std::convert::From<super::OutputTextContent> for OutputTextContent {
            fn from(value: super::OutputTextContent) -> Self {
                Self {
                    annotations: Ok(value.annotations),
                    logprobs: Ok(value.logprobs),
                    text: Ok(value.text),
                    type_: Ok(value.type_),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Readiness {
            checks: ::std::result::Result<
                ::std::collections::HashMap<::std::string::String, super::ReadinessCheck>,
                ::std::string::String,
            >,
            status: ::std::result::Result<super::ReadinessStatus, ::std::string::String>,
        }
        impl ::std::default::Default for Readiness {
            fn default() -> Self {
                Self {
                    checks: Err("no value supplied for checks".to_string()),
                    status: Err("no value supplied for status".to_string()),
                }
            }
        }
        impl Readiness {
            pub fn checks<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::collections::HashMap<::std::string::String, super::ReadinessCheck>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.checks = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for checks: {e}"));
                self
            }
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::ReadinessStatus>,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for status: {e}"));
                self
            }
        }
        impl ::std::convert::TryFrom<Readiness> for super::Readiness {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Readiness,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    checks: value.checks?,
                    status: value.status?,
                })
            }
        }
        impl ::std::convert::From<super::Readiness> for Readiness {
            fn from(value: super::Readiness) -> Self {
                Self {
                    checks: Ok(value.checks),
                    status: Ok(value.status),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ReadinessCheck {
            detail: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            status: ::std::result::Result<super::ReadinessCheckStatus, ::std::string::String>,
        }
        impl ::std::default::Default for ReadinessCheck {
            fn default() -> Self {
                Self {
                    detail: Ok(Default::default()),
                    status: Err("no value supplied for status".to_string()),
                }
            }
        }
        impl ReadinessCheck {
            pub fn detail<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.detail = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for detail: {e}"));
                self
            }
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::ReadinessCheckStatus>,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for status: {e}"));
                self
            }
        }
        impl ::std::convert::TryFrom<ReadinessCheck> for super::ReadinessCheck {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ReadinessCheck,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    detail: value.detail?,
                    status: value.status?,
                })
            }
        }
        impl ::std::convert::From<super::ReadinessCheck> for ReadinessCheck {
            fn from(value: super::ReadinessCheck) -> Self {
                Self {
                    detail: Ok(value.detail),
                    status: Ok(value.status),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Response {
            background: ::std::result::Result<::std::option::Option<bool>, ::std::string::String>,
            completed_at: ::std::result::Result<::std::option::Option<f64>, ::std::string::String>,
            conversation: ::std::result::Result<
                ::std::option::Option<super::ConversationRef>,
                ::std::string::String,
            >,
            created_at: ::std::result::Result<f64, ::std::string::String>,
            error: ::std::result::Result<super::ResponseError, ::std::string::String>,
            id: ::std::result::Result<super::ResponseId, ::std::string::String>,
            incomplete_details:
                ::std::result::Result<super::IncompleteDetails, ::std::string::String>,
            instructions: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            max_output_tokens:
                ::std::result::Result<::std::option::Option<i64>, ::std::string::String>,
            metadata: ::std::result::Result<super::Metadata, ::std::string::String>,
            model: ::std::result::Result<::std::string::String, ::std::string::String>,
            object: ::std::result::Result<super::ResponseObject, ::std::string::String>,
            output: ::std::result::Result<
                ::std::vec::Vec<super::ResponseOutputItem>,
                ::std::string::String,
            >,
            parallel_tool_calls: ::std::result::Result<bool, ::std::string::String>,
            previous_response_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            status: ::std::result::Result<super::ResponseStatus, ::std::string::String>,
            temperature: ::std::result::Result<::std::option::Option<f64>, ::std::string::String>,
            text: ::std::result::Result<
                ::std::option::Option<super::ResponseTextConfig>,
                ::std::string::String,
            >,
            tool_choice: ::std::result::Result<super::ResponseToolChoice, ::std::string::String>,
            tools: ::std::result::Result<
                ::std::vec::Vec<super::ResponseFunctionTool>,
                ::std::string::String,
            >,
            top_p: ::std::result::Result<::std::option::Option<f64>, ::std::string::String>,
            truncation: ::std::result::Result<
                ::std::option::Option<super::ResponseTruncation>,
                ::std::string::String,
            >,
            usage: ::std::result::Result<
                ::std::option::Option<super::ResponseUsage>,
                ::std::string::String,
            >,
            user: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for Response {
            fn default() -> Self {
                Self {
                    background: Ok(Default::default()),
                    completed_at: Ok(Default::default()),
                    conversation: Ok(Default::default()),
                    created_at: Err("no value supplied for created_at".to_string()),
                    error: Err("no value supplied for error".to_string()),
                    id: Err("no value supplied for id".to_string()),
                    incomplete_details: Err("no value supplied for incomplete_details".to_string()),
                    instructions: Err("no value supplied for instructions".to_string()),
                    max_output_tokens: Ok(Default::default()),
                    metadata: Err("no value supplied for metadata".to_string()),
                    model: Err("no value supplied for model".to_string()),
                    object: Err("no value supplied for object".to_string()),
                    output: Err("no value supplied for output".to_string()),
                    parallel_tool_calls: Err(
                        "no value supplied for parallel_tool_calls".to_string()
                    ),
                    previous_response_id: Ok(Default::default()),
                    status: Err("no value supplied for status".to_string()),
                    temperature: Err("no value supplied for temperature".to_string()),
                    text: Ok(Default::default()),
                    tool_choice: Err("no value supplied for tool_choice".to_string()),
                    tools: Err("no value supplied for tools".to_string()),
                    top_p: Err("no value supplied for top_p".to_string()),
                    truncation: Ok(Default::default()),
                    usage: Ok(Default::default()),
                    user: Ok(Default::default()),
                }
            }
        }
        impl Response {
            pub fn background<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.background = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for background: {e}"));
                self
            }
            pub fn completed_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<f64>>,
                T::Error: ::std::fmt::Display,
            {
                self.completed_at = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for completed_at: {e}"));
                self
            }
            pub fn conversation<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::ConversationRef>>,
                T::Error: ::std::fmt::Display,
            {
                self.conversation = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for conversation: {e}"));
                self
            }
            pub fn created_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<f64>,
                T::Error: ::std::fmt::Display,
            {
                self.created_at = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for created_at: {e}"));
                self
            }
            pub fn error<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::ResponseError>,
                T::Error: ::std::fmt::Display,
            {
                self.error = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for error: {e}"));
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::ResponseId>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn incomplete_details<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::IncompleteDetails>,
                T::Error: ::std::fmt::Display,
            {
                self.incomplete_details = value.try_into().map_err(|e| {
                    format!("error converting supplied value for incomplete_details: {e}")
                });
                self
            }
            pub fn instructions<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.instructions = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for instructions: {e}"));
                self
            }
            pub fn max_output_tokens<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.max_output_tokens = value.try_into().map_err(|e| {
                    format!("error converting supplied value for max_output_tokens: {e}")
                });
                self
            }
            pub fn metadata<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::Metadata>,
                T::Error: ::std::fmt::Display,
            {
                self.metadata = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for metadata: {e}"));
                self
            }
            pub fn model<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.model = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for model: {e}"));
                self
            }
            pub fn object<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::ResponseObject>,
                T::Error: ::std::fmt::Display,
            {
                self.object = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for object: {e}"));
                self
            }
            pub fn output<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::ResponseOutputItem>>,
                T::Error: ::std::fmt::Display,
            {
                self.output = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for output: {e}"));
                self
            }
            pub fn parallel_tool_calls<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.parallel_tool_calls = value.try_into().map_err(|e| {
                    format!("error converting supplied value for parallel_tool_calls: {e}")
                });
                self
            }
            pub fn previous_response_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.previous_response_id = value.try_into().map_err(|e| {
                    format!("error converting supplied value for previous_response_id: {e}")
                });
                self
            }
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::ResponseStatus>,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for status: {e}"));
                self
            }
            pub fn temperature<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<f64>>,
                T::Error: ::std::fmt::Display,
            {
                self.temperature = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for temperature: {e}"));
                self
            }
            pub fn text<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::ResponseTextConfig>>,
                T::Error: ::std::fmt::Display,
            {
                self.text = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for text: {e}"));
                self
            }
            pub fn tool_choice<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::ResponseToolChoice>,
                T::Error: ::std::fmt::Display,
            {
                self.tool_choice = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for tool_choice: {e}"));
                self
            }
            pub fn tools<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::ResponseFunctionTool>>,
                T::Error: ::std::fmt::Display,
            {
                self.tools = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for tools: {e}"));
                self
            }
            pub fn top_p<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<f64>>,
                T::Error: ::std::fmt::Display,
            {
                self.top_p = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for top_p: {e}"));
                self
            }
            pub fn truncation<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::ResponseTruncation>>,
                T::Error: ::std::fmt::Display,
            {
                self.truncation = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for truncation: {e}"));
                self
            }
            pub fn usage<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::ResponseUsage>>,
                T::Error: ::std::fmt::Display,
            {
                self.usage = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for usage: {e}"));
                self
            }
            pub fn user<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.user = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for user: {e}"));
                self
            }
        }
        impl ::std::convert::TryFrom<Response> for super::Response {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Response,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    background: value.background?,
                    completed_at: value.completed_at?,
                    conversation: value.conversation?,
                    created_at: value.created_at?,
                    error: value.error?,
                    id: value.id?,
                    incomplete_details: value.incomplete_details?,
                    instructions: value.instructions?,
                    max_output_tokens: value.max_output_tokens?,
                    metadata: value.metadata?,
                    model: value.model?,
                    object: value.object?,
                    output: value.output?,
                    parallel_tool_calls: value.parallel_tool_calls?,
                    previous_response_id: value.previous_response_id?,
                    status: value.status?,
                    temperature: value.temperature?,
                    text: value.text?,
                    tool_choice: value.tool_choice?,
                    tools: value.tools?,
                    top_p: value.top_p?,
                    truncation: value.truncation?,
                    usage: value.usage?,
                    user: value.user?,
                })
            }
        }
        impl ::std::convert::From<super::Response> for Response {
            fn from(value: super::Response) -> Self {
                Self {
                    background: Ok(value.background),
                    completed_at: Ok(value.completed_at),
                    conversation: Ok(value.conversation),
                    created_at: Ok(value.created_at),
                    error: Ok(value.error),
                    id: Ok(value.id),
                    incomplete_details: Ok(value.incomplete_details),
                    instructions: Ok(value.instructions),
                    max_output_tokens: Ok(value.max_output_tokens),
                    metadata: Ok(value.metadata),
                    model: Ok(value.model),
                    object: Ok(value.object),
                    output: Ok(value.output),
                    parallel_tool_calls: Ok(value.parallel_tool_calls),
                    previous_response_id: Ok(value.previous_response_id),
                    status: Ok(value.status),
                    temperature: Ok(value.temperature),
                    text: Ok(value.text),
                    tool_choice: Ok(value.tool_choice),
                    tools: Ok(value.tools),
                    top_p: Ok(value.top_p),
                    truncation: Ok(value.truncation),
                    usage: Ok(value.usage),
                    user: Ok(value.user),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ResponseErrorInner {
            code: ::std::result::Result<super::ResponseErrorInnerCode, ::std::string::String>,
            message: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for ResponseErrorInner {
            fn default() -> Self {
                Self {
                    code: Err("no value supplied for code".to_string()),
                    message: Err("no value supplied for message".to_string()),
                }
            }
        }
        impl ResponseErrorInner {
            pub fn code<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::ResponseErrorInnerCode>,
                T::Error: ::std::fmt::Display,
            {
                self.code = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for code: {e}"));
                self
            }
            pub fn message<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.message = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for message: {e}"));
                self
            }
        }
        impl ::std::convert::TryFrom<ResponseErrorInner> for super::ResponseErrorInner {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ResponseErrorInner,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    code: value.code?,
                    message: value.message?,
                })
            }
        }
        impl ::std::convert::From<super::ResponseErrorInner> for ResponseErrorInner {
            fn from(value: super::ResponseErrorInner) -> Self {
                Self {
                    code: Ok(value.code),
                    message: Ok(value.message),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ResponseFormatJsonObject {
            type_:
                ::std::result::Result<super::ResponseFormatJsonObjectType, ::std::string::String>,
        }
        impl ::std::default::Default for ResponseFormatJsonObject {
            fn default() -> Self {
                Self {
                    type_: Err("no value supplied for type_".to_string()),
                }
            }
        }
        impl ResponseFormatJsonObject {
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::ResponseFormatJsonObjectType>,
                T::Error: ::std::fmt::Display,
            {
                self.type_ = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for type_: {e}"));
                self
            }
        }
        impl ::std::convert::TryFrom<ResponseFormatJsonObject> for super::ResponseFormatJsonObject {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ResponseFormatJsonObject,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    type_: value.type_?,
                })
            }
        }
        impl ::std::convert::From<super::ResponseFormatJsonObject> for ResponseFormatJsonObject {
            fn from(value: super::ResponseFormatJsonObject) -> Self {
                Self {
                    type_: Ok(value.type_),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ResponseFormatJsonSchema {
            description: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            name: ::std::result::Result<super::ResponseFormatJsonSchemaName, ::std::string::String>,
            schema: ::std::result::Result<super::JsonSchema, ::std::string::String>,
            strict: ::std::result::Result<::std::option::Option<bool>, ::std::string::String>,
            type_:
                ::std::result::Result<super::ResponseFormatJsonSchemaType, ::std::string::String>,
        }
        impl ::std::default::Default for ResponseFormatJsonSchema {
            fn default() -> Self {
                Self {
                    description: Ok(Default::default()),
                    name: Err("no value supplied for name".to_string()),
                    schema: Err("no value supplied for schema".to_string()),
                    strict: Ok(super::defaults::response_format_json_schema_strict()),
                    type_: Err("no value supplied for type_".to_string()),
                }
            }
        }
        impl ResponseFormatJsonSchema {
            pub fn description<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.description = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for description: {e}"));
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::ResponseFormatJsonSchemaName>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for name: {e}"));
                self
            }
            pub fn schema<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::JsonSchema>,
                T::Error: ::std::fmt::Display,
            {
                self.schema = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for schema: {e}"));
                self
            }
            pub fn strict<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.strict = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for strict: {e}"));
                self
            }
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::ResponseFormatJsonSchemaType>,
                T::Error: ::std::fmt::Display,
            {
                self.type_ = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for type_: {e}"));
                self
            }
        }
        impl ::std::convert::TryFrom<ResponseFormatJsonSchema> for super::ResponseFormatJsonSchema {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ResponseFormatJsonSchema,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    description: value.description?,
                    name: value.name?,
                    schema: value.schema?,
                    strict: value.strict?,
                    type_: value.type_?,
                })
            }
        }
        impl ::std::convert::From<super::ResponseFormatJsonSchema> for ResponseFormatJsonSchema {
            fn from(value: super::ResponseFormatJsonSchema) -> Self {
                Self {
                    description: Ok(value.description),
                    name: Ok(value.name),
                    schema: Ok(value.schema),
                    strict: Ok(value.strict),
                    type_: Ok(value.type_),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ResponseFormatText {
            type_: ::std::result::Result<super::ResponseFormatTextType, ::std::string::String>,
        }
        impl ::std::default::Default for ResponseFormatText {
            fn default() -> Self {
                Self {
                    type_: Err("no value supplied for type_".to_string()),
                }
            }
        }
        impl ResponseFormatText {
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::ResponseFormatTextType>,
                T::Error: ::std::fmt::Display,
            {
                self.type_ = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for type_: {e}"));
                self
            }
        }
        impl ::std::convert::TryFrom<ResponseFormatText> for super::ResponseFormatText {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ResponseFormatText,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    type_: value.type_?,
                })
            }
        }
        impl ::std::convert::From<super::ResponseFormatText> for ResponseFormatText {
            fn from(value: super::ResponseFormatText) -> Self {
                Self {
                    type_: Ok(value.type_),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ResponseFunctionTool {
            description: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            name: ::std::result::Result<super::ResponseFunctionToolName, ::std::string::String>,
            parameters: ::std::result::Result<
                ::std::option::Option<super::FunctionParameters>,
                ::std::string::String,
            >,
            strict: ::std::result::Result<::std::option::Option<bool>, ::std::string::String>,
            type_: ::std::result::Result<super::ResponseFunctionToolType, ::std::string::String>,
        }
        impl ::std::default::Default for ResponseFunctionTool {
            fn default() -> Self {
                Self {
                    description: Ok(Default::default()),
                    name: Err("no value supplied for name".to_string()),
                    parameters: Err("no value supplied for parameters".to_string()),
                    strict: Err("no value supplied for strict".to_string()),
                    type_: Err("no value supplied for type_".to_string()),
                }
            }
        }
        impl ResponseFunctionTool {
            pub fn description<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.description = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for description: {e}"));
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::ResponseFunctionToolName>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for name: {e}"));
                self
            }
            pub fn parameters<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::FunctionParameters>>,
                T::Error: ::std::fmt::Display,
            {
                self.parameters = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for parameters: {e}"));
                self
            }
            pub fn strict<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.strict = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for strict: {e}"));
                self
            }
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::ResponseFunctionToolType>,
                T::Error: ::std::fmt::Display,
            {
                self.type_ = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for type_: {e}"));
                self
            }
        }
        impl ::std::convert::TryFrom<ResponseFunctionTool> for super::ResponseFunctionTool {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ResponseFunctionTool,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    description: value.description?,
                    name: value.name?,
                    parameters: value.parameters?,
                    strict: value.strict?,
                    type_: value.type_?,
                })
            }
        }
        impl ::std::convert::From<super::ResponseFunctionTool> for ResponseFunctionTool {
            fn from(value: super::ResponseFunctionTool) -> Self {
                Self {
                    description: Ok(value.description),
                    name: Ok(value.name),
                    parameters: Ok(value.parameters),
                    strict: Ok(value.strict),
                    type_: Ok(value.type_),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ResponseInputContent {
            annotations: ::std::result::Result<
                ::std::vec::Vec<::serde_json::Map<::std::string::String, ::serde_json::Value>>,
                ::std::string::String,
            >,
            logprobs: ::std::result::Result<
                ::std::vec::Vec<::serde_json::Map<::std::string::String, ::serde_json::Value>>,
                ::std::string::String,
            >,
            text: ::std::result::Result<::std::string::String, ::std::string::String>,
            type_: ::std::result::Result<super::ResponseInputContentType, ::std::string::String>,
        }
        impl ::std::default::Default for ResponseInputContent {
            fn default() -> Self {
                Self {
                    annotations: Ok(Default::default()),
                    logprobs: Ok(Default::default()),
                    text: Err("no value supplied for text".to_string()),
                    type_: Err("no value supplied for type_".to_string()),
                }
            }
        }
        impl ResponseInputContent {
            pub fn annotations<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::vec::Vec<::serde_json::Map<::std::string::String, ::serde_json::Value>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.annotations = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for annotations: {e}"));
                self
            }
            pub fn logprobs<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::vec::Vec<::serde_json::Map<::std::string::String, ::serde_json::Value>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.logprobs = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for logprobs: {e}"));
                self
            }
            pub fn text<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.text = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for text: {e}"));
                self
            }
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::ResponseInputContentType>,
                T::Error: ::std::fmt::Display,
            {
                self.type_ = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for type_: {e}"));
                self
            }
        }
        impl ::std::convert::TryFrom<ResponseInputContent> for super::ResponseInputContent {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ResponseInputContent,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    annotations: value.annotations?,
                    logprobs: value.logprobs?,
                    text: value.text?,
                    type_: value.type_?,
                })
            }
        }
        impl ::std::convert::From<super::ResponseInputContent> for ResponseInputContent {
            fn from(value: super::ResponseInputContent) -> Self {
                Self {
                    annotations: Ok(value.annotations),
                    logprobs: Ok(value.logprobs),
                    text: Ok(value.text),
                    type_: Ok(value.type_),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ResponseInputMessage {
            content:
                ::std::result::Result<super::ResponseInputMessageContent, ::std::string::String>,
            id: ::std::result::Result<
                ::std::option::Option<super::ResponseInputMessageId>,
                ::std::string::String,
            >,
            role: ::std::result::Result<super::ResponseInputMessageRole, ::std::string::String>,
            status: ::std::result::Result<
                ::std::option::Option<super::ResponseInputMessageStatus>,
                ::std::string::String,
            >,
            type_: ::std::result::Result<
                ::std::option::Option<super::ResponseInputMessageType>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ResponseInputMessage {
            fn default() -> Self {
                Self {
                    content: Err("no value supplied for content".to_string()),
                    id: Ok(Default::default()),
                    role: Err("no value supplied for role".to_string()),
                    status: Ok(Default::default()),
                    type_: Ok(Default::default()),
                }
            }
        }
        impl ResponseInputMessage {
            pub fn content<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::ResponseInputMessageContent>,
                T::Error: ::std::fmt::Display,
            {
                self.content = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for content: {e}"));
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::ResponseInputMessageId>>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn role<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::ResponseInputMessageRole>,
                T::Error: ::std::fmt::Display,
            {
                self.role = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for role: {e}"));
                self
            }
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::ResponseInputMessageStatus>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for status: {e}"));
                self
            }
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::ResponseInputMessageType>>,
                T::Error: ::std::fmt::Display,
            {
                self.type_ = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for type_: {e}"));
                self
            }
        }
        impl ::std::convert::TryFrom<ResponseInputMessage> for super::ResponseInputMessage {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ResponseInputMessage,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    content: value.content?,
                    id: value.id?,
                    role: value.role?,
                    status: value.status?,
                    type_: value.type_?,
                })
            }
        }
        impl ::std::convert::From<super::ResponseInputMessage> for ResponseInputMessage {
            fn from(value: super::ResponseInputMessage) -> Self {
                Self {
                    content: Ok(value.content),
                    id: Ok(value.id),
                    role: Ok(value.role),
                    status: Ok(value.status),
                    type_: Ok(value.type_),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ResponseItemList {
            data:
                ::std::result::Result<::std::vec::Vec<super::ItemResource>, ::std::string::String>,
            first_id: ::std::result::Result<::std::string::String, ::std::string::String>,
            has_more: ::std::result::Result<bool, ::std::string::String>,
            last_id: ::std::result::Result<::std::string::String, ::std::string::String>,
            object: ::std::result::Result<super::ResponseItemListObject, ::std::string::String>,
        }
        impl ::std::default::Default for ResponseItemList {
            fn default() -> Self {
                Self {
                    data: Err("no value supplied for data".to_string()),
                    first_id: Err("no value supplied for first_id".to_string()),
                    has_more: Err("no value supplied for has_more".to_string()),
                    last_id: Err("no value supplied for last_id".to_string()),
                    object: Err("no value supplied for object".to_string()),
                }
            }
        }
        impl ResponseItemList {
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::ItemResource>>,
                T::Error: ::std::fmt::Display,
            {
                self.data = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for data: {e}"));
                self
            }
            pub fn first_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.first_id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for first_id: {e}"));
                self
            }
            pub fn has_more<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.has_more = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for has_more: {e}"));
                self
            }
            pub fn last_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.last_id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for last_id: {e}"));
                self
            }
            pub fn object<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::ResponseItemListObject>,
                T::Error: ::std::fmt::Display,
            {
                self.object = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for object: {e}"));
                self
            }
        }
        impl ::std::convert::TryFrom<ResponseItemList> for super::ResponseItemList {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ResponseItemList,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    data: value.data?,
                    first_id: value.first_id?,
                    has_more: value.has_more?,
                    last_id: value.last_id?,
                    object: value.object?,
                })
            }
        }
        impl ::std::convert::From<super::ResponseItemList> for ResponseItemList {
            fn from(value: super::ResponseItemList) -> Self {
                Self {
                    data: Ok(value.data),
                    first_id: Ok(value.first_id),
                    has_more: Ok(value.has_more),
                    last_id: Ok(value.last_id),
                    object: Ok(value.object),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ResponseLogProb {
            logprob: ::std::result::Result<f64, ::std::string::String>,
            token: ::std::result::Result<::std::string::String, ::std::string::String>,
            top_logprobs: ::std::result::Result<
                ::std::vec::Vec<super::ResponseLogProbTopLogprobsItem>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ResponseLogProb {
            fn default() -> Self {
                Self {
                    logprob: Err("no value supplied for logprob".to_string()),
                    token: Err("no value supplied for token".to_string()),
                    top_logprobs: Ok(Default::default()),
                }
            }
        }
        impl ResponseLogProb {
            pub fn logprob<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<f64>,
                T::Error: ::std::fmt::Display,
            {
                self.logprob = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for logprob: {e}"));
                self
            }
            pub fn token<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.token = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for token: {e}"));
                self
            }
            pub fn top_logprobs<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::ResponseLogProbTopLogprobsItem>>,
                T::Error: ::std::fmt::Display,
            {
                self.top_logprobs = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for top_logprobs: {e}"));
                self
            }
        }
        impl ::std::convert::TryFrom<ResponseLogProb> for super::ResponseLogProb {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ResponseLogProb,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    logprob: value.logprob?,
                    token: value.token?,
                    top_logprobs: value.top_logprobs?,
                })
            }
        }
        impl ::std::convert::From<super::ResponseLogProb> for ResponseLogProb {
            fn from(value: super::ResponseLogProb) -> Self {
                Self {
                    logprob: Ok(value.logprob),
                    token: Ok(value.token),
                    top_logprobs: Ok(value.top_logprobs),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ResponseLogProbTopLogprobsItem {
            logprob: ::std::result::Result<::std::option::Option<f64>, ::std::string::String>,
            token: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ResponseLogProbTopLogprobsItem {
            fn default() -> Self {
                Self {
                    logprob: Ok(Default::default()),
                    token: Ok(Default::default()),
                }
            }
        }
        impl ResponseLogProbTopLogprobsItem {
            pub fn logprob<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<f64>>,
                T::Error: ::std::fmt::Display,
            {
                self.logprob = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for logprob: {e}"));
                self
            }
            pub fn token<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.token = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for token: {e}"));
                self
            }
        }
        impl ::std::convert::TryFrom<ResponseLogProbTopLogprobsItem>
            for super::ResponseLogProbTopLogprobsItem
        {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ResponseLogProbTopLogprobsItem,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    logprob: value.logprob?,
                    token: value.token?,
                })
            }
        }
        impl ::std::convert::From<super::ResponseLogProbTopLogprobsItem>
            for ResponseLogProbTopLogprobsItem
        {
            fn from(value: super::ResponseLogProbTopLogprobsItem) -> Self {
                Self {
                    logprob: Ok(value.logprob),
                    token: Ok(value.token),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ResponseTextConfig {
            format: ::std::result::Result<
                ::std::option::Option<super::ResponseTextFormat>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ResponseTextConfig {
            fn default() -> Self {
                Self {
                    format: Ok(Default::default()),
                }
            }
        }
        impl ResponseTextConfig {
            pub fn format<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::ResponseTextFormat>>,
                T::Error: ::std::fmt::Display,
            {
                self.format = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for format: {e}"));
                self
            }
        }
        impl ::std::convert::TryFrom<ResponseTextConfig> for super::ResponseTextConfig {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ResponseTextConfig,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    format: value.format?,
                })
            }
        }
        impl ::std::convert::From<super::ResponseTextConfig> for ResponseTextConfig {
            fn from(value: super::ResponseTextConfig) -> Self {
                Self {
                    format: Ok(value.format),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ResponseToolChoiceFunction {
            name:
                ::std::result::Result<super::ResponseToolChoiceFunctionName, ::std::string::String>,
            type_:
                ::std::result::Result<super::ResponseToolChoiceFunctionType, ::std::string::String>,
        }
        impl ::std::default::Default for ResponseToolChoiceFunction {
            fn default() -> Self {
                Self {
                    name: Err("no value supplied for name".to_string()),
                    type_: Err("no value supplied for type_".to_string()),
                }
            }
        }
        impl ResponseToolChoiceFunction {
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::ResponseToolChoiceFunctionName>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for name: {e}"));
                self
            }
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::ResponseToolChoiceFunctionType>,
                T::Error: ::std::fmt::Display,
            {
                self.type_ = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for type_: {e}"));
                self
            }
        }
        impl ::std::convert::TryFrom<ResponseToolChoiceFunction> for super::ResponseToolChoiceFunction {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ResponseToolChoiceFunction,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    name: value.name?,
                    type_: value.type_?,
                })
            }
        }
        impl ::std::convert::From<super::ResponseToolChoiceFunction> for ResponseToolChoiceFunction {
            fn from(value: super::ResponseToolChoiceFunction) -> Self {
                Self {
                    name: Ok(value.name),
                    type_: Ok(value.type_),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ResponseUsage {
            input_tokens: ::std::result::Result<super::TokenCount, ::std::string::String>,
            input_tokens_details: ::std::result::Result<
                super::ResponseUsageInputTokensDetails,
                ::std::string::String,
            >,
            output_tokens: ::std::result::Result<super::TokenCount, ::std::string::String>,
            output_tokens_details: ::std::result::Result<
                super::ResponseUsageOutputTokensDetails,
                ::std::string::String,
            >,
            total_tokens: ::std::result::Result<super::TokenCount, ::std::string::String>,
        }
        impl ::std::default::Default for ResponseUsage {
            fn default() -> Self {
                Self {
                    input_tokens: Err("no value supplied for input_tokens".to_string()),
                    input_tokens_details: Err(
                        "no value supplied for input_tokens_details".to_string()
                    ),
                    output_tokens: Err("no value supplied for output_tokens".to_string()),
                    output_tokens_details: Err(
                        "no value supplied for output_tokens_details".to_string()
                    ),
                    total_tokens: Err("no value supplied for total_tokens".to_string()),
                }
            }
        }
        impl ResponseUsage {
            pub fn input_tokens<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::TokenCount>,
                T::Error: ::std::fmt::Display,
            {
                self.input_tokens = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for input_tokens: {e}"));
                self
            }
            pub fn input_tokens_details<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::ResponseUsageInputTokensDetails>,
                T::Error: ::std::fmt::Display,
            {
                self.input_tokens_details = value.try_into().map_err(|e| {
                    format!("error converting supplied value for input_tokens_details: {e}")
                });
                self
            }
            pub fn output_tokens<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::TokenCount>,
                T::Error: ::std::fmt::Display,
            {
                self.output_tokens = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for output_tokens: {e}"));
                self
            }
            pub fn output_tokens_details<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::ResponseUsageOutputTokensDetails>,
                T::Error: ::std::fmt::Display,
            {
                self.output_tokens_details = value.try_into().map_err(|e| {
                    format!("error converting supplied value for output_tokens_details: {e}")
                });
                self
            }
            pub fn total_tokens<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::TokenCount>,
                T::Error: ::std::fmt::Display,
            {
                self.total_tokens = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for total_tokens: {e}"));
                self
            }
        }
        impl ::std::convert::TryFrom<ResponseUsage> for super::ResponseUsage {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ResponseUsage,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    input_tokens: value.input_tokens?,
                    input_tokens_details: value.input_tokens_details?,
                    output_tokens: value.output_tokens?,
                    output_tokens_details: value.output_tokens_details?,
                    total_tokens: value.total_tokens?,
                })
            }
        }
        impl ::std::convert::From<super::ResponseUsage> for ResponseUsage {
            fn from(value: super::ResponseUsage) -> Self {
                Self {
                    input_tokens: Ok(value.input_tokens),
                    input_tokens_details: Ok(value.input_tokens_details),
                    output_tokens: Ok(value.output_tokens),
                    output_tokens_details: Ok(value.output_tokens_details),
                    total_tokens: Ok(value.total_tokens),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ResponseUsageInputTokensDetails {
            cache_write_tokens: ::std::result::Result<super::TokenCount, ::std::string::String>,
            cached_tokens: ::std::result::Result<super::TokenCount, ::std::string::String>,
        }
        impl ::std::default::Default for ResponseUsageInputTokensDetails {
            fn default() -> Self {
                Self {
                    cache_write_tokens: Err("no value supplied for cache_write_tokens".to_string()),
                    cached_tokens: Err("no value supplied for cached_tokens".to_string()),
                }
            }
        }
        impl ResponseUsageInputTokensDetails {
            pub fn cache_write_tokens<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::TokenCount>,
                T::Error: ::std::fmt::Display,
            {
                self.cache_write_tokens = value.try_into().map_err(|e| {
                    format!("error converting supplied value for cache_write_tokens: {e}")
                });
                self
            }
            pub fn cached_tokens<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::TokenCount>,
                T::Error: ::std::fmt::Display,
            {
                self.cached_tokens = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for cached_tokens: {e}"));
                self
            }
        }
        impl ::std::convert::TryFrom<ResponseUsageInputTokensDetails>
            for super::ResponseUsageInputTokensDetails
        {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ResponseUsageInputTokensDetails,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    cache_write_tokens: value.cache_write_tokens?,
                    cached_tokens: value.cached_tokens?,
                })
            }
        }
        impl ::std::convert::From<super::ResponseUsageInputTokensDetails>
            for ResponseUsageInputTokensDetails
        {
            fn from(value: super::ResponseUsageInputTokensDetails) -> Self {
                Self {
                    cache_write_tokens: Ok(value.cache_write_tokens),
                    cached_tokens: Ok(value.cached_tokens),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ResponseUsageOutputTokensDetails {
            reasoning_tokens: ::std::result::Result<super::TokenCount, ::std::string::String>,
        }
        impl ::std::default::Default for ResponseUsageOutputTokensDetails {
            fn default() -> Self {
                Self {
                    reasoning_tokens: Err("no value supplied for reasoning_tokens".to_string()),
                }
            }
        }
        impl ResponseUsageOutputTokensDetails {
            pub fn reasoning_tokens<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::TokenCount>,
                T::Error: ::std::fmt::Display,
            {
                self.reasoning_tokens = value.try_into().map_err(|e| {
                    format!("error converting supplied value for reasoning_tokens: {e}")
                });
                self
            }
        }
        impl ::std::convert::TryFrom<ResponseUsageOutputTokensDetails>
            for super::ResponseUsageOutputTokensDetails
        {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ResponseUsageOutputTokensDetails,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    reasoning_tokens: value.reasoning_tokens?,
                })
            }
        }
        impl ::std::convert::From<super::ResponseUsageOutputTokensDetails>
            for ResponseUsageOutputTokensDetails
        {
            fn from(value: super::ResponseUsageOutputTokensDetails) -> Self {
                Self {
                    reasoning_tokens: Ok(value.reasoning_tokens),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct SearchHit {
            id: ::std::result::Result<::std::string::String, ::std::string::String>,
            metadata: ::std::result::Result<
                ::std::option::Option<super::VectorMetadata>,
                ::std::string::String,
            >,
            score: ::std::result::Result<f64, ::std::string::String>,
            text: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            vector: ::std::result::Result<::std::vec::Vec<f64>, ::std::string::String>,
        }
        impl ::std::default::Default for SearchHit {
            fn default() -> Self {
                Self {
                    id: Err("no value supplied for id".to_string()),
                    metadata: Ok(Default::default()),
                    score: Err("no value supplied for score".to_string()),
                    text: Ok(Default::default()),
                    vector: Ok(Default::default()),
                }
            }
        }
        impl SearchHit {
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn metadata<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::VectorMetadata>>,
                T::Error: ::std::fmt::Display,
            {
                self.metadata = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for metadata: {e}"));
                self
            }
            pub fn score<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<f64>,
                T::Error: ::std::fmt::Display,
            {
                self.score = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for score: {e}"));
                self
            }
            pub fn text<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.text = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for text: {e}"));
                self
            }
            pub fn vector<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<f64>>,
                T::Error: ::std::fmt::Display,
            {
                self.vector = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for vector: {e}"));
                self
            }
        }
        impl ::std::convert::TryFrom<SearchHit> for super::SearchHit {
            type Error = super::error::ConversionError;
            fn try_from(
                value: SearchHit,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    id: value.id?,
                    metadata: value.metadata?,
                    score: value.score?,
                    text: value.text?,
                    vector: value.vector?,
                })
            }
        }
        impl ::std::convert::From<super::SearchHit> for SearchHit {
            fn from(value: super::SearchHit) -> Self {
                Self {
                    id: Ok(value.id),
                    metadata: Ok(value.metadata),
                    score: Ok(value.score),
                    text: Ok(value.text),
                    vector: Ok(value.vector),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct SearchIndexResponse {
            data: ::std::result::Result<::std::vec::Vec<super::SearchHit>, ::std::string::String>,
            index_id: ::std::result::Result<::std::string::String, ::std::string::String>,
            object: ::std::result::Result<super::SearchIndexResponseObject, ::std::string::String>,
            usage: ::std::result::Result<super::EmbeddingUsage, ::std::string::String>,
        }
        impl ::std::default::Default for SearchIndexResponse {
            fn default() -> Self {
                Self {
                    data: Err("no value supplied for data".to_string()),
                    index_id: Err("no value supplied for index_id".to_string()),
                    object: Err("no value supplied for object".to_string()),
                    usage: Err("no value supplied for usage".to_string()),
                }
            }
        }
        impl SearchIndexResponse {
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::SearchHit>>,
                T::Error: ::std::fmt::Display,
            {
                self.data = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for data: {e}"));
                self
            }
            pub fn index_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.index_id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for index_id: {e}"));
                self
            }
            pub fn object<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::SearchIndexResponseObject>,
                T::Error: ::std::fmt::Display,
            {
                self.object = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for object: {e}"));
                self
            }
            pub fn usage<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::EmbeddingUsage>,
                T::Error: ::std::fmt::Display,
            {
                self.usage = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for usage: {e}"));
                self
            }
        }
        impl ::std::convert::TryFrom<SearchIndexResponse> for super::SearchIndexResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: SearchIndexResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    data: value.data?,
                    index_id: value.index_id?,
                    object: value.object?,
                    usage: value.usage?,
                })
            }
        }
        impl ::std::convert::From<super::SearchIndexResponse> for SearchIndexResponse {
            fn from(value: super::SearchIndexResponse) -> Self {
                Self {
                    data: Ok(value.data),
                    index_id: Ok(value.index_id),
                    object: Ok(value.object),
                    usage: Ok(value.usage),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct TokenCountsBody {
            conversation: ::std::result::Result<
                ::std::option::Option<super::ConversationParam>,
                ::std::string::String,
            >,
            input: ::std::result::Result<
                ::std::option::Option<super::ResponseInput>,
                ::std::string::String,
            >,
            instructions: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            model: ::std::result::Result<
                ::std::option::Option<super::TokenCountsBodyModel>,
                ::std::string::String,
            >,
            parallel_tool_calls:
                ::std::result::Result<::std::option::Option<bool>, ::std::string::String>,
            previous_response_id: ::std::result::Result<
                ::std::option::Option<super::TokenCountsBodyPreviousResponseId>,
                ::std::string::String,
            >,
            text: ::std::result::Result<
                ::std::option::Option<super::ResponseTextConfig>,
                ::std::string::String,
            >,
            tool_choice: ::std::result::Result<
                ::std::option::Option<super::ResponseToolChoice>,
                ::std::string::String,
            >,
            tools: ::std::result::Result<
                ::std::option::Option<::std::vec::Vec<super::ResponseFunctionTool>>,
                ::std::string::String,
            >,
            truncation: ::std::result::Result<
                ::std::option::Option<super::TokenCountsBodyTruncation>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for TokenCountsBody {
            fn default() -> Self {
                Self {
                    conversation: Ok(Default::default()),
                    input: Ok(Default::default()),
                    instructions: Ok(Default::default()),
                    model: Ok(Default::default()),
                    parallel_tool_calls: Ok(Default::default()),
                    previous_response_id: Ok(Default::default()),
                    text: Ok(Default::default()),
                    tool_choice: Ok(Default::default()),
                    tools: Ok(Default::default()),
                    truncation: Ok(Default::default()),
                }
            }
        }
        impl TokenCountsBody {
            pub fn conversation<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::ConversationParam>>,
                T::Error: ::std::fmt::Display,
            {
                self.conversation = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for conversation: {e}"));
                self
            }
            pub fn input<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::ResponseInput>>,
                T::Error: ::std::fmt::Display,
            {
                self.input = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for input: {e}"));
                self
            }
            pub fn instructions<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.instructions = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for instructions: {e}"));
                self
            }
            pub fn model<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::TokenCountsBodyModel>>,
                T::Error: ::std::fmt::Display,
            {
                self.model = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for model: {e}"));
                self
            }
            pub fn parallel_tool_calls<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.parallel_tool_calls = value.try_into().map_err(|e| {
                    format!("error converting supplied value for parallel_tool_calls: {e}")
                });
                self
            }
            pub fn previous_response_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::TokenCountsBodyPreviousResponseId>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.previous_response_id = value.try_into().map_err(|e| {
                    format!("error converting supplied value for previous_response_id: {e}")
                });
                self
            }
            pub fn text<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::ResponseTextConfig>>,
                T::Error: ::std::fmt::Display,
            {
                self.text = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for text: {e}"));
                self
            }
            pub fn tool_choice<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::ResponseToolChoice>>,
                T::Error: ::std::fmt::Display,
            {
                self.tool_choice = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for tool_choice: {e}"));
                self
            }
            pub fn tools<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::std::vec::Vec<super::ResponseFunctionTool>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.tools = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for tools: {e}"));
                self
            }
            pub fn truncation<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::TokenCountsBodyTruncation>>,
                T::Error: ::std::fmt::Display,
            {
                self.truncation = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for truncation: {e}"));
                self
            }
        }
        impl ::std::convert::TryFrom<TokenCountsBody> for super::TokenCountsBody {
            type Error = super::error::ConversionError;
            fn try_from(
                value: TokenCountsBody,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    conversation: value.conversation?,
                    input: value.input?,
                    instructions: value.instructions?,
                    model: value.model?,
                    parallel_tool_calls: value.parallel_tool_calls?,
                    previous_response_id: value.previous_response_id?,
                    text: value.text?,
                    tool_choice: value.tool_choice?,
                    tools: value.tools?,
                    truncation: value.truncation?,
                })
            }
        }
        impl ::std::convert::From<super::TokenCountsBody> for TokenCountsBody {
            fn from(value: super::TokenCountsBody) -> Self {
                Self {
                    conversation: Ok(value.conversation),
                    input: Ok(value.input),
                    instructions: Ok(value.instructions),
                    model: Ok(value.model),
                    parallel_tool_calls: Ok(value.parallel_tool_calls),
                    previous_response_id: Ok(value.previous_response_id),
                    text: Ok(value.text),
                    tool_choice: Ok(value.tool_choice),
                    tools: Ok(value.tools),
                    truncation: Ok(value.truncation),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct TokenCountsResource {
            input_tokens: ::std::result::Result<super::TokenCount, ::std::string::String>,
            object: ::std::result::Result<super::TokenCountsResourceObject, ::std::string::String>,
        }
        impl ::std::default::Default for TokenCountsResource {
            fn default() -> Self {
                Self {
                    input_tokens: Err("no value supplied for input_tokens".to_string()),
                    object: Err("no value supplied for object".to_string()),
                }
            }
        }
        impl TokenCountsResource {
            pub fn input_tokens<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::TokenCount>,
                T::Error: ::std::fmt::Display,
            {
                self.input_tokens = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for input_tokens: {e}"));
                self
            }
            pub fn object<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::TokenCountsResourceObject>,
                T::Error: ::std::fmt::Display,
            {
                self.object = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for object: {e}"));
                self
            }
        }
        impl ::std::convert::TryFrom<TokenCountsResource> for super::TokenCountsResource {
            type Error = super::error::ConversionError;
            fn try_from(
                value: TokenCountsResource,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    input_tokens: value.input_tokens?,
                    object: value.object?,
                })
            }
        }
        impl ::std::convert::From<super::TokenCountsResource> for TokenCountsResource {
            fn from(value: super::TokenCountsResource) -> Self {
                Self {
                    input_tokens: Ok(value.input_tokens),
                    object: Ok(value.object),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct UpdateConversationRequest {
            metadata: ::std::result::Result<super::Metadata, ::std::string::String>,
        }
        impl ::std::default::Default for UpdateConversationRequest {
            fn default() -> Self {
                Self {
                    metadata: Err("no value supplied for metadata".to_string()),
                }
            }
        }
        impl UpdateConversationRequest {
            pub fn metadata<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::Metadata>,
                T::Error: ::std::fmt::Display,
            {
                self.metadata = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for metadata: {e}"));
                self
            }
        }
        impl ::std::convert::TryFrom<UpdateConversationRequest> for super::UpdateConversationRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: UpdateConversationRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    metadata: value.metadata?,
                })
            }
        }
        impl ::std::convert::From<super::UpdateConversationRequest> for UpdateConversationRequest {
            fn from(value: super::UpdateConversationRequest) -> Self {
                Self {
                    metadata: Ok(value.metadata),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct UpsertVectorsRequest {
            vectors:
                ::std::result::Result<::std::vec::Vec<super::VectorItem>, ::std::string::String>,
        }
        impl ::std::default::Default for UpsertVectorsRequest {
            fn default() -> Self {
                Self {
                    vectors: Err("no value supplied for vectors".to_string()),
                }
            }
        }
        impl UpsertVectorsRequest {
            pub fn vectors<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::VectorItem>>,
                T::Error: ::std::fmt::Display,
            {
                self.vectors = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for vectors: {e}"));
                self
            }
        }
        impl ::std::convert::TryFrom<UpsertVectorsRequest> for super::UpsertVectorsRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: UpsertVectorsRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    vectors: value.vectors?,
                })
            }
        }
        impl ::std::convert::From<super::UpsertVectorsRequest> for UpsertVectorsRequest {
            fn from(value: super::UpsertVectorsRequest) -> Self {
                Self {
                    vectors: Ok(value.vectors),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct UpsertVectorsResponse {
            dimension: ::std::result::Result<::std::num::NonZeroU64, ::std::string::String>,
            ids: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            index_id: ::std::result::Result<::std::string::String, ::std::string::String>,
            object:
                ::std::result::Result<super::UpsertVectorsResponseObject, ::std::string::String>,
            upserted_count: ::std::result::Result<u64, ::std::string::String>,
            usage: ::std::result::Result<super::EmbeddingUsage, ::std::string::String>,
        }
        impl ::std::default::Default for UpsertVectorsResponse {
            fn default() -> Self {
                Self {
                    dimension: Err("no value supplied for dimension".to_string()),
                    ids: Err("no value supplied for ids".to_string()),
                    index_id: Err("no value supplied for index_id".to_string()),
                    object: Err("no value supplied for object".to_string()),
                    upserted_count: Err("no value supplied for upserted_count".to_string()),
                    usage: Err("no value supplied for usage".to_string()),
                }
            }
        }
        impl UpsertVectorsResponse {
            pub fn dimension<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::num::NonZeroU64>,
                T::Error: ::std::fmt::Display,
            {
                self.dimension = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for dimension: {e}"));
                self
            }
            pub fn ids<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.ids = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for ids: {e}"));
                self
            }
            pub fn index_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.index_id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for index_id: {e}"));
                self
            }
            pub fn object<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::UpsertVectorsResponseObject>,
                T::Error: ::std::fmt::Display,
            {
                self.object = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for object: {e}"));
                self
            }
            pub fn upserted_count<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<u64>,
                T::Error: ::std::fmt::Display,
            {
                self.upserted_count = value.try_into().map_err(|e| {
                    format!("error converting supplied value for upserted_count: {e}")
                });
                self
            }
            pub fn usage<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::EmbeddingUsage>,
                T::Error: ::std::fmt::Display,
            {
                self.usage = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for usage: {e}"));
                self
            }
        }
        impl ::std::convert::TryFrom<UpsertVectorsResponse> for super::UpsertVectorsResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: UpsertVectorsResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    dimension: value.dimension?,
                    ids: value.ids?,
                    index_id: value.index_id?,
                    object: value.object?,
                    upserted_count: value.upserted_count?,
                    usage: value.usage?,
                })
            }
        }
        impl ::std::convert::From<super::UpsertVectorsResponse> for UpsertVectorsResponse {
            fn from(value: super::UpsertVectorsResponse) -> Self {
                Self {
                    dimension: Ok(value.dimension),
                    ids: Ok(value.ids),
                    index_id: Ok(value.index_id),
                    object: Ok(value.object),
                    upserted_count: Ok(value.upserted_count),
                    usage: Ok(value.usage),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ValidationIssue {
            message: ::std::result::Result<::std::string::String, ::std::string::String>,
            param: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for ValidationIssue {
            fn default() -> Self {
                Self {
                    message: Err("no value supplied for message".to_string()),
                    param: Err("no value supplied for param".to_string()),
                }
            }
        }
        impl ValidationIssue {
            pub fn message<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.message = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for message: {e}"));
                self
            }
            pub fn param<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.param = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for param: {e}"));
                self
            }
        }
        impl ::std::convert::TryFrom<ValidationIssue> for super::ValidationIssue {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ValidationIssue,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    message: value.message?,
                    param: value.param?,
                })
            }
        }
        impl ::std::convert::From<super::ValidationIssue> for ValidationIssue {
            fn from(value: super::ValidationIssue) -> Self {
                Self {
                    message: Ok(value.message),
                    param: Ok(value.param),
                }
            }
        }
    }
    /// Generation of default values for serde.
    pub mod defaults {
        pub(super) fn default_bool<const V: bool>() -> bool {
            V
        }
        pub(super) fn default_i64<T, const V: i64>() -> T
        where
            T: ::std::convert::TryFrom<i64>,
            <T as ::std::convert::TryFrom<i64>>::Error: ::std::fmt::Debug,
        {
            T::try_from(V).unwrap()
        }
        pub(super) fn default_nzu64<T, const V: u64>() -> T
        where
            T: ::std::convert::TryFrom<::std::num::NonZeroU64>,
            <T as ::std::convert::TryFrom<::std::num::NonZeroU64>>::Error: ::std::fmt::Debug,
        {
            T::try_from(::std::num::NonZeroU64::try_from(V).unwrap()).unwrap()
        }
        pub(super) fn chat_function_strict() -> ::std::option::Option<bool> {
            ::std::option::Option::Some(false)
        }
        pub(super) fn chat_response_format_json_schema_json_schema_strict(
        ) -> ::std::option::Option<bool> {
            ::std::option::Option::Some(false)
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
        pub(super) fn create_response_request_background() -> ::std::option::Option<bool> {
            ::std::option::Option::Some(false)
        }
        pub(super) fn create_response_request_parallel_tool_calls() -> ::std::option::Option<bool> {
            ::std::option::Option::Some(true)
        }
        pub(super) fn create_response_request_store() -> ::std::option::Option<bool> {
            ::std::option::Option::Some(true)
        }
        pub(super) fn create_response_request_stream() -> ::std::option::Option<bool> {
            ::std::option::Option::Some(false)
        }
        pub(super) fn create_response_request_truncation(
        ) -> ::std::option::Option<super::CreateResponseRequestTruncation> {
            ::std::option::Option::Some(super::CreateResponseRequestTruncation::Disabled)
        }
        pub(super) fn dream_constraints_steps() -> ::std::vec::Vec<super::DreamStep> {
            vec![
                super::DreamStep::Imagine,
                super::DreamStep::Expand,
                super::DreamStep::Critique,
            ]
        }
        pub(super) fn hybrid_weights_text() -> f64 {
            1.0_f64
        }
        pub(super) fn hybrid_weights_vector() -> f64 {
            1.0_f64
        }
        pub(super) fn response_format_json_schema_strict() -> ::std::option::Option<bool> {
            ::std::option::Option::Some(false)
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
- `x-lukhas-if` on a link holds the conditions under which it applies: a runtime expression
  and the values it may have (`null` for absent).
- `x-lukhas-rule-errors` on an operation lists the `error.code`s of the 400s a schema-valid
  request can still get, for breaking a rule the operation states (a stored object it names is
  missing, two fields exclude each other, a tool choice names no tool, a schema cannot be
  enforced).
- `x-lukhas-errors` under `components` is the error catalogue: every `error.code` the API answers
  with, its status, type, when it happens and what to do (rendered as docs/errors.md).
- `x-lukhas-greedy` on a path parameter means the value may contain `/` (sent raw or as `%2F`).
- `x-lukhas-sse-terminator` on a `text/event-stream` media type names the final sentinel data line.
- `x-openai-schema` on a schema names the schema of OpenAI's document it mirrors field for field;
  `x-openai-deviation` on a property says why it departs from OpenAI's document there.

Guards (docs/guards.md):
- Every POST takes an `Idempotency-Key` header (1 to 255 visible ASCII characters): the first
  answer is kept for 24 hours and a repeat of the same request gets it again with
  `idempotent-replayed: true` (a stream as a stream); the same key with another request is 422,
  a repeat while the first runs is 409, a malformed key is 400.
- Rate limits answer with `x-ratelimit-*-requests` headers, and `x-ratelimit-*-tokens` on the
  operations that generate or embed; over a limit is 429 with `retry-after`.
- The guardian's policies may refuse a request with 403 `policy_violation`; payment card numbers
  and API-key-like secrets are masked (`[CARD]`, `[SECRET]`) in prompts and outputs by default.


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
impl Client {
    /**Liveness probe

    Answers as long as the process serves HTTP, whatever its dependencies are doing.

    Sends a `GET` request to `/healthz`

    ```ignore
    let response = client.get_health()
        .send()
        .await;
    ```*/
    pub fn get_health(&self) -> builder::GetHealth<'_> {
        builder::GetHealth::new(self)
    }
    /**Readiness probe with per-dependency checks

    200 when every engine and the storage are usable, 503 otherwise; the body lists each check.

    Sends a `GET` request to `/readyz`

    ```ignore
    let response = client.get_readiness()
        .send()
        .await;
    ```*/
    pub fn get_readiness(&self) -> builder::GetReadiness<'_> {
        builder::GetReadiness::new(self)
    }
    /**Prometheus metrics

    Request counts and latency histograms by route and status, in the Prometheus text format.

    Sends a `GET` request to `/metrics`

    ```ignore
    let response = client.get_metrics()
        .send()
        .await;
    ```*/
    pub fn get_metrics(&self) -> builder::GetMetrics<'_> {
        builder::GetMetrics::new(self)
    }
    /**List the models this server serves

    Sends a `GET` request to `/v1/models`

    ```ignore
    let response = client.list_models()
        .send()
        .await;
    ```*/
    pub fn list_models(&self) -> builder::ListModels<'_> {
        builder::ListModels::new(self)
    }
    /**Retrieve one model

    Sends a `GET` request to `/v1/models/{model}`

    Arguments:
    - `model`: The model id; it may contain `/`, sent raw or as `%2F`.
    ```ignore
    let response = client.retrieve_model()
        .model(model)
        .send()
        .await;
    ```*/
    pub fn retrieve_model(&self) -> builder::RetrieveModel<'_> {
        builder::RetrieveModel::new(self)
    }
    /**Create a model response

    Generates a response for `input`, after the context of `previous_response_id` or
    `conversation`. The output is a message, or function calls when `tools` are given (their
    arguments always follow the function's `parameters`); with `text.format` `json_schema` the
    message is JSON that follows the schema. The response is stored unless `store: false`.

    With `stream: true` the answer is a `text/event-stream` of `ResponseStreamEvent` frames:
    `response.created`, `response.in_progress`, then per output item
    `response.output_item.added`, for a message `response.content_part.added`,
    `response.output_text.delta`*, `response.output_text.done`, `response.content_part.done`,
    for a function call `response.function_call_arguments.delta`*,
    `response.function_call_arguments.done`, then `response.output_item.done`; last
    `response.completed` (or `response.incomplete`, `response.failed`). Each frame has an
    increasing `sequence_number`. With `background: true` the answer is the `queued` response
    (or, streamed, its events from `response.queued` on).


    Sends a `POST` request to `/v1/responses`

    ```ignore
    let response = client.create_response()
        .body(body)
        .send()
        .await;
    ```*/
    pub fn create_response(&self) -> builder::CreateResponse<'_> {
        builder::CreateResponse::new(self)
    }
    /**Count the input tokens of a response request

    The number of tokens the model would read for this request: its context (from
    `previous_response_id` or `conversation`), instructions, tools and input, as rendered for
    the model. Nothing is generated or stored.


    Sends a `POST` request to `/v1/responses/input_tokens`

    ```ignore
    let response = client.count_response_input_tokens()
        .body(body)
        .send()
        .await;
    ```*/
    pub fn count_response_input_tokens(&self) -> builder::CountResponseInputTokens<'_> {
        builder::CountResponseInputTokens::new(self)
    }
    /**Retrieve a stored response

    The stored response, as it is now (a background response may still be `queued` or
    `in_progress`). With `stream=true` (background responses only) the answer is its event
    stream, from the start or after `starting_after`, following it live until it ends.


    Sends a `GET` request to `/v1/responses/{response_id}`

    Arguments:
    - `response_id`: The response id (`resp_...`).
    - `starting_after`: With `stream`, only events with a greater `sequence_number`.
    - `stream`: Stream the response's events (background responses only).
    ```ignore
    let response = client.get_response()
        .response_id(response_id)
        .starting_after(starting_after)
        .stream(stream)
        .send()
        .await;
    ```*/
    pub fn get_response(&self) -> builder::GetResponse<'_> {
        builder::GetResponse::new(self)
    }
    /**Delete a stored response

    Deletes the response and the items only it holds (items also in a conversation stay
    there). A background response still running is cancelled first.


    Sends a `DELETE` request to `/v1/responses/{response_id}`

    Arguments:
    - `response_id`: The response id (`resp_...`).
    ```ignore
    let response = client.delete_response()
        .response_id(response_id)
        .send()
        .await;
    ```*/
    pub fn delete_response(&self) -> builder::DeleteResponse<'_> {
        builder::DeleteResponse::new(self)
    }
    /**Cancel a background response

    Stops a `queued` or `in_progress` background response: it ends `cancelled`, and its
    streams end. A response that already ended is returned as it is; one not created with
    `background: true` answers 400.


    Sends a `POST` request to `/v1/responses/{response_id}/cancel`

    Arguments:
    - `response_id`: The response id (`resp_...`).
    ```ignore
    let response = client.cancel_response()
        .response_id(response_id)
        .send()
        .await;
    ```*/
    pub fn cancel_response(&self) -> builder::CancelResponse<'_> {
        builder::CancelResponse::new(self)
    }
    /**List a stored response's input items

    The items the request itself added (its `input`); the context carried over by
    `previous_response_id` or a conversation is listed with the response or conversation it
    came from.


    Sends a `GET` request to `/v1/responses/{response_id}/input_items`

    Arguments:
    - `response_id`: The response id (`resp_...`).
    - `after`: An item id; the page starts after it.
    - `limit`: Items per page.
    - `order`: `asc` (oldest first) or `desc` (newest first, the default).
    ```ignore
    let response = client.list_response_input_items()
        .response_id(response_id)
        .after(after)
        .limit(limit)
        .order(order)
        .send()
        .await;
    ```*/
    pub fn list_response_input_items(&self) -> builder::ListResponseInputItems<'_> {
        builder::ListResponseInputItems::new(self)
    }
    /**Create a conversation

    A conversation holds items (messages, function calls and their outputs) across
    responses: a response created with `conversation` reads them first and adds its input
    and output.


    Sends a `POST` request to `/v1/conversations`

    ```ignore
    let response = client.create_conversation()
        .body(body)
        .send()
        .await;
    ```*/
    pub fn create_conversation(&self) -> builder::CreateConversation<'_> {
        builder::CreateConversation::new(self)
    }
    /**Retrieve a conversation

    Sends a `GET` request to `/v1/conversations/{conversation_id}`

    Arguments:
    - `conversation_id`: The conversation id (`conv_...`).
    ```ignore
    let response = client.get_conversation()
        .conversation_id(conversation_id)
        .send()
        .await;
    ```*/
    pub fn get_conversation(&self) -> builder::GetConversation<'_> {
        builder::GetConversation::new(self)
    }
    /**Replace a conversation's metadata

    Sends a `POST` request to `/v1/conversations/{conversation_id}`

    Arguments:
    - `conversation_id`: The conversation id (`conv_...`).
    - `body`
    ```ignore
    let response = client.update_conversation()
        .conversation_id(conversation_id)
        .body(body)
        .send()
        .await;
    ```*/
    pub fn update_conversation(&self) -> builder::UpdateConversation<'_> {
        builder::UpdateConversation::new(self)
    }
    /**Delete a conversation and its items

    Deletes the conversation and the items only it holds; responses that belonged to it
    stay (with their own references to their items).


    Sends a `DELETE` request to `/v1/conversations/{conversation_id}`

    Arguments:
    - `conversation_id`: The conversation id (`conv_...`).
    ```ignore
    let response = client.delete_conversation()
        .conversation_id(conversation_id)
        .send()
        .await;
    ```*/
    pub fn delete_conversation(&self) -> builder::DeleteConversation<'_> {
        builder::DeleteConversation::new(self)
    }
    /**List a conversation's items

    Sends a `GET` request to `/v1/conversations/{conversation_id}/items`

    Arguments:
    - `conversation_id`: The conversation id (`conv_...`).
    - `after`: An item id; the page starts after it.
    - `limit`: Items per page.
    - `order`: `asc` (oldest first) or `desc` (newest first, the default).
    ```ignore
    let response = client.list_conversation_items()
        .conversation_id(conversation_id)
        .after(after)
        .limit(limit)
        .order(order)
        .send()
        .await;
    ```*/
    pub fn list_conversation_items(&self) -> builder::ListConversationItems<'_> {
        builder::ListConversationItems::new(self)
    }
    /**Add items to a conversation

    Sends a `POST` request to `/v1/conversations/{conversation_id}/items`

    Arguments:
    - `conversation_id`: The conversation id (`conv_...`).
    - `body`
    ```ignore
    let response = client.create_conversation_items()
        .conversation_id(conversation_id)
        .body(body)
        .send()
        .await;
    ```*/
    pub fn create_conversation_items(&self) -> builder::CreateConversationItems<'_> {
        builder::CreateConversationItems::new(self)
    }
    /**Retrieve one item of a conversation

    Sends a `GET` request to `/v1/conversations/{conversation_id}/items/{item_id}`

    Arguments:
    - `conversation_id`: The conversation id (`conv_...`).
    - `item_id`: The item id (`msg_...`, `fc_...`, `fco_...`).
    ```ignore
    let response = client.get_conversation_item()
        .conversation_id(conversation_id)
        .item_id(item_id)
        .send()
        .await;
    ```*/
    pub fn get_conversation_item(&self) -> builder::GetConversationItem<'_> {
        builder::GetConversationItem::new(self)
    }
    /**Remove an item from a conversation

    Sends a `DELETE` request to `/v1/conversations/{conversation_id}/items/{item_id}`

    Arguments:
    - `conversation_id`: The conversation id (`conv_...`).
    - `item_id`: The item id (`msg_...`, `fc_...`, `fco_...`).
    ```ignore
    let response = client.delete_conversation_item()
        .conversation_id(conversation_id)
        .item_id(item_id)
        .send()
        .await;
    ```*/
    pub fn delete_conversation_item(&self) -> builder::DeleteConversationItem<'_> {
        builder::DeleteConversationItem::new(self)
    }
    /**Create a chat completion

    Generates the assistant's next message. With `stream: true` the answer is a `text/event-stream` of
    `chat.completion.chunk` frames ending with `data: [DONE]`; with `stream_options.include_usage` a
    last chunk with `choices: []` carries the usage.


    Sends a `POST` request to `/v1/chat/completions`

    ```ignore
    let response = client.create_chat_completion()
        .body(body)
        .send()
        .await;
    ```*/
    pub fn create_chat_completion(&self) -> builder::CreateChatCompletion<'_> {
        builder::CreateChatCompletion::new(self)
    }
    /**Create embeddings

    Embeds a string, an array of strings, an array of token ids or an array of token-id arrays.
    `encoding_format: base64` (the Python SDK's default) returns little-endian float32 bytes.


    Sends a `POST` request to `/v1/embeddings`

    ```ignore
    let response = client.create_embedding()
        .body(body)
        .send()
        .await;
    ```*/
    pub fn create_embedding(&self) -> builder::CreateEmbedding<'_> {
        builder::CreateEmbedding::new(self)
    }
    /**Run a dream, a multi-step generation trace

    Runs a pipeline of generation steps (imagine -> expand -> critique by default) where each step is
    conditioned on the seed, the constraints and the steps before it. With `stream: true` the answer is
    a `text/event-stream` of `DreamStreamEvent` frames: `dream.step.delta` frames as each step's text is
    generated, one `dream.step.completed` per finished step (its trace), then `dream.completed` with the
    whole dream.


    Sends a `POST` request to `/v1/dreams`

    ```ignore
    let response = client.create_dream()
        .body(body)
        .send()
        .await;
    ```*/
    pub fn create_dream(&self) -> builder::CreateDream<'_> {
        builder::CreateDream::new(self)
    }
    /**List your vector indexes

    Indexes of the caller's tenant, oldest first, paginated with `limit` and `after`.

    Sends a `GET` request to `/v1/indexes`

    Arguments:
    - `after`: An index id; the page starts after it.
    - `limit`: How many indexes to return.
    ```ignore
    let response = client.list_indexes()
        .after(after)
        .limit(limit)
        .send()
        .await;
    ```*/
    pub fn list_indexes(&self) -> builder::ListIndexes<'_> {
        builder::ListIndexes::new(self)
    }
    /**Create a vector index

    Names are unique per tenant. With `dimension` null the first insert fixes it.

    Sends a `POST` request to `/v1/indexes`

    ```ignore
    let response = client.create_index()
        .body(body)
        .send()
        .await;
    ```*/
    pub fn create_index(&self) -> builder::CreateIndex<'_> {
        builder::CreateIndex::new(self)
    }
    /**Retrieve a vector index

    Sends a `GET` request to `/v1/indexes/{index_id}`

    Arguments:
    - `index_id`: The index id (`idx_...`).
    ```ignore
    let response = client.get_index()
        .index_id(index_id)
        .send()
        .await;
    ```*/
    pub fn get_index(&self) -> builder::GetIndex<'_> {
        builder::GetIndex::new(self)
    }
    /**Delete a vector index and all its vectors

    Sends a `DELETE` request to `/v1/indexes/{index_id}`

    Arguments:
    - `index_id`: The index id (`idx_...`).
    ```ignore
    let response = client.delete_index()
        .index_id(index_id)
        .send()
        .await;
    ```*/
    pub fn delete_index(&self) -> builder::DeleteIndex<'_> {
        builder::DeleteIndex::new(self)
    }
    /**Add or replace vectors

    Each item carries either `vector` or `text` (embedded with the index's `embedding_model`). An item
    whose id exists replaces it. The write is durable when the answer arrives. Every vector must have
    the index's dimension (the first write fixes it when the index has none): otherwise 409.


    Sends a `POST` request to `/v1/indexes/{index_id}/vectors`

    Arguments:
    - `index_id`: The index id (`idx_...`).
    - `body`
    ```ignore
    let response = client.upsert_vectors()
        .index_id(index_id)
        .body(body)
        .send()
        .await;
    ```*/
    pub fn upsert_vectors(&self) -> builder::UpsertVectors<'_> {
        builder::UpsertVectors::new(self)
    }
    /**Delete one vector

    Sends a `DELETE` request to `/v1/indexes/{index_id}/vectors/{vector_id}`

    Arguments:
    - `index_id`: The index id (`idx_...`).
    - `vector_id`: The vector's id.
    ```ignore
    let response = client.delete_vector()
        .index_id(index_id)
        .vector_id(vector_id)
        .send()
        .await;
    ```*/
    pub fn delete_vector(&self) -> builder::DeleteVector<'_> {
        builder::DeleteVector::new(self)
    }
    /**Find the nearest vectors, the best text matches, or both

    `mode: vector` (the default): k-nearest-neighbour search by `vector` or by `text` (embedded with
    the index's model), exact on small indexes and through the index's HNSW graph past
    `storage.ann_min_vectors` vectors (docs/indexes.md); `score` is the cosine similarity (angular),
    the dot product (dot) or the negated Euclidean distance (euclidean), so higher is always closer.
    `mode: text`: BM25 full-text search of the stored texts by `text`; `score` is the BM25 score.
    `mode: hybrid`: both, by `text`, fused by reciprocal rank fusion with `weights`; `score` is the
    fused score. Every mode can be restricted to vectors whose metadata equals every pair in
    `filter`. Results are best first.


    Sends a `POST` request to `/v1/indexes/{index_id}/search`

    Arguments:
    - `index_id`: The index id (`idx_...`).
    - `body`
    ```ignore
    let response = client.search_index()
        .index_id(index_id)
        .body(body)
        .send()
        .await;
    ```*/
    pub fn search_index(&self) -> builder::SearchIndex<'_> {
        builder::SearchIndex::new(self)
    }
    /**List your files

    Files of the caller's tenant, newest first by default, paginated with `limit` and `after`.

    Sends a `GET` request to `/v1/files`

    Arguments:
    - `after`: A file id; the page starts after it.
    - `limit`: How many files to return (1 to 10,000).
    - `order`: `asc` (oldest first) or `desc` (newest first, the default).
    - `purpose`: Only files uploaded with this purpose.
    ```ignore
    let response = client.list_files()
        .after(after)
        .limit(limit)
        .order(order)
        .purpose(purpose)
        .send()
        .await;
    ```*/
    pub fn list_files(&self) -> builder::ListFiles<'_> {
        builder::ListFiles::new(self)
    }
    /**Retrieve a file's metadata

    Sends a `GET` request to `/v1/files/{file_id}`

    Arguments:
    - `file_id`: The file id (`file-...`).
    ```ignore
    let response = client.retrieve_file()
        .file_id(file_id)
        .send()
        .await;
    ```*/
    pub fn retrieve_file(&self) -> builder::RetrieveFile<'_> {
        builder::RetrieveFile::new(self)
    }
    /**Delete a file

    Sends a `DELETE` request to `/v1/files/{file_id}`

    Arguments:
    - `file_id`: The file id (`file-...`).
    ```ignore
    let response = client.delete_file()
        .file_id(file_id)
        .send()
        .await;
    ```*/
    pub fn delete_file(&self) -> builder::DeleteFile<'_> {
        builder::DeleteFile::new(self)
    }
    /**Download a file's content

    The bytes as uploaded.

    Sends a `GET` request to `/v1/files/{file_id}/content`

    Arguments:
    - `file_id`: The file id (`file-...`).
    ```ignore
    let response = client.download_file()
        .file_id(file_id)
        .send()
        .await;
    ```*/
    pub fn download_file(&self) -> builder::DownloadFile<'_> {
        builder::DownloadFile::new(self)
    }
}
/// Types for composing operation parameters.
#[allow(clippy::all)]
pub mod builder {
    use super::types;
    #[allow(unused_imports)]
    use super::{
        encode_path, ByteStream, ClientHooks, ClientInfo, Error, OperationInfo, RequestBuilderExt,
        ResponseValue,
    };
    /**Builder for [`Client::get_health`]

    [`Client::get_health`]: super::Client::get_health*/
    #[derive(Debug, Clone)]
    pub struct GetHealth<'a> {
        client: &'a super::Client,
    }
    impl<'a> GetHealth<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self { client: client }
        }
        ///Sends a `GET` request to `/healthz`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::Health>, Error<types::ErrorResponse>> {
            let Self { client } = self;
            let url = format!("{}/healthz", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map.append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(super::Client::api_version()),
            );
            #[allow(unused_mut)]
            let mut request = client
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
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                500u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::get_readiness`]

    [`Client::get_readiness`]: super::Client::get_readiness*/
    #[derive(Debug, Clone)]
    pub struct GetReadiness<'a> {
        client: &'a super::Client,
    }
    impl<'a> GetReadiness<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self { client: client }
        }
        ///Sends a `GET` request to `/readyz`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::Readiness>, Error<types::Readiness>> {
            let Self { client } = self;
            let url = format!("{}/readyz", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map.append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(super::Client::api_version()),
            );
            #[allow(unused_mut)]
            let mut request = client
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
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                503u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::get_metrics`]

    [`Client::get_metrics`]: super::Client::get_metrics*/
    #[derive(Debug, Clone)]
    pub struct GetMetrics<'a> {
        client: &'a super::Client,
    }
    impl<'a> GetMetrics<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self { client: client }
        }
        ///Sends a `GET` request to `/metrics`
        pub async fn send(self) -> Result<ResponseValue<ByteStream>, Error<types::ErrorResponse>> {
            let Self { client } = self;
            let url = format!("{}/metrics", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map.append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(super::Client::api_version()),
            );
            #[allow(unused_mut)]
            let mut request = client.client.get(url).headers(header_map).build()?;
            let info = OperationInfo {
                operation_id: "get_metrics",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => Ok(ResponseValue::stream(response)),
                500u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::list_models`]

    [`Client::list_models`]: super::Client::list_models*/
    #[derive(Debug, Clone)]
    pub struct ListModels<'a> {
        client: &'a super::Client,
    }
    impl<'a> ListModels<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self { client: client }
        }
        ///Sends a `GET` request to `/v1/models`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::ListModelsResponse>, Error<types::ErrorResponse>> {
            let Self { client } = self;
            let url = format!("{}/v1/models", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map.append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(super::Client::api_version()),
            );
            #[allow(unused_mut)]
            let mut request = client
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
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
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
    }
    /**Builder for [`Client::retrieve_model`]

    [`Client::retrieve_model`]: super::Client::retrieve_model*/
    #[derive(Debug, Clone)]
    pub struct RetrieveModel<'a> {
        client: &'a super::Client,
        model: Result<types::RetrieveModelModel, String>,
    }
    impl<'a> RetrieveModel<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                model: Err("model was not initialized".to_string()),
            }
        }
        pub fn model<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::RetrieveModelModel>,
        {
            self.model = value
                .try_into()
                .map_err(|_| "conversion to `RetrieveModelModel` for model failed".to_string());
            self
        }
        ///Sends a `GET` request to `/v1/models/{model}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::Model>, Error<types::ErrorResponse>> {
            let Self { client, model } = self;
            let model = model.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v1/models/{}",
                client.baseurl,
                encode_path(&model.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map.append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(super::Client::api_version()),
            );
            #[allow(unused_mut)]
            let mut request = client
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
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
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
    }
    /**Builder for [`Client::create_response`]

    [`Client::create_response`]: super::Client::create_response*/
    #[derive(Debug, Clone)]
    pub struct CreateResponse<'a> {
        client: &'a super::Client,
        body: Result<types::builder::CreateResponseRequest, String>,
    }
    impl<'a> CreateResponse<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::CreateResponseRequest>,
            <V as std::convert::TryInto<types::CreateResponseRequest>>::Error: std::fmt::Display,
        {
            self.body = value.try_into().map(From::from).map_err(|s| {
                format!(
                    "conversion to `CreateResponseRequest` for body failed: {}",
                    s
                )
            });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::CreateResponseRequest,
            ) -> types::builder::CreateResponseRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/v1/responses`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::Response>, Error<types::ErrorResponse>> {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| types::CreateResponseRequest::try_from(v).map_err(|e| e.to_string()))
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/v1/responses", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map.append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(super::Client::api_version()),
            );
            #[allow(unused_mut)]
            let mut request = client
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
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
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
                422u16 => Err(Error::ErrorResponse(
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
    /**Builder for [`Client::count_response_input_tokens`]

    [`Client::count_response_input_tokens`]: super::Client::count_response_input_tokens*/
    #[derive(Debug, Clone)]
    pub struct CountResponseInputTokens<'a> {
        client: &'a super::Client,
        body: Result<types::builder::TokenCountsBody, String>,
    }
    impl<'a> CountResponseInputTokens<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::TokenCountsBody>,
            <V as std::convert::TryInto<types::TokenCountsBody>>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| format!("conversion to `TokenCountsBody` for body failed: {}", s));
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(types::builder::TokenCountsBody) -> types::builder::TokenCountsBody,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/v1/responses/input_tokens`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::TokenCountsResource>, Error<types::ErrorResponse>>
        {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| types::TokenCountsBody::try_from(v).map_err(|e| e.to_string()))
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/v1/responses/input_tokens", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map.append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(super::Client::api_version()),
            );
            #[allow(unused_mut)]
            let mut request = client
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
                operation_id: "count_response_input_tokens",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
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
                422u16 => Err(Error::ErrorResponse(
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
    /**Builder for [`Client::get_response`]

    [`Client::get_response`]: super::Client::get_response*/
    #[derive(Debug, Clone)]
    pub struct GetResponse<'a> {
        client: &'a super::Client,
        response_id: Result<types::GetResponseResponseId, String>,
        starting_after: Result<Option<i64>, String>,
        stream: Result<Option<bool>, String>,
    }
    impl<'a> GetResponse<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                response_id: Err("response_id was not initialized".to_string()),
                starting_after: Ok(None),
                stream: Ok(None),
            }
        }
        pub fn response_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::GetResponseResponseId>,
        {
            self.response_id = value.try_into().map_err(|_| {
                "conversion to `GetResponseResponseId` for response_id failed".to_string()
            });
            self
        }
        pub fn starting_after<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.starting_after = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `i64` for starting_after failed".to_string());
            self
        }
        pub fn stream<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<bool>,
        {
            self.stream = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `bool` for stream failed".to_string());
            self
        }
        ///Sends a `GET` request to `/v1/responses/{response_id}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::Response>, Error<types::ErrorResponse>> {
            let Self {
                client,
                response_id,
                starting_after,
                stream,
            } = self;
            let response_id = response_id.map_err(Error::InvalidRequest)?;
            let starting_after = starting_after.map_err(Error::InvalidRequest)?;
            let stream = stream.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v1/responses/{}",
                client.baseurl,
                encode_path(&response_id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map.append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(super::Client::api_version()),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new(
                    "starting_after",
                    &starting_after,
                ))
                .query(&progenitor_client::QueryParam::new("stream", &stream))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "get_response",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
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
    }
    /**Builder for [`Client::delete_response`]

    [`Client::delete_response`]: super::Client::delete_response*/
    #[derive(Debug, Clone)]
    pub struct DeleteResponse<'a> {
        client: &'a super::Client,
        response_id: Result<types::DeleteResponseResponseId, String>,
    }
    impl<'a> DeleteResponse<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                response_id: Err("response_id was not initialized".to_string()),
            }
        }
        pub fn response_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::DeleteResponseResponseId>,
        {
            self.response_id = value.try_into().map_err(|_| {
                "conversion to `DeleteResponseResponseId` for response_id failed".to_string()
            });
            self
        }
        ///Sends a `DELETE` request to `/v1/responses/{response_id}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::DeletedResponse>, Error<types::ErrorResponse>> {
            let Self {
                client,
                response_id,
            } = self;
            let response_id = response_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v1/responses/{}",
                client.baseurl,
                encode_path(&response_id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map.append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(super::Client::api_version()),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .delete(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "delete_response",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
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
    }
    /**Builder for [`Client::cancel_response`]

    [`Client::cancel_response`]: super::Client::cancel_response*/
    #[derive(Debug, Clone)]
    pub struct CancelResponse<'a> {
        client: &'a super::Client,
        response_id: Result<types::CancelResponseResponseId, String>,
    }
    impl<'a> CancelResponse<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                response_id: Err("response_id was not initialized".to_string()),
            }
        }
        pub fn response_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::CancelResponseResponseId>,
        {
            self.response_id = value.try_into().map_err(|_| {
                "conversion to `CancelResponseResponseId` for response_id failed".to_string()
            });
            self
        }
        ///Sends a `POST` request to `/v1/responses/{response_id}/cancel`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::Response>, Error<types::ErrorResponse>> {
            let Self {
                client,
                response_id,
            } = self;
            let response_id = response_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v1/responses/{}/cancel",
                client.baseurl,
                encode_path(&response_id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map.append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(super::Client::api_version()),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "cancel_response",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
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
                422u16 => Err(Error::ErrorResponse(
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
    }
    /**Builder for [`Client::list_response_input_items`]

    [`Client::list_response_input_items`]: super::Client::list_response_input_items*/
    #[derive(Debug, Clone)]
    pub struct ListResponseInputItems<'a> {
        client: &'a super::Client,
        response_id: Result<types::ListResponseInputItemsResponseId, String>,
        after: Result<Option<types::ListResponseInputItemsAfter>, String>,
        limit: Result<Option<::std::num::NonZeroU64>, String>,
        order: Result<Option<types::ListResponseInputItemsOrder>, String>,
    }
    impl<'a> ListResponseInputItems<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                response_id: Err("response_id was not initialized".to_string()),
                after: Ok(None),
                limit: Ok(None),
                order: Ok(None),
            }
        }
        pub fn response_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ListResponseInputItemsResponseId>,
        {
            self.response_id = value.try_into().map_err(|_| {
                "conversion to `ListResponseInputItemsResponseId` for response_id failed"
                    .to_string()
            });
            self
        }
        pub fn after<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ListResponseInputItemsAfter>,
        {
            self.after = value.try_into().map(Some).map_err(|_| {
                "conversion to `ListResponseInputItemsAfter` for after failed".to_string()
            });
            self
        }
        pub fn limit<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::num::NonZeroU64>,
        {
            self.limit = value.try_into().map(Some).map_err(|_| {
                "conversion to `:: std :: num :: NonZeroU64` for limit failed".to_string()
            });
            self
        }
        pub fn order<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ListResponseInputItemsOrder>,
        {
            self.order = value.try_into().map(Some).map_err(|_| {
                "conversion to `ListResponseInputItemsOrder` for order failed".to_string()
            });
            self
        }
        ///Sends a `GET` request to `/v1/responses/{response_id}/input_items`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::ResponseItemList>, Error<types::ErrorResponse>> {
            let Self {
                client,
                response_id,
                after,
                limit,
                order,
            } = self;
            let response_id = response_id.map_err(Error::InvalidRequest)?;
            let after = after.map_err(Error::InvalidRequest)?;
            let limit = limit.map_err(Error::InvalidRequest)?;
            let order = order.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v1/responses/{}/input_items",
                client.baseurl,
                encode_path(&response_id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map.append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(super::Client::api_version()),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("after", &after))
                .query(&progenitor_client::QueryParam::new("limit", &limit))
                .query(&progenitor_client::QueryParam::new("order", &order))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_response_input_items",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
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
    }
    /**Builder for [`Client::create_conversation`]

    [`Client::create_conversation`]: super::Client::create_conversation*/
    #[derive(Debug, Clone)]
    pub struct CreateConversation<'a> {
        client: &'a super::Client,
        body: Result<types::builder::CreateConversationRequest, String>,
    }
    impl<'a> CreateConversation<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::CreateConversationRequest>,
            <V as std::convert::TryInto<types::CreateConversationRequest>>::Error:
                std::fmt::Display,
        {
            self.body = value.try_into().map(From::from).map_err(|s| {
                format!(
                    "conversion to `CreateConversationRequest` for body failed: {}",
                    s
                )
            });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::CreateConversationRequest,
            ) -> types::builder::CreateConversationRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/v1/conversations`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::Conversation>, Error<types::ErrorResponse>> {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::CreateConversationRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/v1/conversations", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map.append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(super::Client::api_version()),
            );
            #[allow(unused_mut)]
            let mut request = client
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
                operation_id: "create_conversation",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
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
                422u16 => Err(Error::ErrorResponse(
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
    }
    /**Builder for [`Client::get_conversation`]

    [`Client::get_conversation`]: super::Client::get_conversation*/
    #[derive(Debug, Clone)]
    pub struct GetConversation<'a> {
        client: &'a super::Client,
        conversation_id: Result<types::GetConversationConversationId, String>,
    }
    impl<'a> GetConversation<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                conversation_id: Err("conversation_id was not initialized".to_string()),
            }
        }
        pub fn conversation_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::GetConversationConversationId>,
        {
            self.conversation_id = value.try_into().map_err(|_| {
                "conversion to `GetConversationConversationId` for conversation_id failed"
                    .to_string()
            });
            self
        }
        ///Sends a `GET` request to `/v1/conversations/{conversation_id}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::Conversation>, Error<types::ErrorResponse>> {
            let Self {
                client,
                conversation_id,
            } = self;
            let conversation_id = conversation_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v1/conversations/{}",
                client.baseurl,
                encode_path(&conversation_id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map.append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(super::Client::api_version()),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "get_conversation",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
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
    }
    /**Builder for [`Client::update_conversation`]

    [`Client::update_conversation`]: super::Client::update_conversation*/
    #[derive(Debug, Clone)]
    pub struct UpdateConversation<'a> {
        client: &'a super::Client,
        conversation_id: Result<types::UpdateConversationConversationId, String>,
        body: Result<types::builder::UpdateConversationRequest, String>,
    }
    impl<'a> UpdateConversation<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                conversation_id: Err("conversation_id was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn conversation_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::UpdateConversationConversationId>,
        {
            self.conversation_id = value.try_into().map_err(|_| {
                "conversion to `UpdateConversationConversationId` for conversation_id failed"
                    .to_string()
            });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::UpdateConversationRequest>,
            <V as std::convert::TryInto<types::UpdateConversationRequest>>::Error:
                std::fmt::Display,
        {
            self.body = value.try_into().map(From::from).map_err(|s| {
                format!(
                    "conversion to `UpdateConversationRequest` for body failed: {}",
                    s
                )
            });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::UpdateConversationRequest,
            ) -> types::builder::UpdateConversationRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/v1/conversations/{conversation_id}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::Conversation>, Error<types::ErrorResponse>> {
            let Self {
                client,
                conversation_id,
                body,
            } = self;
            let conversation_id = conversation_id.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::UpdateConversationRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v1/conversations/{}",
                client.baseurl,
                encode_path(&conversation_id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map.append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(super::Client::api_version()),
            );
            #[allow(unused_mut)]
            let mut request = client
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
                operation_id: "update_conversation",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
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
                422u16 => Err(Error::ErrorResponse(
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
    }
    /**Builder for [`Client::delete_conversation`]

    [`Client::delete_conversation`]: super::Client::delete_conversation*/
    #[derive(Debug, Clone)]
    pub struct DeleteConversation<'a> {
        client: &'a super::Client,
        conversation_id: Result<types::DeleteConversationConversationId, String>,
    }
    impl<'a> DeleteConversation<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                conversation_id: Err("conversation_id was not initialized".to_string()),
            }
        }
        pub fn conversation_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::DeleteConversationConversationId>,
        {
            self.conversation_id = value.try_into().map_err(|_| {
                "conversion to `DeleteConversationConversationId` for conversation_id failed"
                    .to_string()
            });
            self
        }
        ///Sends a `DELETE` request to `/v1/conversations/{conversation_id}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::DeletedConversation>, Error<types::ErrorResponse>>
        {
            let Self {
                client,
                conversation_id,
            } = self;
            let conversation_id = conversation_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v1/conversations/{}",
                client.baseurl,
                encode_path(&conversation_id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map.append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(super::Client::api_version()),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .delete(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "delete_conversation",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
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
    }
    /**Builder for [`Client::list_conversation_items`]

    [`Client::list_conversation_items`]: super::Client::list_conversation_items*/
    #[derive(Debug, Clone)]
    pub struct ListConversationItems<'a> {
        client: &'a super::Client,
        conversation_id: Result<types::ListConversationItemsConversationId, String>,
        after: Result<Option<types::ListConversationItemsAfter>, String>,
        limit: Result<Option<::std::num::NonZeroU64>, String>,
        order: Result<Option<types::ListConversationItemsOrder>, String>,
    }
    impl<'a> ListConversationItems<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                conversation_id: Err("conversation_id was not initialized".to_string()),
                after: Ok(None),
                limit: Ok(None),
                order: Ok(None),
            }
        }
        pub fn conversation_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ListConversationItemsConversationId>,
        {
            self.conversation_id = value.try_into().map_err(|_| {
                "conversion to `ListConversationItemsConversationId` for conversation_id failed"
                    .to_string()
            });
            self
        }
        pub fn after<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ListConversationItemsAfter>,
        {
            self.after = value.try_into().map(Some).map_err(|_| {
                "conversion to `ListConversationItemsAfter` for after failed".to_string()
            });
            self
        }
        pub fn limit<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::num::NonZeroU64>,
        {
            self.limit = value.try_into().map(Some).map_err(|_| {
                "conversion to `:: std :: num :: NonZeroU64` for limit failed".to_string()
            });
            self
        }
        pub fn order<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ListConversationItemsOrder>,
        {
            self.order = value.try_into().map(Some).map_err(|_| {
                "conversion to `ListConversationItemsOrder` for order failed".to_string()
            });
            self
        }
        ///Sends a `GET` request to `/v1/conversations/{conversation_id}/items`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::ConversationItemList>, Error<types::ErrorResponse>>
        {
            let Self {
                client,
                conversation_id,
                after,
                limit,
                order,
            } = self;
            let conversation_id = conversation_id.map_err(Error::InvalidRequest)?;
            let after = after.map_err(Error::InvalidRequest)?;
            let limit = limit.map_err(Error::InvalidRequest)?;
            let order = order.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v1/conversations/{}/items",
                client.baseurl,
                encode_path(&conversation_id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map.append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(super::Client::api_version()),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("after", &after))
                .query(&progenitor_client::QueryParam::new("limit", &limit))
                .query(&progenitor_client::QueryParam::new("order", &order))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_conversation_items",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
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
    }
    /**Builder for [`Client::create_conversation_items`]

    [`Client::create_conversation_items`]: super::Client::create_conversation_items*/
    #[derive(Debug, Clone)]
    pub struct CreateConversationItems<'a> {
        client: &'a super::Client,
        conversation_id: Result<types::CreateConversationItemsConversationId, String>,
        body: Result<types::builder::CreateConversationItemsRequest, String>,
    }
    impl<'a> CreateConversationItems<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                conversation_id: Err("conversation_id was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn conversation_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::CreateConversationItemsConversationId>,
        {
            self.conversation_id = value.try_into().map_err(|_| {
                "conversion to `CreateConversationItemsConversationId` for conversation_id failed"
                    .to_string()
            });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::CreateConversationItemsRequest>,
            <V as std::convert::TryInto<types::CreateConversationItemsRequest>>::Error:
                std::fmt::Display,
        {
            self.body = value.try_into().map(From::from).map_err(|s| {
                format!(
                    "conversion to `CreateConversationItemsRequest` for body failed: {}",
                    s
                )
            });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::CreateConversationItemsRequest,
            ) -> types::builder::CreateConversationItemsRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/v1/conversations/{conversation_id}/items`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::ConversationItemList>, Error<types::ErrorResponse>>
        {
            let Self {
                client,
                conversation_id,
                body,
            } = self;
            let conversation_id = conversation_id.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::CreateConversationItemsRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v1/conversations/{}/items",
                client.baseurl,
                encode_path(&conversation_id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map.append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(super::Client::api_version()),
            );
            #[allow(unused_mut)]
            let mut request = client
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
                operation_id: "create_conversation_items",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
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
                422u16 => Err(Error::ErrorResponse(
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
    }
    /**Builder for [`Client::get_conversation_item`]

    [`Client::get_conversation_item`]: super::Client::get_conversation_item*/
    #[derive(Debug, Clone)]
    pub struct GetConversationItem<'a> {
        client: &'a super::Client,
        conversation_id: Result<types::GetConversationItemConversationId, String>,
        item_id: Result<types::GetConversationItemItemId, String>,
    }
    impl<'a> GetConversationItem<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                conversation_id: Err("conversation_id was not initialized".to_string()),
                item_id: Err("item_id was not initialized".to_string()),
            }
        }
        pub fn conversation_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::GetConversationItemConversationId>,
        {
            self.conversation_id = value.try_into().map_err(|_| {
                "conversion to `GetConversationItemConversationId` for conversation_id failed"
                    .to_string()
            });
            self
        }
        pub fn item_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::GetConversationItemItemId>,
        {
            self.item_id = value.try_into().map_err(|_| {
                "conversion to `GetConversationItemItemId` for item_id failed".to_string()
            });
            self
        }
        ///Sends a `GET` request to `/v1/conversations/{conversation_id}/items/{item_id}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::ItemResource>, Error<types::ErrorResponse>> {
            let Self {
                client,
                conversation_id,
                item_id,
            } = self;
            let conversation_id = conversation_id.map_err(Error::InvalidRequest)?;
            let item_id = item_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v1/conversations/{}/items/{}",
                client.baseurl,
                encode_path(&conversation_id.to_string()),
                encode_path(&item_id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map.append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(super::Client::api_version()),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "get_conversation_item",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
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
    }
    /**Builder for [`Client::delete_conversation_item`]

    [`Client::delete_conversation_item`]: super::Client::delete_conversation_item*/
    #[derive(Debug, Clone)]
    pub struct DeleteConversationItem<'a> {
        client: &'a super::Client,
        conversation_id: Result<types::DeleteConversationItemConversationId, String>,
        item_id: Result<types::DeleteConversationItemItemId, String>,
    }
    impl<'a> DeleteConversationItem<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                conversation_id: Err("conversation_id was not initialized".to_string()),
                item_id: Err("item_id was not initialized".to_string()),
            }
        }
        pub fn conversation_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::DeleteConversationItemConversationId>,
        {
            self.conversation_id = value.try_into().map_err(|_| {
                "conversion to `DeleteConversationItemConversationId` for conversation_id failed"
                    .to_string()
            });
            self
        }
        pub fn item_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::DeleteConversationItemItemId>,
        {
            self.item_id = value.try_into().map_err(|_| {
                "conversion to `DeleteConversationItemItemId` for item_id failed".to_string()
            });
            self
        }
        ///Sends a `DELETE` request to `/v1/conversations/{conversation_id}/items/{item_id}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::Conversation>, Error<types::ErrorResponse>> {
            let Self {
                client,
                conversation_id,
                item_id,
            } = self;
            let conversation_id = conversation_id.map_err(Error::InvalidRequest)?;
            let item_id = item_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v1/conversations/{}/items/{}",
                client.baseurl,
                encode_path(&conversation_id.to_string()),
                encode_path(&item_id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map.append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(super::Client::api_version()),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .delete(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "delete_conversation_item",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
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
    }
    /**Builder for [`Client::create_chat_completion`]

    [`Client::create_chat_completion`]: super::Client::create_chat_completion*/
    #[derive(Debug, Clone)]
    pub struct CreateChatCompletion<'a> {
        client: &'a super::Client,
        body: Result<types::builder::CreateChatCompletionRequest, String>,
    }
    impl<'a> CreateChatCompletion<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::CreateChatCompletionRequest>,
            <V as std::convert::TryInto<types::CreateChatCompletionRequest>>::Error:
                std::fmt::Display,
        {
            self.body = value.try_into().map(From::from).map_err(|s| {
                format!(
                    "conversion to `CreateChatCompletionRequest` for body failed: {}",
                    s
                )
            });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::CreateChatCompletionRequest,
            ) -> types::builder::CreateChatCompletionRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/v1/chat/completions`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::CreateChatCompletionResponse>, Error<types::ErrorResponse>>
        {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::CreateChatCompletionRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/v1/chat/completions", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map.append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(super::Client::api_version()),
            );
            #[allow(unused_mut)]
            let mut request = client
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
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
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
                422u16 => Err(Error::ErrorResponse(
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
    /**Builder for [`Client::create_embedding`]

    [`Client::create_embedding`]: super::Client::create_embedding*/
    #[derive(Debug, Clone)]
    pub struct CreateEmbedding<'a> {
        client: &'a super::Client,
        body: Result<types::builder::CreateEmbeddingRequest, String>,
    }
    impl<'a> CreateEmbedding<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::CreateEmbeddingRequest>,
            <V as std::convert::TryInto<types::CreateEmbeddingRequest>>::Error: std::fmt::Display,
        {
            self.body = value.try_into().map(From::from).map_err(|s| {
                format!(
                    "conversion to `CreateEmbeddingRequest` for body failed: {}",
                    s
                )
            });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::CreateEmbeddingRequest,
            ) -> types::builder::CreateEmbeddingRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/v1/embeddings`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::CreateEmbeddingResponse>, Error<types::ErrorResponse>>
        {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| types::CreateEmbeddingRequest::try_from(v).map_err(|e| e.to_string()))
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/v1/embeddings", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map.append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(super::Client::api_version()),
            );
            #[allow(unused_mut)]
            let mut request = client
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
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
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
                422u16 => Err(Error::ErrorResponse(
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
    /**Builder for [`Client::create_dream`]

    [`Client::create_dream`]: super::Client::create_dream*/
    #[derive(Debug, Clone)]
    pub struct CreateDream<'a> {
        client: &'a super::Client,
        body: Result<types::builder::CreateDreamRequest, String>,
    }
    impl<'a> CreateDream<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::CreateDreamRequest>,
            <V as std::convert::TryInto<types::CreateDreamRequest>>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| format!("conversion to `CreateDreamRequest` for body failed: {}", s));
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::CreateDreamRequest,
            ) -> types::builder::CreateDreamRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/v1/dreams`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::Dream>, Error<types::ErrorResponse>> {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| types::CreateDreamRequest::try_from(v).map_err(|e| e.to_string()))
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/v1/dreams", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map.append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(super::Client::api_version()),
            );
            #[allow(unused_mut)]
            let mut request = client
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
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
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
                422u16 => Err(Error::ErrorResponse(
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
    /**Builder for [`Client::list_indexes`]

    [`Client::list_indexes`]: super::Client::list_indexes*/
    #[derive(Debug, Clone)]
    pub struct ListIndexes<'a> {
        client: &'a super::Client,
        after: Result<Option<types::ListIndexesAfter>, String>,
        limit: Result<Option<::std::num::NonZeroU64>, String>,
    }
    impl<'a> ListIndexes<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                after: Ok(None),
                limit: Ok(None),
            }
        }
        pub fn after<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ListIndexesAfter>,
        {
            self.after = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `ListIndexesAfter` for after failed".to_string());
            self
        }
        pub fn limit<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::num::NonZeroU64>,
        {
            self.limit = value.try_into().map(Some).map_err(|_| {
                "conversion to `:: std :: num :: NonZeroU64` for limit failed".to_string()
            });
            self
        }
        ///Sends a `GET` request to `/v1/indexes`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::IndexList>, Error<types::ErrorResponse>> {
            let Self {
                client,
                after,
                limit,
            } = self;
            let after = after.map_err(Error::InvalidRequest)?;
            let limit = limit.map_err(Error::InvalidRequest)?;
            let url = format!("{}/v1/indexes", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map.append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(super::Client::api_version()),
            );
            #[allow(unused_mut)]
            let mut request = client
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
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
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
    }
    /**Builder for [`Client::create_index`]

    [`Client::create_index`]: super::Client::create_index*/
    #[derive(Debug, Clone)]
    pub struct CreateIndex<'a> {
        client: &'a super::Client,
        body: Result<types::builder::CreateIndexRequest, String>,
    }
    impl<'a> CreateIndex<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::CreateIndexRequest>,
            <V as std::convert::TryInto<types::CreateIndexRequest>>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| format!("conversion to `CreateIndexRequest` for body failed: {}", s));
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::CreateIndexRequest,
            ) -> types::builder::CreateIndexRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/v1/indexes`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::Index>, Error<types::ErrorResponse>> {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| types::CreateIndexRequest::try_from(v).map_err(|e| e.to_string()))
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/v1/indexes", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map.append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(super::Client::api_version()),
            );
            #[allow(unused_mut)]
            let mut request = client
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
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
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
                422u16 => Err(Error::ErrorResponse(
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
    }
    /**Builder for [`Client::get_index`]

    [`Client::get_index`]: super::Client::get_index*/
    #[derive(Debug, Clone)]
    pub struct GetIndex<'a> {
        client: &'a super::Client,
        index_id: Result<types::GetIndexIndexId, String>,
    }
    impl<'a> GetIndex<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                index_id: Err("index_id was not initialized".to_string()),
            }
        }
        pub fn index_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::GetIndexIndexId>,
        {
            self.index_id = value
                .try_into()
                .map_err(|_| "conversion to `GetIndexIndexId` for index_id failed".to_string());
            self
        }
        ///Sends a `GET` request to `/v1/indexes/{index_id}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::Index>, Error<types::ErrorResponse>> {
            let Self { client, index_id } = self;
            let index_id = index_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v1/indexes/{}",
                client.baseurl,
                encode_path(&index_id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map.append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(super::Client::api_version()),
            );
            #[allow(unused_mut)]
            let mut request = client
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
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
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
    }
    /**Builder for [`Client::delete_index`]

    [`Client::delete_index`]: super::Client::delete_index*/
    #[derive(Debug, Clone)]
    pub struct DeleteIndex<'a> {
        client: &'a super::Client,
        index_id: Result<types::DeleteIndexIndexId, String>,
    }
    impl<'a> DeleteIndex<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                index_id: Err("index_id was not initialized".to_string()),
            }
        }
        pub fn index_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::DeleteIndexIndexId>,
        {
            self.index_id = value
                .try_into()
                .map_err(|_| "conversion to `DeleteIndexIndexId` for index_id failed".to_string());
            self
        }
        ///Sends a `DELETE` request to `/v1/indexes/{index_id}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::DeletedObject>, Error<types::ErrorResponse>> {
            let Self { client, index_id } = self;
            let index_id = index_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v1/indexes/{}",
                client.baseurl,
                encode_path(&index_id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map.append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(super::Client::api_version()),
            );
            #[allow(unused_mut)]
            let mut request = client
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
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
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
    }
    /**Builder for [`Client::upsert_vectors`]

    [`Client::upsert_vectors`]: super::Client::upsert_vectors*/
    #[derive(Debug, Clone)]
    pub struct UpsertVectors<'a> {
        client: &'a super::Client,
        index_id: Result<types::UpsertVectorsIndexId, String>,
        body: Result<types::builder::UpsertVectorsRequest, String>,
    }
    impl<'a> UpsertVectors<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                index_id: Err("index_id was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn index_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::UpsertVectorsIndexId>,
        {
            self.index_id = value.try_into().map_err(|_| {
                "conversion to `UpsertVectorsIndexId` for index_id failed".to_string()
            });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::UpsertVectorsRequest>,
            <V as std::convert::TryInto<types::UpsertVectorsRequest>>::Error: std::fmt::Display,
        {
            self.body = value.try_into().map(From::from).map_err(|s| {
                format!(
                    "conversion to `UpsertVectorsRequest` for body failed: {}",
                    s
                )
            });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::UpsertVectorsRequest,
            ) -> types::builder::UpsertVectorsRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/v1/indexes/{index_id}/vectors`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::UpsertVectorsResponse>, Error<types::ErrorResponse>>
        {
            let Self {
                client,
                index_id,
                body,
            } = self;
            let index_id = index_id.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| types::UpsertVectorsRequest::try_from(v).map_err(|e| e.to_string()))
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v1/indexes/{}/vectors",
                client.baseurl,
                encode_path(&index_id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map.append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(super::Client::api_version()),
            );
            #[allow(unused_mut)]
            let mut request = client
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
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
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
                422u16 => Err(Error::ErrorResponse(
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
    /**Builder for [`Client::delete_vector`]

    [`Client::delete_vector`]: super::Client::delete_vector*/
    #[derive(Debug, Clone)]
    pub struct DeleteVector<'a> {
        client: &'a super::Client,
        index_id: Result<types::DeleteVectorIndexId, String>,
        vector_id: Result<types::DeleteVectorVectorId, String>,
    }
    impl<'a> DeleteVector<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                index_id: Err("index_id was not initialized".to_string()),
                vector_id: Err("vector_id was not initialized".to_string()),
            }
        }
        pub fn index_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::DeleteVectorIndexId>,
        {
            self.index_id = value
                .try_into()
                .map_err(|_| "conversion to `DeleteVectorIndexId` for index_id failed".to_string());
            self
        }
        pub fn vector_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::DeleteVectorVectorId>,
        {
            self.vector_id = value.try_into().map_err(|_| {
                "conversion to `DeleteVectorVectorId` for vector_id failed".to_string()
            });
            self
        }
        ///Sends a `DELETE` request to `/v1/indexes/{index_id}/vectors/{vector_id}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::DeletedObject>, Error<types::ErrorResponse>> {
            let Self {
                client,
                index_id,
                vector_id,
            } = self;
            let index_id = index_id.map_err(Error::InvalidRequest)?;
            let vector_id = vector_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v1/indexes/{}/vectors/{}",
                client.baseurl,
                encode_path(&index_id.to_string()),
                encode_path(&vector_id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map.append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(super::Client::api_version()),
            );
            #[allow(unused_mut)]
            let mut request = client
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
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
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
    }
    /**Builder for [`Client::search_index`]

    [`Client::search_index`]: super::Client::search_index*/
    #[derive(Debug, Clone)]
    pub struct SearchIndex<'a> {
        client: &'a super::Client,
        index_id: Result<types::SearchIndexIndexId, String>,
        body: Result<types::SearchIndexRequest, String>,
    }
    impl<'a> SearchIndex<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                index_id: Err("index_id was not initialized".to_string()),
                body: Err("body was not initialized".to_string()),
            }
        }
        pub fn index_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::SearchIndexIndexId>,
        {
            self.index_id = value
                .try_into()
                .map_err(|_| "conversion to `SearchIndexIndexId` for index_id failed".to_string());
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::SearchIndexRequest>,
        {
            self.body = value
                .try_into()
                .map_err(|_| "conversion to `SearchIndexRequest` for body failed".to_string());
            self
        }
        ///Sends a `POST` request to `/v1/indexes/{index_id}/search`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::SearchIndexResponse>, Error<types::ErrorResponse>>
        {
            let Self {
                client,
                index_id,
                body,
            } = self;
            let index_id = index_id.map_err(Error::InvalidRequest)?;
            let body = body.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v1/indexes/{}/search",
                client.baseurl,
                encode_path(&index_id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map.append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(super::Client::api_version()),
            );
            #[allow(unused_mut)]
            let mut request = client
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
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
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
                422u16 => Err(Error::ErrorResponse(
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
    /**Builder for [`Client::list_files`]

    [`Client::list_files`]: super::Client::list_files*/
    #[derive(Debug, Clone)]
    pub struct ListFiles<'a> {
        client: &'a super::Client,
        after: Result<Option<types::ListFilesAfter>, String>,
        limit: Result<Option<::std::num::NonZeroU64>, String>,
        order: Result<Option<types::ListFilesOrder>, String>,
        purpose: Result<Option<types::ListFilesPurpose>, String>,
    }
    impl<'a> ListFiles<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                after: Ok(None),
                limit: Ok(None),
                order: Ok(None),
                purpose: Ok(None),
            }
        }
        pub fn after<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ListFilesAfter>,
        {
            self.after = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `ListFilesAfter` for after failed".to_string());
            self
        }
        pub fn limit<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::num::NonZeroU64>,
        {
            self.limit = value.try_into().map(Some).map_err(|_| {
                "conversion to `:: std :: num :: NonZeroU64` for limit failed".to_string()
            });
            self
        }
        pub fn order<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ListFilesOrder>,
        {
            self.order = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `ListFilesOrder` for order failed".to_string());
            self
        }
        pub fn purpose<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ListFilesPurpose>,
        {
            self.purpose = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `ListFilesPurpose` for purpose failed".to_string());
            self
        }
        ///Sends a `GET` request to `/v1/files`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::ListFilesResponse>, Error<types::ErrorResponse>> {
            let Self {
                client,
                after,
                limit,
                order,
                purpose,
            } = self;
            let after = after.map_err(Error::InvalidRequest)?;
            let limit = limit.map_err(Error::InvalidRequest)?;
            let order = order.map_err(Error::InvalidRequest)?;
            let purpose = purpose.map_err(Error::InvalidRequest)?;
            let url = format!("{}/v1/files", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map.append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(super::Client::api_version()),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("after", &after))
                .query(&progenitor_client::QueryParam::new("limit", &limit))
                .query(&progenitor_client::QueryParam::new("order", &order))
                .query(&progenitor_client::QueryParam::new("purpose", &purpose))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_files",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
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
    }
    /**Builder for [`Client::retrieve_file`]

    [`Client::retrieve_file`]: super::Client::retrieve_file*/
    #[derive(Debug, Clone)]
    pub struct RetrieveFile<'a> {
        client: &'a super::Client,
        file_id: Result<types::RetrieveFileFileId, String>,
    }
    impl<'a> RetrieveFile<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                file_id: Err("file_id was not initialized".to_string()),
            }
        }
        pub fn file_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::RetrieveFileFileId>,
        {
            self.file_id = value
                .try_into()
                .map_err(|_| "conversion to `RetrieveFileFileId` for file_id failed".to_string());
            self
        }
        ///Sends a `GET` request to `/v1/files/{file_id}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::FileObject>, Error<types::ErrorResponse>> {
            let Self { client, file_id } = self;
            let file_id = file_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v1/files/{}",
                client.baseurl,
                encode_path(&file_id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map.append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(super::Client::api_version()),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "retrieve_file",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
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
    }
    /**Builder for [`Client::delete_file`]

    [`Client::delete_file`]: super::Client::delete_file*/
    #[derive(Debug, Clone)]
    pub struct DeleteFile<'a> {
        client: &'a super::Client,
        file_id: Result<types::DeleteFileFileId, String>,
    }
    impl<'a> DeleteFile<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                file_id: Err("file_id was not initialized".to_string()),
            }
        }
        pub fn file_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::DeleteFileFileId>,
        {
            self.file_id = value
                .try_into()
                .map_err(|_| "conversion to `DeleteFileFileId` for file_id failed".to_string());
            self
        }
        ///Sends a `DELETE` request to `/v1/files/{file_id}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::DeleteFileResponse>, Error<types::ErrorResponse>> {
            let Self { client, file_id } = self;
            let file_id = file_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v1/files/{}",
                client.baseurl,
                encode_path(&file_id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map.append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(super::Client::api_version()),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .delete(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "delete_file",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
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
    }
    /**Builder for [`Client::download_file`]

    [`Client::download_file`]: super::Client::download_file*/
    #[derive(Debug, Clone)]
    pub struct DownloadFile<'a> {
        client: &'a super::Client,
        file_id: Result<types::DownloadFileFileId, String>,
    }
    impl<'a> DownloadFile<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                file_id: Err("file_id was not initialized".to_string()),
            }
        }
        pub fn file_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::DownloadFileFileId>,
        {
            self.file_id = value
                .try_into()
                .map_err(|_| "conversion to `DownloadFileFileId` for file_id failed".to_string());
            self
        }
        ///Sends a `GET` request to `/v1/files/{file_id}/content`
        pub async fn send(self) -> Result<ResponseValue<ByteStream>, Error<types::ErrorResponse>> {
            let Self { client, file_id } = self;
            let file_id = file_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v1/files/{}/content",
                client.baseurl,
                encode_path(&file_id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map.append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(super::Client::api_version()),
            );
            #[allow(unused_mut)]
            let mut request = client.client.get(url).headers(header_map).build()?;
            let info = OperationInfo {
                operation_id: "download_file",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => Ok(ResponseValue::stream(response)),
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
    }
}
/// Items consumers will typically use such as the Client.
pub mod prelude {
    pub use self::super::Client;
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
    /// `POST /v1/files` (`multipart/form-data`): Upload a file
    pub async fn create_file(
        &self,
        body: &types::CreateFileRequest,
        file: (&str, Vec<u8>),
    ) -> Result<ResponseValue<types::FileObject>, Error<types::ErrorResponse>> {
        let mut form = form_fields(reqwest::multipart::Form::new(), body, &["file"])?;
        form = form.part(
            "file",
            reqwest::multipart::Part::bytes(file.1).file_name(file.0.to_string()),
        );
        let url = format!("{}{}", self.baseurl, "/v1/files");
        let response = self
            .client
            .post(url)
            .multipart(form)
            .send()
            .await
            .map_err(Error::CommunicationError)?;
        if response.status().is_success() {
            ResponseValue::from_response(response).await
        } else {
            Err(
                match ResponseValue::<types::ErrorResponse>::from_response::<types::ErrorResponse>(
                    response,
                )
                .await
                {
                    Ok(v) => Error::ErrorResponse(v),
                    Err(e) => e,
                },
            )
        }
    }
}
/// Adds a typed form body's fields as text parts (an object's members as `name[member]`);
/// file fields are skipped (their bytes are separate parts).
fn form_fields(
    mut form: reqwest::multipart::Form,
    body: &impl serde::Serialize,
    files: &[&str],
) -> Result<reqwest::multipart::Form, Error<types::ErrorResponse>> {
    let text = |v: &serde_json::Value| match v {
        serde_json::Value::String(s) => s.clone(),
        other => other.to_string(),
    };
    let value = serde_json::to_value(body).map_err(|e| Error::InvalidRequest(e.to_string()))?;
    for (name, v) in value.as_object().into_iter().flatten() {
        match v {
            _ if files.contains(&name.as_str()) => {}
            serde_json::Value::Null => {}
            serde_json::Value::Object(members) => {
                for (member, m) in members {
                    form = form.text(format!("{name}[{member}]"), text(m));
                }
            }
            other => form = form.text(name.clone(), text(other)),
        }
    }
    Ok(form)
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
