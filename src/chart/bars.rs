//! Stacked bar charts: one bar per category, stacked by segment, with the total
//! above, segment figures inside where they fit and the category below.

use super::across::{self, Across, Row, RowBar};
use super::bar_frame::{self, figure_rows, fill_bar, tip_text, too_large, SlotFrame, SWATCH};
use super::canvas::{Canvas, Tip};
use super::guides::{
    drawable, overlay_swatch, reference_swatch, with_legend_fallback, OverlayLine, RefLine,
    LINE_SWATCH,
};
use super::layout::{centred_baseline, Anchor, Label, Placer, Rect};
use super::palette;
use super::svg;
use super::{size, Bar, ChartError, ChartSpec, Drawing, StackedBarChart};

/// Space above the plot for the unit and the labels above the tallest bar.
const TOP_BAND: f64 = 36.0;
/// A stack's width, as a share of its slot, and its narrowest and widest.
const STACK_SHARE: f64 = 0.62;
const MIN_STACK: f64 = 2.0;
const MAX_STACK: f64 = 84.0;
/// Gap between a stack's top and the total above it.
const TOTAL_GAP: f64 = 5.0;
/// A segment's figure is written inside it only with this much room all round.
const INSIDE_MARGIN: f64 = 2.0;

/// Lays out and draws a stacked bar chart: bars up, or across when bars up would leave
/// a caption or a total out. A reference whose label finds no room on the plot (bars
/// cross it everywhere) is drawn again with its label in the legend.
pub(super) fn draw(spec: &ChartSpec, chart: &StackedBarChart) -> Result<Drawing, ChartError> {
    let max_total = checked_top(spec, chart)?;
    if let Some(d) = with_legend_fallback(|in_legend| upright(spec, chart, max_total, in_legend))? {
        return Ok(d);
    }
    let across = Across {
        unit: &chart.y_unit,
        series: &chart.segment_names,
        textured: false,
        rows: chart
            .bars
            .iter()
            .map(|b| Row {
                label: &b.label,
                note: &b.note,
                is_period: b.is_period,
                bars: vec![Some(RowBar {
                    parts: b.segments.iter().enumerate().collect(),
                    figure: &b.top_label,
                })],
            })
            .collect(),
        reference: chart.reference.as_ref(),
        overlay: chart.overlay.as_ref(),
    };
    with_legend_fallback(|in_legend| across::draw(spec, &across, in_legend))
}

/// Draws the chart with bars up, the reference's label in the legend if `ref_in_legend`,
/// unless a caption or a total would be left out (`None`); also tells whether the
/// reference's label (if any) was written somewhere.
fn upright(
    spec: &ChartSpec,
    chart: &StackedBarChart,
    max_total: f64,
    ref_in_legend: bool,
) -> Result<(Option<Drawing>, bool), ChartError> {
    // Legend: segments (squares), then the overlay and a homeless reference (lines).
    let mut names = chart.segment_names.clone();
    let mut swatches = vec![SWATCH; names.len()];
    let lines_from = names.len();
    names.extend(chart.overlay.as_ref().map(|o| o.name.clone()));
    let ref_entry = chart.reference.as_ref().filter(|_| ref_in_legend);
    names.extend(ref_entry.map(|r| r.label.clone()));
    swatches.resize(names.len(), LINE_SWATCH);
    let (slots, legend_bottom) = bar_frame::legend(&names, &swatches, f64::from(spec.width));
    let plot_top = legend_bottom + TOP_BAND;
    let items: Vec<(&str, &str)> = chart
        .bars
        .iter()
        .map(|b| (b.label.as_str(), b.note.as_str()))
        .collect();
    let Some(fr) = SlotFrame::new(spec, (0.0, max_total), plot_top, &items)? else {
        return Ok((None, true));
    };
    let (plot_left, plot_right, height) = (fr.plot_left, fr.plot_right, fr.height);
    let bar_w = (fr.slot_w * STACK_SHARE).clamp(MIN_STACK, MAX_STACK);
    let y_of = |v: f64| fr.y_of(v);
    let cx_of = |i: usize| fr.cx_of(i);

    let mut placer = Placer::new(f64::from(spec.width), height);
    fr.place(&mut placer, &names, &slots, &chart.y_unit);

    let boxes = segment_boxes(chart, &fr, bar_w);
    for &(_, r) in boxes.iter().flatten() {
        placer.add_obstacle(r);
    }
    // The guides are drawn over the bars: labels keep off them.
    let overlay = chart.overlay.as_ref().map(|o| OverlayLine {
        overlay: o,
        pts: o
            .points
            .iter()
            .take(chart.bars.len())
            .enumerate()
            .map(|(i, p)| (cx_of(i), y_of(p.value)))
            .collect(),
        half_bar: bar_w / 2.0,
    });
    if let Some(o) = &overlay {
        o.block(&mut placer);
    }
    let reference = chart.reference.as_ref().map(|r| RefLine {
        reference: r,
        y: y_of(r.value),
        x0: plot_left,
        x1: plot_right,
    });
    if let Some(r) = &reference {
        r.block(&mut placer);
    }
    // Totals above the bars: first on one row, then a row higher for those that
    // collide with a neighbour's.
    for (i, b) in chart.bars.iter().enumerate() {
        if b.top_label.is_empty() {
            continue;
        }
        let cands: Vec<Label> = figure_rows(y_of(stack_total(b)), TOTAL_GAP, false)
            .iter()
            .map(|&y| {
                Label::new(
                    &b.top_label,
                    size::VALUE,
                    palette::TEXT,
                    cx_of(i),
                    y,
                    Anchor::Middle,
                )
            })
            .collect();
        if !placer.place_first(&cands) {
            return Ok((None, true));
        }
    }
    let mut ref_written = true;
    if let Some(r) = &reference {
        if !ref_in_legend {
            ref_written = r.place_label(&mut placer);
        }
    }
    if let Some(o) = &overlay {
        // As on line charts: a figure in the tick column would read as a tick.
        placer.add_obstacle(Rect::new(0.0, plot_top - TOP_BAND, plot_left, height));
        o.place_labels(&mut placer);
    }
    // Segment figures inside their segment when the box holds them (and no guide crosses them).
    for (b, segs) in chart.bars.iter().zip(&boxes) {
        for &(k, r) in segs {
            let s = &b.segments[k];
            let l = Label::new(
                &s.label,
                size::VALUE,
                if b.is_period {
                    palette::TEXT
                } else {
                    palette::WHITE
                },
                (r.x0 + r.x1) / 2.0,
                centred_baseline((r.y0 + r.y1) / 2.0, size::VALUE),
                Anchor::Middle,
            );
            let bb = l.bbox();
            if !s.label.is_empty() && r.grow(-INSIDE_MARGIN).contains(&bb) {
                placer.try_place(l, false, true);
            }
        }
    }

    let mut raw = String::new();
    let mut tips = Vec::new();
    {
        let canvas = Canvas::new(&mut raw, &svg::safe_id(&spec.id), spec.width, height as u32)?;
        fr.gridlines(&canvas)?;
        if let Some(r) = &reference {
            tips.push(r.tip());
        }
        for (k, slot) in slots.iter().enumerate().take(lines_from) {
            canvas.fill_rect(bar_frame::swatch(slot), palette::color(k))?;
        }
        for (b, segs) in chart.bars.iter().zip(&boxes) {
            for &(k, r) in segs {
                fill_bar(&canvas, r, palette::color(k), None, b.is_period)?;
                tips.push(Tip {
                    area: r,
                    text: tip_text(&b.label, &chart.segment_names, k, &b.segments[k].label),
                });
            }
        }
        fr.axes(&canvas)?;
        let mut line_slots = slots.iter().skip(lines_from);
        if let Some(r) = &reference {
            r.draw(&canvas)?;
            if let (true, Some(slot)) = (ref_in_legend, slots.last()) {
                reference_swatch(&canvas, slot)?;
            }
        }
        if let Some(o) = &overlay {
            o.draw(&canvas)?;
            if let Some(slot) = line_slots.next() {
                overlay_swatch(&canvas, slot)?;
            }
            let caps: Vec<&str> = chart.bars.iter().map(|b| b.label.as_str()).collect();
            tips.extend(o.tips(&caps));
        }
        for l in &placer.labels {
            canvas.label(l)?;
        }
        canvas.finish()?;
    }
    let d = Drawing {
        raw,
        height: height as u32,
        tips,
    };
    Ok((Some(d), ref_written))
}

/// The largest value the axis must reach: the tallest stack, the reference or the
/// overlay; or why the chart cannot be drawn.
fn checked_top(spec: &ChartSpec, chart: &StackedBarChart) -> Result<f64, ChartError> {
    if chart.bars.is_empty() {
        return Err(ChartError::Empty {
            id: spec.id.clone(),
        });
    }
    for b in &chart.bars {
        if b.segments.iter().any(|s| !drawable(s.value)) {
            return Err(ChartError::BadValue {
                id: spec.id.clone(),
                what: b.label.clone(),
            });
        }
    }
    let guides = chart.reference.iter().map(|r| (r.value, &r.label)).chain(
        chart
            .overlay
            .iter()
            .flat_map(|o| o.points.iter().map(move |p| (p.value, &o.name))),
    );
    for (v, what) in guides.clone() {
        if !drawable(v) {
            return Err(ChartError::BadValue {
                id: spec.id.clone(),
                what: what.clone(),
            });
        }
    }
    // The axis reaches the reference and the overlay even above every bar.
    let max_total = chart
        .bars
        .iter()
        .map(stack_total)
        .chain(guides.map(|(v, _)| v))
        .fold(0.0, f64::max);
    if !max_total.is_finite() {
        return Err(too_large(spec));
    }
    Ok(max_total)
}

/// A stack's height. Negative parts cannot be stacked; they are left out of the geometry.
fn stack_total(b: &Bar) -> f64 {
    b.segments.iter().map(|s| s.value.max(0.0)).sum::<f64>()
}

/// Each stack's segment boxes, bottom up, with their segment's index (empty and
/// negative segments have none).
fn segment_boxes(chart: &StackedBarChart, fr: &SlotFrame, bar_w: f64) -> Vec<Vec<(usize, Rect)>> {
    let mut boxes = Vec::with_capacity(chart.bars.len());
    for (i, b) in chart.bars.iter().enumerate() {
        let (x0, x1) = (fr.cx_of(i) - bar_w / 2.0, fr.cx_of(i) + bar_w / 2.0);
        let mut acc = 0.0;
        let mut segs = Vec::new();
        for (k, s) in b.segments.iter().enumerate() {
            let v = s.value.max(0.0);
            if v > 0.0 {
                segs.push((k, Rect::new(x0, fr.y_of(acc + v), x1, fr.y_of(acc))));
            }
            acc += v;
        }
        boxes.push(segs);
    }
    boxes
}
