//! The article's inline styles, from one description: the theme's colours, read from the
//! custom properties of its `style.css` (`--red`, `--ink` …), so the article wears the
//! site's colours and a theme that changes them changes the article too.

/// The site's colours as the theme declares them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Palette {
    /// The site's red (`--red`): headings' rule, cover background.
    pub red: String,
    /// The darker red (`--red-dark`): notes' numbers.
    pub red_dark: String,
    /// The gold rule under the masthead (`--gold`).
    pub gold: String,
    /// Body text (`--ink`).
    pub ink: String,
    /// Secondary text (`--muted`): source lines, notes.
    pub muted: String,
    /// Rules and table borders (`--line`).
    pub line: String,
    /// Card and table-head background (`--wash`).
    pub wash: String,
}

impl Default for Palette {
    /// The default theme's colours, for a theme without a `style.css` that names them.
    fn default() -> Self {
        Palette {
            red: "#b8232f".into(),
            red_dark: "#8e1a24".into(),
            gold: "#d9a441".into(),
            ink: "#1f2328".into(),
            muted: "#5b6470".into(),
            line: "#dfe3e8".into(),
            wash: "#f6f4f1".into(),
        }
    }
}

impl Palette {
    /// The colours a theme's `style.css` declares; each one it leaves out (or writes as
    /// anything but a `#hex` colour, which could carry CSS the editor drops) stays the default.
    pub fn from_css(css: &str) -> Self {
        let mut p = Palette::default();
        let slots: [(&str, &mut String); 7] = [
            ("--red", &mut p.red),
            ("--red-dark", &mut p.red_dark),
            ("--gold", &mut p.gold),
            ("--ink", &mut p.ink),
            ("--muted", &mut p.muted),
            ("--line", &mut p.line),
            ("--wash", &mut p.wash),
        ];
        for (name, slot) in slots {
            if let Some(v) = declared(css, name) {
                *slot = v;
            }
        }
        p
    }
}

/// The value of the first declaration of custom property `name` when it is a hex colour.
fn declared(css: &str, name: &str) -> Option<String> {
    let needle = format!("{name}:");
    let at = css.find(&needle)? + needle.len();
    let value = css[at..].split([';', '}']).next()?.trim();
    let hex = value.strip_prefix('#')?;
    let ok = matches!(hex.len(), 3 | 6) && hex.chars().all(|c| c.is_ascii_hexdigit());
    ok.then(|| value.to_ascii_lowercase())
}

/// Every inline style the article uses, made once from the palette.
#[derive(Debug, Clone)]
pub struct Styles {
    /// The article's outer section.
    pub article: String,
    /// A paragraph.
    pub p: String,
    /// The lead (the story's summary) and its meta line.
    pub lead: String,
    /// A heading of the first level in the article.
    pub h2: String,
    /// A heading below it.
    pub h3: String,
    /// A block quote.
    pub quote: String,
    /// A code block.
    pub code_block: String,
    /// Inline code.
    pub code: String,
    /// A list.
    pub list: String,
    /// A list item.
    pub li: String,
    /// A table.
    pub table: String,
    /// A head cell.
    pub th: String,
    /// A body cell.
    pub td: String,
    /// A chart's figure (its image).
    pub figure: String,
    /// A chart image.
    pub img: String,
    /// A key-figures block.
    pub cards: String,
    /// A key figure's label.
    pub card_label: String,
    /// A key figure's value.
    pub card_value: String,
    /// Small grey text: a figure's note or source line, the notes at the end.
    pub small: String,
    /// A note's number in the text.
    pub sup: String,
    /// A horizontal rule.
    pub rule: String,
}

impl Styles {
    /// The styles in `p`'s colours. Sizes are in px: the editor keeps them as written and
    /// a phone shows 15–16 px body text.
    pub fn new(p: &Palette) -> Self {
        let Palette {
            red,
            red_dark,
            ink,
            muted,
            line,
            wash,
            ..
        } = p;
        Styles {
            article: format!("font-size:16px;line-height:1.75;color:{ink};"),
            p: "margin:0 0 16px;text-align:justify;".into(),
            lead: format!("margin:0 0 16px;color:{muted};font-size:15px;"),
            h2: format!(
                "margin:28px 0 12px;padding-left:10px;border-left:4px solid {red};font-size:18px;font-weight:bold;line-height:1.4;color:{ink};"
            ),
            h3: format!("margin:22px 0 10px;font-size:17px;font-weight:bold;line-height:1.4;color:{ink};"),
            quote: format!("margin:0 0 16px;padding:8px 12px;border-left:3px solid {line};background-color:{wash};color:{muted};"),
            code_block: format!("margin:0 0 16px;padding:8px 12px;background-color:{wash};font-family:monospace;font-size:14px;white-space:pre-wrap;"),
            code: format!("font-family:monospace;background-color:{wash};"),
            list: "margin:0 0 16px;padding-left:24px;".into(),
            li: "margin:0 0 6px;".into(),
            table: format!("width:100%;border-collapse:collapse;margin:0 0 16px;font-size:14px;line-height:1.5;color:{ink};"),
            th: format!("border:1px solid {line};background-color:{wash};padding:6px 8px;font-weight:bold;"),
            td: format!("border:1px solid {line};padding:6px 8px;"),
            figure: "margin:0 0 20px;text-align:center;".into(),
            img: "display:block;width:100%;height:auto;margin:0 auto;".into(),
            cards: format!("margin:0 0 20px;padding:12px 14px;border-top:3px solid {red};background-color:{wash};"),
            card_label: format!("color:{muted};font-size:14px;"),
            card_value: format!("color:{red_dark};font-size:20px;font-weight:bold;"),
            small: format!("margin:0 0 8px;color:{muted};font-size:13px;line-height:1.6;"),
            sup: format!("color:{red_dark};font-size:12px;"),
            rule: format!("margin:24px 0;border:0;border-top:1px solid {line};"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_themes_colours_and_keeps_defaults_for_the_rest() {
        let p = Palette::from_css(":root {\n  --red: #A01020;\n  --ink: url(x);\n}");
        assert_eq!(p.red, "#a01020");
        assert_eq!(p.ink, Palette::default().ink);
        assert_eq!(p.red_dark, Palette::default().red_dark);
    }
}
