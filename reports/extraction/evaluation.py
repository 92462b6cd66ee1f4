"""Scores the extractor against gold files with the rules of shared/tools/score.py (no Django)."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from .pipeline import extract

ATTRIBUTES = ("claimant", "perpetrator", "location", "period", "qualifier", "hedged")


def norm(s: object) -> str | None:
    if s is None:
        return None
    t = re.sub(r"[^\w\s]", " ", str(s).lower()).strip()
    t = re.sub(r"^the\s+", "", t)
    return re.sub(r"\s+", " ", t)


def name_agrees(g: object, p: object) -> bool:
    a, b = norm(g), norm(p)
    if not a and not b:
        return True
    if not a or not b:
        return False
    return a in b or b in a


def period_agrees(g: list | None, p: list | None) -> bool:
    if not g and not p:
        return True
    if not g or not p:
        return False
    try:
        return all(
            abs((date.fromisoformat(str(a)[:10]) - date.fromisoformat(str(b)[:10])).days) <= 1
            for a, b in zip(g, p, strict=False)
        )
    except ValueError:
        return False


def key(c: dict) -> tuple:
    if c.get("count") is not None:
        return (c.get("outcome"), c.get("group"), int(c["count"]))
    return (c.get("outcome"), c.get("group"), ("vague", c.get("low"), c.get("high")))


@dataclass
class Report:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    attrs: dict[str, list[int]] = field(default_factory=lambda: {k: [0, 0] for k in ATTRIBUTES})
    lines: list[str] = field(default_factory=list)  # misses, false positives, disagreements

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def agreement(self, attr: str) -> float | None:
        ok, total = self.attrs[attr]
        return ok / total if total else None

    def summary(self) -> str:
        attrs = " ".join(
            f"{k}={a:.2f}" if (a := self.agreement(k)) is not None else f"{k}=n/a"
            for k in ATTRIBUTES
        )
        return (
            f"precision={self.precision:.3f} recall={self.recall:.3f} F1={self.f1:.3f} "
            f"(tp={self.tp} fp={self.fp} fn={self.fn})\nattributes on {self.tp} matched: {attrs}"
        )


def score_file(gold: dict, predicted: list[dict], report: Report, name: str = "") -> None:
    """Match one article's predictions to its gold claims, as score.py does."""
    req = [c for c in gold["claims"] if not c.get("optional")]
    opt = {key(c) for c in gold["claims"] if c.get("optional")}
    unmatched = list(req)
    for c in predicted:
        same = [g for g in unmatched if key(g) == key(c)]
        m = next((g for g in same if name_agrees(g.get("claimant"), c.get("claimant"))), None)
        m = m or (same[0] if same else None)
        if m is not None:
            unmatched.remove(m)
            report.tp += 1
            for k in ATTRIBUTES:
                if k == "period":
                    ok = period_agrees(m.get("period"), c.get("period"))
                elif k in ("qualifier", "hedged"):
                    ok = (m.get(k) or None) == (c.get(k) or None)
                else:
                    ok = name_agrees(m.get(k), c.get(k))
                report.attrs[k][0] += ok
                report.attrs[k][1] += 1
                if not ok:
                    report.lines.append(
                        f"  {name}: {k} gold={m.get(k)!r} got={c.get(k)!r} for {key(c)}"
                    )
        elif key(c) in opt:
            continue
        else:
            report.fp += 1
            report.lines.append(f"  {name}: FALSE POSITIVE {key(c)} {str(c.get('quote'))[:90]!r}")
    report.fn += len(unmatched)
    for g in unmatched:
        report.lines.append(f"  {name}: MISSED {key(g)} {g.get('quote', '')[:90]!r}")


def evaluate(
    gold_dir: Path, articles_dir: Path, extractor: Callable[[str, date], list] = extract
) -> Report:
    """Score every gold file in gold_dir against the article of the same name."""
    report = Report()
    for path in sorted(Path(gold_dir).glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        text = (Path(articles_dir) / gold["article"]).read_text(encoding="utf-8", errors="replace")
        claims = extractor(text, date.fromisoformat(gold["published"]))
        predicted = [c.as_dict() if hasattr(c, "as_dict") else c for c in claims]
        score_file(gold, predicted, report, path.name)
    return report
