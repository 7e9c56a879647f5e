//! Stacked bar charts: one bar per category, stacked by segment, with the total
//! above, segment figures inside where they fit and the category below.

use super::axis::ValueAxis;
use super::canvas::{Canvas, Tip};
use super::captions::{captions, place_captions};
use super::font::DESCENT;
use super::frame;
use super::layout::{centred_baseline, legend_rows, line_step, Anchor, Label, Placer, Rect};
use super::palette;
use super::{size, Bar, ChartError, ChartSpec, Drawing, StackedBarChart, WIDTH};

/// Legend swatch: a square.
const SWATCH: f64 = 14.0;
/// Space above the plot for the unit and the labels above the tallest bar.
const TOP_BAND: f64 = 36.0;
/// Smallest plot height.
const MIN_PLOT: f64 = 180.0;
/// How much lighter a period bar is than a one-year bar.
const PERIOD_TINT: f64 = 0.6;

/// Lays out and draws a stacked bar chart.
pub(super) fn draw(spec: &ChartSpec, chart: &StackedBarChart) -> Result<Drawing, ChartError> {
    let width = f64::from(WIDTH);
    let n = chart.bars.len();
    if n == 0 {
        return Err(ChartError::Empty {
            id: spec.id.clone(),
        });
    }
    for b in &chart.bars {
        if b.segments
            .iter()
            .any(|s| !s.value.is_finite() || s.value.abs() > 1e300)
        {
            return Err(ChartError::BadValue {
                id: spec.id.clone(),
                what: b.label.clone(),
            });
        }
    }
    // Negative parts cannot be stacked; they are left out of the geometry.
    let total = |b: &Bar| b.segments.iter().map(|s| s.value.max(0.0)).sum::<f64>();
    let max_total = chart.bars.iter().map(total).fold(0.0, f64::max);
    if !max_total.is_finite() {
        return Err(ChartError::BadValue {
            id: spec.id.clone(),
            what: "the largest bar".to_string(),
        });
    }

    let (slots, legend_bottom) = legend_rows(
        &chart.segment_names,
        size::LEGEND,
        SWATCH,
        8.0,
        width - 8.0,
        6.0,
    );
    let plot_top = legend_bottom + TOP_BAND;
    // The tick count is chosen for the plot height before the captions take
    // their share: captions need the bar width, which needs the tick labels' width.
    let est_h = (f64::from(spec.height) - plot_top - 40.0).max(MIN_PLOT);
    let target = (est_h / 55.0).clamp(3.0, 8.0) as usize;
    let axis = ValueAxis::new(0.0, max_total, target).ok_or_else(|| too_large(spec))?;
    let (tick_texts, plot_left) = frame::tick_texts(&axis, width);
    let plot_right = width - 8.0;
    let slot_w = (plot_right - plot_left) / n as f64;
    let bar_w = (slot_w * 0.62).clamp(2.0, 84.0);
    let captions = captions(&chart.bars, slot_w - 6.0);
    let bottom_h = captions.height();
    let height = f64::from(spec.height)
        .max(plot_top + MIN_PLOT + bottom_h)
        .ceil();
    let plot_bottom = height - bottom_h;
    let plot_h = plot_bottom - plot_top;
    let y_of = |v: f64| plot_bottom - axis.fraction(v) * plot_h;
    let cx_of = |i: usize| plot_left + slot_w * (i as f64 + 0.5);

    let mut placer = Placer::new(width, height);
    frame::legend(&mut placer, &chart.segment_names, &slots, SWATCH);
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

    // Segment boxes, bottom up.
    let mut boxes: Vec<Vec<(usize, Rect)>> = Vec::with_capacity(n);
    for (i, b) in chart.bars.iter().enumerate() {
        let (x0, x1) = (cx_of(i) - bar_w / 2.0, cx_of(i) + bar_w / 2.0);
        let mut acc = 0.0;
        let mut segs = Vec::new();
        for (k, s) in b.segments.iter().enumerate() {
            let v = s.value.max(0.0);
            if v > 0.0 {
                let r = Rect::new(x0, y_of(acc + v), x1, y_of(acc));
                placer.add_obstacle(r);
                segs.push((k, r));
            }
            acc += v;
        }
        boxes.push(segs);
    }
    // Totals above the bars: first on one row, then a row higher for those that
    // collide with a neighbour's.
    for (i, b) in chart.bars.iter().enumerate() {
        if b.top_label.is_empty() {
            continue;
        }
        let top = y_of(total(b));
        let base = top - 5.0 - DESCENT * size::VALUE;
        let cands: Vec<Label> = [base, base - line_step(size::VALUE)]
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
        placer.place_first(&cands);
    }
    // Segment figures inside their segment when the box holds them.
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
            if !s.label.is_empty() && r.grow(-2.0).contains(&bb) {
                placer.try_place(l, false, false);
            }
        }
    }

    let mut raw = String::new();
    let mut tips = Vec::new();
    {
        let canvas = Canvas::new(&mut raw, WIDTH, height as u32)?;
        for t in &axis.ticks {
            if *t != 0.0 {
                canvas.line(
                    &[(plot_left, y_of(*t)), (plot_right, y_of(*t))],
                    palette::GRID,
                    1,
                )?;
            }
        }
        for (k, slot) in slots.iter().enumerate() {
            let r = Rect::new(
                slot.x,
                slot.cy - SWATCH / 2.0,
                slot.x + SWATCH,
                slot.cy + SWATCH / 2.0,
            );
            canvas.fill_rect(r, palette::color(k))?;
        }
        for (b, segs) in chart.bars.iter().zip(&boxes) {
            for &(k, r) in segs {
                let c = palette::color(k);
                if b.is_period {
                    canvas.fill_rect(r, palette::tint(c, PERIOD_TINT))?;
                    canvas.hatch(r, palette::tint(c, 0.3))?;
                    canvas.dashed_rect(r, c)?;
                } else {
                    canvas.fill_rect(r, c)?;
                }
                let name = chart.segment_names.get(k).map_or("", String::as_str);
                tips.push(Tip {
                    area: r,
                    text: format!("{} {}: {}", b.label, name, b.segments[k].label),
                });
            }
        }
        canvas.line(
            &[(plot_left, plot_bottom), (plot_right, plot_bottom)],
            palette::AXIS,
            1,
        )?;
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

/// The error for values too large for a readable axis.
fn too_large(spec: &ChartSpec) -> ChartError {
    ChartError::BadValue {
        id: spec.id.clone(),
        what: "the largest bar".to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::super::draw;
    use super::super::palette::{color, tint};
    use super::super::testkit::{assert_readable, bars, has_text, view_height, BarRow};
    use super::PERIOD_TINT;

    /// `#RRGGBB` as plotters writes it.
    fn hex(c: plotters::style::RGBColor) -> String {
        format!("#{:02X}{:02X}{:02X}", c.0, c.1, c.2)
    }

    #[test]
    fn realistic_funds_with_a_period_bar() {
        let spec = bars(
            "亿元",
            &["财政扶贫资金", "各行业项目资金", "扶贫开发专项资金"],
            &[
                (
                    "2013—2015",
                    "三年合计",
                    true,
                    &[(0.0, ""), (0.0, ""), (0.8231, "0.82亿元")],
                    "0.82亿元",
                ),
                (
                    "2015",
                    "",
                    false,
                    &[(4.34, "4.34亿元"), (8.89, "8.89亿元"), (0.0, "")],
                    "13.23亿元",
                ),
            ],
        );
        let svg = draw(&spec).unwrap();
        let boxes = assert_readable(&svg);
        for s in [
            "财政扶贫资金",
            "各行业项目资金",
            "扶贫开发专项资金",
            "4.34亿元",
            "8.89亿元",
        ] {
            assert!(has_text(&boxes, s), "{s} missing");
        }
        for s in [
            "13.23亿元",
            "0.82亿元",
            "2013—2015",
            "三年合计",
            "2015",
            "亿元",
            "0",
            "15",
        ] {
            assert!(has_text(&boxes, s), "{s} missing");
        }
        // The period bar is light and outlined, the one-year bars solid.
        assert!(svg.contains(&format!("fill=\"{}\"", hex(tint(color(2), PERIOD_TINT)))));
        assert!(!svg.contains(&format!("fill=\"{}\"", hex(tint(color(0), PERIOD_TINT)))));
        assert!(svg.contains(&format!("fill=\"{}\"", hex(color(0)))));
        assert!(svg.contains("<title>2013—2015 扶贫开发专项资金: 0.82亿元</title>"));
    }

    #[test]
    fn project_batch_with_share_on_top() {
        let spec = bars(
            "个",
            &["已完工", "在建", "招投标", "前期"],
            &[(
                "第一、二批",
                "",
                false,
                &[(27.0, "27个"), (11.0, "11个"), (4.0, "4个"), (34.0, "34个")],
                "完成35.5%",
            )],
        );
        let boxes = assert_readable(&draw(&spec).unwrap());
        for s in [
            "完成35.5%",
            "27个",
            "11个",
            "34个",
            "第一、二批",
            "个",
            "已完工",
            "前期",
        ] {
            assert!(has_text(&boxes, s), "{s} missing");
        }
        // 4 of 76 is too thin a segment for its figure.
        assert!(!has_text(&boxes, "4个"));
    }

    #[test]
    fn zero_bar_keeps_its_slot_and_label() {
        let spec = bars(
            "万元",
            &["扶贫开发专项资金"],
            &[
                ("2015", "", false, &[(8231.0, "8231万元")], "8231万元"),
                ("2016", "", false, &[(0.0, "0万元")], "0万元"),
            ],
        );
        let svg = draw(&spec).unwrap();
        let boxes = assert_readable(&svg);
        assert!(has_text(&boxes, "2016") && has_text(&boxes, "0万元"));
        assert_eq!(
            svg.matches("<title>").count(),
            1,
            "one tooltip: the non-empty bar"
        );
        let all_zero = bars(
            "个",
            &["已完工"],
            &[("光伏", "", false, &[(0.0, "0个")], "0个")],
        );
        let boxes = assert_readable(&draw(&all_zero).unwrap());
        assert!(has_text(&boxes, "光伏") && has_text(&boxes, "0个"));
    }

    #[test]
    fn twenty_bars_and_twenty_segments() {
        let names: Vec<String> = (0..20).map(|i| format!("各行业项目资金{i}")).collect();
        let names: Vec<&str> = names.iter().map(String::as_str).collect();
        let segs: Vec<(f64, &str)> = (0..20)
            .map(|i| (100.0 + f64::from(i) * 10.0, "150万元"))
            .collect();
        let labels: Vec<String> = (0..20).map(|i| format!("{}", 2001 + i)).collect();
        let bs: Vec<BarRow> = labels
            .iter()
            .enumerate()
            .map(|(i, l)| {
                (
                    l.as_str(),
                    if i % 3 == 0 { "三年合计" } else { "" },
                    i % 3 == 0,
                    segs.as_slice(),
                    "2900万元",
                )
            })
            .collect();
        let svg = draw(&bars("万元", &names, &bs)).unwrap();
        let boxes = assert_readable(&svg);
        for n in &names {
            assert!(has_text(&boxes, n), "{n} missing from legend");
        }
        // Too narrow for horizontal captions: turned, each with its note.
        for (i, l) in labels.iter().enumerate() {
            let want = if i % 3 == 0 {
                format!("{l} 三年合计")
            } else {
                l.clone()
            };
            assert!(has_text(&boxes, &want), "{want} missing");
        }
        assert!(view_height(&svg) > 320.0);
    }
}
