"""Held-out furniture phrasings for evaluation.furniture: what the injector writes into articles.

These lines were collected as real news sites word them, independently of the detector's
patterns in extract/furniture_patterns.py, and include phrasings and kinds (navigation bars,
player timers, consent buttons) that the detector was not written for. Some wording is shared,
as it is between real sites; the per-kind recall shows how much.
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

KICKERS: Final = ("Politics", "Business", "World news", "Exclusive", "Analysis", "UK", "Technology", "Europe")
LIST_HEADERS: Final = ("More stories", "Latest news", "You might also like", "Related", "Elsewhere on the site")
LIST_SEPARATORS: Final = (" -", " |", " •", "• ", "» ", "")  # suffix, or prefix when it ends with a space
RULE_LINES: Final = ("-", "—", "* * *", "___")
