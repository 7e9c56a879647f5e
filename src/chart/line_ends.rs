//! The figures at a line chart's ends when several lines start (or end) in one year: a
//! column beside them, outward (left of the first year, right of the last), in the
//! lines' top-to-bottom order and moved apart just enough not to touch, each joined to
//! its marker by a thin leader when moved. Points a few pixels apart (15.62% and 15.91%
//! in 2016) would otherwise have their figures piled over each other and the lines.

use super::font::{text_width, ASCENT, DESCENT};
use super::layout::{centred_baseline, Anchor, Label, Placer};
use super::palette::Rgb;
use super::{size, LinePoint};
use std::collections::BTreeMap;

/// Gap between a marker's centre and its figure when the figure is level with it.
pub const NEAR: f64 = 9.0;
/// The same when the figure was moved and a leader joins them.
pub const LED: f64 = 20.0;
/// A figure moved less than this (px) needs no leader.
const MOVED: f64 = 2.0;
/// Clear space between two figures of the column.
const SPACING: f64 = 3.0;

/// One line's end: its marker and its figure.
#[derive(Debug, Clone)]
pub struct End<'a> {
    /// Screen position of the marker.
    pub at: (f64, f64),
    /// The figure (`15.62%`).
    pub text: &'a str,
    /// The line's colour.
    pub color: Rgb,
}

/// A figure of the column and the leader joining it to its marker, if it was moved.
#[derive(Debug, Clone)]
pub struct Placed {
    /// The figure.
    pub label: Label,
    /// From beside the marker to beside the figure.
    pub leader: Option<((f64, f64), (f64, f64))>,
}

/// Lines ending in one year: `last` for their last points, else their first.
pub struct Column<'a> {
    /// Their last points (a column right of them), or their first (left).
    pub last: bool,
    /// The year.
    pub year: i64,
    /// Each line's index and its point there.
    pub ends: Vec<(usize, &'a LinePoint)>,
}

/// Every year where two lines or more start, or end: a line of one point has it at its
/// start only, so it is labelled once.
pub fn columns<'a>(lines: &[&[&'a LinePoint]]) -> Vec<Column<'a>> {
    let mut out = Vec::new();
    for last in [false, true] {
        let mut by_year: BTreeMap<i64, Vec<(usize, &LinePoint)>> = BTreeMap::new();
        for (k, pts) in lines.iter().enumerate() {
            let p = match last {
                false => pts.first(),
                true => pts.last().filter(|_| pts.len() > 1),
            };
            if let Some(p) = p {
                by_year.entry(i64::from(p.year)).or_default().push((k, *p));
            }
        }
        out.extend(
            by_year
                .into_iter()
                .filter(|(_, ends)| ends.len() > 1)
                .map(|(year, ends)| Column { last, year, ends }),
        );
    }
    out
}

/// How far outward from the year's x its column reaches, if it has one: the widest
/// figure and the gap.
pub fn room(columns: &[Column], last: bool, year: i64) -> Option<f64> {
    let c = columns.iter().find(|c| c.last == last && c.year == year)?;
    let w = c
        .ends
        .iter()
        .map(|(_, p)| text_width(&p.label, size::VALUE))
        .fold(0.0, f64::max);
    Some(w + LED + 2.0)
}

/// A thin line from a marker to its figure, in the line's colour.
pub struct Leader {
    /// Beside the marker.
    pub from: (f64, f64),
    /// Beside the figure.
    pub to: (f64, f64),
    /// The line's colour.
    pub color: Rgb,
}

/// Places the columns' figures between `top` and `bottom`, each where its column puts it
/// if that is clear; `marker(line, last)` is the marker of a line's last (first) point
/// and its colour. Returns the ends placed, `(line, last)`, and the leaders to draw.
pub fn place(
    placer: &mut Placer,
    columns: &[Column],
    marker: &dyn Fn(usize, bool) -> ((f64, f64), Rgb),
    top: f64,
    bottom: f64,
) -> (Vec<(usize, bool)>, Vec<Leader>) {
    let (mut done, mut leaders) = (Vec::new(), Vec::new());
    for c in columns {
        let ends: Vec<End> = c
            .ends
            .iter()
            .map(|(k, p)| {
                let (at, color) = marker(*k, c.last);
                End {
                    at,
                    text: &p.label,
                    color,
                }
            })
            .collect();
        for (placed, (k, _)) in column(&ends, !c.last, top, bottom).into_iter().zip(&c.ends) {
            let Some(placed) = placed else { continue };
            if placer.try_place(placed.label.clone(), true, true) {
                done.push((*k, c.last));
                if let Some((from, to)) = placed.leader {
                    placer.add_segment(from, to);
                    leaders.push(Leader {
                        from,
                        to,
                        color: placed.label.color,
                    });
                }
            }
        }
    }
    (done, leaders)
}

/// Lays the figures of `ends` (all at one x) out in a column, left of them if `left`,
/// their boxes kept between `top` and `bottom`; one for each end, `None` for those the
/// column has no room for.
pub fn column(ends: &[End], left: bool, top: f64, bottom: f64) -> Vec<Option<Placed>> {
    let s = size::VALUE;
    let h = (ASCENT + DESCENT) * s + SPACING;
    // Box centres wanted (level with each marker), top to bottom.
    let mut order: Vec<usize> = (0..ends.len()).collect();
    order.sort_by(|a, b| ends[*a].at.1.total_cmp(&ends[*b].at.1));
    let want: Vec<f64> = order.iter().map(|i| ends[*i].at.1).collect();
    let got = spread(&want, h, top + h / 2.0, bottom - h / 2.0);
    let moved = want.iter().zip(&got).any(|(w, g)| (w - g).abs() > MOVED);
    let gap = if moved { LED } else { NEAR };
    let mut out: Vec<Option<Placed>> = vec![None; ends.len()];
    for (&i, &cy) in order.iter().zip(&got) {
        if cy + h / 2.0 > bottom + 0.5 {
            continue;
        }
        out[i] = Some({
            let e = &ends[i];
            let (x, y) = e.at;
            let (tx, anchor, sign) = match left {
                true => (x - gap, Anchor::End, -1.0),
                false => (x + gap, Anchor::Start, 1.0),
            };
            let label = Label::new(e.text, s, e.color, tx, centred_baseline(cy, s), anchor);
            // From just off the marker to just off the figure's near edge.
            let leader = ((cy - y).abs() > MOVED)
                .then_some(((x + sign * (NEAR - 2.0), y), (tx - sign * 2.0, cy)));
            Placed { label, leader }
        });
    }
    out
}

/// Positions as near `want` (ascending) as can be with `h` between neighbours, within
/// `lo..=hi` where there is room: runs that would overlap are set as one block centred
/// on their wishes (pool adjacent violators), then the whole is kept inside the range.
fn spread(want: &[f64], h: f64, lo: f64, hi: f64) -> Vec<f64> {
    // Blocks: (first index, count, mean of the wishes shifted to the block's start).
    let mut blocks: Vec<(usize, usize, f64)> = Vec::new();
    for (i, &w) in want.iter().enumerate() {
        blocks.push((i, 1, w));
        while blocks.len() > 1 {
            let (b, a) = (blocks[blocks.len() - 1], blocks[blocks.len() - 2]);
            // Start of a block: its wishes' mean less its members' offsets.
            if a.2 + h * a.1 as f64 <= b.2 {
                break;
            }
            let n = a.1 + b.1;
            let start = (a.2 * a.1 as f64 + (b.2 - h * a.1 as f64) * b.1 as f64) / n as f64;
            blocks.pop();
            blocks.pop();
            blocks.push((a.0, n, start));
        }
    }
    let mut out: Vec<f64> = Vec::with_capacity(want.len());
    for (_, n, start) in &blocks {
        out.extend((0..*n).map(|k| start + h * k as f64));
    }
    // Into the range: down from the top, then up from the bottom where there is room.
    let n = out.len();
    for k in 0..n {
        let min = lo + h * k as f64;
        if out[k] < min {
            out[k] = min;
        }
        if k > 0 && out[k] < out[k - 1] + h {
            out[k] = out[k - 1] + h;
        }
    }
    for k in (0..n).rev() {
        let max = hi - h * (n - 1 - k) as f64;
        if out[k] > max {
            out[k] = max.max(lo + h * k as f64);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn close_wishes_move_apart_evenly_and_keep_their_order() {
        let got = spread(&[100.0, 103.0, 200.0], 20.0, 0.0, 400.0);
        assert!((got[1] - got[0] - 20.0).abs() < 1e-9, "{got:?}");
        // Centred on the two wishes.
        assert!(((got[0] + got[1]) / 2.0 - 101.5).abs() < 1e-9, "{got:?}");
        assert_eq!(got[2], 200.0);
        // Far apart: where wished.
        assert_eq!(spread(&[10.0, 50.0], 20.0, 0.0, 400.0), vec![10.0, 50.0]);
        // Six at one spot near the bottom: pushed up into the range, still apart.
        let six = spread(&[390.0; 6], 20.0, 0.0, 400.0);
        assert!(
            six.windows(2).all(|w| w[1] - w[0] >= 20.0 - 1e-9),
            "{six:?}"
        );
        assert!(*six.last().unwrap() <= 400.0, "{six:?}");
    }
}
