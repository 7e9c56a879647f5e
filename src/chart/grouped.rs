//! Grouped bar charts: per category, one bar per series side by side, each with
//! its figure above where it fits, the category (and a note) below.

use super::axis::ValueAxis;
use super::bars::PERIOD_TINT;
use super::canvas::{Canvas, Tip};
use super::captions::{place_captions, slot_layout, SlotLayout, MIN_PLOT};
use super::font::{ASCENT, DESCENT};
use super::frame;
use super::guides::drawable;
use super::layout::{legend_rows, line_step, Anchor, Label, Placer, Rect};
use super::palette::{self, Pattern};
use super::{size, ChartError, ChartSpec, Drawing, GroupedBarChart, Segment, WIDTH};

/// Legend swatch: a square showing the series' colour and texture.
const SWATCH: f64 = 14.0;
/// Space above the plot for the unit and two rows of figures above the tallest bar.
const TOP_BAND: f64 = 40.0;
/// Widest bar: wider ones read as areas rather than heights.
const MAX_BAR: f64 = 64.0;
/// Height of the mark standing for a published zero.
const ZERO_MARK: f64 = 3.0;

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

/// Lays out and draws a grouped bar chart.
pub(super) fn draw(spec: &ChartSpec, chart: &GroupedBarChart) -> Result<Drawing, ChartError> {
    let width = f64::from(WIDTH);
    // Bars per group: a group with more values than names still shows them all.
    let m = chart
        .groups
        .iter()
        .map(|g| g.values.len())
        .max()
        .unwrap_or(0);
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

    let (legend, legend_bottom) = legend_rows(
        &chart.series_names,
        size::LEGEND,
        SWATCH,
        8.0,
        width - 8.0,
        6.0,
    );
    let plot_top = legend_bottom + TOP_BAND;
    // As for stacked bars: ticks first, since the captions need the slot width.
    let est_h = (f64::from(spec.height) - plot_top - 40.0).max(MIN_PLOT);
    let ticks = (est_h / 55.0).clamp(3.0, 8.0) as usize;
    let axis = ValueAxis::new(lo, hi, ticks).ok_or_else(|| ChartError::BadValue {
        id: spec.id.clone(),
        what: "the largest bar".to_string(),
    })?;
    let (tick_texts, plot_left) = frame::tick_texts(&axis, width);
    let plot_right = width - 8.0;
    let items: Vec<(&str, &str)> = chart
        .groups
        .iter()
        .map(|g| (g.label.as_str(), g.note.as_str()))
        .collect();
    let SlotLayout {
        captions,
        slot_w,
        height,
        plot_bottom,
        plot_h,
    } = slot_layout(&items, plot_left, plot_right, plot_top, spec.height);
    let group_w = (slot_w * 0.8).min(MAX_BAR * m as f64);
    let bar_w = group_w / m as f64;
    let y_of = |v: f64| plot_bottom - axis.fraction(v) * plot_h;
    let cx_of = |i: usize| plot_left + slot_w * (i as f64 + 0.5);
    let zero = y_of(0.0);

    // A hairline of white between neighbours keeps same-coloured edges apart.
    let gap = if bar_w > 8.0 { 1.0 } else { 0.0 };
    let mut bars: Vec<Slot> = Vec::new();
    for (i, g) in chart.groups.iter().enumerate() {
        let left = cx_of(i) - group_w / 2.0;
        for (k, seg) in g.values.iter().enumerate() {
            if unpublished(seg) {
                continue;
            }
            let (x0, x1) = (
                left + bar_w * k as f64 + gap,
                left + bar_w * (k + 1) as f64 - gap,
            );
            let y = y_of(seg.value);
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

    let mut placer = Placer::new(width, height);
    frame::legend(&mut placer, &chart.series_names, &legend);
    frame::value_axis(
        &mut placer,
        &axis,
        &tick_texts,
        &chart.y_unit,
        plot_left,
        plot_top,
        &y_of,
    );
    place_captions(&mut placer, &captions, plot_bottom, &cx_of);
    for b in &bars {
        placer.add_obstacle(b.rect);
    }
    for b in &bars {
        let own = (
            cx_of(b.group) - slot_w / 2.0 + 1.0,
            cx_of(b.group) + slot_w / 2.0 - 1.0,
        );
        let cands = figure_candidates(b, own);
        placer.place_first(&cands);
    }

    let mut raw = String::new();
    let mut tips = Vec::new();
    {
        let canvas = Canvas::new(&mut raw, WIDTH, height as u32)?;
        frame::gridlines(&canvas, &axis, (plot_left, plot_right), y_of)?;
        for (k, slot) in legend.iter().enumerate() {
            let r = Rect::new(
                slot.x,
                slot.cy - SWATCH / 2.0,
                slot.x + SWATCH,
                slot.cy + SWATCH / 2.0,
            );
            bar_shape(&canvas, r, k, false)?;
        }
        for b in &bars {
            let g = &chart.groups[b.group];
            bar_shape(&canvas, b.rect, b.series, g.is_period)?;
            let name = chart.series_names.get(b.series).map_or("", String::as_str);
            tips.push(Tip {
                area: b.rect.grow(if b.seg.value == 0.0 { 3.0 } else { 0.0 }),
                text: format!("{} {}: {}", g.label, name, b.seg.label),
            });
        }
        canvas.line(
            &[(plot_left, plot_bottom), (plot_right, plot_bottom)],
            palette::AXIS,
            1,
        )?;
        if axis.min < 0.0 {
            canvas.line(&[(plot_left, zero), (plot_right, zero)], palette::AXIS, 1)?;
        }
        canvas.line(
            &[(plot_left, plot_top), (plot_left, plot_bottom)],
            palette::AXIS,
            1,
        )?;
        for l in &placer.labels {
            canvas.label(l)?;
        }
        canvas.finish()?;
    }
    Ok(Drawing {
        raw,
        height: height as u32,
        tips,
    })
}

/// Places for a bar's figure, best first: centred beyond its end, then flush
/// with either edge (clear of a taller neighbour), then a row further out; all
/// within the group's own slot `own`, so a figure never reads as the next group's.
fn figure_candidates(b: &Slot, own: (f64, f64)) -> Vec<Label> {
    let s = size::VALUE;
    let c = palette::color(b.series);
    let r = b.rect;
    let step = line_step(s);
    let (first, next) = if b.seg.value < 0.0 {
        let base = r.y1 + 4.0 + ASCENT * s;
        (base, base + step)
    } else {
        let base = r.y0 - 4.0 - DESCENT * s;
        (base, base - step)
    };
    let mut out = Vec::new();
    for y in [first, next] {
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

/// Draws one bar: series colour and texture; a period bar light, hatched and
/// outlined dashed, like a stacked period bar.
fn bar_shape(canvas: &Canvas, r: Rect, series: usize, period: bool) -> Result<(), ChartError> {
    let c = palette::color(series);
    let p = palette::pattern(series);
    if period {
        canvas.fill_rect(r, palette::tint(c, PERIOD_TINT))?;
        canvas.hatch(r, palette::tint(c, 0.3))?;
        if p != Pattern::Solid {
            canvas.texture(r, p, c)?;
        }
        canvas.dashed_rect(r, c)
    } else {
        canvas.fill_rect(r, c)?;
        canvas.texture(r, p, palette::tint(c, 0.55))
    }
}
