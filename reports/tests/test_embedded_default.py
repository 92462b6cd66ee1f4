"""The newcomer's install: SQLite, the filesystem broker and a real worker process, with the
demo articles, end to end. The rest of the suite runs on PostgreSQL, so this is the test that
keeps `scripts/start.sh` working."""

import json
import os
import subprocess
import sys
import time

import pytest
from django.conf import settings

pytestmark = pytest.mark.worker

PROBE = """
import json
from django.test import Client
from reports.models import Article
client = Client(HTTP_HOST="127.0.0.1")
paths = ("/", "/claims/", "/claimants/", "/perpetrators/", "/places/", "/api/totals/")
pages = {path: client.get(path).status_code for path in paths}
print(json.dumps({
    "statuses": sorted(set(Article.objects.values_list("status", flat=True))),
    "demo": Article.objects.filter(is_demo=True).count(),
    "pages": pages,
    "totals": client.get("/api/totals/?outcome=killed").json()["totals"],
}))
"""


def manage(env, *args, timeout=120):
    return subprocess.run([sys.executable, "manage.py", *args], cwd=settings.BASE_DIR, env=env,
                          capture_output=True, text=True, timeout=timeout)  # fmt: skip


def test_it_runs_the_demo_on_sqlite_with_a_filesystem_broker_worker(tmp_path):
    env = {k: v for k, v in os.environ.items()
           if k not in ("DATABASE_URL", "CELERY_BROKER_URL", "DATABASE_TEST_NAME")}  # fmt: skip
    env.update(
        DATABASE_URL=f"sqlite:///{tmp_path / 'db.sqlite3'}", BROKER_DIR=str(tmp_path / "broker")
    )
    migrated = manage(env, "migrate", "--noinput")
    assert migrated.returncode == 0, migrated.stderr

    worker = subprocess.Popen(
        [sys.executable, "-m", "celery", "-A", "conflicttracker", "worker", "--concurrency=1",
         "--without-gossip", "--without-mingle", "-n", f"embedded-{os.getpid()}@localhost"],
        cwd=settings.BASE_DIR, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    try:
        stored = manage(env, "demo_data")
        assert stored.returncode == 0, stored.stderr
        deadline = time.monotonic() + 90
        while True:
            probe = manage(env, "shell", "-c", PROBE)
            assert probe.returncode == 0, probe.stderr
            state = json.loads(probe.stdout.strip().splitlines()[-1])
            if state["statuses"] == ["done"] or time.monotonic() > deadline:
                break
            time.sleep(1)
    finally:
        worker.terminate()
        worker.wait(timeout=30)

    assert state["statuses"] == ["done"], state
    assert state["demo"] >= 5
    assert set(state["pages"].values()) == {200}, state["pages"]
    assert state["totals"]["people"] > 0
