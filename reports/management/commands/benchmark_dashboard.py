"""Median and p95 latency of the totals API and each dashboard page at the current DB size.

Requests go through django.test.Client in this process (the whole Django stack: middleware,
views, selectors, templates), each URL `--runs` times after one warm-up."""

import statistics
import time

from django.core.management.base import BaseCommand
from django.db import connection
from django.test import Client

from reports.models import Claim, Place

URLS = ["/api/totals/", "/api/series/", "/api/claimants/", "/", "/claimants/",
        "/perpetrators/", "/places/", "/claims/", "/claims/?sort=-figure&page=3"]  # fmt: skip


class Command(BaseCommand):
    help = "Print median and p95 latency of /api/totals/ and each page."

    def add_arguments(self, parser):
        parser.add_argument("--runs", type=int, default=10)
        parser.add_argument("--url", action="append", help="only these URLs (repeatable)")
        parser.add_argument("--filtered", action="store_true",
                            help="also each URL filtered to one city")  # fmt: skip

    def handle(self, *args, **opts):
        client = Client(SERVER_NAME="localhost")
        urls = opts["url"] or list(URLS)
        if opts["filtered"]:
            city = Place.objects.filter(kind="city").order_by("pk").first()
            if city:
                urls += [f"{u}{'&' if '?' in u else '?'}place={city.pk}" for u in URLS[:4]]
        self.stdout.write(f"{connection.vendor}, {Claim.objects.count()} claims, "
                          f"{opts['runs']} runs per URL")  # fmt: skip
        self.stdout.write(f"{'url':45} {'median ms':>10} {'p95 ms':>10}")
        for url in urls:
            status = client.get(url).status_code  # warm-up
            times = []
            for _ in range(opts["runs"]):
                began = time.perf_counter()
                client.get(url)
                times.append((time.perf_counter() - began) * 1000)
            times.sort()
            p95 = times[min(len(times) - 1, round(0.95 * (len(times) - 1)))]
            self.stdout.write(f"{url:45} {statistics.median(times):10.1f} {p95:10.1f}"
                              f"{'' if status == 200 else f'  (HTTP {status})'}")  # fmt: skip
