#!/usr/bin/env python3
"""Packs one download of xiaokang: a .zip (Windows) or .tar.gz (Linux) holding

  xiaokang-<version>-<os>-x86_64/
    xiaokang(.exe)           the program
    示例站点/content/...      the repository's example site (content/, and the theme
                             folder and templates/ if the site has its own)
    docs/使用手册.md          the Chinese manual, if the repository has one, with the
                             images it shows (README.zh-CN.md likewise)
    LICENSE-*                the repository's licences (one per licence Cargo.toml declares)
    THIRD-PARTY.txt          every crate compiled into the program, with its version and
                             licence (from `cargo metadata`), and the embedded fonts' licences
    使用说明.txt              how to start, in five lines

Entries are sorted, owned by nobody, dated at the last commit (or SOURCE_DATE_EPOCH), so
packing the same binary twice gives the same bytes. Names are UTF-8 (the zip marks them so:
Windows Explorer and 7-Zip then show 示例站点 rightly).

Called by scripts/dist.sh; standard library only.
"""

import argparse
import gzip
import io
import json
import os
import re
import subprocess
import sys
import tarfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = "示例站点"

START_TEXT = """xiaokang {version} 小康 —— 扶贫数据报告网站生成器

最简单的用法：双击 {exe}。它在浏览器里打开本文件夹里的网站（先是 {example}），
改了文件网页自动刷新；关掉它的窗口就停止。

用法（在本文件夹打开命令提示符或 PowerShell，输入下面的命令）：
  {exe} build --root {example}        生成示例站点，结果在 {example}{sep}output{sep}index.html
  {exe} new 我的站点                  新建一个站点
  {exe} serve --root 我的站点 --open  预览（改了文件自动刷新）
  {exe} --help                       全部命令和选项（中文说明）
{manual}THIRD-PARTY.txt 列出所用的开源组件及其许可证；LICENSE-MIT、LICENSE-APACHE 是小康自己的许可证（任选其一）。
"""


def epoch() -> int:
    if os.environ.get("SOURCE_DATE_EPOCH"):
        return int(os.environ["SOURCE_DATE_EPOCH"])
    try:
        out = subprocess.run(
            ["git", "-C", str(ROOT), "log", "-1", "--format=%ct"],
            capture_output=True, text=True, check=True,
        ).stdout.strip()
        return int(out)
    except (OSError, subprocess.CalledProcessError, ValueError):
        return 315532800  # 1980-01-01, the earliest date a zip can hold


def files_under(rel_dir: str) -> list:
    base = ROOT / rel_dir
    if not base.is_dir():
        return []
    return sorted(
        str(p.relative_to(ROOT)).replace(os.sep, "/")
        for p in base.rglob("*")
        if p.is_file()
    )


def site_theme() -> str:
    text = (ROOT / "content" / "site.yaml").read_text(encoding="utf-8-sig")
    m = re.search(r"^theme:\s*['\"]?([^'\"\s#]+)", text, re.M)
    return m.group(1) if m else "default"


def example_site() -> list:
    """(path in the package, path in the repository) of the example site's own files."""
    files = files_under("content") + files_under("templates")
    theme = site_theme()
    if theme != "default":  # the default theme is built into the program
        files += files_under(f"themes/{theme}")
    return [(f"{EXAMPLE}/{f}", f) for f in files]


def manual() -> list:
    """The Chinese manual and the local images it shows, at their repository paths."""
    out = []
    for rel in ["docs/使用手册.md", "README.zh-CN.md"]:
        path = ROOT / rel
        if not path.is_file():
            continue
        out.append((rel, rel))
        text = path.read_text(encoding="utf-8-sig")
        # Code shows Markdown as written (`![照片](../../../static/photo.jpg)` in the
        # manual's story syntax): only images outside code are shown.
        text = re.sub(r"(?ms)^(\s*)(`{3,}).*?^\s*\2`*\s*$", "", text)
        text = re.sub(r"(`+)(?s:.+?)\1", "", text)
        refs = re.findall(r"!\[[^\]]*\]\(\s*<?([^)\s>]+)", text)
        refs += re.findall(r"<img[^>]*\ssrc=[\"']([^\"']+)", text)
        for ref in refs:
            if re.match(r"^[a-z]+:", ref) or ref.startswith("#"):
                continue
            target = (path.parent / ref.split("#")[0]).resolve()
            try:
                img = str(target.relative_to(ROOT)).replace(os.sep, "/")
            except ValueError:
                sys.exit(f"dist: {rel} shows {ref}, which is outside the repository")
            if not target.is_file():
                sys.exit(f"dist: {rel} shows {ref}, which does not exist")
            if ".." in Path(img).parts:
                continue
            out.append((img, img))
    return out


def licences() -> list:
    """The repository's own licences: one file per licence Cargo.toml declares."""
    found = [
        (p.name, p.name)
        for p in sorted(ROOT.iterdir())
        if p.is_file() and re.match(r"^(LICEN[CS]E|COPYING)", p.name)
    ]
    declared = re.search(r'^license = "(.*)"', (ROOT / "Cargo.toml").read_text(), re.M)
    for name in re.split(r" OR | AND |/", declared.group(1)) if declared else []:
        short = name.split("-")[0].upper()  # MIT, APACHE
        if not any(short in f.upper() for f, _ in found):
            sys.exit(f"dist: Cargo.toml declares {name} but the repository has no LICENSE-{short} file")
    return found


def embedded_fonts() -> list:
    """Font files the program embeds (`include_bytes!` in src/), repository paths."""
    fonts = set()
    for src in sorted((ROOT / "src").rglob("*.rs")):
        text = src.read_text(encoding="utf-8")
        for ref in re.findall(r'include_bytes!\(\s*"([^"]+)"\s*\)', text):
            if re.search(r"\.(ttf|otf|ttc|otc|woff2?)$", ref, re.I):
                fonts.add((src.parent / ref).resolve())
    return sorted(fonts)


def third_party(target: str, version: str) -> str:
    meta = json.loads(
        subprocess.run(
            ["cargo", "metadata", "--format-version", "1", "--locked",
             "--filter-platform", target, "--manifest-path", str(ROOT / "Cargo.toml")],
            capture_output=True, text=True, check=True,
        ).stdout
    )
    packages = {p["id"]: p for p in meta["packages"]}
    nodes = {n["id"]: n for n in meta["resolve"]["nodes"]}
    root = meta["resolve"]["root"]
    # Only what is compiled into the program: normal dependencies, transitively
    # (not dev-dependencies, nor build-dependencies, which run only while compiling).
    seen, todo = set(), [root]
    while todo:
        node = nodes[todo.pop()]
        for dep in node["deps"]:
            if any(k["kind"] is None for k in dep["dep_kinds"]) and dep["pkg"] not in seen:
                seen.add(dep["pkg"])
                todo.append(dep["pkg"])
    rows = []
    for pid in seen:
        p = packages[pid]
        lic = p.get("license") or (
            f"see {p['license_file']} in the crate" if p.get("license_file") else "not stated"
        )
        rows.append((p["name"], p["version"], lic, p.get("repository") or ""))
    rows.sort(key=lambda r: (r[0], [int(x) if x.isdigit() else x for x in re.split(r"[.+-]", r[1])]))
    w_name = max(len(r[0]) for r in rows)
    w_ver = max(len(r[1]) for r in rows)
    lines = [
        f"xiaokang {version} for {target}: third-party software it contains",
        "",
        "The program is built from the Rust crates below (name, version, licence, source),",
        "as listed by `cargo metadata` for this target from Cargo.lock. Each crate's full",
        "licence text is in its source package on crates.io.",
        "",
    ]
    lines += [f"{n:<{w_name}}  {v:<{w_ver}}  {l}  {r}".rstrip() for n, v, l, r in rows]
    lines += ["", f"{len(rows)} crates.", ""]
    printed = set()
    for font in embedded_fonts():
        rel = str(font.relative_to(ROOT)).replace(os.sep, "/")
        lines += ["", f"Font embedded in the program: {font.name} ({rel})", ""]
        notes = sorted(font.parent.glob("LICEN[CS]E*"))
        if not notes:
            sys.exit(f"dist: no LICENSE file beside the embedded font {rel}")
        # Fonts of one folder share their notes (and a licence's full text, COPYING):
        # each is printed once.
        for note in notes + sorted(font.parent.glob("COPYING*")):
            if note in printed:
                lines += [f"(licence: {note.name}, as above)", ""]
                continue
            printed.add(note)
            lines += [note.read_text(encoding="utf-8").rstrip(), ""]
    return "\n".join(lines) + "\n"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--version", required=True)
    ap.add_argument("--target", required=True)
    ap.add_argument("--os", required=True, choices=["windows", "linux"])
    ap.add_argument("--binary", required=True)
    ap.add_argument("--out", required=True)
    a = ap.parse_args()

    windows = a.os == "windows"
    exe = "xiaokang.exe" if windows else "xiaokang"
    top = f"xiaokang-{a.version}-{a.os}-x86_64"
    eol = "\r\n" if windows else "\n"
    sep = "\\" if windows else "/"
    docs = manual()
    # name in the package -> (bytes, executable?)
    entries = {exe: (Path(a.binary).read_bytes(), True)}
    for name, rel in example_site() + docs + licences():
        entries[name] = ((ROOT / rel).read_bytes(), False)
    start = START_TEXT.format(
        version=a.version,
        # `.\` because PowerShell runs nothing from the current folder without it.
        exe=".\\xiaokang.exe" if windows else "./xiaokang",
        example=EXAMPLE,
        sep=sep,
        manual=f"详细说明见 {docs[0][0].replace('/', sep)}；" if docs else "",
    )
    entries["THIRD-PARTY.txt"] = (third_party(a.target, a.version).replace("\n", eol).encode(), False)
    entries["使用说明.txt"] = (start.replace("\n", eol).encode("utf-8"), False)

    when = epoch()
    out = Path(a.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(out.name + ".part")
    names = sorted(entries, key=lambda n: n.encode("utf-8"))
    if windows:
        stamp = time.gmtime(max(when, 315532800))[:6]
        with zipfile.ZipFile(tmp, "w") as z:
            for name in names:
                data, executable = entries[name]
                info = zipfile.ZipInfo(f"{top}/{name}", date_time=stamp)
                info.compress_type = zipfile.ZIP_DEFLATED
                info.create_system = 3
                info.external_attr = (0o100755 if executable else 0o100644) << 16
                z.writestr(info, data, compresslevel=9)
    else:
        with open(tmp, "wb") as raw, gzip.GzipFile(
            filename="", mode="wb", fileobj=raw, mtime=when, compresslevel=9
        ) as gz, tarfile.open(fileobj=gz, mode="w", format=tarfile.PAX_FORMAT) as tar:
            dirs = sorted({"/".join(n.split("/")[:i]) for n in names for i in range(1, n.count("/") + 1)})
            def add(name, data=None, mode=0o644):
                info = tarfile.TarInfo(f"{top}/{name}" if name else top)
                info.mtime, info.uid, info.gid, info.uname, info.gname = when, 0, 0, "", ""
                if data is None:
                    info.type, info.mode = tarfile.DIRTYPE, 0o755
                    tar.addfile(info)
                else:
                    info.size, info.mode = len(data), mode
                    tar.addfile(info, io.BytesIO(data))
            add("")
            for d in dirs:
                add(d)
            for name in names:
                data, executable = entries[name]
                add(name, data, 0o755 if executable else 0o644)
    tmp.replace(out)
    print(f"{out}: {len(names)} files, {out.stat().st_size:,} bytes")


if __name__ == "__main__":
    main()
