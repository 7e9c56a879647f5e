//! Messages of the 公众号 articles (`src/render/wechat`): what the editor's checker found.

use crate::messages::catalog_entries;

catalog_entries! {
    // --- src/render/pages/wechat.rs
    /// An article the 公众号 editor would not take as it is.
    message article_violation(article, what) {
        zh_cn: "公众号文章 {article} 不符合公众号编辑器的要求：{what}",
        zh_tw: "公眾號文章 {article} 不符合公眾號編輯器的要求：{what}",
        en: "the 公众号 article {article} does not meet the 公众号 editor's limits: {what}",
    }
    /// What to do about it.
    detail article_violation_hint() {
        zh_cn: "文章太长时请把这篇报道分成几篇；其他问题多半来自报道中直接写的网页代码，请改用普通的文字写法",
        zh_tw: "文章太長時請把這篇報導分成幾篇；其他問題多半來自報導中直接寫的網頁程式碼，請改用普通的文字寫法",
        en: "when the article is too long, split the story into several; anything else most likely comes from HTML written into the story: write it as plain Markdown",
    }
    // --- src/render/wechat/check.rs
    /// A tag the editor drops.
    detail forbidden_tag(tag) {
        zh_cn: "编辑器会删掉 `<{tag}>` 标签",
        zh_tw: "編輯器會刪掉 `<{tag}>` 標籤",
        en: "the editor drops the `<{tag}>` tag",
    }
    /// An attribute the editor drops.
    detail forbidden_attribute(name, tag) {
        zh_cn: "编辑器会删掉 `<{tag}>` 的 `{name}` 属性",
        zh_tw: "編輯器會刪掉 `<{tag}>` 的 `{name}` 屬性",
        en: "the editor drops the `{name}` attribute of `<{tag}>`",
    }
    /// A CSS declaration the editor drops.
    detail forbidden_css(declaration) {
        zh_cn: "编辑器会删掉样式 `{declaration}`",
        zh_tw: "編輯器會刪掉樣式 `{declaration}`",
        en: "the editor drops the style `{declaration}`",
    }
    /// An image at an outside address.
    detail external_image(src) {
        zh_cn: "图片 `{src}` 在别的网站上，编辑器不会显示它，请把图片上传到公众号",
        zh_tw: "圖片 `{src}` 在別的網站上，編輯器不會顯示它，請把圖片上傳到公眾號",
        en: "the image `{src}` is on another site, which the editor does not show: upload it into the 公众号",
    }
    /// An image the article names but lacks.
    detail missing_image(src) {
        zh_cn: "文章用到的图片 `{src}` 没有生成",
        zh_tw: "文章用到的圖片 `{src}` 沒有產生",
        en: "the image `{src}` the article shows was not made",
    }
    /// More text than an article may have.
    detail too_long(chars, max) {
        zh_cn: "正文有 {chars} 个字，公众号文章最多 {max} 个字",
        zh_tw: "正文有 {chars} 個字，公眾號文章最多 {max} 個字",
        en: "the text has {chars} characters; a 公众号 article may have at most {max}",
    }
    /// An image over the size limit.
    detail image_too_large(name, size, max) {
        zh_cn: "图片 {name} 有 {size} KB，公众号图片最大 {max} KB",
        zh_tw: "圖片 {name} 有 {size} KB，公眾號圖片最大 {max} KB",
        en: "the image {name} is {size} KB; a 公众号 image may be at most {max} KB",
    }
    /// A file that is not a PNG or JPEG image.
    detail not_an_image(name) {
        zh_cn: "{name} 不是 PNG 或 JPEG 图片",
        zh_tw: "{name} 不是 PNG 或 JPEG 圖片",
        en: "{name} is not a PNG or JPEG image",
    }
}
