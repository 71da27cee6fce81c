"""Held-out furniture phrasings for evaluation.furniture: what the injector writes into articles.

These lines were collected as real news sites word them, independently of the detector's
patterns in extract/furniture_patterns.py, and include phrasings and kinds (navigation bars,
player timers, consent buttons) that the detector was not written for. Some wording is shared,
as it is between real sites; the per-kind recall shows how much.

REAL_WORDINGS were added for issue 17: lines found on public news pages and in public scrapers'
clean-up lists (English, German, French, Russian), split at random into a tuning half (in
tests/data/furniture_lines.yaml, which the detector's new rules were written against) and this
held-out half, which the generator also injects. The rules were written after the whole
collection had been read, so this half is held out from tuning, not unseen.
"""

from __future__ import annotations

from typing import Final

PHRASINGS: Final[dict[str, tuple[str, ...]]] = {
    "audio": (
        "Listen to this article · 4 min",
        "Listen · 5:32 min",
        "Hear this story",
        "Press play to listen to this article",
        "Voiced by artificial intelligence.",
        "Voiced by Amazon Polly",
        "This article was narrated by AI. Learn more about audio narration.",
        "Narrated by an AI voice · Report a problem",
        "Loading audio player...",
        "00:00 / 04:12",
        "Your browser does not support the audio element.",
        "Read aloud",
        "Audio: listen to the full report",
        "Listen to the story",
    ),
    "share": (
        "Share",
        "Share this article",
        "Share on Facebook",
        "Share on X (Twitter)",
        "Facebook Twitter WhatsApp Email",
        "Copy link to clipboard",
        "Link copied to clipboard",
        "Send via WhatsApp",
        "Save article",
        "Save for later",
        "Gift this article",
        "Comments (12)",
        "View comments",
        "Join the conversation",
        "Reprints & permissions",
        "Print",
    ),
    "newsletter": (
        "Sign up for our free daily newsletter",
        "Get the best of the news delivered to your inbox every morning",
        "Enter your email address",
        "Subscribe now",
        "Thank you for subscribing!",
        "Want more stories like this? Join our mailing list.",
        "Get our breaking news alerts",
        "Don't miss out: get the morning briefing",
        "Already a subscriber? Log in",
        "Become a member",
        "Support our journalism",
        "By signing up you agree to our Terms of Use and Privacy Policy",
    ),
    "cookie": (
        "We use cookies to ensure you get the best experience on our website.",
        "This site uses cookies. By continuing to browse you agree to our use of cookies.",
        "Accept all cookies",
        "Manage cookie preferences",
        "We and our partners store and/or access information on a device, such as unique IDs in cookies.",
        "Accept and close",
        "Your privacy choices",
        "Do not sell or share my personal information",
    ),
    "advert": (
        "Advertisement",
        "ADVERTISEMENT",
        "Skip advertisement",
        "Story continues below advertisement",
        "Article continues after this ad",
        "Scroll to continue with content",
        "Sponsored",
        "Promoted Stories",
        "Paid content",
        "Content from our partners",
    ),
    "related": (
        "Read more: {headline}",
        "READ MORE: {headline}",
        "Related: {headline}",
        "See also: {headline}",
        "More on this story",
        "Related Topics",
        "Top stories",
        "Most read",
        "Up next",
        "Trending now",
    ),
    "caption": (
        "Photo: Getty Images",
        "Image: Reuters",
        "(Photo by John Smith/AFP via Getty Images)",
        "Image source, Getty Images",
        "Picture: PA",
        "Credit: Alamy Stock Photo",
        "Photograph: Tolga Akmen/EPA",
        "REUTERS/Toby Melville",
        "Getty Images",
    ),
    "navigation": (
        "Skip to content",
        "Home | News | Sport | Business | Culture",
        "Home / News / Politics",
        "Menu",
        "Search",
        "Sections",
    ),
    "tracker": (
        "source site-{n}",
        "src cdn-{n}",
        "ref feed-{n}",
        "origin node-{n}",
        "story id {n}",
        "sid={n}",
        "utm_source=newsletter",
        "data-article-id={n}",
        "articleid_{n}",
        "https://example.com/a/{n}",
    ),
}

REAL_WORDINGS: Final[dict[str, tuple[str, ...]]] = {
    "audio": (
        "Play audio",
        "Subscribe to listen",
        "Hear this article read aloud",
        "Subscribe to hear this article and more",
        "Audiobeitrag",
        "Press play to hear this article read aloud",
    ),
    "newsletter": (
        "Delivered to your inbox. Free.",
        "Подписывайтесь на наш канал!",
        "Der Newsletter direkt aus dem Newsroom",
        "Newsletter abonnieren",
        "Stay up to date with curated collection of our top stories.",
        "Subscribe to our newsletter.",
        "Get the latest AI news delivered to your inbox every day.",
        "Please check your inbox and confirm. Something went wrong. Please try again.",
    ),
    "related": (
        "Mehr zum Thema",
        "Читайте также:",
        "Auch interessant",
        "Trending now",
        "Mehr aus dem Polizeiticker",
        "More information:",
        "Das könnte Sie auch interessieren",
        "Keep reading",
        "You may also like",
        "Recommended video",
    ),
    "cookie": (
        "HealthKey uses cookies to improve your browsing experience and analyze site traffic. By continuing to use "
        "this site, you agree to our Privacy Policy.",
        "Accept cookies",
        "This site uses cookies to provide the best user experience. By continuing to use this site, you agree to "
        "the use of cookies. Accept | Reject",
        "Cookies and advertising settings",
        "This site uses cookies. By continuing to use this site, you agree to their use.",
    ),
    "advert": (
        "Anzeige",
        "This advertisement has not loaded yet",
        "Continue reading below",
        "Story continues below this ad",
        "Gesponsert",
        "Skip ad",
        "Continue reading after the advertisement",
        "Advertisement - scroll to continue reading",
    ),
}


def phrasings(real: bool = True) -> dict[str, tuple[str, ...]]:
    """The generator's wordings per kind; with ``real``, the held-out real wordings added to them."""
    extra = REAL_WORDINGS if real else {}
    return {kind: lines + extra.get(kind, ()) for kind, lines in PHRASINGS.items()}


KICKERS: Final = ("Politics", "Business", "World news", "Exclusive", "Analysis", "UK", "Technology", "Europe")
LIST_HEADERS: Final = ("More stories", "Latest news", "You might also like", "Related", "Elsewhere on the site")
LIST_SEPARATORS: Final = (" -", " |", " •", "• ", "» ", "")  # suffix, or prefix when it ends with a space
RULE_LINES: Final = ("-", "—", "* * *", "___")
