//! Messages about `gov:` in site.yaml: a government site's identity and record numbers.

use crate::messages::catalog_entries;

catalog_entries! {
    // --- src/model/gov.rs
    /// A 网站标识码 of the wrong form.
    message gov_not_a_site_code(text) {
        zh_cn: "`gov.site_code`：`{text}` 不是网站标识码",
        zh_tw: "`gov.site_code`：`{text}` 不是網站標識碼",
        en: "`gov.site_code`: `{text}` is not a site code",
    }
    /// What a 网站标识码 looks like.
    detail gov_site_code_expected() {
        zh_cn: "10位：6位行政区划代码加4位数字，例如 `6229000001`；部门网站是 `bm` 加8位数字",
        zh_tw: "10位：6位行政區劃代碼加4位數字，例如 `6229000001`；部門網站是 `bm` 加8位數字",
        en: "10 characters: the 6-digit area code then 4 digits, such as `6229000001`; a department's site: `bm` and 8 digits",
    }
    /// Where the 网站标识码 comes from.
    detail gov_site_code_hint() {
        zh_cn: "网站标识码由全国政府网站信息报送系统给出，照原样抄写，加上引号，不加空格",
        zh_tw: "網站標識碼由全國政府網站信息報送系統給出，照原樣抄寫，加上引號，不加空格",
        en: "the site code is issued by the national government website register; copy it as issued, in quotes, without spaces",
    }
    /// An ICP record number of the wrong form.
    message gov_not_an_icp(text) {
        zh_cn: "`gov.icp`：`{text}` 不是 `ICP` 备案号",
        zh_tw: "`gov.icp`：`{text}` 不是 `ICP` 備案號",
        en: "`gov.icp`: `{text}` is not an ICP record number",
    }
    /// What an ICP record number looks like.
    detail gov_icp_expected() {
        zh_cn: "省份简称、`ICP备`、数字和“号”，例如 `甘ICP备12345678号`，网站编号写在“号”后面：`甘ICP备12345678号-1`",
        zh_tw: "省份簡稱、`ICP備`、數字和「號」，例如 `甘ICP备12345678号`，網站編號寫在「號」後面：`甘ICP备12345678号-1`",
        en: "the province's abbreviation, `ICP备`, the digits and `号`, such as `甘ICP备12345678号`, with the site's number after `号`: `甘ICP备12345678号-1`",
    }
    /// Where the ICP record number comes from.
    detail gov_icp_hint() {
        zh_cn: "照工业和信息化部备案系统（`beian.miit.gov.cn`）查到的备案号抄写",
        zh_tw: "照工業和信息化部備案系統（`beian.miit.gov.cn`）查到的備案號抄寫",
        en: "copy the number as the MIIT record system (beian.miit.gov.cn) shows it",
    }
    /// A 公安机关备案号 of the wrong form.
    message gov_not_a_police_record(text) {
        zh_cn: "`gov.police`：`{text}` 不是公安机关备案号",
        zh_tw: "`gov.police`：`{text}` 不是公安機關備案號",
        en: "`gov.police`: `{text}` is not a public security record number",
    }
    /// What a 公安机关备案号 looks like.
    detail gov_police_expected() {
        zh_cn: "省份简称、“公网安备”、14位数字和“号”，例如 `甘公网安备 62290102000123号`",
        zh_tw: "省份簡稱、「公網安備」、14位數字和「號」，例如 `甘公网安备 62290102000123号`",
        en: "the province's abbreviation, `公网安备`, 14 digits and `号`, such as `甘公网安备 62290102000123号`",
    }
    /// Where the 公安机关备案号 comes from.
    detail gov_police_hint() {
        zh_cn: "照全国互联网安全管理服务平台（`beian.mps.gov.cn`）查到的备案号抄写",
        zh_tw: "照全國互聯網安全管理服務平台（`beian.mps.gov.cn`）查到的備案號抄寫",
        en: "copy the number as the public security record system (beian.mps.gov.cn) shows it",
    }
    /// Footer items the inspections look for that `gov:` does not give.
    message gov_footer_lacks(items) {
        zh_cn: "`gov` 里没有写{items}：政府网站检查要求每个页面的页脚都有这些信息",
        zh_tw: "`gov` 裡沒有寫{items}：政府網站檢查要求每個頁面的頁尾都有這些資訊",
        en: "`gov` gives no {items}: government website inspections look for them in every page's footer",
    }
    /// How to add them.
    detail gov_footer_lacks_hint() {
        zh_cn: "在 `gov:` 下面补上，例如 `contact: 电话 0930-6212345`、`icp: 甘ICP备12345678号-1`、`police: 甘公网安备 62290102000123号`（按本单位的真实信息写）；挂在门户网站下的子站，写门户网站的备案号",
        zh_tw: "在 `gov:` 下面補上，例如 `contact: 電話 0930-6212345`、`icp: 甘ICP備12345678號-1`、`police: 甘公網安備 62290102000123號`（按本單位的真實資訊寫）；掛在入口網站下的子站，寫入口網站的備案號",
        en: "add them under `gov:`, such as `contact: 电话 0930-6212345`, `icp: 甘ICP备12345678号-1`, `police: 甘公网安备 62290102000123号` (the office's real ones); a site under a portal's address writes the portal's record numbers",
    }
    /// 联系方式, in the list of missing footer items.
    detail gov_item_contact() {
        zh_cn: "联系方式（`contact`）",
        zh_tw: "聯繫方式（`contact`）",
        en: "contact (`contact`)",
    }
    /// ICP备案号, in the list of missing footer items.
    detail gov_item_icp() {
        zh_cn: "ICP备案号（`icp`）",
        zh_tw: "ICP備案號（`icp`）",
        en: "ICP record number (`icp`)",
    }
    /// 公安机关备案号, in the list of missing footer items.
    detail gov_item_police() {
        zh_cn: "公安机关备案号（`police`）",
        zh_tw: "公安機關備案號（`police`）",
        en: "public security record number (`police`)",
    }
    /// `gov:` as the subject of a message.
    detail gov_block() {
        zh_cn: "`gov`（网站标识）",
        zh_tw: "`gov`（網站標識）",
        en: "`gov` (the site's identity)",
    }
    /// A 党政机关网站标识 address that is not one.
    message gov_not_a_conac_script(text) {
        zh_cn: "`gov.conac`：`{text}` 不是党政机关网站标识的脚本地址",
        zh_tw: "`gov.conac`：`{text}` 不是黨政機關網站標識的腳本地址",
        en: "`gov.conac`: `{text}` is not the address of a 党政机关网站标识 script",
    }
    /// What a 党政机关网站标识 address looks like.
    detail gov_conac_expected() {
        zh_cn: "`dcs.conac.cn/js/` 下以 `.js` 结尾的地址，例如 `https://dcs.conac.cn/js/33/000/0000/60429971/CA330000000604299710001.js`",
        zh_tw: "`dcs.conac.cn/js/` 下以 `.js` 結尾的地址，例如 `https://dcs.conac.cn/js/33/000/0000/60429971/CA330000000604299710001.js`",
        en: "an address under `dcs.conac.cn/js/` ending in `.js`, such as `https://dcs.conac.cn/js/33/000/0000/60429971/CA330000000604299710001.js`",
    }
    /// Where the 党政机关网站标识 address comes from.
    detail gov_conac_hint() {
        zh_cn: "从机构编制部门给的标识代码里，抄出 `src=` 后面引号里的地址",
        zh_tw: "從機構編制部門給的標識代碼裡，抄出 `src=` 後面引號裡的地址",
        en: "copy the address in quotes after `src=` in the code the establishment office (机构编制部门) gave you",
    }
    /// A government site without the address its SiteDomain tag is taken from.
    message gov_without_base_url() {
        zh_cn: "写了 `gov`，但没有写 `base_url`：网页元数据里缺少 `SiteDomain`（网站域名）",
        zh_tw: "寫了 `gov`，但沒有寫 `base_url`：網頁元數據裡缺少 `SiteDomain`（網站域名）",
        en: "`gov` is set but `base_url` is not: pages lack the `SiteDomain` meta tag",
    }
    /// How to give a government site its domain.
    detail gov_without_base_url_hint() {
        zh_cn: "在 site.yaml 里写上网站正式发布的网址，例如 `base_url: https://www.example.gov.cn/fupin/`",
        zh_tw: "在 site.yaml 裡寫上網站正式發佈的網址，例如 `base_url: https://www.example.gov.cn/fupin/`",
        en: "write the site's public address in site.yaml, such as `base_url: https://www.example.gov.cn/fupin/`",
    }
}
