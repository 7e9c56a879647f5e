//! Messages about the 简报 form in site.yaml: `booklet.form`, `booklet.jianbao` and
//! `booklet.fonts` (`src/model/briefing.rs`), and the regions `issues` names.

use crate::messages::catalog_entries;

catalog_entries! {
    // --- src/model/briefing.rs
    /// A `booklet.form` that is neither form.
    message form_unknown(text) {
        zh_cn: "`booklet.form`：没有 `{text}` 这种版式",
        zh_tw: "`booklet.form`：沒有 `{text}` 這種版式",
        en: "`booklet.form`: there is no form `{text}`",
    }
    /// The forms there are.
    detail form_expected() {
        zh_cn: "`jianbao`（简报，按党政机关公文格式）或 `report`（网页式报告）",
        zh_tw: "`jianbao`（簡報，按黨政機關公文格式）或 `report`（網頁式報告）",
        en: "`jianbao` (the 简报 of GB/T 9704) or `report` (the web-style report)",
    }
    /// What each form is for.
    detail form_hint() {
        zh_cn: "不写时，各地区的简报用 `jianbao`，全站汇编用 `report`",
        zh_tw: "不寫時，各地區的簡報用 `jianbao`，全站彙編用 `report`",
        en: "unwritten, each region's briefing is a `jianbao` and the site's booklet a `report`",
    }
    /// A 期号 that is not a number.
    message issue_not_a_number(what, text) {
        zh_cn: "{what}：`{text}` 不是期号",
        zh_tw: "{what}：`{text}` 不是期號",
        en: "{what}: `{text}` is not an issue number",
    }
    /// What a 期号 looks like.
    detail issue_expected() {
        zh_cn: "一个正整数，例如 `12`",
        zh_tw: "一個正整數，例如 `12`",
        en: "a whole number above zero, such as `12`",
    }
    /// How a 期号 is printed.
    detail issue_hint() {
        zh_cn: "只写数字：`issue: 12` 印成“第12期”",
        zh_tw: "只寫數字：`issue: 12` 印成「第12期」",
        en: "write the number only: `issue: 12` prints as “No. 12”",
    }
    /// `issues` that is not a mapping of region ids to numbers.
    message issues_not_a_mapping(found) {
        zh_cn: "`booklet.jianbao.issues` 应当是地区和期号的对照，这里是{found}",
        zh_tw: "`booklet.jianbao.issues` 應當是地區和期號的對照，這裡是{found}",
        en: "`booklet.jianbao.issues` should map region ids to issue numbers; found {found}",
    }
    /// What `issues` looks like.
    detail issues_expected() {
        zh_cn: "每行一个地区代号和它的期号，例如 `issues: {{ luqu: 3, kangle: 5 }}`",
        zh_tw: "每行一個地區代號和它的期號，例如 `issues: {{ luqu: 3, kangle: 5 }}`",
        en: "a region id and its issue number on each line, such as `issues: {{ luqu: 3, kangle: 5 }}`",
    }
    /// A region given two 期号.
    message issues_region_twice(id) {
        zh_cn: "`booklet.jianbao.issues` 里 `{id}` 写了两次",
        zh_tw: "`booklet.jianbao.issues` 裡 `{id}` 寫了兩次",
        en: "`booklet.jianbao.issues` gives `{id}` twice",
    }
    /// Which 期号 counts.
    detail issues_region_twice_hint() {
        zh_cn: "一份简报只有一个期号：删去多余的一行",
        zh_tw: "一份簡報只有一個期號：刪去多餘的一行",
        en: "a briefing has one issue number: delete the extra line",
    }
    /// `issues` naming a region the site lacks.
    message issues_region_unknown(id) {
        zh_cn: "`booklet.jianbao.issues` 里的地区 `{id}` 不存在",
        zh_tw: "`booklet.jianbao.issues` 裡的地區 `{id}` 不存在",
        en: "`booklet.jianbao.issues` names a region `{id}` the site does not have",
    }
    /// What the keys of `issues` are.
    detail issues_region_expected() {
        zh_cn: "地区代号，即 `content/regions/` 下地区文件夹的名字",
        zh_tw: "地區代號，即 `content/regions/` 下地區資料夾的名字",
        en: "a region id: the name of its folder under `content/regions/`",
    }
    /// 共印份数 that is not a number.
    message copies_not_a_number(text) {
        zh_cn: "`booklet.jianbao.copies`：`{text}` 不是份数",
        zh_tw: "`booklet.jianbao.copies`：`{text}` 不是份數",
        en: "`booklet.jianbao.copies`: `{text}` is not a number of copies",
    }
    /// What 共印份数 looks like.
    detail copies_expected() {
        zh_cn: "一个正整数，例如 `200` 或 `200份`，印成“（共印200份）”",
        zh_tw: "一個正整數，例如 `200` 或 `200份`，印成「（共印200份）」",
        en: "a whole number above zero, such as `200` or `200份`",
    }
    // --- src/render/booklet/fonts.rs, roles.rs
    /// Which font served each role of the 简报.
    message font_roles(title, heading1, heading2, body, page) {
        zh_cn: "简报字体：{title}；{heading1}；{heading2}；{body}；{page}",
        zh_tw: "簡報字型：{title}；{heading1}；{heading2}；{body}；{page}",
        en: "fonts of the 简报: {title}; {heading1}; {heading2}; {body}; {page}",
    }
    /// One role and its font in that list.
    detail font_role_served(role, family, origin) {
        zh_cn: "{role} 用 {family}（{origin}）",
        zh_tw: "{role} 用 {family}（{origin}）",
        en: "{role}: {family} ({origin})",
    }
    /// A font from the site's `fonts/` folder.
    detail font_from_site() {
        zh_cn: "站点 fonts/ 文件夹",
        zh_tw: "站點 fonts/ 資料夾",
        en: "the site's fonts/ folder",
    }
    /// A font of the system.
    detail font_from_system() {
        zh_cn: "本机字体",
        zh_tw: "本機字型",
        en: "this computer's fonts",
    }
    /// A font built into xiaokang.
    detail font_from_built_in() {
        zh_cn: "小康自带",
        zh_tw: "小康自帶",
        en: "built into xiaokang",
    }
    /// A role served by another role's font.
    detail font_standing_in(other) {
        zh_cn: "没有这种字体，暂用{other}",
        zh_tw: "沒有這種字型，暫用{other}",
        en: "none installed; {other} stands in",
    }
    /// Where better fonts come from.
    detail font_roles_hint() {
        zh_cn: "想用单位自己的字体（如方正小标宋简体、仿宋_GB2312），把字体文件放进站点的 fonts/ 文件夹，或装在本机上",
        zh_tw: "想用單位自己的字型（如方正小標宋簡體、仿宋_GB2312），把字型檔案放進站點的 fonts/ 資料夾，或裝在本機上",
        en: "to use the office's own fonts (such as 方正小标宋简体 or 仿宋_GB2312), put their files in the site's fonts/ folder or install them on this computer",
    }
}
