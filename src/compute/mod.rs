//! Everything derived from the model before rendering: formatted key figures,
//! chart specifications, tables and resolved figure references.
//!
//! Templates never compute: every figure they show is made here, once.

pub mod charts;
pub mod figures;
pub mod plan;
pub mod summary;
pub mod table;
pub mod verdict;
