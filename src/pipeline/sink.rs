//! Where each rendering job's files go as it finishes: kept in memory (`serve`, `check`)
//! or written at once (`build`), so a large site never sits whole in memory.

use crate::diagnostics::Diagnostics;
use crate::render::OutputFile;
use crate::write::Writer;
use std::collections::HashMap;
use std::path::PathBuf;

/// Takes each job's files.
pub(crate) trait Sink: Sync {
    /// Takes a job's new files; returns those to keep in memory.
    fn emit(&self, files: Vec<OutputFile>, d: &mut Diagnostics) -> Vec<OutputFile>;
    /// Takes files the last build made and this one keeps (`outputs`); `None` when they
    /// are gone, and they are made again.
    fn keep(&self, outputs: &[PathBuf]) -> Option<Vec<OutputFile>>;
}

/// Keeps every file in memory; reuses files from a previous in-memory build.
#[derive(Default)]
pub(crate) struct InMemory {
    /// The previous build's files, by path.
    previous: Option<HashMap<PathBuf, OutputFile>>,
}

impl InMemory {
    /// Keeping files, with those of `prev` to reuse.
    pub(crate) fn after(prev: &super::Compiled) -> Self {
        let files = prev.files.iter().map(|f| (f.path.clone(), f.clone()));
        InMemory {
            previous: Some(files.collect()),
        }
    }
}

impl Sink for InMemory {
    fn emit(&self, files: Vec<OutputFile>, _d: &mut Diagnostics) -> Vec<OutputFile> {
        files
    }

    fn keep(&self, outputs: &[PathBuf]) -> Option<Vec<OutputFile>> {
        let files = self.previous.as_ref()?;
        outputs.iter().map(|o| files.get(o).cloned()).collect()
    }
}

/// Sends each job's files straight to a [`Writer`].
pub(crate) struct ToDisk<'a> {
    /// Where the files go.
    pub writer: &'a Writer,
}

impl Sink for ToDisk<'_> {
    fn emit(&self, files: Vec<OutputFile>, d: &mut Diagnostics) -> Vec<OutputFile> {
        if let Err(e) = self.writer.put(&files) {
            d.push(*e);
        }
        Vec::new()
    }

    fn keep(&self, outputs: &[PathBuf]) -> Option<Vec<OutputFile>> {
        self.writer.keep(outputs).is_empty().then(Vec::new)
    }
}
