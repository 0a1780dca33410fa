//! The phases of a run, each a set of `Runner` methods: the data phases (examples, coverage,
//! fuzz), access (auth, methods), stateful link sequences, and the OpenAI oracle.

mod access;
mod data;
mod oracle;
mod stateful;
