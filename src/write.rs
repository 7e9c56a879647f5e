//! Writing the built site, file by file as it is made ([`Writer`]): a new output folder
//! is filled under a temporary name and renamed into place; an existing one is updated in
//! place, only where files changed. Either way a failed build leaves the previous output
//! untouched.

use crate::diagnostics::Diagnostic;
use crate::messages::catalog::output;
use crate::render::OutputFile;
use rayon::prelude::*;
use rustc_hash::FxHashSet;
use std::ffi::OsString;
use std::fs;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

/// The file that marks a folder as xiaokang output, safe to replace.
pub const MARKER: &str = ".xiaokang-output";

/// Refuses output folders whose replacement would destroy the user's work.
pub fn check_target(root: &Path, out: &Path) -> Result<(), Box<Diagnostic>> {
    let root = fs::canonicalize(root).unwrap_or_else(|_| root.to_path_buf());
    let out_abs = absolute(out);
    let protected = [
        root.clone(),
        root.join("content"),
        root.join("themes"),
        root.join("templates"),
        root.join("src"),
    ];
    // The site itself, a folder holding it, or a folder inside its sources.
    if protected.contains(&out_abs)
        || root.starts_with(&out_abs)
        || protected[1..].iter().any(|p| out_abs.starts_with(p))
    {
        return Err(Box::new(
            Diagnostic::general(output::refuse_own_files(out))
                .hint(output::refuse_own_files_hint()),
        ));
    }
    if out_abs.is_dir() && !out_abs.join(MARKER).is_file() {
        let empty = fs::read_dir(&out_abs)
            .map(|mut rd| rd.next().is_none())
            .unwrap_or(false);
        if !empty {
            return Err(Box::new(
                Diagnostic::general(output::refuse_not_empty(out))
                    .hint(output::refuse_not_empty_hint()),
            ));
        }
    }
    if out_abs.is_file() {
        return Err(Box::new(Diagnostic::general(output::out_is_a_file(out))));
    }
    Ok(())
}

/// `out` made absolute against the current folder, resolving what exists of it.
fn absolute(out: &Path) -> PathBuf {
    if let Ok(p) = fs::canonicalize(out) {
        return p;
    }
    let abs = if out.is_absolute() {
        out.to_path_buf()
    } else {
        std::env::current_dir().unwrap_or_default().join(out)
    };
    match (
        abs.parent().and_then(|p| fs::canonicalize(p).ok()),
        abs.file_name(),
    ) {
        (Some(parent), Some(name)) => parent.join(name),
        _ => abs,
    }
}

/// What writing changed in the output folder.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct WriteStats {
    /// Files written (new or changed).
    pub written: usize,
    /// Files left as they were: the same bytes were already there, or their job was reused.
    pub unchanged: usize,
    /// Files of the previous build that this one no longer makes, removed.
    pub removed: usize,
}

/// Writes `files` and copies `copies` (source, destination relative to `out`) into `out`
/// (see [`Writer`]).
pub fn write_site(
    out: &Path,
    files: &[OutputFile],
    copies: &[(PathBuf, PathBuf)],
) -> Result<WriteStats, Box<Diagnostic>> {
    let w = Writer::open(out)?;
    if let Err(e) = w.put(files) {
        w.abort();
        return Err(e);
    }
    w.commit(copies)
}

/// Writes a build's files as they are made, so a large site never sits whole in memory.
///
/// A new output folder is filled under a temporary name and renamed into place. An
/// existing one is brought up to date in place, rsync-like: unchanged files are not
/// touched (re-creating thousands of files costs more than rendering them), changed files
/// are written beside their targets and renamed over them only at [`Writer::commit`], and
/// files the site no longer makes are removed then. [`Writer::abort`] (a failed build)
/// removes what was written, leaving the previous output as it was; so does dropping a
/// writer that was not committed, whichever step of the build failed.
pub struct Writer {
    out: PathBuf,
    /// Where files go now: a staging folder for a new output, else `out` itself.
    dir: PathBuf,
    fresh: bool,
    /// The staging folder has become the output: nothing is left to drop.
    committed: bool,
    /// Files already in an existing output (relative), read once when it is opened.
    existing: FxHashSet<OsString>,
    state: Mutex<State>,
}

#[derive(Default)]
struct State {
    /// Folders known to exist.
    dirs: FxHashSet<PathBuf>,
    /// Every file of this build, relative to the output folder.
    made: FxHashSet<OsString>,
    /// Changed files (absolute) written under their pending name, to swap in on commit.
    pending: Vec<PathBuf>,
    stats: WriteStats,
}

impl Writer {
    /// Prepares to write the site into `out`.
    pub fn open(out: &Path) -> Result<Writer, Box<Diagnostic>> {
        let out = absolute(out);
        if out.is_dir() {
            // One walk tells which files there are: what an unchanged job kept, and what
            // is stale at commit, without a lookup per file.
            let (existing, dirs) = list_files(&out);
            let state = State {
                dirs,
                ..State::default()
            };
            return Ok(Writer {
                dir: out.clone(),
                out,
                fresh: false,
                committed: false,
                existing,
                state: Mutex::new(state),
            });
        }
        let parent = out
            .parent()
            .map(Path::to_path_buf)
            .unwrap_or_else(|| PathBuf::from("."));
        let name = out
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| "output".into());
        fs::create_dir_all(&parent).map_err(|e| io_error(&parent, e))?;
        let staging = parent.join(format!(".{name}.xiaokang-new-{}", std::process::id()));
        let _ = fs::remove_dir_all(&staging);
        fs::create_dir_all(&staging).map_err(|e| io_error(&staging, e))?;
        Ok(Writer {
            out,
            dir: staging,
            fresh: true,
            existing: FxHashSet::default(),
            committed: false,
            state: Mutex::default(),
        })
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Makes the folder of `path` (absolute) unless already made.
    fn parent_of(&self, path: &Path) -> Result<(), Box<Diagnostic>> {
        let Some(p) = path.parent() else {
            return Ok(());
        };
        if self.lock().dirs.contains(p) {
            return Ok(());
        }
        fs::create_dir_all(p).map_err(|e| io_error(p, e))?;
        self.lock().dirs.insert(p.to_path_buf());
        Ok(())
    }

    /// Writes `files` (callable from many threads at once).
    pub fn put(&self, files: &[OutputFile]) -> Result<(), Box<Diagnostic>> {
        files
            .par_iter()
            .try_for_each(|f| self.put_one(&f.path, &f.bytes))
    }

    fn put_one(&self, rel: &Path, bytes: &[u8]) -> Result<(), Box<Diagnostic>> {
        let path = self.dir.join(rel);
        self.parent_of(&path)?;
        let changed = if self.fresh {
            fs::write(&path, bytes).map_err(|e| io_error(&path, e))?;
            None
        } else if self.existing.contains(rel.as_os_str()) && same(&path, bytes) {
            None
        } else {
            fs::write(pending(&path), bytes).map_err(|e| io_error(&path, e))?;
            Some(path)
        };
        let mut st = self.lock();
        st.made.insert(rel.as_os_str().to_owned());
        match changed {
            Some(p) => st.pending.push(p),
            None if self.fresh => st.stats.written += 1,
            None => st.stats.unchanged += 1,
        }
        Ok(())
    }

    /// Keeps files the previous build wrote and this one did not render again (unchanged
    /// jobs). Says which are missing: their job must be rendered after all.
    pub fn keep(&self, rels: &[PathBuf]) -> Vec<PathBuf> {
        let missing: Vec<PathBuf> = rels
            .iter()
            .filter(|r| !self.existing.contains(r.as_os_str()))
            .cloned()
            .collect();
        if missing.is_empty() {
            let mut st = self.lock();
            st.stats.unchanged += rels.len();
            st.made
                .extend(rels.iter().map(|r| r.as_os_str().to_owned()));
        }
        missing
    }

    /// Copies `copies` and the marker in, then swaps the new files into place and removes
    /// every other file in the folder (the folder is the site, nothing else).
    pub fn commit(mut self, copies: &[(PathBuf, PathBuf)]) -> Result<WriteStats, Box<Diagnostic>> {
        let copied = copies.par_iter().try_for_each(|(src, rel)| {
            let bytes = fs::read(src).map_err(|e| io_error(src, e))?;
            self.put_one(rel, &bytes)
        });
        let marked = copied.and_then(|()| self.put_one(Path::new(MARKER), MARKER_TEXT.as_bytes()));
        if let Err(e) = marked {
            self.abort();
            return Err(e);
        }
        let st = std::mem::take(&mut *self.lock());
        let mut stats = st.stats;
        if self.fresh {
            if let Err(e) = fs::rename(&self.dir, &self.out) {
                let _ = fs::remove_dir_all(&self.dir);
                return Err(io_error(&self.out, e));
            }
            self.committed = true;
            return Ok(stats);
        }
        st.pending.par_iter().try_for_each(|path| {
            if path.is_dir() {
                let _ = fs::remove_dir_all(path);
            }
            fs::rename(pending(path), path).map_err(|e| io_error(path, e))
        })?;
        stats.written += st.pending.len();
        let mut emptied: Vec<&Path> = Vec::new();
        for rel in self.existing.iter().filter(|r| !st.made.contains(*r)) {
            let rel = Path::new(rel);
            if fs::remove_file(self.out.join(rel)).is_ok() {
                stats.removed += 1;
                emptied.extend(rel.parent().filter(|p| !p.as_os_str().is_empty()));
            }
        }
        // A folder left empty goes too (a removed region's charts), deepest first.
        emptied.sort_by_key(|d| std::cmp::Reverse(d.components().count()));
        emptied.dedup();
        for d in emptied {
            for dir in d.ancestors().filter(|a| !a.as_os_str().is_empty()) {
                if fs::remove_dir(self.out.join(dir)).is_err() {
                    break;
                }
            }
        }
        Ok(stats)
    }

    /// Drops everything written so far; the previous output stays as it was.
    pub fn abort(self) {
        drop(self);
    }
}

/// A writer dropped before [`Writer::commit`] finished (a failed build: rendering, writing
/// a site-wide file, copying) removes its staging folder or pending files, as
/// [`Writer::abort`] does, so none are left in or beside the output.
impl Drop for Writer {
    fn drop(&mut self) {
        if self.committed {
            return;
        }
        if self.fresh {
            let _ = fs::remove_dir_all(&self.dir);
            return;
        }
        // After a commit this is empty: its files were swapped into place.
        for p in &self.lock().pending {
            let _ = fs::remove_file(pending(p));
        }
    }
}

const MARKER_TEXT: &str = "This folder is generated by xiaokang and replaced on every build.\n";

/// Every file under `out` (relative paths, hashed as bytes: a path's own hash walks its
/// components) and every folder (absolute), each top-level folder walked in parallel.
fn list_files(out: &Path) -> (FxHashSet<OsString>, FxHashSet<PathBuf>) {
    let mut files = FxHashSet::default();
    let mut dirs = FxHashSet::default();
    let mut tops = Vec::new();
    for entry in fs::read_dir(out).into_iter().flatten().flatten() {
        match entry.file_type() {
            Ok(t) if t.is_dir() => tops.push(entry.path()),
            Ok(_) => {
                files.insert(entry.file_name());
            }
            Err(_) => {}
        }
    }
    let walked: Vec<(Vec<OsString>, Vec<PathBuf>)> = tops
        .par_iter()
        .map(|top| {
            let (mut f, mut d) = (Vec::new(), Vec::new());
            for entry in walkdir::WalkDir::new(top).into_iter().flatten() {
                if entry.file_type().is_dir() {
                    d.push(entry.into_path());
                } else if let Ok(rel) = entry.path().strip_prefix(out) {
                    f.push(rel.as_os_str().to_owned());
                }
            }
            (f, d)
        })
        .collect();
    for (f, d) in walked {
        files.extend(f);
        dirs.extend(d);
    }
    (files, dirs)
}

/// The temporary name a changed file is written under before it replaces the old one.
fn pending(path: &Path) -> PathBuf {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    path.with_file_name(format!(".{name}.xiaokang-new"))
}

/// Does `path` already hold exactly `bytes`?
fn same(path: &Path, bytes: &[u8]) -> bool {
    match fs::metadata(path) {
        Ok(m) if m.is_file() && m.len() == bytes.len() as u64 => {
            fs::read(path).is_ok_and(|old| old == bytes)
        }
        _ => false,
    }
}

fn io_error(path: &Path, e: std::io::Error) -> Box<Diagnostic> {
    Box::new(
        Diagnostic::general(output::cannot_write(path, e.to_string()))
            .hint(output::cannot_write_hint()),
    )
}

/// Marks `out` as xiaokang's output folder if it is not yet (a booklet-only build into a
/// folder no whole build has made), so later builds may replace it.
pub fn ensure_marker(out: &Path) -> Result<(), Box<Diagnostic>> {
    if out.join(MARKER).is_file() {
        return Ok(());
    }
    fs::write(out.join(MARKER), MARKER_TEXT).map_err(|e| io_error(out, e))
}
