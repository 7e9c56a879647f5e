//! Typesetting the booklet with Typst: the document source, compiled and exported to PDF.

use super::*;

/// Typesets the PDF; returns its bytes and page count, or reports why not.
pub(super) fn typeset(
    contents: &Contents<'_>,
    fonts: &fonts::Fonts,
    diags: &mut Diagnostics,
) -> Option<(Vec<u8>, usize)> {
    let Contents {
        site,
        secs,
        overview,
        overview_charts,
        home,
        date,
        words,
        ui,
    } = *contents;
    let c = &site.config;
    let cols = match c.booklet.paper {
        crate::model::site_config::Paper::A4 => 3,
        crate::model::site_config::Paper::A5 => 2,
    };
    let cover = Cover {
        title: &c.title,
        subtitle: c.subtitle.as_deref(),
        publisher: c.publisher.as_deref(),
        date: date_text(site, date),
        ymd: date.map(|d| (d.year, d.month as u8, d.day as u8)),
    };
    let mut doc = Doc::new(&c.booklet, &fonts.families, words, &cover, &c.title);
    let mut vfiles: Vec<(String, Vec<u8>)> = Vec::new();
    let add_svg = |d: &DrawnChart, vfiles: &mut Vec<(String, Vec<u8>)>| -> String {
        let path = format!("charts/{}.svg", d.stem);
        if !vfiles.iter().any(|(p, _)| *p == path) {
            vfiles.push((path.clone(), d.svg.clone().into_bytes()));
        }
        path
    };

    // Overview.
    doc.section(1, words.overview, true, words.overview);
    if !overview.is_empty() {
        doc.part(ui.key_figures);
        doc.figures(overview, cols);
    }
    for d in overview_charts {
        let p = add_svg(d, &mut vfiles);
        doc.chart(&p, &d.title, &d.table.source);
    }
    if let Some((_, h)) = home {
        let body = story_typst(site, h, &mut doc, &mut vfiles, cols, diags);
        doc.raw(&format!("\n#block[\n{body}\n]\n"));
    }
    doc.part(words.sections);
    let list: Vec<String> = secs
        .iter()
        .map(|s| {
            let r = site.region(s.region);
            let first = s
                .figures
                .first()
                .map(|f| format!("：{}{}", f.label, f.value))
                .unwrap_or_default();
            let indent = "  ".repeat(s.level - 1);
            format!("{indent}- {}", doc.t(&format!("{}{first}", r.name)))
        })
        .collect();
    doc.raw(&format!("\n{}\n", list.join("\n")));

    for s in secs {
        let r = site.region(s.region);
        // Top-level regions and regions with figures of their own open a page; a
        // prefecture that only sums up its counties runs on after its province.
        let new_page = s.level == 1 || !s.figures.is_empty() || !s.charts.is_empty();
        doc.section(s.level, &r.name, new_page, &s.header);
        if !s.lead.is_empty() {
            doc.lead(&s.lead);
        }
        if !s.figures.is_empty() {
            doc.part(ui.key_figures);
            doc.figures(s.figures, cols);
        }
        if !s.charts.is_empty() {
            doc.part(ui.charts);
            for d in s.charts {
                let p = add_svg(d, &mut vfiles);
                doc.chart(&p, &d.title, &d.table.source);
            }
        }
        if !s.rollup.is_empty() || !s.child_charts.is_empty() {
            doc.part(ui.rollup);
            doc.note(if s.figures.is_empty() {
                ui.rollup_note
            } else {
                ui.rollup_note_mixed
            });
            doc.figures(s.rollup, cols);
            for d in s.child_charts {
                let p = add_svg(d, &mut vfiles);
                doc.chart(&p, &d.title, &d.table.source);
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
            for (st, resolved) in &s.stories {
                let meta = story_meta(st, words);
                let body = match (c.booklet.stories, resolved) {
                    (StoryMode::Full, Some(body)) if st.body().len() <= MAX_STORY_BYTES => {
                        story_typst(site, body, &mut doc, &mut vfiles, cols, diags)
                    }
                    (StoryMode::Full, _) => {
                        let mut d = Diagnostic::file_error(
                            &st.file.path,
                            format!(
                                "this story is {} KB long: the booklet prints only its title and summary",
                                st.body().len() / 1024
                            ),
                        )
                        .hint("a briefing booklet holds stories of up to 200 KB; split the story or shorten it");
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
                doc.story(&st.meta.title, &meta, &body);
            }
        }
        if !s.source.is_empty() {
            doc.note(&format!("{}：{}", words.source, s.source));
        }
    }
    let (source, text) = doc.finish();

    let missing = fonts.missing(&text);
    if !missing.is_empty() {
        let shown: String = missing
            .iter()
            .take(40)
            .map(|c| format!("{c} (U+{:04X}) ", u32::from(*c)))
            .collect();
        let mut d = Diagnostic::general(format!(
            "the booklet needs {} character(s) that no available font has; they will print as empty boxes: {}",
            missing.len(),
            shown.trim_end()
        ))
        .hint("put a font that has them (.ttf, .otf or .ttc) in the site's fonts/ folder");
        d.severity = Severity::Warning;
        diags.push(d);
    }

    let ymd = date
        .map(|d| (d.year, d.month as u8, d.day as u8))
        .unwrap_or((2000, 1, 1));
    let Some(world) = world::BookletWorld::new(source, vfiles, fonts.faces.clone(), ymd) else {
        diags.push(Diagnostic::general(
            "the booklet could not be set up: a chart file name is not a valid path",
        ));
        return None;
    };
    let warned = typst::compile::<typst_layout::PagedDocument>(&world);
    for w in &warned.warnings {
        let mut d = Diagnostic::general(format!("booklet: {}", w.message));
        d.severity = Severity::Warning;
        diags.push(d);
    }
    let document = match warned.output {
        Ok(doc) => doc,
        Err(errors) => {
            for e in errors.iter() {
                let at = typst::WorldExt::range(&world, e.span)
                    .and_then(|r| {
                        let text = world.source_text();
                        let line = text[..r.start.min(text.len())].matches('\n').count() + 1;
                        let snippet: String = text.get(r.clone())?.chars().take(80).collect();
                        Some(format!(" (generated line {line}: `{snippet}`)"))
                    })
                    .unwrap_or_default();
                diags.push(
                    Diagnostic::general(format!("the booklet could not be typeset: {}{at}", e.message))
                        .hint("this is a bug in xiaokang's booklet stage; please report it with the site that causes it"),
                );
            }
            return None;
        }
    };
    let pages = document.pages().len();
    match typst_pdf::pdf(&document, &typst_pdf::PdfOptions::default()) {
        Ok(bytes) => Some((bytes, pages)),
        Err(errors) => {
            for e in errors.iter() {
                diags.push(Diagnostic::general(format!(
                    "the booklet PDF could not be written: {}",
                    e.message
                )));
            }
            None
        }
    }
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
    vfiles: &mut Vec<(String, Vec<u8>)>,
    cols: usize,
    diags: &mut Diagnostics,
) -> String {
    let embeds: Vec<String> = body
        .embeds
        .iter()
        .map(|e| match e {
            Embed::Chart(d) => {
                let path = format!("charts/{}.svg", d.stem);
                vfiles.push((path.clone(), d.svg.clone().into_bytes()));
                doc.chart_markup(&path, &d.title, &d.table.source)
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
    let content = site.root.join("content");
    let mut images = |url: &str| -> Option<String> {
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
            let mut d = Diagnostic::file_error(
                shown,
                format!(
                    "this image is not a {ext} file; the booklet prints its description instead"
                ),
            )
            .hint("save the image again in the format its name says (PNG, JPEG, GIF or SVG)");
            d.severity = Severity::Warning;
            diags.push(d);
            return None;
        }
        let path = format!("images/{}", clean.trim_start_matches("static/"));
        vfiles.push((path.clone(), bytes));
        Some(path)
    };
    markup::story_markup(&events, &embeds, &mut images, &mut doc.text)
}
