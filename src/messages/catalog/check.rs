//! `xiaokang check`'s findings: internal links and anchors, unreachable pages, unused
//! static files (`src/check/mod.rs`) and outbound links (`src/check/external.rs`).

use crate::messages::catalog_entries;

catalog_entries! {
    // --- src/check/mod.rs
    /// A link to a file the site does not have.
    detail link_target_missing(link, target) {
        zh_cn: "链接到 `{link}`，但这个文件不存在（{target}）",
        zh_tw: "連結到 `{link}`，但這個檔案不存在（{target}）",
        en: "links to `{link}`, which does not exist ({target})",
    }
    /// A link to an anchor the page does not have.
    detail link_anchor_missing(link, target, id) {
        zh_cn: "链接到 `{link}`，但 {target} 中没有 `id` 为 `{id}` 的元素",
        zh_tw: "連結到 `{link}`，但 {target} 中沒有 `id` 為 `{id}` 的元素",
        en: "links to `{link}`, but {target} has no element with id `{id}`",
    }
    /// A broken link written in a story.
    message broken_link(problem) {
        zh_cn: "链接失效：{problem}",
        zh_tw: "連結失效：{problem}",
        en: "broken link: {problem}",
    }
    /// How to fix a broken link in a story.
    detail broken_link_hint() {
        zh_cn: "请改正路径：链接是相对于文章页面（output/…/index.html）而言的",
        zh_tw: "請改正路徑：連結是相對於文章頁面（output/…/index.html）而言的",
        en: "fix the path: links are relative to the story's page (output/…/index.html)",
    }
    /// A broken link on a page, made by a template.
    message broken_link_in(page, problem) {
        zh_cn: "{page} 中的链接失效：{problem}",
        zh_tw: "{page} 中的連結失效：{problem}",
        en: "broken link in {page}: {problem}",
    }
    /// How to fix a broken link a template makes.
    detail broken_link_template_hint() {
        zh_cn: "这个链接来自模板（themes/…/templates/ 或 templates/）：请在模板里改正",
        zh_tw: "這個連結來自範本（themes/…/templates/ 或 templates/）：請在範本裡改正",
        en: "the link comes from a template (themes/…/templates/ or templates/): fix it there",
    }
    /// A page no link reaches.
    message unreachable_page(page) {
        zh_cn: "从首页出发，没有任何页面链接到 {page}",
        zh_tw: "從首頁出發，沒有任何頁面連結到 {page}",
        en: "{page} is not linked from any page reachable from the home page",
    }
    /// How to fix an unreachable page.
    detail unreachable_page_hint() {
        zh_cn: "请在地区页面或文章中链接它，或者删除生成它的文件",
        zh_tw: "請在地區頁面或文章中連結它，或者刪除產生它的檔案",
        en: "link it from a region page or a story, or remove the file it comes from",
    }
    /// A static file no page uses.
    message unused_static_file(path) {
        zh_cn: "没有任何页面用到 {path}",
        zh_tw: "沒有任何頁面用到 {path}",
        en: "{path} is not used by any page",
    }
    /// How to fix an unused static file.
    detail unused_static_file_hint() {
        zh_cn: "在文章中链接或显示它（`![说明](../../static/…)`），或者删除它",
        zh_tw: "在文章中連結或顯示它（`![說明](../../static/…)`），或者刪除它",
        en: "link or show it from a story (`![说明](../../static/…)`), or delete it",
    }
    // --- src/check/external.rs
    /// An error status.
    detail answers_status(code, reason) {
        zh_cn: "返回了 {code} {reason}",
        zh_tw: "回傳了 {code} {reason}",
        en: "answers {code} {reason}",
    }
    /// An error status without a reason phrase.
    detail answers_code(code) {
        zh_cn: "返回了 {code}",
        zh_tw: "回傳了 {code}",
        en: "answers {code}",
    }
    /// An unknown host.
    detail unknown_host() {
        zh_cn: "中的主机名找不到（DNS）",
        zh_tw: "中的主機名稱找不到（DNS）",
        en: "names a host that was not found (DNS)",
    }
    /// A refused connection.
    detail refused() {
        zh_cn: "拒绝了连接",
        zh_tw: "拒絕了連線",
        en: "refused the connection",
    }
    /// No answer in time.
    detail timed_out(seconds) {
        zh_cn: "在 {seconds} 秒内没有应答",
        zh_tw: "在 {seconds} 秒內沒有回應",
        en: "did not answer within {seconds} s",
    }
    /// Too many redirects.
    detail too_many_redirects(n) {
        zh_cn: "重定向超过了 {n} 次",
        zh_tw: "重新導向超過了 {n} 次",
        en: "redirects more than {n} times",
    }
    /// Not a web address.
    detail bad_address(error) {
        zh_cn: "不是有效的网址（{error}）",
        zh_tw: "不是有效的網址（{error}）",
        en: "is not a valid web address ({error})",
    }
    /// The secure connection failed.
    detail tls_failed(error) {
        zh_cn: "在安全连接时出错（{error}）",
        zh_tw: "在安全連線時出錯（{error}）",
        en: "failed on the secure connection ({error})",
    }
    /// Any other failure.
    detail unreachable_address(error) {
        zh_cn: "无法访问（{error}）",
        zh_tw: "無法連線（{error}）",
        en: "could not be reached ({error})",
    }
    /// How to fix a link to a page that is gone.
    detail gone_hint() {
        zh_cn: "这个网页已经不在了：请链接到它的新位置（到原来的网站上搜索），或者删掉这个链接",
        zh_tw: "這個網頁已經不在了：請連結到它的新位置（到原來的網站上搜尋），或者刪掉這個連結",
        en: "the page is gone: link to where it moved (search the site it was on), or remove the link",
    }
    /// A server that refuses the request.
    detail forbidden_hint() {
        zh_cn: "服务器拒绝了请求；有些网站会拒绝自动检查：请在浏览器中打开这个链接确认",
        zh_tw: "伺服器拒絕了請求；有些網站會拒絕自動檢查：請在瀏覽器中開啟這個連結確認",
        en: "the server refuses the request; some sites refuse automatic checks: open the link in a browser to be sure",
    }
    /// A server error.
    detail server_failed_hint() {
        zh_cn: "服务器出错了；这可能是暂时的：请稍后再检查一次",
        zh_tw: "伺服器出錯了；這可能是暫時的：請稍後再檢查一次",
        en: "the server failed; this may pass: run the check again later",
    }
    /// Any other error status.
    detail open_in_browser_hint() {
        zh_cn: "请在浏览器中打开这个链接：改正网址，或者删掉这个链接",
        zh_tw: "請在瀏覽器中開啟這個連結：改正網址，或者刪掉這個連結",
        en: "open the link in a browser: fix the address or remove the link",
    }
    /// An unknown host.
    detail unknown_host_hint() {
        zh_cn: "请检查主机名的拼写，以及这个网站是否还在",
        zh_tw: "請檢查主機名稱的拼寫，以及這個網站是否還在",
        en: "check the spelling of the host name, and whether the site still exists",
    }
    /// A server that is down, or no network.
    detail offline_hint() {
        zh_cn: "服务器可能停机了，或者这台电脑没有联网：请稍后再检查一次",
        zh_tw: "伺服器可能停機了，或者這台電腦沒有連上網路：請稍後再檢查一次",
        en: "the server may be down, or this computer offline: run the check again later",
    }
    /// A redirect loop.
    detail redirect_loop_hint() {
        zh_cn: "这个网址在循环重定向：请在浏览器中打开它，链接到最终到达的网址",
        zh_tw: "這個網址在循環重新導向：請在瀏覽器中開啟它，連結到最終到達的網址",
        en: "the address redirects in a loop: open it in a browser and link to where it ends",
    }
    /// A malformed address.
    detail bad_address_hint() {
        zh_cn: "请改正网址：从浏览器的地址栏重新复制一次",
        zh_tw: "請改正網址：從瀏覽器的網址列重新複製一次",
        en: "fix the address: copy it again from the browser's address bar",
    }
    /// A faulty certificate.
    detail tls_hint() {
        zh_cn: "这个网站的证书或 HTTPS 设置有问题：浏览器也会发出警告",
        zh_tw: "這個網站的憑證或 HTTPS 設定有問題：瀏覽器也會發出警告",
        en: "the site's certificate or HTTPS set-up is faulty: browsers warn about it too",
    }
    /// The summary line of `check --external`, for one address.
    output checked_one_link(ok, broken) {
        zh_cn: "检查了 1 个外部链接：{ok} 个正常，{broken} 个失效",
        zh_tw: "檢查了 1 個外部連結：{ok} 個正常，{broken} 個失效",
        en: "checked 1 external link: {ok} ok, {broken} broken",
    }
    /// The summary line of `check --external`.
    output checked_links(checked, ok, broken) {
        zh_cn: "检查了 {checked} 个外部链接：{ok} 个正常，{broken} 个失效",
        zh_tw: "檢查了 {checked} 個外部連結：{ok} 個正常，{broken} 個失效",
        en: "checked {checked} external links: {ok} ok, {broken} broken",
    }
    /// Addresses that did not answer, after the summary line.
    output not_answered(n) {
        zh_cn: "，{n} 个没有应答（见警告）",
        zh_tw: "，{n} 個沒有回應（見警告）",
        en: ", {n} not answered (see warnings)",
    }
    /// 429 Too Many Requests.
    message link_rate_limited(url) {
        zh_cn: "外部链接没有检查：`{url}` 返回了 429（请求过多）",
        zh_tw: "外部連結沒有檢查：`{url}` 回傳了 429（請求過多）",
        en: "external link not checked: `{url}` answered 429 Too Many Requests",
    }
    /// How to deal with 429.
    detail rate_limited_hint() {
        zh_cn: "这个服务器限制了访问频率：请稍后再检查一次",
        zh_tw: "這個伺服器限制了存取頻率：請稍後再檢查一次",
        en: "the server limits how often it may be asked: run the check again later",
    }
    /// An address that could not be asked.
    message link_not_checked(url, why) {
        zh_cn: "外部链接没有检查：`{url}` {why}",
        zh_tw: "外部連結沒有檢查：`{url}` {why}",
        en: "external link not checked: `{url}` {why}",
    }
    /// A host name in non-Latin letters.
    detail non_latin_host() {
        zh_cn: "的主机名含有非拉丁字母，xiaokang 无法查找",
        zh_tw: "的主機名稱含有非拉丁字母，xiaokang 無法查詢",
        en: "has a host name in non-Latin letters, which xiaokang cannot look up",
    }
    /// How to check an address by hand.
    detail check_by_hand_hint() {
        zh_cn: "请在浏览器中打开这个链接，手动检查",
        zh_tw: "請在瀏覽器中開啟這個連結，手動檢查",
        en: "open the link in a browser to check it by hand",
    }
    /// A broken outbound link.
    message broken_external_link(url, what) {
        zh_cn: "外部链接失效：`{url}` {what}",
        zh_tw: "外部連結失效：`{url}` {what}",
        en: "broken external link: `{url}` {what}",
    }
    /// What an outbound link should do.
    detail answers_with_a_page() {
        zh_cn: "能打开网页的网址（重定向之后状态码为 200–399）",
        zh_tw: "能開啟網頁的網址（重新導向之後狀態碼為 200–399）",
        en: "an address that answers with a page (status 200–399, after redirects)",
    }
    /// A hint about a link written in a template.
    detail in_template_hint(hint) {
        zh_cn: "{hint}（这个链接在模板里：请在模板中修改，或在 templates/ 中覆盖这个模板）",
        zh_tw: "{hint}（這個連結在範本裡：請在範本中修改，或在 templates/ 中覆寫這個範本）",
        en: "{hint} (the link is in a template: change it there, or override the template in templates/)",
    }
    /// A hint about a link a template makes from data.
    detail from_data_hint(hint) {
        zh_cn: "{hint}（这个链接是模板根据网站数据生成的：请改正它所来自的数据）",
        zh_tw: "{hint}（這個連結是範本根據網站資料產生的：請改正它所來自的資料）",
        en: "{hint} (a template makes this link from the site's data: fix the data it comes from)",
    }
    /// A finding about a link on built pages.
    message on_pages(message, first, more) {
        zh_cn: "{message}（位于 {first}{more}）",
        zh_tw: "{message}（位於 {first}{more}）",
        en: "{message} (on {first}{more})",
    }
    /// More pages with the same link.
    detail and_more_pages(n) {
        zh_cn: " 及另外 {n} 个页面",
        zh_tw: " 及另外 {n} 個頁面",
        en: " and {n} more page(s)",
    }
}
