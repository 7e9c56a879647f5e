//! Resource limits (issue 7): alias bombs, 50 MB files, 10,000-row lists, 1,000-level
//! nesting and very long lines end in an error or a finished build, quickly and in bounded
//! memory. Inputs are generated here, never stored. Time bounds are generous for debug
//! builds on a busy machine; the measured figures are in the comments.

use crate::common::{assert_has, Fixture};
use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

const REGION: &str = "content/regions/sheng/xian/region.yaml";

/// Runs `xiaokang <args>` and returns (success, stderr, seconds, peak resident memory in MB
/// where the system tells it).
fn run_measured(root: &Path, args: &[&str]) -> (bool, String, f64, Option<u64>) {
    let start = Instant::now();
    let mut child = Command::new(env!("CARGO_BIN_EXE_xiaokang"))
        .args(["--lang", "en"])
        .args(args)
        .arg("--root")
        .arg(root)
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("run xiaokang");
    let status_file = format!("/proc/{}/status", child.id());
    let mut peak_kb: Option<u64> = None;
    let stderr = child.stderr.take().unwrap();
    let reader = std::thread::spawn(move || std::io::read_to_string(stderr).unwrap_or_default());
    loop {
        // VmHWM only grows, so the last reading before exit is the peak.
        if let Ok(s) = std::fs::read_to_string(&status_file) {
            if let Some(kb) = s
                .lines()
                .find(|l| l.starts_with("VmHWM:"))
                .and_then(|l| l.split_whitespace().nth(1))
                .and_then(|v| v.parse::<u64>().ok())
            {
                peak_kb = Some(peak_kb.unwrap_or(0).max(kb));
            }
        }
        if let Some(status) = child.try_wait().unwrap() {
            let err = reader.join().unwrap();
            return (
                status.success(),
                err,
                start.elapsed().as_secs_f64(),
                peak_kb.map(|k| k / 1024),
            );
        }
        std::thread::sleep(Duration::from_millis(5));
    }
}

fn assert_under(what: &str, secs: f64, limit: f64, mb: Option<u64>, mb_limit: u64) {
    eprintln!("{what}: {secs:.2} s, peak {mb:?} MB");
    assert!(secs < limit, "{what} took {secs:.1} s (limit {limit} s)");
    if let Some(mb) = mb {
        assert!(mb < mb_limit, "{what} used {mb} MB (limit {mb_limit} MB)");
    }
}

#[test]
fn billion_laughs_stops_with_a_message() {
    let f = Fixture::new();
    let mut y = String::from("name: 炸弹县\nlevel: 县\nx0: &a0 [\"哈\", \"哈\", \"哈\", \"哈\", \"哈\", \"哈\", \"哈\", \"哈\", \"哈\", \"哈\"]\n");
    for i in 1..10 {
        let p = i - 1;
        y.push_str(&format!(
            "x{i}: &a{i} [*a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}]\n"
        ));
    }
    f.write(REGION, &y);
    let start = Instant::now();
    let e = f.errors();
    // Measured: 0.01 s.
    assert!(start.elapsed() < Duration::from_secs(5));
    assert_has(
        &e,
        &[
            "error: the YAML expands to more than a million values",
            "--> content/regions/sheng/xian/region.yaml:",
            "aliases (`*name`) that repeat other aliases multiply",
        ],
    );
}

#[test]
fn aliases_of_real_size_still_work() {
    let f = Fixture::new();
    f.write(
        REGION,
        "name: 县\nlevel: 县\nprojects:\n  - &p { name: 光伏一, category: 光伏, status: completed }\n  - { name: 光伏二, category: 光伏, status: completed }\n",
    );
    f.build().unwrap_or_else(|d| panic!("{d}"));
}

#[test]
fn a_50_mb_data_file_is_refused_unread() {
    let f = Fixture::new();
    // Real bytes, not a sparse file: a valid YAML comment line repeated to 50 MB.
    let line = "# 这是一行很长的注释，用来把文件撑到五十兆字节。\n";
    let data = line.repeat(50 * 1024 * 1024 / line.len() + 1);
    f.write(REGION, &data);
    let (ok, err, secs, mb) = run_measured(f.root(), &["check"]);
    assert!(!ok);
    assert_has(
        &err,
        &[
            "error: the file is too large to be an input: 50.0 MB (at most 16 MB)",
            "--> content/regions/sheng/xian/region.yaml",
        ],
    );
    // Measured: 0.02 s, 16 MB peak (the file is never read).
    assert_under("50 MB region.yaml", secs, 10.0, mb, 200);
}

#[test]
fn a_file_just_under_the_limit_is_read_in_bounded_time() {
    let f = Fixture::new();
    let mut y = String::from("name: 县\nlevel: 县\n");
    let line = "# 注释注释注释注释注释注释注释注释注释注释注释注释注释注释注释注释注释注释\n";
    y.push_str(&line.repeat(15 * 1024 * 1024 / line.len()));
    f.write(REGION, &y);
    let (ok, err, secs, mb) = run_measured(f.root(), &["check"]);
    assert!(ok, "{err}");
    // Measured: 0.5 s, 60 MB peak in a debug build.
    assert_under("15 MB region.yaml", secs, 30.0, mb, 400);
}

fn projects(n: usize) -> String {
    let cats = ["光伏", "道路", "饮水", "住房", "产业"];
    let st = ["completed", "in_progress", "tendering", "planning"];
    let mut y = String::from("name: 县\nlevel: 县\nprojects:\n");
    for i in 0..n {
        y.push_str(&format!(
            "  - {{ name: 项目{i}号村级扶贫工程, category: {}, status: {} }}\n",
            cats[i % 5],
            st[i % 4]
        ));
    }
    y
}

#[test]
fn ten_thousand_projects_build() {
    let f = Fixture::new();
    f.write(REGION, &projects(10_000));
    f.write("content/site.yaml", "title: t\ncharts: { png: false }\n");
    let (ok, err, secs, mb) = run_measured(f.root(), &["build"]);
    assert!(ok, "{err}");
    assert_has(
        &f.read("regions/xian/index.html"),
        &["项目9999号村级扶贫工程"],
    );
    // Measured: 2.8 s, 44 MB peak in a debug build without the booklet, 12–16 s and 100 MB
    // with it (28 s before line lookups were indexed).
    assert_under("10,000 projects", secs, 120.0, mb, 500);
}

#[test]
fn ten_thousand_bad_rows_report_each_line() {
    let f = Fixture::new();
    f.write(
        REGION,
        &projects(10_000).replace("status: completed", "status: done"),
    );
    let (ok, err, secs, mb) = run_measured(f.root(), &["check"]);
    assert!(!ok);
    assert_has(
        &err,
        &[
            "--> content/regions/sheng/xian/region.yaml:4:47",
            "--> content/regions/sheng/xian/region.yaml:10000:50",
            "`done` is not a project status",
        ],
    );
    // Measured: 1.9 s in a debug build.
    assert_under("2,500 errors", secs, 60.0, mb, 500);
}

#[test]
fn a_thousand_levels_of_nesting_stop_at_sixty_four() {
    let f = Fixture::new();
    let mut y = String::from("name: 县\nprofile:\n");
    for i in 0..1000 {
        y.push_str(&format!("{}a{i}:\n", "  ".repeat(i + 1)));
    }
    f.write(REGION, &y);
    let start = Instant::now();
    let e = f.errors();
    assert!(start.elapsed() < Duration::from_secs(5));
    assert_has(
        &e,
        &[
            "error: the YAML nests deeper than 64 levels",
            "--> content/regions/sheng/xian/region.yaml:66:129",
            "check the indentation",
        ],
    );
    // Flow style, and in a story's front matter and chart block.
    let f = Fixture::new();
    f.write(
        REGION,
        &format!(
            "name: 县\nprofile: {}{}\n",
            "[".repeat(1000),
            "]".repeat(1000)
        ),
    );
    f.write(
        "content/news/shen.md",
        &format!("---\ntitle: {}\n---\n", "{a: ".repeat(1000)),
    );
    f.write(
        "content/news/tu.md",
        &format!(
            "---\ntitle: t\n---\n\n```chart\nkind: {}\n```\n",
            "[".repeat(1000)
        ),
    );
    assert_has(
        &f.errors(),
        &[
            "content/regions/sheng/xian/region.yaml:2:",
            "content/news/shen.md:2:",
            "content/news/tu.md:6:",
            "nests deeper than 64 levels",
        ],
    );
}

#[test]
fn very_long_lines_build_and_messages_stay_short() {
    let f = Fixture::new();
    // A 6 MB line of data, and a 15 MB paragraph in a story.
    f.write(
        REGION,
        &format!(
            "name: 县\nlevel: 县\nfull_name: {}\n",
            "长".repeat(2_000_000)
        ),
    );
    f.write(
        "content/regions/sheng/xian/gushi.md",
        &format!("---\ntitle: t\n---\n{}\n", "很长的段落".repeat(1_000_000)),
    );
    // `check` runs every stage but typesetting the PDF booklet, which lays a paragraph out
    // at about 0.3 ms per character in a debug build (minutes for this one).
    let (ok, err, secs, mb) = run_measured(f.root(), &["check"]);
    assert!(ok, "{err}");
    // Measured: 1.4 s and 160 MB without the booklet stage, 6.6 s and 500 MB with it (debug).
    assert_under("21 MB of long lines", secs, 60.0, mb, 1000);

    // An error at the end of a long line: the message quotes no megabytes.
    f.write(
        "content/regions/sheng/xian/gushi.md",
        &format!(
            "---\ntitle: t\n---\n{}{{{{ poverty.2016.people }}}}\n",
            "很长的段落".repeat(200_000)
        ),
    );
    let e = f.errors();
    assert_has(
        &e,
        &[
            "content/regions/sheng/xian/gushi.md:4:1000001",
            "unknown figure reference `poverty.2016.people`",
        ],
    );
    assert!(e.len() < 2_000, "message of {} bytes", e.len());
    // A long line just over the window is quoted around the place, with ellipses.
    f.write(
        "content/regions/sheng/xian/gushi.md",
        &format!(
            "---\ntitle: t\n---\n{}{{{{ poverty.2016.people }}}}{}\n",
            "段".repeat(500),
            "尾".repeat(200)
        ),
    );
    let e = f.errors();
    assert_has(
        &e,
        &[
            "gushi.md:4:501",
            "4 | …段段",
            "段{{ poverty.2016.people }}尾尾",
            "尾…\n",
        ],
    );
    assert!(e.len() < 2_000, "{e}");
}

#[test]
fn a_flood_of_errors_is_capped() {
    let f = Fixture::new();
    // 30,000 wrong rows on one line.
    f.write(
        REGION,
        &format!("name: 县\npoverty: [{}]\n", vec!["1"; 30_000].join(", ")),
    );
    let (ok, err, secs, mb) = run_measured(f.root(), &["check"]);
    assert!(!ok);
    assert_has(
        &err,
        &[
            "a `poverty` row should be a mapping of keys, found a single value",
            "… and 20000 more error(s) and 0 more warning(s), not shown",
        ],
    );
    // Measured: 1 s, 40 MB peak.
    assert_under("30,000 errors", secs, 60.0, mb, 500);
}
