//! The author's workflow: `new`, `check`'s link checks, feeds, and `serve` with live reload,
//! incremental rebuilds and the error overlay.

use crate::common::http_get as get;
use std::net::SocketAddr;
use std::path::Path;
use std::time::{Duration, Instant};
use xiaokang::BuildOptions;

fn build(root: &Path) -> Result<xiaokang::BuildReport, xiaokang::diagnostics::Diagnostics> {
    xiaokang::build(&BuildOptions {
        root: root.to_path_buf(),
        out: None,
        drafts: false,
        booklet_only: false,
        pdfs: false,
    })
}

fn new_site() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    xiaokang::scaffold::new_site(dir.path()).expect("new site");
    dir
}

fn write(root: &Path, rel: &str, text: &str) {
    let p = root.join(rel);
    std::fs::create_dir_all(p.parent().unwrap()).unwrap();
    std::fs::write(p, text).unwrap();
}

#[test]
fn new_site_builds_checks_and_has_feeds_and_search() {
    let dir = new_site();
    let report = build(dir.path()).unwrap_or_else(|d| panic!("{d}"));
    assert!(report.diagnostics.is_empty(), "{}", report.diagnostics);
    let out = dir.path().join("output");
    for f in [
        "index.html",
        "regions/shili/index.html",
        "regions/shili/guangfu/index.html",
        "search/index.html",
        "search/index.js",
        "search/terms/0.js",
        "search/pages/0.js",
        "static/search.js",
        "feed.xml",
        "robots.txt",
        "404.html",
    ] {
        assert!(out.join(f).is_file(), "{f} missing");
    }
    // No base_url: no sitemap.
    assert!(!out.join("sitemap.xml").exists());
    let story = std::fs::read_to_string(out.join("regions/shili/guangfu/index.html")).unwrap();
    // The figure reference is resolved; the chart is drawn. A new site has no base_url,
    // so `charts.png: auto` makes no share image: no chat app could load one.
    assert!(story.contains("31250人"), "{story}");
    assert!(out.join("charts/shili/guangfu-1.svg").is_file());
    assert!(!out.join("charts/shili/guangfu-1.png").exists());
    assert!(!story.contains("og:image"), "{story}");
    assert!(
        !story.contains("__xiaokang"),
        "no reload script in built pages"
    );
    let d = xiaokang::check(dir.path());
    assert!(!d.has_errors(), "{d}");
    // `new` refuses a folder that is not empty.
    assert!(xiaokang::scaffold::new_site(dir.path()).is_err());
}

#[test]
fn sitemap_and_absolute_share_images_with_base_url() {
    let dir = new_site();
    let site = std::fs::read_to_string(dir.path().join("content/site.yaml")).unwrap();
    write(
        dir.path(),
        "content/site.yaml",
        &site.replace("# base_url:", "base_url:"),
    );
    build(dir.path()).unwrap_or_else(|d| panic!("{d}"));
    let out = dir.path().join("output");
    let sitemap = std::fs::read_to_string(out.join("sitemap.xml")).unwrap();
    assert!(sitemap.contains("<loc>https://example.gov.cn/fupin/regions/shili/</loc>"));
    assert!(!sitemap.contains("404"));
    let robots = std::fs::read_to_string(out.join("robots.txt")).unwrap();
    assert!(robots.contains("Sitemap: https://example.gov.cn/fupin/sitemap.xml"));
    let feed = std::fs::read_to_string(out.join("feed.xml")).unwrap();
    assert!(feed.contains("<id>https://example.gov.cn/fupin/regions/shili/guangfu/index.html</id>"));
    let region = std::fs::read_to_string(out.join("regions/shili/index.html")).unwrap();
    assert!(region.contains(
        r#"<meta property="og:image" content="https://example.gov.cn/fupin/charts/shili/"#
    ));
    assert!(region.contains(
        r#"<meta property="og:url" content="https://example.gov.cn/fupin/regions/shili/">"#
    ));
}

#[test]
fn check_finds_broken_links_and_anchors_at_their_line() {
    let dir = new_site();
    write(
        dir.path(),
        "content/regions/shili/lianjie.md",
        "---\ntitle: 链接\n---\n\n见[光伏报道](../guangfu/index.html)。\n\n见[锚点](../guangfu/index.html#nowhere)。\n",
    );
    write(dir.path(), "content/static/unused.txt", "x");
    let d = xiaokang::check(dir.path());
    let text = d.to_string();
    assert!(d.has_errors(), "{text}");
    assert!(
        text.contains("content/regions/shili/lianjie.md:7:"),
        "{text}"
    );
    assert!(text.contains("no element with id `nowhere`"), "{text}");
    assert!(
        text.contains("content/static/unused.txt is not used"),
        "{text}"
    );
    // check writes nothing.
    assert!(!dir.path().join("output").exists());
}

#[test]
fn recompile_renders_only_the_pages_that_read_the_changed_file() {
    let dir = new_site();
    write(
        dir.path(),
        "content/regions/qita/region.yaml",
        "name: 其他县\n",
    );
    let mut d = xiaokang::diagnostics::Diagnostics::new();
    let first = xiaokang::compile(dir.path(), false, &mut d).unwrap_or_else(|| panic!("{d}"));
    assert_eq!(first.rendered_jobs, first.parts.len());
    let story = cite_2016_in_the_story(dir.path());
    let mut d = xiaokang::diagnostics::Diagnostics::new();
    let again = xiaokang::recompile(dir.path(), false, &first, &[story.into()], &mut d)
        .unwrap_or_else(|| panic!("{d}"));
    // The story, its region page (lists it) and the home page (lists every story).
    assert_eq!(
        again.rendered_jobs,
        3,
        "{:?}",
        again.parts.iter().map(|p| &p.key).collect::<Vec<_>>()
    );
    let page = |c: &xiaokang::Compiled, p: &str| {
        String::from_utf8(
            c.files
                .iter()
                .find(|f| f.path == Path::new(p))
                .unwrap()
                .bytes
                .to_vec(),
        )
        .unwrap()
    };
    assert!(page(&again, "regions/shili/guangfu/index.html").contains("15880人"));
    // The other region's page is reused as it was.
    assert_eq!(
        page(&again, "regions/qita/index.html"),
        page(&first, "regions/qita/index.html")
    );
    // And the result is the same as a full compile's.
    let mut d = xiaokang::diagnostics::Diagnostics::new();
    let full = xiaokang::compile(dir.path(), false, &mut d).unwrap();
    // (The booklet and the briefing PDFs, and their Word files, are typeset again only by
    // a full compile: `serve` does it later.)
    let is_pdf = |p: &Path| {
        p.starts_with("booklet") && p.extension().is_some_and(|e| e == "pdf" || e == "docx")
    };
    let mut a: Vec<_> = again
        .files
        .iter()
        .filter(|f| !is_pdf(&f.path))
        .map(|f| (&f.path, &f.bytes))
        .collect();
    let mut b: Vec<_> = full
        .files
        .iter()
        .filter(|f| !is_pdf(&f.path))
        .map(|f| (&f.path, &f.bytes))
        .collect();
    assert!(again.booklet_stale);
    a.sort();
    b.sort();
    let differ: Vec<_> = a
        .iter()
        .zip(&b)
        .filter(|(x, y)| x != y)
        .map(|(x, _)| x.0)
        .collect();
    assert!(
        a.len() == b.len() && differ.is_empty(),
        "incremental and full builds differ: {differ:?}"
    );
}

/// Waits (bounded) until the server's generation passes `since`.
fn wait_generation(addr: SocketAddr, since: u64) -> u64 {
    let (_, body) = get(addr, &format!("/__xiaokang/poll?since={since}"));
    body.trim_start_matches("{\"generation\":")
        .trim_end_matches('}')
        .parse()
        .unwrap()
}

/// Waits through rebuilds (an editor's save can be two events) until `path` satisfies
/// `ok`; returns the page and the generation. Bounded: ten rebuilds.
fn wait_page(
    addr: SocketAddr,
    mut since: u64,
    path: &str,
    ok: impl Fn(&str) -> bool,
) -> (String, u64) {
    for _ in 0..10 {
        since = wait_generation(addr, since);
        let (_, page) = get(addr, path);
        if ok(&page) {
            return (page, since);
        }
    }
    panic!("{path} never showed the change");
}

#[test]
fn serve_reloads_after_edits_and_overlays_errors() {
    let dir = new_site();
    let root = dir.path();
    let mut opts = xiaokang::serve::ServeOptions::new(root);
    opts.port = 0;
    opts.quiet = true;
    opts.max_requests = Some(60);
    opts.max_time = Some(Duration::from_secs(60));
    opts.poll_timeout = Duration::from_secs(10);
    let h = xiaokang::serve::start(&opts).expect("server");
    let addr = h.addr;
    let start = Instant::now();

    let (status, page) = get(addr, "/regions/shili/guangfu/");
    assert_eq!(status, 200);
    assert!(
        page.contains("3120人") && page.contains("/__xiaokang/poll"),
        "{page}"
    );
    let (status, _) = get(addr, "/no/such/page.html");
    assert_eq!(status, 404);
    let (status, css) = get(addr, "/static/style.css");
    assert_eq!(status, 200);
    assert!(!css.contains("__xiaokang"));
    let g0 = h.generation();

    // Edit one region's figure: the page shows it after the reload.
    let yaml = root.join("content/regions/shili/region.yaml");
    let good = std::fs::read_to_string(&yaml).unwrap();
    std::thread::sleep(Duration::from_millis(50));
    std::fs::write(&yaml, good.replace("people: 3120", "people: 3121")).unwrap();
    let page = "/regions/shili/guangfu/";
    let (_, g1) = wait_page(addr, g0, page, |p| p.contains("3121人"));

    // A typo: the terminal's message is shown in an overlay over the last good page.
    std::fs::write(&yaml, good.replace("rate: 1.3%", "rate: 130%")).unwrap();
    let (html, g2) = wait_page(addr, g1, page, |p| p.contains("xiaokang-error"));
    assert!(
        html.contains("content/regions/shili/region.yaml:"),
        "{html}"
    );
    assert!(
        html.contains("3121人"),
        "the last good build is still served"
    );

    // Fixed: the overlay goes.
    std::fs::write(&yaml, &good).unwrap();
    wait_page(addr, g2, page, |p| {
        !p.contains("xiaokang-error") && p.contains("3120人")
    });
    h.stop();
    assert!(start.elapsed() < Duration::from_secs(60));
}

/// all.xlsx and all.csv, kept by the quick rebuild after an edit, are made again once
/// edits settle. Before, listing a folder was itself an event the watcher listed folders
/// for: `serve` never went idle, and never settled.
#[test]
fn serve_makes_the_downloads_again_once_edits_settle() {
    let dir = new_site();
    let root = dir.path();
    let mut opts = xiaokang::serve::ServeOptions::new(root);
    opts.port = 0;
    opts.quiet = true;
    opts.max_time = Some(Duration::from_secs(60));
    opts.poll_timeout = Duration::from_secs(10);
    let h = xiaokang::serve::start(&opts).expect("server");
    let addr = h.addr;
    let (_, csv) = get(addr, "/data/all.csv");
    assert!(csv.contains(",3120,") && !csv.contains(",3121,"), "{csv}");

    let yaml = root.join("content/regions/shili/region.yaml");
    let good = std::fs::read_to_string(&yaml).unwrap();
    std::thread::sleep(Duration::from_millis(50));
    std::fs::write(&yaml, good.replace("people: 3120", "people: 3121")).unwrap();
    wait_page(addr, h.generation(), "/regions/shili/guangfu/", |p| {
        p.contains("3121人")
    });
    let settled = Instant::now();
    loop {
        let (_, csv) = get(addr, "/data/all.csv");
        if csv.contains(",3121,") {
            break;
        }
        assert!(
            settled.elapsed() < Duration::from_secs(20),
            "all.csv never showed the edit"
        );
        std::thread::sleep(Duration::from_millis(100));
    }
    h.stop();
}

#[test]
fn build_reports_progress_once_per_page_job() {
    let f = crate::common::Fixture::new();
    let calls = std::sync::Mutex::new(Vec::new());
    let options = xiaokang::BuildOptions {
        root: f.root().to_path_buf(),
        out: Some(f.out()),
        drafts: false,
        booklet_only: false,
        pdfs: false,
    };
    let report = xiaokang::build_with_progress(&options, &|done, total| {
        calls.lock().unwrap().push((done, total))
    })
    .unwrap_or_else(|d| panic!("{d}"));
    let mut calls = calls.into_inner().unwrap();
    calls.sort();
    let expected: Vec<(usize, usize)> = (1..=report.jobs).map(|n| (n, report.jobs)).collect();
    assert_eq!(calls, expected);
    assert!(
        report.jobs >= 4,
        "home, news list, 404, regions: {}",
        report.jobs
    );
}

#[test]
fn recompile_takes_the_watchers_absolute_paths_under_a_relative_root() {
    // `xiaokang serve` run in the site's folder: the root is `.`-like and relative, the
    // watcher's paths absolute with `./` in them. Before, every page was rendered again.
    let dir = new_site();
    let cwd = std::env::current_dir().unwrap();
    let ups = cwd.components().count() - 1;
    let relative = Path::new(&"../".repeat(ups)).join(dir.path().strip_prefix("/").unwrap());
    let mut d = xiaokang::diagnostics::Diagnostics::new();
    let first = xiaokang::compile(&relative, false, &mut d).unwrap_or_else(|| panic!("{d}"));
    let story = cite_2016_in_the_story(dir.path());
    let changed = dir.path().join(".").join(story);
    let mut d = xiaokang::diagnostics::Diagnostics::new();
    let again = xiaokang::recompile(&relative, false, &first, &[changed], &mut d)
        .unwrap_or_else(|| panic!("{d}"));
    assert_eq!(
        again.rendered_jobs,
        3,
        "{} of {}",
        again.rendered_jobs,
        again.parts.len()
    );
}

/// Makes the new site's story cite 2016's poor population instead of 2018's; returns the
/// story's path under the root.
fn cite_2016_in_the_story(root: &Path) -> &'static str {
    let story = "content/regions/shili/guangfu.md";
    let text = std::fs::read_to_string(root.join(story)).unwrap();
    write(
        root,
        story,
        &text.replace("{{ poverty.2018.people }}", "{{ poverty.2016.people }}"),
    );
    story
}
