//! The pipeline's promises: each story parsed once and each chart drawn once per build
//! (booklet included), and `check` finding story errors in the compute stage, without
//! rendering a page, with the same message and place as `build`.

use crate::common::{assert_has, Fixture};
use std::path::Path;
use std::process::Command;

/// Runs `xiaokang ARGS` in `root` with stage timings on; returns (success, stderr).
fn run(root: &Path, args: &[&str]) -> (bool, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_xiaokang"))
        .args(["--lang", "en"])
        .args(args)
        .arg("--root")
        .arg(root)
        .env("XIAOKANG_TIMINGS", "1")
        .output()
        .expect("xiaokang runs");
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// The example site's content in a temporary folder.
fn example_site() -> Fixture {
    let f = Fixture::new();
    let content = Path::new(env!("CARGO_MANIFEST_DIR")).join("content");
    std::fs::remove_dir_all(f.root().join("content")).unwrap();
    for entry in walkdir::WalkDir::new(&content) {
        let entry = entry.unwrap();
        let target = f
            .root()
            .join("content")
            .join(entry.path().strip_prefix(&content).unwrap());
        if entry.file_type().is_dir() {
            std::fs::create_dir_all(&target).unwrap();
        } else {
            std::fs::copy(entry.path(), &target).unwrap();
        }
    }
    f
}

/// How many files under `dir` end in `.ext`.
fn count(dir: &Path, ext: &str) -> usize {
    walkdir::WalkDir::new(dir)
        .into_iter()
        .filter(|e| {
            e.as_ref()
                .is_ok_and(|e| e.path().extension().is_some_and(|x| x == ext))
        })
        .count()
}

/// `(parsed, stories, drawn)` from the compute stage's timing line.
fn compute_counts(stderr: &str) -> (usize, usize, usize) {
    let line = stderr
        .lines()
        .find(|l| l.starts_with("stage compute ("))
        .unwrap_or_else(|| panic!("no compute stage line in:\n{stderr}"));
    let nums: Vec<usize> = line
        .split(|c: char| !c.is_ascii_digit())
        .filter(|w| !w.is_empty())
        .take(3)
        .map(|w| w.parse().unwrap())
        .collect();
    (nums[0], nums[1], nums[2])
}

#[test]
fn each_story_is_parsed_once_and_each_chart_drawn_once_per_build() {
    let f = example_site();
    let (ok, stderr) = run(f.root(), &["build"]);
    assert!(ok, "{stderr}");
    let (parsed, stories, drawn) = compute_counts(&stderr);
    let md = count(&f.root().join("content"), "md");
    assert_eq!((parsed, stories), (md, md), "{stderr}");
    // Every chart the site shows has one SVG file; the booklet draws none of its own.
    let svgs = count(&f.out().join("charts"), "svg");
    assert!(svgs > 10, "{svgs} charts");
    assert_eq!(drawn, svgs, "{stderr}");
    assert!(f.out().join("booklet/booklet.pdf").is_file());
    // Stages print in pipeline order.
    let order: Vec<&str> = stderr
        .lines()
        .filter_map(|l| l.strip_prefix("stage "))
        .map(|l| l.split([' ', ':']).next().unwrap())
        .filter(|s| ["load", "model", "validate", "compute", "render", "write"].contains(s))
        .collect();
    let mut stages = order.clone();
    stages.dedup();
    assert_eq!(
        stages,
        ["load", "model", "validate", "compute", "render", "write"],
        "{stderr}"
    );

    // A rebuild with nothing changed parses and draws nothing.
    let (ok, stderr) = run(f.root(), &["build"]);
    assert!(ok, "{stderr}");
    let (parsed, _, drawn) = compute_counts(&stderr);
    assert_eq!((parsed, drawn), (0, 0), "{stderr}");
}

#[test]
fn check_reports_story_errors_without_rendering_a_page_as_build_does() {
    let f = Fixture::new();
    f.write(
        "content/regions/sheng/xian/baogao.md",
        "---\ntitle: 报告\ndate: 2019-01-01\n---\n\n资金{{ funds.2015.nothing.amount }}。\n\n```chart\nkind: pie\n```\n",
    );
    // A template that fails whenever a page is rendered: had `check` rendered one, it
    // would say so.
    f.write("templates/story.html", "{{ no_such_thing.at_all }}");
    f.write("templates/region.html", "{{ no_such_thing.at_all }}");
    let built = f.errors();
    let checked = xiaokang::check(f.root()).to_string();
    assert_has(
        &built,
        &[
            "unknown figure reference `funds.2015.nothing.amount`",
            "unknown chart kind `pie`",
            "baogao.md:6:",
            "baogao.md:9:",
        ],
    );
    assert!(!built.contains("template"), "{built}");
    assert_eq!(checked, built);
}

#[test]
fn a_site_built_in_batches_is_the_site_compiled_at_once() {
    // 300 counties: more page jobs than one batch, so pages are computed and rendered in
    // parts, and the booklet's counties (in the first and the last part) are kept for it.
    let f = Fixture::new();
    f.write(
        "content/site.yaml",
        "title: 测试站\nlanguage: zh-CN\ncharts: { png: false }\nbooklet: { regions: [x000, x299] }\n",
    );
    for n in 0..300 {
        let rate = 10.0 + f64::from(n % 17);
        f.write(
            &format!("content/regions/sheng/x{n:03}/region.yaml"),
            &format!(
                "name: 第{n}县\nlevel: 县\npoverty:\n  - {{ year: 2014, rate: {rate}% }}\n  - {{ year: 2018, rate: 1.{n}% }}\n"
            ),
        );
    }
    f.write(
        "content/regions/sheng/x299/baogao.md",
        "---\ntitle: 报告\ndate: 2019-01-01\n---\n\n发生率{{ poverty.2018.rate }}。\n\n```chart\nkind: poverty-rate\n```\n",
    );
    let (ok, stderr) = run(f.root(), &["build"]);
    assert!(ok, "{stderr}");
    let (parsed, stories, drawn) = compute_counts(&stderr);
    assert_eq!((parsed, stories), (1, 1), "{stderr}");
    let svgs = count(&f.out().join("charts"), "svg");
    assert_eq!(drawn, svgs, "{stderr}");
    let booklet = std::fs::read_to_string(f.out().join("booklet/index.html")).unwrap();
    assert_has(&booklet, &["第0县", "第299县", "发生率1.299%"]);

    // Every file the batched build wrote is the one an in-memory compile makes at once.
    let mut d = xiaokang::diagnostics::Diagnostics::new();
    let compiled = xiaokang::compile(f.root(), false, &mut d).unwrap_or_else(|| panic!("{d}"));
    let mut compared = 0;
    for file in &compiled.files {
        if file.path.extension().is_some_and(|x| x == "pdf") {
            continue;
        }
        let written = std::fs::read(f.out().join(&file.path)).unwrap();
        assert!(written == *file.bytes, "{} differs", file.path.display());
        compared += 1;
    }
    assert!(compared > 300, "{compared}");
}
