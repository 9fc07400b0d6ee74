"""The vetting pipeline: claims → facts → rule hits (durable-rules) → decision records."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Iterator

from .decide import Budgets, Judge
from .engine.compile import compile_rulebook
from .engine.durable_adapter import DurableEvaluator
from .engine.facts import facts_for
from .engine.reference import ReferenceEvaluator
from .models import Claim, ClaimDecision, DecisionDocument, RulebookRef
from .rulebook.load import Rulebook


class Vetter:
    """Vets claims under one rulebook. `engine` is 'durable' (the default) or 'reference'."""

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
        facts = facts_for(claim, self.law_as_of)
        return self.judge.claim(claim, facts, self.evaluator.hits(facts))

    def stream(self, claims: Iterable[Claim], progress: Callable[[], None] | None = None) -> Iterator[ClaimDecision]:
        """Decision records in input order; budget envelopes are charged as claims arrive."""
        budgets = Budgets(self.judge)
        for claim in claims:
            yield budgets.charge(claim, self.judge_claim(claim))
            if progress:
                progress()

    def document(self, claims: Iterable[Claim], progress: Callable[[], None] | None = None) -> DecisionDocument:
        return DecisionDocument(
            rulebook=RulebookRef(version=self.book.version, digest=self.book.digest),
            law_as_of=self.law_as_of,
            claims=list(self.stream(claims, progress)),
        )
