//! What `build` remembers between runs, so a rebuild renders only the jobs whose source
//! files changed: the jobs of the last build (what each read and wrote), a hash of every
//! source file, and a fingerprint of everything that affects every page.
//!
//! It lives in `<root>/.xiaokang-cache/build-<hash of the output folder>.json`; the output
//! folder must still hold the files the manifest lists, else their jobs are rendered again.

use crate::load::SourceTree;
use crate::model::Site;
use crate::render::pages::{JobKey, Part};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::hash::{Hash, Hasher};
use std::path::{Path, PathBuf};

/// The last successful build.
#[derive(Debug)]
pub struct Manifest {
    /// Everything every page depends on: program version, site.yaml, templates, theme and
    /// site static files, options. Any change renders all.
    pub fingerprint: u64,
    /// Content hash of each region file and story (relative to the site root).
    pub sources: BTreeMap<PathBuf, u64>,
    /// The jobs.
    pub parts: Vec<Part>,
    /// The booklet's files, kept as they are while no source file changes (typesetting
    /// it is the slowest part of a small site's build).
    pub booklet: Vec<PathBuf>,
    /// What the search index was made from: while it is the same, the index is kept.
    pub search: Option<u64>,
}

/// The manifest as stored: each source path once, jobs naming their inputs by number.
/// Every page reads the top-level regions, so paths written out per job made the file of
/// a 10,000-county site tens of megabytes, and reading it took longer than the rebuild.
#[derive(Serialize, Deserialize)]
struct Stored {
    fingerprint: u64,
    /// Source files: path and content hash (none for a path only a job names).
    paths: Vec<(PathBuf, Option<u64>)>,
    /// Jobs: key, inputs (indexes into `paths`), outputs.
    parts: Vec<(JobKey, Vec<u32>, Vec<PathBuf>)>,
    booklet: Vec<PathBuf>,
    #[serde(default)]
    search: Option<u64>,
}

impl Stored {
    fn from(m: &Manifest) -> Stored {
        let mut paths: Vec<(PathBuf, Option<u64>)> = m
            .sources
            .iter()
            .map(|(p, h)| (p.clone(), Some(*h)))
            .collect();
        let mut index: HashMap<&Path, u32> = m
            .sources
            .keys()
            .enumerate()
            .map(|(i, p)| (p.as_path(), i as u32))
            .collect();
        let mut parts = Vec::with_capacity(m.parts.len());
        for part in &m.parts {
            let inputs = part
                .inputs
                .iter()
                .map(|p| {
                    *index.entry(p.as_path()).or_insert_with(|| {
                        paths.push((p.clone(), None));
                        (paths.len() - 1) as u32
                    })
                })
                .collect();
            parts.push((part.key.clone(), inputs, part.outputs.clone()));
        }
        Stored {
            fingerprint: m.fingerprint,
            paths,
            parts,
            booklet: m.booklet.clone(),
            search: m.search,
        }
    }

    /// The manifest, or `None` when an input number is out of range (a damaged file).
    fn into_manifest(self) -> Option<Manifest> {
        let mut parts = Vec::with_capacity(self.parts.len());
        for (key, inputs, outputs) in self.parts {
            let inputs = inputs
                .iter()
                .map(|i| self.paths.get(*i as usize).map(|(p, _)| p.clone()))
                .collect::<Option<BTreeSet<PathBuf>>>()?;
            parts.push(Part {
                key,
                inputs,
                outputs,
            });
        }
        Some(Manifest {
            fingerprint: self.fingerprint,
            sources: self
                .paths
                .into_iter()
                .filter_map(|(p, h)| Some((p, h?)))
                .collect(),
            parts,
            booklet: self.booklet,
            search: self.search,
        })
    }
}

impl Manifest {
    /// Source files whose content differs from `now` (added, changed or removed).
    pub fn changed(&self, now: &BTreeMap<PathBuf, u64>) -> BTreeSet<PathBuf> {
        let mut out: BTreeSet<PathBuf> = now
            .iter()
            .filter(|(p, h)| self.sources.get(*p) != Some(h))
            .map(|(p, _)| p.clone())
            .collect();
        out.extend(
            self.sources
                .keys()
                .filter(|p| !now.contains_key(*p))
                .cloned(),
        );
        out
    }
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
    serde_json::from_slice::<Stored>(&text)
        .ok()?
        .into_manifest()
}

/// Saves the manifest; a failure only costs the next build its head start.
pub fn save(root: &Path, out: &Path, m: &Manifest) {
    let path = path_for(root, out);
    if let Some(dir) = path.parent() {
        let _ = std::fs::create_dir_all(dir);
    }
    if let Ok(json) = serde_json::to_vec(&Stored::from(m)) {
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

fn hash_of(text: &str) -> u64 {
    let mut h = std::collections::hash_map::DefaultHasher::new();
    text.hash(&mut h);
    h.finish()
}

/// Content hash of every region file and story of the site.
pub fn source_hashes(site: &Site) -> BTreeMap<PathBuf, u64> {
    let regions = site.regions.iter().map(|r| &r.file);
    let stories = site.stories.iter().chain(&site.home).map(|s| &s.file);
    regions
        .chain(stories)
        .map(|f| (f.path.clone(), hash_of(&f.text)))
        .collect()
}

/// The fingerprint of what every page depends on (see [`Manifest::fingerprint`]).
pub fn fingerprint(tree: &SourceTree, theme_hash: u64, options: &str) -> u64 {
    let mut h = std::collections::hash_map::DefaultHasher::new();
    env!("CARGO_PKG_VERSION").hash(&mut h);
    // A rebuilt xiaokang of the same version may render differently.
    if let Ok(m) = std::env::current_exe().and_then(std::fs::metadata) {
        m.len().hash(&mut h);
        m.modified().ok().hash(&mut h);
    }
    options.hash(&mut h);
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
