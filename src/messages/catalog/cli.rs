//! The command line's own output (`src/main.rs`) and `xiaokang new` (`src/scaffold.rs`).

use crate::messages::catalog_entries;

catalog_entries! {
    // --- src/main.rs
    /// The progress bar's text; the arguments are indicatif's own placeholders.
    output progress(bar, pos, len, elapsed, eta) {
        zh_cn: "{bar} {pos}/{len} 个页面及其图表 [已用 {elapsed}，约剩 {eta}]",
        zh_tw: "{bar} {pos}/{len} 個頁面及其圖表 [已用 {elapsed}，約剩 {eta}]",
        en: "{bar} {pos}/{len} pages and their charts [{elapsed}, ~{eta} left]",
    }
    /// The booklet line after a build.
    output booklet_built(pages, bytes, files, ms) {
        zh_cn: "简报册：{pages} 页，{bytes} 字节（{files}），用时 {ms} 毫秒",
        zh_tw: "簡報冊：{pages} 頁，{bytes} 位元組（{files}），用時 {ms} 毫秒",
        en: "booklet: {pages} pages, {bytes} bytes ({files}) in {ms} ms",
    }
    /// The booklet's files when it is split into volumes.
    output booklet_volumes(file, volumes) {
        zh_cn: "{file} 及另外 {volumes} 册",
        zh_tw: "{file} 及另外 {volumes} 冊",
        en: "{file} and {volumes} volumes",
    }
    /// The line after a successful build.
    output built(pages, charts, files, out, ms, unchanged, warnings) {
        zh_cn: "已生成 {pages} 个页面、{charts} 张图表（共 {files} 个文件），写入 {out}，用时 {ms} 毫秒{unchanged}{warnings}",
        zh_tw: "已產生 {pages} 個頁面、{charts} 張圖表（共 {files} 個檔案），寫入 {out}，用時 {ms} 毫秒{unchanged}{warnings}",
        en: "built {pages} pages, {charts} charts ({files} files) into {out} in {ms} ms{unchanged}{warnings}",
    }
    /// Pages taken over from the last build, inside the build line.
    output built_unchanged(unchanged, jobs) {
        zh_cn: "；{jobs} 个页面中有 {unchanged} 个与上次生成时相同",
        zh_tw: "；{jobs} 個頁面中有 {unchanged} 個與上次產生時相同",
        en: ", {unchanged} of {jobs} pages unchanged since the last build",
    }
    /// Warnings printed below the build line.
    output built_warnings_below(warnings) {
        zh_cn: "；另有 {warnings} 个警告，见下文",
        zh_tw: "；另有 {warnings} 個警告，見下文",
        en: "; {warnings} warning(s) below",
    }
    /// A failed build.
    output build_failed(summary) {
        zh_cn: "生成失败：{summary}；上次生成的内容没有改动",
        zh_tw: "產生失敗：{summary}；上次產生的內容沒有變動",
        en: "build failed: {summary}; the previous output was left untouched",
    }
    /// `check --external` when the site has errors.
    output external_not_checked() {
        zh_cn: "外部链接没有检查：请先改正上面的错误",
        zh_tw: "外部連結沒有檢查：請先改正上面的錯誤",
        en: "external links were not checked: fix the errors above first",
    }
    /// `check` found errors.
    output check_failed(summary) {
        zh_cn: "检查未通过：{summary}",
        zh_tw: "檢查未通過：{summary}",
        en: "check failed: {summary}",
    }
    /// `check` found no errors.
    output check_passed(summary) {
        zh_cn: "检查通过：{summary}",
        zh_tw: "檢查通過：{summary}",
        en: "check passed: {summary}",
    }
    /// A file `new` wrote.
    output created(path) {
        zh_cn: "已创建 {path}",
        zh_tw: "已建立 {path}",
        en: "created {path}",
    }
    /// What to do after `new`.
    output next_steps(dir, out) {
        zh_cn: "下一步：\n  xiaokang build --root {dir}     # 生成网站，写入 {out}\n  xiaokang serve --root {dir}     # 在 http://127.0.0.1:8080/ 预览，修改后自动刷新",
        zh_tw: "下一步：\n  xiaokang build --root {dir}     # 產生網站，寫入 {out}\n  xiaokang serve --root {dir}     # 在 http://127.0.0.1:8080/ 預覽，修改後自動重新整理",
        en: "next:\n  xiaokang build --root {dir}     # writes {out}\n  xiaokang serve --root {dir}     # preview at http://127.0.0.1:8080/ with live reload",
    }
    // --- src/scaffold.rs
    /// `new` into something that is not a readable folder.
    message new_not_a_folder(dir, error) {
        zh_cn: "{dir} 不是可以读取的文件夹：{error}",
        zh_tw: "{dir} 不是可以讀取的資料夾：{error}",
        en: "{dir} is not a folder I can read: {error}",
    }
    /// `new` into a folder that has files.
    message new_not_empty(dir) {
        zh_cn: "{dir} 不是空文件夹；`xiaokang new` 只会写入新的或空的文件夹",
        zh_tw: "{dir} 不是空資料夾；`xiaokang new` 只會寫入新的或空的資料夾",
        en: "{dir} is not empty; `xiaokang new` only writes into a new or empty folder",
    }
    /// `new` could not make a folder.
    message new_cannot_create(dir, error) {
        zh_cn: "无法创建 {dir}：{error}",
        zh_tw: "無法建立 {dir}：{error}",
        en: "cannot create {dir}: {error}",
    }
    /// `new` could not write a file.
    message new_cannot_write(path, error) {
        zh_cn: "无法写入 {path}：{error}",
        zh_tw: "無法寫入 {path}：{error}",
        en: "cannot write {path}: {error}",
    }
    // --- src/cli/double_click.rs
    /// With no command: the site found and where it is previewed.
    output preview_site(site, url) {
        zh_cn: "正在预览网站：{site}\n网址：{url}（浏览器会自动打开；没有打开时，请把这个网址复制到浏览器里）",
        zh_tw: "正在預覽網站：{site}\n網址：{url}（瀏覽器會自動開啟；沒有開啟時，請把這個網址複製到瀏覽器裡）",
        en: "previewing the site {site}\nat {url} (the browser opens by itself; if it does not, paste the address into it)",
    }
    /// With no command: what to do while the preview runs, and how to stop it.
    output preview_next(content, root) {
        zh_cn: "修改 {content} 里的文件并保存，打开的网页会自动刷新。\n要生成可以发布的网站，在命令行里运行：`xiaokang build --root \"{root}\"`（生成的网站在它的 `output` 文件夹里）\n停止预览：关闭这个窗口，或按 Ctrl+C。",
        zh_tw: "修改 {content} 裡的檔案並儲存，開啟的網頁會自動重新整理。\n要產生可以發布的網站，在命令列裡執行：`xiaokang build --root \"{root}\"`（產生的網站在它的 `output` 資料夾裡）\n停止預覽：關閉這個視窗，或按 Ctrl+C。",
        en: "Edit the files in {content} and save: the open page reloads by itself.\nTo build the site for publishing, run: xiaokang build --root \"{root}\" (the site goes into its output folder)\nTo stop the preview, close this window or press Ctrl+C.",
    }
    /// With no command: other sites found beside the one previewed.
    output preview_others(sites) {
        zh_cn: "旁边还有这些网站：{sites}；要预览其中一个，运行 `xiaokang serve --open --root <文件夹>`",
        zh_tw: "旁邊還有這些網站：{sites}；要預覽其中一個，執行 `xiaokang serve --open --root <資料夾>`",
        en: "other sites beside it: {sites}; to preview one, run xiaokang serve --open --root <folder>",
    }
    /// With no command, and no site in the folder or beside it.
    output no_site_here(dir) {
        zh_cn: "{dir} 里没有网站（找不到 `content` 文件夹里的 site.yaml）。",
        zh_tw: "{dir} 裡沒有網站（找不到 `content` 資料夾裡的 site.yaml）。",
        en: "there is no site in {dir} (no content/site.yaml in it or in a folder beside it).",
    }
    /// With no command and no site: the offer to make one.
    output offer_new_site(name) {
        zh_cn: "要在这里新建一个网站吗？输入文件夹名后按回车（直接按回车就用“{name}”，输入 n 退出）：",
        zh_tw: "要在這裡新建一個網站嗎？輸入資料夾名稱後按 Enter（直接按 Enter 就用「{name}」，輸入 n 結束）：",
        en: "Make a new site here? Type a folder name and press Enter (just Enter: \"{name}\"; n: quit): ",
    }
    /// The folder a new site gets when the clerk just presses Enter.
    detail new_site_name() {
        zh_cn: "我的站点",
        zh_tw: "我的站點",
        en: "my-site",
    }
    /// With no command and no site, when nobody can answer (no console).
    output how_to_start() {
        zh_cn: "新建网站：`xiaokang new <文件夹>`；预览网站：`xiaokang serve --open --root <文件夹>`；更多用法：`xiaokang --help`",
        zh_tw: "新建網站：`xiaokang new <資料夾>`；預覽網站：`xiaokang serve --open --root <資料夾>`；更多用法：`xiaokang --help`",
        en: "make a site: xiaokang new <folder>; preview it: xiaokang serve --open --root <folder>; more: xiaokang --help",
    }
    /// Before a double-clicked window closes.
    output press_enter_to_close() {
        zh_cn: "按回车键关闭这个窗口……",
        zh_tw: "按 Enter 鍵關閉這個視窗……",
        en: "Press Enter to close this window…",
    }
}
