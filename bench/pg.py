"""A PostgreSQL cluster for the benchmarks, from Debian's binaries, on 127.0.0.1.

    python bench/pg.py start --pgdata /var/tmp/newsdb-pg [--port 5433]   # keeps running; prints its URL
    python bench/pg.py stop --pgdata /var/tmp/newsdb-pg

The benchmarks call `cluster()`: DATABASE_URL when it names a PostgreSQL database, else a
throw-away cluster in a temporary directory, stopped and removed at the end. Unlike pg_virtualenv
(which turns fsync off for tests), the cluster keeps PostgreSQL's default, durable settings, so the
figures are what a production server would give on this machine.
"""

import argparse
import contextlib
import os
import shutil
import socket
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

BIN = Path(os.environ.get("PG_BIN", "/usr/lib/postgresql/15/bin"))


def _as_postgres(command: list[str]) -> list[str]:
    # initdb and the server refuse to run as root; Debian's package creates the `postgres` user.
    return ["runuser", "-u", "postgres", "--", *command] if os.geteuid() == 0 else command


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def start(pgdata: Path, port: int | None = None) -> str:
    """Start (creating it first if need be) the cluster in `pgdata`; returns its URL."""
    if not (BIN / "initdb").exists():
        sys.exit(f"PostgreSQL binaries not found in {BIN}: install Debian's postgresql, or set DATABASE_URL")
    pgdata.mkdir(parents=True, exist_ok=True)
    if os.geteuid() == 0:
        shutil.chown(pgdata, "postgres", "postgres")
    if not (pgdata / "PG_VERSION").exists():
        subprocess.run(
            _as_postgres([str(BIN / "initdb"), "-D", str(pgdata), "-U", "postgres", "-A", "trust", "--locale=C.UTF-8"]),
            check=True,
            stdout=subprocess.DEVNULL,
        )
    port = port or _free_port()
    options = f"-p {port} -k {pgdata} -c listen_addresses=127.0.0.1"
    subprocess.run(
        _as_postgres(
            [str(BIN / "pg_ctl"), "-D", str(pgdata), "-o", options, "-l", str(pgdata / "server.log"), "start"]
        ),
        check=True,
        stdout=subprocess.DEVNULL,
    )
    return f"postgres://postgres@127.0.0.1:{port}/postgres"


def stop(pgdata: Path) -> None:
    subprocess.run(
        _as_postgres([str(BIN / "pg_ctl"), "-D", str(pgdata), "-m", "fast", "-w", "stop"]),
        check=False,
        stdout=subprocess.DEVNULL,
    )


@contextlib.contextmanager
def cluster() -> Iterator[str]:
    """The URL of a PostgreSQL server to benchmark against: DATABASE_URL's, else a throw-away one."""
    url = os.environ.get("DATABASE_URL", "")
    if url.startswith(("postgres://", "postgresql://")):
        yield url
        return
    scratch = Path(tempfile.mkdtemp(prefix="newsdb-pg-", dir="/var/tmp"))
    scratch.chmod(0o755)  # the server's user must reach its data directory inside
    try:
        yield start(scratch / "data")
    finally:
        stop(scratch / "data")
        shutil.rmtree(scratch, ignore_errors=True)


def database_url(server_url: str, name: str) -> str:
    """The URL of database `name` on the server of `server_url`, created empty (dropped first)."""
    import psycopg

    base, _, _ = server_url.rpartition("/")
    with psycopg.connect(server_url, autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}"')
        connection.execute(f'CREATE DATABASE "{name}"')
    return f"{base}/{name}"


def main() -> None:
    parser = argparse.ArgumentParser(description="Start or stop a benchmark PostgreSQL cluster.")
    parser.add_argument("action", choices=["start", "stop"])
    parser.add_argument("--pgdata", type=Path, required=True)
    parser.add_argument("--port", type=int, default=5433)
    args = parser.parse_args()
    if args.action == "start":
        print(start(args.pgdata.resolve(), args.port))
    else:
        stop(args.pgdata.resolve())


if __name__ == "__main__":
    main()
