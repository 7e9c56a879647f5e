//! `xiaokang serve`'s log lines, errors and in-page overlay (`src/serve`).

use crate::messages::catalog_entries;

catalog_entries! {
    // --- src/serve/mod.rs
    /// The first build, as the subject of the build line.
    detail first_build() {
        zh_cn: "已生成",
        zh_tw: "已產生",
        en: "built",
    }
    /// A rebuild after edits, as the subject of the build line.
    detail rebuilt_after(files) {
        zh_cn: "{files} 修改后重新生成",
        zh_tw: "{files} 修改後重新產生",
        en: "rebuilt after {files}",
    }
    /// What one (re)build did.
    output build_line(what, rendered, jobs, pages, ms) {
        zh_cn: "{what}：{jobs} 个页面任务中重新生成了 {rendered} 个，共提供 {pages} 个页面，用时 {ms} 毫秒",
        zh_tw: "{what}：{jobs} 個頁面任務中重新產生了 {rendered} 個，共提供 {pages} 個頁面，用時 {ms} 毫秒",
        en: "{what}: {rendered} of {jobs} page jobs rendered, {pages} pages served, in {ms} ms",
    }
    /// The first build failed.
    output first_build_failed() {
        zh_cn: "生成失败；请改正错误并保存，页面会自动刷新",
        zh_tw: "產生失敗；請改正錯誤並儲存，頁面會自動重新整理",
        en: "build failed; fix the errors and save: the page will reload",
    }
    /// A rebuild failed.
    output rebuild_failed(ms) {
        zh_cn: "生成失败（用时 {ms} 毫秒）；仍在提供上次成功生成的网站",
        zh_tw: "產生失敗（用時 {ms} 毫秒）；仍在提供上次成功產生的網站",
        en: "build failed in {ms} ms; still serving the last good build",
    }
    /// The port is taken or not allowed.
    message cannot_listen(port, error) {
        zh_cn: "无法在 127.0.0.1:{port} 上监听：{error}",
        zh_tw: "無法在 127.0.0.1:{port} 上監聽：{error}",
        en: "cannot listen on 127.0.0.1:{port}: {error}",
    }
    /// The server has no address.
    message no_ip_address() {
        zh_cn: "服务器没有 IP 地址",
        zh_tw: "伺服器沒有 IP 位址",
        en: "the server has no IP address",
    }
    /// The file watcher could not start.
    message cannot_watch_files(error) {
        zh_cn: "无法监视文件的变化：{error}",
        zh_tw: "無法監視檔案的變更：{error}",
        en: "cannot watch files: {error}",
    }
    /// A folder could not be watched.
    message cannot_watch(dir, error) {
        zh_cn: "无法监视 {dir}：{error}",
        zh_tw: "無法監視 {dir}：{error}",
        en: "cannot watch {dir}: {error}",
    }
    /// The file watcher reported a problem.
    output watcher_error(error) {
        zh_cn: "文件监视：{error}",
        zh_tw: "檔案監視：{error}",
        en: "file watcher: {error}",
    }
    /// `serve` has started.
    output serving(root, addr) {
        zh_cn: "正在 http://{addr}/ 提供 {root}（自动刷新已开启；按 Ctrl-C 停止）",
        zh_tw: "正在 http://{addr}/ 提供 {root}（自動重新整理已開啟；按 Ctrl-C 停止）",
        en: "serving {root} at http://{addr}/ (live reload on; Ctrl-C stops)",
    }
    /// The booklet PDF was typeset again in the background.
    output booklet_updated(ms) {
        zh_cn: "简报册 PDF 已更新，用时 {ms} 毫秒",
        zh_tw: "簡報冊 PDF 已更新，用時 {ms} 毫秒",
        en: "booklet PDF updated in {ms} ms",
    }
    /// all.xlsx and all.csv were made again once edits settled.
    output downloads_updated(ms) {
        zh_cn: "全部数据下载（all.xlsx、all.csv）已更新，用时 {ms} 毫秒",
        zh_tw: "全部資料下載（all.xlsx、all.csv）已更新，用時 {ms} 毫秒",
        en: "all.xlsx and all.csv updated in {ms} ms",
    }
    /// `--open` could not start a browser.
    output no_browser(error, url) {
        zh_cn: "无法打开浏览器（{error}）；请自己打开 {url}",
        zh_tw: "無法開啟瀏覽器（{error}）；請自行開啟 {url}",
        en: "could not open a browser ({error}); open {url} yourself",
    }
    // --- src/serve/http.rs
    /// The server stopped on an error.
    output server_error(error) {
        zh_cn: "预览服务器出错：{error}",
        zh_tw: "預覽伺服器出錯：{error}",
        en: "serve: {error}",
    }
    /// The overlay's heading.
    output overlay_title() {
        zh_cn: "xiaokang：生成失败",
        zh_tw: "xiaokang：產生失敗",
        en: "xiaokang: the build failed",
    }
    /// The overlay's last line.
    output overlay_footer() {
        zh_cn: "下面显示的仍是上次成功生成的网站。请改正文件并保存：本页会自动刷新。",
        zh_tw: "下面顯示的仍是上次成功產生的網站。請改正檔案並儲存：本頁會自動重新整理。",
        en: "The last good build is still served underneath. Fix the file and save: this page reloads by itself.",
    }
}
