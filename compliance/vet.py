"""The vetting pipeline: claims → facts → rule hits (durable-rules) → decision records."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Iterator

from .decide import Budgets, Judge
from .engine.compile import compile_rulebook
from .engine.durable_adapter import DurableEvaluator
from .engine.facts import facts_for, join_facts
from .engine.reference import ReferenceEvaluator
from .models import Claim, ClaimDecision, DecisionDocument, RulebookRef
from .rulebook.load import Rulebook


class Vetter:
    """Vets claims under one rulebook. `engine` is 'durable' (the default) or 'reference'.

    `law_as_of` replays claims under the law of another date (what-if), instead of each
    cost's own date.
    """

    _durable_count = 0

    def __init__(self, book: Rulebook, engine: str = "durable", law_as_of: dt.date | None = None):
        self.book = book
        self.law_as_of = law_as_of
        probes = compile_rulebook(book)
        if engine == "durable":
            # Rulesets cannot be replaced in durable-rules: each evaluator gets its own name.
            Vetter._durable_count += 1
            self.evaluator = DurableEvaluator(probes, f"rulebook_{book.digest[7:19]}_{Vetter._durable_count}")
        elif engine == "reference":
            self.evaluator = ReferenceEvaluator(probes)
        else:
            raise ValueError(engine)
        self.judge = Judge(book)

    def judge_claim(self, claim: Claim) -> ClaimDecision:
        """One claim alone: no cross-claim checks, no budget."""
        facts = facts_for(claim, self.law_as_of)
        return self.judge.claim(claim, facts, self.evaluator.hits(facts))

    def stream(self, claims: Iterable[Claim], progress: Callable[[], None] | None = None) -> Iterator[ClaimDecision]:
        """Decision records in input order, as the claims arrive.

        Cross-claim joins see each claim's document and payee-day facts together with the
        earlier facts that share a join key (the index plays the part of the engine's memory
        of earlier claims, so a session never holds the whole batch). Budgets are charged last.
        """
        budgets = Budgets(self.judge)
        index: dict[tuple, dict] = {}
        seq = 0
        for claim in claims:
            facts = facts_for(claim, self.law_as_of)
            joined = join_facts(claim, seq, self.law_as_of) if self.book.joins else []
            seq += len(joined)
            earlier = self._earlier(joined, index)
            hits = self.evaluator.hits(facts + joined + list(earlier.values()))
            record = self.judge.claim(claim, facts, hits, joined, earlier)
            self._remember(joined, hits, index)
            yield budgets.charge(claim, record)
            if progress:
                progress()

    def _keys(self, fact: dict) -> Iterator[tuple]:
        for join in self.book.joins:
            if join.of == fact["t"]:
                yield (join.id, *(fact[k] for k in join.same))

    def _earlier(self, joined: list[dict], index: dict[tuple, dict]) -> dict[int, dict]:
        found = (index.get(k) for fact in joined for k in self._keys(fact))
        return {f["seq"]: f for f in found if f is not None}

    def _remember(self, joined: list[dict], hits: set, index: dict[tuple, dict]) -> None:
        """Keep, per join key, the first fact a later one may repeat."""
        for fact in joined:
            for k in self._keys(fact):
                if (f"{k[0]}|first", fact["seq"]) in hits:
                    index.setdefault(k, fact)

    def document(self, claims: Iterable[Claim], progress: Callable[[], None] | None = None) -> DecisionDocument:
        return DecisionDocument(
            rulebook=RulebookRef(version=self.book.version, digest=self.book.digest),
            law_as_of=self.law_as_of,
            claims=list(self.stream(claims, progress)),
        )
