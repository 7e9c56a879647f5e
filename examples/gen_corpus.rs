//! Writes a synthetic site for scale benchmarks, deterministic for a given seed.
//!
//! `cargo run --release --example gen_corpus -- DIR [--regions N] [--villages V] [--news M]
//! [--seed S] [--png first|all|none] [--flat] [--xlsx]`
//!
//! N county-level regions nested province → prefecture → county (30 provinces, 10
//! prefectures each), every county with a yearly poverty series, funds by year and
//! source, 20–80 projects and one ~1,500-character Chinese story; V village regions
//! spread evenly under the counties (a poverty series, a few projects: one or two charts
//! a page); M news stories. `--flat` puts every county at the top level instead. The site's settings are the defaults a user gets, except
//! `charts.png` when `--png` is given.
//!
//! `--xlsx` writes the same regions and figures (same seed, same numbers) as one workbook,
//! `content/tables/全国.xlsx`, instead of region folders: the sheets and headers of
//! `tables::schema`, one row per region and year, each region known by a synthetic but
//! well-formed GB/T 2260 code (provinces `XX0000` on real province prefixes, prefectures
//! `XXYY00`, counties `XXYYZZ`), so the tree follows from the codes and `标识` is left
//! empty. A county's story goes to `content/regions/<code>/index.md`; news stays Markdown.
//! Villages and `--flat` have no 6-digit codes, so they are refused with `--xlsx`.

use rust_xlsxwriter::{DocProperties, ExcelDateTime, Workbook, XlsxError};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use xiaokang::model::tables::schema::{Section, Sheet};

/// A small deterministic generator (xorshift64*), so the corpus needs no dependency.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn range(&mut self, lo: u64, hi: u64) -> u64 {
        lo + self.next() % (hi - lo + 1)
    }

    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[(self.next() % items.len() as u64) as usize]
    }
}

const SOURCES: &[&str] = &[
    "财政扶贫资金",
    "行业项目资金",
    "东西部协作资金",
    "社会帮扶资金",
];
const CATEGORIES: &[&str] = &[
    "光伏",
    "道路",
    "饮水",
    "易地扶贫搬迁",
    "产业",
    "教育",
    "卫生室",
    "危房改造",
];
const STATUSES: &[&str] = &["completed", "in_progress", "tendering", "planning"];
const PLACES: &[&str] = &[
    "东山", "西河", "南岭", "北川", "青石", "白杨", "红柳", "金川", "清水", "长岭",
];
const SENTENCES: &[&str] = &[
    "县里把产业扶贫作为稳定脱贫的根本之策，因地制宜发展特色种养业，带动贫困户持续增收。",
    "驻村工作队逐户走访，摸清家底，找准致贫原因，制定一户一策的帮扶计划。",
    "易地扶贫搬迁安置点配套建设了学校、卫生室和扶贫车间，搬迁群众实现了就近就业。",
    "光伏扶贫电站建成并网后，村集体每年获得稳定收益，用于公益岗位和小型公益事业。",
    "通村硬化路全面贯通，安全饮水工程覆盖所有行政村，群众出行和用水条件明显改善。",
    "教育扶贫落实资助政策，确保贫困家庭学生不因贫失学；健康扶贫实行先诊疗后付费。",
    "金融扶贫为有劳动能力的贫困户发放小额信贷，支持发展养殖和庭院经济。",
    "技能培训围绕本地用工需求开设课程，组织化劳务输出帮助贫困劳动力稳定就业。",
    "各级干部结对帮扶，定期入户，把政策讲清楚，把问题解决在基层。",
    "村里成立合作社，统一采购、统一销售，让分散的农户连上了大市场。",
];

struct Opts {
    dir: PathBuf,
    regions: usize,
    news: usize,
    seed: u64,
    villages: usize,
    /// Every county at the top level, with no provinces or prefectures.
    flat: bool,
    /// `charts.png`, when not the default.
    png: Option<String>,
    /// One workbook of every region instead of region folders.
    xlsx: bool,
}

fn parse_args() -> Result<Opts, String> {
    let mut args = std::env::args().skip(1);
    let mut o = Opts {
        dir: PathBuf::new(),
        regions: 1000,
        news: 0,
        seed: 1,
        villages: 0,
        flat: false,
        png: None,
        xlsx: false,
    };
    let mut dir = None;
    while let Some(a) = args.next() {
        let mut num = |name: &str| -> Result<u64, String> {
            args.next()
                .and_then(|v| v.parse().ok())
                .ok_or(format!("{name} needs a number"))
        };
        match a.as_str() {
            "--regions" => o.regions = num("--regions")? as usize,
            "--news" => o.news = num("--news")? as usize,
            "--seed" => o.seed = num("--seed")?.max(1),
            "--villages" => o.villages = num("--villages")? as usize,
            "--flat" => o.flat = true,
            "--xlsx" => o.xlsx = true,
            "--png" => o.png = Some(args.next().ok_or("--png needs first, all or none")?),
            _ if dir.is_none() => dir = Some(PathBuf::from(a)),
            other => return Err(format!("unexpected argument {other}")),
        }
    }
    o.dir = dir.ok_or(
        "usage: gen_corpus DIR [--regions N] [--villages V] [--news M] [--seed S] [--png MODE] [--flat] [--xlsx]",
    )?;
    if o.xlsx && (o.flat || o.villages > 0) {
        return Err(
            "--xlsx names regions by 6-digit county codes: no --flat, no --villages".into(),
        );
    }
    // 30 provinces of 10 prefectures, each of at most 99 counties (`ZZ` runs 01–99).
    if o.xlsx && o.regions.div_ceil(300) > 99 {
        return Err(format!(
            "--xlsx fits at most {} counties in the code space",
            300 * 99
        ));
    }
    Ok(o)
}

fn story(rng: &mut Rng, title: &str, region_name: &str, chart: bool) -> String {
    let mut body = String::new();
    let _ = writeln!(body, "---\ntitle: {title}\ndate: 2019-{:02}-{:02}\nsummary: {region_name}脱贫攻坚工作综述\ntags: [产业扶贫, {}]\n---\n", rng.range(1, 12), rng.range(1, 28), rng.pick(CATEGORIES));
    let _ = writeln!(body, "{region_name}建档立卡贫困人口由{{{{ poverty.first.people }}}}降至{{{{ poverty.latest.people }}}}，贫困发生率下降{{{{ poverty.rate_drop }}}}。\n");
    if chart {
        body.push_str("```chart\nkind: poverty-rate\n```\n\n");
    }
    // About 1,500 characters of prose, paragraph by paragraph.
    let mut chars = 0;
    while chars < 1500 {
        let mut para = String::new();
        for _ in 0..4 {
            para.push_str(rng.pick(PLACES));
            para.push_str(rng.pick(SENTENCES));
        }
        chars += para.chars().count();
        body.push_str(&para);
        body.push_str("\n\n");
    }
    body
}

/// A county's figures, drawn once and written as region.yaml or as workbook rows.
struct County {
    name: String,
    area_km2: u64,
    /// In 万.
    population_wan: u64,
    /// (year, households, people, rate in hundredths of a percent).
    poverty: Vec<(u32, u64, u64, u64)>,
    /// (year, source, whole 亿, hundredths of 亿 as written: `{}.{}亿元`).
    funds: Vec<(u32, &'static str, u64, u64)>,
    projects: Vec<Project>,
}

/// One project row.
struct Project {
    name: String,
    category: &'static str,
    status: &'static str,
}

/// A county's figures, drawn from `rng` in the order the corpus has always drawn them.
fn county(rng: &mut Rng, name: &str) -> County {
    let area_km2 = rng.range(800, 20000);
    let population_wan = rng.range(10, 80);
    let mut poverty = Vec::new();
    let mut households = rng.range(3000, 15000);
    let mut rate = rng.range(800, 2500); // hundredths of a percent
    for year in 2014..=2020 {
        let people = households * rng.range(25, 35) / 10;
        poverty.push((year, households, people, rate));
        households = households * rng.range(40, 75) / 100;
        rate = rate * rng.range(40, 75) / 100;
    }
    let mut funds = Vec::new();
    for year in 2016..=2019 {
        for src in SOURCES
            .iter()
            .take(rng.range(1, SOURCES.len() as u64) as usize)
        {
            let whole = rng.range(0, 9);
            funds.push((year, *src, whole, rng.range(1, 99)));
        }
    }
    let count = rng.range(20, 80);
    County {
        name: name.to_string(),
        area_km2,
        population_wan,
        poverty,
        funds,
        projects: projects(rng, count, true),
    }
}

impl County {
    /// `合成测试数据《…脱贫攻坚统计》`: the region's `source`.
    fn source(&self) -> String {
        format!("合成测试数据《{}脱贫攻坚统计》", self.name)
    }

    fn yaml(&self) -> String {
        let mut y = format!(
            "name: {}\nlevel: 县\nsource: {}\nas_of: 2020-12-31\nprofile: {{ area_km2: {}, population: {}万 }}\npoverty:\n",
            self.name,
            self.source(),
            self.area_km2,
            self.population_wan
        );
        for (year, households, people, rate) in &self.poverty {
            let _ = writeln!(
                y,
                "  - {{ year: {year}, households: {households}, people: {people}, rate: {} }}",
                percent(*rate)
            );
        }
        y.push_str("funds:\n");
        for (year, src, whole, frac) in &self.funds {
            let _ = writeln!(
                y,
                "  - {{ year: {year}, source: {src}, amount: {} }}",
                yi(*whole, *frac)
            );
        }
        projects_yaml(&mut y, &self.projects);
        y
    }
}

/// A rate in hundredths of a percent, written `11.05%`.
fn percent(hundredths: u64) -> String {
    format!("{}.{:02}%", hundredths / 100, hundredths % 100)
}

/// An amount as the corpus writes it: `3.7亿元` (the digits after the point unpadded).
fn yi(whole: u64, frac: u64) -> String {
    format!("{whole}.{frac}亿元")
}

/// `count` projects, each named after a category (and a village, in a county's list).
fn projects(rng: &mut Rng, count: u64, named_by_village: bool) -> Vec<Project> {
    (0..count)
        .map(|n| {
            let place = named_by_village.then(|| rng.pick(PLACES));
            let category = rng.pick(CATEGORIES);
            let name = match place {
                Some(p) => format!("{p}村{category}"),
                None => category.to_string(),
            };
            Project {
                name: format!("{name}项目{n}"),
                category: rng.pick(CATEGORIES),
                status: rng.pick(STATUSES),
            }
        })
        .collect()
}

fn projects_yaml(y: &mut String, projects: &[Project]) {
    y.push_str("projects:\n");
    for p in projects {
        let _ = writeln!(
            y,
            "  - {{ name: {}, category: {}, status: {} }}",
            p.name, p.category, p.status
        );
    }
}

fn village_yaml(rng: &mut Rng, name: &str) -> String {
    let mut y = format!("name: {name}\nlevel: 村\nsource: 合成测试数据\npoverty:\n");
    let mut households = rng.range(20, 300);
    for year in [2014, 2017, 2020] {
        let people = households * rng.range(25, 35) / 10;
        let _ = writeln!(
            y,
            "  - {{ year: {year}, households: {households}, people: {people} }}"
        );
        households = households * rng.range(10, 60) / 100;
    }
    let count = rng.range(1, 4);
    let rows = projects(rng, count, false);
    projects_yaml(&mut y, &rows);
    y
}

fn write(path: &Path, text: &str) -> std::io::Result<()> {
    write_bytes(path, text.as_bytes())
}

fn write_bytes(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    if let Some(p) = path.parent() {
        std::fs::create_dir_all(p)?;
    }
    std::fs::write(path, bytes)
}

/// Real province-level prefixes of GB/T 2260 (11 北京 … 65 新疆): 31, of which the corpus
/// uses the first 30.
const PROVINCE_PREFIXES: [u32; 31] = [
    11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46, 50, 51, 52,
    53, 54, 61, 62, 63, 64, 65,
];

/// A workbook cell.
enum Cell {
    Empty,
    Text(String),
    /// Years and counts: whole numbers far below 2^53, exact in an f64.
    Number(u64),
}

/// The rows of `content/tables/全国.xlsx`, sheet by sheet, in the order they are written.
struct Book {
    sheets: Vec<BookSheet>,
}

/// One sheet: its section, the keys of its columns and its rows.
struct BookSheet {
    section: Section,
    keys: Vec<&'static str>,
    rows: Vec<Vec<Cell>>,
}

impl Book {
    fn new() -> Book {
        let sheet = |section, keys: &[&'static str]| BookSheet {
            section,
            keys: ["code", "region", "id"]
                .iter()
                .chain(keys)
                .copied()
                .collect(),
            rows: Vec::new(),
        };
        Book {
            sheets: vec![
                sheet(
                    Section::Regions,
                    &["level", "area_km2", "population", "source", "as_of"],
                ),
                sheet(Section::Poverty, &["year", "households", "people", "rate"]),
                sheet(Section::Funds, &["year", "source", "amount"]),
                sheet(Section::Projects, &["name", "category", "status"]),
            ],
        }
    }

    /// Adds a row to `section`'s sheet: the region's code and name, no `标识` (the id comes
    /// from the code), then `cells` in the sheet's key order.
    fn row(&mut self, section: Section, code: u32, name: &str, cells: Vec<Cell>) {
        let rows = &mut self
            .sheets
            .iter_mut()
            .find(|s| s.section == section)
            .expect("a sheet the book writes")
            .rows;
        let mut row = vec![
            Cell::Text(code.to_string()),
            Cell::Text(name.into()),
            Cell::Empty,
        ];
        row.extend(cells);
        rows.push(row);
    }

    /// A province or prefecture: a name and a level, as their region.yaml files have.
    fn level(&mut self, code: u32, name: &str, level: &str) {
        let mut cells = vec![Cell::Text(level.into())];
        cells.extend([Cell::Empty, Cell::Empty, Cell::Empty, Cell::Empty]);
        self.row(Section::Regions, code, name, cells);
    }

    /// A county's profile and every figure of its region.yaml.
    fn county(&mut self, code: u32, c: &County) {
        let name = c.name.as_str();
        self.row(
            Section::Regions,
            code,
            name,
            vec![
                Cell::Text("县".into()),
                Cell::Number(c.area_km2),
                Cell::Text(format!("{}万", c.population_wan)),
                Cell::Text(c.source()),
                Cell::Text("2020-12-31".into()),
            ],
        );
        for &(year, households, people, rate) in &c.poverty {
            let cells = vec![
                Cell::Number(year.into()),
                Cell::Number(households),
                Cell::Number(people),
                Cell::Text(percent(rate)),
            ];
            self.row(Section::Poverty, code, name, cells);
        }
        for &(year, src, whole, frac) in &c.funds {
            let cells = vec![
                Cell::Number(year.into()),
                Cell::Text(src.into()),
                Cell::Text(yi(whole, frac)),
            ];
            self.row(Section::Funds, code, name, cells);
        }
        for p in &c.projects {
            let cells = vec![
                Cell::Text(p.name.clone()),
                Cell::Text(p.category.into()),
                Cell::Text(p.status.into()),
            ];
            self.row(Section::Projects, code, name, cells);
        }
    }

    /// The workbook's bytes, headers from the schema the reader knows them by; the same
    /// bytes for the same seed (a fixed creation date).
    fn write(&self) -> Result<Vec<u8>, XlsxError> {
        let mut book = Workbook::new();
        let created = ExcelDateTime::from_ymd(2020, 12, 31)?;
        book.set_properties(&DocProperties::new().set_creation_datetime(&created));
        for BookSheet {
            section,
            keys,
            rows,
        } in &self.sheets
        {
            let schema = Sheet::of(*section);
            let ws = book.add_worksheet();
            ws.set_name(schema.name)?;
            for (c, key) in keys.iter().enumerate() {
                let header = schema
                    .all_columns()
                    .find(|col| col.key == *key)
                    .map(|col| col.header)
                    .ok_or_else(|| XlsxError::ParameterError(format!("no column `{key}`")))?;
                ws.write_string(0, c as u16, header)?;
            }
            for (r, row) in rows.iter().enumerate() {
                let r = u32::try_from(r + 1).map_err(|_| XlsxError::RowColumnLimitError)?;
                for (c, cell) in row.iter().enumerate() {
                    match cell {
                        Cell::Empty => {}
                        Cell::Text(t) => {
                            ws.write_string(r, c as u16, t)?;
                        }
                        Cell::Number(n) => {
                            ws.write_number(r, c as u16, *n as f64)?;
                        }
                    }
                }
            }
        }
        book.save_to_buffer()
    }
}

fn run(o: &Opts) -> std::io::Result<()> {
    let mut rng = Rng(o.seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1);
    let content = o.dir.join("content");
    write(
        &content.join("site.yaml"),
        &format!(
            "title: 全国脱贫攻坚数据（合成）\nlanguage: zh-CN\n{}",
            o.png
                .as_ref()
                .map(|m| format!("charts: {{ png: {m} }}\n"))
                .unwrap_or_default()
        ),
    )?;
    let villages_per_county = o.villages.div_ceil(o.regions.max(1));
    let mut villages = 0;
    let counties_per_prefecture = o.regions.div_ceil(300).max(1);
    let mut made = 0;
    // Each county's id, in the order made: what news stories cite.
    let mut ids: Vec<String> = Vec::new();
    let mut book = Book::new();
    'outer: for (p, prefix) in PROVINCE_PREFIXES.iter().take(30).enumerate() {
        // Stop before a province or prefecture that would get no county (an empty leaf).
        if made == o.regions {
            break;
        }
        let pdir = content.join("regions").join(format!("p{p:02}"));
        let pcode = prefix * 10_000;
        if o.xlsx {
            book.level(pcode, &format!("第{p}省"), "省");
        } else if !o.flat {
            write(
                &pdir.join("region.yaml"),
                &format!("name: 第{p}省\nlevel: 省\n"),
            )?;
        }
        for c in 0..10 {
            if made == o.regions {
                break 'outer;
            }
            let ccode = pcode + (c + 1) * 100;
            let cdir = if o.flat {
                content.join("regions")
            } else if o.xlsx {
                book.level(ccode, &format!("第{p}省第{c}市"), "市");
                content.join("regions")
            } else {
                let cdir = pdir.join(format!("p{p:02}c{c:02}"));
                write(
                    &cdir.join("region.yaml"),
                    &format!("name: 第{p}省第{c}市\nlevel: 市\n"),
                )?;
                cdir
            };
            for k in 0..counties_per_prefecture {
                if made == o.regions {
                    break 'outer;
                }
                let name = format!("{}{}县{made}", rng.pick(PLACES), rng.pick(PLACES));
                let figures = county(&mut rng, &name);
                // In a workbook the county is its code; its story's folder is named by it.
                let id = if o.xlsx {
                    let code = ccode + k as u32 + 1;
                    book.county(code, &figures);
                    code.to_string()
                } else {
                    format!("x{made:05}")
                };
                let kdir = cdir.join(&id);
                if !o.xlsx {
                    write(&kdir.join("region.yaml"), &figures.yaml())?;
                }
                write(
                    &kdir.join("index.md"),
                    &story(&mut rng, &format!("{name}脱贫纪实"), &name, k % 2 == 0),
                )?;
                for _ in 0..villages_per_county.min(o.villages - villages) {
                    let vdir = kdir.join(format!("v{villages:06}"));
                    let vname = format!("{}{}村{villages}", rng.pick(PLACES), rng.pick(PLACES));
                    write(&vdir.join("region.yaml"), &village_yaml(&mut rng, &vname))?;
                    villages += 1;
                }
                ids.push(id);
                made += 1;
            }
        }
    }
    if o.xlsx {
        let bytes = book.write().map_err(std::io::Error::other)?;
        write_bytes(&content.join("tables").join("全国.xlsx"), &bytes)?;
    }
    for n in 0..o.news {
        // Each news story cites one county, spread over the site as real news would be.
        let i = (n * 7919) % made.max(1);
        let cited = ids.get(i).cloned().unwrap_or_else(|| format!("x{i:05}"));
        let text = story(&mut rng, &format!("动态{n}"), "各地", false)
            .replace("{{ poverty.", &format!("{{{{ {cited}:poverty."));
        write(&content.join("news").join(format!("n{n:05}.md")), &text)?;
    }
    println!(
        "wrote {made} counties, {villages} villages and {} news stories into {}{}",
        o.news,
        o.dir.display(),
        if o.xlsx {
            " (figures in content/tables/全国.xlsx)"
        } else {
            ""
        }
    );
    Ok(())
}

fn main() {
    match parse_args() {
        Ok(o) => {
            if let Err(e) = run(&o) {
                eprintln!("gen_corpus: {e}");
                std::process::exit(1);
            }
        }
        Err(e) => {
            eprintln!("gen_corpus: {e}");
            std::process::exit(2);
        }
    }
}
