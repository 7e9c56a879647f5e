//! Reading the site's files from disk: which regions, stories and static files exist.
//!
//! This stage only finds and reads files; it interprets nothing (that is `model`).

pub mod frontmatter;
pub mod yaml;

use crate::diagnostics::{Diagnostic, Diagnostics, SourceFile};
use std::path::{Path, PathBuf};
use walkdir::WalkDir;

/// A region folder: its `region.yaml` and the stories beside it.
#[derive(Debug, Clone)]
pub struct RegionDir {
    /// Folder name: the region's id.
    pub id: String,
    /// Folder relative to the site root.
    pub rel_dir: PathBuf,
    /// Index of the enclosing region folder in `SourceTree::regions`.
    pub parent: Option<usize>,
    /// The region's `region.yaml`.
    pub yaml: SourceFile,
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
    /// Region folders, parents before children, siblings by name.
    pub regions: Vec<RegionDir>,
    /// `content/news/*.md`.
    pub news: Vec<SourceFile>,
    /// Files under `content/static/`, relative to it.
    pub static_files: Vec<PathBuf>,
}

/// Reads a text file as UTF-8 (a BOM is dropped); a non-UTF-8 file is reported.
pub fn read_text(root: &Path, path: &Path, diags: &mut Diagnostics) -> Option<SourceFile> {
    let shown = path.strip_prefix(root).unwrap_or(path).to_path_buf();
    let bytes = match std::fs::read(path) {
        Ok(b) => b,
        Err(e) => {
            diags.push(Diagnostic::file_error(
                &shown,
                format!("cannot read the file: {e}"),
            ));
            return None;
        }
    };
    match String::from_utf8(bytes) {
        Ok(mut s) => {
            if s.starts_with('\u{feff}') {
                s.remove(0);
            }
            Some(SourceFile::new(shown, s))
        }
        Err(e) => {
            let at = e.utf8_error().valid_up_to();
            let line = e.as_bytes()[..at].iter().filter(|b| **b == b'\n').count() + 1;
            diags.push(
                Diagnostic::file_error(&shown, format!("the file is not UTF-8 text (first bad byte on line {line})"))
                    .hint(format!(
                        "save it as UTF-8 in your editor; a file from a Windows editor is usually GBK: `iconv -f GBK -t UTF-8 {0} > tmp && mv tmp {0}`",
                        shown.display()
                    )),
            );
            None
        }
    }
}

/// Finds and reads every input under `root/content`.
pub fn load(root: &Path, diags: &mut Diagnostics) -> SourceTree {
    let content = root.join("content");
    let mut tree = SourceTree {
        root: root.to_path_buf(),
        site: None,
        home: None,
        regions: Vec::new(),
        news: Vec::new(),
        static_files: Vec::new(),
    };
    if !content.is_dir() {
        diags.push(
            Diagnostic::general(format!("there is no `content/` folder in {}", root.display()))
                .hint("run xiaokang in the site's folder, pass `--root DIR`, or create a site with `xiaokang new DIR`"),
        );
        return tree;
    }
    let site_yaml = content.join("site.yaml");
    if site_yaml.is_file() {
        tree.site = read_text(root, &site_yaml, diags);
    } else {
        diags.push(
            Diagnostic::file_error(
                Path::new("content/site.yaml"),
                "the site settings file is missing",
            )
            .hint("create content/site.yaml with at least `title: …`"),
        );
    }
    let home = content.join("_index.md");
    if home.is_file() {
        tree.home = read_text(root, &home, diags);
    }
    let regions = content.join("regions");
    if regions.is_dir() {
        load_regions(root, &regions, &mut tree, diags);
    }
    tree.news = markdown_files(root, &content.join("news"), diags);
    let stat = content.join("static");
    if stat.is_dir() {
        for entry in WalkDir::new(&stat)
            .sort_by_file_name()
            .into_iter()
            .filter_map(Result::ok)
        {
            if entry.file_type().is_file() {
                if let Ok(rel) = entry.path().strip_prefix(&stat) {
                    tree.static_files.push(rel.to_path_buf());
                }
            }
        }
    }
    tree
}

fn load_regions(root: &Path, regions: &Path, tree: &mut SourceTree, diags: &mut Diagnostics) {
    // Folder path → index in tree.regions, to link children to parents.
    let mut stack: Vec<(PathBuf, usize)> = Vec::new();
    let walker = WalkDir::new(regions)
        .min_depth(1)
        .sort_by_file_name()
        .into_iter();
    for entry in walker.filter_entry(|e| !is_hidden(e.path())) {
        let entry = match entry {
            Ok(e) => e,
            Err(e) => {
                diags.push(Diagnostic::general(format!(
                    "cannot read a folder under content/regions: {e}"
                )));
                continue;
            }
        };
        if !entry.file_type().is_dir() {
            continue;
        }
        let dir = entry.path();
        let shown_dir = dir.strip_prefix(root).unwrap_or(dir).to_path_buf();
        while stack.last().is_some_and(|(p, _)| !dir.starts_with(p)) {
            stack.pop();
        }
        let yaml_path = dir.join("region.yaml");
        if !yaml_path.is_file() {
            let has_files = std::fs::read_dir(dir)
                .map(|rd| rd.filter_map(Result::ok).any(|e| e.path().is_file()))
                .unwrap_or(false);
            if has_files || stack.is_empty() {
                diags.push(
                    Diagnostic::file_error(&shown_dir, "this region folder has no region.yaml")
                        .hint("every folder under content/regions is a region: add a region.yaml with at least `name: …`"),
                );
            }
            continue;
        }
        let Some(yaml) = read_text(root, &yaml_path, diags) else {
            continue;
        };
        let id = dir
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let stories = markdown_files(root, dir, diags);
        let index = tree.regions.len();
        tree.regions.push(RegionDir {
            id,
            rel_dir: shown_dir,
            parent: stack.last().map(|(_, i)| *i),
            yaml,
            stories,
        });
        stack.push((dir.to_path_buf(), index));
    }
}

/// The `.md` files directly in a folder, by name.
fn markdown_files(root: &Path, dir: &Path, diags: &mut Diagnostics) -> Vec<SourceFile> {
    let Ok(rd) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut paths: Vec<PathBuf> = rd
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.is_file() && p.extension().is_some_and(|x| x == "md") && !is_hidden(p))
        .collect();
    paths.sort();
    paths
        .iter()
        .filter_map(|p| read_text(root, p, diags))
        .collect()
}

fn is_hidden(p: &Path) -> bool {
    p.file_name()
        .is_some_and(|n| n.to_string_lossy().starts_with('.'))
}
