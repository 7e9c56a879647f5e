//! The commands' ways through the pipeline: `build` into an output folder (incremental),
//! `build --booklet-only`, and `check`'s compile in memory.

use super::incremental::{self, Manifest};
use super::timings::StageClock;
use super::{compile, Asked, Compiled, Previous};
use crate::diagnostics::Diagnostics;
use crate::render::OutputFile;
use crate::write;
use std::path::{Path, PathBuf};

/// The compile `check` runs: drafts included, no PNGs, no PDF, nothing written.
pub fn compile_for_check(root: &Path, diags: &mut Diagnostics) -> Option<Compiled> {
    let asked = Asked {
        drafts: true,
        pngs: false,
        booklet_pdf: false,
        booklet_only: false,
        downloads_later: false,
        remember: false,
    };
    compile(root, asked, Previous::None, &|_, _| {}, diags)
}

/// `build`: compiles into `out`, each job's files written as it finishes, then the
/// site-wide files, and the manifest for the next build.
pub(crate) fn build_site(
    root: &Path,
    drafts: bool,
    pdfs: bool,
    out: &Path,
    progress: &(dyn Fn(usize, usize) + Sync),
    diags: &mut Diagnostics,
) -> Option<(Compiled, write::WriteStats)> {
    let mut clock = StageClock::start();
    let manifest = out
        .join(write::MARKER)
        .is_file()
        .then(|| incremental::load(root, out))
        .flatten();
    clock.lap("last build's manifest");
    let writer = match write::Writer::open(out) {
        Ok(w) => w,
        Err(d) => {
            diags.push(*d);
            return None;
        }
    };
    clock.lap("open output");
    let asked = Asked {
        drafts,
        pngs: true,
        booklet_pdf: pdfs,
        booklet_only: false,
        downloads_later: false,
        remember: false,
    };
    let Some(compiled) = compile(
        root,
        asked,
        Previous::Disk(manifest, &writer),
        progress,
        diags,
    ) else {
        writer.abort();
        return None;
    };
    let mut clock = StageClock::start();
    let written = writer
        .put(&compiled.files)
        .and_then(|()| writer.commit(&compiled.copies));
    clock.lap("write");
    let stats = match written {
        Ok(s) => s,
        Err(d) => {
            incremental::forget(root, out);
            diags.push(*d);
            return None;
        }
    };
    incremental::save(
        root,
        out,
        &Manifest {
            fingerprint: compiled.fingerprint,
            sources: compiled.sources,
            parts: compiled.parts.clone(),
            search: Some(compiled.search_hash),
            workbook: compiled.workbook_hash,
            // The site's booklet; regions' briefings are their page jobs' outputs.
            booklet: {
                let of_jobs: std::collections::HashSet<&PathBuf> =
                    compiled.parts.iter().flat_map(|p| &p.outputs).collect();
                compiled
                    .paths
                    .iter()
                    .filter(|p| p.starts_with("booklet") && !of_jobs.contains(p))
                    .cloned()
                    .collect()
            },
        },
    );
    clock.lap("save manifest");
    Some((compiled, stats))
}

/// `build --booklet-only`: every check of the data and stories, then only the booklet,
/// swapped into `<out>/booklet/`; the rest of the output stays as it is.
pub(crate) fn build_booklet(
    root: &Path,
    drafts: bool,
    out: &Path,
    diags: &mut Diagnostics,
) -> Option<(Compiled, write::WriteStats)> {
    let asked = Asked {
        drafts,
        pngs: false,
        booklet_pdf: true,
        booklet_only: true,
        downloads_later: false,
        remember: false,
    };
    let mut compiled = compile(root, asked, Previous::None, &|_, _| {}, diags)?;
    compiled.booklet.as_ref()?;
    let files: Vec<OutputFile> = compiled
        .files
        .iter()
        .map(|f| OutputFile {
            path: f
                .path
                .strip_prefix("booklet")
                .map(Path::to_path_buf)
                .unwrap_or_else(|_| f.path.clone()),
            bytes: f.bytes.clone(),
        })
        .collect();
    let written = write::write_site(&out.join("booklet"), &files, &[]).and_then(|s| {
        // Only the output folder carries the marker; make one if this made the folder.
        let _ = std::fs::remove_file(out.join("booklet").join(write::MARKER));
        write::ensure_marker(out)?;
        Ok(s)
    });
    match written {
        Ok(stats) => {
            compiled.paths = files.iter().map(|f| f.path.clone()).collect();
            Some((compiled, stats))
        }
        Err(d) => {
            diags.push(*d);
            None
        }
    }
}
