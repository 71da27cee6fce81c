"""Follow every link a reader can follow from the home page, in the browser, and record where each leads."""

from __future__ import annotations

from dataclasses import dataclass, field
from urllib.parse import urlsplit

from tests.browser.reader import Reader, wait_for_scripts


@dataclass
class SiteMap:
    """What a crawl of the site at ``base`` found. All URLs are absolute, without their #fragment."""

    base: str
    status: dict[str, int] = field(default_factory=dict)  # every page or file inside the site -> HTTP status
    links: dict[str, list[str]] = field(default_factory=dict)  # page -> its links (with #fragment)
    ids: dict[str, set[str]] = field(default_factory=dict)  # page -> the element ids it has
    outside: set[str] = field(default_factory=set)  # links to other sites

    @property
    def pages(self) -> list[str]:
        """The pages visited, in the order a breadth-first reader meets them."""
        return list(self.links)

    def broken(self) -> list[str]:
        """Every link that leads nowhere: a missing page or file, a missing #anchor, or out of the site's prefix."""
        found = [f"HTTP {status}: {url}" for url, status in self.status.items() if status != 200]
        origin = "{0.scheme}://{0.netloc}/".format(urlsplit(self.base))
        for page, links in self.links.items():
            for link in links:
                target, _, anchor = link.partition("#")
                if anchor and target in self.ids and anchor not in self.ids[target]:
                    found.append(f"{page} links to #{anchor}, which {target} does not have")
                if target.startswith(origin) and not target.startswith(self.base):
                    found.append(f"{page} links to {target}, outside the site's prefix {self.base}")
        return found


def _is_page(url: str) -> bool:
    path = urlsplit(url).path
    return path.endswith("/") or path.endswith(".html")


def crawl(reader: Reader) -> SiteMap:
    """Visit the home page, then every page linked from a visited page; fetch every other linked file.

    Each page is loaded for real (scripts, styles, search worker), so the reader's watch sees every
    request and console message along the way.
    """
    found = SiteMap(reader.base)
    page = reader.page
    queue = [reader.base]
    while queue:
        url = queue.pop(0)
        response = page.goto(url)
        found.status[url] = response.status if response else 0
        if found.status[url] != 200:
            continue  # reported by broken(); a 404 page's own links say nothing about the site
        wait_for_scripts(page)
        # javascript: and mailto: links are buttons and addresses, not places in the site; a data:
        # link with a download attribute is a file carried in the page (a document's citation files)
        found.links[url] = page.eval_on_selector_all(
            "a[href]",
            "links => links.filter(a => !(a.hasAttribute('download') && a.href.startsWith('data:')))"
            ".map(a => a.href).filter(h => !/^(javascript|mailto):/.test(h))",
        )
        found.ids[url] = set(page.eval_on_selector_all("[id]", "nodes => nodes.map(n => n.id)"))
        for link in found.links[url]:
            target = link.partition("#")[0]
            if not target.startswith(reader.base):
                found.outside.add(target)
            elif target in found.status or target in queue:
                continue
            elif _is_page(target):
                queue.append(target)
            else:
                found.status[target] = reader.context.request.get(target).status
    return found
