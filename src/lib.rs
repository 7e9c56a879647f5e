//! xiaokang (小康): a static report-site generator for poverty-alleviation figures.
//!
//! One pipeline, data flowing one way:
//! [`load`] (files) → [`model`] (typed regions and stories) → [`validate`] (consistency)
//! → [`compute`] (figures, references, chart specs) → [`render`] (pages, charts) → [`write`].

pub mod booklet;
pub mod chart;
pub mod check;
pub mod compute;
pub mod diagnostics;
pub mod incremental;
pub mod load;
pub mod model;
pub mod quantity;
pub mod render;
pub mod scaffold;
pub mod serve;
pub mod url;
pub mod validate;
pub mod write;

use diagnostics::Diagnostics;
use render::OutputFile;
use std::collections::{BTreeSet, HashMap};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// What `build` is asked to do.
#[derive(Debug, Clone)]
pub struct BuildOptions {
    /// Site root (holds `content/`).
    pub root: PathBuf,
    /// Output folder; default `<root>/output`.
    pub out: Option<PathBuf>,
    /// Include stories marked `draft: true`.
    pub drafts: bool,
    /// Build only the booklet (`output/booklet/`), leaving the rest of the output as it is.
    pub booklet_only: bool,
}

/// What a build produced.
#[derive(Debug)]
pub struct BuildReport {
    /// HTML pages written.
    pub pages: usize,
    /// Chart SVGs written.
    pub charts: usize,
    /// All files of the site (written now or unchanged).
    pub files: usize,
    /// Rendering jobs run now, of [`BuildReport::jobs`]; the others were unchanged.
    pub rendered_jobs: usize,
    /// Rendering jobs of the site (a page with its charts and data files each).
    pub jobs: usize,
    /// What writing changed in the output folder.
    pub write: write::WriteStats,
    /// Warnings (errors stop the build).
    pub diagnostics: Diagnostics,
    /// Wall time.
    pub elapsed: Duration,
    /// Where the site went.
    pub out: PathBuf,
    /// The booklet: pages, PDF size and the time its stage took.
    pub booklet: Option<booklet::Stats>,
}

/// The whole site compiled in memory: every file it would write.
pub struct Compiled {
    /// The typed site.
    pub site: model::Site,
    /// Files to write.
    pub files: Vec<OutputFile>,
    /// Site static files to copy: (source, destination relative to the output).
    pub copies: Vec<(PathBuf, PathBuf)>,
    /// Each rendering job with the source files it read and the files it made, so a
    /// rebuild after an edit renders only the jobs that read the edited file.
    pub parts: Vec<render::pages::Part>,
    /// Jobs rendered by this compile (all of them unless it was a [`recompile`]).
    pub rendered_jobs: usize,
    /// The booklet PDF is the previous build's ([`recompile`] does not typeset it).
    pub booklet_stale: bool,
    /// The booklet stage's figures (its files are in `files`).
    pub booklet: Option<booklet::Stats>,
    /// Every file of the site's rendering jobs, kept in `files` or already written.
    pub paths: Vec<PathBuf>,
    /// One hash of every source file's content, for the next build's [`incremental::Manifest`].
    pub sources: u64,
    /// What every page depends on ([`incremental::Manifest::fingerprint`]).
    pub fingerprint: u64,
    /// What the search index was made from ([`render::search::input_hash`]).
    pub search_hash: u64,
}

/// What a compile starts from and where its files go.
enum Previous<'a> {
    /// Nothing: render every job, keep every file in memory.
    None,
    /// `serve`: the last in-memory build.
    Memory(&'a Compiled),
    /// `build`: the last build's manifest; files are written by `writer` as they are made.
    Disk(Option<incremental::Manifest>, &'a write::Writer),
}

/// Runs every stage but writing. Returns the compiled site unless there were errors.
///
/// With `charts: { png: true }` (the default) every chart SVG gets its PNG share image
/// beside it, taken from or added to the cache in `<root>/.xiaokang-cache/png/`.
pub fn compile(root: &Path, drafts: bool, diags: &mut Diagnostics) -> Option<Compiled> {
    compile_with(root, drafts, true, diags)
}

/// [`compile`], making the chart PNGs only when `pngs` is true (and the site wants them).
fn compile_with(
    root: &Path,
    drafts: bool,
    pngs: bool,
    diags: &mut Diagnostics,
) -> Option<Compiled> {
    compile_from(root, drafts, pngs, pngs, Previous::None, &|_, _| {}, diags)
}

/// [`compile`] after an edit: `changed` are the edited files (relative to `root` or
/// absolute). When they are all stories or region files, only the pages that read them are
/// rendered again (with the site-wide search index, feed and sitemap); the other pages are
/// taken from `prev`. Any other change (site.yaml, templates, static files) renders all.
pub fn recompile(
    root: &Path,
    drafts: bool,
    prev: &Compiled,
    changed: &[PathBuf],
    diags: &mut Diagnostics,
) -> Option<Compiled> {
    let rel: BTreeSet<PathBuf> = changed
        .iter()
        .map(|p| p.strip_prefix(root).unwrap_or(p).to_path_buf())
        .collect();
    let content = |p: &Path| {
        (p.starts_with("content/regions") || p.starts_with("content/news"))
            && (p.extension().is_some_and(|x| x == "md")
                || p.file_name().is_some_and(|n| n == "region.yaml"))
    };
    if !rel.iter().all(|p| content(p)) {
        return compile(root, drafts, diags);
    }
    let from = Previous::Memory(prev);
    let mut c = compile_from(root, drafts, true, false, from, &|_, _| {}, diags)?;
    // The booklet PDF takes seconds to typeset: a recompile keeps the previous one and says
    // so, and the caller (`serve`) typesets it again in the background.
    let pdf = Path::new("booklet/booklet.pdf");
    if let Some(old) = prev.files.iter().find(|f| f.path == pdf) {
        if !c.files.iter().any(|f| f.path == pdf) {
            c.files.push(old.clone());
            c.booklet_stale = true;
        }
    }
    Some(c)
}

#[allow(clippy::too_many_arguments)]
fn compile_from(
    root: &Path,
    drafts: bool,
    pngs: bool,
    booklet_pdf: bool,
    prev: Previous<'_>,
    progress: &(dyn Fn(usize, usize) + Sync),
    diags: &mut Diagnostics,
) -> Option<Compiled> {
    let mut clock = StageClock::start();
    let tree = load::load(root, diags);
    clock.lap("load");
    let site = model::build(&tree, drafts, diags);
    clock.lap("model");
    validate::check(&site, diags);
    clock.lap("validate");
    let theme = render::theme::load(root, &site.config.theme, diags)?;
    let fingerprint = incremental::fingerprint(&tree, theme.fingerprint, &format!("{drafts}"));
    let want_pngs = pngs && site.config.chart_png;
    let cache = render::png_cache::PngCache::new(render::png_cache::dir_for(root));
    let prev_files: Option<HashMap<PathBuf, OutputFile>> = match &prev {
        Previous::Memory(c) => Some(
            c.files
                .iter()
                .map(|f| (f.path.clone(), f.clone()))
                .collect(),
        ),
        _ => None,
    };
    let in_memory = render::pages::InMemory {
        previous: prev_files.as_ref(),
    };
    let to_disk;
    let (reuse, sink): (_, &dyn render::pages::Sink) = match &prev {
        Previous::None => (None, &in_memory),
        Previous::Memory(c) => {
            let reuse = render::pages::Reuse {
                parts: &c.parts,
                search: Some(c.search_hash),
            };
            (Some(reuse), &in_memory)
        }
        Previous::Disk(manifest, writer) => {
            to_disk = write::ToDisk {
                writer,
                pngs: want_pngs.then_some(&cache),
            };
            // Reuse the last build's jobs only when nothing every page reads has changed.
            let reuse = manifest
                .as_ref()
                .filter(|m| m.fingerprint == fingerprint)
                .map(|m| render::pages::Reuse {
                    parts: &m.parts,
                    search: m.search,
                });
            (reuse, &to_disk)
        }
    };
    // Render even after data errors, so one run reports story problems too.
    let rendered =
        render::pages::render_parts(&site, &theme, reuse.as_ref(), sink, progress, diags);
    clock.lap("compute+render (pages, SVG charts)");
    if diags.has_errors() {
        return None;
    }
    let mut files = rendered.fresh;
    if want_pngs && !files.is_empty() {
        files = render::png_cache::add_chart_pngs(files, &cache, diags);
        clock.lap("chart PNGs");
        if diags.has_errors() {
            return None;
        }
    }
    files.extend(rendered.reused);
    files.extend(rendered.site_wide);
    // Nothing the booklet reads changed: keep the last one if it is still there.
    let kept_booklet = match &prev {
        Previous::Disk(Some(m), writer)
            if m.fingerprint == fingerprint
                && m.sources == rendered.sources_hash
                && !m.booklet.is_empty()
                && writer.keep(&m.booklet).is_empty() =>
        {
            Some(m.booklet.clone())
        }
        _ => None,
    };
    // The booklet, from the same model; `check` (no PNGs) validates it but skips the PDF.
    let booklet = match &kept_booklet {
        Some(_) => None,
        None => booklet::build(&site, &theme, booklet_pdf, diags),
    };
    clock.lap("booklet");
    if diags.has_errors() {
        return None;
    }
    let booklet = booklet.map(|b| {
        files.extend(b.files);
        b.stats
    });
    let copies = site
        .static_files
        .iter()
        .map(|rel| {
            (
                root.join("content").join("static").join(rel),
                PathBuf::from("static").join(rel),
            )
        })
        .collect();
    let mut paths = rendered.paths;
    paths.extend(files.iter().map(|f| f.path.clone()));
    paths.extend(kept_booklet.into_iter().flatten());
    paths.sort();
    paths.dedup();
    Some(Compiled {
        site,
        files,
        copies,
        parts: rendered.parts,
        rendered_jobs: rendered.rendered_jobs,
        booklet_stale: false,
        booklet,
        paths,
        sources: rendered.sources_hash,
        fingerprint,
        search_hash: rendered.search_hash,
    })
}

/// `xiaokang build`: compiles the site and writes it into the output folder.
pub fn build(opts: &BuildOptions) -> Result<BuildReport, Diagnostics> {
    build_with_progress(opts, &|_, _| {})
}

/// [`build`], calling `progress(done, total)` as rendering jobs finish.
///
/// Each job's files are written as it finishes. When the output folder still holds the
/// last build and nothing every page depends on changed, only the jobs that read a
/// changed source file are rendered again ([`incremental`]).
pub fn build_with_progress(
    opts: &BuildOptions,
    progress: &(dyn Fn(usize, usize) + Sync),
) -> Result<BuildReport, Diagnostics> {
    let start = Instant::now();
    let mut diags = Diagnostics::new();
    let out = opts.out.clone().unwrap_or_else(|| opts.root.join("output"));
    if let Err(d) = write::check_target(&opts.root, &out) {
        diags.push(*d);
        return Err(diags);
    }
    if opts.booklet_only {
        return build_booklet_only(opts, out, start, diags);
    }
    let mut clock = StageClock::start();
    let manifest = out
        .join(write::MARKER)
        .is_file()
        .then(|| incremental::load(&opts.root, &out))
        .flatten();
    clock.lap("last build's manifest");
    let writer = match write::Writer::open(&out) {
        Ok(w) => w,
        Err(d) => {
            diags.push(*d);
            return Err(diags);
        }
    };
    clock.lap("open output");
    let from = Previous::Disk(manifest, &writer);
    let compiled = compile_from(
        &opts.root,
        opts.drafts,
        true,
        true,
        from,
        progress,
        &mut diags,
    );
    let Some(compiled) = compiled else {
        writer.abort();
        return Err(diags);
    };
    let mut clock = StageClock::start();
    let written = writer
        .put(&compiled.files)
        .and_then(|()| writer.commit(&compiled.copies));
    clock.lap("write");
    let stats = match written {
        Ok(s) => s,
        Err(d) => {
            incremental::forget(&opts.root, &out);
            diags.push(*d);
            return Err(diags);
        }
    };
    let jobs = compiled.parts.len();
    incremental::save(
        &opts.root,
        &out,
        &incremental::Manifest {
            fingerprint: compiled.fingerprint,
            sources: compiled.sources,
            parts: compiled.parts,
            search: Some(compiled.search_hash),
            booklet: compiled
                .paths
                .iter()
                .filter(|p| p.starts_with("booklet"))
                .cloned()
                .collect(),
        },
    );
    clock.lap("save manifest");
    let is = |p: &&PathBuf, ext: &str| p.extension().is_some_and(|x| x == ext);
    Ok(BuildReport {
        pages: compiled.paths.iter().filter(|p| is(p, "html")).count(),
        charts: compiled.paths.iter().filter(|p| is(p, "svg")).count(),
        files: stats.written + stats.unchanged,
        rendered_jobs: compiled.rendered_jobs,
        jobs,
        write: stats,
        diagnostics: diags,
        elapsed: start.elapsed(),
        out,
        booklet: compiled.booklet,
    })
}

/// `xiaokang build --booklet-only`: every check of the data and stories, then only the
/// booklet, swapped into `<out>/booklet/`; the rest of the output stays as it is.
fn build_booklet_only(
    opts: &BuildOptions,
    out: PathBuf,
    start: Instant,
    mut diags: Diagnostics,
) -> Result<BuildReport, Diagnostics> {
    let tree = load::load(&opts.root, &mut diags);
    let site = model::build(&tree, opts.drafts, &mut diags);
    validate::check(&site, &mut diags);
    let theme = render::theme::load(&opts.root, &site.config.theme, &mut diags);
    let booklet = theme.and_then(|t| booklet::build(&site, &t, true, &mut diags));
    let Some(b) = booklet.filter(|_| !diags.has_errors()) else {
        return Err(diags);
    };
    let files: Vec<OutputFile> = b
        .files
        .into_iter()
        .map(|f| OutputFile {
            path: f
                .path
                .strip_prefix("booklet")
                .map(Path::to_path_buf)
                .unwrap_or(f.path),
            bytes: f.bytes,
        })
        .collect();
    let mut written_stats = write::WriteStats::default();
    let written = write::write_site(&out.join("booklet"), &files, &[]).and_then(|s| {
        written_stats = s;
        // Only the output folder carries the marker; make one if this made the folder.
        let _ = std::fs::remove_file(out.join("booklet").join(write::MARKER));
        if !out.join(write::MARKER).is_file() {
            let text = "This folder is generated by xiaokang and replaced on every build.\n";
            std::fs::write(out.join(write::MARKER), text).map_err(|e| {
                Box::new(diagnostics::Diagnostic::general(format!(
                    "cannot write {}: {e}",
                    out.display()
                )))
            })?;
        }
        Ok(())
    });
    if let Err(d) = written {
        diags.push(*d);
        return Err(diags);
    }
    Ok(BuildReport {
        pages: files
            .iter()
            .filter(|f| f.path.extension().is_some_and(|x| x == "html"))
            .count(),
        charts: 0,
        files: files.len(),
        rendered_jobs: 0,
        jobs: 0,
        write: written_stats,
        diagnostics: diags,
        elapsed: start.elapsed(),
        out,
        booklet: Some(b.stats),
    })
}

/// `xiaokang check`: every check of `build`, plus every internal link and `#anchor`,
/// unreachable pages and unused static files ([`check::links`]); writes nothing (not even
/// PNG cache entries: chart PNGs are not made).
pub fn check(root: &Path) -> Diagnostics {
    let mut diags = Diagnostics::new();
    if let Some(c) = compile_with(root, true, false, &mut diags) {
        check::links(&c.site, &c.files, &c.copies, true, &mut diags);
    }
    diags
}

/// Prints how long each stage took, to stderr, when `XIAOKANG_TIMINGS` is set (benchmarks).
struct StageClock {
    last: Option<Instant>,
}

impl StageClock {
    fn start() -> Self {
        StageClock {
            last: std::env::var_os("XIAOKANG_TIMINGS").map(|_| Instant::now()),
        }
    }

    fn lap(&mut self, stage: &str) {
        if let Some(t) = self.last {
            eprintln!(
                "stage {stage}: {:.1} ms{}",
                t.elapsed().as_secs_f64() * 1e3,
                memory()
            );
            self.last = Some(Instant::now());
        }
    }
}

/// `cpu N ms (user U, system S), peak memory P MiB` of this process so far, from /proc
/// (Linux), for `XIAOKANG_TIMINGS` and the scale benchmark; empty elsewhere.
pub fn usage() -> String {
    let Ok(stat) = std::fs::read_to_string("/proc/self/stat") else {
        return String::new();
    };
    // Fields after the command name (which may hold spaces): state, then ppid …; utime
    // and stime are the 12th and 13th counting state as the first, in ticks of 10 ms.
    let Some((_, rest)) = stat.rsplit_once(')') else {
        return String::new();
    };
    let f: Vec<u64> = rest
        .split_whitespace()
        .skip(1)
        .map(|x| x.parse().unwrap_or(0))
        .collect();
    let (user, sys) = (f.get(10).unwrap_or(&0) * 10, f.get(11).unwrap_or(&0) * 10);
    let peak = std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            let line = s.lines().find(|l| l.starts_with("VmHWM:"))?.to_string();
            line.split_whitespace().nth(1)?.parse::<u64>().ok()
        })
        .unwrap_or(0);
    format!(
        "cpu {} ms (user {user} ms, system {sys} ms), peak memory {} MiB",
        user + sys,
        peak / 1024
    )
}

/// `, memory N MiB (peak P MiB)` from /proc/self/status, where there is one (Linux).
pub(crate) fn memory() -> String {
    let Ok(status) = std::fs::read_to_string("/proc/self/status") else {
        return String::new();
    };
    let kib = |key: &str| -> Option<u64> {
        let line = status.lines().find(|l| l.starts_with(key))?;
        line.split_whitespace().nth(1)?.parse().ok()
    };
    match (kib("VmRSS:"), kib("VmHWM:")) {
        (Some(now), Some(peak)) => {
            format!(", memory {} MiB (peak {} MiB)", now / 1024, peak / 1024)
        }
        _ => String::new(),
    }
}
