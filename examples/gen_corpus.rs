//! Writes a synthetic site for scale benchmarks, deterministic for a given seed.
//!
//! `cargo run --release --example gen_corpus -- DIR [--regions N] [--villages V] [--news M]
//! [--seed S] [--png first|all|none] [--flat]`
//!
//! N county-level regions nested province → prefecture → county (30 provinces, 10
//! prefectures each), every county with a yearly poverty series, funds by year and
//! source, 20–80 projects and one ~1,500-character Chinese story; V village regions
//! spread evenly under the counties (a poverty series, a few projects: one or two charts
//! a page); M news stories. `--flat` puts every county at the top level instead. The site's settings are the defaults a user gets, except
//! `charts.png` when `--png` is given.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

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
            "--png" => o.png = Some(args.next().ok_or("--png needs first, all or none")?),
            _ if dir.is_none() => dir = Some(PathBuf::from(a)),
            other => return Err(format!("unexpected argument {other}")),
        }
    }
    o.dir = dir.ok_or(
        "usage: gen_corpus DIR [--regions N] [--villages V] [--news M] [--seed S] [--png MODE] [--flat]",
    )?;
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

fn county_yaml(rng: &mut Rng, name: &str) -> String {
    let mut y = format!(
        "name: {name}\nlevel: 县\nsource: 合成测试数据《{name}脱贫攻坚统计》\nas_of: 2020-12-31\nprofile: {{ area_km2: {}, population: {}万 }}\npoverty:\n",
        rng.range(800, 20000),
        rng.range(10, 80)
    );
    let mut households = rng.range(3000, 15000);
    let mut rate = rng.range(800, 2500); // hundredths of a percent
    for year in 2014..=2020 {
        let people = households * rng.range(25, 35) / 10;
        let _ = writeln!(
            y,
            "  - {{ year: {year}, households: {households}, people: {people}, rate: {}.{:02}% }}",
            rate / 100,
            rate % 100
        );
        households = households * rng.range(40, 75) / 100;
        rate = rate * rng.range(40, 75) / 100;
    }
    y.push_str("funds:\n");
    for year in 2016..=2019 {
        for src in SOURCES
            .iter()
            .take(rng.range(1, SOURCES.len() as u64) as usize)
        {
            let _ = writeln!(
                y,
                "  - {{ year: {year}, source: {src}, amount: {}.{}亿元 }}",
                rng.range(0, 9),
                rng.range(1, 99)
            );
        }
    }
    let count = rng.range(20, 80);
    projects(&mut y, rng, count, true);
    y
}

/// `count` project rows, each named after a category (and a village, in a county's list).
fn projects(y: &mut String, rng: &mut Rng, count: u64, named_by_village: bool) {
    y.push_str("projects:\n");
    for n in 0..count {
        let place = named_by_village.then(|| rng.pick(PLACES));
        let category = rng.pick(CATEGORIES);
        let name = match place {
            Some(p) => format!("{p}村{category}"),
            None => category.to_string(),
        };
        let _ = writeln!(
            y,
            "  - {{ name: {name}项目{n}, category: {}, status: {} }}",
            rng.pick(CATEGORIES),
            rng.pick(STATUSES)
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
    projects(&mut y, rng, count, false);
    y
}

fn write(path: &Path, text: &str) -> std::io::Result<()> {
    if let Some(p) = path.parent() {
        std::fs::create_dir_all(p)?;
    }
    std::fs::write(path, text)
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
    'outer: for p in 0..30 {
        // Stop before a province or prefecture that would get no county (an empty leaf).
        if made == o.regions {
            break;
        }
        let pdir = content.join("regions").join(format!("p{p:02}"));
        if !o.flat {
            write(
                &pdir.join("region.yaml"),
                &format!("name: 第{p}省\nlevel: 省\n"),
            )?;
        }
        for c in 0..10 {
            if made == o.regions {
                break 'outer;
            }
            let cdir = if o.flat {
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
                let kdir = cdir.join(format!("x{made:05}"));
                write(&kdir.join("region.yaml"), &county_yaml(&mut rng, &name))?;
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
                made += 1;
            }
        }
    }
    for n in 0..o.news {
        // Each news story cites one county, spread over the site as real news would be.
        let cited = format!("x{:05}", (n * 7919) % made.max(1));
        let text = story(&mut rng, &format!("动态{n}"), "各地", false)
            .replace("{{ poverty.", &format!("{{{{ {cited}:poverty."));
        write(&content.join("news").join(format!("n{n:05}.md")), &text)?;
    }
    println!(
        "wrote {made} counties, {villages} villages and {} news stories into {}",
        o.news,
        o.dir.display()
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
