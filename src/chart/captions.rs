//! Category captions under the bars: horizontal and wrapped while they fit the bar's
//! slot. When one does not, bars up do not fit the chart: it is drawn across instead
//! (`across`), never with captions turned sideways or cut.

use super::font::ASCENT;
use super::layout::{line_step, Anchor, Label, Placer};
use super::wrap::wrap_lines;
use super::{palette, size};

/// The category labels under the bars: per bar, its lines (the label in one to three,
/// the note in one or two) with their sizes.
pub struct Captions(Vec<Vec<(String, f64)>>);

impl Captions {
    /// Height the captions take under the axis, with their margins.
    pub fn height(&self) -> f64 {
        let h = self
            .0
            .iter()
            .map(|ls| ls.iter().map(|(_, s)| line_step(*s)).sum::<f64>())
            .fold(0.0, f64::max);
        8.0 + h + 6.0
    }
}

/// Smallest plot height of a bar chart, above the captions.
pub const MIN_PLOT: f64 = 180.0;

/// Where a chart with one slot per category puts its slots, captions and plot.
pub struct SlotLayout {
    /// The captions under the slots.
    pub captions: Captions,
    /// Width of one category's slot.
    pub slot_w: f64,
    /// Height of the whole drawing: `spec.height`, or more when the captions need it.
    pub height: f64,
    /// Screen y of the value axis' zero end (the top of the captions).
    pub plot_bottom: f64,
    /// Height of the plot between `plot_top` and `plot_bottom`.
    pub plot_h: f64,
}

/// Lays out `n = items.len()` slots between `plot_left` and `plot_right` with their
/// captions underneath, growing the drawing past `spec_height` when the captions need it;
/// `None` when a caption does not fit its slot.
pub fn slot_layout(
    items: &[(&str, &str)],
    plot_left: f64,
    plot_right: f64,
    plot_top: f64,
    spec_height: u32,
) -> Option<SlotLayout> {
    let slot_w = (plot_right - plot_left) / items.len().max(1) as f64;
    let captions = captions(items, slot_w - 6.0)?;
    let bottom_h = captions.height();
    let height = f64::from(spec_height)
        .max(plot_top + MIN_PLOT + bottom_h)
        .ceil();
    let plot_bottom = height - bottom_h;
    Some(SlotLayout {
        captions,
        slot_w,
        height,
        plot_bottom,
        plot_h: plot_bottom - plot_top,
    })
}

/// The `(label, note)` captions wrapped to `avail` px (a label in up to three lines, a
/// note in up to two: `2016—` `2020年`), or `None` when one does not fit.
pub fn captions(items: &[(&str, &str)], avail: f64) -> Option<Captions> {
    let mut all = Vec::with_capacity(items.len());
    for &(label, note) in items {
        let mut lines: Vec<(String, f64)> = wrap_lines(label, size::CATEGORY, avail, 3)?
            .into_iter()
            .map(|l| (l, size::CATEGORY))
            .collect();
        if !note.is_empty() {
            let note_lines = wrap_lines(note, size::NOTE, avail, 2)?;
            lines.extend(note_lines.into_iter().map(|l| (l, size::NOTE)));
        }
        all.push(lines);
    }
    Some(Captions(all))
}

/// Places the captions under the bars; one that does not fit is left out.
pub fn place_captions(
    placer: &mut Placer,
    captions: &Captions,
    plot_bottom: f64,
    cx_of: &dyn Fn(usize) -> f64,
) {
    for (i, lines) in captions.0.iter().enumerate() {
        let mut y = plot_bottom + 6.0;
        for (text, size) in lines {
            let color = if *size == size::CATEGORY {
                palette::TEXT
            } else {
                palette::MUTED
            };
            let l = Label::new(
                text,
                *size,
                color,
                cx_of(i),
                y + ASCENT * size,
                Anchor::Middle,
            );
            placer.try_place(l, false, false);
            y += line_step(*size);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::draw;
    use super::super::testkit::{assert_readable, bars, has_text, BarRow};

    #[test]
    fn long_captions_wrap_and_one_bar() {
        let long = [
            "内蒙古自治区通辽市科尔沁",
            "甘南藏族自治州碌曲县城关镇",
            "第一、二批",
            "光伏",
            "2013—2015",
        ];
        let bs: Vec<BarRow> = long
            .iter()
            .map(|l| {
                (
                    *l,
                    "三年合计",
                    true,
                    &[(8231.0, "8231万元")][..],
                    "8231万元",
                )
            })
            .collect();
        let svg = draw(&bars("万元", &["扶贫开发专项资金"], &bs)).unwrap();
        let boxes = assert_readable(&svg);
        // Wrapped lines of each caption, read in order, give the caption back.
        let body: String = boxes.iter().map(|b| b.text.as_str()).collect();
        for l in long {
            assert!(
                body.contains(l)
                    || boxes
                        .iter()
                        .any(|b| l.starts_with(&b.text) && b.text.chars().count() > 2),
                "{l}"
            );
        }
        assert!(boxes.iter().filter(|b| b.text == "三年合计").count() == 5);
        let one = bars(
            "万元",
            &["扶贫开发专项资金"],
            &[(
                "内蒙古自治区通辽市科尔沁左翼后旗",
                "",
                false,
                &[(1.0, "1万元")],
                "1万元",
            )],
        );
        let boxes = assert_readable(&draw(&one).unwrap());
        assert!(has_text(&boxes, "内蒙古自治区通辽市科尔沁左翼后旗") && has_text(&boxes, "1万元"));
    }
}
