//! The 简报's fonts by role (宋, 仿宋, 楷, 黑, and 小标宋 for titles): for each, the first
//! family found in the site's `fonts/` folder, then in the system's fonts (fontconfig's
//! folders on Linux, `%SYSTEMROOT%\Fonts` and the user's on Windows), then the built-in
//! fallbacks. A role nothing serves takes its stand-in's font; a build never stops for a
//! font. Family names are matched in every language a font gives them (`仿宋` and
//! `FangSong` alike), so only the faces chosen are read, never every system font.

use crate::model::briefing::{FontRole, FontSettings};
use std::path::{Path, PathBuf};
use typst::foundations::Bytes;
use typst::text::Font;

/// The built-in fallbacks: Fandol (GPL-3 with the font exception; see
/// assets/fonts/fandol/LICENSE-fandol.txt) for 宋, 仿宋 and 楷; 黑 is WenQuanYi Micro Hei.
static FANDOL_SONG: &[u8] = include_bytes!("../../../assets/fonts/fandol/FandolSong-Regular.otf");
static FANDOL_FANG: &[u8] = include_bytes!("../../../assets/fonts/fandol/FandolFang-Regular.otf");
static FANDOL_KAI: &[u8] = include_bytes!("../../../assets/fonts/fandol/FandolKai-Regular.otf");

/// Set to `0` (or `off`), the system's fonts are not looked at, whatever site.yaml says:
/// `scripts/windows-check.sh` builds this way on Linux and under wine, whose font folders
/// differ, so the two PDFs can be compared byte for byte.
pub const NO_SYSTEM_FONTS_VAR: &str = "XIAOKANG_SYSTEM_FONTS";

/// Where a role's font came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Origin {
    /// The site's `fonts/` folder.
    Site,
    /// The system's fonts.
    System,
    /// Built into xiaokang.
    BuiltIn,
}

/// The font serving one role.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Served {
    /// The role.
    pub role: FontRole,
    /// Its family as Typst knows it (for `text(font: …)`).
    pub family: String,
    /// Where it came from.
    pub origin: Origin,
    /// The role has no font of its own: this is its stand-in's.
    pub standing_in: bool,
}

/// The font of every role.
#[derive(Debug, Clone)]
pub struct Roles {
    /// One per role, in [`FontRole::ALL`]'s order.
    pub served: Vec<Served>,
}

impl Roles {
    /// The family serving `role`.
    pub fn family(&self, role: FontRole) -> &str {
        self.served
            .iter()
            .find(|s| s.role == role)
            .map_or(super::fonts::BUILT_IN_FAMILY, |s| s.family.as_str())
    }
}

/// Whether the system's fonts are looked at: `booklet.fonts.system`, unless the
/// environment turns them off.
fn system_wanted(settings: &FontSettings) -> bool {
    let off = std::env::var(NO_SYSTEM_FONTS_VAR).is_ok_and(|v| {
        matches!(
            v.trim().to_ascii_lowercase().as_str(),
            "0" | "off" | "false"
        )
    });
    settings.system && !off
}

/// A face found by family name in a database, the regular one first, then by file and
/// index, so the choice does not depend on the order folders are listed in.
fn find(db: &fontdb::Database, names: &[&str]) -> Option<fontdb::ID> {
    for name in names {
        let mut hits: Vec<&fontdb::FaceInfo> = db
            .faces()
            .filter(|f| f.families.iter().any(|(n, _)| n.eq_ignore_ascii_case(name)))
            .collect();
        hits.sort_by_key(|f| {
            (
                f.style != fontdb::Style::Normal,
                f.weight.0.abs_diff(400),
                source_path(&f.source),
                f.index,
            )
        });
        if let Some(f) = hits.first() {
            return Some(f.id);
        }
    }
    None
}

fn source_path(s: &fontdb::Source) -> PathBuf {
    match s {
        fontdb::Source::File(p) | fontdb::Source::SharedFile(p, _) => p.clone(),
        fontdb::Source::Binary(_) => PathBuf::new(),
    }
}

/// The face `id` of `db` as a Typst font.
fn typst_font(db: &fontdb::Database, id: fontdb::ID) -> Option<Font> {
    db.with_face_data(id, |data, index| {
        Font::new(Bytes::new(data.to_vec()), index)
    })
    .flatten()
}

/// The built-in fallback of a role (`None`: the built-in CJK font already loaded).
fn built_in(role: FontRole) -> Option<&'static [u8]> {
    match role {
        FontRole::Song => Some(FANDOL_SONG),
        FontRole::FangSong => Some(FANDOL_FANG),
        FontRole::Kai => Some(FANDOL_KAI),
        FontRole::Hei | FontRole::XiaoBiaoSong => None,
    }
}

/// Resolves every role, adding the faces chosen to `faces`.
pub fn resolve(root: &Path, settings: &FontSettings, faces: &mut Vec<Font>) -> Roles {
    let mut site = fontdb::Database::new();
    site.load_fonts_dir(root.join("fonts"));
    let mut system = fontdb::Database::new();
    if system_wanted(settings) {
        system.load_system_fonts();
    }
    let mut served: Vec<Served> = Vec::new();
    // Roles with a stand-in go last, so their stand-in is resolved when they need it.
    let mut order = FontRole::ALL.to_vec();
    order.sort_by_key(|r| r.stand_in().is_some());
    for role in order {
        let mut names: Vec<&str> = settings.named(role).into_iter().collect();
        names.extend(role.families());
        let found = [(Origin::Site, &site), (Origin::System, &system)]
            .into_iter()
            .find_map(|(origin, db)| {
                let font = typst_font(db, find(db, &names)?)?;
                Some((origin, font))
            });
        let s = match (found, role.stand_in()) {
            (Some((origin, font)), _) => {
                let family = font.info().family.clone();
                faces.push(font);
                Served {
                    role,
                    family,
                    origin,
                    standing_in: false,
                }
            }
            (None, Some(other)) => match served.iter().find(|s| s.role == other) {
                Some(o) => Served {
                    role,
                    standing_in: true,
                    ..o.clone()
                },
                None => fallback(role, faces),
            },
            (None, None) => fallback(role, faces),
        };
        served.push(s);
    }
    served.sort_by_key(|s| FontRole::ALL.iter().position(|r| *r == s.role));
    Roles { served }
}

/// A role's built-in font, added to `faces`.
fn fallback(role: FontRole, faces: &mut Vec<Font>) -> Served {
    let family = match built_in(role).and_then(|b| Font::new(Bytes::new(b), 0)) {
        Some(font) => {
            let family = font.info().family.clone();
            faces.push(font);
            family
        }
        None => super::fonts::BUILT_IN_FAMILY.to_string(),
    };
    Served {
        role,
        family,
        origin: Origin::BuiltIn,
        standing_in: role.stand_in().is_some(),
    }
}
