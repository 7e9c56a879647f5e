//! The theme's files: templates and static files, the embedded default replaced by a
//! theme folder's and the site's own `templates/`. Compiling them is `render::theme`'s job.

use crate::diagnostics::{Diagnostic, Diagnostics, SourceFile};
use std::path::{Path, PathBuf};

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
    (
        "search_all.html",
        include_str!("../../themes/default/templates/search_all.html"),
    ),
    (
        "sitemap.html",
        include_str!("../../themes/default/templates/sitemap.html"),
    ),
    (
        "wechat.html",
        include_str!("../../themes/default/templates/wechat.html"),
    ),
];

/// The default theme's static files, embedded: (path under `static/`, bytes).
const STATIC: &[(&str, &[u8])] = &[
    (
        "elder.css",
        include_bytes!("../../themes/default/static/elder.css"),
    ),
    (
        "elder.js",
        include_bytes!("../../themes/default/static/elder.js"),
    ),
    (
        "search.js",
        include_bytes!("../../themes/default/static/search.js"),
    ),
    (
        "style.css",
        include_bytes!("../../themes/default/static/style.css"),
    ),
    (
        "wechat.js",
        include_bytes!("../../themes/default/static/wechat.js"),
    ),
];

/// A theme as read: what `render::theme` compiles.
pub struct ThemeFiles {
    /// Templates by name, each with its text and the path it is shown with.
    pub templates: Vec<(String, SourceFile)>,
    /// Static files to copy to `output/static/`: (relative path, bytes).
    pub static_files: Vec<(PathBuf, Vec<u8>)>,
    /// Hash of every template and static file: a change renders every page again.
    pub fingerprint: u64,
}

/// Reads the theme `theme`: the embedded default's files, replaced by the theme folder's,
/// its templates replaced by the site's `templates/`.
pub fn read(root: &Path, theme: &str, diags: &mut Diagnostics) -> Option<ThemeFiles> {
    let theme_dir = root.join("themes").join(theme);
    if theme != "default" && !theme_dir.is_dir() {
        diags.push(
            Diagnostic::file_error(
                Path::new("content/site.yaml"),
                crate::messages::catalog::data::theme_not_found(theme),
            )
            .hint(crate::messages::catalog::data::theme_not_found_hint()),
        );
        return None;
    }
    let sources = template_sources(root, theme, diags);
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
                Err(e) => diags.push(Diagnostic::general(
                    crate::messages::catalog::data::cannot_read_path(entry.path(), e.to_string()),
                )),
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
    Some(ThemeFiles {
        templates: sources,
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
            if let Err(d) = super::inside_root(root, &path) {
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
                    crate::messages::catalog::data::cannot_read_template(e.to_string()),
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
