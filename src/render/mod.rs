//! Rendering: the resolved site (`compute::Resolved`) in, bytes out, by peers that only
//! read it: web pages, the booklet and its twin, open data, search, feeds. Nothing here
//! touches the disk but the chart PNG cache (`png_cache`) and the booklet's fonts and
//! images; writing is `write`'s job.

pub mod booklet;
pub mod context;
pub mod feeds;
pub mod open_data;
pub mod pages;
pub mod png;
pub mod png_cache;
pub mod sanitize;
pub mod search;
pub mod story_html;
pub mod theme;
pub mod wechat;
pub mod workbook;
pub mod zip_host;

use std::path::PathBuf;
use std::sync::Arc;

/// One file of the built site.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutputFile {
    /// Path relative to the output folder, with `/` separators.
    pub path: PathBuf,
    /// Contents, shared: `serve` keeps a national site's files (over a gigabyte) from one
    /// build to the next and hands them to its server without copying them.
    pub bytes: Arc<Vec<u8>>,
}

impl OutputFile {
    /// The file at `path` holding `bytes`.
    pub fn new(path: impl Into<PathBuf>, bytes: Vec<u8>) -> Self {
        OutputFile {
            path: path.into(),
            bytes: Arc::new(bytes),
        }
    }
}
