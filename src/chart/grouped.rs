//! Grouped bar charts: per category, one bar per series side by side, each with
//! its figure above where it fits, the category (and a note) below.

use super::across::{self, Across, Row, RowBar};
use super::bar_frame::{self, figure_rows, fill_bar, tip_text, SlotFrame, SWATCH};
use super::canvas::{Canvas, Tip};
use super::guides::drawable;
use super::layout::{Anchor, Label, Placer, Rect};
use super::palette;
use super::svg;
use super::{size, ChartError, ChartSpec, Drawing, GroupedBarChart, Segment};

/// Space above the plot for the unit and two rows of figures above the tallest bar.
const TOP_BAND: f64 = 40.0;
/// A group's width, as a share of its slot.
const GROUP_SHARE: f64 = 0.8;
/// Widest bar: wider ones read as areas rather than heights.
const MAX_BAR: f64 = 64.0;
/// Bars wider than this get a hairline of white at either side.
const HAIRLINE_FROM: f64 = 8.0;
/// Height of the mark standing for a published zero.
const ZERO_MARK: f64 = 3.0;
/// How far a zero mark's tooltip reaches past it: the mark alone is hard to point at.
const ZERO_TIP_REACH: f64 = 3.0;
/// Gap between a bar's end and its figure.
const FIGURE_GAP: f64 = 4.0;
/// A figure keeps this far inside its group's slot, off the neighbouring group's.
const SLOT_INSET: f64 = 1.0;

/// One bar to draw: its group and series, its figure and its box.
struct Slot<'a> {
    group: usize,
    series: usize,
    seg: &'a Segment,
    rect: Rect,
}

/// True when a value stands for "not published": no bar and no label.
fn unpublished(s: &Segment) -> bool {
    s.value == 0.0 && s.label.trim().is_empty()
}

/// Lays out and draws a grouped bar chart: bars up, or across when bars up would leave a
/// caption or a figure out.
pub(super) fn draw(spec: &ChartSpec, chart: &GroupedBarChart) -> Result<Drawing, ChartError> {
    let range = value_range(spec, chart)?;
    if let Some(d) = upright(spec, chart, range)? {
        return Ok(d);
    }
    let across = Across {
        unit: &chart.y_unit,
        series: &chart.series_names,
        textured: true,
        rows: chart
            .groups
            .iter()
            .map(|g| Row {
                label: &g.label,
                note: &g.note,
                is_period: g.is_period,
                bars: g
                    .values
                    .iter()
                    .enumerate()
                    .map(|(k, s)| {
                        (!unpublished(s)).then(|| RowBar {
                            parts: vec![(k, s)],
                            figure: &s.label,
                        })
                    })
                    .collect(),
            })
            .collect(),
        reference: None,
        overlay: None,
    };
    Ok(across::draw(spec, &across, false)?.0)
}

/// Draws the chart with bars up, unless a caption or a figure would be left out (`None`).
fn upright(
    spec: &ChartSpec,
    chart: &GroupedBarChart,
    (lo, hi): (f64, f64),
) -> Result<Option<Drawing>, ChartError> {
    let swatches = vec![SWATCH; chart.series_names.len()];
    let (legend, legend_bottom) =
        bar_frame::legend(&chart.series_names, &swatches, f64::from(spec.width));
    let plot_top = legend_bottom + TOP_BAND;
    let items: Vec<(&str, &str)> = chart
        .groups
        .iter()
        .map(|g| (g.label.as_str(), g.note.as_str()))
        .collect();
    let Some(fr) = SlotFrame::new(spec, (lo, hi), plot_top, &items)? else {
        return Ok(None);
    };
    let bars = bar_slots(chart, &fr);
    let (slot_w, cx_of) = (fr.slot_w, |i: usize| fr.cx_of(i));

    let mut placer = Placer::new(f64::from(spec.width), fr.height);
    fr.place(&mut placer, &chart.series_names, &legend, &chart.y_unit);
    for b in &bars {
        placer.add_obstacle(b.rect);
    }
    for b in &bars {
        let own = (
            cx_of(b.group) - slot_w / 2.0 + SLOT_INSET,
            cx_of(b.group) + slot_w / 2.0 - SLOT_INSET,
        );
        let cands = figure_candidates(b, own);
        if !b.seg.label.trim().is_empty() && !placer.place_first(&cands) {
            return Ok(None);
        }
    }

    let mut raw = String::new();
    let mut tips = Vec::new();
    {
        let canvas = Canvas::new(
            &mut raw,
            &svg::safe_id(&spec.id),
            spec.width,
            fr.height as u32,
        )?;
        fr.gridlines(&canvas)?;
        for (k, slot) in legend.iter().enumerate() {
            bar_shape(&canvas, bar_frame::swatch(slot), k, false)?;
        }
        for b in &bars {
            let g = &chart.groups[b.group];
            bar_shape(&canvas, b.rect, b.series, g.is_period)?;
            let reach = if b.seg.value == 0.0 {
                ZERO_TIP_REACH
            } else {
                0.0
            };
            tips.push(Tip {
                area: b.rect.grow(reach),
                text: tip_text(&g.label, &chart.series_names, b.series, &b.seg.label),
            });
        }
        fr.axes(&canvas)?;
        for l in &placer.labels {
            canvas.label(l)?;
        }
        canvas.finish()?;
    }
    Ok(Some(Drawing {
        raw,
        height: fr.height as u32,
        tips,
    }))
}

/// The lowest and highest published values (the axis takes in zero), or why the
/// chart cannot be drawn.
fn value_range(spec: &ChartSpec, chart: &GroupedBarChart) -> Result<(f64, f64), ChartError> {
    let published = || {
        chart
            .groups
            .iter()
            .flat_map(|g| g.values.iter())
            .filter(|s| !unpublished(s))
    };
    if published().next().is_none() {
        return Err(ChartError::Empty {
            id: spec.id.clone(),
        });
    }
    for g in &chart.groups {
        for (k, s) in g.values.iter().enumerate() {
            if !drawable(s.value) {
                let name = chart.series_names.get(k).map_or("", String::as_str);
                return Err(ChartError::BadValue {
                    id: spec.id.clone(),
                    what: format!("{} {name}", g.label),
                });
            }
        }
    }
    let lo = published().map(|s| s.value).fold(0.0, f64::min);
    let hi = published().map(|s| s.value).fold(0.0, f64::max);
    Ok((lo, hi))
}

/// Every published value's bar, side by side in its group's slot; a zero as a thin mark.
fn bar_slots<'a>(chart: &'a GroupedBarChart, fr: &SlotFrame) -> Vec<Slot<'a>> {
    // Bars per group: a group with more values than names still shows them all.
    let m = chart
        .groups
        .iter()
        .map(|g| g.values.len())
        .max()
        .unwrap_or(0);
    let group_w = (fr.slot_w * GROUP_SHARE).min(MAX_BAR * m as f64);
    let bar_w = group_w / m as f64;
    let zero = fr.y_of(0.0);

    // A hairline of white between neighbours keeps same-coloured edges apart.
    let gap = if bar_w > HAIRLINE_FROM { 1.0 } else { 0.0 };
    let mut bars: Vec<Slot> = Vec::new();
    for (i, g) in chart.groups.iter().enumerate() {
        let left = fr.cx_of(i) - group_w / 2.0;
        for (k, seg) in g.values.iter().enumerate() {
            if unpublished(seg) {
                continue;
            }
            let (x0, x1) = (
                left + bar_w * k as f64 + gap,
                left + bar_w * (k + 1) as f64 - gap,
            );
            let y = fr.y_of(seg.value);
            let rect = if seg.value == 0.0 {
                Rect::new(x0, zero - ZERO_MARK, x1, zero)
            } else {
                Rect::new(x0, y.min(zero), x1, y.max(zero))
            };
            bars.push(Slot {
                group: i,
                series: k,
                seg,
                rect,
            });
        }
    }
    bars
}

/// Places for a bar's figure, best first: centred beyond its end, then flush
/// with either edge (clear of a taller neighbour), then a row further out; all
/// within the group's own slot `own`, so a figure never reads as the next group's.
fn figure_candidates(b: &Slot, own: (f64, f64)) -> Vec<Label> {
    let s = size::VALUE;
    let c = palette::color(b.series);
    let r = b.rect;
    let rows = if b.seg.value < 0.0 {
        figure_rows(r.y1, FIGURE_GAP, true)
    } else {
        figure_rows(r.y0, FIGURE_GAP, false)
    };
    let mut out = Vec::new();
    for y in rows {
        for (x, a) in [
            ((r.x0 + r.x1) / 2.0, Anchor::Middle),
            (r.x1, Anchor::End),
            (r.x0, Anchor::Start),
        ] {
            out.push(Label::new(&b.seg.label, s, c, x, y, a));
        }
    }
    out.retain(|l| {
        let bb = l.bbox();
        bb.x0 >= own.0 && bb.x1 <= own.1
    });
    out
}

/// Draws one bar in its series' colour and texture; a period bar like a stacked one.
fn bar_shape(canvas: &Canvas, r: Rect, series: usize, period: bool) -> Result<(), ChartError> {
    let texture = Some(palette::pattern(series));
    fill_bar(canvas, r, palette::color(series), texture, period)
}
