//! The small Typst world the booklet is typeset in: one generated source file, the chart
//! SVGs as virtual files, the fonts from [`super::fonts`], a fixed date. Nothing is read
//! from disk or the network while typesetting.

use std::collections::HashMap;
use typst::diag::{FileError, FileResult};
use typst::foundations::{Bytes, Datetime, Duration};
use typst::syntax::{FileId, RootedPath, Source, VirtualPath, VirtualRoot};
use typst::text::{Font, FontBook};
use typst::utils::LazyHash;
use typst::{Library, LibraryExt, World};

/// Name of the generated main file inside the world.
const MAIN: &str = "booklet.typ";

/// A world holding exactly what one booklet needs.
pub struct BookletWorld {
    library: LazyHash<Library>,
    book: LazyHash<FontBook>,
    fonts: Vec<Font>,
    main: Source,
    files: HashMap<FileId, Bytes>,
    today: Option<Datetime>,
}

/// A file id for a path of the virtual project (`charts/luqu-funds.svg`).
pub fn file_id(path: &str) -> Option<FileId> {
    let vpath = VirtualPath::new(path).ok()?;
    Some(FileId::new(RootedPath::new(VirtualRoot::Project, vpath)))
}

impl BookletWorld {
    /// A world for `source`, with `files` (path, bytes) and `fonts`; `date` is "today".
    pub fn new(
        source: String,
        files: Vec<(String, Vec<u8>)>,
        fonts: Vec<Font>,
        date: (i32, u8, u8),
    ) -> Option<Self> {
        let main_id = file_id(MAIN)?;
        let mut map = HashMap::new();
        for (path, bytes) in files {
            map.insert(file_id(&path)?, Bytes::new(bytes));
        }
        Some(BookletWorld {
            library: LazyHash::new(Library::default()),
            book: LazyHash::new(FontBook::from_fonts(&fonts)),
            fonts,
            main: Source::new(main_id, source),
            files: map,
            today: Datetime::from_ymd(date.0, date.1, date.2),
        })
    }

    /// The generated source, for error messages.
    pub fn source_text(&self) -> &str {
        self.main.text()
    }
}

impl World for BookletWorld {
    fn library(&self) -> &LazyHash<Library> {
        &self.library
    }

    fn book(&self) -> &LazyHash<FontBook> {
        &self.book
    }

    fn main(&self) -> FileId {
        self.main.id()
    }

    fn source(&self, id: FileId) -> FileResult<Source> {
        if id == self.main.id() {
            Ok(self.main.clone())
        } else {
            Err(FileError::NotSource)
        }
    }

    fn file(&self, id: FileId) -> FileResult<Bytes> {
        if id == self.main.id() {
            return Ok(Bytes::from_string(self.main.text().to_string()));
        }
        self.files
            .get(&id)
            .cloned()
            .ok_or_else(|| FileError::NotFound(id.vpath().get_without_slash().into()))
    }

    fn font(&self, index: usize) -> Option<Font> {
        self.fonts.get(index).cloned()
    }

    fn today(&self, _offset: Option<Duration>) -> Option<Datetime> {
        self.today
    }
}
