"""Related documents and near-duplicates: TF-IDF similarity of texts, shared entities and close
dates (ranking.py), MinHash signatures of shingles for other versions of a text (duplicates.py).

Kept free of imports but one: numpy and scipy load only when a module of this package is used.

Before they load, numpy's transparent huge pages are turned off unless the environment says
otherwise (``NUMPY_MADVISE_HUGEPAGE``, documented in numpy's "Global state" page and read when
numpy is imported). By default numpy asks the kernel for huge pages (``madvise``) for every array
of 4 MB or more; on a kernel whose THP ``defrag`` setting is ``madvise`` (Debian's default, and the
benchmark machine's) the first touch of such an array can wait while the kernel compacts memory to
find 2 MB pages. Ranking BBC's 2,224 documents multiplies row blocks of about 4 million entries
(ranking._BLOCK_ENTRIES): with huge pages that took 0.86–0.90 s, 0.51–0.52 s of it system time,
without them 0.37 s (0.06–0.08 s system), the same lists; building the text model and ranking
20,000 documents did not change (measured 2026-12-04, see BENCHMARKS.md). Smaller blocks avoid
it too, but cost the 20,000-document ranking a tenth more time.

OpenBLAS, which numpy loads, is also told to use one thread unless the environment says
otherwise (``OPENBLAS_NUM_THREADS``, read when the library loads). Nothing here calls BLAS (the
products are scipy's sparse ones), but a pool of one thread per core is started at numpy's
import all the same, and starting it cost the build's main process about 0.1 s of CPU (0.29 s
for numpy and scipy.sparse to import, 0.19 s with one thread; measured 2026-12-05), on a machine
whose two cores are busy throughout the build (see BENCHMARKS.md).
"""

import os

os.environ.setdefault("NUMPY_MADVISE_HUGEPAGE", "0")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
