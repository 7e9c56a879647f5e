//! The page jobs: a region page, a story page, the home page, the news list.

use super::*;

/// A region page: its figures, charts, tables, stories and sub-regions.
pub(super) fn region(env: &Env<'_>, i: usize, d: &mut Diagnostics) -> Vec<OutputFile> {
    let site = env.site;
    let r = site.region(i);
    let Some(content) = env.resolved.region_page(i) else {
        return Vec::new();
    };
    let mut files = Vec::new();
    let mut charts = PageCharts::new(&mut files);
    let chart_views = charts.views(env, &content.charts, d);
    let child_charts = charts.views(env, &content.child_charts, d);
    let story = env.resolved.region_story(i).map(|(s, body)| {
        let html = charts.story_body(env, body, &site.region_path(i), true, d);
        story_view(s, html)
    });
    let share = charts.share.take();
    // The region's own briefing, typeset from the same resolved figures and charts when
    // this build typesets (`serve`'s quick rebuilds leave it to the full one after).
    let has_briefing = crate::render::booklet::briefing_wanted(site, i);
    let briefing = env
        .briefing_fonts
        .filter(|_| has_briefing)
        .and_then(|fonts| crate::render::booklet::briefing(env.resolved, fonts, i, d));
    // Its editable Word file beside it, from the same section.
    let briefing_docx = briefing
        .as_ref()
        .and_then(|_| crate::render::booklet::briefing_docx(env.resolved, i, d));
    let listed = site.stories_in(Some(i)).iter().map(|k| site.story(*k));
    let others = sorted_items(site, listed.filter(|s| !s.is_region_index()));
    let view = RegionView {
        id: r.id.clone(),
        name: r.name.clone(),
        full_name: r.full_name.clone().unwrap_or_default(),
        level: r.level.clone().unwrap_or_default(),
        source: r.source.clone().unwrap_or_default(),
        figures: content.figures.clone(),
        charts: chart_views,
        child_charts,
        rollup: content.rollup.clone(),
        tables: content.tables.clone(),
        story,
        stories: others,
        children: r.children.iter().map(|c| node(env, *c)).collect(),
        json_url: format!("data/{}.json", r.id),
        csv_url: format!("data/{}.csv", r.id),
        briefing_url: if has_briefing {
            format!("booklet/{}.pdf", r.id)
        } else {
            String::new()
        },
    };
    let crumbs: Vec<Link> = site
        .ancestors(i)
        .into_iter()
        .map(|a| Link {
            title: site.region(a).name.clone(),
            url: site.region_path(a),
        })
        .collect();
    let mut ctx = Context::new();
    ctx.insert("region", &view);
    ctx.insert("breadcrumbs", &crumbs);
    let description = description_of(&view.figures, &r.name);
    let column = Column {
        name: &r.name,
        kind: ColumnType::Data,
        description: &description,
    };
    let meta = gov::meta_tags(&site.config, Some(&column), None);
    ctx.insert("gov_meta", &meta);
    ctx.insert("description", &description);
    if let Some(url) = share {
        ctx.insert("share_image", &url);
    }
    let path = site.region_path(i);
    files.extend(page(env, "region.html", &path, &r.name, ctx, d));
    files.extend(open_data::files(r));
    files.extend(briefing);
    files.extend(briefing_docx);
    files
}

pub(super) fn description_of(figures: &[summary::KeyFigure], name: &str) -> String {
    let parts: Vec<String> = figures
        .iter()
        .take(3)
        .map(|f| format!("{}{}", f.label, f.value))
        .collect();
    if parts.is_empty() {
        name.to_string()
    } else {
        format!("{name}：{}", parts.join("，"))
    }
}

pub(super) fn story_page(env: &Env<'_>, idx: usize, d: &mut Diagnostics) -> Vec<OutputFile> {
    let site = env.site;
    let s = site.story(idx);
    let Some(body) = env.resolved.story(idx) else {
        return Vec::new();
    };
    let mut files = Vec::new();
    let path = site.story_path(s);
    let mut charts = PageCharts::new(&mut files);
    let html = charts.story_body(env, body, &path, false, d);
    let share = charts.share.take();
    let view = story_view(s, html);
    let mut crumbs: Vec<Link> = Vec::new();
    if let Some(r) = s.region {
        crumbs.extend(site.ancestors(r).into_iter().chain([r]).map(|a| Link {
            title: site.region(a).name.clone(),
            url: site.region_path(a),
        }));
    } else {
        crumbs.push(Link {
            title: env.ui.news.into(),
            url: "news/index.html".into(),
        });
    }
    let mut ctx = Context::new();
    ctx.insert("story", &view);
    ctx.insert("breadcrumbs", &crumbs);
    ctx.insert("description", &view.summary);
    ctx.insert("og_type", "article");
    let column = Column {
        name: s.region.map_or(env.ui.news, |r| &site.region(r).name),
        kind: ColumnType::News,
        description: s.region.map_or(env.ui.news, |r| &site.region(r).name),
    };
    let article = Article { story: s };
    let meta = gov::meta_tags(&site.config, Some(&column), Some(&article));
    ctx.insert("gov_meta", &meta);
    if let Some(url) = share {
        ctx.insert("share_image", &url);
    }
    if site.config.wechat {
        files.extend(super::wechat::files(env, idx, body, &path, d));
        let folder = crate::render::wechat::folder(site, s);
        ctx.insert("wechat_url", &format!("{folder}index.html"));
    }
    files.extend(page(env, "story.html", &path, &s.meta.title, ctx, d));
    files
}

#[derive(Serialize)]
struct HomeView {
    figures: Vec<summary::KeyFigure>,
    charts: Vec<ChartView>,
    tree: Vec<RegionNode>,
    stories: Vec<StoryItem>,
    story: Option<StoryView>,
}

pub(super) fn home(env: &Env<'_>, d: &mut Diagnostics) -> Vec<OutputFile> {
    let site = env.site;
    let Some(content) = env.resolved.home_page() else {
        return Vec::new();
    };
    let mut files = Vec::new();
    let mut charts = PageCharts::new(&mut files);
    let chart_views = charts.views(env, &content.charts, d);
    let body = env.resolved.home_story();
    let story = site.home.as_ref().zip(body).map(|(s, body)| {
        let html = charts.story_body(env, body, "index.html", false, d);
        story_view(s, html)
    });
    let share = charts.share.take();
    let view = HomeView {
        figures: content.figures.clone(),
        charts: chart_views,
        tree: site.roots().map(|i| node(env, i)).collect(),
        stories: sorted_items(site, site.stories().iter()),
        story,
    };
    let mut ctx = Context::new();
    if let Some(url) = share {
        ctx.insert("share_image", &url);
    }
    ctx.insert("home", &view);
    let column = Column {
        name: env.ui.home,
        kind: ColumnType::Home,
        description: &env.view.subtitle,
    };
    ctx.insert(
        "gov_meta",
        &gov::meta_tags(&site.config, Some(&column), None),
    );
    files.extend(page(
        env,
        "index.html",
        "index.html",
        &env.view.title,
        ctx,
        d,
    ));
    files
}

pub(super) fn news_list(env: &Env<'_>, d: &mut Diagnostics) -> Vec<OutputFile> {
    let site = env.site;
    let news = site.stories_in(None).iter().map(|k| site.story(*k));
    let items = sorted_items(site, news);
    if items.is_empty() {
        return Vec::new();
    }
    let mut ctx = Context::new();
    ctx.insert("stories", &items);
    let column = Column {
        name: env.ui.news,
        kind: ColumnType::News,
        description: env.ui.all_news,
    };
    ctx.insert(
        "gov_meta",
        &gov::meta_tags(&site.config, Some(&column), None),
    );
    page(env, "news.html", "news/index.html", env.ui.news, ctx, d)
        .into_iter()
        .collect()
}
