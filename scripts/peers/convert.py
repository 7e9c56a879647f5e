#!/usr/bin/env python3
"""Converts a xiaokang site (as written by examples/gen_corpus) into a Zola site and a
Hugo site with the same pages, for scripts/bench-peers.sh.

    scripts/peers/convert.py SITE ZOLA_SITE HUGO_SITE

Both peers get the same content tree, mirroring content/regions/ folder by folder:
a region with sub-regions is a section (`_index.md`), a leaf region a page bundle
(`index.md`). Each region page carries the region's name as title, a Markdown table of
its poverty series from region.yaml (when it has one) and the bodies of its stories, with
xiaokang's `{{ poverty.… }}` placeholders replaced by the figures and its ```chart
fences dropped. Each news story becomes one page. The home page, content/regions/ and
content/news/ are sections. Templates are minimal but real: a base layout whose header
links the top-level sections, breadcrumbs, a section template listing its sub-sections
and pages, a page template. No feeds, sitemap, robots.txt, taxonomies, search index or code highlighting.

Python 3 standard library only; it reads only the subset of YAML gen_corpus writes.
"""

import json
import os
import re
import shutil
import sys

POVERTY_ROW = re.compile(
    r"year: (\d+), households: (\d+), people: (\d+), rate: ([0-9.]+)%")
PLACEHOLDER = re.compile(r"\{\{\s*(?:(\w+):)?poverty\.([\w.]+)\s*\}\}")
CHART_FENCE = re.compile(r"```chart\n.*?```\n*", re.S)


def read_region(path):
    """Reads name, level and poverty rows [(year, households, people, rate)] of a region.yaml."""
    meta, rows = {}, []
    with open(path, encoding="utf-8") as f:
        for line in f:
            if not line.startswith((" ", "-")) and ": " in line:
                key, _, value = line.rstrip("\n").partition(": ")
                meta[key] = value.strip()
            m = POVERTY_ROW.search(line)
            if m:
                rows.append(m.groups())
    return meta.get("name", os.path.basename(os.path.dirname(path))), meta.get("level", ""), rows


def read_story(path):
    """Splits a Markdown story into its front matter (flat key: value pairs) and body."""
    with open(path, encoding="utf-8") as f:
        text = f.read()
    meta = {}
    if text.startswith("---\n"):
        head, _, text = text[4:].partition("\n---\n")
        for line in head.splitlines():
            key, sep, value = line.partition(": ")
            if sep:
                meta[key.strip()] = value.strip()
    return meta, text


def poverty_table(rows):
    """The poverty series as a Markdown table."""
    if not rows:
        return ""
    out = ["| 年份 | 贫困户 | 贫困人口 | 贫困发生率 |", "|---|---:|---:|---:|"]
    out += [f"| {y} | {h} | {p} | {r}% |" for y, h, p, r in rows]
    return "\n".join(out) + "\n\n"


def figure(rows, field):
    """One `poverty.<field>` value from a region's series, as text (or None)."""
    if not rows:
        return None
    first, latest = rows[0], rows[-1]
    if field == "rate_drop":
        return f"{float(first[3]) - float(latest[3]):.2f}个百分点"
    which, _, name = field.partition(".")
    row = {"first": first, "latest": latest}.get(which)
    index = {"year": 0, "households": 1, "people": 2, "rate": 3}.get(name)
    if row is None or index is None:
        return None
    return row[index] + ("%" if name == "rate" else "")


def resolve(body, rows, by_id):
    """Replaces `{{ [id:]poverty.… }}` placeholders by the figures and drops chart fences."""
    def sub(m):
        value = figure(by_id.get(m.group(1), []) if m.group(1) else rows, m.group(2))
        return value if value is not None else m.group(2)
    body = CHART_FENCE.sub("", PLACEHOLDER.sub(sub, body))
    # Anything left that a peer could read as a shortcode or template tag.
    return body.replace("{{", "{ {").replace("{%", "{ %")


class Page:
    """One page of the peer sites: content path, title, optional date, Markdown body."""

    def __init__(self, rel, title, date, body):
        self.rel, self.title, self.date, self.body = rel, title, date, body


def collect(site):
    """Walks SITE/content and returns the site title and the list of Pages to write."""
    content = os.path.join(site, "content")
    title = "xiaokang"
    site_yaml = os.path.join(content, "site.yaml")
    if os.path.exists(site_yaml):
        with open(site_yaml, encoding="utf-8") as f:
            for line in f:
                if line.startswith("title: "):
                    title = line[7:].strip()
    regions = []  # (dir relative to content, name, rows, stories)
    by_id = {}
    for d, subdirs, files in os.walk(os.path.join(content, "regions")):
        subdirs.sort()
        if "region.yaml" not in files:
            continue
        name, _, rows = read_region(os.path.join(d, "region.yaml"))
        stories = [read_story(os.path.join(d, f)) for f in sorted(files) if f.endswith(".md")]
        has_children = any(os.path.exists(os.path.join(d, s, "region.yaml")) for s in subdirs)
        regions.append((os.path.relpath(d, content), name, rows, stories, has_children))
        by_id[os.path.basename(d)] = rows
    pages = [Page("_index.md", title, None, ""),
             Page("regions/_index.md", "地区", None, ""),
             Page("news/_index.md", "新闻", None, "")]
    for rel, name, rows, stories, has_children in regions:
        body = poverty_table(rows) + "".join(
            (f"## {m['title']}\n\n" if m.get("title") else "") + resolve(b, rows, by_id)
            for m, b in stories)
        date = next((m["date"] for m, _ in stories if m.get("date")), None)
        leaf = "_index.md" if has_children else "index.md"
        pages.append(Page(os.path.join(rel, leaf), name, date, body))
    news = os.path.join(content, "news")
    if os.path.isdir(news):
        for f in sorted(os.listdir(news)):
            if f.endswith(".md"):
                m, b = read_story(os.path.join(news, f))
                pages.append(Page(os.path.join("news", f), m.get("title", f[:-3]),
                                  m.get("date"), resolve(b, [], by_id)))
    return title, pages


def q(s):
    """A quoted string valid in both TOML and YAML (JSON syntax, non-ASCII kept)."""
    return json.dumps(s, ensure_ascii=False)


def write(path, text):
    """Writes text to path, creating its folders."""
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


ZOLA_BASE = """<!DOCTYPE html>
<html lang="zh-CN">
<head><meta charset="utf-8"><title>{% block title %}{{ config.title }}{% endblock title %}</title></head>
<body>
<header><a href="{{ config.base_url | safe }}/">{{ config.title }}</a>
{% set home = get_section(path="_index.md", metadata_only=true) %}<nav>{% for s in home.subsections %}{% set top = get_section(path=s, metadata_only=true) %} <a href="{{ top.permalink | safe }}">{{ top.title }}</a>{% endfor %}</nav>
</header>
<main>{% block content %}{% endblock content %}</main>
</body>
</html>
"""

ZOLA_CRUMBS = """<p class="crumbs">{% for a in ancestors %}{% set s = get_section(path=a, metadata_only=true) %}<a href="{{ s.permalink | safe }}">{{ s.title }}</a> › {% endfor %}</p>"""

ZOLA_SECTION = """{% extends "base.html" %}
{% block title %}{{ section.title }} · {{ config.title }}{% endblock title %}
{% block content %}
{% set ancestors = section.ancestors %}""" + ZOLA_CRUMBS + """
<h1>{{ section.title }}</h1>
{{ section.content | safe }}
<ul>
{% for s in section.subsections %}{% set sub = get_section(path=s, metadata_only=true) %}<li><a href="{{ sub.permalink | safe }}">{{ sub.title }}</a></li>
{% endfor %}{% for p in section.pages %}<li><a href="{{ p.permalink | safe }}">{{ p.title }}</a>{% if p.date %} <time>{{ p.date }}</time>{% endif %}</li>
{% endfor %}</ul>
{% endblock content %}
"""

ZOLA_PAGE = """{% extends "base.html" %}
{% block title %}{{ page.title }} · {{ config.title }}{% endblock title %}
{% block content %}
{% set ancestors = page.ancestors %}""" + ZOLA_CRUMBS + """
<h1>{{ page.title }}</h1>
{% if page.date %}<time>{{ page.date }}</time>{% endif %}
{{ page.content | safe }}
{% endblock content %}
"""


def write_zola(out, title, pages):
    """Writes the Zola site: config.toml, templates/ and content/."""
    write(os.path.join(out, "config.toml"), f"""base_url = "https://example.org"
title = {q(title)}
default_language = "zh"
compile_sass = false
build_search_index = false
generate_feeds = false
generate_sitemap = false
generate_robots_txt = false
taxonomies = []
""")
    write(os.path.join(out, "templates", "base.html"), ZOLA_BASE)
    write(os.path.join(out, "templates", "index.html"), ZOLA_SECTION)
    write(os.path.join(out, "templates", "section.html"), ZOLA_SECTION)
    write(os.path.join(out, "templates", "page.html"), ZOLA_PAGE)
    for p in pages:
        head = [f"title = {q(p.title)}"]
        if p.date:
            head.append(f"date = {p.date}")
        if p.rel == "news/_index.md":
            head.append('sort_by = "date"')
        write(os.path.join(out, "content", p.rel), "+++\n" + "\n".join(head) + "\n+++\n\n" + p.body)


HUGO_BASEOF = """<!DOCTYPE html>
<html lang="zh-CN">
<head><meta charset="utf-8"><title>{{ block "title" . }}{{ .Site.Title }}{{ end }}</title></head>
<body>
<header><a href="{{ "/" | relURL }}">{{ .Site.Title }}</a>
<nav>{{ range .Site.Home.Sections }} <a href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}</nav>
</header>
<main>{{ block "main" . }}{{ end }}</main>
</body>
</html>
"""

HUGO_CRUMBS = """<p class="crumbs">{{ range .Ancestors.Reverse }}<a href="{{ .RelPermalink }}">{{ .Title }}</a> › {{ end }}</p>"""

HUGO_LIST = """{{ define "title" }}{{ .Title }} · {{ .Site.Title }}{{ end }}
{{ define "main" }}""" + HUGO_CRUMBS + """
<h1>{{ .Title }}</h1>
{{ .Content }}
<ul>
{{ range .Sections }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>
{{ end }}{{ range .RegularPages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a>{{ if not .Date.IsZero }} <time>{{ .Date.Format "2006-01-02" }}</time>{{ end }}</li>
{{ end }}</ul>
{{ end }}
"""

HUGO_SINGLE = """{{ define "title" }}{{ .Title }} · {{ .Site.Title }}{{ end }}
{{ define "main" }}""" + HUGO_CRUMBS + """
<h1>{{ .Title }}</h1>
{{ if not .Date.IsZero }}<time>{{ .Date.Format "2006-01-02" }}</time>{{ end }}
{{ .Content }}
{{ end }}
"""


def write_hugo(out, title, pages):
    """Writes the Hugo site: hugo.toml, layouts/_default/ and content/."""
    write(os.path.join(out, "hugo.toml"), f"""baseURL = "https://example.org/"
title = {q(title)}
disableKinds = ["taxonomy", "term", "RSS", "sitemap"]
""")
    layouts = os.path.join(out, "layouts", "_default")
    write(os.path.join(layouts, "baseof.html"), HUGO_BASEOF)
    write(os.path.join(layouts, "list.html"), HUGO_LIST)
    write(os.path.join(layouts, "single.html"), HUGO_SINGLE)
    for p in pages:
        head = [f"title: {q(p.title)}"]
        if p.date:
            head.append(f"date: {p.date}")
        write(os.path.join(out, "content", p.rel), "---\n" + "\n".join(head) + "\n---\n\n" + p.body)


def main():
    """Entry point: convert.py SITE ZOLA_SITE HUGO_SITE."""
    if len(sys.argv) != 4:
        sys.exit("usage: convert.py SITE ZOLA_SITE HUGO_SITE")
    site, zola, hugo = sys.argv[1:]
    title, pages = collect(site)
    for d in (zola, hugo):
        shutil.rmtree(d, ignore_errors=True)
    write_zola(zola, title, pages)
    write_hugo(hugo, title, pages)
    regions = sum(1 for p in pages if p.rel.startswith("regions/") and p.rel != "regions/_index.md")
    news = sum(1 for p in pages if p.rel.startswith("news/") and p.rel != "news/_index.md")
    print(f"{regions} {news}")


if __name__ == "__main__":
    main()
