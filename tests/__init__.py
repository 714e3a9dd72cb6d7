"""The planner's tests.

Set here, before conftest imports the planner (which reads it when it starts): this run keeps
its caches (built catalog, compiled dataclass methods) in a folder of its own, never in the
developer's; subprocesses the tests start inherit it.
"""

import os
import tempfile

_CACHE = tempfile.TemporaryDirectory(prefix="planner-test-cache-")
os.environ["CAREER_PLANNER_CACHE_DIR"] = _CACHE.name
