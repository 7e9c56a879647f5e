//! The theme compiled: Tera templates and the theme's static files, with the story block
//! components. Its files are read by `load::theme`.

use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::load::theme::ThemeFiles;
use crate::messages::catalog::output;
use std::path::PathBuf;
use tera::Tera;

/// A loaded theme.
pub struct Theme {
    /// Compiled templates.
    pub tera: Tera,
    /// Static files to copy to `output/static/`: (relative path, bytes).
    pub static_files: Vec<(PathBuf, Vec<u8>)>,
    /// Hash of every template and static file: a change renders every page again.
    pub fingerprint: u64,
}

/// Compiles a theme's templates.
pub fn compile(files: ThemeFiles, diags: &mut Diagnostics) -> Option<Theme> {
    let mut tera = Tera::new();
    tera.autoescape_on(vec![".html", ".xml"]);
    let templates = files.templates.iter().map(|(n, f)| (n.as_str(), &*f.text));
    if let Err(e) = tera.add_raw_templates(templates) {
        diags.push(
            Diagnostic::general(output::template_error(e.to_string()))
                .hint(output::template_error_hint()),
        );
        return None;
    }
    Some(Theme {
        tera,
        static_files: files.static_files,
        fingerprint: files.fingerprint,
    })
}

/// A story block ready for the theme's components.
pub enum Block<'a> {
    /// A chart, laid out by the `chart_figure` component.
    Chart(&'a super::context::ChartView),
    /// Key figure cards under a heading, laid out by the `figures_block` component.
    Figures {
        /// Heading over the cards.
        title: &'a str,
        /// The cards.
        figures: &'a [crate::compute::summary::KeyFigure],
    },
}

impl Theme {
    /// A story block's HTML from the theme's component for it, so themes lay blocks out
    /// wherever a story appears (site pages and the booklet's HTML twin alike).
    pub fn block_html(
        &self,
        block: Block<'_>,
        t: &crate::model::i18n::Ui,
        root: &str,
    ) -> tera::TeraResult<String> {
        let mut ctx = tera::Context::new();
        ctx.insert("t", t);
        ctx.insert("root", root);
        let call = match block {
            Block::Chart(view) => {
                ctx.insert("chart", view);
                "{{ <chart_figure chart={chart} t={t} root={root} /> }}"
            }
            Block::Figures { title, figures } => {
                ctx.insert("title", title);
                ctx.insert("figures", figures);
                "{{ <figures_block title={title} figures={figures} /> }}"
            }
        };
        self.tera.render_str(call, &ctx, true)
    }
}
