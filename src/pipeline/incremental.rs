//! What `build` remembers between runs, so a rebuild renders only the jobs whose source
//! files changed: the jobs of the last build (a hash of what each read, what it wrote),
//! a hash of all source files, and a fingerprint of everything that affects every page.
//!
//! It lives in `<root>/.xiaokang-cache/build-<hash of the output folder>.json`; the output
//! folder must still hold the files the manifest lists, else their jobs are rendered again.

use super::deps::Source;
use crate::load::SourceTree;
use crate::render::pages::JobKey;
use serde::{Deserialize, Serialize};
use std::hash::{Hash, Hasher};
use std::path::{Path, PathBuf};

/// One job of a build: a hash of the source files it read and the files it wrote.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Part {
    /// The job.
    pub key: JobKey,
    /// What it read of the site, recorded as it was resolved and rendered.
    pub reads: Vec<Source>,
    /// A hash of what those sources held.
    pub inputs: u64,
    /// Files it wrote (chart PNGs, made later, sit beside their SVGs).
    pub outputs: Vec<PathBuf>,
}

/// The last successful build.
#[derive(Debug, Serialize, Deserialize)]
pub struct Manifest {
    /// Everything every page depends on besides what it reads of the site: program
    /// version, site.yaml, templates, theme and site static files, options
    /// ([`with_pdfs`]). Any change renders all.
    pub fingerprint: u64,
    /// One hash of every region file and story: while it is the same, nothing changed.
    pub sources: u64,
    /// The jobs, each with a hash of what it read.
    pub parts: Vec<Part>,
    /// The booklet's files, kept as they are while no source file changes (typesetting
    /// it is the slowest part of a small site's build).
    pub booklet: Vec<PathBuf>,
    /// What the search index was made from: while it is the same, the index is kept.
    pub search: Option<u64>,
    /// What all.xlsx and all.csv were made from: while it is the same, they are kept.
    #[serde(default)]
    pub workbook: Option<u64>,
}

/// Where the manifest of builds into `out` is kept.
fn path_for(root: &Path, out: &Path) -> PathBuf {
    // One manifest per output folder: `--out elsewhere` must not reuse another's. The
    // folder is named by its real path, not as written: the same relative `--out` from
    // another working folder, or a symlink switched to another folder (blue/green
    // deployment), is another folder, whose files the manifest does not describe.
    let real = std::fs::canonicalize(out)
        .or_else(|_| std::path::absolute(out))
        .unwrap_or_else(|_| out.to_path_buf());
    let mut h = std::collections::hash_map::DefaultHasher::new();
    real.hash(&mut h);
    root.join(".xiaokang-cache")
        .join(format!("build-{:016x}.json", h.finish()))
}

/// The manifest of the last build into `out`, if any and readable.
pub fn load(root: &Path, out: &Path) -> Option<Manifest> {
    let text = std::fs::read(path_for(root, out)).ok()?;
    serde_json::from_slice(&text).ok()
}

/// Saves the manifest; a failure only costs the next build its head start.
pub fn save(root: &Path, out: &Path, m: &Manifest) {
    let path = path_for(root, out);
    if let Some(dir) = path.parent() {
        let _ = std::fs::create_dir_all(dir);
    }
    if let Ok(json) = serde_json::to_vec(m) {
        let tmp = path.with_extension("json.tmp");
        if std::fs::write(&tmp, json).is_ok() {
            let _ = std::fs::rename(&tmp, &path);
        }
    }
}

/// Forgets the last build, so the next one renders everything.
pub fn forget(root: &Path, out: &Path) {
    let _ = std::fs::remove_file(path_for(root, out));
}

/// What every page shows besides what it reads of the site: the program, site.yaml, the
/// theme and static files, whether drafts are in.
pub fn fingerprint(tree: &SourceTree, theme_hash: u64, drafts: bool) -> u64 {
    let mut h = std::collections::hash_map::DefaultHasher::new();
    env!("CARGO_PKG_VERSION").hash(&mut h);
    // A rebuilt xiaokang of the same version may render differently.
    if let Ok(m) = std::env::current_exe().and_then(std::fs::metadata) {
        m.len().hash(&mut h);
        m.modified().ok().hash(&mut h);
    }
    drafts.hash(&mut h);
    theme_hash.hash(&mut h);
    tree.site.as_ref().map(|s| &*s.text).hash(&mut h);
    for rel in &tree.static_files {
        rel.hash(&mut h);
        let meta = std::fs::metadata(tree.root.join("content").join("static").join(rel));
        if let Ok(m) = meta {
            m.len().hash(&mut h);
            m.modified().ok().hash(&mut h);
        }
    }
    h.finish()
}

/// The fingerprint of a build's jobs ([`Manifest::fingerprint`]): what every page shows
/// ([`fingerprint`]), and whether its region jobs typeset their briefings.
pub fn with_pdfs(shown: u64, pdfs: bool) -> u64 {
    let mut h = std::collections::hash_map::DefaultHasher::new();
    (shown, pdfs).hash(&mut h);
    h.finish()
}
