//! Reading the site's files from disk: which regions, stories and static files exist.
//!
//! This stage only finds and reads files; it interprets nothing (that is `model`).

pub mod encoding;
pub mod frontmatter;
mod seen;
pub mod tables;
pub mod theme;
pub mod yaml;

use seen::Reader;
pub use seen::Seen;

use crate::diagnostics::{Diagnostic, Diagnostics, SourceFile, Span};
use crate::messages::catalog::data;
use rayon::prelude::*;
use std::path::{Path, PathBuf};
use walkdir::{DirEntry, WalkDir};

/// A region folder: its `region.yaml` and the stories beside it.
#[derive(Debug, Clone)]
pub struct RegionDir {
    /// Folder name: the region's id.
    pub id: String,
    /// Folder relative to the site root.
    pub rel_dir: PathBuf,
    /// Index of the enclosing region folder in `SourceTree::regions`.
    pub parent: Option<usize>,
    /// The region's `region.yaml`; None for a folder holding only stories, whose figures
    /// come from `content/tables/` (it is given to a table's region by its name).
    pub yaml: Option<SourceFile>,
    /// Markdown files directly in the folder.
    pub stories: Vec<SourceFile>,
}

/// Every input file of a site, read and in a stable order.
#[derive(Debug, Clone)]
pub struct SourceTree {
    /// Site root.
    pub root: PathBuf,
    /// `content/site.yaml`.
    pub site: Option<SourceFile>,
    /// `content/_index.md`.
    pub home: Option<SourceFile>,
    /// `content/words.yaml`: the office's own word list (optional).
    pub words: Option<SourceFile>,
    /// Region folders, parents before children, siblings by name.
    pub regions: Vec<RegionDir>,
    /// `content/news/*.md`.
    pub news: Vec<SourceFile>,
    /// Files under `content/static/`, relative to it.
    pub static_files: Vec<PathBuf>,
    /// `content/tables/*.xlsx` and `*.csv`, read into cells.
    pub tables: Vec<tables::TableFile>,
}

/// Input files larger than this are refused before they are read: a region's figures or a
/// story are a few kilobytes, and a 10,000-row project list is under 2 MB.
pub const MAX_FILE_BYTES: u64 = 16 * 1024 * 1024;

/// Reads a text file as UTF-8 (a BOM is dropped); a non-UTF-8 file is reported, naming the
/// encoding it appears to be in. Files that are links to outside the site are refused.
pub fn read_text(root: &Path, path: &Path, diags: &mut Diagnostics) -> Option<SourceFile> {
    let shown = path.strip_prefix(root).unwrap_or(path).to_path_buf();
    let too_large = |len: u64| {
        Diagnostic::file_error(
            &shown,
            data::file_too_large(
                format!("{:.1}", len as f64 / 1_048_576.0),
                MAX_FILE_BYTES / 1_048_576,
            ),
        )
        .hint(data::file_too_large_hint())
    };
    let bytes = read_bytes(root, path, MAX_FILE_BYTES, too_large, diags)?;
    match encoding::decode(bytes) {
        Ok(s) => Some(SourceFile::new(shown, s)),
        Err(e) => {
            diags.push(not_utf8(&shown, &e));
            None
        }
    }
}

/// A file's bytes, refused (with the message `too_large` makes from its size) when it is
/// larger than `limit`, and refused when, following links, it lies outside the site.
pub fn read_bytes(
    root: &Path,
    path: &Path,
    limit: u64,
    too_large: impl FnOnce(u64) -> Diagnostic,
    diags: &mut Diagnostics,
) -> Option<Vec<u8>> {
    if let Err(d) = inside_root(root, path) {
        diags.push(*d);
        return None;
    }
    if let Ok(m) = std::fs::metadata(path) {
        if m.len() > limit {
            diags.push(too_large(m.len()));
            return None;
        }
    }
    match std::fs::read(path) {
        Ok(b) => Some(b),
        Err(e) => {
            let shown = path.strip_prefix(root).unwrap_or(path);
            diags.push(Diagnostic::file_error(
                shown,
                data::cannot_read_file(e.to_string()),
            ));
            None
        }
    }
}

/// The message for a file that is not UTF-8, quoting the first bad line.
fn not_utf8(shown: &Path, e: &encoding::NotUtf8) -> Diagnostic {
    let file = SourceFile::new(shown, e.preview.as_str());
    let span = Span::new(e.line, e.column, 1);
    let name = shown.display();
    match e.guess {
        Some(g) => Diagnostic::error(&file, span, data::not_utf8_guess(g.describe()))
            .expected(data::utf8_expected())
            .hint(data::convert_with_iconv(g.iconv_name(), name.to_string())),
        None => Diagnostic::error(&file, span, data::not_utf8_unknown())
            .expected(data::utf8_expected())
            .hint(data::save_as_utf8(name.to_string())),
    }
}

/// Refuses a path that, following links, lies outside the site root.
pub fn inside_root(root: &Path, path: &Path) -> Result<(), Box<Diagnostic>> {
    let (Ok(real_root), Ok(real)) = (std::fs::canonicalize(root), std::fs::canonicalize(path))
    else {
        return Ok(()); // missing files are reported where they are read
    };
    if real.starts_with(&real_root) {
        return Ok(());
    }
    let shown = path.strip_prefix(root).unwrap_or(path);
    Err(Box::new(
        Diagnostic::file_error(shown, data::link_outside_root(&real))
            .hint(data::copy_instead_of_link()),
    ))
}

/// Finds and reads every input under `root/content`.
pub fn load(root: &Path, diags: &mut Diagnostics) -> SourceTree {
    load_after(root, None, false, diags).0
}

/// [`load`], taking each region file and story from `before` when its size and
/// modification time are those it was read at; with `remember`, also returning the
/// files read, for the next load.
pub fn load_after(
    root: &Path,
    before: Option<&Seen>,
    remember: bool,
    diags: &mut Diagnostics,
) -> (SourceTree, Option<Seen>) {
    let reader = Reader::new(root, before, remember);
    let tree = load_with(&reader, diags);
    (tree, reader.into_seen())
}

fn load_with(reader: &Reader<'_>, diags: &mut Diagnostics) -> SourceTree {
    let root = reader.root;
    let content = root.join("content");
    let mut tree = SourceTree {
        root: root.to_path_buf(),
        site: None,
        home: None,
        words: None,
        regions: Vec::new(),
        news: Vec::new(),
        static_files: Vec::new(),
        tables: Vec::new(),
    };
    if !content.is_dir() {
        diags.push(
            Diagnostic::general(data::no_content_folder(root)).hint(data::no_content_folder_hint()),
        );
        return tree;
    }
    if let Err(d) = inside_root(root, &content) {
        diags.push(*d);
        return tree;
    }
    let site_yaml = content.join("site.yaml");
    if site_yaml.is_file() {
        tree.site = read_text(root, &site_yaml, diags);
    } else {
        diags.push(
            Diagnostic::file_error(Path::new("content/site.yaml"), data::no_site_yaml())
                .hint(data::no_site_yaml_hint()),
        );
    }
    let home = content.join("_index.md");
    if home.is_file() {
        tree.home = read_text(root, &home, diags);
    }
    let words = content.join("words.yaml");
    if words.is_file() {
        tree.words = read_text(root, &words, diags);
    }
    let tables = content.join("tables");
    if tables.is_dir() {
        tree.tables = tables::load(root, &tables, diags);
    }
    let regions = content.join("regions");
    if regions.is_dir() {
        let has_tables = !tree.tables.is_empty();
        load_regions(reader, &regions, has_tables, &mut tree, diags);
    }
    tree.news = markdown_files(reader, &content.join("news"), diags);
    let stat = content.join("static");
    if stat.is_dir() {
        for entry in walk(root, &stat, false, diags) {
            if entry.file_type().is_file() {
                if let Ok(rel) = entry.path().strip_prefix(&stat) {
                    tree.static_files.push(rel.to_path_buf());
                }
            }
        }
    }
    tree
}

fn load_regions(
    reader: &Reader<'_>,
    regions: &Path,
    has_tables: bool,
    tree: &mut SourceTree,
    diags: &mut Diagnostics,
) {
    // The folders are walked in order; their files are read in parallel (a national site
    // has tens of thousands); then each region is linked to its parent, in walk order.
    let root = reader.root;
    let mut dirs: Vec<(PathBuf, PathBuf)> = Vec::new();
    let mut open: Vec<PathBuf> = Vec::new();
    for entry in walk(root, regions, true, diags) {
        if entry.depth() == 0 || !entry.file_type().is_dir() {
            continue;
        }
        let dir = entry.path();
        let shown_dir = dir.strip_prefix(root).unwrap_or(dir).to_path_buf();
        while open.last().is_some_and(|p| !dir.starts_with(p)) {
            open.pop();
        }
        if !dir.join("region.yaml").is_file() {
            let files: Vec<PathBuf> = std::fs::read_dir(dir)
                .map(|rd| {
                    rd.filter_map(Result::ok)
                        .map(|e| e.path())
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default()
                .into_iter()
                .filter(|p| p.is_file() && !is_hidden(p))
                .collect();
            let only_stories = !files.is_empty()
                && files
                    .iter()
                    .all(|p| p.extension().is_some_and(|x| x == "md"));
            // With tables, a folder may hold just the stories of a table's region, or
            // just the folders of its children.
            if has_tables && only_stories {
                open.push(dir.to_path_buf());
                dirs.push((dir.to_path_buf(), shown_dir));
                continue;
            }
            if !files.is_empty() || (open.is_empty() && !has_tables) {
                diags.push(
                    Diagnostic::file_error(&shown_dir, data::no_region_yaml())
                        .hint(data::no_region_yaml_hint()),
                );
            }
            continue;
        }
        open.push(dir.to_path_buf());
        dirs.push((dir.to_path_buf(), shown_dir));
    }
    // Ok(None): a folder of stories only; Err: its region.yaml could not be read.
    type Read = (Result<Option<SourceFile>, ()>, Vec<SourceFile>, Diagnostics);
    let read: Vec<Read> = dirs
        .par_iter()
        .map(|(dir, _)| {
            let mut d = Diagnostics::new();
            let path = dir.join("region.yaml");
            if !path.is_file() {
                return (Ok(None), markdown_files(reader, dir, &mut d), d);
            }
            let yaml = reader.text(&path, &mut d);
            let stories = match yaml {
                Some(_) => markdown_files(reader, dir, &mut d),
                None => Vec::new(),
            };
            (yaml.map(Some).ok_or(()), stories, d)
        })
        .collect();
    // Folder path → index in tree.regions, to link children to parents.
    let mut stack: Vec<(PathBuf, usize)> = Vec::new();
    for ((dir, shown_dir), (yaml, stories, d)) in dirs.into_iter().zip(read) {
        diags.extend(d);
        while stack.last().is_some_and(|(p, _)| !dir.starts_with(p)) {
            stack.pop();
        }
        let Ok(yaml) = yaml else {
            continue;
        };
        let id = dir
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let index = tree.regions.len();
        tree.regions.push(RegionDir {
            id,
            rel_dir: shown_dir,
            parent: stack.last().map(|(_, i)| *i),
            yaml,
            stories,
        });
        stack.push((dir, index));
    }
}

/// Every entry under `dir` (itself included, at depth 0), parents first, siblings by name.
///
/// Links are followed only while they stay inside the site: a link leading outside is
/// refused (and not entered), and a link back to a folder that contains it (a loop) is
/// reported instead of walked forever.
fn walk(root: &Path, dir: &Path, skip_hidden: bool, diags: &mut Diagnostics) -> Vec<DirEntry> {
    let mut refused: Vec<Diagnostic> = Vec::new();
    if let Err(d) = inside_root(root, dir) {
        diags.push(*d);
        return Vec::new();
    }
    let mut entries = Vec::new();
    let walker = WalkDir::new(dir)
        .follow_links(true)
        .sort_by_file_name()
        .into_iter()
        .filter_entry(|e| {
            if skip_hidden && e.depth() > 0 && is_hidden(e.path()) {
                return false;
            }
            if e.path_is_symlink() {
                if let Err(d) = inside_root(root, e.path()) {
                    refused.push(*d);
                    return false;
                }
            }
            true
        });
    for entry in walker {
        match entry {
            Ok(e) => entries.push(e),
            Err(e) => {
                let at = e.path().unwrap_or(dir);
                let shown = at.strip_prefix(root).unwrap_or(at);
                let d = match e.loop_ancestor() {
                    Some(anc) => Diagnostic::file_error(
                        shown,
                        data::folder_loop(anc.strip_prefix(root).unwrap_or(anc)),
                    )
                    .hint(data::folder_loop_hint()),
                    None => Diagnostic::file_error(shown, data::cannot_read_this(e.to_string()))
                        .hint(data::check_exists_readable()),
                };
                diags.push(d);
            }
        }
    }
    for d in refused {
        diags.push(d);
    }
    entries
}

/// The `.md` files directly in a folder, by name.
fn markdown_files(reader: &Reader<'_>, dir: &Path, diags: &mut Diagnostics) -> Vec<SourceFile> {
    let Ok(rd) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut paths: Vec<PathBuf> = rd
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.is_file() && p.extension().is_some_and(|x| x == "md") && !is_hidden(p))
        .collect();
    paths.sort();
    paths.iter().filter_map(|p| reader.text(p, diags)).collect()
}

fn is_hidden(p: &Path) -> bool {
    p.file_name()
        .is_some_and(|n| n.to_string_lossy().starts_with('.'))
}
