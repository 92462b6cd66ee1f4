"""End-to-end ingestion throughput: articles per minute from enqueue to claims stored.

    manage.py benchmark_ingestion --articles 1000 [--concurrency 2] [--no-worker] [--keep]

Stores N invented articles through services.article_create (as an upload or a bulk import
does), which queues each on the real broker; a real Celery worker process (started here, or
already running with --no-worker) fetches nothing, extracts and stores claims in the
configured database. The clock runs from the first enqueue until every article is done or
failed. Run it against PostgreSQL and Redis, in a database of its own: the benchmark articles
(is_demo, filename "bench-*") are deleted at the end unless --keep.
"""

import os
import random
import socket
import subprocess
import sys
import time

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from reports import services
from reports.models import Article, Claim

PLACES = ["Aleppo", "Idlib", "Homs", "Mosul", "Baghdad", "Sanaa", "Aden", "Taiz", "Kharkiv",
          "Mariupol", "Kherson", "Khartoum", "El Fasher", "Nyala", "Raqqa", "Daraa"]  # fmt: skip
CLAIMANTS = ["the health ministry", "local officials", "the Syrian Observatory for Human Rights",
             "the UN human rights office", "hospital sources", "the civil defence",
             "a military spokesman", "Amnesty International"]  # fmt: skip
VICTIMS = ["civilians", "people", "children", "soldiers", "militants", "women", "fighters"]
OUTCOMES = ["were killed", "were injured", "died", "were wounded", "were killed"]
CAUSES = ["in an airstrike", "in shelling", "in clashes", "in a car bombing", "in a drone strike"]
DAYS = ["on Monday", "on Tuesday", "on Wednesday", "on Thursday", "on Friday", "this week"]
FILLER = (
    "residents described the damage to homes markets schools and roads while aid groups "
    "warned that fuel water medicine and food were running short across the district and "
    "that hospitals had treated patients through the night under difficult conditions as "
    "families fled towards the border and the countryside in search of shelter and safety "
    "officials promised an inquiry negotiators met again diplomats called for restraint and "
    "observers said access for journalists remained limited in several areas"
).split()


def article_invent(rng: random.Random, number: int) -> str:
    """About 250 words: a few casualty sentences amid varied filler (distinct shingles, so
    the articles are not near-duplicates of one another)."""
    place = rng.choice(PLACES)
    lines = [f"Violence in {place}, report {number}"]
    for _ in range(rng.randint(2, 5)):
        lines.append(
            f"At least {rng.randint(2, 400)} {rng.choice(VICTIMS)} {rng.choice(OUTCOMES)} "
            f"{rng.choice(CAUSES)} in {rng.choice(PLACES)} {rng.choice(DAYS)}, according to "
            f"{rng.choice(CLAIMANTS)}."
        )
        words = rng.sample(FILLER, 40)
        lines.append(" ".join(words).capitalize() + ".")
    return "\n\n".join(lines)


class Command(BaseCommand):
    help = "Measure ingestion throughput (articles/min, enqueue to claims stored)."

    def add_arguments(self, parser):
        parser.add_argument("--articles", type=int, default=1000)
        parser.add_argument("--concurrency", type=int, default=os.cpu_count() or 1)
        parser.add_argument("--no-worker", action="store_true", help="Use a running worker")
        parser.add_argument("--keep", action="store_true", help="Keep the benchmark articles")
        parser.add_argument("--timeout", type=float, default=3600)
        parser.add_argument("--seed", type=int, default=7)

    def handle(self, *args, **opts):
        if settings.CELERY_BROKER_URL.startswith("filesystem://"):
            self.stderr.write("Warning: filesystem broker; set CELERY_BROKER_URL=redis://...")
        n = opts["articles"]
        rng = random.Random(opts["seed"])
        stamp = f"{time.time():.0f}"
        texts = [f"{article_invent(rng, i)}\n\n(bench {stamp}-{i})" for i in range(n)]
        worker = None if opts["no_worker"] else self._worker_start(opts["concurrency"])
        try:
            started = time.monotonic()
            ids = []
            for start in range(0, n, 500):
                # One transaction per batch; each article is queued when its batch commits.
                with transaction.atomic():
                    for i, text in enumerate(texts[start : start + 500], start=start):
                        article, _ = services.article_create(
                            raw=text.encode(), filename=f"bench-{stamp}-{i}.txt", is_demo=True,
                            outlet="benchmark",
                        )  # fmt: skip
                        ids.append(article.pk)
            enqueued = time.monotonic() - started
            pending = Article.objects.filter(pk__in=ids, status__in=["pending", "processing"])
            deadline = started + opts["timeout"]
            while pending.exists():
                if time.monotonic() > deadline:
                    raise CommandError(f"{pending.count()} articles still not processed")
                time.sleep(0.5)
            elapsed = time.monotonic() - started
            done = Article.objects.filter(pk__in=ids, status="done").count()
            claims = Claim.objects.filter(article_id__in=ids).count()
            copies = Article.objects.filter(pk__in=ids, same_story_as__isnull=False).count()
            self.stdout.write(
                f"{n} articles, worker concurrency {opts['concurrency']}: enqueued in "
                f"{enqueued:.1f} s, all processed in {elapsed:.1f} s -> "
                f"{n / elapsed * 60:.0f} articles/min end to end ({done} done, "
                f"{n - done} failed, {copies} linked as copies, {claims} claims)"
            )
        finally:
            if worker:
                worker.terminate()
                worker.wait(timeout=60)
            if not opts["keep"]:
                Article.objects.filter(filename__startswith=f"bench-{stamp}-").delete()

    def _worker_start(self, concurrency: int) -> subprocess.Popen:
        from conflicttracker.celery import app

        name = f"bench-{os.getpid()}@{socket.gethostname()}"
        proc = subprocess.Popen(
            [sys.executable, "-m", "celery", "-A", "conflicttracker", "worker",
             f"--concurrency={concurrency}", "--loglevel=WARNING", "--without-gossip",
             "--without-mingle", "-n", name],
            cwd=settings.BASE_DIR, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )  # fmt: skip
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if proc.poll() is not None:
                raise CommandError(f"the worker exited with {proc.returncode}")
            if app.control.ping(destination=[name], timeout=0.5):
                return proc
        proc.kill()
        raise CommandError("the worker did not answer within 60 s")
