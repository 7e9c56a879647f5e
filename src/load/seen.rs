//! The files a load read, kept for the next load in memory (`serve`): a file whose size
//! and modification time are unchanged is taken as it was, without being read again.

use super::read_text;
use crate::diagnostics::{Diagnostics, SourceFile};
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::time::{Duration, SystemTime};

/// A file modified this shortly before a load began may be written again with the same
/// size and modification time (clocks tick coarsely; FAT's every 2 s): it is not kept,
/// and the next load reads it again.
const RACY: Duration = Duration::from_secs(2);

/// A file's size and modification time when it was read.
type Signature = (u64, SystemTime);

/// The region files and stories of the last load, by path.
#[derive(Debug, Clone, Default)]
pub struct Seen(HashMap<PathBuf, (Signature, SourceFile)>);

/// Reads a load's files, from `before` where they are unchanged.
pub(super) struct Reader<'a> {
    /// The site's root.
    pub root: &'a Path,
    before: Option<&'a Seen>,
    /// What this load read, when remembered.
    now: Option<Mutex<Seen>>,
    /// Files modified after this are not remembered ([`RACY`]).
    settled_before: SystemTime,
}

impl<'a> Reader<'a> {
    pub fn new(root: &'a Path, before: Option<&'a Seen>, remember: bool) -> Self {
        let now = remember.then(|| Mutex::new(Seen::default()));
        let now_less = SystemTime::now().checked_sub(RACY);
        let settled_before = now_less.unwrap_or(SystemTime::UNIX_EPOCH);
        Reader {
            root,
            before,
            now,
            settled_before,
        }
    }

    /// The text of `path`, as [`read_text`] reads it, or as last read when unchanged.
    pub fn text(&self, path: &Path, diags: &mut Diagnostics) -> Option<SourceFile> {
        let sig = signature(path);
        let kept = sig.and_then(|s| {
            let (was, file) = self.before?.0.get(path)?;
            (*was == s).then(|| file.clone())
        });
        // Unchanged files skip the checks `read_text` makes (size, links leading out of
        // the site, encoding): they passed them when read.
        let file = match kept {
            Some(f) => f,
            None => read_text(self.root, path, diags)?,
        };
        let settled = sig.filter(|s| s.1 < self.settled_before);
        if let (Some(now), Some(s)) = (&self.now, settled) {
            if let Ok(mut seen) = now.lock() {
                seen.0.insert(path.to_path_buf(), (s, file.clone()));
            }
        }
        Some(file)
    }

    /// What this load read, when it was to be remembered.
    pub fn into_seen(self) -> Option<Seen> {
        self.now.and_then(|m| m.into_inner().ok())
    }
}

/// A regular file's size and modification time; `None` for a link (always read, so a
/// link changed to lead out of the site is refused) or when unknown.
fn signature(path: &Path) -> Option<Signature> {
    let m = std::fs::symlink_metadata(path).ok()?;
    m.file_type().is_file().then_some(())?;
    Some((m.len(), m.modified().ok()?))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::fs::File;

    fn site_with(text: &str, modified: SystemTime) -> (tempfile::TempDir, PathBuf) {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.md");
        write(&path, text, modified);
        (dir, path)
    }

    fn write(path: &Path, text: &str, modified: SystemTime) {
        std::fs::write(path, text).unwrap();
        File::options()
            .write(true)
            .open(path)
            .unwrap()
            .set_modified(modified)
            .unwrap();
    }

    fn read(root: &Path, path: &Path, before: Option<&Seen>) -> (String, Seen) {
        let reader = Reader::new(root, before, true);
        let file = reader.text(path, &mut Diagnostics::new()).unwrap();
        (file.text.to_string(), reader.into_seen().unwrap())
    }

    #[test]
    fn a_file_is_read_again_when_its_size_or_time_changed() {
        let old = SystemTime::now() - Duration::from_secs(60);
        let (dir, path) = site_with("一二三", old);
        let (text, seen) = read(dir.path(), &path, None);
        assert_eq!(text, "一二三");
        // Unchanged by size and time: taken as it was (which is what they promise).
        write(&path, "四五六", old);
        assert_eq!(read(dir.path(), &path, Some(&seen)).0, "一二三");
        // Another time, or another size: read again.
        write(&path, "四五六", old + Duration::from_secs(1));
        assert_eq!(read(dir.path(), &path, Some(&seen)).0, "四五六");
        write(&path, "四五六七", old);
        assert_eq!(read(dir.path(), &path, Some(&seen)).0, "四五六七");
    }

    #[test]
    fn a_file_modified_just_before_the_load_is_not_kept() {
        let (dir, path) = site_with("一二三", SystemTime::now());
        let (_, seen) = read(dir.path(), &path, None);
        assert!(seen.0.is_empty(), "a racy file was kept");
    }
}
