//! `serve`'s rebuilds in memory ([`xiaokang::recompile`] after each change, as the watcher
//! reports it): after every step the site served equals a build of the same content from
//! scratch, byte for byte. What every page shows besides its own content (the navigation:
//! the top-level regions, whether there is news; site.yaml) is where a rebuild that takes
//! pages from the last one goes wrong.

use crate::common::{assert_has, Fixture};
use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};
use xiaokang::diagnostics::Diagnostics;
use xiaokang::{BuildOptions, Compiled};

const STORY: &str = "content/regions/gansu/linxia/kangle/zijin-fuwu.md";

#[test]
fn navigation_and_site_settings_follow_every_memory_rebuild() {
    let f = Fixture::example();
    // One region's booklet and no briefings: typesetting them is most of a first build.
    let booklet = "booklet: { paper: A4, regions: [delingha], briefings: none }";
    set_line(&f.root().join("content/site.yaml"), booklet);
    let mut s = Serving::start(f);
    assert!(s
        .nav_pages()
        .values()
        .all(|nav| nav.contains("news/index.html")));

    // The news folder moved away: no page links 动态 any more, 404.html included.
    let news = files_under(&s.root().join("content/news"));
    fs::rename(s.root().join("content/news"), s.root().join("news-away")).unwrap();
    let rendered = s.rebuild(&news).expect("builds");
    // Every job's page shows the navigation: each one is rendered again, and counted.
    assert_eq!(
        rendered,
        s.last.parts.len(),
        "the log's count of pages made again"
    );
    for (page, nav) in s.nav_pages() {
        assert!(!nav.contains("news/index.html"), "{page} still links news");
    }
    s.assert_same_as_from_scratch();

    // … and back: every page links it again.
    fs::rename(s.root().join("news-away"), s.root().join("content/news")).unwrap();
    let rendered = s.rebuild(&news).expect("builds");
    assert_eq!(rendered, s.last.parts.len());
    let pages = s.nav_pages();
    assert!(pages.contains_key("404.html"));
    for nav in pages.values() {
        assert_has(nav, &["news/index.html\"", ">动态</a>"]);
    }
    s.assert_same_as_from_scratch();

    // A top-level region renamed: every page names it so.
    let qinghai = s.root().join("content/regions/qinghai/region.yaml");
    set_line(&qinghai, "name: 青海改名");
    s.rebuild(&[qinghai]).expect("builds");
    assert_has(&s.nav_pages()["404.html"], &[">青海改名</a>"]);
    s.assert_same_as_from_scratch();

    // … and its folder (its id, the address every page links).
    let before = files_under(&s.root().join("content/regions/qinghai"));
    fs::rename(
        s.root().join("content/regions/qinghai"),
        s.root().join("content/regions/qh"),
    )
    .unwrap();
    let mut changed = before;
    changed.extend(files_under(&s.root().join("content/regions/qh")));
    s.rebuild(&changed).expect("builds");
    assert_has(&s.nav_pages()["404.html"], &["regions/qh/index.html"]);
    s.assert_same_as_from_scratch();

    // site.yaml edited in the same save as a story that breaks the build: the last good
    // build stays served. Mending the story rebuilds from it, whose pages all show the
    // old title: none of them may be taken as it is.
    let site_yaml = s.root().join("content/site.yaml");
    set_line(&site_yaml, "title: 新的站名");
    let story = s.root().join(STORY);
    let good = fs::read_to_string(&story).unwrap();
    fs::write(&story, format!("{good}\n{{{{ nowhere:funds.total }}}}\n")).unwrap();
    assert_eq!(s.rebuild(&[site_yaml, story.clone()]), None);
    fs::write(&story, &good).unwrap();
    s.rebuild(&[story]).expect("builds");
    assert_has(
        &s.page("404.html"),
        &["<title>页面不存在 · 新的站名</title>"],
    );
    s.assert_same_as_from_scratch();
}

/// A site served: its last good build in memory (and built into its output folder).
struct Serving {
    f: Fixture,
    last: Compiled,
}

impl Serving {
    /// The first build, as `serve` makes it (drafts included).
    fn start(f: Fixture) -> Self {
        let mut d = Diagnostics::new();
        let last = xiaokang::compile(f.root(), true, &mut d).unwrap_or_else(|| panic!("{d}"));
        let s = Serving { f, last };
        // The output folder every check builds again from.
        s.build_into(&s.f.out());
        s
    }

    fn root(&self) -> &Path {
        self.f.root()
    }

    /// Rebuilds after `changed` (absolute, as the watcher names them) as `serve` does:
    /// from the last good build, which a failed one leaves in place. Returns how many
    /// page jobs were rendered again (the log's count), or `None` when it failed.
    fn rebuild(&mut self, changed: &[PathBuf]) -> Option<usize> {
        let mut d = Diagnostics::new();
        let c = xiaokang::recompile(self.f.root(), true, &self.last, changed, &mut d)?;
        let rendered = c.rendered_jobs;
        self.last = c;
        Some(rendered)
    }

    /// The files served (static files read from the site), PDFs aside: a rebuild keeps
    /// the last booklet and briefings, and `serve` typesets them again once edits settle.
    fn served(&self) -> BTreeMap<PathBuf, Vec<u8>> {
        let pages = self
            .last
            .files
            .iter()
            .map(|f| (f.path.clone(), f.bytes.clone()));
        let copies =
            (self.last.copies.iter()).map(|(src, dst)| (dst.clone(), fs::read(src).unwrap()));
        pages.chain(copies).filter(|(p, _)| !is_pdf(p)).collect()
    }

    fn page(&self, path: &str) -> String {
        let bytes = self.served().remove(Path::new(path));
        String::from_utf8(bytes.unwrap_or_else(|| panic!("{path} not served"))).unwrap()
    }

    /// Each HTML page served with a navigation, and that navigation.
    fn nav_pages(&self) -> BTreeMap<String, String> {
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
    fn assert_same_as_from_scratch(&self) {
        let dir = tempfile::tempdir().unwrap();
        let fresh = self.build_into(&dir.path().join("site"));
        assert_same("served", &self.served(), &fresh);
        let built = self.build_into(&self.f.out());
        assert_same("built again", &built, &fresh);
    }

    /// Builds the site into `out` (from its last build there, if any), without PDFs;
    /// returns the files there.
    fn build_into(&self, out: &Path) -> BTreeMap<PathBuf, Vec<u8>> {
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
fn assert_same(what: &str, ours: &BTreeMap<PathBuf, Vec<u8>>, fresh: &BTreeMap<PathBuf, Vec<u8>>) {
    let differ: Vec<&PathBuf> = (fresh.keys().chain(ours.keys()))
        .filter(|p| fresh.get(*p) != ours.get(*p))
        .collect();
    assert!(
        differ.is_empty(),
        "{what} and from scratch differ: {differ:?}"
    );
}

/// Replaces the line of `file` that starts with `line`'s key (`title:`) by `line`.
fn set_line(file: &Path, line: &str) {
    let key = &line[..=line.find(':').unwrap()];
    let text = fs::read_to_string(file).unwrap();
    let old = text.lines().find(|l| l.starts_with(key));
    let old = old.unwrap_or_else(|| panic!("no {key} in {}", file.display()));
    fs::write(file, text.replacen(old, line, 1)).unwrap();
}

fn is_pdf(p: &Path) -> bool {
    p.extension().is_some_and(|x| x == "pdf")
}

/// Every file under `dir`, absolute.
fn files_under(dir: &Path) -> Vec<PathBuf> {
    let files = walkdir::WalkDir::new(dir).into_iter().map(Result::unwrap);
    files
        .filter(|e| e.file_type().is_file())
        .map(|e| e.into_path())
        .collect()
}
