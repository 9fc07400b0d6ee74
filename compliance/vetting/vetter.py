"""The vetting pipeline: claims → facts → rule hits (durable-rules) → decision records."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Iterator

from .budgets import Budgets
from .judge import Judge
from ..engine.compile import compile_rulebook
from ..engine.durable_adapter import DurableEvaluator
from ..engine.facts import facts_for
from ..engine.joins import Index, JoinKey, Joins, join_plan
from ..engine.infer import Inference
from ..engine.reference import Evaluator, ReferenceEvaluator
from ..models import Claim, ClaimDecision, DecisionDocument, RulebookRef
from ..rulebook.load import Rulebook

# Claims are evaluated 64 at a time, each group in a fresh engine session deleted in `finally`
# (the adapter discipline of durable-rules-and-bdd.md §6.2, per session): durable-rules runs one
# action per outcome that occurs in a session, so grouped claims share their actions, about 2× faster
# than a session per claim. The records are the same whatever the grouping (tests/test_streaming.py
# compares them); `compliance bench --session-claims 1` measures a session per claim.
SESSION_CLAIMS = 64  # claims evaluated together in one engine session
SESSION_FACTS = 1000  # ... unless their facts (claim + lines) reach this many first


class Vetter:
    """Vets claims under one rulebook. `engine` is 'durable' (the default) or 'reference'.

    `law_as_of` replays claims under the law of another date (what-if), instead of each
    cost's own date.
    """

    _durable_count = 0

    def __init__(self, book: Rulebook, engine: str = "durable", law_as_of: dt.date | None = None,
                 session_claims: int = SESSION_CLAIMS, session_facts: int = SESSION_FACTS):
        self.book = book
        self.law_as_of = law_as_of
        self.session_claims = session_claims
        self.session_facts = session_facts
        self.on_session: Callable[[list[dict]], None] | None = None  # sees each session's facts (the bench)
        self.probes = compile_rulebook(book)
        self.evaluator: Evaluator
        if engine == "durable":
            # Rulesets cannot be replaced in durable-rules: each evaluator gets its own name.
            Vetter._durable_count += 1
            self.evaluator = DurableEvaluator(self.probes, f"rulebook_{book.digest[7:19]}_{Vetter._durable_count}")
        elif engine == "reference":
            self.evaluator = ReferenceEvaluator(self.probes)
        else:
            raise ValueError(engine)
        self.judge = Judge(book, self.probes)
        self.infer = Inference(book.places)
        self.join_plan = join_plan(book, self.probes)  # what the joins need of join facts

    def judge_claim(self, claim: Claim) -> ClaimDecision:
        """One claim alone, no budget charged."""
        [record] = self.stream([claim], charge=False)
        return record

    def joins(self, index: Index | None = None, seq: int = 0) -> Joins:
        """The batch's joins: earlier facts looked up in `index` (a fresh one by default), join facts
        numbered from `seq`."""
        return Joins(self.book, self.join_plan, index, seq)

    def stream(self, claims: Iterable[Claim], progress: Callable[[], None] | None = None, *,
               joins: Joins | None = None, charge: bool = True) -> Iterator[ClaimDecision]:
        """Decision records in input order, as the claims arrive: the only way a batch is vetted.

        Claims are evaluated `session_claims` at a time (at most `session_facts` facts) in a fresh
        engine session: durable-rules runs one action per outcome that occurs in a session, so grouped
        claims share their actions. Cross-claim joins see the session's documents and payee-days with
        the first earlier fact of each join key (`joins`, engine/joins.py). With `charge`, budgets are
        charged last, claim by claim, in input order (`vet --jobs` charges them in its parent).
        """
        budgets = Budgets(self.judge) if charge else None
        own = joins is None
        joins = self.joins() if joins is None else joins
        try:
            for group in self._sessions(claims):
                for claim, record in self._session(group, joins):
                    yield budgets.charge(claim, record) if budgets else record
                    if progress:
                        progress()
        finally:
            if own:
                joins.close()

    def _sessions(self, claims: Iterable[Claim]) -> Iterator[list[Claim]]:
        group: list[Claim] = []
        size = 0
        for claim in claims:
            group.append(claim)
            size += len(claim.line_items) + 1
            if len(group) >= self.session_claims or size >= self.session_facts:
                yield group
                group, size = [], 0
        if group:
            yield group

    def _session(self, group: list[Claim], joins: Joins) -> list[tuple[Claim, ClaimDecision]]:
        """Vet `group` in one engine session."""
        session: list[dict] = []
        plan = []
        joined_all: list[tuple[int, dict, list[JoinKey]]] = []  # (fact number, fact, its join keys)
        for claim in group:
            facts = facts_for(claim, self.law_as_of, self.infer)
            joined = joins.facts(claim, self.law_as_of)
            plan.append((claim, facts, joined, len(session)))
            session += facts
            joined_all += [(i, fact, joins.keys(fact)) for i, fact in enumerate(joined, start=len(session))]
            session += joined
        if joined_all:
            session += joins.earlier([k for _, _, fact_keys in joined_all for _, k in fact_keys])
        if self.on_session is not None:
            self.on_session(session)
        hits = self.evaluator.hits(session)
        records = [(claim, self.judge.claim(claim, facts, hits, joined, first=first, session=session))
                   for claim, facts, joined, first in plan]
        if joined_all:
            joins.remember(joined_all, lambda i: self.judge.remembered(hits.of.get(i)))
        return records

    def document(self, claims: Iterable[Claim], progress: Callable[[], None] | None = None) -> DecisionDocument:
        return DecisionDocument(
            rulebook=RulebookRef(version=self.book.version, digest=self.book.digest),
            law_as_of=self.law_as_of,
            claims=list(self.stream(claims, progress)),
        )
