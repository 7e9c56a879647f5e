//! `xiaokang --help` and every command's help (`src/cli/help.rs`), and what the command
//! line says about arguments it cannot read.

use crate::messages::catalog_entries;

catalog_entries! {
    /// What xiaokang is, at the top of `--help`.
    detail about() {
        zh_cn: "小康（xiaokang）：用扶贫数据（YAML 文件或表格）和报道（Markdown 文件）生成报告网站",
        zh_tw: "小康（xiaokang）：用扶貧數據（YAML 檔案或表格）和報導（Markdown 檔案）產生報告網站",
        en: "xiaokang (小康): build a report website from poverty-alleviation figures (YAML files or spreadsheets) and stories (Markdown files)",
    }
    /// Below the root command's help: what running with no command does.
    detail no_command() {
        zh_cn: "不带命令运行时（例如在资源管理器里双击 xiaokang.exe），在浏览器中预览它所在文件夹里的网站；没有网站时，帮你新建一个。",
        zh_tw: "不帶命令執行時（例如在檔案總管裡按兩下 xiaokang.exe），在瀏覽器中預覽它所在資料夾裡的網站；沒有網站時，幫你新建一個。",
        en: "Run with no command (as a double-click on xiaokang.exe does), it previews the site in its folder in the browser, or offers to make one.",
    }
    /// The label before the usage line.
    detail usage_label() {
        zh_cn: "用法",
        zh_tw: "用法",
        en: "Usage",
    }
    /// The heading of the commands.
    detail commands_heading() {
        zh_cn: "命令",
        zh_tw: "命令",
        en: "Commands",
    }
    /// The heading of the options.
    detail options_heading() {
        zh_cn: "选项",
        zh_tw: "選項",
        en: "Options",
    }
    /// The heading of positional arguments.
    detail arguments_heading() {
        zh_cn: "参数",
        zh_tw: "參數",
        en: "Arguments",
    }
    /// A folder, as an option's value in the usage.
    detail value_dir() {
        zh_cn: "文件夹",
        zh_tw: "資料夾",
        en: "DIR",
    }
    /// A port, as an option's value.
    detail value_port() {
        zh_cn: "端口",
        zh_tw: "連接埠",
        en: "PORT",
    }
    /// A language, as an option's value.
    detail value_lang() {
        zh_cn: "语言",
        zh_tw: "語言",
        en: "LANG",
    }
    /// `build`.
    detail cmd_build() {
        zh_cn: "生成网站，写入输出文件夹（默认是网站文件夹里的 `output`）",
        zh_tw: "產生網站，寫入輸出資料夾（預設是網站資料夾裡的 `output`）",
        en: "Build the site into the output folder (default: <root>/output)",
    }
    /// `check`.
    detail cmd_check() {
        zh_cn: "检查数据、报道、数据引用、站内链接和锚点，不写任何文件",
        zh_tw: "檢查數據、報導、資料引用、站內連結和錨點，不寫任何檔案",
        en: "Check data, stories, references, internal links and anchors; write nothing",
    }
    /// `serve`.
    detail cmd_serve() {
        zh_cn: "在本机（127.0.0.1）预览网站，文件改动后自动重新生成、刷新页面",
        zh_tw: "在本機（127.0.0.1）預覽網站，檔案變動後自動重新產生、重新整理頁面",
        en: "Serve the site on 127.0.0.1 with live reload; rebuilds on every change",
    }
    /// `new`.
    detail cmd_new() {
        zh_cn: "在一个新的或空的文件夹里新建网站，马上就能生成",
        zh_tw: "在一個新的或空的資料夾裡新建網站，馬上就能產生",
        en: "Create a new site in DIR (a new or empty folder) that builds at once",
    }
    /// `help`.
    detail cmd_help() {
        zh_cn: "显示帮助，或某个命令的帮助",
        zh_tw: "顯示說明，或某個命令的說明",
        en: "Print this message or the help of the given command",
    }
    /// `--lang`.
    detail arg_lang() {
        zh_cn: "提示信息用哪种语言：`zh-CN`、`zh-TW` 或 `en`（不写时依次看环境变量 `XIAOKANG_LANG`、网站的 `language:`、系统的语言）",
        zh_tw: "提示訊息用哪種語言：`zh-CN`、`zh-TW` 或 `en`（不寫時依次看環境變數 `XIAOKANG_LANG`、網站的 `language:`、系統的語言）",
        en: "The language of xiaokang's messages: zh-CN, zh-TW or en (default: XIAOKANG_LANG, then the site's `language:`, then the system's)",
    }
    /// `--root`.
    detail arg_root() {
        zh_cn: "网站所在的文件夹（里面有 `content` 文件夹；不写就是当前文件夹）",
        zh_tw: "網站所在的資料夾（裡面有 `content` 資料夾；不寫就是目前的資料夾）",
        en: "The site's folder (holds content/; default: the current folder)",
    }
    /// `build --out`.
    detail arg_out() {
        zh_cn: "网站写到哪个文件夹（默认是网站文件夹里的 `output`）",
        zh_tw: "網站寫到哪個資料夾（預設是網站資料夾裡的 `output`）",
        en: "Where to write the site (default: <root>/output)",
    }
    /// `build --drafts`.
    detail arg_drafts() {
        zh_cn: "标着 `draft: true` 的报道也生成",
        zh_tw: "標著 `draft: true` 的報導也產生",
        en: "Include stories marked `draft: true`",
    }
    /// `build --booklet-only`.
    detail arg_booklet_only() {
        zh_cn: "只生成简报册（`output/booklet/`），修改简报册时用",
        zh_tw: "只產生簡報冊（`output/booklet/`），修改簡報冊時用",
        en: "Build only the booklet (output/booklet/), for quick iteration on it",
    }
    /// `build --quiet`.
    detail arg_quiet_build() {
        zh_cn: "只显示警告和错误，不显示进度和汇总",
        zh_tw: "只顯示警告和錯誤，不顯示進度和摘要",
        en: "Print only warnings and errors: no progress, no summary",
    }
    /// `check --external`.
    detail arg_external() {
        zh_cn: "也通过网络检查指向其他网站的链接（默认不检查，不联网）",
        zh_tw: "也透過網路檢查指向其他網站的連結（預設不檢查，不連網）",
        en: "Also check outbound http(s) links over the network (off by default: offline)",
    }
    /// `serve --port`.
    detail arg_port() {
        zh_cn: "端口（默认 8080；写 0 就任选一个空闲端口）",
        zh_tw: "連接埠（預設 8080；寫 0 就任選一個空閒連接埠）",
        en: "Port (default: 8080; 0: any free port)",
    }
    /// `serve --open`.
    detail arg_open() {
        zh_cn: "在默认浏览器中打开网站",
        zh_tw: "在預設瀏覽器中開啟網站",
        en: "Open the site in the default browser",
    }
    /// `serve --no-drafts`.
    detail arg_no_drafts() {
        zh_cn: "不显示标着 `draft: true` 的报道（预览时默认显示）",
        zh_tw: "不顯示標著 `draft: true` 的報導（預覽時預設顯示）",
        en: "Leave out stories marked `draft: true` (serve shows drafts by default)",
    }
    /// `serve --quiet`.
    detail arg_quiet_serve() {
        zh_cn: "只显示警告和错误",
        zh_tw: "只顯示警告和錯誤",
        en: "Print only warnings and errors",
    }
    /// `new DIR`.
    detail arg_dir() {
        zh_cn: "要新建网站的文件夹",
        zh_tw: "要新建網站的資料夾",
        en: "The folder to create",
    }
    /// `--help`.
    detail arg_help() {
        zh_cn: "显示帮助",
        zh_tw: "顯示說明",
        en: "Print help",
    }
    /// `--version`.
    detail arg_version() {
        zh_cn: "显示版本",
        zh_tw: "顯示版本",
        en: "Print version",
    }
    /// A command the command line does not have.
    message unknown_command(name) {
        zh_cn: "没有 `{name}` 这个命令",
        zh_tw: "沒有 `{name}` 這個命令",
        en: "there is no command `{name}`",
    }
    /// An option the command does not have.
    message unknown_option(name) {
        zh_cn: "这个命令没有 `{name}` 这个选项",
        zh_tw: "這個命令沒有 `{name}` 這個選項",
        en: "this command has no option `{name}`",
    }
    /// An option's value that is not one it takes.
    message bad_option_value(name, value) {
        zh_cn: "`{name}` 的值 `{value}` 不对",
        zh_tw: "`{name}` 的值 `{value}` 不對",
        en: "`{value}` is not a valid value of `{name}`",
    }
    /// A required argument left out.
    message missing_argument(name) {
        zh_cn: "缺少 `{name}`",
        zh_tw: "缺少 `{name}`",
        en: "`{name}` is missing",
    }
    /// Any other mistake on the command line.
    message bad_command_line() {
        zh_cn: "命令行写得不对",
        zh_tw: "命令列寫得不對",
        en: "the command line is wrong",
    }
    /// The values an option takes.
    detail valid_values(values) {
        zh_cn: "{values}",
        zh_tw: "{values}",
        en: "one of {values}",
    }
    /// What was probably meant.
    detail did_you_mean_arg(name) {
        zh_cn: "是不是想写 `{name}`？",
        zh_tw: "是不是想寫 `{name}`？",
        en: "did you mean `{name}`?",
    }
    /// Where to read the usage.
    detail see_help(command) {
        zh_cn: "运行 `{command} --help` 查看用法",
        zh_tw: "執行 `{command} --help` 查看用法",
        en: "run `{command} --help` for the usage",
    }
}
