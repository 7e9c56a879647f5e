//! The 简报's 报头 (内部资料 mark, red title, 第X期, 编印单位 left and date right, red rule)
//! and 报尾 (rules, 报/送/发, （共印X份）) in Word, from the [`Masthead`] the PDF prints:
//! every word as it is there, laid out here only.

use super::*;
use crate::model::briefing::Masthead;
use docx_rs::{Tab, TabValueType};

/// The 报头 title's size: 小初 (36 pt), in half-points.
const MASTHEAD_SIZE: usize = 72;

/// Rules in eighths of a point: the 报头's and 版记's thick one, the 版记's thin one.
const THICK: usize = 8;
const THIN: usize = 4;

impl Word<'_> {
    /// The 报头, above the red rule.
    pub fn masthead(&mut self, m: &Masthead) {
        let faces = self.look.faces.clone();
        if let Some(mark) = &m.internal {
            let p = styled(&mut self.ids, "Quote")
                .add_run(Run::new().add_text(mark).fonts(Look::fonts(&faces.hei)));
            self.push(p);
        }
        let p = styled(&mut self.ids, "Quote")
            .align(AlignmentType::Center)
            .line_spacing(
                docx_rs::LineSpacing::new()
                    .line_rule(docx_rs::LineSpacingType::Exact)
                    .line(self.look.line * 2)
                    .before(self.look.line as u32 / 2),
            )
            .add_run(
                Run::new()
                    .add_text(&m.title)
                    .fonts(Look::fonts(&faces.title))
                    .size(MASTHEAD_SIZE)
                    .color(form::RED),
            );
        self.push(p);
        if let Some(issue) = &m.issue {
            let p = styled(&mut self.ids, "Quote")
                .align(AlignmentType::Center)
                .add_run(Run::new().add_text(issue));
            self.push(p);
        }
        // 编印单位 at the left, the date at the right edge of the text block.
        let right = Tab::new()
            .val(TabValueType::Right)
            .pos(self.width_twips() as usize);
        let mut p = styled(&mut self.ids, "Quote").add_tab(right);
        if let Some(office) = &m.office {
            p = p.add_run(Run::new().add_text(office));
        }
        if let Some(date) = &m.date {
            p = p.add_run(Run::new().add_tab().add_text(date));
        }
        self.push(p);
        self.rule(form::RED, THICK * 2);
    }

    /// The 报尾 (GB/T 9704's 版记): 报/送/发 between rules, then （共印X份）; nothing when
    /// the site sets none of them.
    pub fn tail(&mut self, m: &Masthead) {
        if m.distribution.is_empty() && m.copies.is_none() {
            return;
        }
        self.gap();
        let mut lines: Vec<Paragraph> = m
            .distribution
            .iter()
            .map(|(label, offices)| {
                styled(&mut self.ids, "Tail")
                    .add_run(Run::new().add_text(format!("{label}：{offices}")))
            })
            .collect();
        if let Some(copies) = &m.copies {
            lines.push(
                styled(&mut self.ids, "Tail")
                    .align(AlignmentType::Right)
                    .add_run(Run::new().add_text(format!("（{copies}）"))),
            );
        }
        let last = lines.len() - 1;
        for (k, mut p) in lines.into_iter().enumerate() {
            let mut borders = ParagraphBorders::with_empty();
            if k == 0 {
                borders = borders.set(border(ParagraphBorderPosition::Top, THICK));
            }
            let size = if k == last { THICK } else { THIN };
            borders = borders.set(border(ParagraphBorderPosition::Bottom, size));
            p.property.borders = Some(borders);
            self.push(p);
        }
    }
}

/// A black rule of `eighths` of a point.
fn border(at: ParagraphBorderPosition, eighths: usize) -> ParagraphBorder {
    ParagraphBorder::new(at)
        .val(BorderType::Single)
        .size(eighths)
        .space(1)
        .color("000000")
}
