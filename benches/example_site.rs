//! Build time and peak memory of the example site: `cargo bench --bench example_site`.
//!
//! Prints the median and fastest wall time of whole builds (load → write) from scratch,
//! of rebuilds with nothing changed (incremental: no page rendered again), and of the
//! in-memory compile, plus the process's peak resident memory.

use std::path::PathBuf;
use std::time::{Duration, Instant};
use xiaokang::diagnostics::Diagnostics;
use xiaokang::BuildOptions;

const RUNS: usize = 30;

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

fn peak_rss_kib() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

fn main() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let dir = tempfile::tempdir().expect("temp dir");
    let out = dir.path().join("site");
    let mut builds = Vec::new();
    let mut rebuilds = Vec::new();
    let mut compiles = Vec::new();
    let mut files = 0;
    let options = BuildOptions {
        root: root.clone(),
        out: Some(out.clone()),
        drafts: false,
        booklet_only: false,
        pdfs: true,
    };
    for _ in 0..RUNS {
        // From scratch: no output and no memory of the last build.
        let _ = std::fs::remove_dir_all(&out);
        xiaokang::incremental::forget(&root, &out);
        let t = Instant::now();
        let report = xiaokang::build(&options).expect("example site builds");
        builds.push(t.elapsed());
        files = report.files;
        let t = Instant::now();
        let report = xiaokang::build(&options).expect("example site rebuilds");
        rebuilds.push(t.elapsed());
        assert_eq!(report.rendered_jobs, 0, "a rebuild with nothing changed");
        let t = Instant::now();
        let mut d = Diagnostics::new();
        xiaokang::compile(&root, false, &mut d).expect("compiles");
        compiles.push(t.elapsed());
    }
    let fastest = builds.iter().min().copied().unwrap_or_default();
    println!("example site: {files} files");
    println!(
        "build from scratch (load → write), median of {RUNS}: {:.1} ms (fastest {:.1} ms)",
        median(builds).as_secs_f64() * 1e3,
        fastest.as_secs_f64() * 1e3
    );
    println!(
        "rebuild with nothing changed, median: {:.1} ms",
        median(rebuilds).as_secs_f64() * 1e3
    );
    println!(
        "compile in memory (no write), median: {:.1} ms",
        median(compiles).as_secs_f64() * 1e3
    );
    match peak_rss_kib() {
        Some(k) => println!("peak RSS of this process: {:.1} MiB", k as f64 / 1024.0),
        None => println!("peak RSS: not available on this system"),
    }
}
