"""Hold one conversation with ``pagefind --service``: every request in, every answer out.

Run as a script by dossier.search.pagefind (``python -I -S relay.py PAGEFIND ANSWERS``), with the
requests on its standard input and the answers written to its standard output. It exists so
that Pagefind can index while the build goes on with other work, with no thread in the build's
own process (which forks its workers, see dossier.parallel) and no pipe that fills up unread:

- the requests are written to Pagefind at once. Pagefind's reader thread reads its input as fast
  as it comes into a queue of its own, so the write completes however slowly it indexes;
- Pagefind exits as soon as its input ends, dropping what it has not yet done, so its input is
  closed only after the last answer: each request has one answer, and each answer ends with a
  comma, which base64 never contains.

Standard library only: it runs isolated (``-I -S``), outside Dossier's environment.
"""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys


def main() -> int:
    """Relay; Pagefind's exit status, or 1 if it stopped before answering every request."""
    executable, expected = sys.argv[1], int(sys.argv[2])
    pagefind = subprocess.Popen([executable, "--service"], stdin=subprocess.PIPE, stdout=subprocess.PIPE)  # noqa: S603
    assert pagefind.stdin is not None and pagefind.stdout is not None
    answers = sys.stdout.buffer
    try:
        pagefind.stdin.write(sys.stdin.buffer.read())
        pagefind.stdin.flush()
    except BrokenPipeError:
        pass  # Pagefind stopped: what it said is in its error output, and the count below falls short
    seen = 0
    while seen < expected and (chunk := os.read(pagefind.stdout.fileno(), 1 << 20)):
        answers.write(chunk)
        seen += chunk.count(b",")
    answers.flush()
    with contextlib.suppress(BrokenPipeError):
        pagefind.stdin.close()  # Pagefind exits at the end of its input
    status = pagefind.wait()
    return status or (0 if seen >= expected else 1)


if __name__ == "__main__":
    sys.exit(main())
