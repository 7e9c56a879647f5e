//! Line charts over whole years: one line per series, every point labelled where
//! the label fits.

use super::axis::{year_ticks, ValueAxis};
use super::canvas::{Canvas, Tip};
use super::font::text_width;
use super::frame;
use super::guides::{drawable, reference_swatch, with_legend_fallback, RefLine};
use super::layout::{centred_baseline, legend_rows, line_step, Anchor, Label, Placer, Rect};
use super::line_ends;
use super::palette::{self, Marker};
use super::svg;
use super::{size, ChartError, ChartSpec, Drawing, LineChart, LinePoint};
use crate::chart::font::{ASCENT, DESCENT};

/// Marker radius.
const MARKER_R: f64 = 5.0;
/// Width of a legend swatch (a short line with the marker on it).
const SWATCH: f64 = 28.0;
/// Empty space at each end of the year range, so end labels have room.
const X_PAD: f64 = 32.0;
/// The same with many series: end labels then go beside the ends, where there is
/// more room than above and below.
const X_PAD_CROWDED: f64 = 64.0;
/// Space above the plot for the unit and for labels above the highest points.
const TOP_BAND: f64 = 34.0;
/// From this many series on, middle points are labelled only clear of lines.
const CROWDED: usize = 5;
/// Smallest plot height; more with many series so their labels can spread.
const MIN_PLOT: f64 = 200.0;

/// One series after validation, with pixel positions.
struct Series<'a> {
    index: usize,
    name: &'a str,
    points: Vec<(&'a LinePoint, f64, f64)>,
}

/// Lays out and draws a line chart; a target whose label finds no room on the
/// plot is drawn again with its label in the legend.
pub(super) fn draw(spec: &ChartSpec, chart: &LineChart) -> Result<Drawing, ChartError> {
    with_legend_fallback(|in_legend| draw_with(spec, chart, in_legend))
}

/// Draws the chart, the target's label in the legend if `target_in_legend`;
/// also tells whether the target's label (if any) was written somewhere.
fn draw_with(
    spec: &ChartSpec,
    chart: &LineChart,
    target_in_legend: bool,
) -> Result<(Drawing, bool), ChartError> {
    let width = f64::from(spec.width);
    if let Some(t) = &chart.target {
        if !drawable(t.value) {
            return Err(ChartError::BadValue {
                id: spec.id.clone(),
                what: t.label.clone(),
            });
        }
    }
    let mut sorted: Vec<(usize, &str, Vec<&LinePoint>)> = Vec::new();
    for (i, s) in chart.series.iter().enumerate() {
        let mut pts: Vec<&LinePoint> = s.points.iter().collect();
        if pts.is_empty() {
            continue;
        }
        for p in &pts {
            if !drawable(p.value) {
                return Err(ChartError::BadValue {
                    id: spec.id.clone(),
                    what: format!("{} {}", s.name, p.year),
                });
            }
        }
        // Stable sort: the line must go left to right even if the input does not.
        pts.sort_by_key(|p| p.year);
        sorted.push((i, s.name.as_str(), pts));
    }
    if sorted.is_empty() {
        return Err(ChartError::Empty {
            id: spec.id.clone(),
        });
    }
    let all = || sorted.iter().flat_map(|(_, _, p)| p.iter());
    // The target is on the axis even when every point is far below it.
    let target_v = chart.target.as_ref().map(|t| t.value);
    let lo = all()
        .map(|p| p.value)
        .chain(target_v)
        .fold(f64::INFINITY, f64::min);
    let hi = all()
        .map(|p| p.value)
        .chain(target_v)
        .fold(f64::NEG_INFINITY, f64::max);
    let first_year = all().map(|p| i64::from(p.year)).min().unwrap_or(0);
    let last_year = all().map(|p| i64::from(p.year)).max().unwrap_or(0);

    // Legend on top, in as many rows as the names need.
    let mut names: Vec<String> = sorted.iter().map(|(_, n, _)| n.to_string()).collect();
    let target_entry = chart.target.as_ref().filter(|_| target_in_legend);
    names.extend(target_entry.map(|t| t.label.clone()));
    let (slots, legend_bottom) = legend_rows(&names, size::LEGEND, SWATCH, 8.0, width - 8.0, 6.0);
    let plot_top = legend_bottom + TOP_BAND;
    let bottom_h = 8.0 + line_step(size::TICK) + 6.0;
    let min_plot = MIN_PLOT.max(sorted.len() as f64 * 18.0);
    let height = f64::from(spec.height)
        .max(plot_top + min_plot + bottom_h)
        .ceil();
    let plot_bottom = height - bottom_h;
    let plot_h = plot_bottom - plot_top;

    let target = (plot_h / 55.0).clamp(3.0, 8.0) as usize;
    let axis = ValueAxis::new(lo, hi, target).ok_or_else(|| ChartError::BadValue {
        id: spec.id.clone(),
        what: "the largest point".to_string(),
    })?;
    let (tick_texts, plot_left) = frame::tick_texts(&axis, width);
    let plot_right = width - 12.0;
    let y_of = |v: f64| plot_bottom - axis.fraction(v) * plot_h;
    let crowded = sorted.len() > CROWDED;
    let pad = if crowded { X_PAD_CROWDED } else { X_PAD };
    // Where several lines start (end) in one year, their figures stand in a column
    // beside them: at the chart's first (last) year the plot keeps room for it.
    let lines: Vec<&[&LinePoint]> = sorted.iter().map(|(_, _, p)| p.as_slice()).collect();
    let columns = line_ends::columns(&lines);
    let room = |last: bool| {
        let year = if last { last_year } else { first_year };
        line_ends::room(&columns, last, year).map_or(pad, |r| r.max(pad))
    };
    let (xr0, xr1) = (plot_left + room(false), plot_right - room(true));
    let span = (last_year - first_year) as f64;
    let x_of = |year: i64| {
        if span > 0.0 {
            xr0 + (year - first_year) as f64 / span * (xr1 - xr0)
        } else {
            (xr0 + xr1) / 2.0
        }
    };

    let mut placer = Placer::new(width, height);
    frame::legend(&mut placer, &names, &slots);
    frame::value_axis(
        &mut placer,
        &axis,
        &tick_texts,
        &chart.y_unit,
        plot_left,
        plot_top,
        &y_of,
    );
    let year_w = text_width(&first_year.to_string(), size::TICK)
        .max(text_width(&last_year.to_string(), size::TICK))
        + 14.0;
    let px_per_year = if span > 0.0 { (xr1 - xr0) / span } else { 0.0 };
    let years = year_ticks(first_year, last_year, px_per_year, year_w);
    for &y in &years {
        let baseline = plot_bottom + 8.0 + ASCENT * size::TICK;
        let l = Label::new(
            &y.to_string(),
            size::TICK,
            palette::MUTED,
            x_of(y),
            baseline,
            Anchor::Middle,
        );
        placer.try_place(l, false, false);
    }

    // The target's label first: it is the key to the dashed line.
    let goal = chart.target.as_ref().map(|r| RefLine {
        reference: r,
        y: y_of(r.value),
        x0: plot_left,
        x1: plot_right,
    });
    let mut target_written = true;
    if let Some(t) = &goal {
        t.block(&mut placer);
        if !target_in_legend {
            target_written = t.place_label(&mut placer);
        }
    }

    // Value labels stay out of the tick column, where they would read as ticks.
    placer.add_obstacle(Rect::new(0.0, plot_top - TOP_BAND, plot_left, height));
    let series: Vec<Series> = sorted
        .iter()
        .map(|(i, name, pts)| Series {
            index: *i,
            name,
            points: pts
                .iter()
                .map(|p| (*p, x_of(i64::from(p.year)), y_of(p.value)))
                .collect(),
        })
        .collect();
    for s in &series {
        for w in s.points.windows(2) {
            placer.add_segment((w[0].1, w[0].2), (w[1].1, w[1].2));
        }
        for &(_, x, y) in &s.points {
            placer.add_obstacle(Rect::new(x, y, x, y).grow(MARKER_R + 1.5));
        }
    }
    // The columns of figures at the ends first: the figures a reader compares.
    let marker = |k: usize, last: bool| {
        let s = &series[k];
        let end = if last {
            s.points.last()
        } else {
            s.points.first()
        };
        let &(_, x, y) = end.expect("a series at an end has points");
        ((x, y), palette::color(s.index))
    };
    let top = plot_top - TOP_BAND + 4.0;
    let (done, leaders) = line_ends::place(&mut placer, &columns, &marker, top, plot_bottom);
    let done: Vec<(usize, usize)> = done
        .into_iter()
        .map(|(k, last)| (k, if last { series[k].points.len() - 1 } else { 0 }))
        .collect();
    place_values(&mut placer, &series, &done, crowded);

    let mut raw = String::new();
    let mut tips = Vec::new();
    {
        let canvas = Canvas::new(&mut raw, &svg::safe_id(&spec.id), spec.width, height as u32)?;
        for t in &axis.ticks {
            let y = y_of(*t);
            let c = if *t == 0.0 {
                palette::AXIS
            } else {
                palette::GRID
            };
            canvas.line(&[(plot_left, y), (plot_right, y)], c, 1)?;
        }
        canvas.line(
            &[(plot_left, plot_top), (plot_left, plot_bottom)],
            palette::AXIS,
            1,
        )?;
        for &y in &years {
            canvas.line(
                &[(x_of(y), plot_bottom), (x_of(y), plot_bottom + 5.0)],
                palette::AXIS,
                1,
            )?;
        }
        if let Some(t) = &goal {
            t.draw(&canvas)?;
            tips.push(t.tip());
            if target_in_legend {
                if let Some(slot) = slots.last() {
                    reference_swatch(&canvas, slot)?;
                }
            }
        }
        for (slot, s) in slots.iter().zip(&series) {
            let c = palette::color(s.index);
            canvas.line(&[(slot.x, slot.cy), (slot.x + SWATCH, slot.cy)], c, 2)?;
            canvas.marker(
                palette::marker(s.index),
                slot.x + SWATCH / 2.0,
                slot.cy,
                MARKER_R,
                c,
            )?;
        }
        for l in &leaders {
            canvas.line(&[l.from, l.to], l.color, 1)?;
        }
        // Later series underneath: the first (usually the page's own region) on top.
        for s in series.iter().rev() {
            let c = palette::color(s.index);
            let pts: Vec<(f64, f64)> = s.points.iter().map(|&(_, x, y)| (x, y)).collect();
            if pts.len() > 1 {
                canvas.line(&pts, c, 3)?;
            }
            let m: Marker = palette::marker(s.index);
            for &(p, x, y) in &s.points {
                canvas.marker(m, x, y, MARKER_R, c)?;
                tips.push(Tip {
                    area: Rect::new(x, y, x, y).grow(MARKER_R + 3.0),
                    text: format!("{} {}: {}", s.name, p.year, p.label),
                });
            }
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
    Ok((d, target_written))
}

/// Places every point's figure but those `done`: the ends of each line first (the
/// figures a reader compares), then the rest where they are clear of every line.
fn place_values(placer: &mut Placer, series: &[Series], done: &[(usize, usize)], crowded: bool) {
    for ends in [true, false] {
        for (si, s) in series.iter().enumerate() {
            let n = s.points.len();
            for (k, &(p, x, y)) in s.points.iter().enumerate() {
                if done.contains(&(si, k)) || ends != (k == 0 || k + 1 == n) {
                    continue;
                }
                let mut cands = value_candidates(&p.label, palette::color(s.index), x, y);
                if crowded && ends && n > 1 {
                    // Outward first: left of the first point, right of the last.
                    cands.swap(0, if k == 0 { 3 } else { 2 });
                }
                // A middle label laid over lines is clutter: the table has it.
                if ends {
                    placer.place_first(&cands);
                } else if let Some(l) = cands.into_iter().find(|l| placer.fits(l, true, true)) {
                    placer.place(l);
                }
            }
        }
    }
}

/// Places that read as "this point's figure", nearest first.
pub(super) fn value_candidates(text: &str, c: super::palette::Rgb, x: f64, y: f64) -> Vec<Label> {
    let s = size::VALUE;
    let gap = MARKER_R + 4.0;
    let above = y - gap - DESCENT * s;
    let below = y + gap + ASCENT * s;
    let mid = centred_baseline(y, s);
    let step = line_step(s);
    let l = |x: f64, b: f64, a: Anchor| Label::new(text, s, c, x, b, a);
    vec![
        l(x, above, Anchor::Middle),
        l(x, below, Anchor::Middle),
        l(x + gap, mid, Anchor::Start),
        l(x - gap, mid, Anchor::End),
        l(x + gap, above, Anchor::Start),
        l(x - gap, above, Anchor::End),
        l(x + gap, below, Anchor::Start),
        l(x - gap, below, Anchor::End),
        l(x, above - step, Anchor::Middle),
        l(x, below + step, Anchor::Middle),
    ]
}
