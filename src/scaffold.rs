//! `xiaokang new DIR`: a small site that builds and serves at once, with every section of
//! region.yaml filled in and commented, a region story and a story with a chart block and
//! figure references.

use crate::messages::catalog::cli;
use crate::messages::Msg;
use std::path::{Path, PathBuf};

/// The files of a new site: (path under DIR, text).
pub const FILES: &[(&str, &str)] = &[
    ("content/site.yaml", include_str!("../scaffold/site.yaml")),
    ("content/_index.md", include_str!("../scaffold/_index.md")),
    (
        "content/regions/shili/region.yaml",
        include_str!("../scaffold/region.yaml"),
    ),
    (
        "content/regions/shili/index.md",
        include_str!("../scaffold/index.md"),
    ),
    (
        "content/regions/shili/guangfu.md",
        include_str!("../scaffold/story.md"),
    ),
];

/// Writes a new site into `dir`, which must be missing or empty. Returns the files written.
pub fn new_site(dir: &Path) -> Result<Vec<PathBuf>, Msg> {
    if dir.exists() {
        let mut rd =
            std::fs::read_dir(dir).map_err(|e| cli::new_not_a_folder(dir, e.to_string()))?;
        if rd.next().is_some() {
            return Err(cli::new_not_empty(dir));
        }
    }
    let mut written = Vec::new();
    for (rel, text) in FILES {
        let path = dir.join(rel);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent)
                .map_err(|e| cli::new_cannot_create(parent, e.to_string()))?;
        }
        std::fs::write(&path, text).map_err(|e| cli::new_cannot_write(&path, e.to_string()))?;
        written.push(path);
    }
    Ok(written)
}
