//! xiaokang (小康): a static report-site generator for poverty-alleviation figures.
//!
//! One pipeline, data flowing one way ([`pipeline`]):
//! [`load`] (files) → [`model`] (typed regions and stories) → [`validate`] (consistency)
//! → [`compute`] (figures, charts drawn, stories resolved) → [`render`] (pages, booklet,
//! open data, search, feeds) → [`write`]. [`chart`], [`quantity`] and [`diagnostics`]
//! are libraries the stages share; [`check`] and [`serve`] are commands built on the
//! pipeline. This file is the facade: the entry points and the types they return.

pub mod chart;
pub mod check;
pub mod cli;
pub mod compute;
pub mod diagnostics;
pub mod html_scan;
pub mod load;
pub mod messages;
pub mod model;
pub mod pipeline;
pub mod platform;
pub mod quantity;
pub mod render;
pub mod scaffold;
pub mod serve;
pub mod url;
pub mod validate;
pub mod write;

pub use pipeline::{incremental, usage, Compiled};

use diagnostics::Diagnostics;
use pipeline::{Asked, Previous};
use render::booklet;
use std::collections::BTreeSet;
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
    /// Typeset the booklet and briefing PDFs (`true` for `xiaokang build`). Without them
    /// the pages are the same and link to PDFs that are not made: for tests and tools
    /// about pages, since typesetting is most of a small site's build.
    pub pdfs: bool,
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

const EVERYTHING: Asked = Asked {
    drafts: false,
    pngs: true,
    booklet_pdf: true,
    booklet_only: false,
    downloads_later: false,
    remember: true,
};

/// Runs every stage but writing. Returns the compiled site unless there were errors.
///
/// The chart PNGs `charts.png` asks for are made beside their SVGs, taken from or added to
/// the cache in `<root>/.xiaokang-cache/png/`.
pub fn compile(root: &Path, drafts: bool, diags: &mut Diagnostics) -> Option<Compiled> {
    let asked = Asked {
        drafts,
        ..EVERYTHING
    };
    pipeline::compile(root, asked, Previous::None, &|_, _| {}, diags)
}

/// [`compile`] after an edit: `changed` are the edited files (relative to `root` or
/// absolute). When they are all stories, region files or tables, only the pages that read them are
/// rendered again (with the site-wide search index, feed and sitemap); the other pages are
/// taken from `prev`. Any other change (site.yaml, templates, static files) renders all.
pub fn recompile(
    root: &Path,
    drafts: bool,
    prev: &Compiled,
    changed: &[PathBuf],
    diags: &mut Diagnostics,
) -> Option<Compiled> {
    // The watcher reports absolute paths (`/site/./content/…`) while the root may be
    // relative (`.`, the default): both are brought to paths under the root.
    let roots: Vec<PathBuf> = [std::path::absolute(root).ok(), root.canonicalize().ok()]
        .into_iter()
        .flatten()
        .chain([root.to_path_buf()])
        .collect();
    let rel: BTreeSet<PathBuf> = changed
        .iter()
        .map(|p| {
            let under = roots.iter().find_map(|r| p.strip_prefix(r).ok());
            under.unwrap_or(p).to_path_buf()
        })
        .collect();
    // A table is a source of region figures like region.yaml: an edited cell changes the
    // text of the regions its rows feed, and only their pages are rendered again.
    let content = |p: &Path| {
        let table = p.starts_with("content/tables")
            && p.extension().is_some_and(|x| x == "xlsx" || x == "csv");
        table
            || (p.starts_with("content/regions") || p.starts_with("content/news"))
                && (p.extension().is_some_and(|x| x == "md")
                    || p.file_name().is_some_and(|n| n == "region.yaml"))
    };
    if !rel.iter().all(|p| content(p)) {
        return compile(root, drafts, diags);
    }
    quick(root, drafts, prev, true, diags)
}

/// What [`recompile`] left stale, made again once edits have settled: with the booklet
/// stale, the whole site ([`compile`]); else all.xlsx and all.csv, if their figures
/// changed, and nothing else.
pub fn settle(
    root: &Path,
    drafts: bool,
    prev: &Compiled,
    diags: &mut Diagnostics,
) -> Option<Compiled> {
    match prev.booklet_stale {
        true => compile(root, drafts, diags),
        false => quick(root, drafts, prev, false, diags),
    }
}

/// A compile after `prev` in memory, rendering only what changed, without typesetting the
/// booklet; with `downloads_later`, keeping all.xlsx and all.csv too.
fn quick(
    root: &Path,
    drafts: bool,
    prev: &Compiled,
    downloads_later: bool,
    diags: &mut Diagnostics,
) -> Option<Compiled> {
    // The booklet PDF takes seconds to typeset: a recompile keeps the previous one and says
    // so, and the caller (`serve`) typesets it again in the background.
    let asked = Asked {
        drafts,
        booklet_pdf: false,
        downloads_later,
        ..EVERYTHING
    };
    let mut c = pipeline::compile(root, asked, Previous::Memory(prev), &|_, _| {}, diags)?;
    let pdf = Path::new("booklet/booklet.pdf");
    if let Some(old) = prev.files.iter().find(|f| f.path == pdf) {
        if !c.files.iter().any(|f| f.path == pdf) {
            c.files.push(old.clone());
            c.booklet_stale = true;
        }
    }
    Some(c)
}

/// `xiaokang build`: compiles the site and writes it into the output folder.
pub fn build(opts: &BuildOptions) -> Result<BuildReport, Diagnostics> {
    build_with_progress(opts, &|_, _| {})
}

/// [`build`], calling `progress(done, total)` as rendering jobs finish.
///
/// Each job's files are written as it finishes. When the output folder still holds the
/// last build and nothing every page depends on changed, only the jobs that read a
/// changed source file are rendered again ([`incremental`]). `--booklet-only` runs the
/// same pipeline with the booklet as its only output, swapped into `<out>/booklet/`.
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
    let written = if opts.booklet_only {
        pipeline::build_booklet(&opts.root, opts.drafts, &out, &mut diags)
    } else {
        pipeline::build_site(
            &opts.root,
            opts.drafts,
            opts.pdfs,
            &out,
            progress,
            &mut diags,
        )
    };
    let Some((compiled, stats)) = written else {
        return Err(diags);
    };
    let is = |p: &&PathBuf, ext: &str| p.extension().is_some_and(|x| x == ext);
    Ok(BuildReport {
        pages: compiled.paths.iter().filter(|p| is(p, "html")).count(),
        charts: compiled.paths.iter().filter(|p| is(p, "svg")).count(),
        files: stats.written + stats.unchanged,
        rendered_jobs: compiled.rendered_jobs,
        jobs: compiled.parts.len(),
        write: stats,
        diagnostics: diags,
        elapsed: start.elapsed(),
        out,
        booklet: compiled.booklet,
    })
}

/// The `language:` of the site at `root` (its `content/site.yaml`), for choosing the
/// language messages are printed in; `None` when the file or the key is missing or the
/// file cannot be read. Prints nothing: the build reports the file's problems.
pub fn site_language(root: &Path) -> Option<messages::Language> {
    let mut diags = Diagnostics::new();
    let file = load::read_text(root, &root.join("content").join("site.yaml"), &mut diags)?;
    let node = load::yaml::parse(&file, &file.text, 0).ok()?;
    let load::yaml::Value::Map(entries) = &node.value else {
        return None;
    };
    let (_, value) = entries
        .iter()
        .find(|(k, _)| k.as_scalar() == Some("language"))?;
    let mut decoder = model::decode::Decoder::new(&file, &mut diags);
    let config = model::site_config::decode(&mut decoder, &node);
    // A value that is no language is reported at it, and read as the default: not a choice.
    let bad = diags
        .iter()
        .any(|d| d.is_error() && d.span == Some(value.span));
    (!bad).then_some(config.language)
}

/// `xiaokang check`: every check of `build`, plus every internal link and `#anchor`,
/// unreachable pages and unused static files ([`check::links`]); writes nothing (not even
/// PNG cache entries: chart PNGs are not made).
pub fn check(root: &Path) -> Diagnostics {
    check::run(root, &check::Options::default()).diagnostics
}
