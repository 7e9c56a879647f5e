//! `serve`'s rebuilds in memory ([`xiaokang::recompile`] after each change, as the watcher
//! reports it): after every step the site served equals a build of the same content from
//! scratch, byte for byte. What every page shows besides its own content (the navigation:
//! the top-level regions, whether there is news; site.yaml) is where a rebuild that takes
//! pages from the last one goes wrong.

use crate::common::serving::Serving;
use crate::common::{assert_has, Fixture};
use std::fs;
use std::path::{Path, PathBuf};

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

/// Replaces the line of `file` that starts with `line`'s key (`title:`) by `line`.
fn set_line(file: &Path, line: &str) {
    let key = &line[..=line.find(':').unwrap()];
    let text = fs::read_to_string(file).unwrap();
    let old = text.lines().find(|l| l.starts_with(key));
    let old = old.unwrap_or_else(|| panic!("no {key} in {}", file.display()));
    fs::write(file, text.replacen(old, line, 1)).unwrap();
}

/// Every file under `dir`, absolute.
fn files_under(dir: &Path) -> Vec<PathBuf> {
    let files = walkdir::WalkDir::new(dir).into_iter().map(Result::unwrap);
    files
        .filter(|e| e.file_type().is_file())
        .map(|e| e.into_path())
        .collect()
}

/// A figure edited while serving: the county's page shows it at once; all.xlsx and
/// all.csv, seconds to make on a national site, are the last build's until edits settle,
/// and then hold it too.
#[test]
fn the_downloads_follow_an_edited_figure_once_edits_settle() {
    let f = Fixture::example();
    set_line(
        &f.root().join("content/site.yaml"),
        "booklet: { paper: A4, regions: [delingha], briefings: none }",
    );
    let mut d = xiaokang::diagnostics::Diagnostics::new();
    let first = xiaokang::compile(f.root(), true, &mut d).unwrap_or_else(|| panic!("{d}"));
    let csv = |c: &xiaokang::Compiled| {
        let file = c.files.iter().find(|f| f.path == Path::new("data/all.csv"));
        String::from_utf8(file.expect("all.csv").bytes.to_vec()).unwrap()
    };
    assert!(csv(&first).contains("4.34亿元") && !csv(&first).contains("4.35亿元"));

    let kangle = f
        .root()
        .join("content/regions/gansu/linxia/kangle/region.yaml");
    let yaml = fs::read_to_string(&kangle).unwrap();
    fs::write(
        &kangle,
        yaml.replace("amount: 4.34亿元", "amount: 4.35亿元"),
    )
    .unwrap();
    let quick = xiaokang::recompile(f.root(), true, &first, &[kangle], &mut d)
        .unwrap_or_else(|| panic!("{d}"));
    let page = quick
        .files
        .iter()
        .find(|f| f.path == Path::new("regions/kangle/index.html"))
        .unwrap();
    assert_has(&String::from_utf8_lossy(&page.bytes), &["4.35亿元"]);
    assert!(
        quick.downloads_stale,
        "the quick rebuild made the downloads"
    );
    assert_eq!(csv(&quick), csv(&first), "the downloads were not kept");

    // The booklet PDF was kept too; with it stale, settling compiles the whole site. A
    // national site has no booklet by default: settled with only the downloads stale,
    // nothing else is made again.
    assert!(quick.booklet_stale);
    let mut quick = quick;
    quick.booklet_stale = false;
    let settled = xiaokang::settle(f.root(), true, &quick, &mut d).unwrap_or_else(|| panic!("{d}"));
    assert!(!settled.downloads_stale);
    assert!(csv(&settled).contains("4.35亿元") && !csv(&settled).contains("4.34亿元"));
    let xlsx = |c: &xiaokang::Compiled| {
        let file = c
            .files
            .iter()
            .find(|f| f.path == Path::new("data/all.xlsx"));
        file.expect("all.xlsx").bytes.clone()
    };
    assert_ne!(xlsx(&settled), xlsx(&first), "all.xlsx was not made again");
    // Nothing else was rendered again: the settled site is the quick one's, downloads aside.
    assert_eq!(settled.rendered_jobs, 0);
}
