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
from .spill import SpillMap

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
        self.probes = compile_rulebook(book)
        if engine == "durable":
            # Rulesets cannot be replaced in durable-rules: each evaluator gets its own name.
            Vetter._durable_count += 1
            self.evaluator = DurableEvaluator(self.probes, f"rulebook_{book.digest[7:19]}_{Vetter._durable_count}")
        elif engine == "reference":
            self.evaluator = ReferenceEvaluator(self.probes)
        else:
            raise ValueError(engine)
        self.judge = Judge(book, self.probes)
        # join id -> (fact kind, keys that identify a repeat, keys the earlier fact must keep)
        self._joins = [(join.of, tuple(join.same), join.id) for join in book.joins]
        kept = {"t", "seq", "claim_id", "line_id", "category"}
        for probe in self.probes:
            if probe.kind == "join":
                kept |= probe.keys()
        self._kept = tuple(sorted(kept))

    def judge_claim(self, claim: Claim) -> ClaimDecision:
        """One claim alone: no cross-claim checks, no budget."""
        facts = facts_for(claim, self.law_as_of)
        return self.judge.claim(claim, facts, self.evaluator.hits(facts))

    def stream(self, claims: Iterable[Claim], progress: Callable[[], None] | None = None) -> Iterator[ClaimDecision]:
        """Decision records in input order, as the claims arrive.

        Claims are evaluated a few at a time in one engine session (`session_claims`, at most
        `session_facts` facts): durable-rules runs one action per outcome that occurs in the
        session, so small claims share their actions. Cross-claim joins see the session's
        document and payee-day facts together with the first earlier fact of each join key
        (the index plays the part of the engine's memory of earlier sessions, so a session never
        holds the whole batch; it spills to disk past a bound, see spill.py). Budgets are
        charged last, claim by claim, in input order.
        """
        budgets = Budgets(self.judge)
        with SpillMap("join") as index:
            seq = [0]  # numbers the join facts of the batch in input order
            for group in self._sessions(claims):
                for record in self._session(group, index, seq):
                    yield budgets.charge(*record)
                    if progress:
                        progress()

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

    def _session(self, group: list[Claim], index: SpillMap, seq: list[int]) -> list[tuple[Claim, ClaimDecision]]:
        session: list[dict] = []
        plan = []
        joins = []
        for claim in group:
            facts = facts_for(claim, self.law_as_of)
            joined = join_facts(claim, seq[0], self.law_as_of) if self._joins else []
            seq[0] += len(joined)
            plan.append((claim, facts, joined, len(session)))
            session += facts
            joins.append((len(session), joined))
            session += joined
        earlier = self._earlier([f for _, joined in joins for f in joined], index) if self._joins else []
        session += earlier
        hits = self.evaluator.hits(session)
        records = [(claim, self.judge.claim(claim, facts, hits, joined, first=first, session=session))
                   for claim, facts, joined, first in plan]
        for offset, joined in joins:
            self._remember(joined, offset, hits, index)
        return records

    def _keys(self, fact: dict) -> Iterator[tuple[int, tuple]]:
        for j, (of, same, join_id) in enumerate(self._joins):
            if of == fact["t"]:
                yield j, (join_id, *(fact[k] for k in same))

    def _earlier(self, joined: list[dict], index: SpillMap) -> list[dict]:
        """The earlier facts (one per key) the claim's facts may repeat, in seq order, without repeats."""
        found: dict[int, dict] = {}
        for fact in joined:
            for _, k in self._keys(fact):
                earlier = index.get(k)
                if earlier is not None:
                    found[earlier["seq"]] = earlier
        return [found[s] for s in sorted(found)]

    def _remember(self, joined: list[dict], offset: int, hits, index: SpillMap) -> None:
        """Keep, per join key, the first fact a later one may repeat (only the keys the engine and
        the messages read)."""
        for i, fact in enumerate(joined, start=offset):
            remembered = self.judge.remembered(hits.of.get(i))
            if not remembered:
                continue
            for j, k in self._keys(fact):
                if j in remembered:
                    index.setdefault(k, {name: fact[name] for name in self._kept if name in fact})

    def document(self, claims: Iterable[Claim], progress: Callable[[], None] | None = None) -> DecisionDocument:
        return DecisionDocument(
            rulebook=RulebookRef(version=self.book.version, digest=self.book.digest),
            law_as_of=self.law_as_of,
            claims=list(self.stream(claims, progress)),
        )
