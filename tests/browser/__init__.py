"""Real-browser tests: the built site served on a loopback port, read with Chromium through Playwright."""
