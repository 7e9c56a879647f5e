//! What every page job shares: relative URLs, the page frame, chart figures and story bodies.

use super::*;

/// `regions/<id>/index.html`, relative to the site root.
pub fn region_url(site: &Site, i: usize) -> String {
    format!("regions/{}/index.html", site.regions[i].id)
}

/// The output path of a story page.
pub fn story_path(site: &Site, s: &Story) -> String {
    match s.region {
        // A region's index.md is shown on the region page itself.
        Some(r) if s.is_region_index() => region_url(site, r),
        Some(r) => format!("regions/{}/{}/index.html", site.regions[r].id, s.slug),
        None => format!("news/{}/index.html", s.slug),
    }
}

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

/// Draws a chart and writes its standalone SVG and CSV beside the page.
pub(super) fn chart_view(
    env: &Env<'_>,
    built: &BuiltChart,
    file_stem: &str,
    files: &mut Vec<OutputFile>,
    d: &mut Diagnostics,
) -> Option<ChartView> {
    let svg = match chart::draw(&built.spec) {
        Ok(s) => s,
        Err(e) => {
            d.push(Diagnostic::general(format!(
                "chart `{}` could not be drawn: {e}",
                built.spec.title
            )));
            return None;
        }
    };
    let svg_url = format!("charts/{file_stem}.svg");
    let csv_url = format!("charts/{file_stem}.csv");
    // The PNG itself is made from the SVG after rendering (`crate::compile`).
    let png_url = if env.site.config.chart_png {
        format!("charts/{file_stem}.png")
    } else {
        String::new()
    };
    files.push(OutputFile {
        path: PathBuf::from(&svg_url),
        bytes: svg.clone().into_bytes(),
    });
    files.push(OutputFile {
        path: PathBuf::from(&csv_url),
        bytes: built.table.to_csv_file(),
    });
    Some(ChartView {
        id: built.spec.id.clone(),
        title: built.spec.title.clone(),
        svg,
        table: built.table.clone(),
        svg_url,
        csv_url,
        png_url,
    })
}

// Kept as `render::pages::with_bom` for its callers; the rule lives with the CSV writer.
pub use crate::compute::table::with_bom;

/// Renders a story body; its charts become figures (via the chart component) and files.
pub(super) fn story_body(
    env: &Env<'_>,
    s: &Story,
    page_path: &str,
    id_prefix: &str,
    files: &mut Vec<OutputFile>,
    d: &mut Diagnostics,
) -> (String, usize) {
    let root = root_prefix(page_path);
    let mut chart_files = Vec::new();
    let mut chart_diags = Diagnostics::new();
    let folder = s
        .region
        .map(|r| env.site.regions[r].id.clone())
        .unwrap_or_else(|| "news".into());
    let mut count = 0;
    let mut place = |e: Embed<'_>| -> String {
        match e {
            Embed::Chart(c) => {
                count += 1;
                let stem = format!("{folder}/{}-{}", s.slug, count);
                match chart_view(env, c, &stem, &mut chart_files, &mut chart_diags) {
                    Some(view) => block_html(env, Block::Chart(&view), &root, &mut chart_diags),
                    None => String::new(),
                }
            }
            Embed::Figures { title, figures } => {
                let block = Block::Figures {
                    title: &title,
                    figures: &figures,
                };
                block_html(env, block, &root, &mut chart_diags)
            }
        }
    };
    // A region's index.md sits under the region page's own headings.
    let nested = s.is_region_index();
    let html = markdown::render(env.site, s, id_prefix, nested, &mut place, d);
    files.extend(chart_files);
    d.extend(chart_diags);
    (html, count)
}

/// A story block's HTML from the theme; a failing component is reported, not fatal to the page.
fn block_html(env: &Env<'_>, block: Block<'_>, root: &str, d: &mut Diagnostics) -> String {
    env.theme
        .block_html(block, &env.ui, root)
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
        url: story_path(site, s),
        date: s.meta.date.map(|d| d.to_string()).unwrap_or_default(),
        summary: s.meta.summary.clone().unwrap_or_default(),
        region: s
            .region
            .map(|r| site.regions[r].name.clone())
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

pub(super) fn node(site: &Site, i: usize) -> RegionNode {
    let r = &site.regions[i];
    let summary = summary::region_figures(r)
        .into_iter()
        .next()
        .map(|f| format!("{} {}", f.label, f.value))
        .unwrap_or_default();
    RegionNode {
        name: r.name.clone(),
        level: r.level.clone().unwrap_or_default(),
        url: region_url(site, i),
        summary,
        children: r.children.iter().map(|c| node(site, *c)).collect(),
    }
}

/// Draws the planned charts of a page, split into the region's own and its children's.
pub(super) fn planned(
    env: &Env<'_>,
    plan: Vec<PlannedChart>,
    files: &mut Vec<OutputFile>,
    d: &mut Diagnostics,
) -> (Vec<ChartView>, Vec<ChartView>) {
    let (mut own, mut children) = (Vec::new(), Vec::new());
    for p in plan {
        match charts::build(env.site, &p.req, &p.id) {
            Ok(c) => {
                if let Some(v) = chart_view(env, &c, &p.stem, files, d) {
                    match p.scope {
                        Scope::Own => own.push(v),
                        Scope::Children => children.push(v),
                    }
                }
            }
            Err(e) => d.push(Diagnostic::general(format!("chart `{}`: {e}", p.id))),
        }
    }
    (own, children)
}
