//! Bars across: one row per category, its caption over its bars, each figure at its bar's
//! end. Bar charts are drawn so when bars up would have to turn or cut their captions or
//! leave a figure out (long county names, a ranking of ten, 下降15.31个百分点 over a
//! narrow bar): a row has the drawing's whole width for its caption, and the figures the
//! room right of the longest bar.

mod rows;

use super::axis::ValueAxis;
use super::bar_frame::{fill_bar, tip_text, too_large, SWATCH};
use super::canvas::{Canvas, Tip};
use super::font::{text_width, ASCENT, DESCENT};
use super::frame;
use super::guides::{overlay_swatch, reference_swatch, OverlayLine, LINE_SWATCH};
use super::layout::{
    centred_baseline, line_step, Anchor, Label, LegendSlot, Placement, Placer, Rect,
};
use super::palette;
use super::svg;
use super::{size, ChartError, ChartSpec, Drawing, Overlay, Reference, Segment};
use rows::Laid;

/// Margin at the drawing's left and right.
const EDGE: f64 = 8.0;
/// The plot keeps at least this share of the width, whatever the figures' width.
const MIN_PLOT_SHARE: f64 = 0.45;
/// Plot width per value tick.
const TICK_SPACING: f64 = 90.0;
/// A figure is written inside its bar only with this much room all round.
const INSIDE_MARGIN: f64 = 2.0;
/// Room above the plot for the reference's label.
const GUIDE_BAND: f64 = 24.0;
/// The lowest drawing.
const MIN_HEIGHT: f64 = 200.0;

/// One bar of a row: its parts left to right (series index and segment) and the figure
/// at its end.
pub(super) struct RowBar<'a> {
    /// Parts: `(series, segment)`; a stack has several, a grouped bar one.
    pub parts: Vec<(usize, &'a Segment)>,
    /// Written right of the bar (the total, or the grouped bar's own figure).
    pub figure: &'a str,
}

/// One category: its caption and its bars, top to bottom.
pub(super) struct Row<'a> {
    /// The category (`东乡族自治县`, `2016`).
    pub label: &'a str,
    /// Its note (`2016—2020年`), written after it, quieter.
    pub note: &'a str,
    /// A period: drawn hatched, as bars up are.
    pub is_period: bool,
    /// Its bars; `None` for a series with no figure (an empty place, not a zero).
    pub bars: Vec<Option<RowBar<'a>>>,
}

/// A bar chart laid across.
pub(super) struct Across<'a> {
    /// Unit of the values, written at the end of the axis.
    pub unit: &'a str,
    /// Series (or segment) names, in colour order, for the legend and tooltips.
    pub series: &'a [String],
    /// Bars of different series differ by texture too (grouped bars).
    pub textured: bool,
    /// The categories.
    pub rows: Vec<Row<'a>>,
    /// A target line across the rows.
    pub reference: Option<&'a Reference>,
    /// A line through the rows (a running total).
    pub overlay: Option<&'a Overlay>,
}

/// The frame: the legend on top, the value axis from the left edge to where the
/// figures' room begins.
struct Frame {
    names: Vec<String>,
    slots: Vec<LegendSlot>,
    /// Legend entries from here on are lines (the overlay, a homeless reference).
    lines_from: usize,
    axis: ValueAxis,
    width: f64,
    plot_left: f64,
    plot_right: f64,
    plot_top: f64,
}

impl Frame {
    /// Screen x of value `v`.
    fn x(&self, v: f64) -> f64 {
        self.plot_left + self.axis.fraction(v) * (self.plot_right - self.plot_left)
    }
}

/// A chart across laid out: what placing its figures and painting it read.
struct Scene<'a> {
    chart: &'a Across<'a>,
    fr: Frame,
    laid: Laid,
    overlay: Option<OverlayLine<'a>>,
    /// The reference's label goes in the legend.
    ref_in_legend: bool,
}

/// Draws `chart` across, the reference's label in the legend if `ref_in_legend`; also
/// tells whether the reference's label (if any) was written somewhere.
pub(super) fn draw(
    spec: &ChartSpec,
    chart: &Across,
    ref_in_legend: bool,
) -> Result<(Drawing, bool), ChartError> {
    let fr = frame(spec, chart, ref_in_legend)?;
    let laid = rows::lay_out(chart, &fr);
    let tick_base = laid.bottom + 6.0 + ASCENT * size::TICK;
    // As high as the rows need: the requested height is for bars up, whose plot it sets.
    let height = (tick_base + DESCENT * size::TICK + line_step(size::TICK) + 6.0)
        .max(MIN_HEIGHT)
        .ceil();
    let mut placer = Placer::new(fr.width, height);
    place_frame(&mut placer, chart, &fr, tick_base);
    for l in &laid.captions {
        placer.try_place(l.clone(), false, false);
    }
    for p in &laid.parts {
        placer.add_obstacle(p.rect);
    }
    let scene = Scene {
        chart,
        overlay: chart.overlay.map(|o| overlay_line(o, &fr, &laid)),
        fr,
        laid,
        ref_in_legend,
    };
    let ref_written = place_figures(&mut placer, &scene);
    let mut raw = String::new();
    let tips = paint(
        &mut raw,
        &svg::safe_id(&spec.id),
        (spec.width, height),
        &scene,
        &placer,
    )?;
    let d = Drawing {
        raw,
        height: height as u32,
        tips,
    };
    Ok((d, ref_written))
}

/// The legend and the value axis, leaving room right of the plot for the widest figure.
fn frame(spec: &ChartSpec, chart: &Across, ref_in_legend: bool) -> Result<Frame, ChartError> {
    let width = f64::from(spec.width);
    // Legend: the series (squares), then the overlay and a homeless reference (lines).
    let mut names = chart.series.to_vec();
    let lines_from = names.len();
    names.extend(chart.overlay.map(|o| o.name.clone()));
    let homeless = chart.reference.filter(|_| ref_in_legend);
    names.extend(homeless.map(|r| r.label.clone()));
    let mut swatches = vec![SWATCH; lines_from];
    swatches.resize(names.len(), LINE_SWATCH);
    let (slots, legend_bottom) = super::bar_frame::legend(&names, &swatches, f64::from(spec.width));
    let figure_w = chart
        .rows
        .iter()
        .flat_map(|r| r.bars.iter().flatten())
        .map(|b| text_width(b.figure, size::VALUE))
        .fold(0.0, f64::max);
    let plot_left = EDGE + 4.0;
    let plot_right =
        (width - EDGE - figure_w - rows::FIGURE_ROOM).max(plot_left + width * MIN_PLOT_SHARE);
    let target = ((plot_right - plot_left) / TICK_SPACING).clamp(3.0, 8.0) as usize;
    let (lo, hi) = value_range(chart);
    let axis = ValueAxis::new(lo, hi, target).ok_or_else(|| too_large(spec))?;
    let band = match chart.reference.is_some() && !ref_in_legend {
        true => GUIDE_BAND,
        false => 0.0,
    };
    Ok(Frame {
        names,
        slots,
        lines_from,
        axis,
        width,
        plot_left,
        plot_right,
        plot_top: legend_bottom + 10.0 + band,
    })
}

/// Places the legend's names, the ticks under the plot and the unit at the axis' end
/// (or under it).
fn place_frame(placer: &mut Placer, chart: &Across, fr: &Frame, tick_base: f64) {
    frame::legend(placer, &fr.names, &fr.slots);
    for t in &fr.axis.ticks {
        let text = fr.axis.format(*t);
        let l = Label::new(
            &text,
            size::TICK,
            palette::MUTED,
            fr.x(*t),
            tick_base,
            Anchor::Middle,
        );
        placer.try_place(l, false, false);
    }
    if chart.unit.is_empty() {
        return;
    }
    for base in [tick_base, tick_base + line_step(size::TICK)] {
        let right = fr.width - EDGE;
        let l = Label::new(
            chart.unit,
            size::TICK,
            palette::MUTED,
            right,
            base,
            Anchor::End,
        );
        if placer.try_place(l, false, false) {
            break;
        }
    }
}

/// The overlay's points: one per row, at the middle of the row's bars.
fn overlay_line<'a>(o: &'a Overlay, fr: &Frame, laid: &Laid) -> OverlayLine<'a> {
    let pts = o
        .points
        .iter()
        .enumerate()
        .filter_map(|(i, p)| {
            let mine = laid.parts.iter().filter(|q| q.row == i).map(|q| q.rect);
            let (top, bottom) =
                mine.fold((f64::MAX, f64::MIN), |(a, b), r| (a.min(r.y0), b.max(r.y1)));
            (top < bottom).then(|| (fr.x(p.value), (top + bottom) / 2.0))
        })
        .collect();
    OverlayLine {
        overlay: o,
        pts,
        half_bar: laid.bar_h / 2.0,
    }
}

/// Places the reference's label over the plot, the bars' figures at their ends (inside
/// a bar's end when there is no room beyond it), the overlay's figures and the parts'
/// figures inside them; tells whether the reference's label (if any) was written.
fn place_figures(placer: &mut Placer, scene: &Scene) -> bool {
    let Scene {
        chart,
        fr,
        laid,
        ref_in_legend,
        ..
    } = scene;
    let overlay = scene.overlay.as_ref();
    if let Some(r) = chart.reference {
        placer.add_segment(
            (fr.x(r.value), fr.plot_top - 4.0),
            (fr.x(r.value), laid.bottom),
        );
    }
    if let Some(o) = overlay {
        o.block(placer);
    }
    let mut ref_written = true;
    if let (Some(r), false) = (chart.reference, *ref_in_legend) {
        let b = fr.plot_top - 6.0 - DESCENT * size::VALUE;
        let cands: Vec<Label> = [Anchor::Middle, Anchor::End, Anchor::Start]
            .into_iter()
            .map(|a| Label::new(&r.label, size::VALUE, palette::GUIDE, fr.x(r.value), b, a))
            .collect();
        ref_written = r.label.trim().is_empty() || placer.place_first(&cands);
    }
    let guide_x = chart.reference.map(|r| fr.x(r.value));
    for f in &laid.figures {
        let l = &f.label;
        // At the bar's end; past the reference line when that crosses it; else over it.
        let mut cands = vec![l.clone()];
        if let (Some(x), false) = (guide_x, f.down) {
            let mut past = l.clone();
            past.at = Placement::Horizontal {
                x: x + (l.bbox().x0 - f.bar.x1).max(4.0),
                baseline: centred_baseline((f.bar.y0 + f.bar.y1) / 2.0, l.size),
                anchor: Anchor::Start,
            };
            cands.push(past);
        }
        if placer.place_first(&cands) {
            continue;
        }
        let (x, anchor) = match f.down {
            true => (f.bar.x0 + 4.0, Anchor::Start),
            false => (f.bar.x1 - 4.0, Anchor::End),
        };
        let mid = centred_baseline((f.bar.y0 + f.bar.y1) / 2.0, l.size);
        let inside = Label::new(&l.text, l.size, palette::WHITE, x, mid, anchor);
        if f.bar.grow(-INSIDE_MARGIN).contains(&inside.bbox()) {
            placer.try_place(inside, false, true);
        }
    }
    if let Some(o) = overlay {
        o.place_labels(placer);
    }
    // A stack's parts show their figures inside where they fit (as bars up do).
    for p in laid.parts.iter().filter(|_| !chart.textured) {
        let row = &chart.rows[p.row];
        let Some(bar) = &row.bars[p.at.0] else {
            continue;
        };
        let (_, seg) = bar.parts[p.at.1];
        let r = p.rect;
        let c = if row.is_period {
            palette::TEXT
        } else {
            palette::WHITE
        };
        let mid = centred_baseline((r.y0 + r.y1) / 2.0, size::VALUE);
        let l = Label::new(
            &seg.label,
            size::VALUE,
            c,
            (r.x0 + r.x1) / 2.0,
            mid,
            Anchor::Middle,
        );
        if !seg.label.is_empty() && r.grow(-INSIDE_MARGIN).contains(&l.bbox()) {
            placer.try_place(l, false, true);
        }
    }
    ref_written
}

/// Draws the gridlines, swatches, bars, axes, guides and texts into `raw`; returns
/// the tooltips.
fn paint(
    raw: &mut String,
    id: &str,
    (width, height): (u32, f64),
    scene: &Scene,
    placer: &Placer,
) -> Result<Vec<Tip>, ChartError> {
    let Scene {
        chart,
        fr,
        laid,
        ref_in_legend,
        ..
    } = scene;
    let overlay = scene.overlay.as_ref();
    let mut tips = Vec::new();
    let canvas = Canvas::new(raw, id, width, height as u32)?;
    let (top, bottom) = (fr.plot_top, laid.bottom);
    for t in fr.axis.ticks.iter().filter(|t| **t != 0.0) {
        canvas.line(&[(fr.x(*t), top), (fr.x(*t), bottom)], palette::GRID, 1)?;
    }
    for (k, slot) in fr.slots.iter().enumerate().take(fr.lines_from) {
        let texture = chart.textured.then(|| palette::pattern(k));
        let r = super::bar_frame::swatch(slot);
        fill_bar(&canvas, r, palette::color(k), texture, false)?;
    }
    for p in &laid.parts {
        let row = &chart.rows[p.row];
        let Some(bar) = &row.bars[p.at.0] else {
            continue;
        };
        let (series, seg) = bar.parts[p.at.1];
        let texture = chart.textured.then(|| palette::pattern(series));
        fill_bar(
            &canvas,
            p.rect,
            palette::color(series),
            texture,
            row.is_period,
        )?;
        tips.push(Tip {
            area: p.rect,
            text: tip_text(row.label, chart.series, series, &seg.label),
        });
    }
    let zero = fr.x(0.0);
    canvas.line(&[(zero, top), (zero, bottom)], palette::AXIS, 1)?;
    canvas.line(
        &[(fr.plot_left, bottom), (fr.plot_right, bottom)],
        palette::AXIS,
        1,
    )?;
    if let Some(r) = chart.reference {
        let x = fr.x(r.value);
        let pts = [(x, top - 4.0), (x, bottom)];
        canvas.line(&pts, palette::WHITE, 4)?;
        canvas.dashed_line(&pts, palette::GUIDE, 2)?;
        tips.push(Tip {
            area: Rect::new(x - 3.0, top - 4.0, x + 3.0, bottom),
            text: r.label.clone(),
        });
        if let (true, Some(slot)) = (*ref_in_legend, fr.slots.last()) {
            reference_swatch(&canvas, slot)?;
        }
    }
    if let Some(o) = overlay {
        o.draw(&canvas)?;
        if let Some(slot) = fr.slots.get(fr.lines_from) {
            overlay_swatch(&canvas, slot)?;
        }
        let caps: Vec<&str> = chart.rows.iter().map(|r| r.label).collect();
        tips.extend(o.tips(&caps));
    }
    for l in &placer.labels {
        canvas.label(l)?;
    }
    canvas.finish()?;
    Ok(tips)
}

/// The lowest and highest values the axis must reach: stacks' totals, grouped bars'
/// values (below zero too), the reference and the overlay.
fn value_range(chart: &Across) -> (f64, f64) {
    let mut lo: f64 = 0.0;
    let mut hi: f64 = 0.0;
    for b in chart.rows.iter().flat_map(|r| r.bars.iter().flatten()) {
        if let [(_, s)] = b.parts.as_slice() {
            lo = lo.min(s.value);
            hi = hi.max(s.value);
        } else {
            hi = hi.max(b.parts.iter().map(|(_, s)| s.value.max(0.0)).sum());
        }
    }
    let guides = chart.reference.map(|r| r.value).into_iter().chain(
        chart
            .overlay
            .iter()
            .flat_map(|o| o.points.iter().map(|p| p.value)),
    );
    for v in guides {
        lo = lo.min(v);
        hi = hi.max(v);
    }
    (lo, hi)
}
