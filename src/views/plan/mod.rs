//! The plan reader.

pub mod plan_reader;
