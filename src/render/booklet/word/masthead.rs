//! The 简报's 报头 (内部资料 mark, red title, 第X期, 编印单位 left and date right, red rule)
//! and 报尾 (rules, 报/送/发, （共印X份）) in Word, from the [`Masthead`] the PDF prints:
//! every word as it is there, laid out here only.

use super::*;
use crate::model::briefing::Masthead;
use docx_rs::{Tab, TabValueType};

/// The 报头 title's size, 40 pt (half-points), spaced 2 pt, as the 简报 PDF prints it.
const MASTHEAD_SIZE: usize = 80;
const MASTHEAD_TRACKING: i32 = 40;

/// The 版记's rules, ¾ pt, in eighths of a point.
const RULE: usize = 6;

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
                    .character_spacing(MASTHEAD_TRACKING)
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
        // 2 pt, as the PDF draws it.
        self.rule(form::RED, 16);
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
        for (k, mut p) in lines.into_iter().enumerate() {
            let mut borders = ParagraphBorders::with_empty();
            if k == 0 {
                borders = borders.set(border(ParagraphBorderPosition::Top, RULE));
            }
            // As the PDF draws them: rules above 报/送/发 and under them, the copies below.
            if k + 1 == m.distribution.len() {
                borders = borders.set(border(ParagraphBorderPosition::Bottom, RULE));
            }
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
