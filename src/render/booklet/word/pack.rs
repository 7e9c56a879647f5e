//! Packing a Word file the same on every run and every machine.
//!
//! docx-rs numbers paragraphs from a per-thread counter and pictures from a process-wide
//! one, so a file's ids would depend on what else the build made on that thread before:
//! every id here comes from the document's own [`Ids`]. It writes every picture's
//! `wp:docPr` as id 1 with no description, so [`finish`] gives each its own id and its
//! alt text. Its zip entries carry no clock time (zip's `time` feature is off: 1980-01-01),
//! and [`made_on_unix`] evens out the one byte that says which system wrote them.

use crate::render::zip_host::made_on_unix;
use docx_rs::{Docx, Paragraph, Pic};

/// The ids of one document, counted from 1 in the order its parts are written.
#[derive(Debug, Default)]
pub struct Ids {
    paragraphs: u32,
    /// Alt texts of the pictures, in document order.
    alts: Vec<String>,
}

impl Ids {
    /// A new paragraph with the next paragraph id.
    pub fn paragraph(&mut self) -> Paragraph {
        self.paragraphs += 1;
        Paragraph::new().id(format!("{:08X}", self.paragraphs))
    }

    /// A picture of a PNG `width` × `height` px shown `w_emu` × `h_emu`, described by `alt`.
    pub fn picture(&mut self, png: Vec<u8>, px: (u32, u32), emu: (u32, u32), alt: &str) -> Pic {
        self.alts.push(alt.to_string());
        Pic::new_with_dimensions(png, px.0, px.1)
            .size(emu.0, emu.1)
            .id(format!("rIdImage{}", self.alts.len()))
    }
}

/// The docx-rs marker of a picture's drawing properties, before [`finish`] fills it in.
const DOC_PR: &str = "<wp:docPr id=\"1\" name=\"Figure\" />";

/// The finished file's bytes, with `created` (`2020-12-31T00:00:00Z`) as its date and
/// `fonts` (family, the one to take when it is missing) in its font table.
pub fn finish(
    docx: Docx,
    ids: Ids,
    created: &str,
    fonts: &[(String, &str)],
) -> Result<Vec<u8>, String> {
    let mut xml = docx.created_at(created).updated_at(created).build();
    xml.document = describe_pictures(&xml.document, &ids.alts).into_bytes();
    xml.font_table = font_table(&xml.font_table, fonts).into_bytes();
    xml.styles = one_normal(&xml.styles).into_bytes();
    let mut out = std::io::Cursor::new(Vec::new());
    xml.pack(&mut out).map_err(|e| e.to_string())?;
    let mut bytes = out.into_inner();
    made_on_unix(&mut bytes);
    Ok(bytes)
}

/// `document.xml` with the n-th picture's drawing properties numbered n and described by
/// `alts[n - 1]` (Word's 可选文字, read by screen readers).
fn describe_pictures(document: &[u8], alts: &[String]) -> String {
    let text = String::from_utf8_lossy(document);
    let mut out = String::with_capacity(text.len() + alts.iter().map(String::len).sum::<usize>());
    let mut rest: &str = &text;
    let mut n = 0;
    while let Some(at) = rest.find(DOC_PR) {
        out.push_str(&rest[..at]);
        n += 1;
        let alt = alts.get(n - 1).map(String::as_str).unwrap_or("");
        out.push_str(&format!(
            "<wp:docPr id=\"{n}\" name=\"Picture {n}\" descr=\"{}\" />",
            attribute(alt)
        ));
        rest = &rest[at + DOC_PR.len()..];
    }
    out.push_str(rest);
    out
}

/// docx-rs writes an empty Normal style before the document's own: the document's
/// (fonts, size, line pitch) is kept, alone, and marked the default paragraph style, which
/// Word, WPS and LibreOffice take the grid's character width from.
fn one_normal(styles: &[u8]) -> String {
    const EMPTY: &str =
        "<w:style w:type=\"paragraph\" w:styleId=\"Normal\"><w:name w:val=\"Normal\" />\
                         <w:rPr /><w:pPr><w:rPr /></w:pPr><w:qFormat /></w:style>";
    const OURS: &str = "<w:style w:type=\"paragraph\" w:styleId=\"Normal\">";
    let text = String::from_utf8_lossy(styles);
    let (before, after) = match text.split_once(EMPTY) {
        Some((a, b)) => (a.to_string(), b.to_string()),
        None => (String::new(), text.into_owned()),
    };
    let after = after.replacen(
        OURS,
        "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\">",
        1,
    );
    before + &after
}

/// docx-rs's font table (Times New Roman, Symbol, Arial) with the document's Chinese
/// families added, each with its alternative, GB2312's character set and a serif family:
/// what Word and WPS need to pick a face when the named one is not installed.
fn font_table(table: &[u8], fonts: &[(String, &str)]) -> String {
    let text = String::from_utf8_lossy(table);
    let entries: String = fonts
        .iter()
        .map(|(name, alt)| {
            format!(
                "<w:font w:name=\"{}\"><w:altName w:val=\"{}\" /><w:charset w:val=\"86\" />\
                 <w:family w:val=\"modern\" /><w:pitch w:val=\"fixed\" /></w:font>",
                attribute(name),
                attribute(alt)
            )
        })
        .collect();
    text.replacen("</w:fonts>", &format!("{entries}</w:fonts>"), 1)
}

/// Text as an XML attribute value.
fn attribute(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\n' | '\r' | '\t' => out.push(' '),
            c if (c as u32) < 0x20 => {}
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_normal_style_is_left_and_it_is_the_default() {
        let empty =
            "<w:style w:type=\"paragraph\" w:styleId=\"Normal\"><w:name w:val=\"Normal\" />\
                     <w:rPr /><w:pPr><w:rPr /></w:pPr><w:qFormat /></w:style>";
        let ours = "<w:style w:type=\"paragraph\" w:styleId=\"Normal\"><w:name w:val=\"Normal\" />\
                    <w:rPr><w:sz w:val=\"32\" /></w:rPr></w:style>";
        let styles = format!("<w:styles>{empty}{ours}</w:styles>");
        let out = one_normal(styles.as_bytes());
        assert_eq!(out.matches("w:styleId=\"Normal\"").count(), 1);
        assert!(out.contains(
            "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\" /><w:rPr><w:sz"
        ));
    }

    #[test]
    fn the_font_table_names_each_family_with_its_fallback() {
        let table = "<w:fonts><w:font w:name=\"Arial\" /></w:fonts>";
        let fonts = [("方正小标宋简体".to_string(), "宋体")];
        assert_eq!(
            font_table(table.as_bytes(), &fonts),
            "<w:fonts><w:font w:name=\"Arial\" /><w:font w:name=\"方正小标宋简体\">\
             <w:altName w:val=\"宋体\" /><w:charset w:val=\"86\" /><w:family w:val=\"modern\" />\
             <w:pitch w:val=\"fixed\" /></w:font></w:fonts>"
        );
    }

    #[test]
    fn pictures_get_their_own_ids_and_alt_texts() {
        let doc = format!("<w:p>{DOC_PR}</w:p><w:p>{DOC_PR}</w:p>");
        let alts = ["碌曲县资金投入".to_string(), "a \"b\" & <c>".to_string()];
        let out = describe_pictures(doc.as_bytes(), &alts);
        assert_eq!(
            out,
            "<w:p><wp:docPr id=\"1\" name=\"Picture 1\" descr=\"碌曲县资金投入\" /></w:p>\
             <w:p><wp:docPr id=\"2\" name=\"Picture 2\" descr=\"a &quot;b&quot; &amp; &lt;c&gt;\" /></w:p>"
        );
    }
}
