//! What every page job shares: relative URLs, the page frame, chart figures and story bodies.

use super::*;
use crate::messages::catalog::output;

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
    ctx.insert("nav", env.nav());
    ctx.insert("root", &root_prefix(path));
    ctx.insert("page_title", title);
    ctx.insert("page_path", path);
    if !ctx.contains_key("description") {
        ctx.insert("description", &env.view.subtitle);
    }
    if !ctx.contains_key("gov_meta") {
        // A page of no column (404.html) still says which site it belongs to.
        ctx.insert("gov_meta", &gov::meta_tags(&env.site.config, None, None));
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
    // Into bytes directly: `render` would check the whole page is UTF-8 once more.
    let mut html = Vec::with_capacity(16 * 1024);
    match env.theme.tera.render_to(template, &ctx, &mut html) {
        Ok(()) => Some(OutputFile {
            path: PathBuf::from(path),
            bytes: html.into(),
        }),
        Err(e) => {
            d.push(
                Diagnostic::general(output::template_failed_on(template, path, e.to_string()))
                    .hint(output::template_failed_hint()),
            );
            None
        }
    }
}

/// A page's charts as they are laid out, in page order: which gets a PNG, and the
/// page's share image (`og:image`), the PNG of its first chart.
pub(super) struct PageCharts<'p> {
    /// The page's files, where each chart's SVG, CSV and PNG go.
    pub files: &'p mut Vec<OutputFile>,
    /// The share image's path, once a chart has given one.
    pub share: Option<String>,
}

impl<'p> PageCharts<'p> {
    /// Charts laid out on a page whose files are `files`.
    pub fn new(files: &'p mut Vec<OutputFile>) -> Self {
        PageCharts { files, share: None }
    }

    /// A drawn chart as its page shows it; its standalone SVG and CSV go beside the page,
    /// and its PNG when `charts.png` asks for one (every chart, or the page's first).
    pub fn view(&mut self, env: &Env<'_>, c: &DrawnChart, d: &mut Diagnostics) -> ChartView {
        let svg_url = format!("charts/{}.svg", c.stem);
        let csv_url = format!("charts/{}.csv", c.stem);
        let png = match env.site.config.chart_png {
            ChartPng::All => true,
            ChartPng::First => self.share.is_none(),
            ChartPng::None => false,
        };
        let png_url = if png {
            format!("charts/{}.png", c.stem)
        } else {
            String::new()
        };
        let svg_path = PathBuf::from(&svg_url);
        // `check` and `serve`'s quick rebuilds link the PNG without making it.
        if let Some(cache) = env.pngs.filter(|_| png) {
            let made = crate::render::png_cache::chart_png(&svg_path, c.svg.as_bytes(), cache, d);
            self.files.extend(made);
        }
        if png && self.share.is_none() {
            self.share = Some(png_url.clone());
        }
        self.files.push(OutputFile {
            path: svg_path,
            bytes: c.svg.clone().into_bytes().into(),
        });
        self.files.push(OutputFile {
            path: PathBuf::from(&csv_url),
            bytes: c.table.to_csv_file().into(),
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

    /// The views of `charts`, in order.
    pub fn views(
        &mut self,
        env: &Env<'_>,
        charts: &[DrawnChart],
        d: &mut Diagnostics,
    ) -> Vec<ChartView> {
        charts.iter().map(|c| self.view(env, c, d)).collect()
    }

    /// A resolved story's body as HTML for the page at `page_path`; its charts become
    /// figures (via the theme's chart component) with their files. `nested`: a region's
    /// index.md, under the region page's own headings.
    pub fn story_body(
        &mut self,
        env: &Env<'_>,
        body: &ResolvedStory,
        page_path: &str,
        nested: bool,
        d: &mut Diagnostics,
    ) -> String {
        let root = root_prefix(page_path);
        let config = &env.site.config;
        let clean = (!config.unsafe_html).then_some(&config.image_hosts[..]);
        let mut place = |e: &Embed| -> String {
            match e {
                Embed::Chart(c) => {
                    let view = self.view(env, c, d);
                    block_html(env, Block::Chart(&view), &root, d)
                }
                Embed::Figures { title, figures } => {
                    let block = Block::Figures { title, figures };
                    block_html(env, block, &root, d)
                }
            }
        };
        let external = env
            .site
            .config
            .marks_external_links()
            .then_some(env.ui.external_link);
        crate::render::story_html::html(body, nested, clean, None, external, &mut place)
    }
}

/// A story block's HTML from the theme; a failing component is reported, not fatal to the page.
fn block_html(env: &Env<'_>, block: Block<'_>, root: &str, d: &mut Diagnostics) -> String {
    env.theme
        .block_html(block, env.ui, root)
        .unwrap_or_else(|e| {
            d.push(Diagnostic::general(output::story_block_failed(
                e.to_string(),
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
