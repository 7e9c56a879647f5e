//! What decoding each region file and story gave, kept from one in-memory build to the
//! next (`serve`): a rebuild after an edit parses and decodes only the files whose text
//! changed. Keyed by the file's path and compared by its text, so a memo can never give
//! a file's old meaning to new text.

use super::assemble::FolderKeys;
use super::region::Region;
use super::story::Story;
use crate::diagnostics::{Diagnostics, SourceFile};
use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::Arc;

/// A region as decoded from its folder's `region.yaml` alone, with that decode's findings.
pub(super) type Alone = (Option<Region>, Diagnostics);

/// A region folder's `region.yaml` decoded on its own: whether it parsed, what it says of
/// itself, its parse findings, and its region decoded alone.
pub(super) type Folder = (Result<(), ()>, FolderKeys, Diagnostics, Option<Alone>);

/// A story decoded: the story (unless it failed) and the findings.
pub(super) type Decoded = (Option<Story>, Diagnostics);

/// The text a file was decoded from, and what it gave.
type Entry<T> = (Arc<str>, Arc<T>);

/// A story: its path and the index of the region it belongs to.
type StoryKey = (PathBuf, Option<usize>);

/// The last build's decoded files, shared with the builds after it: an unchanged file's
/// entry passes from one memo to the next without a copy.
#[derive(Debug, Clone, Default)]
pub struct Memo {
    /// By `region.yaml` path: the text decoded and what it gave.
    folders: HashMap<PathBuf, Entry<Folder>>,
    /// By story.
    stories: HashMap<StoryKey, Entry<Decoded>>,
}

impl Memo {
    /// What `file` gave when its text was last decoded, if that text is the same.
    pub(super) fn folder(&self, file: &SourceFile) -> Option<Arc<Folder>> {
        let (text, folder) = self.folders.get(&file.path)?;
        same(text, &file.text).then(|| folder.clone())
    }

    /// What story `file` of region `region` gave, if its text is the same.
    pub(super) fn story(&self, file: &SourceFile, region: Option<usize>) -> Option<Arc<Decoded>> {
        let (text, decoded) = self.stories.get(&(file.path.clone(), region))?;
        same(text, &file.text).then(|| decoded.clone())
    }

    /// Remembers what `file` gave.
    pub(super) fn keep_folder(&mut self, file: &SourceFile, folder: &Arc<Folder>) {
        let entry = (file.text.clone(), folder.clone());
        self.folders.insert(file.path.clone(), entry);
    }

    /// Remembers what story `file` of region `region` gave.
    pub(super) fn keep_story(
        &mut self,
        file: &SourceFile,
        region: Option<usize>,
        d: &Arc<Decoded>,
    ) {
        let entry = (file.text.clone(), d.clone());
        self.stories.insert((file.path.clone(), region), entry);
    }
}

/// The value itself, for the site to own: taken when nothing else holds it (no memo is
/// kept), else copied (once per build, whether the file was decoded now or before).
pub(super) fn owned<T: Clone>(shared: Arc<T>) -> T {
    Arc::try_unwrap(shared).unwrap_or_else(|shared| (*shared).clone())
}

/// The same text: the same string in memory (a file read once), else compared.
fn same(a: &Arc<str>, b: &Arc<str>) -> bool {
    Arc::ptr_eq(a, b) || a == b
}
