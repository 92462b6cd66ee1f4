"""Fixtures shared by the tests: paths to the shared corpus, a real Celery worker process,
a logged-in staff client. Tests build their own data in plain code."""

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
from django.conf import settings

REPO = Path(settings.BASE_DIR)
SHARED = REPO.parent / "shared"
CORPUS = SHARED / "corpus"
SEED = "cnn_000_7f389127c57e585a.txt"


@pytest.fixture
def seed_path() -> Path:
    path = CORPUS / "articles" / SEED
    if not path.exists():
        pytest.skip("../shared/corpus is not beside this checkout")
    return path


@pytest.fixture
def staff_client(client, django_user_model):
    user = django_user_model.objects.create_user(
        "editor", password="a-long-test-password", is_staff=True, is_superuser=True
    )
    client.force_login(user)
    return client


def _test_database_url() -> str:
    db = settings.DATABASES["default"]
    return (
        f"postgres://{db['USER']}:{db.get('PASSWORD') or ''}@{db['HOST']}:{db['PORT']}/{db['NAME']}"
    )


@pytest.fixture
def celery_worker_process(transactional_db):
    """A real worker in its own process: Redis broker, the test PostgreSQL database."""
    if settings.DATABASES["default"]["ENGINE"] != "django.db.backends.postgresql":
        pytest.skip("the worker tests need PostgreSQL (scripts/test.sh sets DATABASE_URL)")
    if not settings.CELERY_BROKER_URL.startswith("redis://"):
        pytest.skip("the worker tests need the Redis broker (scripts/test.sh sets it)")
    from conflicttracker.celery import app

    app.control.purge()
    env = {**os.environ, "DATABASE_URL": _test_database_url(), "PYTHONUNBUFFERED": "1"}
    log = open(REPO / "test-artifacts" / "worker.log", "ab") if _artifacts() else subprocess.DEVNULL
    name = f"test-{os.getpid()}@{socket.gethostname()}"
    proc = subprocess.Popen(
        [sys.executable, "-m", "celery", "-A", "conflicttracker", "worker", "--concurrency=1",
         "--loglevel=INFO", "--without-gossip", "--without-mingle", "-n", name],
        cwd=REPO, env=env, stdout=log, stderr=subprocess.STDOUT,
    )  # fmt: skip
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if proc.poll() is not None:
                pytest.fail(f"the Celery worker exited with {proc.returncode}")
            if app.control.ping(destination=[name], timeout=0.5):
                break
        else:
            pytest.fail("the Celery worker did not answer a ping within 60 s")
        yield proc
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()


def _artifacts() -> bool:
    (REPO / "test-artifacts").mkdir(exist_ok=True)
    return True


def wait_for(predicate, *, timeout: float = 60, interval: float = 0.2):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(interval)
    raise AssertionError(f"condition not met within {timeout} s")


# --- A local web server for the fetching, feed and URL tests (127.0.0.1 only) ---


class LocalSite:
    """Pages the test writes itself: site.page("/a", body, content_type=...), then site.url("/a").

    A route is (status, headers, body) or a callable(handler) that writes the response itself
    (slow or endless pages)."""

    def __init__(self):
        self.routes: dict = {}
        self.hits: dict[str, int] = {}
        self.base = ""

    def page(self, path: str, body: bytes | str, *, content_type="text/html; charset=utf-8",
             status=200, headers=None):  # fmt: skip
        body = body.encode("utf-8") if isinstance(body, str) else body
        self.routes[path] = (status, {"Content-Type": content_type, **(headers or {})}, body)

    def redirect(self, path: str, to: str, status=302):
        self.routes[path] = (status, {"Location": to}, b"")

    def url(self, path: str) -> str:
        return self.base + path


@pytest.fixture
def local_site(settings):
    """An HTTP server on 127.0.0.1 in a thread; loopback fetching allowed for the test."""
    import threading
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    settings.FETCH_ALLOW_LOOPBACK = True
    site = LocalSite()

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802 (the http.server API)
            site.hits[self.path] = site.hits.get(self.path, 0) + 1
            route = site.routes.get(self.path)
            if route is None:
                self.send_error(404)
                return
            if callable(route):
                route(self)
                return
            status, headers, body = route
            self.send_response(status)
            for key, value in headers.items():
                self.send_header(key, value)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    site.base = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield site
    finally:
        server.shutdown()
        server.server_close()


# --- Workers with their own environment, that a test may kill (worker failure tests) ---


class WorkerHandle:
    def __init__(self, proc: subprocess.Popen, name: str):
        self.proc, self.name = proc, name

    def pool_children(self) -> list[int]:
        """The prefork pool processes, which run the tasks (Linux /proc)."""
        path = Path(f"/proc/{self.proc.pid}/task/{self.proc.pid}/children")
        return [int(pid) for pid in path.read_text().split()] if path.exists() else []

    def stop(self, *, kill: bool = False) -> None:
        if self.proc.poll() is None:
            if kill:
                for child in self.pool_children():
                    try:
                        os.kill(child, 9)
                    except ProcessLookupError:
                        pass
                self.proc.kill()
            else:
                self.proc.terminate()
            try:
                self.proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(timeout=10)


@pytest.fixture
def celery_worker_factory(transactional_db):
    """start(**env) starts a real worker (like celery_worker_process) with extra environment
    variables and returns a WorkerHandle; every worker started is stopped at the end."""
    if settings.DATABASES["default"]["ENGINE"] != "django.db.backends.postgresql":
        pytest.skip("the worker tests need PostgreSQL (scripts/test.sh sets DATABASE_URL)")
    if not settings.CELERY_BROKER_URL.startswith("redis://"):
        pytest.skip("the worker tests need the Redis broker (scripts/test.sh sets it)")
    from conflicttracker.celery import app

    app.control.purge()
    handles: list[WorkerHandle] = []

    def start(**extra_env) -> WorkerHandle:
        env = {**os.environ, "DATABASE_URL": _test_database_url(), "PYTHONUNBUFFERED": "1",
               **{key: str(value) for key, value in extra_env.items()}}  # fmt: skip
        log = open(REPO / "test-artifacts" / "worker.log", "ab") if _artifacts() else None
        name = f"test-{os.getpid()}-{len(handles)}@{socket.gethostname()}"
        proc = subprocess.Popen(
            [sys.executable, "-m", "celery", "-A", "conflicttracker", "worker",
             "--concurrency=1", "--loglevel=INFO", "--without-gossip", "--without-mingle",
             "-n", name],
            cwd=REPO, env=env, stdout=log, stderr=subprocess.STDOUT,
        )  # fmt: skip
        handle = WorkerHandle(proc, name)
        handles.append(handle)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if proc.poll() is not None:
                pytest.fail(f"the Celery worker exited with {proc.returncode}")
            if app.control.ping(destination=[name], timeout=0.5):
                return handle
        pytest.fail("the Celery worker did not answer a ping within 60 s")

    try:
        yield start
    finally:
        for handle in handles:
            handle.stop()
        app.control.purge()
