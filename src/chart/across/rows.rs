//! The rows of a chart across, top to bottom: each category's caption, then its bars,
//! and where each bar's figure goes.

use super::{Across, Frame, Row};
use crate::chart::font::{text_width, ASCENT};
use crate::chart::layout::{centred_baseline, line_step, Anchor, Label, Rect};
use crate::chart::wrap::wrap_lines;
use crate::chart::{palette, size};

/// Thickness of a row's one bar (stacked), and of each bar of a group.
const STACK_H: f64 = 22.0;
const GROUPED_H: f64 = 17.0;
/// Space between a row's caption and its bars, between bars of a group, between rows.
const CAPTION_GAP: f64 = 3.0;
const BAR_GAP: f64 = 2.0;
const ROW_GAP: f64 = 12.0;
/// Captions start this far right of the axis line.
const CAPTION_INDENT: f64 = 4.0;
/// Space between the category and its note on one line.
const NOTE_GAP: f64 = 3.0;
/// Gap between a bar's end and its figure.
const FIGURE_GAP: f64 = 5.0;
/// Width of a published zero's mark.
const ZERO_MARK: f64 = 3.0;

/// How far right of a bar's end its figure starts, for the room figures need.
pub const FIGURE_ROOM: f64 = FIGURE_GAP + 2.0;

/// A part of a bar laid out: its row, its bar within the row and part within the bar,
/// and its box.
pub struct Part {
    /// The row.
    pub row: usize,
    /// `(bar, part)` within the row.
    pub at: (usize, usize),
    /// Its box.
    pub rect: Rect,
}

/// A bar's figure: where it goes, the bar it belongs to, and whether the bar goes left
/// of zero.
pub struct Figure {
    /// At the bar's end.
    pub label: Label,
    /// The whole bar.
    pub bar: Rect,
    /// The bar goes left of zero (its figure is left of it).
    pub down: bool,
}

/// Every row laid out.
pub struct Laid {
    /// The bars' parts.
    pub parts: Vec<Part>,
    /// The captions' lines.
    pub captions: Vec<Label>,
    /// The bars' figures.
    pub figures: Vec<Figure>,
    /// Below the last row.
    pub bottom: f64,
    /// Thickness of a bar.
    pub bar_h: f64,
}

/// Lays the rows out from the frame's top.
pub fn lay_out(chart: &Across, fr: &Frame) -> Laid {
    let bar_h = if chart.rows.iter().any(|r| r.bars.len() > 1) {
        GROUPED_H
    } else {
        STACK_H
    };
    let mut laid = Laid {
        parts: Vec::new(),
        captions: Vec::new(),
        figures: Vec::new(),
        bottom: fr.plot_top,
        bar_h,
    };
    let mut y = fr.plot_top;
    for (i, row) in chart.rows.iter().enumerate() {
        for l in caption(
            row,
            fr.plot_left + CAPTION_INDENT,
            fr.width - super::EDGE,
            y,
        ) {
            y = y.max(l.bbox().y1);
            laid.captions.push(l);
        }
        y += CAPTION_GAP;
        for k in 0..row.bars.len() {
            bar(chart, fr, (i, k), (y, y + bar_h), &mut laid);
            y += bar_h + BAR_GAP;
        }
        y += ROW_GAP - BAR_GAP;
    }
    laid.bottom = y - ROW_GAP + 4.0;
    laid
}

/// Lays out bar `k` of row `i` between `y0` and `y1`: its parts from zero, stacked to
/// the right (a single part below zero to the left), and its figure at its end.
fn bar(chart: &Across, fr: &Frame, (i, k): (usize, usize), (y0, y1): (f64, f64), laid: &mut Laid) {
    let Some(bar) = &chart.rows[i].bars[k] else {
        return;
    };
    let zero = fr.x(0.0);
    let (mut acc, mut end, mut down) = (0.0, zero, false);
    let one = bar.parts.len() == 1;
    for (j, (_, seg)) in bar.parts.iter().enumerate() {
        let rect = if one && seg.value < 0.0 {
            down = true;
            end = fr.x(seg.value);
            Rect::new(end, y0, zero, y1)
        } else if seg.value > 0.0 {
            let r = Rect::new(fr.x(acc), y0, fr.x(acc + seg.value), y1);
            acc += seg.value;
            end = r.x1;
            r
        } else if one {
            // A published zero: a thin mark, so the row is not read as missing.
            Rect::new(zero, y0, zero + ZERO_MARK, y1)
        } else {
            continue;
        };
        laid.parts.push(Part {
            row: i,
            at: (k, j),
            rect,
        });
    }
    if bar.figure.trim().is_empty() {
        return;
    }
    let mid = centred_baseline((y0 + y1) / 2.0, size::VALUE);
    // A grouped bar's figure in its series' colour, as bars up write it.
    let c = match (one, chart.textured) {
        (true, true) => palette::color(bar.parts[0].0),
        _ => palette::TEXT,
    };
    let (x, anchor) = match down {
        true => (end - FIGURE_GAP, Anchor::End),
        false => (end + FIGURE_GAP, Anchor::Start),
    };
    laid.figures.push(Figure {
        label: Label::new(bar.figure, size::VALUE, c, x, mid, anchor),
        bar: Rect::new(zero.min(end), y0, zero.max(end), y1),
        down,
    });
}

/// A row's caption from `top`: the category, then its note on the same line when both
/// fit, else below it; a category too long for the width is wrapped.
fn caption(row: &Row, x0: f64, x1: f64, top: f64) -> Vec<Label> {
    let avail = x1 - x0;
    let (cat, note) = (size::CATEGORY, size::NOTE);
    let lines = wrap_lines(row.label, cat, avail, 3).unwrap_or_else(|| vec![row.label.to_string()]);
    let mut out = Vec::new();
    let mut base = top + ASCENT * cat;
    for (n, line) in lines.iter().enumerate() {
        if n > 0 {
            base += line_step(cat);
        }
        out.push(Label::new(
            line,
            cat,
            palette::TEXT,
            x0,
            base,
            Anchor::Start,
        ));
    }
    if !row.note.is_empty() {
        let last_w = lines.last().map_or(0.0, |l| text_width(l, cat));
        let after = x0 + last_w + NOTE_GAP;
        if after + text_width(row.note, note) <= x1 {
            out.push(Label::new(
                row.note,
                note,
                palette::MUTED,
                after,
                base,
                Anchor::Start,
            ));
        } else {
            base += line_step(note);
            out.push(Label::new(
                row.note,
                note,
                palette::MUTED,
                x0,
                base,
                Anchor::Start,
            ));
        }
    }
    out
}
