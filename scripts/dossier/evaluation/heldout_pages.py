"""Held-out saved-page templates (see evaluation/webpages.py): written before the HTML reader was
tuned, and never tuned on. ``HELD_OUT`` was scored first; ``HELD_OUT_LATER`` was written after
that score and before the one change it prompted (a site's name from ``<title>``).
"""

from __future__ import annotations

import random

from dossier.evaluation.corpus import Article
from dossier.evaluation.webpages import (
    SITES,
    Page,
    Site,
    Template,
    esc,
    head_html,
    links_html,
    nav_html,
    paragraphs_html,
    slug,
)


def government(article: Article, paras: tuple[str, ...], others: list[str], rng: random.Random, date: str) -> Page:
    """HELD OUT. A government press release: GOV.UK-like layout, "from" and "published" metadata."""
    url = f"https://www.ministry.example.gov/government/news/{slug(article.title, 50)}"
    meta = [
        f'<link rel="canonical" href="{esc(url)}">',
        '<meta property="og:site_name" content="Ministry.example">',
        f'<meta name="govuk:first-published-at" content="{date}T09:30:00+00:00">',
        f'<meta property="og:title" content="{esc(article.title)}">',
    ]
    ld = {
        "@context": "http://schema.org",
        "@type": "NewsArticle",
        "headline": article.title,
        "datePublished": f"{date}T09:30:00+00:00",
        "publisher": {"@type": "Organization", "name": "Ministry"},
    }
    banner = "Cookies on Ministry.example: we use some essential cookies to make this website work."
    feedback = "Is this page useful? Maybe Yes this page is useful No this page is not useful"
    body = (
        "<!DOCTYPE html><html lang=en class=govuk-template>"
        f"{head_html(article.title + ' - Ministry.example', meta, ld)}"
        f'<body class="govuk-template__body"><div class="govuk-cookie-banner" role="region"><p>{banner}</p>'
        '<button>Accept additional cookies</button></div><a href="#main-content" class="govuk-skip-link">Skip to main'
        ' content</a><header class="govuk-header"><a href="/">Ministry.example</a></header>'
        '<div class="govuk-width-container"><main class="govuk-main-wrapper" id="main-content">'
        '<div class="gem-c-title"><span class="gem-c-title__context">Press release</span>'
        '<h1 class="gem-c-title__text">'
        f'{esc(article.title)}</h1></div><div class="gem-c-metadata"><dl><dt>From:</dt>'
        '<dd><a href="/org">Department'
        f"</a></dd><dt>Published</dt><dd>{date}</dd></dl></div>"
        f'<div class="govuk-govspeak">{paragraphs_html(paras)}</div>'
        f'<div class="gem-c-related-navigation"><h2>Explore the topic</h2>{links_html(others[:3], "related")}</div>'
        f'</main></div><div class="gem-c-feedback"><p>{feedback}</p></div><footer class="govuk-footer">'
        "<p>All content is available under the Open Government Licence v3.0</p></footer></body></html>"
    )
    return Page(
        "", "government", body, article.title, paras, date, "Ministry.example", url, (banner, feedback, *others[:3])
    )


def magazine(article: Article, paras: tuple[str, ...], others: list[str], rng: random.Random, date: str) -> Page:
    """HELD OUT. A magazine feature: section wrappers, pull quotes, a paywall prompt, no canonical link."""
    site = rng.choice(SITES)
    meta = [f'<meta name="description" content="{esc(paras[0][:150])}">', f'<meta name="date" content="{date}">']
    paywall = "You have read 3 of your 5 free articles this month. Subscribe for unlimited access."
    body = (
        f"<!doctype html><html>{head_html(f'{article.title} — {site.name}', meta, None)}<body>"
        f'<div class="topbar">{nav_html(site)}</div><div class="paywall-meter"><p>{paywall}</p></div>'
        f'<section class="feature"><div class="feature__header"><h1>{esc(article.title)}</h1></div>'
        f'<section class="feature__body">{paragraphs_html(paras)}</section></section>'
        f'<section class="more-from"><h3>More from {esc(site.name)}</h3>{links_html(others[:4], "more")}</section>'
        f'<div class="bottom">Copyright {site.name}</div></body></html>'
    )
    return Page("", "magazine", body, article.title, paras, date, site.name, None, (paywall, *others[:4]))


def agency(article: Article, paras: tuple[str, ...], others: list[str], rng: random.Random, date: str) -> Page:
    """HELD OUT (written after the first two held-out templates were scored, before any change
    they prompted). A wire agency story: numbered paragraph divs, a newsletter prompt and the
    agency's standards line inside the article container, sailthru and itemprop dates."""
    site = Site("Meridian Wire", "meridianwire.example", ("World", "Business", "Markets"))
    url = f"https://www.{site.domain}/{article.category}/{slug(article.title, 60)}-{date.replace('-', '')}/"
    meta = [
        f'<meta name="og:site_name" content="{site.name}">',
        f'<meta name="sailthru.date" content="{date} 09:00:00">',
        f'<meta property="og:url" content="{esc(url)}">',
        f'<meta name="twitter:title" content="{esc(article.title)}">',
    ]
    prompt = "Sign up here for our morning briefing on the day's top stories."
    standards = "Our Standards: The Meridian Wire Trust Principles."
    body_paras = "".join(
        f'<div data-testid="paragraph-{i}" class="text__text">{esc(para)}</div>' for i, para in enumerate(paras)
    )
    body = (
        f"<!DOCTYPE html><html lang=en>{head_html(f'{article.title} | {site.name}', meta, None)}<body>"
        f'{nav_html(site)}<main><div class="article__container"><header><h1 data-testid="Heading">{esc(article.title)}'
        f'</h1><time itemprop="datePublished" datetime="{date}T09:00:00Z">{date}</time></header>'
        f'<div class="article-body__content"><p class="signup"><a href="/newsletters">{prompt}</a></p>'
        f'{body_paras}<p class="trust"><a href="/principles">{standards}</a></p></div>'
        f'<div class="read-next"><h2>Read Next</h2>{links_html(others[:4], "next")}</div></div></main>'
        f"<footer>{links_html(['Careers', 'Advertise with us', 'Cookies'], 'foot')}</footer></body></html>"
    )
    return Page("", "agency", body, article.title, paras, date, site.name, url, (prompt, standards, *others[:4]))


HELD_OUT: dict[str, Template] = {"government": government, "magazine": magazine}
#: written after HELD_OUT was first scored: held out from the changes that score prompted
HELD_OUT_LATER: dict[str, Template] = {"agency": agency}
