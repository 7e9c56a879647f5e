//! Splitting a story into its YAML front matter and Markdown body.

/// A story's two parts, with the line each starts on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Split<'a> {
    /// The YAML between the `---` lines (empty when there is none).
    pub front: &'a str,
    /// Lines before the YAML starts (for line numbers in messages).
    pub front_offset: usize,
    /// The Markdown body.
    pub body: &'a str,
    /// Lines before the body starts.
    pub body_offset: usize,
}

/// Why a story's front matter could not be found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SplitError {
    /// An opening `---` with no closing one.
    Unclosed,
}

/// Splits `---\nYAML\n---\nbody`; a file without a leading `---` is all body.
pub fn split(text: &str) -> Result<Split<'_>, SplitError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let first_line_end = text.find('\n').map(|i| i + 1).unwrap_or(text.len());
    if text[..first_line_end].trim_end() != "---" {
        return Ok(Split {
            front: "",
            front_offset: 0,
            body: text,
            body_offset: 0,
        });
    }
    let mut pos = first_line_end;
    let mut line = 1;
    while pos < text.len() {
        let end = text[pos..]
            .find('\n')
            .map(|i| pos + i + 1)
            .unwrap_or(text.len());
        if text[pos..end].trim_end() == "---" {
            return Ok(Split {
                front: &text[first_line_end..pos],
                front_offset: 1,
                body: &text[end..],
                body_offset: line + 1,
            });
        }
        line += 1;
        pos = end;
    }
    Err(SplitError::Unclosed)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_with_line_offsets() {
        let s = split("---\ntitle: a\ndate: 2018-12-05\n---\n\nbody\n").unwrap();
        assert_eq!(s.front, "title: a\ndate: 2018-12-05\n");
        assert_eq!(s.front_offset, 1);
        assert_eq!(s.body, "\nbody\n");
        assert_eq!(s.body_offset, 4);
    }

    #[test]
    fn crlf_and_bom() {
        let s = split("\u{feff}---\r\ntitle: a\r\n---\r\nbody").unwrap();
        assert_eq!(s.front, "title: a\r\n");
        assert_eq!(s.body, "body");
    }

    #[test]
    fn no_front_matter_and_unclosed() {
        assert_eq!(split("# hi\n").unwrap().body, "# hi\n");
        assert_eq!(split("---\ntitle: a\n"), Err(SplitError::Unclosed));
    }
}
