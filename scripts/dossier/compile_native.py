"""Compile the entity rules with mypyc, or remove the compiled copies (see dossier.native).

``python -m dossier.compile_native``: what ``make site``, ``make test`` and ``make bench`` run
when the rules' source has changed; ``--clean`` removes the copies (``make clean`` does).
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from pathlib import Path

from dossier.native import COMPILED, GROUP, MANIFEST, PACKAGE, ROOT, compiled_files, digest, sources


def clean(package: Path = PACKAGE) -> None:
    """Remove the compiled copies and their manifest."""
    MANIFEST.unlink(missing_ok=True)
    for path in compiled_files(package):
        path.unlink()


def compile_package() -> None:
    """Compile COMPILED with mypyc into extension modules beside the sources; the manifest is
    written last, so an interrupted compile leaves copies that are never used."""
    from mypyc.build import mypycify  # the compiler comes with mypy (requirements.txt)
    from setuptools import setup

    clean()
    with tempfile.TemporaryDirectory(prefix="dossier-native-") as work:
        here = Path.cwd()
        os.chdir(ROOT)  # mypycify names modules by their paths from here, and builds in place
        try:
            paths = [path.relative_to(ROOT).as_posix() for path in sources()]
            modules = mypycify(paths, opt_level="3", target_dir=str(Path(work) / "c"), group_name=GROUP)
            args = ["build_ext", "--inplace", "--build-temp", str(Path(work) / "o"), "--build-lib", work]
            setup(name="dossier-native", ext_modules=modules, script_args=[*args, "--quiet"])
        finally:
            os.chdir(here)
    MANIFEST.write_text(json.dumps({"digest": digest(), "python": sys.version.split()[0]}) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    """``python -m dossier.compile_native [--clean]``."""
    args = sys.argv[1:] if argv is None else argv
    if args == ["--clean"]:
        clean()
        return 0
    if args:
        print("usage: python -m dossier.compile_native [--clean]", file=sys.stderr)
        return 2
    compile_package()
    print(f"dossier: compiled {len(sources())} modules of {', '.join(COMPILED)} with mypyc")
    return 0


if __name__ == "__main__":
    sys.exit(main())
