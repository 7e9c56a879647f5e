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
}
