"""A throwaway PostgreSQL server for the tests: Debian's binaries, a cluster under a temp folder.

The server listens only on a unix socket in that folder (no TCP port, nothing reachable from
outside), requires a password (scram-sha-256) and is stopped and deleted afterwards. As root,
initdb and pg_ctl run as the ``postgres`` user (PostgreSQL refuses to run as root).
"""
from __future__ import annotations

import glob
import os
import pwd
import secrets
import shutil
import subprocess
import tempfile
from pathlib import Path

USER = "koebner"
PORT = 5432   # only names the socket file: .s.PGSQL.5432 in the cluster's own folder


def postgres_bin() -> Path | None:
    """The newest installed server's bin folder (/usr/lib/postgresql/N/bin), or None."""
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"),
                   key=lambda p: int(Path(p).parts[-3]) if Path(p).parts[-3].isdigit() else 0)
    return Path(found[-1]).parent if found else None


class Cluster:
    def __init__(self, bindir: Path):
        self.bindir = bindir
        self.root = Path(tempfile.mkdtemp(prefix="koebner-pg-"))
        self.data = self.root / "data"
        self.password = secrets.token_hex(16)
        self.as_user: list[str] = []
        if os.geteuid() == 0:
            owner = pwd.getpwnam("postgres")
            os.chown(self.root, owner.pw_uid, owner.pw_gid)
            self.as_user = ["runuser", "-u", "postgres", "--"]
        os.chmod(self.root, 0o755)

    def _run(self, *args: str) -> None:
        done = subprocess.run([*self.as_user, *args], capture_output=True, text=True, timeout=120)
        if done.returncode != 0:
            raise RuntimeError(f"{args[0]} failed ({done.returncode}): {done.stderr[-2000:]}")

    def start(self) -> "Cluster":
        pwfile = self.root / "pw"
        pwfile.write_text(self.password + "\n")
        if self.as_user:
            owner = pwd.getpwnam("postgres")
            os.chown(pwfile, owner.pw_uid, owner.pw_gid)
        os.chmod(pwfile, 0o600)
        self._run(str(self.bindir / "initdb"), "-D", str(self.data), "-U", USER,
                  f"--pwfile={pwfile}", "-A", "scram-sha-256", "-E", "UTF8", "--locale=C",
                  "--no-sync")
        pwfile.unlink()
        self._run(str(self.bindir / "pg_ctl"), "-D", str(self.data), "-l",
                  str(self.root / "server.log"), "-w", "-t", "60", "-o",
                  f"-k {self.root} -c listen_addresses='' -p {PORT} -c fsync=off", "start")
        return self

    def url(self, database: str = "postgres") -> str:
        return f"postgresql://{USER}@/{database}?host={self.root}&port={PORT}"

    def connect(self, database: str = "postgres", autocommit: bool = True):
        import psycopg

        # a test that waits on a lock fails after a minute instead of hanging
        return psycopg.connect(host=str(self.root), port=PORT, user=USER, dbname=database,
                               password=self.password, autocommit=autocommit,
                               options="-c statement_timeout=60000")

    def stop(self) -> None:
        try:
            if (self.data / "postmaster.pid").exists():
                self._run(str(self.bindir / "pg_ctl"), "-D", str(self.data), "-m", "immediate",
                          "-w", "stop")
        finally:
            shutil.rmtree(self.root, ignore_errors=True)
