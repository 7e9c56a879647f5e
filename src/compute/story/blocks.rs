//! Chart and figures blocks in stories: decoded, checked against the data and built.

use crate::compute::charts::{self, BuiltChart, ChartKind, ChartRequest};
use crate::compute::summary::{self, KeyFigure};
use crate::diagnostics::{did_you_mean, Diagnostic, Diagnostics, SourceFile, Span};
use crate::load::yaml::{self, Value};
use crate::messages::catalog::{common, story as msg};
use crate::messages::{choices, Msg};
use crate::model::decode::Decoder;
use crate::model::{Site, Story};

/// A fenced block as written: its options' text and where it is.
#[derive(Debug, Clone)]
pub(super) struct Block {
    /// ```` ```chart ```` (else ```` ```figures ````).
    pub chart: bool,
    /// The options, YAML.
    pub text: String,
    /// Line of the opening fence.
    pub block_line: usize,
    /// Line of the first option.
    pub content_line: usize,
}

impl Block {
    /// Its options as YAML, each value at its line in the story's file.
    fn options(&self, file: &SourceFile, diags: &mut Diagnostics) -> Option<yaml::Node> {
        match yaml::parse(file, &self.text, self.content_line - 1) {
            Ok(n) => Some(n),
            Err(d) => {
                diags.push(*d);
                None
            }
        }
    }
}

const OPTIONS: &[&str] = &[
    "kind", "regions", "title", "height", "years", "source", "name",
];

/// Reads a chart block's options and builds the chart; problems name the block's lines.
pub(super) fn chart(
    site: &Site,
    story: &Story,
    block: &Block,
    id: &str,
    diags: &mut Diagnostics,
) -> Option<BuiltChart> {
    let file = &story.file;
    let node = block.options(file, diags)?;
    let block_span = Span::new(block.block_line, 1, 8); // the opening ```chart fence
    let mut d = Decoder::new(file, diags);
    let f = d.fields(&node, msg::a_chart_block(), OPTIONS)?;
    let kind = match f
        .get("kind")
        .and_then(|n| d.text(n, "`kind`").map(|t| (t, n.span)))
    {
        Some((k, span)) => match ChartKind::parse(&k) {
            Some(kind) => Some(kind),
            None => {
                let names = ChartKind::names();
                d.diags.push(
                    Diagnostic::error(file, span, msg::unknown_chart_kind(&k))
                        .expected(common::one_of(choices(&names)))
                        .maybe_hint(
                            did_you_mean(&k, names.iter().copied()).map(common::did_you_mean),
                        ),
                );
                None
            }
        },
        None => {
            d.missing(
                block_span,
                "kind",
                msg::this_chart_block(),
                "kind: poverty-rate",
            );
            None
        }
    };
    let regions = block_regions(
        site,
        story,
        f.get("regions"),
        block_span,
        msg::block_chart(),
        &mut d,
    )?;
    let title = f.get("title").and_then(|n| d.text(n, "`title`"));
    let height = f.get("height").and_then(|n| {
        d.quantity(n, "`height`", |t| {
            match t.trim().trim_end_matches("px").parse::<u32>() {
                Ok(h) if (200..=1200).contains(&h) => Ok(h),
                _ => Err(crate::quantity::QuantityError {
                    message: msg::not_a_chart_height(t),
                    expected: msg::chart_height_range(),
                    hint: None,
                }),
            }
        })
    });
    let years = f
        .get("years")
        .and_then(|n| d.period(n, "`years`"))
        .map(|p| (p.start, p.end));
    let source = f.get("source").and_then(|n| d.text(n, "`source`"));
    let name = f.get("name").and_then(|n| d.text(n, "`name`"));
    let kind = kind?;
    let req = ChartRequest {
        kind,
        regions,
        title,
        height,
        years,
        source,
        name,
        ranked: false,
        limit: None,
    };
    match charts::build(site, &req, id) {
        Ok(c) => Some(c),
        // Its data was refused where it is written: that error is the one to fix.
        Err(_) if req.regions.iter().any(|i| site.region(*i).has_errors) => None,
        Err(why) => {
            d.diags.push(
                Diagnostic::error(
                    file,
                    block_span,
                    msg::chart_nothing_to_draw(kind.name(), why),
                )
                .hint(msg::chart_needs(kind.name(), kind.needs())),
            );
            None
        }
    }
}

/// Reads a `figures` block: the key figure cards of one or more regions.
pub(super) fn figures(
    site: &Site,
    story: &Story,
    block: &Block,
    diags: &mut Diagnostics,
) -> Vec<(String, Vec<KeyFigure>)> {
    let file = &story.file;
    let Some(node) = block.options(file, diags) else {
        return Vec::new();
    };
    let block_span = Span::new(block.block_line, 1, 10); // the opening ```figures fence
    let mut d = Decoder::new(file, diags);
    let Some(f) = d.fields(&node, "a figures block", &["regions", "title"]) else {
        return Vec::new();
    };
    let Some(regions) = block_regions(
        site,
        story,
        f.get("regions"),
        block_span,
        msg::block_figures(),
        &mut d,
    ) else {
        return Vec::new();
    };
    let title = f.get("title").and_then(|n| d.text(n, "`title`"));
    let mut out = Vec::new();
    for i in regions {
        let r = site.region(i);
        let own = summary::region_figures(r);
        let figures = if own.is_empty() {
            summary::rollup_figures(site, i)
        } else {
            own
        };
        if figures.is_empty() {
            // Unless its figures were refused where they are written: that is the error.
            if !r.has_errors {
                d.diags.push(
                    Diagnostic::error(file, block_span, msg::figures_nothing_to_show(&r.name))
                        .hint(msg::name_region_with_data()),
                );
            }
            continue;
        }
        out.push((
            title
                .clone()
                .unwrap_or_else(|| format!("{}主要数据", r.name)),
            figures,
        ));
    }
    out
}

/// The regions a block names (ids checked), or the story's own region.
fn block_regions(
    site: &Site,
    story: &Story,
    node: Option<&yaml::Node>,
    block_span: Span,
    what: Msg,
    d: &mut Decoder<'_>,
) -> Option<Vec<usize>> {
    let file = d.file;
    let mut regions = Vec::new();
    match node {
        Some(n) => {
            let items: Vec<&yaml::Node> = match &n.value {
                Value::Seq(items) => items.iter().collect(),
                _ => vec![n],
            };
            for item in items {
                let Some(id) = d.text(item, msg::a_region_id()) else {
                    continue;
                };
                match site.region_index(&id) {
                    Some(i) => regions.push(i),
                    None => {
                        let ids: Vec<&str> = site.regions().iter().map(|r| r.id.as_str()).collect();
                        d.diags.push(
                            Diagnostic::error(
                                file,
                                item.span,
                                msg::unknown_region_in_block(&id, &what),
                            )
                            .expected(msg::region_id_expected())
                            .maybe_hint(
                                did_you_mean(&id, ids.iter().copied()).map(common::did_you_mean),
                            ),
                        );
                        return None;
                    }
                }
            }
        }
        None => match story.region {
            Some(r) => regions.push(r),
            None => {
                d.diags.push(
                    Diagnostic::error(file, block_span, msg::block_names_no_regions(&what))
                        .hint(msg::add_regions_like()),
                );
                return None;
            }
        },
    }
    Some(regions)
}
