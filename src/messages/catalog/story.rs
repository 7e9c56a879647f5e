//! Messages about stories: their chart and figures blocks, figure references, links and
//! images (`compute::story`).

use crate::messages::catalog_entries;

catalog_entries! {
    // --- src/compute/story/links.rs

    /// An image, as the subject of a message.
    detail what_image() {
        zh_cn: "图片",
        zh_tw: "圖片",
        en: "image",
    }
    /// A link, as the subject of a message.
    detail what_link() {
        zh_cn: "链接",
        zh_tw: "連結",
        en: "link",
    }
    /// A link or image whose path leaves the site.
    message points_outside(what, url) {
        zh_cn: "{what} `{url}` 指向网站之外",
        zh_tw: "{what} `{url}` 指向網站之外",
        en: "the {what} `{url}` points outside the site",
    }
    /// Where a link's path must lead.
    detail path_inside_site(page) {
        zh_cn: "网站内的路径，从这篇文章所在的页面（{page}）算起",
        zh_tw: "網站內的路徑，從這篇文章所在的頁面（{page}）算起",
        en: "a path inside the site, relative to this story's page ({page})",
    }
    /// How to link a file of content/static/.
    detail put_in_static(up) {
        zh_cn: "把文件放进 content/static/，写成 `{up}static/NAME`",
        zh_tw: "把檔案放進 content/static/，寫成 `{up}static/NAME`",
        en: "put the file in content/static/ and write `{up}static/NAME`",
    }
    /// A link or image to a static file that does not exist.
    message no_static_file(what, url, rel) {
        zh_cn: "{what} `{url}` 指向 static/{rel}，但没有 content/static/{rel} 这个文件",
        zh_tw: "{what} `{url}` 指向 static/{rel}，但沒有 content/static/{rel} 這個檔案",
        en: "the {what} `{url}` points to static/{rel}, but there is no content/static/{rel}",
    }
    /// An image from another host that pages may not load.
    message offsite_image(url, host) {
        zh_cn: "图片 `{url}` 在其他网站（{host}）上：本站页面默认不从其他网站加载任何内容，这里改为显示一个指向它的链接",
        zh_tw: "圖片 `{url}` 在其他網站（{host}）上：本站頁面預設不從其他網站載入任何內容，這裡改為顯示一個指向它的連結",
        en: "the image `{url}` is on another host ({host}): pages load nothing from other hosts by default, so a link to it is shown instead",
    }
    /// An `<img>` written as HTML whose source is on another host.
    message offsite_html_image(url, host) {
        zh_cn: "图片 `{url}` 在其他网站（{host}）上：本站页面默认不从其他网站加载任何内容，这张图片不会显示",
        zh_tw: "圖片 `{url}` 在其他網站（{host}）上：本站頁面預設不從其他網站載入任何內容，這張圖片不會顯示",
        en: "the image `{url}` is on another host ({host}): pages load nothing from other hosts by default, so it is not shown",
    }
    /// Where an image may come from.
    detail static_file_or_allowed_host() {
        zh_cn: "content/static/ 里的图片，或 site.yaml 的 `image_hosts` 里列出的网站上的图片",
        zh_tw: "content/static/ 裡的圖片，或 site.yaml 的 `image_hosts` 裡列出的網站上的圖片",
        en: "an image in content/static/, or one on a host listed in site.yaml's `image_hosts`",
    }
    /// How to show an image from another host.
    detail offsite_image_hint(host) {
        zh_cn: "把图片下载下来放进 content/static/，用本站的路径引用它；如果确实要从这个网站加载，在 site.yaml 里写 `image_hosts: [{host}]`",
        zh_tw: "把圖片下載下來放進 content/static/，用本站的路徑引用它；如果確實要從這個網站載入，在 site.yaml 裡寫 `image_hosts: [{host}]`",
        en: "download the image into content/static/ and use the site's own path; to load it from that host after all, write `image_hosts: [{host}]` in site.yaml",
    }
    /// A link or image to a page the build does not write.
    message not_in_site(what, url, target) {
        zh_cn: "{what} `{url}` 指向 {target}，生成的网站里没有它",
        zh_tw: "{what} `{url}` 指向 {target}，產生的網站裡沒有它",
        en: "the {what} `{url}` points to {target}, which is not in the built site",
    }
    /// A static file of the same name elsewhere.
    detail same_name_static(up, file, page) {
        zh_cn: "是不是想写 `{up}static/{file}`？路径从文章所在的页面（{page}）算起",
        zh_tw: "是不是想寫 `{up}static/{file}`？路徑從文章所在的頁面（{page}）算起",
        en: "did you mean `{up}static/{file}`? Paths are seen from the page the story is on ({page})",
    }
    /// How to place a missing image.
    detail put_image_in_static(up, name, page) {
        zh_cn: "把文件放进 content/static/，写成 `{up}static/{name}`；路径从文章所在的页面（{page}）算起",
        zh_tw: "把檔案放進 content/static/，寫成 `{up}static/{name}`；路徑從文章所在的頁面（{page}）算起",
        en: "put the file in content/static/ and write `{up}static/{name}`; paths are seen from the page the story is on ({page})",
    }
    /// How paths of links are seen.
    detail paths_seen_from(page, up) {
        zh_cn: "路径从文章所在的页面（{page}）算起；附件放在 content/static/，写成 `{up}static/NAME`",
        zh_tw: "路徑從文章所在的頁面（{page}）算起；附件放在 content/static/，寫成 `{up}static/NAME`",
        en: "paths are seen from the page the story is on ({page}); attachments go in content/static/ and are written `{up}static/NAME`",
    }
    /// What a local link may point to.
    detail static_file_or_page() {
        zh_cn: "content/static/ 里的文件，或网站的某个页面",
        zh_tw: "content/static/ 裡的檔案，或網站的某個頁面",
        en: "a file in content/static/ or a page of the site",
    }

    // --- src/compute/story/blocks.rs

    /// A chart block, as the subject of a message.
    detail a_chart_block() {
        zh_cn: "图表块",
        zh_tw: "圖表區塊",
        en: "a chart block",
    }
    /// This chart block, as the subject of a message.
    detail this_chart_block() {
        zh_cn: "这个图表块",
        zh_tw: "這個圖表區塊",
        en: "this chart block",
    }
    /// A chart kind that is not one of the known ones.
    message unknown_chart_kind(kind) {
        zh_cn: "没有 `{kind}` 这种图表",
        zh_tw: "沒有 `{kind}` 這種圖表",
        en: "unknown chart kind `{kind}`",
    }
    /// A chart height that is not a number of pixels in range.
    message not_a_chart_height(text) {
        zh_cn: "`{text}` 不是有效的图表高度",
        zh_tw: "`{text}` 不是有效的圖表高度",
        en: "`{text}` is not a chart height",
    }
    /// The heights a chart takes.
    detail chart_height_range() {
        zh_cn: "以像素计的高度，200 到 1200",
        zh_tw: "以像素計的高度，200 到 1200",
        en: "a height in pixels from 200 to 1200",
    }
    /// A chart block whose chart has no data.
    message chart_nothing_to_draw(kind, why) {
        zh_cn: "这个 `{kind}` 图表块没有可画的内容：{why}",
        zh_tw: "這個 `{kind}` 圖表區塊沒有可畫的內容：{why}",
        en: "this `{kind}` chart block has nothing to draw: {why}",
    }
    /// What a chart kind needs.
    detail chart_needs(kind, needs) {
        zh_cn: "`{kind}` 图表需要{needs}；请在 region.yaml 中补上，或删去这个块",
        zh_tw: "`{kind}` 圖表需要{needs}；請在 region.yaml 中補上，或刪去這個區塊",
        en: "a `{kind}` chart needs {needs}; add them to region.yaml or remove the block",
    }
    /// A figures block for a region without figures.
    message figures_nothing_to_show(region) {
        zh_cn: "这个数据块没有可显示的内容：{region}没有任何数据",
        zh_tw: "這個資料區塊沒有可顯示的內容：{region}沒有任何資料",
        en: "this figures block has nothing to show: {region} has no figures",
    }
    /// How to fix a figures block without figures.
    detail name_region_with_data() {
        zh_cn: "在 `regions:` 中写一个有数据的地区，或删去这个块",
        zh_tw: "在 `regions:` 中寫一個有資料的地區，或刪去這個區塊",
        en: "name a region with data in `regions:`, or remove the block",
    }
    /// A region id, as the subject of a message.
    detail a_region_id() {
        zh_cn: "地区编号",
        zh_tw: "地區編號",
        en: "a region id",
    }
    /// A chart block, as named in other messages.
    detail block_chart() {
        zh_cn: "图表",
        zh_tw: "圖表",
        en: "chart",
    }
    /// A figures block, as named in other messages.
    detail block_figures() {
        zh_cn: "数据",
        zh_tw: "資料",
        en: "figures",
    }
    /// A block naming a region that does not exist.
    message unknown_region_in_block(id, what) {
        zh_cn: "{what}块中的地区 `{id}` 不存在",
        zh_tw: "{what}區塊中的地區 `{id}` 不存在",
        en: "unknown region `{id}` in a {what} block",
    }
    /// What a region id is.
    detail region_id_expected() {
        zh_cn: "地区编号：content/regions 下某个文件夹的名称",
        zh_tw: "地區編號：content/regions 下某個資料夾的名稱",
        en: "a region id: the name of a folder under content/regions",
    }
    /// A block with no regions in a story of no region.
    message block_names_no_regions(what) {
        zh_cn: "这个{what}块没有写 `regions`，而这篇文章也不属于任何地区",
        zh_tw: "這個{what}區塊沒有寫 `regions`，而這篇文章也不屬於任何地區",
        en: "this {what} block names no `regions`, and the story belongs to no region",
    }
    /// How to name a block's regions.
    detail add_regions_like() {
        zh_cn: "例如加上 `regions: [kezuohouqi, baiyinqu]`",
        zh_tw: "例如加上 `regions: [kezuohouqi, baiyinqu]`",
        en: "add e.g. `regions: [kezuohouqi, baiyinqu]`",
    }

    // --- src/compute/story/lines.rs

    /// A `{{ … }}` figure reference that names no figure of the data.
    message unknown_figure_reference(reference, why) {
        zh_cn: "数据引用 `{reference}` 无法识别：{why}",
        zh_tw: "資料引用 `{reference}` 無法識別：{why}",
        en: "unknown figure reference `{reference}`: {why}",
    }
    /// How figure references are written.
    detail figure_reference_forms() {
        zh_cn: "数据引用写成 `{{{{ section.key.field }}}}` 或 `{{{{ region_id:section.key.field }}}}`；详见使用手册“引用数字”一节",
        zh_tw: "資料引用寫成 `{{{{ section.key.field }}}}` 或 `{{{{ region_id:section.key.field }}}}`；詳見使用手冊「引用數字」一節",
        en: "figure references are written `{{{{ section.key.field }}}}` or `{{{{ region_id:section.key.field }}}}`; see the README's reference",
    }
}
