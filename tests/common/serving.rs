//! A site as `serve` keeps it: its last good build in memory, rebuilt after each change
//! as the watcher reports it, and compared with a build of the same content from scratch.

use super::Fixture;
use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};
use xiaokang::diagnostics::Diagnostics;
use xiaokang::{BuildOptions, Compiled};

/// A site served: its last good build in memory (and built into its output folder).
pub struct Serving {
    pub f: Fixture,
    pub last: Compiled,
}

impl Serving {
    /// The first build, as `serve` makes it (drafts included).
    pub fn start(f: Fixture) -> Self {
        let mut d = Diagnostics::new();
        let last = xiaokang::compile(f.root(), true, &mut d).unwrap_or_else(|| panic!("{d}"));
        let s = Serving { f, last };
        // The output folder every check builds again from.
        s.build_into(&s.f.out());
        s
    }

    pub fn root(&self) -> &Path {
        self.f.root()
    }

    /// Rebuilds after `changed` (absolute, as the watcher names them) as `serve` does:
    /// from the last good build, which a failed one leaves in place. Returns how many
    /// page jobs were rendered again (the log's count), or `None` when it failed.
    pub fn rebuild(&mut self, changed: &[PathBuf]) -> Option<usize> {
        let mut d = Diagnostics::new();
        let mut c = xiaokang::recompile(self.f.root(), true, &self.last, changed, &mut d)?;
        let rendered = c.rendered_jobs;
        // What `serve` makes once edits settle: all.xlsx and all.csv, kept by the quick
        // rebuild, are made again (the booklet and briefings are left to the full build).
        if c.downloads_stale {
            c.booklet_stale = false;
            c = xiaokang::settle(self.f.root(), true, &c, &mut d).unwrap_or_else(|| panic!("{d}"));
            assert!(!c.downloads_stale);
        }
        self.last = c;
        Some(rendered)
    }

    /// The files served (static files read from the site), PDFs aside: a rebuild keeps
    /// the last booklet and briefings, and `serve` typesets them again once edits settle.
    pub fn served(&self) -> BTreeMap<PathBuf, Vec<u8>> {
        let pages = self
            .last
            .files
            .iter()
            .map(|f| (f.path.clone(), f.bytes.to_vec()));
        let copies =
            (self.last.copies.iter()).map(|(src, dst)| (dst.clone(), fs::read(src).unwrap()));
        pages.chain(copies).filter(|(p, _)| !is_pdf(p)).collect()
    }

    pub fn page(&self, path: &str) -> String {
        let bytes = self.served().remove(Path::new(path));
        String::from_utf8(bytes.unwrap_or_else(|| panic!("{path} not served"))).unwrap()
    }

    /// Each HTML page served with a navigation, and that navigation.
    pub fn nav_pages(&self) -> BTreeMap<String, String> {
        let served = self.served();
        let pages = served.iter().filter_map(|(path, bytes)| {
            let html = std::str::from_utf8(bytes).ok()?;
            let start = html.find("<nav class=\"nav\"")?;
            let end = start + html[start..].find("</nav>")?;
            Some((
                path.to_string_lossy().replace('\\', "/"),
                html[start..end].to_string(),
            ))
        });
        let pages: BTreeMap<String, String> = pages.collect();
        assert!(pages.len() > 10, "{:?}", pages.keys());
        pages
    }

    /// Asserts that what is served, and the output folder built again from its last
    /// build (`build`'s way), equal a build of the site from scratch.
    pub fn assert_same_as_from_scratch(&self) {
        self.assert_same_as_from_scratch_at("");
    }

    /// The same, saying `at` (a step of a sequence) when they differ.
    pub fn assert_same_as_from_scratch_at(&self, at: &str) {
        let dir = tempfile::tempdir().unwrap();
        let fresh = self.build_into(&dir.path().join("site"));
        assert_same(&format!("{at}: served"), &self.served(), &fresh);
        let built = self.build_into(&self.f.out());
        assert_same(&format!("{at}: built again"), &built, &fresh);
    }

    /// Builds the site into `out` (from its last build there, if any), without PDFs;
    /// returns the files there.
    pub fn build_into(&self, out: &Path) -> BTreeMap<PathBuf, Vec<u8>> {
        let options = BuildOptions {
            root: self.root().to_path_buf(),
            out: Some(out.to_path_buf()),
            drafts: true,
            booklet_only: false,
            pdfs: false,
        };
        xiaokang::build(&options).unwrap_or_else(|d| panic!("{d}"));
        let marker = Path::new(xiaokang::write::MARKER);
        let files = crate::common::files(out).into_iter();
        files.filter(|(p, _)| p != marker && !is_pdf(p)).collect()
    }
}

/// Asserts that `ours` holds the same files as `fresh`, naming those that differ.
pub fn assert_same(
    what: &str,
    ours: &BTreeMap<PathBuf, Vec<u8>>,
    fresh: &BTreeMap<PathBuf, Vec<u8>>,
) {
    let differ: Vec<&PathBuf> = (fresh.keys().chain(ours.keys()))
        .filter(|p| fresh.get(*p) != ours.get(*p))
        .collect();
    assert!(
        differ.is_empty(),
        "{what} and from scratch differ: {differ:?}"
    );
}

/// The booklet's and briefings' PDFs and their Word files: typeset by full builds only.
fn is_pdf(p: &Path) -> bool {
    p.extension().is_some_and(|x| x == "pdf" || x == "docx")
}
