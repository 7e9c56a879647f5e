//! xiaokang (小康): a static report-site generator for poverty-alleviation figures.
//!
//! One pipeline, data flowing one way:
//! [`load`] (files) → [`model`] (typed regions and stories) → [`validate`] (consistency)
//! → [`compute`] (figures, references, chart specs) → [`render`] (pages, charts) → [`write`].

pub mod chart;
pub mod compute;
pub mod diagnostics;
pub mod load;
pub mod model;
pub mod quantity;
pub mod render;
pub mod validate;
pub mod write;

use diagnostics::Diagnostics;
use render::OutputFile;
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
}

/// What a build produced.
#[derive(Debug)]
pub struct BuildReport {
    /// HTML pages written.
    pub pages: usize,
    /// Chart SVGs written.
    pub charts: usize,
    /// All files written.
    pub files: usize,
    /// Warnings (errors stop the build).
    pub diagnostics: Diagnostics,
    /// Wall time.
    pub elapsed: Duration,
    /// Where the site went.
    pub out: PathBuf,
}

/// The whole site compiled in memory: every file it would write.
pub struct Compiled {
    /// The typed site.
    pub site: model::Site,
    /// Files to write.
    pub files: Vec<OutputFile>,
    /// Site static files to copy: (source, destination relative to the output).
    pub copies: Vec<(PathBuf, PathBuf)>,
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
    let tree = load::load(root, diags);
    let site = model::build(&tree, drafts, diags);
    validate::check(&site, diags);
    let theme = render::theme::load(root, &site.config.theme, diags)?;
    // Render even after data errors, so one run reports story problems too.
    let mut files = render::pages::render_all(&site, &theme, diags);
    if diags.has_errors() {
        return None;
    }
    if pngs && site.config.chart_png {
        let cache = render::png_cache::PngCache::new(render::png_cache::dir_for(root));
        files = render::png_cache::add_chart_pngs(files, &cache, diags);
        if diags.has_errors() {
            return None;
        }
    }
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
    Some(Compiled {
        site,
        files,
        copies,
    })
}

/// `xiaokang build`: compiles the site and swaps it into the output folder.
pub fn build(opts: &BuildOptions) -> Result<BuildReport, Diagnostics> {
    let start = Instant::now();
    let mut diags = Diagnostics::new();
    let out = opts.out.clone().unwrap_or_else(|| opts.root.join("output"));
    if let Err(d) = write::check_target(&opts.root, &out) {
        diags.push(*d);
        return Err(diags);
    }
    let Some(compiled) = compile(&opts.root, opts.drafts, &mut diags) else {
        return Err(diags);
    };
    if let Err(d) = write::write_site(&out, &compiled.files, &compiled.copies) {
        diags.push(*d);
        return Err(diags);
    }
    let is = |f: &&OutputFile, ext: &str| f.path.extension().is_some_and(|x| x == ext);
    Ok(BuildReport {
        pages: compiled.files.iter().filter(|f| is(f, "html")).count(),
        charts: compiled.files.iter().filter(|f| is(f, "svg")).count(),
        files: compiled.files.len() + compiled.copies.len(),
        diagnostics: diags,
        elapsed: start.elapsed(),
        out,
    })
}

/// `xiaokang check`: every check of `build`, writing nothing (not even PNG cache entries:
/// chart PNGs are not made).
pub fn check(root: &Path) -> Diagnostics {
    let mut diags = Diagnostics::new();
    let _ = compile_with(root, true, false, &mut diags);
    diags
}
