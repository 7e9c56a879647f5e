//! Rebuilding into an existing output folder: only the jobs whose source files changed are
//! rendered again, only files whose bytes changed are rewritten, files the site no longer
//! makes go, and a failed build leaves the output exactly as it was. Every incremental
//! result is also compared with a build from scratch.
//!
//! Most tests use a copy of the repository's example site (`content/`); the small Fixture
//! site serves where the example's stories would stop the build (removing a county), and
//! for the faults made by hand (a folder in the way, a switched symlink).

use crate::common::{assert_has, Fixture, COUNTY};
use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Mutex, OnceLock};
use std::time::SystemTime;
use xiaokang::render::search::shard_of;
use xiaokang::write::WriteStats;
use xiaokang::{BuildOptions, BuildReport};

const KANGLE: &str = "content/regions/gansu/linxia/kangle/region.yaml";
const KANGLE_STORY: &str = "content/regions/gansu/linxia/kangle/zijin-fuwu.md";

/// Regions of the example site that neither are nor contain 康乐县 (kangle).
const NOT_KANGLE: [&str; 10] = [
    "baiyinshi",
    "baiyinqu",
    "gannan",
    "luqu",
    "neimenggu",
    "tongliao",
    "kezuohouqi",
    "qinghai",
    "haixi",
    "delingha",
];

#[test]
fn a_second_build_with_nothing_changed_renders_and_rewrites_nothing() {
    let f = example_site();
    let first = build(&f);
    assert_eq!(first.rendered_jobs, first.jobs);
    let before = stamps(&f.out());

    let again = build(&f);
    assert_eq!(again.rendered_jobs, 0);
    assert_eq!(again.jobs, first.jobs);
    // The site-wide files (search index, feed, theme files, booklet) are made again in
    // memory, but their bytes are the same, so not one file is written.
    assert_eq!(
        again.write,
        WriteStats {
            written: 0,
            unchanged: before.len(),
            removed: 0
        }
    );
    assert_eq!(again.files, first.files);
    assert_eq!(
        changed(&before, &stamps(&f.out())),
        BTreeSet::new(),
        "files rewritten by a build with nothing to do"
    );
}

#[test]
fn editing_one_countys_figures_renders_only_the_pages_that_show_them() {
    let f = example_site();
    build(&f);
    let before = stamps(&f.out());
    // The roll-up adds up 康乐's dated funds; its undated ones may overlap them.
    assert_has(
        &f.read("regions/linxia/index.html"),
        &[">13.23亿元<", "未注明年份的3项资金未计入"],
    );

    edit(&f, KANGLE, "amount: 4.34亿元", "amount: 4.56亿元");
    let r = build(&f);
    // 康乐县's page, its parents 临夏州 and 甘肃省 (roll-ups), the home page, its story
    // zijin-fuwu and the news story that cites its funds.
    assert_eq!(r.rendered_jobs, 6, "of {} jobs", r.jobs);

    let county = f.read("regions/kangle/index.html");
    assert_has(&county, &["4.56亿元"]);
    assert!(!county.contains("4.34亿元"));
    // 临夏州 has no figures of its own: its roll-up is 康乐县's funds, 2200万元 more.
    let parent = f.read("regions/linxia/index.html");
    assert_has(&parent, &[">13.45亿元<"]);
    assert!(!parent.contains(">13.23亿元<"));
    assert_has(
        &f.read("charts/kangle/funds.csv"),
        &["2015年,财政扶贫资金,4.56亿元,2.76亿元"],
    );
    assert_has(
        &f.read("charts/kangle/funds.svg"),
        &["2015年财政扶贫资金4.56亿元"],
    );
    assert_has(
        &f.read("charts/gansu/children-funds.csv"),
        &["康乐县,2015年,财政扶贫资金,4.56亿元"],
    );
    assert_has(
        &f.read("regions/kangle/zijin-fuwu/index.html"),
        &["4.56亿元"],
    );
    assert_has(&f.read("news/wuxian-duibi/index.html"), &["4.56亿元"]);

    let rewritten = changed(&before, &stamps(&f.out()));
    for must in [
        "regions/kangle/index.html",
        "charts/kangle/funds.csv",
        "charts/kangle/funds.svg",
        "charts/kangle/funds.png",
        "regions/linxia/index.html",
        "index.html",
    ] {
        assert!(
            rewritten.contains(must),
            "{must} not rewritten: {rewritten:?}"
        );
    }
    for id in NOT_KANGLE {
        assert_untouched(&rewritten, &before, id);
    }
    // The search index reads names and text, not figures: it is kept as it was, shards
    // and all.
    for page in ["news/index.html", "404.html"] {
        assert!(!rewritten.contains(page), "{page} rewritten");
    }
    assert!(
        !rewritten.iter().any(|p| p.starts_with("search/")),
        "{rewritten:?}"
    );
    assert_same_as_full_build(&f);
}

#[test]
fn renaming_a_county_makes_the_search_index_again() {
    let f = example_site();
    build(&f);
    let before = stamps(&f.out());
    edit(&f, KANGLE, "name: 康乐县", "name: 康乐检索县");
    build(&f);
    let rewritten = changed(&before, &stamps(&f.out()));
    // The new term is in the shard search.js reads for it.
    let shards = fs::read_dir(f.out().join("search/terms")).unwrap().count();
    let shard = format!("search/terms/{}.js", shard_of("检索", shards));
    assert!(rewritten.contains(&shard), "{rewritten:?}");
    assert_has(&f.read(&shard), &["\"检索\""]);
    assert_same_as_full_build(&f);
}

#[test]
fn a_smaller_site_leaves_no_index_shards_of_the_larger_one() {
    let f = Fixture::new();
    for i in 0..40 {
        let county = COUNTY.replace("name: 测试县", &format!("name: 测试{i}县"));
        f.write(&format!("content/regions/sheng/x{i}/region.yaml"), &county);
    }
    build(&f);
    let files = |dir: &str| {
        fs::read_dir(f.out().join("search").join(dir))
            .unwrap()
            .count()
    };
    let (terms, pages) = (files("terms"), files("pages"));
    assert!(
        terms > 1 && pages > 2,
        "{terms} term shards, {pages} page shards"
    );
    for i in 0..35 {
        fs::remove_dir_all(f.root().join(format!("content/regions/sheng/x{i}"))).unwrap();
    }
    build(&f);
    // 7 pages: one term shard, one page shard; the others are gone, not stale.
    assert_eq!((files("terms"), files("pages")), (1, 1));
    assert_same_as_full_build(&f);
}

#[test]
fn editing_a_storys_text_renders_that_story_and_not_unrelated_regions() {
    let f = example_site();
    build_with_pdfs(&f);
    let before = stamps(&f.out());

    let text = fs::read_to_string(f.root().join(KANGLE_STORY)).unwrap();
    f.write(
        KANGLE_STORY,
        &format!("{text}\n县里还新开了扶贫资金公示栏。\n"),
    );
    let r = build_with_pdfs(&f);
    // The story, 康乐县's page (it lists the story) and the home page (it lists every story).
    assert_eq!(r.rendered_jobs, 3, "of {} jobs", r.jobs);
    assert_has(
        &f.read("regions/kangle/zijin-fuwu/index.html"),
        &["县里还新开了扶贫资金公示栏。"],
    );

    // Only files whose bytes changed are rewritten: the story page and its 公众号 article
    // and the article's page (the example site sets `wechat: true`), 康乐县's briefing (it
    // prints the story) and the site-wide files that carry story text (booklet, and the
    // search index's term shards that hold the new text's terms).
    let rewritten = changed(&before, &stamps(&f.out()));
    let (shards, rewritten): (BTreeSet<String>, BTreeSet<String>) = rewritten
        .into_iter()
        .partition(|p| p.starts_with("search/"));
    assert!(
        !shards.is_empty() && shards.iter().all(|p| p.starts_with("search/terms/")),
        "{shards:?}"
    );
    let expected: BTreeSet<String> = [
        "regions/kangle/zijin-fuwu/index.html",
        "wechat/kangle/zijin-fuwu/article.html",
        "wechat/kangle/zijin-fuwu/index.html",
        "booklet/kangle.pdf",
        // Each PDF's Word file, made from the same section.
        "booklet/kangle.docx",
        "booklet/booklet.pdf",
        "booklet/booklet.docx",
        "booklet/index.html",
    ]
    .map(String::from)
    .into();
    assert_eq!(rewritten, expected);
    assert_eq!(r.write.written, expected.len() + shards.len());
    for id in NOT_KANGLE {
        assert_untouched(&rewritten, &before, id);
    }
    assert_same_as_full_build(&f);
}

#[test]
fn changing_site_yaml_or_adding_a_template_renders_every_page_again() {
    let f = example_site();
    let first = build(&f);

    edit(
        &f,
        "content/site.yaml",
        "title: 脱贫攻坚进展报告",
        "title: 五县区扶贫数据通报",
    );
    let r = build(&f);
    assert_eq!(r.rendered_jobs, r.jobs);
    assert_eq!(r.jobs, first.jobs);
    // A 公众号 article is the story alone, without the site's frame (its cover carries the
    // site's title).
    let pages: Vec<String> = html_pages(&f.out())
        .into_iter()
        .filter(|p| !p.ends_with("/article.html"))
        .collect();
    assert!(pages.len() > 15, "{pages:?}");
    for page in &pages {
        assert_has(&f.read(page), &["五县区扶贫数据通报"]);
    }

    // A template of the site's own, in place of the theme's.
    let theme = Path::new(env!("CARGO_MANIFEST_DIR")).join("themes/default/templates/base.html");
    let base = fs::read_to_string(theme).unwrap();
    assert!(base.contains("<footer class=\"footer\">"));
    f.write(
        "templates/base.html",
        &base.replace(
            "<footer class=\"footer\">",
            "<footer class=\"footer\"><p>本站模板</p>",
        ),
    );
    let r = build(&f);
    assert_eq!(r.rendered_jobs, r.jobs);
    // Every page of a job extends base.html (the booklet's HTML twin has its own template).
    for page in pages.iter().filter(|p| !p.starts_with("booklet/")) {
        assert_has(&f.read(page), &["<p>本站模板</p>"]);
    }
    assert_eq!(build(&f).rendered_jobs, 0);
}

#[test]
fn removing_a_county_removes_its_files_and_its_name_from_its_parent() {
    let f = Fixture::new();
    f.write(
        "content/regions/sheng/xian2/region.yaml",
        &COUNTY.replace("测试县", "第二县"),
    );
    build(&f);
    assert_has(&f.read("regions/sheng/index.html"), &["第二县"]);
    let gone: Vec<String> = files(&f.out())
        .into_keys()
        .filter(|p| p.contains("xian2"))
        .collect();
    assert!(
        gone.iter().any(|p| p.starts_with("charts/xian2/")),
        "{gone:?}"
    );
    assert!(gone.contains(&"regions/xian2/index.html".to_string()));
    // Comparisons need two counties; the summed poor population stays for one (its series).
    let comparisons: Vec<String> = files(&f.out())
        .into_keys()
        .filter(|p| p.starts_with("charts/sheng/children-") && !p.contains("poor-population"))
        .collect();
    assert!(!comparisons.is_empty(), "two counties are compared");
    let before = stamps(&f.out());

    fs::remove_dir_all(f.root().join("content/regions/sheng/xian2")).unwrap();
    let r = build(&f);
    let left = files(&f.out());
    for p in gone.iter().chain(&comparisons) {
        assert!(!left.contains_key(p), "{p} is still there");
    }
    assert!(
        r.write.removed >= gone.len() + comparisons.len(),
        "{:?}",
        r.write
    );
    for dir in ["regions/xian2", "charts/xian2"] {
        assert!(!f.out().join(dir).exists(), "{dir} is still there");
    }
    // No page, chart, index or feed names it any more.
    for (path, bytes) in &left {
        let text = String::from_utf8_lossy(bytes);
        assert!(!text.contains("第二县"), "{path} still names 第二县");
    }
    // The other county's page was not rendered again.
    let rewritten = changed(&before, &stamps(&f.out()));
    assert!(
        !rewritten.contains("regions/xian/index.html"),
        "{rewritten:?}"
    );
    assert_same_as_full_build(&f);
}

#[test]
fn a_page_deleted_from_the_output_by_hand_is_rendered_and_restored() {
    let f = example_site();
    let first = build(&f);
    let before = files(&f.out());
    for gone in [
        "regions/delingha/index.html",
        "charts/luqu/funds.png",
        "feed.xml",
    ] {
        fs::remove_file(f.out().join(gone)).unwrap();
    }

    let r = build(&f);
    // delingha's page and luqu's page (whose job made the PNG); the feed is site-wide.
    assert_eq!(r.rendered_jobs, 2);
    assert_eq!(r.write.written, 3, "{:?}", r.write);
    assert_eq!(files(&f.out()), before);

    // And with the whole output folder gone, everything is rendered.
    fs::remove_dir_all(f.out()).unwrap();
    let r = build(&f);
    assert_eq!(r.rendered_jobs, first.jobs);
    assert_eq!(files(&f.out()), before);
}

#[test]
fn a_corrupt_manifest_gives_a_full_and_correct_build() {
    let f = example_site();
    let first = build(&f);
    let before = files(&f.out());
    let manifests = manifests(&f);
    assert_eq!(manifests.len(), 1, "{manifests:?}");
    let good = fs::read(&manifests[0]).unwrap();

    let corrupt: [&[u8]; 4] = [b"\xff\xfe garbage", &good[..good.len() / 2], b"{}", b""];
    for garbage in corrupt {
        for m in &manifests {
            fs::write(m, garbage).unwrap();
        }
        let r = f
            .build()
            .unwrap_or_else(|d| panic!("a corrupt manifest stopped the build:\n{d}"));
        assert!(!r.diagnostics.has_errors());
        assert_eq!(r.rendered_jobs, first.jobs);
        // Rendered again, the same bytes: nothing to rewrite.
        assert_eq!(r.write.written, 0, "{:?}", r.write);
        assert_eq!(files(&f.out()), before);
        // A good manifest is back.
        assert_eq!(build(&f).rendered_jobs, 0);
    }
}

#[test]
fn a_build_that_fails_while_rendering_leaves_the_output_as_it_was() {
    let f = example_site();
    build(&f);
    let before = files(&f.out());
    let before_stamps = stamps(&f.out());
    let story = fs::read_to_string(f.root().join(KANGLE_STORY)).unwrap();

    // A changed figure and a story with a broken chart block and a reference to a field
    // that does not exist: the compute stage finds them, so no page is even rendered.
    edit(&f, KANGLE, "amount: 4.34亿元", "amount: 4.56亿元");
    f.write(
        KANGLE_STORY,
        &format!(
            "{story}\n```chart\nkind: pie\n```\n\n\
             资金为{{{{ funds.2015.财政扶贫资金.amout }}}}。\n"
        ),
    );
    let rendered = AtomicUsize::new(0);
    let result = xiaokang::build_with_progress(&options(&f, &f.out(), false), &|_, _| {
        rendered.fetch_add(1, Ordering::Relaxed);
    });
    let errors = match result {
        Ok(r) => panic!("the build should fail; warnings: {}", r.diagnostics),
        Err(d) => d.to_string(),
    };
    assert_has(
        &errors,
        &[
            "unknown chart kind",
            "unknown figure reference",
            "zijin-fuwu.md",
        ],
    );
    assert_eq!(
        rendered.into_inner(),
        0,
        "a page was rendered after a story error"
    );
    assert_eq!(pending_files(f.root()), Vec::<PathBuf>::new());
    assert_eq!(files(&f.out()), before);
    f.write(KANGLE_STORY, &story);

    // A template that fails on story pages: region pages (康乐县's with its new figure,
    // under its pending name) are written before the build fails.
    f.write("templates/story.html", "{{ no_such_thing.at_all }}");
    let pending_seen = Mutex::new(Vec::new());
    let result = xiaokang::build_with_progress(&options(&f, &f.out(), false), &|done, total| {
        if done == total {
            *pending_seen.lock().unwrap() = pending_files(f.root());
        }
    });
    let errors = match result {
        Ok(r) => panic!("the build should fail; warnings: {}", r.diagnostics),
        Err(d) => d.to_string(),
    };
    assert_has(&errors, &["template `story.html` failed"]);
    let seen = pending_seen.into_inner().unwrap();
    assert!(
        seen.iter()
            .any(|p| p.ends_with("regions/kangle/.index.html.xiaokang-new")),
        "the failed build wrote no pending page, so this test shows nothing: {seen:?}"
    );
    assert_eq!(pending_files(f.root()), Vec::<PathBuf>::new());
    assert_eq!(files(&f.out()), before);
    assert_eq!(changed(&before_stamps, &stamps(&f.out())), BTreeSet::new());
    fs::remove_file(f.root().join("templates/story.html")).unwrap();

    // Fixed, the next build brings the new figure.
    build(&f);
    assert_has(&f.read("regions/kangle/index.html"), &["4.56亿元"]);
    assert_same_as_full_build(&f);
}

#[test]
fn a_build_that_cannot_write_a_site_wide_file_leaves_no_pending_files() {
    let f = Fixture::new();
    build(&f);
    // The search page's folder is a file now: writing it fails, after the county's
    // changed page was written under its pending name.
    edit(
        &f,
        "content/regions/sheng/xian/region.yaml",
        "rate: 1.23%",
        "rate: 1.25%",
    );
    let before = files(&f.out());
    fs::remove_dir_all(f.out().join("search")).unwrap();
    fs::write(f.out().join("search"), "in the way").unwrap();
    let before: BTreeMap<String, Vec<u8>> = before
        .into_iter()
        .filter(|(p, _)| !p.starts_with("search/"))
        .chain([("search".to_string(), b"in the way".to_vec())])
        .collect();

    assert_has(&f.errors(), &["cannot write"]);
    assert_eq!(pending_files(f.root()), Vec::<PathBuf>::new());
    assert_eq!(files(&f.out()), before);

    fs::remove_file(f.out().join("search")).unwrap();
    build(&f);
    assert_has(&f.read("regions/xian/index.html"), &["1.25%"]);
    assert_same_as_full_build(&f);
}

#[test]
fn a_first_build_that_cannot_write_leaves_no_staging_folder() {
    let f = Fixture::new();
    // A first build fills a staging folder beside the output; block one of its folders
    // once every page job has written its files.
    let staging = f
        .root()
        .join(format!(".output.xiaokang-new-{}", std::process::id()));
    let result = xiaokang::build_with_progress(&options(&f, &f.out(), false), &|done, total| {
        if done == total {
            fs::write(staging.join("search"), "in the way").unwrap();
        }
    });
    let errors = match result {
        Ok(_) => panic!("the build should fail"),
        Err(d) => d.to_string(),
    };
    assert_has(&errors, &["cannot write"]);
    assert!(!f.out().exists());
    assert_eq!(pending_files(f.root()), Vec::<PathBuf>::new());
}

#[test]
fn building_into_another_folder_does_not_reuse_the_first_folders_manifest() {
    let f = example_site();
    let first = build(&f);
    let public = f.root().join("public");

    let r = build_into(&f, &public, false);
    assert_eq!(r.rendered_jobs, first.jobs);
    assert_eq!(files(&public), files(&f.out()));
    // Each folder keeps its own manifest.
    assert_eq!(build(&f).rendered_jobs, 0);
    assert_eq!(build_into(&f, &public, false).rendered_jobs, 0);

    // An edit is news to both.
    edit(&f, KANGLE, "amount: 4.34亿元", "amount: 4.56亿元");
    assert_eq!(build(&f).rendered_jobs, 6);
    assert_eq!(build_into(&f, &public, false).rendered_jobs, 6);
    assert_has(
        &fs::read_to_string(public.join("regions/kangle/index.html")).unwrap(),
        &["4.56亿元"],
    );
    assert_eq!(files(&public), files(&f.out()));
}

/// Blue/green deployment: `--out live`, a link switched between two folders. Each folder
/// must be brought up to date from its own last build, not the other's.
#[cfg(unix)]
#[test]
fn an_output_reached_through_a_switched_symlink_is_not_taken_for_the_other_folder() {
    let f = Fixture::new();
    let (blue, green, live) = (
        f.root().join("blue"),
        f.root().join("green"),
        f.root().join("live"),
    );
    let point = |to: &Path| {
        let _ = fs::remove_file(&live);
        std::os::unix::fs::symlink(to, &live).unwrap();
    };
    fs::create_dir(&blue).unwrap();
    fs::create_dir(&green).unwrap();
    point(&blue);
    build_into(&f, &live, false);
    point(&green);
    build_into(&f, &live, false);

    // The edit reaches blue first, then green.
    edit(
        &f,
        "content/regions/sheng/xian/region.yaml",
        "rate: 1.23%",
        "rate: 1.25%",
    );
    point(&blue);
    build_into(&f, &live, false);
    assert_has(
        &fs::read_to_string(blue.join("regions/xian/index.html")).unwrap(),
        &["1.25%"],
    );
    point(&green);
    build_into(&f, &live, false);
    assert_has(
        &fs::read_to_string(green.join("regions/xian/index.html")).unwrap(),
        &["1.25%"],
    );
    assert_eq!(files(&green), files(&blue));
}

/// A story about a prefecture with no figures of its own shows its counties' totals in a
/// `figures` block, so it must follow their region.yaml like the prefecture's page does.
#[test]
fn a_story_on_a_parent_region_follows_its_counties_figures() {
    let f = example_site();
    f.write(
        "content/regions/gansu/linxia/gaikuang.md",
        "---\ntitle: 临夏州概况\ndate: 2016-03-09\n---\n\n```figures\n```\n",
    );
    build(&f);
    assert_has(
        &f.read("regions/linxia/gaikuang/index.html"),
        &[">13.23亿元<"],
    );

    edit(&f, KANGLE, "amount: 4.34亿元", "amount: 4.56亿元");
    build(&f);
    assert_has(&f.read("regions/linxia/index.html"), &[">13.45亿元<"]);
    assert_has(
        &f.read("regions/linxia/gaikuang/index.html"),
        &[">13.45亿元<"],
    );
    assert_same_as_full_build(&f);
}

#[test]
fn a_page_depends_on_what_it_read_not_on_the_words_it_holds() {
    let f = example_site();
    // Both news stories name kangle; only the first reads its figures.
    f.write(
        "content/news/cites.md",
        "---\ntitle: 引用\ndate: 2019-01-02\n---\n\n康乐县资金{{ kangle:funds.total }}。\n",
    );
    f.write(
        "content/news/names.md",
        "---\ntitle: 提及\ndate: 2019-01-01\n---\n\n文件夹名 kangle 只是一个词。\n",
    );
    let first = build(&f);
    assert_eq!(first.rendered_jobs, first.jobs);
    let before = stamps(&f.out());

    edit(&f, KANGLE, "amount: 4.34亿元", "amount: 4.56亿元");
    build(&f);
    let rewritten = changed(&before, &stamps(&f.out()));
    assert!(
        rewritten.contains("news/cites/index.html"),
        "the story that read kangle's figures was not rendered again: {rewritten:?}"
    );
    assert!(
        !rewritten.contains("news/names/index.html"),
        "a story that only names kangle was rendered again: {rewritten:?}"
    );
    assert_same_as_full_build(&f);

    // The manifest lists what each job read, by name.
    let manifest = std::fs::read_to_string(&manifests(&f)[0]).unwrap();
    assert!(manifest.contains(r#"{"Region":"kangle"}"#), "{manifest}");
}

// ---------------------------------------------------------------------------------------
// Helpers

/// A copy of the repository's example site in a temporary folder, its chart PNG cache
/// filled from one build shared by all tests (rasterizing is most of a first build's
/// time, and no test here is about it).
fn example_site() -> Fixture {
    static PNGS: OnceLock<Fixture> = OnceLock::new();
    let seeded = PNGS.get_or_init(|| {
        let f = copy_of_example_site();
        build(&f);
        f
    });
    let f = copy_of_example_site();
    copy_dir(
        &seeded.root().join(".xiaokang-cache/png"),
        &f.root().join(".xiaokang-cache/png"),
    );
    f
}

fn copy_of_example_site() -> Fixture {
    let f = Fixture {
        dir: tempfile::tempdir().expect("temp dir"),
    };
    let content = Path::new(env!("CARGO_MANIFEST_DIR")).join("content");
    copy_dir(&content, &f.root().join("content"));
    f
}

fn copy_dir(from: &Path, to: &Path) {
    for entry in walkdir::WalkDir::new(from) {
        let entry = entry.unwrap();
        let target = to.join(entry.path().strip_prefix(from).unwrap());
        if entry.file_type().is_dir() {
            fs::create_dir_all(&target).unwrap();
        } else {
            fs::copy(entry.path(), &target).unwrap();
        }
    }
}

fn options(f: &Fixture, out: &Path, pdfs: bool) -> BuildOptions {
    BuildOptions {
        root: f.root().to_path_buf(),
        out: Some(out.to_path_buf()),
        drafts: false,
        booklet_only: false,
        pdfs,
    }
}

/// Builds into `output/`, which must succeed; the booklet and briefings are left out
/// unless a test is about them (typesetting is most of the example site's build).
fn build(f: &Fixture) -> BuildReport {
    build_into(f, &f.out(), false)
}

/// Builds into `output/` with the booklet and briefings, which must succeed.
fn build_with_pdfs(f: &Fixture) -> BuildReport {
    build_into(f, &f.out(), true)
}

fn build_into(f: &Fixture, out: &Path, pdfs: bool) -> BuildReport {
    let r = xiaokang::build(&options(f, out, pdfs)).unwrap_or_else(|d| panic!("{d}"));
    assert!(!r.diagnostics.has_errors(), "{}", r.diagnostics);
    r
}

/// Replaces the first `from` in a site file by `to`.
fn edit(f: &Fixture, rel: &str, from: &str, to: &str) {
    let text = fs::read_to_string(f.root().join(rel)).unwrap();
    assert!(text.contains(from), "{rel} has no {from:?}");
    f.write(rel, &text.replacen(from, to, 1));
}

/// Builds the site from scratch into a new folder and asserts that it equals `output/`.
fn assert_same_as_full_build(f: &Fixture) {
    let dir = tempfile::tempdir().unwrap();
    let fresh = dir.path().join("site");
    let pdfs = f.out().join("booklet/booklet.pdf").exists();
    let r = build_into(f, &fresh, pdfs);
    assert_eq!(r.rendered_jobs, r.jobs);
    let (ours, full) = (files(&f.out()), files(&fresh));
    let keys: BTreeSet<&String> = ours.keys().chain(full.keys()).collect();
    let differ: Vec<&&String> = keys
        .iter()
        .filter(|k| ours.get(**k) != full.get(**k))
        .collect();
    assert!(
        differ.is_empty(),
        "incremental and full builds differ: {differ:?}"
    );
}

/// Every file under `dir` (relative path with `/`) and its bytes.
fn files(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    walk(dir, |p| fs::read(p).unwrap())
}

/// What rewriting a file changes: its modification time and, on Unix, its inode (a
/// changed file is renamed into place).
type Stamp = (SystemTime, u64);

/// Every file under `dir` with its [`Stamp`].
fn stamps(dir: &Path) -> BTreeMap<String, Stamp> {
    walk(dir, |p| {
        let m = fs::metadata(p).unwrap();
        #[cfg(unix)]
        let inode = std::os::unix::fs::MetadataExt::ino(&m);
        #[cfg(not(unix))]
        let inode = 0;
        (m.modified().unwrap(), inode)
    })
}

fn walk<T>(dir: &Path, mut f: impl FnMut(&Path) -> T) -> BTreeMap<String, T> {
    walkdir::WalkDir::new(dir)
        .into_iter()
        .map(Result::unwrap)
        .filter(|e| e.file_type().is_file())
        .map(|e| {
            let rel = e.path().strip_prefix(dir).unwrap();
            (rel.to_string_lossy().replace('\\', "/"), f(e.path()))
        })
        .collect()
}

/// Files written, added or removed between two [`stamps`].
fn changed(before: &BTreeMap<String, Stamp>, after: &BTreeMap<String, Stamp>) -> BTreeSet<String> {
    before
        .keys()
        .chain(after.keys())
        .filter(|k| before.get(*k) != after.get(*k))
        .cloned()
        .collect()
}

/// Asserts that none of region `id`'s files (page, stories, charts, open data) was
/// rewritten.
fn assert_untouched(rewritten: &BTreeSet<String>, before: &BTreeMap<String, Stamp>, id: &str) {
    let own = |p: &String| {
        p.starts_with(&format!("regions/{id}/"))
            || p.starts_with(&format!("charts/{id}/"))
            || p.starts_with(&format!("data/{id}."))
    };
    assert!(before.keys().any(own), "{id} has no files");
    let touched: Vec<&String> = rewritten.iter().filter(|p| own(p)).collect();
    assert!(
        touched.is_empty(),
        "{id}'s files were rewritten: {touched:?}"
    );
}

/// The HTML pages under `dir`.
fn html_pages(dir: &Path) -> Vec<String> {
    files(dir)
        .into_keys()
        .filter(|p| p.ends_with(".html"))
        .collect()
}

/// The build manifests in the site's cache folder.
fn manifests(f: &Fixture) -> Vec<PathBuf> {
    let mut found: Vec<PathBuf> = fs::read_dir(f.root().join(".xiaokang-cache"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| {
            let name = p.file_name().unwrap().to_string_lossy();
            name.starts_with("build-") && name.ends_with(".json")
        })
        .collect();
    found.sort();
    found
}

/// Files and folders anywhere under `dir` whose name marks them as not yet committed.
fn pending_files(dir: &Path) -> Vec<PathBuf> {
    walkdir::WalkDir::new(dir)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_name().to_string_lossy().contains("xiaokang-new"))
        .map(|e| e.path().to_path_buf())
        .collect()
}

#[test]
fn a_build_with_pdfs_after_one_without_makes_every_briefing() {
    let f = example_site();
    build(&f);
    assert!(!f.out().join("booklet/kangle.pdf").exists());
    let r = build_with_pdfs(&f);
    // No job of the build without PDFs is taken: each would lack its briefing.
    assert_eq!(r.rendered_jobs, r.jobs);
    assert!(f.out().join("booklet/kangle.pdf").is_file());
    assert!(f.out().join("booklet/booklet.pdf").is_file());
    assert_same_as_full_build(&f);
}
