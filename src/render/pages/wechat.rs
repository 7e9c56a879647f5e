//! A story's 公众号 article (`wechat: true`) and the page that copies it: the article
//! written by [`crate::render::wechat`], checked against the editor's limits, its images
//! rasterized, and `wechat/<folder>/<slug>/index.html` for the site's editors (kept out
//! of search, navigation, the 网站地图 and feeds: only the story page links to it).

use super::*;
use crate::diagnostics::Severity;
use crate::messages::catalog::{output, wechat as msg};
use crate::render::wechat::{self, article, check, images, links, palette::Palette};

/// An image of the article as the page lists it.
#[derive(Serialize)]
struct ImageView {
    name: String,
    title: String,
}

/// The article's files and its page, for story `idx` whose page is at `page_path`.
pub(super) fn files(
    env: &Env<'_>,
    idx: usize,
    body: &ResolvedStory,
    page_path: &str,
    d: &mut Diagnostics,
) -> Vec<OutputFile> {
    let site = env.site;
    let s = site.story(idx);
    let folder = wechat::folder(site, s);
    let palette = palette(env.theme);
    let base = site.config.base_url.as_deref();
    let words = article::Words {
        notes: env.ui.wechat_notes,
        source: env.ui.source,
        author: env.ui.author,
    };
    let place = links::Place {
        page: page_path,
        base,
    };
    let written = article::write(s, body, &palette, &words, &place);
    let mut files = Vec::new();
    // `check` and `serve`'s quick rebuilds write the article without its images.
    if let Some(cache) = env.pngs {
        let first = body.embeds.iter().find_map(|e| match e {
            Embed::Chart(c) => Some(c.as_ref()),
            _ => None,
        });
        let mut pictures: Vec<(String, String)> = written
            .images
            .iter()
            .map(|i| (i.name.clone(), i.svg.clone()))
            .collect();
        pictures.push((
            wechat::COVER.into(),
            images::cover(&s.meta.title, &site.config.title, first, &palette),
        ));
        pictures.push((
            wechat::THUMB.into(),
            images::thumbnail(&s.meta.title, &palette),
        ));
        for (name, svg) in &pictures {
            let path = PathBuf::from(format!("{folder}{name}"));
            match cache.get(svg.as_bytes()) {
                Ok(c) => files.push(OutputFile {
                    path,
                    bytes: c.png.into(),
                }),
                Err(e) => d.push(
                    Diagnostic::general(output::png_failed(&path, e.msg()))
                        .hint(output::png_failed_hint()),
                ),
            }
        }
    }
    let made: Vec<(&str, &[u8])> = written
        .images
        .iter()
        .filter_map(|i| {
            let path = PathBuf::from(format!("{folder}{}", i.name));
            let f = files.iter().find(|f| f.path == path)?;
            Some((i.name.as_str(), f.bytes.as_slice()))
        })
        .collect();
    // Without images (`check`) the text and markup are still checked.
    let violations = check::check(&written.html, &made)
        .into_iter()
        .filter(|v| env.pngs.is_some() || !matches!(v, check::Violation::MissingImage(_)));
    for v in violations {
        let mut w = Diagnostic::file_error(
            &s.file.path,
            msg::article_violation(format!("{folder}{}", wechat::ARTICLE), v.msg()),
        )
        .hint(msg::article_violation_hint());
        w.severity = Severity::Warning;
        d.push(w);
    }
    let lang = site.config.language.tag();
    files.push(OutputFile {
        path: PathBuf::from(format!("{folder}{}", wechat::ARTICLE)),
        bytes: wechat::document(&s.meta.title, lang, &written.html)
            .into_bytes()
            .into(),
    });
    let mut ctx = Context::new();
    ctx.insert("story", &story_view(s, String::new()));
    ctx.insert("article", &written.html);
    let listed: Vec<ImageView> = written
        .images
        .iter()
        .map(|i| ImageView {
            name: i.name.clone(),
            title: i.title.clone(),
        })
        .collect();
    ctx.insert("images", &listed);
    ctx.insert("cover", wechat::COVER);
    ctx.insert("thumb", wechat::THUMB);
    ctx.insert("story_url", &format!("{}{page_path}", root_prefix(&folder)));
    let original = base.map(|b| {
        let page = page_path.trim_end_matches("index.html");
        format!("{}/{page}", b.trim_end_matches('/'))
    });
    ctx.insert("original", &original);
    ctx.insert("noindex", &true);
    ctx.insert("description", &s.meta.summary.clone().unwrap_or_default());
    let title = format!("{}：{}", env.ui.wechat_article, s.meta.title);
    let path = format!("{folder}index.html");
    files.extend(page(env, "wechat.html", &path, &title, ctx, d));
    files
}

/// The theme's colours, from its `style.css`.
fn palette(theme: &Theme) -> Palette {
    theme
        .static_files
        .iter()
        .find(|(p, _)| p == Path::new("style.css"))
        .map(|(_, css)| Palette::from_css(&String::from_utf8_lossy(css)))
        .unwrap_or_default()
}
