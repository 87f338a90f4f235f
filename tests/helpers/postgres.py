"""A throwaway PostgreSQL cluster on loopback for tests: initdb into a temp folder, pg_ctl start, stop, delete.

PostgreSQL refuses to run as root, so as root the cluster's folder is given to the `postgres` user and
every server command runs through `runuser -u postgres --`. Nothing outside the temp folder is touched.
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

USER = "chat"
DATABASE = "chat"


def find_bin_dir() -> Path | None:
    """Where initdb and pg_ctl are: Debian's /usr/lib/postgresql/<newest>/bin, or the PATH."""
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"),
                   key=lambda p: int(Path(p).parent.parent.name) if Path(p).parent.parent.name.isdigit() else 0)
    if found:
        return Path(found[-1]).parent
    initdb = shutil.which("initdb")
    return Path(initdb).parent if initdb and shutil.which("pg_ctl") else None


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@dataclass
class Cluster:
    """A throwaway PostgreSQL cluster under `root`, run by the server binaries in `bin_dir`."""

    bin_dir: Path
    root: Path
    port: int
    as_postgres: bool

    @property
    def data_dir(self) -> Path:
        """The cluster's data directory."""
        return self.root / "data"

    @property
    def socket_dir(self) -> Path:
        """The folder of the server's Unix socket."""
        return self.root / "sock"

    @property
    def url(self) -> str:
        """The URL of the database `chat` on loopback."""
        return f"postgresql://{USER}@127.0.0.1:{self.port}/{DATABASE}"

    def run(self, *command: str) -> subprocess.CompletedProcess:
        """Run one of the server binaries (as the postgres user when root), capturing its output."""
        args = [str(self.bin_dir / command[0]), *command[1:]]
        if self.as_postgres:
            args = ["runuser", "-u", "postgres", "--", *args]
        return subprocess.run(args, capture_output=True, text=True, timeout=120, check=False)

    def start(self) -> None:
        """Create the cluster and start the server with an empty database `chat`; RuntimeError when it fails."""
        self.socket_dir.mkdir(parents=True, exist_ok=True)
        if self.as_postgres:
            shutil.chown(self.root, "postgres", "postgres")
            shutil.chown(self.socket_dir, "postgres", "postgres")
        done = self.run("initdb", "-D", str(self.data_dir), "-U", USER, "--auth=trust", "-E", "UTF8",
                        "--no-locale", "--no-sync")
        if done.returncode:
            raise RuntimeError(f"initdb failed:\n{done.stdout}\n{done.stderr}")
        options = (f"-p {self.port} -k {self.socket_dir} -c listen_addresses=127.0.0.1 -c fsync=off "
                   "-c synchronous_commit=off -c full_page_writes=off")
        done = self.run("pg_ctl", "-D", str(self.data_dir), "-o", options, "-l", str(self.root / "server.log"),
                        "-w", "-t", "60", "start")
        if done.returncode:
            log = (self.root / "server.log").read_text(errors="replace") if (self.root / "server.log").exists() else ""
            raise RuntimeError(f"pg_ctl start failed:\n{done.stdout}\n{done.stderr}\n{log}")
        done = self.run("createdb", "-h", "127.0.0.1", "-p", str(self.port), "-U", USER, DATABASE)
        if done.returncode:
            raise RuntimeError(f"createdb failed:\n{done.stderr}")

    def stop(self) -> None:
        """Stop the server and remove the cluster's files."""
        self.run("pg_ctl", "-D", str(self.data_dir), "-m", "fast", "-w", "stop")
        shutil.rmtree(self.root, ignore_errors=True)


def start_cluster() -> Cluster:
    """A running cluster with an empty database `chat` owned by the superuser `chat` (trust on loopback)."""
    bin_dir = find_bin_dir()
    if bin_dir is None:
        raise FileNotFoundError("PostgreSQL server binaries (initdb, pg_ctl) are not installed")
    root = Path(tempfile.mkdtemp(prefix="datachat-pg-"))
    os.chmod(root, 0o755)
    cluster = Cluster(bin_dir, root, _free_port(), as_postgres=os.geteuid() == 0)
    try:
        cluster.start()
    except BaseException:
        cluster.stop()
        raise
    return cluster


PG_TYPES = {"BIGINT": "bigint", "INTEGER": "integer", "DOUBLE": "double precision", "VARCHAR": "text",
            "DATE": "date", "TIMESTAMP": "timestamp", "BOOLEAN": "boolean"}


def load_sample(url: str, folder: Path, schema: str = "public") -> list[str]:
    """Create each sample CSV as a table (types as DuckDB reads them) and COPY its rows in; the table names."""
    import psycopg

    from agent.data.database import Database

    duck = Database.from_folder(folder)
    names = []
    with psycopg.connect(url, autocommit=True) as connection:
        if schema != "public":
            connection.execute(f'CREATE SCHEMA IF NOT EXISTS "{schema}"')
        for path in sorted(folder.glob("*.csv")):
            table = path.stem
            columns = duck.columns(table)
            spec = ", ".join(f'"{name}" {PG_TYPES.get(sql_type, "text")}' for name, sql_type in columns)
            connection.execute(f'DROP TABLE IF EXISTS "{schema}"."{table}"')
            connection.execute(f'CREATE TABLE "{schema}"."{table}" ({spec})')
            with connection.cursor() as cursor, cursor.copy(
                    f'COPY "{schema}"."{table}" FROM STDIN WITH (FORMAT csv, HEADER true)') as copy:
                copy.write(path.read_bytes())
            names.append(table)
    return names
