//! Random edit sequences over a generated site, each rebuilt as `serve` rebuilds it (from
//! its last good build) and compared, byte for byte, with a build from scratch after
//! every step: figures, names, stories added and removed, a county moved to another
//! province or added and removed, site.yaml, news, and an edit that breaks the build and
//! its mending. Seeds are fixed, so a failure names the seed and step that make it
//! again; `XIAOKANG_EDIT_SEEDS=1,2,3` runs others.

use crate::common::serving::Serving;
use crate::common::Fixture;
use std::fs;
use std::path::{Path, PathBuf};

/// Steps per seed: enough for edits to meet earlier ones (a moved county renamed, a
/// story added to a county added), few enough for a debug build.
const STEPS: usize = 9;

#[test]
fn random_edits_rebuild_as_a_build_from_scratch_would() {
    let seeds: Vec<u64> = match std::env::var("XIAOKANG_EDIT_SEEDS") {
        Ok(list) => list
            .split(',')
            .filter_map(|s| s.trim().parse().ok())
            .collect(),
        Err(_) => vec![7, 2026],
    };
    for seed in seeds {
        let mut site = Generated::new(seed);
        let mut serving = Serving::start(site.fixture());
        for step in 0..STEPS {
            let edit = site.edit(serving.root());
            let at = format!("seed {seed}, step {step}: {}", edit.what);
            match edit.breaks {
                // The broken save keeps the last good build served; the mending save
                // rebuilds from it.
                Some(mend) => {
                    assert!(serving.rebuild(&edit.changed).is_none(), "{at}: built");
                    let changed = mend();
                    assert!(serving.rebuild(&changed).is_some(), "{at}: mended, failed");
                }
                None => {
                    let built = serving.rebuild(&edit.changed);
                    assert!(built.is_some(), "{at}: the rebuild failed");
                }
            }
            eprintln!("{at}");
            serving.assert_same_as_from_scratch_at(&at);
        }
    }
}

/// One random change to the site's files.
struct Edit {
    /// Says what it did, for a failure's message.
    what: String,
    /// The files it wrote, removed or moved (both places), absolute.
    changed: Vec<PathBuf>,
    /// For an edit that breaks the build: what mends it.
    breaks: Option<Mend>,
}

/// Mends a broken site, returning the files it wrote.
type Mend = Box<dyn Fn() -> Vec<PathBuf>>;

/// The generated site and what an edit may pick: two provinces, counties in them (by
/// folder), the stories of each county and the news.
struct Generated {
    rng: XorShift,
    /// (province index, county folder name, display name, people in 2018).
    counties: Vec<(usize, String, String, u32)>,
    /// Story files under each county, by its folder name.
    stories: Vec<(String, String)>,
    news: Vec<String>,
    next: usize,
}

const PROVINCES: [&str; 2] = ["shenga", "shengb"];

impl Generated {
    fn new(seed: u64) -> Self {
        let mut g = Generated {
            rng: XorShift(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1),
            counties: Vec::new(),
            stories: Vec::new(),
            news: vec!["dongtai0".into()],
            next: 0,
        };
        for i in 0..4 {
            let people = g.rng.below(9000) + 1000;
            g.counties
                .push((i % 2, format!("c{i}"), format!("第{i}县"), people));
            g.stories.push((format!("c{i}"), format!("gushi{i}")));
        }
        g
    }

    /// The site's files in a fixture.
    fn fixture(&self) -> Fixture {
        let f = Fixture::new();
        fs::remove_dir_all(f.root().join("content/regions")).unwrap();
        f.write("content/site.yaml", "title: 随机站\nlanguage: zh-CN\n");
        for (i, p) in PROVINCES.iter().enumerate() {
            f.write(
                &format!("content/regions/{p}/region.yaml"),
                &format!("name: 第{i}省\nlevel: 省\n"),
            );
        }
        for c in &self.counties {
            f.write(&county_yaml_path(c.0, &c.1), &county_yaml(&c.2, c.3));
        }
        for (county, slug) in &self.stories {
            let p = self.province_of(county);
            f.write(&story_path(p, county, slug), &story(slug, None));
        }
        for n in &self.news {
            f.write(&format!("content/news/{n}.md"), &news(n));
        }
        f
    }

    fn province_of(&self, county: &str) -> usize {
        self.counties.iter().find(|c| c.1 == county).unwrap().0
    }

    /// Makes one random edit in the site at `root`.
    fn edit(&mut self, root: &Path) -> Edit {
        let n = self.counties.len();
        let k = self.rng.below(n as u32) as usize;
        let (p, folder, name, _) = self.counties[k].clone();
        let plain = |what: String, changed: Vec<PathBuf>| Edit {
            what,
            changed,
            breaks: None,
        };
        match self.rng.below(10) {
            0 => {
                let people = self.rng.below(9000) + 1000;
                self.counties[k].3 = people;
                let file = root.join(county_yaml_path(p, &folder));
                fs::write(&file, county_yaml(&name, people)).unwrap();
                plain(format!("{folder}'s 2018 people → {people}"), vec![file])
            }
            1 => {
                let renamed = format!("{name}改");
                self.counties[k].2 = renamed.clone();
                let file = root.join(county_yaml_path(p, &folder));
                fs::write(&file, county_yaml(&renamed, self.counties[k].3)).unwrap();
                plain(format!("{folder} renamed {renamed}"), vec![file])
            }
            2 => {
                self.next += 1;
                let slug = format!("xin{}", self.next);
                let file = root.join(story_path(p, &folder, &slug));
                fs::write(&file, story(&slug, None)).unwrap();
                self.stories.push((folder.clone(), slug.clone()));
                plain(format!("story {slug} added to {folder}"), vec![file])
            }
            3 if !self.stories.is_empty() => {
                let i = self.rng.below(self.stories.len() as u32) as usize;
                let (county, slug) = self.stories.remove(i);
                let file = root.join(story_path(self.province_of(&county), &county, &slug));
                fs::remove_file(&file).unwrap();
                plain(format!("story {slug} of {county} removed"), vec![file])
            }
            4 => {
                // Moved to the other province: its folder (and every file in it) changes.
                let to = 1 - p;
                let from_dir = root.join(format!("content/regions/{}/{folder}", PROVINCES[p]));
                let to_dir = root.join(format!("content/regions/{}/{folder}", PROVINCES[to]));
                let mut changed = files_under(&from_dir);
                fs::rename(&from_dir, &to_dir).unwrap();
                changed.extend(files_under(&to_dir));
                self.counties[k].0 = to;
                plain(format!("{folder} moved to {}", PROVINCES[to]), changed)
            }
            5 => {
                self.next += 1;
                let folder = format!("n{}", self.next);
                let people = self.rng.below(9000) + 1000;
                let file = root.join(county_yaml_path(p, &folder));
                fs::create_dir_all(file.parent().unwrap()).unwrap();
                fs::write(&file, county_yaml(&format!("新{}县", self.next), people)).unwrap();
                let what = format!("county {folder} added to {}", PROVINCES[p]);
                self.counties
                    .push((p, folder, format!("新{}县", self.next), people));
                plain(what, vec![file])
            }
            // A county added by an edit (no news story cites it) removed with its stories.
            6 if folder.starts_with('n') => {
                let dir = root.join(format!("content/regions/{}/{folder}", PROVINCES[p]));
                let changed = files_under(&dir);
                fs::remove_dir_all(&dir).unwrap();
                self.counties.remove(k);
                self.stories.retain(|s| s.0 != folder);
                plain(format!("county {folder} removed"), changed)
            }
            7 => {
                let title = format!("随机站{}", self.rng.below(100));
                let file = root.join("content/site.yaml");
                fs::write(&file, format!("title: {title}\nlanguage: zh-CN\n")).unwrap();
                plain(format!("site title → {title}"), vec![file])
            }
            8 => {
                self.next += 1;
                let slug = format!("dongtai{}", self.next);
                let file = root.join(format!("content/news/{slug}.md"));
                fs::write(&file, news(&slug)).unwrap();
                self.news.push(slug.clone());
                plain(format!("news {slug} added"), vec![file])
            }
            _ => {
                // A story citing a county that does not exist: the build stops; writing
                // it back as it was mends it.
                let Some((county, slug)) = self.stories.first().cloned() else {
                    return plain("nothing".into(), Vec::new());
                };
                let file = root.join(story_path(self.province_of(&county), &county, &slug));
                fs::write(&file, story(&slug, Some("nowhere"))).unwrap();
                let good = story(&slug, None);
                let mend_file = file.clone();
                Edit {
                    what: format!("story {slug} of {county} broken, then mended"),
                    changed: vec![file],
                    breaks: Some(Box::new(move || {
                        fs::write(&mend_file, &good).unwrap();
                        vec![mend_file.clone()]
                    })),
                }
            }
        }
    }
}

fn county_yaml_path(p: usize, folder: &str) -> String {
    format!("content/regions/{}/{folder}/region.yaml", PROVINCES[p])
}

fn county_yaml(name: &str, people: u32) -> String {
    format!(
        "name: {name}\nlevel: 县\npoverty:\n  - {{ year: 2014, households: 9000, people: 30000, rate: 12% }}\n  - {{ year: 2018, people: {people}, rate: 2.5% }}\nfunds:\n  - {{ year: 2018, source: 财政扶贫资金, amount: 1.5亿元 }}\nsource: 测试报道\n"
    )
}

fn story_path(p: usize, county: &str, slug: &str) -> String {
    format!("content/regions/{}/{county}/{slug}.md", PROVINCES[p])
}

/// A county's story citing its own figures and drawing a chart; `cite` puts a reference
/// to another region in it (a region that does not exist breaks the build).
fn story(slug: &str, cite: Option<&str>) -> String {
    let other = cite.map_or(String::new(), |r| {
        format!("另见{{{{ {r}:poverty.2018.people }}}}。")
    });
    format!(
        "---\ntitle: {slug}的报道\ndate: 2019-03-01\n---\n\n2018年贫困人口{{{{ poverty.2018.people }}}}，贫困发生率{{{{ poverty.2018.rate }}}}。{other}\n\n```chart\nkind: poverty-rate\n```\n"
    )
}

/// A news story citing the first county, which no edit removes.
fn news(slug: &str) -> String {
    format!(
        "---\ntitle: {slug}\ndate: 2019-04-01\n---\n\n第0县2018年贫困人口{{{{ c0:poverty.2018.people }}}}。\n"
    )
}

fn files_under(dir: &Path) -> Vec<PathBuf> {
    walkdir::WalkDir::new(dir)
        .into_iter()
        .map(Result::unwrap)
        .filter(|e| e.file_type().is_file())
        .map(|e| e.into_path())
        .collect()
}

/// A small fast generator (xorshift64): the same seed gives the same edits everywhere.
struct XorShift(u64);

impl XorShift {
    fn below(&mut self, n: u32) -> u32 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        (self.0 % u64::from(n.max(1))) as u32
    }
}
