//! What every page job shares: relative URLs, the page frame, chart figures and story bodies.

use super::*;

/// `../` once per folder level, so links work from `file://` and any subpath.
pub(super) fn root_prefix(path: &str) -> String {
    "../".repeat(path.matches('/').count())
}

pub(super) fn page(
    env: &Env<'_>,
    template: &str,
    path: &str,
    title: &str,
    mut ctx: Context,
    d: &mut Diagnostics,
) -> Option<OutputFile> {
    ctx.insert("site", &env.view);
    ctx.insert("t", &env.ui);
    ctx.insert("nav", &env.nav);
    ctx.insert("root", &root_prefix(path));
    ctx.insert("page_title", title);
    ctx.insert("page_path", path);
    if !ctx.contains_key("description") {
        ctx.insert("description", &env.view.subtitle);
    }
    // Open Graph: absolute addresses when the site has a `base_url`, else relative ones.
    let base = env.site.config.base_url.as_deref().map(|b| {
        let b = b.trim_end_matches('/');
        format!("{b}/")
    });
    let share = ctx
        .get("share_image")
        .and_then(|v| v.as_str())
        .map(str::to_string)
        .unwrap_or_default();
    let share = match (&base, share.is_empty()) {
        (_, true) => String::new(),
        (Some(b), false) => format!("{b}{share}"),
        (None, false) => format!("{}{share}", root_prefix(path)),
    };
    ctx.insert("og_image", &share);
    ctx.insert(
        "og_url",
        &base
            .map(|b| format!("{b}{}", path.trim_end_matches("index.html")))
            .unwrap_or_default(),
    );
    match env.theme.tera.render(template, &ctx) {
        Ok(html) => Some(OutputFile {
            path: PathBuf::from(path),
            bytes: html.into_bytes(),
        }),
        Err(e) => {
            d.push(
                Diagnostic::general(format!(
                    "template `{template}` failed while rendering {path}:\n{e}"
                ))
                .hint("check the template for a variable or filter it does not have"),
            );
            None
        }
    }
}

/// A drawn chart as its page shows it; its standalone SVG and CSV go beside the page.
pub(super) fn chart_view(env: &Env<'_>, c: &DrawnChart, files: &mut Vec<OutputFile>) -> ChartView {
    let svg_url = format!("charts/{}.svg", c.stem);
    let csv_url = format!("charts/{}.csv", c.stem);
    // The PNG itself is made from the SVG as the job's files are written.
    let png_url = if env.site.config.chart_png {
        format!("charts/{}.png", c.stem)
    } else {
        String::new()
    };
    files.push(OutputFile {
        path: PathBuf::from(&svg_url),
        bytes: c.svg.clone().into_bytes(),
    });
    files.push(OutputFile {
        path: PathBuf::from(&csv_url),
        bytes: c.table.to_csv_file(),
    });
    ChartView {
        id: c.id.clone(),
        title: c.title.clone(),
        svg: c.svg.clone(),
        table: c.table.clone(),
        svg_url,
        csv_url,
        png_url,
    }
}

/// The views of a page's charts, their files beside the page.
pub(super) fn views_of(
    env: &Env<'_>,
    charts: &[DrawnChart],
    files: &mut Vec<OutputFile>,
) -> Vec<ChartView> {
    charts.iter().map(|c| chart_view(env, c, files)).collect()
}

/// A resolved story's body as HTML for the page at `page_path`; its charts become figures
/// (via the theme's chart component) with their files. `nested`: a region's index.md,
/// under the region page's own headings.
pub(super) fn story_body(
    env: &Env<'_>,
    body: &ResolvedStory,
    page_path: &str,
    nested: bool,
    files: &mut Vec<OutputFile>,
    d: &mut Diagnostics,
) -> String {
    let root = root_prefix(page_path);
    let mut place = |e: &Embed| -> String {
        match e {
            Embed::Chart(c) => {
                let view = chart_view(env, c, files);
                block_html(env, Block::Chart(&view), &root, d)
            }
            Embed::Figures { title, figures } => {
                let block = Block::Figures { title, figures };
                block_html(env, block, &root, d)
            }
        }
    };
    crate::render::story_html::html(body, nested, env.site.config.unsafe_html, None, &mut place)
}

/// A story block's HTML from the theme; a failing component is reported, not fatal to the page.
fn block_html(env: &Env<'_>, block: Block<'_>, root: &str, d: &mut Diagnostics) -> String {
    env.theme
        .block_html(block, env.ui, root)
        .unwrap_or_else(|e| {
            d.push(Diagnostic::general(format!(
                "a story block's theme component failed: {e}"
            )));
            String::new()
        })
}

/// A story's template view: its front matter and its body as HTML.
pub fn story_view(s: &Story, html: String) -> StoryView {
    StoryView {
        title: s.meta.title.clone(),
        date: s.meta.date.map(|d| d.to_string()).unwrap_or_default(),
        summary: s.meta.summary.clone().unwrap_or_default(),
        source: s.meta.source.clone().unwrap_or_default(),
        author: s.meta.author.clone().unwrap_or_default(),
        tags: s.meta.tags.clone(),
        html,
    }
}

pub(super) fn story_item(site: &Site, s: &Story) -> StoryItem {
    StoryItem {
        title: s.meta.title.clone(),
        url: site.story_path(s),
        date: s.meta.date.map(|d| d.to_string()).unwrap_or_default(),
        summary: s.meta.summary.clone().unwrap_or_default(),
        region: s
            .region
            .map(|r| site.region(r).name.clone())
            .unwrap_or_default(),
    }
}

/// Stories newest first, then by title, for lists.
pub(super) fn sorted_items<'a>(
    site: &'a Site,
    it: impl Iterator<Item = &'a Story>,
) -> Vec<StoryItem> {
    let mut v: Vec<&Story> = it.collect();
    v.sort_by(Story::newest_first);
    v.into_iter().map(|s| story_item(site, s)).collect()
}

pub(super) fn node(env: &Env<'_>, i: usize) -> RegionNode {
    let site = env.site;
    let r = site.region(i);
    RegionNode {
        name: r.name.clone(),
        level: r.level.clone().unwrap_or_default(),
        url: site.region_path(i),
        summary: env.resolved.headline(i).to_string(),
        children: r.children.iter().map(|c| node(env, *c)).collect(),
    }
}
