//! The two Word documents: a region's briefing and the site's booklet, each in the form
//! its PDF has (`booklet.form`), from the sections the PDF is typeset from.

use super::form::{Faces, Look};
use super::Word;
use crate::compute::Resolved;
use crate::diagnostics::Diagnostics;
use crate::model::briefing::Form;
use crate::model::Site;
use crate::render::booklet::document::{self, Words};
use crate::render::booklet::typeset::Writer;
use crate::render::booklet::{briefing_date, cover_of, sections, Contents};
use crate::render::OutputFile;

/// The look of `form` for this site: the 简报 of GB/T 9704, or the report's.
fn look(site: &Site, form: Form) -> Look {
    let b = &site.config.booklet;
    match form {
        Form::Jianbao => Look::jianbao(Faces::of(&b.fonts)),
        Form::Report => Look::report(b, Faces::report(&b.fonts)),
    }
}

/// Region `i`'s briefing as an editable Word file, `booklet/<id>.docx`: the same 报头,
/// section and 报尾 as its PDF (or the report form's band and section), in the same form.
pub fn briefing_docx(
    resolved: &Resolved<'_>,
    i: usize,
    diags: &mut Diagnostics,
) -> Option<OutputFile> {
    let site = resolved.site;
    let ui = &resolved.ui;
    let words = document::words(ui, site.config.language);
    let section = sections(resolved, &[i], &[i]).pop()?;
    let date = briefing_date(site, &section);
    let id = &site.region(i).id;
    let (cover, ymd) = cover_of(site, None, date);
    let form = site.config.booklet.form.briefings();
    let mut w = Word::new(site, ui, &words, look(site, form));
    match form {
        Form::Jianbao => {
            let m = Writer::new(site, ui, &words).masthead(Some(i), date);
            w.masthead(&m);
            w.section(&section, 0, diags);
            w.tail(&m);
        }
        Form::Report => {
            w.band(words.briefing, &cover);
            w.section(&section, 1, diags);
        }
    }
    w.finish(&format!("booklet/{id}.docx"), ymd, diags)
}

/// `booklet/booklet.docx`: what `booklet.pdf` holds (cover, contents, overview, the
/// regions, the news) as an editable Word file.
pub(in crate::render::booklet) fn booklet_docx(
    contents: &Contents<'_>,
    diags: &mut Diagnostics,
) -> Option<OutputFile> {
    let site = contents.site;
    let words: &Words = contents.words;
    let (cover, ymd) = cover_of(site, None, contents.date);
    let form = site.config.booklet.form.booklet();
    let mut w = Word::new(site, contents.ui, words, look(site, form));
    // A 简报 booklet opens with its 报头; a report with its cover page and contents.
    let m = Writer::new(site, contents.ui, words).masthead(None, contents.date);
    let top = match form {
        Form::Jianbao => {
            w.masthead(&m);
            w.title(cover.title);
            1
        }
        Form::Report => {
            w.cover(&cover);
            w.contents(words.contents, contents);
            1
        }
    };
    w.overview(contents, top, diags);
    w.region_list(contents, top + 1);
    for s in contents.secs {
        // As in the PDF: a top-level region with sub-regions starts a new page.
        let r = site.region(s.region);
        if form == Form::Report && s.level == 1 && !r.children.is_empty() {
            w.page_break();
        }
        w.section(s, top + s.level - 1, diags);
    }
    if !contents.news.is_empty() {
        if form == Form::Report {
            w.page_break();
        }
        w.heading(top, words.news);
        w.stories(&contents.news, top + 1, diags);
    }
    if form == Form::Jianbao {
        w.tail(&m);
    }
    w.finish("booklet/booklet.docx", ymd, diags)
}
