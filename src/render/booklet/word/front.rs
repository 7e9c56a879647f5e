//! What comes before the regions: the report form's cover page, contents (a TOC field
//! Word fills in) and briefing band, and the overview with its list of the regions.

use super::*;
use crate::render::booklet::document::Cover;
use crate::render::booklet::Contents;
use docx_rs::{FieldCharType, InstrText, InstrToC, LineSpacing, Tab, TabValueType};

impl Word<'_> {
    /// The report form's cover page: title, subtitle, then the office and the date.
    pub fn cover(&mut self, c: &Cover<'_>) {
        let third = (f64::from(self.look.page.1) / 4.0) as u32;
        let p = self
            .text("Title", c.title)
            .line_spacing(LineSpacing::new().before(third));
        self.push(p);
        if let Some(sub) = c.subtitle {
            let p = self.text("Caption", sub);
            self.push(p);
        }
        let p = self.office_and_date(c.publisher, c.date.as_deref());
        let p = p.line_spacing(LineSpacing::new().before(third));
        self.push(p);
        self.page_break();
    }

    /// A line with the office at the left and the date at the right edge.
    fn office_and_date(&mut self, office: Option<&str>, date: Option<&str>) -> Paragraph {
        let right = Tab::new()
            .val(TabValueType::Right)
            .pos(self.width_twips() as usize);
        let mut p = styled(&mut self.ids, "Quote").add_tab(right);
        if let Some(o) = office {
            p = p.add_run(Run::new().add_text(o));
        }
        if let Some(d) = date {
            p = p.add_run(Run::new().add_tab().add_text(d));
        }
        p
    }

    /// The report form's band atop a briefing: the site, what it is, the office and date.
    pub fn band(&mut self, kind: &str, c: &Cover<'_>) {
        let p = self.text("Caption", &format!("{} · {kind}", c.title));
        self.push(p);
        let line: Vec<&str> = [c.publisher, c.date.as_deref()]
            .into_iter()
            .flatten()
            .collect();
        if !line.is_empty() {
            self.note(&line.join(" · "));
        }
        self.rule(form::RED, 12);
    }

    /// The contents: a TOC field over headings 1–3, marked for Word to fill in with page
    /// numbers on opening; until then it lists the headings the PDF's contents list.
    pub fn contents(&mut self, title: &str, contents: &Contents<'_>) {
        let p = self.text("Caption", title).bold();
        self.push(p);
        let mut entries: Vec<(usize, String)> = vec![(1, self.words.overview.to_string())];
        for s in contents.secs.iter().filter(|s| s.level <= 3) {
            entries.push((s.level, self.site.region(s.region).name.clone()));
        }
        if !contents.news.is_empty() {
            entries.push((1, self.words.news.to_string()));
        }
        let last = entries.len() - 1;
        for (k, (level, name)) in entries.into_iter().enumerate() {
            let mut p = styled(&mut self.ids, "Quote").indent(
                Some(form::twips(8.0 * (level as f64 - 1.0))),
                None,
                None,
                None,
            );
            if k == 0 {
                p = p.add_run(
                    Run::new()
                        .add_field_char(FieldCharType::Begin, true)
                        .add_instr_text(InstrText::TOC(
                            InstrToC::new().heading_styles_range(1, 3).hyperlink(),
                        ))
                        .add_field_char(FieldCharType::Separate, false),
                );
            }
            p = p.add_run(Run::new().add_text(name));
            if k == last {
                p = p.add_run(Run::new().add_field_char(FieldCharType::End, false));
            }
            self.push(p);
        }
        self.page_break();
    }

    /// The overview: the site's key figures and charts, and its home story.
    pub fn overview(&mut self, contents: &Contents<'_>, level: usize, diags: &mut Diagnostics) {
        self.heading(level, self.words.overview);
        if !contents.overview.is_empty() {
            self.heading(level + 1, self.ui.key_figures);
            self.figures(contents.overview);
        }
        for d in contents.overview_charts {
            self.chart(d, diags);
        }
        if let Some((_, h)) = contents.home {
            self.story_body(h, level, diags);
        }
    }

    /// The overview's list of the regions, each with its first figure.
    pub fn region_list(&mut self, contents: &Contents<'_>, level: usize) {
        if contents.secs.is_empty() {
            return;
        }
        self.heading(level, self.words.sections);
        for s in contents.secs {
            let r = self.site.region(s.region);
            let first = s.first_figure();
            let p = styled(&mut self.ids, "Quote")
                .indent(Some(form::twips(6.0 * s.level as f64)), None, None, None)
                .add_run(Run::new().add_text(format!("• {}{first}", r.name)));
            self.push(p);
        }
    }
}
