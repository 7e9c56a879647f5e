//! The booklet's fonts: the site's own `fonts/` folder first, then the theme's, then the
//! CJK font the charts ship (built in). All are embedded in the PDF, subset to the glyphs used.
//! A 简报 adds a font for each role ([`super::roles`]).

use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::messages::catalog::output;
use crate::model::briefing::FontSettings;
use std::collections::BTreeSet;
use std::path::Path;
use typst::foundations::Bytes;
use typst::text::Font;

/// Family of the built-in CJK font.
pub const BUILT_IN_FAMILY: &str = "WenQuanYi Micro Hei";

/// The fonts available to the booklet, in preference order.
pub struct Fonts {
    /// Every face.
    pub faces: Vec<Font>,
    /// Family names in preference order, for `#set text(font: …)`.
    pub families: Vec<String>,
    /// The 简报's font of each role, when a 简报 is made.
    pub roles: Option<super::roles::Roles>,
}

/// Loads `<root>/fonts/`, then `<root>/themes/<theme>/static/fonts/`, then the built-in font;
/// with `roles` (a 简报 is made), the font of each role too, and a note says which.
pub fn load(
    root: &Path,
    theme: &str,
    roles: Option<&FontSettings>,
    diags: &mut Diagnostics,
) -> Fonts {
    let mut faces = Vec::new();
    let dirs = [
        root.join("fonts"),
        root.join("themes").join(theme).join("static").join("fonts"),
    ];
    for dir in &dirs {
        let Ok(rd) = std::fs::read_dir(dir) else {
            continue;
        };
        let mut paths: Vec<_> = rd
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| {
                p.extension().and_then(|x| x.to_str()).is_some_and(|x| {
                    matches!(
                        x.to_ascii_lowercase().as_str(),
                        "ttf" | "otf" | "ttc" | "otc"
                    )
                })
            })
            .collect();
        paths.sort();
        for p in paths {
            let shown = p.strip_prefix(root).unwrap_or(&p).to_path_buf();
            match std::fs::read(&p) {
                Ok(bytes) => {
                    let before = faces.len();
                    faces.extend(Font::iter(Bytes::new(bytes)));
                    if faces.len() == before {
                        diags.push(
                            Diagnostic::file_error(&shown, output::font_unreadable())
                                .hint(output::font_kinds_hint()),
                        );
                        if let Some(d) = diags.last_mut() {
                            d.severity = crate::diagnostics::Severity::Warning;
                        }
                    }
                }
                Err(e) => diags.push(Diagnostic::file_error(
                    &shown,
                    output::cannot_read_font(e.to_string()),
                )),
            }
        }
    }
    faces.extend(Font::iter(Bytes::new(crate::chart::FONT)));
    let roles = roles.map(|settings| {
        let r = super::roles::resolve(root, settings, &mut faces);
        diags.push(roles_note(&r));
        r
    });
    let mut families: Vec<String> = Vec::new();
    for f in &faces {
        let fam = &f.info().family;
        if !families.iter().any(|x| x.eq_ignore_ascii_case(fam)) {
            families.push(fam.clone());
        }
    }
    Fonts {
        faces,
        families,
        roles,
    }
}

/// The note of which font served each role of the 简报.
fn roles_note(r: &super::roles::Roles) -> Diagnostic {
    use super::roles::Origin;
    use crate::messages::catalog::jianbao;
    let list: Vec<crate::messages::Arg> = r
        .served
        .iter()
        .map(|s| {
            let origin = if s.standing_in {
                let other = s.role.stand_in().map_or("", |o| o.name());
                jianbao::font_standing_in(other)
            } else {
                match s.origin {
                    Origin::Site => jianbao::font_from_site(),
                    Origin::System => jianbao::font_from_system(),
                    Origin::BuiltIn => jianbao::font_from_built_in(),
                }
            };
            jianbao::font_role_served(s.role.name(), s.family.as_str(), origin).into()
        })
        .collect();
    // One per role, in FontRole::ALL's order: 小标宋, 黑, 楷, 仿宋, 宋.
    let mut it = list.into_iter();
    let mut next = || it.next().unwrap_or_else(|| "".into());
    let msg = jianbao::font_roles(next(), next(), next(), next(), next());
    let mut d = Diagnostic::general(msg).hint(jianbao::font_roles_hint());
    d.severity = crate::diagnostics::Severity::Note;
    d
}

impl Fonts {
    /// Characters of `text` that no font has a glyph for (whitespace and controls aside).
    pub fn missing(&self, text: &str) -> BTreeSet<char> {
        let mut seen = BTreeSet::new();
        let mut out = BTreeSet::new();
        for c in text.chars() {
            if c.is_whitespace() || c.is_control() || !seen.insert(c) {
                continue;
            }
            // Zero-width and variation selectors need no glyph of their own.
            if matches!(c, '\u{200b}'..='\u{200f}' | '\u{fe00}'..='\u{fe0f}' | '\u{feff}' | '\u{2060}')
            {
                continue;
            }
            if !self
                .faces
                .iter()
                .any(|f| f.info().coverage.contains(c as u32))
            {
                out.insert(c);
            }
        }
        out
    }
}
