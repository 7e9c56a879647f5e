//! The theme: Tera templates and static files, with per-site overrides.
//!
//! The default theme is compiled into the binary so a site needs no `themes/` folder;
//! a theme folder on disk replaces it file by file, and a site's own `templates/`
//! folder overrides any single template of the theme.

use crate::diagnostics::{Diagnostic, Diagnostics, SourceFile};
use std::path::{Path, PathBuf};
use tera::Tera;

/// The default theme's templates, embedded: (name, text).
const TEMPLATES: &[(&str, &str)] = &[
    (
        "base.html",
        include_str!("../../themes/default/templates/base.html"),
    ),
    (
        "components.html",
        include_str!("../../themes/default/templates/components.html"),
    ),
    (
        "index.html",
        include_str!("../../themes/default/templates/index.html"),
    ),
    (
        "region.html",
        include_str!("../../themes/default/templates/region.html"),
    ),
    (
        "story.html",
        include_str!("../../themes/default/templates/story.html"),
    ),
    (
        "news.html",
        include_str!("../../themes/default/templates/news.html"),
    ),
    (
        "404.html",
        include_str!("../../themes/default/templates/404.html"),
    ),
    (
        "booklet.html",
        include_str!("../../themes/default/templates/booklet.html"),
    ),
    (
        "search.html",
        include_str!("../../themes/default/templates/search.html"),
    ),
];

/// The default theme's static files, embedded: (path under `static/`, bytes).
const STATIC: &[(&str, &[u8])] = &[
    (
        "search.js",
        include_bytes!("../../themes/default/static/search.js"),
    ),
    (
        "style.css",
        include_bytes!("../../themes/default/static/style.css"),
    ),
];

/// A loaded theme.
pub struct Theme {
    /// Compiled templates.
    pub tera: Tera,
    /// Static files to copy to `output/static/`: (relative path, bytes).
    pub static_files: Vec<(PathBuf, Vec<u8>)>,
    /// Hash of every template and static file: a change renders every page again.
    pub fingerprint: u64,
}

/// Loads templates: embedded default, then the theme folder, then the site's `templates/`.
pub fn load(root: &Path, theme: &str, diags: &mut Diagnostics) -> Option<Theme> {
    let theme_dir = root.join("themes").join(theme);
    if theme != "default" && !theme_dir.is_dir() {
        diags.push(
            Diagnostic::file_error(
                Path::new("content/site.yaml"),
                format!("theme `{theme}` not found: there is no folder themes/{theme}"),
            )
            .hint("use `theme: default`, or put the theme's templates in themes/<name>/templates/"),
        );
        return None;
    }
    let sources = template_sources(root, theme, diags);
    let mut tera = Tera::new();
    tera.autoescape_on(vec![".html", ".xml"]);
    if let Err(e) = tera.add_raw_templates(sources.iter().map(|(n, f)| (n.as_str(), &*f.text))) {
        diags.push(
            Diagnostic::general(format!("a template has an error:\n{e}"))
                .hint("fix the template named above (themes/<theme>/templates/ or templates/)"),
        );
        return None;
    }
    let mut static_files: Vec<(PathBuf, Vec<u8>)> = STATIC
        .iter()
        .map(|(p, b)| (PathBuf::from(p), b.to_vec()))
        .collect();
    let theme_static = theme_dir.join("static");
    if theme_static.is_dir() {
        for entry in walkdir::WalkDir::new(&theme_static)
            .sort_by_file_name()
            .into_iter()
            .filter_map(Result::ok)
        {
            let rel = match entry.path().strip_prefix(&theme_static) {
                Ok(r) if entry.file_type().is_file() => r.to_path_buf(),
                _ => continue,
            };
            // Fonts are for chart measurement and the booklet; pages use the reader's fonts.
            if rel.starts_with("fonts") {
                continue;
            }
            match std::fs::read(entry.path()) {
                Ok(bytes) => match static_files.iter_mut().find(|(p, _)| *p == rel) {
                    Some(slot) => slot.1 = bytes,
                    None => static_files.push((rel, bytes)),
                },
                Err(e) => diags.push(Diagnostic::general(format!(
                    "cannot read {}: {e}",
                    entry.path().display()
                ))),
            }
        }
    }
    static_files.sort_by(|a, b| a.0.cmp(&b.0));
    let fingerprint = {
        use std::hash::{Hash, Hasher};
        let mut h = std::collections::hash_map::DefaultHasher::new();
        for (name, file) in &sources {
            (name, &*file.text).hash(&mut h);
        }
        static_files.hash(&mut h);
        h.finish()
    };
    Some(Theme {
        tera,
        static_files,
        fingerprint,
    })
}

/// The templates a site uses, by name: the embedded default, replaced by the theme
/// folder's, replaced by the site's `templates/`. Each keeps its text and the path it is
/// shown with (the built-in ones as `themes/default/templates/NAME`), so a finding in a
/// template (`check --external`) can point at its line.
pub fn template_sources(
    root: &Path,
    theme: &str,
    diags: &mut Diagnostics,
) -> Vec<(String, SourceFile)> {
    let theme_dir = root.join("themes").join(theme);
    let mut sources: Vec<(String, SourceFile)> = TEMPLATES
        .iter()
        .map(|(n, t)| {
            let shown = Path::new("themes/default/templates").join(n);
            (n.to_string(), SourceFile::new(shown, *t))
        })
        .collect();
    for dir in [theme_dir.join("templates"), root.join("templates")] {
        for (name, path) in html_files(&dir) {
            // A template that is a link to outside the site is not read.
            if let Err(d) = crate::load::inside_root(root, &path) {
                diags.push(*d);
                continue;
            }
            let shown = path.strip_prefix(root).unwrap_or(&path);
            match std::fs::read_to_string(&path) {
                Ok(text) => {
                    let file = SourceFile::new(shown, text);
                    match sources.iter_mut().find(|(n, _)| *n == name) {
                        Some(slot) => slot.1 = file,
                        None => sources.push((name, file)),
                    }
                }
                Err(e) => diags.push(Diagnostic::file_error(
                    shown,
                    format!("cannot read the template: {e}"),
                )),
            }
        }
    }
    sources
}

/// `*.html` files in a folder: (template name, path).
fn html_files(dir: &Path) -> Vec<(String, PathBuf)> {
    let Ok(rd) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut v: Vec<(String, PathBuf)> = rd
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.is_file() && p.extension().is_some_and(|x| x == "html"))
        .filter_map(|p| Some((p.file_name()?.to_string_lossy().into_owned(), p)))
        .collect();
    v.sort();
    v
}

/// A story block ready for the theme's components.
pub enum Block<'a> {
    /// A chart, laid out by the `chart_figure` component.
    Chart(&'a super::context::ChartView),
    /// Key figure cards under a heading, laid out by the `figures_block` component.
    Figures {
        /// Heading over the cards.
        title: &'a str,
        /// The cards.
        figures: &'a [crate::compute::summary::KeyFigure],
    },
}

impl Theme {
    /// A story block's HTML from the theme's component for it, so themes lay blocks out
    /// wherever a story appears (site pages and the booklet's HTML twin alike).
    pub fn block_html(
        &self,
        block: Block<'_>,
        t: &super::i18n::Ui,
        root: &str,
    ) -> tera::TeraResult<String> {
        let mut ctx = tera::Context::new();
        ctx.insert("t", t);
        ctx.insert("root", root);
        let call = match block {
            Block::Chart(view) => {
                ctx.insert("chart", view);
                "{{ <chart_figure chart={chart} t={t} root={root} /> }}"
            }
            Block::Figures { title, figures } => {
                ctx.insert("title", title);
                ctx.insert("figures", figures);
                "{{ <figures_block title={title} figures={figures} /> }}"
            }
        };
        self.tera.render_str(call, &ctx, true)
    }
}
