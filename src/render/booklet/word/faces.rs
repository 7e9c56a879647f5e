//! The fonts a Word file names, by role: Word has no font file, only names, so each comes
//! with the one to take when the office lacks it.

use crate::model::briefing::{FontRole, FontSettings};

/// A Word font role: the family Word is asked for (by name: Word has no file of it).
#[derive(Debug, Clone)]
pub struct Faces {
    /// Titles and the 报头 (小标宋).
    pub title: String,
    /// First-level headings (黑体).
    pub hei: String,
    /// Second-level headings (楷体).
    pub kai: String,
    /// The body, lower headings, 报/送/发 (仿宋).
    pub body: String,
    /// Page numbers (宋体).
    pub song: String,
}

impl Faces {
    /// The families Word is asked for: the site's own (`booklet.fonts`), else the one
    /// Windows carries for the role (方正小标宋简体 for titles, which offices add).
    pub fn of(settings: &FontSettings) -> Faces {
        let family = |role: FontRole| {
            settings
                .named(role)
                .map_or_else(|| windows_name(role).0.to_string(), str::to_string)
        };
        Faces {
            title: family(FontRole::XiaoBiaoSong),
            hei: family(FontRole::Hei),
            kai: family(FontRole::Kai),
            body: family(FontRole::FangSong),
            song: family(FontRole::Song),
        }
    }

    /// The report form's: 黑体 titles and headings, 宋体 text.
    pub fn report(settings: &FontSettings) -> Faces {
        let f = Faces::of(settings);
        Faces {
            title: f.hei.clone(),
            kai: f.hei.clone(),
            body: f.song.clone(),
            ..f
        }
    }

    /// Each family named, with the one Word and WPS take when it is missing (the font
    /// table's `w:altName`): a role's Windows font, 宋体 for 小标宋.
    pub fn table(&self) -> Vec<(String, &'static str)> {
        let roles = [
            (&self.title, FontRole::XiaoBiaoSong),
            (&self.hei, FontRole::Hei),
            (&self.kai, FontRole::Kai),
            (&self.body, FontRole::FangSong),
            (&self.song, FontRole::Song),
        ];
        let mut out: Vec<(String, &'static str)> = Vec::new();
        for (name, role) in roles {
            let (windows, alt) = windows_name(role);
            let alt = if name.as_str() == windows {
                alt
            } else {
                windows
            };
            if !out.iter().any(|(n, _)| n == name) {
                out.push((name.clone(), alt));
            }
        }
        out
    }
}

/// A role's font as Chinese Windows names it, and its other name (English Windows's, or
/// the stand-in for a font Windows lacks).
fn windows_name(role: FontRole) -> (&'static str, &'static str) {
    match role {
        FontRole::Song => ("宋体", "SimSun"),
        FontRole::FangSong => ("仿宋", "FangSong"),
        FontRole::Kai => ("楷体", "KaiTi"),
        FontRole::Hei => ("黑体", "SimHei"),
        FontRole::XiaoBiaoSong => ("方正小标宋简体", "宋体"),
    }
}
