"""Settings of the API benchmark's server: the project's, plus the bare `.values()` views (and a
read-only database session: the benchmark runs against an archive it must not change)."""

from newsdb.settings import *  # noqa: F403
from newsdb.settings import DATABASES

ROOT_URLCONF = "bench.api_urls"
if DATABASES["default"]["ENGINE"].endswith("postgresql"):
    DATABASES["default"].setdefault("OPTIONS", {})["options"] = "-c default_transaction_read_only=on"
