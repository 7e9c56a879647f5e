//! Messages about spreadsheets in `content/tables/`: reading the files (`load::tables`),
//! their sheets, headers and cells (`model::tables`) and giving their rows to regions
//! (`model::assemble`).

use crate::messages::catalog_entries;

catalog_entries! {
    // --- src/load/tables.rs
    /// A spreadsheet format that is not read.
    message table_format_unread(ext) {
        zh_cn: "不能读取 `.{ext}` 格式的表格",
        zh_tw: "無法讀取 `.{ext}` 格式的表格",
        en: "`.{ext}` spreadsheets are not read",
    }
    /// How to save a spreadsheet that can be read.
    detail save_as_xlsx_hint() {
        zh_cn: "在 Excel 或 WPS 中“另存为” Excel 工作簿（.xlsx）或 CSV UTF-8（.csv）",
        zh_tw: "在 Excel 或 WPS 中「另存新檔」為 Excel 活頁簿（.xlsx）或 CSV UTF-8（.csv）",
        en: "save it from Excel or WPS as an Excel workbook (.xlsx) or as CSV UTF-8 (.csv)",
    }
    /// A file in `content/tables/` that is no table.
    message not_a_table_file() {
        zh_cn: "`content/tables/` 中只能放 .xlsx 和 .csv 表格",
        zh_tw: "`content/tables/` 中只能放 .xlsx 和 .csv 表格",
        en: "`content/tables/` holds only .xlsx and .csv tables",
    }
    /// Where other files go.
    detail not_a_table_file_hint() {
        zh_cn: "把其他文件移到 `content/static/`（照原样复制到网站）或站点以外",
        zh_tw: "把其他檔案移到 `content/static/`（照原樣複製到網站）或站點以外",
        en: "move other files to `content/static/` (copied to the site as they are) or out of the site",
    }
    /// A workbook over the size limit.
    message table_too_large(limit) {
        zh_cn: "表格超过 {limit} MB，不予读取",
        zh_tw: "表格超過 {limit} MB，不予讀取",
        en: "the table is larger than {limit} MB and is not read",
    }
    /// How to make a workbook smaller.
    detail table_too_large_hint() {
        zh_cn: "删去图片和不用的工作表，或按年份拆成几个文件",
        zh_tw: "刪去圖片和不用的工作表，或按年份拆成幾個檔案",
        en: "remove pictures and unused sheets, or split it into files by year",
    }
    /// A workbook that cannot be opened.
    message workbook_unreadable(error) {
        zh_cn: "无法打开这个 Excel 工作簿：{error}",
        zh_tw: "無法開啟這個 Excel 活頁簿：{error}",
        en: "cannot open this Excel workbook: {error}",
    }
    /// What to do about an unreadable workbook.
    detail workbook_unreadable_hint() {
        zh_cn: "在 Excel 或 WPS 中打开它，再“另存为” Excel 工作簿（.xlsx）；加了密码的工作簿要先取消密码",
        zh_tw: "在 Excel 或 WPS 中開啟它，再「另存新檔」為 Excel 活頁簿（.xlsx）；設了密碼的活頁簿要先取消密碼",
        en: "open it in Excel or WPS and save it again as an Excel workbook (.xlsx); remove any password first",
    }

    // --- src/model/tables/cells.rs
    /// A date in a cell that holds a number.
    detail date_where_number(date) {
        zh_cn: "这里是日期 {date}，不是数字",
        zh_tw: "這裡是日期 {date}，不是數字",
        en: "it holds the date {date}, not a number",
    }
    /// Why a number became a date.
    detail date_where_number_hint() {
        zh_cn: "Excel 把输入的内容当成了日期：把单元格格式设为“常规”或“数值”，再重新输入",
        zh_tw: "Excel 把輸入的內容當成了日期：把儲存格格式設為「通用格式」或「數值」，再重新輸入",
        en: "Excel took what was typed for a date: set the cell's format to General or Number and type it again",
    }
    /// A TRUE/FALSE cell.
    detail cell_is_bool(value) {
        zh_cn: "这里是逻辑值 {value}",
        zh_tw: "這裡是邏輯值 {value}",
        en: "it holds the logical value {value}",
    }
    /// A formula's error value.
    detail formula_error(error) {
        zh_cn: "公式的结果是错误值 `{error}`",
        zh_tw: "公式的結果是錯誤值 `{error}`",
        en: "its formula gives the error `{error}`",
    }
    /// How to fix a formula error.
    detail formula_error_hint() {
        zh_cn: "在 Excel 中改正这个公式（或把结果粘贴为数值），保存后再生成",
        zh_tw: "在 Excel 中改正這個公式（或把結果貼上為值），儲存後再產生",
        en: "correct the formula in Excel (or paste its result as a value), save, and build again",
    }
    /// A number that is no date serial.
    detail not_a_serial_date(value) {
        zh_cn: "`{value}` 不是日期",
        zh_tw: "`{value}` 不是日期",
        en: "`{value}` is not a date",
    }
    /// How to write a date.
    detail date_as_text_hint() {
        zh_cn: "写成 `2019-06-30`、`2019-06` 或 `2019`",
        zh_tw: "寫成 `2019-06-30`、`2019-06` 或 `2019`",
        en: "write it as `2019-06-30`, `2019-06` or `2019`",
    }
    /// A number cell whose format shows a figure other than the number it holds.
    detail shows_other_number(shown, value) {
        zh_cn: "单元格显示为“{shown}”，但里面的数是 {value}（它的格式只显示这段文字，不显示数）",
        zh_tw: "儲存格顯示為「{shown}」，但裡面的數是 {value}（它的格式只顯示這段文字，不顯示數）",
        en: "it shows “{shown}” but holds the number {value} (its format shows only that text, never the number)",
    }
    /// How to say which figure is meant.
    detail shows_other_number_hint(shown) {
        zh_cn: "要用新数：把单元格格式设为“常规”或“数值”；要保留“{shown}”：把这个数改回原来的数，或直接输入文字“{shown}”",
        zh_tw: "要用新數：把儲存格格式設為「通用格式」或「數值」；要保留「{shown}」：把這個數改回原來的數，或直接輸入文字「{shown}」",
        en: "to use the new number, set the cell's format to General or Number; to keep “{shown}”, put the old number back or type the text “{shown}”",
    }

    // --- src/model/tables/header.rs
    /// A sheet with no header row.
    message no_header_row(sheet) {
        zh_cn: "工作表 `{sheet}` 中找不到表头（前 20 行中没有一行写着至少两个认得的列名）",
        zh_tw: "工作表 `{sheet}` 中找不到表頭（前 20 列中沒有一列寫著至少兩個認得的欄名）",
        en: "no header row in sheet `{sheet}` (none of its first 20 rows names two known columns)",
    }
    /// The headers a sheet may have.
    detail header_expected(headers) {
        zh_cn: "列名如 {headers}",
        zh_tw: "欄名如 {headers}",
        en: "column headers such as {headers}",
    }
    /// How to write a header row.
    detail no_header_row_hint() {
        zh_cn: "在数据上方加一行列名，例如 `行政区划代码 | 地区 | 年份 | 贫困人口`",
        zh_tw: "在資料上方加一列欄名，例如 `行政區劃代碼 | 地區 | 年份 | 貧困人口`",
        en: "put a row of column headers above the data, such as `行政区划代码 | 地区 | 年份 | 贫困人口`",
    }
    /// The same column twice.
    message header_twice(header) {
        zh_cn: "列名 `{header}` 出现了两次",
        zh_tw: "欄名 `{header}` 出現了兩次",
        en: "the column `{header}` appears twice",
    }
    /// What to do with a repeated column.
    detail header_twice_hint() {
        zh_cn: "两列会读成同一个数字：把不要读的一列改个列名（如在前面加“原”），留在表里即可，不必删去",
        zh_tw: "兩欄會讀成同一個數字：把不要讀的一欄改個欄名（如在前面加「原」），留在表裡即可，不必刪去",
        en: "both would be read as the same figure: rename the one not to be read (prefix it with 原, say); it can stay in the sheet",
    }
    /// A year column in a sheet that names no figure for it.
    message year_column_without_figure(header) {
        zh_cn: "年份列 `{header}` 上方没有写明是哪个数字",
        zh_tw: "年份欄 `{header}` 上方沒有寫明是哪個數字",
        en: "the year column `{header}` does not say which figure it holds",
    }
    /// How to name a year column's figure.
    detail year_column_hint() {
        zh_cn: "在年份列上方加一行合并单元格写明数字名称（如 `贫困人口`），或改用一列 `年份` 的长表",
        zh_tw: "在年份欄上方加一列合併儲存格寫明數字名稱（如 `贫困人口`），或改用一欄 `年份` 的長表",
        en: "put the figure's name (such as `贫困人口`) in a merged cell above the years, or use a `年份` column instead",
    }
    /// Columns of a sheet that are not read (a note).
    message columns_not_read(sheet, columns) {
        zh_cn: "工作表 `{sheet}` 中这些列没有读取：{columns}",
        zh_tw: "工作表 `{sheet}` 中這些欄沒有讀取：{columns}",
        en: "these columns of sheet `{sheet}` are not read: {columns}",
    }
    /// Why columns not read are harmless, and how to have one read.
    detail columns_not_read_hint(sheet) {
        zh_cn: "序号、备注说明之类的列照原样留在表里即可；如果其中有要发布的数字，把列名改成 `{sheet}` 表认得的列名",
        zh_tw: "序號、備註說明之類的欄照原樣留在表裡即可；如果其中有要發佈的數字，把欄名改成 `{sheet}` 表認得的欄名",
        en: "columns such as a row number or remarks can stay as they are; if one holds figures to publish, give it a header the `{sheet}` sheet knows",
    }
    /// A column not read whose header looks like a typing slip.
    message column_not_read(header) {
        zh_cn: "`{header}` 这一列没有读取：不认得这个列名",
        zh_tw: "`{header}` 這一欄沒有讀取：不認得這個欄名",
        en: "the column `{header}` is not read: its header is not known",
    }
    /// A row's total over its year columns that differs.
    message row_total_differs(header, total, sum, count) {
        zh_cn: "`{header}` 是 {total}，但这一行 {count} 个年份相加是 {sum}",
        zh_tw: "`{header}` 是 {total}，但這一列 {count} 個年份相加是 {sum}",
        en: "`{header}` is {total}, but the row's {count} years add up to {sum}",
    }
    /// A row of text below a table's notes, taken as notes (a note).
    message row_below_notes() {
        zh_cn: "这一行在表下的注释或签名下面，只有文字没有数字，当作注释没有读取",
        zh_tw: "這一列在表下的註釋或簽名下面，只有文字沒有數字，當作註釋沒有讀取",
        en: "this row, below the table's notes or signatures, holds text and no figure: it is taken as notes and not read",
    }
    /// How to have such a row read.
    detail row_below_notes_hint() {
        zh_cn: "如果这是一行数据，把它移到注释上面",
        zh_tw: "如果這是一列資料，把它移到註釋上面",
        en: "if it is a row of figures, move it above the notes",
    }
    /// What to do about a row's total that differs from its years.
    detail row_total_differs_hint() {
        zh_cn: "这一行各年的数字和合计有一个抄错了，或合计没有随数字更新：核对后改正",
        zh_tw: "這一列各年的數字和合計有一個抄錯了，或合計沒有隨數字更新：核對後改正",
        en: "a year's figure or the row's total is mistyped, or the total was not updated with the figures: check and correct it",
    }
    /// A sheet with no column naming the region.
    message no_region_column(sheet) {
        zh_cn: "工作表 `{sheet}` 没有说明每行是哪个地区的列",
        zh_tw: "工作表 `{sheet}` 沒有說明每列是哪個地區的欄",
        en: "sheet `{sheet}` has no column saying which region a row is about",
    }
    /// How to name a row's region.
    detail no_region_column_hint() {
        zh_cn: "加一列 `行政区划代码`（如 `623026`）或 `地区`（如 `碌曲县`）",
        zh_tw: "加一欄 `行政区划代码`（如 `623026`）或 `地区`（如 `碌曲县`）",
        en: "add a `行政区划代码` column (such as `623026`) or a `地区` column (such as `碌曲县`)",
    }

    // --- src/model/tables/mod.rs
    /// A hidden sheet, left out.
    message hidden_sheet_ignored(sheet) {
        zh_cn: "隐藏的工作表 `{sheet}` 没有读取",
        zh_tw: "隱藏的工作表 `{sheet}` 沒有讀取",
        en: "the hidden sheet `{sheet}` is not read",
    }
    /// How to have a hidden sheet read.
    detail hidden_sheet_hint() {
        zh_cn: "如果要用其中的数字，在 Excel 中取消隐藏这个工作表",
        zh_tw: "如果要用其中的數字，在 Excel 中取消隱藏這個工作表",
        en: "unhide the sheet in Excel if its figures should be read",
    }
    /// A sheet whose name, header and title say nothing known: not read (a note).
    message unknown_sheet(sheet) {
        zh_cn: "工作表 `{sheet}` 没有读取：从表名、标题和列名都看不出是什么数字",
        zh_tw: "工作表 `{sheet}` 沒有讀取：從表名、標題和欄名都看不出是什麼數字",
        en: "the sheet `{sheet}` is not read: neither its name, title nor headers say which figures it holds",
    }
    /// What to do with an unknown sheet.
    detail unknown_sheet_hint() {
        zh_cn: "填表说明之类的工作表不用管；如果其中有要发布的数字，把工作表改名为上面的名称之一",
        zh_tw: "填表說明之類的工作表不用管；如果其中有要發佈的數字，把工作表改名為上面的名稱之一",
        en: "sheets such as instructions can stay; if it holds figures to publish, rename it to one of these names",
    }
    /// A sheet read as a kind its header or title names (a note).
    message sheet_read_as(sheet, kind) {
        zh_cn: "工作表 `{sheet}` 按列名和标题作为 `{kind}` 表读取",
        zh_tw: "工作表 `{sheet}` 按欄名和標題作為 `{kind}` 表讀取",
        en: "the sheet `{sheet}` is read as a `{kind}` sheet, by its headers and title",
    }
    /// A cell of a column, as the subject of a message.
    detail cell_of_column(header) {
        zh_cn: "`{header}` 列的单元格",
        zh_tw: "`{header}` 欄的儲存格",
        en: "the `{header}` cell",
    }
    /// A cell that cannot be read.
    message bad_cell(what, reason) {
        zh_cn: "{what}读不出来：{reason}",
        zh_tw: "{what}讀不出來：{reason}",
        en: "{what} cannot be read: {reason}",
    }
    /// A code not in GB/T 2260's shape.
    message bad_code(code, problem) {
        zh_cn: "`{code}` 不是行政区划代码：{problem}",
        zh_tw: "`{code}` 不是行政區劃代碼：{problem}",
        en: "`{code}` is not an administrative division code: {problem}",
    }
    /// A code of the wrong length.
    detail code_not_six_digits() {
        zh_cn: "应为 6 位数字",
        zh_tw: "應為 6 位數字",
        en: "it must be six digits",
    }
    /// A code whose province does not exist.
    detail code_no_such_province(prefix) {
        zh_cn: "没有以 `{prefix}` 开头的省级行政区",
        zh_tw: "沒有以 `{prefix}` 開頭的省級行政區",
        en: "no province's code starts with `{prefix}`",
    }
    /// What a code looks like.
    detail code_expected() {
        zh_cn: "GB/T 2260 的 6 位代码，如 `620000`（省）、`623000`（州、市）、`623026`（县）",
        zh_tw: "GB/T 2260 的 6 位代碼，如 `620000`（省）、`623000`（州、市）、`623026`（縣）",
        en: "a six-digit GB/T 2260 code such as `620000` (province), `623000` (prefecture), `623026` (county)",
    }
    /// Where codes go wrong.
    detail code_hint() {
        zh_cn: "代码列要设为“文本”格式，否则 Excel 会去掉开头的 0 或改成科学计数法",
        zh_tw: "代碼欄要設為「文字」格式，否則 Excel 會去掉開頭的 0 或改成科學記號",
        en: "format the code column as Text, or Excel drops leading zeros and writes long numbers in scientific notation",
    }
    /// A data row that names no region.
    message row_without_region() {
        zh_cn: "这一行有数字，但没有写是哪个地区的",
        zh_tw: "這一列有數字，但沒有寫是哪個地區的",
        en: "this row has figures but does not say which region they are of",
    }
    /// How to name the region of a row.
    detail row_without_region_hint() {
        zh_cn: "填上 `行政区划代码` 或 `地区`；合并单元格跨行时，每一行都会读到它的值",
        zh_tw: "填上 `行政区划代码` 或 `地区`；合併儲存格跨列時，每一列都會讀到它的值",
        en: "fill in `行政区划代码` or `地区`; a merged cell over several rows counts for each of them",
    }

    // --- src/model/tables/totals.rs
    /// A totals row that differs from the rows' sum.
    message total_differs(word, header, total, sum, rows) {
        zh_cn: "`{word}` 行的 `{header}` 是 {total}，但它合计的 {rows} 行相加是 {sum}",
        zh_tw: "`{word}` 列的 `{header}` 是 {total}，但它合計的 {rows} 列相加是 {sum}",
        en: "the `{word}` row gives `{header}` {total}, but the {rows} rows it totals add up to {sum}",
    }
    /// What to do about a total that differs.
    detail total_differs_hint() {
        zh_cn: "检查是否漏了或多了某一行、某个数字是否抄错，或合计是否过时；合计行不作为地区读取",
        zh_tw: "檢查是否漏了或多了某一列、某個數字是否抄錯，或合計是否過時；合計列不作為地區讀取",
        en: "look for a row missing or extra, a mistyped figure or an outdated total; the totals row is not read as a region",
    }
    /// A total that differs exactly by the numbers stored as text.
    detail total_skips_text_hint(cells) {
        zh_cn: "{cells} 中的数字存成了文本，Excel 的 SUM 不计文本，合计少算了它们：选中这些单元格，点“转换为数字”，合计会自动更正",
        zh_tw: "{cells} 中的數字存成了文字，Excel 的 SUM 不計文字，合計少算了它們：選取這些儲存格，點「轉換成數字」，合計會自動更正",
        en: "{cells} hold numbers stored as text, which Excel's SUM skips: select them and choose Convert to Number, and the total corrects itself",
    }

    // --- src/model/assemble.rs
    /// A region name that fits several regions.
    message region_name_ambiguous(name, count) {
        zh_cn: "有 {count} 个地区都叫 `{name}`，不知道这一行是哪一个的",
        zh_tw: "有 {count} 個地區都叫 `{name}`，不知道這一列是哪一個的",
        en: "{count} regions are called `{name}`: which one this row is about is unclear",
    }
    /// How to tell regions of one name apart.
    detail region_name_ambiguous_hint() {
        zh_cn: "加一列 `行政区划代码`，用代码指明是哪个地区",
        zh_tw: "加一欄 `行政区划代码`，用代碼指明是哪個地區",
        en: "add a `行政区划代码` column and name the region by its code",
    }
    /// A region name no region has.
    message unknown_region_name(name) {
        zh_cn: "站点中没有叫 `{name}` 的地区",
        zh_tw: "站點中沒有叫 `{name}` 的地區",
        en: "the site has no region called `{name}`",
    }
    /// How to make a region known.
    detail unknown_region_name_hint() {
        zh_cn: "在 `地区` 表中加一行，写上它的 `行政区划代码` 和名称；或检查名称是否写错",
        zh_tw: "在 `地区` 表中加一列，寫上它的 `行政区划代码` 和名稱；或檢查名稱是否寫錯",
        en: "add it to the `地区` sheet with its `行政区划代码` and name, or check the name for typos",
    }
    /// A code no region of the site has.
    message code_not_a_region(code) {
        zh_cn: "行政区划代码 `{code}` 不是站点中的地区",
        zh_tw: "行政區劃代碼 `{code}` 不是站點中的地區",
        en: "the code `{code}` is not a region of the site",
    }
    /// The nearest region to a code or name.
    detail nearest_region_hint(code, name) {
        zh_cn: "是不是 `{code}`（{name}）？",
        zh_tw: "是不是 `{code}`（{name}）？",
        en: "did you mean `{code}` ({name})?",
    }
    /// How a region becomes one of the site.
    detail region_not_declared_hint() {
        zh_cn: "检查代码是否抄错；新的地区要先写进 `地区` 表，或建一个写有 `code:` 的地区文件夹",
        zh_tw: "檢查代碼是否抄錯；新的地區要先寫進 `地区` 表，或建一個寫有 `code:` 的地區資料夾",
        en: "check the code for a typing slip; a new region goes into the `地区` sheet first, or a region folder whose region.yaml gives `code:`",
    }
    /// A row whose code and name are of different regions.
    message code_name_disagree(code, name, written) {
        zh_cn: "行政区划代码 `{code}` 是 {name}，这一行的地区却写着 `{written}`",
        zh_tw: "行政區劃代碼 `{code}` 是 {name}，這一列的地區卻寫著 `{written}`",
        en: "the code `{code}` is {name}, but this row's region reads `{written}`",
    }
    /// How to settle a code and name that disagree.
    detail code_name_disagree_hint() {
        zh_cn: "代码和名称有一个写错了：照 `地区` 表或其他各行改正",
        zh_tw: "代碼和名稱有一個寫錯了：照 `地区` 表或其他各列改正",
        en: "one of the code and the name is wrong: correct it after the `地区` sheet or the other rows",
    }
    /// A name given elsewhere with another code.
    message name_has_other_code(name, code, other) {
        zh_cn: "{name} 在这里的代码是 `{code}`，在其他各行是 `{other}`",
        zh_tw: "{name} 在這裡的代碼是 `{code}`，在其他各列是 `{other}`",
        en: "{name} has the code `{code}` here but `{other}` in the other rows",
    }
    /// The same region twice in the region sheet.
    message region_row_twice(first) {
        zh_cn: "这个地区在 `地区` 表中出现了两次，第一次在 {first}",
        zh_tw: "這個地區在 `地区` 表中出現了兩次，第一次在 {first}",
        en: "this region is in the `地区` sheet twice; first at {first}",
    }
    /// What to do with a repeated region.
    detail region_row_twice_hint() {
        zh_cn: "删去重复的一行；如果是两个不同的地区，检查代码是否抄错",
        zh_tw: "刪去重複的一列；如果是兩個不同的地區，檢查代碼是否抄錯",
        en: "delete the repeated row; if they are two regions, check the codes for a copying mistake",
    }
    /// A parent that is no region.
    message unknown_parent(parent) {
        zh_cn: "`上级` 中的 `{parent}` 不是站点中的另一个地区",
        zh_tw: "`上级` 中的 `{parent}` 不是站點中的另一個地區",
        en: "the `上级` `{parent}` is not another region of the site",
    }
    /// How to write a parent.
    detail unknown_parent_hint() {
        zh_cn: "`上级` 写上级地区的行政区划代码、标识或名称，它本身也要在 `地区` 表中",
        zh_tw: "`上级` 寫上級地區的行政區劃代碼、標識或名稱，它本身也要在 `地区` 表中",
        en: "write the parent's code, id or name in `上级`; the parent must be in the `地区` sheet too",
    }
    /// A folder nested under another parent than the table's.
    message parent_disagrees(folder, table) {
        zh_cn: "文件夹把这个地区放在 {folder} 之下，表格却说它的上级是 {table}",
        zh_tw: "資料夾把這個地區放在 {folder} 之下，表格卻說它的上級是 {table}",
        en: "the folders put this region under {folder}, but the table gives its parent as {table}",
    }
    /// How to settle where a region belongs.
    detail parent_disagrees_hint() {
        zh_cn: "把文件夹移到上级地区的文件夹里，或直接放在 `content/regions/` 下（由表格决定上级）",
        zh_tw: "把資料夾移到上級地區的資料夾裡，或直接放在 `content/regions/` 下（由表格決定上級）",
        en: "move the folder into its parent's folder, or straight under `content/regions/` (the table then decides)",
    }
    /// Parents that go round in a loop.
    message parent_loop(region) {
        zh_cn: "{region} 的 `上级` 绕成了一个圈，找不到最上一级",
        zh_tw: "{region} 的 `上级` 繞成了一個圈，找不到最上一級",
        en: "the `上级` of {region} go round in a loop with no top",
    }
    /// A folder of stories that no table region has.
    detail story_folder_unbound_hint(id) {
        zh_cn: "没有表格行的 `标识` 或 `行政区划代码` 是 `{id}`：在 `地区` 表中给这个地区的 `标识` 写上 `{id}`，或在文件夹中放一个写有 `code:` 的 region.yaml",
        zh_tw: "沒有表格列的 `标识` 或 `行政区划代码` 是 `{id}`：在 `地区` 表中給這個地區的 `标识` 寫上 `{id}`，或在資料夾中放一個寫有 `code:` 的 region.yaml",
        en: "no table row has `标识` or `行政区划代码` `{id}`: write `{id}` in the region's `标识` in the `地区` sheet, or put a region.yaml with `code:` in the folder",
    }
    /// A region key the table and region.yaml give differently.
    message given_in_table_and_yaml(key, yaml) {
        zh_cn: "`{key}` 在表格里和 region.yaml 里（{yaml}）写的不一样",
        zh_tw: "`{key}` 在表格裡和 region.yaml 裡（{yaml}）寫的不一樣",
        en: "`{key}` is given differently here and in region.yaml ({yaml})",
    }
    /// Where a figure should live.
    detail given_in_table_and_yaml_hint() {
        zh_cn: "每个数字只写在一个地方：删去表格里的，或删去 region.yaml 里的",
        zh_tw: "每個數字只寫在一個地方：刪去表格裡的，或刪去 region.yaml 裡的",
        en: "give each figure in one place only: delete it from the table or from region.yaml",
    }
    /// A region that only data rows name.
    message region_without_name(id) {
        zh_cn: "地区 `{id}` 没有名称：只有数据行用代码提到它",
        zh_tw: "地區 `{id}` 沒有名稱：只有資料列用代碼提到它",
        en: "the region `{id}` has no name: only data rows name it, by its code",
    }
    /// How to name a region of a table.
    detail region_without_name_hint(id) {
        zh_cn: "在 `地区` 表中加一行：`行政区划代码` 写 `{id}`，`地区` 写它的名称；或在这一行的 `地区` 列写上名称",
        zh_tw: "在 `地区` 表中加一列：`行政区划代码` 寫 `{id}`，`地区` 寫它的名稱；或在這一列的 `地区` 欄寫上名稱",
        en: "add a row to the `地区` sheet with `行政区划代码` `{id}` and its name in `地区`, or fill in this row's `地区`",
    }
    /// A region of the region sheet with neither code nor id.
    detail region_needs_code_hint() {
        zh_cn: "`地区` 表中的每个地区都要有 `行政区划代码` 或 `标识`（它在网站上的地址），或者有一个同名的地区文件夹",
        zh_tw: "`地区` 表中的每個地區都要有 `行政区划代码` 或 `标识`（它在網站上的位址），或者有一個同名的地區資料夾",
        en: "every region of the `地区` sheet needs a `行政区划代码` or a `标识` (its address in the site), or a region folder of that name",
    }
}
