"""Fill the database with N synthetic claims over invented articles, for measuring the dashboard.

Every article is invented, says so, and is stored with is_demo=True and a filename starting
with "synthetic-" (`--clear` removes them). The mix imitates real reporting: several
claimants, incident tolls in cities on a day, cumulative tolls for a country over a month or
a year, the same figure cited again by another outlet (rule 1), revised tolls (rule 4), a few
figures with no period, hedged, confirmed and rejected ones.
"""

import hashlib
import random
from datetime import date, timedelta

from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import connection, transaction

from reports.models import Actor, Article, Claim, Claimant, Place

COUNTRIES = {
    "Syria": ["Aleppo", "Idlib", "Homs", "Raqqa", "Deir ez-Zor", "Damascus", "Daraa", "Hama"],
    "Iraq": ["Mosul", "Baghdad", "Fallujah", "Ramadi", "Kirkuk", "Tikrit"],
    "Yemen": ["Sanaa", "Aden", "Taiz", "Hodeidah", "Marib"],
    "Ukraine": ["Kharkiv", "Mariupol", "Bakhmut", "Kherson", "Donetsk", "Zaporizhzhia"],
    "Sudan": ["Khartoum", "El Fasher", "Nyala", "Omdurman"],
}
CLAIMANTS = [
    "Syrian Observatory for Human Rights",
    "UN human rights office",
    "health ministry",
    "Airwars monitors",
    "local officials",
    "civil defence",
    "hospital sources",
    "the army",
    "rebel spokesman",
    "Amnesty International",
    "UNICEF",
    "police",
]
ACTORS = ["Russia", "Syrian government", "ISIS", "US-led coalition", "Saudi-led coalition",
          "Houthis", "RSF", "Ukraine"]  # fmt: skip
OUTLETS = ["Wire A", "Wire B", "Daily C", "Broadcaster D", "Monitor E"]
GROUPS = [("people", 30), ("civilians", 20), ("children", 12), ("women", 6), ("men", 4),
          ("combatants", 6), ("state_forces", 10), ("armed_groups", 12)]  # fmt: skip
WORDS = {"people": "people", "civilians": "civilians", "children": "children", "women": "women",
         "men": "men", "combatants": "fighters", "state_forces": "soldiers",
         "armed_groups": "militants"}  # fmt: skip


def _weighted(rng: random.Random, pairs):
    return rng.choices([p[0] for p in pairs], weights=[p[1] for p in pairs])[0]


class Command(BaseCommand):
    help = "Store N synthetic claims (is_demo, filename synthetic-*) for benchmarks."

    def add_arguments(self, parser):
        parser.add_argument("--claims", type=int, required=True)
        parser.add_argument("--per-article", type=int, default=8)
        parser.add_argument("--batch", type=int, default=5000)
        parser.add_argument("--seed", type=int, default=1)
        parser.add_argument("--start", default="2014-01-01")
        parser.add_argument("--days", type=int, default=3650)
        parser.add_argument("--clear", action="store_true", help="remove earlier synthetic data")

    def handle(self, *args, **opts):
        if opts["clear"]:
            deleted, _ = Article.objects.filter(filename__startswith="synthetic-").delete()
            self.stdout.write(f"removed {deleted} synthetic rows")
        rng = random.Random(opts["seed"])
        self.world = self._world()
        start = date.fromisoformat(opts["start"])
        run = hashlib.sha256(f"{opts['seed']}-{Article.objects.count()}".encode()).hexdigest()[:8]
        pool: list[dict] = []  # recent scopes: cited again or revised by later articles
        made, number = 0, 0
        while made < opts["claims"]:
            articles, claims = [], []
            while made < opts["claims"] and len(claims) < opts["batch"]:
                published = start + timedelta(days=rng.randrange(opts["days"]))
                drafts = [
                    self._draft(rng, published, pool)
                    for _ in range(min(opts["per_article"], opts["claims"] - made))
                ]
                text, spans = self._text(drafts, published)
                number += 1
                articles.append(Article(
                    title=f"Synthetic report {run}-{number}", outlet=rng.choice(OUTLETS),
                    published=published, raw=text.encode(), text=text, is_demo=True,
                    filename=f"synthetic-{run}-{number}.txt", status=Article.Status.DONE,
                    content_hash=hashlib.sha256(f"{run}-{number}".encode()).hexdigest(),
                ))  # fmt: skip
                claims.append((drafts, spans))
                made += len(drafts)
            with transaction.atomic():
                Article.objects.bulk_create(articles, batch_size=1000)
                rows = [
                    Claim(article=article, span_start=s, span_end=e, sentence=sentence,
                          quote=text_of, **draft)
                    for article, (drafts, spans) in zip(articles, claims, strict=True)
                    for draft, (s, e, sentence, text_of) in zip(drafts, spans, strict=True)
                ]  # fmt: skip
                Claim.objects.bulk_create(rows, batch_size=2000)
            self.stdout.write(f"{made} claims")
        if connection.vendor == "postgresql":
            # Fresh statistics, so the planner sees the new table sizes.
            with connection.cursor() as cursor:
                cursor.execute("ANALYZE reports_article, reports_claim, reports_place")
        self.stdout.write(self.style.SUCCESS(f"stored {made} synthetic claims"))
        # Bulk inserts bypass the services: build the dashboard's rollups now.
        call_command("rollups_refresh", stdout=self.stdout)

    def _world(self) -> dict:
        def entity(model, name, **extra):
            obj, _ = model.objects.get_or_create(key=name.lower(), defaults={"name": name, **extra})
            return obj

        countries, cities = {}, {}
        for country, names in COUNTRIES.items():
            countries[country] = entity(Place, country, kind="country")
            for city in names:
                cities[city] = (entity(Place, city, kind="city", parent=countries[country]),
                                countries[country])  # fmt: skip
        return {
            "countries": countries, "cities": cities,
            "claimants": [entity(Claimant, n) for n in CLAIMANTS],
            "actors": [entity(Actor, n) for n in ACTORS],
        }  # fmt: skip

    def _draft(self, rng: random.Random, published: date, pool: list[dict]) -> dict:
        w = self.world
        roll = rng.random()
        if pool and roll < 0.25:
            # The same scope again: cited by another outlet (same figure) or revised upwards.
            draft = dict(rng.choice(pool))
            if rng.random() < 0.5:
                draft["count"] = draft["count"] + rng.randint(1, max(2, draft["count"] // 5))
            return draft
        claimant = rng.choice(w["claimants"]) if rng.random() > 0.1 else None
        perpetrator = rng.choice(w["actors"]) if rng.random() > 0.3 else None
        group = _weighted(rng, GROUPS)
        if roll < 0.8:
            place, _ = w["cities"][rng.choice(list(w["cities"]))]
            day = published - timedelta(days=rng.choice([0, 0, 1, 1, 2, 3]))
            period, count = (day, day), rng.randint(1, 60)
        elif roll < 0.95:
            place = w["countries"][rng.choice(list(w["countries"]))]
            length = rng.choice([30, 30, 90, 365])
            period, count = (published - timedelta(days=length), published), rng.randint(50, 5000)
        else:
            place, _ = w["cities"][rng.choice(list(w["cities"]))]
            period, count = (None, None), rng.randint(1, 40)
        draft = {
            "outcome": rng.choice(["killed"] * 6 + ["injured"] * 3 + ["displaced"]),
            "group": group, "count": count, "claimant": claimant, "perpetrator": perpetrator,
            "place": place, "location": place.name, "period_start": period[0],
            "period_end": period[1], "hedged": rng.random() < 0.08,
            "review": _weighted(rng, [("extracted", 90), ("confirmed", 5), ("edited", 2),
                                      ("rejected", 3)]),
            "affiliation": "ISIS" if group == "armed_groups" and rng.random() < 0.3 else "",
        }  # fmt: skip
        pool.append(draft)
        if len(pool) > 500:
            pool.pop(0)
        return draft

    def _text(self, drafts: list[dict], published: date) -> tuple[str, list]:
        parts = ["This is an invented article for measuring the dashboard; none of it happened.\n"]
        spans, offset = [], len(parts[0])
        for d in drafts:
            who = d["claimant"].name if d["claimant"] else "Our correspondent"
            by = f" by {d['perpetrator'].name}" if d["perpetrator"] else ""
            head = f"{who} said "
            figure = f"{d['count']:,}"
            tail = f" {WORDS[d['group']]} were {d['outcome']}{by} in {d['place'].name}."
            sentence = head + figure + tail + " "
            start = offset + len(head)
            spans.append((start, start + len(figure), sentence.strip(), figure))
            parts.append(sentence)
            offset += len(sentence)
        return "".join(parts), spans
