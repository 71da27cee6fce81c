"""Saved web pages made from BBC articles, with known answers, to measure the HTML reader.

Each article is wrapped in a site template modelled on the structures real news sites, blogs and
government sites use (WordPress ``entry-content``, ``<article>`` with a byline and a figure, a
``<main>`` with a story body), with the page furniture they carry: navigation, a cookie banner,
share buttons, a newsletter box, "most read" and "related" lists of other headlines, inline
adverts, comments and a footer; and with the metadata they declare, in varied ways (Open Graph,
JSON-LD, ``article:published_time``, ``<time>``, a site-name suffix on ``<title>``, a canonical
link or none). Templates and choices are drawn with a fixed seed.

The held-out templates (evaluation/heldout_pages.py) were written before the reader was tuned and
are scored apart: they show how the reader does on layouts it was not adjusted to.
"""

from __future__ import annotations

import html
import json
import random
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace

from dossier.evaluation.corpus import Article

SEED = 1919


@dataclass(frozen=True)
class Page:
    """A saved page and what a perfect reader finds in it."""

    name: str
    template: str
    html: str
    title: str
    paragraphs: tuple[str, ...]
    date: str
    site: str
    url: str | None
    furniture: tuple[str, ...]  # strings that must not appear in the article text


@dataclass(frozen=True)
class Site:
    """A made-up publisher."""

    name: str
    domain: str
    sections: tuple[str, ...]


SITES = (
    Site("The Morning Ledger", "morningledger.example", ("World", "Business", "Politics", "Culture", "Tech")),
    Site("Northgate Post", "northgatepost.example", ("News", "Money", "Sport", "Arts", "Science")),
    Site("Harbour Daily", "harbourdaily.example", ("Home", "UK", "Economy", "Entertainment", "Opinion")),
    Site("Eastern Wire", "easternwire.example", ("Latest", "Markets", "Diplomacy", "Life", "Video")),
)
COOKIE = (
    "We use cookies to improve your experience on our site and to show you personalised advertising.",
    "This website uses cookies. By continuing to browse you agree to our use of cookies.",
)
NEWSLETTER = ("Sign up to our daily briefing: the news you need, in your inbox every morning.",)


def slug(title: str, limit: int) -> str:
    return "-".join("".join(c if c.isalnum() else " " for c in title.lower()).split())[:limit]


#: what makes real pages heavy: inline styles, analytics and framework scripts, icon sprites
_STYLE = "<style>" + "".join(f".c{i}{{margin:{i % 7}px;color:#{i:06x}}}" for i in range(900)) + "</style>"
_SCRIPT = "<script>var __STATE__=" + str([{"id": i, "k": "v" * 20} for i in range(400)]) + ";</script>"
_SPRITE = (
    '<svg style="display:none">'
    + "".join(f'<symbol id="i{i}" viewBox="0 0 24 24"><path d="M{i} 0L24 {i}Z"/></symbol>' for i in range(60))
    + "</svg>"
)


def esc(text: str) -> str:
    return html.escape(text, quote=True)


def paragraphs_html(paragraphs: tuple[str, ...], advert_every: int = 0) -> str:
    out = []
    for i, para in enumerate(paragraphs):
        out.append(f"<p>{esc(para)}</p>")
        if advert_every and i % advert_every == advert_every - 1 and i + 1 < len(paragraphs):
            out.append(f'<div class="ad-slot"><span>Advertisement</span><div class="ad" id="ad-{i}"></div></div>')
    return "\n".join(out)


def links_html(items: list[str], cls: str) -> str:
    return (
        f'<ul class="{cls}">'
        + "".join(f'<li><a href="/story/{i}">{esc(t)}</a></li>' for i, t in enumerate(items))
        + "</ul>"
    )


def head_html(title_tag: str, meta: list[str], jsonld: Mapping[str, object] | None) -> str:
    ld = f'<script type="application/ld+json">{json.dumps(jsonld)}</script>' if jsonld else ""
    return (
        '<head><meta charset="utf-8"><meta name="viewport" content="width=device-width">'
        f"<title>{esc(title_tag)}</title>{''.join(meta)}{ld}"
        '<link rel="stylesheet" href="/static/site.css"><script src="/static/app.js"></script>'
        f"{_STYLE}<script>window.dataLayer=window.dataLayer||[];"
        "function gtag(){dataLayer.push(arguments)}</script></head>"
    )


def nav_html(site: Site) -> str:
    """The site header: a mega-menu of sections and sub-sections, an icon sprite, a state script."""
    links = "".join(
        f'<li><a href="/{s.lower()}">{s}</a><ul class="sub">'
        + "".join(f'<li><a href="/{s.lower()}/{n}">{s} {n}</a></li>' for n in range(16))
        + "</ul></li>"
        for s in site.sections
    )
    return (
        f'{_SPRITE}<header class="site-header"><a class="logo" href="/">{esc(site.name)}</a><nav><ul>{links}</ul></nav>'
        f"</header>{_SCRIPT}"
    )


def _cookie(rng: random.Random) -> tuple[str, str]:
    text = rng.choice(COOKIE)
    return (
        f'<div id="cookie-consent" class="cookie-banner"><p>{text}</p><button>Accept all</button>'
        "<button>Manage preferences</button></div>",
        text,
    )


def _footer(site: Site, year: str) -> tuple[str, str]:
    text = f"© {year} {site.name}. All rights reserved."
    links = "".join(f'<a href="/{x}">{x.title()}</a>' for x in ("about", "contact", "privacy", "terms"))
    return f'<footer class="site-footer"><nav>{links}</nav><p>{esc(text)}</p></footer>', text


def _meta(kind: str, article: Article, site: Site, url: str, date: str, rng: random.Random) -> tuple[str, list[str]]:
    """The <title> text and meta tags, in one of several real-world styles."""
    title = article.title
    styles = {
        "og-suffix": (f"{title} | {site.name}", [f'<meta property="og:title" content="{esc(title)}">']),
        "dash": (f"{title} - {site.name}", [f'<meta property="og:site_name" content="{esc(site.name)}">']),
        "prefix": (f"{site.name}: {title}", [f'<meta name="twitter:title" content="{esc(title)}">']),
        "plain": (title, []),
    }
    title_tag, tags = styles[kind]
    tags = [*tags, f'<meta property="og:site_name" content="{esc(site.name)}">'] if kind != "dash" else tags
    if rng.random() < 0.7:
        tags.append(f'<link rel="canonical" href="{esc(url)}">')
    else:
        tags.append(f'<meta property="og:url" content="{esc(url)}">')
    if rng.random() < 0.5:
        tags.append(f'<meta property="article:published_time" content="{date}T{rng.randint(6, 22):02d}:15:00Z">')
    return title_tag, tags


def news(article: Article, paras: tuple[str, ...], others: list[str], rng: random.Random, date: str) -> Page:
    """A newspaper article page: <article> with byline, figure, inline adverts, sidebars."""
    site = rng.choice(SITES)
    url = f"https://www.{site.domain}/{article.category}/{date.replace('-', '/')}/story-{rng.randint(1000, 9999)}"
    title_tag, meta = _meta(rng.choice(["og-suffix", "dash", "prefix"]), article, site, url, date, rng)
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": article.title, "datePublished": date}
    cookie, cookie_text = _cookie(rng)
    footer, footer_text = _footer(site, date[:4])
    most_read = others[:5]
    related = others[5:8]
    body = (
        f"<!DOCTYPE html><html lang=en>{head_html(title_tag, meta, ld)}<body>{cookie}{nav_html(site)}"
        '<div class="layout"><main id="main"><article class="story">'
        f'<h1 class="headline">{esc(article.title)}</h1>'
        f'<p class="byline">By <a href="/staff/1">Staff reporter</a> · <time datetime="{date}">{date}</time></p>'
        '<div class="share"><a href="#">Share on Facebook</a><a href="#">Share on X</a><a href="#">Email</a></div>'
        f'<figure><img src="/img/{rng.randint(1, 99)}.jpg" alt=""><figcaption>Photo: agency</figcaption></figure>'
        f'<div class="story-body">{paragraphs_html(paras, advert_every=rng.choice([3, 4]))}</div>'
        f'<aside class="related"><h2>Related stories</h2>{links_html(related, "related-links")}</aside>'
        "</article></main>"
        f'<aside class="sidebar"><h2>Most read</h2>{links_html(most_read, "most-read")}'
        f'<div class="newsletter"><p>{NEWSLETTER[0]}</p><form><input type="email"><button>Sign up</button></form>'
        f"</div></aside></div>{footer}</body></html>"
    )
    return Page("", "news", body, article.title, paras, date, site.name, url, (cookie_text, footer_text, *others[:8]))


def blog(article: Article, paras: tuple[str, ...], others: list[str], rng: random.Random, date: str) -> Page:
    """A WordPress-style post: entry-content, widgets, comments, no JSON-LD."""
    site = rng.choice(SITES)
    url = f"https://{site.domain}/{date[:4]}/{date[5:7]}/{slug(article.title, 40)}/"
    title_tag, meta = _meta(rng.choice(["dash", "og-suffix"]), article, site, url, date, rng)
    meta.append(f'<meta property="article:published_time" content="{date}T08:00:00+00:00">')
    footer, footer_text = _footer(site, date[:4])
    comment = "Great article, thanks for sharing this with us all!"
    body = (
        f"<!DOCTYPE html><html>{head_html(title_tag, meta, None)}<body class='single-post'>"
        f'<div id="page" class="site">{nav_html(site)}<div id="content" class="site-content">'
        '<div id="primary" class="content-area"><main id="main" class="site-main">'
        '<article class="post type-post"><header class="entry-header">'
        f'<h1 class="entry-title">{esc(article.title)}</h1>'
        f'<div class="entry-meta">Posted on <time class="entry-date published" datetime="{date}T08:00:00+00:00">'
        f"{date}</time></div></header>"
        f'<div class="entry-content">{paragraphs_html(paras)}</div>'
        '<footer class="entry-footer"><span class="cat-links">Posted in <a href="/c">News</a></span></footer>'
        f'</article><div id="comments" class="comments-area"><h2>One comment</h2><ol class="comment-list">'
        f'<li class="comment"><div class="comment-content"><p>{comment}</p></div></li></ol></div>'
        '</main></div><aside id="secondary" class="widget-area"><section class="widget">'
        f'<h2 class="widget-title">Recent posts</h2>{links_html(others[:5], "recent")}</section></aside>'
        f"</div>{footer}</div></body></html>"
    )
    return Page("", "blog", body, article.title, paras, date, site.name, url, (comment, footer_text, *others[:5]))


def portal(article: Article, paras: tuple[str, ...], others: list[str], rng: random.Random, date: str) -> Page:
    """A portal page: div soup, no <article>, a "Read more" box inside the text, a JSON-LD graph."""
    site = rng.choice(SITES)
    url = f"https://{site.domain}/news/{rng.randint(100000, 999999)}.html"
    title_tag, meta = _meta("og-suffix", article, site, url, date, rng)
    ld = {"@context": "https://schema.org", "@graph": [{"@type": "WebSite", "name": site.name},
          {"@type": "Article", "headline": article.title, "datePublished": f"{date}T10:00:00+01:00"}]}  # fmt: skip
    cookie, cookie_text = _cookie(rng)
    half = max(1, len(paras) // 2)
    read_more = f"Read more: {others[0]}"
    body = (
        f"<html>{head_html(title_tag, meta, ld)}<body>{nav_html(site)}{cookie}"
        '<div class="container"><div class="row"><div class="col-8"><div class="breadcrumbs">'
        f'<a href="/">Home</a> › <a href="/news">News</a></div><div class="title-block"><h1>{esc(article.title)}</h1>'
        f'<span class="date">{date}</span></div><div class="text-block">{paragraphs_html(paras[:half])}'
        f'<div class="read-more"><a href="/x">{esc(read_more)}</a></div>{paragraphs_html(paras[half:])}</div>'
        '<div class="tags">Tags: <a href="/t/1">news</a></div></div>'
        f'<div class="col-4"><div class="popular"><h3>Popular</h3>{links_html(others[1:6], "pop")}</div></div>'
        f'</div></div><div class="footer">© {site.name}</div></body></html>'
    )
    return Page("", "portal", body, article.title, paras, date, site.name, url, (cookie_text, read_more, *others[1:6]))


Template = Callable[[Article, tuple[str, ...], list[str], random.Random, str], Page]
TUNING: dict[str, Template] = {"news": news, "blog": blog, "portal": portal}


def pages(articles: list[Article], count: int, templates: dict[str, Template], seed: int = SEED) -> list[Page]:
    """``count`` saved pages from ``articles`` (drawn with ``seed``), cycling through ``templates``."""
    rng = random.Random(seed)  # noqa: S311 - reproducible test data, not secrets
    chosen = rng.sample(articles, min(count, len(articles)))
    out = []
    names = sorted(templates)
    for i, article in enumerate(chosen):
        paras = tuple(p.strip() for p in article.body.split("\n") if p.strip())
        others = [a.title for a in rng.sample(articles, 9) if a.title != article.title][:8]
        date = f"{rng.randint(2001, 2024)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        template = names[i % len(names)]
        page = templates[template](article, paras, others, rng, date)
        out.append(replace(page, name=f"{template}-{i:04d}.html"))
    return out
