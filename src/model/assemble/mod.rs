//! The site's regions from their two sources: region folders (`region.yaml`, stories)
//! and table rows (`content/tables/`).
//!
//! A table row names its region by `行政区划代码`, `标识` or, where it is unique, `地区`.
//! A folder is the same region as a table's when its `region.yaml` gives that `code:`, or
//! its name is the table's `标识` or code. A region's place in the tree comes from the
//! table's `上级`, else from its code (a county `623026` sits under `623000` if the site
//! has it, else under `620000`), else from its folder. Each region's figures are then one
//! text: its `region.yaml` followed by its table rows, one line each, so the decoding and
//! every check read YAML and cells alike and a message names a cell as `path:sheet!C7`.

mod codes;
mod merge;

pub use merge::merged_root;

use super::tables::{self, schema::Section, TableRow};
use crate::diagnostics::{Diagnostic, Diagnostics, SourceFile, Span};
use crate::load::SourceTree;
use crate::messages::catalog::tables as msg;
use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::PathBuf;

/// One region before decoding: where its figures are written.
#[derive(Debug)]
pub struct Parts {
    /// Its id: folder name, else `标识`, else code.
    pub id: String,
    /// Its folder (relative to the site root), or where it would be.
    pub dir: PathBuf,
    /// Index of its folder in the source tree.
    pub folder: Option<usize>,
    /// Its parent, as an index into the list this comes in.
    pub parent: Option<usize>,
    /// The text its figures are read from: `region.yaml`, then a line per table row.
    pub file: SourceFile,
    /// The table's `地区` row and data rows, each with its line in `file`.
    pub rows: Vec<(usize, TableRow)>,
}

/// A region while rows are being given to regions.
#[derive(Debug, Default)]
struct Entity {
    folder: Option<usize>,
    code: Option<String>,
    tid: Option<String>,
    name: Option<String>,
    rows: Vec<TableRow>,
    parent_ref: Option<TableRow>,
    /// Its name comes from a folder or the `地区` sheet, not from data rows.
    declared_name: bool,
    /// Left out: its code is a slip for another region's (reported).
    dropped: bool,
}

/// What a folder's `region.yaml` says of who it is.
#[derive(Debug, Clone)]
pub struct FolderKeys {
    /// `code:`.
    pub code: Option<String>,
    /// `name:`.
    pub name: Option<String>,
}

/// Gives every table row its region and orders the regions (parents first, siblings by
/// id). `folders[i]` is what folder `i`'s `region.yaml` says of itself.
pub fn assemble(
    tree: &SourceTree,
    folders: &[FolderKeys],
    rows: Vec<TableRow>,
    diags: &mut Diagnostics,
) -> Vec<Parts> {
    let mut ents: Vec<Entity> = Vec::new();
    let mut by_code: HashMap<String, usize> = HashMap::new();
    let mut by_id: HashMap<String, usize> = HashMap::new();
    for (i, (rd, keys)) in tree.regions.iter().zip(folders).enumerate() {
        let e = ents.len();
        if let Some(c) = &keys.code {
            by_code.entry(c.clone()).or_insert(e);
        }
        by_id.entry(rd.id.clone()).or_insert(e);
        ents.push(Entity {
            folder: Some(i),
            code: keys.code.clone(),
            name: keys.name.clone(),
            declared_name: keys.name.is_some(),
            ..Entity::default()
        });
    }
    let (totals, mut rows): (Vec<TableRow>, Vec<TableRow>) =
        rows.into_iter().partition(|r| r.totals.is_some());
    // The `地区` sheet's rows first: they say which regions data rows may name.
    rows.sort_by_key(|r| r.section != Section::Regions);
    let declared: HashSet<String> = folders
        .iter()
        .filter_map(|k| k.code.clone())
        .chain(rows.iter().filter_map(|r| {
            let code = r
                .who
                .code
                .as_ref()
                .filter(|_| r.section == Section::Regions)?;
            Some(code.text.clone())
        }))
        .collect();
    let (named, by_name_only): (Vec<TableRow>, Vec<TableRow>) = rows
        .into_iter()
        .partition(|r| r.who.code.is_some() || r.who.id.is_some());
    let mut strays: Vec<TableRow> = Vec::new();
    for row in named {
        let code = row.who.code.as_ref().map(|v| v.text.clone());
        let tid = row.who.id.as_ref().map(|v| v.text.clone());
        let found = code
            .as_ref()
            .and_then(|c| by_code.get(c).or_else(|| by_id.get(c)))
            .or_else(|| tid.as_ref().and_then(|t| by_id.get(t)))
            .copied();
        // A folder whose region.yaml gives no code is the coded row's region when it is
        // the one folder of that name.
        let found = found.or_else(|| {
            let name = row.who.name.as_ref()?;
            let mut same = ents.iter().enumerate().filter(|(_, x)| {
                x.folder.is_some() && x.code.is_none() && x.name.as_deref() == Some(&name.text)
            });
            match (same.next(), same.next()) {
                (Some((e, _)), None) => Some(e),
                _ => None,
            }
        });
        let e = match found {
            Some(e) => e,
            // No typo can make a region: where the site says which regions it has, a data
            // row's code must be one of them or sit under one in the tree of codes.
            None if row.section != Section::Regions
                && code.as_ref().is_some_and(|c| !codes::in_tree(c, &declared)) =>
            {
                strays.push(row);
                continue;
            }
            None => {
                ents.push(Entity::default());
                ents.len() - 1
            }
        };
        let ent = &mut ents[e];
        if let Some(c) = &code {
            ent.code.get_or_insert_with(|| c.clone());
            by_code.entry(c.clone()).or_insert(e);
        }
        if let Some(t) = &tid {
            ent.tid.get_or_insert_with(|| t.clone());
            by_id.entry(t.clone()).or_insert(e);
        }
        if ent.name.is_none() {
            ent.name = row.who.name.as_ref().map(|v| v.text.clone());
            ent.declared_name = row.section == Section::Regions;
        }
        give(ent, row, diags);
    }
    codes::settle_names(&mut ents, diags);
    // Reported once every region is known, so the nearest code can be named.
    codes::not_regions(&strays, &ents, diags);
    let mut by_name: HashMap<String, Vec<usize>> = HashMap::new();
    for (e, ent) in ents.iter().enumerate().filter(|(_, x)| !x.dropped) {
        if let Some(n) = &ent.name {
            by_name.entry(n.clone()).or_default().push(e);
        }
    }
    for row in by_name_only {
        let Some(name) = row.who.name.clone() else {
            continue;
        };
        match by_name.get(&name.text).map(Vec::as_slice) {
            Some([e]) => give(&mut ents[*e], row, diags),
            Some(many) => diags.push(
                Diagnostic::error(
                    &row.sheet,
                    row.sheet_span(name.span),
                    msg::region_name_ambiguous(name.text.clone(), many.len()),
                )
                .hint(msg::region_name_ambiguous_hint()),
            ),
            None => diags.push(
                Diagnostic::error(
                    &row.sheet,
                    row.sheet_span(name.span),
                    msg::unknown_region_name(name.text.clone()),
                )
                // A region of the `地区` sheet needs a code or `标识`: its address.
                .hint(if row.section == Section::Regions {
                    msg::region_needs_code_hint()
                } else {
                    msg::unknown_region_name_hint()
                }),
            ),
        }
    }
    let parents = parents(tree, &ents, &by_code, &by_id, &by_name, diags);
    for total in totals {
        let members: Option<Vec<usize>> = total
            .totals
            .iter()
            .flatten()
            .map(|w| {
                let by = |v: &Option<tables::CellText>, map: &HashMap<String, usize>| {
                    v.as_ref().and_then(|v| map.get(&v.text).copied())
                };
                by(&w.code, &by_code)
                    .or_else(|| by(&w.id, &by_id))
                    .or_else(|| unique(&by_name, &w.name.as_ref()?.text))
            })
            .collect();
        // The totals of one parent's regions are the parent's own figures where it has
        // none; a total row giving that parent's code says so itself.
        let own = total
            .who
            .code
            .as_ref()
            .and_then(|c| by_code.get(&c.text).copied());
        let mut up = members.into_iter().flatten().map(|m| parents[m]);
        let common = match up.next() {
            Some(Some(p)) if up.all(|q| q == Some(p)) => Some(p),
            _ => None,
        };
        if let Some(p) = own.or(common) {
            ents[p].rows.push(total);
        }
    }
    order(tree, ents, parents, diags)
}

/// The one region called `name`, if exactly one is.
fn unique(by_name: &HashMap<String, Vec<usize>>, name: &str) -> Option<usize> {
    match by_name.get(name).map(Vec::as_slice) {
        Some([one]) => Some(*one),
        _ => None,
    }
}

/// Gives a row to its region; a second `地区` row for the same region is refused.
fn give(ent: &mut Entity, row: TableRow, diags: &mut Diagnostics) {
    if row.section == Section::Regions {
        if let Some(first) = &ent.parent_ref {
            let at = row.sheet_span(row.line.span(row.line.row.cells.first().map_or(0, |c| c.1)));
            diags.push(
                Diagnostic::error(
                    &row.sheet,
                    at,
                    msg::region_row_twice(first.sheet.place(first.sheet_span(Span::new(1, 1, 1)))),
                )
                .hint(msg::region_row_twice_hint()),
            );
            return;
        }
        ent.parent_ref = Some(row);
        return;
    }
    ent.rows.push(row);
}

/// Each region's parent: the table's `上级`, else the nearest code above its own that
/// the site has, else its folder's parent.
fn parents(
    tree: &SourceTree,
    ents: &[Entity],
    by_code: &HashMap<String, usize>,
    by_id: &HashMap<String, usize>,
    by_name: &HashMap<String, Vec<usize>>,
    diags: &mut Diagnostics,
) -> Vec<Option<usize>> {
    let folder_entity: HashMap<usize, usize> = ents
        .iter()
        .enumerate()
        .filter_map(|(e, x)| Some((x.folder?, e)))
        .collect();
    ents.iter()
        .enumerate()
        .map(|(e, ent)| {
            let from_folder = ent
                .folder
                .and_then(|f| tree.regions[f].parent)
                .and_then(|p| folder_entity.get(&p).copied());
            let stated = ent.parent_ref.as_ref().and_then(|row| {
                let v = row.get("parent")?;
                let found = by_code
                    .get(&v.text)
                    .or_else(|| by_id.get(&v.text))
                    .copied()
                    .or_else(|| unique(by_name, &v.text));
                if found.is_none() || found == Some(e) {
                    diags.push(
                        Diagnostic::error(
                            &row.sheet,
                            row.sheet_span(v.span),
                            msg::unknown_parent(v.text.clone()),
                        )
                        .hint(msg::unknown_parent_hint()),
                    );
                    return None;
                }
                found
            });
            let from_code = ent.code.as_deref().and_then(|c| {
                tables::code_ancestors(c)
                    .iter()
                    .find_map(|a| by_code.get(a).copied())
                    .filter(|p| *p != e)
            });
            let table = stated.or(from_code);
            if let (Some(t), Some(f)) = (table, from_folder) {
                if t != f {
                    let rd = &tree.regions[ent.folder.unwrap_or_default()];
                    diags.push(
                        Diagnostic::file_error(
                            &rd.rel_dir,
                            msg::parent_disagrees(label(tree, &ents[f]), label(tree, &ents[t])),
                        )
                        .hint(msg::parent_disagrees_hint()),
                    );
                }
            }
            table.or(from_folder)
        })
        .collect()
}

/// A region's id, and so its address: its folder's name, else its `标识`, else its code.
fn id(tree: &SourceTree, ent: &Entity) -> Option<String> {
    ent.folder
        .map(|f| tree.regions[f].id.clone())
        .or(ent.tid.clone())
        .or(ent.code.clone())
}

/// How a region is named in a message: its id or code and name.
fn label(tree: &SourceTree, ent: &Entity) -> String {
    let id = id(tree, ent).unwrap_or_default();
    match &ent.name {
        Some(n) => format!("{id}（{n}）"),
        None => id,
    }
}

/// Regions in site order, parents first and siblings by id, each with its text.
fn order(
    tree: &SourceTree,
    ents: Vec<Entity>,
    parents: Vec<Option<usize>>,
    diags: &mut Diagnostics,
) -> Vec<Parts> {
    let ids: Vec<Option<String>> = ents.iter().map(|e| id(tree, e)).collect();
    let mut children: BTreeMap<Option<usize>, Vec<usize>> = BTreeMap::new();
    for (e, p) in parents.iter().enumerate() {
        children.entry(*p).or_default().push(e);
    }
    for list in children.values_mut() {
        list.sort_by(|a, b| ids[*a].cmp(&ids[*b]));
    }
    // Depth first from the top; a chain of `上级` that loops is never reached from it.
    let mut seq: Vec<(usize, Option<usize>)> = Vec::new();
    let mut stack: Vec<(usize, Option<usize>)> = children
        .get(&None)
        .map(|l| l.iter().rev().map(|e| (*e, None)).collect())
        .unwrap_or_default();
    let mut placed: Vec<Option<usize>> = vec![None; ents.len()];
    while let Some((e, parent)) = stack.pop() {
        placed[e] = Some(seq.len());
        let at = seq.len();
        seq.push((e, parent));
        if let Some(kids) = children.get(&Some(e)) {
            stack.extend(kids.iter().rev().map(|k| (*k, Some(at))));
        }
    }
    for (e, p) in placed.iter().enumerate() {
        if p.is_none() {
            if let Some(row) = &ents[e].parent_ref {
                diags.push(
                    Diagnostic::error(
                        &row.sheet,
                        row.sheet_span(Span::new(1, 1, 1)),
                        msg::parent_loop(label(tree, &ents[e])),
                    )
                    .hint(msg::unknown_parent_hint()),
                );
            }
        }
    }
    let mut ents: Vec<Option<Entity>> = ents.into_iter().map(Some).collect();
    // Position in `seq` → index in the output, for parents.
    let mut index: Vec<Option<usize>> = vec![None; seq.len()];
    let mut out = Vec::new();
    for (k, (e, parent)) in seq.into_iter().enumerate() {
        let Some(ent) = ents[e].take() else { continue };
        if ent.dropped {
            continue;
        }
        let Some(id) = ids[e].clone() else { continue };
        let rd = ent.folder.map(|f| &tree.regions[f]);
        let unbound =
            rd.filter(|rd| rd.yaml.is_none() && ent.rows.is_empty() && ent.parent_ref.is_none());
        if let Some(rd) = unbound {
            diags.push(
                Diagnostic::file_error(
                    &rd.rel_dir,
                    crate::messages::catalog::data::no_region_yaml(),
                )
                .hint(msg::story_folder_unbound_hint(rd.id.clone())),
            );
            continue;
        }
        if ent.folder.is_none() && ent.name.is_none() {
            // Only data rows name it, by code or id: nothing says what it is called.
            if let Some(row) = ent.rows.first() {
                let at = row.who.code.as_ref().or(row.who.id.as_ref());
                let span = row.sheet_span(at.map_or(Span::new(1, 1, 1), |v| v.span));
                diags.push(
                    Diagnostic::error(&row.sheet, span, msg::region_without_name(id.clone()))
                        .hint(msg::region_without_name_hint(id.clone())),
                );
            }
            continue;
        }
        index[k] = Some(out.len());
        let parent = parent.and_then(|p| index[p]);
        out.push(parts(ent, id, parent, rd));
    }
    out
}

/// The text of a region that no table row joins: its `region.yaml`, shared rather than
/// copied (a national site's are 100 MB), with a final line break as [`parts`] gives it.
pub fn folder_file(yaml: &SourceFile) -> SourceFile {
    if yaml.text.is_empty() || yaml.text.ends_with('\n') {
        yaml.clone()
    } else {
        SourceFile::new(yaml.path.clone(), format!("{}\n", yaml.text))
    }
}

/// The text of a region's figures: its `region.yaml`, then one line per table row.
fn parts(
    ent: Entity,
    id: String,
    parent: Option<usize>,
    rd: Option<&crate::load::RegionDir>,
) -> Parts {
    let folder = ent.folder;
    let yaml = rd.and_then(|r| r.yaml.as_ref());
    let dir = rd.map_or_else(
        || PathBuf::from("content/regions").join(&id),
        |r| r.rel_dir.clone(),
    );
    if let (Some(f), None, true) = (yaml, &ent.parent_ref, ent.rows.is_empty()) {
        return Parts {
            id,
            dir,
            folder,
            parent,
            file: folder_file(f),
            rows: Vec::new(),
        };
    }
    let mut text = yaml.map(|f| f.text.to_string()).unwrap_or_default();
    if !text.is_empty() && !text.ends_with('\n') {
        text.push('\n');
    }
    let first_line = text.matches('\n').count() + 1;
    let rows: Vec<TableRow> = ent.parent_ref.into_iter().chain(ent.rows).collect();
    let mut lines = Vec::new();
    let mut placed = Vec::new();
    for (k, row) in rows.into_iter().enumerate() {
        text.push_str(&row.line.text);
        text.push('\n');
        lines.push((first_line + k, row.line.row.clone()));
        placed.push((first_line + k, row));
    }
    let path = match (yaml, placed.first()) {
        (Some(f), _) => f.path.clone(),
        (None, Some((_, r))) => r.line.row.path.clone(),
        (None, None) => PathBuf::new(),
    };
    Parts {
        id,
        dir,
        folder,
        parent,
        file: SourceFile::new(path, text).with_rows(lines),
        rows: placed,
    }
}
