"""The vetting pipeline: claims → facts → rule hits (durable-rules) → decision records."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Iterator

from .judge import Budgets, Judge
from ..engine.compile import compile_rulebook
from ..engine.durable_adapter import DurableEvaluator
from ..engine.facts import facts_for, join_facts
from ..engine.infer import Inference
from ..engine.reference import ReferenceEvaluator
from ..models import Claim, ClaimDecision, DecisionDocument, RulebookRef
from ..rulebook.load import Rulebook
from .. import spill
from ..spill import _DECODE, _ENCODE, SpillMap, _text

# A fresh engine session per claim, as the adapter discipline asks (durable-rules-and-bdd.md §6.2).
# Sessions of several claims give identical records (tests/test_streaming.py) and are about 2×
# faster (`compliance bench --session-claims 64`: 6,978 lines/s on 20,000 lines; one claim a
# session: 3,324 on 50,000), because durable-rules returns one action per outcome per session;
# `session_claims` keeps that choice open.
SESSION_CLAIMS = 1  # claims evaluated together in one engine session
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
        # the joins (number, id, keys that identify a repeat) by the kind of fact they are about
        self._joins = book.joins
        self._joins_of: dict[str, list[tuple[int, str, tuple[str, ...]]]] = {"document": [], "person_day": []}
        for j, join in enumerate(book.joins):
            self._joins_of.setdefault(join.of, []).append((j, join.id, tuple(join.same)))
        kept = {"t", "seq", "claim_id", "line_id", "category"}
        for probe in self.probes:
            if probe.kind == "join":
                kept |= probe.keys()
        self._kept = tuple(sorted(kept))

    def judge_claim(self, claim: Claim) -> ClaimDecision:
        """One claim alone: no cross-claim checks, no budget."""
        facts = facts_for(claim, self.law_as_of, self.infer)
        return self.judge.claim(claim, facts, self.evaluator.hits(facts))

    def stream(self, claims: Iterable[Claim], progress: Callable[[], None] | None = None) -> Iterator[ClaimDecision]:
        """Decision records in input order, as the claims arrive.

        Each claim is evaluated in a fresh engine session (`session_claims` > 1 groups claims, at
        most `session_facts` facts: durable-rules runs one action per outcome that occurs in a
        session, so grouped claims share their actions). Cross-claim joins see the session's
        document and payee-day facts together with the first earlier fact of each join key
        (the index plays the part of the engine's memory of earlier sessions, so a session never
        holds the whole batch; it spills to disk past a bound, see spill.py). Budgets are
        charged last, claim by claim, in input order.
        """
        budgets = Budgets(self.judge)
        with SpillMap("join", bound=spill.JOIN_BOUND) as index:
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

    def _session(self, group: list[Claim], index: SpillMap, seq: list[int], starts: list[int] | None = None,
                 keys: list[list] | None = None) -> list[tuple[Claim, ClaimDecision]]:
        """Vet `group` in one engine session; `seq` numbers join facts across the batch (`starts`
        receives the number of each claim's first join fact, `keys` its join keys as text)."""
        session: list[dict] = []
        plan = []
        joined_all: list[tuple[int, dict, list[tuple[int, str]]]] = []  # (fact number, fact, its join keys)
        for claim in group:
            if starts is not None:
                starts.append(seq[0])
            facts = facts_for(claim, self.law_as_of, self.infer)
            joined = join_facts(claim, seq[0], self.law_as_of) if self._joins else []
            seq[0] += len(joined)
            plan.append((claim, facts, joined, len(session)))
            session += facts
            mine = []
            for i, fact in enumerate(joined, start=len(session)):
                fact_keys = self._keys(fact)
                joined_all.append((i, fact, fact_keys))
                mine += fact_keys
            if keys is not None:
                keys.append([k for _, k in mine])
            session += joined
        if joined_all:
            session += self._earlier([k for _, _, fact_keys in joined_all for _, k in fact_keys], index)
        if self.on_session is not None:
            self.on_session(session)
        hits = self.evaluator.hits(session)
        records = [(claim, self.judge.claim(claim, facts, hits, joined, first=first, session=session))
                   for claim, facts, joined, first in plan]
        if joined_all:
            self._remember(joined_all, hits, index)
        return records

    def _keys(self, fact: dict) -> list[tuple[int, str]]:
        """(join number, join key as text) of each join the fact may repeat or be repeated under."""
        return [(j, _text((join_id, *(fact[k] for k in same)))) for j, join_id, same in self._joins_of[fact["t"]]]

    def _earlier(self, keys: list[str], index: SpillMap) -> list[dict]:
        """The earlier facts (one per key) the session's facts may repeat, in seq order, without repeats."""
        found = {}
        for stored in index.get_texts(keys).values():
            fact = _DECODE(stored)
            found[fact["seq"]] = fact
        return [found[s] for s in sorted(found)]

    def _remember(self, joined: list[tuple[int, dict, list]], hits, index: SpillMap) -> None:
        """Keep, per join key, the first fact a later one may repeat (only the keys the engine and
        the messages read), as JSON text."""
        kept = []
        remembered_by = self.judge.remembered
        for i, fact, fact_keys in joined:
            remembered = remembered_by(hits.of.get(i))
            if not remembered:
                continue
            small = None
            for j, k in fact_keys:
                if j in remembered:
                    if small is None:
                        small = _ENCODE({name: fact[name] for name in self._kept if name in fact})
                    kept.append((k, small))
        if kept:
            index.add_texts(kept)

    def document(self, claims: Iterable[Claim], progress: Callable[[], None] | None = None) -> DecisionDocument:
        return DecisionDocument(
            rulebook=RulebookRef(version=self.book.version, digest=self.book.digest),
            law_as_of=self.law_as_of,
            claims=list(self.stream(claims, progress)),
        )
