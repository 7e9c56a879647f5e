//! Messages of the output stages: rendering pages, the booklet and share images
//! (`src/render`), the pipeline (`src/pipeline`) and writing (`src/write.rs`).

use crate::messages::catalog_entries;

catalog_entries! {
    // --- src/pipeline/mod.rs
    /// A large site's booklet is made only on request.
    message booklet_not_made(regions, max) {
        zh_cn: "没有生成简报册和各地区的简报：网站有 {regions} 个地区，超过 {max} 个时，只有在 content/site.yaml 中设置了才会生成",
        zh_tw: "沒有產生簡報冊和各地區的簡報：網站有 {regions} 個地區，超過 {max} 個時，只有在 content/site.yaml 中設定了才會產生",
        en: "the booklet or the regions' briefings were not made: the site has {regions} regions, and above {max} they are made only when content/site.yaml asks",
    }
    /// How to ask for a large site's booklet.
    detail booklet_not_made_hint() {
        zh_cn: "写上 `booklet: {{ regions: all, briefings: all }}`（或其中一部分，例如 `regions: gansu`、`briefings: leaves`）；排版每个地区约需 0.1 秒",
        zh_tw: "寫上 `booklet: {{ regions: all, briefings: all }}`（或其中一部分，例如 `regions: gansu`、`briefings: leaves`）；排版每個地區約需 0.1 秒",
        en: "write `booklet: {{ regions: all, briefings: all }}` (or a part, e.g. `regions: gansu`, `briefings: leaves`); typesetting takes about 0.1 s a region",
    }
    // --- src/render/booklet/fonts.rs
    /// A font file that is not a font.
    message font_unreadable() {
        zh_cn: "无法读取这个字体文件",
        zh_tw: "無法讀取這個字型檔案",
        en: "this font file could not be read",
    }
    /// The fonts the booklet takes.
    detail font_kinds_hint() {
        zh_cn: "请使用 TrueType 或 OpenType 字体（.ttf、.otf、.ttc）",
        zh_tw: "請使用 TrueType 或 OpenType 字型（.ttf、.otf、.ttc）",
        en: "use a TrueType or OpenType font (.ttf, .otf, .ttc)",
    }
    /// A font file that cannot be read from disk.
    message cannot_read_font(error) {
        zh_cn: "无法读取字体：{error}",
        zh_tw: "無法讀取字型：{error}",
        en: "cannot read the font: {error}",
    }
    // --- src/render/booklet/twin.rs, src/render/pages/helpers.rs
    /// A template failed.
    message template_failed(name, error) {
        zh_cn: "模板 `{name}` 出错：\n{error}",
        zh_tw: "範本 `{name}` 出錯：\n{error}",
        en: "template `{name}` failed:\n{error}",
    }
    /// A template failed on a page.
    message template_failed_on(name, page, error) {
        zh_cn: "模板 `{name}` 在生成 {page} 时出错：\n{error}",
        zh_tw: "範本 `{name}` 在產生 {page} 時出錯：\n{error}",
        en: "template `{name}` failed while rendering {page}:\n{error}",
    }
    /// How to fix a failing template.
    detail template_failed_hint() {
        zh_cn: "请检查模板中是否用了不存在的变量或过滤器",
        zh_tw: "請檢查範本中是否用了不存在的變數或篩選器",
        en: "check the template for a variable or filter it does not have",
    }
    /// A booklet component failed.
    message booklet_component_failed(error) {
        zh_cn: "简报册的一个组件出错：{error}",
        zh_tw: "簡報冊的一個元件出錯：{error}",
        en: "a booklet component failed: {error}",
    }
    /// A story block's component failed.
    message story_block_failed(error) {
        zh_cn: "文章中一个区块的主题组件出错：{error}",
        zh_tw: "文章中一個區塊的主題元件出錯：{error}",
        en: "a story block's theme component failed: {error}",
    }
    // --- src/render/booklet/typeset.rs
    /// A story too long for the booklet.
    message story_too_long(kb) {
        zh_cn: "这篇文章有 {kb} KB，太长了：简报册只印出它的标题和摘要",
        zh_tw: "這篇文章有 {kb} KB，太長了：簡報冊只印出它的標題和摘要",
        en: "this story is {kb} KB long: the booklet prints only its title and summary",
    }
    /// How to get a long story into the booklet.
    detail story_too_long_hint() {
        zh_cn: "简报册收录的文章最长 200 KB；请把文章拆开或缩短",
        zh_tw: "簡報冊收錄的文章最長 200 KB；請把文章拆開或縮短",
        en: "a briefing booklet holds stories of up to 200 KB; split the story or shorten it",
    }
    /// Characters no font has.
    message missing_characters(count, chars) {
        zh_cn: "简报册中有 {count} 个字符在现有字体中都没有，印出来会是空白方框，PDF 也只能加标签、不符合 PDF/UA-1：{chars}",
        zh_tw: "簡報冊中有 {count} 個字元在現有字型中都沒有，印出來會是空白方框，PDF 也只能加標籤、不符合 PDF/UA-1：{chars}",
        en: "the booklet needs {count} character(s) that no available font has; they will print as empty boxes, and the PDF is tagged but not PDF/UA-1: {chars}",
    }
    /// How to add the missing characters.
    detail missing_characters_hint() {
        zh_cn: "把含有这些字符的字体（.ttf、.otf 或 .ttc）放进网站的 fonts/ 文件夹",
        zh_tw: "把含有這些字元的字型（.ttf、.otf 或 .ttc）放進網站的 fonts/ 資料夾",
        en: "put a font that has them (.ttf, .otf or .ttc) in the site's fonts/ folder",
    }
    /// The typesetter could not be set up.
    message booklet_setup_failed() {
        zh_cn: "无法准备简报册的排版：有一个图表文件名不是有效的路径",
        zh_tw: "無法準備簡報冊的排版：有一個圖表檔名不是有效的路徑",
        en: "the booklet could not be set up: a chart file name is not a valid path",
    }
    /// A warning of the typesetter, as it says it.
    message booklet_typesetter_warning(text) {
        zh_cn: "简报册：{text}",
        zh_tw: "簡報冊：{text}",
        en: "booklet: {text}",
    }
    /// The typesetter failed.
    message booklet_failed(step, error, at) {
        zh_cn: "简报册无法{step}：{error}{at}",
        zh_tw: "簡報冊無法{step}：{error}{at}",
        en: "the booklet could not be {step}: {error}{at}",
    }
    /// The typesetting step.
    detail step_typeset() {
        zh_cn: "排版",
        zh_tw: "排版",
        en: "typeset",
    }
    /// The PDF step.
    detail step_pdf() {
        zh_cn: "写成 PDF",
        zh_tw: "寫成 PDF",
        en: "written as PDF",
    }
    /// Where in the generated source the typesetter failed.
    detail generated_line(line, snippet) {
        zh_cn: "（生成的第 {line} 行：`{snippet}`）",
        zh_tw: "（產生的第 {line} 行：`{snippet}`）",
        en: " (generated line {line}: `{snippet}`)",
    }
    /// A bug in the booklet stage.
    detail booklet_bug_hint() {
        zh_cn: "这是 xiaokang 简报册部分的程序错误；请连同出问题的网站一起报告",
        zh_tw: "這是 xiaokang 簡報冊部分的程式錯誤；請連同出問題的網站一起回報",
        en: "this is a bug in xiaokang's booklet stage; please report it with the site that causes it",
    }
    /// An image whose bytes are not its format.
    message image_not_its_format(ext) {
        zh_cn: "这张图片不是 {ext} 文件；简报册改为印出它的说明文字",
        zh_tw: "這張圖片不是 {ext} 檔案；簡報冊改為印出它的說明文字",
        en: "this image is not a {ext} file; the booklet prints its description instead",
    }
    /// How to fix an image's format.
    detail image_format_hint() {
        zh_cn: "请按文件名所写的格式（PNG、JPEG、GIF 或 SVG）重新保存这张图片",
        zh_tw: "請按檔名所寫的格式（PNG、JPEG、GIF 或 SVG）重新儲存這張圖片",
        en: "save the image again in the format its name says (PNG, JPEG, GIF or SVG)",
    }
    // --- src/render/png_cache.rs
    /// Characters the share image's font does not have.
    message png_missing_glyphs(png, chars) {
        zh_cn: "{png}：自带字体中没有 {chars} 这些字，它们在分享图片中显示为空白方框（页面上的 SVG 不受影响）",
        zh_tw: "{png}：內建字型中沒有 {chars} 這些字，它們在分享圖片中顯示為空白方框（頁面上的 SVG 不受影響）",
        en: "{png}: the shipped font has no glyph for {chars}; they show as empty boxes in this share image (the SVG on the page is unaffected)",
    }
    /// How to avoid missing glyphs.
    detail png_missing_glyphs_hint() {
        zh_cn: "请用常用字写这些名称，或者在 content/site.yaml 中写 `charts: {{ png: none }}` 关闭分享图片",
        zh_tw: "請用常用字寫這些名稱，或者在 content/site.yaml 中寫 `charts: {{ png: none }}` 關閉分享圖片",
        en: "write these names with common characters, or turn share images off with `charts: {{ png: none }}` in content/site.yaml",
    }
    /// A share image that could not be made.
    message png_failed(png, error) {
        zh_cn: "无法由 SVG 生成 {png}：{error}",
        zh_tw: "無法由 SVG 產生 {png}：{error}",
        en: "{png} could not be made from its SVG: {error}",
    }
    /// How to build without share images.
    detail png_failed_hint() {
        zh_cn: "可以在 content/site.yaml 中设置 `charts: {{ png: none }}`，不生成分享图片，并请报告这个程序错误",
        zh_tw: "可以在 content/site.yaml 中設定 `charts: {{ png: none }}`，不產生分享圖片，並請回報這個程式錯誤",
        en: "set `charts: {{ png: none }}` in content/site.yaml to build without share images, and report this as a bug",
    }
    // --- src/render/booklet/word
    /// A chart whose picture the Word file could not make: its description stands instead.
    message docx_chart_failed(chart, error) {
        zh_cn: "Word 文件中的图表 {chart} 无法生成图片：{error}；改为写出图表的文字说明",
        zh_tw: "Word 檔案中的圖表 {chart} 無法產生圖片：{error}；改為寫出圖表的文字說明",
        en: "the chart {chart} of the Word file could not be made into a picture: {error}; its description is written instead",
    }
    /// The Word file could not be packed.
    message docx_failed(file, error) {
        zh_cn: "无法写出 Word 文件 {file}：{error}",
        zh_tw: "無法寫出 Word 檔案 {file}：{error}",
        en: "the Word file {file} could not be written: {error}",
    }
    /// What to do when a Word file could not be packed.
    detail docx_failed_hint() {
        zh_cn: "同名的 PDF 简报不受影响；请报告这个程序错误",
        zh_tw: "同名的 PDF 簡報不受影響；請回報這個程式錯誤",
        en: "the PDF of the same name is not affected; please report this as a bug",
    }
    // --- src/render/png.rs
    /// The chart's SVG could not be parsed for its share image.
    detail png_svg_unreadable(error) {
        zh_cn: "无法读取 SVG：{error}",
        zh_tw: "無法讀取 SVG：{error}",
        en: "the SVG could not be read: {error}",
    }
    /// A share image too large to draw.
    detail png_too_large(width, height) {
        zh_cn: "无法绘制 {width}×{height} 像素的图片",
        zh_tw: "無法繪製 {width}×{height} 像素的圖片",
        en: "a {width}×{height} px image cannot be drawn",
    }
    /// PNG encoding failed.
    detail png_encoding_failed(error) {
        zh_cn: "PNG 编码失败：{error}",
        zh_tw: "PNG 編碼失敗：{error}",
        en: "PNG encoding failed: {error}",
    }
    // --- src/render/theme.rs
    /// A template that does not compile.
    message template_error(error) {
        zh_cn: "有一个模板出错：\n{error}",
        zh_tw: "有一個範本出錯：\n{error}",
        en: "a template has an error:\n{error}",
    }
    /// Where the failing template is.
    detail template_error_hint() {
        zh_cn: "请改正上面提到的模板（themes/<主题>/templates/ 或 templates/）",
        zh_tw: "請改正上面提到的範本（themes/<主題>/templates/ 或 templates/）",
        en: "fix the template named above (themes/<theme>/templates/ or templates/)",
    }
    // --- src/render/feeds.rs
    /// The sitemap needs `base_url`.
    output no_sitemap() {
        zh_cn: "没有生成 sitemap.xml：它需要完整网址；请在 content/site.yaml 中设置 `base_url`",
        zh_tw: "沒有產生 sitemap.xml：它需要完整網址；請在 content/site.yaml 中設定 `base_url`",
        en: "sitemap.xml skipped: it needs absolute addresses; set `base_url` in content/site.yaml",
    }
    // --- src/write.rs
    /// The output folder holds the site's own files.
    message refuse_own_files(out) {
        zh_cn: "不能把网站写入 {out}：那里有网站自己的文件",
        zh_tw: "不能把網站寫入 {out}：那裡有網站自己的檔案",
        en: "refusing to write the site into {out}: it holds the site's own files",
    }
    /// Choose another output folder.
    detail refuse_own_files_hint() {
        zh_cn: "请另选一个文件夹，例如 `--out output`",
        zh_tw: "請另選一個資料夾，例如 `--out output`",
        en: "choose a separate folder, e.g. `--out output`",
    }
    /// The output folder is someone else's.
    message refuse_not_empty(out) {
        zh_cn: "不能替换 {out}：它不是空的，也不是 xiaokang 生成的",
        zh_tw: "不能取代 {out}：它不是空的，也不是 xiaokang 產生的",
        en: "refusing to replace {out}: it is not empty and was not made by xiaokang",
    }
    /// What to do with a foreign output folder.
    detail refuse_not_empty_hint() {
        zh_cn: "请自己清空或删除这个文件夹，或者另选 `--out`；xiaokang 只替换它自己生成的文件夹（里面有 .xiaokang-output 文件）",
        zh_tw: "請自行清空或刪除這個資料夾，或者另選 `--out`；xiaokang 只取代它自己產生的資料夾（裡面有 .xiaokang-output 檔案）",
        en: "empty or delete the folder yourself, or choose another `--out`; xiaokang only replaces folders it made (they hold a .xiaokang-output file)",
    }
    /// The output path is a file.
    message out_is_a_file(out) {
        zh_cn: "{out} 是一个文件，不是文件夹",
        zh_tw: "{out} 是一個檔案，不是資料夾",
        en: "{out} is a file, not a folder",
    }
    /// Writing failed.
    message cannot_write(path, error) {
        zh_cn: "无法写入 {path}：{error}",
        zh_tw: "無法寫入 {path}：{error}",
        en: "cannot write {path}: {error}",
    }
    /// How to fix a failed write.
    detail cannot_write_hint() {
        zh_cn: "请检查磁盘空间是否足够，以及这个文件夹是否可以写入",
        zh_tw: "請檢查磁碟空間是否足夠，以及這個資料夾是否可以寫入",
        en: "check that the disk has room and the folder is writable",
    }
}
