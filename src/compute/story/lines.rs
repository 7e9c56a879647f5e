//! Places in a story body as places in its file, and figure references in its text.

use crate::compute::figures;
use crate::diagnostics::{Diagnostic, Diagnostics, Span};
use crate::messages::catalog::story as msg;
use crate::model::{Site, Story};

/// Maps byte offsets in a story body to 1-based lines and columns of the file.
pub(super) struct LineIndex<'a> {
    body: &'a str,
    starts: Vec<usize>,
    offset: usize,
}

impl<'a> LineIndex<'a> {
    pub(super) fn new(body: &'a str, offset: usize) -> Self {
        let mut starts = vec![0];
        starts.extend(body.match_indices('\n').map(|(i, _)| i + 1));
        LineIndex {
            body,
            starts,
            offset,
        }
    }

    pub(super) fn line_of(&self, byte: usize) -> usize {
        self.starts.partition_point(|s| *s <= byte) + self.offset
    }

    pub(super) fn span(&self, byte: usize, len: usize) -> Span {
        let idx = self.starts.partition_point(|s| *s <= byte).max(1) - 1;
        let col = self
            .body
            .get(self.starts[idx]..byte)
            .map(|s| s.chars().count())
            .unwrap_or(0)
            + 1;
        Span::new(idx + 1 + self.offset, col, len)
    }
}

/// Replaces every `{{ path }}` in a text run with the figure it names.
pub(super) fn references(
    site: &Site,
    story: &Story,
    text: &str,
    start: usize,
    lines: &LineIndex<'_>,
    diags: &mut Diagnostics,
) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(open) = rest.find("{{") {
        out.push_str(&rest[..open]);
        let after = &rest[open + 2..];
        let Some(close) = after.find("}}") else {
            out.push_str(&rest[open..]);
            return out;
        };
        let inner = &after[..close];
        let whole = &rest[open..open + 2 + close + 2];
        match figures::resolve(site, story.region, inner) {
            Ok(v) => out.push_str(&v),
            // A figure absent because its region's file refused it: that error is the
            // one to fix, reported there.
            Err(e) if e.follows_data_error => out.push_str(whole),
            Err(e) => {
                // Find the reference in the source to point at it; the run may hold escapes.
                let src_at = story
                    .body()
                    .get(start..)
                    .and_then(|s| s.find(whole))
                    .map(|o| start + o)
                    .unwrap_or(start);
                let span = lines.span(src_at, whole.chars().count());
                let mut d = Diagnostic::error(
                    &story.file,
                    span,
                    msg::unknown_figure_reference(inner.trim(), e.message),
                )
                .hint(msg::figure_reference_forms());
                if let Some(exp) = e.expected {
                    d = d.expected(exp);
                }
                diags.push(d);
                out.push_str(whole);
            }
        }
        rest = &after[close + 2..];
    }
    out.push_str(rest);
    out
}
