//! 公众号 articles (`wechat: true`): for every story, `wechat/<folder>/<slug>/` holds the
//! article the editor keeps (`article.html`), its chart images, a cover and a thumbnail;
//! the page beside them that copies it (`index.html`) is a page job's
//! (`render::pages`). Pure: the resolved story in, HTML and SVG out.

pub mod article;
pub mod check;
pub mod images;
pub mod links;
pub mod palette;

use crate::model::{Site, Story};

/// The folder of every article, under the output folder.
pub const FOLDER: &str = "wechat";
/// The article's file beside its images.
pub const ARTICLE: &str = "article.html";
/// The cover image (900 × 383).
pub const COVER: &str = "cover.png";
/// The 1:1 thumbnail.
pub const THUMB: &str = "thumb.png";

/// The folder of a story's article, as its charts are named: `wechat/<region id>/<slug>/`,
/// or `wechat/news/<slug>/` for news.
pub fn folder(site: &Site, s: &Story) -> String {
    let of = s.region.map_or("news", |r| site.region_id(r));
    format!("{FOLDER}/{of}/{}/", s.slug)
}

/// `article.html`: the article as a page of its own, for opening alone; the part to paste
/// is its `<body>`, the article's `section`.
pub fn document(title: &str, lang: &str, article: &str) -> String {
    format!(
        "<!doctype html>\n<html lang=\"{lang}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta name=\"robots\" content=\"noindex\">\n<title>{}</title>\n</head>\n<body>{article}</body>\n</html>\n",
        title
            .replace('&', "&amp;")
            .replace('<', "&lt;")
            .replace('>', "&gt;")
    )
}

/// The pasted part of an `article.html`: what its `<body>` holds.
pub fn body_of(document: &str) -> Option<&str> {
    let start = document.find("<body>")? + "<body>".len();
    let end = document.rfind("</body>")?;
    document.get(start..end)
}
