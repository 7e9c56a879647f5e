//! Time per chart of the example site: drawing the SVG vs rasterizing its PNG share
//! image, cold (no cache) and warm (cache hit). `cargo bench --bench charts`.
//!
//! Prints, per chart kind, the median over the kind's charts of each chart's median time,
//! then the whole site's PNG step as the build runs it (in parallel, cold and warm).

use std::collections::BTreeMap;
use std::path::Path;
use std::time::{Duration, Instant};
use xiaokang::chart;
use xiaokang::compute::{charts, plan};
use xiaokang::diagnostics::Diagnostics;
use xiaokang::render::png_cache::{chart_png, PngCache};
use xiaokang::render::{png, OutputFile};

const RUNS: usize = 15;

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

fn time<T>(runs: usize, mut f: impl FnMut() -> T) -> Duration {
    median(
        (0..runs)
            .map(|_| {
                let t = Instant::now();
                std::hint::black_box(f());
                t.elapsed()
            })
            .collect(),
    )
}

fn ms(d: Duration) -> String {
    format!("{:8.2} ms", d.as_secs_f64() * 1e3)
}

#[derive(Default)]
struct Kind {
    svg: Vec<Duration>,
    cold: Vec<Duration>,
    warm: Vec<Duration>,
}

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut d = Diagnostics::new();
    let compiled = xiaokang::compile(root, false, &mut d).expect("example site compiles");
    let site = &compiled.site;
    let cache_dir = tempfile::tempdir().expect("temp dir");
    let cache = PngCache::new(cache_dir.path());

    // The region pages' charts, planned and drawn as the build does.
    let mut kinds: BTreeMap<String, Kind> = BTreeMap::new();
    let mut planned: Vec<_> = plan::home_charts(site);
    for i in 0..site.region_count() {
        planned.extend(plan::region_charts(site, i));
    }
    for p in planned {
        let Ok(built) = charts::build(site, &p.req, &p.id) else {
            continue;
        };
        let Ok(svg) = chart::draw(&built.spec) else {
            continue;
        };
        let name = p.stem.rsplit('/').next().unwrap_or(&p.stem).to_string();
        let k = kinds.entry(name).or_default();
        k.svg.push(time(RUNS, || chart::draw(&built.spec).unwrap()));
        k.cold
            .push(time(RUNS, || png::rasterize(svg.as_bytes()).unwrap()));
        let first = cache.get(svg.as_bytes()).unwrap();
        assert!(first.missing.is_empty(), "{}: missing glyphs", p.stem);
        k.warm.push(time(RUNS, || {
            let c = cache.get(svg.as_bytes()).unwrap();
            assert!(c.hit);
            c
        }));
    }

    println!(
        "per chart, median over the kind's charts of {RUNS}-run medians (1 thread, {} profile):",
        if cfg!(debug_assertions) {
            "debug"
        } else {
            "release"
        }
    );
    println!(
        "{:<16} {:>6} {:>11} {:>11} {:>11} {:>8}",
        "kind", "charts", "SVG draw", "PNG cold", "PNG warm", "cold/SVG"
    );
    for (name, k) in kinds {
        let n = k.svg.len();
        let (svg, cold, warm) = (median(k.svg), median(k.cold), median(k.warm));
        println!(
            "{name:<16} {n:>6} {} {} {} {:>7.0}×",
            ms(svg),
            ms(cold),
            ms(warm),
            cold.as_secs_f64() / svg.as_secs_f64()
        );
    }

    // The build's PNG step over every chart SVG of the site (stories' charts too).
    let svgs: Vec<OutputFile> = compiled
        .files
        .iter()
        .filter(|f| f.path.starts_with("charts") && f.path.extension().is_some_and(|x| x == "svg"))
        .cloned()
        .collect();
    let n = svgs.len();
    // As page jobs make them: in parallel, one chart at a time.
    let all = |cache: &PngCache| {
        use rayon::prelude::*;
        svgs.par_iter()
            .filter_map(|f| chart_png(&f.path, &f.bytes, cache, &mut Diagnostics::new()))
            .count()
    };
    let cold = time(5, || all(&PngCache::disabled()));
    let site_cache = tempfile::tempdir().expect("temp dir");
    let warm_cache = PngCache::new(site_cache.path());
    all(&warm_cache);
    let warm = time(5, || all(&warm_cache));
    println!(
        "whole site, {n} chart PNGs in parallel ({} threads): cold {}, warm {}",
        rayon::current_num_threads(),
        ms(cold).trim(),
        ms(warm).trim()
    );
}
