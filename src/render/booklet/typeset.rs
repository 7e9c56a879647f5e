//! Typesetting with Typst: each part of a booklet written as markup, then compiled and
//! exported to PDF.

use super::*;
use crate::messages::catalog::output;
use crate::messages::{Arg, Msg};
use crate::model::briefing::{Form, Masthead};
use crate::model::story::Date;

/// What every part of a booklet is written with: the site, its words, card columns.
pub(super) struct Writer<'a> {
    pub site: &'a Site,
    pub ui: &'a Ui<'a>,
    pub words: &'a Words<'a>,
    /// Key-figure cards per row (3 on A4, 2 on A5).
    pub cols: usize,
}

impl<'a> Writer<'a> {
    pub fn new(site: &'a Site, ui: &'a Ui<'a>, words: &'a Words<'a>) -> Self {
        let cols = match site.config.booklet.paper {
            crate::model::site_config::Paper::A4 => 3,
            crate::model::site_config::Paper::A5 => 2,
        };
        Writer {
            site,
            ui,
            words,
            cols,
        }
    }

    /// A document's preamble (page, fonts, header and footer) in `form`, with its cover lines.
    pub fn doc(&self, fonts: &fonts::Fonts, cover: &Cover<'_>, form: Form) -> Doc {
        let c = &self.site.config;
        match form {
            Form::Report => Doc::new(&c.booklet, &fonts.families, self.words, cover, &c.title),
            Form::Jianbao => jianbao::doc(cover, self.words, fonts.roles.as_ref()),
        }
    }

    /// The 报头 and 报尾 words of the briefing of region `region` (`None`: the booklet).
    pub fn masthead(&self, region: Option<usize>, date: Option<Date>) -> Masthead {
        let c = &self.site.config;
        let id = region.map(|i| self.site.region_id(i));
        Masthead::new(
            &c.booklet.jianbao,
            c.publisher.as_deref(),
            self.ui,
            c.language,
            id,
            date,
        )
    }

    /// The overview: the site's key figures and charts, and its home story.
    pub fn overview(
        &self,
        doc: &mut Doc,
        contents: &Contents<'_>,
        vfiles: &mut Files,
        diags: &mut Diagnostics,
    ) {
        let words = self.words;
        doc.section(1, words.overview, true, words.overview);
        if !contents.overview.is_empty() {
            doc.part(self.ui.key_figures);
            doc.figures(contents.overview, self.cols);
        }
        for d in contents.overview_charts {
            let p = vfiles.svg(d);
            doc.chart(&p, d);
        }
        if let Some((_, h)) = contents.home {
            let body = self.story_body(h, doc, vfiles, diags);
            doc.loose_story(&body);
        }
    }

    /// The overview's list of the regions in the booklet, each with its first figure.
    pub fn region_list(&self, doc: &mut Doc, secs: &[Section<'_>]) {
        doc.part(self.words.sections);
        let list: Vec<String> = secs
            .iter()
            .map(|s| {
                let r = self.site.region(s.region);
                let first = s.first_figure();
                let indent = "  ".repeat(s.level - 1);
                format!("{indent}- {}", doc.t(&format!("{}{first}", r.name)))
            })
            .collect();
        doc.raw(&format!("\n{}\n", list.join("\n")));
    }

    /// One region's section: heading, key figures, charts, roll-up, tables, stories.
    pub fn section(
        &self,
        doc: &mut Doc,
        s: &Section<'_>,
        vfiles: &mut Files,
        diags: &mut Diagnostics,
    ) {
        let (site, ui, words, cols) = (self.site, self.ui, self.words, self.cols);
        let r = site.region(s.region);
        // A top-level region with sub-regions opens a chapter on a new page; the others run
        // on after the one before, so no page is left mostly white.
        let new_page = s.level == 1 && !r.children.is_empty();
        doc.section(s.level, &r.name, new_page, &s.header);
        if !s.lead.is_empty() {
            doc.lead(&s.lead);
        }
        if !s.figures.is_empty() {
            doc.part(ui.key_figures);
            doc.figures(&s.figures, cols);
        }
        for d in &s.charts {
            let p = vfiles.svg(d);
            doc.chart(&p, d);
        }
        if !s.rollup.is_empty() || !s.child_charts.is_empty() {
            doc.part(ui.rollup);
            doc.note(if s.own_figures {
                ui.rollup_note_mixed
            } else {
                ui.rollup_note
            });
            doc.figures(&s.rollup, cols);
            for d in &s.child_charts {
                let p = vfiles.svg(d);
                doc.chart(&p, d);
            }
        }
        if !s.tables.is_empty() {
            doc.part(ui.tables);
            for t in &s.tables {
                doc.table(t);
            }
        }
        if !s.stories.is_empty() {
            doc.part(words.stories);
            self.stories(doc, &s.stories, true, vfiles, diags);
        }
        if !s.source.is_empty() {
            doc.note(&format!("{}：{}", words.source, s.source));
        }
    }

    /// The news stories (not of any region), after the regions.
    pub fn news(
        &self,
        doc: &mut Doc,
        news: &[(&Story, Option<&ResolvedStory>)],
        vfiles: &mut Files,
        diags: &mut Diagnostics,
    ) {
        if news.is_empty() {
            return;
        }
        doc.section(1, self.words.news, true, self.words.news);
        self.stories(doc, news, false, vfiles, diags);
    }

    /// Stories in full or as summaries, per `booklet.stories`.
    fn stories(
        &self,
        doc: &mut Doc,
        stories: &[(&Story, Option<&ResolvedStory>)],
        nested: bool,
        vfiles: &mut Files,
        diags: &mut Diagnostics,
    ) {
        for (st, resolved) in stories {
            let meta = story_meta(st, self.words);
            let body = match (self.site.config.booklet.stories, resolved) {
                (StoryMode::Full, Some(body)) if st.body().len() <= MAX_STORY_BYTES => {
                    self.story_body(body, doc, vfiles, diags)
                }
                (StoryMode::Full, _) => {
                    let mut d = Diagnostic::file_error(
                        &st.file.path,
                        output::story_too_long(st.body().len() / 1024),
                    )
                    .hint(output::story_too_long_hint());
                    d.severity = Severity::Warning;
                    diags.push(d);
                    st.meta
                        .summary
                        .as_deref()
                        .map(|x| doc.t(x))
                        .unwrap_or_default()
                }
                _ => st
                    .meta
                    .summary
                    .as_deref()
                    .map(|x| doc.t(x))
                    .unwrap_or_default(),
            };
            doc.story(&st.meta.title, &meta, &body, nested);
        }
    }

    fn story_body(
        &self,
        body: &ResolvedStory,
        doc: &mut Doc,
        vfiles: &mut Files,
        diags: &mut Diagnostics,
    ) -> String {
        story_typst(self.site, body, doc, vfiles, self.cols, diags)
    }
}

/// The virtual files a document reads: chart SVGs and story images, each once.
#[derive(Default)]
pub(super) struct Files {
    files: Vec<(String, Vec<u8>)>,
    seen: HashSet<String>,
}

impl Files {
    /// The virtual path of a drawn chart's SVG, added on first use.
    pub fn svg(&mut self, d: &DrawnChart) -> String {
        let path = format!("charts/{}.svg", d.stem);
        if self.seen.insert(path.clone()) {
            self.files.push((
                path.clone(),
                crate::platform::exact_quarter_turns(&d.svg).into_bytes(),
            ));
        }
        path
    }

    /// Adds a file under `path` unless one is there.
    pub fn add(&mut self, path: String, bytes: Vec<u8>) {
        if self.seen.insert(path.clone()) {
            self.files.push((path, bytes));
        }
    }
}

/// Typesets a finished document: warns of characters no font has, compiles, exports the
/// PDF (tagged, PDF/UA-1). Returns its bytes and page count, or reports why not.
pub(super) fn compile_pdf(
    doc: Doc,
    files: Files,
    fonts: &fonts::Fonts,
    ymd: (i32, u8, u8),
    diags: &mut Diagnostics,
) -> Option<(Vec<u8>, usize)> {
    let (source, text) = doc.finish();
    let missing = fonts.missing(&text);
    if !missing.is_empty() {
        let shown: String = missing
            .iter()
            .take(40)
            .map(|c| format!("{c} (U+{:04X}) ", u32::from(*c)))
            .collect();
        let mut d =
            Diagnostic::general(output::missing_characters(missing.len(), shown.trim_end()))
                .hint(output::missing_characters_hint());
        d.severity = Severity::Warning;
        diags.push(d);
    }
    let Some(world) = world::BookletWorld::new(source, files.files, fonts.faces.clone(), ymd)
    else {
        diags.push(Diagnostic::general(output::booklet_setup_failed()));
        return None;
    };
    let warned = typst::compile::<typst_layout::PagedDocument>(&world);
    for w in &warned.warnings {
        let mut d = Diagnostic::general(output::booklet_typesetter_warning(w.message.as_str()));
        d.severity = Severity::Warning;
        diags.push(d);
    }
    let bug = |e: &typst::diag::SourceDiagnostic, step: Msg| {
        let at = typst::WorldExt::range(&world, e.span)
            .and_then(|r| {
                let text = world.source_text();
                let line = text[..r.start.min(text.len())].matches('\n').count() + 1;
                let snippet: String = text.get(r.clone())?.chars().take(80).collect();
                Some(Arg::from(output::generated_line(line, snippet)))
            })
            .unwrap_or_else(|| Arg::from(""));
        Diagnostic::general(output::booklet_failed(step, e.message.as_str(), at))
            .hint(output::booklet_bug_hint())
    };
    let document = match warned.output {
        Ok(doc) => doc,
        Err(errors) => {
            for e in errors.iter() {
                diags.push(bug(e, output::step_typeset()));
            }
            return None;
        }
    };
    let pages = document.pages().len();
    // PDF/UA-1 forbids text no font can show; such a booklet is still tagged.
    let options = typst_pdf::PdfOptions {
        standards: if missing.is_empty() {
            pdf_standards()
        } else {
            typst_pdf::PdfStandards::default()
        },
        ..typst_pdf::PdfOptions::default()
    };
    match typst_pdf::pdf(&document, &options) {
        Ok(bytes) => Some((bytes, pages)),
        Err(errors) => {
            for e in errors.iter() {
                diags.push(bug(e, output::step_pdf()));
            }
            None
        }
    }
}

/// PDF/UA-1: tagged, with the language, title and alt texts a screen reader needs,
/// checked by Typst as it writes the file.
fn pdf_standards() -> typst_pdf::PdfStandards {
    typst_pdf::PdfStandards::new(&[typst_pdf::PdfStandard::Ua_1]).unwrap_or_default()
}

pub(super) fn story_meta(s: &Story, words: &Words) -> String {
    let mut parts = Vec::new();
    if let Some(d) = s.meta.date {
        parts.push(d.to_string());
    }
    if let Some(src) = &s.meta.source {
        parts.push(format!("{}：{src}", words.source));
    }
    if let Some(a) = &s.meta.author {
        parts.push(a.clone());
    }
    parts.join(" · ")
}

/// A story body as Typst markup; its chart blocks become vector charts, its figure blocks cards.
pub(super) fn story_typst(
    site: &Site,
    body: &ResolvedStory,
    doc: &mut Doc,
    vfiles: &mut Files,
    cols: usize,
    diags: &mut Diagnostics,
) -> String {
    let embeds: Vec<String> = body
        .embeds
        .iter()
        .map(|e| match e {
            Embed::Chart(d) => {
                let path = vfiles.svg(d);
                doc.chart_markup(&path, d)
            }
            Embed::Figures { title, figures } => doc.figures_markup(title, figures, cols),
        })
        .collect();
    // Raw HTML is printed as written unless the site lets it through (`unsafe_html`),
    // where the markup prints its text.
    let events: Vec<pulldown_cmark::Event<'_>> = body
        .events
        .iter()
        .map(|e| match e {
            pulldown_cmark::Event::Html(h) | pulldown_cmark::Event::InlineHtml(h)
                if !site.config.unsafe_html && crate::compute::story::embed_index(h).is_none() =>
            {
                pulldown_cmark::Event::Text(h.clone())
            }
            e => e.clone(),
        })
        .collect();
    let mut images = |url: &str| -> Option<String> {
        let (path, bytes) = story_image(site, url, diags)?;
        vfiles.add(path.clone(), bytes);
        Some(path)
    };
    markup::story_markup(&events, &embeds, &mut images, &mut doc.text)
}

/// A story's image at `url` (under `content/` or `content/static/`), as its path among
/// the booklet's files (`images/…`) and its bytes; `None` for no such image, or one that is
/// not what its name says (warned: the booklet prints its alt text instead).
pub(super) fn story_image(
    site: &Site,
    url: &str,
    diags: &mut Diagnostics,
) -> Option<(String, Vec<u8>)> {
    let content = site.root.join("content");
    let clean = url
        .trim_start_matches('/')
        .trim_start_matches("../")
        .trim_start_matches("./");
    let ext = std::path::Path::new(clean)
        .extension()?
        .to_str()?
        .to_ascii_lowercase();
    if !matches!(ext.as_str(), "png" | "jpg" | "jpeg" | "gif" | "svg") || clean.contains("..") {
        return None;
    }
    let found = [content.join(clean), content.join("static").join(clean)]
        .into_iter()
        .find(|p| p.is_file())?;
    let bytes = std::fs::read(&found).ok()?;
    // Only an image that is what its name says goes in; anything else would stop the
    // typesetting. The web page still links it; the booklet prints the alt text.
    let ok = match ext.as_str() {
        "png" => bytes.starts_with(b"\x89PNG\r\n\x1a\n"),
        "jpg" | "jpeg" => bytes.starts_with(&[0xFF, 0xD8, 0xFF]),
        "gif" => bytes.starts_with(b"GIF8"),
        _ => std::str::from_utf8(&bytes).is_ok_and(|t| t.contains("<svg")),
    };
    if !ok {
        let shown = found.strip_prefix(&site.root).unwrap_or(&found);
        let mut d = Diagnostic::file_error(shown, output::image_not_its_format(ext))
            .hint(output::image_format_hint());
        d.severity = Severity::Warning;
        diags.push(d);
        return None;
    }
    Some((
        format!("images/{}", clean.trim_start_matches("static/")),
        bytes,
    ))
}
