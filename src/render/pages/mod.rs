//! Every page of the site, one rendering job each, from the resolved site. Pure: resolved
//! site in, bytes out.

mod gov;
mod helpers;
mod jobs;
mod wechat;

pub use gov::{booklet_meta_tags, gov_view, SITE_MAP_PATH};
use gov::{Article, Column, ColumnType};
pub use helpers::story_view;
use helpers::*;
use jobs::*;

use super::context::{ChartView, Link, RegionNode, RegionView, SiteView, StoryItem, StoryView};
use super::theme::{Block, Theme};
use super::{open_data, OutputFile};
use crate::compute::draw::DrawnChart;
use crate::compute::story::{Embed, ResolvedStory};
use crate::compute::{summary, Resolved};
use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::model::i18n::Ui;
use crate::model::navigation::{Navigation, MAX_NAV_REGIONS};
use crate::model::reads::{self, Read};
use crate::model::site_config::ChartPng;
use crate::model::{Site, Story};
use serde::Serialize;
use std::path::{Path, PathBuf};
use tera::Context;

/// What every page shares: the resolved site, the theme, the site's words and navigation.
pub struct Env<'a> {
    site: &'a Site,
    resolved: &'a Resolved<'a>,
    theme: &'a Theme,
    view: SiteView,
    ui: &'a Ui<'a>,
    nav: Vec<Link>,
    /// What making the navigation read of the site: noted again by every page that
    /// shows it (made once, outside any page's recording).
    nav_reads: Vec<Read>,
    /// The booklet's fonts when region jobs typeset their briefings this build.
    briefing_fonts: Option<&'a crate::render::booklet::fonts::Fonts>,
    /// Where chart PNGs come from when this build makes them (`build`, `serve`).
    pngs: Option<&'a crate::render::png_cache::PngCache>,
}

impl<'a> Env<'a> {
    /// The site.
    pub fn site(&self) -> &'a Site {
        self.site
    }

    /// The navigation, noted as read by the page that shows it.
    fn nav(&self) -> &[Link] {
        reads::replay(&self.nav_reads);
        &self.nav
    }

    /// Region jobs also typeset each region's briefing (`booklet.briefings`) with `fonts`.
    pub fn with_briefings(
        mut self,
        fonts: Option<&'a crate::render::booklet::fonts::Fonts>,
    ) -> Self {
        self.briefing_fonts = fonts;
        self
    }

    /// Page jobs also make the chart PNGs `charts.png` asks for, through `cache`.
    pub fn with_pngs(mut self, cache: Option<&'a crate::render::png_cache::PngCache>) -> Self {
        self.pngs = cache;
        self
    }

    /// The shared inputs of every page of `resolved`.
    pub fn new(resolved: &'a Resolved<'a>, theme: &'a Theme) -> Self {
        let site = resolved.site;
        let c = &site.config;
        let ui = &resolved.ui;
        let (nav, nav_reads) = reads::recording(|| nav_links(site.navigation(), ui, c.language));
        Env {
            site,
            resolved,
            theme,
            view: SiteView {
                title: c.title.clone(),
                subtitle: c.subtitle.clone().unwrap_or_default(),
                lang: c.language.tag(),
                publisher: c.publisher.clone().unwrap_or_default(),
                all_xlsx_url: crate::render::workbook::XLSX_PATH,
                all_csv_url: crate::render::workbook::CSV_PATH,
                gov: gov::gov_view(c),
            },
            ui,
            nav,
            nav_reads,
            briefing_fonts: None,
            pngs: None,
        }
    }
}

/// The navigation's links: home, the first top-level regions (every page carries it, so
/// with many of them, a flat site of 1,000 counties, one more link goes to the home
/// page's full list and a page does not grow with the site), and news when there is any.
fn nav_links(nav: Navigation, ui: &Ui<'_>, language: crate::model::Language) -> Vec<Link> {
    let mut links = vec![Link {
        title: ui.home.into(),
        url: "index.html".into(),
    }];
    links.extend(nav.regions.into_iter().map(|r| Link {
        title: r.name,
        url: r.path,
    }));
    if nav.roots > MAX_NAV_REGIONS {
        links.push(Link {
            title: match language {
                crate::model::Language::En => format!("{} ({})", ui.all_regions, nav.roots),
                _ => format!("{}（{}）", ui.all_regions, nav.roots),
            },
            url: "index.html#rg".into(),
        });
    }
    if nav.news {
        links.push(Link {
            title: ui.news.into(),
            url: "news/index.html".into(),
        });
    }
    links
}

/// Names a rendering job the same way across rebuilds.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, serde::Deserialize)]
pub enum JobKey {
    /// The home page.
    Home,
    /// The news list.
    NewsList,
    /// 404.html.
    NotFound,
    /// The 网站地图 of a government site.
    SiteMap,
    /// A region page, by region id.
    Region(String),
    /// A story page, by its Markdown file.
    Story(PathBuf),
}

/// One page with its charts and data files.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Job {
    /// The home page.
    Home,
    /// The news list.
    NewsList,
    /// 404.html.
    NotFound,
    /// The 网站地图 of a government site (`gov:`).
    SiteMap,
    /// Region `i`'s page.
    Region(usize),
    /// Story `k`'s page.
    Story(usize),
}

/// Every page job of the site, in a fixed order.
pub fn jobs(site: &Site) -> Vec<Job> {
    let mut jobs: Vec<Job> = vec![Job::Home, Job::NewsList, Job::NotFound];
    if site.config.gov.is_some() {
        jobs.push(Job::SiteMap);
    }
    jobs.extend((0..site.region_count()).map(Job::Region));
    jobs.extend(
        site.stories()
            .iter()
            .enumerate()
            .filter(|(_, s)| !s.is_region_index())
            .map(|(i, _)| Job::Story(i)),
    );
    jobs
}

impl Job {
    /// The job's name across rebuilds.
    pub fn key(&self, site: &Site) -> JobKey {
        match self {
            Job::Home => JobKey::Home,
            Job::NewsList => JobKey::NewsList,
            Job::NotFound => JobKey::NotFound,
            Job::SiteMap => JobKey::SiteMap,
            Job::Region(i) => JobKey::Region(site.region_id(*i).to_string()),
            Job::Story(i) => JobKey::Story(site.story(*i).file.path.clone()),
        }
    }

    /// Renders the job's files from the resolved site (which must hold what it shows).
    pub fn run(&self, env: &Env<'_>, d: &mut Diagnostics) -> Vec<OutputFile> {
        match self {
            Job::Home => home(env, d),
            Job::NewsList => news_list(env, d),
            Job::NotFound => page(
                env,
                "404.html",
                "404.html",
                env.ui.not_found,
                Context::new(),
                d,
            )
            .into_iter()
            .collect(),
            Job::SiteMap => gov::site_map(env, d),
            Job::Region(i) => region(env, *i, d),
            Job::Story(i) => story_page(env, *i, d),
        }
    }
}

/// The search page, its index files (`search/index.js` and its shards) and, on a large
/// site, the list of every page for readers without JavaScript.
pub fn search_page(
    env: &Env<'_>,
    index: super::search::Index,
    d: &mut Diagnostics,
) -> Vec<OutputFile> {
    let mut ctx = Context::new();
    ctx.insert("description", env.ui.search);
    let column = Column {
        name: env.ui.search,
        kind: ColumnType::Search,
        description: env.ui.search_label,
    };
    let meta = gov::meta_tags(&env.site.config, Some(&column), None);
    ctx.insert("gov_meta", &meta);
    let mut files: Vec<OutputFile> = Vec::new();
    if super::search::lists_inline(index.entries.len()) {
        ctx.insert("entries", &index.entries);
    } else {
        // The list has a page of its own: a reader who types downloads a small page.
        ctx.insert("list_url", "all/index.html");
        let mut list = Context::new();
        list.insert("entries", &index.entries);
        list.insert("description", env.ui.search_all_pages);
        list.insert("gov_meta", &meta);
        files.extend(page(
            env,
            "search_all.html",
            super::search::LIST_PATH,
            env.ui.search_all_pages,
            list,
            d,
        ));
    }
    files.extend(page(
        env,
        "search.html",
        "search/index.html",
        env.ui.search,
        ctx,
        d,
    ));
    files.extend(index.files);
    files
}

/// The theme's static files, under `static/`.
pub fn theme_files(theme: &Theme) -> Vec<OutputFile> {
    theme
        .static_files
        .iter()
        .map(|(path, bytes)| OutputFile {
            path: PathBuf::from("static").join(path),
            bytes: bytes.clone().into(),
        })
        .collect()
}

/// Is `p` a chart's SVG (which gets a PNG beside it)?
pub fn is_chart_svg(p: &Path) -> bool {
    p.starts_with("charts") && p.extension().is_some_and(|x| x == "svg")
}
